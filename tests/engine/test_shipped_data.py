"""The shipped real data sets (nnsim.data.shipped): loaded by name, refused keys, and issue 16's figures.

The "Done when" figures: ``nnsim train`` on each set by name (70/30 split, one hidden layer of
32 ReLU units, Adam 0.005, batch 32, 60 epochs, standardisation on) reaches test accuracy
≥ 0.90 on iris and wine, ≥ 0.93 on breast cancer and digits, on seeds 1 to 3.
"""
from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

from nnsim import cli, config, data
from nnsim.config import ConfigError
from nnsim.data import SHIPPED
from nnsim.errors import UnknownNameError
from nnsim.training import Trainer

#: name -> (rows, columns, class names, first column, last column, examples per class)
EXPECTED = {
    "iris": (150, 4, ("setosa", "versicolor", "virginica"), "sepal length (cm)", "petal width (cm)", [50, 50, 50]),
    "wine": (178, 13, ("class_0", "class_1", "class_2"), "alcohol", "proline", [59, 71, 48]),
    "breast_cancer": (569, 30, ("malignant", "benign"), "mean radius", "worst fractal dimension", [212, 357]),
    "digits": (1797, 64, tuple("0123456789"), "pixel_0_0", "pixel_7_7",
               [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]),
}
#: issue 16's floors of the test accuracy
FLOORS = {"iris": 0.90, "wine": 0.90, "breast_cancer": 0.93, "digits": 0.93}


def run_config(name: str, seed: int = 1, **data_keys) -> dict:
    """Issue 16's run: 70/30 split, 32 ReLU units, softmax, Adam 0.005, batch 32, 60 epochs."""
    return {"seed": seed, "data": {"dataset": name, "test_fraction": 0.3, **data_keys},
            "network": {"hidden": [32], "activation": "relu", "output": "softmax"},
            "training": {"optimizer": "adam", "learning_rate": 0.005, "batch_size": 32, "epochs": 60}}


def test_the_registry_names_the_four_sets_once():
    assert list(SHIPPED) == ["iris", "wine", "breast_cancer", "digits"]
    assert set(SHIPPED) <= set(config.DATASETS) and not set(SHIPPED) & set(data.GENERATORS)
    assert SHIPPED["digits"].image == (8, 8)
    assert all(SHIPPED[n].image is None for n in ("iris", "wine", "breast_cancer"))


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_set_loads_by_name_with_its_shape_columns_and_classes(name):
    rows, cols, classes, first, last, counts = EXPECTED[name]
    ds = data.load_shipped(name)
    assert ds.X.shape == (rows, cols) and ds.X.dtype == np.float64 and np.isfinite(ds.X).all()
    assert ds.columns[0] == first and ds.columns[-1] == last and len(set(ds.columns)) == cols
    assert ds.columns == data.shipped_columns(name)
    assert ds.label_names == classes == SHIPPED[name].label_names and ds.classes == len(classes)
    assert np.bincount(ds.y).tolist() == counts
    assert ds.source == {"dataset": name}
    assert not ds.X.flags.writeable


def test_the_values_are_the_data_sets_own():
    iris = data.load_shipped("iris")
    assert iris.X[0].tolist() == [5.1, 3.5, 1.4, 0.2] and iris.label_names[iris.y[0]] == "setosa"
    cancer = data.load_shipped("breast_cancer")       # the first row of the UCI file: malignant
    assert cancer.X[0, 0] == 17.99 and cancer.y[0] == 0
    digits = data.load_shipped("digits")
    assert digits.columns[8 * 3 + 5] == "pixel_3_5"
    assert digits.X.min() == 0 and digits.X.max() == 16 and (digits.X == np.round(digits.X)).all()


def test_features_pick_columns_by_name():
    ds = data.load_shipped("iris", ["petal width (cm)", "sepal length (cm)"])
    assert ds.columns == ("petal width (cm)", "sepal length (cm)")
    assert ds.X[0].tolist() == [0.2, 5.1]


def test_an_unknown_set_is_named():
    with pytest.raises(UnknownNameError, match="unknown dataset 'mnist'; choose one of: breast_cancer, digits"):
        data.load_shipped("mnist")


@pytest.mark.parametrize("key, value", [("samples", 100), ("noise", 0.1), ("classes", 3)])
@pytest.mark.parametrize("name", ["iris", "digits"])
def test_samples_noise_and_classes_are_refused_naming_the_key(name, key, value):
    raw = run_config(name, **{key: value})
    with pytest.raises(ConfigError, match=rf"^data\.{key} must be left out for the real data set '{name}'") as e:
        config.parse(raw)
    assert e.value.params["key"] == f"data.{key}"


def test_a_shipped_config_holds_none_for_the_fixed_keys_and_round_trips():
    cfg = config.parse(run_config("wine"))
    assert [cfg.data[k] for k in config.FIXED_BY_SHIPPED] == [None, None, None]
    assert not set(config.FIXED_BY_SHIPPED) & set(cfg.to_dict()["data"])
    assert config.loads(config.to_toml(cfg)) == cfg
    # from a generator: the keys it set go with None; back to a generator: their defaults return
    circle = config.parse({"data": {"dataset": "circle", "samples": 200, "noise": 0.2}})
    with pytest.raises(ConfigError, match="data.samples"):
        circle.replace({"data.dataset": "iris"})
    iris = circle.replace({"data.dataset": "iris", "data.samples": None, "data.noise": None, "data.classes": None,
                           "network.output": "softmax"})
    assert iris.data["samples"] is None
    back = iris.replace({"data.dataset": "circle", "network.output": "sigmoid"})
    assert (back.data["samples"], back.data["noise"], back.data["classes"]) == (300, 0.05, 2)


def test_features_are_the_sets_column_names():
    cfg = config.parse(run_config("iris", features=["petal length (cm)", "petal width (cm)"]))
    t = Trainer(cfg)
    assert t.problem.pipeline.feature_names == ("petal length (cm)", "petal width (cm)")
    assert t.spec.inputs == 2
    with pytest.raises(ConfigError, match=r"data.features must be column names of 'iris': sepal length \(cm\)"):
        config.parse(run_config("iris", features=["x1"]))


def test_the_output_must_fit_the_classes():
    raw = run_config("iris")
    raw["network"]["output"] = "sigmoid"
    with pytest.raises(ConfigError, match="network.output must be softmax for the 3 classes of 'iris'"):
        config.parse(raw)
    raw["network"]["output"] = "linear"
    with pytest.raises(ConfigError, match="network.output"):
        config.parse(raw)
    raw = run_config("breast_cancer")
    raw["network"]["output"] = "sigmoid"                # two classes: P(benign)
    assert Trainer(config.parse(raw)).spec.outputs == 1


@pytest.mark.slow
def test_issue_16_figures_nnsim_train_on_each_set_and_seeds_1_to_3(tmp_path, capsys):
    """≈ 3 s in all (digits ≈ 0.6 s a seed)."""
    reached = {}
    for name in FLOORS:
        path = tmp_path / f"{name}.toml"
        path.write_text(config.to_toml(config.parse(run_config(name))), encoding="utf-8")
        for seed in (1, 2, 3):
            out = tmp_path / f"{name}-{seed}.json"
            assert cli.main(["train", str(path), "--seed", str(seed), "--quiet", "--out", str(out)]) == 0
            reached[name, seed] = json.loads(out.read_text())["test"]["accuracy"]
    capsys.readouterr()
    print({k: round(v, 3) for k, v in reached.items()})
    assert all(reached[name, seed] >= FLOORS[name] for name, seed in reached), reached


def saved_and_described(tmp_path, capsys, name: str, epochs: int):
    """Train issue 16's run on ``name`` for ``epochs``, save it; (the run's path, ``nnsim info``'s output)."""
    raw = run_config(name)
    raw["training"]["epochs"] = epochs
    cfg_path = tmp_path / f"{name}.toml"
    cfg_path.write_text(config.to_toml(config.parse(raw)), encoding="utf-8")
    run = tmp_path / f"{name}.nnsim"
    assert cli.main(["train", str(cfg_path), "--quiet", "--save", str(run)]) == 0
    capsys.readouterr()
    assert cli.main(["info", str(run)]) == 0
    return run, capsys.readouterr().out


def test_info_and_predictions_name_the_classes(tmp_path, capsys):
    run, out = saved_and_described(tmp_path, capsys, "iris", 5)
    assert "data      iris (150 rows, columns sepal length (cm), sepal width (cm)" in out
    assert "classes   0 = setosa, 1 = versicolor, 2 = virginica" in out
    assert "source    Fisher, R. A. (1936). Iris. UCI Machine Learning Repository (CC BY 4.0)." in out
    rows = tmp_path / "flowers.csv"
    rows.write_text("sepal length (cm),sepal width (cm),petal length (cm),petal width (cm)\n"
                    "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n", encoding="utf-8")
    assert cli.main(["predict", str(run), "--input", str(rows)]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][-1] == "class" and {r[-1] for r in table[1:]} <= set(SHIPPED["iris"].label_names)


def test_info_shortens_the_64_columns_of_digits(tmp_path, capsys):
    _, out = saved_and_described(tmp_path, capsys, "digits", 1)
    assert "columns pixel_0_0, pixel_0_1, pixel_0_2, …, pixel_7_7 (64), classification, 10 classes)" in out
    assert "features  pixel_0_0, pixel_0_1, pixel_0_2, …, pixel_7_7 (64)\n" in out
    assert "Alpaydin" in out and "network   64-32-10," in out

"""Config rules (nnsim.edits): which output fits the data, the course's decay rates, per-layer
settings that follow the number of hidden layers, the rollback rate."""
from __future__ import annotations

import pytest

from nnsim import config, edits
from nnsim.data import GENERATORS


@pytest.mark.parametrize("dataset, classes, output, want", [
    ("circle", 2, "sigmoid", "sigmoid"),      # fits already
    ("circle", 2, "linear", "sigmoid"),       # regression output on classes
    ("gauss", 3, "sigmoid", "softmax"),       # more than two classes
    ("spiral", 4, "linear", "softmax"),
    ("gauss", 2, "softmax", "softmax"),       # softmax also fits two classes
    ("plane", 2, "sigmoid", "linear"),        # regression
    ("gauss_sum", 2, "softmax", "linear"),
])
def test_the_output_that_fits_a_data_set(dataset, classes, output, want):
    gen = GENERATORS[dataset]
    assert edits.fitting_output(gen, classes, output) == want
    changes = edits.output_changes(gen, classes, output)
    assert changes == ({} if want == output else {"network.output": want, "network.loss": None})


@pytest.mark.parametrize("dataset, classes, output", [
    ("circle", 2, "linear"), ("gauss", 3, "sigmoid"), ("plane", 2, "sigmoid"), ("spiral", 5, "linear")])
def test_the_fitting_output_is_a_config_the_engine_accepts(dataset, classes, output):
    cfg = config.default_config()
    cfg["data"].update(dataset=dataset, classes=classes)
    cfg["network"]["output"] = edits.fitting_output(GENERATORS[dataset], classes, output)
    config.parse(cfg)                       # raises if the output did not fit


@pytest.mark.parametrize("schedule, rate, want", [
    ("exponential", 0.0, 0.95), ("exponential", 1.0, 0.95), ("exponential", 0.5, None),
    ("inverse_time", 0.0, 1.0), ("inverse_time", 0.3, None), ("none", 0.0, None),
])
def test_a_schedule_comes_with_the_courses_rate_where_the_current_one_would_not_do(schedule, rate, want):
    changes = edits.decay_changes(schedule, rate)
    assert changes["training.decay"] == schedule
    assert changes.get("training.decay_rate") == want
    if want is not None:
        assert want == edits.DEFAULT_DECAY_RATES[schedule]


def test_per_layer_settings_follow_the_number_of_hidden_layers():
    assert edits.resized(["tanh", "relu"], 3) == ["tanh", "relu", "relu"]
    assert edits.resized(["tanh", "relu", "sigmoid"], 2) == ["tanh", "relu"]
    assert edits.resized(["tanh", "relu"], 0) == "tanh"
    assert edits.resized("tanh", 5) == "tanh"
    cfg = config.default_config()
    cfg["network"]["activation"] = ["tanh", "relu"]
    cfg["training"]["keep_prob"] = 0.8
    assert edits.hidden_changes(cfg, [4, 4, 2]) == {"network.hidden": [4, 4, 2],
                                                    "network.activation": ["tanh", "relu", "relu"]}
    assert edits.hidden_changes(cfg, "4,x") == {"network.hidden": "4,x"}      # the config says what is wrong


def test_the_rollback_rate_is_a_tenth_and_the_stop_message_uses_it():
    assert edits.rollback_rate(0.3) == pytest.approx(0.03)
    assert f"{edits.rollback_rate(3.0):g}" == "0.3"


@pytest.mark.parametrize("start", ["circle", "flower", "gauss", "iris", "breast_cancer", "digits"])
@pytest.mark.parametrize("name", ["circle", "flower", "spiral", "plane", "iris", "wine", "breast_cancer", "digits"])
def test_choosing_a_data_set_gives_a_config_the_engine_accepts(start, name):
    cfg = config.parse(config.default_config()).replace(edits.dataset_changes(config.default_config(), start))
    cfg = cfg.replace({"data.features": ["x1", "x2", "x1^2"]} if start in GENERATORS else {})
    changes = edits.dataset_changes(cfg.to_dict(), name)
    new = cfg.replace(changes)                 # raises if a refused key or an unfitting output were left
    assert new.data["dataset"] == name
    if name == "flower" and start != "flower":
        assert new.data["noise"] == GENERATORS["flower"].default_noise
    if name in ("iris", "digits"):
        assert new.network["output"] == "softmax"
    if name in GENERATORS and start in GENERATORS:
        assert new.data["features"] == ["x1", "x2", "x1^2"]   # the feature map stays between generators
    else:
        assert new.data["features"] is None


def test_leaving_a_csv_file_drops_its_path_and_label():
    cfg = config.default_config()
    cfg["data"].update(dataset="csv", path="a.csv", label="y", features=["u", "v"])
    changes = edits.dataset_changes(cfg, "wine")
    assert {k: changes[k] for k in ("data.path", "data.label", "data.features")} == dict.fromkeys(
        ("data.path", "data.label", "data.features"))

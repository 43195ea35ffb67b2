"""The ``nnsim`` command line (nnsim.cli), mostly in-process through ``cli.main``.

Exit codes (README): 0 success, 1 diverged, 2 a bad config, input or file (a message, never
a traceback), 3 the gradient check says wrong.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import subprocess
import sys

import numpy as np
import pytest

from nnsim import __version__, activations, cli, config, project
from nnsim.training import Trainer

RUN_TOML = """\
seed = 3
[data]
dataset = "circle"
samples = 200
dev_fraction = 0.2
test_fraction = 0.3
[network]
hidden = [4]
activation = "tanh"
init = "xavier_normal"
[training]
learning_rate = 0.1
batch_size = 32
epochs = 30
"""                                           # 100 training rows: 4 steps an epoch, 120 steps

METRICS_KEYS = {"epochs", "steps", "diverged", "stopped_early", "interrupted", "reason", "train", "dev", "test", "objective",
                "history"}                    # README's metrics.json
RECORD_KEYS = {"step", "epoch", "train_loss", "train_accuracy", "dev_loss", "dev_accuracy", "test_loss",
               "test_accuracy", "objective", "learning_rate"}


def strict_json(text: str):
    """JSON as the standard has it: NaN and Infinity are not JSON."""
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One `nnsim train` of RUN_TOML with --out, --save and --export."""
    d = tmp_path_factory.mktemp("run")
    cfg = write(d / "run.toml", RUN_TOML)
    code = cli.main(["train", str(cfg), "--out", str(d / "metrics.json"), "--save", str(d / "run.nnsim"),
                     "--export", str(d / "weights.npz")])
    return {"code": code, "dir": d, "config": cfg, "metrics": d / "metrics.json", "run": d / "run.nnsim",
            "npz": d / "weights.npz"}


# -- train -------------------------------------------------------------------------------------
def test_train_writes_metrics_with_exactly_the_documented_keys(trained):
    assert trained["code"] == 0
    m = strict_json(trained["metrics"].read_text(encoding="utf-8"))
    assert set(m) == METRICS_KEYS
    assert (m["epochs"], m["steps"], m["diverged"], m["stopped_early"], m["reason"]) == (30, 120, False, False, "")
    for split in ("train", "dev", "test"):
        assert set(m[split]) == {"loss", "accuracy"}
        assert m[split]["loss"] > 0 and 0 <= m[split]["accuracy"] <= 1
    # the same figures as training the config here, and as the saved run evaluates to
    expected = Trainer(config.load(trained["config"])).run()
    for split in ("train", "dev", "test"):
        assert m[split] == expected[split]
    assert m["objective"] == expected["objective"] == m["train"]["loss"]      # no penalty
    assert m["history"] == expected["history"]
    ev = project.load(trained["run"]).evaluate()
    assert m["test"] == ev["test"] and m["dev"] == ev["dev"]
    steps = [r["step"] for r in m["history"]]
    assert steps[0] == 0 and steps[-1] == 120 and steps == sorted(steps)
    for record in m["history"]:
        assert set(record) == RECORD_KEYS


def test_train_prints_the_final_figures_per_split(tmp_path, capsys):
    cfg = write(tmp_path / "run.toml", RUN_TOML.replace("epochs = 30", "epochs = 3"))
    assert cli.main(["train", str(cfg)]) == 0
    out = capsys.readouterr().out
    s = Trainer(config.load(cfg)).run()
    assert "epochs 3, steps 12" in out
    for split in ("train", "dev", "test"):
        assert f"{split:5}  loss {s[split]['loss']:.4g}  accuracy {100 * s[split]['accuracy']:.1f}%" in out
    assert f"objective J {s['objective']:.4g}" in out


def test_null_where_a_split_or_accuracy_does_not_exist(tmp_path):
    cfg = write(tmp_path / "plane.toml", '[data]\ndataset = "plane"\ntest_fraction = 0.0\nsamples = 60\n'
                                         '[network]\noutput = "linear"\nhidden = [3]\n[training]\nepochs = 5\n')
    assert cli.main(["train", str(cfg), "--out", str(tmp_path / "m.json")]) == 0
    m = strict_json((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert m["dev"] is None and m["test"] is None and m["train"]["accuracy"] is None
    assert isinstance(m["train"]["loss"], float)
    assert all(r["train_accuracy"] is None and r["dev_loss"] is None for r in m["history"])


def test_seed_and_epochs_override_the_config(tmp_path):
    cfg = write(tmp_path / "run.toml", RUN_TOML)
    assert cli.main(["train", str(cfg), "--seed", "9", "--epochs", "5", "--save", str(tmp_path / "r.nnsim"),
                     "--out", str(tmp_path / "m.json")]) == 0
    run = project.load(tmp_path / "r.nnsim")
    assert run.config.seed == 9 and run.config.training["epochs"] == 5
    assert (run.epoch, run.step_count) == (5, 20)
    direct = Trainer(config.load(cfg).replace({"seed": 9, "training.epochs": 5}))
    direct.run()
    for a, b in zip(run.network.parameters(), direct.network.parameters(), strict=True):
        assert np.array_equal(a, b)
    default = Trainer(config.load(cfg))
    assert not np.array_equal(default.problem.dataset.X, run.problem.dataset.X)     # data seed follows seed
    m = strict_json((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert (m["epochs"], m["steps"]) == (5, 20)


def test_export_during_train_holds_the_trained_weights(trained):
    run = project.load(trained["run"])
    with np.load(trained["npz"], allow_pickle=False) as npz:
        assert sorted(npz.files) == ["W1", "W2", "b1", "b2", "spec"]
        for k in (1, 2):
            assert np.array_equal(npz[f"W{k}"], run.network.weights[k])
            assert np.array_equal(npz[f"b{k}"], run.network.biases[k])
        spec = json.loads(str(npz["spec"]))
    assert spec["sizes"] == [2, 4, 1]


def test_a_bad_export_suffix_is_refused_before_training(tmp_path, capsys):
    cfg = write(tmp_path / "run.toml", RUN_TOML)
    assert cli.main(["train", str(cfg), "--export", str(tmp_path / "w.bin"), "--out", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert "w.bin" in err and ".npz" in err and "Traceback" not in err
    assert not (tmp_path / "m.json").exists()


@pytest.mark.parametrize("text, key", [
    ("[training]\nlr = 0.1\n", "training.lr"),
    ("[trainning]\nepochs = 3\n", "trainning"),
    ("[network]\nhidden = [4, 0]\n", "network.hidden"),
    ("[training]\nlearning_rate = \"fast\"\n", "training.learning_rate"),
    ("[data]\ndev_fraction = 0.6\n", "data.test_fraction"),
    ("[training]\nearly_stopping = 3\n", "training.early_stopping"),
    ("[data]\ndataset = \"csv\"\npath = \"nowhere.csv\"\n", "nowhere.csv"),
    ("seed = \n", "not valid TOML"),
])
def test_a_bad_config_exits_2_naming_the_key_without_a_traceback(tmp_path, capsys, text, key):
    cfg = write(tmp_path / "bad.toml", text)
    assert cli.main(["train", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nnsim: error: ") and key in err and "Traceback" not in err


def test_a_bad_override_or_a_missing_config_exits_2(tmp_path, capsys):
    cfg = write(tmp_path / "run.toml", RUN_TOML)
    assert cli.main(["train", str(cfg), "--epochs", "0"]) == 2
    assert "training.epochs" in capsys.readouterr().err
    assert cli.main(["train", str(tmp_path / "missing.toml")]) == 2
    assert "missing.toml" in capsys.readouterr().err


def test_a_diverging_run_exits_1_with_finite_figures(tmp_path, capsys):
    cfg = write(tmp_path / "div.toml", '[data]\ndataset = "moons"\n[training]\nlearning_rate = 50.0\n'
                                       'eval_every = 5\nepochs = 500\n')
    assert cli.main(["train", str(cfg), "--out", str(tmp_path / "m.json")]) == 1
    out = capsys.readouterr().out
    m = strict_json((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert m["diverged"] and not m["stopped_early"] and m["steps"] < 500
    assert math.isfinite(m["objective"]) and math.isfinite(m["train"]["loss"])
    assert m["reason"].startswith("diverged: ") and m["reason"] in out
    assert m["history"][-1]["event"] == "diverged"


def test_an_overflowing_run_exits_1_and_its_metrics_are_still_json(tmp_path):
    """The evaluation that saw the overflow is recorded with NaN figures: written as null."""
    cfg = write(tmp_path / "nan.toml", "[network]\nhidden = [10, 5]\n[training]\nlearning_rate = 1e300\n"
                                       "eval_every = 1\nepochs = 50\n")
    assert cli.main(["train", str(cfg), "--out", str(tmp_path / "m.json")]) == 1
    m = strict_json((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert m["diverged"] and math.isfinite(m["objective"])
    assert any(r.get("train_loss", 0) is None for r in m["history"])


# -- export, info ------------------------------------------------------------------------------
def test_export_subcommand_writes_the_saved_runs_weights(trained, tmp_path, capsys):
    run = project.load(trained["run"])
    assert cli.main(["export", str(trained["run"]), "--to", str(tmp_path / "w.npz")]) == 0
    assert f"wrote {tmp_path / 'w.npz'}" in capsys.readouterr().out
    with np.load(tmp_path / "w.npz", allow_pickle=False) as npz:
        for k in (1, 2):
            assert np.array_equal(npz[f"W{k}"], run.network.weights[k])
            assert np.array_equal(npz[f"b{k}"], run.network.biases[k])
    assert cli.main(["export", str(trained["run"]), "--to", str(tmp_path / "w.json")]) == 0
    doc = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    assert np.array_equal(np.array(doc["layers"][0]["W"]), run.network.weights[1])
    assert cli.main(["export", str(trained["run"]), "--to", str(tmp_path / "w.bin")]) == 2
    assert cli.main(["export", str(tmp_path / "missing.nnsim"), "--to", str(tmp_path / "w.npz")]) == 2
    err = capsys.readouterr().err
    assert "missing.nnsim" in err and "Traceback" not in err


def test_info_describes_the_saved_run(trained, capsys):
    assert cli.main(["info", str(trained["run"])]) == 0
    out = capsys.readouterr().out
    run = project.load(trained["run"])
    assert "circle (200 rows, columns x1, x2, classification, 2 classes)" in out
    assert "network   2-4-1, hidden tanh, output sigmoid, loss cross_entropy, init xavier_normal" in out
    assert "batch 32, step 120, epoch 30" in out
    ev = run.evaluate()
    assert f"test      loss {ev['test']['loss']:.4g}, accuracy {100 * ev['test']['accuracy']:.1f}%" in out


def test_info_on_a_damaged_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.nnsim"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert cli.main(["info", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.nnsim" in err and "Traceback" not in err


# -- predict -----------------------------------------------------------------------------------
def read_predictions(text: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


RAW = np.array([[0.1, -0.2], [0.9, 0.05], [-0.7, 0.6], [0.0, 0.0], [1e-3, 2.5]])


def test_predict_writes_inputs_outputs_and_class(trained, tmp_path, capsys):
    run = project.load(trained["run"])
    inp = write(tmp_path / "in.csv", "x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist()))
    assert cli.main(["predict", str(trained["run"]), "--input", str(inp)]) == 0
    header, rows = read_predictions(capsys.readouterr().out)
    assert header == ["x1", "x2", "out", "class"]
    expected = run.predict_raw(RAW)
    classes = run.classes_of(expected)
    assert len(rows) == len(RAW)
    for row, raw, out, k in zip(rows, RAW, expected, classes):
        assert [float(v) for v in row[:2]] == raw.tolist()
        assert float(row[2]) == out[0]                           # exact: written with repr
        assert row[3] == str(k) and (k == 1) == (out[0] >= 0.5)


def test_predict_reads_columns_by_header_in_any_order_or_without_a_header(trained, tmp_path, capsys):
    assert cli.main(["predict", str(trained["run"]), "--input",
                     str(write(tmp_path / "a.csv", "x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist())))]) == 0
    reference = capsys.readouterr().out
    swapped = write(tmp_path / "b.csv", "x2,x1\n" + "".join(f"{b!r},{a!r}\n" for a, b in RAW.tolist()))
    assert cli.main(["predict", str(trained["run"]), "--input", str(swapped)]) == 0
    assert capsys.readouterr().out == reference                 # output columns in the trained order
    extra = write(tmp_path / "c.csv", "id,x2,x1\n" + "".join(f"{i},{b!r},{a!r}\n" for i, (a, b) in enumerate(RAW.tolist())))
    assert cli.main(["predict", str(trained["run"]), "--input", str(extra)]) == 0
    assert capsys.readouterr().out == reference
    bare = write(tmp_path / "d.csv", "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist()))
    assert cli.main(["predict", str(trained["run"]), "--input", str(bare), "--out", str(tmp_path / "p.csv")]) == 0
    assert (tmp_path / "p.csv").read_text(encoding="utf-8") == reference


def test_predict_with_softmax_names_one_output_per_class(tmp_path, capsys):
    cfg = write(tmp_path / "spiral.toml", '[data]\ndataset = "spiral"\nclasses = 3\nsamples = 90\n'
                                          '[network]\noutput = "softmax"\nhidden = [6]\n[training]\nepochs = 20\n')
    assert cli.main(["train", str(cfg), "--save", str(tmp_path / "s.nnsim")]) == 0
    inp = write(tmp_path / "in.csv", "x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist()))
    capsys.readouterr()
    assert cli.main(["predict", str(tmp_path / "s.nnsim"), "--input", str(inp)]) == 0
    header, rows = read_predictions(capsys.readouterr().out)
    assert header == ["x1", "x2", "out0", "out1", "out2", "class"]
    expected = project.load(tmp_path / "s.nnsim").predict_raw(RAW)
    for row, out in zip(rows, expected):
        assert [float(v) for v in row[2:5]] == out.tolist()
        assert row[5] == str(int(np.argmax(out)))


@pytest.mark.parametrize("text, words", [
    ("x1,x2\n0.1,0.2\n0.3,0.4,0.5\n", ["line 3", "3 columns", "expected 2"]),
    ("x1,x2\n0.1,abc\n", ["line 2", "'x2'", "not a number"]),
    ("0.1,0.2\n0.3\n", ["line 2", "1 columns"]),
    ("x1,x2\n\n0.1,nan\n", ["line 3", "not finite"]),
    ("x1,y\n0.1,0.2\n", ["line 1", "no column 'x2'"]),
    ("", ["empty"]),
    ("\n\n  \n", ["empty"]),
    ("x1,x2\n0.1,\"" + "9" * 200_000 + "\"\n", ["line 2", "field larger"]),
])
def test_predict_on_a_malformed_csv_exits_2_with_the_line(trained, tmp_path, capsys, text, words):
    inp = write(tmp_path / "bad.csv", text)
    assert cli.main(["predict", str(trained["run"]), "--input", str(inp)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    for w in words:
        assert w in captured.err


def test_predict_input_that_is_not_utf8_or_missing_exits_2(trained, tmp_path, capsys):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("x1,x2\n0.1,0.2 é\n".encode("latin-1"))
    assert cli.main(["predict", str(trained["run"]), "--input", str(latin)]) == 2
    assert cli.main(["predict", str(trained["run"]), "--input", str(tmp_path / "none.csv")]) == 2
    err = capsys.readouterr().err
    assert "UTF-8" in err and "none.csv" in err


# -- gradcheck ---------------------------------------------------------------------------------
GRADCHECK_TOML = ('[data]\nsamples = 60\n[network]\nhidden = [5, 3]\nactivation = "tanh"\n'
                  'init = "xavier_normal"\n[training]\nl2 = 0.3\n')


def test_gradcheck_on_a_correct_network_exits_0(tmp_path, capsys):
    cfg = write(tmp_path / "gc.toml", GRADCHECK_TOML)
    assert cli.main(["gradcheck", str(cfg), "--steps", "5", "--examples", "16"]) == 0
    out = capsys.readouterr().out
    assert "gradient check on 16 examples, 37 parameters" in out
    assert out.splitlines()[-1].endswith(": correct")
    diff = float(out.splitlines()[-1].split("relative difference ")[1].split(":")[0])
    assert diff < 2e-7


def test_gradcheck_exits_3_when_a_derivative_is_wrong(tmp_path, capsys, monkeypatch):
    broken = dataclasses.replace(activations.ACTIVATIONS["tanh"], derivative=lambda z, a: 1.0 - a)   # not 1 − a²
    monkeypatch.setitem(activations.ACTIVATIONS, "tanh", broken)
    cfg = write(tmp_path / "gc.toml", GRADCHECK_TOML)
    assert cli.main(["gradcheck", str(cfg)]) == 3
    assert capsys.readouterr().out.splitlines()[-1].endswith(": wrong")


def test_gradcheck_refuses_bad_arguments(tmp_path, capsys):
    cfg = write(tmp_path / "gc.toml", GRADCHECK_TOML)
    assert cli.main(["gradcheck", str(cfg), "--examples", "0"]) == 2
    assert "--examples" in capsys.readouterr().err


# -- the command itself ------------------------------------------------------------------------
def test_no_command_prints_help(capsys):
    assert cli.main([]) == 0
    assert "train" in capsys.readouterr().out


def run_nnsim(*args, cwd):
    return subprocess.run([sys.executable, "-m", "nnsim", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_python_dash_m_nnsim_version_and_train(tmp_path):
    done = run_nnsim("--version", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.splitlines()[0] == f"nnsim {__version__}"
    assert done.stdout.splitlines()[1].startswith("training path: ")
    write(tmp_path / "run.toml", RUN_TOML.replace("epochs = 30", "epochs = 4"))
    done = run_nnsim("train", "run.toml", "--out", "m.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "test " in done.stdout and "Traceback" not in done.stderr
    assert strict_json((tmp_path / "m.json").read_text(encoding="utf-8"))["steps"] == 16


def test_python_dash_m_nnsim_bad_config_exits_2_without_a_traceback(tmp_path):
    write(tmp_path / "bad.toml", "[training]\nlearning_rate = -1\n")
    done = run_nnsim("train", "bad.toml", cwd=tmp_path)
    assert done.returncode == 2
    assert "training.learning_rate" in done.stderr and "Traceback" not in done.stderr

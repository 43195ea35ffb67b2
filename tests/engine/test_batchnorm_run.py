"""Batch normalization in a run (issue 15 point 1): the running averages at test time, in project
files and in every export (onnxruntime against ``nnsim predict``), the config's keys, a batch of one
refused, and older files still read.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from nnsim import cli, config, project
from nnsim import export as ex
from nnsim import session as S
from nnsim.config import ConfigError
from nnsim.errors import ExportError
from nnsim.network.batchnorm import EPSILON
from nnsim.training import Trainer

BN = {"data": {"dataset": "circle", "samples": 120, "test_fraction": 0.25},
      "network": {"hidden": [5, 3], "activation": "tanh", "batch_norm": True, "batch_norm_decay": 0.8},
      "training": {"optimizer": "adam", "learning_rate": 0.02, "batch_size": 10, "l2": 0.1}}
RAW = np.array([[0.1, -0.2], [0.9, 0.05], [-0.7, 0.6], [0.0, 0.0], [1e-3, 2.5]])


def trained(raw_config=BN, steps: int = 60) -> Trainer:
    t = Trainer(config.parse(raw_config))
    t.run(steps=steps)
    return t


def by_hand(t: Trainer, X: np.ndarray) -> np.ndarray:
    """The test-time forward pass written out: each hidden layer with the running averages."""
    net, A = t.network, X
    for k in range(1, net.depth):
        Z = A @ net.weights[k].T
        Z_tilde = net.gamma[k] * (Z - net.running_mean[k]) / np.sqrt(net.running_var[k] + EPSILON) + net.beta[k]
        A = np.tanh(Z_tilde)
    Z = A @ net.weights[-1].T + net.biases[-1]
    return 1.0 / (1.0 + np.exp(-Z))


@pytest.fixture(scope="module")
def run() -> Trainer:
    return trained()


def test_the_config_builds_a_batch_normalised_network(run):
    spec = run.spec
    assert spec.batch_norm and spec.batch_norm_decay == 0.8 and spec.normalised(1) and not spec.normalised(3)
    defaults = config.parse({})
    assert defaults.network["batch_norm"] is False and defaults.network["batch_norm_decay"] == 0.9
    assert not Trainer(config.parse({"data": {"samples": 40}})).spec.batch_norm


def test_evaluation_and_predict_use_the_running_averages(run):
    net = run.network
    assert not np.allclose(net.running_mean[1], 0.0) and not np.allclose(net.running_var[1], 1.0)
    X = run.problem.X["test"]
    np.testing.assert_allclose(net.predict(X), by_hand(run, X), rtol=1e-13)
    np.testing.assert_allclose(net.predict(X[:1]), by_hand(run, X[:1]), rtol=1e-13)   # one example is fine
    ev = run.evaluate()
    want = float(np.mean(-(run.problem.Y["test"] * np.log(by_hand(run, X))
                           + (1 - run.problem.Y["test"]) * np.log(1 - by_hand(run, X)))))
    assert ev["test"]["loss"] == pytest.approx(want, rel=1e-12)
    # the batch's own statistics differ from the averages: training-mode output is not predict's
    assert not np.allclose(net.forward(X, training=True).output, net.predict(X))


def test_the_running_averages_follow_rho():
    t = trained(steps=0)
    net = t.network
    before_mean, before_var = net.running_mean[1].copy(), net.running_var[1].copy()
    phases = list(t.phases())
    mu, var = phases[0].values["mu"], phases[0].values["var"]
    np.testing.assert_allclose(net.running_mean[1], 0.8 * before_mean + 0.2 * mu, rtol=1e-15)
    np.testing.assert_allclose(net.running_var[1], 0.8 * before_var + 0.2 * var, rtol=1e-15)
    np.testing.assert_allclose(var, phases[0].values["Z"].var(axis=0), rtol=1e-13)       # biased σ²


def test_a_project_file_keeps_the_running_averages_and_continues_bit_for_bit(tmp_path):
    t = trained(steps=35)
    path = project.save(t, tmp_path / "bn.nnsim")
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(project.MANIFEST))
        names = set(np.load(io.BytesIO(z.read(project.ARRAYS))).files)
    assert manifest["version"] == 3 and manifest["network"]["batch_norm"] is True
    assert {"gamma1", "beta1", "mean1", "var1", "gamma2", "var2", "b3"} <= names and "b1" not in names
    loaded = project.load(path)
    for name, a in t.network.named_arrays().items():
        np.testing.assert_array_equal(loaded.network.named_arrays()[name], a, err_msg=name)
    t.run(steps=25)
    loaded.run(steps=25)
    for name, a in t.network.named_arrays().items():
        np.testing.assert_array_equal(loaded.network.named_arrays()[name], a, err_msg=name)


def test_a_format_2_project_still_loads(tmp_path):
    """A run saved before batch norm: version 2, no batch-norm keys in its config or network."""
    t = trained({"data": {"samples": 60}, "network": {"hidden": [3]}, "training": {"batch_size": 10}}, 20)
    path = project.save(t, tmp_path / "new.nnsim")
    old = tmp_path / "old.nnsim"
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(old, "w") as w:
        for item in z.namelist():
            body = z.read(item)
            if item == project.MANIFEST:
                m = json.loads(body)
                m["version"] = 2
                for key in ("batch_norm", "batch_norm_decay"):
                    del m["config"]["network"][key]
                body = json.dumps(m).encode()
            w.writestr(item, body)
    loaded = project.load(old)
    assert not loaded.spec.batch_norm
    np.testing.assert_array_equal(loaded.network.predict(loaded.problem.X["test"]),
                                  t.network.predict(t.problem.X["test"]))


def test_npz_and_json_carry_gamma_beta_mean_var_and_load_back(run, tmp_path):
    pipe = run.problem.pipeline
    want = run.predict_raw(RAW)
    ex.export(run.network, pipe, tmp_path / "w.npz")
    with np.load(tmp_path / "w.npz") as f:
        assert set(f.files) == {"spec", "W1", "gamma1", "beta1", "mean1", "var1", "W2", "gamma2", "beta2",
                                "mean2", "var2", "W3", "b3"}
        np.testing.assert_array_equal(f["mean2"], run.network.running_mean[2])
        assert json.loads(str(f["spec"][()]))["version"] == 3
    ex.export(run.network, pipe, tmp_path / "w.json")
    layers = json.loads((tmp_path / "w.json").read_text())["layers"]
    assert [sorted(layer) for layer in layers] == [["W", "activation", "beta", "gamma", "mean", "var"]] * 2 + \
        [["W", "activation", "b"]]
    for suffix in (".npz", ".json"):
        net, pipeline, meta = ex.load(tmp_path / f"w{suffix}")
        assert net.spec == run.spec and meta["version"] == 3
        np.testing.assert_array_equal(net.predict(pipeline.transform(RAW)), want)


def test_weights_files_without_batch_norm_stay_version_2_and_batch_norm_needs_version_3(run, tmp_path):
    plain = trained({"data": {"samples": 60}, "network": {"hidden": [3]}}, 5)
    ex.export(plain.network, plain.problem.pipeline, tmp_path / "plain.json")
    assert json.loads((tmp_path / "plain.json").read_text())["version"] == 2
    assert ex.load(tmp_path / "plain.json")[2]["version"] == 2
    ex.export(run.network, run.problem.pipeline, tmp_path / "bn.json")
    doc = json.loads((tmp_path / "bn.json").read_text())
    doc["version"] = 2
    (tmp_path / "forged.json").write_text(json.dumps(doc))
    with pytest.raises(ExportError, match="batch norm came with version 3"):
        ex.load(tmp_path / "forged.json")
    doc = json.loads((tmp_path / "bn.json").read_text())
    doc["layers"][0]["var"][0] = -1.0
    (tmp_path / "negative.json").write_text(json.dumps(doc))
    with pytest.raises(ExportError, match="var1"):
        ex.load(tmp_path / "negative.json")


def predict_cli(run_path, tmp_path, capsys) -> np.ndarray:
    inp = tmp_path / "in.csv"
    inp.write_text("x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist()))
    assert cli.main(["predict", str(run_path), "--input", str(inp)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["x1", "x2", "out", "class"]
    return np.array([[float(r[2])] for r in rows[1:]])


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-12), ("float32", 1e-5)])
def test_onnx_batch_normalization_equals_nnsim_predict(run, tmp_path, capsys, dtype, rtol):
    onnx = pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    run_path = project.save(run, tmp_path / "run.nnsim")
    want = predict_cli(run_path, tmp_path, capsys)
    assert cli.main(["export", str(run_path), "--to", str(tmp_path / "m.onnx"), "--dtype", dtype]) == 0
    model = onnx.load(str(tmp_path / "m.onnx"))
    assert [n.op_type for n in model.graph.node].count("BatchNormalization") == 2
    session = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    (got,) = session.run(["output"], {"input": RAW.astype(dtype)})
    np.testing.assert_allclose(got, want, rtol=rtol, atol=1e-15 if dtype == "float64" else 1e-6)


def test_the_standalone_script_normalises_with_the_running_averages(run, tmp_path):
    script = ex.export(run.network, run.problem.pipeline, tmp_path / "model.py")
    text = script.read_text()
    assert "EPSILON = 1e-05" in text and "gamma1" in text and "mean2" in text and "b1 =" not in text
    (tmp_path / "in.csv").write_text("x1,x2\n" + "".join(f"{a!r},{b!r}\n" for a, b in RAW.tolist()))
    done = subprocess.run([sys.executable, "-I", str(script), "in.csv"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    got = np.array([[float(r[2])] for r in list(csv.reader(io.StringIO(done.stdout)))[1:]])
    np.testing.assert_allclose(got, run.predict_raw(RAW), rtol=1e-12)


# -- a batch of one, refused --------------------------------------------------------------------
def test_a_batch_size_of_one_is_refused_by_the_config():
    with pytest.raises(ConfigError, match="batch_norm") as info:
        config.parse({"network": {"batch_norm": True}, "training": {"batch_size": 1}})
    assert info.value.params["key"] == "training.batch_size"
    config.parse({"training": {"batch_size": 1}})                  # without batch norm: fine


def test_an_epoch_that_would_end_on_a_batch_of_one_is_refused():
    raw = {**BN, "data": {"dataset": "circle", "samples": 84, "test_fraction": 0.5}}   # 42 rows
    raw = {**raw, "training": {**BN["training"], "batch_size": 41}}                      # 41 + 1
    with pytest.raises(ConfigError, match="leave one") as info:
        Trainer(config.parse(raw))
    assert info.value.params["key"] == "training.batch_size"


def test_the_step_views_batch_of_one_is_refused_under_batch_norm():
    session = S.Session(BN)
    session.take()
    before = {n: a.copy() for n, a in session.trainer.network.named_arrays().items()}
    session.handle(S.SetBatchOfOne(0))
    (err,) = [m for m in session.take() if isinstance(m, S.Notice)]
    assert err.kind == "error" and err.code == "bad_count" and "batch norm" in err.message
    assert session.trainer.fixed_rows is None
    session.handle(S.Step(3))
    session.take()
    assert session.trainer.step_count == 3
    assert not all(np.array_equal(a, session.trainer.network.named_arrays()[n]) for n, a in before.items())


def test_the_session_edits_weights_and_refuses_a_bias_that_batch_norm_removed():
    session = S.Session(BN)
    session.take()
    net = session.trainer.network
    session.handle(S.SetWeight(1, 0, 1, 0.25))
    session.handle(S.SetWeight(3, 0, -1, 0.5))                          # the output layer keeps b
    assert net.weights[1][0, 1] == 0.25 and net.biases[3][0] == 0.5
    session.take()
    session.handle(S.SetWeight(1, 0, -1, 0.5))                          # layer 1 has β, no b
    assert [m.code for m in session.take() if isinstance(m, S.Notice)] == ["bad_weight"]


def test_a_kept_network_includes_the_running_averages(run):
    """Divergence and early stopping restore ``Network.state()``: parameters and running averages."""
    net = run.network.copy()
    kept = net.state()
    assert len(kept) == len(net.parameters()) + 4
    net.running_mean[1] = net.running_mean[1] + 1.0
    net.gamma[2] = net.gamma[2] * 2.0
    net.set_state(kept)
    for name, a in run.network.named_arrays().items():
        np.testing.assert_array_equal(net.named_arrays()[name], a, err_msg=name)


def test_the_step_view_and_the_snapshot_carry_the_normalisation():
    from nnsim.stepper import PhaseStepper
    stepper = PhaseStepper(Trainer(config.parse(BN)))
    views = [stepper.next() for _ in range(8)]
    assert [(v.kind, v.layer) for v in views][:3] == [("forward", 1), ("forward", 2), ("forward", 3)]
    f1, b1, update = views[0], views[6], views[7]
    assert {"mu", "var", "Z_norm", "Z_tilde", "gamma", "beta", "epsilon"} <= set(f1.values)
    assert f1.values["b"] is None and "mu" not in views[2].values
    assert {"dZ_tilde", "dZ_norm", "dgamma", "dbeta"} <= set(b1.values) and b1.values["db"] is None
    assert {"gamma_new", "beta_new", "mean_new", "var_new", "rho"} <= set(update.values)
    assert update.info["parameter_names"][:3] == ("W1", "gamma1", "beta1") and update.info["batch_norm"]
    snap = S.Session(BN).snapshot()
    assert snap.biases[1] is None and snap.biases[3] is not None
    np.testing.assert_array_equal(snap.gamma[1], np.ones(5))
    np.testing.assert_array_equal(snap.running_var[2], np.ones(3))
    assert snap.gamma[3] is None and snap.spec["batch_norm"] is True


def test_stepping_through_phases_equals_fast_training_with_batch_norm():
    from nnsim.stepper import PhaseStepper
    a, b = Trainer(config.parse(BN)), Trainer(config.parse(BN))
    stepper = PhaseStepper(a)
    for _ in range(3 * 8):                       # three steps, one phase at a time (the step view)
        stepper.next()
    b.run(steps=3)                                # the fast path: train_step drains the same phases
    assert a.step_count == b.step_count == 3
    for name, x in a.network.named_arrays().items():
        np.testing.assert_array_equal(x, b.network.named_arrays()[name], err_msg=name)


def test_nnsim_gradcheck_passes_on_a_batch_normalised_run(tmp_path, capsys):
    cfg = tmp_path / "bn.toml"
    cfg.write_text(config.to_toml(config.parse(BN)))
    assert cli.main(["gradcheck", str(cfg), "--examples", "8", "--steps", "5"]) == 0
    assert "correct" in capsys.readouterr().out
    assert cli.main(["gradcheck", str(cfg), "--examples", "1"]) == 2        # a batch of one: refused, in words
    err = capsys.readouterr().err
    assert "batch norm" in err and "Traceback" not in err

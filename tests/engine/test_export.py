"""Weight export: every format reproduces ``network.predict(pipeline.transform(raw))``.

The oracle is the engine itself: onnxruntime on the ONNX graph, the standalone
``.py`` script in a fresh interpreter, and ``load`` of ``.npz``/``.json`` must all
give the engine's predictions for the same raw columns.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnsim import activations as act
from nnsim import data
from nnsim import export as ex
from nnsim.errors import ExportError, InvalidValueError, NNSimError
from nnsim.network import Network, NetworkSpec

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

HIDDEN = sorted(act.HIDDEN_ACTIVATIONS)
OUTPUTS = sorted(act.OUTPUT_ACTIVATIONS)
FEATURES = ("x1", "x2", "x1^2", "x1x2", "sin_x1", "x2^2")


def make_pipeline(columns: int) -> data.Pipeline:
    """Non-trivial standardisation; a feature map for two columns (and both standardisation stages:
    of the raw columns, as format 1 wrote, and of the mapped ones), none for three."""
    if columns == 2:
        return data.Pipeline(("x1", "x2"), np.array([0.7, -1.3]), np.array([1.9, 0.45]), FEATURES,
                             np.array([0.2, -0.4, 1.1, 0.3, -0.1, 0.9]), np.array([1.3, 0.8, 2.0, 0.7, 0.6, 1.7]))
    return data.Pipeline(("age", "height", "score"), np.array([40.0, 1.7, -3.0]),
                         np.array([12.0, 0.1, 2.5]), None)


def make_network(hidden_activation: str, output: str, inputs: int, hidden=(5, 3), seed: int = 0) -> Network:
    spec = NetworkSpec(inputs=inputs, hidden=hidden, activation=hidden_activation, output=output,
                       outputs=3 if output == "softmax" else 1)
    network = Network(spec, init="xavier_normal", seed=seed)
    rng = np.random.default_rng(seed + 100)
    for k in range(1, network.depth + 1):       # non-zero biases, weights a bit larger than init
        network.weights[k] = network.weights[k] * 1.5
        network.biases[k] = rng.normal(0.0, 0.5, size=network.biases[k].shape)
    return network


def raw_inputs(pipeline: data.Pipeline, m: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return pipeline.mean + 1.5 * pipeline.scale * rng.normal(size=(m, len(pipeline.columns)))


def expected(network: Network, pipeline: data.Pipeline, raw: np.ndarray) -> np.ndarray:
    return network.predict(pipeline.transform(raw))


# every hidden activation with every output on the 2-column feature map; each output on 3 plain columns
CASES = [(g, out, 2, (5, 3)) for g in HIDDEN for out in OUTPUTS]
CASES += [("tanh", out, 3, (4,)) for out in OUTPUTS] + [("relu", "sigmoid", 3, ())]
IDS = [f"{g}-{out}-{c}col-{len(h)}hidden" for g, out, c, h in CASES]


@pytest.fixture(params=CASES, ids=IDS)
def case(request):
    g, out, columns, hidden = request.param
    pipeline = make_pipeline(columns)
    network = make_network(g, out, len(pipeline.feature_names), hidden, seed=len(request.node.name))
    return network, pipeline


# -- ONNX -------------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-9), ("float32", 1e-5)])
def test_onnx_matches_predict(case, tmp_path, dtype, rtol):
    network, pipeline = case
    path = ex.export(network, pipeline, tmp_path / "model.onnx", dtype=dtype)
    model = onnx.load(str(path))
    onnx.checker.check_model(model)
    assert model.producer_name == "nnsim"
    assert max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx")) >= 17

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (inp,), (out,) = session.get_inputs(), session.get_outputs()
    kind = "tensor(float)" if dtype == "float32" else "tensor(double)"
    assert (inp.name, inp.shape, inp.type) == ("input", ["batch", len(pipeline.columns)], kind)
    assert (out.name, out.shape, out.type) == ("output", ["batch", network.spec.outputs], kind)

    for m, seed in ((7, 1), (1, 2), (64, 3)):          # a dynamic batch: several sizes, one session
        raw = raw_inputs(pipeline, m, seed).astype(dtype)
        want = expected(network, pipeline, raw.astype(np.float64))
        (got,) = session.run(["output"], {"input": raw})
        assert got.shape == want.shape and got.dtype == np.dtype(dtype)
        # Relative tolerance, with an absolute floor a few roundings wide at the outputs' scale:
        # onnxruntime's Sigmoid is accurate to ~1e-16 absolute, not relative, so a probability of
        # 1e-10 may differ from predict's in its 7th digit (seen: 2.50840015e-10 vs 2.50839960e-10).
        scale = max(1.0, float(np.abs(want).max()))
        atol = (1e-15 if dtype == "float64" else rtol) * scale
        np.testing.assert_allclose(got, want, rtol=rtol, atol=atol)


def test_onnx_default_is_float32(tmp_path):
    network, pipeline = make_network("relu", "sigmoid", 6), make_pipeline(2)
    model = onnx.load(str(ex.export(network, pipeline, tmp_path / "m.onnx")))
    assert model.graph.input[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    assert {i.data_type for i in model.graph.initializer if i.name.startswith(("W", "b", "mean", "scale"))} \
        == {onnx.TensorProto.FLOAT}
    ops = [n.op_type for n in model.graph.node]
    assert ops[:2] == ["Sub", "Div"] and "Sin" in ops and "Concat" in ops and ops.count("Gemm") == 3
    assert all(n.attribute[0].i == 1 for n in model.graph.node if n.op_type == "Gemm")   # transB = 1
    props = {p.key: p.value for p in model.metadata_props}
    assert json.loads(props["nnsim.spec"])["format"] == "nnsim-weights"


def test_onnx_missing_package_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)        # "import onnx" now raises ImportError
    with pytest.raises(ExportError, match=r"pip install nnsim\[onnx\]") as info:
        ex.export(make_network("tanh", "sigmoid", 6), make_pipeline(2), tmp_path / "m.onnx")
    assert info.value.code == "export_needs_onnx"
    assert not (tmp_path / "m.onnx").exists()


# -- standalone script ------------------------------------------------------------------------
def test_python_script_in_fresh_interpreter(case, tmp_path):
    network, pipeline = case
    script = ex.export(network, pipeline, tmp_path / "model.py", label_names=())
    text = script.read_text(encoding="utf-8")
    imported = {alias.name for node in ast.walk(ast.parse(text)) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module)])}
    assert imported == {"csv", "numpy", "sys"}           # standalone: NumPy and the standard library

    raw = raw_inputs(pipeline, 9)
    with open(tmp_path / "input.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(pipeline.columns)
        writer.writerows([[repr(float(v)) for v in row] for row in raw])
    done = subprocess.run([sys.executable, "-I", str(script), "input.csv"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    spec = network.spec
    outs = ["out"] if spec.outputs == 1 else [f"out{i}" for i in range(spec.outputs)]
    classes = ["class"] if spec.is_classifier else []
    assert rows[0] == list(pipeline.columns) + outs + classes
    table = rows[1:]
    assert len(table) == len(raw)
    n = len(pipeline.columns)
    got_raw = np.array([[float(v) for v in r[:n]] for r in table])
    got = np.array([[float(v) for v in r[n:n + spec.outputs]] for r in table])
    np.testing.assert_array_equal(got_raw, raw)
    want = expected(network, pipeline, raw)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-300)
    if spec.output == "softmax":
        assert [int(r[-1]) for r in table] == list(np.argmax(want, axis=1))
    elif spec.output == "sigmoid":
        assert [int(r[-1]) for r in table] == list((want[:, 0] >= 0.5).astype(int))


def test_python_script_labels_and_no_header(tmp_path):
    network, pipeline = make_network("tanh", "softmax", 6), make_pipeline(2)
    script = ex.export(network, pipeline, tmp_path / "flowers.py", label_names=["red", "green", "blue"])
    raw = raw_inputs(pipeline, 5)
    np.savetxt(tmp_path / "in.csv", raw, delimiter=",", fmt="%.17g")      # no header row
    done = subprocess.run([sys.executable, "-I", str(script), "in.csv"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))[1:]
    names = np.array(["red", "green", "blue"])[np.argmax(expected(network, pipeline, raw), axis=1)]
    assert [r[-1] for r in rows] == list(names)
    assert "python flowers.py input.csv" in script.read_text(encoding="utf-8")


# -- npz and json -----------------------------------------------------------------------------
def test_npz_round_trip_and_layout(case, tmp_path):
    network, pipeline = case
    path = ex.export(network, pipeline, tmp_path / "w.npz", label_names=["a", "b", "c"][:network.spec.outputs])
    L = network.depth
    with np.load(path, allow_pickle=False) as npz:
        assert set(npz.files) == {"spec"} | {f"W{k}" for k in range(1, L + 1)} | {f"b{k}" for k in range(1, L + 1)}
        sizes = network.spec.sizes
        for k in range(1, L + 1):
            assert npz[f"W{k}"].shape == (sizes[k], sizes[k - 1]) and npz[f"W{k}"].dtype == np.float64
            assert npz[f"b{k}"].shape == (sizes[k],)
            np.testing.assert_array_equal(npz[f"W{k}"], network.weights[k])
        assert npz["spec"].shape == ()
        header = json.loads(str(npz["spec"][()]))
    assert header["format"] == "nnsim-weights" and header["version"] == 2
    assert header["sizes"] == list(sizes) and header["activations"] == list(network.spec.activations[1:])
    assert header["pipeline"] == pipeline.to_dict()
    assert header["network"] == network.spec.to_dict()
    _check_round_trip(path, network, pipeline)


def test_json_round_trip_and_layout(case, tmp_path):
    network, pipeline = case
    path = ex.export(network, pipeline, tmp_path / "w.json", task="demo")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "nnsim-weights" and doc["task"] == "demo"
    assert [layer["activation"] for layer in doc["layers"]] == list(network.spec.activations[1:])
    for k, layer in enumerate(doc["layers"], start=1):
        assert np.array(layer["W"]).shape == network.weights[k].shape
        assert np.array(layer["b"]).shape == network.biases[k].shape
    assert doc["pipeline"] == pipeline.to_dict()
    _, _, meta = _check_round_trip(path, network, pipeline)
    assert meta["task"] == "demo"


def _check_round_trip(path, network, pipeline):
    loaded, pipe, meta = ex.load(path)
    assert loaded.spec == network.spec and pipe.to_dict() == pipeline.to_dict()
    raw = raw_inputs(pipeline, 11)
    np.testing.assert_array_equal(loaded.predict(pipe.transform(raw)), expected(network, pipeline, raw))
    assert meta["label_names"] == json.loads(json.dumps(meta["label_names"]))
    return loaded, pipe, meta


def test_meta_defaults(tmp_path):
    network, pipeline = make_network("tanh", "linear", 6), make_pipeline(2)
    _, _, meta = ex.load(ex.export(network, pipeline, tmp_path / "w.npz", dtype="float64"))
    assert meta["task"] == "regression" and meta["label_names"] == []
    assert meta["output"] == "linear" and meta["loss"] == "mse"


def test_feature_formulas_cover_the_data_registry():
    assert set(ex.FEATURE_FORMULAS) == set(data.FEATURES)


# -- errors -----------------------------------------------------------------------------------
@pytest.fixture
def small():
    return make_network("tanh", "sigmoid", 6), make_pipeline(2)


@pytest.mark.parametrize("name", ["w.txt", "w", "w.npy", "w.pt"])
def test_bad_suffix(small, tmp_path, name):
    with pytest.raises(ExportError) as info:
        ex.export(*small, tmp_path / name)
    assert info.value.code == "export_suffix" and isinstance(info.value, InvalidValueError)
    assert all(s in str(info.value) for s in (".npz", ".json", ".onnx", ".py"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", ex.SUFFIXES)
@pytest.mark.parametrize("dtype", ["float16", "int8", "double precision", None, 32])
def test_bad_dtype(small, tmp_path, suffix, dtype):
    with pytest.raises(ExportError) as info:
        ex.export(*small, tmp_path / f"w{suffix}", dtype=dtype)
    assert info.value.code == "export_dtype" and "float32, float64" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_pipeline_must_fit_network(tmp_path):
    network = make_network("tanh", "sigmoid", 4)          # the pipeline gives 6 features
    with pytest.raises(ExportError) as info:
        ex.export(network, make_pipeline(2), tmp_path / "w.npz")
    assert info.value.code == "export_mismatch" and "6" in str(info.value)


def test_non_finite_weights_are_refused(small, tmp_path):
    network, pipeline = small
    network.weights[2][0, 1] = np.nan
    with pytest.raises(ExportError, match="W2") as info:
        ex.export(network, pipeline, tmp_path / "w.json")
    assert info.value.code == "export_not_finite"


def _valid_files(small, tmp_path):
    return {s: ex.export(*small, tmp_path / f"good{s}").read_bytes() for s in ex.LOADABLE}


def _npz_bytes(**arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_damaged_files(small, tmp_path):
    good = _valid_files(small, tmp_path)
    header = json.loads(good[".json"])
    header.pop("layers")
    spec = np.array(json.dumps(header))
    W1 = np.zeros((5, 6))
    cases = {
        "truncated.npz": good[".npz"][: len(good[".npz"]) // 2],
        "empty.npz": b"",
        "noise.npz": bytes(range(256)) * 3,
        "npy.npz": _npy_bytes(np.zeros(3)),
        "no_spec.npz": _npz_bytes(W1=W1),
        "pickled.npz": _npz_bytes(spec=np.array([{"format": "nnsim-weights"}], dtype=object)),
        "missing_layer.npz": _npz_bytes(spec=spec, W1=W1, b1=np.zeros(5)),
        "wrong_shape.npz": _npz_bytes(spec=spec, W1=np.zeros((4, 6)), b1=np.zeros(5), W2=np.zeros((3, 5)),
                                      b2=np.zeros(3), W3=np.zeros((1, 3)), b3=np.zeros(1)),
        "truncated.json": good[".json"][:-40],
        "not_utf8.json": b"\xff\xfe{}",
        "list.json": b"[1, 2, 3]",
        "foreign.json": json.dumps({"format": "keras", "version": 1}).encode(),
        "no_layers.json": json.dumps(header).encode(),
        "nan.json": good[".json"].replace(b'"mean": [0.7', b'"mean": [NaN'),
        "bad_pipeline.json": good[".json"].replace(b'"x1^2"', b'"x9"'),
        "bad_activation.json": good[".json"].replace(b'"output": "sigmoid"', b'"output": "relu"', 1),
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(ExportError) as info:
            ex.load(tmp_path / name)
            pytest.fail(f"{name} loaded")
        assert info.value.code == "weights_damaged", name
        assert name in str(info.value)


def _npy_bytes(a):
    buffer = io.BytesIO()
    np.save(buffer, a)
    return buffer.getvalue()


def test_newer_version_missing_file_and_wrong_suffix(small, tmp_path):
    good = _valid_files(small, tmp_path)
    doc = json.loads(good[".json"])
    doc["version"] = ex.VERSION + 1
    (tmp_path / "new.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExportError, match=f"version {ex.VERSION + 1} is newer") as info:
        ex.load(tmp_path / "new.json")
    assert info.value.code == "weights_newer"
    with pytest.raises(ExportError) as info:
        ex.load(tmp_path / "absent.npz")
    assert info.value.code == "weights_unreadable"
    ex.export(*small, tmp_path / "m.onnx")
    with pytest.raises(ExportError) as info:
        ex.load(tmp_path / "m.onnx")
    assert info.value.code == "load_suffix"


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    small = make_network("leaky_relu", "softmax", 6, hidden=(3,)), make_pipeline(2)
    return {s: ex.export(*small, folder / f"good{s}").read_bytes() for s in ex.LOADABLE}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(ex.LOADABLE), cut=st.floats(0.0, 1.0), flips=st.lists(
    st.tuples(st.floats(0.0, 1.0, exclude_max=True), st.integers(1, 255)), max_size=4))
def test_corrupted_files_give_export_error_only(good_bytes, tmp_path, suffix, cut, flips):
    content = bytearray(good_bytes[suffix])
    for where, xor in flips:
        content[int(where * len(content))] ^= xor
    content = bytes(content[: max(1, int(cut * len(content)))] if cut < 1.0 else content)
    path = tmp_path / f"corrupt{suffix}"
    path.write_bytes(content)
    try:
        network, pipeline, _ = ex.load(path)
    except ExportError:
        return
    network.predict(pipeline.transform(np.zeros((2, len(pipeline.columns)))))   # what loads, works


# -- atomic writes ----------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ex.SUFFIXES)
def test_failed_write_leaves_the_old_file(small, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"w{suffix}"
    target.write_bytes(b"the previous, good file")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)         # fails after the temporary file is written
    with pytest.raises(ExportError) as info:
        ex.export(*small, target)
    assert info.value.code == "export_write_failed" and "No space left" in str(info.value)
    assert target.read_bytes() == b"the previous, good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]   # no temporary file left
    monkeypatch.undo()
    ex.export(*small, target)                             # and a later write replaces it
    assert target.read_bytes() != b"the previous, good file"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_files_get_the_usual_mode_not_the_temporary_files(tmp_path):
    """mkstemp makes the temporary file 0600; the file saved must be readable as any other (umask)."""
    from nnsim.io import write_bytes
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "new.bin", b"x")
        assert (tmp_path / "new.bin").stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.bin"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        write_bytes(kept, b"new")                       # replacing a file keeps its mode
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_bytes() == b"new"
    finally:
        os.umask(old)


def test_errors_are_nnsim_errors():
    assert issubclass(ExportError, NNSimError) and issubclass(ExportError, ValueError)


def test_other_feature_maps_and_dtype_spellings(tmp_path):
    """A feature map in another order, without x1 itself; dtype given as a NumPy type."""
    pipeline = data.Pipeline(("p", "q"), np.array([1.0, 2.0]), np.array([3.0, 4.0]), ("sin_x2", "x2^2", "x1x2"))
    network = make_network("sigmoid", "sigmoid", 3, hidden=(2,))
    raw = raw_inputs(pipeline, 6)
    want = expected(network, pipeline, raw)
    path = ex.export(network, pipeline, tmp_path / "m.onnx", dtype=np.float64)
    (got,) = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"input": raw})
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-15)
    namespace: dict = {}
    exec(compile(ex.export(network, pipeline, tmp_path / "m.py").read_text(encoding="utf-8"), "m.py", "exec"),
         namespace)
    np.testing.assert_allclose(namespace["predict"](raw), want, rtol=1e-12)
    loaded, pipe, _ = ex.load(ex.export(network, pipeline, tmp_path / "m.json", dtype=np.dtype("float32")))
    np.testing.assert_array_equal(loaded.predict(pipe.transform(raw)), want)


# -- a run that standardises the columns the network sees (after the feature map) -------------------
def _mapped_run():
    from nnsim import config
    from nnsim.training import Trainer
    cfg = config.loads('[data]\ndataset = "circle"\nsamples = 120\n'
                       'features = ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1"]\n'
                       '[network]\nhidden = [5]\nactivation = "tanh"\n[training]\nbatch_size = 10\n')
    trainer = Trainer(cfg)
    trainer.run(steps=30)
    return trainer


@pytest.mark.parametrize("suffix", [".onnx", ".py", ".npz", ".json"])
def test_exports_standardise_after_the_feature_map_as_the_engine(suffix, tmp_path):
    trainer = _mapped_run()
    pipeline, network = trainer.problem.pipeline, trainer.network
    assert pipeline.mean.tolist() == [0, 0] and not np.allclose(pipeline.feature_mean, 0)
    raw = trainer.problem.dataset.X[trainer.problem.split.test]
    want = network.predict(trainer.problem.X["test"])
    np.testing.assert_allclose(network.predict(pipeline.transform(raw)), want, rtol=1e-15)
    path = ex.export(network, pipeline, tmp_path / f"m{suffix}", dtype="float64")
    if suffix == ".onnx":
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        (got,) = session.run(["output"], {"input": raw.astype(np.float64)})
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-15)
    elif suffix == ".py":
        with open(tmp_path / "input.csv", "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([pipeline.columns, *raw.tolist()])
        out = subprocess.run([sys.executable, str(path), str(tmp_path / "input.csv")], capture_output=True,
                             text=True, check=True, cwd=tmp_path).stdout
        rows = list(csv.reader(io.StringIO(out)))[1:]
        got = np.array([[float(v) for v in r[2:3]] for r in rows])
        np.testing.assert_allclose(got, want, rtol=1e-12)
    else:
        loaded, pipe, meta = ex.load(path)
        assert meta["version"] == 2
        np.testing.assert_array_equal(loaded.predict(pipe.transform(raw)), want)


def test_a_version_1_weights_file_keeps_standardising_before_the_map(tmp_path):
    """Version 1 headers had no feature_mean/feature_scale: raw x1, x2 standardised, then mapped."""
    network = make_network("tanh", "sigmoid", 3)
    old = data.Pipeline(("x1", "x2"), np.array([0.5, -1.0]), np.array([2.0, 0.5]), ("x1", "x2^2", "x1x2"))
    path = ex.export(network, old, tmp_path / "w.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"] = 1
    del doc["pipeline"]["feature_mean"], doc["pipeline"]["feature_scale"]
    (tmp_path / "v1.json").write_text(json.dumps(doc), encoding="utf-8")
    loaded, pipe, _ = ex.load(tmp_path / "v1.json")
    raw = np.array([[1.5, 0.0], [-0.5, -2.0]])
    u = (raw - [0.5, -1.0]) / [2.0, 0.5]                         # (0.5, 2), (−0.5, −2)
    X = np.column_stack([u[:, 0], u[:, 1] ** 2, u[:, 0] * u[:, 1]])
    np.testing.assert_allclose(pipe.transform(raw), X, rtol=1e-15)
    np.testing.assert_allclose(loaded.predict(pipe.transform(raw)), network.predict(X), rtol=1e-15)

"""Project files (nnsim.project): save → load → continue is one uninterrupted run, data travels
inside the file, and any damaged file is a ProjectFileError and nothing else."""
from __future__ import annotations

import io
import json
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnsim import config, data, project
from nnsim.project import ProjectFileError
from nnsim.training import Trainer

SETTINGS = settings(max_examples=int(__import__("os").environ.get("NNSIM_EXAMPLES", 60)), deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

RUN = {"seed": 5,
       "data": {"dataset": "moons", "samples": 200, "noise": 0.2, "dev_fraction": 0.2, "test_fraction": 0.2},
       "network": {"hidden": [8, 6], "activation": "relu"},
       "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 32, "keep_prob": [0.8, 0.9],
                    "l2": 0.05, "eval_every": 7, "early_stopping": 1000, "epochs": 100}}


def params(trainer: Trainer) -> list[np.ndarray]:
    return [p.copy() for p in trainer.network.parameters()]


def assert_same_run(a: Trainer, b: Trainer) -> None:
    """Everything that decides the numbers from here on is identical, bit for bit."""
    for x, y in zip(params(a), params(b), strict=True):
        assert np.array_equal(x, y) and x.dtype == y.dtype
    oa, ob = a.optimizer.state_dict(), b.optimizer.state_dict()
    assert oa["t"] == ob["t"] and oa["name"] == ob["name"]
    for key in ("v", "s"):
        assert len(oa[key]) == len(ob[key]) and all(np.array_equal(x, y) for x, y in zip(oa[key], ob[key]))
    assert a.rng.bit_generator.state == b.rng.bit_generator.state
    assert (a.step_count, a.epoch, a._pos) == (b.step_count, b.epoch, b._pos)
    assert (a._order is None) == (b._order is None)
    if a._order is not None:
        assert np.array_equal(a._order, b._order)
    assert a.history.to_dict() == b.history.to_dict()
    assert a.summary() == b.summary()


# -- continuing ----------------------------------------------------------------------------------
@pytest.mark.parametrize("first", [13, 15, 40])        # mid-epoch (5 batches an epoch), at an epoch's end
def test_save_load_continue_equals_an_uninterrupted_run(tmp_path, first):
    cfg = config.parse(RUN)
    uninterrupted = Trainer(cfg)
    uninterrupted.run(steps=first + 60)
    before = Trainer(cfg)
    before.run(steps=first)
    path = project.save(before, tmp_path / "run.nnsim")
    loaded = project.load(path)
    assert_same_run(before, loaded)                    # nothing lost on the way
    loaded.run(steps=60)
    assert loaded.step_count == first + 60
    assert_same_run(uninterrupted, loaded)
    assert loaded.config == cfg


def test_a_finished_run_loads_finished_and_can_be_extended(tmp_path):
    cfg = config.parse(RUN).replace({"training.epochs": 4})
    a = Trainer(cfg)
    a.run()
    b = project.load(project.save(a, tmp_path / "done.nnsim"))
    assert b.stopped == "finished" and b.epoch == 4
    a.run(epochs=6)
    b.run(epochs=6)
    assert_same_run(a, b)


def test_early_stopping_and_divergence_state_survive(tmp_path):
    overfit = {"seed": 3, "data": {"dataset": "moons", "samples": 60, "noise": 0.35, "dev_fraction": 0.3,
                                   "test_fraction": 0.0},
               "network": {"hidden": [40, 40]},
               "training": {"optimizer": "adam", "learning_rate": 0.01, "eval_every": 5, "early_stopping": 10}}
    a = Trainer(config.parse(overfit))
    a.run()
    assert a.stopped == "early_stopping"
    b = project.load(project.save(a, tmp_path / "es.nnsim"))
    assert b.stopped == "early_stopping" and b.reason == a.reason
    assert_same_run(a, b)
    c = Trainer(config.parse({"data": {"dataset": "moons"}, "training": {"learning_rate": 50.0, "eval_every": 5}}))
    c.run()
    assert c.stopped == "diverged"
    d = project.load(project.save(c, tmp_path / "div.nnsim"))
    assert d.stopped == "diverged" and d.reason == c.reason
    assert_same_run(c, d)


# -- data inside the file ------------------------------------------------------------------------
def test_a_csv_data_set_travels_inside_the_file(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(90, 3))
    kinds = np.where(X[:, 0] + X[:, 1] * X[:, 2] > 0, "tall", "short")
    lines = ["width,height,depth,kind"] + [f"{a!r},{b!r},{c!r},{k}" for (a, b, c), k in zip(X.tolist(), kinds)]
    csv_path = tmp_path / "boxes.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "run.toml").write_text('[data]\ndataset = "csv"\npath = "boxes.csv"\nlabel = "kind"\n'
                                       'test_fraction = 0.3\n[network]\nhidden = [5]\n'
                                       '[training]\nbatch_size = 16\nlearning_rate = 0.1\n', encoding="utf-8")
    a = Trainer(config.load(tmp_path / "run.toml"))
    a.run(steps=23)
    (tmp_path / "elsewhere").mkdir()
    saved = project.save(a, tmp_path / "elsewhere" / "boxes.nnsim")
    csv_path.unlink()                                           # the file must not be needed any more
    b = project.load(saved)
    ds = b.problem.dataset
    assert ds.columns == ("width", "height", "depth") and ds.label_names == ("short", "tall")
    assert np.array_equal(ds.X, X) and np.array_equal(ds.y, (kinds == "tall").astype(int))
    assert ds.source["dataset"] == "csv"
    raw = rng.normal(size=(7, 3))
    assert np.array_equal(a.predict_raw(raw), b.predict_raw(raw))
    assert_same_run(a, b)
    a.run(steps=10)
    b.run(steps=10)
    assert_same_run(a, b)


def test_drawn_points_travel_inside_the_file(tmp_path):
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 1, size=(40, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    cfg = config.parse({"data": {"dataset": "drawn", "test_fraction": 0.25},
                        "network": {"hidden": [4], "activation": "tanh"}, "training": {"batch_size": 8}})
    a = Trainer(cfg, data.from_points(X, y, 2))
    a.run(steps=9)
    b = project.load(project.save(a, tmp_path / "drawn.nnsim"))
    assert b.problem.dataset.source == {"dataset": "drawn"}
    assert np.array_equal(b.problem.dataset.X, X) and np.array_equal(b.problem.dataset.y, y)
    assert_same_run(a, b)
    a.run(steps=11)
    b.run(steps=11)
    assert_same_run(a, b)


# -- damaged files -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def good_file(tmp_path_factory) -> bytes:
    small = {"seed": 2, "data": {"samples": 40, "dev_fraction": 0.25, "test_fraction": 0.25},
             "network": {"hidden": [3]},
             "training": {"optimizer": "momentum", "batch_size": 8, "keep_prob": 0.9, "eval_every": 4,
                          "early_stopping": 50}}
    trainer = Trainer(config.parse(small))
    trainer.run(steps=10)
    path = tmp_path_factory.mktemp("good") / "good.nnsim"
    project.save(trainer, path)
    return path.read_bytes()


def members(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return {name: z.read(name) for name in z.namelist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()


def load_only_project_errors(tmp_path, blob: bytes, name: str = "x.nnsim"):
    """Load ``blob``: a Trainer that works, or a ProjectFileError; any other exception fails the test."""
    path = tmp_path / name
    path.write_bytes(blob)
    try:
        trainer = project.load(path)
    except ProjectFileError as e:
        assert e.code.startswith("project_") and str(path) in str(e)
        return e
    # whatever loaded must be a usable run, not a half-loaded one
    trainer.run(steps=3)
    trainer.evaluate()
    trainer.summary()
    return trainer


def test_the_good_file_loads(tmp_path, good_file):
    assert isinstance(load_only_project_errors(tmp_path, good_file), Trainer)


@SETTINGS
@given(blob=st.binary(max_size=2000))
def test_random_bytes_are_a_project_file_error(tmp_path, blob):
    assert isinstance(load_only_project_errors(tmp_path, blob), ProjectFileError)


@SETTINGS
@given(fraction=st.floats(0.0, 1.0, exclude_max=True))
def test_truncated_files_are_a_project_file_error(tmp_path, good_file, fraction):
    cut = good_file[:int(len(good_file) * fraction)]
    assert isinstance(load_only_project_errors(tmp_path, cut), ProjectFileError)


@pytest.mark.parametrize("missing", [project.MANIFEST, project.ARRAYS])
def test_a_missing_member_is_named(tmp_path, good_file, missing):
    parts = members(good_file)
    del parts[missing]
    e = load_only_project_errors(tmp_path, rezip(parts))
    assert isinstance(e, ProjectFileError) and e.code == "project_missing" and missing in str(e)


def test_a_newer_format_version_says_so(tmp_path, good_file):
    parts = members(good_file)
    manifest = json.loads(parts[project.MANIFEST])
    manifest["version"] = project.VERSION + 1
    parts[project.MANIFEST] = json.dumps(manifest).encode()
    e = load_only_project_errors(tmp_path, rezip(parts))
    assert isinstance(e, ProjectFileError) and e.code == "project_newer"
    assert str(project.VERSION + 1) in str(e)


def test_a_damaged_member_is_a_project_file_error(tmp_path, good_file):
    blob = bytearray(good_file)
    start = blob.find(b"arrays.npz") + 40          # inside the compressed arrays: the CRC no longer matches
    blob[start:start + 8] = b"\x00" * 8
    assert isinstance(load_only_project_errors(tmp_path, bytes(blob)), ProjectFileError)


def paths(value, prefix=()):
    """Every path into a JSON document (dict keys and list indices), the root excluded."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return []
    out = []
    for key, child in items:
        out.append(prefix + (key,))
        out += paths(child, prefix + (key,))
    return out


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


@SETTINGS
@given(data_=st.data())
def test_edited_manifests_are_a_project_file_error_or_a_working_run(tmp_path, good_file, data_):
    parts = members(good_file)
    manifest = json.loads(parts[project.MANIFEST])
    path = data_.draw(st.sampled_from(paths(manifest)), label="path")
    new = data_.draw(json_values | st.sampled_from([-1, 0, 10**9, 1.5, "inf", None, [], {}]), label="value")
    target = manifest
    for key in path[:-1]:
        target = target[key]
    if data_.draw(st.booleans(), label="delete") and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = new
    parts[project.MANIFEST] = json.dumps(manifest).encode()
    load_only_project_errors(tmp_path, rezip(parts))


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


@SETTINGS
@given(data_=st.data())
def test_wrong_array_shapes_and_types_are_a_project_file_error(tmp_path, good_file, data_):
    parts = members(good_file)
    with np.load(io.BytesIO(parts[project.ARRAYS])) as npz:
        arrays = {k: npz[k] for k in npz.files}
    name = data_.draw(st.sampled_from(sorted(arrays)), label="array")
    a = arrays[name]
    kind = data_.draw(st.sampled_from(["shape", "transpose", "scalar", "int", "bool", "str", "complex",
                                       "nan", "drop"]), label="kind")
    if kind == "shape":
        arrays[name] = np.zeros(tuple(s + 1 for s in a.shape) or (2,))
    elif kind == "transpose":
        arrays[name] = np.zeros(a.shape[::-1] + (1,))
    elif kind == "scalar":
        arrays[name] = np.float64(1.0)
    elif kind == "int":
        arrays[name] = np.ones(a.shape, dtype=np.int32)
    elif kind == "bool":
        arrays[name] = np.ones(a.shape, dtype=bool)
    elif kind == "str":
        arrays[name] = np.full(a.shape, "w")
    elif kind == "complex":
        arrays[name] = a.astype(complex)
    elif kind == "nan":
        arrays[name] = np.full(a.shape, np.nan)
    else:
        del arrays[name]
    parts[project.ARRAYS] = npz_bytes(arrays)
    result = load_only_project_errors(tmp_path, rezip(parts))
    if kind in ("shape", "transpose", "scalar", "str", "complex", "drop") and name != "order":
        assert isinstance(result, ProjectFileError), (name, kind)


def test_arrays_that_cannot_be_read_without_pickle_are_refused(tmp_path, good_file):
    parts = members(good_file)
    with np.load(io.BytesIO(parts[project.ARRAYS])) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["W1"] = np.array([{"a": 1}], dtype=object)
    parts[project.ARRAYS] = npz_bytes(arrays)
    assert isinstance(load_only_project_errors(tmp_path, rezip(parts)), ProjectFileError)


def test_a_missing_file_is_a_project_file_error(tmp_path):
    with pytest.raises(ProjectFileError):
        project.load(tmp_path / "nowhere.nnsim")
    with pytest.raises(ProjectFileError):
        project.load(tmp_path)                                    # a folder


# -- saving is atomic ----------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["savez", "writestr", "fsync"])
def test_a_failed_save_leaves_the_old_file_as_it_was(tmp_path, monkeypatch, where):
    trainer = Trainer(config.parse(RUN))
    trainer.run(steps=5)
    path = project.save(trainer, tmp_path / "run.nnsim")
    before = path.read_bytes()
    trainer.run(steps=5)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "savez":
        monkeypatch.setattr(np, "savez", fail)
    elif where == "writestr":
        monkeypatch.setattr(zipfile.ZipFile, "writestr", fail)
    else:
        monkeypatch.setattr(os, "fsync", fail)                 # the temporary file is written, not yet renamed
    with pytest.raises(OSError):
        project.save(trainer, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.nnsim"]      # no temporary file left
    assert project.load(path).step_count == 5


@pytest.mark.parametrize("optimizer, edit", [
    ("momentum", {"v": 2}), ("momentum", {"s": 6}), ("adam", {"s": 0}), ("adam", {"v": 1, "s": 1}),
    ("rmsprop", {"v": 6}), ("gd", {"v": 6}), ("adam", {"t": -1}), ("adam", {"t": 2.5}),
])
def test_optimizer_state_that_does_not_fit_the_network_is_refused(tmp_path, optimizer, edit):
    """Every array the edited counts name is present and well shaped: only the counts are wrong."""
    trainer = Trainer(config.parse({"data": {"samples": 40}, "training": {"optimizer": optimizer}}))
    trainer.run(steps=3)
    parts = members(project.save(trainer, tmp_path / "ok.nnsim").read_bytes())
    manifest = json.loads(parts[project.MANIFEST])
    manifest["trainer"]["optimizer"].update(edit)
    with np.load(io.BytesIO(parts[project.ARRAYS])) as npz:
        arrays = {k: npz[k] for k in npz.files}
    shapes = [p.shape for p in trainer.network.parameters()]
    for key in ("v", "s"):
        count = manifest["trainer"]["optimizer"][key]
        for i in range(min(count, len(shapes)) if isinstance(count, int) else 0):
            arrays.setdefault(f"opt_{key}{i}", np.zeros(shapes[i]))
    parts[project.MANIFEST] = json.dumps(manifest).encode()
    parts[project.ARRAYS] = npz_bytes(arrays)
    e = load_only_project_errors(tmp_path, rezip(parts))
    assert isinstance(e, ProjectFileError) and "optimizer" in str(e)


@pytest.mark.parametrize("path, value", [
    (("trainer", "watch", "first_loss"), "abc"),       # compared with the loss at the next evaluation
    (("trainer", "watch", "good_cost"), [1.0]),        # formatted when the run diverges
    (("trainer", "pos"), 10**6),                       # past the training rows: an empty batch
    (("trainer", "step"), -1),
    (("trainer", "epoch"), 2.5),
    (("trainer", "stopped"), "paused"),
    (("trainer", "reason"), 7),
    (("trainer", "history", "limit"), 1),
    (("trainer", "history", "records_kept", "index"), []),
])
def test_saved_counters_and_watch_values_are_checked(tmp_path, good_file, path, value):
    parts = members(good_file)
    manifest = json.loads(parts[project.MANIFEST])
    target = manifest
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    parts[project.MANIFEST] = json.dumps(manifest).encode()
    assert isinstance(load_only_project_errors(tmp_path, rezip(parts)), ProjectFileError)


# -- format 2: standardisation after the feature map; format 1 files keep their meaning -------------
MAPPED = ('[data]\ndataset = "circle"\nsamples = 120\nfeatures = ["x1", "x2", "x1^2", "x2^2", "x1x2"]\n'
          '[network]\nhidden = [4]\nactivation = "tanh"\n[training]\nbatch_size = 10\n')


def _rewrite(path, out, edit):
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w") as w:
        for item in z.namelist():
            body = z.read(item)
            if item == project.MANIFEST:
                m = json.loads(body)
                edit(m)
                body = json.dumps(m).encode()
            w.writestr(item, body)
    return out


def test_format_2_standardises_the_columns_the_network_sees(tmp_path):
    trainer = Trainer(config.loads(MAPPED))
    trainer.run(steps=20)
    path = project.save(trainer, tmp_path / "run.nnsim")
    with zipfile.ZipFile(path) as z:
        m = json.loads(z.read(project.MANIFEST))
    assert m["version"] == project.VERSION == 3 and m["standardize_before_map"] is False
    loaded = project.load(path)
    X = loaded.problem.X["train"]
    np.testing.assert_allclose(X.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(X.std(axis=0), 1, atol=1e-12)
    np.testing.assert_array_equal(loaded.problem.X["test"], trainer.problem.X["test"])
    loaded.run(steps=5)
    trainer.run(steps=5)
    for a, b in zip(loaded.network.parameters(), trainer.network.parameters()):
        np.testing.assert_array_equal(a, b)                     # continues bit for bit


def test_a_format_1_project_keeps_standardising_before_the_map(tmp_path):
    old_trainer = Trainer(config.loads(MAPPED), standardize_before_map=True)
    old_trainer.run(steps=20)
    saved = project.save(old_trainer, tmp_path / "new.nnsim")

    def as_format_1(m):
        m["version"] = 1
        del m["standardize_before_map"]
        for k in ("feature_mean", "feature_scale"):
            del m["pipeline"][k]
    old = _rewrite(saved, tmp_path / "old.nnsim", as_format_1)
    loaded = project.load(old)
    assert loaded.standardize_before_map
    # the old meaning, by the formula: u = (raw − mean)/std of the raw training x1, x2, then the map
    raw = loaded.problem.dataset.X
    train = raw[loaded.problem.split.train]
    u = (raw[loaded.problem.split.train] - train.mean(axis=0)) / train.std(axis=0)
    want = np.column_stack([u[:, 0], u[:, 1], u[:, 0] ** 2, u[:, 1] ** 2, u[:, 0] * u[:, 1]])
    np.testing.assert_allclose(loaded.problem.X["train"], want, rtol=1e-13, atol=1e-15)
    assert loaded.problem.X["train"][:, 2].mean() == pytest.approx(1.0, abs=1e-12)   # x1² of unit x1: mean 1
    np.testing.assert_array_equal(loaded.problem.X["test"], old_trainer.problem.X["test"])
    for a, b in zip(loaded.network.parameters(), old_trainer.network.parameters()):
        np.testing.assert_array_equal(a, b)
    # saved again, it is format 2 and says so: it reads with the same meaning
    again = project.load(project.save(loaded, tmp_path / "again.nnsim"))
    assert again.standardize_before_map
    np.testing.assert_array_equal(again.problem.X["train"], loaded.problem.X["train"])


def test_standardize_before_map_must_be_true_or_false(tmp_path):
    trainer = Trainer(config.loads(MAPPED))
    saved = project.save(trainer, tmp_path / "run.nnsim")
    bad = _rewrite(saved, tmp_path / "bad.nnsim", lambda m: m.update(standardize_before_map="yes"))
    with pytest.raises(ProjectFileError) as e:
        project.load(bad)
    assert e.value.code == "project_invalid" and "standardize_before_map" in str(e.value)

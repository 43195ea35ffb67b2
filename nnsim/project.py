"""Project files (``.nnsim``): a whole training run, saved so that it continues exactly.

A project file is one zip holding:
- ``manifest.json``: format name and version, the run config, the data's
  description (where it came from, columns, task, class names), the input
  pipeline (standardisation, feature map), the seeds, the training
  generator's state, step and epoch counters, the run's watch state and its
  history;
- ``arrays.npz``: weights and biases (``W1``, ``b1``, …; a batch-normalised layer has
  ``gammak``, ``betak``, ``meank``, ``vark`` and no ``bk``), the optimizer's
  state, the run's kept networks (``good{i}``, ``bestdev{i}``: the trained arrays in the
  optimizer's order, then the running averages), this epoch's row order, and the data
  itself (``data_X``, ``data_y``: always stored, so a run from a CSV or from
  points drawn in the app travels in one file).

The manifest may also hold an optional ``"ui"`` entry, ``{"hidden_controls": [ids…]}``: the
controls a teacher chose to hide (View → Customize controls). The engine does not use it and
``save`` does not write it; the app adds it after the engine saved (``write_ui``) and reads it
after a load (``read_ui``). ``load`` checks it (``validate_ui``); readers older than it ignore it.

``load`` restores a ``Trainer`` that continues bit for bit where it stopped.
A newer format version, a damaged zip, a missing member, wrong shapes or
types: a ``ProjectFileError`` saying what is wrong, never another exception,
and nothing half-loaded. ``save`` writes atomically.
"""
from __future__ import annotations

import io as _io
import json
import math
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__
from . import config as _config
from . import data as _data
from . import limits as _limits
from .errors import NNSimError
from .io import write_bytes
from .limits import LIMITS
from .network import NetworkSpec
from .project_ui import MANIFEST, UI, ProjectFileError, checked_ui, read_ui, validate_ui, write_ui  # noqa: F401  (public here too)
from .training import Trainer

FORMAT = "nnsim-project"
VERSION = 3
# Format 3 added batch normalization (network.batch_norm, batch_norm_decay in the config; gamma, beta,
# mean, var arrays); format 2 files are format 3 files without it and load as they are.
# Format 1 standardised the raw x1, x2 before the feature map; format 2 standardises the columns
# the network sees (after the map) unless its manifest says "standardize_before_map": true (a
# format-1 run saved again). Format 1 files are read with their old meaning.
ARRAYS = "arrays.npz"
SUFFIX = ".nnsim"


def save(trainer: Trainer, path: str | Path) -> Path:
    """Write the whole run to ``path`` (atomically)."""
    path = Path(path)
    state, arrays = trainer.state_dict()
    ds = trainer.problem.dataset
    manifest = {
        "format": FORMAT, "version": VERSION, "nnsim_version": __version__,
        "config": trainer.config.to_dict(),
        "data": {"source": ds.source, "columns": list(ds.columns), "task": ds.task, "classes": ds.classes,
                 "label_names": list(ds.label_names), "rows": int(len(ds.y))},
        "pipeline": trainer.problem.pipeline.to_dict(),
        "standardize_before_map": bool(trainer.standardize_before_map),
        "network": trainer.spec.to_dict(), "init": trainer.network.init,
        "seeds": {"seed": trainer.config.seed, "data_seed": trainer.config.data_seed},
        "trainer": state,
    }
    buf = _io.BytesIO()
    np.savez(buf, data_X=ds.X, data_y=ds.y, **arrays)
    out = _io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, json.dumps(manifest, indent=1, allow_nan=True))
        z.writestr(ARRAYS, buf.getvalue())
    write_bytes(path, out.getvalue())
    return path


def read(path: str | Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The manifest and arrays of a project file, checked for format, version and size.

    Bounded before anything large is read (``limits``): a regular file, at most 64 members,
    the manifest's size, then every array the manifest implies, by name and shape, and the
    arrays member no larger than they need. An array the manifest does not name is refused.
    """
    name = str(path)
    try:
        _limits.check_regular(path, LIMITS.project_bytes, "a project file")
        with zipfile.ZipFile(path) as z:
            infos = {info.filename: info for info in z.infolist()}
            _limits.check("the number of members", len(infos), LIMITS.project_members)
            for member in (MANIFEST, ARRAYS):
                if member not in infos:
                    raise ProjectFileError("project_missing", path=name, member=member)
            _limits.check(f"{MANIFEST}'s size in bytes", infos[MANIFEST].file_size, LIMITS.manifest_bytes)
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
            _check_format(manifest, name)
            try:
                expected = _expected_arrays(manifest)
            except (KeyError, TypeError, ValueError, AttributeError, NNSimError) as e:
                raise ProjectFileError("project_invalid", path=name, reason=f"its manifest: {_why(e)}") from None
            need = sum(8 * math.prod(s) if isinstance(s, tuple) else 8 * s for s in expected.values())
            _limits.check(f"{ARRAYS}'s size in bytes", infos[ARRAYS].file_size,
                          min(need + 4096 * len(expected) + 65536, LIMITS.arrays_bytes))
            raw_arrays = z.read(ARRAYS)
    except ProjectFileError:
        raise
    except _limits.LimitError as e:
        raise ProjectFileError("project_invalid", path=name, reason=_limits.reason(e)) from None
    except FileNotFoundError:
        raise ProjectFileError("project_damaged", path=name, reason="no such file") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise ProjectFileError("project_damaged", path=name, reason="not a zip file, or a damaged one") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ProjectFileError("project_damaged", path=name, reason=f"{MANIFEST} is not valid JSON") from None
    except Exception as e:   # zlib errors, CRC mismatches, OS errors: all mean "cannot read it"
        raise ProjectFileError("project_damaged", path=name, reason=f"{type(e).__name__}: {e}") from None
    try:
        arrays = _limits.read_npz(raw_arrays, expected, ARRAYS)
    except ValueError as e:           # a LimitError too
        raise ProjectFileError("project_invalid", path=name, reason=str(e)) from None
    except Exception as e:
        raise ProjectFileError("project_damaged", path=name, reason=f"{ARRAYS} cannot be read ({type(e).__name__})") from None
    return manifest, arrays


def _why(e: BaseException) -> str:
    return f"missing {e.args[0]!r}" if isinstance(e, KeyError) else str(e) or type(e).__name__


def _check_format(manifest: Any, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ProjectFileError("project_invalid", path=name, reason=f"{MANIFEST} does not describe an NNSim project")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError("project_invalid", path=name, reason=f"format version {version!r} is not valid")
    if version > VERSION:
        raise ProjectFileError("project_newer", path=name, version=version, supported=VERSION)


def _expected_arrays(manifest: dict[str, Any]) -> dict[str, tuple[int, ...] | int]:
    """Each array the manifest implies: its shape, or (``order``) the most elements it may hold.

    Read from the manifest alone, before any array or the network is made; the network's
    size is checked against the limits on the way (``NetworkSpec``).
    """
    spec = NetworkSpec.from_dict(manifest["network"])
    params = list(spec.parameter_shapes().items())
    running = list(spec.running_shapes().items())
    expected: dict[str, tuple[int, ...] | int] = dict(params + running)
    trainer = manifest["trainer"]
    o = trainer["optimizer"]
    counts = [o["v"], o["s"]]
    if not all(type(c) is int and 0 <= c <= len(params) for c in counts):
        raise ValueError(f"the optimizer state names {counts} arrays for {len(params)} parameters")
    for i, (_, shape) in enumerate(params + running):
        expected[f"good{i}"] = shape
        if i < o["v"]:
            expected[f"opt_v{i}"] = shape
        if i < o["s"]:
            expected[f"opt_s{i}"] = shape
        if trainer["watch"]["has_best_dev"]:
            expected[f"bestdev{i}"] = shape
    d = manifest["data"]
    rows, columns = d["rows"], len(d["columns"])
    if type(rows) is not int or rows < 1:
        raise ValueError(f"the data's rows {rows!r} are not a whole number ≥ 1")
    _limits.check("the data's rows × columns", rows * columns, LIMITS.data_values)
    expected.update({"data_X": (rows, columns), "data_y": (rows,), "order": rows})
    return expected


def load(path: str | Path) -> Trainer:
    """A ``Trainer`` that continues exactly where the saved run stopped."""
    name = str(path)
    manifest, arrays = read(path)
    try:
        cfg = _config.parse(manifest["config"], Path(name).parent)
    except NNSimError as e:
        raise ProjectFileError("project_invalid", path=name, reason=f"its config: {e}") from None
    except Exception as e:
        raise ProjectFileError("project_invalid", path=name, reason=f"its config: {type(e).__name__}") from None
    checked_ui(manifest.get(UI), name)
    try:
        dataset = _dataset(manifest["data"], arrays)
        before = manifest["version"] == 1 or manifest.get("standardize_before_map", False)
        if not isinstance(before, bool):
            raise ValueError(f"standardize_before_map is {before!r}, not true or false")
        trainer = Trainer(cfg, dataset, standardize_before_map=before)
        _check_arrays(trainer, manifest["trainer"], arrays)
        trainer.load_state_dict(manifest["trainer"], arrays)
    except ProjectFileError:
        raise
    except NNSimError as e:
        raise ProjectFileError("project_invalid", path=name, reason=str(e)) from None
    except Exception as e:     # an edited manifest can break any assumption; say so, never crash
        raise ProjectFileError("project_invalid", path=name,
                               reason=f"unexpected content ({type(e).__name__}: {e})") from None
    return trainer


def _dataset(d: dict[str, Any], arrays: dict[str, np.ndarray]) -> "_data.Dataset":
    X, y = arrays["data_X"], arrays["data_y"]
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0] or X.shape[1] != len(d["columns"]):
        raise ValueError("the stored data has inconsistent shapes")
    if not (np.issubdtype(X.dtype, np.floating) and np.isfinite(X).all()):
        raise ValueError("the stored inputs are not finite numbers")
    task = d["task"]
    if task == _data.CLASSIFICATION:
        if not np.issubdtype(y.dtype, np.integer) or y.min() < 0 or y.max() >= int(d["classes"]):
            raise ValueError("the stored labels are not class indices")
    elif task != _data.REGRESSION:
        raise ValueError(f"unknown task {task!r}")
    return _data.Dataset(X=X.astype(float), y=y, columns=tuple(str(c) for c in d["columns"]), task=task,
                         classes=int(d["classes"]), label_names=tuple(str(n) for n in d["label_names"]),
                         source=dict(d["source"]))


def _check_arrays(trainer: Trainer, state: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Every array the state needs is there, numeric, finite where it must be, and of the right shape."""
    params = trainer.network.parameters()
    expected = dict(trainer.network.array_shapes())
    state_shapes = list(expected.values())              # Network.state(): the parameters, then the running averages
    for i, shape in enumerate(state_shapes):
        expected[f"good{i}"] = shape
    o = state["optimizer"]
    if o["name"] != trainer.optimizer.name:
        raise ValueError(f"the optimizer state is for {o['name']!r}, the config names {trainer.optimizer.name!r}")
    # what each optimizer keeps: (v arrays, s arrays), none before its first update
    n = len(params)
    kept = {"gd": [(0, 0)], "momentum": [(0, 0), (n, 0)], "rmsprop": [(0, 0), (0, n)],
            "adam": [(0, 0), (n, n)]}.get(o["name"], [])
    counts = (o["v"], o["s"], o["t"])
    if not all(type(c) is int and c >= 0 for c in counts) or (o["v"], o["s"]) not in kept:
        raise ValueError(f"the {o['name']} optimizer state (v {o['v']!r}, s {o['s']!r}, t {o['t']!r}) "
                         f"does not fit {n} parameter arrays")
    for i in range(int(o["v"])):
        expected[f"opt_v{i}"] = params[i].shape
    for i in range(int(o["s"])):
        expected[f"opt_s{i}"] = params[i].shape
    if state["watch"]["has_best_dev"]:
        for i, shape in enumerate(state_shapes):
            expected[f"bestdev{i}"] = shape
    for key, shape in expected.items():
        if key not in arrays:
            raise ValueError(f"{ARRAYS} has no {key}")
        a = arrays[key]
        if a.shape != shape or not np.issubdtype(a.dtype, np.floating):
            raise ValueError(f"{key} has shape {a.shape} and type {a.dtype}; expected {shape} floats")
    if "order" in arrays:
        order = arrays["order"]
        if order.shape != (trainer.train_rows,) or sorted(order.tolist()) != list(range(trainer.train_rows)):
            raise ValueError("the stored row order is not a permutation of the training rows")

"""``load``: an .npz or .json weights file read back, checked before anything is built."""
from __future__ import annotations

import io as _bytes_io
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from .. import data as _data
from .. import limits as _limits
from ..errors import ExportError, NNSimError
from ..network import Network, NetworkSpec
from .header import FORMAT, LOADABLE, VERSION, Array, _pipeline_parts


def load(path: str | Path) -> tuple[Network, "_data.Pipeline", dict[str, Any]]:
    """Read an ``.npz`` or ``.json`` weights file back: ``(network, pipeline, meta)``.

    ``meta`` is the file's JSON header (format, version, sizes, activations,
    output, loss, network, pipeline, label_names, task). A file that is not a
    whole, valid NNSim weights file raises ``ExportError`` and nothing else.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in LOADABLE:
        raise ExportError("load_suffix", path=str(path), suffix=path.suffix, choices=", ".join(LOADABLE))
    try:
        data = _limits.read_bytes(path, _limits.LIMITS.weights_bytes, "a weights file")
    except OSError as e:
        raise ExportError("weights_unreadable", path=str(path), reason=e.strerror or str(e)) from None
    except _limits.LimitError as e:
        raise ExportError("weights_unreadable", path=str(path), reason=_limits.reason(e)) from None
    try:
        header, params = (_read_npz if suffix == ".npz" else _read_json)(data, path)
        return (*_build(path, header, params), header)
    except ExportError:
        raise
    except NNSimError as e:
        raise ExportError("weights_damaged", path=str(path), reason=str(e)) from None
    except Exception as e:     # noqa: BLE001 - a damaged file makes zipfile, zlib, json… raise anything
        raise ExportError("weights_damaged", path=str(path), reason=_reason(e)) from None


def _reason(e: Exception) -> str:
    if isinstance(e, KeyError):
        return f"missing {e.args[0]!r}"
    if isinstance(e, (ValueError, TypeError, OSError, EOFError, zipfile.BadZipFile)):
        return str(e) or type(e).__name__
    return f"{type(e).__name__}: {e}"


def _read_npz(data: bytes, path: Path) -> tuple[dict[str, Any], dict[str, Array]]:
    """The header first (bounded), then only the arrays it names, each of the shape it implies."""
    with zipfile.ZipFile(_bytes_io.BytesIO(data)) as z:
        _limits.check("spec.npy's size in bytes", z.getinfo("spec.npy").file_size, _limits.LIMITS.manifest_bytes)
        with z.open("spec.npy") as f:
            spec = np.lib.format.read_array(f, allow_pickle=False)
    if spec.shape != () or spec.dtype.kind != "U":
        raise ValueError("'spec' is not a JSON text")
    header = json.loads(str(spec[()]))
    _check_header(header, path)
    sizes = header["sizes"]
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in sizes):
        raise ValueError(f"'sizes' must be whole numbers ≥ 1, not {sizes!r}")
    _limits.check_network(sizes)
    spec = NetworkSpec.from_dict(header["network"])     # which arrays: batch norm's or b's
    if list(spec.sizes) != sizes:
        raise ValueError("'sizes' disagrees with 'network'")
    expected: dict[str, tuple[int, ...] | int] = {"spec": (), **spec.parameter_shapes(), **spec.running_shapes()}
    arrays = _limits.read_npz(data, expected, path.name)
    return header, {name: a for name, a in arrays.items() if name != "spec"}


def _read_json(data: bytes, path: Path) -> tuple[dict[str, Any], dict[str, Array]]:
    header = json.loads(data.decode("utf-8"))
    _check_header(header, path)
    layers = header.pop("layers")
    if not isinstance(layers, list) or len(layers) != len(header["sizes"]) - 1:
        raise ValueError(f"'layers' must list {len(header['sizes']) - 1} layers")
    params: dict[str, Array] = {}
    keys = ("W", "b", "gamma", "beta", "mean", "var")     # layer k's arrays, named without k
    for k, layer in enumerate(layers, start=1):
        if layer.get("activation") != header["activations"][k - 1]:
            raise ValueError(f"layer {k}: activation {layer.get('activation')!r} differs from the header's")
        params.update({f"{key}{k}": np.array(layer[key], dtype=float) for key in keys if key in layer})
    return header, params


def _check_header(header: Any, path: Path) -> None:
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        found = header.get("format") if isinstance(header, dict) else type(header).__name__
        raise ValueError(f"the format is {found!r}, not {FORMAT!r}")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"bad format version {version!r}")
    if version > VERSION:
        raise ExportError("weights_newer", path=str(path), version=version, supported=VERSION)
    if not isinstance(header.get("sizes"), list) or len(header["sizes"]) < 2:
        raise ValueError("'sizes' must list at least two layers")


def _build(path: Path, header: dict[str, Any], params: dict[str, Array]) -> tuple[Network, Any]:
    spec = NetworkSpec.from_dict(header["network"])
    if [list(spec.sizes), list(spec.activations[1:]), spec.output, spec.loss] != \
            [header["sizes"], header["activations"], header["output"], header["loss"]]:
        raise ValueError("'sizes', 'activations', 'output' or 'loss' disagree with 'network'")
    if spec.batch_norm and header["version"] < 3:
        raise ValueError(f"batch norm in a version {header['version']} file (batch norm came with version 3)")
    shapes = {**spec.parameter_shapes(), **spec.running_shapes()}
    if set(params) != set(shapes):
        extra, missing = sorted(set(params) - set(shapes)), sorted(set(shapes) - set(params))
        raise ValueError(f"the arrays {', '.join(extra or missing)} are {'not expected' if extra else 'missing'}")
    for name, shape in shapes.items():       # shapes first: a forged 'sizes' must not allocate
        a = np.asarray(params[name], dtype=float)
        if a.shape != shape:
            raise ValueError(f"{name} {a.shape} does not fit layer sizes {spec.sizes}")
        if not np.all(np.isfinite(a)):
            raise ValueError(f"{name} contains NaN or infinity")
        if name.startswith("var") and np.any(a < 0):
            raise ValueError(f"{name}, a running variance, has a value below 0")
    network = Network(spec, init="zeros", seed=0)
    network.set_named_arrays(params)
    pipeline = _data.Pipeline.from_dict(header["pipeline"])
    try:
        _pipeline_parts(pipeline, network)
    except ExportError as e:
        raise ValueError(str(e)) from None
    if not isinstance(header.get("label_names", []), list):
        raise ValueError("'label_names' must be a list")
    return network, pipeline

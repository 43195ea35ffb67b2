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


def _read_npz(data: bytes, path: Path) -> tuple[dict[str, Any], list[Array]]:
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
    expected: dict[str, tuple[int, ...] | int] = {"spec": ()}
    for k in range(1, len(sizes)):
        expected[f"W{k}"], expected[f"b{k}"] = (sizes[k], sizes[k - 1]), (sizes[k],)
    arrays = _limits.read_npz(data, expected, path.name)
    return header, [arrays[f"{p}{k}"] for k in range(1, len(sizes)) for p in "Wb"]


def _read_json(data: bytes, path: Path) -> tuple[dict[str, Any], list[Array]]:
    header = json.loads(data.decode("utf-8"))
    _check_header(header, path)
    layers = header.pop("layers")
    if not isinstance(layers, list) or len(layers) != len(header["sizes"]) - 1:
        raise ValueError(f"'layers' must list {len(header['sizes']) - 1} layers")
    params = []
    for k, layer in enumerate(layers, start=1):
        if layer.get("activation") != header["activations"][k - 1]:
            raise ValueError(f"layer {k}: activation {layer.get('activation')!r} differs from the header's")
        params += [np.array(layer["W"], dtype=float), np.array(layer["b"], dtype=float)]
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


def _build(path: Path, header: dict[str, Any], params: list[Array]) -> tuple[Network, Any]:
    spec = NetworkSpec.from_dict(header["network"])
    if [list(spec.sizes), list(spec.activations[1:]), spec.output, spec.loss] != \
            [header["sizes"], header["activations"], header["output"], header["loss"]]:
        raise ValueError("'sizes', 'activations', 'output' or 'loss' disagree with 'network'")
    params = [np.asarray(p, dtype=float) for p in params]
    for k in range(1, spec.depth + 1):       # shapes first: a forged 'sizes' must not allocate
        W, b = params[2 * k - 2], params[2 * k - 1]
        if W.shape != (spec.sizes[k], spec.sizes[k - 1]) or b.shape != (spec.sizes[k],):
            raise ValueError(f"W{k} {W.shape} or b{k} {b.shape} does not fit layer sizes {spec.sizes}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise ValueError(f"W{k} or b{k} contains NaN or infinity")
    network = Network(spec, init="zeros", seed=0)
    network.set_parameters(params)
    pipeline = _data.Pipeline.from_dict(header["pipeline"])
    try:
        _pipeline_parts(pipeline, network)
    except ExportError as e:
        raise ValueError(str(e)) from None
    if not isinstance(header.get("label_names", []), list):
        raise ValueError("'label_names' must be a list")
    return network, pipeline

"""``export``: a network and its pipeline written in the format the file's suffix names; .npz and .json here."""
from __future__ import annotations

import io as _bytes_io
import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import ExportError
from ..io import write_bytes, write_text
from ..network import Network
from .header import SUFFIXES, _check_network, _dtype_name, _header, _pipeline_parts
from .onnx_graph import onnx_model
from .script import python_script


def export(network: Network, pipeline: Any, path: str | Path, dtype: Any = "float32",
           label_names: Sequence[Any] = (), task: str | None = None) -> Path:
    """Write ``network`` and its input ``pipeline`` to ``path``, in the format its suffix names.

    ``dtype`` (float32 or float64) is the ONNX graph's type; the other formats keep
    float64. Everything is checked before the file is touched, and the write is
    atomic: a failure leaves any earlier file at ``path`` as it was.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError("export_suffix", path=str(path), suffix=path.suffix, choices=", ".join(SUFFIXES))
    dtype = _dtype_name(dtype)
    _check_network(network)
    parts = _pipeline_parts(pipeline, network)
    header = _header(network, pipeline, label_names, task)
    if suffix == ".npz":
        content: bytes | str = _npz_bytes(network, header)
    elif suffix == ".json":
        content = _json_text(network, header)
    elif suffix == ".onnx":
        content = onnx_model(network, parts, header, dtype).SerializeToString()
    else:
        content = python_script(network, parts, header, path.name)
    try:
        if isinstance(content, bytes):
            write_bytes(path, content)
        else:
            write_text(path, content)
    except OSError as e:
        raise ExportError("export_write_failed", path=str(path), reason=e.strerror or str(e)) from e
    return path


def _npz_bytes(network: Network, header: dict[str, Any]) -> bytes:
    arrays = {"spec": np.array(json.dumps(header)), **network.named_arrays()}
    buffer = _bytes_io.BytesIO()
    np.savez(buffer, **arrays)      # type: ignore[arg-type]
    return buffer.getvalue()


def _json_text(network: Network, header: dict[str, Any]) -> str:
    # layer k's arrays under their names without k: W, b, or W, gamma, beta, mean, var (batch norm)
    layers: list[dict[str, Any]] = [{} for _ in range(network.depth)]
    for name, a in network.named_arrays().items():
        key = name.rstrip("0123456789")
        layers[int(name[len(key):]) - 1][key] = a.tolist()
    for k, layer in enumerate(layers, start=1):
        layer["activation"] = network.spec.activations[k]
    return _readable_json({**header, "layers": layers}) + "\n"


def _readable_json(value: Any, indent: str = "") -> str:
    """JSON with one matrix row, or one short list, per line; floats as Python writes them (exact)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k)}: {_readable_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + _readable_json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value, allow_nan=False, ensure_ascii=False)

"""What every weights format holds: the format's names and numbers, the JSON header, the checked pipeline."""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from .. import data as _data
from ..errors import ExportError
from ..network import Network

Array = np.ndarray

FORMAT = "nnsim-weights"
VERSION = 3
#: What a network without batch norm is written as: version 2, which readers before batch norm read.
VERSION_WITHOUT_BATCH_NORM = 2
SUFFIXES = (".npz", ".json", ".onnx", ".py")
LOADABLE = (".npz", ".json")
DTYPES = ("float32", "float64")
ONNX_OPSET = 17
ONNX_IR_VERSION = 8            # the IR that came with opset 17; every onnxruntime since 1.12 reads it

#: Each feature-map name as (operation, columns it reads).
FEATURE_FORMULAS: dict[str, tuple[str, tuple[int, ...]]] = {
    f.name: (f.op, f.columns) for f in _data.FEATURES.values()}


# -- what every format holds ------------------------------------------------------------------
def _dtype_name(dtype: Any) -> str:
    try:
        name = np.dtype(dtype).name if isinstance(dtype, (str, type, np.dtype)) else None
    except TypeError:
        name = None
    if name not in DTYPES:
        raise ExportError("export_dtype", dtype=str(dtype), choices=", ".join(DTYPES))
    return name


def _plain(value: Any) -> Any:
    """``value`` with NumPy arrays, scalars and tuples turned into JSON's lists and numbers."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return _plain(value.tolist())
    if isinstance(value, np.generic):
        return value.item()
    return value


def _check_finite(name: str, a: Array) -> None:
    if not np.all(np.isfinite(a)):
        raise ExportError("export_not_finite", name=name)


def _check_network(network: Network) -> None:
    """Every array finite, every running variance ≥ 0 (√(σ² + ε) must exist)."""
    for name, a in network.named_arrays().items():
        _check_finite(name, a)
        if name.startswith("var") and np.any(a < 0):
            raise ExportError("export_bad_pipeline", reason=f"{name}, a running variance, has a value below 0")


def _pipeline_parts(pipeline: Any, network: Network) -> tuple:
    """(columns, mean, scale, features, feature_mean, feature_scale) of ``pipeline``, checked against
    each other and the network."""
    try:
        columns = [str(c) for c in pipeline.columns]
        mean = np.asarray(pipeline.mean, dtype=float)
        scale = np.asarray(pipeline.scale, dtype=float)
        features = None if pipeline.features is None else [str(f) for f in pipeline.features]
        fmean = np.asarray(pipeline.feature_mean, dtype=float)
        fscale = np.asarray(pipeline.feature_scale, dtype=float)
    except (AttributeError, TypeError, ValueError) as e:
        raise ExportError("export_bad_pipeline", reason=str(e)) from None
    n = len(columns)
    if mean.shape != (n,) or scale.shape != (n,):
        raise ExportError("export_bad_pipeline",
                          reason=f"mean {mean.shape} and scale {scale.shape} must both have shape ({n},)")
    _check_finite("the standardisation mean", mean)
    _check_finite("the standardisation scale", scale)
    if np.any(scale == 0):
        raise ExportError("export_bad_pipeline", reason="a standardisation scale is 0")
    if features is not None:
        for f in features:
            if f not in FEATURE_FORMULAS:
                raise ExportError("unknown_name", where="", kind="feature", name=f,
                                  choices=", ".join(FEATURE_FORMULAS))
        if n != 2:
            raise ExportError("export_bad_pipeline",
                              reason=f"the feature map needs 2 columns, not {n} ({', '.join(columns)})")
    names = features if features is not None else columns
    if fmean.shape != (len(names),) or fscale.shape != (len(names),):
        raise ExportError("export_bad_pipeline", reason=f"feature_mean {fmean.shape} and feature_scale "
                                                        f"{fscale.shape} must both have shape ({len(names)},)")
    _check_finite("the standardisation mean", fmean)
    _check_finite("the standardisation scale", fscale)
    if np.any(fscale == 0):
        raise ExportError("export_bad_pipeline", reason="a standardisation scale is 0")
    if len(names) != network.spec.inputs:
        raise ExportError("export_mismatch", features=len(names), names=", ".join(names),
                          inputs=network.spec.inputs)
    return columns, mean, scale, features, fmean, fscale


def _header(network: Network, pipeline: Any, label_names: Sequence[Any], task: str | None) -> dict[str, Any]:
    spec = network.spec
    return {
        "format": FORMAT, "version": VERSION if spec.batch_norm else VERSION_WITHOUT_BATCH_NORM,
        "sizes": list(spec.sizes), "activations": list(spec.activations[1:]),
        "output": spec.output, "loss": spec.loss,
        "network": _plain(spec.to_dict()), "pipeline": _plain(pipeline.to_dict()),
        "label_names": _plain(list(label_names)),
        "task": task if task is not None else (_data.CLASSIFICATION if spec.is_classifier else _data.REGRESSION),
    }

"""Weight export: what a trained network leaves the program as, and the way back in.

``export(network, pipeline, path)`` writes the format the suffix names:

- ``.npz``  arrays ``W1``, ``b1``, … (``Wk`` is W⁽ᵏ⁾, shape (units_k, units_{k−1}),
  ``bk`` shape (units_k,)) and ``spec``, a 0-d string array holding the JSON
  header below;
- ``.json`` the same header plus ``"layers": [{"W", "b", "activation"}, …]`` as
  readable nested lists;
- ``.onnx`` a graph that takes the same raw columns as ``predict``: the raw columns'
  standardisation (Sub, Div; identity unless the run is a format-1 project's), the feature
  map (Gather, Mul, Sin, Concat), the standardisation of the mapped columns (Sub, Div),
  then one Gemm and one
  activation node per layer, the output activation included; input ``input``
  (batch, columns) with a dynamic batch, output ``output`` (batch, outputs);
- ``.py``   a standalone NumPy script a learner can read on one page, weights
  embedded, that prints predictions for a CSV file.

The JSON header: ``{"format": "nnsim-weights", "version": 2, "sizes", "activations"
(layers 1..L), "output", "loss", "network" (NetworkSpec.to_dict), "pipeline"
(Pipeline.to_dict: columns, mean, scale, features, feature_mean, feature_scale), "label_names",
"task"}``. Version 1 files (no feature_mean/feature_scale: standardised before the map) load
with that meaning.

``load(path)`` reads ``.npz`` and ``.json`` back into ``(Network, Pipeline, meta)``.
Every write is atomic (``io.atomic_open``). float64 everywhere except ONNX,
which is float32 unless ``dtype="float64"``. This module does not train, and
reads no project files (``project`` does).
"""
from __future__ import annotations

import io as _bytes_io
import json
import keyword
import zipfile
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from . import activations as _act
from . import data as _data
from . import limits as _limits
from .errors import ExportError, NNSimError
from .io import write_bytes, write_text
from .network import Network, NetworkSpec

Array = np.ndarray

FORMAT = "nnsim-weights"
VERSION = 2
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
        "format": FORMAT, "version": VERSION,
        "sizes": list(spec.sizes), "activations": list(spec.activations[1:]),
        "output": spec.output, "loss": spec.loss,
        "network": _plain(spec.to_dict()), "pipeline": _plain(pipeline.to_dict()),
        "label_names": _plain(list(label_names)),
        "task": task if task is not None else (_data.CLASSIFICATION if spec.is_classifier else _data.REGRESSION),
    }


# -- export -----------------------------------------------------------------------------------
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
    for k in range(1, network.depth + 1):
        _check_finite(f"W{k}", network.weights[k])          # type: ignore[arg-type]
        _check_finite(f"b{k}", network.biases[k])           # type: ignore[arg-type]
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
    arrays = {"spec": np.array(json.dumps(header))}
    for k in range(1, network.depth + 1):
        arrays[f"W{k}"], arrays[f"b{k}"] = network.weights[k], network.biases[k]
    buffer = _bytes_io.BytesIO()
    np.savez(buffer, **arrays)      # type: ignore[arg-type]
    return buffer.getvalue()


def _json_text(network: Network, header: dict[str, Any]) -> str:
    W, b = network.weights, network.biases
    layers = [{"W": W[k].tolist(), "b": b[k].tolist(), "activation": network.spec.activations[k]}  # type: ignore
              for k in range(1, network.depth + 1)]
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


# -- ONNX -------------------------------------------------------------------------------------
_ONNX_ACTIVATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "sigmoid": ("Sigmoid", {}), "tanh": ("Tanh", {}), "relu": ("Relu", {}),
    "leaky_relu": ("LeakyRelu", {"alpha": _act.LEAKY_SLOPE}), "linear": ("Identity", {}),
    "softmax": ("Softmax", {"axis": -1}),
}


def onnx_model(network: Network, parts: tuple, header: dict[str, Any], dtype: str = "float32"):
    """The ONNX ``ModelProto``: raw ``input`` (batch, columns) → ``output`` (batch, outputs)."""
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError as e:
        raise ExportError("export_needs_onnx", reason=str(e)) from None
    columns, mean, scale, features, fmean, fscale = parts
    np_type = np.dtype(dtype)
    elem = TensorProto.FLOAT if dtype == "float32" else TensorProto.DOUBLE
    nodes, inits = [], []

    def const(name: str, value: Array, cast: bool = True) -> str:
        if any(t.name == name for t in inits):                # one shared constant, e.g. leaky_slope
            return name
        inits.append(numpy_helper.from_array(value.astype(np_type) if cast else value, name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=f"{output}_{op.lower()}", **attrs))
        return output

    # standardise: u = (raw − mean) / scale
    u = node("Div", [node("Sub", ["input", const("mean", mean)], "centred"), const("scale", scale)], "u")
    if features is None:
        X = u
    else:
        def x(j: int) -> str:                 # column j of u as (batch, 1): x1 or x2
            if not any(n.output[0] == f"x{j + 1}" for n in nodes):
                index = const(f"column{j}", np.array([j], dtype=np.int64), cast=False)
                node("Gather", [u, index], f"x{j + 1}", axis=1)
            return f"x{j + 1}"

        made = []
        for f in features:
            op, cols = FEATURE_FORMULAS[f]
            name = "feature_" + f.replace("^2", "_squared")
            if op == "column":
                made.append(x(cols[0]))
            elif op == "mul":
                made.append(node("Mul", [x(cols[0]), x(cols[1])], name))
            else:
                made.append(node("Sin", [x(cols[0])], name))
        X = node("Concat", made, "features", axis=1)
    # standardise the columns the network sees: X = (features − feature_mean) / feature_scale
    X = node("Div", [node("Sub", [X, const("feature_mean", fmean)], "features_centred"),
                     const("feature_scale", fscale)], "X")
    A, L = X, network.depth
    for k in range(1, L + 1):
        Z = node("Gemm", [A, const(f"W{k}", network.weights[k]), const(f"b{k}", network.biases[k])],
                 f"Z{k}", transB=1)
        name, out = network.spec.activations[k], "output" if k == L else f"A{k}"
        if name == "leaky_relu" and dtype == "float64":
            # ONNX attributes are float32: LeakyRelu's alpha=0.01 would really be 0.0099999998, a
            # relative error of 2e-9. PRelu takes its slope as a tensor, exactly 0.01 in float64.
            A = node("PRelu", [Z, const("leaky_slope", np.array(_act.LEAKY_SLOPE))], out)
        else:
            op, attrs = _ONNX_ACTIVATIONS[name]                       # type: ignore[index]
            A = node(op, [Z], out, **attrs)
    graph = helper.make_graph(
        nodes, "nnsim_network", [helper.make_tensor_value_info("input", elem, ["batch", len(columns)])],
        [helper.make_tensor_value_info("output", elem, ["batch", network.spec.outputs])], initializer=inits,
        doc_string=f"raw columns {json.dumps(columns, ensure_ascii=False)} → "
                   f"{'features ' + ', '.join(features) if features else 'no feature map'} → standardise → "
                   f"layers {'-'.join(map(str, network.spec.sizes))}")
    model = helper.make_model(graph, producer_name="nnsim",
                              opset_imports=[helper.make_opsetid("", ONNX_OPSET)])
    model.ir_version = ONNX_IR_VERSION
    helper.set_model_props(model, {"nnsim.spec": json.dumps(header), "columns": json.dumps(columns)})
    onnx.checker.check_model(model)
    return model


# -- standalone Python script -----------------------------------------------------------------
_SCRIPT_ACTIVATIONS = {
    "sigmoid": ('def sigmoid(z):\n'
                '    """1 / (1 + e^-z), computed so that exp never sees a large positive number."""\n'
                '    e = np.exp(-np.abs(z))\n'
                '    return np.where(z >= 0, 1.0, e) / (1.0 + e)\n'),
    "tanh": 'def tanh(z):\n    return np.tanh(z)\n',
    "relu": 'def relu(z):\n    return np.maximum(z, 0.0)\n',
    "leaky_relu": f'def leaky_relu(z):\n    return np.where(z > 0, z, {_act.LEAKY_SLOPE!r} * z)\n',
    "linear": 'def linear(z):\n    return z\n',
    "softmax": ('def softmax(z):\n'
                '    """e^z / sum(e^z) along each row; subtracting the row maximum keeps exp <= 1."""\n'
                '    e = np.exp(z - z.max(axis=1, keepdims=True))\n'
                '    return e / e.sum(axis=1, keepdims=True)\n'),
}
_SCRIPT_FEATURES = {f.name: f.expression for f in _data.FEATURES.values()}

_SCRIPT = '''\
"""A neural network exported from NNSim: layers {sizes}, {task}.

Needs only NumPy.
    python {file_name} input.csv      prints the predictions as CSV
    {import_line}
input.csv holds the raw columns {column_list} (a header row is optional).
The numbers (standardisation, weights, biases) are at the end of the file.
"""
import csv
import sys

import numpy as np


{activations}

def features(u):
    """The feature map: the network's columns, made from the columns u."""
{features_body}


def predict(raw):
    """The network's output for raw inputs: (examples, {n_columns}) -> (examples, {outputs})."""
    u = (np.asarray(raw, dtype=float) - MEAN) / SCALE   # the raw columns (identity unless 0 and 1 differ)
    F = features(u)                                      # the feature map
    A = (F - FEATURE_MEAN) / FEATURE_SCALE               # A0: the inputs, standardised
    for W, b, g in LAYERS:                               # layers k = 1..L
        Z = A @ W.T + b                                  # Z = A_prev . W^T + b  (one row per example)
        A = g(Z)                                         # A = g(Z)
    return A                                             # the output layer's activations


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def main(argv):
    if argv in (["-h"], ["--help"]):
        print(USAGE)
        print("Prints the network's predictions for the rows of input.csv as CSV.")
        return
    if len(argv) != 1:
        sys.exit(USAGE)
    with open(argv[0], newline="", encoding="utf-8-sig") as f:
        rows = [[cell.strip() for cell in row] for row in csv.reader(f) if row]
    order = list(range(len(COLUMNS)))                    # no header: the columns in this order
    if rows and not all(is_number(cell) for cell in rows[0]):
        header, rows = rows[0], rows[1:]                 # a header: pick the columns by name
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            sys.exit(f"{{argv[0]}}: the header has no column {{missing[0]!r}}; expected {{', '.join(COLUMNS)}}")
        order = [header.index(c) for c in COLUMNS]
    if not rows:
        sys.exit(f"{{argv[0]}}: no data rows")
    try:
        raw = np.array([[float(row[j]) for j in order] for row in rows])
    except (ValueError, IndexError):
        sys.exit(f"{{argv[0]}}: each row needs the numbers {{', '.join(COLUMNS)}}")
    out = predict(raw)
    writer = csv.writer(sys.stdout, lineterminator="\\n")
    writer.writerow(COLUMNS + OUTPUTS{class_header})
    for x, a in zip(raw, out):
        writer.writerow([repr(float(v)) for v in x] + [repr(float(v)) for v in a]{class_cell})


# -- the numbers -------------------------------------------------------------------------------
USAGE = {usage}
COLUMNS = {columns}
OUTPUTS = {outputs_names}
LABELS = {labels}
MEAN = np.array({mean})
SCALE = np.array({scale})
FEATURE_MEAN = np.array({fmean})
FEATURE_SCALE = np.array({fscale})
{weights}
LAYERS = [{layers}]   # (W, b, activation) of each layer k = 1..L

if __name__ == "__main__":
    main(sys.argv[1:])
'''


def _doc_safe(text: Any) -> str:
    """``text`` to stand inside the script's triple-quoted docstring, and do nothing else there.

    Outside strings (column names from anyone's CSV or project file, the file's own name) reach
    the script only through Python's own encoder: ``repr`` escapes every backslash and control
    character, and the double quotes it leaves bare are escaped here, so no quote can close
    the docstring. Read back, the docstring says the original text.
    """
    return repr(str(text))[1:-1].replace('"', '\\"')


def _import_line(stem: str) -> str:
    """How to import the script from Python: by module name where its name is one."""
    if stem.isidentifier() and not keyword.iskeyword(stem):
        return f"from {stem} import predict      predict(raw) -> outputs, one row per example"
    return "predict(raw) -> outputs, one row per example (rename the file to import it as a module)"


def _literal(a: Array, indent: str) -> str:
    """``a`` as a Python list literal with exact floats, one matrix row per line."""
    if a.ndim == 1:
        return "[" + ", ".join(repr(float(v)) for v in a) + "]"
    rows = ",\n".join(indent + "    " + _literal(row, "") for row in a)
    return "[\n" + rows + ",\n" + indent + "]"


def python_script(network: Network, parts: tuple, header: dict[str, Any], name: str = "model.py") -> str:
    """The text of a standalone NumPy script that reproduces ``network``'s predictions."""
    columns, mean, scale, features, fmean, fscale = parts
    spec, L = network.spec, network.depth
    used = [name for name in _SCRIPT_ACTIVATIONS if name in spec.activations[1:]]
    if features is None:
        body = "    return u                                         # no feature map: u itself"
    else:
        lines = ["    x1, x2 = u[:, 0], u[:, 1]", "    return np.column_stack(["]
        lines += [f"        {_SCRIPT_FEATURES[f] + ',':<14}# {f}" for f in features]
        body = "\n".join(lines + ["    ])"])
    W, b = network.weights, network.biases
    weights = "\n".join(f"W{k} = np.array({_literal(W[k], '')})   # W{k}: {W[k].shape}\n"   # type: ignore
                         f"b{k} = np.array({_literal(b[k], '')})" for k in range(1, L + 1))
    outputs = ["out"] if spec.outputs == 1 else [f"out{i}" for i in range(spec.outputs)]
    if spec.output == "softmax":
        class_header, class_cell = ' + ["class"]', " + [label(int(np.argmax(a)))]"
    elif spec.output == "sigmoid":
        class_header, class_cell = ' + ["class"]', " + [label(int(a[0] >= 0.5))]"
    else:
        class_header, class_cell = "", ""
    text = _SCRIPT.format(
        sizes="-".join(map(str, spec.sizes)), task=_doc_safe(header["task"]),
        file_name=_doc_safe(name), import_line=_import_line(Path(name).stem),
        usage=repr(f"usage: python {name} input.csv"),
        columns=repr(columns), column_list=", ".join(_doc_safe(c) for c in columns),
        n_columns=len(columns), outputs=spec.outputs,
        activations="\n\n".join(_SCRIPT_ACTIVATIONS[name] for name in used),
        features_body=body, class_header=class_header, class_cell=class_cell, outputs_names=repr(outputs),
        labels=repr([str(v) for v in header["label_names"]]),
        mean=_literal(mean, ""), scale=_literal(scale, ""), fmean=_literal(fmean, ""),
        fscale=_literal(fscale, ""), weights=weights,
        layers=", ".join(f"(W{k}, b{k}, {spec.activations[k]})" for k in range(1, L + 1)))
    if class_cell:
        text = text.replace("\n\ndef main(argv):", '\n\ndef label(i):\n'
                            '    """The class name of index i (the index itself when none was given)."""\n'
                            '    return LABELS[i] if LABELS else i\n\n\ndef main(argv):')
    return text


# -- load -------------------------------------------------------------------------------------
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

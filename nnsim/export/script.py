"""The standalone Python script: a page of NumPy a learner can read, weights embedded, that predicts from a CSV."""
from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

from .. import activations as _act
from .. import data as _data
from ..network import Network
from ..network.batchnorm import EPSILON
from .header import Array

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
{layer_loop}
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
LAYERS = [{layers}]   # {layers_comment} of each layer k = 1..L

if __name__ == "__main__":
    main(sys.argv[1:])
'''


_LOOP = """\
    for W, b, g in LAYERS:                               # layers k = 1..L
        Z = A @ W.T + b                                  # Z = A_prev . W^T + b  (one row per example)
        A = g(Z)                                         # A = g(Z)"""
_BATCH_NORM_LOOP = """\
    for W, b, g, norm in LAYERS:                         # layers k = 1..L
        if norm is None:
            Z = A @ W.T + b                              # Z = A_prev . W^T + b  (one row per example)
        else:                                            # batch norm, with the running averages of training
            gamma, beta, mean, var = norm
            Z = A @ W.T                                  # Z = A_prev . W^T  (no b: beta takes its role)
            Z = gamma * (Z - mean) / np.sqrt(var + EPSILON) + beta     # Z~ = gamma * Z_norm + beta
        A = g(Z)                                         # A = g(Z)"""


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
    weights = "\n".join(f"{name} = np.array({_literal(a, '')})" + (f"   # {name}: {a.shape}" if a.ndim == 2 else "")
                         for name, a in network.named_arrays().items())
    if spec.batch_norm:
        weights = f"EPSILON = {EPSILON!r}                                  # batch norm's ε\n" + weights
        layer_loop = _BATCH_NORM_LOOP
        layers = ", ".join(f"(W{k}, None, {spec.activations[k]}, (gamma{k}, beta{k}, mean{k}, var{k}))"
                           if spec.normalised(k) else f"(W{k}, b{k}, {spec.activations[k]}, None)"
                           for k in range(1, L + 1))
        layers_comment = "(W, b, activation, batch norm's (γ, β, running mean, running variance) or None)"
    else:
        layer_loop = _LOOP
        layers = ", ".join(f"(W{k}, b{k}, {spec.activations[k]})" for k in range(1, L + 1))
        layers_comment = "(W, b, activation)"
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
        fscale=_literal(fscale, ""), weights=weights, layer_loop=layer_loop, layers=layers,
        layers_comment=layers_comment)
    if class_cell:
        text = text.replace("\n\ndef main(argv):", '\n\ndef label(i):\n'
                            '    """The class name of index i (the index itself when none was given)."""\n'
                            '    return LABELS[i] if LABELS else i\n\n\ndef main(argv):')
    return text

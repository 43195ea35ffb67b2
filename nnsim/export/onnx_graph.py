"""The ONNX graph: raw columns → standardise → feature map → standardise → one Gemm and activation a layer
(with a ``BatchNormalization`` between them, at test time, in a batch-normalised layer)."""
from __future__ import annotations

import json
from typing import Any

import numpy as np

from .. import activations as _act
from ..errors import ExportError
from ..network import Network
from ..network.batchnorm import EPSILON
from .header import FEATURE_FORMULAS, ONNX_IR_VERSION, ONNX_OPSET, Array


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
        if network.spec.normalised(k):
            # Z = A·Wᵀ (no b), then Z̃ = γ·(Z − mean)/√(var + ε) + β with the running averages. ONNX
            # attributes are float32, so ε = 1e-5 arrives as 9.99999975e-06; in float64 the variance
            # carries the difference, so that var + ε is the engine's to the last bit or so.
            var = network.running_var[k] + ((EPSILON - float(np.float32(EPSILON))) if dtype == "float64" else 0.0)
            Zk = node("Gemm", [A, const(f"W{k}", network.weights[k])], f"Z{k}", transB=1)
            Z = node("BatchNormalization", [Zk, const(f"gamma{k}", network.gamma[k]),
                                            const(f"beta{k}", network.beta[k]),
                                            const(f"mean{k}", network.running_mean[k]), const(f"var{k}", var)],
                     f"Z_tilde{k}", epsilon=EPSILON)
        else:
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

"""What the lesson instruments show of a network, computed by the engine: pure functions.

The engine process calls these to fill an instrument's data into a snapshot;
the panels only paint what comes back. Nothing here holds state, draws, or
imports Qt, and no mathematics is written twice: activations come from
``nnsim.activations``, passes from ``Network``, updates from
``nnsim.optimizers``, the gradient check from ``nnsim.gradcheck``.

1. Activation explorer: ``activation_curves`` (g, g′ and where |g′| < 0.05),
   ``saturation`` (per hidden layer, the share of saturated or dead units, and
   the Z of one layer for a histogram).
2. Signal and gradient by depth: ``depth_profile`` (per layer, histograms and
   standard deviations of A and dW), ``identical_units`` (the symmetry problem
   of zero initialization).
3. Optimizer paths: ``optimizer_paths`` on a ``Surface`` (``quadratic_bowl`` or
   ``network_surface``), ``schedule_curve``.
4. Gradient check: ``broken_gradient_check`` (one layer's gradient scaled, the
   check points at it).
5. Covariate shift: ``z_quantiles`` (per hidden layer, the 10/50/90 % quantiles of what its
   activation is applied to, Z or Z̃) and ``ZShift``, the readings of it kept step after step.

The curves that need no network (``activation_curves``, ``histogram``, ``identical_units``,
``quadratic_bowl``, ``optimizer_paths``, ``schedule_curve``) live in ``nnsim.curves``, which a
viewer may import without the network; they are importable from here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from . import activations as _act
from . import gradcheck as _gc
from .curves import (A_EDGES, DW_LOG_EDGES, SATURATION_THRESHOLD, ActivationCurve, OptimizerPaths, ScheduleCurve, Surface,
                     activation_curves, histogram, identical_units, optimizer_paths, quadratic_bowl,
                     schedule_curve)
from .errors import InvalidValueError
from .network import Network, Trace

__all__ = ["A_EDGES", "DW_LOG_EDGES", "ActivationCurve", "BrokenCheck", "LayerProfile", "LayerSaturation",
           "OptimizerPaths", "SATURATION_SHARE", "SATURATION_THRESHOLD", "Saturation", "ScheduleCurve",
           "Surface", "activation_curves", "broken_gradient_check", "depth_profile", "histogram",
           "identical_units", "layer_verdicts", "network_surface", "optimizer_paths", "quadratic_bowl",
           "saturation", "schedule_curve", "start_of", "SHIFT_QUANTILES", "ZShift", "z_quantiles"]

Array = np.ndarray

#: A tanh/sigmoid unit is saturated when |g′| < threshold on at least this share of the examples.
SATURATION_SHARE = 0.9


@dataclass(frozen=True)
class LayerSaturation:
    """One hidden layer k: ``kind`` "dead" (ReLU family), "saturated" (tanh, sigmoid) or "none" (linear);
    ``units`` flags each unit, ``fraction`` = units flagged / units; ``mean_derivative`` is the mean
    of g′(Z⁽ᵏ⁾) over the examples and units (how much gradient the layer passes back, on average:
    at most ¼ for sigmoid)."""

    layer: int
    activation: str
    kind: str
    units: Array           # (units_k,) bool
    fraction: float
    mean_derivative: float = float("nan")


@dataclass(frozen=True)
class Saturation:
    layers: dict[int, LayerSaturation]    # k -> its figures, hidden layers k = 1..L−1
    layer: int | None                     # the layer whose Z is given
    Z: Array | None                       # that layer's pre-activations, flattened (m·units_k,)


def saturation(network: Network, trace: Trace, layer: int | None = 1,
               threshold: float = SATURATION_THRESHOLD, share: float = SATURATION_SHARE) -> Saturation:
    """Per hidden layer, the fraction of units saturated or dead on the examples of ``trace``.

    A tanh or sigmoid unit j of layer k is *saturated* when |g′(Z⁽ᵏ⁾ᵢⱼ)| < ``threshold`` on at
    least ``share`` (90%) of the examples i: almost no gradient passes it back.
    A ReLU or leaky ReLU unit is *dead* when Z⁽ᵏ⁾ᵢⱼ ≤ 0 on every example: ReLU′ = 0 there, so
    its incoming weights never change again (a leaky unit only leaks 0.01 of the gradient).
    Linear units never saturate. g′ is computed from Z (not from A, which dropout scales).
    ``layer`` chooses whose Z is returned flattened for a histogram (None: none).
    """
    L = network.depth
    if layer is not None and not (isinstance(layer, (int, np.integer)) and 1 <= layer <= L):
        raise InvalidValueError("out_of_range", name="layer", rule=f"a layer from 1 to {L}", value=layer)
    layers: dict[int, LayerSaturation] = {}
    for k in range(1, L):
        name = network.spec.activations[k]
        g = _act.ACTIVATIONS[name]                        # type: ignore[index]
        Z = trace.pre_activation(k)                       # g's input: Z̃ in a batch-normalised layer
        with np.errstate(all="ignore"):
            mean_derivative = float(np.mean(g.derivative(Z, g.value(Z))))   # type: ignore[misc, arg-type]
        if g.relu_family:
            kind, units = "dead", np.all(Z <= 0, axis=0)  # type: ignore[operator]
        elif name == "linear":
            kind, units = "none", np.zeros(Z.shape[1], dtype=bool)   # type: ignore[union-attr]
        else:
            small = np.abs(g.derivative(Z, g.value(Z))) < threshold   # type: ignore[misc, arg-type]
            kind, units = "saturated", small.mean(axis=0) >= share
        layers[k] = LayerSaturation(k, name, kind, units, float(units.mean()),   # type: ignore[arg-type]
                                    mean_derivative)
    Z_out = None if layer is None else np.array(trace.pre_activation(layer), dtype=float).ravel()
    return Saturation(layers, layer, Z_out)


@dataclass(frozen=True)
class LayerProfile:
    """Layer k: histogram of A⁽ᵏ⁾ (``A_counts`` over ``A_edges``), of log₁₀|dW⁽ᵏ⁾| (``dW_counts`` over
    ``dW_log_edges``), and std(A⁽ᵏ⁾), std(dW⁽ᵏ⁾) over all entries (np.std, population)."""

    layer: int
    A_counts: Array
    A_edges: Array
    dW_counts: Array
    dW_log_edges: Array
    std_A: float
    std_dW: float


def depth_profile(network: Network, X: Any, Y: Any, l2: float = 0.0, l1: float = 0.0,
                  A_edges: Array | None = None, dW_log_edges: Array | None = None) -> list[LayerProfile]:
    """Per layer k = 1..L: how the signal A⁽ᵏ⁾ and the gradient dW⁽ᵏ⁾ look at that depth.

    One forward and one backward pass on (X, Y) (no dropout). The histograms use fixed
    edges (``A_EDGES``, ``DW_LOG_EDGES`` by default), the same for every layer; the dW
    histogram is over log₁₀|dW| (an exact 0 counts in the first bin). std(A⁽ᵏ⁾) and
    std(dW⁽ᵏ⁾) against k show signals and gradients vanishing, exploding or staying level.
    """
    A_edges = A_EDGES if A_edges is None else np.asarray(A_edges, dtype=float)
    dW_log_edges = DW_LOG_EDGES if dW_log_edges is None else np.asarray(dW_log_edges, dtype=float)
    trace = network.forward(X)
    grads = network.backward(trace, Y, l2, l1)
    out = []
    with np.errstate(divide="ignore"):
        for k in range(1, network.depth + 1):
            A, dW = trace.A[k], grads.dW[k]
            out.append(LayerProfile(k, histogram(A, A_edges), A_edges.copy(),
                                    histogram(np.log10(np.abs(dW)), dW_log_edges), dW_log_edges.copy(),  # type: ignore[arg-type]
                                    float(np.std(A)), float(np.std(dW))))
    return out


def _parameter(network: Network, index: Sequence[int]) -> tuple[Array, tuple[int, ...], str, str]:
    """(array, position, kind, label) for (k, i, j) → W⁽ᵏ⁾ᵢⱼ or (k, i) → b⁽ᵏ⁾ᵢ."""
    idx = tuple(int(v) for v in index)
    L = network.depth
    ok = len(idx) in (2, 3) and 1 <= idx[0] <= L
    if ok:
        k = idx[0]
        P = network.weights[k] if len(idx) == 3 else network.biases[k]
        ok = P is not None and all(0 <= v < n for v, n in zip(idx[1:], P.shape))            # type: ignore[union-attr]
    if not ok:
        raise InvalidValueError("out_of_range", name="parameter index",
                                rule=f"(k, i, j) for W[k][i, j] or (k, i) for b[k][i], k from 1 to {L}",
                                value=index)
    kind = "W" if len(idx) == 3 else "b"
    label = f"{kind}{idx[0]}[{', '.join(str(v) for v in idx[1:])}]"
    return P, idx[1:], kind, label                                        # type: ignore[return-value]


def network_surface(network: Network, X: Any, Y: Any, first: Sequence[int], second: Sequence[int],
                    l2: float = 0.0, l1: float = 0.0) -> Surface:
    """The cost J of ``network`` on (X, Y) as a function of two of its parameters, the others held.

    ``first`` and ``second`` are (k, i, j) for W⁽ᵏ⁾ᵢⱼ or (k, i) for b⁽ᵏ⁾ᵢ. The surface works on
    a private copy of the network (the caller's is never changed); J and its gradient come
    from the network's own forward and backward passes (no dropout).
    """
    twin = network.copy()
    X = twin.check_inputs(X)
    Y = twin.check_targets(Y, X.shape[0])
    (P1, i1, kind1, label1), (P2, i2, kind2, label2) = _parameter(twin, first), _parameter(twin, second)
    if label1 == label2:
        raise InvalidValueError("out_of_range", name="parameter index", rule="two different parameters",
                                value=(first, second))
    k1, k2 = int(first[0]), int(second[0])

    def place(w: Array) -> None:
        P1[i1], P2[i2] = w[0], w[1]

    def value(w: Array) -> float:
        place(np.asarray(w, dtype=float))
        return twin.cost(twin.forward(X), Y, l2, l1)

    def gradient(w: Array) -> Array:
        place(np.asarray(w, dtype=float))
        g = twin.backward(twin.forward(X), Y, l2, l1)
        G1 = g.dW[k1] if kind1 == "W" else g.db[k1]
        G2 = g.dW[k2] if kind2 == "W" else g.db[k2]
        return np.array([G1[i1], G2[i2]], dtype=float)                   # type: ignore[index]

    return Surface("network", f"J({label1}, {label2}), the other parameters held", value, gradient,
                   (label1, label2))


def start_of(network: Network, first: Sequence[int], second: Sequence[int]) -> Array:
    """The two parameters' current values: the natural start of their paths."""
    (P1, i1, _, _), (P2, i2, _, _) = _parameter(network, first), _parameter(network, second)
    return np.array([P1[i1], P2[i2]], dtype=float)


@dataclass(frozen=True)
class BrokenCheck:
    """The check's result with layer ``layer``'s gradient × ``factor``, and each layer's verdict."""

    layer: int
    factor: float
    result: "_gc.GradCheckResult"
    verdicts: dict[int, str]          # k -> correct | suspicious | wrong

    @property
    def wrong_layers(self) -> tuple[int, ...]:
        return tuple(k for k, v in self.verdicts.items() if v == "wrong")


def layer_verdicts(result: "_gc.GradCheckResult") -> dict[int, str]:
    """Each layer's relative difference judged by gradcheck's thresholds (2e-7, 1e-5)."""
    return {k: _gc.verdict(d) for k, d in result.per_layer.items()}


def broken_gradient_check(network: Network, X: Any, Y: Any, layer: int, factor: float = 2.0,
                          l2: float = 0.0, l1: float = 0.0) -> BrokenCheck:
    """``gradcheck.gradient_check`` with backprop's dW⁽ˡᵃʸᵉʳ⁾, db⁽ˡᵃʸᵉʳ⁾ multiplied by ``factor``.

    That layer's relative difference becomes |factor − 1|/(|factor| + 1) (1/3 for 2):
    "wrong"; the other layers keep their true (tiny) differences. The network is unchanged.
    """
    L = network.depth
    if not (isinstance(layer, (int, np.integer)) and 1 <= layer <= L):
        raise InvalidValueError("out_of_range", name="layer", rule=f"a layer from 1 to {L}", value=layer)
    if not np.isfinite(factor):
        raise InvalidValueError("out_of_range", name="factor", rule="a finite number", value=factor)
    result = _gc.gradient_check(network, X, Y, l2, l1, scale={int(layer): float(factor)})
    return BrokenCheck(int(layer), float(factor), result, layer_verdicts(result))


#: The quantiles of Z the covariate-shift instrument follows: a band (10 % to 90 %) and its median.
SHIFT_QUANTILES = (0.1, 0.5, 0.9)
#: ``ZShift`` keeps at most this many readings; beyond, every other old one is dropped.
SHIFT_READINGS = 400


def z_quantiles(network: Network, X: Any) -> Array:
    """(hidden layers, 3): row k − 1 holds the 10/50/90 % quantiles (``SHIFT_QUANTILES``) of
    what hidden layer k's activation is applied to, all units and examples of X together.

    That is Z⁽ᵏ⁾ = A⁽ᵏ⁻¹⁾·W⁽ᵏ⁾ᵀ + b⁽ᵏ⁾, or Z̃⁽ᵏ⁾ = γ⊙Z_norm + β in a batch-normalised layer, in a
    training pass without dropout: with batch norm, μ and σ² are X's own, as in a mini-batch
    (the course's picture is of training), and the running averages are left alone.
    """
    X = network.check_inputs(X)
    trace = network.forward(X, training=network.spec.batch_norm and X.shape[0] > 1)
    return np.array([np.quantile(trace.pre_activation(k), SHIFT_QUANTILES)
                     for k in range(1, network.depth)], dtype=float).reshape(-1, len(SHIFT_QUANTILES))


class ZShift:
    """``z_quantiles`` read at training steps, oldest first: ``steps`` (n,) and ``quantiles``
    (n, hidden layers, 3). A reading at a step not after the last one (a rollback, a scrubbed
    timeline) first drops the readings from that step on; a different shape starts afresh."""

    def __init__(self, limit: int = SHIFT_READINGS) -> None:
        self.limit = limit
        self.steps: list[int] = []
        self.readings: list[Array] = []

    def read(self, step: int, network: Network, X: Any) -> None:
        while self.steps and self.steps[-1] >= step:
            self.steps.pop()
            self.readings.pop()
        q = z_quantiles(network, X)
        if self.readings and self.readings[-1].shape != q.shape:
            self.steps, self.readings = [], []
        self.steps.append(int(step))
        self.readings.append(q)
        if len(self.steps) > self.limit:
            self.steps = self.steps[:-self.limit // 2:2] + self.steps[-self.limit // 2:]
            self.readings = self.readings[:-self.limit // 2:2] + self.readings[-self.limit // 2:]

    def series(self) -> dict:
        """{"steps": (n,), "quantiles": (n, hidden layers, 3), "levels": SHIFT_QUANTILES}."""
        layers = self.readings[-1].shape[0] if self.readings else 0
        q = np.array(self.readings, dtype=float).reshape(len(self.readings), layers, len(SHIFT_QUANTILES))
        return {"steps": np.array(self.steps, dtype=np.int64), "quantiles": q, "levels": SHIFT_QUANTILES}

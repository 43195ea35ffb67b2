"""What the lesson instruments show, computed by the engine: pure functions over NumPy arrays.

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
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from . import activations as _act
from . import gradcheck as _gc
from . import optimizers as _opt
from .errors import InvalidValueError
from .network import Network, Trace

Array = np.ndarray

#: |g′(z)| below this: the unit passes almost no gradient back (saturated).
SATURATION_THRESHOLD = 0.05
#: A tanh/sigmoid unit is saturated when |g′| < threshold on at least this share of the examples.
SATURATION_SHARE = 0.9
#: Fixed bin edges of the depth histograms, the same for every layer and every snapshot so
#: bars compare across layers and over time. A: 24 bins on [−3, 3]; dW: 28 bins of
#: log₁₀|dW| on [−12, 2] (half a decade each: vanishing gradients fall many decades).
A_EDGES = np.linspace(-3.0, 3.0, 25)
DW_LOG_EDGES = np.linspace(-12.0, 2.0, 29)


def _default_z() -> Array:
    return np.linspace(-6.0, 6.0, 241)


# -- 1. activations and saturation ------------------------------------------------------------
@dataclass(frozen=True)
class ActivationCurve:
    """g(z) and g′(z) on a grid; ``saturated`` lists the (lo, hi) runs of grid points with |g′| < threshold."""

    name: str
    formula: str
    derivative_formula: str
    z: Array
    value: Array
    derivative: Array
    saturated: tuple[tuple[float, float], ...]


def _runs(z: Array, flag: Array) -> tuple[tuple[float, float], ...]:
    """Each maximal run of consecutive True entries of ``flag`` as (z at its first, z at its last)."""
    edges = np.diff(np.concatenate([[0], flag.astype(np.int8), [0]]))
    starts, stops = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1
    return tuple((float(z[a]), float(z[b])) for a, b in zip(starts, stops))


def activation_curves(names: Iterable[str] | None = None, z: Array | None = None,
                      threshold: float = SATURATION_THRESHOLD) -> dict[str, ActivationCurve]:
    """Per activation (default: every hidden one), g(z), g′(z) and the saturated intervals.

    ``z`` defaults to 241 points on [−6, 6] (step 0.05). An interval (lo, hi) covers the grid
    points lo…hi where |g′(z)| < ``threshold``: sigmoid (σ′ = σ(1 − σ) < 0.05 for |z| ≳ 2.9),
    tanh (1 − tanh² < 0.05 for |z| ≳ 2.2), ReLU and leaky ReLU for z ≤ 0, linear nowhere.
    Softmax is an output only (no element-wise derivative) and is refused.
    """
    z = _default_z() if z is None else np.asarray(z, dtype=float)
    if z.ndim != 1 or z.size < 2 or not np.isfinite(z).all() or np.any(np.diff(z) <= 0):
        raise InvalidValueError("out_of_range", name="z", rule="an increasing 1-D grid of finite numbers",
                                value=f"shape {z.shape}")
    if not (np.isfinite(threshold) and threshold > 0):
        raise InvalidValueError("out_of_range", name="threshold", rule="a number > 0", value=threshold)
    chosen = tuple(_act.HIDDEN_ACTIVATIONS) if names is None else tuple(names)
    out: dict[str, ActivationCurve] = {}
    for name in chosen:
        g = _act.get(name)
        if g.derivative is None:
            raise InvalidValueError("softmax_hidden", where="",
                                    choices=", ".join(sorted(_act.HIDDEN_ACTIVATIONS)))
        a = g.value(z)
        d = g.derivative(z, a)
        out[name] = ActivationCurve(name, g.formula, g.derivative_formula, z.copy(), a, d,
                                    _runs(z, np.abs(d) < threshold))
    return out


@dataclass(frozen=True)
class LayerSaturation:
    """One hidden layer k: ``kind`` "dead" (ReLU family), "saturated" (tanh, sigmoid) or "none" (linear);
    ``units`` flags each unit, ``fraction`` = units flagged / units."""

    layer: int
    activation: str
    kind: str
    units: Array           # (units_k,) bool
    fraction: float


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
        Z = trace.Z[k]
        if g.relu_family:
            kind, units = "dead", np.all(Z <= 0, axis=0)  # type: ignore[operator]
        elif name == "linear":
            kind, units = "none", np.zeros(Z.shape[1], dtype=bool)   # type: ignore[union-attr]
        else:
            small = np.abs(g.derivative(Z, g.value(Z))) < threshold   # type: ignore[misc, arg-type]
            kind, units = "saturated", small.mean(axis=0) >= share
        layers[k] = LayerSaturation(k, name, kind, units, float(units.mean()))   # type: ignore[arg-type]
    Z_out = None if layer is None else np.array(trace.Z[layer], dtype=float).ravel()
    return Saturation(layers, layer, Z_out)


# -- 2. signal and gradient by depth ----------------------------------------------------------
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


def histogram(values: Array, edges: Array) -> Array:
    """Counts of ``values`` in the bins of ``edges``; values beyond the range go to the end bins,
    so the counts always sum to the number of entries (NaN included, in the last bin)."""
    v = np.nan_to_num(np.asarray(values, dtype=float).ravel(), nan=np.inf)
    v = np.clip(v, edges[0], edges[-1])
    counts, _ = np.histogram(v, bins=edges)
    return counts


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


def identical_units(network: Network, rtol: float = 1e-12) -> dict[int, list[tuple[int, ...]]]:
    """Per hidden layer k, the groups (2 units or more) whose incoming weights and bias are equal.

    Units i and j of layer k are copies when ‖rᵢ − rⱼ‖ ≤ rtol·max(‖rᵢ‖, ‖rⱼ‖), rᵢ being row i of
    W⁽ᵏ⁾ with b⁽ᵏ⁾ᵢ appended: a relative test, because BLAS rounding can leave copies under zero
    initialization about 1e-20 apart (DESIGN.md). Two all-zero rows are copies. Each unit joins
    the first group whose first member it matches. Layers with no copies map to [].
    """
    out: dict[int, list[tuple[int, ...]]] = {}
    for k in range(1, network.depth):
        R = np.column_stack([network.weights[k], network.biases[k]])     # type: ignore[list-item]
        norms = np.linalg.norm(R, axis=1)
        groups: list[list[int]] = []
        for i in range(R.shape[0]):
            for group in groups:
                j = group[0]
                if np.linalg.norm(R[i] - R[j]) <= rtol * max(norms[i], norms[j]):
                    group.append(i)
                    break
            else:
                groups.append([i])
        out[k] = [tuple(g) for g in groups if len(g) > 1]
    return out


# -- 3. optimizer paths and schedules ---------------------------------------------------------
@dataclass(frozen=True)
class Surface:
    """A cost J over two parameters w = (w₁, w₂): ``value(w)`` → J, ``gradient(w)`` → (∂J/∂w₁, ∂J/∂w₂)."""

    name: str
    formula: str
    value: Callable[[Array], float]
    gradient: Callable[[Array], Array]
    labels: tuple[str, str] = ("w₁", "w₂")


def quadratic_bowl(steep: float = 20.0, shallow: float = 1.0) -> Surface:
    """The classic elongated bowl J = (shallow·w₁² + steep·w₂²)/2, steep ≫ shallow.

    ∇J = (shallow·w₁, steep·w₂). Contours are ellipses stretched along w₁ (as the course draws
    unnormalised inputs); gradient descent multiplies w₂ by (1 − α·steep) each step, so for
    1/steep < α < 2/steep it overshoots the valley floor and w₂'s step changes sign every
    step (the zig-zag), while w₁ creeps by the factor (1 − α·shallow).
    """
    if not (np.isfinite(steep) and np.isfinite(shallow) and steep > 0 and shallow > 0):
        raise InvalidValueError("out_of_range", name="steep, shallow", rule="numbers > 0",
                                value=(steep, shallow))
    c = np.array([shallow, steep], dtype=float)
    return Surface("bowl", f"J = ({shallow:g}·w₁² + {steep:g}·w₂²)/2",
                   lambda w: float(0.5 * np.dot(c, np.asarray(w, dtype=float) ** 2)),
                   lambda w: c * np.asarray(w, dtype=float))


def _parameter(network: Network, index: Sequence[int]) -> tuple[Array, tuple[int, ...], str, str]:
    """(array, position, kind, label) for (k, i, j) → W⁽ᵏ⁾ᵢⱼ or (k, i) → b⁽ᵏ⁾ᵢ."""
    idx = tuple(int(v) for v in index)
    L = network.depth
    ok = len(idx) in (2, 3) and 1 <= idx[0] <= L
    if ok:
        k = idx[0]
        P = network.weights[k] if len(idx) == 3 else network.biases[k]
        ok = all(0 <= v < n for v, n in zip(idx[1:], P.shape))            # type: ignore[union-attr]
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
class OptimizerPaths:
    """``paths[name]`` (steps + 1, 2): w after 0, 1, … steps; ``costs[name]`` J along it;
    the contour grid ``J[r, c]`` = J(w1[c], w2[r]) (rows follow w₂, as a plot's y)."""

    surface: str
    labels: tuple[str, str]
    start: Array
    learning_rate: float
    paths: dict[str, Array]
    costs: dict[str, Array]
    w1: Array
    w2: Array
    J: Array


def optimizer_paths(surface: Surface, start: Sequence[float],
                    optimizers: Sequence[str] = ("gd", "momentum", "rmsprop", "adam"),
                    learning_rate: float = 0.01, steps: int = 50,
                    settings: Mapping[str, Mapping[str, float]] | None = None,
                    grid: int = 41, extent: tuple[float, float, float, float] | None = None) -> OptimizerPaths:
    """Each optimizer's path from the same ``start`` on ``surface``, and the cost on a grid.

    Each path is made by ``nnsim.optimizers.make(name, **settings[name])`` updating the one
    parameter vector w with ∇J(w) for ``steps`` steps at ``learning_rate``: the very
    update rules training uses. ``extent`` (w1_lo, w1_hi, w2_lo, w2_hi) defaults to the box of
    every finite path point, widened by 10% on each side; ``grid`` points per axis.
    """
    if not (isinstance(steps, (int, np.integer)) and steps >= 0):
        raise InvalidValueError("out_of_range", name="steps", rule="a whole number ≥ 0", value=steps)
    if not (isinstance(grid, (int, np.integer)) and grid >= 2):
        raise InvalidValueError("out_of_range", name="grid", rule="a whole number ≥ 2", value=grid)
    w0 = np.asarray(start, dtype=float)
    if w0.shape != (2,) or not np.isfinite(w0).all():
        raise InvalidValueError("out_of_range", name="start", rule="two finite numbers", value=start)
    settings = settings or {}
    makers = [(name, _opt.make(name, **settings.get(name, {}))) for name in optimizers]   # all checked first
    paths, costs = {}, {}
    with np.errstate(over="ignore", invalid="ignore"):
        for name, opt in makers:
            w = w0.copy()
            path = [w]
            for _ in range(steps):
                w = opt.update([w], [surface.gradient(w)], learning_rate)[0]
                path.append(w)
            paths[name] = np.array(path)
            costs[name] = np.array([surface.value(p) for p in path])
        if extent is None:
            pts = np.concatenate([w0[None, :], *paths.values()])
            pts = pts[np.isfinite(pts).all(axis=1)]
            lo, hi = pts.min(axis=0), pts.max(axis=0)
            pad = np.maximum(0.1 * (hi - lo), 0.1 * np.maximum(np.abs(w0), 1.0))
            extent = (lo[0] - pad[0], hi[0] + pad[0], lo[1] - pad[1], hi[1] + pad[1])
        w1 = np.linspace(extent[0], extent[1], grid)
        w2 = np.linspace(extent[2], extent[3], grid)
        J = np.array([[surface.value(np.array([a, b])) for a in w1] for b in w2])
    return OptimizerPaths(surface.name, surface.labels, w0, float(learning_rate), paths, costs, w1, w2, J)


@dataclass(frozen=True)
class ScheduleCurve:
    schedule: str
    formula: str
    epochs: Array          # 0, 1, …, epochs − 1
    alpha: Array           # α at each epoch


def schedule_curve(schedule: str, lr0: float, decay_rate: float = 0.0, decay_interval: int = 1,
                   epochs: int = 100) -> ScheduleCurve:
    """α for each epoch 0..epochs−1, from ``nnsim.optimizers.learning_rate`` (what training uses)."""
    if not (isinstance(epochs, (int, np.integer)) and epochs >= 1):
        raise InvalidValueError("out_of_range", name="epochs", rule="a whole number ≥ 1", value=epochs)
    alpha = np.array([_opt.learning_rate(schedule, lr0, e, decay_rate, decay_interval) for e in range(epochs)])
    return ScheduleCurve(schedule, _opt.SCHEDULES[schedule].formula, np.arange(epochs), alpha)


# -- 4. gradient check with a broken layer ----------------------------------------------------
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

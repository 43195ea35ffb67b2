"""The instruments' pure curves: functions of numbers and arrays, with no network or trainer.

A viewer process may call these itself (they import neither ``network`` nor ``training``):
``activation_curves`` (g, g′ and where |g′| < 0.05), ``histogram`` with the depth view's
fixed edges (``A_EDGES``, ``DW_LOG_EDGES``), ``identical_units`` (the symmetry problem of zero
initialization, on any weights and biases), ``optimizer_paths`` on a ``Surface``
(``quadratic_bowl``; ``nnsim.instruments.network_surface`` makes one from a network) and
``schedule_curve``, and the exponentially weighted ``averages`` of a series (with the course's
``temperature_series``), and the course's first gradient check, in one dimension
(``one_d_gradient_check``, J(θ) = θ·x), and the course's deep linear network (``deep_linear``:
W = a·I, linear activations, signal and gradient by depth against a^l). The readings that need a network are in ``nnsim.instruments``.
No mathematics is written twice: activations come from ``nnsim.activations``, updates and
schedules from ``nnsim.optimizers``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from . import activations as _act
from . import optimizers as _opt
from .errors import InvalidValueError

Array = np.ndarray

#: |g′(z)| below this: the unit passes almost no gradient back (saturated).
SATURATION_THRESHOLD = 0.05
#: Fixed bin edges of the depth histograms, the same for every layer and every snapshot so
#: bars compare across layers and over time. A: 24 bins on [−3, 3]; dW: 28 bins of
#: log₁₀|dW| on [−12, 2] (half a decade each: vanishing gradients fall many decades).
A_EDGES = np.linspace(-3.0, 3.0, 25)
DW_LOG_EDGES = np.linspace(-12.0, 2.0, 29)


def _default_z() -> Array:
    return np.linspace(-6.0, 6.0, 241)


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


def histogram(values: Array, edges: Array) -> Array:
    """Counts of ``values`` in the bins of ``edges``; values beyond the range go to the end bins,
    so the counts always sum to the number of entries (NaN included, in the last bin)."""
    v = np.nan_to_num(np.asarray(values, dtype=float).ravel(), nan=np.inf)
    v = np.clip(v, edges[0], edges[-1])
    counts, _ = np.histogram(v, bins=edges)
    return counts


def identical_units(network: Any, rtol: float = 1e-12) -> dict[int, list[tuple[int, ...]]]:
    """Per hidden layer k of ``network`` (anything with ``depth``, ``weights`` and ``biases``: a
    ``Network``, or a snapshot's arrays), the groups (2 units or more) whose incoming weights and bias are equal.

    Units i and j of layer k are copies when ‖rᵢ − rⱼ‖ ≤ rtol·max(‖rᵢ‖, ‖rⱼ‖), rᵢ being row i of
    W⁽ᵏ⁾ with b⁽ᵏ⁾ᵢ appended: a relative test, because BLAS rounding can leave copies under zero
    initialization about 1e-20 apart (DESIGN.md). Two all-zero rows are copies. Each unit joins
    the first group whose first member it matches. Layers with no copies map to [].
    """
    out: dict[int, list[tuple[int, ...]]] = {}
    for k in range(1, network.depth):
        b = network.biases[k]
        if b is None:                   # batch norm: β⁽ᵏ⁾ and γ⁽ᵏ⁾ in b's place (a snapshot without them: W only)
            extra = [getattr(network, name)[k] for name in ("gamma", "beta") if hasattr(network, name)]
        else:
            extra = [b]
        R = np.column_stack([network.weights[k], *extra])     # type: ignore[list-item]
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


# -- exponentially weighted averages: the idea under momentum, RMSprop and Adam ------------------------
def temperature_series(days: int = 365, seed: int = 1) -> Array:
    """A year of noisy daily temperatures (°C), like the course's London series: a seasonal wave
    (coldest near day 15, warmest near day 197, 4–20 °C) plus day-to-day noise (σ = 2.5 °C)."""
    rng = np.random.default_rng(seed)
    t = np.arange(days, dtype=float)
    return 12.0 - 8.0 * np.cos(2.0 * np.pi * (t - 15.0) / 365.0) + rng.normal(0.0, 2.5, days)


@dataclass(frozen=True)
class Averages:
    """v_t = β·v_{t−1} + (1 − β)·θ_t from v_0 = 0 (``v``) and its bias-corrected v̂_t = v_t / (1 − βᵗ)
    (``v_hat``), for each β, over ``series`` θ_1 … θ_n."""
    series: Array
    v: dict[float, Array]
    v_hat: dict[float, Array]


def averages(series: Sequence[float], betas: Sequence[float] = (0.5, 0.9, 0.98)) -> Averages:
    """The course's exponentially weighted averages of ``series``, computed by momentum itself
    (``nnsim.optimizers.Momentum``'s v, fed θ_t as its gradient) and corrected as Adam corrects
    its v (÷ (1 − βᵗ)): no average is written twice."""
    theta = np.asarray(series, dtype=float).ravel()
    v, v_hat = {}, {}
    for beta in betas:
        if not 0.0 <= beta < 1.0:
            raise InvalidValueError("out_of_range", name="β", rule="a number in [0, 1)", value=beta)
        momentum = _opt.Momentum(beta=float(beta))
        out = np.empty_like(theta)
        for t, value in enumerate(theta):
            momentum.update([np.zeros(1)], [np.array([value])], 0.0)
            out[t] = momentum.v[0][0]
        v[beta] = out
        v_hat[beta] = out / (1.0 - float(beta) ** np.arange(1, len(theta) + 1))
    return Averages(theta, v, v_hat)


# -- gradient checking in one dimension (the course's first exercise) ---------------------------
#: The nudge ε of every gradient check, and the verdicts' thresholds (``nnsim.gradcheck`` uses them).
EPSILON = 1e-7
CORRECT_BELOW = 2e-7
SUSPICIOUS_BELOW = 1e-5


def verdict(difference: float) -> str:
    """"correct" below 2e-7 (the course's threshold), "suspicious" below 1e-5, else "wrong"."""
    if difference < CORRECT_BELOW:
        return "correct"
    if difference < SUSPICIOUS_BELOW:
        return "suspicious"
    return "wrong"


@dataclass(frozen=True)
class OneDCheck:
    """The 1-D check of J(θ) = θ·x: J at θ ± ε, the measured slope, backprop's dJ/dθ = x, and
    their relative difference |d − d_num| / (|d| + |d_num|) with its verdict."""
    theta: float
    x: float
    epsilon: float
    J: float
    J_plus: float
    J_minus: float
    slope: float
    derivative: float
    difference: float
    verdict: str


def one_d_gradient_check(theta: float = 4.0, x: float = 2.0, epsilon: float = EPSILON) -> OneDCheck:
    """The course's 1-D gradient check: J(θ) = θ·x, whose derivative is x; at θ = 4, x = 2 the
    difference is 2.919e-10 (rounding in J(θ ± ε) only)."""
    for name, value in (("theta", theta), ("x", x), ("epsilon", epsilon)):
        if not (isinstance(value, (int, float, np.floating)) and np.isfinite(value)):
            raise InvalidValueError("out_of_range", name=name, rule="a finite number", value=value)
    if not epsilon > 0:
        raise InvalidValueError("out_of_range", name="epsilon", rule="a number > 0", value=epsilon)
    theta, x, epsilon = float(theta), float(x), float(epsilon)
    J_plus, J_minus = (theta + epsilon) * x, (theta - epsilon) * x       # J(θ ± ε) = (θ ± ε)·x
    slope = (J_plus - J_minus) / (2 * epsilon)
    derivative = x                                                      # backprop: dJ/dθ = x
    denom = abs(derivative) + abs(slope)
    difference = 0.0 if denom == 0 else abs(derivative - slope) / denom
    return OneDCheck(theta, x, epsilon, theta * x, J_plus, J_minus, slope, derivative, difference,
                     verdict(difference))


# -- the course's deep linear network: W⁽ˡ⁾ = a·I, linear activations ----------------------------
#: The deep linear picture's input: one example of two features (the course's x), norm √2.
DEEP_LINEAR_X = (1.0, 1.0)
DEEP_LINEAR_MAX_LAYERS = 200


@dataclass(frozen=True)
class DeepLinear:
    """Signal and gradient through L layers of W⁽ˡ⁾ = a·I (2×2), b = 0, g linear, for x = (1, 1)
    and an upstream gradient dA⁽ᴸ⁾ = (1, 1): measured layer by layer with the matrices, and the
    formulas. ``layers`` 1..L; ``signal[l−1]`` = ‖a⁽ˡ⁾‖/‖x‖ (formula a^l), ``gradient[l−1]`` =
    ‖dA⁽ˡ⁾‖/‖dA⁽ᴸ⁾‖, the gradient arriving at layer l (formula a^(L−l)); ``dW[l−1]`` =
    ‖dW⁽ˡ⁾‖/‖x‖·‖dA⁽ᴸ⁾‖ (formula a^(L−1) at every layer: the signal in times the gradient back)."""
    a: float
    L: int
    layers: Array
    signal: Array
    signal_formula: Array
    gradient: Array
    gradient_formula: Array
    dW: Array
    dW_formula: Array


def deep_linear(a: float, L: int) -> DeepLinear:
    """The course's vanishing/exploding picture: ŷ = W⁽ᴸ⁾···W⁽¹⁾x = a^L·x. Forward Z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾,
    a⁽ˡ⁾ = g(Z⁽ˡ⁾) with g linear; backward dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), dW⁽ˡ⁾ = dZ⁽ˡ⁾·a⁽ˡ⁻¹⁾ᵀ,
    dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾, each with the matrices (``activations``' linear g and g′)."""
    if not (isinstance(a, (int, float, np.floating)) and np.isfinite(a) and a > 0):
        raise InvalidValueError("out_of_range", name="a", rule="a number > 0", value=a)
    if not (isinstance(L, (int, np.integer)) and 1 <= L <= DEEP_LINEAR_MAX_LAYERS):
        raise InvalidValueError("out_of_range", name="L",
                                rule=f"a whole number from 1 to {DEEP_LINEAR_MAX_LAYERS}", value=L)
    g = _act.ACTIVATIONS["linear"]
    W = float(a) * np.eye(2)
    x = np.array(DEEP_LINEAR_X)
    A, Zs = [x], []
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        for _ in range(L):
            Zs.append(W @ A[-1])
            A.append(g.value(Zs[-1]))
        dA = np.ones(2)
        upstream = float(np.linalg.norm(dA))
        gradient, dW = np.zeros(L), np.zeros(L)
        for l in range(L, 0, -1):
            gradient[l - 1] = np.linalg.norm(dA) / upstream       # dA⁽ˡ⁾, arriving at layer l
            dZ = dA * g.derivative(Zs[l - 1], A[l])
            dW[l - 1] = np.linalg.norm(np.outer(dZ, A[l - 1]))
            dA = W.T @ dZ
        norm_x = float(np.linalg.norm(x))
        layers = np.arange(1, L + 1)
        signal = np.array([np.linalg.norm(A[l]) for l in layers]) / norm_x
        af = float(a)
        return DeepLinear(af, int(L), layers, signal, af ** layers.astype(float), gradient,
                          af ** (L - layers.astype(float)), dW / (norm_x * upstream), np.full(L, af ** (L - 1.0)))

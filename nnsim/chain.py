"""The chain rule for one weight: ∂J/∂w⁽ˡ⁾ᵢⱼ as a product of local derivatives.

What this is: ``weight_chain`` takes what a training step computed at layer l (W⁽ˡ⁾, A⁽ˡ⁻¹⁾,
Z⁽ˡ⁾, the dropout mask, dW⁽ˡ⁾ from the matrix formula, and either the layer above's W⁽ˡ⁺¹⁾ and
dZ⁽ˡ⁺¹⁾ or, at the output, Y and the output/loss pair) and writes the scalar chain of one
weight w = w⁽ˡ⁾ᵢⱼ for one example e, each local derivative computed here from the
activations' and losses' own formulas:

    w ──a⁽ˡ⁻¹⁾ⱼ──► zᵢ ──g′(zᵢ)──► g(zᵢ) ──d/p──► aᵢ ──► the loss

- a hidden layer's aᵢ reaches the loss through *every* unit q of layer l+1 (a fan):
  ∂L/∂aᵢ = Σ_q ∂L/∂z⁽ˡ⁺¹⁾_q · w⁽ˡ⁺¹⁾_qi, with ∂L/∂z⁽ˡ⁺¹⁾_q as the backward pass of layer l+1
  computed it;
- at an element-wise output (sigmoid, linear) ∂L/∂aᵢ is the loss's derivative, and
  dA ⊙ g′(Z) = A − Y where output and loss fit (``derivation``);
- at a softmax output zᵢ reaches the loss through every output a_q (a fan):
  ∂L/∂zᵢ = Σ_q ∂L/∂a_q · ∂a_q/∂zᵢ = Σ_q (−y_q/a_q)·a_q(δ_qi − aᵢ) = aᵢ − yᵢ.

Then ∂L/∂w = ∂L/∂zᵢ · a⁽ˡ⁻¹⁾ⱼ for the example, and over the batch
dW⁽ˡ⁾ᵢⱼ = (1/m)·Σₑ ∂L⁽ᵉ⁾/∂w + (λ/m)·w + (λ₁/m)·sign w: the mean of the examples' products,
then the penalty's term (it belongs to J, not to any one example's L). ``matches`` says whether
that equals the matrix formula's entry.

What this is not: a second backward pass for training. Batch normalization is refused: its μ
and σ² tie every example of the batch together, so one example's chain is not a product of
scalars (the step view's normalisation phase shows that backward as matrices).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .activations import ACTIVATIONS
from .errors import InvalidValueError
from .losses import FUSED, output_dA

Array = np.ndarray

#: Relative tolerance for "the product equals the matrix entry" (float64 rounding only).
RTOL = 1e-9


@dataclass(frozen=True)
class FanTerm:
    """One branch of a fan: the path through unit ``unit`` (q) of the next node set.

    ``value`` is that node's forward value (z⁽ˡ⁺¹⁾_q, or a_q at a softmax output), ``local`` the
    edge's local derivative (w⁽ˡ⁺¹⁾_qi, or ∂a_q/∂zᵢ = a_q(δ_qi − aᵢ)), ``upstream`` ∂L/∂(that
    node), and ``product`` = local · upstream."""
    unit: int
    value: float
    local: float
    upstream: float
    product: float


@dataclass(frozen=True)
class WeightChain:
    """The chain of w⁽ˡ⁾ᵢⱼ for example ``example`` (indices 0-based) and its batch average.

    Forward values: ``w``, ``a_prev`` (a⁽ˡ⁻¹⁾ⱼ), ``z`` (zᵢ), ``g`` (g(zᵢ)), ``mask`` (d/p, None
    without dropout), ``a`` (aᵢ = g·d/p). Local derivatives: ``dz_dw`` = a⁽ˡ⁻¹⁾ⱼ, ``gprime`` =
    g′(zᵢ) (None at a softmax output). ∂ values: ``da`` = ∂L/∂aᵢ (None at a softmax output),
    ``dz`` = ∂L/∂zᵢ, ``dw`` = ∂L/∂w = dz · a⁽ˡ⁻¹⁾ⱼ. ``fan``: the next layer's units (hidden) or
    the outputs (softmax), summing to ``fan_sum`` (∂L/∂aᵢ, or ∂L/∂zᵢ at softmax). At the
    output: ``y`` and ``fused`` (dA ⊙ g′ = A − Y). Over the batch: ``per_example`` (each example's
    ∂L/∂w), ``mean``, ``penalty`` ((λ/m)·w + (λ₁/m)·sign w), ``total`` = mean + penalty, and
    ``matrix`` (the engine's dW⁽ˡ⁾ᵢⱼ) with ``matches``.
    """
    layer: int
    i: int
    j: int
    example: int
    m: int
    output: bool
    activation: str
    loss: str | None
    w: float
    a_prev: float
    z: float
    g: float
    mask: float | None
    a: float
    y: float | None
    dz_dw: float
    gprime: float | None
    da: float | None
    dz: float
    dw: float
    fan: tuple[FanTerm, ...]
    fan_sum: float | None
    fused: bool
    per_example: tuple[float, ...]
    mean: float
    l2: float
    l1: float
    penalty: float
    total: float
    matrix: float
    matches: bool


def weight_chain(layer: int, i: int, j: int, example: int, *, W: Any, A_prev: Any, Z: Any, activation: str,
                 dW: Any, l2: float = 0.0, l1: float = 0.0, mask: Any = None, W_next: Any = None,
                 dZ_next: Any = None, Y: Any = None, loss: str | None = None) -> WeightChain:
    """The chain of w⁽ˡ⁾ᵢⱼ (see the module docstring). Arrays are the engine's, one example a row:
    W (n, n_prev), A_prev (m, n_prev), Z (m, n), mask (m, n) or None, dW (n, n_prev); a hidden
    layer gives W_next (n_next, n) and dZ_next (m, n_next), the output layer Y (m, n) and ``loss``.
    """
    W, A_prev, Z, dW = (np.asarray(x, dtype=float) for x in (W, A_prev, Z, dW))
    n, n_prev = W.shape
    m = A_prev.shape[0]
    for name, value, top in (("i", i, n), ("j", j, n_prev), ("example", example, m)):
        if not (isinstance(value, (int, np.integer)) and 0 <= value < top):
            raise InvalidValueError("out_of_range", name=name, rule=f"a whole number from 0 to {top - 1}",
                                    value=value)
    output = W_next is None
    g = ACTIVATIONS[activation]
    G = g.value(Z)                                       # g(Z), before any dropout
    D = None if mask is None else np.asarray(mask, dtype=float)
    aj = A_prev[:, j]                                    # ∂z/∂w for every example
    fan_all: Array | None = None                         # (m, fan units): each branch's product
    locals_: Array | None = None
    upstream: Array | None = None
    values: Array | None = None
    gp = da = y_col = None
    fused = False
    if output:
        Yf = np.asarray(Y, dtype=float)
        y_col = Yf[:, i]
        if activation == "softmax":                      # zᵢ → every a_q → L
            delta = (np.arange(n) == i).astype(float)
            locals_ = G * (delta - G[:, i:i + 1])        # ∂a_q/∂zᵢ = a_q(δ_qi − aᵢ)
            upstream = output_dA(loss, activation, G, Yf)   # ∂L/∂a_q = −y_q/a_q
            values = G
            fan_all = locals_ * upstream
            dz = fan_all.sum(axis=1)
        else:
            gp = g.derivative(Z, G)[:, i]
            da = output_dA(loss, activation, G, Yf)[:, i]    # type: ignore[arg-type]
            dz = da * gp
        fused = (activation, loss) in FUSED
    else:
        Wn, dZn = np.asarray(W_next, dtype=float), np.asarray(dZ_next, dtype=float)
        gp = g.derivative(Z, G)[:, i]
        locals_ = np.broadcast_to(Wn[:, i], dZn.shape)   # ∂z⁽ˡ⁺¹⁾_q/∂aᵢ = w⁽ˡ⁺¹⁾_qi
        upstream = dZn
        values = None
        fan_all = locals_ * upstream
        da = fan_all.sum(axis=1)                         # ∂L/∂aᵢ: the sum over the fan
        dz = da * (1.0 if D is None else D[:, i]) * gp
    per_example = dz * aj                                # ∂L⁽ᵉ⁾/∂w
    w = float(W[i, j])
    penalty = (l2 / m) * w + (l1 / m) * float(np.sign(w))
    mean = float(per_example.sum() / m)
    total = mean + penalty
    matrix = float(dW[i, j])
    e = example
    fan: tuple[FanTerm, ...] = ()
    if fan_all is not None:
        nodes = values if values is not None else None
        fan = tuple(FanTerm(q, float("nan") if nodes is None else float(nodes[e, q]), float(locals_[e, q]),
                            float(upstream[e, q]), float(fan_all[e, q]))          # type: ignore[index]
                    for q in range(fan_all.shape[1]))
    return WeightChain(
        layer=layer, i=i, j=j, example=e, m=m, output=output, activation=activation, loss=loss, w=w,
        a_prev=float(aj[e]), z=float(Z[e, i]), g=float(G[e, i]),
        mask=None if D is None else float(D[e, i]),
        a=float(G[e, i] * (1.0 if D is None else D[e, i])),
        y=None if y_col is None else float(y_col[e]), dz_dw=float(aj[e]),
        gprime=None if gp is None else float(gp[e]), da=None if da is None else float(da[e]),
        dz=float(dz[e]), dw=float(per_example[e]), fan=fan,
        fan_sum=None if fan_all is None else float(fan_all[e].sum()), fused=fused,
        per_example=tuple(float(x) for x in per_example), mean=mean, l2=float(l2), l1=float(l1),
        penalty=penalty, total=total, matrix=matrix,
        matches=bool(np.isclose(total, matrix, rtol=RTOL, atol=1e-15)))


def from_phase(view: Any, i: int, j: int, example: int) -> WeightChain:
    """The chain of w⁽ᵏ⁾ᵢⱼ from a backward phase of layer k (an ``nnsim.snapshot.PhaseView``; its
    values carry W_next and dZ_next below the output, Y at it). Refused with batch norm on."""
    info, v = view.info, view.values
    if view.kind != "backward":
        raise InvalidValueError("out_of_range", name="the phase", rule="a backward phase", value=view.kind)
    _refuse_batch_norm(bool(info.get("batch_norm")))
    k = int(view.layer)
    output = v.get("W_next") is None
    return weight_chain(k, i, j, example, W=v["W"], A_prev=v["A_prev"], Z=v["Z"],
                        activation=info["activations"][k], dW=v["dW"], l2=float(info["l2"]),
                        l1=float(info["l1"]), mask=v.get("mask"), W_next=v.get("W_next"),
                        dZ_next=v.get("dZ_next"), Y=v.get("Y") if output else None,
                        loss=info["loss"] if output else None)


def from_network(network: Any, X: Any, Y: Any, layer: int, i: int, j: int, example: int = 0,
                 l2: float = 0.0, l1: float = 0.0) -> WeightChain:
    """The chain of w⁽ˡ⁾ᵢⱼ of ``network`` (an ``nnsim.network.Network``) on the batch (X, Y),
    training mode without dropout; dW from the network's own backward pass."""
    _refuse_batch_norm(bool(network.spec.batch_norm))
    L = network.depth
    if not (isinstance(layer, (int, np.integer)) and 1 <= layer <= L):
        raise InvalidValueError("out_of_range", name="layer", rule=f"a whole number from 1 to {L}", value=layer)
    trace = network.forward(X, training=True)
    Yc = network.check_targets(Y, trace.A[0].shape[0])
    grads = network.backward(trace, Yc, l2, l1)
    below = layer < L
    return weight_chain(layer, i, j, example, W=network.weights[layer], A_prev=trace.A[layer - 1],
                        Z=trace.Z[layer], activation=network.spec.activations[layer], dW=grads.dW[layer],
                        l2=l2, l1=l1, W_next=network.weights[layer + 1] if below else None,
                        dZ_next=grads.dZ[layer + 1] if below else None, Y=None if below else Yc,
                        loss=None if below else network.spec.loss)


def _refuse_batch_norm(on: bool) -> None:
    if on:
        raise InvalidValueError("out_of_range", name="batch_norm",
                                rule="off for the one-weight chain (μ and σ² tie every example of the "
                                     "batch together, so one example's chain is not a product of scalars)",
                                value=True)


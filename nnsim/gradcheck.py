"""Numerical gradient checking: is backpropagation right?

For every parameter θ (every entry of every W⁽ᵏ⁾ and b⁽ᵏ⁾, or γ⁽ᵏ⁾ and β⁽ᵏ⁾ in a
batch-normalised layer), the centred
difference (J(θ + ε) − J(θ − ε)) / 2ε with ε = 1e-7 is compared with the
gradient backward computed. The overall result is the relative difference
‖g − g_num‖ / (‖g‖ + ‖g_num‖), 0 when both are 0; the same is given per layer.

Dropout is switched off for the check (its random masks make J a different
function at each evaluation); the result says so. ReLU-family units are not
differentiable at z = 0: where nudging a parameter moves a pre-activation
across 0, or one lies within ε of 0, "a kink was crossed" and the check is not
meaningful there; the result flags it rather than blaming backprop. With batch norm, J is the
training-mode cost: each layer normalises with the batch's own μ and σ² (the
running averages play no part and are left as they are).

Verdicts, as the app and the command line show them: below 2e-7 correct (the
course's threshold), below 1e-5 suspicious, above that wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from .curves import CORRECT_BELOW, EPSILON, SUSPICIOUS_BELOW, verdict  # noqa: F401 (shared with the 1-D check)
from .network import Network

Array = np.ndarray


@dataclass(frozen=True)
class GradCheckResult:
    difference: float                          # overall relative difference
    per_layer: dict[int, float]                # k -> relative difference over W⁽ᵏ⁾ and b⁽ᵏ⁾ (or γ⁽ᵏ⁾, β⁽ᵏ⁾)
    verdict: str                               # "correct" | "suspicious" | "wrong"
    kink_crossed: bool                         # a ReLU-family pre-activation crossed or lay near 0
    kink_layers: tuple[int, ...] = ()
    epsilon: float = EPSILON
    parameters: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def message(self) -> str:
        text = f"relative difference {self.difference:.3e}: {self.verdict}"
        if self.kink_crossed:
            text += " (a kink was crossed: the check is not meaningful there)"
        return text


def relative_difference(g: Array, g_num: Array) -> float:
    """‖g − g_num‖ / (‖g‖ + ‖g_num‖), 0 when both are 0."""
    denom = float(np.linalg.norm(g) + np.linalg.norm(g_num))
    return 0.0 if denom == 0.0 else float(np.linalg.norm(g - g_num)) / denom


def gradient_check(network: Network, X: Any, Y: Any, l2: float = 0.0, l1: float = 0.0,
                   epsilon: float = EPSILON, scale: Mapping[int, float] | None = None) -> GradCheckResult:
    """Compare backprop's dW, db (dγ, dβ) with centred differences of J over every parameter.

    The network is left exactly as it was (each parameter is restored after
    its two evaluations). ``scale`` maps a layer k to a factor that multiplies
    backprop's dW⁽ᵏ⁾ and db⁽ᵏ⁾ (dγ⁽ᵏ⁾, dβ⁽ᵏ⁾) before the comparison: the gradient-checking
    lesson's "break backprop" switch, which shows the check catching a wrong
    layer and pointing at it. Leave it None for a real check.
    """
    X = network.check_inputs(X)
    Y = network.check_targets(Y, X.shape[0])
    training = network.spec.batch_norm            # batch norm: the batch's μ, σ² (no dropout: keep 1)
    grads = network.backward(network.forward(X, training), Y, l2, l1)
    relu_layers = [k for k in range(1, network.depth)
                   if network.activation(k).relu_family]          # the output is never ReLU-family

    def signs(trace) -> list[Array]:
        return [trace.pre_activation(k) > 0 for k in relu_layers]

    base = network.forward(X, training)
    base_signs = signs(base)
    kinks: set[int] = set()
    for k in relu_layers:                                  # within ε of the kink already
        if (np.abs(base.pre_activation(k)) <= epsilon).any():
            kinks.add(k)

    def J() -> tuple[float, list[Array]]:
        trace = network.forward(X, training)
        return network.cost(trace, Y, l2, l1), signs(trace)

    per_layer: dict[int, float] = {}
    all_g, all_num = [], []
    count = 0
    params = network.parameters()
    pairs = list(zip(params, network.gradient_list(grads)))
    for k in range(1, network.depth + 1):
        layer_g, layer_num = [], []
        factor = 1.0 if scale is None else float(scale.get(k, 1.0))
        layer = [(P, G * factor) for (P, G), j in zip(pairs, network.parameter_layers()) if j == k]
        for P, G in layer:
            num = np.zeros_like(P)
            for idx in np.ndindex(P.shape):
                original = P[idx]
                P[idx] = original + epsilon
                j_plus, s_plus = J()
                P[idx] = original - epsilon
                j_minus, s_minus = J()
                P[idx] = original
                num[idx] = (j_plus - j_minus) / (2.0 * epsilon)
                for layer, a, b, c in zip(relu_layers, s_plus, s_minus, base_signs):
                    if not (np.array_equal(a, c) and np.array_equal(b, c)):
                        kinks.add(layer)
                count += 1
            layer_g.append(G.ravel())
            layer_num.append(num.ravel())
        g, n = np.concatenate(layer_g), np.concatenate(layer_num)
        per_layer[k] = relative_difference(g, n)
        all_g.append(g)
        all_num.append(n)
    diff = relative_difference(np.concatenate(all_g), np.concatenate(all_num))
    notes = ("dropout is off during the check",)
    return GradCheckResult(diff, per_layer, verdict(diff), bool(kinks), tuple(sorted(kinks)),
                           epsilon, count, notes)

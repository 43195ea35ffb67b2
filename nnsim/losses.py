"""Loss functions L(a, y) of one example, and the output layer's dZ.

The cost the network minimises is J = (1/m)·Σᵢ L(a⁽ⁱ⁾, y⁽ⁱ⁾) plus the
regularization penalty (see ``network.Network.cost``).

- ``cross_entropy``: on a sigmoid output, L = −[y·log a + (1 − y)·log(1 − a)];
  on a softmax output, L = −Σₖ yₖ·log aₖ. Both are computed from Z, never from
  a rounded A, so log(0) never happens:
  sigmoid: L = max(z, 0) − z·y + log(1 + e^(−|z|));
  softmax: L = log Σⱼ e^(zⱼ) − Σₖ yₖ·zₖ.
- ``mse``: L = ½·‖a − y‖², so on a linear output dZ = A − Y.

Where output and loss fit (sigmoid + cross-entropy, softmax + cross-entropy,
linear + mse) the output's dZ is exactly A − Y and is computed so; sigmoid +
mse goes through dA ⊙ g′(Z) with dA = A − Y.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .activations import ACTIVATIONS

Array = np.ndarray


@dataclass(frozen=True)
class Loss:
    name: str
    title: str
    formula: str
    per_example: Callable[[Array, Array, Array, str], Array]   # (Z, A, Y, output) -> L, shape (m,)
    dA: Callable[[Array, Array], Array]                         # (A, Y) -> ∂L/∂A


def _cross_entropy(Z: Array, A: Array, Y: Array, output: str) -> Array:
    if output == "softmax":
        zmax = Z.max(axis=1, keepdims=True)
        logsumexp = np.log(np.exp(Z - zmax).sum(axis=1)) + zmax[:, 0]
        return logsumexp - (Y * Z).sum(axis=1)
    # sigmoid, one logistic unit per column
    return (np.maximum(Z, 0.0) - Z * Y + np.log1p(np.exp(-np.abs(Z)))).sum(axis=1)


def _ce_dA(A: Array, Y: Array) -> Array:
    # −y/a + (1 − y)/(1 − a): used only for display; training uses the fused dZ.
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return -Y / A + (1.0 - Y) / (1.0 - A)


CROSS_ENTROPY = Loss(
    "cross_entropy", "Cross-entropy",
    "L = −[y·log a + (1 − y)·log(1 − a)]  (softmax: L = −Σₖ yₖ·log aₖ)",
    _cross_entropy, _ce_dA,
)
MSE = Loss(
    "mse", "Mean squared error",
    "L = ½·‖a − y‖²",
    lambda Z, A, Y, output: 0.5 * ((A - Y) ** 2).sum(axis=1),
    lambda A, Y: A - Y,
)

#: Every loss by name.
LOSSES: dict[str, Loss] = {loss.name: loss for loss in (CROSS_ENTROPY, MSE)}

#: For each output activation, the losses it may be paired with; the first is its natural loss.
VALID_LOSSES: dict[str, tuple[str, ...]] = {
    "sigmoid": ("cross_entropy", "mse"),
    "softmax": ("cross_entropy",),
    "linear": ("mse",),
}
#: Pairs whose output dZ is exactly A − Y.
FUSED = {("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"), ("linear", "mse")}


def get(name: str) -> Loss:
    """The loss called ``name``; an ``UnknownNameError`` listing the valid names otherwise."""
    from .errors import unknown
    try:
        return LOSSES[name]
    except (KeyError, TypeError):
        raise unknown("loss", name, LOSSES) from None


def natural_loss(output: str) -> str:
    """The loss an output activation is trained with when none is named."""
    return VALID_LOSSES[output][0]


def output_dA(loss: str, output: str, A: Array, Y: Array) -> Array:
    """dA⁽ᴸ⁾ = ∂L/∂A⁽ᴸ⁾ per example (no 1/m), shown by the step view; training uses ``output_dZ``.

    Softmax + cross-entropy: L = −Σₖ yₖ·log aₖ, so ∂L/∂aₖ = −yₖ/aₖ (0 where yₖ = 0); the
    binary formula −y/a + (1 − y)/(1 − a) holds only for a sigmoid output. A saturated
    output shows ±inf (no warning).
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        if (output, loss) == ("softmax", "cross_entropy"):
            return np.divide(-Y, A, out=np.zeros_like(A), where=Y != 0)
        return LOSSES[loss].dA(A, Y)


def output_dZ(loss: str, output: str, Z: Array, A: Array, Y: Array) -> Array:
    """dZ⁽ᴸ⁾ = ∂L/∂Z⁽ᴸ⁾ per example (no 1/m): A − Y for a fitting pair, else dA ⊙ g′(Z)."""
    if (output, loss) in FUSED:
        return A - Y
    return LOSSES[loss].dA(A, Y) * ACTIVATIONS[output].derivative(Z, A)

"""Activation functions g(z) and their derivatives g'(z), written from the formulas.

Each activation is one frozen record in ``ACTIVATIONS``, looked up by name; the
UI's combo boxes, the config validation and the tests all read that registry.
Derivatives take ``(z, a)`` with ``a = g(z)``, so sigmoid' = a(1 − a) and
tanh' = 1 − a² reuse the forward value, as the course writes them.

Softmax is an output activation only, always paired with cross-entropy
(dZ = A − Y): its Jacobian is not element-wise, so it has no ``derivative``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

Array = np.ndarray

LEAKY_SLOPE = 0.01


@dataclass(frozen=True)
class Activation:
    name: str
    title: str                    # shown in menus
    formula: str                  # shown in tooltips and the step view
    derivative_formula: str
    value_range: str              # open intervals, as the course note gives them
    value: Callable[[Array], Array]
    derivative: Callable[[Array, Array], Array] | None   # (z, a) -> g'(z); None for softmax
    hidden: bool = True           # may be used in a hidden layer
    relu_family: bool = False     # has a kink at z = 0 (gradient checking must know)


def _sigmoid(z: Array) -> Array:
    # 1/(1+e^-z) for z >= 0 and e^z/(1+e^z) for z < 0: the same function, and
    # neither form ever exponentiates a large positive number (no overflow).
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def _softmax(z: Array) -> Array:
    # Subtracting the row maximum changes nothing mathematically and keeps exp <= 1.
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


SIGMOID = Activation(
    name="sigmoid", title="Sigmoid",
    formula="σ(z) = 1 / (1 + e^(−z))",
    derivative_formula="σ′(z) = σ(z)·(1 − σ(z))",
    value_range="(0, 1)",
    value=_sigmoid,
    derivative=lambda z, a: a * (1.0 - a),
)
TANH = Activation(
    name="tanh", title="Tanh",
    formula="tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))",
    derivative_formula="tanh′(z) = 1 − tanh²(z)",
    value_range="(−1, 1)",
    value=np.tanh,
    derivative=lambda z, a: 1.0 - a * a,
)
RELU = Activation(
    name="relu", title="ReLU",
    formula="ReLU(z) = max(0, z)",
    derivative_formula="ReLU′(z) = 1 if z > 0, else 0",
    value_range="[0, ∞)",
    value=lambda z: np.maximum(z, 0.0),
    derivative=lambda z, a: (z > 0).astype(z.dtype),
    relu_family=True,
)
LEAKY_RELU = Activation(
    name="leaky_relu", title="Leaky ReLU",
    formula=f"g(z) = z if z > 0, else {LEAKY_SLOPE}·z",
    derivative_formula=f"g′(z) = 1 if z > 0, else {LEAKY_SLOPE}",
    value_range="(−∞, ∞)",
    value=lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
    derivative=lambda z, a: np.where(z > 0, 1.0, LEAKY_SLOPE).astype(z.dtype, copy=False),
    relu_family=True,
)
LINEAR = Activation(
    name="linear", title="Linear (identity)",
    formula="g(z) = z",
    derivative_formula="g′(z) = 1",
    value_range="(−∞, ∞)",
    value=lambda z: z.copy(),
    derivative=lambda z, a: np.ones_like(z),
)
SOFTMAX = Activation(
    name="softmax", title="Softmax (output only)",
    formula="softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ)",
    derivative_formula="with cross-entropy: dZ = A − Y",
    value_range="(0, 1), each row sums to 1",
    value=_softmax,
    derivative=None,
    hidden=False,
)

#: Every activation by name.
ACTIVATIONS: dict[str, Activation] = {
    a.name: a for a in (SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR, SOFTMAX)
}
#: Those allowed in hidden layers.
HIDDEN_ACTIVATIONS: dict[str, Activation] = {n: a for n, a in ACTIVATIONS.items() if a.hidden}
#: Those allowed at the output.
OUTPUT_ACTIVATIONS: dict[str, Activation] = {n: ACTIVATIONS[n] for n in ("sigmoid", "softmax", "linear")}


def get(name: str, layer: int | None = None) -> Activation:
    """The activation called ``name``; an ``UnknownNameError`` listing the valid names otherwise."""
    from .errors import unknown
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise unknown("activation", name, ACTIVATIONS, layer) from None

"""Weight initializers: how W⁽ᵏ⁾ is drawn before training. Biases always start at zero.

``W`` has shape (n_out, n_in) = (units_k, units_{k−1}), so n_in = W.shape[1]
(the fan-in) and n_out = W.shape[0]. None of the distributions is truncated.
Every initializer takes an explicit ``numpy.random.Generator``; nothing reads
global random state.

Why it matters (the course's lesson): all-zero weights make every hidden unit
of a layer compute the same function and receive the same update, so they
stay copies of each other for ever; weights that are too small or too large
make the signal and its gradient shrink or grow layer after layer. Xavier
keeps Var(z) about level for tanh, He for ReLU.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Initializer:
    name: str
    title: str
    formula: str
    description: str
    draw: Callable[[np.random.Generator, int, int], Array]   # (rng, n_out, n_in) -> W

    def __call__(self, rng: np.random.Generator, n_out: int, n_in: int) -> Array:
        return self.draw(rng, n_out, n_in)


def _normal(std: Callable[[int, int], float]):
    return lambda rng, n_out, n_in: rng.standard_normal((n_out, n_in)) * std(n_out, n_in)


def _uniform(limit: Callable[[int, int], float]):
    def draw(rng, n_out, n_in):
        a = limit(n_out, n_in)
        return rng.uniform(-a, a, size=(n_out, n_in))
    return draw


_INITIALIZERS = (
    Initializer("zeros", "Zeros", "W = 0",
                "Every weight zero: all hidden units of a layer stay identical (the symmetry problem).",
                lambda rng, n_out, n_in: np.zeros((n_out, n_in))),
    Initializer("small_random", "Small random", "W ~ N(0, 1)·0.01",
                "Tiny random weights: symmetry is broken, but in deep networks the signal fades layer by layer.",
                _normal(lambda n_out, n_in: 0.01)),
    Initializer("large_random", "Large random", "W ~ N(0, 1)·10",
                "Huge random weights: tanh and sigmoid units saturate and the cost starts very high.",
                _normal(lambda n_out, n_in: 10.0)),
    Initializer("xavier_normal", "Xavier (Glorot) normal", "W ~ N(0, 2/(n_in + n_out))",
                "Glorot's variance, averaging fan-in and fan-out: keeps tanh layers level.",
                _normal(lambda n_out, n_in: np.sqrt(2.0 / (n_in + n_out)))),
    Initializer("xavier_uniform", "Xavier (Glorot) uniform", "W ~ U(−√(6/(n_in + n_out)), +√(6/(n_in + n_out)))",
                "Glorot's variance 2/(n_in + n_out) from a uniform distribution.",
                _uniform(lambda n_out, n_in: np.sqrt(6.0 / (n_in + n_out)))),
    Initializer("he_normal", "He normal", "W ~ N(0, 2/n_in)",
                "He's variance 2/n_in: keeps ReLU layers level (ReLU zeroes half its inputs).",
                _normal(lambda n_out, n_in: np.sqrt(2.0 / n_in))),
    Initializer("he_uniform", "He uniform", "W ~ U(−√(6/n_in), +√(6/n_in))",
                "He's variance 2/n_in from a uniform distribution.",
                _uniform(lambda n_out, n_in: np.sqrt(6.0 / n_in))),
    Initializer("lecun_normal", "LeCun normal", "W ~ N(0, 1/n_in)",
                "Variance 1/n_in; this is what the deeplearning.ai course calls \"Xavier initialization\".",
                _normal(lambda n_out, n_in: np.sqrt(1.0 / n_in))),
)

#: Every initializer by name.
INITIALIZERS: dict[str, Initializer] = {i.name: i for i in _INITIALIZERS}


def get(name: str) -> Initializer:
    """The initializer called ``name``; an ``UnknownNameError`` listing the valid names otherwise."""
    from .errors import unknown
    try:
        return INITIALIZERS[name]
    except (KeyError, TypeError):
        raise unknown("initializer", name, INITIALIZERS) from None

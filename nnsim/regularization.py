"""Regularization: penalties on the weights, and (inverted) dropout.

- L2: penalty (λ/2m)·Σₖ‖W⁽ᵏ⁾‖²_F, gradient (λ/m)·W⁽ᵏ⁾ ("weight decay").
- L1: penalty (λ₁/m)·Σₖ Σ|W⁽ᵏ⁾|, gradient (λ₁/m)·sign(W⁽ᵏ⁾) (0 at exactly 0).
- Biases are never penalized.
- Inverted dropout on hidden layers while training: keep each unit with
  probability p, D ~ Bernoulli(p), A ← A ⊙ D / p, so the expected activation is
  unchanged and nothing needs rescaling at test time. The stored mask is D/p
  (entries 0 or 1/p), which is what backward multiplies dA by.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

Array = np.ndarray


def penalty(weights: Sequence[Array | None], m: int, l2: float = 0.0, l1: float = 0.0) -> float:
    """(λ/2m)·Σ‖W‖² + (λ₁/m)·Σ|W| over weights[1:]."""
    total = 0.0
    if l2:
        total += l2 / (2.0 * m) * sum(float(np.dot(W.ravel(), W.ravel())) for W in weights[1:])
    if l1:
        total += l1 / m * sum(float(np.abs(W).sum()) for W in weights[1:])
    return total


def penalty_gradient(W: Array, m: int, l2: float = 0.0, l1: float = 0.0) -> Array | float:
    """(λ/m)·W + (λ₁/m)·sign(W): what the penalty adds to dW (0.0 when both are off)."""
    g: Array | float = 0.0
    if l2:
        g = (l2 / m) * W
    if l1:
        g = g + (l1 / m) * np.sign(W)
    return g


def dropout_mask(rng: np.random.Generator, shape: tuple[int, ...], keep_prob: float) -> Array:
    """D/p with D ~ Bernoulli(keep_prob): entries 0 (dropped) or 1/keep_prob (kept)."""
    return (rng.random(shape) < keep_prob) / keep_prob

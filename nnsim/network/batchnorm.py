"""Batch normalization of one hidden layer, in the course's form (Improving Deep Neural Networks, week 3).

A normalised layer k computes Z = A_prev·Wᵀ (no b: β takes its role), then over the
mini-batch's m examples, unit by unit:

    μ = (1/m)·Σᵢ z⁽ⁱ⁾            σ² = (1/m)·Σᵢ (z⁽ⁱ⁾ − μ)²     (the biased variance)
    Z_norm = (Z − μ) / √(σ² + ε)                                ε = 1e-5
    Z̃ = γ ⊙ Z_norm + β,          A = g(Z̃)

At test time μ and σ² are the running averages, kept after each training step as
μ_avg ← ρ·μ_avg + (1 − ρ)·μ and σ²_avg ← ρ·σ²_avg + (1 − ρ)·σ² (ρ: ``batch_norm_decay``,
0.9 by default; they start at 0 and 1).

Backward, with the engine's per-example convention (dZ̃ = dA ⊙ g′(Z̃), no 1/m):

    dγ = (1/m)·Σᵢ dZ̃ ⊙ Z_norm      dβ = (1/m)·Σᵢ dZ̃      dZ_norm = dZ̃ ⊙ γ
    dZ = (1/√(σ² + ε)) ⊙ (dZ_norm − mean(dZ_norm) − Z_norm ⊙ mean(dZ_norm ⊙ Z_norm))

where μ and σ² came from the batch itself; where they were fixed (the running
averages, a test-time trace) they are constants and dZ = dZ_norm / √(σ² + ε).
What this module is not: the layer's W, activation or dropout (``model`` does those).
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

Array = np.ndarray

#: ε under the square root, as the course and ``torch.nn.functional.batch_norm`` use.
EPSILON = 1e-5


class Normalised(NamedTuple):
    """What normalising Z computed: μ, σ² (units,), Z_norm, Z̃ (m, units)."""
    mu: Array
    var: Array
    Z_norm: Array
    Z_tilde: Array


def normalise(Z: Array, gamma: Array, beta: Array, mean: Array | None = None,
              var: Array | None = None) -> Normalised:
    """Z̃ = γ ⊙ (Z − μ)/√(σ² + ε) + β; μ, σ² over the batch's rows unless ``mean`` and ``var`` are given."""
    if mean is None:
        mean = Z.mean(axis=0)
        centred = Z - mean
        var = (centred * centred).mean(axis=0)
    else:
        centred = Z - mean
    Z_norm = centred / np.sqrt(var + EPSILON)
    return Normalised(mean, var, Z_norm, gamma * Z_norm + beta)         # type: ignore[arg-type]


def backward(dZ_tilde: Array, n: Normalised, gamma: Array, batch_stats: bool) -> tuple[Array, Array, Array]:
    """(dZ, dγ, dβ) from dZ̃ (m, units); ``batch_stats``: μ and σ² were the batch's own."""
    m = dZ_tilde.shape[0]
    dgamma = (dZ_tilde * n.Z_norm).sum(axis=0) / m
    dbeta = dZ_tilde.sum(axis=0) / m
    dZ_norm = dZ_tilde * gamma
    scale = 1.0 / np.sqrt(n.var + EPSILON)
    if batch_stats:
        dZ = scale * (dZ_norm - dZ_norm.mean(axis=0) - n.Z_norm * (dZ_norm * n.Z_norm).mean(axis=0))
    else:
        dZ = scale * dZ_norm
    return dZ, dgamma, dbeta


def running_average(average: Array, value: Array, rho: float) -> Array:
    """ρ·average + (1 − ρ)·value, a new array."""
    return rho * average + (1.0 - rho) * value

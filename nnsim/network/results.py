"""What a pass leaves behind: ``Trace`` (forward), ``Gradients`` (backward), ``Phase``, ``StepResult``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from .batchnorm import Normalised

Array = np.ndarray


@dataclass(frozen=True)
class Trace:
    """Everything the forward pass computed, indexed by layer: Z[k], A[k] (A[0] = X), masks[k].

    ``norms[k]`` is a batch-normalised layer's (μ, σ², Z_norm, Z̃), None elsewhere (``norms`` itself
    None: no layer is normalised); Z[k] is then A⁽ᵏ⁻¹⁾·W⁽ᵏ⁾ᵀ and the activation's input is Z̃.
    ``batch_stats``: μ and σ² are the batch's own (training), not the running averages (test time).
    """

    Z: list[Array | None]
    A: list[Array]
    masks: list[Array | None]
    norms: list[Normalised | None] | None = None
    batch_stats: bool = True

    @property
    def output(self) -> Array:
        return self.A[-1]

    def pre_activation(self, k: int) -> Array:
        """What g⁽ᵏ⁾ was applied to: Z̃⁽ᵏ⁾ in a normalised layer, else Z⁽ᵏ⁾."""
        n = None if self.norms is None else self.norms[k]
        return self.Z[k] if n is None else n.Z_tilde            # type: ignore[return-value]


@dataclass(frozen=True)
class Gradients:
    """Everything the backward pass computed, indexed by layer: dZ[k], dA[k] (dA[0] = ∂L/∂X), dW[k], db[k];
    dgamma[k], dbeta[k] (dγ, dβ) for a batch-normalised layer, None elsewhere, where db[k] is None."""

    dZ: list[Array | None]
    dA: list[Array]
    dW: list[Array | None]
    db: list[Array | None]
    dgamma: list[Array | None] | None = None
    dbeta: list[Array | None] | None = None


class Phase(NamedTuple):
    """One phase of a training step: ``kind`` is forward, loss, backward or update.

    ``layer`` is k for forward and backward phases, None otherwise; ``values``
    holds what the phase computed, under the mathematics' names:
    forward k: A_prev, W, b, Z, A, mask, activation, and for a batch-normalised layer (b None)
    gamma, beta, mu, var (σ²), Z_norm, Z_tilde (Z̃, what g was applied to), epsilon;
    loss: A, Y, L (per example), loss, penalty, cost, trace;
    backward k: dA, dZ, dW, db, dA_prev, A_prev, W, and for a batch-normalised layer (db None)
    dZ_tilde, dZ_norm, dgamma, dbeta, gamma, Z_norm, var;
    update: W_old, b_old, W_new, b_new, dW, db, learning_rate, result (a StepResult), with
    ``display`` cost_before and cost_after (J of the same batch before and after the update, dropout
    off, batch norm on the batch's statistics), and
    gamma_old, gamma_new, beta_old, beta_new, dgamma, dbeta, mean_old, mean_new, var_old,
    var_new, rho (lists by layer, None where a layer has none).
    """

    kind: str
    layer: int | None
    values: dict[str, Any]


@dataclass(frozen=True)
class StepResult:
    trace: Trace
    gradients: Gradients
    loss: float      # mean data loss over the batch
    cost: float      # J = loss + penalty

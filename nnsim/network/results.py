"""What a pass leaves behind: ``Trace`` (forward), ``Gradients`` (backward), ``Phase``, ``StepResult``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Trace:
    """Everything the forward pass computed, indexed by layer: Z[k], A[k] (A[0] = X), masks[k]."""

    Z: list[Array | None]
    A: list[Array]
    masks: list[Array | None]

    @property
    def output(self) -> Array:
        return self.A[-1]


@dataclass(frozen=True)
class Gradients:
    """Everything the backward pass computed, indexed by layer: dZ[k], dA[k] (dA[0] = ∂L/∂X), dW[k], db[k]."""

    dZ: list[Array | None]
    dA: list[Array]
    dW: list[Array | None]
    db: list[Array | None]


class Phase(NamedTuple):
    """One phase of a training step: ``kind`` is forward, loss, backward or update.

    ``layer`` is k for forward and backward phases, None otherwise; ``values``
    holds what the phase computed, under the mathematics' names:
    forward k: A_prev, W, b, Z, A, mask, activation;
    loss: A, Y, L (per example), loss, penalty, cost, trace;
    backward k: dA, dZ, dW, db, dA_prev, A_prev, W;
    update: W_old, b_old, W_new, b_new, dW, db, learning_rate, result (a StepResult).
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

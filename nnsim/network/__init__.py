"""The network: an immutable architecture (``NetworkSpec``) and its parameters (``Network``).

Conventions (DESIGN.md), which the UI and the files rely on:

- Layers are numbered k = 0..L, layer 0 being the input. Per-layer lists are
  indexed by layer number: ``weights[k]``, ``biases[k]``, ``Z[k]``, ``dZ[k]``,
  ``dW[k]``, ``db[k]`` exist for k ≥ 1 (index 0 holds None); ``A[k]`` and
  ``dA[k]`` exist for k ≥ 0 (``A[0]`` = X, ``dA[0]`` = ∂L/∂X); ``masks[k]`` is
  None where no dropout applies.
- ``W[k]`` has shape (units_k, units_{k−1}), ``b[k]`` shape (units_k,). Arrays of
  examples are row-major, one row an example, so Z⁽ᵏ⁾ = A⁽ᵏ⁻¹⁾·W⁽ᵏ⁾ᵀ + b⁽ᵏ⁾; the
  course writes the same thing with examples as columns, Z = W·A + b.
- dZ and dA are per-example derivatives of the loss L (no 1/m); dW = (1/m)·dZᵀ·A_prev
  plus the penalty's gradient, db the mean of dZ over the examples.
- ``forward`` and ``backward`` return fresh arrays: a Trace held by a caller is never
  overwritten later. float64 throughout.

One training step is the sequence of phases produced by ``Network.phases``:
forward layer 1…L, loss, backward layer L…1, update. The step-by-step view pulls one phase
at a time; ``train_step`` drains the generator. Training with no phase displayed
(``Trainer.step``) runs ``Network.fast_step`` (``fast``): the same per-layer generators in the
same order without the phases' records, and one optimizer update of all parameters joined
into a flat vector; bit-identical to draining the phases (tests/engine/test_fast_path.py).
``forward`` and ``backward`` run the same per-layer code, so the mathematics is
written once.

Batch normalization (``NetworkSpec(..., batch_norm=True)``): every hidden layer has W, γ, β
(``gamma[k]``, ``beta[k]``), no b (``biases[k]`` None), and running averages of μ and σ²
(``running_mean[k]``, ``running_var[k]``) used at test time; ``dgamma[k]``, ``dbeta[k]`` in
``Gradients``. The forward and backward phases of such a layer carry μ, σ², Z_norm, Z̃ and
dZ̃, dZ_norm, dγ, dβ in their values (``Phase``); there is no separate phase.

The modules: ``spec`` (``NetworkSpec``), ``results`` (``Trace``, ``Gradients``, ``Phase``,
``StepResult``), ``batchnorm`` (the normalisation's formulas), ``parameters`` (the arrays by
name), ``model`` (``Network``); every name is importable from here.
"""
from __future__ import annotations

from .model import Array, Network
from .results import Gradients, Phase, StepResult, Trace
from .spec import NetworkSpec

__all__ = ["Array", "Gradients", "Network", "NetworkSpec", "Phase", "StepResult", "Trace"]

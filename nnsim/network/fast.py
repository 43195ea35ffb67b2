"""``Network.fast_step``: the training step when no phase is displayed (``Network._phases`` drained, without the phases).

What this is: a driver of ``Network._forward_layers`` and ``Network._backward_layers`` (the one
place the mathematics is written) that live play, ``nnsim train``, tuning and compare runs use
through ``Trainer.train_step``. It runs the same per-layer generators, the same loss, penalty,
optimizer update and running averages in the same order as ``Network._phases``, so its result is
bit-identical to draining the phases (tests compare the two exactly); it only leaves out what
the step view shows: the per-phase dicts, the copies of the old parameters and the display-only
dA⁽ᴸ⁾.

What this is not: a second copy of the formulas. Change a formula in ``model.py`` or
``batchnorm.py`` and both paths change together; change the order of operations in
``Network._phases`` and change it here too (the bit-identity tests will say so).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..regularization import penalty
from . import batchnorm as _bn
from .results import Gradients, StepResult, Trace

Array = np.ndarray


class FastStepMixin:
    """``Network.fast_step`` (``Network`` supplies the layer generators and the parameters)."""

    def fast_step(self, X: Array, Y: Array, optimizer, learning_rate: float, l2: float = 0.0,
                  l1: float = 0.0, keep_prob: float | Sequence[float] = 1.0,
                  rng: np.random.Generator | None = None) -> StepResult:
        """One training step on a checked batch (X, Y), as ``phases(..., checked=True, display=False)``
        drained: the weights, γ, β and running averages change alike, the same rng draws are made, and
        the same ``StepResult`` is returned (with ``gradients.dA[L]`` None)."""
        self.check_batch(X.shape[0])                                      # type: ignore[attr-defined]
        keep = self._dropout_plan(True, keep_prob, rng)                   # type: ignore[attr-defined]
        bn = self.spec.batch_norm                                         # type: ignore[attr-defined]
        L = self.depth                                                    # type: ignore[attr-defined]
        Zs: list[Array | None] = [None] * (L + 1)
        As: list[Array] = [X] * (L + 1)
        masks: list[Array | None] = [None] * (L + 1)
        norms: list[_bn.Normalised | None] = [None] * (L + 1)
        for k, Z, A, mask, norm in self._forward_layers(X, keep, rng, True):   # type: ignore[attr-defined]
            Zs[k], As[k], masks[k], norms[k] = Z, A, mask, norm
        trace = Trace(Zs, As, masks, norms if bn else None, True)
        m = Y.shape[0]
        loss = float(self._per_example_loss(trace, Y).sum()) / m          # type: ignore[attr-defined]
        cost = loss + penalty(self.weights, m, l2, l1)                    # type: ignore[attr-defined]
        grads = Gradients(*([None] * (L + 1) for _ in range(6)))          # type: ignore[arg-type]
        dA, dZ, dW, db, dgamma, dbeta = grads.dA, grads.dZ, grads.dW, grads.db, grads.dgamma, grads.dbeta
        for lg in self._backward_layers(trace, Y, l2, l1, False):         # type: ignore[attr-defined]
            k = lg.k
            dA[k], dZ[k], dW[k], db[k], dgamma[k], dbeta[k] = lg.dA, lg.dZ, lg.dW, lg.db, lg.dgamma, lg.dbeta
            dA[k - 1] = lg.dA_prev
        result = StepResult(trace, grads, loss, cost)
        if optimizer is None:
            return result
        # one update of every parameter: the parameters and gradients joined into flat vectors
        flat = self.flat_parameters()
        gflat = np.concatenate([g.ravel() for g in self.gradient_list(grads)])  # type: ignore[attr-defined]
        self.set_flat_parameters(optimizer.update_flat(flat, gflat, learning_rate, self.param_bounds))  # type: ignore[attr-defined]
        if bn:
            rho = self.spec.batch_norm_decay                              # type: ignore[attr-defined]
            mean, var = self.running_mean, self.running_var               # type: ignore[attr-defined]
            for k in range(1, L):
                mean[k] = _bn.running_average(mean[k], norms[k].mu, rho)  # type: ignore[union-attr]
                var[k] = _bn.running_average(var[k], norms[k].var, rho)   # type: ignore[union-attr]
        return result

    def flat_parameters(self) -> Array:
        """``parameters()`` joined into one flat vector (W row-major): the vector of the last
        ``set_flat_parameters`` itself while the parameters are still its views, else a new one."""
        params = self.parameters()                                           # type: ignore[attr-defined]
        last = getattr(self, "_flat_last", None)          # (flat vector, its views) of the last update
        if last is not None and len(params) == len(last[1]) and all(p is v for p, v in zip(params, last[1])):
            return last[0]                   # the parameters are still its views: no gathering needed
        return np.concatenate([p.ravel() for p in params])

    def set_flat_parameters(self, flat: Array) -> None:
        """The parameters become views of ``flat`` (laid out as ``flat_parameters``; not checked)."""
        views = [flat[a:b].reshape(shape) for a, b, shape in self.param_bounds]   # type: ignore[attr-defined]
        self.set_parameters_unchecked(views)                                 # type: ignore[attr-defined]
        self._flat_last = (flat, views)

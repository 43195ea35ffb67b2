"""``FusedStep``: the NumPy training step of a dense network with preallocated buffers, in place.

What this is: the step ``Trainer.run`` and ``Trainer.train_steps`` take on the NumPy path (no
``fast`` extra, or a network the kernel does not cover) for a network without batch norm or
dropout: every array of forward, loss and backward is a buffer made once per batch size, written
by NumPy's ``out=``; the gradients are views of one flat vector laid out as the parameters
(``Network.param_bounds``), and ``Optimizer.step_flat`` updates every parameter (views of one
flat vector too) in one call. No trace, gradients or result records are built.

Bit-identical to the phase path (``Network._phases``): the same NumPy operations in the same
order on the same numbers, only written into buffers (tests/engine/test_fast_path.py compares the
two exactly over the activation × output × optimizer × regularizer matrix). Where an operation is
not worth writing in place (softmax, leaky ReLU, linear, a hidden sigmoid, sigmoid + MSE's dZ),
the function of ``activations``/``losses`` is called and its result copied: the formulas stay in
their one place. Change an operation's order there and change it here too (the tests will say).
"""
from __future__ import annotations

import numpy as np

from .. import losses as _loss
from ..activations import ACTIVATIONS
from ..regularization import penalty, penalty_gradient

Array = np.ndarray
_sum = np.add.reduce          # what ndarray.sum calls, without its Python wrapper


class FusedStep:
    """Buffers for one network's shapes and one batch size (``rows``)."""

    def __init__(self, network, rows: int) -> None:
        spec = network.spec
        sizes = spec.sizes
        L = spec.depth
        self.rows, self.L = rows, L
        self.acts = list(spec.activations)
        self.g = [None] + [ACTIVATIONS[a] for a in spec.activations[1:]]   # type: ignore[index]
        self.output, self.loss = spec.output, spec.loss
        self.fused = (spec.output, spec.loss) in _loss.FUSED
        self.A = [np.empty((rows, n)) for n in sizes]
        self.Z = [np.empty((rows, n)) for n in sizes]           # [0] unused
        self.T = [np.empty((rows, n)) for n in sizes]           # temporaries
        self.dZ = [np.empty((rows, n)) for n in sizes]
        self.dA = [np.empty((rows, n)) for n in sizes]
        self.B = [np.empty((rows, n), dtype=bool) for n in sizes]
        self.Y = np.empty((rows, sizes[-1]))
        self.P = np.empty((rows, sizes[-1]))
        self.Q = np.empty((rows, sizes[-1]))
        bounds = network.param_bounds
        self.grad = np.empty(bounds[-1][1])
        views = [self.grad[a:b].reshape(shape) for a, b, shape in bounds]
        self.gW = [None] + views[0::2]
        self.gb = [None] + views[1::2]
        self.work = np.empty(bounds[-1][1]), np.empty(bounds[-1][1])

    def take(self, X: Array, Y: Array, idx: Array) -> None:
        """The batch's rows of X and Y into the buffers (``X[idx]``, ``Y[idx]``)."""
        X.take(idx, axis=0, out=self.A[0])
        Y.take(idx, axis=0, out=self.Y)

    def gradients(self, weights, biases, l2: float, l1: float) -> float:
        """Forward, cost and backward on the batch taken: fills ``grad``; returns the cost J."""
        L, m, A, Z, T, B = self.L, self.rows, self.A, self.Z, self.T, self.B
        Y, P, Q = self.Y, self.P, self.Q
        E = None
        for k in range(1, L + 1):
            z, a, name = Z[k], A[k], self.acts[k]
            np.matmul(A[k - 1], weights[k].T, out=z)
            np.add(z, biases[k], out=z)
            if name == "tanh":
                np.tanh(z, out=a)
            elif name == "relu":
                np.maximum(z, 0.0, out=a)
            elif k == L and name == "sigmoid":       # e^(−|z|) kept for the loss
                E = T[k]
                np.exp(np.negative(np.abs(z, out=E), out=E), out=E)
                np.copyto(P, E)
                np.copyto(P, 1.0, where=np.greater_equal(z, 0, out=B[k]))
                np.divide(P, np.add(E, 1.0, out=Q), out=a)
            else:
                np.copyto(a, self.g[k].value(z))     # type: ignore[union-attr]
        z, a = Z[L], A[L]
        if E is not None and self.loss == "cross_entropy":
            np.subtract(np.maximum(z, 0.0, out=P), np.multiply(z, Y, out=Q), out=P)
            np.add(P, np.log1p(E, out=Q), out=P)
            per = _sum(P, axis=1)
        else:
            per = _loss.LOSSES[self.loss].per_example(z, a, Y, self.output)   # type: ignore[index]
        cost = float(_sum(per)) / m + (penalty(weights, m, l2, l1) if l2 or l1 else 0.0)
        dz = self.dZ[L]
        if self.fused:
            np.subtract(a, Y, out=dz)
        else:
            np.copyto(dz, _loss.output_dZ(self.loss, self.output, z, a, Y))   # type: ignore[arg-type]
        for k in range(L, 0, -1):
            if k < L:
                dz, da, name = self.dZ[k], self.dA[k], self.acts[k]
                if name == "tanh":
                    t = T[k]
                    np.subtract(1.0, np.multiply(A[k], A[k], out=t), out=t)
                    np.multiply(da, t, out=dz)
                elif name == "relu":
                    np.multiply(da, np.greater(Z[k], 0, out=T[k]), out=dz)
                else:
                    np.multiply(da, self.g[k].derivative(Z[k], A[k]), out=dz)   # type: ignore[union-attr]
            gw, gb = self.gW[k], self.gb[k]
            np.divide(np.matmul(dz.T, A[k - 1], out=gw), m, out=gw)
            if l2 or l1:
                np.add(gw, penalty_gradient(weights[k], m, l2, l1), out=gw)
            np.divide(_sum(dz, axis=0, out=gb), m, out=gb)
            if k > 1:
                np.matmul(dz, weights[k], out=self.dA[k - 1])
        return cost

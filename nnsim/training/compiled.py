"""``Trainer.run``'s slices: up to K steps per call of the jitted kernel (``nnsim.network.kernel``) or of the
fused NumPy step (``nnsim.network.fused``).

What this is: ``CompiledRun``, the kernel's fixed arguments for one trainer's network and data,
and its two calls: ``train`` (K steps) and ``evaluate`` (one split); ``FusedRun``, the same ``train``
on the fused NumPy step (bit-identical to the phase path); ``SlicesMixin`` (part of ``Trainer``):
which path a run takes, and ``_run_slice``, the bookkeeping so that a run on it advances exactly as ``Trainer.train_step`` would: the same
batches (the epoch's row order, drawn from the trainer's rng when due), the counters, the batch
costs in the history, divergence at a non-finite cost and the evaluation every ``eval_every``
steps (on the kernel too). A slice ends at an evaluation, an epoch's end (the next order and the
learning rate's schedule are drawn in Python) or the caller's limit, so the numbers do not
depend on how a run is sliced.

What the kernel is not: bit-identical to the NumPy path (within 1e-12 relative per step; its
sums run in another order). The parameters and the optimizer's state stay flat vectors whose
views the network and the optimizer hold, as after ``Network.fast_step``, so either path
continues from the other.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

import importlib
import os
from types import ModuleType

from .. import training_path as _paths
from ..network.fused import FusedStep

Array = np.ndarray


_kernel: ModuleType | None = None


def load_kernel() -> ModuleType:
    """``nnsim.network.kernel``, imported (with Numba) on first use, ``NUMBA_CACHE_DIR`` pointed at the
    user's cache folder unless set. Imported by name: a frozen bundle that leaves Numba out does
    not pull the kernel in either (scripts/build_bundle.py excludes numba)."""
    global _kernel
    if _kernel is None:
        os.environ.setdefault("NUMBA_CACHE_DIR", str(_paths.cache_dir()))
        _kernel = importlib.import_module("nnsim.network.kernel")
    return _kernel


class CompiledRun:
    """The kernel's fixed arguments for one trainer's network (rebuilt when the spec changes)."""

    def __init__(self, trainer) -> None:
        k = load_kernel()
        net = trainer.network
        spec = net.spec
        self.spec = spec
        self.sizes = np.array(spec.sizes, dtype=np.int64)
        L = spec.depth
        bounds = net.param_bounds                    # W1, b1, W2, b2, … (no batch norm here)
        self.woff = np.zeros(L + 1, dtype=np.int64)
        self.boff = np.zeros(L + 1, dtype=np.int64)
        for k_ in range(1, L + 1):
            self.woff[k_], self.boff[k_] = bounds[2 * k_ - 2][0], bounds[2 * k_ - 1][0]
        acts = spec.activations
        self.acts = np.array([0] + [k.ACT[a] for a in acts[1:]], dtype=np.int64)   # type: ignore[index]
        self.out = k.OUT[(spec.output, spec.loss)]
        self.size = bounds[-1][1]
        self.kernel = k
        problem = trainer.problem
        self.X = {n: np.ascontiguousarray(problem.X[n], dtype=np.float64) for n in problem.X}
        self.Y = {n: np.ascontiguousarray(problem.Y[n], dtype=np.float64) for n in problem.Y}
        self.labels = {n: (np.ascontiguousarray(problem.y[n], dtype=np.int64) if spec.is_classifier
                           else np.zeros(len(problem.y[n]), dtype=np.int64)) for n in problem.y}
        self.full_order = np.arange(problem.X["train"].shape[0], dtype=np.int64)
        self.costs = np.empty(0)
        self.result = np.zeros(2)
        self._flat: Array | None = None           # the vector whose views the network holds, set here last
        self._hyper: tuple[object, Array] | None = None     # (optimizer, its settings as an array)

    def train(self, network, optimizer, order: Array, pos: int, batch: int, steps: int, learning_rate: float,
              l2: float, l1: float) -> Array:
        """Train ``steps`` steps on the batches order[pos:pos+batch], … (a full batch: ``order`` None, all
        the rows each step); the parameters and the optimizer's state change in place (flat, their
        views kept by network and optimizer). Returns the costs of the steps done: fewer than
        ``steps`` when a cost was not finite (that step is the last)."""
        if self.costs.shape[0] < steps:
            self.costs = np.empty(max(steps, 256))
        order = self.full_order if order is None else order
        flat = network.flat_parameters()
        if not (flat.flags.c_contiguous and flat.flags.writeable):
            flat = flat.copy()
        v, s = optimizer.flat_state(self.size)
        if self._hyper is None or self._hyper[0] is not optimizer:
            h = optimizer.hyper
            self._hyper = (optimizer, np.array([h.get("beta1", h.get("beta", 0.0)),
                                                h.get("beta2", h.get("rmsprop_beta", 0.0)), h.get("epsilon", 1e-8)]))
        hyper = self._hyper[1]
        done = self.kernel.train_steps(flat, v, s, self.X["train"], self.Y["train"], order, pos, batch, steps,
                                       self.sizes, self.woff, self.boff, self.acts, self.out,
                                       self.kernel.OPT[optimizer.name], hyper, float(learning_rate),
                                       float(l2), float(l1), optimizer.t, self.costs)
        optimizer.t += done
        if flat is not self._flat:       # else the network's parameters are still views of it (changed in place)
            network.set_flat_parameters(flat)
            self._flat = flat
        optimizer.set_flat_state(v, s, network.param_bounds)
        return self.costs[:done]

    @staticmethod
    def flat_of(network) -> Array:
        """The network's parameters as the kernel reads them (``evaluate``'s first argument)."""
        return np.ascontiguousarray(network.flat_parameters())

    def evaluate(self, flat: Array, name: str) -> dict[str, Any]:
        """{"loss", "accuracy"} of one non-empty split (``Trainer.evaluate``'s figures, within 1e-12), at the
        parameters ``flat`` (``flat_of``); the result buffer reused."""
        res = self.result
        self.kernel.evaluate(flat, self.X[name], self.Y[name], self.labels[name], self.sizes, self.woff, self.boff,
                             self.acts, self.out, res)
        return {"loss": float(res[0]), "accuracy": float(res[1]) if self.spec.is_classifier else None}


class FusedRun:
    """The NumPy path's fused step (``nnsim.network.fused``) for one trainer's network, with ``train`` as
    ``CompiledRun.train``, bit-identical to the phase path: one ``FusedStep`` per batch size (an epoch's
    last batch may be short), the parameters and the optimizer's state kept as flat vectors whose views
    the network and the optimizer hold, updated in place."""

    def __init__(self, trainer) -> None:
        self.spec = trainer.network.spec
        self.X, self.Y = trainer.problem.X["train"], trainer.problem.Y["train"]
        self.full_order = np.arange(self.X.shape[0])
        self.steps: dict[int, FusedStep] = {}
        self.costs = np.empty(256)
        self._flat: Array | None = None
        self._state: tuple[Array, Array] | None = None

    def train(self, network, optimizer, order: Array | None, pos: int, batch: int, steps: int,
              learning_rate: float, l2: float, l1: float) -> Array:
        if self.costs.shape[0] < steps:
            self.costs = np.empty(max(steps, 256))
        if order is None:
            order, pos, batch = self.full_order, 0, 0
        flat = network.flat_parameters()
        if flat is not self._flat or not flat.flags.writeable:
            flat = flat.copy() if not flat.flags.writeable else flat
            network.set_flat_parameters(flat)
            self._flat = flat
        bounds = network.param_bounds
        v, s = optimizer.flat_state(flat.shape[0])
        if self._state is None or self._state[0] is not v or self._state[1] is not s or not optimizer.v:
            optimizer.set_flat_state(v, s, bounds)
            self._state = (v, s)
        weights, biases, costs, X, Y = network.weights, network.biases, self.costs, self.X, self.Y
        m = X.shape[0]
        update = optimizer.step_flat
        for i in range(steps):
            idx = order[pos:pos + batch] if batch else order
            rows = idx.shape[0]
            step = self.steps.get(rows)
            if step is None:
                step = self.steps[rows] = FusedStep(network, rows)
            step.take(X, Y, idx)
            cost = step.gradients(weights, biases, l2, l1)
            update(flat, step.grad, v, s, learning_rate, *step.work)
            costs[i] = cost
            if not math.isfinite(cost):
                return costs[:i + 1]
            pos = min(pos + batch, m)
        return costs[:steps]


class SlicesMixin:
    """``Trainer``'s paths and slices: which path a run takes (``compiled_gap``, ``fused_gap``,
    ``slice_path``), the settings that choose it (``use_compiled``, ``fixed_rows``), a slice of up to K
    steps on the compiled kernel or the fused NumPy step with ``train_step``'s bookkeeping
    (``_run_slice``), and ``train_steps``, the engine process's call while playing."""

    @property
    def use_compiled(self) -> bool:
        """False: ``run`` keeps to the NumPy path even where the compiled kernel could train."""
        return self._use_compiled

    @use_compiled.setter
    def use_compiled(self, value: bool) -> None:
        self._use_compiled = value
        self._refresh_eval_every()   # type: ignore[attr-defined]

    #: False: the NumPy path trains one ``train_step`` (``Network.fast_step``) at a time, never in fused slices.
    use_fused = True

    @property
    def fixed_rows(self) -> Array | None:
        """The step view's "batch of one": when set, every step trains on exactly these training rows
        (indices into the training split) instead of the next mini-batch; the epoch's order, its
        position and the epoch count do not move, so clearing it (None) resumes the epoch where it
        was. A setting of the session, not state: ``state_dict`` does not save it. (So ``run()`` with
        an epoch target and no step count never ends while it is set: give ``steps``.)"""
        return self._fixed_rows

    @fixed_rows.setter
    def fixed_rows(self, rows: Array | None) -> None:
        self._fixed_rows = rows
        self._refresh_eval_every()   # type: ignore[attr-defined]

    def compiled_gap(self) -> str | None:
        """Why ``run`` trains on the NumPy path rather than the compiled kernel (None: it uses the kernel)."""
        if not self.use_compiled:
            return "switched off (Trainer.use_compiled)"
        return _paths.not_covered(self.spec, self.keep_prob, self.fixed_rows)

    def fused_gap(self) -> str | None:
        """Why ``run`` steps one ``train_step`` at a time rather than in slices of the fused NumPy step
        (``nnsim.network.fused``), or None."""
        if not self.use_fused:                                               # type: ignore[attr-defined]
            return "switched off (Trainer.use_fused)"
        if self.spec.batch_norm or self.fixed_rows is not None or any(p < 1.0 for p in self.keep_prob):
            return "batch norm, dropout or a fixed batch"
        return None

    def slice_path(self) -> str | None:
        """The path ``run`` and ``train_steps`` train on in slices: COMPILED, NUMPY (fused) or None (step by step)."""
        if self.compiled_gap() is None:
            return _paths.COMPILED
        return _paths.NUMPY if self.fused_gap() is None else None

    def _run_slice(self, limit: int, path: str) -> None:
        """Up to ``limit`` (≥ 1) steps on the compiled kernel or the fused NumPy step, to the next evaluation or
        epoch end at most: ``train_step``'s batches, counters, history and checks (``nnsim.training.compiled``)."""
        compiled = path == _paths.COMPILED
        run = self._compiled if compiled else self._fused
        if run is None or run.spec is not self.spec:
            run = CompiledRun(self) if compiled else FusedRun(self)
            if compiled:
                self._compiled = run
            else:
                self._fused = run
        m, batch = self.train_rows, self.batch_size
        if batch >= m:                 # every step an epoch: one a call when the rate follows a schedule
            order, pos, left = None, 0, (limit if self.config.training["decay"] == "none" else 1)
        else:
            if self._order is None:
                self._order, self._pos = self.rng.permutation(m), 0
            order, pos, left = self._order, self._pos, -(-(m - self._pos) // batch)
        n = min(limit, left, self.eval_every - self.step_count % self.eval_every)
        t = self.config.training
        costs = run.train(self.network, self.optimizer, order, pos, batch, n, self.learning_rate, t["l2"], t["l1"])
        self.last = None
        self.paths.add(path)
        self.history.add_batch_costs(self.step_count + 1, costs.tolist())              # type: ignore[attr-defined]
        self.step_count += len(costs)                                                  # type: ignore[attr-defined]
        if batch < m:
            self._pos = min(self._pos + len(costs) * batch, m)     # the last batch may be short
            if self._pos >= m:
                self._order, self.epoch = None, self.epoch + 1
        else:
            self.epoch += len(costs)
        if not math.isfinite(costs[-1]):
            self._diverge(("stop_cost_not_finite", {"cost": str(costs[-1]), "step": self.step_count}))
        elif self.step_count % self.eval_every == 0:
            self._check_point(compiled=compiled)

    def train_steps(self, steps: int) -> None:
        """``steps`` more steps (fewer on a stop), K at a time on the compiled path where it covers the
        network: ``run(steps=…)`` without an epoch target or the summary, for a caller that holds its own
        ``np.errstate`` and keeps the epoch target itself (the engine process while playing)."""
        target = self.step_count + steps
        path = self.slice_path()
        while self.stopped is None and self.step_count < target:
            if path:
                self._run_slice(target - self.step_count, path)
            else:
                self.train_step()


"""``Trainer.run``'s compiled path: up to K steps per call of the jitted kernel (``nnsim.network.kernel``).

What this is: the bookkeeping around ``kernel.train_steps`` so that a run on it advances exactly
as ``Trainer.train_step`` would: the same batches (the epoch's row order, drawn from the trainer's
rng when due), the counters, the batch costs in the history, divergence at a non-finite cost and
the evaluation every ``eval_every`` steps (in the kernel too: ``kernel.evaluate``). A slice ends at
an evaluation, an epoch's end (the next order and the learning rate's schedule are drawn in
Python) or the caller's limit, so the numbers do not depend on how a run is sliced.

What this is not: bit-identical to the NumPy path (within 1e-12 relative per step; the kernel's
sums run in another order). The parameters and the optimizer's state stay flat vectors whose
views the network and the optimizer hold, as after ``Network.fast_step``, so either path
continues from the other.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..network import paths as _paths

Array = np.ndarray


class CompiledRun:
    """The kernel's fixed arguments for one trainer's network (rebuilt when the spec changes)."""

    def __init__(self, trainer) -> None:
        k = _paths.kernel()
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
        self.costs = np.empty(0)
        self.result = np.zeros(2)


def flat_state(trainer, run: CompiledRun) -> tuple[Array, Array, Array]:
    """The parameters and the optimizer's v and s as flat vectors (views kept by network and optimizer)."""
    net, opt = trainer.network, trainer.optimizer
    params = net.parameters()
    last = getattr(net, "_flat_last", None)
    if last is not None and len(params) == len(last[1]) and all(p is v for p, v in zip(params, last[1])):
        flat = last[0]
    else:
        flat = np.concatenate([p.ravel() for p in params])
    if not flat.flags.c_contiguous or not flat.flags.writeable:
        flat = flat.copy()
    name = opt.name
    v = opt._flat(opt.v, "_v")
    s = opt._flat(opt.s, "_s")
    v = v[0] if v else (np.zeros(run.size) if name in ("momentum", "adam") else np.zeros(0))
    s = s[0] if s else (np.zeros(run.size) if name in ("rmsprop", "adam") else np.zeros(0))
    return flat, v, s


def store_state(trainer, run: CompiledRun, flat: Array, v: Array, s: Array) -> None:
    net, opt = trainer.network, trainer.optimizer
    bounds = net.param_bounds
    views = [flat[a:b].reshape(shape) for a, b, shape in bounds]
    net.set_parameters_unchecked(views)
    net._flat_last = (flat, views)
    opt.v = opt._views([v], "_v", bounds) if v.size else []
    opt.s = opt._views([s], "_s", bounds) if s.size else []


def run_slice(trainer, limit: int) -> int:
    """Train at most ``limit`` steps (≥ 1) on the kernel, stopping at the next evaluation or epoch end;
    returns the steps done. The caller checked ``paths.not_covered`` and holds no phase."""
    run = trainer._compiled
    if run is None or run.spec is not trainer.network.spec:
        run = trainer._compiled = CompiledRun(trainer)
    m = trainer.train_rows
    if trainer.batch_size >= m:
        order, pos = run.full_order if hasattr(run, "full_order") else _full(run, m), 0
        # every step is an epoch: one step a call when the learning rate follows a schedule
        left = limit if trainer.config.training["decay"] == "none" else 1
    else:
        if trainer._order is None:
            trainer._order = trainer.rng.permutation(m)
            trainer._pos = 0
        order, pos = trainer._order, trainer._pos
        left = -(-(m - pos) // trainer.batch_size)            # batches to the epoch's end
    n = min(limit, left, trainer.eval_every - trainer.step_count % trainer.eval_every)
    if run.costs.shape[0] < n:
        run.costs = np.empty(max(n, 256))
    flat, v, s = flat_state(trainer, run)
    opt = trainer.optimizer
    hyper = np.array([opt.hyper.get("beta1", opt.hyper.get("beta", 0.0)),
                      opt.hyper.get("beta2", opt.hyper.get("rmsprop_beta", 0.0)),
                      opt.hyper.get("epsilon", 1e-8)])
    t = trainer.config.training
    done = run.kernel.train_steps(flat, v, s, run.X["train"], run.Y["train"], order, pos, trainer.batch_size,
                                  n, run.sizes, run.woff, run.boff, run.acts, run.out,
                                  run.kernel.OPT[opt.name], hyper, float(trainer.learning_rate),
                                  float(t["l2"]), float(t["l1"]), opt.t, run.costs)
    opt.t += done
    store_state(trainer, run, flat, v, s)
    trainer.last = None
    trainer.paths.add(_paths.COMPILED)
    costs = run.costs
    add = trainer.history.add_batch_cost
    for i in range(done):
        trainer.step_count += 1
        add(trainer.step_count, float(costs[i]))
    if trainer.batch_size < m:
        trainer._pos = pos + done * trainer.batch_size
        if trainer._pos >= m:
            trainer._order = None
            trainer.epoch += 1
    else:
        trainer.epoch += done
    cost = float(costs[done - 1])
    if not math.isfinite(cost):
        trainer._diverge(f"the cost became {cost} at step {trainer.step_count}")
    elif trainer.step_count % trainer.eval_every == 0:
        trainer._check_point(compiled=True)
    return done


def _full(run: CompiledRun, m: int) -> Array:
    run.full_order = np.arange(m, dtype=np.int64)     # type: ignore[attr-defined]
    return run.full_order                               # type: ignore[attr-defined]


def evaluate_split(trainer, name: str) -> dict[str, Any]:
    """{"loss", "accuracy"} of one non-empty split on the kernel (``Trainer.evaluate``'s figures)."""
    run = trainer._compiled
    flat, _, _ = flat_state(trainer, run)
    res = run.result
    run.kernel.evaluate(flat, run.X[name], run.Y[name], run.labels[name], run.sizes, run.woff, run.boff,
                        run.acts, run.out, res)
    return {"loss": float(res[0]), "accuracy": float(res[1]) if trainer.is_classifier else None}

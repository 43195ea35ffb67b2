"""Time ``Trainer.step`` (the fast path, ``Network.fast_step``) against the phase path it replaced and
a plain course-style NumPy loop (issue 18 point 1).

Prints one ``name: value`` a line: for each case the median microseconds per call of
``fast`` (``Trainer.step``, what live play, ``nnsim train``, tuning and compare runs call), of
``phases`` (a twin trainer's ``phases(display=False)`` drained under the same ``np.errstate``:
what ``Trainer.step`` ran before), and of ``plain`` (``engine.PlainNet.step`` on one fixed batch of
the same size), of ``run200`` (a third trainer's ``run(steps=200)``, the call the engine process
makes while playing, per step), and the medians of each round's ratios to plain. The three are
run interleaved in blocks, the order rotating each round, so load on the shared machine hits
them alike. One BLAS thread. Both trainers include what ``step`` does besides the mathematics:
the batch, history, the divergence watch and the evaluation every ``eval_every`` steps. This
prints figures; nothing asserts a time.

Cases: (a) the default 2-4-2-1 tanh network, sigmoid output, gd, batch 10; (b) 2-8×6-1 ReLU,
sigmoid output, adam, batch 30.

Usage: python benchmarks/trainer_step.py [--rounds N]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"                       # before NumPy loads its BLAS

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine import PlainNet

from nnsim import config
from nnsim.training import Trainer

CASES = {
    "a_2-4-2-1_tanh_batch10_gd": ({"network": {"hidden": [4, 2], "activation": "tanh", "init": "xavier_normal"},
                                   "training": {"optimizer": "gd", "learning_rate": 0.03, "batch_size": 10}}, 600),
    "b_2-8x6-1_relu_batch30_adam": ({"network": {"hidden": [8] * 6, "activation": "relu"},
                                     "training": {"optimizer": "adam", "learning_rate": 0.001,
                                                  "batch_size": 30}}, 200),
}


def _callables(raw: dict):
    raw = {"data": {"dataset": "circle", "samples": 300}, **raw}
    raw["training"] = {**raw["training"], "epochs": 10**9}
    cfg = config.parse(raw)
    fast, ref, runner = Trainer(cfg), Trainer(cfg), Trainer(cfg)

    def phases():
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for _ in ref.phases(display=False):
                pass

    net = fast.network
    idx = np.arange(fast.batch_size)
    X, Y = fast.problem.X["train"][idx], fast.problem.Y["train"][idx]
    plain = PlainNet([w.copy() for w in net.weights[1:]], [b.copy() for b in net.biases[1:]],
                     list(net.spec.activations[1:]), raw["training"]["optimizer"],
                     raw["training"]["learning_rate"])
    return {"fast": (fast.step, 1), "phases": (phases, 1), "plain": (lambda: plain.step(X, Y), 1),
            "run200": (lambda: runner.run(steps=200), 200)}


def _block(fn_steps, n: int) -> float:
    """µs per step over about ``n`` steps (``fn_steps``: a callable and the steps one call makes)."""
    fn, steps = fn_steps
    calls = max(1, n // steps)
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / (calls * steps) * 1e6


def interleaved(fns: dict, per_block: int, rounds: int) -> dict[str, float]:
    names = list(fns)
    for name in names:
        _block(fns[name], per_block)             # warm up
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(rounds):
        for name in names[i % len(names):] + names[:i % len(names)]:
            times[name].append(_block(fns[name], per_block))
    med = statistics.median
    out = {f"{name}_us": med(times[name]) for name in names}
    for name in ("fast", "phases", "run200"):
        out[f"{name}_over_plain"] = med(f / p for f, p in zip(times[name], times["plain"]))
    out["fast_over_phases"] = med(f / p for f, p in zip(times["fast"], times["phases"]))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=31, help="interleaved rounds per case")
    args = parser.parse_args(argv)
    print(f"numpy: {np.__version__}")
    for name, (raw, per_block) in CASES.items():
        for key, value in interleaved(_callables(raw), per_block, args.rounds).items():
            print(f"{name}_{key}: {value:.2f}")


if __name__ == "__main__":
    main()

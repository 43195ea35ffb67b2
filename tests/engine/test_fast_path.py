"""The fast path (``nnsim.network.fast``, what ``Trainer.step`` runs) is bit-identical to draining the
phase generator (what the step view pulls), issue 18 point 1.

The matrix is activation (5) × output (3) × optimizer (4) × regularizer (3) × dropout (2) × batch
norm (2) = 720 cases; tested here: the full activation × optimizer grid (sigmoid output, no
regularizer, no dropout, no batch norm) and a seeded random sample of 24 of the whole matrix
(``_SAMPLE``; the seed is fixed, so CI always runs the same cases). Each case trains two trainers
12 steps on the same config, one by ``step()``, one by draining ``phases()``, and compares every
array with ``np.array_equal`` (no tolerance).
"""
from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from nnsim import activations, config, optimizers
from nnsim.training import Trainer

ACTS = tuple(activations.HIDDEN_ACTIVATIONS)
OUTPUTS = tuple(activations.OUTPUT_ACTIVATIONS)
OPTS = tuple(optimizers.OPTIMIZERS)
REGS = ({}, {"training.l2": 0.3}, {"training.l1": 0.05})
DATA = {"sigmoid": {"dataset": "circle"}, "softmax": {"dataset": "gauss", "classes": 3},
        "linear": {"dataset": "plane"}}

_GRID = [(a, "sigmoid", o, 0, False, False) for a in ACTS for o in OPTS]
_ALL = list(itertools.product(ACTS, OUTPUTS, OPTS, range(len(REGS)), (False, True), (False, True)))
_SAMPLE = random.Random(18).sample(_ALL, 24)


def _config(act: str, out: str, opt: str, reg: int, dropout: bool, bn: bool) -> config.RunConfig:
    raw = {"data": {**DATA[out], "samples": 64, "seed": 3},
           "network": {"hidden": [5, 4], "activation": act, "output": out, "batch_norm": bn},
           "training": {"optimizer": opt, "learning_rate": 0.05, "batch_size": 12,
                        "keep_prob": 0.8 if dropout else 1.0, "eval_every": 5}}
    for key, value in REGS[reg].items():
        section, name = key.split(".")
        raw[section][name] = value
    return config.parse(raw)


def _arrays(t: Trainer) -> list[np.ndarray]:
    opt = t.optimizer.state_dict()
    return t.network.parameters() + t.network.running_averages() + opt["v"] + opt["s"]  # type: ignore[operator]


@pytest.mark.parametrize("case", sorted(set(_GRID + _SAMPLE)), ids=lambda c: "-".join(map(str, c)))
def test_fast_step_is_bit_identical_to_the_phases(case):
    cfg = _config(*case)
    fast, ref = Trainer(cfg), Trainer(cfg)
    for _ in range(12):
        r = fast.step()
        for phase in ref.phases():
            pass
        s = ref.last
        assert r.cost == s.cost and r.loss == s.loss
        for k in range(1, fast.network.depth + 1):
            assert np.array_equal(r.gradients.dW[k], s.gradients.dW[k])
            assert np.array_equal(r.trace.A[k], s.trace.A[k])
    a, b = _arrays(fast), _arrays(ref)
    assert len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))
    assert fast.optimizer.t == ref.optimizer.t
    assert fast.history.to_dict() == ref.history.to_dict()
    assert fast.rng.bit_generator.state == ref.rng.bit_generator.state
    assert (fast.epoch, fast.step_count, fast.cursor[1]) == (ref.epoch, ref.step_count, ref.cursor[1])


@pytest.mark.parametrize("opt", ["momentum", "adam"])
def test_fast_steps_and_phases_mixed_on_one_trainer_share_the_optimizer_state(opt):
    """The flat optimizer state (views handed to the phase path), a reload mid-run and a reset."""
    cfg = _config("tanh", "softmax", opt, 1, True, True)
    mixed, ref = Trainer(cfg), Trainer(cfg)
    for i in range(15):
        if i % 3 == 1:
            for _ in mixed.phases():
                pass
        else:
            mixed.step()
        if i == 7:                                # as a project file reloads it
            state, arrays = mixed.state_dict()
            mixed.load_state_dict(state, {k: v.copy() for k, v in arrays.items()})
        for _ in ref.phases():
            pass
    a, b = _arrays(mixed), _arrays(ref)
    assert len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))
    mixed.optimizer.reset()
    ref.optimizer.reset()
    mixed.step()
    for _ in ref.phases():
        pass
    assert all(np.array_equal(x, y) for x, y in zip(_arrays(mixed), _arrays(ref)))


def test_weights_edited_between_fast_steps_are_trained_from():
    """An edit in place (the parameters are views of the last flat vector) or by assignment."""
    cfg = _config("relu", "sigmoid", "rmsprop", 0, False, False)
    fast, ref = Trainer(cfg), Trainer(cfg)
    for edit in ("in_place", "assigned"):
        fast.step()
        for _ in ref.phases():
            pass
        for t in (fast, ref):
            if edit == "in_place":
                t.network.weights[2][1, 0] = 0.5
            else:
                t.network.set_parameters([p * 0.5 for p in t.network.parameters()])
        fast.step()
        for _ in ref.phases():
            pass
        assert all(np.array_equal(x, y) for x, y in zip(_arrays(fast), _arrays(ref)))

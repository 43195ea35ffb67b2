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

from nnsim import activations, optimizers
from nnsim.training import Trainer
from training_cases import all_equal, case_config, trainer_arrays

ACTS = tuple(activations.HIDDEN_ACTIVATIONS)
OUTPUTS = tuple(activations.OUTPUT_ACTIVATIONS)
OPTS = tuple(optimizers.OPTIMIZERS)

_GRID = [(a, "sigmoid", o, 0, False, False) for a in ACTS for o in OPTS]
_ALL = list(itertools.product(ACTS, OUTPUTS, OPTS, range(3), (False, True), (False, True)))
_SAMPLE = random.Random(18).sample(_ALL, 24)
_config = case_config
_arrays = trainer_arrays


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


# -- the fused NumPy step (``nnsim.network.fused``): Trainer.run and train_steps in slices --------------
_OUTS = (("sigmoid", None), ("sigmoid", "mse"), ("softmax", None), ("linear", None))
_FUSED_GRID = [(a, out, o, i % 4, False, False) for i, (a, out, o) in
               enumerate(itertools.product(ACTS, range(len(_OUTS)), OPTS))]
_FUSED_ALL = list(itertools.product(ACTS, range(len(_OUTS)), OPTS, range(4), (False, True), (False, True)))
_FUSED_SAMPLE = random.Random(1818).sample(_FUSED_ALL, 24)


@pytest.mark.parametrize("case", sorted(set(_FUSED_GRID + _FUSED_SAMPLE)), ids=lambda c: "-".join(map(str, c)))
def test_run_on_the_numpy_path_is_bit_identical_to_the_phases(case):
    """Every activation × output/loss × optimizer (each regularizer in turn), and a seeded sample of the
    whole matrix with dropout and batch norm (those step one ``train_step`` at a time): 13 steps by
    ``run`` (slices of 5, 8: across evaluations, epoch ends and a short last batch) against 13 drained
    phases, every array, the history, the rng and the counters bit for bit."""
    act, out, opt, reg, dropout, bn = case
    output, loss = _OUTS[out]
    cfg = case_config(act, output, opt, reg, dropout, bn, loss=loss)
    fast, ref = Trainer(cfg), Trainer(cfg)
    fast.use_compiled = False
    assert (fast.slice_path() == "numpy") == (not dropout and not bn)
    fast.run(steps=5)
    fast.train_steps(8)
    for _ in range(13):
        for _ in ref.phases(display=False):
            pass
    assert all_equal(trainer_arrays(fast), trainer_arrays(ref))
    assert fast.optimizer.t == ref.optimizer.t == 13
    assert fast.history.to_dict() == ref.history.to_dict()
    assert fast.rng.bit_generator.state == ref.rng.bit_generator.state
    assert (fast.epoch, fast.step_count, fast.cursor[1]) == (ref.epoch, ref.step_count, ref.cursor[1])
    assert fast.paths == {"numpy"}


def test_the_fused_step_and_the_other_paths_share_one_state():
    """Fused slices, single steps, drained phases, a reload and an edit in place, mixed on one trainer."""
    cfg = case_config("relu", "softmax", "adam", 3)
    mixed, ref = Trainer(cfg), Trainer(cfg)
    mixed.use_compiled = False
    for i in range(12):
        if i == 9:                                # both at the same step: an edit in place
            for t in (mixed, ref):
                t.network.weights[2][1, 0] = 0.5
        if i % 4 == 1:
            for _ in mixed.phases():
                pass
        elif i % 4 == 2:
            mixed.step()
        else:
            mixed.train_steps(3 if i < 8 else 1)
        if i == 6:                                # as a project file reloads it
            state, arrays = mixed.state_dict()
            mixed.load_state_dict(state, {k: v.copy() for k, v in arrays.items()})
        for _ in range(mixed.step_count - ref.step_count):
            for _ in ref.phases():
                pass
    assert ref.step_count == mixed.step_count == 20
    assert all_equal(trainer_arrays(mixed), trainer_arrays(ref))
    assert mixed.history.to_dict() == ref.history.to_dict()


def test_a_diverging_fused_run_stops_where_the_phases_do():
    cfg = case_config("relu", "linear", "gd", 0, training__learning_rate=50.0, training__batch_size=0)
    fast, ref = Trainer(cfg), Trainer(cfg)
    fast.use_compiled = ref.use_compiled = ref.use_fused = False
    assert fast.slice_path() == "numpy" and ref.slice_path() is None
    fast.run(steps=500)
    ref.run(steps=500)
    assert fast.stopped == ref.stopped == "diverged" and fast.step_count == ref.step_count < 500
    assert all_equal(trainer_arrays(fast), trainer_arrays(ref))
    assert fast.history.to_dict() == ref.history.to_dict()

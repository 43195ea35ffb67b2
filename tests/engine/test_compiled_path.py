"""The compiled path (``nnsim.network.kernel`` through ``Trainer.run``, the ``fast`` extra), issue 18 point 2.

- Within 1e-12 relative per step of the phase path: each step starts both trainers from the
  same parameters and optimizer state (the compiled trainer's, copied into the reference), so the
  bound is the kernel's own per-step error, not a drift; over activation × output/loss ×
  optimizer (all of them) and the regularizers (a seeded sample), and the evaluation records.
- On its own path it continues bit for bit: 200 steps in one call equal 200 calls of one step.
- The fall-back: batch norm, dropout, a fixed batch and a layer over 64 units train on the NumPy
  path (``compiled_gap`` says why), bit-identical to the phases; so does a run with
  ``NNSIM_NO_COMPILED=1`` or without Numba (those tests run without the extra too).
- Which path a run used is saved in its project file.

The tests that need Numba are skipped (with the reason) where it is not installed; the CI installs
the extra (.ci/run), so they run there. Two jitted signatures in all (compiled once, cached on disk).
"""
from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from nnsim import project
from nnsim import training_path as paths
from nnsim.training import Trainer
from training_cases import REGS, case_config, trainer_arrays

HAS_NUMBA = paths.compiled_available()
needs_numba = pytest.mark.skipif(not HAS_NUMBA, reason="Numba (the fast extra) is not installed")

ACTS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
OUTS = (("sigmoid", None), ("sigmoid", "mse"), ("softmax", None), ("linear", None))
OPTS = ("gd", "momentum", "rmsprop", "adam")
_ALL = list(itertools.product(ACTS, range(len(OUTS)), OPTS, range(len(REGS))))
_CASES = sorted(set([(a, 0, o, 0) for a in ACTS for o in OPTS] + random.Random(18).sample(_ALL, 16)))
_arrays = trainer_arrays


def _config(act="tanh", out=0, opt="adam", reg=0, **changes):
    output, loss = OUTS[out]
    return case_config(act, output, opt, reg, loss=loss, **changes)


def _close(a: np.ndarray, b: np.ndarray, rel: float = 1e-12) -> bool:
    scale = np.maximum(np.abs(b), 1e-300)
    return bool(np.all(np.abs(a - b) <= rel * np.maximum(scale, np.abs(b).max(initial=0.0) * 1e-3)))


@needs_numba
@pytest.mark.parametrize("case", _CASES, ids=lambda c: "-".join(map(str, c)))
def test_each_compiled_step_is_within_1e_12_of_the_phase_path(case):
    cfg = _config(*case)
    fast, ref = Trainer(cfg), Trainer(cfg)
    assert fast.compiled_gap() is None
    for _ in range(15):
        fast.run(steps=1)
        for _ in ref.phases():
            pass
        assert fast.history.batch_costs[-1][1] == pytest.approx(ref.history.batch_costs[-1][1], rel=1e-12)
        a, b = _arrays(fast), _arrays(ref)
        assert len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
        # the next step from the same state: the reference takes the compiled trainer's numbers
        ref.network.set_parameters([p.copy() for p in fast.network.parameters()])
        ref.optimizer.load_state_dict(fast.optimizer.state_dict())
    assert fast.paths == {"compiled"} and ref.paths == {"numpy"}
    assert (fast.epoch, fast.step_count, fast.cursor[1]) == (ref.epoch, ref.step_count, ref.cursor[1])
    assert fast.rng.bit_generator.state == ref.rng.bit_generator.state
    for r, s in zip(fast.history.records, ref.history.records):        # the evaluations, on the kernel
        assert r.keys() == s.keys()
        for key in r:
            assert r[key] == s[key] or r[key] == pytest.approx(s[key], rel=1e-12), key


@needs_numba
def test_the_compiled_path_continues_bit_for_bit_however_the_run_is_sliced():
    cfg = _config("relu", 2, "adam", 3)
    whole, sliced = Trainer(cfg), Trainer(cfg)
    whole.run(steps=200)
    for _ in range(200):
        sliced.run(steps=1)
    assert all(np.array_equal(x, y) for x, y in zip(_arrays(whole), _arrays(sliced)))
    assert whole.history.to_dict() == sliced.history.to_dict()
    assert whole.optimizer.t == sliced.optimizer.t == 200
    # a full batch with a decaying learning rate: one epoch a step, each at its own rate
    cfg = _config("tanh", 0, "momentum", 0, training__batch_size=0, training__decay="inverse_time",
                  training__decay_rate=0.5)
    fast, ref = Trainer(cfg), Trainer(cfg)
    fast.run(epochs=7)
    ref.use_compiled = False
    ref.run(epochs=7)
    assert fast.epoch == ref.epoch == 7 and fast.step_count == 7
    assert all(_close(x, y, 1e-11) for x, y in zip(_arrays(fast), _arrays(ref)))


@needs_numba
def test_a_diverging_compiled_run_stops_and_keeps_the_last_good_parameters():
    cfg = _config("relu", 3, "gd", 0, training__learning_rate=50.0, training__batch_size=0)
    fast, ref = Trainer(cfg), Trainer(cfg)
    fast.run(steps=500)
    ref.use_compiled = False
    ref.run(steps=500)
    assert fast.stopped == ref.stopped == "diverged"
    assert fast.step_count == ref.step_count
    assert all(np.isfinite(p).all() for p in fast.network.parameters())


@needs_numba
def test_the_path_a_run_used_is_saved_in_its_project_file(tmp_path):
    t = Trainer(_config())
    t.run(steps=10)
    t.step()
    project.save(t, tmp_path / "run.nnsim")
    back = project.load(tmp_path / "run.nnsim")
    assert back.paths == {"compiled", "numpy"}
    back.run(steps=20)                               # and it goes on where it was
    t.run(steps=20)
    assert all(np.array_equal(x, y) for x, y in zip(_arrays(back), _arrays(t)))


@pytest.mark.parametrize("changes, why", [
    ({"network__batch_norm": True}, "batch norm"),
    ({"training__keep_prob": 0.8}, "dropout"),
    ({"network__hidden": [65]}, "more than 64 units"),
])
def test_what_the_kernel_does_not_cover_trains_on_the_numpy_path_bit_for_bit(changes, why):
    cfg = _config("tanh", 2, "adam", 1, **changes)
    fast, ref = Trainer(cfg), Trainer(cfg)
    gap = fast.compiled_gap()
    assert gap is not None and (why in gap or not HAS_NUMBA)
    fast.run(steps=12)
    for _ in range(12):
        for _ in ref.phases():
            pass
    assert fast.paths == {"numpy"}
    assert all(np.array_equal(x, y) for x, y in zip(_arrays(fast), _arrays(ref)))
    assert fast.history.to_dict() == ref.history.to_dict()


def test_a_fixed_batch_and_a_switched_off_kernel_train_on_the_numpy_path(monkeypatch):
    t = Trainer(_config())
    t.fixed_rows = np.array([0, 1, 2])
    assert t.compiled_gap() is not None
    t.run(steps=3)
    assert t.paths == {"numpy"}
    monkeypatch.setenv("NNSIM_NO_COMPILED", "1")
    t = Trainer(_config())
    assert "NNSIM_NO_COMPILED" not in (t.compiled_gap() or "") and t.compiled_gap() is not None
    t.run(steps=3)
    assert t.paths == {"numpy"}
    assert paths.describe().startswith("NumPy")


def test_describe_names_the_path_that_runs():
    text = paths.describe()
    if HAS_NUMBA:
        assert text.startswith("compiled kernel (Numba ") and "NumPy otherwise" in text
    else:
        assert text.startswith("NumPy") and "nnsim[fast]" in text


def test_a_project_file_with_bad_paths_is_refused(tmp_path):
    t = Trainer(_config())
    state, arrays = t.state_dict()
    state["paths"] = ["gpu"]
    with pytest.raises(ValueError, match="training paths"):
        Trainer(_config()).load_state_dict(state, arrays)


@needs_numba
def test_playing_at_full_speed_trains_on_the_compiled_path_as_trainer_run_does():
    from nnsim import session as S
    now = [0.0]

    def clock() -> float:                        # moves only as the session reads it
        now[0] += 1e-4
        return now[0]

    session = S.Session(clock=clock)
    session.handle(S.Play())
    for _ in range(20):
        session.work()
    t = session.trainer
    assert t.paths == {"compiled"} and t.step_count > 200
    assert len(session.timeline.checkpoints) > 2               # the timeline kept checkpoints meanwhile
    ref = Trainer(t.config)
    ref.run(steps=t.step_count)                  # the same path, sliced otherwise: the same numbers
    assert all(np.array_equal(x, y) for x, y in zip(_arrays(ref), _arrays(t)))
    assert ref.history.to_dict() == t.history.to_dict()

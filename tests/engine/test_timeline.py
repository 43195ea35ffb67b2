"""The timeline (nnsim.timeline) and its session commands: checkpoints, scrubbing, branching."""
from __future__ import annotations

import numpy as np
import pytest

from nnsim import config as _config
from nnsim import session as S
from nnsim.timeline import Timeline, restore
from nnsim.training import Trainer

from test_session import FakeClock


def dropout_config(**training) -> dict:
    cfg = S.default_config()
    cfg["network"]["hidden"] = [6, 4]
    cfg["training"].update({"optimizer": "adam", "learning_rate": 0.01, "batch_size": 16,
                            "keep_prob": 0.8, "eval_every": 7, **training})
    return cfg


def params(network) -> list[np.ndarray]:
    return [p.copy() for p in network.parameters()]


def same(a, b) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


@pytest.fixture
def session():
    return S.Session(dropout_config(), clock=FakeClock())


def test_memory_stays_bounded_and_spread_over_the_run():
    trainer = Trainer(_config.parse(dropout_config()))
    timeline = Timeline(limit=40)
    timeline.take(trainer)
    taken = 0
    for _ in range(5000):
        trainer.step()
        if timeline.due(trainer.step_count):
            timeline.take(trainer)
            taken += 1
        assert len(timeline) <= 40
    steps = timeline.steps
    assert steps[0] == 0                                   # the untrained network is kept
    assert steps[-1] > 5000 - 4 * timeline.every           # and recent ones
    assert list(steps) == sorted(set(steps))
    assert taken < 5000 // 8                               # not taken at every step
    gaps = np.diff(steps)
    assert gaps[-5:].max() < gaps[:5].min()                # denser at the end
    assert timeline.every > 1


def test_checkpoints_hold_copies_not_live_arrays():
    trainer = Trainer(_config.parse(dropout_config()))
    timeline = Timeline()
    timeline.take(trainer)
    before = params(trainer.network)
    for _ in range(5):
        trainer.step()
    assert same(timeline[0].parameters(), before)


def test_scrubbing_shows_exactly_the_saved_parameters(session):
    for _ in range(40):
        session.handle(S.Step())
    t = session.trainer
    present = params(t.network)
    ckpts = list(session.timeline.checkpoints)
    snap = session.snapshot()
    assert snap.timeline == tuple(c.step for c in ckpts) and snap.scrubbed is None
    i = len(ckpts) // 2
    session.take()
    session.handle(S.ScrubTo(i))
    snap = S.Session.take(session)[-1]
    assert snap.scrubbed == i and snap.step == ckpts[i].step and not snap.running
    saved = ckpts[i].parameters()
    shown = [a for k in range(1, len(snap.weights)) for a in (snap.weights[k], snap.biases[k])]
    assert same(shown, saved)
    assert snap.batch_costs[-1, 0] <= ckpts[i].step          # the curves stop at that moment
    session.handle(S.LeaveTimeline())
    snap = session.take()[-1]
    assert snap.scrubbed is None and snap.step == 40
    assert same(params(session.trainer.network), present)


def test_continuing_from_a_checkpoint_reproduces_the_run_bit_for_bit(session):
    for _ in range(30):
        session.handle(S.Step())
    # the original run's next steps from checkpoint 20, recorded along the way
    original = {}
    for _ in range(15):
        session.handle(S.Step())
        original[session.trainer.step_count] = params(session.trainer.network)
    i = session.timeline.steps.index(30)
    session.handle(S.ScrubTo(i))
    session.handle(S.ContinueFrom(i))
    snap = session.take()[-1]
    assert snap.step == 30 and snap.scrubbed is None
    assert max(snap.timeline) == 30                          # later checkpoints are discarded
    assert snap.batch_costs[-1, 0] == 30                     # and the later history
    for _ in range(15):
        session.handle(S.Step())
        assert same(params(session.trainer.network), original[session.trainer.step_count])


def test_continue_without_scrubbing_first_and_leaving_by_training(session):
    for _ in range(12):
        session.handle(S.Step())
    now = params(session.trainer.network)
    session.handle(S.ScrubTo(0))
    session.handle(S.Step())                                 # any training command goes back to now first
    msgs = session.take()
    assert any(isinstance(m, S.Notice) and m.code == "timeline_left" for m in msgs)
    assert msgs[-1].step == 13 and msgs[-1].scrubbed is None
    session.handle(S.ContinueFrom(0))
    assert session.trainer.step_count == 0 and session.timeline.steps == (0,)
    fresh = S.Session(dropout_config(), clock=FakeClock())
    for _ in range(12):
        session.handle(S.Step())
        fresh.handle(S.Step())
    assert same(params(session.trainer.network), params(fresh.trainer.network))
    assert same(params(session.trainer.network), now)


def test_replay_plays_the_next_step_and_keeps_the_present(session):
    for _ in range(10):
        session.handle(S.Step())
    present = params(session.trainer.network)
    i = session.timeline.steps.index(5)
    session.handle(S.ScrubTo(i))
    session.handle(S.SetSpeed(0.5))
    session.handle(S.ReplayStep())
    kinds = []
    for _ in range(100):
        if not session.running:
            break
        session.clock.now += 0.3                             # a phase lasts 1 / (0.5 × 8) s
        session.work()
        if session.stepper.current is not None:
            kinds.append(session.stepper.current.kind)
    assert not session.running and kinds[-1] == "update" and "forward" in kinds
    assert session.trainer.step_count == 6 and session.scrubbed == i
    assert session.timeline.steps[-1] == 10                  # nothing taken while scrubbed
    session.handle(S.LeaveTimeline())
    assert same(params(session.trainer.network), present)


def test_bad_checkpoint_index_is_an_error(session):
    session.take()
    session.handle(S.ScrubTo(5))
    assert [m.code for m in session.take() if isinstance(m, S.Notice)] == ["bad_checkpoint"]


def test_restore_with_another_optimizer_starts_fresh_optimizer_state():
    trainer = Trainer(_config.parse(dropout_config()))
    timeline = Timeline()
    timeline.take(trainer)
    for _ in range(3):
        trainer.step()
    timeline.take(trainer)
    trainer.apply_training(_config.parse(dropout_config(optimizer="momentum")))
    restore(trainer, timeline[1])
    assert trainer.optimizer.name == "momentum" and trainer.optimizer.t == 0
    trainer.step()                                           # and it trains


# -- batch of one -------------------------------------------------------------------------------
def test_batch_of_one_trains_on_that_row_and_dW_is_its_gradient():
    cfg = dropout_config(keep_prob=1.0, optimizer="gd")
    session = S.Session(cfg, clock=FakeClock())
    session.handle(S.SetBatchOfOne(7))
    t = session.trainer
    W_before = params(t.network)
    epoch, pos = t.epoch, t._pos
    net = t.network.copy()
    X, Y = t.problem.X["train"][7:8], t.problem.Y["train"][7:8]
    expected = net.backward(net.forward(X), Y)
    views = []
    for _ in range(2 * t.network.depth + 2):
        session.handle(S.PhaseNext())
        views.append(session.stepper.current)
    assert list(views[0].batch) == [7] and views[-1].kind == "update"
    for v in views:
        if v.kind == "backward":
            assert np.allclose(v.values["dW"], expected.dW[v.layer], rtol=0, atol=1e-15)
    lr = t.learning_rate
    assert np.allclose(t.network.weights[1], W_before[0] - lr * expected.dW[1], rtol=0, atol=1e-15)
    assert (t.epoch, t._pos) == (epoch, pos)                 # the epoch stood still
    assert session.snapshot().batch_of_one == 7
    session.handle(S.SetBatchOfOne(None))
    assert t.fixed_rows is None and session.snapshot().batch_of_one is None
    session.take()
    session.handle(S.SetBatchOfOne(10 ** 6))
    assert [m.code for m in session.take() if isinstance(m, S.Notice)] == ["bad_probe"]

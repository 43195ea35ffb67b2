"""The engine session (nnsim.session): commands in, snapshots out, with an injected clock.

No Qt and no child process here: the Session runs in-process, and ``serve`` is
driven over a real pipe from a thread.
"""
from __future__ import annotations

import math
import pickle
import threading
from multiprocessing import Pipe

import numpy as np
import pytest

from nnsim import session as S
from nnsim.serve import serve


class FakeClock:
    """Advances by ``tick`` seconds at every reading: time passes only as the code looks at it."""

    def __init__(self, tick: float = 1e-4) -> None:
        self.now = 0.0
        self.tick = tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


def snapshots(msgs):
    return [m for m in msgs if isinstance(m, S.Snapshot)]


def notices(msgs):
    return [m for m in msgs if isinstance(m, S.Notice)]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def session(clock):
    return S.Session(clock=clock)


def test_default_project_is_the_playgrounds(session):
    snap = session.snapshot()
    assert snap.spec["sizes"] == [2, 4, 2, 1]
    assert snap.spec["activation"] == "tanh"
    assert snap.config["data"]["dataset"] == "circle"
    assert snap.config["training"]["learning_rate"] == 0.03
    assert snap.config["training"]["batch_size"] == 10


def test_one_snapshot_follows_each_command(session):
    session.take()
    for cmd in (S.Step(), S.SetSpeed(5.0), S.Pause(), S.SetProbe(3)):
        session.handle(cmd)
        msgs = session.take()
        assert len(snapshots(msgs)) == 1, cmd


def test_playing_sends_at_most_one_snapshot_per_thirtieth_of_a_second(session, clock):
    # the fake clock moves only as the code reads it: 200 compiled steps a reading would reach the
    # epoch limit in a fake second (so would 200 fused NumPy steps); the pacing is the same on any path
    session.trainer.use_compiled = session.trainer.use_fused = False
    session.handle(S.Play())
    session.take()
    start = clock.now
    sent = 0
    while clock.now - start < 2.0:
        session.work()
        sent += len(snapshots(session.take()))
    elapsed = clock.now - start
    assert session.trainer.step_count > 100
    # no more than one per interval (plus the boundary one), and the view is kept fed
    assert sent <= math.floor(elapsed / S.SNAPSHOT_INTERVAL) + 1
    assert sent >= 0.8 * elapsed / S.SNAPSHOT_INTERVAL - 2


def test_paused_session_sends_nothing_without_commands(session, clock):
    session.take()
    for _ in range(100):
        session.work()
    assert session.take() == []
    assert session.timeout() is None          # the loop blocks on the pipe


def test_snapshot_arrays_are_read_only_even_after_the_pipe(session):
    session.handle(S.Step(3))
    snap = snapshots(session.take())[0]
    copied = pickle.loads(pickle.dumps(snap))
    for s in (snap, copied):
        arrays = [s.weights[1], s.biases[1], s.boundary.values, s.heatmaps[1], s.probe.A[1], s.batch_costs]
        for a in arrays:
            assert not a.flags.writeable
            with pytest.raises(ValueError):
                a[...] = 0


def test_snapshot_is_a_copy(session):
    snap = session.snapshot()
    before = snap.weights[1].copy()
    session.handle(S.Step(50))
    assert np.array_equal(snap.weights[1], before)
    assert not np.array_equal(session.trainer.network.weights[1], before)


def test_step_advances_by_exactly_one_and_epoch_by_one_epoch(session):
    session.handle(S.Step())
    assert session.trainer.step_count == 1
    session.handle(S.Step(4))
    assert session.trainer.step_count == 5
    epoch = session.trainer.epoch
    session.handle(S.StepEpoch())
    assert session.trainer.epoch == epoch + 1
    # 150 training rows, batches of 10: an epoch is 15 steps; a partial epoch was under way
    assert session.trainer.step_count == 15


def test_training_setting_applies_without_reset(session):
    session.handle(S.Step(20))
    gen = session.generation
    weights = session.trainer.network.weights[1].copy()
    cfg = session.trainer.config.replace({"training.learning_rate": 0.3}).to_dict()
    session.handle(S.SetConfig(cfg))
    snap = snapshots(session.take())[-1]
    assert snap.generation == gen and snap.step == 20
    assert snap.learning_rate == 0.3
    assert np.array_equal(session.trainer.network.weights[1], weights)


def test_topology_edit_rebuilds_with_fresh_weights(session):
    session.handle(S.Step(20))
    gen = session.generation
    cfg = session.trainer.config.replace({"network.hidden": [3, 2]}).to_dict()
    session.handle(S.SetConfig(cfg))
    snap = snapshots(session.take())[-1]
    assert snap.generation == gen + 1
    assert snap.step == 0 and snap.spec["sizes"] == [2, 3, 2, 1]
    assert snap.data is not None                 # a rebuild resends the data


def test_bad_command_is_a_notice_and_changes_nothing(session):
    session.handle(S.Step(5))
    session.take()
    before = [p.copy() for p in session.trainer.network.parameters()]
    bad = session.trainer.config.to_dict()
    bad["training"]["learning_rate"] = -1
    session.handle(S.SetConfig(bad))
    msgs = session.take()
    (err,) = notices(msgs)
    assert err.kind == "error" and err.code == "bad_value" and "learning_rate" in err.message
    assert all(np.array_equal(a, b) for a, b in zip(before, session.trainer.network.parameters()))
    session.handle(S.SetWeight(9, 0, 0, 1.0))
    assert notices(session.take())[0].code == "bad_weight"


def test_loading_a_corrupt_project_leaves_the_session_untouched(session, tmp_path):
    bad = tmp_path / "bad.nnsim"
    bad.write_bytes(b"not a zip at all")
    session.handle(S.Step(7))
    session.take()
    trainer = session.trainer
    session.handle(S.LoadProject(str(bad)))
    (err,) = notices(session.take())
    assert err.kind == "error" and err.code == "project_damaged"
    assert session.trainer is trainer and trainer.step_count == 7


def test_save_and_load_round_trip(session, tmp_path):
    path = tmp_path / "run.nnsim"
    session.handle(S.Step(30))
    session.handle(S.SaveProject(str(path)))
    assert notices(session.take())[0].kind == "saved"
    weights = session.trainer.network.weights[1].copy()
    other = S.Session(clock=FakeClock())
    other.handle(S.LoadProject(str(path)))
    msgs = other.take()
    assert notices(msgs)[0].kind == "loaded"
    assert np.array_equal(snapshots(msgs)[-1].weights[1], weights)
    assert snapshots(msgs)[-1].step == 30


def test_set_weight_and_bias(session):
    session.handle(S.SetWeight(1, 2, 1, 0.75))
    session.handle(S.SetWeight(2, 0, -1, -0.5))
    net = session.trainer.network
    assert net.weights[1][2, 1] == 0.75 and net.biases[2][0] == -0.5


def test_divergence_pauses_and_rollback_resumes(clock):
    cfg = S.default_config()
    cfg["network"]["activation"] = "linear"       # nothing saturates: the steps overshoot and grow
    cfg["training"].update(learning_rate=5.0)
    session = S.Session(cfg, clock=clock)
    session.handle(S.Play())
    for _ in range(20000):
        session.work()
        if session.trainer.stopped == "diverged":
            break
    assert session.trainer.stopped == "diverged"
    assert not session.running
    snap = session.snapshot()
    assert snap.stopped == "diverged"
    assert "learning rate 5 is probably too high" in snap.message
    assert all(np.isfinite(w).all() for w in snap.weights[1:])
    session.take()
    session.handle(S.Play())                       # refused until rolled back
    assert notices(session.take())[0].code == "diverged_paused"
    session.handle(S.Rollback(0.5))
    assert session.trainer.stopped is None
    assert session.trainer.config.training["learning_rate"] == 0.5
    session.handle(S.Step())
    assert session.trainer.stopped is None


def test_speed_limits_steps_per_second(session, clock):
    session.handle(S.SetSpeed(4.0))
    session.handle(S.Play())
    start = clock.now
    while clock.now - start < 2.5:
        session.work()
    # 4 steps a second for 2.5 s: 10 steps, the first at once
    assert 10 <= session.trainer.step_count <= 11


def test_drawn_points(session):
    X = ((0.1, 0.2), (0.5, -0.4), (-0.3, 0.3), (0.9, 0.9))
    y = (0, 1, 0, 1)
    cfg = session.trainer.config.replace({"data.test_fraction": 0.0}).to_dict()
    session.handle(S.SetConfig(cfg))
    session.handle(S.SetPoints(X, y, 2))
    snap = snapshots(session.take())[-1]
    assert snap.config["data"]["dataset"] == "drawn"
    assert snap.data is not None and np.allclose(snap.data.X, X)
    session.handle(S.Step())
    assert session.trainer.step_count == 1


def test_serve_over_a_pipe_delivers_commands_in_order_and_stops():
    ours, theirs = Pipe()
    thread = threading.Thread(target=serve, args=(theirs, None))
    thread.start()
    try:
        first = ours.recv()
        assert isinstance(first, S.Snapshot) and first.step == 0
        for n in (1, 2, 3):
            ours.send(S.Step(n))
        steps = []
        while len(steps) < 3:
            msg = ours.recv()
            if isinstance(msg, S.Snapshot):
                steps.append(msg.step)
        assert steps == [1, 3, 6]
        ours.send(S.Stop())
        thread.join(10)
        assert not thread.is_alive()
    finally:
        if thread.is_alive():
            ours.close()
            thread.join(10)


# -- step-by-step and propagation -------------------------------------------------------------
def test_step_by_step_phases_arrive_in_snapshots(session):
    session.handle(S.SetMode("step"))
    kinds = []
    for _ in range(8):
        session.handle(S.PhaseNext())
        snap = snapshots(session.take())[-1]
        kinds.append((snap.phase.kind, snap.phase.layer))
        assert snap.mode == "step" and not snap.running
    assert kinds == [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
                     ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]
    assert session.trainer.step_count == 1
    session.handle(S.PhasePrev())
    assert snapshots(session.take())[-1].phase.kind == "backward"
    assert session.trainer.step_count == 1


def test_another_command_discards_a_part_done_step(session):
    before = [p.copy() for p in session.trainer.network.parameters()]
    for _ in range(5):
        session.handle(S.PhaseNext())
    session.take()
    cfg = session.trainer.config.replace({"training.learning_rate": 0.1}).to_dict()
    session.handle(S.SetConfig(cfg))
    msgs = session.take()
    assert any(n.code == "step_discarded" for n in notices(msgs))
    assert snapshots(msgs)[-1].phase is None
    assert session.trainer.step_count == 0
    assert all(np.array_equal(a, b) for a, b in zip(before, session.trainer.network.parameters()))


def test_propagation_mode_plays_phases_in_order_at_the_speed_set(session, clock):
    session.handle(S.SetMode("propagation"))
    session.handle(S.SetSpeed(0.5))          # one step every 2 s: 8 phases, 4 a second
    session.handle(S.Play())
    session.take()
    seen = []
    start = clock.now
    while clock.now - start < 4.0:
        session.work()
        seen += [(s.phase.kind, s.phase.layer) for s in snapshots(session.take()) if s.phase is not None]
    order = [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
             ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]
    assert seen[:16] == order * 2
    assert 16 <= len(seen) <= 17
    assert session.trainer.step_count == 2


def test_propagation_faster_than_the_eye_falls_back_to_live(session, clock):
    session.handle(S.SetMode("propagation"))
    session.handle(S.SetSpeed(None))
    session.handle(S.Play())
    snap = snapshots(session.take())[-1]
    assert snap.mode == "propagation" and not snap.animating
    start = clock.now
    while clock.now - start < 0.2:
        session.work()
    assert session.trainer.step_count > 50


# -- every command has a handler ---------------------------------------------------------------
def _sample(kind: type, tmp: str) -> "S.Command":
    """An instance of every command class (the test fails for a class it does not know)."""
    samples = {
        S.Step: S.Step(1), S.SetSpeed: S.SetSpeed(10.0), S.SetConfig: S.SetConfig(S.default_config()),
        S.SetPoints: S.SetPoints(((0.0, 0.0), (1.0, 1.0)), (0, 1)), S.SetWeight: S.SetWeight(1, 0, 0, 0.5),
        S.SetParameters: S.SetParameters((None,), (None,)), S.SetProbe: S.SetProbe(0),
        S.SetSlice: S.SetSlice((0, 1)), S.Rollback: S.Rollback(0.01),
        S.LoadProject: S.LoadProject(f"{tmp}/missing.nnsim"), S.SaveProject: S.SaveProject(f"{tmp}/a.nnsim"),
        S.ExportWeights: S.ExportWeights(f"{tmp}/w.npz"), S.ExportData: S.ExportData(f"{tmp}/d.csv"),
        S.SetMode: S.SetMode("step"), S.ScrubTo: S.ScrubTo(0), S.ContinueFrom: S.ContinueFrom(0),
        S.SetBatchOfOne: S.SetBatchOfOne(None), S.SetBatchOfDrawn: S.SetBatchOfDrawn(None),
        S.Restore: S.Restore((None,), (None,), 0, 0, (), (), ()),
    }
    return samples[kind] if kind in samples else kind()


def test_every_command_class_has_a_handler_in_the_session(tmp_path):
    from nnsim.commands import all_commands
    kinds = [k for k in all_commands() if k.__module__ == "nnsim.commands"]   # not a test's own
    assert len(kinds) >= 28
    for kind in kinds:
        assert S.Session.handles(kind), f"Session has no handler for {kind.__name__}"
        session = S.Session()
        session.handle(_sample(kind, str(tmp_path)))
        codes = [m.code for m in session.take() if isinstance(m, S.Notice)]
        assert "bad_command" not in codes, kind.__name__


def test_a_command_the_session_does_not_know_is_an_error_notice(session):
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Unknown(S.Command):
        pass

    assert not S.Session.handles(Unknown)
    session.handle(Unknown())
    assert [m.code for m in session.take() if isinstance(m, S.Notice)] == ["bad_command"]


# -- large data: the snapshot carries an even sample (issue 14 point 4) ----------------------------------
def test_a_100k_row_data_set_is_sent_as_at_most_5000_points_with_its_total():
    from nnsim.snapshot import DRAWN_POINTS, DataView
    session = S.Session({"data": {"dataset": "circle", "samples": 100_000, "dev_fraction": 0.2,
                                  "test_fraction": 0.1}})
    data = session.snapshot().data
    full, split = session.trainer.problem.dataset, session.trainer.problem.split
    assert DRAWN_POINTS == 5_000 and data.thinned and data.total == 100_000
    assert data.shown == len(data.X) == len(data.y) <= 5_000
    assert len(data.train) + len(data.dev) + len(data.test) == data.shown
    for name in ("train", "dev", "test"):                       # each split in its share
        share = len(getattr(split, name)) / 100_000
        assert abs(len(getattr(data, name)) / data.shown - share) < 0.01, name
    for row in (int(data.train[0]), int(data.train[len(data.train) // 2]), int(data.train[-1])):
        position = data.training_position(row)                    # a view row → the run's training row
        assert np.array_equal(data.X[row], full.X[split.train[position]])
    assert data.training_position(int(data.dev[0])) is None
    again = DataView.of(full, split)                              # the same sample every time
    assert np.array_equal(again.X, data.X) and np.array_equal(again.train, data.train)
    small = S.Session().snapshot().data                           # small data: all of it, as before
    assert not small.thinned and small.total == small.shown == len(small.X)
    assert small.training_position(int(small.train[3])) == 3
    assert pickle.loads(pickle.dumps(data)).total == 100_000


# -- an engine restarted from the last snapshot (issue 14 point 3) ---------------------------------------
def test_restore_puts_back_weights_counters_and_history_from_a_snapshot():
    cfg = S.default_config()
    cfg["training"]["early_stopping"] = 0
    first = S.Session(cfg)
    first.handle(S.Step(450))
    shown = first.snapshot()
    again = S.Session(cfg)
    again.handle(S.Restore(shown.weights, shown.biases, shown.step, shown.epoch, shown.history, shown.events,
                           shown.batch_costs))
    notices = [m for m in again.take() if isinstance(m, S.Notice)]
    assert [n.code for n in notices] == ["restored"] and "step 450" in notices[0].message
    snap = again.snapshot()
    assert (snap.step, snap.epoch) == (450, shown.epoch) and shown.epoch > 0
    np.testing.assert_array_equal(snap.history, shown.history)
    np.testing.assert_array_equal(snap.batch_costs, shown.batch_costs)
    for k in (1, 2):
        np.testing.assert_array_equal(snap.weights[k], shown.weights[k])
    again.handle(S.Step(1))                                     # and it goes on counting from there
    assert again.snapshot().step == 451


def test_restore_of_a_batch_normalised_run_puts_back_gamma_beta_and_running_averages():
    """Batch norm's γ, β and running averages come back with W and b (they used to restart at 1, 0)."""
    cfg = S.default_config()
    cfg["training"]["early_stopping"] = 0
    cfg["network"]["batch_norm"] = True
    first = S.Session(cfg)
    first.handle(S.Step(200))
    shown = first.snapshot()
    assert not np.allclose(shown.gamma[1], 1.0) and not np.allclose(shown.running_var[1], 1.0)
    normalisation = tuple((name, getattr(shown, name)) for name in ("gamma", "beta", "running_mean", "running_var"))
    again = S.Session(cfg)
    again.handle(S.Restore(shown.weights, shown.biases, shown.step, shown.epoch, shown.history, shown.events,
                           shown.batch_costs, normalisation))
    assert [m.code for m in again.take() if isinstance(m, S.Notice)] == ["restored"]
    snap = again.snapshot()
    for name in ("weights", "gamma", "beta", "running_mean", "running_var"):
        for k in (1, 2):
            np.testing.assert_array_equal(getattr(snap, name)[k], getattr(shown, name)[k])
    assert snap.biases[1] is None and snap.biases[2] is None
    np.testing.assert_array_equal(snap.biases[3], shown.biases[3])
    assert snap.figures == shown.figures                        # the same network: the same costs
    # a b for a normalised layer is refused, and nothing changes
    bad = list(shown.biases)
    bad[1] = np.zeros(len(shown.gamma[1]))
    again.handle(S.SetParameters(tuple(shown.weights), tuple(bad)))
    assert [m.code for m in again.take() if isinstance(m, S.Notice)] == ["bad_shape"]
    np.testing.assert_array_equal(again.snapshot().gamma[1], shown.gamma[1])


def test_set_weight_changes_one_number_and_refuses_what_is_not_there():
    session = S.Session()
    before = session.snapshot()
    session.handle(S.SetWeight(2, 1, 0, 0.25))
    session.handle(S.SetWeight(1, 0, -1, -0.5))                  # -1: the bias of unit 0
    after = session.snapshot()
    assert after.weights[2][1, 0] == 0.25 and after.biases[1][0] == -0.5
    changed = after.weights[2] != before.weights[2]
    assert changed.sum() == 1 and before.weights[2][1, 0] != 0.25           # the old snapshot is untouched
    for bad in (S.SetWeight(9, 0, 0, 1.0), S.SetWeight(1, 99, 0, 1.0), S.SetWeight(1, 0, 7, 1.0),
                S.SetWeight(1, -1, 0, 1.0), S.SetWeight(1, 0, 0, float("nan"))):
        session.handle(bad)
        assert [m.code for m in session.take() if isinstance(m, S.Notice)] == ["bad_weight"], bad
    np.testing.assert_array_equal(session.snapshot().weights[1], after.weights[1])

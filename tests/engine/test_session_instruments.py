"""Instrument data in snapshots (issue 6): asked for with ``SetInstruments``, ``RunGradCheck``,
``RunPaths``, and equal to nnsim.instruments' own output on the same fixed training rows."""
from __future__ import annotations

import pickle

import numpy as np
import pytest

from nnsim import instruments as ins
from nnsim import presets
from nnsim import session as S
from nnsim.gradcheck import gradient_check


def session_after(pid: str | None = None, steps: int = 50) -> S.Session:
    s = S.Session(None if pid is None else presets.load(pid).to_dict())
    s.handle(S.Step(steps))
    s.take()
    return s


def test_no_instrument_data_by_default():
    s = S.Session()
    assert s.snapshot().instruments == {}


def test_activations_are_the_saturation_of_the_probe_rows():
    s = session_after("activations")
    s.handle(S.SetInstruments(("activations",), {"layer": 2}))
    snap = s.take()[-1]
    X, _ = s.probe_rows()
    assert X.shape[0] == min(S.PROBE_ROWS, s.trainer.train_rows)
    net = s.trainer.network
    want = ins.saturation(net, net.forward(X), 2)
    got = snap.instruments["activations"]
    assert got.layer == 2 and np.array_equal(got.Z, want.Z)
    assert {k: v.fraction for k, v in got.layers.items()} == {k: v.fraction for k, v in want.layers.items()}
    assert not got.Z.flags.writeable


def test_depth_profile_and_identical_units_under_zero_init():
    s = session_after("zero_init", steps=20)
    s.handle(S.SetInstruments(("depth",)))
    snap = s.take()[-1]
    X, Y = s.probe_rows()
    want = ins.depth_profile(s.trainer.network, X, Y)
    got = snap.instruments["depth"]
    for a, b in zip(got["profile"], want):
        assert np.array_equal(a.A_counts, b.A_counts) and np.array_equal(a.dW_counts, b.dW_counts)
        assert a.std_A == b.std_A and a.std_dW == b.std_dW
    assert got["identical"] == ins.identical_units(s.trainer.network)
    assert got["identical"][1] == [tuple(range(10))]


def test_instrument_data_survives_the_pipe_read_only():
    s = session_after()
    s.handle(S.SetInstruments(("activations", "depth")))
    snap = pickle.loads(pickle.dumps(s.take()[-1]))
    assert not snap.instruments["activations"].Z.flags.writeable
    assert not snap.instruments["depth"]["profile"][0].A_counts.flags.writeable


def test_gradient_check_comes_once_on_request():
    s = session_after("gradient_checking")
    s.handle(S.RunGradCheck())
    snap = s.take()[-1]
    X, Y = s.probe_rows(S.GRADCHECK_ROWS)
    want = gradient_check(s.trainer.network, X, Y)
    got = snap.instruments["gradcheck"]
    assert got["rows"] == S.GRADCHECK_ROWS and got["break_layer"] is None
    assert got["result"].difference == want.difference and got["result"].per_layer == want.per_layer
    assert got["verdicts"] == {k: "correct" for k in want.per_layer}
    assert "gradcheck" not in s.snapshot().instruments            # never every frame


def test_broken_backprop_points_at_its_layer():
    s = session_after("gradient_checking")
    s.handle(S.RunGradCheck(2, 2.0))
    got = s.take()[-1].instruments["gradcheck"]
    X, Y = s.probe_rows(S.GRADCHECK_ROWS)
    want = ins.broken_gradient_check(s.trainer.network, X, Y, 2, 2.0)
    assert got["verdicts"] == want.verdicts and got["verdicts"][2] == "wrong"
    assert got["result"].per_layer == want.result.per_layer


def test_paths_on_the_bowl_and_on_two_network_weights():
    s = session_after("input_normalization")
    s.handle(S.RunPaths("bowl", steps=30))
    got = s.take()[-1].instruments["paths"]
    want = ins.optimizer_paths(ins.quadratic_bowl(), S.BOWL_START, learning_rate=S.BOWL_LEARNING_RATE, steps=30)
    for name in want.paths:
        assert np.array_equal(got.paths[name], want.paths[name])
    s.handle(S.RunPaths("network", steps=10))
    got = s.take()[-1].instruments["paths"]
    X, Y = s.probe_rows()
    net = s.trainer.network
    surface = ins.network_surface(net, X, Y, (1, 0, 0), (1, 0, 1))
    want = ins.optimizer_paths(surface, ins.start_of(net, (1, 0, 0), (1, 0, 1)),
                               learning_rate=s.trainer.learning_rate, steps=10, grid=31)
    assert got.labels == ("W1[0, 0]", "W1[0, 1]")
    for name in want.paths:
        assert np.allclose(got.paths[name], want.paths[name])
    assert np.allclose(got.J, want.J)


@pytest.mark.parametrize("cmd", [S.SetInstruments(("nope",)), S.RunPaths("saddle"),
                                 S.SetInstruments(("activations",), {"layer": 0})])
def test_bad_requests_are_notices_and_change_nothing(cmd):
    s = S.Session()
    s.handle(cmd)
    notices = [m for m in s.take() if isinstance(m, S.Notice)]
    assert notices and notices[0].kind == "error"
    assert s.instrument_names == ()


def test_instrument_commands_keep_a_part_done_step():
    s = S.Session()
    s.handle(S.SetMode("step"))
    s.handle(S.PhaseNext())
    s.handle(S.SetInstruments(("activations",)))
    s.handle(S.RunGradCheck())
    assert s.stepper.part_way


def test_shift_readings_follow_the_steps_and_start_afresh_on_a_rebuild():
    s = S.Session(presets.load("batch_norm").to_dict())
    s.handle(S.SetInstruments(("shift",)))
    for _ in range(3):
        s.handle(S.Step(10))
    got = s.take()[-1].instruments["shift"]
    assert got["steps"].tolist() == [0, 10, 20, 30] and got["levels"] == ins.SHIFT_QUANTILES
    X, _ = s.probe_rows()
    np.testing.assert_array_equal(got["quantiles"][-1], ins.z_quantiles(s.trainer.network, X))
    assert got["quantiles"].shape == (4, 5, 3) and not got["quantiles"].flags.writeable
    s.handle(S.SetConfig(s.trainer.config.replace({"network.batch_norm": True}).to_dict()))
    assert s.take()[-1].instruments["shift"]["steps"].tolist() == [0]

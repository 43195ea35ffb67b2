"""Step-by-step mode (nnsim.stepper): phases pulled one at a time from the training step itself."""
from __future__ import annotations

import numpy as np
import pytest

from nnsim import config
from nnsim.stepper import PhaseStepper
from nnsim.training import Trainer


def make(keep_prob=1.0, optimizer="adam"):
    cfg = config.parse({"seed": 3, "data": {"dataset": "moons", "samples": 120, "noise": 0.2},
                        "network": {"hidden": [5, 3], "activation": "tanh", "init": "xavier_normal"},
                        "training": {"optimizer": optimizer, "learning_rate": 0.05, "batch_size": 16,
                                     "keep_prob": keep_prob}})
    return Trainer(cfg)


def params(t):
    return [p.copy() for p in t.network.parameters()]


def same(a, b):
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_phase_order_of_one_step():
    stepper = PhaseStepper(make())
    seen = [(v.kind, v.layer) for v in (stepper.next() for _ in range(8))]
    assert seen == [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
                    ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]
    assert stepper.current.total == 8 and not stepper.part_way
    assert stepper.next().kind == "forward" and stepper.current.step == 2


def test_every_phase_carries_the_steps_dropout_masks_so_far():
    """The canvas cuts dropped links in every phase of the step, from the phase alone (issue #11:
    no memory of earlier phases in the UI)."""
    stepper = PhaseStepper(make(keep_prob=0.6))
    views = [stepper.next() for _ in range(8)]
    masks = {v.layer: v.values["mask"] for v in views if v.kind == "forward" and v.layer < 3}
    assert set(masks) == {1, 2} and all(((m == 0) | np.isclose(m, 1 / 0.6)).all() for m in masks.values())
    for i, v in enumerate(views):
        expected = {k: m for k, m in masks.items() if k <= min(i + 1, 2)}
        assert set(v.values["masks"]) == set(expected), (v.kind, v.layer)
        assert all(np.array_equal(v.values["masks"][k], m) for k, m in expected.items())
    assert PhaseStepper(make()).next().values["masks"] == {}          # no dropout, no masks


@pytest.mark.parametrize("keep_prob", [1.0, 0.7])
def test_stepping_through_phases_equals_training_steps(keep_prob):
    a, b = make(keep_prob), make(keep_prob)
    stepper = PhaseStepper(a)
    for _ in range(3 * 8 + 5):           # three whole steps, then part of a fourth
        stepper.next()
    stepper.discard()
    for _ in range(3):
        b.step()
    assert a.step_count == b.step_count == 3
    assert same(params(a), params(b))
    a.step(); b.step()                   # the discarded part left no trace (rng, row order)
    assert same(params(a), params(b))


def test_displayed_numbers_are_the_engines():
    t = make()
    stepper = PhaseStepper(t)
    before = t.network.copy()
    views = [stepper.next() for _ in range(8)]
    batch = views[0].batch
    X, Y = t.problem.X["train"][batch], t.problem.Y["train"][batch]
    trace = before.forward(X)
    grads = before.backward(trace, Y)
    for v in views:
        k = v.layer
        if v.kind == "forward":
            assert np.array_equal(v.values["Z"], trace.Z[k]) and np.array_equal(v.values["A"], trace.A[k])
            assert np.array_equal(v.values["W"], before.weights[k])
        elif v.kind == "loss":
            assert v.values["cost"] == pytest.approx(before.cost(trace, Y), rel=1e-15)
        elif v.kind == "backward":
            for name in ("dZ", "dW", "db"):
                assert np.array_equal(v.values[name], getattr(grads, name)[k]), name
            assert np.array_equal(v.values["dA_prev"], grads.dA[k - 1])
        else:
            assert same(list(v.values["W_new"][1:]), list(t.network.weights[1:]))
            assert v.info["optimizer"] == "adam" and v.info["t"] == 1
            assert v.values["v_hat_divisor"] == pytest.approx(1 - 0.9)
            # Adam's first step, by its formula: v = 0.1·dW, s = 0.001·dW², W ← W − α·v̂/(√ŝ + ε)
            dW1 = grads.dW[1]
            assert np.allclose(v.values["v"][0], 0.1 * dW1, rtol=0, atol=1e-15)
            expected = before.weights[1] - 0.05 * dW1 / (np.sqrt(dW1 ** 2) + 1e-8)
            assert np.allclose(t.network.weights[1], expected, rtol=1e-12, atol=1e-15)


def test_previous_then_next_shows_identical_content():
    stepper = PhaseStepper(make())
    for _ in range(5):
        stepper.next()
    fifth = stepper.current
    assert stepper.previous().kind == "loss"
    assert stepper.next() is fifth
    assert stepper.part_way


def test_discard_part_way_leaves_weights_untouched():
    t = make(keep_prob=0.8)
    stepper = PhaseStepper(t)
    before = params(t)
    for _ in range(7):                    # everything but the update
        stepper.next()
    assert stepper.discard() is True
    assert same(before, params(t)) and t.step_count == 0 and stepper.current is None


def test_views_are_read_only():
    stepper = PhaseStepper(make())
    v = stepper.next()
    with pytest.raises(ValueError):
        v.values["Z"][0, 0] = 1.0
    with pytest.raises(ValueError):
        v.batch[0] = 0


@pytest.mark.parametrize("output", ["sigmoid", "mse_sigmoid"])
def test_backward_phases_carry_what_the_step_view_shows(output):
    """g′(Z), Z and the mask of each backward layer, and A and Y at a fused output, are the engine's:
    dZ⁽ᵏ⁾ = (dA⁽ᵏ⁾ ⊙ mask⁽ᵏ⁾) ⊙ g′(Z⁽ᵏ⁾) exactly, with Z and the mask of the step's forward phase."""
    from nnsim.activations import ACTIVATIONS
    t = make(keep_prob=0.8)
    if output == "mse_sigmoid":          # an output that is not fused: its g′ is shown too
        t = Trainer(t.config.replace({"network.loss": "mse"}))
    stepper = PhaseStepper(t)
    views = [stepper.next() for _ in range(2 * t.network.depth + 2)]
    forward = {v.layer: v for v in views if v.kind == "forward"}
    loss = next(v for v in views if v.kind == "loss")
    L = t.network.depth
    fused = bool(views[0].info["fused_output"])
    assert fused == (output == "sigmoid")
    for v in (v for v in views if v.kind == "backward"):
        k, got = v.layer, v.values
        assert np.array_equal(got["Z"], forward[k].values["Z"])
        mask = forward[k].values["mask"]
        assert (got["mask"] is None) == (mask is None) and (mask is None or np.array_equal(got["mask"], mask))
        if k == L and fused:
            assert "g_prime" not in got
            assert np.array_equal(got["A"], loss.values["A"]) and np.array_equal(got["Y"], loss.values["Y"])
            assert np.array_equal(got["dZ"], got["A"] - got["Y"])
            continue
        g = ACTIVATIONS[v.info["activations"][k]]
        Z = forward[k].values["Z"]
        assert np.array_equal(got["g_prime"], g.derivative(Z, g.value(Z)))
        dA = got["dA"] if got["mask"] is None else got["dA"] * got["mask"]
        assert np.array_equal(got["dZ"], dA * got["g_prime"])
        assert not got["g_prime"].flags.writeable and not got["Z"].flags.writeable


@pytest.mark.parametrize("batch_norm", [False, True])
def test_update_carries_the_batchs_cost_before_and_after_the_step(batch_norm):
    """Issue 15 point 7: J of the same mini-batch before and after the update (dropout off)."""
    cfg = config.parse({"seed": 3, "data": {"dataset": "moons", "samples": 120, "noise": 0.2},
                        "network": {"hidden": [5, 3], "activation": "tanh", "init": "xavier_normal",
                                    "batch_norm": batch_norm},
                        "training": {"optimizer": "gd", "learning_rate": 0.5, "batch_size": 16, "l2": 0.1}})
    t = Trainer(cfg)
    stepper = PhaseStepper(t)
    views = [stepper.next() for _ in range(8)]
    X, Y = t.problem.X["train"][views[0].batch], t.problem.Y["train"][views[0].batch]
    update = views[-1].values
    # before: the loss phase's J (no dropout here, so the same number)
    assert update["cost_before"] == pytest.approx(views[3].values["cost"], rel=1e-14)
    # after: the updated network's J on that batch, batch norm on the batch's own μ and σ²
    after = t.network.cost(t.network.forward(X, training=True), Y, l2=0.1)
    assert update["cost_after"] == pytest.approx(after, rel=1e-14)
    assert update["cost_after"] < update["cost_before"]          # a small gradient step helps
    # fast training does not pay for it
    phases = list(t.phases(display=False))
    assert "cost_after" not in phases[-1].values and "cost_before" not in phases[-1].values


def test_cost_before_and_after_are_taken_with_dropout_off():
    t = make(keep_prob=0.5, optimizer="gd")
    stepper = PhaseStepper(t)
    before = t.network.copy()
    views = [stepper.next() for _ in range(8)]
    X, Y = t.problem.X["train"][views[0].batch], t.problem.Y["train"][views[0].batch]
    assert views[-1].values["cost_before"] == pytest.approx(before.cost(before.forward(X), Y), rel=1e-14)
    assert views[-1].values["cost_after"] == pytest.approx(t.network.cost(t.network.forward(X), Y), rel=1e-14)

"""nnsim.instruments: every figure an instrument shows, checked against a hand computation or a formula."""
from __future__ import annotations

import numpy as np
import pytest

from nnsim import activations, instruments as ins, optimizers, presets
from nnsim.errors import InvalidValueError
from nnsim.gradcheck import gradient_check
from nnsim.network import Network, NetworkSpec, Trace
from nnsim.training import Trainer


# -- 1. activation curves and saturation ------------------------------------------------------
def test_curves_are_the_registrys_formulas_on_the_default_grid():
    curves = ins.activation_curves()
    assert set(curves) == set(activations.HIDDEN_ACTIVATIONS)          # softmax is output only
    z = np.linspace(-6, 6, 241)
    s = 1 / (1 + np.exp(-z))
    np.testing.assert_allclose(curves["sigmoid"].z, z)
    np.testing.assert_allclose(curves["sigmoid"].value, s)
    np.testing.assert_allclose(curves["sigmoid"].derivative, s * (1 - s))            # σ′ = σ(1 − σ)
    np.testing.assert_allclose(curves["tanh"].derivative, 1 - np.tanh(z) ** 2)       # tanh′ = 1 − tanh²
    np.testing.assert_array_equal(curves["relu"].derivative, (z > 0).astype(float))
    np.testing.assert_array_equal(curves["linear"].derivative, np.ones_like(z))


def test_saturated_intervals_are_exactly_the_grid_points_with_a_small_derivative():
    curves = ins.activation_curves(["sigmoid", "tanh", "relu", "leaky_relu", "linear"])
    # σ′(z) < 0.05 ⇔ σ(1−σ) < 0.05 ⇔ |z| > ln((1+√0.8)/(1−√0.8)) ≈ 2.887: grid points from 2.9 out
    approx = lambda intervals: [pytest.approx(i) for i in intervals]
    assert list(curves["sigmoid"].saturated) == approx([(-6.0, -2.9), (2.9, 6.0)])
    # 1 − tanh²z < 0.05 ⇔ |z| > artanh(√0.95) ≈ 2.178: from 2.2 out
    assert list(curves["tanh"].saturated) == approx([(-6.0, -2.2), (2.2, 6.0)])
    assert list(curves["relu"].saturated) == approx([(-6.0, 0.0)])                # ReLU′(0) = 0
    assert list(curves["leaky_relu"].saturated) == approx([(-6.0, 0.0)])          # 0.01 < 0.05
    assert curves["linear"].saturated == ()
    for c in curves.values():                       # and the intervals cover those points, no others
        inside = np.zeros_like(c.z, dtype=bool)
        for lo, hi in c.saturated:
            inside |= (c.z >= lo) & (c.z <= hi)
        np.testing.assert_array_equal(inside, np.abs(c.derivative) < 0.05)


def test_curves_refuse_softmax_and_a_bad_grid():
    with pytest.raises(InvalidValueError):
        ins.activation_curves(["softmax"])
    with pytest.raises(InvalidValueError):
        ins.activation_curves(z=np.array([1.0, 0.0]))


def test_saturation_on_constructed_pre_activations():
    net = Network(NetworkSpec(inputs=2, hidden=(4, 3), activation=("tanh", "relu")), seed=0)
    m = 10
    Z1 = np.zeros((m, 4))
    Z1[:, 0] = 5.0                                  # tanh′(5) ≈ 1.8e-4 on every example: saturated
    Z1[:, 1] = 0.0                                  # tanh′(0) = 1: alive
    Z1[:9, 2] = -4.0                                # saturated on 9 of 10 (90%): saturated
    Z1[:8, 3] = 3.0                                 # on 8 of 10 (80%): not
    Z2 = -np.ones((m, 3))
    Z2[:, 0] = 0.0                                  # z ≤ 0 everywhere (0 included): dead
    Z2[3, 1] = 0.5                                  # positive once: alive
    trace = Trace([None, Z1, Z2, np.zeros((m, 1))], [np.zeros((m, 2)), np.tanh(Z1), np.maximum(Z2, 0),
                                                    np.full((m, 1), 0.5)], [None, None, None, None])
    sat = ins.saturation(net, trace, layer=2)
    assert set(sat.layers) == {1, 2}                                   # hidden layers only
    assert sat.layers[1].kind == "saturated" and sat.layers[2].kind == "dead"
    np.testing.assert_array_equal(sat.layers[1].units, [True, False, True, False])
    assert sat.layers[1].fraction == 0.5
    np.testing.assert_array_equal(sat.layers[2].units, [True, False, True])
    assert sat.layers[2].fraction == pytest.approx(2 / 3)
    np.testing.assert_array_equal(sat.Z, Z2.ravel())                   # the chosen layer's Z, for a histogram


def test_saturation_of_a_large_random_tanh_network_and_a_linear_one():
    X = np.random.default_rng(1).standard_normal((50, 2))
    big = Network(NetworkSpec(inputs=2, hidden=(20,), activation="tanh"), init="large_random", seed=1)
    small = Network(NetworkSpec(inputs=2, hidden=(20,), activation="tanh"), init="xavier_normal", seed=1)
    by_hand = lambda net: np.mean(np.mean(1 - np.tanh(X @ net.weights[1].T) ** 2 < 0.05, axis=0) >= 0.9)
    for net in (big, small):
        assert ins.saturation(net, net.forward(X)).layers[1].fraction == by_hand(net)
    assert ins.saturation(big, big.forward(X)).layers[1].fraction > 0        # weights ×10 push |z| past 2.2
    assert ins.saturation(small, small.forward(X)).layers[1].fraction == 0
    lin = Network(NetworkSpec(inputs=2, hidden=(5,), activation="linear"), init="large_random", seed=1)
    s = ins.saturation(lin, lin.forward(X), layer=None)
    assert s.layers[1].kind == "none" and s.layers[1].fraction == 0.0 and s.Z is None


# -- 2. depth profile and identical units -----------------------------------------------------
def _deep(activation: str, init: str, layers: int = 6, units: int = 20) -> tuple[Network, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    X = rng.standard_normal((64, 4))
    Y = (X[:, :1] * X[:, 1:2] > 0).astype(float)
    return Network(NetworkSpec(inputs=4, hidden=(units,) * layers, activation=activation), init=init, seed=3), X, Y


def test_depth_profile_counts_and_stds_match_the_passes():
    net, X, Y = _deep("relu", "large_random")                        # explodes: many entries off the range
    profile = ins.depth_profile(net, X, Y)
    trace = net.forward(X)
    grads = net.backward(trace, Y)
    assert [p.layer for p in profile] == list(range(1, net.depth + 1))
    for p in profile:
        k = p.layer
        A, dW = trace.A[k], grads.dW[k]
        assert p.A_counts.sum() == A.size and p.dW_counts.sum() == dW.size
        np.testing.assert_array_equal(p.A_edges, ins.A_EDGES)         # fixed, the same for every layer
        np.testing.assert_array_equal(p.dW_log_edges, ins.DW_LOG_EDGES)
        assert p.std_A == pytest.approx(np.std(A), rel=1e-12)
        assert p.std_dW == pytest.approx(np.std(dW), rel=1e-12)
        with np.errstate(divide="ignore"):
            logs = np.log10(np.abs(dW)).ravel()
        inner = np.histogram(logs[(logs > -12) & (logs < 2)], bins=ins.DW_LOG_EDGES)[0]
        assert (p.dW_counts[1:-1] == inner[1:-1]).all()                # interior bins: a plain histogram


def test_histogram_puts_outliers_in_the_end_bins():
    counts = ins.histogram(np.array([-10.0, -3.0, 0.1, 2.99, 3.0, 50.0]), np.linspace(-3, 3, 7))
    np.testing.assert_array_equal(counts, [2, 0, 0, 1, 0, 3])


def test_depth_profile_shows_tanh_xavier_level_and_sigmoid_losing_gradient():
    # DESIGN.md's measured facts, on a smaller network: tanh+Xavier keeps std(dW) roughly level
    # from the last hidden layer to the first; a deep sigmoid network loses it at every layer.
    tanh = ins.depth_profile(*_deep("tanh", "xavier_normal", layers=8, units=30))
    sig = ins.depth_profile(*_deep("sigmoid", "xavier_normal", layers=8, units=30))
    ratio = lambda prof: prof[0].std_dW / prof[-2].std_dW            # first over last hidden layer
    assert 0.2 < ratio(tanh) < 5
    assert ratio(sig) < 1e-3


def test_identical_units_after_zero_init_training_and_none_after_he():
    zero = Trainer(presets.load("zero_init"))
    zero.run(steps=50)
    groups = ins.identical_units(zero.network)
    assert groups == {1: [tuple(range(10))], 2: [tuple(range(5))]}   # every hidden unit a copy
    he = Trainer(presets.load("xavier_he"))
    he.run(steps=50)
    assert ins.identical_units(he.network) == {1: [], 2: []}


def test_identical_units_use_a_relative_tolerance():
    net = Network(NetworkSpec(inputs=3, hidden=(4,), activation="tanh"), seed=0)
    row = np.array([1e-3, -2e-3, 5e-4])
    net.weights[1] = np.array([row, row + 1e-20, row * (1 + 1e-6), -row])   # BLAS-size noise; a real change
    net.biases[1] = np.zeros(4)
    assert ins.identical_units(net) == {1: [(0, 1)]}


# -- 3. optimizer paths and schedules ---------------------------------------------------------
def test_paths_equal_the_optimizers_run_by_hand_for_three_steps():
    bowl = ins.quadratic_bowl(steep=20.0, shallow=1.0)
    start, lr = np.array([-4.0, 1.0]), 0.02
    result = ins.optimizer_paths(bowl, start, learning_rate=lr, steps=3, settings={"momentum": {"beta": 0.8}})
    for name in ("gd", "momentum", "rmsprop", "adam"):
        opt = optimizers.make(name, **({"beta": 0.8} if name == "momentum" else {}))
        w, expected = start.copy(), [start.copy()]
        for _ in range(3):
            w = opt.update([w], [np.array([1.0, 20.0]) * w], lr)[0]   # ∇J = (shallow·w₁, steep·w₂)
            expected.append(w)
        np.testing.assert_allclose(result.paths[name], expected, rtol=0, atol=0)
        np.testing.assert_allclose(result.costs[name], [0.5 * (p[0] ** 2 + 20 * p[1] ** 2) for p in expected])
    # gd by the formula: w₂ ← (1 − α·steep)·w₂ = 0.6·w₂, w₁ ← 0.98·w₁
    np.testing.assert_allclose(result.paths["gd"][3], [-4.0 * 0.98 ** 3, 0.6 ** 3])


def test_contour_grid_is_the_cost_at_each_grid_point():
    bowl = ins.quadratic_bowl(steep=10.0, shallow=2.0)
    r = ins.optimizer_paths(bowl, (1.0, 1.0), optimizers=("gd",), learning_rate=0.05, steps=5, grid=7,
                            extent=(-1.0, 2.0, -3.0, 3.0))
    W1, W2 = np.meshgrid(r.w1, r.w2)
    np.testing.assert_allclose(r.J, 0.5 * (2.0 * W1 ** 2 + 10.0 * W2 ** 2))
    assert r.w1[0] == -1.0 and r.w1[-1] == 2.0 and r.w2[0] == -3.0 and r.w2[-1] == 3.0
    auto = ins.optimizer_paths(bowl, (1.0, 1.0), optimizers=("gd",), learning_rate=0.05, steps=5)
    path = auto.paths["gd"]                                           # the default box holds every point
    assert auto.w1[0] <= path[:, 0].min() and auto.w1[-1] >= path[:, 0].max()
    assert auto.w2[0] <= path[:, 1].min() and auto.w2[-1] >= path[:, 1].max()


def test_gd_zig_zags_across_the_elongated_bowl_while_adam_does_not():
    # α·steep = 1.8: gd multiplies w₂ by −0.8 each step; Adam's step is about α·sign(dW).
    r = ins.optimizer_paths(ins.quadratic_bowl(steep=20.0, shallow=1.0), (-4.0, 1.0),
                            optimizers=("gd", "adam"), learning_rate=0.09, steps=10)
    gd_steps, adam_steps = np.diff(r.paths["gd"][:, 1]), np.diff(r.paths["adam"][:, 1])
    assert (np.sign(gd_steps[1:]) == -np.sign(gd_steps[:-1])).all()   # the sign alternates every step
    assert (np.sign(adam_steps) == -1).all()                           # straight down the valley wall


def test_network_surface_is_the_networks_cost_and_gradient():
    cfg = presets.load("gradient_checking")
    trainer = Trainer(cfg)
    net, X, Y = trainer.network, trainer.problem.X["train"], trainer.problem.Y["train"]
    before = [p.copy() for p in net.parameters()]
    first, second = (1, 0, 1), (2, 2)                                  # W1[0, 1] and b2[2]
    surface = ins.network_surface(net, X, Y, first, second)
    w = ins.start_of(net, first, second)
    assert w.tolist() == [net.weights[1][0, 1], net.biases[2][2]]
    assert surface.value(w) == pytest.approx(net.cost(net.forward(X), Y))
    g = net.backward(net.forward(X), Y)
    np.testing.assert_allclose(surface.gradient(w), [g.dW[1][0, 1], g.db[2][2]], rtol=1e-12)
    h = 1e-6                                                           # and it is J's slope along w₂
    num = (surface.value(w + [0, h]) - surface.value(w - [0, h])) / (2 * h)
    assert num == pytest.approx(surface.gradient(w)[1], rel=1e-5)
    paths = ins.optimizer_paths(surface, w, learning_rate=0.1, steps=5, grid=5)
    assert paths.labels == ("W1[0, 1]", "b2[2]") and paths.J.shape == (5, 5)
    for p, q in zip(net.parameters(), before):                         # the caller's network is untouched
        np.testing.assert_array_equal(p, q)
    with pytest.raises(InvalidValueError):
        ins.network_surface(net, X, Y, (1, 9, 0), second)


def test_schedule_curve_is_learning_rate_per_epoch():
    for schedule, rate, interval in (("none", 0.0, 1), ("inverse_time", 1.0, 10), ("exponential", 0.9, 3)):
        c = ins.schedule_curve(schedule, 0.1, rate, interval, epochs=40)
        assert c.epochs.tolist() == list(range(40))
        assert c.alpha.tolist() == [optimizers.learning_rate(schedule, 0.1, e, rate, interval) for e in range(40)]
    c = ins.schedule_curve("inverse_time", 0.1, 1.0, 10, epochs=40)
    assert c.alpha[9] == 0.1 and c.alpha[10] == pytest.approx(0.05) and c.alpha[39] == pytest.approx(0.025)


# -- 4. the broken gradient check -------------------------------------------------------------
def test_broken_check_points_at_exactly_the_scaled_layer():
    trainer = Trainer(presets.load("gradient_checking"))               # tanh: no kinks
    trainer.run(steps=20)
    net, X, Y = trainer.network, trainer.problem.X["train"], trainer.problem.Y["train"]
    assert gradient_check(net, X, Y).verdict == "correct"
    for layer in (1, 2, 3):
        broken = ins.broken_gradient_check(net, X, Y, layer=layer, factor=2.0)
        assert broken.wrong_layers == (layer,)
        assert all(v == "correct" for k, v in broken.verdicts.items() if k != layer)
        assert broken.result.per_layer[layer] == pytest.approx(1 / 3, rel=1e-5)   # |2 − 1|/(2 + 1)
        assert broken.result.verdict == "wrong"
    with pytest.raises(InvalidValueError):
        ins.broken_gradient_check(net, X, Y, layer=4, factor=2.0)


# -- exponentially weighted averages (issue 15 point 3) ---------------------------------------------------
def test_averages_are_momentums_v_and_adams_correction_on_a_series():
    from nnsim import curves
    theta = curves.temperature_series()
    assert theta.shape == (365,) and 0 < theta.mean() < 25
    a = curves.averages(theta, (0.5, 0.9, 0.98))
    for beta in (0.5, 0.9, 0.98):
        v = 0.0
        for t, x in enumerate(theta, start=1):                     # the course's formula, by hand
            v = beta * v + (1 - beta) * x
            assert a.v[beta][t - 1] == pytest.approx(v, rel=1e-12)
            assert a.v_hat[beta][t - 1] == pytest.approx(v / (1 - beta ** t), rel=1e-12)
    # "v₁ = 0.02·θ₁ for β = 0.98; corrected v̂₁ = θ₁"
    assert a.v[0.98][0] == pytest.approx(0.02 * theta[0]) and a.v_hat[0.98][0] == pytest.approx(theta[0])
    # "about the last 1/(1 − β) values": they carry about two thirds of the weight (1 − β^k)
    for beta in (0.5, 0.9, 0.98):
        k = round(1 / (1 - beta))
        assert 0.6 <= 1 - beta ** k <= 0.8
    # "smooth, but late": β = 0.98 changes day to day more than 5 times less than β = 0.5
    assert np.std(np.diff(a.v_hat[0.98])) * 5 < np.std(np.diff(a.v_hat[0.5]))
    with pytest.raises(ValueError):
        curves.averages(theta, (1.0,))


# -- 5. covariate shift: the quantiles of each hidden layer's Z or Z̃ ----------------------------------------
@pytest.mark.parametrize("batch_norm", [False, True])
def test_z_quantiles_are_those_of_the_hand_computed_pre_activations(batch_norm):
    rng = np.random.default_rng(4)
    net = Network(NetworkSpec(inputs=3, hidden=(5, 4), activation="tanh", output="sigmoid", batch_norm=batch_norm), seed=rng)
    X = rng.normal(size=(40, 3))
    if batch_norm:
        for k in (1, 2):
            net.gamma[k][:] = rng.uniform(0.5, 2, net.gamma[k].shape)
            net.beta[k][:] = rng.normal(size=net.beta[k].shape)
    A, want = X, []
    for k in (1, 2):
        Z = A @ net.weights[k].T
        if batch_norm:                        # training form: the batch's μ and biased σ², ε = 1e-5
            Z = net.gamma[k] * (Z - Z.mean(axis=0)) / np.sqrt(Z.var(axis=0) + 1e-5) + net.beta[k]
        else:
            Z = Z + net.biases[k]
        want.append(np.quantile(Z, [0.1, 0.5, 0.9]))
        A = np.tanh(Z)
    np.testing.assert_allclose(ins.z_quantiles(net, X), np.array(want), rtol=1e-12, atol=1e-15)
    if batch_norm:
        np.testing.assert_array_equal(net.running_mean[1], np.zeros(5))     # a reading changes nothing


def test_z_shift_keeps_readings_by_step_and_forgets_the_future_after_a_rollback():
    rng = np.random.default_rng(5)
    net = Network(NetworkSpec(inputs=2, hidden=(3,), activation="relu", output="sigmoid"), seed=rng)
    X = rng.normal(size=(10, 2))
    shift = ins.ZShift(limit=6)
    for step in (0, 3, 7):
        shift.read(step, net, X)
    net.weights[1] *= 2
    shift.read(5, net, X)                                  # back to step 5: step 7's reading goes
    s = shift.series()
    assert s["steps"].tolist() == [0, 3, 5] and s["quantiles"].shape == (3, 1, 3)
    np.testing.assert_array_equal(s["quantiles"][2], ins.z_quantiles(net, X))
    for step in range(6, 12):
        shift.read(step, net, X)
    assert len(shift.series()["steps"]) <= 6 and shift.series()["steps"][-1] == 11     # thinned, newest kept

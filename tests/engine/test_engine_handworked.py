"""Hand-worked cases: the arithmetic is in the comments, the engine must agree with it.

Activations and their derivatives at a few points, each initializer's moments, one
gradient-descent step of a 2-2-1 network worked in the course's column form, the first two
updates of momentum, RMSprop and Adam, the learning-rate schedules, and the penalties.
"""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from nnsim import Network, NetworkSpec
from nnsim import activations, initializers, optimizers, regularization
from nnsim.activations import ACTIVATIONS

LN2, LN3 = math.log(2.0), math.log(3.0)


def value(name, z):
    return ACTIVATIONS[name].value(np.asarray(z, dtype=float))


def derivative(name, z):
    g = ACTIVATIONS[name]
    z = np.asarray(z, dtype=float)
    return g.derivative(z, g.value(z))


# -- activations ----------------------------------------------------------------------------
def test_sigmoid_by_hand():
    # σ(0) = 1/(1 + 1) = 0.5;  σ′(0) = 0.5·(1 − 0.5) = 0.25
    # σ(ln 3) = 1/(1 + 1/3) = 0.75;  σ′(ln 3) = 0.75·0.25 = 0.1875;  σ(−ln 3) = 1/(1 + 3) = 0.25
    np.testing.assert_allclose(value("sigmoid", [0.0, LN3, -LN3]), [0.5, 0.75, 0.25], rtol=1e-15)
    np.testing.assert_allclose(derivative("sigmoid", [0.0, LN3, -LN3]), [0.25, 0.1875, 0.1875],
                               rtol=1e-14)


def test_tanh_by_hand():
    # tanh(0) = 0, tanh′(0) = 1 − 0² = 1
    # tanh(ln 2) = (2 − ½)/(2 + ½) = 0.6;  tanh′(ln 2) = 1 − 0.36 = 0.64;  tanh is odd
    np.testing.assert_allclose(value("tanh", [0.0, LN2, -LN2]), [0.0, 0.6, -0.6], rtol=1e-15, atol=0)
    np.testing.assert_allclose(derivative("tanh", [0.0, LN2, -LN2]), [1.0, 0.64, 0.64], rtol=1e-14)


def test_relu_and_leaky_relu_by_hand():
    z = [-2.0, 0.0, 3.0]
    # ReLU: max(0, z) = 0, 0, 3;  ReLU′ = 1 for z > 0 else 0 (0 at the kink itself)
    assert value("relu", z).tolist() == [0.0, 0.0, 3.0]
    assert derivative("relu", z).tolist() == [0.0, 0.0, 1.0]
    # leaky: z for z > 0 else 0.01·z = −0.02, 0, 3;  slope 0.01 or 1 (0.01 at 0)
    np.testing.assert_allclose(value("leaky_relu", z), [-0.02, 0.0, 3.0], rtol=1e-15)
    assert derivative("leaky_relu", z).tolist() == [0.01, 0.01, 1.0]
    assert activations.LEAKY_SLOPE == 0.01


def test_linear_by_hand():
    z = np.array([-1.5, 0.0, 2.25])
    out = value("linear", z)
    assert out.tolist() == [-1.5, 0.0, 2.25] and out is not z      # a fresh array, z is kept
    assert derivative("linear", z).tolist() == [1.0, 1.0, 1.0]


def test_softmax_by_hand():
    # e^0 = 1, e^ln2 = 2, e^ln3 = 3; the sum is 6: softmax = (1/6, 2/6, 3/6)
    np.testing.assert_allclose(value("softmax", [[0.0, LN2, LN3]]), [[1 / 6, 1 / 3, 1 / 2]], rtol=1e-14)
    # rows are independent; adding a constant to a row changes nothing
    out = value("softmax", [[0.0, LN2, LN3], [5.0, 5.0 + LN2, 5.0 + LN3]])
    np.testing.assert_allclose(out[1], out[0], rtol=1e-14)
    assert ACTIVATIONS["softmax"].derivative is None and not ACTIVATIONS["softmax"].hidden


def test_extreme_inputs_are_finite_and_silent():
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        s = value("sigmoid", [-1000.0, 1000.0])
        # σ(1000) = 1/(1 + e^−1000) = 1 to double precision; σ(−1000) = e^−1000/(1 + e^−1000) ≈ 0
        assert np.isfinite(s).all() and s[1] == 1.0 and 0.0 <= s[0] < 1e-300
        sm = value("softmax", [[1000.0, 0.0, -1000.0], [1000.0, 1000.0, -1000.0]])
        # [1000, 0, −1000] → (1, e^−1000, e^−2000) ≈ (1, 0, 0);  [1000, 1000, −1000] → (½, ½, 0)
        assert np.isfinite(sm).all()
        np.testing.assert_allclose(sm, [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]], atol=1e-300)
        d = derivative("sigmoid", [-1000.0, 1000.0])
        assert np.isfinite(d).all() and (d >= 0).all()


@pytest.mark.parametrize("name", [n for n, g in ACTIVATIONS.items() if g.derivative is not None])
def test_each_derivative_matches_a_centred_difference(name):
    z = np.array([-2.5, -0.7, -0.1, 0.1, 0.4, 1.3, 3.0])          # away from ReLU's kink
    h = 1e-6
    numeric = (value(name, z + h) - value(name, z - h)) / (2 * h)
    np.testing.assert_allclose(derivative(name, z), numeric, rtol=1e-7, atol=1e-9)


def test_each_activation_carries_its_formulas():
    for g in ACTIVATIONS.values():
        assert g.formula and g.derivative_formula and g.title and g.value_range
    assert ACTIVATIONS["sigmoid"].value_range == "(0, 1)"
    assert ACTIVATIONS["tanh"].value_range == "(−1, 1)"
    assert set(ACTIVATIONS) == {"sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax"}
    assert {n for n, g in ACTIVATIONS.items() if g.relu_family} == {"relu", "leaky_relu"}


# -- initializers ---------------------------------------------------------------------------
N_OUT, N_IN = 400, 600          # W is (n_out, n_in): n_in = W.shape[1]
# (variance, uniform half-width or None), from the issue's formulas
EXPECTED = {
    "small_random": (0.01**2, None),                       # N(0,1)·0.01 → 1e-4
    "large_random": (10.0**2, None),                       # N(0,1)·10 → 100
    "xavier_normal": (2 / (N_IN + N_OUT), None),           # 2/1000 = 0.002
    "xavier_uniform": (2 / (N_IN + N_OUT), math.sqrt(6 / (N_IN + N_OUT))),   # a²/3 = 6/1000/3
    "he_normal": (2 / N_IN, None),                         # 2/600
    "he_uniform": (2 / N_IN, math.sqrt(6 / N_IN)),         # a²/3 = 6/600/3
    "lecun_normal": (1 / N_IN, None),                      # 1/600
}


def test_the_registry_holds_exactly_the_issues_initializers():
    assert set(initializers.INITIALIZERS) == {"zeros", *EXPECTED}
    assert "xavier" in initializers.INITIALIZERS["lecun_normal"].description.lower()


@pytest.mark.parametrize("name", list(EXPECTED))
def test_initializer_moments(name):
    var, half_width = EXPECTED[name]
    W = initializers.INITIALIZERS[name](np.random.default_rng(2024), N_OUT, N_IN)
    assert W.shape == (N_OUT, N_IN) and W.dtype == np.float64
    n = W.size
    # the sample mean has standard deviation σ/√n; allow 5 of them
    assert abs(W.mean()) < 5 * math.sqrt(var / n)
    # the sample variance's relative standard deviation is √(2/n) ≈ 0.003 (normal); allow 2 %
    assert W.var() == pytest.approx(var, rel=0.02)
    if half_width is not None:          # uniform: inside ±a, and reaching close to both ends
        assert np.abs(W).max() <= half_width
        assert W.max() > 0.999 * half_width and W.min() < -0.999 * half_width
    else:                               # normal, not truncated: beyond 4σ occurs (≈ 15 of 240 000)
        assert (np.abs(W) > 4 * math.sqrt(var)).sum() > 0


@pytest.mark.parametrize("name", list(EXPECTED))
def test_initializer_takes_its_generator(name):
    init = initializers.INITIALIZERS[name]
    a = init(np.random.default_rng(1), 3, 5)
    b = init(np.random.default_rng(1), 3, 5)
    c = init(np.random.default_rng(2), 3, 5)
    assert np.array_equal(a, b) and not np.array_equal(a, c)


def test_zeros_is_exactly_zero():
    W = initializers.INITIALIZERS["zeros"](np.random.default_rng(0), N_OUT, N_IN)
    assert W.shape == (N_OUT, N_IN) and not W.any()


@pytest.mark.parametrize("name", list(EXPECTED))
def test_network_uses_fan_in_of_its_orientation_and_zero_biases(name):
    # layer 1 of 600 → 400: W¹ is (400, 600), so fan-in 600 and fan-out 400 as above
    net = Network(NetworkSpec(inputs=N_IN, hidden=[N_OUT], activation="relu"), init=name, seed=3)
    assert net.weights[0] is None and net.biases[0] is None
    assert net.weights[1].shape == (N_OUT, N_IN) and net.weights[2].shape == (1, N_OUT)
    assert net.weights[1].var() == pytest.approx(EXPECTED[name][0], rel=0.02)
    for b in net.biases[1:]:
        assert not b.any()


# -- one gradient-descent step of a 2-2-1 network, by hand ----------------------------------
def test_one_gradient_descent_step_of_a_2_2_1_network_by_hand():
    """tanh hidden layer, sigmoid output, cross-entropy, α = 0.5, m = 2 examples.

    Worked in the course's column form (examples as columns): Z = W·A + b; the engine is
    row-major, so agreeing with it also checks the orientation.
    """
    X = np.array([[1.0, -1.0],          # x⁽¹⁾ = (1, 2), x⁽²⁾ = (−1, 0.5) as columns
                  [2.0, 0.5]])
    Y = np.array([[1.0, 0.0]])
    W1 = np.array([[0.1, -0.2], [0.4, 0.3]])
    b1 = np.array([[0.05], [-0.1]])
    W2 = np.array([[0.5, -0.6]])
    b2 = np.array([[0.2]])
    alpha, m = 0.5, 2

    # Z1 = W1·X + b1:
    #   unit 1: 0.1·1 − 0.2·2 + 0.05 = −0.25      0.1·(−1) − 0.2·0.5 + 0.05 = −0.15
    #   unit 2: 0.4·1 + 0.3·2 − 0.1  =  0.9       0.4·(−1) + 0.3·0.5 − 0.1  = −0.35
    Z1 = W1 @ X + b1
    np.testing.assert_allclose(Z1, [[-0.25, -0.15], [0.9, -0.35]], rtol=1e-14)
    # A1 = tanh(Z1) = [[−0.244918662, −0.148885034], [0.716297870, −0.336375544]]
    A1 = np.tanh(Z1)
    np.testing.assert_allclose(A1, [[-0.244918662, -0.148885034], [0.716297870, -0.336375544]], atol=1e-9)
    # Z2 = W2·A1 + b2 = 0.5·(−0.244918662) − 0.6·0.716297870 + 0.2 = −0.352238053, and 0.327382810
    Z2 = W2 @ A1 + b2
    np.testing.assert_allclose(Z2, [[-0.352238053, 0.327382810]], atol=1e-9)
    # A2 = σ(Z2) = 1/(1 + e^0.352238053) = 0.412839804, and 0.581122438
    A2 = 1.0 / (1.0 + np.exp(-Z2))
    np.testing.assert_allclose(A2, [[0.412839804, 0.581122438]], atol=1e-9)

    # dZ2 = A2 − Y = (0.412839804 − 1, 0.581122438 − 0) = (−0.587160196, 0.581122438)
    dZ2 = A2 - Y
    # dW2 = (1/m)·dZ2·A1ᵀ = ½·(−0.587160196·−0.244918662 + 0.581122438·−0.148885034, …)
    #     = (0.028643028, −0.308028487)
    dW2 = dZ2 @ A1.T / m
    np.testing.assert_allclose(dW2, [[0.028643028, -0.308028487]], atol=1e-9)
    # db2 = mean(dZ2) = (−0.587160196 + 0.581122438)/2 = −0.003018879
    db2 = dZ2.sum(axis=1, keepdims=True) / m
    np.testing.assert_allclose(db2, [[-0.003018879]], atol=1e-9)
    # dA1 = W2ᵀ·dZ2 = [[0.5·−0.587160196, 0.5·0.581122438], [−0.6·−0.587160196, −0.6·0.581122438]]
    #     = [[−0.293580098, 0.290561219], [0.352296117, −0.348673463]]
    dA1 = W2.T @ dZ2
    np.testing.assert_allclose(dA1, [[-0.293580098, 0.290561219], [0.352296117, -0.348673463]], atol=1e-9)
    # dZ1 = dA1 ⊙ (1 − A1²), e.g. −0.293580098·(1 − 0.244918662²) = −0.275969651
    dZ1 = dA1 * (1.0 - A1**2)
    np.testing.assert_allclose(dZ1, [[-0.275969651, 0.284120420], [0.171539096, -0.309221581]], atol=1e-9)
    # dW1 = (1/m)·dZ1·Xᵀ, e.g. ½·(−0.275969651·1 + 0.284120420·(−1)) = −0.280045036
    dW1 = dZ1 @ X.T / m
    np.testing.assert_allclose(dW1, [[-0.280045036, -0.204939546], [0.240380339, 0.094233701]], atol=1e-9)
    # db1 = row means of dZ1 = (0.004075385, −0.068841243)
    db1 = dZ1.sum(axis=1, keepdims=True) / m
    np.testing.assert_allclose(db1, [[0.004075385], [-0.068841243]], atol=1e-9)

    # W ← W − α·dW:  W1[0,0] = 0.1 − 0.5·(−0.280045036) = 0.240022518, …
    new_W1, new_b1 = W1 - alpha * dW1, b1 - alpha * db1
    new_W2, new_b2 = W2 - alpha * dW2, b2 - alpha * db2
    np.testing.assert_allclose(new_W1, [[0.240022518, -0.097530227], [0.279809831, 0.252883150]], atol=1e-9)
    np.testing.assert_allclose(new_b1, [[0.047962308], [-0.065579379]], atol=1e-9)
    np.testing.assert_allclose(new_W2, [[0.485678486, -0.445985756]], atol=1e-9)
    np.testing.assert_allclose(new_b2, [[0.201509439]], atol=1e-9)
    # J = −½·[log 0.412839804 + log(1 − 0.581122438)] = 0.877436131
    J = -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
    assert J == pytest.approx(0.877436131, abs=1e-9)

    # the engine, row-major: X is (examples, features), b is (units,)
    net = Network(NetworkSpec(inputs=2, hidden=[2], activation="tanh", output="sigmoid"), seed=0)
    net.set_parameters([W1, b1[:, 0], W2, b2[:, 0]])
    result = net.train_step(X.T, Y.T, optimizers.make("gd"), learning_rate=alpha)
    np.testing.assert_allclose(result.trace.Z[1], Z1.T, rtol=1e-14)
    np.testing.assert_allclose(result.trace.A[2], A2.T, rtol=1e-14)
    np.testing.assert_allclose(result.gradients.dZ[1], dZ1.T, rtol=1e-13)
    np.testing.assert_allclose(result.gradients.dA[1], dA1.T, rtol=1e-13)
    np.testing.assert_allclose(result.gradients.dW[1], dW1, rtol=1e-13)
    np.testing.assert_allclose(result.gradients.db[2], db2[:, 0], rtol=1e-12)
    assert result.cost == pytest.approx(J, rel=1e-14) and result.loss == result.cost
    np.testing.assert_allclose(net.weights[1], new_W1, rtol=1e-14)
    np.testing.assert_allclose(net.biases[1], new_b1[:, 0], rtol=1e-14)
    np.testing.assert_allclose(net.weights[2], new_W2, rtol=1e-14)
    np.testing.assert_allclose(net.biases[2], new_b2[:, 0], rtol=1e-14)


# -- optimizers: the first two updates -------------------------------------------------------
P0 = [np.array([1.0, -2.0]), np.array([0.5])]          # a "W" and a "b"
G1 = [np.array([0.5, -0.1]), np.array([0.0])]           # gradients of update 1
G2 = [np.array([0.2, 0.3]), np.array([-0.4])]           # gradients of update 2
ALPHA = 0.1


def two_updates(name, **hyper):
    opt = optimizers.make(name, **hyper)
    p0 = [p.copy() for p in P0]
    p1 = opt.update(p0, G1, ALPHA)
    p2 = opt.update(p1, G2, ALPHA)
    assert all(np.array_equal(a, b) for a, b in zip(p0, P0))      # inputs never written into
    assert opt.t == 2
    return p1, p2


def test_gd_by_hand():
    p1, p2 = two_updates("gd")
    # W ← W − α·dW: (1 − 0.05, −2 + 0.01) = (0.95, −1.99); then (0.95 − 0.02, −1.99 − 0.03)
    np.testing.assert_allclose(p1[0], [0.95, -1.99], rtol=1e-15)
    np.testing.assert_allclose(p2[0], [0.93, -2.02], rtol=1e-15)
    np.testing.assert_allclose(p2[1], [0.54], rtol=1e-15)       # 0.5 − 0 then + 0.04


def test_momentum_by_hand():
    p1, p2 = two_updates("momentum")                # β = 0.9
    # v1 = 0.9·0 + 0.1·(0.5, −0.1) = (0.05, −0.01);  W1 = (1 − 0.005, −2 + 0.001) = (0.995, −1.999)
    np.testing.assert_allclose(p1[0], [0.995, -1.999], rtol=1e-15)
    # v2 = 0.9·(0.05, −0.01) + 0.1·(0.2, 0.3) = (0.065, 0.021);  W2 = (0.995 − 0.0065, −1.999 − 0.0021)
    np.testing.assert_allclose(p2[0], [0.9885, -2.0011], rtol=1e-15)
    # b: v1 = 0, v2 = 0.1·(−0.4) = −0.04;  b2 = 0.5 + 0.004
    np.testing.assert_allclose(p2[1], [0.504], rtol=1e-15)


def test_momentum_beta_is_a_setting():
    opt = optimizers.make("momentum", beta=0.5)
    p1 = opt.update(P0, G1, ALPHA)
    # v1 = 0.5·(0.5, −0.1) = (0.25, −0.05); W1 = (1 − 0.025, −2 + 0.005)
    np.testing.assert_allclose(p1[0], [0.975, -1.995], rtol=1e-15)


def test_rmsprop_by_hand():
    p1, p2 = two_updates("rmsprop", rmsprop_beta=0.999)   # β = 0.999 (the old default), ε = 1e-8
    eps = 1e-8
    # s1 = 0.001·(0.25, 0.01) = (2.5e-4, 1e-5);  √s1 = (0.0158113883, 0.0031622777)
    # step = 0.1·(0.5/0.0158113883, −0.1/0.0031622777) = (3.16227766, −3.16227766) = 0.1·√1000·sign,
    # less a relative ε/√s (6e-7 and 3e-6) for the ε in the denominator
    s1 = np.array([2.5e-4, 1e-5])
    step1 = ALPHA * np.array([0.5, -0.1]) / (np.sqrt(s1) + eps)
    np.testing.assert_allclose(step1, [0.1 * math.sqrt(1000), -0.1 * math.sqrt(1000)], rtol=1e-5)
    np.testing.assert_allclose(p1[0], [1 - 3.16227766, -2 + 3.16227766], rtol=2e-5)
    np.testing.assert_allclose(p1[0], np.array([1.0, -2.0]) - step1, rtol=1e-13)
    # s2 = 0.999·s1 + 0.001·(0.04, 0.09) = (2.4975e-4 + 4e-5, 9.99e-6 + 9e-5) = (2.8975e-4, 9.999e-5)
    s2 = np.array([2.8975e-4, 9.999e-5])
    step2 = ALPHA * np.array([0.2, 0.3]) / (np.sqrt(s2) + eps)   # 0.02/0.0170220, 0.03/0.00999950
    np.testing.assert_allclose(step2, [1.174946, 3.000147], rtol=1e-6)
    np.testing.assert_allclose(p2[0], p1[0] - step2, rtol=1e-14)
    # b: g = 0 leaves it at 0.5 (0/(0 + ε) = 0); then s = 0.001·0.16, step = 0.1·(−0.4)/0.012649
    np.testing.assert_allclose(p1[1], [0.5], rtol=0)
    np.testing.assert_allclose(p2[1], [0.5 + 0.1 * 0.4 / (math.sqrt(1.6e-4) + eps)], rtol=1e-14)


def test_rmsprop_default_first_step_is_about_3_alpha():
    """β = 0.9 by default, no bias correction: s1 = 0.1·g², step = α·g/√(0.1·g²) = α·sign(g)/√0.1."""
    p1, p2 = two_updates("rmsprop")
    bound = ALPHA / math.sqrt(1 - 0.9)                # 0.1/0.316227766 = 0.316227766 = 3.16·α
    assert bound <= 3.2 * ALPHA
    step = np.array([1.0, -2.0]) - p1[0]
    np.testing.assert_allclose(np.abs(step), [bound * 0.5 / (0.5 + 1e-8 * math.sqrt(10)),
                                              bound * 0.1 / (0.1 + 1e-8 * math.sqrt(10))], rtol=1e-12)
    assert np.all(np.abs(step) <= 3.2 * ALPHA)
    # s2 = 0.9·0.1·g1² + 0.1·g2² = (0.0225 + 0.004, 0.0009 + 0.009) = (0.0265, 0.0099)
    s2 = np.array([0.0265, 0.0099])
    np.testing.assert_allclose(p2[0], p1[0] - ALPHA * np.array([0.2, 0.3]) / (np.sqrt(s2) + 1e-8), rtol=1e-13)


def test_rmsprop_first_update_of_a_default_run_is_at_most_3_2_alpha():
    from nnsim import config
    from nnsim.training import Trainer
    cfg = config.loads('[data]\nsamples = 60\n[network]\nhidden = [4]\n'
                       '[training]\noptimizer = "rmsprop"\nlearning_rate = 0.05\nbatch_size = 10\n')
    assert cfg.training["rmsprop_beta"] == 0.9 and cfg.optimizer_settings()["rmsprop_beta"] == 0.9
    trainer = Trainer(cfg)
    before = [p.copy() for p in trainer.network.parameters()]
    trainer.run(steps=1)
    assert trainer.optimizer.t == 1
    steps = np.concatenate([np.abs(a - b).ravel() for a, b in zip(trainer.network.parameters(), before)])
    alpha = 0.05
    assert steps.max() <= 3.2 * alpha
    # every weight with a gradient moves by α/√(1 − 0.9) (to ε): the largest is that value
    assert steps.max() == pytest.approx(alpha / math.sqrt(0.1), rel=1e-5)


def test_adam_by_hand():
    p1, p2 = two_updates("adam")                    # β₁ = 0.9, β₂ = 0.999, ε = 1e-8
    eps = 1e-8
    # t = 1: v = 0.1·g, s = 0.001·g²; v̂ = v/(1 − 0.9) = g, ŝ = s/(1 − 0.999) = g²
    # step = α·g/(|g| + ε) = α·sign(g)·(1 − ε/|g|…): exactly ≈ (0.1, −0.1) whatever |g|
    np.testing.assert_allclose(p1[0], [1.0 - 0.1, -2.0 + 0.1], rtol=1e-7)
    np.testing.assert_allclose(p1[0], [1 - 0.1 * 0.5 / (0.5 + eps), -2 + 0.1 * 0.1 / (0.1 + eps)], rtol=1e-15)
    np.testing.assert_allclose(p1[1], [0.5], rtol=0)                       # g = 0: no step
    # t = 2: v = 0.9·0.1·g1 + 0.1·g2 = (0.045 + 0.02, −0.009 + 0.03) = (0.065, 0.021)
    #        v̂ = v/(1 − 0.81) = (0.342105263, 0.110526316)
    #        s = 0.999·0.001·g1² + 0.001·g2² = (2.4975e-4 + 4e-5, 9.99e-6 + 9e-5) = (2.8975e-4, 9.999e-5)
    #        ŝ = s/(1 − 0.998001) = (0.144947474, 0.050020010);  √ŝ = (0.380719678, 0.223651536)
    #        step = 0.1·v̂/(√ŝ + ε) = (0.089857, 0.049419)
    v_hat = np.array([0.065, 0.021]) / 0.19
    s_hat = np.array([2.8975e-4, 9.999e-5]) / 0.001999
    step2 = ALPHA * v_hat / (np.sqrt(s_hat) + eps)
    np.testing.assert_allclose(step2, [0.0898571, 0.0494185], rtol=1e-5)
    np.testing.assert_allclose(p2[0], p1[0] - step2, rtol=1e-13)
    # b: v = 0.1·(−0.4) = −0.04, v̂ = −0.04/0.19; s = 0.001·0.16, ŝ = 1.6e-4/0.001999
    vb, sb = -0.04 / 0.19, 1.6e-4 / 0.001999
    np.testing.assert_allclose(p2[1], [0.5 - ALPHA * vb / (math.sqrt(sb) + eps)], rtol=1e-13)


def test_optimizer_state_saves_and_continues_exactly():
    a = optimizers.make("adam")
    p = a.update(P0, G1, ALPHA)
    state = a.state_dict()
    b = optimizers.make("adam")
    b.load_state_dict(state)
    assert b.t == 1
    assert all(np.array_equal(x, y) for x, y in zip(a.update(p, G2, ALPHA), b.update(p, G2, ALPHA)))


def test_optimizer_registry_and_defaults():
    assert set(optimizers.OPTIMIZERS) == {"gd", "momentum", "rmsprop", "adam"}
    assert optimizers.make("momentum").hyper == {"beta": 0.9}
    assert optimizers.make("rmsprop").hyper == {"rmsprop_beta": 0.9, "epsilon": 1e-8}
    assert optimizers.make("adam").hyper == {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}


# -- learning-rate schedules -----------------------------------------------------------------
@pytest.mark.parametrize(("schedule", "rate", "interval", "epochs", "expected"), [
    # α = α₀ = 0.2 whatever the epoch
    ("none", 0.5, 1, [0, 1, 7, 1000], [0.2, 0.2, 0.2, 0.2]),
    # α = 0.2/(1 + 1·e), e = epoch: 0.2, 0.1, 0.2/3, 0.05
    ("inverse_time", 1.0, 1, [0, 1, 2, 3], [0.2, 0.1, 0.2 / 3, 0.05]),
    # e = ⌊epoch/2⌋ = 0, 0, 1, 1, 2: 0.2, 0.2, 0.1, 0.1, 0.2/3
    ("inverse_time", 1.0, 2, [0, 1, 2, 3, 5], [0.2, 0.2, 0.1, 0.1, 0.2 / 3]),
    # the course's fixed interval: e = ⌊epoch/1000⌋ with rate 0.5: 999 → 0.2, 1000 → 0.2/1.5, 2500 → 0.1
    ("inverse_time", 0.5, 1000, [999, 1000, 2500], [0.2, 0.2 / 1.5, 0.1]),
    # α = 0.2·0.5^e: 0.2, 0.1, 0.05, 0.025
    ("exponential", 0.5, 1, [0, 1, 2, 3], [0.2, 0.1, 0.05, 0.025]),
    # step decay every 10 epochs: e = 0, 0, 1, 2 → 0.2, 0.2, 0.1, 0.05
    ("exponential", 0.5, 10, [0, 9, 10, 25], [0.2, 0.2, 0.1, 0.05]),
])
def test_learning_rate_schedules_by_hand(schedule, rate, interval, epochs, expected):
    got = [optimizers.learning_rate(schedule, 0.2, e, decay_rate=rate, decay_interval=interval)
           for e in epochs]
    np.testing.assert_allclose(got, expected, rtol=1e-15)


def test_schedule_registry():
    assert set(optimizers.SCHEDULES) == {"none", "inverse_time", "exponential"}


# -- penalties --------------------------------------------------------------------------------
WEIGHTS = [None, np.array([[1.0, -2.0]]), np.array([[3.0], [0.0]])]


def test_l2_penalty_by_hand():
    # λ/(2m)·Σ‖W‖² = 0.5/(2·4)·(1 + 4 + 9 + 0) = 0.0625·14 = 0.875
    assert regularization.penalty(WEIGHTS, m=4, l2=0.5) == pytest.approx(0.875, rel=1e-15)
    # its gradient (λ/m)·W = 0.125·W
    np.testing.assert_allclose(regularization.penalty_gradient(WEIGHTS[1], 4, l2=0.5), [[0.125, -0.25]])


def test_l1_penalty_by_hand():
    # λ₁/m·Σ|W| = 0.2/4·(1 + 2 + 3 + 0) = 0.05·6 = 0.3
    assert regularization.penalty(WEIGHTS, m=4, l1=0.2) == pytest.approx(0.3, rel=1e-15)
    # its gradient (λ₁/m)·sign W = 0.05·(1, −1) and 0.05·(1, 0): sign(0) = 0
    np.testing.assert_allclose(regularization.penalty_gradient(WEIGHTS[1], 4, l1=0.2), [[0.05, -0.05]])
    np.testing.assert_allclose(regularization.penalty_gradient(WEIGHTS[2], 4, l1=0.2), [[0.05], [0.0]])


def test_both_penalties_add_and_none_is_zero():
    assert regularization.penalty(WEIGHTS, 4, l2=0.5, l1=0.2) == pytest.approx(1.175, rel=1e-15)
    assert regularization.penalty(WEIGHTS, 4) == 0.0
    np.testing.assert_allclose(regularization.penalty_gradient(WEIGHTS[1], 4, l2=0.5, l1=0.2),
                               [[0.175, -0.30]], rtol=1e-15)


def test_network_cost_is_loss_plus_penalty_and_biases_are_not_penalized():
    net = Network(NetworkSpec(inputs=2, hidden=[2], activation="tanh", output="sigmoid"), seed=0)
    net.set_parameters([np.array([[1.0, -2.0], [0.5, 0.0]]), np.array([3.0, -3.0]),
                        np.array([[3.0, -1.0]]), np.array([10.0])])       # big biases: unpenalized
    X = np.array([[0.1, 0.2], [0.3, -0.4], [-0.5, 0.6], [0.7, 0.8]])
    Y = np.array([1.0, 0.0, 1.0, 1.0])
    trace = net.forward(X)
    loss = net.loss(trace, Y)
    # ΣW² = 1 + 4 + 0.25 + 0 + 9 + 1 = 15.25;  Σ|W| = 1 + 2 + 0.5 + 0 + 3 + 1 = 7.5;  m = 4
    # J = loss + 0.5/8·15.25 + 0.2/4·7.5 = loss + 0.953125 + 0.375
    assert net.cost(trace, Y, l2=0.5, l1=0.2) == pytest.approx(loss + 0.953125 + 0.375, rel=1e-14)
    assert net.cost(trace, Y) == loss
    # the gradient terms: dW gains (λ/m)·W + (λ₁/m)·sign W; db gains nothing
    plain = net.backward(trace, Y)
    reg = net.backward(trace, Y, l2=0.5, l1=0.2)
    for k in (1, 2):
        W = net.weights[k]
        np.testing.assert_allclose(reg.dW[k] - plain.dW[k], 0.125 * W + 0.05 * np.sign(W), rtol=1e-12)
        assert np.array_equal(reg.db[k], plain.db[k])
        assert np.array_equal(reg.dZ[k], plain.dZ[k])

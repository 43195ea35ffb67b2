"""Backpropagation checked against centred finite differences, and the gradient checker itself.

The finite differences here are written in the test (``numerical_gradients``), using only
``Network.cost``; ``nnsim.gradcheck`` is tested separately against the same networks, against
a deliberately broken backward pass, and at a ReLU kink.

Conventions under test (DESIGN.md): dZ[k] and dA[k] are per-example derivatives of the
loss L (no 1/m); dW[k], db[k] are derivatives of the cost J = (1/m)·Σ L + penalty.
"""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nnsim import Network, NetworkSpec, Trace
from nnsim import activations, gradcheck, losses
from nnsim.activations import HIDDEN_ACTIVATIONS
from nnsim.gradcheck import gradient_check
from nnsim.losses import VALID_LOSSES

PAIRS = [(output, loss) for output, valid in VALID_LOSSES.items() for loss in valid]
REGULARIZATION = {"none": (0.0, 0.0), "l2": (0.7, 0.0), "l1": (0.0, 0.3)}
KINK_MARGIN = 1e-3          # no ReLU-family pre-activation this close to 0
FD_EPSILON = 1e-6

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


# -- helpers --------------------------------------------------------------------------------
def rel_diff(a: np.ndarray, b: np.ndarray) -> float:
    """‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are 0 (the issue's measure)."""
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denom == 0 else float(np.linalg.norm(a - b) / denom)


def flat(arrays) -> np.ndarray:
    return np.concatenate([a.ravel() for a in arrays])


def numerical_gradients(net: Network, X, Y, l2=0.0, l1=0.0, eps=FD_EPSILON, cost=None):
    """Centred differences (J(θ+ε) − J(θ−ε)) / 2ε of the cost for every W[k], b[k] entry.

    ``cost`` (a function of nothing) defaults to J on a plain forward pass.
    """
    if cost is None:
        def cost():
            return net.cost(net.forward(X), Y, l2, l1)
    dW, db = [None], [None]
    for k in range(1, net.depth + 1):
        for P, out in ((net.weights[k], dW), (net.biases[k], db)):
            num = np.zeros_like(P)
            for idx in np.ndindex(P.shape):
                original = P[idx]
                P[idx] = original + eps
                j_plus = cost()
                P[idx] = original - eps
                j_minus = cost()
                P[idx] = original
                num[idx] = (j_plus - j_minus) / (2 * eps)
            out.append(num)
    return dW, db


def signed_uniform(rng, low, high, shape):
    """Entries of magnitude in [low, high] with random signs: never 0."""
    return rng.uniform(low, high, size=shape) * rng.choice([-1.0, 1.0], size=shape)


def targets(rng, output: str, loss: str, m: int, outputs: int):
    if output == "softmax":
        return rng.integers(0, outputs, size=m)                     # class indices
    if output == "linear":
        return rng.normal(0.0, 1.0, size=(m, 1))
    if loss == "cross_entropy":
        return rng.integers(0, 2, size=(m, 1)).astype(float)        # labels 0 / 1
    return rng.uniform(0.0, 1.0, size=(m, 1))                       # sigmoid + mse


def min_relu_preactivation(net: Network, trace: Trace) -> float:
    """Smallest |Z[k]| over ReLU-family hidden layers (inf when there are none)."""
    zs = [np.abs(trace.Z[k]).min() for k in range(1, net.depth)
          if HIDDEN_ACTIVATIONS[net.spec.hidden_activations[k - 1]].relu_family]
    return min(zs, default=np.inf)


@st.composite
def small_networks(draw, activation: str, output: str, loss: str):
    """(network, X, Y): 0–3 hidden layers of 1–4 units, 1–6 examples, non-zero biases,
    weights away from 0 (L1's kink), inputs redrawn until no ReLU-family pre-activation is
    within KINK_MARGIN of 0."""
    inputs = draw(st.integers(1, 4), label="inputs")
    hidden = draw(st.lists(st.integers(1, 4), min_size=0, max_size=3), label="hidden")
    outputs = draw(st.integers(2, 4), label="classes") if output == "softmax" else 1
    m = draw(st.integers(1, 6), label="examples")
    seed = draw(st.integers(0, 2**32 - 1), label="seed")
    rng = np.random.default_rng(seed)
    spec = NetworkSpec(inputs=inputs, hidden=hidden, activation=activation, output=output,
                       outputs=outputs, loss=loss)
    net = Network(spec, init="zeros", seed=0)
    for k in range(1, net.depth + 1):
        n_out, n_in = net.weights[k].shape
        net.weights[k] = signed_uniform(rng, 0.1, 1.5, (n_out, n_in)) / np.sqrt(n_in)
        net.biases[k] = signed_uniform(rng, 0.1, 1.0, (n_out,))
    Y = targets(rng, output, loss, m, outputs)
    for _ in range(20):
        X = rng.normal(0.0, 1.0, size=(m, inputs))
        if min_relu_preactivation(net, net.forward(X)) > KINK_MARGIN:
            break
    assume(min_relu_preactivation(net, net.forward(X)) > KINK_MARGIN)
    return net, X, Y


# -- backprop against finite differences, over every registry combination ------------------
@pytest.mark.parametrize("reg", list(REGULARIZATION))
@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
@pytest.mark.parametrize("activation", list(HIDDEN_ACTIVATIONS))
def test_backprop_matches_finite_differences(activation, output, loss, reg):
    l2, l1 = REGULARIZATION[reg]

    @SETTINGS
    @given(case=small_networks(activation, output, loss))
    def check(case):
        net, X, Y = case
        before = [w.copy() for w in net.parameters()]
        grads = net.backward(net.forward(X), Y, l2, l1)
        num_dW, num_db = numerical_gradients(net, X, Y, l2, l1)
        analytic = flat(grads.dW[1:] + grads.db[1:])
        numeric = flat(num_dW[1:] + num_db[1:])
        assert rel_diff(analytic, numeric) < 1e-6
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)

        result = gradient_check(net, X, Y, l2, l1)
        assert result.verdict == "correct", result.message
        assert not result.kink_crossed
        assert result.parameters == analytic.size
        # the checker restores every parameter exactly
        assert all(np.array_equal(a, b) for a, b in zip(before, net.parameters()))

    check()


# -- the per-example convention: dA, dZ carry no 1/m ---------------------------------------
def _fixed_case(activation, output, loss, seed=3, hidden=(3, 2), m=4):
    rng = np.random.default_rng(seed)
    outputs = 3 if output == "softmax" else 1
    net = Network(NetworkSpec(inputs=2, hidden=hidden, activation=activation, output=output,
                              outputs=outputs, loss=loss), init="xavier_normal", seed=seed)
    for k in range(1, net.depth + 1):
        net.biases[k] = signed_uniform(rng, 0.1, 0.5, net.biases[k].shape)
    Y = targets(rng, output, loss, m, outputs)
    for _ in range(50):
        X = rng.normal(0.0, 1.0, size=(m, 2))
        if min_relu_preactivation(net, net.forward(X)) > KINK_MARGIN:
            return net, X, Y
    raise AssertionError("no kink-free inputs found")   # pragma: no cover


def _summed_loss(net: Network, trace: Trace, Y) -> float:
    """Σᵢ L⁽ⁱ⁾ = m·(mean loss): the quantity whose derivative dZ and dA are."""
    return net.loss(trace, Y) * trace.A[0].shape[0]


def _trace_from(net: Network, k: int, *, Z=None, A=None) -> Trace:
    """A trace that starts at layer k from a given Z[k] (then A = g(Z)) or a given A[k]."""
    Zs, As = [None] * (net.depth + 1), [None] * (net.depth + 1)
    As[0] = np.zeros(((Z if Z is not None else A).shape[0], net.spec.inputs))
    if Z is not None:
        Zs[k], As[k] = Z, activations.ACTIVATIONS[net.spec.activations[k]].value(Z)
    else:
        As[k] = A
    for j in range(k + 1, net.depth + 1):
        Zs[j] = As[j - 1] @ net.weights[j].T + net.biases[j]
        As[j] = activations.ACTIVATIONS[net.spec.activations[j]].value(Zs[j])
    return Trace(Zs, As, [None] * (net.depth + 1))


def _fd_wrt(array: np.ndarray, f, eps=FD_EPSILON) -> np.ndarray:
    out = np.zeros_like(array)
    for idx in np.ndindex(array.shape):
        plus, minus = array.copy(), array.copy()
        plus[idx] += eps
        minus[idx] -= eps
        out[idx] = (f(plus) - f(minus)) / (2 * eps)
    return out


@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
@pytest.mark.parametrize("activation", list(HIDDEN_ACTIVATIONS))
def test_dA0_is_the_per_example_derivative_with_respect_to_X(activation, output, loss):
    net, X, Y = _fixed_case(activation, output, loss)
    # a penalty must not leak into dA (it does not depend on X)
    grads = net.backward(net.forward(X), Y, l2=0.5, l1=0.2)
    numeric = _fd_wrt(X, lambda Xp: _summed_loss(net, net.forward(Xp), Y))
    np.testing.assert_allclose(grads.dA[0], numeric, rtol=1e-6, atol=1e-9)
    # and it is not the derivative of the mean (that would be 1/m of it)
    assert not np.allclose(grads.dA[0], numeric / X.shape[0], rtol=1e-3, atol=0)


@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
@pytest.mark.parametrize("activation", list(HIDDEN_ACTIVATIONS))
def test_every_dZ_and_hidden_dA_is_per_example(activation, output, loss):
    net, X, Y = _fixed_case(activation, output, loss)
    grads = net.backward(net.forward(X), Y)
    trace = net.forward(X)
    for k in range(1, net.depth + 1):
        num_dZ = _fd_wrt(trace.Z[k], lambda Z: _summed_loss(net, _trace_from(net, k, Z=Z), Y))
        np.testing.assert_allclose(grads.dZ[k], num_dZ, rtol=1e-6, atol=1e-9, err_msg=f"dZ[{k}]")
    for k in range(1, net.depth):                     # hidden layers: A[k] is a free input below
        num_dA = _fd_wrt(trace.A[k], lambda A: _summed_loss(net, _trace_from(net, k, A=A), Y))
        np.testing.assert_allclose(grads.dA[k], num_dA, rtol=1e-6, atol=1e-9, err_msg=f"dA[{k}]")


def test_output_dZ_is_exactly_A_minus_Y_at_sigmoid_cross_entropy():
    net, X, Y = _fixed_case("tanh", "sigmoid", "cross_entropy", m=5)
    trace = net.forward(X)
    grads = net.backward(trace, Y)
    assert np.array_equal(grads.dZ[net.depth], trace.A[net.depth] - Y)
    # db is the mean of dZ, dW the averaged product (course: dW = (1/m)·dZ·Aᵀ)
    L = net.depth
    np.testing.assert_allclose(grads.db[L], (trace.A[L] - Y).mean(axis=0), rtol=1e-15)
    np.testing.assert_allclose(grads.dW[L], (trace.A[L] - Y).T @ trace.A[L - 1] / 5, rtol=1e-13)


def test_duplicating_the_batch_duplicates_dZ_and_keeps_dW():
    net, X, Y = _fixed_case("relu", "softmax", "cross_entropy")
    g1 = net.backward(net.forward(X), Y)
    X2, Y2 = np.vstack([X, X]), np.concatenate([Y, Y])
    g2 = net.backward(net.forward(X2), Y2)
    for k in range(1, net.depth + 1):
        np.testing.assert_allclose(g2.dZ[k], np.vstack([g1.dZ[k], g1.dZ[k]]), rtol=1e-14)
        np.testing.assert_allclose(g2.dW[k], g1.dW[k], rtol=1e-12, atol=1e-15)
        np.testing.assert_allclose(g2.db[k], g1.db[k], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
def test_output_dA_is_dL_dA_and_chains_to_dZ(output, loss):
    """dA[L] = ∂L/∂A[L] with A treated as free: −y/a + (1−y)/(1−a) (sigmoid, CE),
    −y/a (softmax, CE), a − y (mse); and dZ[L] = g′ᵀ·dA[L] through the output's Jacobian."""
    net, X, Y = _fixed_case("tanh", output, loss)
    trace = net.forward(X)
    grads = net.backward(trace, Y)
    L = net.depth
    Yd = net.check_targets(Y, X.shape[0])
    A, dA = trace.A[L], grads.dA[L]

    def summed(Ap):
        if loss == "mse":
            return 0.5 * ((Ap - Yd) ** 2).sum()
        if output == "softmax":
            return -(Yd * np.log(Ap)).sum()
        return -(Yd * np.log(Ap) + (1 - Yd) * np.log(1 - Ap)).sum()

    np.testing.assert_allclose(dA, _fd_wrt(A, summed), rtol=1e-6, atol=1e-9)
    if output == "softmax":      # Jacobian-vector product: a ⊙ (dA − Σⱼ aⱼ·dAⱼ)
        chained = A * (dA - (A * dA).sum(axis=1, keepdims=True))
    elif output == "sigmoid":
        chained = dA * A * (1 - A)
    else:
        chained = dA
    np.testing.assert_allclose(grads.dZ[L], chained, rtol=1e-10, atol=1e-12)


# -- dropout: with the masks held fixed, backprop is the gradient of that masked cost --------
@pytest.mark.parametrize("keep_prob", [0.6, (1.0, 0.5)])
@pytest.mark.parametrize("activation", ["tanh", "relu", "sigmoid"])
def test_dropout_gradient_matches_finite_differences_with_fixed_masks(activation, keep_prob):
    net, X, Y = _fixed_case(activation, "sigmoid", "cross_entropy", seed=8, hidden=(4, 3), m=6)

    def masked_trace():        # the same generator state each time gives the same masks
        return net.forward(X, training=True, keep_prob=keep_prob, rng=np.random.default_rng(42))

    trace = masked_trace()
    masks = [mk for mk in trace.masks if mk is not None]
    assert masks and all((mk == 0).any() and (mk > 0).any() for mk in masks)   # really dropping
    assert min_relu_preactivation(net, trace) > KINK_MARGIN
    grads = net.backward(trace, Y, l2=0.1)
    num_dW, num_db = numerical_gradients(net, X, Y, cost=lambda: net.cost(masked_trace(), Y, 0.1))
    analytic, numeric = flat(grads.dW[1:] + grads.db[1:]), flat(num_dW[1:] + num_db[1:])
    assert rel_diff(analytic, numeric) < 1e-6
    # and the masks matter: the unmasked gradient is a different one
    plain = net.backward(net.forward(X), Y, l2=0.1)
    assert rel_diff(flat(plain.dW[1:]), flat(grads.dW[1:])) > 1e-3


# -- the gradient checker --------------------------------------------------------------------
def test_verdict_thresholds():
    assert gradcheck.CORRECT_BELOW == 2e-7 and gradcheck.SUSPICIOUS_BELOW == 1e-5
    assert gradcheck.verdict(0.0) == "correct"
    assert gradcheck.verdict(1.99e-7) == "correct"
    assert gradcheck.verdict(2e-7) == "suspicious"
    assert gradcheck.verdict(9.99e-6) == "suspicious"
    assert gradcheck.verdict(1e-5) == "wrong"
    assert gradcheck.verdict(0.5) == "wrong"


def test_relative_difference_formula():
    # ‖(3,4) − 0‖ / (5 + 0) = 1
    assert gradcheck.relative_difference(np.array([3.0, 4.0]), np.zeros(2)) == 1.0
    assert gradcheck.relative_difference(np.zeros(3), np.zeros(3)) == 0.0
    # ‖(0, −1e-3)‖ / (1 + √(1 + 1e-6)) = 1e-3 / 2.0000005
    got = gradcheck.relative_difference(np.array([1.0, 0.0]), np.array([1.0, 1e-3]))
    assert got == pytest.approx(1e-3 / (1 + np.sqrt(1 + 1e-6)), rel=1e-12)


def _kink_free_tanh_net():
    net, X, Y = _fixed_case("tanh", "sigmoid", "cross_entropy", seed=5, hidden=(3,), m=4)
    return net, X, Y


def test_gradient_check_reports_wrong_when_a_derivative_is_broken(monkeypatch):
    net, X, Y = _kink_free_tanh_net()
    assert gradient_check(net, X, Y).verdict == "correct"
    # tanh′ written as 1 − a instead of 1 − a²
    broken = dataclasses.replace(activations.TANH, derivative=lambda z, a: 1.0 - a)
    monkeypatch.setitem(activations.ACTIVATIONS, "tanh", broken)
    bad = Network(net.spec, seed=0)
    bad.set_parameters(net.parameters())
    result = gradient_check(bad, X, Y)
    assert result.verdict == "wrong"
    assert result.per_layer[1] > 1e-5            # the hidden layer is blamed ...
    assert result.per_layer[2] < 2e-7            # ... not the output layer
    assert "wrong" in result.message


def test_gradient_check_reports_wrong_when_the_output_dZ_is_broken(monkeypatch):
    net, X, Y = _kink_free_tanh_net()
    monkeypatch.setattr(losses, "output_dZ", lambda loss, output, Z, A, Y: 2.0 * (A - Y))
    result = gradient_check(net, X, Y)
    assert result.verdict == "wrong"
    assert result.per_layer[2] > 1e-2


def test_gradient_check_says_suspicious_for_a_tiny_error(monkeypatch):
    """Scaling the hidden derivative by (1 + δ) scales layer 1's gradient by it, so the
    layer's relative difference is δ/(2 + δ) ≈ 2e-6 for δ = 4e-6: suspicious, not wrong."""
    net, X, Y = _kink_free_tanh_net()
    delta = 4e-6
    off = dataclasses.replace(activations.TANH, derivative=lambda z, a: (1.0 - a * a) * (1 + delta))
    monkeypatch.setitem(activations.ACTIVATIONS, "tanh", off)
    bad = Network(net.spec, seed=0)
    bad.set_parameters(net.parameters())
    result = gradient_check(bad, X, Y)
    assert result.per_layer[1] == pytest.approx(delta / (2 + delta), rel=1e-2)
    assert result.verdict == "suspicious"


def test_gradient_check_flags_a_relu_preactivation_exactly_at_zero():
    spec = NetworkSpec(inputs=2, hidden=[2], activation="relu", output="sigmoid")
    net = Network(spec, seed=0)
    X = np.array([[1.0, 2.0], [0.5, -1.0]])
    # unit 1 of layer 1, example 1: z = 1·1 + (−0.5)·2 + 0 = 0 exactly
    net.weights[1] = np.array([[1.0, -0.5], [0.3, 0.8]])
    net.biases[1] = np.array([0.0, 0.1])
    net.weights[2] = np.array([[0.7, -0.4]])
    net.biases[2] = np.array([0.2])
    assert net.forward(X).Z[1][0, 0] == 0.0
    result = gradient_check(net, X, np.array([1.0, 0.0]))
    assert result.kink_crossed
    assert result.kink_layers == (1,)
    assert "kink" in result.message

    # moved well away from 0 the same network is not flagged
    net.biases[1] = np.array([0.05, 0.1])
    clear = gradient_check(net, X, np.array([1.0, 0.0]))
    assert not clear.kink_crossed and clear.kink_layers == ()
    assert clear.verdict == "correct"


def test_gradient_check_flags_a_kink_crossed_by_a_nudge():
    """z = 5e-8 is within ε = 1e-7 of 0, so the centred difference straddles the kink."""
    spec = NetworkSpec(inputs=1, hidden=[1], activation="leaky_relu", output="linear")
    net = Network(spec, seed=0)
    net.weights[1] = np.array([[1.0]])
    net.biases[1] = np.array([5e-8])
    net.weights[2] = np.array([[2.0]])
    result = gradient_check(net, np.array([[0.0]]), np.array([[1.0]]))
    assert result.kink_crossed and result.kink_layers == (1,)


def test_gradient_check_turns_dropout_off_and_says_so():
    net, X, Y = _kink_free_tanh_net()
    result = gradient_check(net, X, Y)
    assert any("dropout" in note for note in result.notes)
    assert result.epsilon == 1e-7
    assert set(result.per_layer) == {1, 2}

"""Batch normalization's mathematics (issue 15 point 1): PyTorch's gradients, finite differences,
the course's formulas worked by hand, the gradient checker, and the phase path.

The PyTorch fixture (``fixtures/batchnorm_torch.npz``) is written by ``scripts/batchnorm_fixture.py``,
run by hand with PyTorch installed: autograd through ``F.batch_norm(training=True, eps=1e-5)`` on
random networks of every hidden activation, sigmoid and softmax outputs, with and without L2.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nnsim import Network, NetworkSpec, activations, optimizers
from nnsim.activations import HIDDEN_ACTIVATIONS
from nnsim.errors import InvalidValueError
from nnsim.gradcheck import gradient_check
from nnsim.instruments import broken_gradient_check
from nnsim.network import batchnorm

FIXTURE = Path(__file__).parent / "fixtures" / "batchnorm_torch.npz"
FD_EPSILON = 1e-6


def rel_diff(a, b) -> float:
    """‖a − b‖ / (‖a‖ + ‖b‖), 0 when both are 0."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denom == 0 else float(np.linalg.norm(a - b) / denom)


def close(a, b, rtol: float, atol: float) -> bool:
    """‖a − b‖ ≤ rtol·(‖a‖ + ‖b‖) + atol. The atol is for gradients that are 0 in exact arithmetic
    and rounding noise in both computations: β of a linear layer feeding another normalised layer
    (the next layer's mean removes any shift), where a relative difference compares noise."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b)) <= rtol * float(np.linalg.norm(a) + np.linalg.norm(b)) + atol


def random_network(activation: str, output: str, seed: int, hidden=(4, 3), inputs=3) -> Network:
    """A batch-normalised network with random W, γ, β and output b (not the 1 and 0 they start at)."""
    spec = NetworkSpec(inputs=inputs, hidden=hidden, activation=activation, output=output,
                       outputs=3 if output == "softmax" else 1, batch_norm=True)
    net = Network(spec, init="xavier_normal", seed=seed)
    rng = np.random.default_rng(seed + 1000)
    for k in range(1, net.depth):
        net.gamma[k] = rng.uniform(0.5, 1.5, spec.sizes[k])
        net.beta[k] = rng.normal(0.0, 0.5, spec.sizes[k])
    net.biases[net.depth] = rng.normal(0.0, 0.5, spec.outputs)
    return net


def batch(net: Network, seed: int, m: int = 7):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, net.spec.inputs))
    if net.spec.output == "softmax":
        return X, rng.permutation(np.arange(m) % net.spec.outputs)
    return X, (rng.permutation(np.arange(m)) % 2).astype(float).reshape(-1, 1)


# -- PyTorch ------------------------------------------------------------------------------------
def fixture_cases():
    with np.load(FIXTURE) as f:
        meta = json.loads(str(f["cases"][()]))
        arrays = {name: f[name] for name in f.files if name != "cases"}
    return meta, arrays


def test_the_fixture_was_made_with_nnsim_constants_and_covers_every_case():
    meta, _ = fixture_cases()
    assert meta["epsilon"] == batchnorm.EPSILON == 1e-5
    assert meta["leaky_slope"] == activations.LEAKY_SLOPE
    covered = {(c["activation"], c["output"], c["l2"] > 0) for c in meta["cases"]}
    assert covered == {(a, o, l2) for a in HIDDEN_ACTIVATIONS for o in ("sigmoid", "softmax") for l2 in (False, True)}


@pytest.mark.parametrize("i", range(20))
def test_gradients_equal_pytorch_autograd(i):
    meta, arrays = fixture_cases()
    c = meta["cases"][i]
    a = {name.split("/", 1)[1]: v for name, v in arrays.items() if name.startswith(f"{i}/")}
    sizes = (*meta["sizes"], 3 if c["output"] == "softmax" else 1)
    spec = NetworkSpec(inputs=sizes[0], hidden=tuple(sizes[1:-1]), activation=c["activation"], output=c["output"],
                       outputs=sizes[-1], batch_norm=True)
    net = Network(spec, init="zeros")
    net.set_parameters([a[name] for name in net.parameter_names()])
    trace = net.forward(a["X"], training=True)
    grads = net.backward(trace, a["Y"], l2=c["l2"])
    assert rel_diff(net.cost(trace, a["Y"], l2=c["l2"]), a["J"]) <= 1e-12
    L = net.depth
    atol = 1e-14 * np.linalg.norm(np.concatenate([g.ravel() for g in net.gradient_list(grads)]))
    for k in range(1, L + 1):
        assert close(grads.dW[k], a[f"dW{k}"], 1e-9, atol), f"dW{k}"
    for k in range(1, L):
        assert close(grads.dgamma[k], a[f"dgamma{k}"], 1e-9, atol), f"dgamma{k}"
        assert close(grads.dbeta[k], a[f"dbeta{k}"], 1e-9, atol), f"dbeta{k}"
        assert grads.db[k] is None
    assert close(grads.db[L], a[f"db{L}"], 1e-9, atol)


# -- finite differences -------------------------------------------------------------------------
def numerical(net: Network, X, Y, l2: float) -> list[np.ndarray]:
    """Centred differences of the training-mode cost (the batch's μ, σ²) for every parameter."""
    out = []
    for P in net.parameters():
        num = np.zeros_like(P)
        for idx in np.ndindex(P.shape):
            original = P[idx]
            P[idx] = original + FD_EPSILON
            j_plus = net.cost(net.forward(X, training=True), Y, l2)
            P[idx] = original - FD_EPSILON
            j_minus = net.cost(net.forward(X, training=True), Y, l2)
            P[idx] = original
            num[idx] = (j_plus - j_minus) / (2 * FD_EPSILON)
        out.append(num)
    return out


@pytest.mark.parametrize("l2", [0.0, 0.7], ids=["no_penalty", "l2"])
@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
@pytest.mark.parametrize("activation", sorted(HIDDEN_ACTIVATIONS))
def test_dW_dgamma_dbeta_and_output_db_equal_finite_differences(activation, output, l2):
    net = random_network(activation, output, seed=3)
    X, Y = batch(net, seed=4)
    trace = net.forward(X, training=True)
    for k in range(1, net.depth):                # no ReLU-family kink within reach of ε
        assert np.abs(trace.pre_activation(k)).min() > 1e-4
    grads = net.backward(trace, Y, l2)
    names = net.parameter_names()
    assert names == ("W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3")
    for name, g, num in zip(names, net.gradient_list(grads), numerical(net, X, Y, l2)):
        assert close(g, num, 1e-7, 1e-9), name


# -- the course's formulas, by hand -------------------------------------------------------------
def test_a_hand_worked_step_follows_the_course():
    """A 2-2-1 network, linear hidden units normalised, sigmoid output, m = 2 examples.

    X = [[0, 1], [2, 3]], W⁽¹⁾ = I, so Z⁽¹⁾ = X: μ = [1, 2], σ² = [(1 + 1)/2, (1 + 1)/2] = [1, 1]
    (biased: divided by m), Z_norm = (Z − μ)/√(σ² + ε) = [[−s, −s], [s, s]] with s = 1/√(1 + 1e-5);
    γ = [2, 1], β = [0.5, 0]: Z̃ = [[0.5 − 2s, −s], [0.5 + 2s, s]] = A⁽¹⁾ (linear).
    W⁽²⁾ = [[1, −1]], b⁽²⁾ = 0: Z⁽²⁾ = [[0.5 − s], [0.5 + s]], A⁽²⁾ = σ(Z⁽²⁾), Y = [[0], [1]].
    Backward: dZ⁽²⁾ = A − Y = [[p], [q]] with p = σ(0.5 − s), q = σ(0.5 + s) − 1;
    dZ̃⁽¹⁾ = dA⁽¹⁾ = dZ⁽²⁾·W⁽²⁾ = [[p, −p], [q, −q]];
    dγ = (1/m)·Σ dZ̃ ⊙ Z_norm = [(−ps + qs)/2, (ps − qs)/2];  dβ = (1/m)·Σ dZ̃ = [(p + q)/2, −(p + q)/2];
    dZ⁽¹⁾ = (1/√(σ² + ε))·(dZ_norm − mean(dZ_norm) − Z_norm·mean(dZ_norm ⊙ Z_norm)), dZ_norm = dZ̃ ⊙ γ;
    dW⁽¹⁾ = (1/m)·dZ⁽¹⁾ᵀ·X. After one step the running averages are 0.9·0 + 0.1·μ = [0.1, 0.2] and
    0.9·1 + 0.1·σ² = [1, 1].
    """
    spec = NetworkSpec(inputs=2, hidden=(2,), activation="linear", output="sigmoid", batch_norm=True)
    net = Network(spec, init="zeros")
    net.set_parameters([np.eye(2), np.array([2.0, 1.0]), np.array([0.5, 0.0]), np.array([[1.0, -1.0]]),
                        np.array([0.0])])
    X, Y = np.array([[0.0, 1.0], [2.0, 3.0]]), np.array([[0.0], [1.0]])
    s = 1.0 / np.sqrt(1.0 + 1e-5)
    sig = activations.ACTIVATIONS["sigmoid"].value
    p, q = sig(np.array(0.5 - s)), sig(np.array(0.5 + s)) - 1.0

    phases = {(ph.kind, ph.layer): ph.values for ph in net.phases(X, Y, optimizers.make("gd"), 0.1)}
    f1 = phases[("forward", 1)]
    assert f1["b"] is None and f1["epsilon"] == 1e-5
    np.testing.assert_allclose(f1["mu"], [1.0, 2.0], rtol=1e-15)
    np.testing.assert_allclose(f1["var"], [1.0, 1.0], rtol=1e-15)
    np.testing.assert_allclose(f1["Z_norm"], [[-s, -s], [s, s]], rtol=1e-15)
    np.testing.assert_allclose(f1["Z_tilde"], [[0.5 - 2 * s, -s], [0.5 + 2 * s, s]], rtol=1e-15)
    np.testing.assert_allclose(phases[("forward", 2)]["Z"], [[0.5 - s], [0.5 + s]], rtol=1e-15)
    b1 = phases[("backward", 1)]
    np.testing.assert_allclose(b1["dZ_tilde"], [[p, -p], [q, -q]], rtol=1e-14)
    np.testing.assert_allclose(b1["dgamma"], [(-p * s + q * s) / 2, (p * s - q * s) / 2], rtol=1e-14)
    np.testing.assert_allclose(b1["dbeta"], [(p + q) / 2, -(p + q) / 2], rtol=1e-14)
    dZ_norm = np.array([[p, -p], [q, -q]]) * [2.0, 1.0]
    Z_norm = np.array([[-s, -s], [s, s]])
    dZ = s * (dZ_norm - dZ_norm.mean(axis=0) - Z_norm * (dZ_norm * Z_norm).mean(axis=0))
    np.testing.assert_allclose(b1["dZ_norm"], dZ_norm, rtol=1e-14)
    np.testing.assert_allclose(b1["dZ"], dZ, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(b1["dW"], dZ.T @ X / 2, rtol=1e-12, atol=1e-15)
    assert b1["db"] is None
    update = phases[("update", None)]
    np.testing.assert_allclose(update["gamma_new"][1], [2.0, 1.0] - 0.1 * b1["dgamma"], rtol=1e-15)
    np.testing.assert_allclose(update["beta_new"][1], [0.5, 0.0] - 0.1 * b1["dbeta"], rtol=1e-15)
    assert update["rho"] == 0.9
    np.testing.assert_allclose(net.running_mean[1], [0.1, 0.2], rtol=1e-15)
    np.testing.assert_allclose(net.running_var[1], [1.0, 1.0], rtol=1e-15)
    # at test time the layer uses those averages (and the updated W, γ, β): Z̃ = γ·(Z − [0.1, 0.2])/√(1 + ε) + β
    A1 = net.gamma[1] * (X @ net.weights[1].T - [0.1, 0.2]) / np.sqrt(1.0 + 1e-5) + net.beta[1]
    np.testing.assert_allclose(net.predict(X), sig(A1 @ net.weights[2].T + net.biases[2]), rtol=1e-14)


# -- the gradient checker, and the phase path ----------------------------------------------------
@pytest.mark.parametrize("activation", sorted(HIDDEN_ACTIVATIONS))
def test_gradient_check_passes_with_batch_norm_and_catches_a_broken_layer(activation):
    net = random_network(activation, "softmax", seed=5)
    X, Y = batch(net, seed=6)
    before = {name: a.copy() for name, a in net.named_arrays().items()}
    result = gradient_check(net, X, Y, l2=0.3)
    assert result.verdict == "correct" and not result.kink_crossed, result.message
    assert result.parameters == sum(p.size for p in net.parameters())
    broken = broken_gradient_check(net, X, Y, layer=1, factor=2.0)
    assert broken.result.per_layer[1] > 0.3 and broken.result.per_layer[2] < 1e-6
    assert all(np.array_equal(a, net.named_arrays()[name]) for name, a in before.items())   # untouched


def test_the_phase_path_is_the_one_path_and_matches_backward():
    net = random_network("tanh", "sigmoid", seed=7)
    twin = net.copy()
    X, Y = batch(net, seed=8)
    grads = twin.backward(twin.forward(X, training=True), Y, l2=0.2)
    result = net.train_step(X, Y, optimizers.make("momentum"), 0.05, l2=0.2)
    for name, a, b in zip(net.parameter_names(), net.gradient_list(result.gradients), twin.gradient_list(grads)):
        np.testing.assert_array_equal(a, b, err_msg=name)
    assert result.trace.batch_stats and result.trace.norms[1] is not None and result.trace.norms[3] is None
    assert net.running_mean[1] is not twin.running_mean[1]
    np.testing.assert_allclose(net.running_mean[1], 0.1 * result.trace.norms[1].mu, rtol=1e-15)
    np.testing.assert_array_equal(twin.running_mean[1], np.zeros(4))       # the copy did not train


def test_abandoned_phases_change_nothing_and_backward_at_test_time_holds_mu_and_var_fixed():
    net = random_network("relu", "sigmoid", seed=9)
    X, Y = batch(net, seed=10)
    before = {name: a.copy() for name, a in net.named_arrays().items()}
    for phase in net.phases(X, Y, optimizers.make("adam"), 0.1):
        if phase.kind == "backward":
            break
    assert all(np.array_equal(a, net.named_arrays()[name]) for name, a in before.items())
    # a test-time trace: μ and σ² are constants, and backward differentiates that function
    trace = net.forward(X)
    assert not trace.batch_stats
    grads = net.backward(trace, Y)
    g = net.gradient_list(grads)[0]
    W = net.weights[1]
    num = np.zeros_like(W)
    for idx in np.ndindex(W.shape):
        original = W[idx]
        W[idx] = original + FD_EPSILON
        j_plus = net.cost(net.forward(X), Y)
        W[idx] = original - FD_EPSILON
        j_minus = net.cost(net.forward(X), Y)
        W[idx] = original
        num[idx] = (j_plus - j_minus) / (2 * FD_EPSILON)
    assert rel_diff(g, num) < 1e-7


def test_a_training_batch_of_one_is_refused_before_anything_changes():
    net = random_network("tanh", "sigmoid", seed=11)
    X, Y = batch(net, seed=12, m=1)
    before = {name: a.copy() for name, a in net.named_arrays().items()}
    for call in (lambda: net.phases(X, Y, optimizers.make("gd"), 0.1),
                 lambda: net.train_step(X, Y, optimizers.make("gd"), 0.1),
                 lambda: net.forward(X, training=True)):
        with pytest.raises(InvalidValueError, match="batch norm is on") as info:
            call()
        assert info.value.code == "bad_count" and info.value.params["minimum"] == 2
    assert all(np.array_equal(a, net.named_arrays()[name]) for name, a in before.items())
    assert net.predict(X).shape == (1, 1)          # at test time one example is fine


def test_a_normalised_network_starts_with_gamma_1_beta_0_and_no_hidden_bias():
    spec = NetworkSpec(inputs=2, hidden=(3, 2), activation="relu", output="softmax", outputs=3, batch_norm=True)
    net = Network(spec, seed=1)
    plain = Network(NetworkSpec(inputs=2, hidden=(3, 2), activation="relu", output="softmax", outputs=3), seed=1)
    for k in (1, 2):
        assert net.biases[k] is None
        np.testing.assert_array_equal(net.gamma[k], np.ones(spec.sizes[k]))
        np.testing.assert_array_equal(net.beta[k], np.zeros(spec.sizes[k]))
        np.testing.assert_array_equal(net.running_mean[k], np.zeros(spec.sizes[k]))
        np.testing.assert_array_equal(net.running_var[k], np.ones(spec.sizes[k]))
        np.testing.assert_array_equal(net.weights[k], plain.weights[k])          # same initialization
    assert net.gamma[0] is net.gamma[3] is net.beta[3] is net.running_mean[3] is None
    np.testing.assert_array_equal(net.biases[3], np.zeros(3))
    assert list(net.named_arrays()) == ["W1", "gamma1", "beta1", "W2", "gamma2", "beta2", "W3", "b3",
                                        "mean1", "var1", "mean2", "var2"]
    assert NetworkSpec.from_dict(spec.to_dict()) == spec
    assert "batch_norm" not in NetworkSpec(inputs=2).to_dict()            # older readers' dict unchanged
    with pytest.raises(InvalidValueError, match="batch_norm_decay"):
        NetworkSpec(inputs=2, batch_norm=True, batch_norm_decay=1.0)
    with pytest.raises(InvalidValueError, match="batch_norm"):
        NetworkSpec(inputs=2, batch_norm="yes")

"""The one-weight chain rule (``nnsim.chain``): its product equals the matrix formula's entry.

The issue's "done when": for EVERY weight of a test network, the product of local derivatives
along w⁽ˡ⁾ᵢⱼ's path (with the fan over the next layer's units, or over a softmax's outputs),
averaged over the batch, plus the L2/L1 term, equals dW⁽ˡ⁾ᵢⱼ from backward. Each example's
product is also checked against a finite difference of that example's own loss, so the chain
is not merely dW read back.
"""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from nnsim import Network, NetworkSpec, chain, optimizers
from nnsim.errors import InvalidValueError

CASES = {
    "sigmoid": dict(inputs=3, hidden=(4, 3), activation=("tanh", "relu"), output="sigmoid", outputs=1),
    "sigmoid-mse": dict(inputs=2, hidden=(3,), activation="sigmoid", output="sigmoid", outputs=1, loss="mse"),
    "softmax": dict(inputs=3, hidden=(4, 3), activation=("leaky_relu", "sigmoid"), output="softmax", outputs=3),
    "linear": dict(inputs=2, hidden=(3, 2), activation="tanh", output="linear", outputs=1),
}
REG = {"none": (0.0, 0.0), "l2": (0.7, 0.0), "l1": (0.0, 0.3)}


def _data(spec: NetworkSpec, m: int = 5, seed: int = 1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, spec.inputs))
    if spec.output == "softmax":
        Y = rng.integers(0, spec.outputs, size=m)
    elif spec.output == "sigmoid":
        Y = (rng.random(m) < 0.5).astype(float)
    else:
        Y = rng.normal(size=m)
    return X, Y


def _every_weight(net: Network):
    for k in range(1, net.depth + 1):
        n, n_prev = net.weights[k].shape
        for i in range(n):
            for j in range(n_prev):
                yield k, i, j


@pytest.mark.parametrize("reg", REG)
@pytest.mark.parametrize("case", CASES)
def test_product_equals_matrix_entry_for_every_weight(case, reg):
    spec = NetworkSpec(**CASES[case])
    net = Network(spec, "xavier_normal", seed=3)
    X, Y = _data(spec)
    l2, l1 = REG[reg]
    grads = net.backward(net.forward(X, training=True), Y, l2, l1)
    count = 0
    for k, i, j in _every_weight(net):
        for e in (0, 3):
            c = chain.from_network(net, X, Y, k, i, j, example=e, l2=l2, l1=l1)
            assert c.matches, (k, i, j, c.total, c.matrix)
            assert c.total == pytest.approx(grads.dW[k][i, j], rel=1e-9, abs=1e-15)
            # the chain's own product, not the matrix read back: ∂L/∂w = ∂L/∂z · ∂z/∂w
            assert c.dw == pytest.approx(c.dz * c.dz_dw, rel=1e-12)
            assert c.mean == pytest.approx(np.mean(c.per_example), rel=1e-12, abs=1e-15)
            # the penalty's term enters once, after the mean: (λ/m)·w + (λ₁/m)·sign w
            assert c.penalty == pytest.approx(l2 / 5 * c.w + l1 / 5 * np.sign(c.w), abs=1e-15)
            count += 1
    assert count == 2 * sum(W.size for W in net.weights[1:])


@pytest.mark.parametrize("case", CASES)
def test_each_examples_product_is_its_own_loss_derivative(case):
    """∂L⁽ᵉ⁾/∂w from the chain against a centred difference of example e's loss alone."""
    spec = NetworkSpec(**CASES[case])
    net = Network(spec, "xavier_normal", seed=4)
    X, Y = _data(spec, m=4, seed=2)
    e, eps = 2, 1e-6
    for k, i, j in _every_weight(net):
        c = chain.from_network(net, X, Y, k, i, j, example=e)
        W = net.weights[k]
        w0 = W[i, j]
        W[i, j] = w0 + eps
        up = net.loss(net.forward(X[e:e + 1]), Y[e:e + 1])
        W[i, j] = w0 - eps
        down = net.loss(net.forward(X[e:e + 1]), Y[e:e + 1])
        W[i, j] = w0
        assert c.dw == pytest.approx((up - down) / (2 * eps), rel=1e-5, abs=1e-8), (k, i, j)


def test_hidden_fan_runs_over_every_unit_of_the_layer_above():
    spec = NetworkSpec(**CASES["sigmoid"])
    net = Network(spec, "xavier_normal", seed=3)
    X, Y = _data(spec)
    trace = net.forward(X, training=True)
    grads = net.backward(trace, Y)
    c = chain.from_network(net, X, Y, 1, 2, 1, example=1)
    assert [t.unit for t in c.fan] == [0, 1, 2]                     # layer 2 has 3 units
    for t in c.fan:
        assert t.local == net.weights[2][t.unit, 2]                  # w⁽²⁾_q2
        assert t.upstream == grads.dZ[2][1, t.unit]                  # ∂L/∂z⁽²⁾_q from layer 2's backward
    assert c.fan_sum == pytest.approx(grads.dA[1][1, 2], rel=1e-12)   # Σ_q = dA⁽¹⁾
    assert c.gprime == pytest.approx(1 - np.tanh(c.z) ** 2)         # tanh′
    assert c.dz == pytest.approx(grads.dZ[1][1, 2], rel=1e-12)
    assert c.a_prev == X[1, 1] and c.dz_dw == X[1, 1]


def test_sigmoid_output_derivation_is_a_minus_y():
    spec = NetworkSpec(**CASES["sigmoid"])
    net = Network(spec, "xavier_normal", seed=3)
    X, Y = _data(spec)
    c = chain.from_network(net, X, Y, 3, 0, 1, example=2)
    a, y = c.a, c.y
    assert c.fused and c.fan == ()
    assert c.da == pytest.approx(-y / a + (1 - y) / (1 - a), rel=1e-12)   # dA
    assert c.gprime == pytest.approx(a * (1 - a), rel=1e-12)              # σ′(z)
    assert c.dz == pytest.approx(a - y, rel=1e-9)                          # dA·σ′ = a − y


def test_softmax_output_fans_over_every_output():
    spec = NetworkSpec(**CASES["softmax"])
    net = Network(spec, "xavier_normal", seed=3)
    X, Y = _data(spec)
    c = chain.from_network(net, X, Y, 3, 1, 2, example=0)
    A = net.forward(X).output
    onehot = np.eye(3)[np.asarray(Y)]
    assert c.gprime is None and c.da is None and len(c.fan) == 3
    for t in c.fan:
        assert t.local == pytest.approx(A[0, t.unit] * ((t.unit == 1) - A[0, 1]), rel=1e-12)
        assert t.upstream == pytest.approx(-onehot[0, t.unit] / A[0, t.unit] if onehot[0, t.unit] else 0.0)
    assert c.dz == pytest.approx(A[0, 1] - onehot[0, 1], rel=1e-9)


def _phase_views(net, X, Y, **kw):
    """The backward phases of one step, as the step view gets them (values and info)."""
    spec = net.spec
    for phase in net.phases(X, Y, optimizers.make("gd"), 0.1, display=True, **kw):
        if phase.kind == "backward":
            info = {"activations": spec.activations, "l2": kw.get("l2", 0.0), "l1": kw.get("l1", 0.0),
                    "loss": spec.loss, "batch_norm": spec.batch_norm}
            yield SimpleNamespace(kind="backward", layer=phase.layer, values=dict(phase.values), info=info)


@pytest.mark.parametrize("case", ["sigmoid", "softmax"])
def test_from_the_step_views_phases_with_dropout_and_l2(case):
    """What the step panel is given (a backward phase's values) is enough, dropout masks included."""
    spec = NetworkSpec(**CASES[case])
    net = Network(spec, "xavier_normal", seed=5)
    X, Y = _data(spec, m=6)
    rng = np.random.default_rng(0)
    seen = 0
    for view in _phase_views(net, X, Y, l2=0.4, keep_prob=0.6, rng=rng):
        k = view.layer
        n, n_prev = np.shape(view.values["W"])
        for i in range(n):
            for j in range(n_prev):
                c = chain.from_phase(view, i, j, 5)
                assert c.matches and c.total == pytest.approx(view.values["dW"][i, j], rel=1e-9, abs=1e-15)
                if view.values.get("mask") is not None:
                    assert c.mask == view.values["mask"][5, i]
                seen += 1
        if k < spec.depth:
            assert view.values.get("mask") is not None
    assert seen == sum(W.size for W in net.weights[1:])


def test_batch_norm_is_refused_clearly():
    spec = NetworkSpec(inputs=2, hidden=(3,), batch_norm=True)
    net = Network(spec, seed=0)
    X, Y = _data(spec)
    with pytest.raises(InvalidValueError, match="batch_norm.*tie every example"):
        chain.from_network(net, X, Y, 1, 0, 0)
    view = next(_phase_views(net, X, Y))
    with pytest.raises(InvalidValueError, match="batch_norm"):
        chain.from_phase(view, 0, 0, 0)


def test_bad_indices_are_refused():
    spec = NetworkSpec(**CASES["sigmoid"])
    net = Network(spec, seed=0)
    X, Y = _data(spec)
    for args in ((1, 4, 0), (1, 0, 3), (4, 0, 0), (0, 0, 0)):
        with pytest.raises(InvalidValueError):
            chain.from_network(net, X, Y, *args)
    with pytest.raises(InvalidValueError, match="example"):
        chain.from_network(net, X, Y, 1, 0, 0, example=5)

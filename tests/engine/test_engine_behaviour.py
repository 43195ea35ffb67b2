"""How the engine behaves over many steps, and how it refuses bad input.

Symmetry under zero initialization, inverted dropout's statistics, reproducibility,
traces that stay as they were, the phases of a step, and errors raised (with their code
and a message naming the value and the rule) before anything changes.
"""
from __future__ import annotations

import copy

import numpy as np
import pytest

from nnsim import InvalidValueError, NNSimError, Network, NetworkSpec, ShapeError, UnknownNameError
from nnsim import optimizers


def blobs(seed=0, m=40, features=2):
    """A small two-class problem: labels from a circle, so training has something to do."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0.0, 1.0, size=(m, features))
    Y = ((X**2).sum(axis=1) < 1.0).astype(float).reshape(-1, 1)
    return X, Y


def snapshot(net: Network) -> list[np.ndarray]:
    return [p.copy() for p in net.parameters()]


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


# -- zero initialization keeps units identical; He breaks the symmetry ----------------------
def rows_identical(W: np.ndarray, rel: float) -> bool:
    """Every row (a unit's incoming weights) equals the first, within ``rel`` of the largest entry."""
    scale = np.abs(W).max()
    return bool(np.abs(W - W[0]).max() <= rel * scale)


@pytest.mark.parametrize("optimizer", ["gd", "adam"])
def test_zero_initialization_keeps_every_hidden_unit_identical(optimizer):
    X, _ = blobs()
    Y = (X[:, :1] + 0.5 * X[:, 1:] > 0.2).astype(float)     # a tilted line: a clear gradient in W¹
    # sigmoid hidden units: σ(0) = ½ ≠ 0, so the gradients are not all zero and W really moves
    net = Network(NetworkSpec(inputs=2, hidden=[4, 3], activation="sigmoid", output="sigmoid"),
                  init="zeros", seed=0)
    opt = optimizers.make(optimizer)
    for _ in range(100):
        net.train_step(X, Y, opt, learning_rate=4.0 if optimizer == "gd" else 0.05)
    for k in (1, 2):
        W, b = net.weights[k], net.biases[k]
        assert np.abs(W).max() > 1e-3, "the weights must have moved for the test to mean anything"
        assert rows_identical(W, 1e-12), f"layer {k}: units differ"
        assert np.abs(b - b[0]).max() <= 1e-12 * max(np.abs(b).max(), 1e-300)
    # the next layer sees identical units, so its incoming weights from them are equal too
    W3 = net.weights[3]
    assert np.abs(W3 - W3[:, :1]).max() <= 1e-12 * np.abs(W3).max()


def test_he_initialization_breaks_the_symmetry():
    X, Y = blobs()
    net = Network(NetworkSpec(inputs=2, hidden=[4, 3], activation="relu", output="sigmoid"),
                  init="he_normal", seed=0)
    opt = optimizers.make("gd")
    for _ in range(100):
        net.train_step(X, Y, opt, learning_rate=0.5)
    for k in (1, 2):
        W = net.weights[k]
        assert not rows_identical(W, 1e-2)
        # no two units of a layer share their incoming weights
        for i in range(W.shape[0]):
            for j in range(i + 1, W.shape[0]):
                assert np.abs(W[i] - W[j]).max() > 1e-3


# -- inverted dropout -------------------------------------------------------------------------
def dropout_net():
    return Network(NetworkSpec(inputs=3, hidden=[5, 4], activation="sigmoid", output="sigmoid"),
                   init="xavier_normal", seed=1)


@pytest.mark.parametrize("p", [0.5, 0.8])
def test_dropout_keeps_the_expected_activation_and_keeps_a_fraction_p(p):
    net = dropout_net()
    x = np.array([[0.3, -1.2, 0.7]])
    n = 40_000                                  # one example repeated: each row its own mask
    X = np.repeat(x, n, axis=0)
    plain = net.forward(x).A[1][0]              # sigmoid: every a in (0, 1)
    trace = net.forward(X, training=True, keep_prob=p, rng=np.random.default_rng(7))
    mask, A1 = trace.masks[1], trace.A[1]
    # the mask holds D/p: entries 0 (dropped) or 1/p (kept)
    assert set(np.unique(mask)) == {0.0, 1.0 / p}
    # fraction kept ~ Binomial(n, p)/n: standard deviation √(p(1−p)/n); allow 5
    kept = (mask > 0).mean(axis=0)
    assert np.all(np.abs(kept - p) < 5 * np.sqrt(p * (1 - p) / n))
    # E[a·D/p] = a: the sample mean of a·D/p has standard deviation a·√((1−p)/(p·n))
    np.testing.assert_array_less(np.abs(A1.mean(axis=0) - plain), 5 * plain * np.sqrt((1 - p) / (p * n)))
    # and each kept unit is scaled up by exactly 1/p
    np.testing.assert_allclose(A1[mask > 0], (np.broadcast_to(plain, A1.shape) / p)[mask > 0], rtol=1e-14)
    # the output layer is never dropped
    assert trace.masks[net.depth] is None


def test_dropout_masks_differ_between_steps():
    net = dropout_net()
    X, Y = blobs(features=3, m=20)
    rng = np.random.default_rng(3)
    opt = optimizers.make("gd")
    first = net.train_step(X, Y, opt, 0.1, keep_prob=0.5, rng=rng)
    second = net.train_step(X, Y, opt, 0.1, keep_prob=0.5, rng=rng)
    for k in (1, 2):
        assert first.trace.masks[k] is not None and second.trace.masks[k] is not None
        assert not np.array_equal(first.trace.masks[k], second.trace.masks[k])


def test_nothing_is_dropped_when_not_training():
    net = dropout_net()
    X, _ = blobs(features=3, m=20)
    plain = net.forward(X)
    trace = net.forward(X, training=False, keep_prob=0.3, rng=np.random.default_rng(0))
    assert trace.masks == [None, None, None, None]
    for k in range(net.depth + 1):
        assert np.array_equal(trace.A[k], plain.A[k])
    # keep probability 1 while training drops nothing either (and needs no generator)
    full = net.forward(X, training=True, keep_prob=1.0)
    assert all(m is None for m in full.masks)
    assert np.array_equal(full.output, plain.output)


def test_keep_probability_per_hidden_layer():
    net = dropout_net()
    X, _ = blobs(features=3, m=50)
    trace = net.forward(X, training=True, keep_prob=(1.0, 0.5), rng=np.random.default_rng(0))
    assert trace.masks[1] is None and trace.masks[2] is not None and trace.masks[3] is None


# -- reproducibility and fresh arrays --------------------------------------------------------
def seeded_run(seed: int, data_seed: int = 0) -> Network:
    X, Y = blobs(data_seed, m=60)
    net = Network(NetworkSpec(inputs=2, hidden=[6, 5], activation="relu", output="sigmoid"),
                  init="he_normal", seed=seed)
    rng = np.random.default_rng(seed + 1000)
    opt = optimizers.make("adam")
    for _ in range(30):                     # shuffled mini-batches and dropout, all from rng
        idx = rng.permutation(60)[:20]
        net.train_step(X[idx], Y[idx], opt, 0.01, l2=0.1, keep_prob=0.8, rng=rng)
    return net


def test_a_seeded_run_twice_gives_bit_identical_weights():
    a, b = seeded_run(5), seeded_run(5)
    assert same(a.parameters(), b.parameters())
    assert not same(a.parameters(), seeded_run(6).parameters())     # the seed does matter


def test_a_trace_held_by_the_caller_is_not_changed_by_later_steps():
    X, Y = blobs(m=16)
    net = Network(NetworkSpec(inputs=2, hidden=[5, 3], activation="tanh", output="sigmoid"), seed=2)
    opt = optimizers.make("momentum")
    rng = np.random.default_rng(0)
    held = net.train_step(X, Y, opt, 0.3, keep_prob=0.7, rng=rng)
    held_forward = net.forward(X)
    held_grads = net.backward(held_forward, Y)
    phases = list(net.phases(X, Y, opt, 0.3))
    saved = copy.deepcopy((held.trace, held.gradients, held_forward, held_grads,
                           [ph.values.get("W_new") for ph in phases]))
    for _ in range(20):
        net.train_step(X, Y, opt, 0.3, keep_prob=0.7, rng=rng)
        net.backward(net.forward(X), Y)

    def arrays(obj):
        if isinstance(obj, np.ndarray):
            yield obj
        elif isinstance(obj, (list, tuple)):
            for o in obj:
                yield from arrays(o)
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                yield from arrays(getattr(obj, name))

    now = (held.trace, held.gradients, held_forward, held_grads, [ph.values.get("W_new") for ph in phases])
    before, after = list(arrays(saved)), list(arrays(now))
    assert len(before) == len(after) > 40
    assert all(np.array_equal(x, y) for x, y in zip(before, after))
    assert not np.array_equal(net.weights[1], saved[4][-1][1])      # while training moved on


# -- phases -----------------------------------------------------------------------------------
def three_layer():
    return Network(NetworkSpec(inputs=2, hidden=[4, 3], activation="tanh", output="sigmoid"), seed=4)


def test_phases_of_a_three_layer_step_come_in_order():
    X, Y = blobs(m=8)
    net = three_layer()
    kinds = [(ph.kind, ph.layer) for ph in net.phases(X, Y, optimizers.make("gd"), 0.1)]
    assert kinds == [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
                     ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]


@pytest.mark.parametrize("stop_after", range(8))
def test_abandoning_the_phases_before_the_update_changes_nothing(stop_after):
    X, Y = blobs(m=8)
    net = three_layer()
    before = snapshot(net)
    opt = optimizers.make("adam")
    steps = net.phases(X, Y, opt, 0.1)
    taken = [next(steps) for _ in range(stop_after)]
    steps.close()
    assert len(taken) == stop_after
    assert same(before, net.parameters())
    assert opt.t == 0
    # the update phase is the one that changes the weights
    list(net.phases(X, Y, opt, 0.1))
    assert not same(before, net.parameters())


def test_train_step_equals_draining_the_phases():
    X, Y = blobs(m=12)
    a, b = three_layer(), three_layer()
    opt_a, opt_b = optimizers.make("rmsprop"), optimizers.make("rmsprop")
    for _ in range(3):
        result = a.train_step(X, Y, opt_a, 0.05, l2=0.2)
        phases = list(b.phases(X, Y, opt_b, 0.05, l2=0.2))
        assert same(a.parameters(), b.parameters())
        assert phases[-1].values["result"].cost == result.cost
    # the phases' values are what forward and backward compute
    net = three_layer()
    trace, grads = net.forward(X), net.backward(net.forward(X), Y, l2=0.2)
    cost = net.cost(trace, Y, l2=0.2)
    phases = list(net.phases(X, Y, optimizers.make("gd"), 0.1, l2=0.2))
    for ph in phases[:3]:
        assert np.array_equal(ph.values["Z"], trace.Z[ph.layer])
        assert np.array_equal(ph.values["A"], trace.A[ph.layer])
    assert phases[3].values["cost"] == pytest.approx(cost, rel=1e-15)
    for ph in phases[4:7]:
        assert np.array_equal(ph.values["dW"], grads.dW[ph.layer])
        assert np.array_equal(ph.values["dZ"], grads.dZ[ph.layer])
    update = phases[7].values
    for k in (1, 2, 3):        # gd: W_new = W_old − α·dW
        np.testing.assert_allclose(update["W_new"][k], update["W_old"][k] - 0.1 * grads.dW[k], rtol=1e-15)


# -- bad input: the specific error, its code, a message naming value and rule ----------------
def check_error(excinfo, cls, code, *words):
    err = excinfo.value
    assert isinstance(err, cls)
    assert isinstance(err, NNSimError) and isinstance(err, ValueError)
    assert err.code == code
    text = str(err)
    for word in words:
        assert word in text, f"{word!r} not in {text!r}"
    return err


HIDDEN_NAMES = "leaky_relu, linear, relu, sigmoid, tanh"


@pytest.mark.parametrize(("kwargs", "where", "value"), [
    (dict(inputs=0), "layer 0", "0 units"),
    (dict(inputs=-2), "layer 0", "-2 units"),
    (dict(inputs=2, hidden=[3, 0]), "layer 2", "0 units"),
    (dict(inputs=2, hidden=[-1]), "layer 1", "-1 units"),
    (dict(inputs=2, hidden=[2.5]), "layer 1", "2.5 units"),
])
def test_zero_or_negative_units(kwargs, where, value):
    with pytest.raises(InvalidValueError) as e:
        NetworkSpec(**kwargs)
    check_error(e, InvalidValueError, "bad_units", where, value, "at least 1")


def test_unknown_activation_lists_the_hidden_choices():
    with pytest.raises(UnknownNameError) as e:
        NetworkSpec(inputs=2, hidden=[3, 3], activation=["tanh", "relu6"])
    err = check_error(e, UnknownNameError, "unknown_name", "layer 2", "'relu6'", HIDDEN_NAMES)
    assert err.params["name"] == "relu6"
    with pytest.raises(UnknownNameError) as e:       # checked even with no hidden layer
        NetworkSpec(inputs=2, hidden=[], activation="relu6")
    check_error(e, UnknownNameError, "unknown_name", "'relu6'", HIDDEN_NAMES)


def test_unknown_output_initializer_loss_and_optimizer_list_the_valid_names():
    with pytest.raises(UnknownNameError) as e:
        NetworkSpec(inputs=2, output="tanh")
    check_error(e, UnknownNameError, "unknown_name", "'tanh'", "linear, sigmoid, softmax")
    spec = NetworkSpec(inputs=2, hidden=[3])
    with pytest.raises(UnknownNameError) as e:
        Network(spec, init="glorot")
    check_error(e, UnknownNameError, "unknown_name", "'glorot'",
                "he_normal, he_uniform, large_random, lecun_normal, small_random, xavier_normal, "
                "xavier_uniform, zeros")
    with pytest.raises(UnknownNameError) as e:
        NetworkSpec(inputs=2, loss="hinge")
    check_error(e, UnknownNameError, "unknown_name", "'hinge'", "cross_entropy, mse")
    with pytest.raises(UnknownNameError) as e:
        optimizers.make("sgd")
    check_error(e, UnknownNameError, "unknown_name", "'sgd'", "adam, gd, momentum, rmsprop")
    with pytest.raises(UnknownNameError) as e:
        optimizers.learning_rate("cosine", 0.1, 3)
    check_error(e, UnknownNameError, "unknown_name", "'cosine'", "exponential, inverse_time, none")


def test_softmax_in_a_hidden_layer():
    with pytest.raises(InvalidValueError) as e:
        NetworkSpec(inputs=2, hidden=[3, 3], activation=["relu", "softmax"], output="softmax", outputs=3)
    check_error(e, InvalidValueError, "softmax_hidden", "layer 2", "softmax", "output", HIDDEN_NAMES)


@pytest.mark.parametrize(("output", "loss", "outputs", "valid"), [
    ("softmax", "mse", 3, "cross_entropy"),
    ("linear", "cross_entropy", 1, "mse"),
])
def test_invalid_output_loss_pair(output, loss, outputs, valid):
    with pytest.raises(InvalidValueError) as e:
        NetworkSpec(inputs=2, hidden=[3], output=output, outputs=outputs, loss=loss)
    check_error(e, InvalidValueError, "invalid_output_loss", repr(output), repr(loss), f": {valid}")


def test_output_unit_counts():
    with pytest.raises(InvalidValueError) as e:
        NetworkSpec(inputs=2, output="softmax", outputs=1)
    check_error(e, InvalidValueError, "bad_outputs", "softmax", "K ≥ 2", "1")
    with pytest.raises(InvalidValueError) as e:
        NetworkSpec(inputs=2, output="sigmoid", outputs=2)
    check_error(e, InvalidValueError, "bad_outputs", "exactly 1", "2")


# Errors of a training step: raised before the weights or the optimizer change.
@pytest.fixture
def trained():
    X, Y = blobs(m=10)
    net = Network(NetworkSpec(inputs=2, hidden=[3], activation="relu", output="sigmoid"), seed=0)
    opt = optimizers.make("adam")
    net.train_step(X, Y, opt, 0.01)               # some optimizer state to protect
    return net, opt, X, Y


def assert_refused(trained, cls, code, words, **step):
    net, opt, X, Y = trained
    before, state = snapshot(net), opt.state_dict()
    args = dict(X=X, Y=Y, optimizer=opt, learning_rate=0.01)
    args.update(step)
    with pytest.raises(cls) as e:
        net.train_step(**args)
    check_error(e, cls, code, *words)
    assert same(before, net.parameters())
    after = opt.state_dict()
    assert after["t"] == state["t"] and same(after["v"], state["v"]) and same(after["s"], state["s"])


@pytest.mark.parametrize("p", [0.0, -0.1, 1.5, float("nan")])
def test_keep_probability_outside_0_1(trained, p):
    assert_refused(trained, InvalidValueError, "out_of_range", ["keep_prob", "(0, 1]", repr(p)],
                   keep_prob=p, rng=np.random.default_rng(0))
    net, _, X, _ = trained
    with pytest.raises(InvalidValueError):      # forward checks it too, training or not
        net.forward(X, keep_prob=p)


@pytest.mark.parametrize("name", ["l2", "l1"])
def test_negative_lambda(trained, name):
    assert_refused(trained, InvalidValueError, "out_of_range", [name, "≥ 0", "-0.1"], **{name: -0.1})
    net, _, X, Y = trained
    with pytest.raises(InvalidValueError) as e:
        net.backward(net.forward(X), Y, **{name: -0.1})
    assert e.value.code == "out_of_range"
    with pytest.raises(InvalidValueError):
        net.cost(net.forward(X), Y, **{name: -0.1})


def test_negative_learning_rate(trained):
    assert_refused(trained, InvalidValueError, "out_of_range", ["learning_rate", "≥ 0", "-0.01"],
                   learning_rate=-0.01)


def test_x_and_y_with_different_numbers_of_rows(trained):
    _, _, X, Y = trained
    assert_refused(trained, ShapeError, "row_mismatch", ["10 rows", "Y has 9"], Y=Y[:9])
    net = trained[0]
    with pytest.raises(ShapeError) as e:
        net.backward(net.forward(X), Y[:9])
    assert e.value.code == "row_mismatch"


def test_an_empty_batch(trained):
    _, _, X, Y = trained
    assert_refused(trained, InvalidValueError, "bad_count", ["examples", "at least 1", "0"],
                   X=X[:0], Y=Y[:0])


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_infinity_in_x(trained, bad):
    _, _, X, _ = trained
    X = X.copy()
    X[3, 1] = bad
    err_words = ["X", "NaN or infinity", "row 3", "column 1"]
    assert_refused(trained, InvalidValueError, "not_finite", err_words, X=X)
    with pytest.raises(InvalidValueError) as e:
        trained[0].forward(X)
    assert e.value.code == "not_finite" and e.value.params == {"name": "X", "row": 3, "column": 1}


def test_bad_class_labels():
    net = Network(NetworkSpec(inputs=2, hidden=[3], output="softmax", outputs=3), seed=0)
    X = np.zeros((2, 2))
    with pytest.raises(InvalidValueError) as e:
        net.backward(net.forward(X), np.array([0, 3]))
    check_error(e, InvalidValueError, "bad_labels", "0 to 2", "3")


def test_optimizer_settings_are_checked():
    with pytest.raises(InvalidValueError) as e:
        optimizers.make("adam", beta1=1.0)
    check_error(e, InvalidValueError, "out_of_range", "beta1", "[0, 1)", "1.0")
    with pytest.raises(UnknownNameError) as e:
        optimizers.make("gd", beta=0.9)
    assert e.value.code == "unknown_name"


def test_keep_probability_is_checked_even_without_hidden_layers():
    net = Network(NetworkSpec(inputs=2, hidden=[]), seed=0)      # logistic regression
    X = np.zeros((3, 2))
    with pytest.raises(InvalidValueError) as e:
        net.forward(X, training=True, keep_prob=1.5, rng=np.random.default_rng(0))
    check_error(e, InvalidValueError, "out_of_range", "keep_prob", "(0, 1]", "1.5")
    # a valid one is accepted and changes nothing: there is no hidden layer to drop from
    trace = net.forward(X, training=True, keep_prob=0.5, rng=np.random.default_rng(0))
    assert trace.masks == [None, None]

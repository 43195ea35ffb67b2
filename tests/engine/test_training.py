"""The Trainer (nnsim.training) and its bounded History (nnsim.history).

Batching is observed through ``Trainer.phases()``: the first forward phase's ``A_prev`` is the
mini-batch, and its rows are matched back to training-row indices. Figures from
``evaluate()`` are recomputed here from the raw data with plain NumPy and the formulas
written out (standardisation, the forward pass, cross-entropy, the L2 penalty).
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from nnsim import config, history, training
from nnsim.history import History
from nnsim.training import Trainer, auto_eval_every

BASE = {"data": {"samples": 300, "test_fraction": 0.5},      # 150 training rows
        "network": {"hidden": [6, 4], "activation": "tanh", "init": "xavier_normal"},
        "training": {"learning_rate": 0.1, "epochs": 100}}


def make(changes: dict | None = None, base: dict | None = None) -> config.RunConfig:
    """The base config with dotted-key changes (e.g. {"training.batch_size": 32})."""
    return config.parse(base or BASE).replace(changes or {})


def params(trainer: Trainer) -> list[np.ndarray]:
    return [p.copy() for p in trainer.network.parameters()]


def same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def step_with_batch(trainer: Trainer, where: dict[bytes, int]) -> tuple[int, list[int], float, float]:
    """One step through phases(): (epoch before it, the batch's row indices, its rate, its cost)."""
    epoch, idx, rate, cost = trainer.epoch, None, None, None
    for phase in trainer.phases():
        if phase.kind == "forward" and phase.layer == 1:
            idx = [where[row.tobytes()] for row in phase.values["A_prev"]]
        if phase.kind == "update":
            rate, cost = phase.values["learning_rate"], phase.values["result"].cost
    return epoch, idx, rate, cost


def row_index(trainer: Trainer) -> dict[bytes, int]:
    X = trainer.problem.X["train"]
    where = {row.tobytes(): i for i, row in enumerate(X)}
    assert len(where) == X.shape[0]           # rows are distinct, so a batch maps back to indices
    return where


# -- batching ----------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [0, 150, 151, 10**6])
def test_batch_size_zero_or_at_least_m_is_full_batch(batch_size):
    trainer = Trainer(make({"training.batch_size": batch_size}))
    assert trainer.train_rows == 150 and trainer.batch_size == 150
    where = row_index(trainer)
    for k in range(3):
        epoch, idx, _, _ = step_with_batch(trainer, where)
        assert epoch == k and idx == list(range(150))        # every row, in order, one step an epoch
        assert trainer.epoch == k + 1 and trainer.step_count == k + 1


def test_mini_batches_cover_every_row_once_per_epoch_in_a_new_order():
    trainer = Trainer(make({"training.batch_size": 32}))
    where = row_index(trainer)
    epochs: dict[int, list[list[int]]] = {}
    for _ in range(15):
        epoch, idx, _, _ = step_with_batch(trainer, where)
        epochs.setdefault(epoch, []).append(idx)
    assert sorted(epochs) == [0, 1, 2] and trainer.epoch == 3 and trainer.step_count == 15
    orders = []
    for batches in epochs.values():
        assert [len(b) for b in batches] == [32, 32, 32, 32, 22]    # 150 = 4·32 + 22, the last kept
        order = [i for b in batches for i in b]
        assert sorted(order) == list(range(150))                    # each row exactly once
        orders.append(order)
    assert orders[0] != orders[1] != orders[2] != orders[0]          # reshuffled every epoch
    assert orders[0] != list(range(150))


def test_phases_drained_is_exactly_step():
    cfg = make({"training.batch_size": 16, "training.keep_prob": 0.7, "training.optimizer": "adam"})
    a, b = Trainer(cfg), Trainer(cfg)
    for _ in range(23):
        a.step()
        for _ in b.phases():
            pass
    assert same(params(a), params(b))
    L = a.network.depth                      # the step view's phases also hold dA⁽ᴸ⁾; fast steps skip it
    assert a.last.gradients.dA[L] is None and b.last.gradients.dA[L] is not None
    assert a.history.to_dict() == b.history.to_dict()
    assert a.rng.bit_generator.state == b.rng.bit_generator.state


def test_a_step_is_complete_when_its_update_phase_is_handed_out():
    """The step view pulls phases one click at a time and may stop at the update."""
    cfg = make({"training.batch_size": 32})
    trainer, reference = Trainer(cfg), Trainer(cfg)
    where = row_index(trainer)
    first = None
    for phase in trainer.phases():
        if phase.kind == "forward" and phase.layer == 1:
            first = [where[row.tobytes()] for row in phase.values["A_prev"]]
        if phase.kind == "update":
            break                                              # abandoned right after the update
    reference.step()
    assert trainer.step_count == 1 and trainer.history.batch_costs == reference.history.batch_costs
    assert same(params(trainer), params(reference))
    _, second, _, _ = step_with_batch(trainer, where)
    assert len(second) == 32 and not set(second) & set(first)  # the next batch, not the same again


# -- learning-rate schedules -------------------------------------------------------------------
@pytest.mark.parametrize("decay, rate, formula", [
    ("none", 0.0, lambda a0, e: a0),
    ("inverse_time", 0.5, lambda a0, e: a0 / (1 + 0.5 * e)),
    ("exponential", 0.7, lambda a0, e: a0 * 0.7 ** e),
])
def test_the_learning_rate_follows_the_schedule_by_epoch(decay, rate, formula):
    a0, interval = 0.2, 2
    trainer = Trainer(make({"training.batch_size": 50, "training.learning_rate": a0, "training.decay": decay,
                            "training.decay_rate": rate, "training.decay_interval": interval,
                            "training.eval_every": 2}))
    where = row_index(trainer)
    for _ in range(21):                                            # 3 steps an epoch, 7 epochs
        epoch, _, used, _ = step_with_batch(trainer, where)
        assert used == pytest.approx(formula(a0, epoch // interval), rel=1e-14)
        assert trainer.learning_rate == pytest.approx(formula(a0, trainer.epoch // interval), rel=1e-14)
    # the rate is the one that moves the weights: gd is W ← W − α·dW
    update = [ph for ph in trainer.phases() if ph.kind == "update"][0]
    assert update.values["learning_rate"] == pytest.approx(formula(a0, 7 // interval), rel=1e-14)
    for W, W0, dW in zip(update.values["W_new"][1:], update.values["W_old"][1:], update.values["dW"][1:]):
        assert np.array_equal(W, W0 - update.values["learning_rate"] * dW)
    for record in trainer.history.records:
        assert record["learning_rate"] == pytest.approx(formula(a0, record["epoch"] // interval), rel=1e-14)


# -- evaluate() --------------------------------------------------------------------------------
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def independent_forward(trainer: Trainer, raw: np.ndarray, hidden_g) -> np.ndarray:
    """Standardise with the training rows' mean and (population) std, then Z = A·Wᵀ + b layer by layer."""
    ds, split = trainer.problem.dataset, trainer.problem.split
    train_raw = ds.X[split.train]
    A = (raw - train_raw.mean(axis=0)) / train_raw.std(axis=0)
    L = trainer.network.depth
    for k in range(1, L + 1):
        Z = A @ trainer.network.weights[k].T + trainer.network.biases[k]
        A = hidden_g(Z) if k < L else Z
    return A                                                     # the output layer's Z (logits)


def test_evaluate_recomputed_independently_sigmoid_with_l2():
    lam = 0.3
    trainer = Trainer(make({"data.dev_fraction": 0.2, "data.test_fraction": 0.3, "training.l2": lam,
                            "network.hidden": [5], "network.activation": "relu", "network.init": "he_normal",
                            "training.learning_rate": 0.3}))
    trainer.run(steps=40)
    ev = trainer.evaluate()
    ds, split = trainer.problem.dataset, trainer.problem.split
    m_train = len(split.train)
    assert (m_train, len(split.dev), len(split.test)) == (150, 60, 90)
    for name in ("train", "dev", "test"):
        idx = getattr(split, name)
        a = sigmoid(independent_forward(trainer, ds.X[idx], lambda z: np.maximum(z, 0.0)))[:, 0]
        y = ds.y[idx]
        # L = −[y·log a + (1 − y)·log(1 − a)], the loss the mean of L over the split
        L = -(y * np.log(a) + (1 - y) * np.log(1 - a))
        assert ev[name]["loss"] == pytest.approx(L.mean(), rel=1e-10)
        right = sum(1 for ai, yi in zip(a, y) if (1 if ai >= 0.5 else 0) == yi)
        assert ev[name]["accuracy"] == right / len(y)
    # J = training loss + (λ/2m)·Σ‖W‖², m the training rows; biases are not penalised
    penalty = lam / (2 * m_train) * sum(float((W ** 2).sum()) for W in trainer.network.weights[1:])
    assert penalty > 1e-3
    assert ev["objective"] == pytest.approx(ev["train"]["loss"] + penalty, rel=1e-12)
    assert ev["objective"] == pytest.approx(trainer.summary()["objective"], rel=0)


def test_evaluate_softmax_loss_and_accuracy():
    trainer = Trainer(make({"data.dataset": "spiral", "data.classes": 3, "network.output": "softmax",
                            "data.test_fraction": 0.3}))
    trainer.run(steps=30)
    ev = trainer.evaluate()
    ds, split = trainer.problem.dataset, trainer.problem.split
    for name in ("train", "test"):
        idx = getattr(split, name)
        Z = independent_forward(trainer, ds.X[idx], np.tanh)
        A = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)     # softmax
        y = ds.y[idx]
        L = -np.log(A[np.arange(len(y)), y])                      # −Σₖ yₖ·log aₖ with one-hot y
        assert ev[name]["loss"] == pytest.approx(L.mean(), rel=1e-10)
        right = sum(1 for row, yi in zip(A, y) if int(np.argmax(row)) == yi)
        assert ev[name]["accuracy"] == right / len(y)
    assert ev["dev"] is None


def test_evaluate_regression_has_no_accuracy_and_absent_splits_are_none():
    trainer = Trainer(make({"data.dataset": "plane", "network.output": "linear", "data.test_fraction": 0.0}))
    trainer.run(steps=20)
    ev = trainer.evaluate()
    assert ev["dev"] is None and ev["test"] is None
    ds, idx = trainer.problem.dataset, trainer.problem.split.train
    a = independent_forward(trainer, ds.X[idx], np.tanh)[:, 0]
    assert ev["train"]["loss"] == pytest.approx(np.mean(0.5 * (a - ds.y[idx]) ** 2), rel=1e-10)   # L = ½(a − y)²
    assert ev["train"]["accuracy"] is None
    assert ev["objective"] == ev["train"]["loss"]
    summary = trainer.summary()
    assert summary["dev"] is None and summary["test"] is None
    for record in trainer.history.records:
        assert record["train_accuracy"] is None and record["dev_loss"] is None and record["test_loss"] is None


# -- history -----------------------------------------------------------------------------------
def test_history_records_every_eval_every_steps_and_every_batch_cost():
    trainer = Trainer(make({"training.batch_size": 32, "training.eval_every": 7}))
    costs = []
    for _ in range(50):
        costs.append(trainer.step().cost)
        if trainer.step_count % 7 == 0:
            rec, ev = trainer.history.records[-1], trainer.evaluate()
            assert rec["step"] == trainer.step_count and rec["epoch"] == trainer.epoch
            assert rec["train_loss"] == ev["train"]["loss"] and rec["test_accuracy"] == ev["test"]["accuracy"]
            assert rec["objective"] == ev["objective"] and rec["learning_rate"] == trainer.learning_rate
    assert [r["step"] for r in trainer.history.records] == list(range(0, 50, 7))   # step 0: untrained
    assert [r["epoch"] for r in trainer.history.records] == [s // 5 for s in range(0, 50, 7)]
    assert trainer.history.batch_costs == [(s, c) for s, c in zip(range(1, 51), costs)]


def test_the_first_record_is_the_untrained_network():
    trainer = Trainer(make())
    ev = trainer.evaluate()
    assert trainer.history.records == [{"step": 0, "epoch": 0, "objective": ev["objective"],
                                        "learning_rate": 0.1, "train_loss": ev["train"]["loss"],
                                        "train_accuracy": ev["train"]["accuracy"], "dev_loss": None,
                                        "dev_accuracy": None, "test_loss": ev["test"]["loss"],
                                        "test_accuracy": ev["test"]["accuracy"]}]


def test_finishing_a_run_adds_a_last_record_but_a_pause_does_not():
    cfg = make({"training.batch_size": 32, "training.eval_every": 7, "training.epochs": 3})
    trainer = Trainer(cfg)
    trainer.run(steps=10)                                     # a pause, mid-interval
    assert trainer.stopped is None and [r["step"] for r in trainer.history.records] == [0, 7]
    trainer.run()                                             # to epoch 3 = step 15
    assert trainer.stopped == "finished" and trainer.step_count == 15
    assert [r["step"] for r in trainer.history.records] == [0, 7, 14, 15]


def test_training_in_slices_equals_one_uninterrupted_run():
    cfg = make({"training.batch_size": 32, "training.keep_prob": 0.8, "training.optimizer": "adam",
                "training.eval_every": 4, "training.epochs": 12})
    whole, sliced = Trainer(cfg), Trainer(cfg)
    whole.run()
    while sliced.stopped is None:
        sliced.run(steps=3)
    assert same(params(whole), params(sliced))
    assert whole.history.to_dict() == sliced.history.to_dict()
    assert whole.summary() == sliced.summary()


def test_history_is_bounded_keeps_first_and_newest_and_the_curves_shape():
    n, limit = 100_000, 100
    h = History(limit=limit)
    longest = 0
    for i in range(n):
        h.add_record({"step": i})
        h.add_batch_cost(i, float(i))
        longest = max(longest, len(h.records), len(h.batch_costs))
    assert longest <= limit
    for steps in ([r["step"] for r in h.records], [s for s, _ in h.batch_costs]):
        assert steps[0] == 0 and steps[-1] == n - 1
        assert all(b > a for a, b in zip(steps, steps[1:]))
        assert steps[-(limit // 4):] == list(range(n - limit // 4, n))     # the newest quarter in full
        # the older points are spread evenly over the whole run: no hole larger than a few
        # hundredths of it, and every tenth of the run keeps points
        assert max(b - a for a, b in zip(steps, steps[1:])) <= 8 * n / limit
        assert all(np.histogram(steps, bins=10, range=(0, n))[0] >= 2)
    assert [c for _, c in h.batch_costs] == [float(s) for s, _ in h.batch_costs]


def test_a_million_steps_keep_a_few_thousand_points():
    h = History()
    for i in range(1_000_000):
        h.add_batch_cost(i, 0.5)
    assert 1000 <= len(h.batch_costs) <= history.DEFAULT_LIMIT
    steps = [s for s, _ in h.batch_costs]
    assert steps[0] == 0 and steps[-1] == 999_999
    assert max(b - a for a, b in zip(steps, steps[1:])) <= 8 * 1_000_000 / history.DEFAULT_LIMIT


@pytest.mark.slow
def test_ten_million_steps_stay_bounded():
    h = History()
    add = h.add_batch_cost
    for i in range(10_000_000):
        add(i, 0.0)
    steps = [s for s, _ in h.batch_costs]
    assert 1000 <= len(steps) <= history.DEFAULT_LIMIT
    assert steps[0] == 0 and steps[-1] == 9_999_999
    assert max(b - a for a, b in zip(steps, steps[1:])) <= 8 * 10_000_000 / history.DEFAULT_LIMIT


def test_a_history_restored_from_its_dict_continues_identically():
    a = History(limit=50)
    for i in range(1234):
        a.add_record({"step": i})
        a.add_batch_cost(i, i / 7)
    b = History.from_dict(a.to_dict())
    for i in range(1234, 3000):
        for h in (a, b):
            h.add_record({"step": i})
            h.add_batch_cost(i, i / 7)
    assert a.to_dict() == b.to_dict()


def test_a_history_limit_below_two_is_refused():
    with pytest.raises(ValueError):
        History(limit=1)


@pytest.mark.parametrize("total", [2, 10, 300, 1000, 100_000])
@pytest.mark.parametrize("batch", [1, 10, 32, 64, 256, 1000, 50_000])
def test_auto_eval_every_keeps_evaluation_under_a_tenth_of_training(total, batch):
    train = max(1, total // 2)
    batch = min(batch, train)
    every = auto_eval_every(train, total, batch)
    # the docstring's cost model, in example-passes with a per-call overhead of 64 examples:
    step_cost = 3 * (batch + 64)              # forward + backward over the batch
    eval_cost = total + 3 * 64                # one forward over every split
    assert every >= 10                        # evaluations are at least 10 steps apart
    assert eval_cost <= 0.1 * every * step_cost + 1e-9
    assert every == 10 or eval_cost > 0.1 * (every - 1) * step_cost      # and no rarer than needed


def test_eval_every_zero_is_automatic_and_a_number_is_taken_as_given():
    cfg = make({"training.batch_size": 32})
    t = Trainer(cfg)
    assert t.eval_every == auto_eval_every(150, 300, 32, compiled=t.compiled_gap() is None)
    t.use_compiled = False                    # the NumPy path's cadence, whether or not Numba is here
    assert t.eval_every == auto_eval_every(150, 300, 32) == 18
    assert Trainer(cfg.replace({"training.eval_every": 3})).eval_every == 3


def test_the_compiled_cadence_is_coarser_by_the_measured_cost_of_an_evaluation():
    """On the kernel an evaluation of a row costs what training on ~2.2 rows does (benchmarks/engine.py):
    9·rows/(2·batch) steps apart keeps evaluating under a tenth; never finer than the NumPy cadence."""
    assert auto_eval_every(150, 300, 10, compiled=True) == 135 > auto_eval_every(150, 300, 10) == 23
    assert auto_eval_every(150, 300, 30, compiled=True) == 45
    assert auto_eval_every(150, 300, 150, compiled=True) == auto_eval_every(150, 300, 150) == 10


# -- reproducibility ---------------------------------------------------------------------------
def test_the_same_config_gives_bit_identical_weights():
    cfg = make({"training.batch_size": 16, "training.keep_prob": [0.8, 0.6], "training.optimizer": "adam",
                "training.l2": 0.1, "training.learning_rate": 0.01})
    a, b = Trainer(cfg), Trainer(cfg)
    a.run(steps=80)
    b.run(steps=80)
    assert same(params(a), params(b))
    assert a.history.to_dict() == b.history.to_dict()
    c = Trainer(cfg.replace({"seed": 2}))
    c.run(steps=80)
    assert not np.array_equal(params(a)[0], params(c)[0])


# -- early stopping ----------------------------------------------------------------------------
OVERFIT = {"seed": 3,
           "data": {"dataset": "moons", "samples": 60, "noise": 0.35, "dev_fraction": 0.3, "test_fraction": 0.0},
           "network": {"hidden": [40, 40]},
           "training": {"optimizer": "adam", "learning_rate": 0.01, "epochs": 3000, "eval_every": 5,
                        "early_stopping": 10}}


def test_early_stopping_restores_the_weights_of_the_best_dev_evaluation():
    trainer = Trainer(config.parse(OVERFIT))
    seen = {0: (trainer.evaluate()["dev"]["loss"], params(trainer))}       # the step-0 evaluation
    while trainer.stopped is None:
        trainer.step()
        if trainer.stopped is None and trainer.step_count % 5 == 0:
            seen[trainer.step_count] = (trainer.evaluate()["dev"]["loss"], params(trainer))
        assert trainer.step_count < 3000
    assert trainer.stopped == "early_stopping"
    best = min(seen, key=lambda s: (seen[s][0], s))           # the first evaluation at the lowest dev loss
    assert best > 0 and max(seen) > best                      # it learned, then overfitted
    assert trainer.step_count == best + 10 * 5                # 10 evaluations without improvement
    assert same(params(trainer), seen[best][1])
    assert trainer.evaluate()["dev"]["loss"] == seen[best][0]
    last = trainer.history.records[-1]
    assert last["event"] == "early_stopping" and last["best_step"] == best
    assert last["dev_loss"] == seen[best][0]
    assert f"from step {best}" in trainer.reason
    summary = trainer.summary()
    assert summary["stopped_early"] and not summary["diverged"]
    again = Trainer(config.parse(OVERFIT))                    # run() does exactly the same
    again.use_compiled = False                # on the same path (the kernel agrees within 1e-12)
    again.run()
    assert same(params(again), params(trainer)) and again.step_count == trainer.step_count


# -- divergence --------------------------------------------------------------------------------
def run_watching(trainer: Trainer, limit: int = 5000):
    """Step until the run stops; return {evaluation step: (training loss, objective, parameters)}."""
    ev = trainer.evaluate()
    seen = {0: (ev["train"]["loss"], ev["objective"], params(trainer))}
    while trainer.stopped is None and trainer.step_count < limit:
        trainer.step()
        if trainer.stopped is None and trainer.step_count % trainer.eval_every == 0:
            ev = trainer.evaluate()
            seen[trainer.step_count] = (ev["train"]["loss"], ev["objective"], params(trainer))
    return seen


def test_a_far_too_high_learning_rate_diverges_with_finite_figures():
    trainer = Trainer(make({"data.dataset": "moons", "network.hidden": [10, 5], "network.activation": "relu",
                            "network.init": "he_normal", "training.learning_rate": 50.0,
                            "training.eval_every": 5}))
    seen = run_watching(trainer)
    # the divergence the loss may have shown at the step it was stopped is not among `seen`
    # (the trainer already went back); replay the rule on what was seen before it:
    # an evaluation is bad when its loss exceeds 10× both the first and the best so far
    first, best, good = None, math.inf, None
    for step in sorted(seen):
        loss = seen[step][0]
        assert math.isfinite(loss)                        # it grows; it does not overflow
        first = loss if first is None else first
        if loss > 10 * first and loss > 10 * best:
            continue
        best, good = min(best, loss), step
    assert trainer.stopped == "diverged"
    stopped_at = trainer.step_count
    assert good is not None and good < stopped_at
    assert same(params(trainer), seen[good][2])           # the last good evaluation's parameters
    good_cost = seen[good][1]
    assert f"(step {stopped_at})" in trainer.reason and "grew" in trainer.reason
    assert f"cost {good_cost:.6g} at step {good}" in trainer.reason
    summary = trainer.summary()
    assert summary["diverged"] and math.isfinite(summary["objective"])
    assert summary["objective"] == good_cost
    event = trainer.history.records[-1]
    assert event["event"] == "diverged" and event["last_good_step"] == good and event["last_good_cost"] == good_cost
    # three evaluations in a row more than 10× the first and the best loss
    losses = [r["train_loss"] for r in trainer.history.records if "event" not in r]
    assert all(x > 10 * min(losses[:-3]) and x > 10 * losses[0] for x in losses[-3:])


def test_nan_in_the_weights_stops_the_run_at_the_next_step():
    trainer = Trainer(make({"training.eval_every": 5}))
    seen = run_watching(trainer, limit=12)
    trainer.network.weights[1][0, 0] = np.nan
    trainer.step()
    assert trainer.stopped == "diverged" and trainer.step_count == 13
    assert "the cost became nan at step 13" in trainer.reason
    assert f"cost {seen[10][1]:.6g} at step 10" in trainer.reason
    assert same(params(trainer), seen[10][2])
    assert all(np.isfinite(p).all() for p in params(trainer))
    assert math.isfinite(trainer.summary()["objective"])
    assert trainer.run()["diverged"] and trainer.step_count == 13          # a diverged run stays stopped


@pytest.mark.parametrize("eval_every", [1, 5])
def test_an_absurd_rate_that_overflows_diverges_without_warnings(eval_every):
    # ReLU layers are unbounded: after one step the weights are ~1e299 and the next Z overflows
    trainer = Trainer(make({"training.learning_rate": 1e300, "training.eval_every": eval_every,
                            "network.activation": "relu", "network.init": "he_normal"}))
    initial = params(trainer)
    summary = trainer.run()
    assert trainer.stopped == "diverged" and summary["diverged"]
    assert "NaN or infinite" in trainer.reason or "cost became" in trainer.reason
    assert same(params(trainer), initial)                 # nothing good after step 0
    assert math.isfinite(summary["objective"]) and math.isfinite(summary["train"]["loss"])


def test_batch_costs_added_in_bulk_are_kept_as_one_at_a_time_across_thinning():
    one, bulk = History(limit=40), History(limit=40)
    costs = [float(i) * 0.5 for i in range(1, 131)]
    for i, c in enumerate(costs, start=1):
        one.add_batch_cost(i, c)
    for start in range(0, 130, 13):              # slices of 13: some fit, some fall due for thinning
        bulk.add_batch_costs(start + 1, costs[start:start + 13])
    assert bulk.to_dict() == one.to_dict() and bulk.batch_costs == one.batch_costs
    assert len(one.batch_costs) < 130

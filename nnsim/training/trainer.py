"""The ``Trainer``: one mini-batch per ``step()``, evaluation, divergence and early stopping, saved state.

See the package's docstring (``nnsim.training``) for what a run does and watches for.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Iterator

import numpy as np

from .. import data as _data
from .. import optimizers as _opt
from .. import training_path as _paths
from ..config import ConfigError, RunConfig
from ..history import History
from ..network import Network, NetworkSpec, Phase, StepResult
from ..regularization import penalty
from . import compiled as _compiled
from .problem import SPLITS, auto_eval_every, build_dataset, prepare
from .. import stops as _stops

Array = np.ndarray
DIVERGENCE_FACTOR = 10.0
DIVERGENCE_PATIENCE = 3


class Trainer(_compiled.SlicesMixin):
    """A training run of a ``RunConfig``: one mini-batch per ``step()``; see the package docstring."""

    def __init__(self, config: RunConfig, dataset: "_data.Dataset | None" = None,
                 standardize_before_map: bool = False) -> None:
        dataset = build_dataset(config) if dataset is None else dataset
        problem, spec = prepare(config, dataset, standardize_before_map)
        #: True only for a run read from a format-1 project file (its inputs keep their old meaning).
        self.standardize_before_map = standardize_before_map
        t = config.training
        self.config = config
        self.problem = problem
        self.rng = np.random.default_rng(config.seed)
        self.network = Network(spec, init=config.network["init"], seed=self.rng)
        self.optimizer = _opt.make(t["optimizer"], **config.optimizer_settings())
        self.keep_prob = self.network.keep_probs(t["keep_prob"])
        m = problem.X["train"].shape[0]
        self.batch_size = m if t["batch_size"] == 0 or t["batch_size"] >= m else t["batch_size"]
        _check_batches(spec, m, self.batch_size)
        self._use_compiled, self._fixed_rows = True, None
        self._refresh_eval_every()
        self.history = History()
        self.step_count = 0
        self.epoch = 0
        self._order: Array | None = None     # this epoch's shuffled row order
        self._pos = 0                          # next row of the order
        #: The learner's drawn example as the batch of one (``SetBatchOfDrawn``; ``fixed_rows`` is then
        #: [-1], no training row): (X (1, n) as the network sees it, Y (1, outputs) the class chosen).
        self.fixed_example: tuple[Array, Array] | None = None
        # watching the run
        self.stopped: str | None = None        # None, "diverged", "early_stopping", "finished"
        self.reason = ""
        self.reason_words: tuple[_stops.Phrase, ...] = ()      # the same, as phrases (nnsim.stops)
        self._first_loss: float | None = None
        self._best_loss = math.inf
        self._growth = 0
        # kept networks (``Network.state``: parameters and batch norm's running averages)
        self._good_params = self.network.state()
        self._good_cost: float | None = None
        self._good_step = 0
        self._best_dev = math.inf
        self._best_dev_params: list[Array] | None = None
        self._best_dev_step = 0
        self._since_best = 0
        self.last: StepResult | None = None
        #: The paths this run has trained on (``nnsim.training_path``: "numpy", "compiled"); saved.
        self.paths: set[str] = set()
        self._compiled: "_compiled.CompiledRun | None" = None
        self._fused: "_compiled.FusedRun | None" = None
        # The untrained network's figures: the curve starts at step 0, and divergence is judged
        # against this first loss (a first evaluation after eval_every steps at a far too high
        # learning rate may already be huge, and the growth would go unnoticed).
        self._check_point()

    def _refresh_eval_every(self) -> None:
        """``eval_every``: the config's, or automatic for the path the run trains on (``auto_eval_every``: coarser on
        the compiled kernel, whose steps are cheaper next to an evaluation)."""
        t, m = self.config.training, self.train_rows
        self.eval_every = t["eval_every"] or auto_eval_every(m, len(self.problem.dataset.y), self.batch_size,
                                                             self.compiled_gap() is None)

    @property
    def _keep_arg(self) -> float | tuple[float, ...]:
        """What the network is given: 1.0 when dropout is off (its fast path), else the tuple."""
        return 1.0 if all(p == 1.0 for p in self.keep_prob) else self.keep_prob

    # -- facts ------------------------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec:
        return self.network.spec

    @property
    def is_classifier(self) -> bool:
        return self.spec.is_classifier

    @property
    def train_rows(self) -> int:
        return self.problem.X["train"].shape[0]

    @property
    def learning_rate(self) -> float:
        t = self.config.training
        return _opt.learning_rate(t["decay"], t["learning_rate"], self.epoch, t["decay_rate"], t["decay_interval"])

    # -- stepping ---------------------------------------------------------------------------
    @property
    def cursor(self) -> tuple[Array | None, int]:
        """Where the epoch is: (its shuffled row order, None before it is drawn; the next row's position)."""
        return self._order, self._pos

    @cursor.setter
    def cursor(self, value: tuple[Array | None, int]) -> None:
        self._order, self._pos = value

    def next_batch(self) -> Array:
        """The rows of the next mini-batch (the fixed rows if set); draws this epoch's order when due."""
        if self.fixed_rows is not None:
            return self.fixed_rows
        m = self.train_rows
        if self.batch_size >= m:
            return np.arange(m)
        if self._order is None:
            self._order = self.rng.permutation(m)
            self._pos = 0
        idx = self._order[self._pos:self._pos + self.batch_size]
        return idx

    def batch_arrays(self, idx: Array) -> tuple[Array, Array]:
        """(X, Y) of the training rows ``idx``; the drawn example's while it is the batch (``fixed_example``)."""
        if self.fixed_example is not None and self.fixed_rows is not None:
            return self.fixed_example
        return self.problem.X["train"][idx], self.problem.Y["train"][idx]

    def phases(self, display: bool = True) -> "Iterator[Phase]":
        """The next training step as phases (forward, loss, backward, update), for the step view.

        Drained to the end it is exactly ``step()``: the batch, the rng draws and the
        counters advance the same way. When the update phase is handed out the step is
        complete (weights, counters, history), so a caller may stop there. Abandoned
        before the update, nothing changes but the dropout masks already drawn.
        ``display=False`` (what ``step()`` uses) skips dA⁽ᴸ⁾, which only the step view shows.
        """
        idx = self.next_batch()
        Xb, Yb = self.batch_arrays(idx)
        t = self.config.training
        for phase in self.network.phases(Xb, Yb, self.optimizer, self.learning_rate, t["l2"], t["l1"],
                                         self._keep_arg, self.rng, checked=True, display=display):
            if phase.kind == "update":       # the weights have changed: count the step now
                self.paths.add(_paths.NUMPY)
                self._after_step(phase.values["result"], len(idx))
            yield phase

    def step(self) -> StepResult:
        """Train on one mini-batch; evaluates and checks the run every ``eval_every`` steps."""
        # A diverging run overflows; that is detected and reported, not warned about.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self.train_step()

    def train_step(self) -> StepResult:
        """``step`` for a caller that holds its own ``np.errstate`` (the engine process's loop).

        The fast path (``nnsim.network.fast``): ``phases(display=False)`` drained, bit for bit, without
        building the phases; the batch, the rng draws and the counters advance as there."""
        idx = self.next_batch()
        t = self.config.training
        Xb, Yb = self.batch_arrays(idx)
        result = self.network.fast_step(Xb, Yb, self.optimizer, self.learning_rate, t["l2"], t["l1"],
                                        self._keep_arg, self.rng)
        self.paths.add(_paths.NUMPY)
        self._after_step(result, len(idx))
        return result

    def _after_step(self, result: StepResult, batch_rows: int) -> None:
        self.last = result
        self.step_count += 1
        self.history.add_batch_cost(self.step_count, result.cost)
        if self.fixed_rows is not None:
            pass                                 # a fixed batch: the epoch stands still
        elif self.batch_size < self.train_rows:
            self._pos += batch_rows
            if self._pos >= self.train_rows:
                self._order = None
                self.epoch += 1
        else:
            self.epoch += 1
        if not math.isfinite(result.cost):
            self._diverge(("stop_cost_not_finite", {"cost": str(result.cost), "step": self.step_count}))
        elif self.step_count % self.eval_every == 0:
            self._check_point()

    def run(self, epochs: int | None = None, steps: int | None = None,
            callback: Callable[["Trainer"], Any] | None = None, callback_every: int = 0) -> dict[str, Any]:
        """Train until ``epochs`` (default: the config's) or ``steps`` more steps, or a stop.

        ``callback(trainer)`` is called every ``callback_every`` steps (for a
        progress bar); returns ``summary()``. Reaching the epoch target ends the run
        (a last evaluation if the final step was not one, ``stopped = "finished"``);
        running out of ``steps`` only pauses it, so training in slices gives the
        same numbers and history as one uninterrupted run.
        """
        target_epoch = self.config.training["epochs"] if epochs is None else epochs
        target_step = None if steps is None else self.step_count + steps
        path = self.slice_path()
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            while self.stopped in (None, "finished"):
                if self.epoch >= target_epoch or (target_step is not None and self.step_count >= target_step):
                    break
                self.stopped = None
                if path:                         # up to the next evaluation, epoch end or callback
                    limit = 1 << 30 if target_step is None else target_step - self.step_count
                    if callback and callback_every:
                        limit = min(limit, callback_every - self.step_count % callback_every)
                    if self.batch_size >= self.train_rows:         # a step an epoch
                        limit = min(limit, target_epoch - self.epoch)
                    self._run_slice(limit, path)
                else:
                    self.train_step()
                if callback and callback_every and self.step_count % callback_every == 0:
                    callback(self)
        if self.stopped is None and self.epoch >= target_epoch:
            if self.step_count % self.eval_every != 0:
                self._check_point()
            if self.stopped is None:
                self.stopped = "finished"
        return self.summary()

    # -- changing settings while training ---------------------------------------------------
    def apply_training(self, config: RunConfig) -> None:
        """Take new ``[training]`` settings at the next step, without resetting the weights.

        A different optimizer, or different settings of it, starts with fresh state;
        a new batch size starts a new epoch order. Data, network and seeds must not
        differ (those need a new Trainer); nothing changes if the settings are invalid.
        """
        for section in ("data", "network"):
            if config[section] != self.config[section]:
                raise ConfigError("bad_value", key=section, value="changed",
                                  rule="unchanged when only training settings are applied")
        t = config.training
        keep = self.network.keep_probs(t["keep_prob"])
        if t["optimizer"] != self.optimizer.name or config.optimizer_settings() != self.config.optimizer_settings():
            self.optimizer = _opt.make(t["optimizer"], **config.optimizer_settings())
        m = self.train_rows
        batch = m if t["batch_size"] == 0 or t["batch_size"] >= m else t["batch_size"]
        _check_batches(self.spec, m, batch)
        if batch != self.batch_size:
            self.batch_size, self._order, self._pos = batch, None, 0
        self.keep_prob = keep
        self.config = config
        self._refresh_eval_every()

    def resume_after_divergence(self, config: RunConfig) -> None:
        """Continue from the last good weights (already restored) with new settings."""
        self.apply_training(config)
        if self.stopped == "diverged":
            self.stopped, self.reason, self.reason_words = None, "", ()
        self._growth = 0
        self._first_loss = None

    # -- evaluation ---------------------------------------------------------------------------
    def evaluate(self, compiled: bool = False) -> dict[str, Any]:
        """Per split: mean data loss (dropout off, no penalty) and accuracy; None where absent.

        ``compiled``: on the kernel (a run on the compiled path; within 1e-12 of NumPy's figures)."""
        out: dict[str, Any] = {}
        kernel = self._compiled if compiled else None
        flat = None if kernel is None else kernel.flat_of(self.network)      # gathered once for every split
        for name in SPLITS:
            X, Y, y = self.problem.X[name], self.problem.Y[name], self.problem.y[name]
            if X.shape[0] == 0:
                out[name] = None
                continue
            if kernel is not None:
                out[name] = kernel.evaluate(flat, name)
                continue
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                trace = self.network.forward_unchecked(X)
                loss = self.network.data_loss(trace, Y)
            acc = None
            if self.is_classifier:
                acc = float((self.classes_of(trace.output) == y).mean())
            out[name] = {"loss": loss, "accuracy": acc}
        m = self.train_rows
        t = self.config.training
        out["objective"] = (out["train"]["loss"] + penalty(self.network.weights, m, t["l2"], t["l1"]))
        return out

    def classes_of(self, output: Array) -> Array:
        if self.spec.output == "softmax":
            return output.argmax(axis=1)
        return (output[:, 0] >= 0.5).astype(int)

    def _check_point(self, compiled: bool = False) -> None:
        """Evaluate, record, and watch for divergence and early stopping."""
        ev = self.evaluate(compiled)
        record: dict[str, Any] = {"step": self.step_count, "epoch": self.epoch,
                                  "objective": ev["objective"], "learning_rate": self.learning_rate}
        for name in SPLITS:
            record[f"{name}_loss"] = None if ev[name] is None else ev[name]["loss"]
            record[f"{name}_accuracy"] = None if ev[name] is None else ev[name]["accuracy"]
        self.history.add_record(record)
        loss = ev["train"]["loss"]
        net = self.network
        # every parameter at once (their flat vector, no copy while they are its views)
        params_finite = (bool(np.isfinite(net.flat_parameters()).all())
                         and all(np.isfinite(p).all() for p in net.running_averages()))
        if not (math.isfinite(loss) and math.isfinite(ev["objective"]) and params_finite):
            self._diverge(("stop_not_finite", {"step": self.step_count}))
            return
        if self._first_loss is None:
            self._first_loss = loss
        if loss > DIVERGENCE_FACTOR * self._first_loss and loss > DIVERGENCE_FACTOR * self._best_loss:
            self._growth += 1
            if self._growth >= DIVERGENCE_PATIENCE:
                self._diverge(("stop_loss_grew", {"loss": loss, "factor": DIVERGENCE_FACTOR, "first": self._first_loss,
                                                  "best": self._best_loss, "patience": DIVERGENCE_PATIENCE,
                                                  "step": self.step_count}))
            return
        self._growth = 0
        self._best_loss = min(self._best_loss, loss)
        self._good_params = self.network.state()
        self._good_cost, self._good_step = ev["objective"], self.step_count
        patience = self.config.training["early_stopping"]
        if patience and ev["dev"] is not None:
            if ev["dev"]["loss"] < self._best_dev:
                self._best_dev, self._since_best = ev["dev"]["loss"], 0
                self._best_dev_params = self.network.state()
                self._best_dev_step = self.step_count
            else:
                self._since_best += 1
                if self._since_best >= patience and self._best_dev_params is not None:
                    self.network.set_state(self._best_dev_params)     # type: ignore[arg-type]
                    self.stopped = "early_stopping"
                    self._stop_words((("stop_no_improvement", {"patience": patience, "step": self._best_dev_step,
                                                                "loss": self._best_dev}),))
                    self.history.add_record({**self._record_now(), "event": "early_stopping",
                                             "best_step": self._best_dev_step})

    def _stop_words(self, phrases: tuple[_stops.Phrase, ...]) -> None:
        """Why the run stopped: ``reason_words`` for the app to word, ``reason`` in English."""
        self.reason_words = phrases
        self.reason = _stops.english(self.stopped, phrases)

    def _record_now(self) -> dict[str, Any]:
        ev = self.evaluate()
        rec: dict[str, Any] = {"step": self.step_count, "epoch": self.epoch, "objective": ev["objective"],
                               "learning_rate": self.learning_rate}
        for name in SPLITS:
            rec[f"{name}_loss"] = None if ev[name] is None else ev[name]["loss"]
            rec[f"{name}_accuracy"] = None if ev[name] is None else ev[name]["accuracy"]
        return rec

    def _diverge(self, why: _stops.Phrase) -> None:
        self.network.set_state(self._good_params)
        self.stopped = "diverged"
        kept: _stops.Phrase = (("stop_kept_initial", {}) if self._good_cost is None else
                               ("stop_kept_good", {"cost": self._good_cost, "step": self._good_step}))
        self._stop_words((why, kept))
        self.history.add_record({"step": self.step_count, "epoch": self.epoch, "event": "diverged",
                                 "last_good_step": self._good_step, "last_good_cost": self._good_cost})

    # -- results ------------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        """The figures of ``metrics.json`` (see the README)."""
        ev = self.evaluate()
        return {"epochs": self.epoch, "steps": self.step_count, "diverged": self.stopped == "diverged",
                "stopped_early": self.stopped == "early_stopping", "reason": self.reason,
                "train": ev["train"], "dev": ev["dev"], "test": ev["test"],
                "objective": ev["objective"], "history": [dict(r) for r in self.history.records]}

    def predict_raw(self, raw: Array) -> Array:
        """The network's output for raw input columns (through the input pipeline)."""
        return self.network.predict(self.problem.pipeline.transform(raw))

    # -- saving and restoring -----------------------------------------------------------------
    def state_dict(self, history: bool = True) -> tuple[dict[str, Any], dict[str, Array]]:
        """(JSON-able state, arrays): everything needed to continue bit for bit.

        ``history=False`` leaves the history out (the timeline's checkpoints keep only its length:
        converting thousands of records at every checkpoint would cost more than the step).
        The arrays are the trainer's own, not copies."""
        opt = self.optimizer.state_dict()
        arrays: dict[str, Array] = dict(self.network.named_arrays())     # W1, b1 (gamma1, beta1, mean1, var1), …
        for i, a in enumerate(opt["v"]):                    # type: ignore[arg-type]
            arrays[f"opt_v{i}"] = a
        for i, a in enumerate(opt["s"]):                    # type: ignore[arg-type]
            arrays[f"opt_s{i}"] = a
        for i, a in enumerate(self._good_params):
            arrays[f"good{i}"] = a
        if self._best_dev_params is not None:
            for i, a in enumerate(self._best_dev_params):
                arrays[f"bestdev{i}"] = a
        if self._order is not None:
            arrays["order"] = self._order
        state = {
            "step": self.step_count, "epoch": self.epoch, "pos": self._pos,
            "rng": self.rng.bit_generator.state,
            "optimizer": {"name": opt["name"], "t": opt["t"], "v": len(opt["v"]), "s": len(opt["s"])},   # type: ignore[arg-type]
            "stopped": self.stopped, "reason": self.reason, "paths": sorted(self.paths),
            "reason_words": [[code, params] for code, params in self.reason_words],
            "watch": {"first_loss": self._first_loss, "best_loss": _num(self._best_loss), "growth": self._growth,
                      "good_cost": self._good_cost, "good_step": self._good_step,
                      "best_dev": _num(self._best_dev), "best_dev_step": self._best_dev_step,
                      "since_best": self._since_best, "has_best_dev": self._best_dev_params is not None},
        }
        if history:
            state["history"] = self.history.to_dict()
        return state, arrays

    def load_state_dict(self, state: dict[str, Any], arrays: dict[str, Array]) -> None:
        """Restore what ``state_dict`` saved (the caller validates shapes first)."""
        self.network.set_named_arrays(arrays)
        kept = len(self.network.parameters()) + len(self.network.running_averages())   # Network.state()
        o = state["optimizer"]
        self.optimizer.load_state_dict({"t": o["t"], "v": [arrays[f"opt_v{i}"] for i in range(o["v"])],
                                        "s": [arrays[f"opt_s{i}"] for i in range(o["s"])]})
        self.step_count, self.epoch, self._pos = _count(state["step"]), _count(state["epoch"]), _count(state["pos"])
        self.rng.bit_generator.state = state["rng"]
        self._order = np.asarray(arrays["order"], dtype=np.int64) if "order" in arrays else None
        if self._order is not None and self._pos >= self.train_rows:
            raise ValueError(f"the saved batch position {self._pos} is past the {self.train_rows} training rows")
        if state["stopped"] not in (None, "diverged", "early_stopping", "finished") or not isinstance(state["reason"], str):
            raise ValueError("the saved stop state is not valid")
        self.stopped, self.reason = state["stopped"], state["reason"]
        words = state.get("reason_words", [])            # files before 2026-12 have the English only
        self.reason_words = tuple((str(code), dict(params)) for code, params in words
                                  if code in _stops.WORDS and isinstance(params, dict))
        paths = state.get("paths", [])                  # files before issue 18 do not say
        if not (isinstance(paths, list) and set(paths) <= {_paths.NUMPY, _paths.COMPILED}):
            raise ValueError(f"the saved training paths {paths!r} are not valid")
        self.paths = set(paths)
        w = state["watch"]
        self._first_loss, self._best_loss = _maybe_num(w["first_loss"]), _unnum(w["best_loss"])
        self._growth = _count(w["growth"])
        self._good_cost, self._good_step = _maybe_num(w["good_cost"]), _count(w["good_step"])
        self._good_params = [np.array(arrays[f"good{i}"], dtype=float) for i in range(kept)]
        self._best_dev, self._best_dev_step = _unnum(w["best_dev"]), _count(w["best_dev_step"])
        self._since_best = _count(w["since_best"])
        self._best_dev_params = ([np.array(arrays[f"bestdev{i}"], dtype=float) for i in range(kept)]
                                 if w["has_best_dev"] else None)
        self.history = History.from_dict(state["history"])


def _check_batches(spec: NetworkSpec, m: int, batch: int) -> None:
    """With batch norm on, no training batch may hold one example: neither the batch size nor an
    epoch's last batch (m training rows in batches of ``batch``)."""
    if spec.batch_norm and (batch == 1 or m % batch == 1):
        raise ConfigError("bad_value", key="training.batch_size", value=batch,
                          rule=f"a size that leaves no batch of one example while network.batch_norm is on "
                               f"(the {m} training rows in batches of {batch} leave one)")


def _num(x: float) -> float | str:
    return x if math.isfinite(x) else repr(x)


def _unnum(x: float | str) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float, str)):
        raise ValueError(f"{x!r} is not a number")
    return float(x)


def _maybe_num(x: Any) -> float | None:
    """None, or a number (as saved: a finite loss or cost)."""
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise ValueError(f"{x!r} is not a number")
    return float(x)


def _count(x: Any) -> int:
    """A saved counter: a whole number ≥ 0."""
    if isinstance(x, bool) or not isinstance(x, int) or x < 0:
        raise ValueError(f"{x!r} is not a whole number ≥ 0")
    return x

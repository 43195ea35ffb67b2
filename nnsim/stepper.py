"""Step-by-step mode: one training step pulled one phase at a time, with Previous.

The phases come from ``Trainer.phases()`` (the same generator fast training
drains), so what the learner reads is what training computes. ``next()`` pulls
the next phase (starting a new step after an update), ``previous()`` goes back
through the phases already computed and shows them as stored: nothing is
recomputed. ``discard()`` abandons a part-done step: the network changes only
in the update phase, and the training generator's state and the epoch's row
order are put back as they were, so the discarded step leaves no trace.

Each phase is sent to the UI as a ``PhaseView``: read-only copies of what the
phase computed (under the mathematics' names), the rows of the mini-batch, and
what the panel needs to name things (activation, loss, optimizer, its state).
"""
from __future__ import annotations

from typing import Any, Iterator

import numpy as np

from .network import Phase
from .snapshot import PhaseView, read_only
from .training import Trainer

Array = np.ndarray


class PhaseStepper:
    """Pulls a trainer's step one phase at a time; see the module docstring."""

    def __init__(self, trainer: Trainer) -> None:
        self.trainer = trainer
        self.phases: list[PhaseView] = []
        self.position = -1
        self._gen: Iterator[Phase] | None = None
        self._saved: tuple | None = None       # (rng state, order, pos) before the step began

    @property
    def current(self) -> PhaseView | None:
        return self.phases[self.position] if 0 <= self.position < len(self.phases) else None

    @property
    def part_way(self) -> bool:
        """A step has begun and its update has not happened yet."""
        return self._gen is not None

    def next(self) -> PhaseView:
        if self.position < len(self.phases) - 1:
            self.position += 1
            return self.phases[self.position]
        t = self.trainer
        if self._gen is None:                  # a new step begins
            order, pos = t.cursor
            self._saved = (t.rng.bit_generator.state, None if order is None else order.copy(), pos)
            self._batch = np.array(t.next_batch(), copy=True)
            self._step_no = t.step_count + 1
            self._gen = t.phases(display=True)
            self.phases, self.position = [], -1
        phase = next(self._gen)
        view = self._view(phase, len(self.phases))
        if phase.kind == "update":             # let the trainer count the step, then close the generator
            for _ in self._gen:
                pass
            self._gen, self._saved = None, None
        self.phases.append(view)
        self.position = len(self.phases) - 1
        return view

    def previous(self) -> PhaseView | None:
        if self.position > 0:
            self.position -= 1
        return self.current

    def discard(self) -> bool:
        """Abandon a part-done step (True if there was one) and forget the phases shown."""
        was = self._gen is not None
        if was:
            self._gen.close()
            t = self.trainer
            state, order, pos = self._saved        # type: ignore[misc]
            t.rng.bit_generator.state = state
            t.cursor = (order, pos)
        self._gen, self._saved = None, None
        self.phases, self.position = [], -1
        return was

    # -- what the panel is sent ---------------------------------------------------------------
    def _view(self, phase: Phase, index: int) -> PhaseView:
        t = self.trainer
        L = t.network.depth
        values: dict[str, Any] = {}
        for key, v in phase.values.items():
            if key in ("trace", "result"):
                continue
            if key == "activation":
                v = v.name
            values[key] = read_only(v, copy=True)
        info: dict[str, Any] = {
            "loss": t.spec.loss, "output": t.spec.output, "activations": t.spec.activations,
            "learning_rate": t.learning_rate, "l2": t.config.training["l2"], "l1": t.config.training["l1"],
            "keep_prob": t.keep_prob, "m": int(len(self._batch)), "fused_output": (t.spec.output, t.spec.loss)
            in {("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"), ("linear", "mse")},
            # the optimizer's v and s follow these names (W1, b1, or W1, gamma1, beta1 with batch norm, …)
            "parameter_names": t.network.parameter_names(), "batch_norm": t.spec.batch_norm,
            "batch_norm_decay": t.spec.batch_norm_decay,
        }
        if phase.kind == "update":
            opt = t.optimizer
            info.update(optimizer=opt.name, hyper=dict(opt.hyper), t=opt.t)
            state = opt.state_dict()
            values["v"] = read_only(state["v"], copy=True)
            values["s"] = read_only(state["s"], copy=True)
            if opt.name == "adam":
                values["v_hat_divisor"] = 1.0 - opt.hyper["beta1"] ** opt.t
                values["s_hat_divisor"] = 1.0 - opt.hyper["beta2"] ** opt.t
                # the bias-corrected v̂ = v/(1 − β₁ᵗ) and ŝ = s/(1 − β₂ᵗ) this update used
                values["v_hat"] = read_only([a / values["v_hat_divisor"] for a in state["v"]], copy=True)
                values["s_hat"] = read_only([a / values["s_hat_divisor"] for a in state["s"]], copy=True)
        # the dropout masks of this step's layers so far (the canvas cuts their links in every later phase)
        masks = {v.layer: v.values["mask"] for v in self.phases if v.kind == "forward"
                 and v.values.get("mask") is not None}
        if phase.kind == "forward" and values.get("mask") is not None:
            masks[phase.layer] = values["mask"]
        values["masks"] = masks
        batch = read_only(self._batch, copy=True)
        return PhaseView(phase.kind, phase.layer, index, 2 * L + 2, self._step_no, batch, values, info)

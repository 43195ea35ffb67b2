"""The timeline: checkpoints of a training run, dense for recent steps, sparser further back.

A ``Checkpoint`` is a copy of ``Trainer.state_dict()`` (parameters, optimizer
state, the generator's state, the epoch's row order and position, the
watchers of divergence and early stopping) without the history, plus how many
points each history series had received then. Restoring one (``restore``)
puts the trainer back exactly as it was at that step, so continuing from it
gives the same numbers as the original run (same batches, same dropout masks).

Taking is cheap: ``due(step)`` is one modulo, checked after each step;
a checkpoint is taken only every ``every`` steps. Memory is bounded: at most
``limit`` checkpoints (fewer for a big network: ``MEMORY_BUDGET`` bytes in
all). Past the limit, the newest quarter is kept in full and older checkpoints
only on a grid of steps (``grid``) that doubles until a quarter of the room is
free; each thinning also doubles ``every`` (up to a quarter of the grid), so a
run of millions of steps takes a few thousand checkpoints in all and keeps
at most ``limit``, spread over the whole run, four times denser at its end.
Step 0 is on every grid: the untrained network is always kept.

``Scrubber`` navigates one run's timeline: shows a checkpoint (the present kept aside),
branches from one, goes back to the present, and takes checkpoints as they fall due.

What it is not: the history of the curves (``nnsim.history``) and the run's
settings. A checkpoint holds state, not config: continuing from one trains
with the settings of now (a different optimizer, or different settings of it,
starts with fresh state, as ``Trainer.apply_training`` does).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import MESSAGES, NNSimError
from .training import Trainer

Array = np.ndarray
DEFAULT_LIMIT = 200
MEMORY_BUDGET = 256 << 20          # bytes of checkpoint arrays, at most
MIN_LIMIT = 8


@dataclass(frozen=True)
class Checkpoint:
    step: int
    state: dict                    # Trainer.state_dict()'s JSON-able part, without "history"
    arrays: dict                   # its arrays, copied (read-only)
    records_added: int             # history bookkeeping: points added to each series so far
    costs_added: int
    optimizer: tuple               # (name, settings) the optimizer state belongs to

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays.values())

    def parameters(self) -> list[Array]:
        """[W1, b1, W2, b2, …] as saved."""
        L = sum(1 for k in self.arrays if k.startswith("W"))
        out: list[Array] = []
        for k in range(1, L + 1):
            out += [self.arrays[f"W{k}"], self.arrays[f"b{k}"]]
        return out


def _optimizer_key(trainer: Trainer) -> tuple:
    return trainer.optimizer.name, tuple(sorted(trainer.config.optimizer_settings().items()))


def capture(trainer: Trainer) -> Checkpoint:
    """A checkpoint of ``trainer`` as it is now (copies: training on changes nothing in it)."""
    state, arrays = trainer.state_dict(history=False)
    state["rng"] = _deep_copy(state["rng"])
    copied = {}
    for k, a in arrays.items():
        c = np.array(a, copy=True)
        c.flags.writeable = False
        copied[k] = c
    h = trainer.history
    return Checkpoint(trainer.step_count, state, copied, h.records_added, h.costs_added,
                      _optimizer_key(trainer))


def _deep_copy(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _deep_copy(v) for k, v in x.items()}
    return x


def restore(trainer: Trainer, ckpt: Checkpoint) -> None:
    """Put ``trainer``'s state back to ``ckpt`` (its history object is left as it is: the caller
    chooses which history goes with it, e.g. ``History.cut`` for a branch)."""
    state = dict(ckpt.state)
    arrays = dict(ckpt.arrays)
    if ckpt.optimizer != _optimizer_key(trainer):       # settings changed since: fresh optimizer state
        state["optimizer"] = {"name": trainer.optimizer.name, "t": 0, "v": 0, "s": 0}
        arrays = {k: a for k, a in arrays.items() if not k.startswith("opt_")}
    history = trainer.history
    state["history"] = {"limit": history.limit, "records": [], "batch_costs": []}
    trainer.load_state_dict(state, arrays)   # copies parameters and optimizer state (np.array)
    order, pos = trainer.cursor
    if order is not None:
        trainer.cursor = (order.copy(), pos)
    trainer.rng.bit_generator.state = _deep_copy(ckpt.state["rng"])
    trainer.history = history


class Timeline:
    """The checkpoints of one run, oldest first; see the module docstring."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 4:
            raise ValueError(f"a timeline limit must be a whole number ≥ 4, not {limit!r}")
        self.max_limit = limit
        self.limit = limit
        self.checkpoints: list[Checkpoint] = []
        self.every = 1                      # steps between checkpoints taken now
        self.grid = 1                       # older checkpoints are kept on this grid of steps

    @property
    def steps(self) -> tuple[int, ...]:
        return tuple(c.step for c in self.checkpoints)

    def __len__(self) -> int:
        return len(self.checkpoints)

    def __getitem__(self, i: int) -> Checkpoint:
        return self.checkpoints[i]

    def due(self, step: int) -> bool:
        """Whether a checkpoint is due at ``step`` (cheap: called after every step)."""
        return step % self.every == 0 and (not self.checkpoints or step > self.checkpoints[-1].step)

    def take(self, trainer: Trainer) -> None:
        """Keep a checkpoint of ``trainer`` now (replacing one at the same step), thinning if full."""
        ckpt = capture(trainer)
        if self.checkpoints and self.checkpoints[-1].step >= ckpt.step:
            self.truncate_after(ckpt.step - 1)
        self.checkpoints.append(ckpt)
        if len(self.checkpoints) == 1:      # the first one tells how big they are
            self.limit = max(MIN_LIMIT, min(self.max_limit, MEMORY_BUDGET // max(1, ckpt.nbytes)))
        if len(self.checkpoints) > self.limit:
            self._thin()

    def _thin(self) -> None:
        target = self.limit - self.limit // 4
        recent = max(1, self.limit // 4)
        old, new = self.checkpoints[:-recent], self.checkpoints[-recent:]
        while True:
            self.grid *= 2
            kept = [c for c in old if c.step % self.grid == 0]
            if len(kept) + len(new) <= target:
                break
        self.checkpoints = kept + new
        self.every = max(self.every, self.grid // 4)

    def truncate_after(self, step: int) -> None:
        """Forget the checkpoints after ``step`` (continuing from an earlier one: a branch)."""
        self.checkpoints = [c for c in self.checkpoints if c.step <= step]

    def nbytes(self) -> int:
        return sum(c.nbytes for c in self.checkpoints)


class TimelineError(NNSimError, ValueError):
    def __init__(self, code: str, message: str) -> None:
        MESSAGES.setdefault(code, message)
        super().__init__(code)


class Scrubber:
    """A trainer's timeline, and which checkpoint is on show (``scrubbed``; None: the present).

    While scrubbed, ``present`` keeps (checkpoint, history) of now aside; ``leave`` puts it back,
    ``continue_from`` branches (later checkpoints and history dropped).
    """

    def __init__(self, trainer: Trainer, limit: int = DEFAULT_LIMIT) -> None:
        self.trainer = trainer
        self.timeline = Timeline(limit)
        self.timeline.take(trainer)
        self.scrubbed: int | None = None
        self.present: tuple[Checkpoint, Any] | None = None

    def checkpoint_at(self, i: int) -> Checkpoint:
        if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < len(self.timeline):
            raise TimelineError("bad_checkpoint", f"there is no checkpoint {i} (there are {len(self.timeline)})")
        return self.timeline[i]

    def scrub_to(self, i: int) -> None:
        """Show checkpoint ``i`` (checked first), keeping the present aside if it is not yet."""
        self.checkpoint_at(i)
        t = self.trainer
        if self.present is None:
            self.present = (capture(t), t.history)
        self.show(i)

    def show(self, i: int) -> None:
        """Restore checkpoint ``i`` on the trainer, with the history up to it (while scrubbed)."""
        t, ckpt = self.trainer, self.timeline[i]
        restore(t, ckpt)
        t.history = self.present[1].cut(ckpt.records_added, ckpt.costs_added)     # type: ignore[index]
        self.scrubbed = i

    def continue_from(self, i: int) -> None:
        """Make checkpoint ``i`` the live state: a branch."""
        ckpt = self.checkpoint_at(i)
        t = self.trainer
        history = t.history if self.present is None else self.present[1]
        restore(t, ckpt)
        t.history = history.cut(ckpt.records_added, ckpt.costs_added)
        self.timeline.truncate_after(ckpt.step)
        self.scrubbed, self.present = None, None

    def leave(self) -> None:
        """Back to the present (nothing to do when not scrubbed)."""
        if self.present is not None:
            ckpt, history = self.present
            restore(self.trainer, ckpt)
            self.trainer.history = history
        self.scrubbed, self.present = None, None

    def after_step(self) -> None:
        """After a step: keep a checkpoint when one is due (one modulo; never while scrubbed)."""
        t = self.trainer
        if self.scrubbed is None and self.timeline.due(t.step_count):
            self.timeline.take(t)

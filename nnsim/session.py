"""The engine side of the app: one simulation, commands in, snapshots out.

The app runs one ``Session`` per simulation in a child process (``nnsim.serve``). The UI sends
frozen commands (``nnsim.commands``) over a pipe; the session applies each between training
steps, never mid-step, trains in short slices while playing, and queues frozen snapshots and
notices (``nnsim.snapshot``): at most about 30 snapshots a second while playing, plus one right
after each command. What a snapshot shows of the trainer is computed by ``nnsim.observe``.

Commands are applied by one handler per group: playback, step-by-step, the run's settings and
parameters, what the views look at, files, and the timeline. While training, the session keeps
checkpoints (``nnsim.timeline.Scrubber``): ``ScrubTo`` shows one (paused, the present kept
aside), ``ReplayStep`` plays the step after it, ``ContinueFrom`` branches from it,
``LeaveTimeline`` (or any training command) returns to the present.

No Qt here: the loop is testable headless, with an injected clock.
"""
from __future__ import annotations

import math
import time
from typing import Any, Callable

import numpy as np

from . import config as _config
from . import data as _data
from . import observe, session_files, session_views
from .lessons import LessonWatch
from .commands import INSTRUMENTS, VIEWS  # noqa: F401 (the protocol re-exported)
from .commands import (MAX_PHASES_PER_SECOND, MODES, Command, ContinueFrom, ExportData,
                       ExportWeights, LeaveTimeline, LoadProject, Pause, PhaseNext, PhasePrev, Play,
                       ReplayStep, Restore, Rollback, RunGradCheck, RunPaths, SaveProject, SetLesson, ScrubTo,
                       SetBatchOfDrawn, SetBatchOfOne, SetDrawn, SetViews,
                       SetConfig, SetInstruments, SetMode, SetParameters, SetPoints, SetProbe, SetSlice,
                       SetSpeed, SetWeight, Step, StepEpoch, Stop)
from .config import default_config
from .errors import MESSAGES, CommandError, NNSimError
from .history import History
from .observe import BOWL_LEARNING_RATE, BOWL_START, GRADCHECK_ROWS, PROBE_ROWS  # noqa: F401 (re-exported)
from .snapshot import Boundary, PhaseView, Probe  # noqa: F401 (re-exported)
from .snapshot import HISTORY_FIELDS, Notice, Snapshot
from .snapshot import DataView, read_only  # noqa: F401 (re-exported)
from .session_views import HISTORY_TAIL  # noqa: F401 (re-exported)
from .stepper import PhaseStepper
from .timeline import Scrubber, Timeline
from .training import SPLITS, Trainer  # noqa: F401 (SPLITS re-exported)

# The protocol's names above are importable from here too (``from nnsim import session as S; S.Play``).

Array = np.ndarray

#: Words of the session's informational notices, by code (the UI words them in the learner's language).
MESSAGES.update({
    "step_discarded": "discarded the part-done step (nothing had changed yet)",
    "timeline_left": "back to the present (the checkpoint on show was left)",
    "epoch_limit": "reached the limit of {epochs} epochs",
    "restored": "went on from the last state shown (step {step}, epoch {epoch}); the optimizer's memory "
                "and this epoch's shuffling start afresh",
})


def _info(code: str, **params: Any) -> Notice:
    return Notice("info", MESSAGES[code].format(**params), code, params)


SNAPSHOT_INTERVAL = 1.0 / 32.0     # seconds between snapshots while playing: about 30 a second,
                                   # with a little margin so jitter does not drop the window below 30
MANY = 200                         # steps a call at full speed (K of the compiled or fused path)
SLICE = 0.005                      # seconds of training between looks at the pipe
REBUILD_SECTIONS = ("data", "network")
LIVE_TRAINING_KEYS = tuple(_config.SCHEMA["training"])


_SessionError = CommandError



_HANDLERS: dict[type[Command], Callable[["Session", Any], None]] = {}


def _handles(*kinds: type[Command]) -> Callable:
    """Register a ``Session`` method as the handler of these command classes."""
    def register(method: Callable) -> Callable:
        for kind in kinds:
            _HANDLERS[kind] = method
        return method
    return register


class Session:
    """One simulation: a Trainer, playing or paused, and what the views need of it."""

    def __init__(self, config: dict | None = None, clock: Callable[[], float] = time.monotonic,
                 dataset: "_data.Dataset | None" = None) -> None:
        self.clock = clock
        self.outbox: list[Any] = []
        self.generation = 0
        self.seq = 0
        self.running = False
        self.speed: float | None = None
        self.stopping = False
        self.probe_index = 0
        self.slice_columns = (0, 1)
        self._custom = dataset
        self.send_data = True
        self._next_due = -math.inf        # when the next snapshot is due while playing
        self._next_step_at = 0.0
        self._rate_window: list[tuple[float, int]] = []
        self._epoch_limit_said = False
        self.mode = "live"
        self._next_phase_at = 0.0
        self.instrument_names: tuple[str, ...] = ()
        self.instrument_options: dict = {}
        self.once: dict[str, Any] = {}          # gradcheck / paths results for the next snapshot
        self.views: tuple[str, ...] = ()         # optional views on show (``SetViews``)
        self.drawn: SetDrawn | None = None       # the learner's drawn example, as last sent
        self.lesson = LessonWatch()
        self.trainer = self._build(_config.parse(config or default_config()))

    @property
    def trainer(self) -> Trainer:
        return self._trainer

    @trainer.setter
    def trainer(self, trainer: Trainer) -> None:
        self._trainer = trainer
        self.stepper = PhaseStepper(trainer)
        self.scrubber = Scrubber(trainer)
        self._replay = False
        self.record_tail = observe.HistoryTail(observe.record_rows, len(HISTORY_FIELDS))
        self.cost_tail = observe.HistoryTail(observe.cost_rows, 2)
        self.shift = observe.ZShift()             # the covariate-shift readings of this trainer

    @property
    def timeline(self) -> Timeline:
        return self.scrubber.timeline

    @property
    def scrubbed(self) -> int | None:
        """The checkpoint on show (an index into the timeline); None: the present."""
        return self.scrubber.scrubbed

    @property
    def animating(self) -> bool:
        """Propagation mode at a speed slow enough to show every phase."""
        return (self.mode == "propagation" and self.speed is not None
                and self.speed * 2 * (self.trainer.network.depth + 1) <= MAX_PHASES_PER_SECOND)

    @staticmethod
    def handles(kind: type[Command]) -> bool:
        """Whether a command class has a handler."""
        return kind in _HANDLERS

    # -- building -----------------------------------------------------------------------------
    def _build(self, cfg: _config.RunConfig) -> Trainer:
        dataset = self._custom if cfg.data["dataset"] in ("csv", "drawn") and self._custom is not None else None
        if cfg.data["dataset"] == "drawn" and dataset is None:
            dataset = _data.from_points(np.zeros((0, 2)), np.zeros(0, dtype=int), 2)
        trainer = Trainer(cfg, dataset)
        self.generation += 1
        self.send_data = True
        self.probe_index = 0
        self.slice_columns = (0, min(1, len(trainer.problem.dataset.columns) - 1))
        return trainer

    # -- commands -----------------------------------------------------------------------------
    def handle(self, cmd: Command) -> None:
        """Apply one command (between steps); errors become a Notice and change nothing."""
        try:
            with np.errstate(all="ignore"):
                self._handle(cmd)
        except NNSimError as e:
            self.outbox.append(Notice("error", str(e), e.code, dict(e.params), refused=cmd))
        except OSError as e:
            self.outbox.append(Notice("error", f"{e.filename or ''}: {e.strerror or e}", "os_error",
                                      {"path": str(e.filename or ""), "reason": e.strerror or str(e)},
                                      refused=cmd))
        self._snapshot(force=True)

    def _handle(self, cmd: Command) -> None:
        keeps_step = isinstance(cmd, Command) and cmd.keeps_step
        keeps_timeline = isinstance(cmd, Command) and cmd.keeps_timeline
        if not keeps_step and self.stepper.part_way:
            self.stepper.discard()
            self.outbox.append(_info("step_discarded"))
        elif not keeps_step:
            self.stepper.discard()             # forget the phases on show
        if self.scrubbed is not None and not keeps_timeline:
            self._leave_timeline()
            self.outbox.append(_info("timeline_left"))
        handler = _HANDLERS.get(type(cmd))
        if handler is None:
            raise _SessionError("bad_command", f"unknown command {type(cmd).__name__}")
        handler(self, cmd)

    @_handles(Play, Pause, Step, StepEpoch, SetSpeed, SetMode, Stop)
    def _playback(self, cmd: Command) -> None:
        t = self.trainer
        match cmd:
            case SetMode(mode=mode):
                if mode not in MODES:
                    raise _SessionError("bad_mode", f"mode must be one of {', '.join(MODES)}, not {mode!r}")
                if mode == "live":
                    self.stepper.discard()
                self.mode = mode
                self._next_phase_at = self.clock()
            case Play():
                if t.stopped == "diverged":
                    raise _SessionError("diverged_paused", "the run diverged; roll back or reset before playing")
                self.running = True
                self._next_step_at = self._next_phase_at = self.clock()
                self._epoch_limit_said = False
            case Pause():
                self.running = False
            case Step(steps=n):
                self.running = False
                for _ in range(max(1, int(n))):
                    if not self._train_one():
                        break
            case StepEpoch():
                self.running = False
                start = t.epoch
                while t.epoch == start and self._train_one():
                    pass
            case SetSpeed(steps_per_second=s):
                if s is not None and not (s > 0 and math.isfinite(s)):
                    raise _SessionError("bad_speed", f"speed must be a positive number of steps per second, not {s}")
                self.speed = s
                self._next_step_at = self.clock()
            case Stop():
                self.running = False
                self.stopping = True

    @_handles(PhaseNext, PhasePrev)
    def _step_by_step(self, cmd: Command) -> None:
        self.running = False
        match cmd:
            case PhaseNext():
                if self.trainer.stopped == "diverged":
                    raise _SessionError("diverged_paused", "the run diverged; roll back or reset before playing")
                self.stepper.next()
                self._after_phase()
            case PhasePrev():
                self.stepper.previous()

    @_handles(SetConfig, SetPoints, SetWeight, SetParameters, Restore, Rollback, SetBatchOfOne, SetBatchOfDrawn)
    def _run_settings(self, cmd: Command) -> None:
        t = self.trainer
        match cmd:
            case SetConfig(config=raw):
                cfg = _config.parse(raw, t.config.base_dir)
                self._set_config(cfg)
                self.outbox.extend(_info(code, **params) for code, params in cfg.notices)
            case SetPoints(X=X, y=y, classes=k):
                ds = _data.from_points(np.asarray(X, dtype=float).reshape(-1, 2), np.asarray(y, dtype=int), k)
                cfg = t.config.replace({"data.dataset": "drawn"})
                old = self._custom
                self._custom = ds
                try:
                    self.trainer = self._build(cfg)
                except NNSimError:
                    self._custom = old
                    raise
                self.running = False
            case SetWeight(layer=k, row=i, col=j, value=v):
                try:
                    if not math.isfinite(v):
                        raise ValueError(v)
                    t.network.set_entry(f"b{k}" if j == -1 else f"W{k}", (i,) if j == -1 else (i, j), v)
                except (KeyError, IndexError, ValueError, TypeError):       # batch norm: no b, β instead
                    raise _SessionError("bad_weight", f"there is no weight ({k}, {i}, {j}), or {v} is not finite")
            case SetParameters(weights=Ws, biases=bs):
                t.network.set_layers(weights=Ws, biases=bs)        # a batch-normalised layer keeps γ and β
            case Restore(weights=Ws, biases=bs):
                t.network.set_layers(weights=Ws, biases=bs, **{name: arrays for name, arrays in cmd.normalisation})
                t.step_count, t.epoch = max(0, int(cmd.step)), max(0, int(cmd.epoch))
                t.history = History.from_rows(HISTORY_FIELDS, cmd.history, cmd.events, cmd.batch_costs)
                self.outbox.append(_info("restored", step=t.step_count, epoch=t.epoch))
            case Rollback(learning_rate=lr):
                cfg = t.config.replace({"training.learning_rate": lr})
                t.resume_after_divergence(cfg)
            case SetBatchOfDrawn(label=label):
                session_views.batch_of_drawn(self, label)
            case SetBatchOfOne(row=row):
                t.fixed_example = None
                if row is None:
                    t.fixed_rows = None
                elif isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < t.train_rows:
                    raise _SessionError("bad_probe", f"there is no training example {row}")
                elif t.spec.batch_norm:
                    t.network.check_batch(1)        # refused: batch norm needs two examples a batch
                else:
                    t.fixed_rows = np.array([row])

    @_handles(SetProbe, SetSlice, SetInstruments, SetLesson, RunGradCheck, RunPaths, SetViews, SetDrawn)
    def _views(self, cmd: Command) -> None:
        session_views.apply(self, cmd)

    @_handles(LoadProject, SaveProject, ExportWeights, ExportData)
    def _files(self, cmd: Command) -> None:
        session_files.apply(self, cmd)

    def adopt(self, trainer: Trainer) -> None:
        """Go on with ``trainer`` (a project just opened): its data kept, the views told, paused."""
        self._custom = trainer.problem.dataset
        self.trainer = trainer
        self.generation += 1
        self.send_data = True
        self.running = False

    @_handles(ScrubTo, ContinueFrom, LeaveTimeline, ReplayStep)
    def _timeline(self, cmd: Command) -> None:
        match cmd:
            case ScrubTo(index=i):
                self.scrubber.checkpoint_at(i)
                self.running, self._replay = False, False
                self.stepper.discard()
                self.scrubber.scrub_to(i)
            case ContinueFrom(index=i):
                self.scrubber.continue_from(i)
                self._replay, self.running = False, False
            case LeaveTimeline():
                self.running = False
                self._leave_timeline()
            case ReplayStep():
                if self.scrubbed is None:
                    raise _SessionError("not_scrubbed", "choose a checkpoint on the timeline first")
                self.stepper.discard()
                self.scrubber.show(self.scrubbed)
                self.mode = "propagation"
                self.running, self._replay = True, True
                self._next_phase_at = self._next_step_at = self.clock()

    def _leave_timeline(self) -> None:
        if self.scrubber.present is not None:
            self.stepper.discard()
        self.scrubber.leave()
        self._replay = False

    def _set_config(self, cfg: _config.RunConfig) -> None:
        old = self.trainer.config
        rebuild = (cfg.seed != old.seed or any(cfg[s] != old[s] for s in REBUILD_SECTIONS))
        if cfg.data["dataset"] == "csv" and (rebuild and cfg.data != old.data):
            self._custom = None                       # re-read the CSV the config names
        if rebuild:
            self.trainer = self._build(cfg)
            self.running = False if self.trainer.train_rows == 0 else self.running
            if cfg.data != old.data:                  # data read anew: what reading it noticed, once
                self.outbox.extend(_info(code, **params) for code, params in self.trainer.problem.dataset.notices)
        elif cfg.training != old.training:
            self.trainer.apply_training(cfg)

    # -- training -----------------------------------------------------------------------------
    def _train_one(self) -> bool:
        """One step; False (and paused) when the run cannot go on."""
        t = self.trainer
        if t.stopped == "diverged":
            self.running = False
            return False
        if t.epoch >= t.config.training["epochs"]:
            self.running = False
            if not self._epoch_limit_said:
                self._epoch_limit_said = True
                self.outbox.append(_info("epoch_limit", epochs=t.config.training["epochs"]))
            return False
        t.stopped = None if t.stopped == "finished" else t.stopped
        t.train_step()     # the caller holds np.errstate: a diverging run is reported, not warned about
        self.scrubber.after_step()
        if t.stopped in ("diverged", "early_stopping"):
            self.running = False
            return False
        return True

    def _train_many(self) -> bool:
        """≤ MANY steps to the next checkpoint, short of the epoch limit, in one call (else _train_one)."""
        t, every = self.trainer, self.scrubber.timeline.every
        k = min(MANY, every - t.step_count % every, t.config.training["epochs"] - t.epoch - 1)
        if k < 1 or t.stopped == "diverged" or t.slice_path() is None:
            return self._train_one()
        t.stopped = None if t.stopped == "finished" else t.stopped
        t.train_steps(k)
        self.scrubber.after_step()
        self.running = t.stopped not in ("diverged", "early_stopping")
        return self.running

    def work(self) -> None:
        """While playing: train for one slice (or the steps due at the set speed), then maybe snapshot."""
        with np.errstate(all="ignore"):
            self._work()

    def _work(self) -> None:
        was_running = self.running
        if self.running and self.animating:
            if self.clock() >= self._next_phase_at:
                self.stepper.next()
                self._after_phase()
                if self._replay and self.stepper.current is not None and self.stepper.current.kind == "update":
                    self.running = self._replay = False      # the replayed step is over
                self._next_phase_at += 1.0 / (self.speed * self.stepper.current.total)   # type: ignore[operator,union-attr]
                self._snapshot(force=True)
            return
        if self.running and self.scrubbed is not None:   # a replay too fast to show: just the step
            self.stepper.discard()
            self._train_one()
            self.running = self._replay = False
        if self.running:
            if self.stepper.part_way:             # propagation mode sped up past showing phases
                self.stepper.discard()
            start = self.clock()
            if self.speed is None:
                while self.running and self.clock() - start < SLICE:
                    self._train_many()
            else:
                while self.running and self.clock() >= self._next_step_at:
                    self._train_one()
                    self._next_step_at += 1.0 / self.speed
                    if self.clock() - start >= SLICE:
                        break
        self._snapshot(force=was_running and not self.running)   # it stopped itself: say so now

    def _after_phase(self) -> None:
        """After a phase: a finished step counts like any other (divergence, epoch limit)."""
        t = self.trainer
        if t.stopped in ("diverged", "early_stopping"):
            self.running = False
        if self.stepper.current is not None and self.stepper.current.kind == "update":
            self.scrubber.after_step()

    def timeout(self) -> float | None:
        """How long the loop may wait for a command: None (block) when paused."""
        if not self.running:
            return None
        now = self.clock()
        if self.animating:
            return max(0.0, self._next_phase_at - now)
        if self.speed is None:
            return 0.0
        return max(0.0, min(self._next_step_at - now, self._next_due - now))

    def steps_per_second(self) -> float:
        now = self.clock()
        self._rate_window = [(t, s) for t, s in self._rate_window if now - t <= 1.0]
        if len(self._rate_window) < 2:
            return 0.0
        (t0, s0), (t1, s1) = self._rate_window[0], self._rate_window[-1]
        return (s1 - s0) / (t1 - t0) if t1 > t0 else 0.0

    # -- snapshots ----------------------------------------------------------------------------
    def send_snapshot(self) -> None:
        """Queue a snapshot now, whatever the pace (the process loop's first one)."""
        self._snapshot(force=True)

    def _snapshot(self, force: bool) -> None:
        now = self.clock()
        if not force and (not self.running or now < self._next_due):
            return
        # Due times on a fixed grid (not "an interval after the last one", which loses the slice's
        # overrun every time: measured 26 a second instead of 30); restart the grid after a lag.
        self._next_due = self._next_due + SNAPSHOT_INTERVAL
        if self._next_due <= now:
            self._next_due = now + SNAPSHOT_INTERVAL
        self._rate_window.append((now, self.trainer.step_count))
        self.outbox.append(self.snapshot())

    def take(self) -> list[Any]:
        out, self.outbox = self.outbox, []
        return out

    def snapshot(self) -> Snapshot:
        self.seq += 1
        return session_views.snapshot(self)

    def probe_rows(self, n: int = PROBE_ROWS) -> tuple[Array, Array]:
        """The instruments' fixed batch: the first ``n`` training rows (X, Y), as the network sees them."""
        return observe.probe_rows(self.trainer, n)

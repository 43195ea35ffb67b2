"""The engine side of the app: commands in, snapshots out, in the engine's own process.

The app runs one ``Session`` per simulation in a child process (``serve``).
The UI sends frozen ``Command`` objects over a pipe; the session applies each
between training steps, never mid-step, trains in short slices while playing,
and sends back frozen ``Snapshot`` objects: at most about 30 a second while
playing, plus one right after each command. A snapshot carries copies of
everything the views paint (weights, the probe example's pass, the history
tail, the decision-boundary grid and per-neuron heatmaps already evaluated),
as read-only arrays, and a ``generation`` bumped on every rebuild so that the
UI can drop stale ones. ``Notice`` objects report errors and finished file
operations in words (with the error's code and parameters, so the UI can word
it in the learner's language).

While training, the session keeps checkpoints (``nnsim.timeline``): ``ScrubTo`` shows one
(paused, the present kept aside), ``ReplayStep`` plays the step after it, ``ContinueFrom``
branches from it, ``LeaveTimeline`` (or any training command) returns to the present.

No Qt here: the loop is testable headless, with an injected clock.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from . import config as _config
from . import data as _data
from . import instruments as _ins
from .errors import MESSAGES, NNSimError
from .network import Network
from .stepper import PhaseStepper, PhaseView
from .timeline import Timeline, capture, restore
from .training import SPLITS, Trainer

Array = np.ndarray

#: Words of the session's informational notices, by code (the UI words them in the learner's language).
MESSAGES.update({
    "step_discarded": "discarded the part-done step (nothing had changed yet)",
    "timeline_left": "back to the present (the checkpoint on show was left)",
    "epoch_limit": "reached the limit of {epochs} epochs",
})


def _info(code: str, **params: Any) -> "Notice":
    return Notice("info", MESSAGES[code].format(**params), code, params)

SNAPSHOT_INTERVAL = 1.0 / 32.0     # seconds between snapshots while playing: about 30 a second,
                                   # with a little margin so jitter does not drop the window below 30
SLICE = 0.005                      # seconds of training between looks at the pipe
BOUNDARY_GRID = 100                # the main view's decision-boundary resolution
HEATMAP_GRID = 24                  # each neuron's own little heatmap
HISTORY_TAIL = 2000                # records and batch costs sent per snapshot, at most
#: The columns of ``Snapshot.history``.
HISTORY_FIELDS = ("step", "epoch", "train_loss", "train_accuracy", "dev_loss", "dev_accuracy",
                  "test_loss", "test_accuracy", "objective", "learning_rate")


# -- commands ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    """Base of every command; ``request`` lets the UI match a Notice to what it asked."""


@dataclass(frozen=True)
class Play(Command):
    pass


@dataclass(frozen=True)
class Pause(Command):
    pass


@dataclass(frozen=True)
class Step(Command):
    steps: int = 1


@dataclass(frozen=True)
class StepEpoch(Command):
    pass


@dataclass(frozen=True)
class SetSpeed(Command):
    steps_per_second: float | None     # None: as fast as possible


@dataclass(frozen=True)
class SetConfig(Command):
    """A whole new run config (as a dict). Topology, initializer, seeds or data → rebuild with
    fresh weights; training settings only → applied at the next step, no reset."""
    config: dict


@dataclass(frozen=True)
class SetPoints(Command):
    """Points drawn by the learner: X (n, 2), y (n,) classes. Rebuilds on them."""
    X: tuple
    y: tuple
    classes: int = 2


@dataclass(frozen=True)
class SetWeight(Command):
    layer: int
    row: int
    col: int            # -1 sets the bias of unit ``row``
    value: float


@dataclass(frozen=True)
class SetParameters(Command):
    """Every weight and bias at once (e.g. restoring a new engine to the last state seen)."""
    weights: tuple      # index by layer, [0] None
    biases: tuple


@dataclass(frozen=True)
class SetProbe(Command):
    index: int          # a training row


@dataclass(frozen=True)
class SetSlice(Command):
    """Which two raw columns the boundary view spans (the others held at their mean)."""
    columns: tuple[int, int]


@dataclass(frozen=True)
class Rollback(Command):
    """After divergence: keep the last good weights, continue with this learning rate."""
    learning_rate: float


@dataclass(frozen=True)
class LoadProject(Command):
    path: str


@dataclass(frozen=True)
class SaveProject(Command):
    path: str


@dataclass(frozen=True)
class ExportWeights(Command):
    path: str
    dtype: str = "float32"


@dataclass(frozen=True)
class ExportData(Command):
    path: str


@dataclass(frozen=True)
class PhaseNext(Command):
    """Step-by-step: the next phase of the training step (a new step after an update)."""


@dataclass(frozen=True)
class PhasePrev(Command):
    """Step-by-step: back to the previous phase already computed (nothing is recomputed)."""


@dataclass(frozen=True)
class SetMode(Command):
    """``live`` (train, paint ~30 times a second), ``propagation`` (play each step phase by phase
    at the speed set, falling back to live above ``MAX_PHASES_PER_SECOND``) or ``step``."""
    mode: str


@dataclass(frozen=True)
class SetInstruments(Command):
    """Which instrument data every snapshot carries (``INSTRUMENTS``; none by default, so the
    plain app pays nothing). ``options``: ``{"layer": k}`` chooses whose Z the activation
    explorer's histogram shows (default 1)."""
    names: tuple[str, ...] = ()
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RunGradCheck(Command):
    """Check the gradient once on up to ``GRADCHECK_ROWS`` training rows; the next snapshot
    carries it (``instruments["gradcheck"]``). ``break_layer``: that layer's backprop gradient
    is multiplied by ``factor`` first (the lesson's "break backprop" switch)."""
    break_layer: int | None = None
    factor: float = 2.0


@dataclass(frozen=True)
class RunPaths(Command):
    """Optimizer paths once, in the next snapshot (``instruments["paths"]``): on the elongated
    bowl (``surface="bowl"``) or on the cost as a function of two weights of the network
    (``surface="network"``, ``first``/``second`` as (k, i, j) or (k, i); the start is their
    current value). ``learning_rate`` None: the bowl's 0.08, or the run's own rate."""
    surface: str = "bowl"
    learning_rate: float | None = None
    steps: int = 60
    first: tuple = (1, 0, 0)
    second: tuple = (1, 0, 1)


@dataclass(frozen=True)
class ScrubTo(Command):
    """Show checkpoint ``index`` of ``Snapshot.timeline`` (paused; the present is kept aside)."""
    index: int


@dataclass(frozen=True)
class ContinueFrom(Command):
    """Make checkpoint ``index`` the live state: a branch; later checkpoints and history are dropped."""
    index: int


@dataclass(frozen=True)
class LeaveTimeline(Command):
    """Back to the present after scrubbing."""


@dataclass(frozen=True)
class ReplayStep(Command):
    """While scrubbed: play the step that follows the checkpoint on show, once (phase by phase in
    propagation mode at a slow speed), on a scratch state; the present stays kept aside."""


@dataclass(frozen=True)
class SetBatchOfOne(Command):
    """Train the next steps on this one training row (``Trainer.fixed_rows``); None: mini-batches."""
    row: int | None


@dataclass(frozen=True)
class Stop(Command):
    pass


MODES = ("live", "propagation", "step")
MAX_PHASES_PER_SECOND = 30.0       # faster than this the propagation view shows live training
#: Commands that leave a part-done step alone; every other one discards it first.
KEEPS_STEP = (PhaseNext, PhasePrev, SetProbe, SetSlice, Pause, SetSpeed, SetMode, SetInstruments,
              RunGradCheck, RunPaths)
#: Commands that keep a checkpoint on show (scrubbing); any other first goes back to the present.
KEEPS_TIMELINE = (ScrubTo, ContinueFrom, LeaveTimeline, ReplayStep, SetProbe, SetSlice, Pause, SetSpeed,
                  SetMode, SetInstruments, RunGradCheck, RunPaths, PhasePrev, SetBatchOfOne)
#: Instrument data a snapshot can carry every time (``SetInstruments``); "gradcheck" and "paths"
#: come once, on request (``RunGradCheck``, ``RunPaths``).
INSTRUMENTS = ("activations", "depth")
PROBE_ROWS = 200                   # the fixed training rows the instruments look at: the first ones
GRADCHECK_ROWS = 32                # a gradient check costs 2 passes per parameter: keep it small
BOWL_START = (-4.0, 1.0)
BOWL_LEARNING_RATE = 0.08          # between 1/20 and 2/20: gradient descent zig-zags on the steep axis


# -- what comes back --------------------------------------------------------------------------
def _frozen(a: Any) -> Any:
    if isinstance(a, np.ndarray):
        a.flags.writeable = False
    elif isinstance(a, (tuple, list)):
        for x in a:
            _frozen(x)
    elif isinstance(a, dict):
        for x in a.values():
            _frozen(x)
    return a


def _copy(a: Array | None, dtype=None) -> Array | None:
    if a is None:
        return None
    out = np.array(a, dtype=dtype, copy=True)
    out.flags.writeable = False
    return out


def _frozen_deep(a: Any) -> Any:
    """``_frozen``, also inside dataclasses (the instruments' results)."""
    import dataclasses
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        for f in dataclasses.fields(a):
            _frozen_deep(getattr(a, f.name))
    elif isinstance(a, (tuple, list)):
        for x in a:
            _frozen_deep(x)
    elif isinstance(a, dict):
        for x in a.values():
            _frozen_deep(x)
    else:
        _frozen(a)
    return a


class _ReadOnly:
    """Mixin: arrays stay read-only after unpickling (pickle restores them writeable)."""

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        _frozen(state)


@dataclass(frozen=True)
class DataView(_ReadOnly):
    """The data points, sent when they change: raw X, labels, which rows are train/dev/test."""
    X: Array
    y: Array
    columns: tuple[str, ...]
    task: str
    classes: int
    label_names: tuple[str, ...]
    train: Array
    dev: Array
    test: Array
    source: dict


@dataclass(frozen=True)
class Boundary(_ReadOnly):
    """The network's output over a grid of the raw input plane.

    ``values`` (rows, cols, outputs) float32, row i at x2 = y_range[0] + …, column j at x1;
    ``columns`` the two raw columns spanned; ``held`` the values the other columns are held at.
    """
    values: Array
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    columns: tuple[int, int]
    held: dict


@dataclass(frozen=True)
class Probe(_ReadOnly):
    """One example's pass: Z[k], A[k], dZ[k] (k ≥ 1; A[0] its features) and its target."""
    index: int
    raw: Array
    Z: tuple
    A: tuple
    dZ: tuple
    dW: tuple
    target: Array


@dataclass(frozen=True)
class Snapshot(_ReadOnly):
    generation: int                 # bumped on every rebuild: a view drops older ones
    seq: int                        # increases with every snapshot
    running: bool
    speed: float | None             # target steps per second; None: as fast as possible
    steps_per_second: float         # measured
    step: int
    epoch: int
    learning_rate: float
    config: dict                    # the run config as a dict
    spec: dict                      # NetworkSpec.to_dict() plus "sizes"
    feature_names: tuple[str, ...]
    weights: tuple                  # index by layer; [0] None
    biases: tuple
    history: Array                  # (n, len(HISTORY_FIELDS)) evaluation records (tail), NaN where absent
    events: tuple                   # records with an "event" (early stopping, divergence), as dicts
    batch_costs: Array              # (n, 2): step, mini-batch cost (tail)
    figures: dict                   # {"train"/"dev"/"test": {"loss", "accuracy"} | None, "objective"}
    confusion: Array | None         # test set, rows true class, columns predicted
    boundary: Boundary | None
    heatmaps: tuple                 # per layer k = 0..L: (units_k, 24, 24) float32 over the same plane
    probe: Probe | None
    data: DataView | None           # only when the data changed (or on request)
    stopped: str | None             # None, "diverged", "early_stopping", "finished"
    message: str                    # why it stopped, in words
    mode: str = "live"              # live | propagation | step
    animating: bool = False         # propagation mode, slow enough to show phases
    phase: "PhaseView | None" = None   # step-by-step or propagation: the phase on show
    #: Instrument data by name (see ``Session._instruments``): "activations" (nnsim.instruments.
    #: Saturation), "depth" ({"profile": [LayerProfile], "identical": {k: groups}}), and once after
    #: a request "gradcheck" ({"result", "verdicts", "break_layer", "factor", "rows"}) or "paths"
    #: (OptimizerPaths). Empty unless asked for.
    instruments: dict = field(default_factory=dict)
    timeline: tuple = ()            # the checkpoints' steps, oldest first (``nnsim.timeline``)
    scrubbed: int | None = None     # the checkpoint on show (an index into ``timeline``); None: now
    batch_of_one: int | None = None  # the training row every step trains on, if set

    def __setstate__(self, state: dict) -> None:
        super().__setstate__(state)
        _frozen_deep(state.get("instruments", {}))


@dataclass(frozen=True)
class Notice:
    """An event in words: kind "error", "saved", "exported", "loaded", "info"."""
    kind: str
    message: str
    code: str = ""
    params: dict = field(default_factory=dict)
    path: str = ""


class _Rows:
    """A history series as a float array, converted incrementally.

    Measured: turning 1,300 record dicts into a snapshot each time cost the UI 4 ms to
    unpickle and 6 ms to plot, per snapshot. New points are appended to the array; it is
    rebuilt only when the series was thinned (its list is then a new object).
    """

    def __init__(self, convert: Callable[[list], Array], width: int) -> None:
        self.convert, self.width = convert, width
        self.source: list | None = None
        self.count = 0
        self.rows = np.empty((0, width))
        self.events: list[dict] = []

    def tail(self, points: list, n: int) -> Array:
        if points is not self.source or len(points) < self.count:
            self.source, self.count, self.events = points, 0, []
            self.rows = np.empty((0, self.width))
        if len(points) > self.count:
            new = points[self.count:]
            self.rows = np.concatenate([self.rows, self.convert(new).reshape(-1, self.width)])
            self.events += [dict(r) for r in new if isinstance(r, dict) and r.get("event")]
            self.count = len(points)
        return _copy(self.rows[-n:])


def _record_rows(records: list) -> Array:
    nan = float("nan")
    return np.array([[nan if r.get(f) is None else float(r[f]) for f in HISTORY_FIELDS] for r in records],
                    dtype=float)


def _cost_rows(costs: list) -> Array:
    return np.array(costs, dtype=float)


# -- the session ------------------------------------------------------------------------------
REBUILD_SECTIONS = ("data", "network")
LIVE_TRAINING_KEYS = tuple(_config.SCHEMA["training"])


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
        self._send_data = True
        self._next_due = -math.inf        # when the next snapshot is due while playing
        self._next_step_at = 0.0
        self._rate_window: list[tuple[float, int]] = []
        self._epoch_limit_said = False
        self.mode = "live"
        self._next_phase_at = 0.0
        self.instrument_names: tuple[str, ...] = ()
        self.instrument_options: dict = {}
        self._once: dict[str, Any] = {}          # gradcheck / paths results for the next snapshot
        self.trainer = self._build(_config.parse(config or default_config()))

    @property
    def trainer(self) -> Trainer:
        return self._trainer

    @trainer.setter
    def trainer(self, trainer: Trainer) -> None:
        self._trainer = trainer
        self.stepper = PhaseStepper(trainer)
        self.timeline = Timeline()
        self.timeline.take(trainer)
        self.scrubbed: int | None = None
        self._present = None                     # (checkpoint, history) of now, while scrubbed
        self._replay = False
        self._records = _Rows(_record_rows, len(HISTORY_FIELDS))
        self._costs = _Rows(_cost_rows, 2)

    @property
    def animating(self) -> bool:
        """Propagation mode at a speed slow enough to show every phase."""
        return (self.mode == "propagation" and self.speed is not None
                and self.speed * 2 * (self.trainer.network.depth + 1) <= MAX_PHASES_PER_SECOND)

    # -- building -----------------------------------------------------------------------------
    def _build(self, cfg: _config.RunConfig) -> Trainer:
        dataset = self._custom if cfg.data["dataset"] in ("csv", "drawn") and self._custom is not None else None
        if cfg.data["dataset"] == "drawn" and dataset is None:
            dataset = _data.from_points(np.zeros((0, 2)), np.zeros(0, dtype=int), 2)
        trainer = Trainer(cfg, dataset)
        self.generation += 1
        self._send_data = True
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
            self.outbox.append(Notice("error", str(e), e.code, dict(e.params)))
        except OSError as e:
            self.outbox.append(Notice("error", f"{e.filename or ''}: {e.strerror or e}", "os_error",
                                      {"path": str(e.filename or ""), "reason": e.strerror or str(e)}))
        self._snapshot(force=True)

    def _handle(self, cmd: Command) -> None:
        if not isinstance(cmd, KEEPS_STEP) and self.stepper.part_way:
            self.stepper.discard()
            self.outbox.append(_info("step_discarded"))
        elif not isinstance(cmd, KEEPS_STEP):
            self.stepper.discard()             # forget the phases on show
        if self.scrubbed is not None and not isinstance(cmd, KEEPS_TIMELINE):
            self._leave_timeline()
            self.outbox.append(_info("timeline_left"))
        t = self.trainer
        match cmd:
            case PhaseNext():
                self.running = False
                if t.stopped == "diverged":
                    raise _SessionError("diverged_paused", "the run diverged; roll back or reset before playing")
                self.stepper.next()
                self._after_phase()
            case PhasePrev():
                self.running = False
                self.stepper.previous()
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
            case SetConfig(config=raw):
                self._set_config(_config.parse(raw, t.config.base_dir))
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
                net = t.network
                if not (1 <= k <= net.depth and 0 <= i < net.weights[k].shape[0]
                        and -1 <= j < net.weights[k].shape[1] and math.isfinite(v)):
                    raise _SessionError("bad_weight", f"there is no weight ({k}, {i}, {j}), or {v} is not finite")
                params = [p.copy() for p in net.parameters()]
                if j == -1:
                    params[2 * k - 1][i] = v
                else:
                    params[2 * k - 2][i, j] = v
                net.set_parameters(params)
            case SetParameters(weights=Ws, biases=bs):
                params = []
                for k in range(1, len(Ws)):
                    params += [Ws[k], bs[k]]
                t.network.set_parameters(params)       # checks every shape first
            case SetProbe(index=i):
                if not 0 <= i < t.train_rows:
                    raise _SessionError("bad_probe", f"there is no training example {i}")
                self.probe_index = i
            case SetSlice(columns=(a, b)):
                n = len(t.problem.dataset.columns)
                if not (0 <= a < n and 0 <= b < n and a != b):
                    raise _SessionError("bad_slice", f"choose two different columns out of {n}")
                self.slice_columns = (a, b)
            case Rollback(learning_rate=lr):
                cfg = t.config.replace({"training.learning_rate": lr})
                t.resume_after_divergence(cfg)
            case LoadProject(path=path):
                from . import project
                loaded = project.load(path)          # raises before anything changes
                self._custom = loaded.problem.dataset
                self.trainer = loaded
                self.generation += 1
                self._send_data = True
                self.running = False
                self.outbox.append(Notice("loaded", f"opened {path}", path=path))
            case SaveProject(path=path):
                from . import project
                project.save(t, path)
                self.outbox.append(Notice("saved", f"saved {path}", path=path))
            case ExportWeights(path=path, dtype=dtype):
                from . import export
                export.export(t.network, t.problem.pipeline, path, dtype=dtype,
                              label_names=t.problem.dataset.label_names, task=t.problem.dataset.task)
                self.outbox.append(Notice("exported", f"exported the weights to {path}", path=path))
            case ExportData(path=path):
                from .io import write_text
                write_text(path, _data.to_csv_text(t.problem.dataset))
                self.outbox.append(Notice("exported", f"exported the data to {path}", path=path))
            case SetInstruments(names=names, options=options):
                bad = [n for n in names if n not in INSTRUMENTS]
                layer = options.get("layer", 1)
                if bad:
                    raise _SessionError("bad_instrument", f"unknown instrument {bad[0]!r}; choose from "
                                        f"{', '.join(INSTRUMENTS)}")
                if not (isinstance(layer, int) and layer >= 1):
                    raise _SessionError("bad_instrument_layer", f"the layer must be a whole number ≥ 1, not {layer!r}")
                self.instrument_names = tuple(dict.fromkeys(names))
                self.instrument_options = dict(options)
            case RunGradCheck(break_layer=layer, factor=factor):
                self._once["gradcheck"] = self._gradcheck(layer, factor)
            case RunPaths():
                self._once["paths"] = self._paths(cmd)
            case ScrubTo(index=i):
                self._checkpoint_at(i)
                self.running, self._replay = False, False
                if self._present is None:
                    self._present = (capture(t), t.history)
                self._show_checkpoint(i)
            case ContinueFrom(index=i):
                ckpt = self._checkpoint_at(i)
                history = t.history if self._present is None else self._present[1]
                restore(t, ckpt)
                t.history = history.cut(ckpt.records_added, ckpt.costs_added)
                self.timeline.truncate_after(ckpt.step)
                self.scrubbed, self._present, self._replay, self.running = None, None, False, False
            case LeaveTimeline():
                self.running = False
                self._leave_timeline()
            case ReplayStep():
                if self.scrubbed is None:
                    raise _SessionError("not_scrubbed", "choose a checkpoint on the timeline first")
                self._show_checkpoint(self.scrubbed)
                self.mode = "propagation"
                self.running, self._replay = True, True
                self._next_phase_at = self._next_step_at = self.clock()
            case SetBatchOfOne(row=row):
                if row is None:
                    t.fixed_rows = None
                elif isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < t.train_rows:
                    raise _SessionError("bad_probe", f"there is no training example {row}")
                else:
                    t.fixed_rows = np.array([row])
            case Stop():
                self.running = False
                self.stopping = True
            case _:
                raise _SessionError("bad_command", f"unknown command {type(cmd).__name__}")

    # -- the timeline -------------------------------------------------------------------------
    def _checkpoint_at(self, i: int):
        if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < len(self.timeline):
            raise _SessionError("bad_checkpoint", f"there is no checkpoint {i} (there are {len(self.timeline)})")
        return self.timeline[i]

    def _show_checkpoint(self, i: int) -> None:
        """Restore checkpoint ``i`` on the live trainer, with the history up to it (the present is
        in ``_present``)."""
        t, ckpt = self.trainer, self.timeline[i]
        self.stepper.discard()
        restore(t, ckpt)
        t.history = self._present[1].cut(ckpt.records_added, ckpt.costs_added)     # type: ignore[index]
        self.scrubbed = i

    def _leave_timeline(self) -> None:
        if self._present is not None:
            self.stepper.discard()
            ckpt, history = self._present
            restore(self.trainer, ckpt)
            self.trainer.history = history
        self.scrubbed, self._present, self._replay = None, None, False

    def _maybe_checkpoint(self) -> None:
        """After a step: keep a checkpoint when one is due (one modulo; never while scrubbed)."""
        t = self.trainer
        if self.scrubbed is None and self.timeline.due(t.step_count):
            self.timeline.take(t)

    def _set_config(self, cfg: _config.RunConfig) -> None:
        old = self.trainer.config
        rebuild = (cfg.seed != old.seed or any(cfg[s] != old[s] for s in REBUILD_SECTIONS))
        if cfg.data["dataset"] == "csv" and (rebuild and cfg.data != old.data):
            self._custom = None                       # re-read the CSV the config names
        if rebuild:
            self.trainer = self._build(cfg)
            self.running = False if self.trainer.train_rows == 0 else self.running
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
        t._step()          # the caller holds np.errstate: a diverging run is reported, not warned about
        self._maybe_checkpoint()
        if t.stopped in ("diverged", "early_stopping"):
            self.running = False
            return False
        return True

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
                    self._train_one()
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
            self._maybe_checkpoint()

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
        t = self.trainer
        net = t.network
        self.seq += 1
        data_view = self._data_view() if self._send_data else None
        self._send_data = False
        ev = t.evaluate()
        figures = {name: ev[name] for name in SPLITS}
        figures["objective"] = ev["objective"]
        spec = net.spec.to_dict()
        spec["sizes"] = list(net.spec.sizes)
        hist = t.history
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            boundary = self._boundary()
            heatmaps = self._heatmaps()
            probe = self._probe()
            confusion = self._confusion()
            instruments = self._instruments()
        return Snapshot(
            generation=self.generation, seq=self.seq, running=self.running, speed=self.speed,
            steps_per_second=self.steps_per_second(), step=t.step_count, epoch=t.epoch,
            learning_rate=t.learning_rate, config=t.config.to_dict(), spec=spec,
            feature_names=tuple(t.problem.pipeline.feature_names),
            weights=(None, *(_copy(w) for w in net.weights[1:])),
            biases=(None, *(_copy(b) for b in net.biases[1:])),
            history=self._records.tail(hist.records, HISTORY_TAIL),
            events=tuple(dict(e) for e in self._records.events),
            batch_costs=self._costs.tail(hist.batch_costs, HISTORY_TAIL),
            figures=figures, confusion=confusion, boundary=boundary, heatmaps=heatmaps, probe=probe,
            data=data_view, stopped=t.stopped, message=self._stop_message(),
            mode=self.mode, animating=self.animating, phase=self.stepper.current,
            instruments=instruments, timeline=self.timeline.steps, scrubbed=self.scrubbed,
            batch_of_one=None if t.fixed_rows is None else int(t.fixed_rows[0]),
        )

    # -- instruments --------------------------------------------------------------------------
    def probe_rows(self, n: int = PROBE_ROWS) -> tuple[Array, Array]:
        """The instruments' fixed batch: the first ``n`` training rows (X, Y), as the network sees them."""
        p = self.trainer.problem
        return p.X["train"][:n], p.Y["train"][:n]

    def _penalties(self) -> tuple[float, float]:
        t = self.trainer.config.training
        return float(t.get("l2", 0.0) or 0.0), float(t.get("l1", 0.0) or 0.0)

    def _instruments(self) -> dict:
        out: dict[str, Any] = {}
        t = self.trainer
        if self.instrument_names and t.train_rows:
            net = t.network
            X, Y = self.probe_rows()
            if "activations" in self.instrument_names:
                layer = min(int(self.instrument_options.get("layer", 1)), net.depth)
                out["activations"] = _ins.saturation(net, net.forward(X), layer)
            if "depth" in self.instrument_names:
                l2, l1 = self._penalties()
                out["depth"] = {"profile": _ins.depth_profile(net, X, Y, l2, l1),
                                "identical": _ins.identical_units(net)}
        out.update(self._once)
        self._once = {}
        return _frozen_deep(out)

    def _gradcheck(self, layer: int | None, factor: float) -> dict:
        t = self.trainer
        if t.train_rows == 0:
            raise _SessionError("no_training_rows", "there are no training examples to check the gradient on")
        X, Y = self.probe_rows(GRADCHECK_ROWS)
        l2, l1 = self._penalties()
        if layer is None:
            from .gradcheck import gradient_check
            result = gradient_check(t.network, X, Y, l2, l1)
            verdicts = _ins.layer_verdicts(result)
        else:
            broken = _ins.broken_gradient_check(t.network, X, Y, layer, factor, l2, l1)
            result, verdicts = broken.result, broken.verdicts
        return {"result": result, "verdicts": verdicts, "break_layer": layer,
                "factor": float(factor), "rows": int(X.shape[0])}

    def _paths(self, cmd: "RunPaths") -> "_ins.OptimizerPaths":
        t = self.trainer
        steps = int(cmd.steps)
        if cmd.surface == "bowl":
            lr = BOWL_LEARNING_RATE if cmd.learning_rate is None else cmd.learning_rate
            return _ins.optimizer_paths(_ins.quadratic_bowl(), BOWL_START, learning_rate=lr, steps=steps)
        if cmd.surface == "network":
            if t.train_rows == 0:
                raise _SessionError("no_training_rows", "there are no training examples to draw the cost of")
            X, Y = self.probe_rows()
            l2, l1 = self._penalties()
            lr = t.learning_rate if cmd.learning_rate is None else cmd.learning_rate
            surface = _ins.network_surface(t.network, X, Y, cmd.first, cmd.second, l2, l1)
            start = _ins.start_of(t.network, cmd.first, cmd.second)
            return _ins.optimizer_paths(surface, start, learning_rate=lr, steps=steps, grid=31)
        raise _SessionError("bad_surface", f"the surface must be 'bowl' or 'network', not {cmd.surface!r}")

    def _stop_message(self) -> str:
        t = self.trainer
        if t.stopped == "diverged":
            lr = t.config.training["learning_rate"]
            return f"{t.reason}. The learning rate {lr:g} is probably too high; try {lr / 10:g}."
        return t.reason if t.stopped == "early_stopping" else ""

    def _data_view(self) -> DataView:
        p = self.trainer.problem
        ds = p.dataset
        return DataView(_copy(ds.X), _copy(ds.y), ds.columns, ds.task, ds.classes, ds.label_names,
                        _copy(p.split.train), _copy(p.split.dev), _copy(p.split.test), dict(ds.source))

    def _plane(self, n: int) -> tuple[Array, tuple[float, float], tuple[float, float], dict]:
        """n×n raw points over the two sliced columns (others at their training mean), padded 10%."""
        p = self.trainer.problem
        X = p.dataset.X
        a, b = self.slice_columns
        if X.shape[0]:
            lo, hi = X.min(axis=0), X.max(axis=0)
        else:
            lo, hi = -np.ones(X.shape[1]), np.ones(X.shape[1])
        pad = np.maximum((hi - lo) * 0.1, 0.1)
        lo, hi = lo - pad, hi + pad
        xs = np.linspace(lo[a], hi[a], n)
        ys = np.linspace(lo[b], hi[b], n)
        gx, gy = np.meshgrid(xs, ys)
        held_values = X[p.split.train].mean(axis=0) if len(p.split.train) else np.zeros(X.shape[1])
        raw = np.tile(held_values, (n * n, 1))
        raw[:, a], raw[:, b] = gx.ravel(), gy.ravel()
        held = {p.dataset.columns[c]: float(held_values[c]) for c in range(X.shape[1]) if c not in (a, b)}
        return raw, (float(lo[a]), float(hi[a])), (float(lo[b]), float(hi[b])), held

    def _boundary(self) -> Boundary | None:
        t = self.trainer
        raw, xr, yr, held = self._plane(BOUNDARY_GRID)
        out = t.network.forward(t.problem.pipeline.transform(raw)).output
        values = out.reshape(BOUNDARY_GRID, BOUNDARY_GRID, -1).astype(np.float32)
        return Boundary(_copy(values), xr, yr, tuple(self.slice_columns), held)

    def _heatmaps(self) -> tuple:
        t = self.trainer
        raw, *_ = self._plane(HEATMAP_GRID)
        trace = t.network.forward(t.problem.pipeline.transform(raw))
        n = HEATMAP_GRID
        return tuple(_copy(A.T.reshape(-1, n, n), np.float32) for A in trace.A)

    def _probe(self) -> Probe | None:
        t = self.trainer
        if t.train_rows == 0:
            return None
        i = min(self.probe_index, t.train_rows - 1)
        X, Y = t.problem.X["train"][i:i + 1], t.problem.Y["train"][i:i + 1]
        trace = t.network.forward(X)
        grads = t.network.backward(trace, Y)
        raw = t.problem.dataset.X[t.problem.split.train[i]]
        return Probe(i, _copy(raw), tuple(_copy(z) for z in trace.Z), tuple(_copy(a) for a in trace.A),
                     tuple(_copy(d) for d in grads.dZ), tuple(_copy(d) for d in grads.dW), _copy(Y[0]))

    def _confusion(self) -> Array | None:
        t = self.trainer
        if not t.is_classifier or t.problem.X["test"].shape[0] == 0:
            return None
        out = t.network.forward(t.problem.X["test"]).output
        pred = t.classes_of(out)
        K = t.problem.dataset.classes
        cm = np.zeros((K, K), dtype=np.int64)
        np.add.at(cm, (t.problem.y["test"].astype(int), pred), 1)
        return _copy(cm)


class _SessionError(NNSimError, ValueError):
    def __init__(self, code: str, message: str) -> None:
        from .errors import MESSAGES
        MESSAGES.setdefault(code, message)
        super().__init__(code)


def default_config() -> dict:
    """The app's default project: the playground's, circle data, 2-4-2-1 tanh, α = 0.03, batch 10."""
    return {"seed": 1,
            "data": {"dataset": "circle", "samples": 300, "noise": 0.05, "test_fraction": 0.5},
            "network": {"hidden": [4, 2], "activation": "tanh", "output": "sigmoid", "init": "xavier_normal"},
            "training": {"optimizer": "gd", "learning_rate": 0.03, "batch_size": 10, "epochs": 100000}}


# -- the process ------------------------------------------------------------------------------
def tune_malloc() -> bool:
    """Keep freed blocks in the process (glibc): measured, step arrays over 128 KiB otherwise
    go back to the system and fault in again every step (784-128-64-10: ~400 page faults a
    step, 1.6× slower; a 100×100 boundary grid 4× slower). True when it took effect."""
    import ctypes
    import sys
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return False
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    return bool(libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 256 << 20))


def serve(conn, config: dict | None = None, clock: Callable[[], float] = time.monotonic) -> None:
    """The engine process's main loop: wait for commands (blocking while paused), train, send.

    Runs until a ``Stop`` command or until the pipe breaks (the UI went away).
    """
    import os
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    tune_malloc()
    np.seterr(all="ignore")            # a diverging run is detected and reported, not warned about
    try:
        session = Session(config, clock)
    except NNSimError as e:
        conn.send(Notice("error", str(e), e.code, dict(e.params)))
        return
    session._snapshot(force=True)
    try:
        while not session.stopping:
            for msg in session.take():
                conn.send(msg)
            if conn.poll(session.timeout()):
                while conn.poll(0) and not session.stopping:
                    session.handle(conn.recv())
                continue
            session.work()
        for msg in session.take():
            conn.send(msg)
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return

"""The commands the app sends the engine process: frozen, loggable, replayable.

One frozen dataclass per thing the learner can ask (play, step, edit a weight, scrub the
timeline…); ``nnsim.session.Session`` applies each between training steps, never mid-step.
Every command declares whether it keeps a part-done step and the timeline on show
(``Command.keeps_step``, ``Command.keeps_timeline``). The modes of the app's main view
are here too. What this is not: the engine's behaviour (``session``) or what comes back
(``snapshot``). It depends on nothing of the engine.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = ["Command", "Play", "Pause", "Step", "StepEpoch", "SetSpeed", "SetConfig", "SetPoints", "SetWeight", "SetParameters", "Restore", "SetProbe", "SetSlice", "Rollback", "LoadProject", "SaveProject", "ExportWeights", "ExportData", "PhaseNext", "PhasePrev", "SetMode", "SetInstruments", "SetLesson", "RunGradCheck", "RunPaths", "ScrubTo", "ContinueFrom", "LeaveTimeline", "ReplayStep", "SetBatchOfOne", "SetBatchOfDrawn", "SetViews", "SetDrawn", "Stop", "INSTRUMENTS", "VIEWS", "MAX_PHASES_PER_SECOND", "MODES", "all_commands"]

MODES = ("live", "propagation", "step")
MAX_PHASES_PER_SECOND = 30.0       # faster than this the propagation view shows live training
#: Instrument data a snapshot can carry every time (``SetInstruments``); "gradcheck" and "paths"
#: come once, on request (``RunGradCheck``, ``RunPaths``).
INSTRUMENTS = ("activations", "depth", "shift")
#: Optional views whose data a snapshot carries only while they are on show (``SetViews``).
VIEWS = ("misclassified",)


@dataclass(frozen=True)
class Command:
    """Base of every command.

    Each command says what it leaves alone when the session applies it: ``keeps_step`` (a
    part-done step-by-step step; any other command discards it first) and ``keeps_timeline`` (a
    checkpoint on show; any other command first goes back to the present).
    """
    keeps_step: ClassVar[bool] = False
    keeps_timeline: ClassVar[bool] = False


@dataclass(frozen=True)
class Play(Command):
    pass


@dataclass(frozen=True)
class Pause(Command):
    keeps_step = True
    keeps_timeline = True


@dataclass(frozen=True)
class Step(Command):
    steps: int = 1


@dataclass(frozen=True)
class StepEpoch(Command):
    pass


@dataclass(frozen=True)
class SetSpeed(Command):
    keeps_step = True
    keeps_timeline = True
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
class Restore(Command):
    """A new engine put back to the last state a stopped one showed: weights and biases (and batch
    norm's γ, β and running averages), the step and epoch counters and the history as the snapshot carried them (``Snapshot.history``, ``events``,
    ``batch_costs``). The optimizer's memory and the epoch's shuffling start afresh."""
    weights: tuple      # index by layer, [0] None
    biases: tuple
    step: int
    epoch: int
    history: Any        # rows of HISTORY_FIELDS
    events: tuple       # the records with an event, whole
    batch_costs: Any    # rows of (step, cost)
    #: batch norm's arrays as the snapshot carried them: (("gamma", per-layer tuple), ("beta", …),
    #: ("running_mean", …), ("running_var", …)); empty without batch norm
    normalisation: tuple = ()


@dataclass(frozen=True)
class SetProbe(Command):
    keeps_step = True
    keeps_timeline = True
    index: int          # a training row


@dataclass(frozen=True)
class SetSlice(Command):
    """Which two raw columns the boundary view spans (the others held at their mean)."""
    keeps_step = True
    keeps_timeline = True
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
    keeps_step = True


@dataclass(frozen=True)
class PhasePrev(Command):
    """Step-by-step: back to the previous phase already computed (nothing is recomputed)."""
    keeps_step = True
    keeps_timeline = True


@dataclass(frozen=True)
class SetMode(Command):
    """``live`` (train, paint ~30 times a second), ``propagation`` (play each step phase by phase
    at the speed set, falling back to live above ``MAX_PHASES_PER_SECOND``) or ``step``."""
    keeps_step = True
    keeps_timeline = True
    mode: str


@dataclass(frozen=True)
class SetInstruments(Command):
    """Which instrument data every snapshot carries (``INSTRUMENTS``; none by default, so the
    plain app pays nothing). ``options``: ``{"layer": k}`` chooses whose Z the activation
    explorer's histogram shows (default 1)."""
    keeps_step = True
    keeps_timeline = True
    names: tuple[str, ...] = ()
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SetLesson(Command):
    """The lesson open in the app (an id of ``nnsim.lessons.LESSONS``; None: no lesson). From then on
    every snapshot carries the lesson's goal, judged by the engine (``Snapshot.goal``); opening a
    lesson again starts its goal afresh."""
    keeps_step = True
    keeps_timeline = True
    lesson: str | None = None


@dataclass(frozen=True)
class RunGradCheck(Command):
    """Check the gradient once on up to ``GRADCHECK_ROWS`` training rows; the next snapshot
    carries it (``instruments["gradcheck"]``). ``break_layer``: that layer's backprop gradient
    is multiplied by ``factor`` first (the lesson's "break backprop" switch)."""
    keeps_step = True
    keeps_timeline = True
    break_layer: int | None = None
    factor: float = 2.0


@dataclass(frozen=True)
class RunPaths(Command):
    """Optimizer paths once, in the next snapshot (``instruments["paths"]``): on the elongated
    bowl (``surface="bowl"``) or on the cost as a function of two weights of the network
    (``surface="network"``, ``first``/``second`` as (k, i, j) or (k, i); the start is their
    current value). ``learning_rate`` None: the bowl's 0.08, or the run's own rate."""
    keeps_step = True
    keeps_timeline = True
    surface: str = "bowl"
    learning_rate: float | None = None
    steps: int = 60
    first: tuple = (1, 0, 0)
    second: tuple = (1, 0, 1)


@dataclass(frozen=True)
class ScrubTo(Command):
    """Show checkpoint ``index`` of ``Snapshot.timeline`` (paused; the present is kept aside)."""
    keeps_timeline = True
    index: int


@dataclass(frozen=True)
class ContinueFrom(Command):
    """Make checkpoint ``index`` the live state: a branch; later checkpoints and history are dropped."""
    keeps_timeline = True
    index: int


@dataclass(frozen=True)
class LeaveTimeline(Command):
    """Back to the present after scrubbing."""
    keeps_timeline = True


@dataclass(frozen=True)
class ReplayStep(Command):
    """While scrubbed: play the step that follows the checkpoint on show, once (phase by phase in
    propagation mode at a slow speed), on a scratch state; the present stays kept aside."""
    keeps_timeline = True


@dataclass(frozen=True)
class SetBatchOfOne(Command):
    """Train the next steps on this one training row (``Trainer.fixed_rows``); None: mini-batches."""
    keeps_timeline = True
    row: int | None


@dataclass(frozen=True)
class SetBatchOfDrawn(Command):
    """Train the next steps on the drawn example (``SetDrawn``) alone, as class ``label`` (the step
    panel then shows its phases; ``Snapshot.batch_of_one`` is -1); None: mini-batches again. It
    follows the drawing as it changes; clearing the drawing or ``SetBatchOfOne`` ends it."""
    label: int | None


@dataclass(frozen=True)
class SetViews(Command):
    """Which optional views are on show (``VIEWS``): "misclassified" makes every snapshot carry the
    misclassified test examples (``Snapshot.misclassified``). None by default."""
    keeps_step = True
    keeps_timeline = True
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SetDrawn(Command):
    """The learner's drawn example: one raw value per input column, in the data set's units (a digit's
    pixels 0..16); from then on every snapshot carries the network's class probabilities for it
    (``Snapshot.drawn``). None: no drawn example. ``fit``: for image data, first fitted and centred in
    the image the way the data set's images are (``nnsim.data.fit_drawing``); the values may then be
    the drawing pad's bitmap instead (32×32 ink 0..1 for the 8×8 digits), counted into pixels there."""
    keeps_step = True
    keeps_timeline = True
    values: tuple | None = None
    fit: bool = False


@dataclass(frozen=True)
class Stop(Command):
    pass


def all_commands() -> tuple[type[Command], ...]:
    """Every concrete command class, in the order defined here (subclasses of subclasses too)."""
    out: list[type[Command]] = []
    todo = list(Command.__subclasses__())
    while todo:
        c = todo.pop(0)
        out.append(c)
        todo += c.__subclasses__()
    return tuple(out)


"""The lessons as data: which preset each opens, the learner's moves in order, and its goal.

``LESSONS`` holds one ``Lesson`` per lesson id, in menu order. A lesson names a preset (the two
registries are separate: a lesson may name any preset, and presets without a lesson may exist),
its ``steps`` (each either config ``changes`` under dotted keys, an ``action`` from ``ACTIONS``, or
nothing: "watch"), and a goal judged from what the learner sees, at the moment the lesson's text
says. The session calls ``goal_met`` after each evaluation and sends the verdict in the snapshot;
the tests that play the learner apply the same steps and judge the same goal.

What this is not: the lessons' words (title, idea, what to watch) and their translations, which
live in the UI (``nnsim_ui.lessons.texts``, keyed by the same ids). Nothing here imports a trainer
or a network, so the UI may import it; ``goal_met`` only reads a trainer's config, epoch, step
count and evaluation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Mapping

from . import diagnosis, edits, goals, presets
from .config import RunConfig
from .errors import unknown

#: What a step can do besides changing settings: run the gradient check (``break_layer``: with
#: backprop broken at ``args["layer"]``), draw the optimizer paths, open the tuning search, open the
#: compare-runs window, set the base error the Figures panel's diagnosis judges by, open the panel
#: whose sliders set one neuron's weights by hand, show the 1-D gradient check of J(θ) = θ·x.
ACTIONS = ("gradcheck", "break_layer", "paths", "tune", "compare", "base_error", "by_hand", "check_1d")


@dataclass(frozen=True, eq=False)
class Step:
    """One move of the learner: config ``changes`` (dotted key → value), or an ``action`` with
    ``args``, or neither (a "watch" step: play and look)."""
    changes: Mapping[str, Any] = field(default_factory=dict)
    action: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.action is not None and self.action not in ACTIONS:
            raise unknown("lesson action", self.action, dict.fromkeys(ACTIONS))
        if self.action is not None and self.changes:
            raise ValueError("a lesson step either changes settings or does an action, not both")
        object.__setattr__(self, "changes", MappingProxyType(dict(self.changes)))
        object.__setattr__(self, "args", MappingProxyType(dict(self.args)))

    @property
    def kind(self) -> str:
        """"change", "action" or "watch"."""
        return "change" if self.changes else "action" if self.action else "watch"


WATCH = Step()


def change(**changes: Any) -> Step:
    """A step that changes settings; keys are dotted config keys with '.' written '__'."""
    return Step(changes={k.replace("__", "."): v for k, v in changes.items()})


def action(name: str, **args: Any) -> Step:
    return Step(action=name, args=args)


# -- goals: what the learner must see, judged by the engine --------------------------------------
@dataclass(frozen=True)
class Seen:
    """What a goal reads: the run config (as a dict), the epoch and step reached, the figures of
    the latest evaluation, and ``context`` (what a trainer does not hold, e.g. "gradcheck")."""
    config: dict
    epoch: int
    steps: int
    figures: Mapping[str, Any]
    context: Mapping[str, Any]

    def figure(self, split: str, key: str = "accuracy") -> float | None:
        f = self.figures.get(split)
        return None if f is None else f.get(key)


Goal = Callable[[Seen], "bool | None"]


def reach(split: str, above: float, when: Callable[[dict], bool] = lambda c: True) -> Goal:
    """Some training done, ``when`` true of the config, and ``split`` accuracy ≥ ``above``."""
    def met(seen: Seen) -> bool:
        acc = seen.figure(split)
        return seen.steps > 0 and when(seen.config) and acc is not None and acc >= above
    met.split, met.above = split, above         # the tests read them to check the lesson's numbers
    return met


def below(split: str, cost: float, when: Callable[[dict], bool] = lambda c: True) -> Goal:
    """Some training done, ``when`` true of the config, and ``split``'s cost (data loss) < ``cost``."""
    def met(seen: Seen) -> bool:
        loss = seen.figure(split, "loss")
        return seen.steps > 0 and when(seen.config) and loss is not None and loss < cost
    met.split, met.below = split, cost
    return met


def by_hand(split: str, above: float) -> Goal:
    """Before any training step (the weights set by hand), ``split`` accuracy ≥ ``above``."""
    def met(seen: Seen) -> bool:
        acc = seen.figure(split)
        return seen.steps == 0 and acc is not None and acc >= above
    met.split, met.above = split, above
    return met


def _overfitting(seen: Seen) -> bool:
    return goals.overfitting_goal_met(seen.config, seen.epoch, seen.figures)


def _catch_broken_layer(seen: Seen) -> bool | None:
    """A gradient check with backprop broken at one layer, saying "wrong" at exactly that layer."""
    check = seen.context.get("gradcheck")
    if check is None:
        return None
    if check.get("break_layer") is None:
        return False
    return [k for k, v in check["verdicts"].items() if v == "wrong"] == [check["break_layer"]]


def diagnosed(kind: str, base_error: float) -> Goal:
    """At the end of the run (epoch ≥ the config's epochs), the diagnosis of the train and dev
    errors against ``base_error`` is ``kind`` (``nnsim.diagnosis``)."""
    def met(seen: Seen) -> bool:
        d = diagnosis.diagnose_figures(dict(seen.figures), base_error)
        return seen.epoch >= seen.config["training"]["epochs"] and d is not None and d.kind == kind
    met.kind, met.base_error = kind, base_error
    return met


def _hidden_activation(cfg: dict) -> Any:
    return cfg["network"].get("activation") if cfg["network"]["hidden"] else None


def _nonlinear(cfg: dict) -> bool:
    g = _hidden_activation(cfg)
    gs = g if isinstance(g, (list, tuple)) else [g]
    return g is not None and "linear" not in gs


# -- the lessons ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lesson:
    id: str
    preset: str
    steps: tuple[Step, ...] = ()
    goal: Goal | None = None

    def config(self, seed: int | None = None, upto: int | None = 0) -> RunConfig:
        """The preset as the lesson opens it, with the changes of its first ``upto`` steps (None:
        all) applied in order, as the UI sends them; with ``seed``, from that weights seed (the
        data seed stays the preset's)."""
        cfg = presets.load(self.preset)
        if seed is not None:
            cfg = cfg.replace(edits.reseed_changes(cfg.to_dict(), seed))
        for step in self.steps[:upto]:
            if step.changes:
                cfg = cfg.replace(dict(step.changes))
        return cfg

    @property
    def epochs(self) -> int:
        """The lesson's length: the preset's epochs after the steps' changes."""
        return self.config(upto=None).training["epochs"]

    @property
    def changes_something(self) -> bool:
        return any(step.kind != "watch" for step in self.steps)

    def goal_met(self, trainer: Any, context: Mapping[str, Any] | None = None) -> bool | None:
        """Whether the goal is met by ``trainer`` now (None: no goal, or the context it needs is
        missing). ``context["figures"]``, when given, is the evaluation just made of ``trainer``."""
        if self.goal is None:
            return None
        context = dict(context or {})
        figures = context.pop("figures", None)
        if figures is None:
            figures = trainer.evaluate()
        return self.goal(Seen(trainer.config.to_dict(), trainer.epoch, trainer.step_count, figures, context))


#: input_normalization's pair of parameters for the paths: the weight of x2² against the bias, whose
#: inputs (x2² with mean ≈ 0.3, and 1) differ most in scale: a narrow valley raw, round standardised.
INPUT_PAIR = ((1, 0, 3), (1, 0))

#: xavier_he's comparison: the preset's He against these, in the compare-runs window (the course's table).
INIT_RIVALS = ("zeros", "large_random")

#: bias_variance's base error: the flower's noise (0.2) leaves about 6% of the points on the wrong
#: side whatever the network (measured: 6–8% train and dev error with 2,000 points).
FLOWER_BASE_ERROR = 0.05

#: handwritten_digits' hidden layer after its step: the digits preset's 32 ReLU units (64-32-10), where
#: the lesson's preset opens with 2 (every image squeezed into two numbers).
DIGITS_HIDDEN = 32

_LESSONS = (
    Lesson("one_neuron", "one_neuron", (action("by_hand"), WATCH), by_hand("train", 0.9)),
    Lesson("activations", "activations", (WATCH, change(network__activation="sigmoid"))),
    Lesson("nonlinearity", "nonlinearity", (WATCH, change(network__activation="tanh")),
           reach("test", 0.9, _nonlinear)),
    Lesson("logistic_regression", "logistic_regression",
           (WATCH, change(network__hidden=[5], network__activation="tanh")),
           reach("train", 0.85, lambda c: bool(c["network"]["hidden"]))),
    Lesson("forward_backward", "forward_backward", (WATCH,)),
    Lesson("zero_init", "zero_init", (WATCH, change(network__init="he_normal")),
           reach("test", 0.9, lambda c: c["network"]["init"] == "he_normal")),
    Lesson("random_init", "random_init", (WATCH, change(network__init="small_random"),
                                          change(network__init="he_normal")),
           reach("test", 0.9, lambda c: c["network"]["init"] not in ("large_random", "zeros"))),
    Lesson("xavier_he", "xavier_he", (WATCH, action("compare", key="network.init", values=INIT_RIVALS))),
    Lesson("bias_variance", "bias_variance",
           (WATCH, action("base_error", value=FLOWER_BASE_ERROR), change(network__hidden=[20]),
            change(data__samples=2000)),
           diagnosed("fine", FLOWER_BASE_ERROR)),
    Lesson("overfitting_regularization", "overfitting_regularization",
           (WATCH, change(training__l2=0.7)), _overfitting),
    Lesson("input_normalization", "input_normalization",
           (action("paths", first=INPUT_PAIR[0], second=INPUT_PAIR[1]), change(data__standardize=True),
            action("paths", first=INPUT_PAIR[0], second=INPUT_PAIR[1])),
           below("train", 0.03, lambda c: bool(c["data"].get("standardize", True)))),
    Lesson("minibatch", "minibatch", (WATCH, change(training__batch_size=1), change(training__batch_size=0))),
    Lesson("weighted_averages", "minibatch", (WATCH, WATCH)),
    Lesson("optimizers", "optimizers", (action("paths"), change(training__optimizer="gd"))),
    Lesson("lr_decay", "lr_decay", (WATCH, change(training__decay="exponential", training__decay_rate=0.5))),
    Lesson("gradient_checking", "gradient_checking",
           (action("check_1d", theta=4.0, x=2.0), action("gradcheck"), action("break_layer", layer=1)),
           _catch_broken_layer),
    Lesson("softmax_multiclass", "softmax_multiclass", (WATCH,)),
    Lesson("tuning", "tuning", (action("tune", key="training.learning_rate", low=1e-4, high=1.0, log=True),),
           reach("dev", 0.9)),
    Lesson("batch_norm", "batch_norm", (WATCH, change(network__batch_norm=True)),
           reach("test", 0.9, lambda c: bool(c["network"].get("batch_norm")))),
    Lesson("handwritten_digits", "handwritten_digits",
           (WATCH, change(network__hidden=[DIGITS_HIDDEN]), WATCH),
           reach("test", 0.93, lambda c: bool(c["network"]["hidden"]))),
)

#: Every lesson, in menu order (the course's).
LESSONS: dict[str, Lesson] = {lesson.id: lesson for lesson in _LESSONS}


def lesson(lesson_id: str) -> Lesson:
    if lesson_id not in LESSONS:
        raise unknown("lesson", lesson_id, LESSONS)
    return LESSONS[lesson_id]


class LessonWatch:
    """The session's view of the open lesson: which one, what its goal needs beyond a trainer (the
    last gradient check), and whether the goal was reached (it stays reached until the lesson is
    opened again)."""

    def __init__(self) -> None:
        self.open(None)

    def open(self, lesson_id: str | None) -> None:
        self.lesson = None if lesson_id is None else lesson(lesson_id)
        self.reached = False
        self.context: dict[str, Any] = {}

    def note(self, key: str, value: Any) -> None:
        """Something the goal may read (e.g. "gradcheck": the last check's result)."""
        self.context[key] = value

    def judge(self, trainer: Any, figures: Mapping[str, Any]) -> bool | None:
        """The goal's state after an evaluation (``figures``) of ``trainer``; None without a goal."""
        if self.lesson is None or self.lesson.goal is None:
            return None
        if not self.reached:
            self.reached = bool(self.lesson.goal_met(trainer, {**self.context, "figures": figures}))
        return self.reached

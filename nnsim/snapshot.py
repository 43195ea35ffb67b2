"""What the engine process sends back: frozen snapshots of a run, and notices in words.

A ``Snapshot`` carries copies of everything the views paint (weights, the probe example's
pass, the history tail, the decision-boundary grid and per-neuron heatmaps already evaluated,
the phase on show), as read-only arrays, and a ``generation`` bumped on every rebuild so the
UI can drop stale ones. ``Notice`` objects report errors and finished file operations in words
(with the error's code and parameters, so the UI can word it in the learner's language).

Arrays stay read-only after unpickling too (``ReadOnly``; pickle restores them writeable), all
through one helper, ``read_only``. What this is not: how the values are computed
(``observe``, ``stepper``) or when they are sent (``session``). It depends on nothing of the
engine but ``data``'s ``Dataset`` and ``Split``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .data import Dataset, Split

__all__ = ["HISTORY_FIELDS", "Boundary", "DataView", "Drawn", "Misclassified", "Notice", "PhaseView", "Probe",
           "ReadOnly", "Snapshot", "read_only"]

Array = np.ndarray

#: The columns of ``Snapshot.history``.
HISTORY_FIELDS = ("step", "epoch", "train_loss", "train_accuracy", "dev_loss", "dev_accuracy",
                  "test_loss", "test_accuracy", "objective", "learning_rate")


def read_only(x: Any, copy: bool = False) -> Any:
    """``x`` with every array in it read-only: inside tuples, lists, dicts and dataclasses.

    ``copy=False`` freezes the arrays in place and returns ``x`` itself. ``copy=True`` freezes
    copies instead, leaving ``x`` alone: arrays are copied, lists and tuples become tuples,
    dicts new dicts (dataclasses are then returned as they are). Numbers, text and None pass.
    """
    if isinstance(x, np.ndarray):
        if copy:
            x = np.array(x, copy=True)
        x.flags.writeable = False
        return x
    if isinstance(x, (tuple, list)):
        if copy:
            return tuple(read_only(v, True) for v in x)
        for v in x:
            read_only(v)
    elif isinstance(x, dict):
        if copy:
            return {k: read_only(v, True) for k, v in x.items()}
        for v in x.values():
            read_only(v)
    elif not copy and dataclasses.is_dataclass(x) and not isinstance(x, type):
        for f in dataclasses.fields(x):
            read_only(getattr(x, f.name))
    return x


class ReadOnly:
    """Mixin: arrays stay read-only after unpickling (pickle restores them writeable)."""

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        read_only(state)


#: The most data points a snapshot carries for the views to draw: a larger data set is sent as an
#: even sample of each split (issue 14: 100,000 points froze the window for 6 s).
DRAWN_POINTS = 5_000


def _even(n: int, k: int) -> np.ndarray:
    """``k`` positions spread evenly over 0..n-1 (all of them if k ≥ n), increasing."""
    if k >= n:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, k).round().astype(np.int64))


@dataclass(frozen=True)
class DataView(ReadOnly):
    """The data points, sent when they change: the data set and which rows are train/dev/test.

    The fields a view reads (``X``, ``y``, ``columns``, ``task``, ``classes``, ``label_names``,
    ``source``; ``train``, ``dev``, ``test``) are the data set's and the split's, under their names.
    A data set of more than ``DRAWN_POINTS`` rows is *thinned*: the view holds an even sample of
    each split (the same rows every time), ``total`` says how many rows the data set has, and
    ``training_position`` maps a row of the view back to the run's training split.
    """
    dataset: Dataset
    split: Split
    total: int = -1                      # the data set's rows; -1: as many as the view holds
    train_positions: Array | None = None  # when thinned: each kept training row's place in the split

    @classmethod
    def of(cls, dataset: Dataset, split: Split, limit: int = DRAWN_POINTS) -> "DataView":
        """A view of at most ``limit`` rows with read-only copies of the split's indices."""
        parts = (split.train, split.dev, split.test)
        n = len(dataset.X)
        if n <= limit:
            return cls(dataset, Split(*(read_only(a, copy=True) for a in parts)), n)
        want = [max(1, len(s) * limit // n) if len(s) else 0 for s in parts]
        while sum(want) > limit:
            want[int(np.argmax(want))] -= 1
        picks = [_even(len(s), k) for s, k in zip(parts, want)]
        chosen = [np.asarray(s)[p] for s, p in zip(parts, picks)]
        rows = np.sort(np.concatenate(chosen))
        sample = Dataset(dataset.X[rows], dataset.y[rows], dataset.columns, dataset.task, dataset.classes,
                         dataset.label_names, dataset.source)
        split_here = Split(*(read_only(np.searchsorted(rows, c).astype(np.int64)) for c in chosen))
        return cls(sample, split_here, n, read_only(picks[0].astype(np.int64)))

    @property
    def thinned(self) -> bool:
        return self.total > len(self.dataset.X)

    @property
    def shown(self) -> int:
        """The rows this view holds (all of the data set's unless ``thinned``)."""
        return len(self.dataset.X)

    def training_position(self, row: int) -> int | None:
        """The place in the run's training split of this view's row ``row``; None if not a training row."""
        hits = np.flatnonzero(np.asarray(self.split.train) == row)
        if hits.size == 0:
            return None
        return int(self.train_positions[hits[0]]) if self.train_positions is not None else int(hits[0])

    X = property(lambda self: self.dataset.X)
    y = property(lambda self: self.dataset.y)
    columns = property(lambda self: self.dataset.columns)
    task = property(lambda self: self.dataset.task)
    classes = property(lambda self: self.dataset.classes)
    label_names = property(lambda self: self.dataset.label_names)
    source = property(lambda self: self.dataset.source)
    train = property(lambda self: self.split.train)
    dev = property(lambda self: self.split.dev)
    test = property(lambda self: self.split.test)


@dataclass(frozen=True)
class Boundary(ReadOnly):
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
class Probe(ReadOnly):
    """One example's pass: Z[k], A[k], dZ[k] (k ≥ 1; A[0] its features) and its target."""
    index: int
    raw: Array
    Z: tuple
    A: tuple
    dZ: tuple
    dW: tuple
    target: Array


@dataclass(frozen=True)
class Projection(ReadOnly):
    """The test examples on the training inputs' first two principal components (many-input data).

    ``points`` (m, 2): each standardised test row minus the training mean, times the first two
    principal axes (signs fixed: each axis's largest coefficient positive); ``rows`` (m,) the rows
    in the data set; ``raw`` (m, n) their inputs; ``y`` (m,) the true class, ``predicted`` (m,)
    the network's, ``probabilities`` (m, K) its class probabilities; ``explained`` (2,) the share
    of the training inputs' variance along each axis; ``image`` (height, width) when each row is
    an image (a shipped set's ``image``), else None.
    """
    points: Array
    rows: Array
    raw: Array
    y: Array
    predicted: Array
    probabilities: Array
    explained: Array
    image: tuple[int, int] | None = None


@dataclass(frozen=True)
class Misclassified(ReadOnly):
    """The misclassified test examples, for the gallery beside the confusion matrix (``SetViews``).

    ``total`` how many test examples the network gets wrong now; the first ``len(rows)`` of them
    (at most ``nnsim.observe.GALLERY_ROWS``, in the test split's order) as ``rows`` (the rows in
    the data set), ``raw`` (n, columns) their inputs, ``y`` the true class, ``predicted`` the
    network's, ``confidence`` its probability of the class it predicted; ``image`` (height,
    width) for image data, else None.
    """
    total: int
    rows: Array
    raw: Array
    y: Array
    predicted: Array
    confidence: Array
    image: tuple[int, int] | None = None


@dataclass(frozen=True)
class Drawn(ReadOnly):
    """The learner's drawn example as the network sees it now (``SetDrawn``): ``raw`` (columns,) the
    values drawn (for the drawing pad's bitmap: the pixels counted from it), ``probabilities`` (K,)
    the network's class probabilities for it (after the same standardisation as the training
    data), ``predicted`` the most probable class; ``Z`` and ``A`` its forward pass as ``Probe``'s
    (A[0] (1, n) its features), so the canvas can show it as the current example."""
    raw: Array
    probabilities: Array
    predicted: int
    Z: tuple = ()
    A: tuple = ()


@dataclass(frozen=True)
class PhaseView(ReadOnly):
    """One phase of a training step as the step view shows it (``nnsim.stepper``).

    ``values`` holds what the phase computed, under the mathematics' names, as read-only arrays.
    A backward phase of layer k carries what its formulas show: ``dA`` (∂L/∂A⁽ᵏ⁾ from the layer
    above; absent at a fused output), ``Z`` (m, nₖ), ``g_prime`` g′(Z⁽ᵏ⁾) (m, nₖ) (absent at a
    fused output), ``mask`` the layer's dropout mask (or None), ``dZ``, ``dW``, ``db``, ``dA_prev``;
    at a fused output (sigmoid or softmax with cross-entropy, linear with MSE) also ``A`` (the
    output) and ``Y`` (the targets), dZ being A − Y. Every phase carries ``masks``: the dropout
    masks D/p of the step's layers computed so far, by layer (empty without dropout).
    """
    kind: str                 # forward | loss | backward | update
    layer: int | None         # k for forward and backward
    index: int                # position in the step: 0 .. total-1
    total: int                # phases in one step: L forward, loss, L backward, update
    step: int                 # the step these phases belong to (1 = the first step)
    batch: Array              # the mini-batch's rows, as indices into the training split
    values: dict              # what the phase computed (read-only arrays, numbers, names)
    info: dict                # names and settings: activation, loss, optimizer, λ, keep_prob…


@dataclass(frozen=True)
class Snapshot(ReadOnly):
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
    phase: PhaseView | None = None  # step-by-step or propagation: the phase on show
    #: Instrument data by name (see ``nnsim.observe.instruments``): "activations" (nnsim.instruments.
    #: Saturation), "depth" ({"profile": [LayerProfile], "identical": {k: groups}}), "shift"
    #: ({"steps", "quantiles", "levels"}: ``nnsim.instruments.ZShift.series``), and once after
    #: a request "gradcheck" ({"result", "verdicts", "break_layer", "factor", "rows"}) or "paths"
    #: (OptimizerPaths). Empty unless asked for.
    instruments: dict = field(default_factory=dict)
    timeline: tuple = ()            # the checkpoints' steps, oldest first (``nnsim.timeline``)
    scrubbed: int | None = None     # the checkpoint on show (an index into ``timeline``); None: now
    batch_of_one: int | None = None  # the training row every step trains on, if set (-1: the drawn example)
    #: batch norm's γ, β and running averages of μ and σ², by layer like ``weights`` (None where a layer
    #: is not normalised; ``biases[k]`` is None where it is); empty tuples without batch norm
    gamma: tuple = ()
    beta: tuple = ()
    running_mean: tuple = ()
    running_var: tuple = ()
    lesson: str | None = None       # the lesson open (``SetLesson``)
    goal: bool | None = None        # its goal reached (stays reached); None: no lesson or no goal
    projection: Projection | None = None   # many-input classification: the test examples in 2-D
    #: ``message`` as (code, params) phrases (``nnsim.stops``), for the app to word
    stop_words: tuple = ()
    misclassified: Misclassified | None = None   # the gallery's examples, only while it is on show
    drawn: Drawn | None = None      # the learner's drawn example, while there is one


@dataclass(frozen=True)
class Notice:
    """An event in words: kind "error", "saved", "exported", "loaded", "info"."""
    kind: str
    message: str
    code: str = ""
    params: dict = field(default_factory=dict)
    path: str = ""
    refused: Any = None             # an error's command, refused: the engine's state is as before it

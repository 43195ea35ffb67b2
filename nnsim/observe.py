"""What a viewer sees of a trainer: pure functions of a ``Trainer`` (and what to look at).

The decision-boundary grid over two raw columns, each neuron's heatmap, one example's pass
(the probe), the test set's confusion matrix, the instruments' readings on a fixed batch of
training rows, which hidden units are copies of each other, and the history's tail as arrays. Each returns read-only
copies ready to put in a ``Snapshot``; none changes the trainer (no step, no random draw).
What this is not: when these are computed and sent (``session``) or the readings'
mathematics (``instruments``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from . import instruments as _ins
from .errors import MESSAGES, NNSimError
from .edits import rollback_rate
from .data import BITMAP_BLOCK, SHIPPED, fit_drawing
from .snapshot import HISTORY_FIELDS, Boundary, Drawn, Misclassified, Probe, Projection, read_only
from .training.problem import targets

ZShift = _ins.ZShift              # the session keeps one per trainer for the "shift" instrument

if TYPE_CHECKING:
    from .training import Trainer

Array = np.ndarray

BOUNDARY_GRID = 100                # the main view's decision-boundary resolution
HEATMAP_GRID = 24                  # each neuron's own little heatmap
PROBE_ROWS = 200                   # the fixed training rows the instruments look at: the first ones
GRADCHECK_ROWS = 32                # a gradient check costs 2 passes per parameter: keep it small
GALLERY_ROWS = 24                  # misclassified test examples sent for the gallery, at most
PROJECT_ABOVE = 12                 # more input columns than this: the projection instead of a boundary
BOWL_START = (-4.0, 1.0)
BOWL_LEARNING_RATE = 0.08          # between 1/20 and 2/20: gradient descent zig-zags on the steep axis


class ObserveError(NNSimError, ValueError):
    """A reading asked of a run that cannot give it (no training rows, an unknown surface)."""

    def __init__(self, code: str, message: str) -> None:
        MESSAGES.setdefault(code, message)
        super().__init__(code)


def probe_rows(trainer: Trainer, n: int = PROBE_ROWS) -> tuple[Array, Array]:
    """The instruments' fixed batch: the first ``n`` training rows (X, Y), as the network sees them."""
    p = trainer.problem
    return p.X["train"][:n], p.Y["train"][:n]


def penalties(trainer: Trainer) -> tuple[float, float]:
    """(λ of L2, λ of L1) of the run's training settings (0 where unset)."""
    t = trainer.config.training
    return float(t.get("l2", 0.0) or 0.0), float(t.get("l1", 0.0) or 0.0)


def plane(trainer: Trainer, columns: tuple[int, int], n: int
          ) -> tuple[Array, tuple[float, float], tuple[float, float], dict]:
    """n×n raw points (n², raw columns) over the two ``columns`` (the others at their training
    mean), padded 10%; with the x and y ranges and the values the other columns are held at."""
    p = trainer.problem
    X = p.dataset.X
    a, b = columns
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


def boundary(trainer: Trainer, columns: tuple[int, int], n: int = BOUNDARY_GRID) -> Boundary:
    """The network's output over the plane of ``columns``: values (n, n, outputs) float32."""
    raw, xr, yr, held = plane(trainer, columns, n)
    out = trainer.network.forward(trainer.problem.pipeline.transform(raw)).output
    values = out.reshape(n, n, -1).astype(np.float32)
    return Boundary(read_only(values), xr, yr, tuple(columns), held)    # type: ignore[arg-type]


def heatmaps(trainer: Trainer, columns: tuple[int, int], n: int = HEATMAP_GRID) -> tuple:
    """Per layer k = 0..L, each unit's activation over the plane: (units_k, n, n) float32."""
    raw, *_ = plane(trainer, columns, n)
    trace = trainer.network.forward(trainer.problem.pipeline.transform(raw))
    return tuple(read_only(A.T.reshape(-1, n, n).astype(np.float32)) for A in trace.A)


def probe(trainer: Trainer, index: int) -> Probe | None:
    """Training row ``index``'s pass (clipped to the rows there are); None with no training rows."""
    t = trainer
    if t.train_rows == 0:
        return None
    i = min(index, t.train_rows - 1)
    X, Y = t.problem.X["train"][i:i + 1], t.problem.Y["train"][i:i + 1]
    trace = t.network.forward(X)
    grads = t.network.backward(trace, Y)
    raw = t.problem.dataset.X[t.problem.split.train[i]]
    return Probe(i, read_only(raw, True), read_only(trace.Z, True), read_only(trace.A, True),
                 read_only(grads.dZ, True), read_only(grads.dW, True), read_only(Y[0], True))


def confusion(trainer: Trainer) -> Array | None:
    """The test set's confusion matrix (K, K) int64, rows the true class; None for regression or no test rows."""
    t = trainer
    if not t.is_classifier or t.problem.X["test"].shape[0] == 0:
        return None
    pred = t.classes_of(t.network.forward(t.problem.X["test"]).output)
    K = t.problem.dataset.classes
    cm = np.zeros((K, K), dtype=np.int64)
    np.add.at(cm, (t.problem.y["test"].astype(int), pred), 1)
    return read_only(cm)


def principal_axes(X: Array) -> tuple[Array, Array, Array]:
    """X (m, n) → (mean (n,), the first two principal axes (2, n), their shares of the variance (2,)).

    From the SVD of the centred X; each axis's sign is fixed so its largest coefficient is positive
    (an SVD may return either sign, and the picture should not flip between runs).
    """
    mean = X.mean(axis=0)
    _, s, Vt = np.linalg.svd(X - mean, full_matrices=False)
    axes = np.zeros((2, X.shape[1]))
    axes[:min(2, len(Vt))] = Vt[:2]
    axes *= np.where(axes[np.arange(2), np.argmax(np.abs(axes), axis=1)] < 0, -1.0, 1.0)[:, None]
    var = s ** 2
    share = np.zeros(2)
    share[:min(2, len(s))] = var[:2] / max(var.sum(), 1e-300)
    return mean, axes, share


_AXES: list = [None, None]          # the last training inputs seen and their principal axes


def projection(trainer: Trainer) -> Projection | None:
    """The test examples on the training inputs' first two principal components, with the network's
    class probabilities; None unless a classifier on more than PROJECT_ABOVE columns with test rows."""
    t = trainer
    Xtr, Xte = t.problem.X["train"], t.problem.X["test"]
    if not t.is_classifier or Xte.shape[0] == 0 or Xtr.shape[0] < 2 or Xtr.shape[1] <= PROJECT_ABOVE:
        return None
    if _AXES[0] is not Xtr:                     # the same training inputs: the same axes (an SVD is ~25 ms)
        _AXES[:] = [Xtr, principal_axes(Xtr)]
    mean, axes, share = _AXES[1]
    out = t.network.forward(Xte).output
    probs = class_probabilities(out)
    rows = np.asarray(t.problem.split.test)
    return Projection(read_only(((Xte - mean) @ axes.T).astype(np.float32)), read_only(rows.astype(np.int64)),
                      read_only(t.problem.dataset.X[rows].astype(np.float32)),
                      read_only(t.problem.y["test"].astype(np.int64)), read_only(t.classes_of(out).astype(np.int64)),
                      read_only(probs.astype(np.float32)), read_only(share), _image_shape(t))


def class_probabilities(output: Array) -> Array:
    """A classifier's output (m, K), or (m, 1) for a sigmoid output, as probabilities (m, K ≥ 2)."""
    return np.hstack([1.0 - output, output]) if output.shape[1] == 1 else output


def misclassified(trainer: Trainer, limit: int = GALLERY_ROWS) -> Misclassified | None:
    """The test examples the network gets wrong now: how many, and the first ``limit`` of them in the
    test split's order; None unless a classifier with test rows."""
    t = trainer
    Xte = t.problem.X["test"]
    if not t.is_classifier or Xte.shape[0] == 0:
        return None
    out = t.network.forward(Xte).output
    pred = t.classes_of(out).astype(np.int64)
    y = t.problem.y["test"].astype(np.int64)
    wrong = np.flatnonzero(pred != y)
    shown = wrong[:max(0, int(limit))]
    rows = np.asarray(t.problem.split.test)[shown].astype(np.int64)
    confidence = class_probabilities(out)[shown, pred[shown]]
    return Misclassified(int(len(wrong)), read_only(rows), read_only(t.problem.dataset.X[rows].astype(np.float32)),
                         read_only(y[shown]), read_only(pred[shown]), read_only(confidence.astype(np.float32)),
                         _image_shape(t))


def drawn(trainer: Trainer, values: Sequence[float] | None, fit: bool = False,
          strict: bool = True) -> Drawn | None:
    """The network's class probabilities and pass for one example given as raw values (one per data
    column, standardised as the training data are; ``fit`` and image data: first fitted and centred
    as the data set's images are, ``nnsim.data.fit_drawing``, the values being the image's pixels or
    the drawing pad's bitmap, ``BITMAP_BLOCK`` × larger); None for no values or a regression. A wrong
    length or a value that is not a finite number raises the pipeline's ``DataError``
    (``strict=False``: a wrong length, left from other data, gives None)."""
    t = trainer
    shape = _image_shape(t)
    sizes = {len(t.problem.pipeline.columns)}
    if fit and shape is not None:
        sizes.add(shape[0] * shape[1] * BITMAP_BLOCK ** 2)          # the drawing pad's bitmap
    if values is None or not t.is_classifier or (not strict and len(values) not in sizes):
        return None
    raw = np.asarray(values, dtype=float).reshape(1, -1)
    if fit and shape is not None and raw.size in sizes:
        raw = fit_drawing(raw[0], shape).reshape(1, -1)
    trace = t.network.forward(t.problem.pipeline.transform(raw))
    out = trace.output
    probs = class_probabilities(out)[0]
    return Drawn(read_only(raw[0].astype(np.float32)), read_only(probs.astype(np.float32)),
                 int(t.classes_of(out)[0]), read_only(trace.Z, True), read_only(trace.A, True))


def drawn_batch(trainer: Trainer, values: Sequence[float], fit: bool, label: int) -> tuple[Array, Array]:
    """The drawn example (as ``drawn`` reads it) as a batch of one: (X (1, n) as the network sees
    it, Y (1, outputs) the targets of class ``label``)."""
    t = trainer
    raw = np.asarray(drawn(t, values, fit).raw, dtype=float).reshape(1, -1)
    return t.problem.pipeline.transform(raw), targets(np.array([label]), t.spec.output, t.problem.dataset.classes)


def _image_shape(trainer: Trainer) -> tuple[int, int] | None:
    """(height, width) when the run's data set is a shipped one of images fed whole, else None."""
    entry = SHIPPED.get(trainer.config.data.get("dataset"))
    shape = getattr(entry, "image", None)
    n = trainer.problem.X["train"].shape[1]
    return tuple(shape) if shape is not None and shape[0] * shape[1] == n else None


def identical_units(trainer: Trainer) -> dict[int, list[tuple[int, ...]]]:
    """Per hidden layer k, the groups of units that are copies (``nnsim.curves.identical_units``)."""
    return _ins.identical_units(trainer.network)


def instruments(trainer: Trainer, names: Sequence[str], options: dict, shift: _ins.ZShift | None = None) -> dict:
    """The instrument data every snapshot carries, by name (``nnsim.commands.INSTRUMENTS``):
    "activations" (the saturation of layer ``options["layer"]``, default 1), "depth"
    (the depth profile and the identical units) and "shift" (``shift`` read at this step: the
    10/50/90 % quantiles of each hidden layer's Z or Z̃ so far, ``ZShift.series``), on ``probe_rows``."""
    out: dict[str, Any] = {}
    t = trainer
    if names and t.train_rows:
        net = t.network
        X, Y = probe_rows(t)
        if "activations" in names:
            layer = min(int(options.get("layer", 1)), net.depth)
            out["activations"] = _ins.saturation(net, net.forward(X), layer)
        if "depth" in names:
            l2, l1 = penalties(t)
            out["depth"] = {"profile": _ins.depth_profile(net, X, Y, l2, l1),
                            "identical": _ins.identical_units(net)}
        if "shift" in names and shift is not None:
            shift.read(t.step_count, net, X)
            out["shift"] = shift.series()
    return read_only(out)


def gradcheck(trainer: Trainer, layer: int | None, factor: float) -> dict:
    """A gradient check on up to ``GRADCHECK_ROWS`` training rows; ``layer``: that layer's backprop
    gradient is multiplied by ``factor`` first. {"result", "verdicts", "break_layer", "factor", "rows"}."""
    t = trainer
    if t.train_rows == 0:
        raise ObserveError("no_training_rows", "there are no training examples to check the gradient on")
    X, Y = probe_rows(t, GRADCHECK_ROWS)
    l2, l1 = penalties(t)
    if layer is None:
        from .gradcheck import gradient_check
        result = gradient_check(t.network, X, Y, l2, l1)
        verdicts = _ins.layer_verdicts(result)
    else:
        broken = _ins.broken_gradient_check(t.network, X, Y, layer, factor, l2, l1)
        result, verdicts = broken.result, broken.verdicts
    return {"result": result, "verdicts": verdicts, "break_layer": layer,
            "factor": float(factor), "rows": int(X.shape[0])}


def paths(trainer: Trainer, surface: str, learning_rate: float | None, steps: int,
          first: Sequence[int], second: Sequence[int]) -> _ins.OptimizerPaths:
    """Optimizer paths on the elongated bowl (``surface="bowl"``) or on the cost as a function of
    two weights of the network (``"network"``, starting at their current values); the learning
    rate None: the bowl's ``BOWL_LEARNING_RATE`` or the run's own."""
    t = trainer
    steps = int(steps)
    if surface == "bowl":
        lr = BOWL_LEARNING_RATE if learning_rate is None else learning_rate
        return _ins.optimizer_paths(_ins.quadratic_bowl(), BOWL_START, learning_rate=lr, steps=steps)
    if surface == "network":
        if t.train_rows == 0:
            raise ObserveError("no_training_rows", "there are no training examples to draw the cost of")
        X, Y = probe_rows(t)
        l2, l1 = penalties(t)
        lr = t.learning_rate if learning_rate is None else learning_rate
        cost = _ins.network_surface(t.network, X, Y, first, second, l2, l1)
        start = _ins.start_of(t.network, first, second)
        return _ins.optimizer_paths(cost, start, learning_rate=lr, steps=steps, grid=31)
    raise ObserveError("bad_surface", f"the surface must be 'bowl' or 'network', not {surface!r}")


def stop_words(trainer: Trainer) -> tuple:
    """``stop_message`` as (code, params) phrases, for the app to word in the learner's language."""
    t = trainer
    if t.stopped == "diverged" and t.reason_words:
        lr = t.config.training["learning_rate"]
        return (*t.reason_words, ("stop_lower_rate", {"lr": lr, "rate": rollback_rate(lr)}))
    return t.reason_words if t.stopped == "early_stopping" else ()


def stop_message(trainer: Trainer) -> str:
    """Why the run stopped, in words ("" unless it diverged or stopped early)."""
    t = trainer
    if t.stopped == "diverged":
        lr = t.config.training["learning_rate"]
        return f"{t.reason}. The learning rate {lr:g} is probably too high; try {rollback_rate(lr):g}."
    return t.reason if t.stopped == "early_stopping" else ""


class HistoryTail:
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
        """The last ``n`` rows of ``points`` (a History series), read-only; events kept in ``events``."""
        if points is not self.source or len(points) < self.count:
            self.source, self.count, self.events = points, 0, []
            self.rows = np.empty((0, self.width))
        if len(points) > self.count:
            new = points[self.count:]
            self.rows = np.concatenate([self.rows, self.convert(new).reshape(-1, self.width)])
            self.events += [dict(r) for r in new if isinstance(r, dict) and r.get("event")]
            self.count = len(points)
        return read_only(self.rows[-n:], copy=True)


def record_rows(records: list) -> Array:
    """Evaluation records as rows of ``HISTORY_FIELDS`` (NaN where absent)."""
    nan = float("nan")
    return np.array([[nan if r.get(f) is None else float(r[f]) for f in HISTORY_FIELDS] for r in records],
                    dtype=float)


def cost_rows(costs: list) -> Array:
    return np.array(costs, dtype=float)

"""Data: toy data sets, CSV files, the input pipeline and the train/dev/test split.

What it is: the 2-D generators lessons draw points from (TensorFlow
Playground's circle, XOR, Gaussian blobs and spiral; scikit-learn's moons; the
course's flower; two regression surfaces), a CSV reader that names the line
and the cell that is wrong, the input pipeline (raw columns → feature map →
standardisation fitted on the training rows, so every column the network sees
has mean 0 and std 1 there) and the seeded split. What it is
not: a data-frame library. Arrays are float64 NumPy, one row an example.

Randomness: whatever draws takes a seed or a ``numpy.random.Generator``. An int
seed given to both ``generate`` and ``split`` gives independent streams (the
split mixes a constant into its seed), so the split never echoes the noise.
"""
from __future__ import annotations

import csv
import io
import math
import numbers
import os
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from . import limits as _limits
from .errors import DataError, unknown

Array = np.ndarray
CLASSIFICATION, REGRESSION = "classification", "regression"
TASKS = {CLASSIFICATION: CLASSIFICATION, REGRESSION: REGRESSION}
MAX_SAMPLES = 100_000
MAX_CLASSES = 5


# -- generators ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Generator:
    """A registry entry: a named recipe for a 2-D data set."""
    name: str
    title: str
    task: str                    # CLASSIFICATION | REGRESSION
    description: str
    multiclass: bool             # takes `classes` (2..5)
    make: Callable[[int, float, np.random.Generator, int], tuple[Array, Array]]
    # (samples, noise, rng, classes) -> X (samples, 2) float64, y (samples,) int classes or float targets
    default_noise: float = 0.05  # what a lesson starts from (the flower: the course's 0.2)


def _counts(samples: int, k: int) -> list[int]:
    """Balanced class sizes: equal up to one, the first classes taking the remainder."""
    return [samples // k + (j < samples % k) for j in range(k)]


def _noisy(X: Array, noise: float, rng: np.random.Generator) -> Array:
    """X plus Gaussian noise of std ``noise`` (always drawn, so noise 0 and 0.1 share the points)."""
    return X + noise * rng.standard_normal(X.shape)


def _polar(r: Array, t: Array) -> Array:
    """Points (r·sin t, r·cos t), the course's and Playground's convention."""
    return np.column_stack([r * np.sin(t), r * np.cos(t)])


def _circle(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)          # class 0: the ring 0.7–1; class 1: the disc r < 0.5
    r = np.concatenate([rng.uniform(0.7, 1.0, n0), rng.uniform(0.0, 0.5, n1)])
    X = _polar(r, rng.uniform(0.0, 2 * np.pi, samples))
    return _noisy(X, noise, rng), np.repeat([0, 1], [n0, n1])


_XOR_MARGIN = 0.05                        # Playground's padding 0.3 on a square of half-size 5, ×1/6


def _xor(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)
    y = np.repeat([0, 1], [n0, n1])       # class 1 where x1·x2 > 0
    size = rng.uniform(_XOR_MARGIN, 1.0, (samples, 2))
    s1 = rng.choice([-1.0, 1.0], samples)
    X = size * np.column_stack([s1, np.where(y == 1, s1, -s1)])
    return _noisy(X, noise, rng), y


_GAUSS_SPREAD = 0.2                       # each blob's own std, before the noise


def _gauss(samples, noise, rng, classes):
    angle = np.pi / 4 + 2 * np.pi * np.arange(classes) / classes
    centres = np.column_stack([np.cos(angle), np.sin(angle)])   # on the unit circle; K=2: ±(0.71, 0.71)
    y = np.repeat(np.arange(classes), _counts(samples, classes))
    X = centres[y] + _GAUSS_SPREAD * rng.standard_normal((samples, 2))
    return _noisy(X, noise, rng), y


# Turns per arm: fewer as arms are added, so neighbouring arms stay about 0.2 apart.
_SPIRAL_TURNS = {2: 1.75, 3: 1.5, 4: 1.25, 5: 1.0}


def _spiral(samples, noise, rng, classes):
    parts = []
    for j, n in enumerate(_counts(samples, classes)):
        r = (np.arange(n) + 0.5) / n
        parts.append(_polar(r, 2 * np.pi * (_SPIRAL_TURNS[classes] * r + j / classes)))
    X = np.concatenate(parts)
    return _noisy(X, noise, rng), np.repeat(np.arange(classes), _counts(samples, classes))


def _moons(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)          # scikit-learn's make_moons, centred and scaled ×2/3
    a0, a1 = np.linspace(0, np.pi, n0), np.linspace(0, np.pi, n1)
    X = np.concatenate([np.column_stack([np.cos(a0), np.sin(a0)]),
                        np.column_stack([1 - np.cos(a1), 0.5 - np.sin(a1)])])
    X = (X - [0.5, 0.25]) / 1.5
    return _noisy(X, noise, rng), np.repeat([0, 1], [n0, n1])


def _flower(samples, noise, rng, classes):
    parts = []                            # the course's load_planar_dataset, noise as the argument
    for j, n in enumerate(_counts(samples, 2)):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, n) + noise * rng.standard_normal(n)
        r = 4 * np.sin(4 * t) + noise * rng.standard_normal(n)
        parts.append(_polar(r, t))
    return np.concatenate(parts), np.repeat([0, 1], _counts(samples, 2))


def _plane(samples, noise, rng, classes):
    X = rng.uniform(-1.0, 1.0, (samples, 2))
    return X, 0.5 * (X[:, 0] + X[:, 1]) + noise * rng.standard_normal(samples)


# Playground's six bumps (centre, sign), scaled to the square [-1, 1]².
_BUMPS = ((-2 / 3, 0.4, 1.0), (0.0, 0.4, -1.0), (2 / 3, 0.4, 1.0),
          (-2 / 3, -0.4, -1.0), (0.0, -0.4, 1.0), (2 / 3, -0.4, -1.0))
_BUMP_WIDTH = 0.25


def _gauss_sum(samples, noise, rng, classes):
    X = rng.uniform(-1.0, 1.0, (samples, 2))
    y = sum(s * np.exp(-((X[:, 0] - cx) ** 2 + (X[:, 1] - cy) ** 2) / (2 * _BUMP_WIDTH ** 2))
            for cx, cy, s in _BUMPS)
    return _noisy(X, noise, rng), y


_GENERATORS = (
    Generator("circle", "Circle", CLASSIFICATION,
              "A disc (class 1, radius < 0.5) inside a ring (class 0, radius 0.7 to 1).", False, _circle),
    Generator("xor", "Exclusive or (XOR)", CLASSIFICATION,
              "Four quadrants of [-1, 1]²: class 1 where x1·x2 > 0.", False, _xor),
    Generator("gauss", "Gaussian blobs", CLASSIFICATION,
              "One Gaussian blob per class, the centres evenly on the unit circle.", True, _gauss),
    Generator("spiral", "Spiral", CLASSIFICATION,
              "Interleaved spiral arms from the centre out to radius 1, one per class.", True, _spiral),
    Generator("moons", "Two moons", CLASSIFICATION,
              "Two interleaving half circles (scikit-learn's make_moons, scaled to size 1).", False, _moons),
    Generator("flower", "Flower", CLASSIFICATION,
              "The course's planar petals r = 4·sin(4t); noise is added to the angle and the radius.",
              False, _flower, 0.2),
    Generator("plane", "Plane", REGRESSION,
              "Target y = (x1 + x2)/2 on [-1, 1]², noise added to y.", False, _plane),
    Generator("gauss_sum", "Sum of Gaussians", REGRESSION,
              "Target the sum of six Gaussian bumps of alternating sign on [-1, 1]².", False, _gauss_sum),
)

#: Every generator by name.
GENERATORS: dict[str, Generator] = {g.name: g for g in _GENERATORS}


# -- data sets ----------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Dataset:
    """Raw examples, read-only. X (n, columns) float64; y (n,) int64 class indices or float64 targets.

    ``source`` describes where the data came from (JSON-able); ``label_names`` are the class
    names in index order. Construction validates and copies the arrays.
    """
    X: Array
    y: Array
    columns: tuple[str, ...]
    task: str
    classes: int
    label_names: tuple[str, ...]
    source: dict

    def __post_init__(self) -> None:
        if not isinstance(self.task, str) or self.task not in TASKS:
            raise unknown("task", self.task, TASKS)
        columns = _names("columns", self.columns)
        X = _matrix("X", self.X, len(columns))
        y = _array("y", self.y)
        if y.ndim != 1:
            raise DataError("bad_shape", name="y", shape=y.shape, expected="(examples,)")
        if len(y) != len(X):
            raise DataError("row_mismatch", x_rows=len(X), y_rows=len(y))
        _finite("y", y[:, None])
        if self.task == CLASSIFICATION:
            classes = _whole("classes", self.classes, 2, None)
            label_names = tuple(self.label_names) if _is_list(self.label_names) else None
            if label_names is None or len(label_names) != classes \
                    or not all(isinstance(s, str) for s in label_names):
                raise DataError("bad_type", name="label_names", expected=f"{classes} class names",
                                actual=repr(self.label_names))
            bad = (y != np.floor(y)) | (y < 0) | (y >= classes)
            if bad.any():
                raise DataError("bad_labels", max_label=classes - 1, value=float(y[np.argmax(bad)]))
            y = y.astype(np.int64)
        else:
            if not (_is_whole(self.classes) and self.classes == 0) \
                    or not (_is_list(self.label_names) and len(self.label_names) == 0):
                raise DataError("out_of_range", name="classes", rule="0 for regression (no class names)",
                                value=self.classes)
            classes, label_names = 0, ()
        if not isinstance(self.source, dict):
            raise DataError("bad_type", name="source", expected="a dict", actual=type(self.source).__name__)
        X.flags.writeable = False
        y.flags.writeable = False
        for key, value in (("X", X), ("y", y), ("columns", columns), ("classes", classes),
                           ("label_names", label_names), ("source", dict(self.source))):
            object.__setattr__(self, key, value)


def generate(name: str, samples: int = 300, noise: float = 0.05,
             seed: int | np.random.Generator = 0, classes: int = 2) -> Dataset:
    """The data set ``name`` (a GENERATORS key): ``samples`` points, Gaussian ``noise`` std, seeded.

    Classes are balanced (equal counts up to one); rows come shuffled. Only the multiclass
    generators (gauss, spiral) take ``classes`` other than 2.
    """
    if not isinstance(name, str) or name not in GENERATORS:
        raise unknown("dataset", name, GENERATORS)
    gen = GENERATORS[name]
    if gen.multiclass:
        classes = _whole("classes", classes, 2, MAX_CLASSES)
    elif not (_is_whole(classes) and classes == 2):
        raise DataError("not_multiclass", dataset=name, classes=classes,
                        choices=", ".join(g.name for g in _GENERATORS if g.multiclass))
    samples = _whole("samples", samples, max(2, classes), MAX_SAMPLES)
    noise = _real("noise", noise, 0.0, None)
    rng, seed_value = _rng(seed)
    X, y = gen.make(samples, noise, rng, classes)
    order = rng.permutation(samples)
    is_class = gen.task == CLASSIFICATION
    return Dataset(X[order], y[order], ("x1", "x2"), gen.task, classes if is_class else 0,
                   tuple(str(k) for k in range(classes)) if is_class else (),
                   {"dataset": name, "samples": samples, "noise": noise, "seed": seed_value,
                    "classes": classes})


def from_points(X: Any, y: Any, classes: int) -> Dataset:
    """Points drawn in the app: X (n, 2), y (n,) class indices 0..classes-1 (n may be 0)."""
    classes = _whole("classes", classes, 2, None)
    X, y = _array("X", X), _array("y", y)
    if X.size == 0 and y.size == 0:
        X, y = X.reshape(0, 2), y.reshape(0)
    return Dataset(X, y, ("x1", "x2"), CLASSIFICATION, classes,
                   tuple(str(k) for k in range(classes)), {"dataset": "drawn"})


# -- CSV ----------------------------------------------------------------------------------------
def load_csv(path: str | os.PathLike, label: str | int | None = None,
             features: Sequence[str] | None = None, task: str = CLASSIFICATION) -> Dataset:
    """Read ``path`` (UTF-8, a byte-order mark tolerated) and parse it with ``parse_csv``."""
    if not isinstance(path, (str, os.PathLike)):
        raise DataError("bad_type", name="path", expected="a file path", actual=type(path).__name__)
    try:
        data = _limits.read_bytes(path, _limits.LIMITS.csv_bytes, "a CSV file")
    except OSError as e:
        raise DataError("file_unreadable", path=str(path), reason=e.strerror or str(e)) from None
    _limits.check_csv(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError("file_not_utf8", path=str(path), line=data[:e.start].count(b"\n") + 1) from None
    return parse_csv(text, label, features, task, name=str(path))


def parse_csv(text: str, label: str | int | None = None, features: Sequence[str] | None = None,
              task: str = CLASSIFICATION, name: str = "<text>") -> Dataset:
    """A Dataset from CSV text, or a DataError naming the line (the header is line 1) and the fault.

    Header: present when a cell of the first row is a word above a number in the second row
    (or every cell of the first row is a word); a file without one names its columns c0, c1, ….
    ``label``: a column name or index (default: the last column). ``features``: column names
    (default: every other column). Classification labels become indices in sorted order of
    their distinct values (numerically when every label is a number), the names kept in
    ``label_names``; regression labels must be numbers. Nothing is returned half-loaded.
    """
    if not isinstance(task, str) or task not in TASKS:
        raise unknown("task", task, TASKS)
    if not isinstance(text, str):
        raise DataError("bad_type", name="text", expected="a str", actual=type(text).__name__)
    records = _records(text, name)
    if not records:
        raise DataError("csv_empty", name=name, line=1)
    head_line, head = records[0]
    if _has_header(records):
        columns = tuple(c or f"c{i}" for i, c in enumerate(head))
        for i, c in enumerate(columns):
            if c in columns[:i]:
                raise DataError("csv_duplicate_column", name=name, line=head_line, column=c)
        records = records[1:]
        if not records:
            raise DataError("csv_header_only", name=name, line=head_line)
    else:
        columns = tuple(f"c{i}" for i in range(len(head)))
    _limits.check(f"{name}: the number of columns", len(columns), _limits.LIMITS.csv_columns)
    _limits.check(f"{name}: rows × columns", len(records) * len(columns), _limits.LIMITS.data_values)
    li = _label_index(label, columns, name, head_line)
    fi = _feature_indices(features, columns, li, name, head_line)
    X = np.empty((len(records), len(fi)))
    texts, values = [], []
    for r, (line, cells) in enumerate(records):
        if len(cells) != len(columns):
            raise DataError("csv_columns", name=name, line=line, found=len(cells), expected=len(columns),
                            first_line=head_line)
        for c, j in enumerate(fi):
            X[r, c] = _cell_number(cells[j], name, line, columns[j])
        if task == REGRESSION:
            values.append(_cell_number(cells[li], name, line, columns[li]))
        else:
            text_ = cells[li]
            if not text_:
                raise DataError("csv_empty_cell", name=name, line=line, column=columns[li])
            value = _number(text_)
            if value is not None and not math.isfinite(value):
                raise DataError("csv_not_finite", name=name, line=line, column=columns[li], text=text_)
            texts.append(text_)
            values.append(value)
    source = {"dataset": "csv", "path": name, "label": columns[li], "features": [columns[j] for j in fi]}
    feature_columns = tuple(columns[j] for j in fi)
    if task == REGRESSION:
        return Dataset(X, np.array(values), feature_columns, REGRESSION, 0, (), source)
    if all(v is not None for v in values):
        keys, names = values, None                   # numeric labels: ordered as numbers
    else:
        keys, names = texts, texts
    distinct = sorted(set(keys))
    _limits.check(f"{name}: the number of classes in column {columns[li]!r}", len(distinct), _limits.LIMITS.classes)
    if len(distinct) < 2:
        raise DataError("csv_single_class", name=name, line=records[0][0], rows=len(records),
                        label=texts[0])
    index = {k: i for i, k in enumerate(distinct)}
    label_names = tuple(distinct) if names is not None else tuple(_number_name(v) for v in distinct)
    return Dataset(X, np.array([index[k] for k in keys], dtype=np.int64), feature_columns,
                   CLASSIFICATION, len(distinct), label_names, source)


def to_csv_text(ds: Dataset) -> str:
    """CSV text of ``ds``: a header (the columns, then ``label``), then one row per example.

    Classification labels are written as their names; numbers as Python's shortest exact repr,
    so ``parse_csv(text, label="label", task=ds.task)`` gives the same data (classes that no
    example uses are not kept).
    """
    if "label" in ds.columns:
        raise DataError("label_column_taken", column="label")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*ds.columns, "label"])
    classify = ds.task == CLASSIFICATION
    for row, target in zip(ds.X.tolist(), ds.y.tolist()):
        writer.writerow([*map(repr, row), ds.label_names[target] if classify else repr(target)])
    return out.getvalue()


_END = "\x00nnsim: end of text\x00"       # a last row of our own: swallowed only by an open quote


def _records(text: str, name: str) -> list[tuple[int, list[str]]]:
    """(line, stripped cells) of each non-blank row; line is where the row starts, 1-based."""
    stream = io.StringIO(text.removeprefix("\ufeff") + "\n" + _END + "\n", newline="")
    reader = csv.reader(stream, skipinitialspace=True)
    records, previous = [], 0
    try:
        for row in reader:
            if row == [_END]:
                return records
            line, previous = previous + 1, reader.line_num
            cells = [c.strip() for c in row]
            if cells and cells != [""]:
                records.append((line, cells))
    except csv.Error as e:
        raise DataError("csv_syntax", name=name, line=previous + 1, detail=str(e)) from None
    raise DataError("csv_open_quote", name=name, line=line)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _number_name(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 2 ** 53 else repr(value)


def _has_header(records: list[tuple[int, list[str]]]) -> bool:
    first = records[0][1]
    words = [bool(c) and _number(c) is None for c in first]
    if not any(words):
        return False
    if len(records) == 1 or all(words):
        return True
    second = records[1][1]
    return any(w and j < len(second) and _number(second[j]) is not None for j, w in enumerate(words))


def csv_columns(text: str, name: str = "<text>") -> tuple[str, ...]:
    """The column names ``parse_csv`` gives CSV ``text`` (its first two rows decide): for a look
    at a file's first lines (``nnsim.csv_head``) without parsing the rest."""
    records = _records(text, name)
    if not records:
        raise DataError("csv_empty", name=name, line=1)
    head = records[0][1]
    return tuple(c or f"c{i}" for i, c in enumerate(head)) if _has_header(records) else tuple(f"c{i}" for i in range(len(head)))


def _cell_number(text: str, name: str, line: int, column: str) -> float:
    if not text:
        raise DataError("csv_empty_cell", name=name, line=line, column=column)
    value = _number(text)
    if value is None:
        raise DataError("csv_not_number", name=name, line=line, column=column, text=text)
    if not math.isfinite(value):
        raise DataError("csv_not_finite", name=name, line=line, column=column, text=text)
    return value


def _label_index(label: Any, columns: tuple[str, ...], name: str, line: int) -> int:
    if label is None:
        return len(columns) - 1
    if isinstance(label, numbers.Integral) and not isinstance(label, bool):
        if -len(columns) <= label < len(columns):
            return int(label) % len(columns)
    elif isinstance(label, str):
        if label in columns:
            return columns.index(label)
    else:
        raise DataError("bad_type", name="label", expected="a column name or index",
                        actual=type(label).__name__)
    raise DataError("csv_no_label", name=name, line=line, label=label, columns=", ".join(columns))


def _feature_indices(features: Any, columns: tuple[str, ...], li: int, name: str, line: int) -> list[int]:
    if features is None:
        fi = [j for j in range(len(columns)) if j != li]
    else:
        if not _is_list(features) or not all(isinstance(f, str) for f in features):
            raise DataError("bad_type", name="features", expected="a list of column names",
                            actual=repr(features))
        fi = []
        for f in features:
            if f not in columns:
                raise DataError("csv_unknown_feature", name=name, line=line, feature=f,
                                columns=", ".join(columns))
            if columns.index(f) == li:
                raise DataError("csv_label_is_feature", name=name, line=line, column=f)
            if columns.index(f) in fi:
                raise DataError("duplicate_feature", feature=f)
            fi.append(columns.index(f))
    if not fi:
        raise DataError("csv_no_features", name=name, line=line, columns=", ".join(columns))
    return fi


# -- features and the input pipeline ------------------------------------------------------------
@dataclass(frozen=True)
class Feature:
    """One input of the feature map, computed from x1 and x2 (raw; standardised in a format-1 run).

    The exports write the same feature from ``op`` on ``columns`` (ONNX: "column", "mul" or
    "sin" of the columns 0 = x1, 1 = x2) and from ``expression`` (the standalone
    script's NumPy source, over ``x1``, ``x2``).
    """
    name: str
    title: str
    fn: Callable[[Array, Array], Array]      # (x1, x2) -> column
    op: str
    columns: tuple[int, ...]
    expression: str


_FEATURES = (
    Feature("x1", "x₁", lambda x1, x2: x1, "column", (0,), "x1"),
    Feature("x2", "x₂", lambda x1, x2: x2, "column", (1,), "x2"),
    Feature("x1^2", "x₁²", lambda x1, x2: x1 ** 2, "mul", (0, 0), "x1 ** 2"),
    Feature("x2^2", "x₂²", lambda x1, x2: x2 ** 2, "mul", (1, 1), "x2 ** 2"),
    Feature("x1x2", "x₁x₂", lambda x1, x2: x1 * x2, "mul", (0, 1), "x1 * x2"),
    Feature("sin_x1", "sin(x₁)", lambda x1, x2: np.sin(x1), "sin", (0,), "np.sin(x1)"),
    Feature("sin_x2", "sin(x₂)", lambda x1, x2: np.sin(x2), "sin", (1,), "np.sin(x2)"),
)

#: Every feature by name, in the order the app lists them.
FEATURES: dict[str, Feature] = {f.name: f for f in _FEATURES}


@dataclass(frozen=True, eq=False)
class Pipeline:
    """Raw columns → ((raw − mean)/scale) → feature map → ((F − feature_mean)/feature_scale) → X.

    Two standardisation stages so that both meanings can be read: ``fit_pipeline`` standardises
    the columns the network sees (after the map: ``feature_mean``/``feature_scale`` fitted, the
    first stage 0/1 when there is a map); project files of format 1 standardised the raw x1, x2
    before the map (``before_map=True``: the first stage fitted, the second 0/1). Without a map
    the two stages are the same thing and the first is used.
    """
    columns: tuple[str, ...]
    mean: Array                              # (columns,); zeros when off or standardising after the map
    scale: Array                             # (columns,); ones likewise; 1 for a constant column
    features: tuple[str, ...] | None         # feature names (two columns only); None: the columns as they are
    feature_mean: Array | None = None        # (n_features,); None: zeros
    feature_scale: Array | None = None       # (n_features,); None: ones

    def __post_init__(self) -> None:
        columns = _names("columns", self.columns)
        mean, scale = (_vector(key, getattr(self, key), len(columns)) for key in ("mean", "scale"))
        features = _check_features(self.features, columns)
        n = len(columns if features is None else features)
        fmean = _vector("feature_mean", np.zeros(n) if self.feature_mean is None else self.feature_mean, n)
        fscale = _vector("feature_scale", np.ones(n) if self.feature_scale is None else self.feature_scale, n)
        for name, value in (("scale", scale), ("feature_scale", fscale)):
            if not (value > 0).all():
                raise DataError("out_of_range", name=name, rule="positive numbers", value=value.tolist())
        for key, value in (("columns", columns), ("mean", mean), ("scale", scale), ("features", features),
                           ("feature_mean", fmean), ("feature_scale", fscale)):
            object.__setattr__(self, key, value)

    def transform(self, raw: Any) -> Array:
        """raw (n, columns) -> X (n, n_features) float64; checks the shape and that all is finite."""
        Z = (_matrix("inputs", raw, len(self.columns)) - self.mean) / self.scale
        if self.features is not None:
            Z = map_features(Z, self.features)
        return (Z - self.feature_mean) / self.feature_scale

    @property
    def n_features(self) -> int:
        return len(self.feature_names)

    @property
    def feature_names(self) -> tuple[str, ...]:
        return self.columns if self.features is None else self.features

    def to_dict(self) -> dict:
        return {"columns": list(self.columns), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "features": None if self.features is None else list(self.features),
                "feature_mean": self.feature_mean.tolist(), "feature_scale": self.feature_scale.tolist()}

    @classmethod
    def from_dict(cls, d: Any) -> "Pipeline":
        """From ``to_dict``'s keys; a dict without feature_mean and feature_scale (written before they
        existed) standardised before the map only, and reads so."""
        keys = ("columns", "mean", "scale", "features")
        later = ("feature_mean", "feature_scale")
        if not isinstance(d, dict) or set(d) not in (set(keys), set(keys + later)):
            raise DataError("bad_type", name="pipeline", expected="a dict with keys " + ", ".join(keys + later),
                            actual=repr(d)[:200])
        return cls(*(d[k] for k in keys), *(d.get(k) for k in later))


def map_features(Z: Array, features: Sequence[str]) -> Array:
    """The feature map of two columns (x1, x2) -> one column per feature name."""
    x1, x2 = Z[:, 0], Z[:, 1]
    return np.column_stack([FEATURES[f].fn(x1, x2) for f in features]).reshape(len(Z), len(features))


def _fit_standardisation(A: Array, name: str) -> tuple[Array, Array]:
    """mean and (population) std of A's columns; a constant column: its value and 1 (so it becomes 0)."""
    with np.errstate(over="ignore", invalid="ignore"):
        mean, std = A.mean(axis=0), A.std(axis=0)
    if not (np.isfinite(mean).all() and np.isfinite(std).all()):
        raise DataError("out_of_range", name=name,
                        rule="numbers small enough for a finite mean and standard deviation",
                        value=f"max |x| = {np.abs(A).max():.3g}")
    constant = (A.max(axis=0) == A.min(axis=0)) | (std == 0)   # mean: the value itself, so exactly 0
    return np.where(constant, A[0], mean), np.where(constant, 1.0, std)


def fit_pipeline(raw_train: Any, columns: Sequence[str], standardize: bool = True,
                 features: Sequence[str] | None = ("x1", "x2"), before_map: bool = False) -> Pipeline:
    """A Pipeline whose standardisation is fitted on ``raw_train`` (the training rows only).

    mean and scale are the columns' mean and (population) standard deviation, taken of the
    columns the network sees (after the feature map), so those training columns have mean 0
    and std 1; a constant column becomes 0 (scale 1). ``before_map=True`` is format 1's meaning
    (standardise the raw x1, x2, then map: x1², x2² then have mean 1, std ≈ 1.2).
    ``features`` (a feature map) needs two columns; give None for other column counts.
    """
    columns = _names("columns", columns)
    if not isinstance(standardize, (bool, np.bool_)):
        raise DataError("bad_type", name="standardize", expected="true or false",
                        actual=type(standardize).__name__)
    features = _check_features(features, columns)
    A = _matrix("training inputs", raw_train, len(columns))
    if len(A) == 0:
        raise DataError("bad_shape", name="training inputs", shape=A.shape,
                        expected=f"at least one row of {len(columns)} columns")
    zeros, ones = np.zeros(len(columns)), np.ones(len(columns))
    if not standardize:
        return Pipeline(columns, zeros, ones, features)
    if features is None or before_map:
        return Pipeline(columns, *_fit_standardisation(A, "training inputs"), features)
    with np.errstate(over="ignore", invalid="ignore"):
        F = map_features(A, features)
    return Pipeline(columns, zeros, ones, features, *_fit_standardisation(F, "training inputs"))


def _check_features(features: Any, columns: tuple[str, ...]) -> tuple[str, ...] | None:
    if features is None:
        return None
    if not _is_list(features):
        raise DataError("bad_type", name="features", expected="a list of feature names or None",
                        actual=repr(features))
    features = tuple(str(f) if isinstance(f, str) else f for f in features)
    if not features:
        raise DataError("empty_features", choices=", ".join(FEATURES))
    for i, f in enumerate(features):
        if not isinstance(f, str) or f not in FEATURES:
            raise unknown("feature", f, FEATURES)
        if f in features[:i]:
            raise DataError("duplicate_feature", feature=f)
    if len(columns) != 2:
        raise DataError("features_need_two_columns", features=", ".join(features), count=len(columns),
                        columns=", ".join(columns))
    return features


# -- train / dev / test split -------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Split:
    """Index arrays (int64, sorted) into the data set: disjoint, together every row."""
    train: Array
    dev: Array
    test: Array


_SPLIT_STREAM = 0x5B117                     # mixed into an int seed: the split's own random stream


def split(n: int, dev_fraction: float, test_fraction: float,
          seed: int | np.random.Generator) -> Split:
    """Split rows 0..n-1 at random: round(n·test_fraction) test rows, round(n·dev_fraction) dev rows
    (halves round up), the rest train. Each fraction in [0, 0.9], their sum below 1, and train
    must keep at least one row."""
    n = _whole("n", n, 1, None)
    dev = _real("dev_fraction", dev_fraction, 0.0, 0.9)
    test = _real("test_fraction", test_fraction, 0.0, 0.9)
    if dev + test >= 1:
        raise DataError("out_of_range", name="dev_fraction + test_fraction", rule="less than 1",
                        value=dev + test)
    n_dev, n_test = math.floor(n * dev + 0.5), math.floor(n * test + 0.5)
    if n_dev + n_test >= n:
        raise DataError("split_no_train", n=n, dev=dev, test=test)
    if isinstance(seed, np.random.Generator):
        rng = seed
    else:
        rng = np.random.default_rng([_rng(seed)[1], _SPLIT_STREAM])
    order = rng.permutation(n)
    parts = order[:n_test], order[n_test:n_test + n_dev], order[n_test + n_dev:]
    return Split(*(np.sort(p).astype(np.int64) for p in (parts[2], parts[1], parts[0])))


# -- checks -------------------------------------------------------------------------------------
def _is_whole(value: Any) -> bool:
    return (isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))) or \
        (isinstance(value, (float, np.floating)) and float(value).is_integer())


def _whole(name: str, value: Any, lo: int, hi: int | None) -> int:
    if _is_whole(value) and value >= lo and (hi is None or value <= hi):
        return int(value)
    if hi is None:
        raise DataError("bad_count", name=name, minimum=lo, value=value)
    raise DataError("out_of_range", name=name, rule=f"a whole number from {lo} to {hi}", value=value)


def _real(name: str, value: Any, lo: float, hi: float | None) -> float:
    ok = isinstance(value, (numbers.Real, np.floating)) and not isinstance(value, (bool, np.bool_))
    if ok and math.isfinite(value) and value >= lo and (hi is None or value <= hi):
        return float(value)
    rule = f"a number ≥ {lo:g}" if hi is None else f"a number from {lo:g} to {hi:g}"
    raise DataError("out_of_range", name=name, rule=rule, value=value)


def _rng(seed: Any) -> tuple[np.random.Generator, int | None]:
    """(generator, the int seed or None when a Generator was given)."""
    if isinstance(seed, np.random.Generator):
        return seed, None
    if not isinstance(seed, numbers.Integral) or isinstance(seed, (bool, np.bool_)):
        raise DataError("bad_type", name="seed", expected="a whole number ≥ 0 or a numpy.random.Generator",
                        actual=type(seed).__name__)
    if seed < 0:
        raise DataError("out_of_range", name="seed", rule="a whole number ≥ 0", value=seed)
    return np.random.default_rng(int(seed)), int(seed)


def _names(name: str, value: Any) -> tuple[str, ...]:
    if not _is_list(value) or not len(value) or not all(isinstance(c, str) for c in value):
        raise DataError("bad_type", name=name, expected="a non-empty list of column names",
                        actual=repr(value)[:200])
    return tuple(str(c) for c in value)


def _is_list(value: Any) -> bool:
    """A list, tuple or 1-D array (not a bare string, whose letters would pass for names)."""
    if isinstance(value, np.ndarray):
        return value.ndim == 1
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _array(name: str, value: Any) -> Array:
    try:
        return np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise DataError("bad_type", name=name, expected="an array of numbers",
                        actual=type(value).__name__) from None


def _finite(name: str, a: Array) -> None:
    if not np.isfinite(a).all():
        row, col = np.argwhere(~np.isfinite(a))[0]
        raise DataError("not_finite", name=name, row=int(row), column=int(col))


def _matrix(name: str, value: Any, columns: int) -> Array:
    """value as a finite float64 array (rows, columns), always a fresh copy."""
    a = _array(name, value)
    if a.ndim != 2 or a.shape[1] != columns:
        raise DataError("bad_shape", name=name, shape=a.shape, expected=f"(examples, {columns})")
    _finite(name, a)
    return a


def _vector(name: str, value: Any, length: int) -> Array:
    a = _array(name, value)
    if a.shape != (length,):
        raise DataError("bad_shape", name=name, shape=a.shape, expected=f"({length},)")
    _finite(name, a[:, None])
    a.flags.writeable = False
    return a

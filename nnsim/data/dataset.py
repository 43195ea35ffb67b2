"""A data set: raw examples, read-only, validated on construction; the task names and sizes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import DataError, unknown
from .checks import Array, _array, _finite, _is_list, _is_whole, _matrix, _names, _whole

CLASSIFICATION, REGRESSION = "classification", "regression"
TASKS = {CLASSIFICATION: CLASSIFICATION, REGRESSION: REGRESSION}
MAX_SAMPLES = 100_000
MAX_CLASSES = 5


@dataclass(frozen=True, eq=False)
class Dataset:
    """Raw examples, read-only. X (n, columns) float64; y (n,) int64 class indices or float64 targets.

    ``source`` describes where the data came from (JSON-able); ``label_names`` are the class
    names in index order. ``notices`` are what reading the data noticed, as (code, params)
    (``nnsim.errors.MESSAGES[code]`` words it; a CSV's index column left out): said once, when
    read, and not kept in a project file. Construction validates and copies the arrays.
    """
    X: Array
    y: Array
    columns: tuple[str, ...]
    task: str
    classes: int
    label_names: tuple[str, ...]
    source: dict
    notices: tuple[tuple[str, dict], ...] = ()

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
        if not _is_list(self.notices) or not all(
                _is_list(n) and len(n) == 2 and isinstance(n[0], str) and isinstance(n[1], dict) for n in self.notices):
            raise DataError("bad_type", name="notices", expected="(code, params) pairs", actual=repr(self.notices)[:200])
        X.flags.writeable = False
        y.flags.writeable = False
        for key, value in (("X", X), ("y", y), ("columns", columns), ("classes", classes),
                           ("label_names", label_names), ("source", dict(self.source)),
                           ("notices", tuple((code, dict(params)) for code, params in self.notices))):
            object.__setattr__(self, key, value)


def from_points(X: Any, y: Any, classes: int) -> Dataset:
    """Points drawn in the app: X (n, 2), y (n,) class indices 0..classes-1 (n may be 0)."""
    classes = _whole("classes", classes, 2, None)
    X, y = _array("X", X), _array("y", y)
    if X.size == 0 and y.size == 0:
        X, y = X.reshape(0, 2), y.reshape(0)
    return Dataset(X, y, ("x1", "x2"), CLASSIFICATION, classes,
                   tuple(str(k) for k in range(classes)), {"dataset": "drawn"})

"""The input pipeline: raw columns → feature map → standardisation fitted on the training rows.

So every column the network sees has mean 0 and std 1 on the training rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from ..errors import DataError, unknown
from .checks import Array, _is_list, _matrix, _names, _vector


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

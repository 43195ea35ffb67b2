"""Argument checks shared by the data modules: whole numbers, reals, seeds, names, finite arrays.

Each raises a ``DataError`` naming the argument; arrays come back as fresh float64 copies.
"""
from __future__ import annotations

import math
import numbers
from typing import Any, Sequence

import numpy as np

from ..errors import DataError

Array = np.ndarray


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

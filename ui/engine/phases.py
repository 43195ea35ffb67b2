"""Reading the engine's phases: which layer a phase is about, and arrays in the course's form.

What this is: ``depth_of`` (L, from a phase's count) and ``column`` (the engine's row-major
arrays in the course's column form), shared by the canvas and the step panel, which do not
import each other. What this is not: a memory of earlier phases (each phase carries what its
views show, the step's dropout masks included) or mathematics; every array is the engine's.
"""
from __future__ import annotations

from typing import Any

import numpy as np

Array = np.ndarray


def column(a: Array | None) -> Array | None:
    """The engine's row-major ``(m, units)`` as the course's ``(units, m)``; a vector as a column."""
    if a is None:
        return None
    a = np.asarray(a)
    return a.reshape(-1, 1) if a.ndim == 1 else a.T


def depth_of(view: Any) -> int:
    """L, the number of layers with weights (a step has 2L + 2 phases)."""
    return (int(view.total) - 2) // 2

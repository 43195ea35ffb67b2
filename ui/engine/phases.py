"""Reading the engine's stream of phases: which layer a phase is about, and earlier phases kept.

What this is: ``depth_of`` (L, from a phase's count), ``column`` (the engine's row-major arrays
in the course's column form) and ``PhaseMemory``, the phases of the step on show by
(kind, layer), so a later phase can show numbers of an earlier one (the step panel's g′ and
dropout mask in a backward phase, the canvas's cut links). Shared by the canvas and the step
panel, which do not import each other. What this is not: mathematics; every array is the engine's.
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


class PhaseMemory:
    """The phases of the step on show, by (kind, layer), so a later phase can show earlier numbers.

    Kept per (step, batch); a phase of another step, or of the same step computed again after
    a discard (e.g. a weight typed in), replaces what no longer matches.
    """

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._views: dict[tuple, Any] = {}

    def remember(self, view: Any) -> None:
        key = (view.step, tuple(np.asarray(view.batch).tolist()))
        if key != self._key:
            self._key, self._views = key, {}
        self._views[(view.kind, view.layer)] = view

    def forward(self, view: Any, k: int) -> Any | None:
        """The forward phase of layer k of the same computation as ``view`` (checked by W and A_prev)."""
        fwd = self._views.get(("forward", k))
        if fwd is None or self._key != (view.step, tuple(np.asarray(view.batch).tolist())):
            return None
        if view.kind == "backward" and view.layer == k:
            same = (np.array_equal(fwd.values["W"], view.values["W"])
                    and np.array_equal(fwd.values["A_prev"], view.values["A_prev"]))
            return fwd if same else None
        return fwd

    def loss(self, view: Any) -> Any | None:
        """The loss phase of the same computation as backward phase ``view`` at the output."""
        L = view.layer
        loss, fwd = self._views.get(("loss", None)), self.forward(view, L)
        if loss is None or fwd is None or not np.array_equal(loss.values["A"], fwd.values["A"]):
            return None
        return loss

    def masks(self) -> dict[int, Array]:
        """Dropout masks D/p (row-major, as the engine keeps them) of the step's layers seen so far."""
        return {k: v.values["mask"] for (kind, k), v in self._views.items()
                if kind == "forward" and v.values.get("mask") is not None}


def depth_of(view: Any) -> int:
    """L, the number of layers with weights (a step has 2L + 2 phases)."""
    return (int(view.total) - 2) // 2

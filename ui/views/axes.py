"""Plot axes whose tick labels follow the learner's language: 0,5 in Vietnamese, 0.5 in English.

pyqtgraph writes tick labels with a '.' whatever the locale; ``LocaleAxis`` swaps in the decimal
point of the UI's number locale (``text.numbers.number_locale``, which ``i18n.set_language`` sets).
``LossAxis`` (the cost plot's log axis, labelled at 1, 2, 5 × 10ⁿ only) builds on it.
What this is not: the plots themselves (``plots``, ``curves``).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ..text.numbers import number_locale


def localized(strings: list[str]) -> list[str]:
    """Tick labels with the UI locale's decimal point."""
    point = number_locale().decimalPoint()
    return strings if point == "." else [s.replace(".", point) for s in strings]


class LocaleAxis(pg.AxisItem):
    """An axis whose tick labels use the UI locale's decimal point."""

    def tickStrings(self, values, scale, spacing):                # noqa: N802 (pyqtgraph's name)
        return localized(super().tickStrings(values, scale, spacing))

    def logTickStrings(self, values, scale, spacing):             # noqa: N802 (pyqtgraph's name)
        return localized(super().logTickStrings(values, scale, spacing))


class LossAxis(LocaleAxis):
    """A y axis whose log scale labels only 1, 2, 5 × 10ⁿ (1 × 10ⁿ over many decades), not every tick."""

    def logTickStrings(self, values, scale, spacing):             # noqa: N802 (pyqtgraph's name)
        strings = super().logTickStrings(values, scale, spacing)
        mantissa = [round(10 ** (v - np.floor(v)), 3) for v in values]
        decades = sum(1 for m in mantissa if m == 1.0)
        keep = (1.0,) if decades >= 3 else (1.0, 2.0, 5.0)
        return [s if m in keep else "" for s, m in zip(strings, mantissa)]


def locale_axes(**axes: pg.AxisItem) -> dict[str, pg.AxisItem]:
    """Axis items for a PlotWidget: the given ones, and a ``LocaleAxis`` left and bottom.

    Only these sides: pyqtgraph shows every axis it is handed, so a right or top axis given here
    would draw a second, unwanted scale."""
    return {side: axes.get(side) or LocaleAxis(side) for side in ("left", "bottom", *axes)}

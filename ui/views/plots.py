"""The app's small plots, styled alike: the instrument panels' and the Tuning panel's.

What this is: ``styled_plot`` (white, muted axes with a light grid, no context menu or buttons)
and ``plot_widget`` (the same with its labels, and optionally the cost plot's log axis).
What this is not: a view of a snapshot; panels put their own curves in.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from .. import palette
from .axes import LossAxis, locale_axes
from .curves import legend_box  # noqa: F401  (the panels' legends, under their plots)


def styled_plot(parent: QWidget, axes: dict | None = None) -> pg.PlotWidget:
    """The app's small plots: white, muted axes with a light grid, no context menu or buttons."""
    plot = pg.PlotWidget(parent, background=palette.BACKGROUND, axisItems=locale_axes(**(axes or {})))
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=True, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(palette.MUTED))
        axis.setTextPen(pg.mkPen(palette.TEXT))
        axis.enableAutoSIPrefix(False)
    return plot


def plot_widget(parent: QWidget, bottom: str, left: str, title: str = "", log_y: bool = False) -> pg.PlotWidget:
    """A styled plot with its labels given (already translated); ``log_y``: a log y axis
    labelled only at 1, 2, 5 × 10ⁿ (the cost plot's axis)."""
    plot = styled_plot(parent, {"left": LossAxis("left")} if log_y else None)
    item = plot.getPlotItem()
    item.setLabel("bottom", bottom)
    item.setLabel("left", left)
    if title:
        item.setTitle(title, color=palette.TEXT.name(), size="10pt")
    plot.setMinimumHeight(160)
    return plot

"""What every instrument panel shares: a "what to watch" text, a tidy pyqtgraph plot, the data it needs.

An instrument panel is a QWidget with ``show_snapshot(snapshot)``: it paints the engine's
instrument data (``Snapshot.instruments``) and computes nothing but bins and scales.
``needs`` names the instrument data the engine must compute for it (``SetInstruments``);
``options()`` the panel's choices for that (e.g. which layer's Z), announced by
``optionsChanged`` so the lessons module can tell the engine.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from . import palette

#: One colour per activation and per optimizer: Okabe–Ito, colour-blind safe.
SERIES = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00")


class InstrumentPanel(QWidget):
    optionsChanged = Signal()
    needs: tuple[str, ...] = ()

    def options(self) -> dict:
        return {}

    def show_snapshot(self, snapshot) -> None:           # pragma: no cover - each panel has its own
        raise NotImplementedError


def watch_label(text: str, parent: QWidget) -> QLabel:
    """The panel's short "what to watch" paragraph."""
    label = QLabel(text, parent)
    label.setObjectName("WatchText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet("QLabel#WatchText { background: #f3f6fa; border: 1px solid #d5dde8;"
                        " border-radius: 4px; padding: 6px; }")
    return label


def styled_plot(parent: QWidget, axes: dict | None = None) -> pg.PlotWidget:
    """The app's small plots: white, muted axes with a light grid, no context menu or buttons."""
    plot = pg.PlotWidget(parent, background=palette.BACKGROUND, axisItems=axes)
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
    from .curves import LossAxis
    plot = styled_plot(parent, {"left": LossAxis("left")} if log_y else None)
    item = plot.getPlotItem()
    item.setLabel("bottom", bottom)
    item.setLabel("left", left)
    if title:
        item.setTitle(title, color=palette.TEXT.name(), size="10pt")
    plot.setMinimumHeight(160)
    return plot


def percent(x: float) -> str:
    return f"{100 * x:.0f}%"

"""What every instrument panel shares: a "what to watch" text, a tidy pyqtgraph plot, the data it needs.

An instrument panel is a QWidget with ``show_snapshot(snapshot)``: it paints the engine's
instrument data (``Snapshot.instruments``) and computes nothing but bins and scales.
``needs`` names the instrument data the engine must compute for it (``SetInstruments``);
``options()`` the panel's choices for that (e.g. which layer's Z), announced by
``optionsChanged`` so the lessons module can tell the engine.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..views.plots import legend_box, plot_widget, styled_plot  # noqa: F401  (the panels' plots)

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

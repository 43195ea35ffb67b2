"""Z by layer: the course's "covariate shift" picture. Per hidden layer, a band from the 10 % to the
90 % quantile of what its activation is applied to (Z, or Z̃ with batch norm) and its median,
against the training step, on the instruments' fixed probe rows.

The quantiles and the steps come from the engine (``Snapshot.instruments["shift"]``, read by
``nnsim.instruments.ZShift``); the panel only draws them and words the newest and first widths.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..text.numbers import format_number
from .instrument_base import SERIES, InstrumentPanel, plot_widget, watch_label


class ShiftPanel(InstrumentPanel):
    needs = ("shift",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShiftPanel")
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> per hidden layer, a band from the 10% to the 90% quantile of Z (Z̃ with batch "
            "normalization) and its median, on the same 200 training examples at every step. A band that keeps "
            "its place: the layer's input stays put. Bands that shrink, grow or wander: covariate shift."), self)
        self.plot = plot_widget(self, self.tr("step"), "Z")
        self.plot.setMinimumHeight(90)
        self.words = QLabel(self)                 # each layer's colour, its band's width now and at first
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.words)
        # Per hidden layer k (1-based): the 10 %, 50 % and 90 % curves and the band between the outer two.
        self.lines: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.PlotDataItem]] = []
        self.bands: list[pg.FillBetweenItem] = []
        self.steps = np.zeros(0)
        self.quantiles = np.zeros((0, 0, 3))
        self.words.setText(self.tr("No readings yet: press Play."))

    def _layers(self, n: int) -> None:
        """One band and median per hidden layer, ``n`` of them."""
        if len(self.lines) == n:
            return
        item = self.plot.getPlotItem()
        for band, lines in zip(self.bands, self.lines):
            item.removeItem(band)
            for line in lines:
                item.removeItem(line)
        self.lines, self.bands = [], []
        for k in range(n):
            colour = QColor(SERIES[k % len(SERIES)])
            edge = pg.mkPen(colour, width=1)
            low, mid, high = (item.plot(pen=edge), item.plot(pen=pg.mkPen(colour, width=2)), item.plot(pen=edge))
            fill = QColor(colour)
            fill.setAlpha(50)
            band = pg.FillBetweenItem(low, high, brush=pg.mkBrush(fill))
            item.addItem(band)
            self.lines.append((low, mid, high))
            self.bands.append(band)

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        data = snapshot.instruments.get("shift")
        if data is None:
            return
        steps = np.asarray(data["steps"], dtype=float)
        q = np.asarray(data["quantiles"], dtype=float)
        self.steps, self.quantiles = steps, q
        self._layers(q.shape[1] if q.ndim == 3 else 0)
        for k, (low, mid, high) in enumerate(self.lines):
            low.setData(steps, q[:, k, 0])
            mid.setData(steps, q[:, k, 1])
            high.setData(steps, q[:, k, 2])
        if not len(steps) or not self.lines:
            self.words.setText(self.tr("No hidden layer to watch.") if len(steps) else
                               self.tr("No readings yet: press Play."))
            return
        rows = [f'<span style="color:{SERIES[k % len(SERIES)]}">■</span>&nbsp;' + self.tr("layer {k}: {now} ({then})").format(
            k=k + 1, now=format_number(q[-1, k, 2] - q[-1, k, 0]), then=format_number(q[0, k, 2] - q[0, k, 0]))
            for k in range(len(self.lines))]
        self.words.setText(self.tr("Step {step}, width of each band (at step {first}): ").format(
            step=int(steps[-1]), first=int(steps[0])) + " · ".join(rows))

"""Exponentially weighted averages: a noisy series and its averages v_t for β = 0.5, 0.9 and 0.98,
with or without bias correction — the idea under momentum (v), RMSprop (s) and Adam (v̂, ŝ).

The series is the course's year of temperatures (``nnsim.curves.temperature_series``) or the
running network's own mini-batch costs (``Snapshot.batch_costs``); the averages come from
``nnsim.curves.averages``, which runs momentum's own update (a pure function: no mathematics here).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnsim import curves

from .. import palette
from ..text.numbers import format_number
from .instrument_base import SERIES, InstrumentPanel, plot_widget, watch_label

BETAS = (0.5, 0.9, 0.98)
# At most this many of the newest mini-batch costs are averaged (the cost plot's tail).
COST_POINTS = 400


class AveragesPanel(InstrumentPanel):
    needs: tuple[str, ...] = ()            # nothing computed for it: the series are at hand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AveragesPanel")
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> v<sub>t</sub> = β·v<sub>t−1</sub> + (1 − β)·θ<sub>t</sub> averages about the "
            "last 1/(1 − β) values: 2 with β = 0.5 (it follows every wobble), 10 with 0.9, 50 with 0.98 "
            "(smooth, but late). Starting from v<sub>0</sub> = 0 it begins far too low; bias correction "
            "v<sub>t</sub>/(1 − β<sup>t</sup>) fixes the start. Momentum keeps this average of dW; Adam "
            "corrects it."), self)
        self.source_box = QComboBox(self)
        self.source_box.addItem(self.tr("A year of temperatures"), "temperatures")
        self.source_box.addItem(self.tr("This run's mini-batch costs"), "costs")
        self.source_box.setToolTip(self.tr("The noisy series θ to average: the course's daily temperatures, "
                                           "or the cost of each mini-batch of the running network"))
        self.correct_box = QCheckBox(self.tr("Bias correction"), self)
        self.correct_box.setChecked(True)
        self.correct_box.setToolTip(self.tr("On: the bias-corrected averages v_t / (1 − βᵗ) (solid lines); "
                                            "off: v_t as it is, starting from 0 (dashed lines)"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Series"), self))
        row.addWidget(self.source_box)
        row.addWidget(self.correct_box)
        row.addStretch(1)
        self.plot = plot_widget(self, self.tr("t"), self.tr("value"), self.tr("Exponentially weighted averages"))
        item = self.plot.getPlotItem()
        item.addLegend(offset=(6, 6), labelTextColor=palette.TEXT, brush=pg.mkBrush(255, 255, 255, 220))
        self.points = item.plot(pen=None, symbol="o", symbolSize=3, symbolBrush=pg.mkBrush(150, 150, 150, 160),
                                symbolPen=None, name=self.tr("θ (the series)"))
        #: One curve per β: v̂ (solid) with bias correction, v (dashed) without.
        self.curves: dict[float, pg.PlotDataItem] = {
            beta: item.plot(pen=pg.mkPen(SERIES[i], width=2), name=f"β = {format_number(beta)}")
            for i, beta in enumerate(BETAS)}
        self.first_label = QLabel(self)
        self.first_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.first_label)
        self.averages: curves.Averages | None = None
        self._costs = np.zeros(0)
        self.source_box.currentIndexChanged.connect(self._redraw)
        self.correct_box.toggled.connect(self._redraw)
        self._redraw()

    def series(self) -> np.ndarray:
        return curves.temperature_series() if self.source_box.currentData() == "temperatures" else self._costs

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        b = np.asarray(snapshot.batch_costs, dtype=float).reshape(-1, 2)
        costs = b[np.isfinite(b[:, 1]), 1][-COST_POINTS:]
        if not np.array_equal(costs, self._costs):
            self._costs = costs
            if self.source_box.currentData() == "costs":
                self._redraw()

    @Slot()
    def _redraw(self, *_args) -> None:
        theta = self.series()
        t = np.arange(1, len(theta) + 1, dtype=float)
        self.points.setData(t, theta)
        if not len(theta):
            self.averages = None
            for curve in self.curves.values():
                curve.setData([], [])
            self.first_label.setText(self.tr("No mini-batch costs yet: press Play."))
            return
        self.averages = a = curves.averages(theta, BETAS)
        correct = self.correct_box.isChecked()
        for i, beta in enumerate(BETAS):
            style = Qt.PenStyle.SolidLine if correct else Qt.PenStyle.DashLine
            self.curves[beta].setPen(pg.mkPen(SERIES[i], width=2, style=style))
            self.curves[beta].setData(t, a.v_hat[beta] if correct else a.v[beta])
        self.first_label.setText(self.tr(
            "First value θ₁ = {theta}: with β = 0.98, v₁ = 0.02·θ₁ = {v}; bias-corrected, v₁ / (1 − 0.98) = "
            "{v_hat}").format(
            theta=format_number(theta[0]), v=format_number(a.v[0.98][0]), v_hat=format_number(a.v_hat[0.98][0])))

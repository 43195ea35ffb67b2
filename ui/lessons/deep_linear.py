"""The course's deep linear network in the depth instrument: W⁽ˡ⁾ = a·I, linear activations, L layers.

What this is: spin boxes for a and L and a log plot, by layer, of the signal ‖a⁽ˡ⁾‖/‖x‖ and the
gradient ‖dA⁽ˡ⁾‖ (measured with the matrices by ``nnsim.curves.deep_linear``) as points, over the
formulas a^l and a^(L−l) as lines, and the output a^L in words: a > 1 explodes, a < 1 vanishes.
What this is not: the learner's network (the plots beside it show that one).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnsim.curves import DEEP_LINEAR_MAX_LAYERS, deep_linear

from .. import palette
from ..text.numbers import format_number
from .instrument_base import legend_box, plot_widget


class DeepLinearView(QWidget):
    """a and L chosen by the learner; signal and gradient by depth against a^l and a^(L−l)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeepLinearView")
        self.a_box = QDoubleSpinBox(self)
        self.a_box.setObjectName("deepLinearA")
        self.a_box.setRange(0.1, 3.0)
        self.a_box.setSingleStep(0.1)
        self.a_box.setDecimals(2)
        self.a_box.setValue(1.5)
        self.L_box = QSpinBox(self)
        self.L_box.setObjectName("deepLinearL")
        self.L_box.setRange(1, min(50, DEEP_LINEAR_MAX_LAYERS))
        self.L_box.setValue(10)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Every W⁽ˡ⁾ = a·I, linear activations, b = 0.  a ="), self))
        row.addWidget(self.a_box)
        row.addWidget(QLabel(self.tr("layers L ="), self))
        row.addWidget(self.L_box)
        row.addStretch(1)
        self.plot = plot_widget(self, self.tr("layer l"), self.tr("size (log scale)"),
                                self.tr("Deep linear network"), log_y=True)
        item = self.plot.getPlotItem()
        item.setLogMode(False, True)
        item.setMouseEnabled(x=False, y=False)
        pen_s, pen_g = pg.mkPen(palette.TRAIN_CURVE, width=2), pg.mkPen(palette.TEST_CURVE, width=2)
        dash_s = pg.mkPen(palette.TRAIN_CURVE, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        dash_g = pg.mkPen(palette.TEST_CURVE, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        self.signal_formula = item.plot(pen=dash_s)
        self.gradient_formula = item.plot(pen=dash_g)
        self.signal_points = item.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=palette.TRAIN_CURVE,
                                       symbolPen=pen_s)
        self.gradient_points = item.plot(pen=None, symbol="s", symbolSize=7, symbolBrush=palette.TEST_CURVE,
                                         symbolPen=pen_g)
        self.legend = legend_box(self, [(self.tr("signal ‖a⁽ˡ⁾‖/‖x‖"), pen_s), (self.tr("a^l"), dash_s),
                                        (self.tr("gradient ‖dA⁽ˡ⁾‖"), pen_g), (self.tr("a^(L−l)"), dash_g)], 2)
        self.words = QLabel(self)
        self.words.setObjectName("deepLinearWords")
        self.words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.words)
        self.result = None
        self.a_box.valueChanged.connect(self.recompute)
        self.L_box.valueChanged.connect(self.recompute)
        self.recompute()

    @Slot()
    def recompute(self) -> None:
        d = deep_linear(self.a_box.value(), self.L_box.value())
        self.result = d
        x = d.layers.astype(float)
        self.signal_points.setData(x, d.signal)
        self.gradient_points.setData(x, d.gradient)
        self.signal_formula.setData(x, d.signal_formula)
        self.gradient_formula.setData(x, d.gradient_formula)
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in d.layers if d.L <= 12 or k % 5 == 0 or k == 1]])
        logs = np.log10(np.concatenate([d.signal, d.gradient]))
        lo, hi = float(logs.min()), float(logs.max())
        pad = max(0.0, 2.0 - (hi - lo)) / 2 + 0.2
        item.setYRange(lo - pad, hi + pad, padding=0)
        item.setXRange(0.5, d.L + 0.5, padding=0)
        n = format_number
        if d.a > 1:
            trend = self.tr("a > 1: the signal explodes with depth, and so does the gradient reaching the first layers.")
        elif d.a < 1:
            trend = self.tr("a < 1: the signal vanishes with depth, and so does the gradient reaching the first layers.")
        else:
            trend = self.tr("a = 1: signal and gradient keep their size at every depth.")
        self.words.setText(self.tr(
            "ŷ = W⁽ᴸ⁾···W⁽¹⁾x = a^L·x: the output is {out} times the input; the first layer's gradient is "
            "{first} times the last's (a^(L−1)). Every dW⁽ˡ⁾ has the same size, a^(L−1) = {dw}: the signal "
            "in (a^(l−1)) times the gradient back (a^(L−l)). {trend}").format(
            out=n(d.signal[-1]), first=n(d.gradient[0]), dw=n(d.dW[0]), trend=trend))

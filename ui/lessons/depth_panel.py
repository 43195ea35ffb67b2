"""Signal and gradient by depth: per layer, where the activations A and the gradients dW lie
(histograms, one row per layer, as heat maps), and std(A), std(dW) against depth; hidden units
that are exact copies of each other (the symmetry problem of zero initialization) in words. A check
box swaps the plots for the course's deep linear network (``deep_linear``: W = a·I, a and L chosen).

Everything comes from the engine (``Snapshot.instruments["depth"]``); this only paints.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from nnsim import curves as ins

from .. import palette
from .deep_linear import DeepLinearView
from .instrument_base import InstrumentPanel, legend_box, plot_widget, watch_label


def _lut() -> np.ndarray:
    """White → deep blue, for counts."""
    t = np.linspace(0, 1, 256)[:, None]
    end = np.array([8, 48, 107, 255], dtype=float)
    start = np.array([255, 255, 255, 255], dtype=float)
    return np.round(start + (end - start) * t ** 0.6).astype(np.uint8)


FLOOR = 1e-12      # the std plot's floor: smaller spreads (an exact 0 under zero init) are drawn there


class DepthPanel(InstrumentPanel):
    needs = ("depth",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DepthPanel")
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> each row of the left maps is one layer; the right plot shows std(A) of the "
            "hidden layers (the output's probabilities left out) and std(dW) of every layer. In the lessons' "
            "ReLU network, weights × 10 (large random) make std(A) grow more than tenfold from one hidden "
            "layer to the next, weights × 0.01 (small random) make it shrink more than tenfold, and He keeps "
            "it level (within 3×). A deep sigmoid network loses gradient at every layer whatever the "
            "initialization, because σ′(z) ≤ ¼: with 10 layers of 50 units the first layer's std(dW) is "
            "less than 1/10,000 of the output layer's (Xavier, LeCun or He). That is why hidden layers use "
            "tanh or ReLU."), self)
        self.A_map = plot_widget(self, self.tr("activation a"), self.tr("layer"), self.tr("Activations A"))
        self.dW_map = plot_widget(self, self.tr("log₁₀|dW|"), self.tr("layer"), self.tr("Gradients dW"))
        self.std_plot = plot_widget(self, self.tr("layer"), self.tr("std (log scale)"),
                                    self.tr("Spread by depth"), log_y=True)
        self.A_image, self.dW_image = pg.ImageItem(), pg.ImageItem()
        for plot, image in ((self.A_map, self.A_image), (self.dW_map, self.dW_image)):
            image.setLookupTable(_lut())
            plot.getPlotItem().addItem(image)
            plot.getPlotItem().invertY(False)
            plot.getPlotItem().setMouseEnabled(x=False, y=False)
        s = self.std_plot.getPlotItem()
        s.setLogMode(False, True)
        s.setMouseEnabled(x=False, y=False)
        pen_A, pen_dW = pg.mkPen(palette.TRAIN_CURVE, width=2), pg.mkPen(palette.TEST_CURVE, width=2)
        self.std_A_curve = s.plot(pen=pen_A, symbol="o", symbolSize=7, symbolBrush=palette.TRAIN_CURVE)
        self.std_dW_curve = s.plot(pen=pen_dW, symbol="s", symbolSize=7, symbolBrush=palette.TEST_CURVE)
        self.std_legend = legend_box(self, [(self.tr("std(A)"), pen_A), (self.tr("std(dW)"), pen_dW)], 2)
        self.identical_label = QLabel(self)
        self.identical_label.setWordWrap(True)
        self.A_counts = np.zeros((0, len(ins.A_EDGES) - 1))
        self.dW_counts = np.zeros((0, len(ins.DW_LOG_EDGES) - 1))
        self.std_A: list[float] = []
        self.std_dW: list[float] = []

        self.linear_box = QCheckBox(self.tr("Deep linear network (W = a·I): the course's picture of "
                                            "vanishing and exploding"), self)
        self.linear_box.setObjectName("deepLinearBox")
        self.linear_box.setToolTip(self.tr("Instead of this network, L layers whose weights are all a·I with "
                                           "linear activations: signal and gradient by depth against a^l"))
        self.deep_linear = DeepLinearView(self)
        # shown on request only: it must not make the panel (and a lesson's window) any taller
        self.deep_linear.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        network_view = QWidget(self)
        grid = QGridLayout(network_view)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.A_map, 0, 0)
        grid.addWidget(self.dW_map, 0, 1)
        grid.addWidget(self.std_plot, 0, 2)
        grid.addWidget(self.std_legend, 1, 2)
        grid.addWidget(self.identical_label, 2, 0, 1, 3)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(network_view)
        self.stack.addWidget(self.deep_linear)
        self.linear_box.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addWidget(self.linear_box)
        layout.addWidget(self.stack, 1)

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        data = snapshot.instruments.get("depth")
        if data is None:
            return
        profile = data["profile"]
        self.A_counts = np.nan_to_num(np.array([p.A_counts for p in profile], dtype=float), posinf=0.0)
        self.dW_counts = np.nan_to_num(np.array([p.dW_counts for p in profile], dtype=float), posinf=0.0)
        self.std_A = [p.std_A for p in profile[:-1]]          # hidden layers: the output's A is ŷ
        self.std_dW = [p.std_dW for p in profile]
        L = len(profile)
        for image, counts, edges in ((self.A_image, self.A_counts, ins.A_EDGES),
                                     (self.dW_image, self.dW_counts, ins.DW_LOG_EDGES)):
            share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)   # each layer its own scale
            image.setImage(share.T, levels=(0.0, max(float(share.max()), 1e-9)), autoLevels=False)
            image.setRect(float(edges[0]), 0.5, float(edges[-1] - edges[0]), float(L))
        for plot in (self.A_map, self.dW_map):
            plot.getPlotItem().getAxis("left").setTicks([[(k, str(k)) for k in range(1, L + 1)]])
            plot.getPlotItem().setYRange(0.5, L + 0.5, padding=0)
        self.std_plot.getPlotItem().getAxis("bottom").setTicks([[(k, str(k)) for k in range(1, L + 1)]])
        notes = [self.identical_text(data["identical"])]
        notes += self._draw_spreads(L)
        self.identical_label.setText(" ".join(notes))

    def _draw_spreads(self, L: int) -> list[str]:
        """Draw std(A), std(dW) by layer on the log axis: only finite spreads (a diverged network or a
        huge initialization gives inf or NaN), values below the floor at the floor. Returns the notes
        to show under the plots."""
        layers = np.arange(1, L + 1, dtype=float)
        std_A, std_dW = np.asarray(self.std_A, dtype=float), np.asarray(self.std_dW, dtype=float)
        drawn = []
        for curve, std in ((self.std_A_curve, std_A), (self.std_dW_curve, std_dW)):
            ok = np.isfinite(std)
            curve.setData(layers[:len(std)][ok], np.maximum(std[ok], FLOOR))   # log axis: 0 drawn at the floor
            drawn.append(std[ok])
        finite = np.concatenate(drawn)
        notes = []
        bad = [k for k in range(1, L + 1)
               if not np.isfinite(std_dW[k - 1]) or (k < L and not np.isfinite(std_A[k - 1]))]
        if bad:
            notes.append(self.tr("<b>The spread is not finite (overflow: the network diverged or its weights "
                                 "are huge) at layer {layers}:</b> only the finite points are drawn.").format(
                layers=", ".join(str(k) for k in bad)))
        if finite.size:
            logs = np.log10(np.maximum(finite, FLOOR))
            lo, hi = float(logs.min()), float(logs.max())
            pad = max(0.0, 2.0 - (hi - lo)) / 2 + 0.2             # at least two decades: flat lines look flat
            self.std_plot.getPlotItem().setYRange(lo - pad, hi + pad, padding=0)
            if float(finite.min()) < FLOOR:
                notes.append(self.tr("(A spread below 1e-12, such as an exact 0, is drawn at 1e-12.)"))
        return notes

    def identical_text(self, identical: dict) -> str:
        parts = []
        for k, groups in sorted(identical.items()):
            for g in groups:
                units = ", ".join(str(u + 1) for u in g)
                parts.append(self.tr("layer {k}: units {units} are identical").format(k=k, units=units))
        if not parts:
            return self.tr("No hidden units are copies of each other: the symmetry is broken.")
        return self.tr("<b>Copies (same incoming weights and bias, so they compute the same thing and get "
                       "the same update):</b> {list}.").format(list="; ".join(parts))

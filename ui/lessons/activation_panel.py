"""Activation explorer: every hidden activation's g(z) and g′(z) on one plot, where |g′| < 0.05
shaded (the gradient vanishes there), the live Z of a chosen layer overlaid as a histogram,
and the share of saturated or dead units per layer in numbers.

The curves come from ``nnsim.instruments.activation_curves`` (a pure function of z, fine in the
UI process); Z and the fractions come from the engine (``Snapshot.instruments["activations"]``).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnsim import curves as ins

from ..text.numbers import format_number, whole_percent as percent
from .instrument_base import SERIES, InstrumentPanel, legend_box, plot_widget, watch_label

Z_EDGES = np.linspace(-6.0, 6.0, 49)      # 48 bins of 0.25 over the plotted z range; beyond goes to the ends
Y_RANGE = (-1.2, 1.6)


def kind_word(kind: str) -> str:
    return {"dead": QCoreApplication.translate("ActivationPanel", "dead"),
            "saturated": QCoreApplication.translate("ActivationPanel", "saturated"),
            "none": QCoreApplication.translate("ActivationPanel", "never saturates")}[kind]


class ActivationPanel(InstrumentPanel):
    needs = ("activations",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActivationPanel")
        self.curves = ins.activation_curves()
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> solid lines are g(z), dashed lines g′(z). In the shaded bands "
            "|g′(z)| &lt; 0.05: a unit whose z sits there passes almost no gradient back, so it "
            "barely learns. The grey bars are where the chosen layer's z values are now: bars "
            "drifting into the shaded bands mean saturating (tanh, sigmoid) or dying (ReLU) units."), self)

        self.layer_box = QSpinBox(self)
        self.layer_box.setRange(1, 1)
        self.layer_box.setToolTip(self.tr("Whose pre-activations z to show as bars"))
        self.shade_box = QComboBox(self)
        for name in self.curves:
            self.shade_box.addItem(name, name)
        self.shade_box.setToolTip(self.tr("Which activation's saturated regions are shaded"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Histogram of z in layer"), self))
        row.addWidget(self.layer_box)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Shade where |g′| < 0.05 for"), self))
        row.addWidget(self.shade_box)
        row.addStretch(1)

        self.plot = plot_widget(self, "z", self.tr("g(z), g′(z)"))
        item = self.plot.getPlotItem()
        self.bars = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=pg.mkBrush(150, 150, 150, 90),
                                    pen=pg.mkPen(130, 130, 130, 160))
        item.addItem(self.bars)
        self.regions: list[pg.LinearRegionItem] = []
        entries = []
        for i, (name, c) in enumerate(self.curves.items()):
            colour = QColor(SERIES[i % len(SERIES)])
            entries.append((f"{name}", pg.mkPen(colour, width=2)))
            item.addItem(pg.PlotDataItem(c.z, c.value, pen=entries[-1][1]))
            item.addItem(pg.PlotDataItem(c.z, c.derivative, pen=pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DashLine)))
        self.legend = legend_box(self, entries, len(entries))      # under the plot, over no curve
        item.setXRange(-6, 6, padding=0)
        item.setYRange(*Y_RANGE, padding=0)
        item.setMouseEnabled(x=False, y=False)

        self.table = QGridLayout()
        self.table.setHorizontalSpacing(14)
        self.fraction_title = QLabel(self.tr("<b>Units passing almost no gradient, per layer</b>"), self)
        self.fraction_labels: list[QLabel] = []
        self.fractions: dict[int, float] = {}
        self.z_counts = np.zeros(len(Z_EDGES) - 1, dtype=int)
        self._shaded_for: tuple[int, int] | None = None      # (generation, layer) the shading follows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.fraction_title)
        layout.addLayout(self.table)
        self.layer_box.valueChanged.connect(lambda _v: self.optionsChanged.emit())
        self.shade_box.currentIndexChanged.connect(self._shade)
        self._shade()

    def options(self) -> dict:
        return {"layer": self.layer_box.value()}

    @Slot()
    def _shade(self) -> None:
        item = self.plot.getPlotItem()
        for r in self.regions:
            item.removeItem(r)
        curve = self.curves[self.shade_box.currentData()]
        self.regions = []
        for lo, hi in curve.saturated:
            region = pg.LinearRegionItem((lo, hi), movable=False, brush=pg.mkBrush(230, 97, 1, 40),
                                         pen=pg.mkPen(None))
            region.setZValue(-10)
            item.addItem(region)
            self.regions.append(region)

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        depth = len(snapshot.spec["sizes"]) - 1
        if self.layer_box.maximum() != depth:
            self.layer_box.blockSignals(True)
            self.layer_box.setRange(1, max(1, depth))
            self.layer_box.blockSignals(False)
        layer = self.layer_box.value()
        shown = self._layer_activation(snapshot.spec, layer)
        if (snapshot.generation, layer) != self._shaded_for:   # a new network or layer: its activation
            self._shaded_for = (snapshot.generation, layer)
            if shown in self.curves:
                self.shade_box.setCurrentIndex(self.shade_box.findData(shown))
        data = snapshot.instruments.get("activations")
        if data is None:
            return
        if data.Z is not None and data.Z.size:
            self.z_counts = ins.histogram(data.Z, Z_EDGES)
            self.bars.setData(Z_EDGES, self.z_counts / max(1, self.z_counts.max()))
        self.fractions = {k: v.fraction for k, v in data.layers.items()}
        self._fill_table(data)

    @staticmethod
    def _layer_activation(spec: dict, layer: int) -> str | None:
        """The activation name of hidden layer ``layer`` (1-based): one name for all hidden layers,
        or one per layer (a list). None for the output layer or a layer the spec does not have."""
        hidden = spec.get("activation")
        if isinstance(hidden, str):
            return hidden if layer <= len(spec.get("hidden", ())) else None
        if isinstance(hidden, (list, tuple)) and 1 <= layer <= len(hidden):
            return hidden[layer - 1]
        return None

    def _fill_table(self, data) -> None:
        rows = sorted(data.layers.values(), key=lambda v: v.layer)
        while len(self.fraction_labels) < len(rows):
            label = QLabel(self)
            label.setWordWrap(True)              # a narrow lesson column wraps the line, never widens the panel
            self.table.addWidget(label, len(self.fraction_labels) // 2, len(self.fraction_labels) % 2)
            self.fraction_labels.append(label)
        for label, v in zip(self.fraction_labels, rows):
            text = (self.tr("Layer {k} ({g}): {share} {kind}").format(
                k=v.layer, g=v.activation, share=percent(v.fraction),
                kind=kind_word(v.kind)) if v.kind != "none" else
                self.tr("Layer {k} ({g}): never saturates").format(k=v.layer, g=v.activation))
            label.setText(self.tr("{layer}; mean g′(z) {value}").format(layer=text, value=format_number(v.mean_derivative, 2))
                          if np.isfinite(v.mean_derivative) else text)
            label.setToolTip(self.tr("The mean of g′(z) over the examples and units of this layer: on average, "
                                     "the share of the gradient the layer passes back (at most 0.25 for sigmoid)"))
            label.show()
        for label in self.fraction_labels[len(rows):]:
            label.hide()
        if not rows:
            self.fraction_title.setText(self.tr("<b>No hidden layers: nothing can saturate before the output</b>"))
        else:
            self.fraction_title.setText(self.tr("<b>Units passing almost no gradient, per layer</b>"))

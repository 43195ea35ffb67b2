"""The cost curves: train, dev and test loss against the step, live while training.

What this is: a pyqtgraph plot whose items are made once and only ``setData``-ed after (it
updates ~30 times a second): the loss of each split from ``Snapshot.history``, optionally the
noisy mini-batch cost (``Snapshot.batch_costs``) faint behind them, a vertical marker where
training stopped early or diverged, a log scale to tell 0.01 from 0.001, and, when dropout is on,
J with dropout off (the ``objective`` the engine's evaluation records: the whole training set's
loss plus the penalty, no mask), the course's check that the cost falls. What this is not:
a store of history — the engine keeps a bounded, thinned history and sends its tail.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from nnsim.snapshot import HISTORY_FIELDS, Snapshot

from .. import palette
from .axes import LossAxis, locale_axes
from ..engine.link import EngineLink

SPLITS = ("train", "dev", "test")
MARKERS = 4          # event markers kept ready (early stopping, divergence; rarely more than one)


def _curve_name(split: str) -> str:
    return {"train": QCoreApplication.translate("LossPlot", "train loss"),
            "dev": QCoreApplication.translate("LossPlot", "dev loss"),
            "test": QCoreApplication.translate("LossPlot", "test loss")}[split]


def _event_name(event: str) -> str:
    return {"early_stopping": QCoreApplication.translate("LossPlot", "early stop"),
            "diverged": QCoreApplication.translate("LossPlot", "diverged")}.get(event, event)


#: Column of each field in ``Snapshot.history``.
COLUMN = {name: i for i, name in enumerate(HISTORY_FIELDS)}


class LossPlot(QWidget):
    """Train/dev/test loss curves, the mini-batch cost behind them, event markers and a log scale."""

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LossPlot")
        self.controller = controller

        self.log_box = QCheckBox(self.tr("Log scale"), self)
        self.log_box.setToolTip(self.tr("Plot the loss on a logarithmic axis, so small late improvements "
                                        "stay visible; a straight falling line is steady progress."))
        self.batch_box = QCheckBox(self.tr("Mini-batch cost"), self)
        self.batch_box.setToolTip(self.tr("Show each mini-batch's cost faintly behind the curves: it is "
                                          "noisy, and noisier still for small batches."))
        self.nodrop_box = QCheckBox(self.tr("J, dropout off"), self)
        self.nodrop_box.setObjectName("costWithoutDropout")
        self.nodrop_box.setToolTip(self.tr(
            "With dropout, J is not well defined: each step drops other units, so the mini-batch cost is a "
            "different function every time. Show J with dropout off (the whole training set, penalty "
            "included, computed at each evaluation): it should fall steadily."))
        self.nodrop_box.hide()
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        row.addWidget(self.nodrop_box)
        row.addWidget(self.batch_box)
        row.addWidget(self.log_box)

        self.plot = pg.PlotWidget(self, background=palette.BACKGROUND, axisItems=locale_axes(left=LossAxis("left")))
        self.plot.setToolTip(self.tr("The mean loss on each split as training goes on; a test curve "
                                     "that rises while the train curve falls is overfitting."))
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(palette.MUTED))
            axis.setTextPen(pg.mkPen(palette.TEXT))
            axis.enableAutoSIPrefix(False)         # 0.3, not "300" over a "(x0.001)" label
        self.retranslate()
        # the legend sits under the plot, where it never hides a curve; its entries wrap onto a
        # second row rather than run past the panel's edge (long Vietnamese names)
        self.legend_box = QWidget(self)            # its width follows the panel's, never sets it
        self.legend_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend_row = QGridLayout(self.legend_box)
        self.legend_row.setContentsMargins(0, 0, 0, 0)
        self.legend_row.setHorizontalSpacing(14)
        self.legend_row.setVerticalSpacing(2)
        self._legend_shape: tuple = ()
        self.legend_entries: dict[str, QWidget] = {}

        batch_pen = pg.mkPen(palette.BATCH_CURVE, width=1)
        self.batch_curve = pg.PlotDataItem(pen=batch_pen)
        self.batch_curve.setZValue(-5)
        item.addItem(self.batch_curve, ignoreBounds=True)     # its noise must not set the scale
        self.legend_entries["batch"] = self._legend_entry(
            QCoreApplication.translate("LossPlot", "mini-batch cost"), batch_pen)
        colours = {"train": palette.TRAIN_CURVE, "dev": palette.DEV_CURVE, "test": palette.TEST_CURVE}
        styles = {"train": Qt.PenStyle.SolidLine, "dev": Qt.PenStyle.DashLine, "test": Qt.PenStyle.SolidLine}
        self.curves: dict[str, pg.PlotDataItem] = {}
        for split in SPLITS:
            pen = pg.mkPen(colours[split], width=2, style=styles[split])
            curve = pg.PlotDataItem(pen=pen, connect="finite")
            item.addItem(curve)
            self.curves[split] = curve
            self.legend_entries[split] = self._legend_entry(_curve_name(split), pen)
        nodrop_pen = pg.mkPen(palette.TRAIN_CURVE, width=2, style=Qt.PenStyle.DotLine)
        self.nodrop_curve = pg.PlotDataItem(pen=nodrop_pen, connect="finite")
        item.addItem(self.nodrop_curve)
        self.nodrop_curve.hide()
        self.legend_entries["nodrop"] = self._legend_entry(
            QCoreApplication.translate("LossPlot", "J, dropout off"), nodrop_pen)
        self.markers: list[pg.InfiniteLine] = []
        for _ in range(MARKERS):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(palette.MUTED, width=1.5,
                                                                      style=Qt.PenStyle.DashLine),
                                   label="", labelOpts={"position": 0.92, "color": palette.TEXT,
                                                        "fill": pg.mkBrush(255, 255, 255, 200)})
            line.hide()
            item.addItem(line)
            self.markers.append(line)
        self._last: Snapshot | None = None

        self.log_box.toggled.connect(self._set_log)
        self.batch_box.toggled.connect(self._set_batch)
        self.nodrop_box.toggled.connect(self._set_nodrop)
        self.batch_curve.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        for key in ("train", "dev", "test", "batch", "nodrop"):
            self.legend_entries[key].hide()
        layout.addWidget(self.legend_box)

    def retranslate(self) -> None:
        """The axes' labels in the current language (pyqtgraph's items are not widgets: the window's
        retranslation of labels and buttons does not reach them)."""
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("step"))
        item.setLabel("left", self.tr("loss"))

    # -- snapshots ------------------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Put the snapshot's history on the existing curves (setData only)."""
        self._last = snapshot
        history = snapshot.history
        steps = history[:, COLUMN["step"]]
        for split, curve in self.curves.items():
            y = self._guard(history[:, COLUMN[f"{split}_loss"]])
            y = np.where(np.isfinite(y), y, np.nan)
            ok = np.isfinite(steps) & np.isfinite(y)
            curve.setData(steps[ok], y[ok])
            self.legend_entries[split].setVisible(bool(np.isfinite(y).any()))
        self._paint_without_dropout(snapshot, steps)
        self._place_legend()
        if self.batch_box.isChecked():
            self._paint_batches(snapshot)
        events = [(r.get("step"), r["event"]) for r in snapshot.events]
        for line, (step, event) in zip(self.markers, events[-MARKERS:]):
            line.setValue(float(step or 0))
            line.label.setText(_event_name(event))
            line.show()
        for line in self.markers[len(events[-MARKERS:]):]:
            line.hide()

    def _paint_without_dropout(self, snapshot: Snapshot, steps: np.ndarray) -> None:
        """J with dropout off beside the curves, offered while dropout is on."""
        keep = snapshot.config.get("training", {}).get("keep_prob", 1.0)
        dropout = any(float(p) < 1.0 for p in (keep if isinstance(keep, (list, tuple)) else [keep]))
        self.nodrop_box.setVisible(dropout)
        on = dropout and self.nodrop_box.isChecked()
        self.nodrop_curve.setVisible(on)
        self.legend_entries["nodrop"].setVisible(on)
        if on:
            y = self._guard(snapshot.history[:, COLUMN["objective"]])
            ok = np.isfinite(steps) & np.isfinite(y)
            self.nodrop_curve.setData(steps[ok], y[ok])

    def _paint_batches(self, snapshot: Snapshot) -> None:
        b = np.asarray(snapshot.batch_costs, dtype=float).reshape(-1, 2)
        cost = self._guard(b[:, 1].copy())
        ok = np.isfinite(b[:, 0]) & np.isfinite(cost)
        self.batch_curve.setData(b[ok, 0], cost[ok])

    def _guard(self, y: np.ndarray) -> np.ndarray:
        """Values a log axis cannot show (≤ 0) become NaN, a gap, rather than a warning."""
        if self.log_box.isChecked():
            y = y.copy()
            with np.errstate(invalid="ignore"):
                y[~(y > 0)] = np.nan
        return y

    def _legend_entry(self, name: str, pen: QPen) -> QWidget:
        return legend_entry(self, name, pen)

    # -- the check boxes ------------------------------------------------------------------------
    def _set_log(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(x=False, y=on)
        if self._last is not None:
            self.show_snapshot(self._last)
        self.plot.getPlotItem().enableAutoRange()

    def _set_nodrop(self, on: bool) -> None:
        if self._last is not None:
            self.show_snapshot(self._last)

    def _set_batch(self, on: bool) -> None:
        self.batch_curve.setVisible(on)
        self.legend_entries["batch"].setVisible(on)
        self._place_legend()
        if on and self._last is not None:
            self._paint_batches(self._last)

    def _place_legend(self) -> None:
        """The legend's shown entries in as many columns as the width holds (one row if it can)."""
        shown = [k for k in ("train", "dev", "test", "nodrop", "batch") if not self.legend_entries[k].isHidden()]
        widths = [self.legend_entries[k].sizeHint().width() for k in shown]
        room = self.width() - 8
        gap = self.legend_row.horizontalSpacing()
        columns = max(1, len(shown))
        while columns > 1 and max(sum(widths[i:i + columns]) + gap * (columns - 1)
                                  for i in range(0, len(widths), columns)) > room:
            columns -= 1
        if (tuple(shown), columns) == self._legend_shape:
            return
        self._legend_shape = (tuple(shown), columns)
        for entry in self.legend_entries.values():
            self.legend_row.removeWidget(entry)
        for c in range(5):
            self.legend_row.setColumnStretch(c, 0)
        for i, key in enumerate(shown):
            self.legend_row.addWidget(self.legend_entries[key], i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
        self.legend_row.setColumnStretch(columns, 1)

    def resizeEvent(self, event) -> None:                  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_legend()


def legend_entry(parent: QWidget, name: str, pen: QPen) -> QWidget:
    """A short line in the curve's pen and its name: a legend entry beside a plot, never over it."""
    pixmap = QPixmap(22, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sample = QPen(pen)
    sample.setCosmetic(True)
    sample.setWidthF(max(1.5, pen.widthF()))
    painter.setPen(sample)
    painter.drawLine(1, 5, 21, 5)
    painter.end()
    entry = QWidget(parent)
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    icon = QLabel(entry)
    icon.setPixmap(pixmap)
    row.addWidget(icon)
    row.addWidget(QLabel(name, entry))
    return entry


def legend_box(parent: QWidget, entries: list[tuple[str, QPen]], columns: int) -> QWidget:
    """A plot's legend as a small grid of entries (``columns`` wide) to put under the plot, where it
    hides no curve (issue 13: legends outside the curves)."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(4, 0, 4, 0)
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(2)
    for i, (name, pen) in enumerate(entries):
        grid.addWidget(legend_entry(box, name, pen), i // columns, i % columns, Qt.AlignmentFlag.AlignLeft)
    grid.setColumnStretch(columns, 1)
    return box

"""One run of Compare runs: its own Controller (engine process) and config, and its boundary thumbnail."""
from __future__ import annotations

import copy

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import palette
from ..engine.controller import Controller
from ..views.axes import locale_axes
from ..views.boundary_colours import boundary_rgb


class CompareRun(QObject):
    """One run: a label, a colour and a Controller (its own engine process) on its own config."""

    updated = Signal(object)           # this run, after a new snapshot

    def __init__(self, label: str, config: dict, colour: QColor, change: tuple[str, object] | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label, self.colour, self.change = label, colour, change
        self.data = None               # the newest DataView seen (snapshots carry it only when it changed)
        self.controller = Controller(copy.deepcopy(config), self)
        self.controller.snapshotReady.connect(self._on_snapshot)

    @property
    def snapshot(self):
        return self.controller.snapshot

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        if snap.data is not None:
            self.data = snap.data
        self.updated.emit(self)

    def shutdown(self) -> None:
        self.controller.shutdown()


class BoundaryThumb(QWidget):
    """A small decision-boundary image of one run, its training points on top, titled in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.plot = pg.PlotWidget(self, background=palette.BACKGROUND, axisItems=locale_axes())
        self.plot.setMinimumSize(150, 150)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        self.plot.getViewBox().setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.points = pg.ScatterPlotItem(size=4, pen=pg.mkPen(palette.BACKGROUND, width=0.5))
        self.plot.addItem(self.points)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self._range = None

    def show_run(self, run: CompareRun) -> None:
        self.title.setText(f"<b style='color:{run.colour.name()}'>{run.label}</b>")
        snap = run.snapshot
        b = snap.boundary if snap is not None else None
        if b is None or np.ndim(b.values) != 3 or b.values.shape[0] < 2 or b.values.shape[1] < 2:
            self.image.clear()
            return
        rows, cols = b.values.shape[:2]
        self.image.setImage(boundary_rgb(b.values, snap.spec.get("output", "sigmoid")), autoLevels=False)
        (x0, x1), (y0, y1) = b.x_range, b.y_range
        dx, dy = (x1 - x0) / (cols - 1), (y1 - y0) / (rows - 1)
        self.image.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        if (b.x_range, b.y_range) != self._range:
            self._range = (b.x_range, b.y_range)
            self.plot.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        d = run.data
        if d is not None and len(d.train) and b.columns[1] < d.X.shape[1]:
            idx = np.asarray(d.train)
            X, y = d.X[idx], np.asarray(d.y)[idx]
            a, c = b.columns
            brushes = [palette.class_color(int(v)) if float(v).is_integer() else palette.MUTED for v in y]
            self.points.setData(X[:, a], X[:, c], brush=brushes)

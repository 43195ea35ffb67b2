"""The decision-boundary view: the network's output over the input plane, with the data on top.

What this is: a pyqtgraph plot of the grid the engine evaluated (``Snapshot.boundary``) —
for a sigmoid output the probability of class 1 on the diverging map (0.5 white), for a
softmax output the predicted class's colour, paler where the network is less sure, for a
linear output the predicted surface with a scale of values — the train, dev and test points
of the last ``DataView`` on top, a key under the plot, a choice of the two columns spanned
when the data has more than two, and a draw mode in which clicks add and remove points
(through ``controller.set_points``, undoable). What this is not: an evaluator; the grid arrives
computed, this view only maps numbers to colours (``boundary_colours``; the key is in
``boundary_key``).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from nnsim.commands import SetSlice
from nnsim.data import MAX_CLASSES
from nnsim.snapshot import DataView, Snapshot

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_number
from .axes import locale_axes
from .boundary_colours import boundary_rgb, level_t, marker_style, on_lut, regression_levels
from .boundary_key import BoundaryKey
from .projection import ProjectionView
from ..engine.link import EngineLink


# -- the plot's view box ----------------------------------------------------------------------
class DrawViewBox(pg.ViewBox):
    """A ViewBox that, in draw mode, turns left/right clicks into point edits (no menu, no panning)."""

    def __init__(self, on_click, on_pick=None) -> None:
        super().__init__()
        self.drawing = False
        self._on_click = on_click
        self._on_pick = on_pick          # outside draw mode: a left click; True if it picked a point

    def set_drawing(self, drawing: bool) -> None:
        self.drawing = drawing
        self.setMouseEnabled(not drawing, not drawing)
        self.setMenuEnabled(not drawing)

    def mouseClickEvent(self, ev) -> None:                      # noqa: N802 (Qt's name)
        if self.drawing and ev.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            ev.accept()
            self._on_click(ev.button(), self.mapSceneToView(ev.scenePos()))
            return
        if (not self.drawing and ev.button() == Qt.MouseButton.LeftButton and self._on_pick is not None
                and self._on_pick(self.mapSceneToView(ev.scenePos()))):
            ev.accept()
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:            # noqa: N802
        if self.drawing:
            ev.ignore()
            return
        super().mouseDragEvent(ev, axis)


class PointsItem(pg.ScatterPlotItem):
    """Data points that never take a click: a click on a point reaches the view box (draw mode)."""

    def mouseClickEvent(self, ev) -> None:                      # noqa: N802
        ev.ignore()


class SquareHolder(QWidget):
    """Holds the plot as a square-ish area centred in whatever space the dock gives: with the aspect
    ratio locked, a wide, short plot would otherwise be mostly empty margins."""

    AXES = 12          # the left axis is about this much wider than the bottom one is tall

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def resizeEvent(self, event) -> None:                        # noqa: N802
        w, h = self.width(), self.height()
        side = min(w, h + self.AXES)
        self.child.setGeometry((w - side) // 2, 0, side, h)

    def sizeHint(self):                                          # noqa: N802
        return self.child.sizeHint()


# -- the view ---------------------------------------------------------------------------------
PICK_PIXELS = 8                  # a click this close to a training point picks it


class BoundaryView(QWidget):
    """The output over the input plane, the data points on it, slice choice and point drawing.

    Outside draw mode a left click on a training point emits ``pointClicked(row)``, the row in the
    whole data set (``DataView.X``); the step panel focuses that example if it is in the batch.
    """

    pointClicked = Signal(int)

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoundaryView")
        self.controller = controller
        self._data: DataView | None = None
        self._output = "sigmoid"
        self._levels = (-1.0, 1.0)
        self._ranges: tuple | None = None
        self._edited: tuple[list, list] | None = None     # points being drawn, ahead of the engine
        self._sent: list[np.ndarray] = []                 # point sets sent, not yet seen back
        self._slice: tuple[int, int] = (0, 1)             # the columns on the axes
        self._asked: tuple[int, int] = (0, 1)             # the columns last asked for

        # draw row
        self.draw_button = QToolButton(self)
        self.draw_button.setText(self.tr("Draw points"))
        self.draw_button.setCheckable(True)
        self._draw_tip = self.tr(
            "Draw your own data: left click adds a point of the chosen class, right click removes the "
            "nearest; watch how the boundary bends to fit the points you add.")
        self.draw_button.setToolTip(self._draw_tip)
        self.draw_button.toggled.connect(self._set_drawing)
        self.class_combo = QComboBox(self)
        self.class_combo.setToolTip(self.tr("The class of the points a left click adds."))
        self.draw_hint = QLabel(self.tr("Left click: add · right click: remove"), self)
        self.draw_hint.setStyleSheet(f"color: {palette.MUTED.name()};")
        draw_row = QHBoxLayout()
        draw_row.setSpacing(6)
        draw_row.addWidget(self.draw_button)
        draw_row.addWidget(self.class_combo)
        draw_row.addWidget(self.draw_hint)
        draw_row.addStretch(1)

        # slice row (data with more than two columns)
        self.x_combo = QComboBox(self)
        self.x_combo.setToolTip(self.tr("The input column along the horizontal axis; the picture is a "
                                        "slice through the other inputs."))
        self.y_combo = QComboBox(self)
        self.y_combo.setToolTip(self.tr("The input column along the vertical axis; the picture is a "
                                        "slice through the other inputs."))
        self.x_combo.activated.connect(lambda _i: self._slice_chosen(self.x_combo))
        self.y_combo.activated.connect(lambda _i: self._slice_chosen(self.y_combo))
        self.slice_widget = QWidget(self)
        slice_row = QHBoxLayout(self.slice_widget)
        slice_row.setContentsMargins(0, 0, 0, 0)
        slice_row.addWidget(QLabel(self.tr("Horizontal:")))
        slice_row.addWidget(self.x_combo, 1)
        slice_row.addWidget(QLabel(self.tr("Vertical:")))
        slice_row.addWidget(self.y_combo, 1)
        self.held_label = QLabel(self)
        self.held_label.setWordWrap(True)
        self.held_label.setStyleSheet(f"color: {palette.MUTED.name()};")
        self.held_label.setToolTip(self.tr("The network sees every input: the columns not on the axes "
                                           "are fixed at these values, so points off this slice may "
                                           "look misplaced."))

        # the plot
        self.view_box = DrawViewBox(self._plot_clicked, self._pick)
        self.plot = pg.PlotWidget(self, viewBox=self.view_box, background=palette.BACKGROUND, axisItems=locale_axes())
        self.plot.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)   # a smooth heatmap
        self.plot.setToolTip(self.tr("The network's output over the input plane, with the data on top; "
                                     "test points far inside the other colour are mistakes."))
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False, enableViewBoxMenu=True)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(palette.MUTED))
            axis.setTextPen(pg.mkPen(palette.TEXT))
            axis.enableAutoSIPrefix(False)         # 0.3, not "300" over a "(x0.001)" label
        self.view_box.setAspectLocked(True)
        self.view_box.disableAutoRange()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.points: dict[str, PointsItem] = {}
        for z, split in enumerate(("test", "dev", "train")):
            scatter = PointsItem(pxMode=True)
            scatter.setZValue(z)
            self.plot.addItem(scatter)
            self.points[split] = scatter
        self.train_points, self.dev_points, self.test_points = (self.points[s] for s in ("train", "dev", "test"))
        self.key = BoundaryKey(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(draw_row)
        layout.addWidget(self.slice_widget)
        layout.addWidget(self.held_label)
        self.holder = SquareHolder(self.plot, self)
        layout.addWidget(self.holder, 1)
        layout.addWidget(self.key)
        self.projection = ProjectionView(self)      # many inputs: instead of the boundary's slice
        layout.addWidget(self.projection, 1)
        self.projection.hide()
        self.slice_widget.hide()
        self.held_label.hide()
        self._set_drawing(False)
        self._set_classes(2, ())

    # -- snapshots ------------------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Paint the snapshot's boundary grid (and its data, when it brings any)."""
        self._output = snapshot.spec.get("output", "sigmoid")
        if snapshot.data is not None:
            self._set_data(snapshot.data, snapshot.spec.get("output") == "softmax")
        if self._show_projection(getattr(snapshot, "projection", None)):
            return
        b = snapshot.boundary
        if b is None or b.values.ndim != 3 or b.values.shape[0] < 2 or b.values.shape[1] < 2:
            self.image.clear()
            return
        rows, cols = b.values.shape[:2]
        self.image.setImage(boundary_rgb(b.values, self._output, self._levels), autoLevels=False)
        (x0, x1), (y0, y1) = b.x_range, b.y_range
        dx, dy = (x1 - x0) / (cols - 1), (y1 - y0) / (rows - 1)
        # grid values sit at pixel centres: the image reaches half a pixel past the range
        self.image.setRect(QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))
        ranges = (b.x_range, b.y_range, b.columns)
        if ranges != self._ranges:
            self._ranges = ranges
            self._frame(b)
        self._show_slice(b)
        names = self._data.label_names if self._data is not None else ()
        mode = {"sigmoid": "sigmoid", "softmax": "softmax"}.get(self._output, "linear")
        splits = ("train",) + tuple(s for s in ("dev", "test") if self._data is not None
                                    and len(getattr(self._data, s)))
        self.key.set_key(mode, tuple(names), self._levels, splits)

    def _show_projection(self, projection) -> bool:
        """Many-input data: the projection view instead of the boundary plot; whether it is on show."""
        on = projection is not None
        if on:
            data = self._data
            names = tuple(data.label_names) if data is not None and data.label_names else ()
            self.projection.show_projection(projection, names, projection.image)
        for widget in (self.slice_widget, self.held_label, self.holder, self.key):
            if on:
                widget.hide()
        if not on and self.projection.isVisible():
            self.holder.show()
            self.key.show()
        self.projection.setVisible(on)
        return on

    def _frame(self, b) -> None:
        """Show the whole grid; lock the aspect ratio unless the two columns' scales differ a lot."""
        (x0, x1), (y0, y1) = b.x_range, b.y_range
        ratio = (x1 - x0) / (y1 - y0) if y1 > y0 else 1.0
        self.view_box.setAspectLocked(0.2 <= ratio <= 5.0)
        self.view_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        columns = self._data.columns if self._data is not None else ("x1", "x2")
        a, c = b.columns
        item = self.plot.getPlotItem()
        item.setLabel("bottom", columns[a] if a < len(columns) else "")
        item.setLabel("left", columns[c] if c < len(columns) else "")

    def _set_data(self, data: DataView, softmax: bool) -> None:
        self._data = data
        self._levels = regression_levels(data.y) if data.task == "regression" else (-1.0, 1.0)
        self._forget_edits(data)
        self._ranges = None                     # new data: frame the plot again
        self._paint_points()
        drawable = data.task == "classification" and len(data.columns) == 2 and not data.thinned
        classes = MAX_CLASSES if softmax and drawable else data.classes
        self._set_classes(max(2, classes), data.label_names)
        self.draw_button.setEnabled(drawable)
        self.draw_button.setToolTip(self._draw_tip if drawable else self.tr(
            "Drawing points works on classification data with two input columns; pick a generated "
            "classification data set to draw."))
        if not drawable:
            self.draw_button.setChecked(False)
        self._set_columns(data.columns)
        self.plot.setTitle(arg(self.tr("%1 of %2 points drawn (an even sample)"), format_number(data.shown), format_number(data.total)) if data.thinned else None)

    def _paint_points(self) -> None:
        data = self._data
        if data is None:
            return
        X = np.asarray(data.X, dtype=float)
        last = X.shape[1] - 1 if X.ndim == 2 else -1
        a, b = min(self._slice[0], last), min(self._slice[1], last)     # one column: plotted against itself
        for split, scatter in self.points.items():
            idx = np.asarray(getattr(data, split), dtype=int)
            if last < 0 or idx.size == 0:
                scatter.setData(x=[], y=[])
                continue
            colours = self._point_colours(data, idx)
            pens, brushes = [], []
            for c in colours:
                pen, brush, _symbol, _size = marker_style(split, c)
                pens.append(pen)
                brushes.append(brush)
            _pen, _brush, symbol, size = marker_style(split, palette.MUTED)
            scatter.setData(x=X[idx, a], y=X[idx, b], pen=pens, brush=brushes, symbol=symbol, size=size)

    def _point_colours(self, data: DataView, idx: np.ndarray) -> list[QColor]:
        if data.task == "regression":
            rgb = on_lut(level_t(np.asarray(data.y)[idx], self._levels))
            return [QColor(*(int(round(v)) for v in c)) for c in rgb]
        return [palette.class_color(int(k)) for k in np.asarray(data.y)[idx]]

    # -- the slice ------------------------------------------------------------------------------
    def _set_columns(self, columns: tuple[str, ...]) -> None:
        many = len(columns) > 2
        self.slice_widget.setVisible(many)
        self.held_label.setVisible(many)
        for combo in (self.x_combo, self.y_combo):
            if [combo.itemText(i) for i in range(combo.count())] != list(columns):
                combo.blockSignals(True)
                combo.clear()
                combo.addItems(list(columns))
                combo.blockSignals(False)

    def _show_slice(self, b) -> None:
        a, c = b.columns
        if b.columns != self._slice:
            self._slice = self._asked = tuple(b.columns)
            self._paint_points()                    # the points follow the columns spanned
        for combo, col in ((self.x_combo, a), (self.y_combo, c)):
            if combo.currentIndex() != col and col < combo.count():
                combo.blockSignals(True)
                combo.setCurrentIndex(col)
                combo.blockSignals(False)
        if b.held:
            parts = [f"{name} = {format_number(value, 3)}" for name, value in b.held.items()]
            self.held_label.setText(arg(self.tr("Other columns held at their mean: %1"), ", ".join(parts)))
        else:
            self.held_label.clear()

    def _slice_chosen(self, combo: QComboBox) -> None:
        a, b = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        old_a, old_b = self._asked
        if a == b:                                  # the same column twice: swap the axes
            if combo is self.x_combo:
                b = old_a
                self.y_combo.setCurrentIndex(b)
            else:
                a = old_b
                self.x_combo.setCurrentIndex(a)
        if (a, b) != self._asked and a >= 0 and b >= 0:
            self._asked = (a, b)
            self.controller.send(SetSlice((a, b)))

    # -- drawing --------------------------------------------------------------------------------
    def _set_classes(self, n: int, names: tuple[str, ...]) -> None:
        labels = [names[k] if k < len(names) else str(k) for k in range(n)]
        current = [self.class_combo.itemText(i) for i in range(self.class_combo.count())]
        if current == [arg(self.tr("Class %1"), s) for s in labels]:
            return
        keep = max(0, self.class_combo.currentIndex())
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for k, s in enumerate(labels):
            pixmap = QPixmap(12, 12)
            pixmap.fill(palette.class_color(k))
            self.class_combo.addItem(QIcon(pixmap), arg(self.tr("Class %1"), s))
        self.class_combo.setCurrentIndex(min(keep, n - 1))
        self.class_combo.blockSignals(False)

    def _set_drawing(self, drawing: bool) -> None:
        self.view_box.set_drawing(drawing)
        self.class_combo.setVisible(drawing)
        self.draw_hint.setVisible(drawing)
        if drawing:
            self.plot.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.plot.viewport().unsetCursor()

    def _editable(self) -> tuple[list, list] | None:
        """The points being edited: those drawn and not yet echoed, else the data on screen."""
        if self._edited is not None:
            return list(self._edited[0]), list(self._edited[1])
        d = self._data
        if d is None or d.task != "classification" or d.X.ndim != 2 or d.X.shape[1] != 2:
            return None
        return [(float(x), float(y)) for x, y in d.X], [int(k) for k in d.y]

    def _plot_clicked(self, button: Qt.MouseButton, pos: QPointF) -> None:
        points = self._editable()
        if points is None:
            return
        X, y = points
        if button == Qt.MouseButton.LeftButton:
            X.append((float(pos.x()), float(pos.y())))
            y.append(max(0, self.class_combo.currentIndex()))
            text = QCoreApplication.translate("BoundaryView", "Add a point")
        else:
            if not X:
                return
            pw, ph = self.view_box.viewPixelSize()
            P = np.asarray(X, dtype=float)
            d2 = ((P[:, 0] - pos.x()) / (pw or 1.0)) ** 2 + ((P[:, 1] - pos.y()) / (ph or 1.0)) ** 2
            i = int(np.argmin(d2))
            del X[i], y[i]
            text = QCoreApplication.translate("BoundaryView", "Remove a point")
        self._send_points(X, y, text)

    def point_at(self, pos: QPointF) -> int | None:
        """The data-set row of the training point nearest ``pos`` (plot coordinates), if within
        ``PICK_PIXELS`` on screen."""
        d = self._data
        if d is None or d.X.ndim != 2 or len(d.train) == 0:
            return None
        last = d.X.shape[1] - 1
        a, b = min(self._slice[0], last), min(self._slice[1], last)
        rows = np.asarray(d.train, dtype=int)
        pw, ph = self.view_box.viewPixelSize()
        P = np.asarray(d.X, dtype=float)[rows]
        d2 = ((P[:, a] - pos.x()) / (pw or 1.0)) ** 2 + ((P[:, b] - pos.y()) / (ph or 1.0)) ** 2
        i = int(np.argmin(d2))
        return int(rows[i]) if d2[i] <= PICK_PIXELS ** 2 else None

    def _pick(self, pos: QPointF) -> bool:
        row = self.point_at(pos)
        if row is None:
            return False
        self.pointClicked.emit(row)
        return True

    def _send_points(self, X: list, y: list, text: str) -> None:
        classes = self._data.classes if self._data is not None else 2
        if y:
            classes = max(classes, max(y) + 1)
        self._edited = (X, y)
        self._sent.append(np.asarray(X, dtype=float).reshape(-1, 2))
        self.controller.set_points(tuple(X), tuple(y), classes, text)

    def _forget_edits(self, data: DataView) -> None:
        """New data arrived: if it is the newest set drawn, or not a drawn set at all, it is the truth."""
        X = np.asarray(data.X, dtype=float)
        for i, sent in enumerate(self._sent):
            if sent.shape == X.shape and np.array_equal(sent, X):
                del self._sent[:i + 1]
                if not self._sent:
                    self._edited = None
                return
        self._sent.clear()                          # undo, new data, a loaded file: start from it
        self._edited = None

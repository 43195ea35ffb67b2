"""The projection view: many-input data shown in 2-D, where a decision boundary over two columns says little.

What this is: the test examples on the first two principal components of the training inputs
(``Snapshot.projection``, computed by ``nnsim.observe.projection``), each a dot filled with
its true class's colour and ringed with the predicted class's; a misclassified one is drawn
as a cross. Clicking one shows it (its 8×8 image for image data) with the network's class
probabilities, kept up to date while training.

What this is not: mathematics. Points, predictions and probabilities arrive computed; this
module maps them to colours and words.
"""
from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_percent
from .axes import locale_axes

IMAGE_PIXELS = 64          # the clicked example's picture, on screen
PLOT_HEIGHT = 110          # at least, so that a small dock keeps a readable plot
DETAIL_WIDTH = 150         # the clicked example's words, right of the plot
SHOWN_CLASSES = 3          # the most probable classes listed for the clicked example


def grey_image(raw: np.ndarray, shape: tuple[int, int]) -> QPixmap:
    """An example's pixels as a picture: ink dark on white, as the data set's images are drawn."""
    v = np.nan_to_num(np.asarray(raw, dtype=float).reshape(shape))
    top = v.max() if v.size and v.max() > 0 else 1.0
    grey = np.ascontiguousarray(np.round(255 * (1.0 - np.clip(v / top, 0.0, 1.0))).astype(np.uint8))
    image = QImage(grey.tobytes(), shape[1], shape[0], shape[1], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image).scaled(IMAGE_PIXELS, IMAGE_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.FastTransformation)


class ProjectionView(QWidget):
    """The test examples on two principal components; ``show(projection, names, image_shape)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectionView")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(self, background=palette.BACKGROUND, axisItems=locale_axes())
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().hideButtons()
        self.plot.setMinimumHeight(PLOT_HEIGHT)
        for side in ("top", "right"):
            self.plot.getPlotItem().hideAxis(side)
        self.scatter = pg.ScatterPlotItem(size=8, hoverable=False)
        self.scatter.sigClicked.connect(self._clicked)
        self.plot.addItem(self.scatter)
        self.image = QLabel(self)
        self.image.setFixedSize(IMAGE_PIXELS, IMAGE_PIXELS)
        self.image.hide()
        self.detail = QLabel(self.tr("Click an example: its class probabilities."), self)
        self.detail.setWordWrap(True)
        self.detail.setFixedWidth(DETAIL_WIDTH)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.addWidget(self.image)
        side.addWidget(self.detail, 1)
        row = QHBoxLayout()
        row.addWidget(self.plot, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(row, 1)
        self.projection: Any = None
        self.names: tuple[str, ...] = ()
        self.image_shape: tuple[int, int] | None = None
        self.selected: int | None = None        # a data-set row
        self._drawn: tuple | None = None

    def show_projection(self, projection: Any, names: tuple[str, ...], image_shape: tuple[int, int] | None) -> None:
        """Draw ``projection`` (``nnsim.snapshot.Projection``); redraw the dots only when predictions change."""
        self.projection, self.image_shape = projection, image_shape
        K = projection.probabilities.shape[1]
        self.names = tuple(names) if len(names) == K else tuple(str(k) for k in range(K))
        key = (projection.rows.tobytes(), projection.predicted.tobytes())
        if key != self._drawn:
            self._drawn = key
            self._draw()
        self._show_selected()

    def _draw(self) -> None:
        p = self.projection
        y, pred = np.asarray(p.y), np.asarray(p.predicted)
        wrong = y != pred
        brushes = [pg.mkBrush(palette.class_color(k)) for k in range(len(self.names))]
        rings = [pg.mkPen(palette.class_color(k), width=2) for k in range(len(self.names))]
        self.scatter.setData(
            pos=np.asarray(p.points, dtype=float), data=np.asarray(p.rows),
            brush=[brushes[k] for k in y.tolist()], pen=[rings[k] for k in pred.tolist()],
            symbol=["x" if w else "o" for w in wrong.tolist()], size=[13 if w else 8 for w in wrong.tolist()])
        share = [format_percent(round(float(v), 3)) for v in p.explained]    # one decimal: 12.2%, 9.6%
        caption = arg(self.tr(
            "%1 test examples on the two principal components, the directions along which the training "
            "inputs vary most: PC 1 across (%2 of the variance), PC 2 up (%3). Fill: true class; ring: "
            "predicted class; ×: misclassified (%4)."), len(y), share[0], share[1], int(wrong.sum()))
        self.caption.setText(html.escape(caption) + "<br>" + " ".join(
            f"<span style='color:{palette.class_color(k).name()}'>■</span>&nbsp;{html.escape(name)}"
            for k, name in enumerate(self.names)))

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if len(points):
            self.selected = int(points[0].data())
            self._show_selected()

    def select_row(self, row: int) -> None:
        """Show data-set row ``row`` as if clicked (for tests and the keyboard)."""
        self.selected = int(row)
        self._show_selected()

    def _show_selected(self) -> None:
        p = self.projection
        if p is None or self.selected is None:
            return
        where = np.flatnonzero(np.asarray(p.rows) == self.selected)
        if not len(where):
            return
        n = int(where[0])
        probs = np.asarray(p.probabilities[n], dtype=float)
        order = np.argsort(-probs)[:SHOWN_CLASSES].tolist()
        lines = [arg(self.tr("Row %1: class %2, predicted %3."), self.selected,
                     self.names[int(p.y[n])], self.names[int(p.predicted[n])]), self.tr("Probabilities:")]
        lines += [f"{self.names[k]}: {format_percent(probs[k])}" for k in order]
        self.detail.setText("\n".join(lines))
        if self.image_shape is not None:
            self.image.setPixmap(grey_image(p.raw[n], self.image_shape))
            self.image.show()
        else:
            self.image.hide()

    def shown_points(self) -> np.ndarray:
        """The dots' positions as drawn (for tests)."""
        x, y = self.scatter.getData()
        return np.column_stack([x, y])

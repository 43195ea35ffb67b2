"""Draw a digit: a 32×32 pad the learner paints, and the network's class probabilities for it (issue 16).

What this is: the bitmap the data set's pixels were counted from (32×32 black and white for the
8×8 digits, ``nnsim.data.BITMAP_BLOCK`` × larger), painted with the mouse or a pen in strokes
``BRUSH`` bitmap pixels thick (left button draws, right button erases, Clear wipes it); each
change is sent to the engine (``Controller.set_drawn``, fitted, centred and counted into 8×8
pixels of ink 0..16 there as the data set's images were), and every
snapshot's ``Snapshot.drawn`` comes back with the class probabilities, shown as bars with the
class names, the predicted class, and the drawing as the network sees it. They follow the
network while it trains.

What this is not: a classifier. The fitting, the standardisation and the forward pass are the
engine's; this module keeps the pixels drawn and paints what comes back.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from nnsim.data import BITMAP_BLOCK, SHIPPED

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_percent
from .projection import grey_image

CELL = 5                # a pixel of the pad's bitmap on screen
BRUSH = 2.2             # the pen's radius, in bitmap pixels: strokes about 4 pixels thick, like the data set's
SEEN_PIXELS = 40        # the drawing as the network sees it
SMALLEST = 0.001        # probabilities below this read "under 0.1 %"


def image_shape(snapshot: Any) -> tuple[int, int] | None:
    """(height, width) when the snapshot's run learns a shipped data set of images fed whole, else None."""
    entry = SHIPPED.get(snapshot.config.get("data", {}).get("dataset"))
    shape = getattr(entry, "image", None)
    return tuple(shape) if shape is not None and len(snapshot.feature_names) == shape[0] * shape[1] else None


def class_names(snapshot: Any) -> tuple[str, ...]:
    entry = SHIPPED.get(snapshot.config.get("data", {}).get("dataset"))
    return tuple(entry.label_names) if entry is not None else ()


class PadGrid(QWidget):
    """The pad's bitmap: ``values`` (H·W,) ink 0 or 1, H×W = ``shape`` × ``BITMAP_BLOCK``;
    ``changed`` after each piece of a stroke. A stroke is drawn as a round pen along the path."""

    changed = Signal()

    def __init__(self, shape: tuple[int, int] = (8, 8), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrawPadGrid")
        self.shape = (shape[0] * BITMAP_BLOCK, shape[1] * BITMAP_BLOCK)
        self.values = np.zeros(self.shape[0] * self.shape[1])
        self.setFixedSize(self.shape[1] * CELL + 1, self.shape[0] * CELL + 1)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._last: tuple[float, float] | None = None
        rr, cc = np.mgrid[0:self.shape[0], 0:self.shape[1]]
        self._centres = (rr + 0.5, cc + 0.5)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        r, c = pos.y() // CELL, pos.x() // CELL
        return (r, c) if 0 <= r < self.shape[0] and 0 <= c < self.shape[1] else None

    def cell_centre(self, r: int, c: int) -> QPoint:
        return QPoint(c * CELL + CELL // 2, r * CELL + CELL // 2)

    def paint_line(self, a: tuple[float, float], b: tuple[float, float], erase: bool = False) -> None:
        """Ink (erase: clear) every bitmap pixel within ``BRUSH`` of the segment a–b, in bitmap
        pixels (row, column) measured from the top left corner."""
        (r0, c0), (r1, c1) = a, b
        rr, cc = self._centres
        dr, dc = r1 - r0, c1 - c0
        length = dr * dr + dc * dc
        u = np.clip(((rr - r0) * dr + (cc - c0) * dc) / length, 0.0, 1.0) if length else 0.0
        near = (rr - r0 - u * dr) ** 2 + (cc - c0 - u * dc) ** 2 <= BRUSH ** 2
        self.values.reshape(self.shape)[near] = 0.0 if erase else 1.0
        self.update()
        self.changed.emit()

    def paint_cell(self, r: int, c: int, erase: bool = False) -> None:
        """A dab of the pen centred on bitmap pixel (r, c)."""
        self.paint_line((r + 0.5, c + 0.5), (r + 0.5, c + 0.5), erase)

    def clear(self) -> None:
        self.values[:] = 0.0
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._last = None
        self._stroke(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._stroke(event)

    def _stroke(self, event: QMouseEvent) -> None:
        buttons = event.buttons()
        erase = bool(buttons & Qt.MouseButton.RightButton)
        if not (erase or buttons & Qt.MouseButton.LeftButton):
            return
        pos = event.position().toPoint()              # a screen pixel, taken at its centre
        here = ((pos.y() + 0.5) / CELL, (pos.x() + 0.5) / CELL)
        self.paint_line(self._last or here, here, erase)
        self._last = here

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        h, w = self.shape
        p.fillRect(QRect(0, 0, w * CELL, h * CELL), QColor("white"))
        for (r, c), v in np.ndenumerate(self.values.reshape(h, w)):
            if v:
                p.fillRect(QRect(c * CELL, r * CELL, CELL, CELL), QColor("black"))
        p.setPen(QPen(QColor("#d8d8d8")))               # the 8×8 blocks the pixels count
        for r in range(0, h + 1, BITMAP_BLOCK):
            p.drawLine(0, r * CELL, w * CELL, r * CELL)
        for c in range(0, w + 1, BITMAP_BLOCK):
            p.drawLine(c * CELL, 0, c * CELL, h * CELL)


class DrawPad(QWidget):
    """The pad, its Clear button, the bars of class probabilities and the prediction."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DrawPad")
        self.controller = controller
        self.grid = PadGrid((8, 8), self)
        self.grid.setToolTip(self.tr("Draw a digit: left button draws, right button erases."))
        self.grid.changed.connect(self._send)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Wipe the pad"))
        self.clear_button.clicked.connect(self.grid.clear)
        self.seen = QLabel(self)
        self.seen.setFixedSize(SEEN_PIXELS, SEEN_PIXELS)
        self.seen.setToolTip(self.tr("Your drawing as the network sees it: scaled and centred the way the "
                                     "data set's images were, then counted in 4×4 blocks into 8×8 pixels "
                                     "of ink 0 to 16."))
        self.prediction = QLabel(self)
        font = self.prediction.font()
        font.setBold(True)
        self.prediction.setFont(font)
        self.prediction.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.grid)
        left.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        self.bars_grid = QGridLayout()
        self.bars_grid.setVerticalSpacing(1)
        self.bars: list[QProgressBar] = []
        self.bar_names: list[QLabel] = []
        right = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.seen)
        head.addWidget(self.prediction, 1)
        right.addLayout(head)
        right.addLayout(self.bars_grid)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addLayout(left)
        row.addLayout(right, 1)
        self.names: tuple[str, ...] = ()
        self.drawn: Any = None
        self._show_nothing()

    def sizeHint(self) -> QSize:
        return QSize(440, 240)

    def _send(self) -> None:
        values = self.grid.values
        send = getattr(self.controller, "set_drawn", None)
        if send is not None:
            send(tuple(values.tolist()) if values.any() else None, fit=True)
        if not values.any():
            self.drawn = None
            self._show_nothing()

    def set_names(self, names: tuple[str, ...]) -> None:
        """The classes' names (a bar each)."""
        if tuple(names) == self.names:
            return
        self.names = tuple(names)
        for w in self.bars + self.bar_names:
            self.bars_grid.removeWidget(w)
            w.deleteLater()
        self.bars, self.bar_names = [], []
        for k, name in enumerate(self.names):
            label = QLabel(name, self)
            bar = QProgressBar(self)
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setFixedHeight(14)
            bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bar.setStyleSheet(f"QProgressBar {{ border: 1px solid #c8c8c8; background: white; text-align: right; }}"
                              f"QProgressBar::chunk {{ background: {palette.class_color(k).name()}; }}")
            self.bars_grid.addWidget(label, k, 0)
            self.bars_grid.addWidget(bar, k, 1)
            self.bars.append(bar)
            self.bar_names.append(label)
        self._show_nothing() if self.drawn is None else self.show_drawn(self.drawn)

    def show_snapshot(self, snapshot: Any) -> None:
        if image_shape(snapshot) is None:
            return
        self.set_names(class_names(snapshot))
        if snapshot.drawn is not None and self.grid.values.any():
            self.show_drawn(snapshot.drawn)

    def show_drawn(self, drawn: Any) -> None:
        """Paint ``drawn`` (``nnsim.snapshot.Drawn``): the bars, the prediction, the fitted image."""
        self.drawn = drawn
        probs = np.asarray(drawn.probabilities, dtype=float)
        for k, bar in enumerate(self.bars):
            p = float(probs[k]) if k < len(probs) else 0.0
            bar.setValue(round(1000 * p))
            bar.setFormat(format_percent(p) if p >= SMALLEST else arg(self.tr("under %1"), format_percent(SMALLEST)))
        k = int(drawn.predicted)
        name = self.names[k] if k < len(self.names) else str(k)
        self.prediction.setText(arg(self.tr("As the network sees it (left), it says: %1 (%2)"), name,
                                    format_percent(float(probs[k]))))
        self.seen.setPixmap(grey_image(drawn.raw, (8, 8)).scaled(SEEN_PIXELS, SEEN_PIXELS))

    def _show_nothing(self) -> None:
        for bar in self.bars:
            bar.setValue(0)
            bar.setFormat("")
        self.prediction.setText(self.tr("Draw a digit on the pad: the network's class probabilities "
                                        "appear here."))
        self.seen.clear()

"""What the hidden units look for: each first-layer unit's incoming weights as an image (issue 16).

What this is: for image data (the shipped digits), a grid of the first hidden layer's units, each
drawn as its row of W⁽¹⁾ laid out as the input image (8×8 for the digits) at ``CELL`` pixels or
more, on the diverging map (orange: a positive weight, the unit is excited by ink there; blue:
negative; each unit on its own scale, ±its largest weight), with its number under it and a thin
bar of its activation on the current example (the drawn digit while there is one, else the probe
example). Hovering a unit says its activation and its largest weight in words.

What this is not: mathematics. The weights and activations are the snapshot's (``weights[1]``,
``Snapshot.drawn.A`` or ``Snapshot.probe.A``); this module lays them out and colours them.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_number
from .drawpad import image_shape

CELL = 56               # a unit's image, in pixels (at least 48 on a 1280×720 window)
GAP = 8                 # between units
LABEL = 14              # the unit's number and activation bar under its image
LUT = palette.diverging_lut()


def weight_image(w: np.ndarray, shape: tuple[int, int]) -> QImage:
    """One unit's incoming weights (h·w,) as an RGBA image on the diverging map, ±max|w| its ends."""
    v = np.nan_to_num(np.asarray(w, dtype=float).reshape(shape))
    top = float(np.abs(v).max()) if v.size else 0.0
    t = v / top if top > 0 else np.zeros_like(v)
    rgba = np.ascontiguousarray(LUT[np.round((t + 1.0) * 0.5 * (len(LUT) - 1)).astype(int)])
    return QImage(rgba.tobytes(), shape[1], shape[0], shape[1] * 4, QImage.Format.Format_RGBA8888).copy()


class UnitGrid(QWidget):
    """The grid; ``show_snapshot`` keeps the weights and the current example's activations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnitGrid")
        self.setMouseTracking(True)
        self.shape: tuple[int, int] | None = None
        self.weights: np.ndarray | None = None            # (units, h·w)
        self.activations: np.ndarray | None = None        # (units,) on the current example, or None
        self.drawn = False                                 # the current example is the drawn one
        self.images: list[QImage] = []

    # -- data ---------------------------------------------------------------------------------
    def show_snapshot(self, snap: Any) -> None:
        shape = image_shape(snap)
        W = snap.weights[1] if len(snap.weights) > 1 else None
        if shape is None or W is None or np.ndim(W) != 2 or np.shape(W)[1] != shape[0] * shape[1]:
            self.shape, self.weights, self.images = None, None, []
            self.update()
            return
        self.shape, self.weights = shape, np.asarray(W, dtype=float)
        self.images = [weight_image(row, shape) for row in self.weights]
        drawn = getattr(snap, "drawn", None)
        example = drawn if drawn is not None and len(getattr(drawn, "A", ()) or ()) else snap.probe
        self.drawn = example is drawn and drawn is not None
        A = getattr(example, "A", ()) if example is not None else ()
        a = np.asarray(A[1], dtype=float).ravel() if len(A) > 1 else None
        self.activations = a if a is not None and a.shape == (len(self.weights),) else None
        self._fit_height()
        self.update()

    @property
    def units(self) -> int:
        return 0 if self.weights is None else len(self.weights)

    # -- layout -------------------------------------------------------------------------------
    def columns(self, width: int | None = None) -> int:
        return max(1, ((self.width() if width is None else width) - GAP) // (CELL + GAP))

    def cell_rect(self, i: int) -> QRect:
        """Unit i's image (its number and bar below it)."""
        r, c = divmod(i, self.columns())
        return QRect(GAP + c * (CELL + GAP), GAP + r * (CELL + LABEL + GAP), CELL, CELL)

    def unit_at(self, pos: QPoint) -> int | None:
        for i in range(self.units):
            rect = self.cell_rect(i)
            if rect.adjusted(0, 0, 0, LABEL).contains(pos):
                return i
        return None

    def heightForWidth(self, width: int) -> int:
        rows = -(-self.units // self.columns(width)) if self.units else 1
        return GAP + rows * (CELL + LABEL + GAP)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(6 * (CELL + GAP) + GAP, self.heightForWidth(6 * (CELL + GAP) + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(CELL + 2 * GAP, CELL + LABEL + 2 * GAP)

    def _fit_height(self) -> None:
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    # -- painting and words -------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), palette.BACKGROUND)
        if not self.units:
            p.setPen(palette.MUTED)
            p.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.TextFlag.TextWordWrap,
                       self.tr("For image data (the handwritten digits): each hidden unit's incoming "
                               "weights drawn as an image."))
            return
        a = self.activations
        top = float(np.max(np.abs(a))) if a is not None and a.size and np.isfinite(a).all() else 0.0
        font = p.font()
        font.setPointSizeF(7.5)
        p.setFont(font)
        for i, image in enumerate(self.images):
            rect = self.cell_rect(i)
            p.drawImage(rect, image)
            p.setPen(QPen(palette.MUTED, 1))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            p.setPen(palette.TEXT)
            p.drawText(QRect(rect.left(), rect.bottom() + 1, rect.width() // 2, LABEL),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(i + 1))
            if top > 0:
                bar = round((rect.width() // 2 - 2) * abs(float(a[i])) / top)
                p.fillRect(QRect(rect.left() + rect.width() // 2 + 2, rect.bottom() + 5, bar, LABEL - 8),
                           QColor(palette.TEXT))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            i = self.unit_at(event.pos())
            if i is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(i), self)
            return True
        return super().event(event)

    def tooltip(self, i: int) -> str:
        """What hovering unit i says: its activation on the current example, its weights' range."""
        w = self.weights[i]
        lines = [arg(self.tr("Unit %1 of layer 1: its %2 incoming weights, one per pixel"), i + 1, len(w)),
                 arg(self.tr("orange: ink there excites it (largest %1); blue: ink there inhibits it "
                             "(smallest %2)"), format_number(float(w.max())), format_number(float(w.min())))]
        if self.activations is not None:
            where = self.tr("your drawing") if self.drawn else self.tr("the probe example")
            lines.append(arg(self.tr("activation on %1: a = %2"), where, format_number(float(self.activations[i]))))
        return "\n".join(lines)

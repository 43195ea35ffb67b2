"""The canvas's collapsed input layer: many input columns drawn as one block.

What this is: with more than ``COLLAPSE_ABOVE`` input columns (digits' 64 pixels, breast
cancer's 30 measurements) one label and one tile per column overprint each other. The
canvas then draws the input layer as one ``InputBlock``: for image data (a shipped set
with an ``image`` shape) the probe example as its picture, ink dark on white as the data
set's images are drawn; for tabular data a compact strip, one cell per column coloured by
its standardised value on the diverging map, the column's name and value on hover (each
cell carries the ``("feature", name)`` action the canvas's tooltips already know). The
links out of the block all leave from its right edge, so each hidden unit's weight
vector reads as one bundle instead of one line per weight.

What this is not: mathematics. The values are the probe's, computed by the engine
(``Probe.raw`` for the image, ``Probe.A[0]`` for the strip); this module maps them to
colours.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from nnsim.data import SHIPPED

from .. import palette
from .items import ACTION

COLLAPSE_ABOVE = 12        # more input columns than this are drawn as one block
STRIP_SCALE = 2.0          # a standardised value at ±this is fully saturated in the strip


def image_shape(dataset: object, columns: int) -> tuple[int, int] | None:
    """The (height, width) of each row's picture when the data set is images of ``columns`` pixels."""
    entry = SHIPPED.get(dataset) if isinstance(dataset, str) else None
    shape = getattr(entry, "image", None)
    return shape if shape is not None and shape[0] * shape[1] == columns else None


def collapses(columns: int) -> bool:
    return columns > COLLAPSE_ABOVE


class InputBlock(QGraphicsRectItem):
    """The input layer as one block of ``names`` cells: a ``shape`` grid (an image) or a column strip.

    ``width`` × ``height`` in scene pixels; ``cells[j]`` is column j's cell.
    """

    def __init__(self, parent: QGraphicsItem, names: list[str], shape: tuple[int, int] | None,
                 width: float, height: float) -> None:
        super().__init__(0, 0, width, height, parent)
        self.setPen(QPen(palette.MUTED, 1))
        self.setBrush(QBrush(palette.BACKGROUND))
        self.names = list(names)
        self.grid = shape
        rows, cols = shape if shape is not None else (len(names), 1)
        cw, ch = width / cols, height / rows
        self.cells: list[QGraphicsRectItem] = []
        for j, name in enumerate(self.names):
            r, c = divmod(j, cols)
            cell = QGraphicsRectItem(QRectF(c * cw, r * ch, cw, ch), self)
            cell.setPen(QPen(Qt.PenStyle.NoPen))
            cell.setData(ACTION, ("feature", name))
            self.cells.append(cell)

    @property
    def is_image(self) -> bool:
        return self.grid is not None

    def show_example(self, raw: np.ndarray | None, standardised: np.ndarray | None) -> None:
        """Paint the probe example: ``raw`` (its pixels) for an image, ``standardised`` (A[0]) for a strip."""
        values = raw if self.is_image else standardised
        if values is None:
            return
        values = np.asarray(values, dtype=float).ravel()
        if values.shape != (len(self.cells),):
            return
        if self.is_image:
            top = float(np.nanmax(values)) if np.isfinite(values).any() else 0.0
            for cell, v in zip(self.cells, values.tolist()):
                ink = 0.0 if top <= 0 or not np.isfinite(v) else min(max(v / top, 0.0), 1.0)
                grey = round(255 * (1.0 - ink))
                cell.setBrush(QBrush(QColor(grey, grey, grey)))
        else:
            for cell, v in zip(self.cells, values.tolist()):
                cell.setBrush(QBrush(palette.diverging(v, STRIP_SCALE)))

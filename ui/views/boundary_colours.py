"""The decision-boundary view's colours: output values to RGB, and the markers of the train, dev and test points.

Numbers to colours only: the grid arrives computed by the engine (``Snapshot.boundary``).
"""
from __future__ import annotations

import numpy as np
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from .. import palette

FADE = 0.72                 # the background's strength: points at full strength stand out on it
OUTLINE = QColor("#1a1a1a")
POINT_SIZE = 8
TEST_SIZE = 8
LUT = palette.diverging_lut(256)[:, :3].astype(float)
WHITE = np.array([255.0, 255.0, 255.0])
NAN_RGB = np.array([200.0, 200.0, 200.0])


# -- numbers to colours -----------------------------------------------------------------------
def _rgb(c: QColor) -> np.ndarray:
    return np.array([c.red(), c.green(), c.blue()], dtype=float)


def on_lut(t: np.ndarray) -> np.ndarray:
    """t in [-1, 1] (NaN allowed) → RGB floats on the diverging map; NaN → grey."""
    ok = np.isfinite(t)
    idx = np.round((np.clip(np.where(ok, t, 0.0), -1.0, 1.0) + 1.0) * 0.5 * (len(LUT) - 1)).astype(int)
    rgb = LUT[idx]
    rgb[~ok] = NAN_RGB
    return rgb


def regression_levels(y: np.ndarray) -> tuple[float, float]:
    """The value range of the map for regression targets: symmetric about 0 when they span it."""
    y = np.asarray(y, dtype=float)
    y = y[np.isfinite(y)]
    if y.size == 0:
        return -1.0, 1.0
    lo, hi = float(y.min()), float(y.max())
    if lo < 0 < hi:
        m = max(-lo, hi)
        return -m, m
    if hi - lo < 1e-12:
        return lo - 1.0, hi + 1.0
    return lo, hi


def level_t(v: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    lo, hi = levels
    mid, half = (lo + hi) / 2, (hi - lo) / 2 or 1.0
    with np.errstate(invalid="ignore", over="ignore"):
        return (np.asarray(v, dtype=float) - mid) / half


def boundary_rgb(values: np.ndarray, output: str, levels: tuple[float, float] = (-1.0, 1.0),
                 fade: float = FADE) -> np.ndarray:
    """(rows, cols, 3) uint8 colours of the output grid ``values`` (rows, cols, outputs).

    sigmoid: P(class 1) on the diverging map, 0.5 white; softmax: the predicted class's colour,
    blended towards white as its probability falls to chance (1/K); linear: the value on the
    diverging map over ``levels``. Non-finite values are grey.
    """
    v = np.asarray(values, dtype=float)
    if v.ndim != 3 or v.shape[2] == 0:
        raise ValueError(f"boundary values must be (rows, cols, outputs), not {v.shape}")
    if output == "softmax" and v.shape[2] > 1:
        K = v.shape[2]
        finite = np.isfinite(v).all(axis=2)
        v = np.where(np.isfinite(v), v, 0.0)
        k = v.argmax(axis=2)
        p = v.max(axis=2)
        t = np.clip((p - 1.0 / K) / (1.0 - 1.0 / K), 0.0, 1.0)
        colours = np.array([_rgb(palette.class_color(i)) for i in range(K)])
        rgb = WHITE + (colours[k] - WHITE) * (t * fade)[..., None]
        rgb[~finite] = NAN_RGB
    else:
        t = 2.0 * v[..., 0] - 1.0 if output == "sigmoid" else level_t(v[..., 0], levels)
        rgb = WHITE + (on_lut(t) - WHITE) * fade
    return np.clip(np.round(rgb), 0, 255).astype(np.uint8)


# -- the points' markers ---------------------------------------------------------------------
def faded(c: QColor, fade: float = FADE) -> QColor:
    return QColor(*(round(255 + (v - 255) * fade) for v in (c.red(), c.green(), c.blue())))


def paint_marker(p: QPainter, split: str, at: QPointF, colour: QColor) -> None:
    """One marker as the scatter draws it (pyqtgraph's own unit symbol path, scaled)."""
    pen, brush, symbol, size = marker_style(split, colour)
    p.save()
    p.translate(at)
    p.scale(size, size)
    p.setPen(pen)
    p.setBrush(brush)
    p.drawPath(Symbols[symbol])
    p.restore()


def marker_style(split: str, colour: QColor) -> tuple[QPen, QBrush, str, float]:
    """Train: filled, dark outline. Dev: filled diamond. Test: a thick ring of the colour, white inside."""
    if split == "test":
        pen = QPen(colour.darker(115), 2.2)
        pen.setCosmetic(True)               # pyqtgraph draws symbols scaled: keep widths in pixels
        return pen, QBrush(QColor(255, 255, 255, 200)), "o", TEST_SIZE
    pen = QPen(OUTLINE, 1.0)
    pen.setCosmetic(True)
    return pen, QBrush(colour), ("d" if split == "dev" else "o"), (POINT_SIZE + 2 if split == "dev" else POINT_SIZE)

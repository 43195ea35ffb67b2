"""Colours, pens and sizes: the one place the app's look is decided.

The diverging map for signed quantities (weights, activations, gradients) runs
from blue (negative) through near-white (zero) to orange (positive): it stays
readable for the common colour-vision deficiencies. Class colours are the
Okabe–Ito set plus two of Paul Tol's, also colour-blind safe. Views take their colours from here and
never invent their own.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

NEGATIVE = QColor("#2166ac")      # blue
ZERO = QColor("#f7f7f7")
POSITIVE = QColor("#e66101")      # orange

#: Ten class colours, one per digit: the eight of Okabe–Ito (class 0 blue, 1 orange, 2 green,
#: 3 reddish purple, 4 sky blue, 5 vermillion, 6 yellow, 7 black) and two of Paul Tol's
#: colour-blind-safe "muted" set (8 wine, 9 olive). The first five are the toy sets' own.
CLASS_COLORS = [QColor(c) for c in ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
                                    "#d55e00", "#f0e442", "#000000", "#882255", "#999933")]

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#222222")
MUTED = QColor("#777777")
HIGHLIGHT = QColor("#ffd400")     # a selected or changed item
TRAIN_CURVE = QColor("#0072b2")
TEST_CURVE = QColor("#e69f00")
DEV_CURVE = QColor("#009e73")
BATCH_CURVE = QColor(120, 120, 120, 90)

NODE_SIZE = 44                    # a neuron's heatmap, in canvas pixels
LINK_MAX_WIDTH = 6.0
LINK_MIN_WIDTH = 0.5


def diverging_lut(n: int = 256) -> np.ndarray:
    """An (n, 4) uint8 lookup table from NEGATIVE through ZERO to POSITIVE (for images)."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    neg = np.array(NEGATIVE.getRgb(), dtype=float)
    mid = np.array(ZERO.getRgb(), dtype=float)
    pos = np.array(POSITIVE.getRgb(), dtype=float)
    rgba = np.where(t < 0, mid + (neg - mid) * (-t), mid + (pos - mid) * t)
    return np.clip(np.round(rgba), 0, 255).astype(np.uint8)


def diverging(value: float, scale: float = 1.0) -> QColor:
    """The colour of ``value`` on the diverging map, saturating at ±``scale``."""
    t = 0.0 if scale <= 0 or not np.isfinite(value) else float(np.clip(value / scale, -1.0, 1.0))
    end = POSITIVE if t >= 0 else NEGATIVE
    a = abs(t)
    return QColor(round(ZERO.red() + (end.red() - ZERO.red()) * a),
                  round(ZERO.green() + (end.green() - ZERO.green()) * a),
                  round(ZERO.blue() + (end.blue() - ZERO.blue()) * a))


def class_color(k: int) -> QColor:
    return CLASS_COLORS[k % len(CLASS_COLORS)]

#: Compare runs: one colour per run (the baseline first), distinct from the split colours.
RUN_COLORS = [QColor("#222222"), QColor("#d55e00"), QColor("#0072b2"), QColor("#009e73")]
#: The canvas's marks for hidden units that are exact copies of each other, one colour per group.
COPY_COLORS = [QColor("#c2185b"), QColor("#7b1fa2"), QColor("#00838f"), QColor("#5d4037"), QColor("#ef6c00")]

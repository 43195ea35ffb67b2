"""The network canvas's scene items: neuron tiles, link bundles, buttons, and their images.

What this is: the pieces ``nnsim_ui.canvas.view.NetworkCanvas`` lays out, each built once
per topology and then updated in place from a snapshot's arrays. Everything
that paints is a native Qt item (``QGraphicsRectItem``, ``QGraphicsPixmapItem``,
``QGraphicsPathItem``): Python never runs inside ``paint()``, so a repaint
replays cached pixmaps and paths in C++ (STYLE.md: cache, paint replays), and
a bad array can at worst leave an old picture, never raise mid-paint.

What this is not: mathematics. The heatmaps and weights arrive computed; this
module only maps numbers to colours and widths.

Links of one layer pair are grouped by (sign, magnitude level) into a few
``QGraphicsPathItem`` s, one pen each, instead of one item per link: a
10-layer, 32-unit network has ~10,000 links but only ~200 path items, and a
snapshot rebuilds only the buckets whose membership changed.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem,
                               QGraphicsRectItem, QGraphicsSimpleTextItem)

from .. import palette

Array = np.ndarray

#: Links: |w| is drawn on a fixed scale (as the playground does), so that the
#: size of the weights themselves shows: zeros are hairlines, ×10 init all thick.
WEIGHT_WIDTH_MAX = 4.0        # |w| at and above which a link has LINK_MAX_WIDTH
WEIGHT_COLOUR_MAX = 1.0       # |w| at and above which its colour is fully saturated
LEVELS = 10                   # magnitude levels per sign (level 0: |w| below ~0.01)
ACTION = 0                    # QGraphicsItem.data() key of a clickable item's action tuple

_LUT = palette.diverging_lut(256)


def _faded(colour: QColor, strength: float) -> QColor:
    """``colour`` mixed with the background, opaque (translucent hairlines draw ~8× slower)."""
    bg = palette.BACKGROUND
    mix = (lambda a, b: round(b + (a - b) * strength))
    return QColor(mix(colour.red(), bg.red()), mix(colour.green(), bg.green()), mix(colour.blue(), bg.blue()))


_HAIRLINE = _faded(palette.MUTED, 0.3)


# -- numbers to colours -------------------------------------------------------------------------
def heatmap_rgba(values: Array, mode: str) -> Array:
    """(units, n, n) outputs → (units, n, n, 4) RGBA uint8 on the diverging map, rows flipped.

    ``mode``: "unit" for outputs in [0, 1] (sigmoid, softmax: 0.5 is white), "signed" for
    [-1, 1] (tanh), "layer" for unbounded ones scaled by the layer's robust maximum
    (99th percentile of |v|), "each" for the same scale per unit (input features, whose
    ranges differ). Row i of the input is x2 increasing; row 0 of the image is the top.
    """
    v = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0, posinf=1e30, neginf=-1e30)
    if mode == "unit":
        t = 2.0 * v - 1.0
    elif mode == "signed":
        t = v
    else:
        axis = (1, 2) if mode == "each" else None
        scale = np.percentile(np.abs(v), 99, axis=axis, keepdims=mode == "each") if v.size else 1.0
        t = v / np.maximum(scale, 1e-6)
    idx = np.clip(np.rint((t + 1.0) * 127.5), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(_LUT[idx][:, ::-1])


def pixmap_of(rgba: Array) -> QPixmap:
    """One (h, w, 4) uint8 RGBA array as a QPixmap (copied: the array may go)."""
    h, w = rgba.shape[:2]
    image = QImage(rgba.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image)


def link_buckets(W: Array) -> Array:
    """Each weight's bucket: sign × level, level = round(√(min(|w|/WIDTH_MAX, 1))·LEVELS); ints."""
    w = np.nan_to_num(np.asarray(W, dtype=float), nan=0.0)
    level = np.rint(np.sqrt(np.minimum(np.abs(w) / WEIGHT_WIDTH_MAX, 1.0)) * LEVELS).astype(np.int64)
    return np.where(w < 0, -level, level)


def bucket_width(bucket: int) -> float:
    """A bucket's line width in scene units, LINK_MIN_WIDTH (level 0) to LINK_MAX_WIDTH."""
    return palette.LINK_MIN_WIDTH + (palette.LINK_MAX_WIDTH - palette.LINK_MIN_WIDTH) * abs(bucket) / LEVELS


def bucket_pen(bucket: int, zoom: float = 1.0) -> QPen:
    """The pen of a bucket: colour by sign (paler when small), width by level.

    A line thinner than one device pixel at ``zoom`` is drawn as a one-pixel
    cosmetic hairline made fainter instead: Qt strokes those on a fast path.
    Wider antialiased curves cost ~50 µs each to stroke (measured), so big
    networks get straight links (``LinkBundle(curved=False)``).
    """
    level = abs(bucket)
    if level == 0:
        colour = QColor(_HAIRLINE)
    else:
        magnitude = (level / LEVELS) ** 2 * WEIGHT_WIDTH_MAX      # the level's representative |w|
        strength = 0.3 + 0.7 * min(1.0, magnitude / WEIGHT_COLOUR_MAX)
        colour = palette.diverging(np.sign(bucket) * strength)
    width = bucket_width(bucket)
    if width * zoom < 1.0:
        pen = QPen(_faded(colour, max(0.35, width * zoom)), 0)
        pen.setCosmetic(True)
    else:
        pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)      # round caps make Qt's stroker several times slower
    return pen


CUT = LEVELS + 2             # the bucket of a link cut for this step (a dropped unit's): drawn by no item
_WIDTHS = np.array([bucket_width(b) for b in range(LEVELS + 2)] + [0.0])   # by level (LEVELS + 1: unset)


def value_colour(value: float) -> QColor:
    """A bias or weight as a colour on the links' scale (saturating at WEIGHT_COLOUR_MAX)."""
    if not np.isfinite(value) or value == 0:
        return QColor(palette.ZERO)
    return palette.diverging(np.sign(value) * (0.3 + 0.7 * min(1.0, abs(value) / WEIGHT_COLOUR_MAX)))


# -- links ----------------------------------------------------------------------------------------
class _LinkPath(QGraphicsPathItem):
    """A bucket's links: painted by Qt; no shape, so hit tests never stroke its (long) path."""

    _EMPTY = QPainterPath()

    def shape(self) -> QPainterPath:          # noqa: D401 - Qt override
        return self._EMPTY


def _s_of_t(t: Array) -> Array:
    """x progress along a link curve (control points at the mid x) as a function of t."""
    return 1.5 * t * (1 - t) + t ** 3


_T = np.linspace(0.0, 1.0, 257)
_S = _s_of_t(_T)


class LinkBundle:
    """Every link between layer k-1 (``y_prev``, right edge ``x0``) and layer k (``y``, left edge ``x1``).

    Link (i, j) goes from unit j of layer k-1 to unit i of layer k: W[k][i, j].
    """

    def __init__(self, parent: QGraphicsItem, k: int, x0: float, y_prev: Array, x1: float, y: Array,
                 curved: bool = True) -> None:
        self.k = k
        self.x0, self.x1 = float(x0), float(x1)
        self.y_prev = np.asarray(y_prev, dtype=float)
        self.y = np.asarray(y, dtype=float)
        self.shape = (len(self.y), len(self.y_prev))
        self.curved = curved
        xm = (self.x0 + self.x1) / 2
        self.paths: list[QPainterPath] = []
        for i in range(self.shape[0]):
            for j in range(self.shape[1]):
                p = QPainterPath()
                p.moveTo(self.x0, self.y_prev[j])
                if curved:
                    p.cubicTo(xm, self.y_prev[j], xm, self.y[i], self.x1, self.y[i])
                else:
                    p.lineTo(self.x1, self.y[i])
                self.paths.append(p)
        self.items: dict[int, _LinkPath] = {}
        for b in sorted(range(-LEVELS, LEVELS + 1), key=abs):      # thin ones underneath
            item = _LinkPath(parent)
            item.setPen(bucket_pen(b))
            item.setZValue(0.01 * abs(b))
            self.items[b] = item
        self.buckets = np.full(self.shape, LEVELS + 1, dtype=np.int64)    # nothing assigned yet
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        """Re-pen the buckets for a new view scale (see ``bucket_pen``)."""
        if zoom != self.zoom:
            self.zoom = zoom
            for b, item in self.items.items():
                item.setPen(bucket_pen(b, zoom))

    def update(self, W: Array, cut: Array | None = None) -> None:
        """Re-bucket the links for weights W (shape (n_k, n_{k-1})); rebuild changed buckets only.

        ``cut`` (bool, W's shape) marks links not drawn at all (a dropped unit's, for one step).
        """
        W = np.asarray(W)
        if W.shape != self.shape:
            return
        new = link_buckets(W)
        if cut is not None and np.shape(cut) == self.shape:
            new = np.where(cut, CUT, new)
        changed = new != self.buckets
        if not changed.any():
            return
        touched = np.union1d(self.buckets[changed], new[changed])
        self.buckets = new
        flat = new.ravel()
        for b in touched.tolist():
            item = self.items.get(b)
            if item is None:
                continue
            path = QPainterPath()
            for n in np.flatnonzero(flat == b).tolist():
                path.addPath(self.paths[n])
            item.setPath(path)

    def link_count(self) -> int:
        """How many links the bucket paths hold (a moveTo and a cubicTo, 4 elements; or a lineTo, 2)."""
        return sum(item.path().elementCount() for item in self.items.values()) // (4 if self.curved else 2)

    def hit(self, x: float, y: float, tolerance: float) -> tuple[int, int] | None:
        """The link (i, j) nearest to scene point (x, y), if within ``tolerance`` (plus half its width)."""
        if not self.x0 < x < self.x1 or not self.paths:
            return None
        dx = self.x1 - self.x0
        s = (x - self.x0) / dx
        if self.curved:
            t = float(np.interp(s, _S, _T))
            f, dfdt, dsdt = 3 * t * t - 2 * t ** 3, 6 * t * (1 - t), 1.5 - 3 * t + 3 * t * t
        else:
            f, dfdt, dsdt = s, 1.0, 1.0
        y_prev = np.tile(self.y_prev, self.shape[0])
        y_next = np.repeat(self.y, self.shape[1])
        curve_y = y_prev + (y_next - y_prev) * f
        slope = (y_next - y_prev) * dfdt / (dsdt * dx)
        distance = np.abs(y - curve_y) / np.sqrt(1 + slope * slope)
        widths = _WIDTHS[np.abs(self.buckets.ravel())]
        n = int(np.argmin(distance - widths / 2))
        if distance[n] - widths[n] / 2 > tolerance:
            return None
        return divmod(n, self.shape[1])

    def link_path(self, i: int, j: int) -> QPainterPath:
        return self.paths[i * self.shape[1] + j]

    def set_opacity(self, opacity: float) -> None:
        for item in self.items.values():
            item.setOpacity(opacity)


def glow_pen(bucket: int, style: str) -> QPen:
    """A highlighted link: "signed" on the diverging map, fully saturated; "glow" in the highlight colour."""
    level = abs(bucket)
    width = 1.0 + (palette.LINK_MAX_WIDTH + 1.0) * level / LEVELS
    if style == "glow":
        colour = QColor(palette.HIGHLIGHT)
    else:
        colour = palette.diverging(np.sign(bucket) * (0.45 + 0.55 * level / LEVELS))
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class GlowBundle(LinkBundle):
    """The links of a ``LinkBundle`` again, drawn over it to show what a phase carries along them.

    Shares the base bundle's geometry (no paths are built twice); ``update(strengths)`` takes
    values scaled to ±WEIGHT_WIDTH_MAX (sign: colour, magnitude: width; 0: not drawn).
    """

    def __init__(self, parent: QGraphicsItem, base: LinkBundle) -> None:     # noqa: D107
        self.k, self.x0, self.x1 = base.k, base.x0, base.x1
        self.y_prev, self.y, self.shape, self.curved = base.y_prev, base.y, base.shape, base.curved
        self.paths = base.paths
        self.items = {}
        self.style = "signed"
        for b in sorted(range(-LEVELS, LEVELS + 1), key=abs):
            if b == 0:
                continue                            # level 0 carries nothing: not highlighted
            item = _LinkPath(parent)
            item.setPen(glow_pen(b, self.style))
            item.setZValue(0.5 + 0.01 * abs(b))
            self.items[b] = item
        self.buckets = np.full(self.shape, LEVELS + 1, dtype=np.int64)
        self.zoom = 1.0

    def set_style(self, style: str) -> None:
        if style != self.style:
            self.style = style
            for b, item in self.items.items():
                item.setPen(glow_pen(b, style))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom

    def set_visible(self, visible: bool) -> None:
        for item in self.items.values():
            item.setVisible(visible)


# -- neurons and buttons ------------------------------------------------------------------------
class NeuronItem(QGraphicsRectItem):
    """A neuron: its heatmap (a pixmap scaled to ``size``) in a thin frame, and a bias marker."""

    def __init__(self, parent: QGraphicsItem, size: float, action: tuple, bias: bool) -> None:
        super().__init__(0, 0, size, size, parent)
        self.size = size
        self.setData(ACTION, action)
        self.setBrush(QBrush(palette.ZERO))
        self.frame_pen = QPen(palette.MUTED, 1.0)
        self.setPen(self.frame_pen)
        self.image = QGraphicsPixmapItem(self)
        self.image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.image.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.bias: QGraphicsRectItem | None = None
        if bias:
            side = max(3.0, size * 0.2)
            self.bias = QGraphicsRectItem(-side * 0.5, size - side * 0.5, side, side, self)
            self.bias.setPen(QPen(palette.TEXT, 0.8))
            self.bias.setBrush(QBrush(palette.ZERO))
            self.bias.setData(ACTION, ("bias", *action[1:]))
            self.bias.setZValue(1)

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.image.setPixmap(pixmap)
        if pixmap.width() > 0:
            self.image.setScale(self.size / pixmap.width())

    def set_bias(self, value: float) -> None:
        if self.bias is not None:
            self.bias.setBrush(QBrush(value_colour(value)))

    def set_hovered(self, hovered: bool) -> None:
        self._hovered = hovered
        self.setPen(QPen(palette.TEXT, 2.5) if hovered else (self.emphasis or self.frame_pen))

    emphasis: QPen | None = None       # a phase's highlight of this neuron (None: the plain frame)
    kept = 1.0                          # dropout: the share of the batch keeping it (1: no dropout)
    _hovered = False

    def set_emphasis(self, pen: QPen | None) -> None:
        """Frame the neuron with ``pen`` for the phase on show (None: back to the plain frame)."""
        self.emphasis = pen
        if not self._hovered:
            self.setPen(pen or self.frame_pen)

    @property
    def dropped(self) -> bool:
        """Dropped by dropout in the step on show (for the focused example, or the whole batch)."""
        return self.kept == 0.0

    def set_dropped(self, kept: float) -> None:
        """Dropout: grey the neuron by the share of examples that keep it (1: as usual, 0: dropped)."""
        kept = float(np.clip(kept, 0.0, 1.0))
        if kept == self.kept:
            return
        self.kept = kept
        self.image.setOpacity(0.15 + 0.85 * kept)
        self.setBrush(QBrush(palette.MUTED if kept == 0.0 else palette.ZERO))

    activity: QGraphicsRectItem | None = None    # the drawn example's activation, as a bar up the right side

    def set_activity(self, level: float | None) -> None:
        """Show the drawn example's activation of this unit as a bar ``level`` (0..1: of the layer's
        largest) of the frame's height up its right side; None: no bar."""
        if level is None:
            if self.activity is not None:
                self.activity.hide()
            return
        if self.activity is None:
            self.activity = QGraphicsRectItem(self)
            self.activity.setPen(QPen(Qt.PenStyle.NoPen))
            self.activity.setBrush(QBrush(palette.TEXT))
            self.activity.setZValue(1)
        side = max(2.0, self.size * 0.12)
        height = self.size * float(np.clip(level, 0.0, 1.0))
        self.activity.setRect(self.size + 1.0, self.size - height, side, height)
        self.activity.show()

    def set_inactive(self) -> None:
        """An input feature the network does not use: faded, dashed frame."""
        self.frame_pen = QPen(palette.MUTED, 1.0, Qt.PenStyle.DashLine)
        self.setPen(self.frame_pen)
        self.image.setOpacity(0.25)


class Button(QGraphicsEllipseItem):
    """A small round button with a one-character label; clicking it runs its action."""

    def __init__(self, parent: QGraphicsItem, centre: QPointF, label: str, action: tuple,
                 radius: float = 9.0) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius, parent)
        self.setPos(centre)
        self.setData(ACTION, action)
        self.setPen(QPen(palette.MUTED, 1.0))
        self.setBrush(QBrush(palette.BACKGROUND))
        self.setZValue(3)
        self.label = text_item(self, label, bold=True, size=radius * 1.35)
        r = self.label.boundingRect()
        self.label.setPos(-r.width() / 2, -r.height() / 2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_hovered(self, hovered: bool) -> None:
        self.setBrush(QBrush(palette.HIGHLIGHT if hovered else palette.BACKGROUND))


class Chip(QGraphicsPathItem):
    """A clickable label in a rounded frame (a layer's activation, "+ layer")."""

    def __init__(self, parent: QGraphicsItem, text: str, action: tuple | None, size: float = 9.0) -> None:
        super().__init__(parent)
        self.label = text_item(self, text, size=size, colour=palette.TEXT if action else palette.MUTED)
        r = self.label.boundingRect()
        self._rect = QRectF(0, 0, r.width() + 12, r.height() + 2)
        path = QPainterPath()
        path.addRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        self.setPath(path)
        self.label.setPos(6, 1)
        self.setPen(QPen(palette.MUTED if action else QColor(0, 0, 0, 0), 0.8))
        self.setBrush(QBrush(palette.BACKGROUND))
        self.setZValue(3)
        if action:
            self.setData(ACTION, action)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def centre_on(self, x: float, y: float) -> None:
        self.setPos(x - self._rect.width() / 2, y - self._rect.height() / 2)

    def set_hovered(self, hovered: bool) -> None:
        self.setBrush(QBrush(palette.HIGHLIGHT if hovered else palette.BACKGROUND))


def text_item(parent: QGraphicsItem | None, text: str, size: float = 9.0, bold: bool = False,
              colour: QColor = palette.TEXT) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text, parent)
    font = QFont(item.font())
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(QBrush(colour))
    return item


def wrapped_text(parent: QGraphicsItem, text: str, width: float, size: float = 9.0,
                 colour: QColor = palette.TEXT) -> QGraphicsSimpleTextItem:
    """Plain text broken into lines at most ``width`` scene units wide: a long translation takes more
    lines, never more width (which would shrink the whole drawing to fit). The source's line breaks
    are hints for English only, so the words are joined first. (A QGraphicsTextItem with a text
    width drew nothing on the canvas: measured, 2026-12-05.)"""
    item = text_item(parent, "", size=size, colour=colour)
    metrics = QFontMetricsF(item.font())
    lines: list[str] = []
    for word in " ".join(text.split("\n")).split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    item.setText("\n".join(lines))
    return item


def centred_text(parent: QGraphicsItem, text: str, x: float, y: float, **kw) -> QGraphicsSimpleTextItem:
    """A text item centred horizontally on x with its top at y."""
    item = text_item(parent, text, **kw)
    item.setPos(x - item.boundingRect().width() / 2, y)
    return item


def legend_bar(parent: QGraphicsItem, width: float, height: float) -> QGraphicsPixmapItem:
    """The diverging map as a horizontal bar, blue (−1) on the left to orange (+1) on the right."""
    row = np.ascontiguousarray(_LUT[None, :, :])
    item = QGraphicsPixmapItem(pixmap_of(row), parent)
    item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
    item.setTransform(item.transform().scale(width / 256.0, height))
    return item

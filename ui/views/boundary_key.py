"""The key under the decision-boundary plot: what the colours mean and which marker is which split."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_number
from .boundary_colours import faded, paint_marker


class BoundaryKey(QWidget):
    """What the colours mean (a scale, or one swatch per class) and which marker is which split."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: str | None = None
        self.names: tuple[str, ...] = ()
        self.levels = (-1.0, 1.0)
        self.splits: tuple[str, ...] = ("train", "test")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("What the background colours mean, and how train, dev and test points "
                                "are drawn."))

    def sizeHint(self):                                          # noqa: N802
        size = super().sizeHint()
        size.setHeight(self.fontMetrics().height() * 2 + 18)
        return size

    def minimumSizeHint(self):                                   # noqa: N802
        return self.sizeHint()

    def set_key(self, mode: str | None, names: tuple[str, ...], levels: tuple[float, float],
                splits: tuple[str, ...]) -> None:
        new = (mode, tuple(names), tuple(levels), tuple(splits))
        if new != (self.mode, self.names, self.levels, self.splits):
            self.mode, self.names, self.levels, self.splits = new
            self.update()

    def paintEvent(self, event) -> None:                         # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        p.setFont(font)
        fm = p.fontMetrics()
        h = fm.height()
        markers_w = self._paint_markers(p, fm)
        left_w = max(60, self.width() - markers_w - 16)
        p.setPen(palette.TEXT)
        if self.mode in ("sigmoid", "linear"):
            bar = QRectF(4, 2 + h + 2, min(left_w - 8, 220), 10)
            caption = (arg(self.tr("Probability of class “%1”"), self._name(1))
                       if self.mode == "sigmoid" else self.tr("Predicted value"))
            p.drawText(QPointF(bar.left(), 2 + fm.ascent()), caption)
            gradient = QLinearGradient(bar.topLeft(), bar.topRight())
            for stop, colour in ((0.0, palette.NEGATIVE), (0.5, palette.ZERO), (1.0, palette.POSITIVE)):
                gradient.setColorAt(stop, faded(colour))
            p.fillRect(bar, gradient)
            p.setPen(QPen(palette.MUTED, 1))
            p.drawRect(bar)
            lo, hi = (0.0, 1.0) if self.mode == "sigmoid" else self.levels
            ticks = [(0.0, lo), (0.5, (lo + hi) / 2), (1.0, hi)]
            p.setPen(palette.TEXT)
            for f, value in ticks:
                text = format_number(value, 3)
                x = bar.left() + bar.width() * f - fm.horizontalAdvance(text) * f
                p.drawText(QPointF(x, bar.bottom() + 2 + fm.ascent()), text)
        elif self.mode == "softmax":
            p.drawText(QPointF(4, 2 + fm.ascent()), self.tr("Predicted class (paler: less sure)"))
            x, y = 4.0, 2 + h + 2
            for k, name in enumerate(self.names):
                w = 12 + 4 + fm.horizontalAdvance(name) + 10
                if x + w > left_w:
                    break
                p.fillRect(QRectF(x, y, 12, 12), faded(palette.class_color(k)))
                p.setPen(QPen(palette.MUTED, 1))
                p.drawRect(QRectF(x, y, 12, 12))
                p.setPen(palette.TEXT)
                p.drawText(QPointF(x + 16, y + fm.ascent() - 1), name)
                x += w
        p.end()

    def _paint_markers(self, p: QPainter, fm) -> float:
        labels = {"train": self.tr("train"), "dev": self.tr("dev"), "test": self.tr("test")}
        items = [(s, labels[s]) for s in ("train", "dev", "test") if s in self.splits]
        widths = [14 + fm.horizontalAdvance(t) + 10 for _, t in items]
        total = sum(widths)
        x = self.width() - total - 4
        y = 2 + fm.height() + 2 + 5
        grey = palette.MUTED
        for (split, text), w in zip(items, widths):
            paint_marker(p, split, QPointF(x + 5, y), grey)
            p.setPen(palette.TEXT)
            p.drawText(QPointF(x + 14, y + fm.ascent() / 2 - 1), text)
            x += w
        return total

    def _name(self, k: int) -> str:
        return self.names[k] if k < len(self.names) else str(k)

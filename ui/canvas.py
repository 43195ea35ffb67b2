"""The network canvas: the view in which the learner's network is drawn.

What this is now: a QGraphicsView over its own scene, showing a short
placeholder while there is no network. Later issues add the items for units
and weights; like every view it will only paint what the engine computed
(DESIGN.md), never compute it.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QWidget

BACKGROUND = QColor("#ffffff")
PLACEHOLDER_COLOUR = QColor("#8a93a0")


class NetworkCanvas(QGraphicsView):
    """A view of the network scene; shows "No network yet" while the scene is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NetworkCanvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(BACKGROUND)
        self.setScene(QGraphicsScene(self))
        self.placeholder = self._add_placeholder(self.tr("No network yet"))

    def _add_placeholder(self, text: str) -> QGraphicsSimpleTextItem:
        """Put ``text`` at the scene's centre; the view centres a scene smaller than itself."""
        item = QGraphicsSimpleTextItem(text)
        font = QFont(item.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        item.setFont(font)
        item.setBrush(PLACEHOLDER_COLOUR)
        bounds = item.boundingRect()
        item.setPos(-bounds.width() / 2, -bounds.height() / 2)
        self.scene().addItem(item)
        self.scene().setSceneRect(QRectF(item.pos(), bounds.size()))
        return item

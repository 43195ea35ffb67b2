"""The canvas's marks on hidden units that are exact copies of each other (the symmetry problem).

Under zero initialization every hidden unit of a layer starts with the same incoming weights,
computes the same thing and receives the same gradient, so it stays a copy for ever: the layer
is as good as one unit. The canvas frames each group of copies in one colour with an "=" badge.

Which units are copies comes from the engine (``Snapshot.instruments["depth"]["identical"]``,
``nnsim.instruments.identical_units``): View → Mark identical units and the zero-initialization
lesson turn the "depth" instrument on, so the engine finds them. The canvas compares no weights
itself. What this is not: a view with its own state beyond the items it draws.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from .. import palette

Groups = dict[int, list[tuple[int, ...]]]


def copy_groups(snapshot: Any) -> Groups:
    """Per hidden layer k, the groups of units that are copies, as the engine found them ({} when
    the snapshot does not carry them)."""
    depth = getattr(snapshot, "instruments", {}).get("depth")
    if isinstance(depth, dict) and isinstance(depth.get("identical"), dict):
        return {int(k): [tuple(int(i) for i in g) for g in groups] for k, groups in depth["identical"].items()}
    return {}


def copies_tooltip(k: int, group: tuple[int, ...]) -> str:
    units = ", ".join(str(i + 1) for i in group)
    return QCoreApplication.translate("NetworkCanvas", (
        "Units {units} of layer {k} are exact copies: the same incoming weights and bias, so they compute "
        "the same value and get the same gradient. They stay copies while training: the layer works like "
        "one unit.")).format(units=units, k=k)


class CopyMarks:
    """The outlines and badges on the neurons of ``layers`` (one list of NeuronItems per layer k)."""

    def __init__(self, layers: list[list[QGraphicsItem]]) -> None:
        self.layers = layers
        self.items: list[QGraphicsItem] = []
        self.shown: Groups = {}

    def show(self, groups: Groups) -> None:
        """Mark ``groups`` (none: clear); rebuilt only when the groups change."""
        groups = {k: g for k, g in groups.items() if g}
        if groups == self.shown:
            return
        self.clear()
        self.shown = groups
        colour_index = 0
        for k, layer_groups in sorted(groups.items()):
            if not 1 <= k < len(self.layers):
                continue
            for group in layer_groups:
                colour = palette.COPY_COLORS[colour_index % len(palette.COPY_COLORS)]
                colour_index += 1
                tip = copies_tooltip(k, group)
                for i in group:
                    if 0 <= i < len(self.layers[k]):
                        self._mark(self.layers[k][i], colour, tip)

    def _mark(self, node: QGraphicsItem, colour, tip: str) -> None:
        r = node.rect()
        outline = QGraphicsRectItem(r.adjusted(-4, -4, 4, 4), node)
        pen = QPen(colour, 3.0)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        outline.setPen(pen)
        outline.setBrush(Qt.BrushStyle.NoBrush)
        outline.setZValue(2)
        outline.setToolTip(tip)
        side = max(12.0, r.width() * 0.36)
        badge = QGraphicsRectItem(r.right() - side * 0.55, r.top() - side * 0.45, side, side, node)
        badge.setPen(QPen(palette.BACKGROUND, 1.0))
        badge.setBrush(QBrush(colour))
        badge.setZValue(3)
        badge.setToolTip(tip)
        text = QGraphicsSimpleTextItem("=", badge)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(side * 0.9))
        text.setFont(font)
        text.setBrush(QBrush(palette.BACKGROUND))
        br = text.boundingRect()
        text.setPos(badge.rect().center().x() - br.width() / 2, badge.rect().center().y() - br.height() / 2)
        self.items += [outline, badge]

    def clear(self) -> None:
        for item in self.items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
        self.items = []
        self.shown = {}

    def marked(self) -> set[tuple[int, int]]:
        """(k, i) of every unit marked (tests read it)."""
        return {(k, i) for k, groups in self.shown.items() for g in groups for i in g}

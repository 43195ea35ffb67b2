"""What the learner does on the network canvas: pointing, hovering, clicking, keys, tooltips, and the edits.

``CanvasInteraction`` is a mixin of ``NetworkCanvas`` (it comes first in the bases, so its Qt event
handlers override ``QGraphicsView``'s): it finds the action under the pointer (the items' ``ACTION``
data, or a link within ``HIT_PIXELS``), keeps the hover and the link halo, and turns clicks into
edits sent to the controller (``controller.edit``, computed by ``nnsim_ui.canvas.edits``, or
``controller.set_weight``). Its words are in the ``NetworkCanvas`` translation context.
"""
from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QInputDialog, QMenu, QToolTip

from nnsim.activations import HIDDEN_ACTIVATIONS

from . import edits
from .. import palette
from ..text.names import formula
from .edits import Refused
from .items import ACTION, bucket_width
from .words import Words, activation_title, arg, feature_title, refusal

HIT_PIXELS = 3.0           # how near (in screen pixels) the pointer must be to a link


class CanvasInteraction:
    """The pointer, keys and edits of ``NetworkCanvas`` (see the module docstring)."""

    # -- what is under the pointer ------------------------------------------------------------
    def target_at(self, pos: QPoint) -> tuple | None:
        """What viewport point ``pos`` is on, as an action tuple: ("add_layer", g),
        ("remove_layer" | "add_unit" | "remove_unit" | "activation", k), ("feature", name),
        ("neuron" | "bias", k, i), ("link", k, i, j); None for nothing."""
        for item in self.items(pos):
            while item is not None and item.data(ACTION) is None:
                item = item.parentItem()
            if item is not None:
                return tuple(item.data(ACTION))
        p = self.mapToScene(pos)
        tolerance = HIT_PIXELS / max(self.transform().m11(), 1e-6)
        for k, bundle in self.bundles.items():
            hit = bundle.hit(p.x(), p.y(), tolerance)
            if hit is not None:
                return ("link", k, *hit)
        return None

    def _item_of(self, target: tuple | None) -> QGraphicsItem | None:
        if target is None:
            return None
        if target in self.handles:
            return self.handles[target]
        if target[0] == "feature":
            return self.inputs.get(target[1])
        if target[0] in ("neuron", "bias") and target[1] < len(self.layers) and target[2] < len(self.layers[target[1]]):
            node = self.layers[target[1]][target[2]]
            return node if target[0] == "neuron" else node.bias
        return None

    def _set_hover(self, target: tuple | None) -> None:
        if target == self._hover:
            return
        for t, on in ((self._hover, False), (target, True)):
            item = self._item_of(t)
            if item is not None and hasattr(item, "set_hovered"):
                item.set_hovered(on)
        self._hover = target
        if target and target[0] == "link":
            self._show_halo(target)
        elif self._halo is not None:
            self._halo.hide()
        clickable = target is not None and target[0] != "neuron"
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)

    def _show_halo(self, target: tuple) -> None:
        _, k, i, j = target
        bundle = self.bundles.get(k)
        if bundle is None or self._halo is None or i >= bundle.shape[0] or j >= bundle.shape[1]:
            return
        pen = QPen(palette.HIGHLIGHT, bucket_width(int(bundle.buckets[i, j])) + 5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._halo.setPen(pen)
        self._halo.setPath(bundle.link_path(i, j))
        self._halo.show()

    # -- events -------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self._set_hover(self.target_at(event.position().toPoint()))

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        self._pressed = None
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.target_at(event.position().toPoint())
        if self._pressed is None:
            super().mousePressEvent(event)
        else:
            event.accept()                    # a click of ours: acted on at release

    def mouseReleaseEvent(self, event) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if self.target_at(event.position().toPoint()) == pressed:
            self.activate(pressed, event.globalPosition().toPoint())

    def keyPressEvent(self, event) -> None:
        """+ / − over a hidden layer (its neurons or its header) add or remove a neuron."""
        t = self._hover
        k = t[1] if t and t[0] in ("neuron", "bias", "add_unit", "remove_unit", "activation", "remove_layer") else 0
        if 1 <= k < len(self.layers) - 1:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.activate(("add_unit", k))
                return
            if event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.activate(("remove_unit", k))
                return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            target = self.target_at(event.pos())
            text = self.tooltip_for(target)
            if text:
                self._tip = (target, event.globalPos())
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                self._tip = None
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_for(self, target: tuple | None) -> str:
        """The words shown on hovering ``target``, with the probe example's numbers."""
        if not target or self.snapshot is None:
            return ""
        return Words(self.snapshot, self.locale()).tooltip(target)

    # -- edits --------------------------------------------------------------------------------
    def activate(self, target: tuple, global_pos: QPoint | None = None) -> None:
        """Do what clicking ``target`` does."""
        kind, args = target[0], target[1:]
        if kind == "neuron":
            self.neuronClicked.emit(int(args[0]), int(args[1]))
            return
        if kind == "link" and getattr(self.snapshot, "mode", "live") == "step":
            self.weightClicked.emit(*(int(a) for a in args))    # step by step: follow its chain rule
            return
        if self.controller is None:
            return
        if kind == "activation":
            self.popup_activation_menu(args[0], global_pos)
        elif kind in ("link", "bias"):
            self.edit_weight(*(args if kind == "link" else (*args, -1)))
        elif kind == "add_layer":
            self._edit(edits.add_layer, args[0],
                       text=QCoreApplication.translate("NetworkCanvas", "Add a hidden layer"))
        elif kind == "remove_layer":
            self._edit(edits.remove_layer, args[0],
                       text=arg(QCoreApplication.translate("NetworkCanvas", "Remove hidden layer %1"), args[0]))
        elif kind == "add_unit":
            self._edit(edits.add_unit, args[0],
                       text=arg(QCoreApplication.translate("NetworkCanvas", "Add a neuron to layer %1"), args[0]))
        elif kind == "remove_unit":
            self._edit(edits.remove_unit, args[0],
                       text=arg(QCoreApplication.translate("NetworkCanvas", "Remove a neuron from layer %1"), args[0]))
        elif kind == "batch_norm":
            words = (QCoreApplication.translate("NetworkCanvas", "Turn batch normalization off")
                     if edits.batch_norm_on(self.controller.config)
                     else QCoreApplication.translate("NetworkCanvas", "Turn batch normalization on"))
            self._edit(edits.toggle_batch_norm, text=words)
        elif kind == "feature":
            name = args[0]
            on = name in edits.features(self.controller.config)
            title = feature_title(name, False)
            words = (QCoreApplication.translate("NetworkCanvas", "Stop using input %1") if on
                     else QCoreApplication.translate("NetworkCanvas", "Use input %1"))
            self._edit(edits.toggle_feature, name, text=arg(words, title))

    def _edit(self, change, *args: Any, text: str) -> None:
        try:
            changes = change(self.controller.config, *args)
        except Refused as e:
            words = refusal(e)
            if words:
                self.message.emit(words)
            return
        self.controller.edit(changes, text)

    def set_activation(self, k: int, name: str) -> None:
        if self.controller is not None:
            words = QCoreApplication.translate("NetworkCanvas", "Set layer %1's activation to %2")
            self._edit(edits.set_activation, k, name, text=arg(words, k, activation_title(name)))

    def popup_activation_menu(self, k: int, global_pos: QPoint | None = None) -> QMenu:
        """Pop up (without blocking) a menu of the hidden activations for layer k."""
        if self._menu is not None:
            self._menu.deleteLater()
        net = self.controller.config.get("network", {}) if self.controller is not None else {}
        current = net.get("activation")
        if isinstance(current, list):
            current = current[k - 1] if 1 <= k <= len(current) else None
        menu = self._menu = QMenu(self)
        for name, act in HIDDEN_ACTIVATIONS.items():
            action = menu.addAction(activation_title(name))
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setToolTip(formula(act.formula))
            action.setData(name)
            action.triggered.connect(partial(self.set_activation, k, name))
        if global_pos is None:
            item = self.handles.get(("activation", k))
            corner = item.sceneBoundingRect().bottomLeft() if item is not None else QPointF()
            global_pos = self.viewport().mapToGlobal(self.mapFromScene(corner))
        menu.popup(global_pos)
        return menu

    @property
    def activation_menu(self) -> QMenu | None:
        """The activation menu last popped up."""
        return self._menu

    def edit_weight(self, k: int, i: int, j: int) -> None:
        """Ask for a new value of W[k][i, j] (j = -1: the bias b[k][i]) and send it."""
        snap = self.snapshot
        if self.controller is None or snap is None:
            return
        try:
            current = float(snap.biases[k][i] if j < 0 else snap.weights[k][i, j])
        except (IndexError, TypeError):
            return
        title, label = Words(snap, self.locale()).weight_question(k, i, j)
        value, ok = QInputDialog.getDouble(self, title, label, current if np.isfinite(current) else 0.0,
                                           -1e6, 1e6, 4)
        if ok:
            self.controller.set_weight(k, i, j, value)

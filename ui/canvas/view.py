"""The network canvas: the learner's network, drawn from each snapshot and edited by hand.

What this is: a ``QGraphicsView`` showing the inputs, hidden layers and output
left to right. Each neuron is a small heatmap of its own output over the input
plane (as TensorFlow Playground draws it), each link is coloured by the sign
of its weight and thick by its magnitude, and a legend says so. The learner
edits the network on it: "+ layer" between columns adds a hidden layer, "×"
removes one, "−"/"+" under a layer's header remove or add a neuron (or the
−/+ keys over a layer), the activation chip opens a menu, clicking an input
toggles that feature, clicking a link or a bias square asks for its value.
Every edit goes to the controller: ``controller.edit`` (undoable, computed by
``nnsim_ui.canvas.edits``) or ``controller.set_weight``; an edit past the limits is
refused with the ``message`` signal.

In step-by-step and propagation modes (``snapshot.phase`` present) it also
shows what the phase is about (``nnsim_ui.canvas.phase``): the layer, its neurons
and links highlighted, dropped units greyed with their links cut, and, while
propagation animates, a pulse moving along the links between phase snapshots,
driven by a QVariantAnimation on the UI thread. ``highlighted_layer`` and
``highlighted_phase`` say what is highlighted; clicking a neuron emits
``neuronClicked(k, i)`` (the step panel focuses it).

What this is not: mathematics. Heatmaps, weights and the probe example's
numbers arrive computed in the ``Snapshot``; the canvas maps them to colours.
Items (``nnsim_ui.canvas.items``) are rebuilt only when the topology changes; other
snapshots, about 30 a second while training, update pixmaps and link buckets
in place. Words live in ``nnsim_ui.canvas.words``.
"""
from __future__ import annotations

import time
from functools import partial
from typing import Any

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (QFrame, QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QInputDialog, QMenu, QToolTip, QWidget)

from nnsim.activations import HIDDEN_ACTIVATIONS
from nnsim.data import FEATURES

from . import edits
from .. import palette
from .copies import CopyMarks, copy_groups
from .phase import PhaseOverlay, PhaseViewing
from .items import (
    ACTION, Button, Chip, LinkBundle, NeuronItem, bucket_pen, bucket_width, centred_text, heatmap_rgba, legend_bar, pixmap_of, text_item,
)
from ..text.names import formula
from .words import Words, activation_title, arg, feature_title, refusal
from .edits import MAX_HIDDEN_LAYERS, MAX_UNITS, Refused  # noqa: F401  (the limits, for other views)

LINK_GAP = 110.0           # scene pixels between a column's right edge and the next one's left
NODE_GAP = 14.0            # between neurons of a column, at full size
COLUMN_BUDGET = 8 * (palette.NODE_SIZE + NODE_GAP)   # taller columns shrink their neurons
HEADER_HEIGHT = 104.0
MAX_ZOOM = 1.6             # a small network is not blown up past this in a large window
HIT_PIXELS = 3.0           # how near (in screen pixels) the pointer must be to a link
CURVE_LIMIT = 400          # more links than this are drawn straight: wide curves are slow to stroke
SLOW_UPDATE = 0.008        # seconds: slower updates are throttled (a 10×32 network takes ~15 ms)

_PLACEHOLDER_COLOUR = QColor("#8a93a0")


def _heatmap_mode(activation: str | None) -> str:
    """How a layer's outputs map to colours (see ``canvas_items.heatmap_rgba``)."""
    if activation is None:
        return "each"                  # input features: each on its own scale
    return {"sigmoid": "unit", "softmax": "unit", "tanh": "signed"}.get(activation, "layer")


class NetworkCanvas(QGraphicsView, PhaseViewing):
    """The network, drawn from snapshots and edited by direct manipulation."""

    message = Signal(str)           # a refused edit, in words (the status bar shows it)
    neuronClicked = Signal(int, int)    # (layer k, unit i): the step panel writes that neuron out

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        """``controller``: ``nnsim_ui.engine.controller.Controller`` (or None: a canvas that only shows)."""
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("NetworkCanvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(palette.BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setScene(QGraphicsScene(self))
        self.placeholder = self._add_placeholder(self.tr("No network yet"))
        self.snapshot: Any = None
        self._topology: tuple | None = None
        self._root: QGraphicsRectItem | None = None
        self._clear_items()
        self._pressed: tuple | None = None
        self._tip: tuple[tuple, QPoint] | None = None     # the target a tooltip shows, and where
        self._menu: QMenu | None = None
        self._zoom = 1.0                      # View → Zoom: how far past MAX_ZOOM a small network may grow
        self._cost = 0.0                      # seconds an update takes (moving average)
        self._last_update = 0.0
        self._waiting: Any = None             # the newest snapshot held back by the throttle
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.timeout.connect(self._show_waiting)
        self._init_phases()

    # -- building -----------------------------------------------------------------------------
    def _add_placeholder(self, text: str) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        font = QFont(item.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        item.setFont(font)
        item.setBrush(_PLACEHOLDER_COLOUR)
        bounds = item.boundingRect()
        item.setPos(-bounds.width() / 2, -bounds.height() / 2)
        self.scene().addItem(item)
        self.scene().setSceneRect(QRectF(item.pos(), bounds.size()))
        return item

    def _clear_items(self) -> None:
        if self._root is not None:
            self.scene().removeItem(self._root)
            shiboken6.delete(self._root)          # and every child with it, now
        self._root = None
        self.layers: list[list[NeuronItem]] = []        # per layer k; layer 0: the active inputs, in order
        self.inputs: dict[str, NeuronItem] = {}         # every input node shown, by feature name
        self.bundles: dict[int, LinkBundle] = {}        # the links into layer k
        self.handles: dict[tuple, QGraphicsItem] = {}   # buttons and chips, by action
        self._modes: list[str] = []
        self._halo: QGraphicsPathItem | None = None
        self._hover: tuple | None = None
        self.overlay: PhaseOverlay | None = None
        self._phase_key: tuple | None = None
        self.copy_marks = CopyMarks(self.layers)        # units that are exact copies (zero init)

    @staticmethod
    def topology_of(snapshot: Any) -> tuple:
        """What decides the scene's items: sizes, activations, inputs, data kind, generation."""
        spec = snapshot.spec
        return (tuple(spec["sizes"]), str(spec["activation"]), spec["output"], tuple(snapshot.feature_names),
                snapshot.config["data"].get("dataset") == "csv", snapshot.generation)

    def _build(self, snap: Any) -> None:
        self._clear_items()
        self.placeholder.hide()
        root = self._root = QGraphicsRectItem()
        root.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.scene().addItem(root)

        sizes = [int(n) for n in snap.spec["sizes"]]
        depth = len(sizes) - 1
        csv = snap.config["data"].get("dataset") == "csv"
        active = list(snap.feature_names)
        shown = active if csv else list(FEATURES)        # two-column data: all seven, to switch on
        counts = [len(shown), *sizes[1:]]
        pitch = min(palette.NODE_SIZE + NODE_GAP, COLUMN_BUDGET / max(counts))
        size = pitch * palette.NODE_SIZE / (palette.NODE_SIZE + NODE_GAP)
        column_height = max(counts) * pitch
        left = [c * (size + LINK_GAP) for c in range(depth + 1)]
        ys = [HEADER_HEIGHT + (column_height - n * pitch) / 2 + pitch * (np.arange(n) + 0.5) for n in counts]
        words = Words(snap, self.locale())
        self._modes = [_heatmap_mode(None), *(_heatmap_mode(words.activation(k)) for k in range(1, depth + 1))]

        layer0: dict[str, NeuronItem] = {}
        for idx, name in enumerate(shown):
            node = NeuronItem(root, size, ("feature", name), bias=False)
            node.setPos(left[0], ys[0][idx] - size / 2)
            on = name in active
            label = text_item(root, feature_title(name, csv), size=10, colour=palette.TEXT if on else palette.MUTED)
            r = label.boundingRect()
            label.setPos(left[0] - r.width() - 8, ys[0][idx] - r.height() / 2)
            self.inputs[name] = node
            if on:
                layer0[name] = node
            else:
                node.set_inactive()
        self.layers.append([layer0[name] for name in active])
        if not csv:
            self._picture_unused_inputs(snap)

        links = len(active) * sizes[1] + sum(a * b for a, b in zip(sizes[1:], sizes[2:]))
        for k in range(1, depth + 1):
            nodes = [NeuronItem(root, size, ("neuron", k, i), bias=True) for i in range(sizes[k])]
            for node, y in zip(nodes, ys[k]):
                node.setPos(left[k], y - size / 2)
            self.layers.append(nodes)
            y_prev = ys[0][[shown.index(f) for f in active]] if k == 1 else ys[k - 1]
            self.bundles[k] = LinkBundle(root, k, left[k - 1] + size, y_prev, left[k], ys[k],
                                         curved=links <= CURVE_LIMIT)

        self._build_headers(root, [x + size / 2 for x in left], sizes, words, csv)
        for g in range(depth):        # between column g and g + 1
            chip = self._add(Chip(root, self.tr("+ layer"), ("add_layer", g), size=8))
            chip.centre_on(left[g] + size + LINK_GAP / 2, HEADER_HEIGHT - 18)
        self._halo = QGraphicsPathItem(root)
        self._halo.setZValue(-1)
        self._halo.hide()
        self._build_legend(root, left[0] - 60, HEADER_HEIGHT + column_height + 26)
        self.overlay = PhaseOverlay(root, self.layers, self.bundles)
        self.copy_marks = CopyMarks(self.layers)
        self._fit()

    def _build_headers(self, root: QGraphicsItem, cx: list[float], sizes: list[int], words: Words,
                       csv: bool) -> None:
        depth = len(sizes) - 1
        centred_text(root, self.tr("Input"), cx[0], 0, size=10, bold=True)
        hint = self.tr("columns of the file") if csv else self.tr("click to switch on/off")
        centred_text(root, hint, cx[0], 22, size=8, colour=palette.MUTED)
        for k in range(1, depth):
            title = centred_text(root, arg(self.tr("Layer %1"), k), cx[k] - 8, 0, size=10, bold=True)
            r = title.sceneBoundingRect()
            self._add(Button(root, QPointF(r.right() + 10, r.center().y()), "×", ("remove_layer", k), radius=7))
            chip = self._add(Chip(root, activation_title(words.activation(k)) + " ▾", ("activation", k)))
            chip.centre_on(cx[k], 31)
            count = text_item(root, self.tr("1 neuron") if sizes[k] == 1 else arg(self.tr("%1 neurons"), sizes[k]),
                              size=8.5)
            r = count.boundingRect()
            count.setPos(cx[k] - r.width() / 2, 58 - r.height() / 2)
            self._add(Button(root, QPointF(cx[k] - r.width() / 2 - 12, 58), "−", ("remove_unit", k), radius=8))
            self._add(Button(root, QPointF(cx[k] + r.width() / 2 + 12, 58), "+", ("add_unit", k), radius=8))
        centred_text(root, self.tr("Output"), cx[depth], 0, size=10, bold=True)
        Chip(root, activation_title(words.activation(depth)), None).centre_on(cx[depth], 31)

    def _picture_unused_inputs(self, snap: Any) -> None:
        """Unused features: a faded picture of the feature over the same plane, to show what it adds.

        The plane's standardised x1 and x2 are read off the x1 and x2 heatmaps when those inputs
        are on (else about ±2, where standardised data lie); the feature is nnsim's own function.
        """
        active = list(snap.feature_names)
        H0 = np.asarray(snap.heatmaps[0]) if snap.heatmaps else np.zeros((0, 24, 24))
        n = H0.shape[-1] if H0.ndim == 3 and H0.shape[-1] > 1 else 24
        x1 = x2 = np.linspace(-2.0, 2.0, n)
        if H0.ndim == 3 and H0.shape[0] == len(active):
            if "x1" in active:
                x1 = H0[active.index("x1")][0, :].astype(float)
            if "x2" in active:
                x2 = H0[active.index("x2")][:, 0].astype(float)
        g1, g2 = np.meshgrid(x1, x2)
        for name, node in self.inputs.items():
            if name not in active and name in FEATURES:
                values = np.asarray(FEATURES[name].fn(g1, g2), dtype=float)[None]
                node.set_pixmap(pixmap_of(heatmap_rgba(values, "each")[0]))

    def _build_legend(self, root: QGraphicsItem, x: float, y: float) -> None:
        legend_bar(root, 110, 12).setPos(x, y + 2)
        for text, fx in (("−", 0.0), ("0", 0.5), ("+", 1.0)):
            centred_text(root, text, x + 110 * fx, y + 15, size=8, colour=palette.MUTED)
        text_item(root, self.tr("Neuron: its output over the input plane (x₁ across, x₂ up),\n"
                                "blue low, white middle, orange high. Square: its bias b."),
                  size=8.5).setPos(x + 122, y - 1)
        y += 40
        for n, bucket in enumerate((-3, -10, 3, 10)):
            path = QPainterPath()
            path.moveTo(x + n * 28, y + 14)
            path.cubicTo(x + n * 28 + 11, y + 14, x + n * 28 + 11, y + 2, x + n * 28 + 22, y + 2)
            QGraphicsPathItem(path, root).setPen(bucket_pen(bucket))
        text_item(root, self.tr("Link: its weight w, blue negative, orange positive;\n"
                                "thicker for larger |w| (thickest at |w| ≥ 4)."), size=8.5).setPos(x + 122, y - 1)

    def _add(self, item: QGraphicsItem) -> Any:
        self.handles[item.data(ACTION)] = item
        return item

    # -- painting a snapshot ------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Any) -> None:
        """Draw ``snapshot``: rebuild the items if the topology changed, else update them in place.

        A big network whose updates are slow (over SLOW_UPDATE) is updated at most once per
        three update times; the newest snapshot waiting is drawn when that time comes.
        """
        try:
            topology = self.topology_of(snapshot)
            sizes = list(topology[0])
        except (AttributeError, KeyError, TypeError):
            return
        if len(sizes) < 2 or any(n < 1 for n in sizes):
            return
        if topology == self._topology and self._cost > SLOW_UPDATE and not self._new_phase(snapshot):
            wait = self._last_update + 3 * self._cost - time.monotonic()
            if wait > 0:
                self._waiting = snapshot
                if not self._throttle.isActive():
                    self._throttle.start(max(1, round(wait * 1000)))
                return
        self._waiting = None
        self.snapshot = snapshot
        rebuilt = topology != self._topology
        if rebuilt:
            self._build(snapshot)
            self._topology = topology
        start = time.monotonic()
        self._update(snapshot)
        self._last_update = time.monotonic()
        if not rebuilt:
            self._cost = 0.7 * self._cost + 0.3 * (self._last_update - start)
        if self._tip is not None and QToolTip.isVisible():          # live numbers while training
            text = self.tooltip_for(self._tip[0])
            if text:
                QToolTip.showText(self._tip[1], text, self.viewport())

    @Slot()
    def _show_waiting(self) -> None:
        snapshot, self._waiting = self._waiting, None
        if snapshot is not None:
            self._last_update = 0.0
            self.show_snapshot(snapshot)

    def _update(self, snap: Any) -> None:
        phase = getattr(snap, "phase", None)
        cuts = self.overlay.prepare(phase, self._focus_example) if self.overlay is not None else {}
        for k, nodes in enumerate(self.layers):
            H = snap.heatmaps[k] if k < len(snap.heatmaps) else None
            if H is None or np.ndim(H) != 3 or H.shape[0] != len(nodes):
                continue
            rgba = heatmap_rgba(H, self._modes[k])
            for i, node in enumerate(nodes):
                node.set_pixmap(pixmap_of(rgba[i]))
            b = snap.biases[k] if 1 <= k < len(snap.biases) else None
            if b is not None and np.shape(b) == (len(nodes),):
                for node, value in zip(nodes, b.tolist()):
                    node.set_bias(value)
        for k, bundle in self.bundles.items():
            if k < len(snap.weights) and snap.weights[k] is not None:
                bundle.update(snap.weights[k], cut=cuts.get(k))
        if self._hover and self._hover[0] == "link":
            self._show_halo(self._hover)
        self._show_copies(snap)
        self._show_phase(snap)

    mark_copies = False           # View → Mark identical units (or the zero-initialization lesson)

    def set_mark_copies(self, on: bool) -> None:
        """Frame hidden units that are exact copies of each other (also whenever the engine sends
        the "depth" instrument, which finds them)."""
        self.mark_copies = bool(on)
        if self.snapshot is not None:
            self._show_copies(self.snapshot)

    def _show_copies(self, snap: Any) -> None:
        on = self.mark_copies or "depth" in getattr(snap, "instruments", {})
        self.copy_marks.show(copy_groups(snap) if on else {})

    def _fit(self) -> None:
        if self._root is None:
            return
        rect = self._root.childrenBoundingRect().adjusted(-14, -14, 14, 14)
        self.scene().setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        cap = MAX_ZOOM * self._zoom
        if self.transform().m11() > cap:
            self.setTransform(QTransform.fromScale(cap, cap))
            self.centerOn(rect.center())
        for bundle in self.bundles.values():
            bundle.set_zoom(self.transform().m11())

    def set_zoom(self, factor: float) -> None:
        """View → Zoom (for a projector): a network smaller than the view may be drawn larger."""
        self._zoom = max(0.25, float(factor))
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

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
        if self.controller is None:
            return
        if kind == "activation":
            self.popup_activation_menu(args[0], global_pos)
        elif kind in ("link", "bias"):
            self.edit_weight(*(args if kind == "link" else (*args, -1)))
        elif kind == "add_layer":
            self._edit(edits.add_layer, args[0], text=self.tr("Add a hidden layer"))
        elif kind == "remove_layer":
            self._edit(edits.remove_layer, args[0], text=arg(self.tr("Remove hidden layer %1"), args[0]))
        elif kind == "add_unit":
            self._edit(edits.add_unit, args[0], text=arg(self.tr("Add a neuron to layer %1"), args[0]))
        elif kind == "remove_unit":
            self._edit(edits.remove_unit, args[0], text=arg(self.tr("Remove a neuron from layer %1"), args[0]))
        elif kind == "feature":
            name = args[0]
            on = name in edits.features(self.controller.config)
            title = feature_title(name, False)
            self._edit(edits.toggle_feature, name, text=arg(self.tr("Stop using input %1") if on
                                                            else self.tr("Use input %1"), title))

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
            self._edit(edits.set_activation, k, name,
                       text=arg(self.tr("Set layer %1's activation to %2"), k, activation_title(name)))

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

    # -- for tests and the picture export -----------------------------------------------------
    def node_pixmap(self, k: int, i: int):
        """The heatmap pixmap of neuron i of layer k (layer 0: the active inputs, in order)."""
        return self.layers[k][i].image.pixmap()

    def handle(self, *action: Any) -> QGraphicsItem:
        """The button or chip of an action, e.g. ``handle("add_unit", 1)``."""
        return self.handles[tuple(action)]

    def viewport_pos_of(self, item_or_point: QGraphicsItem | QPointF) -> QPoint:
        """Where a scene item's centre (or a scene point) is, in viewport coordinates."""
        point = item_or_point if isinstance(item_or_point, QPointF) else item_or_point.sceneBoundingRect().center()
        return self.mapFromScene(point)

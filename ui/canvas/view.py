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
from typing import Any

import numpy as np
import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import (QFrame, QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QMenu, QToolTip, QWidget)

from nnsim.data import FEATURES, SHIPPED, own_columns

from .. import palette
from .block import InputBlock, collapses, image_shape
from .copies import CopyMarks, copy_groups
from .interaction import CanvasInteraction
from .phase import PhaseOverlay, PhaseViewing
from .items import (
    ACTION, Button, Chip, LinkBundle, NeuronItem, bucket_pen, centred_text, heatmap_rgba, legend_bar, pixmap_of, text_item,
    wrapped_text,
)
from .words import Words, activation_title, arg, current_example, feature_title
from .edits import MAX_HIDDEN_LAYERS, MAX_UNITS, Refused  # noqa: F401  (the limits, for other views)
from ..engine.link import EngineLink

LINK_GAP = 110.0           # scene pixels between a column's right edge and the next one's left
NODE_GAP = 14.0            # between neurons of a column, at full size
COLUMN_BUDGET = 8 * (palette.NODE_SIZE + NODE_GAP)   # taller columns shrink their neurons
HEADER_HEIGHT = 104.0
MAX_ZOOM = 1.6             # a small network is not blown up past this in a large window
CURVE_LIMIT = 400          # more links than this are drawn straight: wide curves are slow to stroke
LEGEND_TEXT_WIDTH = 330.0  # the keys' words wrap at least this wide (scene units), more under a wide network
SLOW_UPDATE = 0.008        # seconds: slower updates are throttled (a 10×32 network takes ~15 ms)

_PLACEHOLDER_COLOUR = QColor("#8a93a0")


def _heatmap_mode(activation: str | None) -> str:
    """How a layer's outputs map to colours (see ``canvas_items.heatmap_rgba``)."""
    if activation is None:
        return "each"                  # input features: each on its own scale
    return {"sigmoid": "unit", "softmax": "unit", "tanh": "signed"}.get(activation, "layer")


class NetworkCanvas(CanvasInteraction, QGraphicsView, PhaseViewing):
    """The network, drawn from snapshots and edited by direct manipulation."""

    message = Signal(str)           # a refused edit, in words (the status bar shows it)
    neuronClicked = Signal(int, int)    # (layer k, unit i): the step panel writes that neuron out
    weightClicked = Signal(int, int, int)   # (k, i, j), a link clicked in step mode: the panel's chain rule

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
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
        self.block: InputBlock | None = None           # the input layer collapsed (many columns)
        self.bn_chip: Chip | None = None               # the batch-norm switch (a network with hidden layers)
        self.bn_tags: list[QGraphicsSimpleTextItem] = []   # "BN" over each batch-normalised layer

    @staticmethod
    def topology_of(snapshot: Any) -> tuple:
        """What decides the scene's items: sizes, activations, inputs, data kind, generation."""
        spec = snapshot.spec
        return (tuple(spec["sizes"]), str(spec["activation"]), spec["output"], tuple(snapshot.feature_names),
                own_columns(snapshot.config["data"].get("dataset")), bool(spec.get("batch_norm")), snapshot.generation)

    def _build(self, snap: Any) -> None:
        self._clear_items()
        self.placeholder.hide()
        root = self._root = QGraphicsRectItem()
        root.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.scene().addItem(root)

        sizes = [int(n) for n in snap.spec["sizes"]]
        depth = len(sizes) - 1
        csv = own_columns(snap.config["data"].get("dataset"))      # a CSV file's or a shipped set's columns
        active = list(snap.feature_names)
        shown = active if csv else list(FEATURES)        # two-column data: all seven, to switch on
        collapsed = csv and collapses(len(active))           # many columns: one block (ui/canvas/block.py)
        counts = [1 if collapsed else len(shown), *sizes[1:]]
        pitch = min(palette.NODE_SIZE + NODE_GAP, COLUMN_BUDGET / max(counts))
        size = pitch * palette.NODE_SIZE / (palette.NODE_SIZE + NODE_GAP)
        column_height = max(counts) * pitch
        left = [c * (size + LINK_GAP) for c in range(depth + 1)]
        ys = [HEADER_HEIGHT + (column_height - n * pitch) / 2 + pitch * (np.arange(n) + 0.5) for n in counts]
        words = Words(snap, self.locale())
        self._modes = [_heatmap_mode(None), *(_heatmap_mode(words.activation(k)) for k in range(1, depth + 1))]

        self.block = None
        if collapsed:
            column_height = self._build_block(root, snap, active, left[0] + size, column_height, size)
            ys = [HEADER_HEIGHT + (column_height - n * pitch) / 2 + pitch * (np.arange(n) + 0.5) for n in counts]
            ys[0] = np.full(len(active), HEADER_HEIGHT + column_height / 2)
        layer0: dict[str, NeuronItem] = {}
        for idx, name in enumerate(shown):
            node = NeuronItem(root, size, ("feature", name), bias=False)
            node.setPos(left[0], ys[0][idx] - size / 2)
            self.inputs[name] = node
            if self.block is not None:
                node.hide()                  # the block stands for them; the phase overlay still has them
                layer0[name] = node
                continue
            on = name in active
            label = text_item(root, feature_title(name, csv), size=10, colour=palette.TEXT if on else palette.MUTED)
            r = label.boundingRect()
            label.setPos(left[0] - r.width() - 8, ys[0][idx] - r.height() / 2)
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
        self._build_legend(root, left[0] - 60, HEADER_HEIGHT + column_height + 26, left[-1] + size + 30)
        if self.weight_images():
            for node in self.layers[1]:
                node.image.setTransformationMode(Qt.TransformationMode.FastTransformation)   # crisp pixels
        self.overlay = PhaseOverlay(root, self.layers, self.bundles)
        self.copy_marks = CopyMarks(self.layers)
        self._fit()

    def _build_block(self, root: QGraphicsItem, snap: Any, active: list[str], right: float,
                     column_height: float, size: float) -> float:
        """The collapsed input layer (``nnsim_ui.canvas.block``), right edge at ``right``; the column height."""
        shape = image_shape(snap.config["data"].get("dataset"), len(active))
        if shape is not None:
            h = float(np.clip(column_height * 0.5, 96.0, 180.0))
            w = h * shape[1] / shape[0]
            caption = arg(self.tr("%1 pixels (%2×%3)"), len(active), shape[0], shape[1])
        else:
            w, h = max(18.0, size * 0.45), float(np.clip(column_height * 0.8, 120.0, 400.0))
            caption = arg(self.tr("%1 columns"), len(active))
        column_height = max(column_height, h)
        block = self.block = InputBlock(root, active, shape, w, h)
        block.setPos(right - w, HEADER_HEIGHT + (column_height - h) / 2)
        note = text_item(root, caption, size=8.5, colour=palette.MUTED)
        r = note.boundingRect()
        note.setPos(right - w / 2 - r.width() / 2, HEADER_HEIGHT + (column_height + h) / 2 + 4)
        return column_height

    def _input_hint(self, csv: bool) -> str:
        """The words under "Input": what the inputs are (a shipped set's pixels or measurements, a
        file's columns), or how to switch the two-column data's features."""
        snap = self.snapshot
        dataset = snap.config["data"].get("dataset") if snap is not None else None
        n = len(snap.feature_names) if snap is not None else 0
        if csv and dataset in SHIPPED:
            if image_shape(dataset, n) is not None:
                return arg(self.tr("%1 pixels of the image"), n)
            return arg(self.tr("%1 measurements"), n)
        return self.tr("columns of the file") if csv else self.tr("click to switch on/off")

    def _build_headers(self, root: QGraphicsItem, cx: list[float], sizes: list[int], words: Words,
                       csv: bool) -> None:
        depth = len(sizes) - 1
        centred_text(root, self.tr("Input"), cx[0], 0, size=10, bold=True)
        hint = self._input_hint(csv)
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
        self.bn_chip, self.bn_tags = None, []
        if depth > 1:                 # hidden layers to normalise: the switch, and a tag on each normalised one
            on = bool(words.snap.spec.get("batch_norm"))
            chip = self._add(Chip(root, self.tr("batch norm: on") if on else self.tr("batch norm: off"),
                                  ("batch_norm",), size=8))
            chip.centre_on(cx[depth], 58)
            self.bn_chip = chip
            for k in range(1, depth if on else 1):
                self.bn_tags.append(centred_text(root, self.tr("BN (γ, β)"), cx[k], HEADER_HEIGHT - 20,
                                                 size=7.5, colour=palette.POSITIVE))

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

    def _build_legend(self, root: QGraphicsItem, x: float, y: float, right: float) -> None:
        """The colour and link keys under the network, their words wrapped within the network's width
        (``right``), so a longer language does not make the drawing smaller."""
        legend_bar(root, 110, 12).setPos(x, y + 2)
        width = max(LEGEND_TEXT_WIDTH, right - (x + 122))
        for text, fx in (("−", 0.0), ("0", 0.5), ("+", 1.0)):
            centred_text(root, text, x + 110 * fx, y + 15, size=8, colour=palette.MUTED)
        words = wrapped_text(root, self.tr("Neuron: its output over the input plane (x₁ across, x₂ up),\n"
                                           "blue low, white middle, orange high. Square: its bias b."), width, 8.5)
        words.setPos(x + 122, y - 1)
        if self.weight_images():
            y += max(34, words.boundingRect().height() + 6)
            words = wrapped_text(root, self.tr("Layer 1 neuron: its incoming weights w as an image, blue negative,\n"
                                               "orange positive: the pattern of ink the neuron looks for."), width, 8.5)
            words.setPos(x + 122, y - 1)
        y += max(40, words.boundingRect().height() + 8)
        for n, bucket in enumerate((-3, -10, 3, 10)):
            path = QPainterPath()
            path.moveTo(x + n * 28, y + 14)
            path.cubicTo(x + n * 28 + 11, y + 14, x + n * 28 + 11, y + 2, x + n * 28 + 22, y + 2)
            QGraphicsPathItem(path, root).setPen(bucket_pen(bucket))
        wrapped_text(root, self.tr("Link: its weight w, blue negative, orange positive;\n"
                                   "thicker for larger |w| (thickest at |w| ≥ 4)."), width, 8.5).setPos(x + 122, y - 1)

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
        example = current_example(snap)
        if self.block is not None and example is not None:
            self.block.show_example(example.raw, example.A[0][0])
        self._show_activity(getattr(snap, "drawn", None))
        for k, nodes in enumerate(self.layers):
            if k == 0 and self.block is not None:
                continue                     # hidden behind the block
            H = self._weight_images(snap, len(nodes)) if k == 1 else None
            mode = "layer" if H is not None else self._modes[k]
            if H is None:
                H = snap.heatmaps[k] if k < len(snap.heatmaps) else None
            if H is None or np.ndim(H) != 3 or H.shape[0] != len(nodes):
                continue
            rgba = heatmap_rgba(H, mode)
            for i, node in enumerate(nodes):
                node.set_pixmap(pixmap_of(rgba[i]))
            b = snap.biases[k] if 1 <= k < len(snap.biases) else None
            for node in nodes:                  # a batch-normalised layer has no b (β takes its place)
                if node.bias is not None:
                    node.bias.setVisible(b is not None)
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

    def weight_images(self) -> bool:
        """Whether the first hidden layer's tiles show their incoming weights as images (image data)."""
        return self.block is not None and self.block.is_image

    def _show_activity(self, drawn: Any) -> None:
        """The drawn example's activations as bars beside the hidden units (none without one)."""
        A = getattr(drawn, "A", ()) or ()
        for k in range(1, len(self.layers) - 1):
            a = np.asarray(A[k], dtype=float).ravel() if k < len(A) else None
            ok = a is not None and a.shape == (len(self.layers[k]),) and bool(np.isfinite(a).all())
            top = float(np.max(np.abs(a))) if ok and a.size else 0.0
            for i, node in enumerate(self.layers[k]):
                node.set_activity(abs(a[i]) / top if ok and top > 0 else (0.0 if ok else None))

    def _weight_images(self, snap: Any, units: int) -> np.ndarray | None:
        """Layer 1's W rows, each laid out as the input image ("what this unit looks for"), or None.

        Rows are flipped because ``heatmap_rgba`` draws row 0 at the bottom (the input plane's x₂).
        """
        if not self.weight_images() or len(snap.weights) < 2 or snap.weights[1] is None:
            return None
        W = np.asarray(snap.weights[1])
        if W.shape != (units, len(self.block.cells)):
            return None
        return W.reshape(units, *self.block.grid)[:, ::-1]

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

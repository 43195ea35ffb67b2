"""The canvas in step-by-step and propagation modes: what the phase on show concerns, highlighted.

What this is: ``PhaseOverlay``, built with the canvas's items, draws over them
what ``snapshot.phase`` is about:
- forward k: a band behind layer k, its neurons framed, the links into it lit
  by the signal they carry, |wᵢⱼ·aⱼ| for the focused example (or the batch's
  mean), coloured by its sign;
- loss: the output layer, with the cost (or the focused example's a, y and L);
- backward k: the links into layer k coloured by dW, its neurons framed by dZ;
- update: every link lit in proportion to |ΔW| = |W_new − W_old|, and under the output
  J of the mini-batch before and after the step, with the change ("J 0.693 → 0.651 (−0.042)");
- dropout: a unit the step dropped (for the focused example) greyed, its links
  cut; with the whole batch, greyed by the share of examples that dropped it.
A pulse (dots moving along the lit links, forward left to right, backward
right to left) is drawn at ``set_progress(t)``, t from 0 to 1; the canvas
drives t from a QVariantAnimation between phase snapshots.

What this is not: mathematics. The values are the phase's; the products
w·a, the means over the batch and ΔW are display arithmetic for widths.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QVariantAnimation, Slot
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from .. import palette
from .items import WEIGHT_WIDTH_MAX, GlowBundle, LinkBundle, NeuronItem, text_item
from .words import number, tr
from ..engine.phases import depth_of

MAX_PULSES = 300            # dots drawn at most per phase (the strongest links)
PULSE_MS = (150, 1800)     # a pulse's shortest and longest run along the links, in milliseconds
STEP_PULSE_MS = 450        # the pulse after Next in step-by-step mode
BAND = QColor(255, 212, 0, 46)        # palette.HIGHLIGHT, faint: the layer a phase is about
Array = np.ndarray


def _scaled(values: Array) -> Array:
    """Values to ±WEIGHT_WIDTH_MAX by the largest magnitude (the glow's full width); NaN → 0."""
    v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    top = np.abs(v).max() if v.size else 0.0
    return v * (WEIGHT_WIDTH_MAX / top) if top > 0 else v


class PhaseOverlay:
    """Highlights over the canvas for the phase on show; see the module docstring."""

    def __init__(self, root: QGraphicsItem, layers: list[list[NeuronItem]], bundles: dict[int, LinkBundle]) -> None:
        self.root, self.layers, self.bundles = root, layers, bundles
        self.glows: dict[int, GlowBundle] = {}          # made when first needed
        self.phase: Any = None
        self.example: int | None = None
        self.neuron: tuple[int, int] | None = None
        self.kept: dict[int, Array] = {}                 # dropout: share kept of each unit, by layer
        self.progress: float | None = None              # the pulse's position, None: no pulse
        self._cuts: dict[int, Array] = {}
        self._bare = True               # nothing highlighted
        self._pulse_links: list[tuple[QPainterPath, float, float]] = []   # (path, strength 0..1, sign)
        self.bands: dict[int, QGraphicsRectItem] = {}
        for k, nodes in enumerate(layers):
            if not nodes:
                continue
            rect = QRectF()
            for node in nodes:
                rect = rect.united(node.sceneBoundingRect())
            band = QGraphicsRectItem(rect.adjusted(-10, -10, 10, 10), root)
            band.setPen(QPen(QColor(0, 0, 0, 0), 0))
            band.setBrush(QBrush(BAND))
            band.setZValue(-2)
            band.hide()
            self.bands[k] = band
        self.dots = {sign: QGraphicsPathItem(root) for sign in (-1, 1)}
        for sign, item in self.dots.items():       # the pulse: bright dots, the link's colour says the sign
            item.setBrush(QBrush(palette.HIGHLIGHT))
            item.setPen(QPen(palette.TEXT, 0.9))
            item.setZValue(0.9)
        self.label = text_item(root, "", size=9.5, bold=True)
        self.label.setZValue(3)
        self.label.hide()

    # -- what the canvas asks -----------------------------------------------------------------
    @property
    def kind(self) -> str | None:
        return None if self.phase is None else self.phase.kind

    @property
    def layer(self) -> int | None:
        """The layer highlighted: k for forward and backward, L for the loss, None for the update."""
        if self.phase is None:
            return None
        if self.phase.kind == "loss":
            return depth_of(self.phase)
        return self.phase.layer

    def prepare(self, phase: Any, example: int | None) -> dict[int, Array]:
        """Take the phase on show; return the links to cut for dropout, by layer (bool arrays)."""
        self.phase, self.example = phase, example
        self.kept = {}
        if phase is None:
            return {}
        m = len(phase.batch)
        e = example if example is not None and 0 <= example < m else None
        for k, mask in phase.values.get("masks", {}).items():
            on = np.asarray(mask) > 0
            self.kept[k] = on[e].astype(float) if e is not None else on.mean(axis=0)
        cuts: dict[int, Array] = {}
        for k, bundle in self.bundles.items():
            into = self.kept.get(k)
            out_of = self.kept.get(k - 1)
            cut = np.zeros(bundle.shape, dtype=bool)
            if into is not None and into.shape == (bundle.shape[0],):
                cut |= (into == 0.0)[:, None]
            if out_of is not None and out_of.shape == (bundle.shape[1],):
                cut |= (out_of == 0.0)[None, :]
            if cut.any():
                cuts[k] = cut
        self._cuts = cuts
        return cuts

    def paint(self) -> None:
        """Draw the highlights of the phase taken by ``prepare`` (or remove them)."""
        if self.phase is None and self._bare:
            return                      # live mode: nothing to draw or undo, ~30 times a second
        self._bare = self.phase is None
        for nodes in self.layers:
            for node in nodes:
                node.set_emphasis(None)
        for k, nodes in enumerate(self.layers):
            kept = self.kept.get(k)
            for i, node in enumerate(nodes):
                node.set_dropped(1.0 if kept is None or i >= len(kept) else float(kept[i]))
        for band in self.bands.values():
            band.hide()
        for glow in self.glows.values():
            glow.set_visible(False)
        self.label.hide()
        self._pulse_links = []
        phase = self.phase
        for bundle in self.bundles.values():
            bundle.set_opacity(1.0 if phase is None else 0.3)
        if phase is None:
            self.set_progress(None)
            return
        try:
            getattr(self, "_" + phase.kind)(phase)
        except (KeyError, IndexError, TypeError, ValueError):
            pass                       # a phase that does not fit the items drawn: no highlight
        self.set_progress(self.progress)

    def set_progress(self, t: float | None) -> None:
        """Move the pulse to ``t`` along the lit links (None: no pulse); the update fades instead."""
        self.progress = t
        for item in self.dots.values():
            item.setPath(QPainterPath())
        kind = self.kind
        if kind == "update":
            for glow in self.glows.values():
                for item in glow.items.values():
                    item.setOpacity(1.0 if t is None else 1.0 - 0.7 * t)
            return
        if t is None or not self._pulse_links or kind not in ("forward", "backward"):
            return
        at = t if kind == "forward" else 1.0 - t
        paths = {-1: QPainterPath(), 1: QPainterPath()}
        for path, strength, sign in self._pulse_links:
            p = path.pointAtPercent(at)
            r = 2.5 + 3.5 * strength
            paths[1 if sign >= 0 else -1].addEllipse(p, r, r)
        for sign, item in self.dots.items():
            item.setPath(paths[sign])

    # -- the phases -----------------------------------------------------------------------------
    def _example_row(self, a: Array) -> Array:
        """One example's row of a row-major array, or the batch's mean."""
        a = np.asarray(a, dtype=float)
        if self.example is not None and 0 <= self.example < a.shape[0]:
            return a[self.example]
        return a.mean(axis=0)

    def _glow(self, k: int, values: Array, style: str, top: float | None = None) -> None:
        """Light the links into layer k by ``values`` (scaled by their largest, or by ``top``)."""
        bundle = self.bundles[k]
        glow = self.glows.get(k)
        if glow is None:
            glow = self.glows[k] = GlowBundle(self.root, bundle)
        glow.set_style(style)
        if top is None:
            scaled = _scaled(values)
        else:
            scaled = np.nan_to_num(np.asarray(values, dtype=float)) * (WEIGHT_WIDTH_MAX / top if top > 0 else 0.0)
        cut = self._cuts.get(k)
        if cut is not None:
            scaled = np.where(cut, 0.0, scaled)
        glow.update(scaled)
        glow.set_visible(True)
        for item in glow.items.values():
            item.setOpacity(1.0)
        if style == "signed":
            flat = np.abs(scaled).ravel() / WEIGHT_WIDTH_MAX
            order = np.argsort(flat)[::-1][:MAX_PULSES]
            signs = np.sign(scaled).ravel()
            self._pulse_links = [(bundle.paths[n], float(flat[n]), float(signs[n]))
                                 for n in order.tolist() if flat[n] > 0.02]

    def _frame(self, k: int, colours: list[QColor] | None = None) -> None:
        self.bands[k].show()
        focus = self.neuron[1] if self.neuron is not None and self.neuron[0] == k else None
        for i, node in enumerate(self.layers[k]):
            colour = QColor(palette.HIGHLIGHT) if colours is None else colours[i]
            node.set_emphasis(QPen(colour, 4.5 if i == focus else 3.0))

    def _forward(self, phase: Any) -> None:
        k = phase.layer
        W = np.asarray(phase.values["W"], dtype=float)
        A_prev = np.asarray(phase.values["A_prev"], dtype=float)
        if self.example is not None and 0 <= self.example < A_prev.shape[0]:
            signal = W * A_prev[self.example][None, :]                       # w·a of each link
        else:
            magnitude = np.abs(W) * np.abs(A_prev).mean(axis=0)[None, :]     # mean |w·a| over the batch
            signal = np.sign(W * A_prev.mean(axis=0)[None, :]) * magnitude
        self._glow(k, signal, "signed")
        self._frame(k)

    def _loss(self, phase: Any) -> None:
        L = depth_of(phase)
        self._frame(L)
        v = phase.values
        locale = None
        if self.example is not None and 0 <= self.example < len(phase.batch):
            e = self.example
            a = ", ".join(number(x, locale) for x in np.asarray(v["A"])[e])
            y = ", ".join(number(x, locale) for x in np.asarray(v["Y"])[e])
            lines = [tr("example %1").replace("%1", str(e + 1)), f"a = {a}", f"y = {y}",
                     f"L = {number(np.asarray(v['L'])[e], locale)}"]
        else:
            lines = [f"J = {number(v['cost'], locale)}",
                     tr("batch of %1").replace("%1", str(len(phase.batch)))]
        self.label.setText("\n".join(lines))
        rect = self.bands[L].rect()
        width = self.label.boundingRect().width()
        self.label.setPos(rect.center().x() - width / 2, rect.bottom() + 4)
        self.label.show()

    def _backward(self, phase: Any) -> None:
        k = phase.layer
        self._glow(k, np.asarray(phase.values["dW"], dtype=float), "signed")
        dz = self._example_row(phase.values["dZ"])
        top = np.nanmax(np.abs(dz)) if dz.size else 0.0
        colours = [palette.diverging(float(x), top if top > 0 else 1.0) for x in dz]
        # a dZ near 0 would frame the neuron in near-white: keep a visible edge
        colours = [c if abs(c.lightness() - 247) > 12 else QColor(palette.MUTED) for c in colours]
        self._frame(k, colours)

    def _update(self, phase: Any) -> None:
        v = phase.values
        deltas = {k: np.abs(np.asarray(v["W_new"][k], dtype=float) - np.asarray(v["W_old"][k], dtype=float))
                  for k in self.bundles}
        top = max((float(np.nanmax(d)) for d in deltas.values() if d.size), default=0.0)
        for k, d in deltas.items():
            self._glow(k, d, "glow", top)            # one scale for every layer: small changes stay small
        self._cost_caption(phase)

    def _cost_caption(self, phase: Any) -> None:
        """Under the output: J of this mini-batch before and after the update, and the change (the
        engine's ``cost_before`` and ``cost_after``; the difference is display arithmetic)."""
        v = phase.values
        if "cost_after" not in v:
            return
        before, after = float(v["cost_before"]), float(v["cost_after"])
        change = after - before
        sign = "−" if change < 0 else "+"
        self.label.setText(f"J {number(before)} → {number(after)} ({sign}{number(abs(change))})\n"
                           + tr("this mini-batch, after the update"))
        L = len(self.layers) - 1
        rect = self.bands[L].rect()
        width = self.label.boundingRect().width()
        self.label.setPos(rect.center().x() - width / 2, rect.bottom() + 4)
        self.label.show()


class PhaseViewing:
    """The canvas's side of the phases (mixed into ``nnsim_ui.canvas.view.NetworkCanvas``).

    Needs of the canvas: ``overlay`` (a ``PhaseOverlay`` or None), ``snapshot`` and ``_update``;
    ``_init_phases()`` is called from its ``__init__``.
    """

    overlay: PhaseOverlay | None
    snapshot: Any

    def _init_phases(self) -> None:
        self._focus_example: int | None = None    # the step panel's focused example (None: the batch)
        self._focus_neuron: tuple[int, int] | None = None
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setEndValue(1.0)
        self._pulse.valueChanged.connect(self._on_pulse)
        self._pulse.finished.connect(self._pulse_done)

    def _new_phase(self, snap: Any) -> bool:
        """``snap`` shows another phase than the one on screen (never held back by the throttle)."""
        return self._phase_key_of(snap) != self._phase_key

    @staticmethod
    def _phase_key_of(snap: Any) -> tuple | None:
        phase = getattr(snap, "phase", None)
        # not the object's identity: each snapshot from the engine process brings a new copy of it
        return None if phase is None else (snap.generation, phase.step, phase.index)

    def _show_phase(self, snap: Any) -> None:
        if self.overlay is None:
            return
        self.overlay.neuron = self._focus_neuron
        key = self._phase_key_of(snap)
        fresh = key != self._phase_key
        self._phase_key = key
        if fresh:
            self._pulse.stop()
            self.overlay.progress = None
        self.overlay.paint()
        phase = getattr(snap, "phase", None)
        if not fresh or phase is None:
            return
        mode = getattr(snap, "mode", "live")
        if mode == "propagation" and getattr(snap, "animating", False) and snap.speed:
            ms = 1000.0 / (float(snap.speed) * max(1, phase.total)) * 0.9
            self._start_pulse(int(min(max(ms, PULSE_MS[0]), PULSE_MS[1])))
        elif mode == "step":
            self._start_pulse(STEP_PULSE_MS)

    def _start_pulse(self, ms: int) -> None:
        self._pulse.setDuration(ms)
        self.overlay.set_progress(0.0)
        self._pulse.start()

    @Slot(object)
    def _on_pulse(self, value: Any) -> None:
        if self.overlay is not None and self._pulse.state() == QVariantAnimation.State.Running:
            self.overlay.set_progress(float(value))

    @Slot()
    def _pulse_done(self) -> None:
        if self.overlay is not None:
            self.overlay.set_progress(None if self.overlay.kind != "update" else 1.0)

    def set_pulse_progress(self, t: float | None) -> None:
        """Put the pulse at ``t`` (0..1) now, the animation stopped (for the animation export)."""
        self._pulse.stop()
        if self.overlay is not None:
            self.overlay.set_progress(t)

    @property
    def pulse_running(self) -> bool:
        return self._pulse.state() == QVariantAnimation.State.Running

    @property
    def pulse_progress(self) -> float | None:
        """Where the pulse is along the lit links (0..1), None when there is none."""
        return None if self.overlay is None else self.overlay.progress

    @property
    def highlighted_layer(self) -> int | None:
        """The layer the phase on show is about: k (forward, backward), L (loss); None otherwise."""
        return None if self.overlay is None else self.overlay.layer

    @property
    def highlighted_phase(self) -> tuple[str, int | None] | None:
        """(kind, layer) of the phase highlighted, None in live mode."""
        if self.overlay is None or self.overlay.phase is None:
            return None
        return (self.overlay.kind, self.overlay.phase.layer)

    @Slot(int)
    def set_focus_example(self, index: int) -> None:
        """Follow example ``index`` of the batch (-1: the whole batch), as the step panel does."""
        self._focus_example = None if index is None or index < 0 else int(index)
        if self.snapshot is not None and self.overlay is not None:
            self._update(self.snapshot)

    @Slot(int, int)
    def set_focus_neuron(self, k: int, i: int) -> None:
        self._focus_neuron = (int(k), int(i))
        if self.overlay is not None and self.overlay.phase is not None:
            self.overlay.neuron = self._focus_neuron
            self.overlay.paint()


def link_point(bundle: LinkBundle, i: int, j: int, t: float) -> QPointF:
    """Where a pulse at ``t`` is on link (i, j) (for tests)."""
    return bundle.link_path(i, j).pointAtPercent(t)

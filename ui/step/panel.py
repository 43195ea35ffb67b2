"""The step-by-step panel: one phase of a training step at a time, its formula and its numbers.

What this is: a side panel with Previous/Next (and, in step-by-step mode, the
Left/Right arrow keys), a line saying where in the step we are, an example
and a neuron to focus, and the current phase written out in the course's
column form: the formula with real superscripts, then the matrices with
their shapes, then the scalar view of the focused neuron. The numbers are the
``PhaseView`` the engine sent in ``snapshot.phase``; ``nnsim_ui.step.model`` puts
them in column form (kept as plain data in ``model``), ``nnsim_ui.step.phases``
writes them out with ``nnsim_ui.step.html``'s markup. A matrix too big for the panel is shown in part, and the
whole of it, or a focused example's whole batch, opens in a scrollable table
underneath with the focused example's column highlighted.

What this is not: the engine or a trainer. Next and Previous send
``PhaseNext``/``PhasePrev`` through the controller; what comes back is
painted. Nothing here is computed differently from training.
"""
from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from nnsim import protocol as S

from ..text.numbers import number_locale
from . import html as step_html
from . import model as step_model
from . import phases as step_phases
from .browser import ArrowKeeper, MathBrowser
from .drawn import DRAWN, DrawnBatch
from .html import FOCUS_BG
from ..engine.link import EngineLink

#: Model keys whose columns are the batch's examples (their table highlights the focused one).
PER_EXAMPLE = {"A_prev", "Z", "A", "mask", "Y", "L", "dA", "gprime", "dZ", "dZ_batch", "dA_prev"}


class StepPanel(QWidget):
    """Previous/Next through the phases of a training step, with the formula and numbers of each."""

    exampleFocused = Signal(int)          # index into the batch; -1: the whole batch
    neuronFocused = Signal(int, int)      # (layer k, unit i)

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        """``controller``: anything with ``send(command)`` (``nnsim_ui.engine.controller.Controller``)."""
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("StepPanel")
        self.snapshot: Any = None
        self.snapshot_of_phase: Any = None       # the snapshot that brought the phase on show
        self.phase: Any = None
        self.model: dict = {}
        self.html = ""
        self.matrices: dict[str, step_html.Mat] = {}
        self._generation: int | None = None
        self._example: int | None = None
        self._neurons: dict[int, int] = {}       # the focused unit of each layer
        self._weights: dict[int, int] = {}       # the input j of each layer's one-weight chain
        self._max_cols = 8
        self._updating = False
        self._build_widgets()
        self._keys = [QShortcut(QKeySequence(Qt.Key.Key_Right), self, self.next),
                      QShortcut(QKeySequence(Qt.Key.Key_Left), self, self.previous)]
        for shortcut in self._keys:
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
        self._keeper = ArrowKeeper(self)
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(60)
        self._rerender.timeout.connect(self._render)
        self._deferred: Any = None               # a phase snapshot waiting to be shown
        self._last_render = 0.0
        self._render_cost = 0.0                  # seconds a render takes (moving average)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._show_deferred)
        self._show_nothing()

    def _build_widgets(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setObjectName("phasePrevious")
        self.previous_button.setToolTip(self.tr("Back to the previous phase of this step, as it was computed "
                                                "(key ← in step-by-step mode)"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setObjectName("phaseNext")
        self.next_button.setToolTip(self.tr("Compute the next phase: forward layer by layer, the loss, backward "
                                            "layer by layer, then the update (key → in step-by-step mode)"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.indicator = QLabel(self)
        self.indicator.setObjectName("phaseIndicator")
        self.indicator.setWordWrap(True)
        bold = QFont(self.indicator.font())
        bold.setBold(True)
        self.indicator.setFont(bold)

        self.example_spin = QSpinBox(self)
        self.example_spin.setObjectName("focusExample")
        self.example_spin.setSpecialValueText(self.tr("whole batch"))
        self.example_spin.setToolTip(self.tr("Follow one example of the mini-batch (its column), or the whole "
                                             "batch. Training uses the whole batch (unless Batch of one is ticked)."))
        self.example_spin.valueChanged.connect(self._example_changed)
        self.neuron_spin = QSpinBox(self)
        self.neuron_spin.setObjectName("focusNeuron")
        self.neuron_spin.setMinimum(1)
        self.neuron_spin.setToolTip(self.tr("The neuron of this layer written out term by term "
                                            "(or click a neuron on the network)"))
        self.neuron_spin.valueChanged.connect(self._neuron_changed)
        self.weight_spin = QSpinBox(self)
        self.weight_spin.setObjectName("focusWeight")
        self.weight_spin.setMinimum(1)
        self.weight_spin.setToolTip(self.tr("In a backward phase, the chain rule for one weight w_ij: i is the "
                                            "neuron, j this input from the layer below (or click a cell of dW "
                                            "in its table)"))
        self.weight_spin.valueChanged.connect(self._weight_changed)
        self.batch_of_one = QCheckBox(self.tr("Batch of &one"), self)
        self.batch_of_one.setObjectName("batchOfOne")
        self.batch_of_one.setToolTip(self.tr(
            "Train the next steps on the focused example alone (a mini-batch of one), to see its own "
            "dW and db; untick to go back to the real mini-batches"))
        self.batch_of_one.toggled.connect(self._batch_of_one_toggled)
        example_label = QLabel(self.tr("&Example:"), self)
        example_label.setBuddy(self.example_spin)
        neuron_label = QLabel(self.tr("&Neuron:"), self)
        neuron_label.setBuddy(self.neuron_spin)
        weight_label = QLabel(self.tr("&Weight j:"), self)
        weight_label.setBuddy(self.weight_spin)

        self.browser = MathBrowser(self)
        self.browser.setObjectName("phaseText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.resized.connect(self._fit_columns)

        self.detail = QWidget(self)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        close = QToolButton(self.detail)
        close.setText("×")
        close.setToolTip(self.tr("Close the table"))
        close.clicked.connect(self.close_detail)
        self.table = QTableWidget(self.detail)
        self.table.setObjectName("phaseTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.cellClicked.connect(self._table_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.detail_title, 1)
        top.addWidget(close)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.table)
        self.detail.hide()
        self.detail_key: str | None = None

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.browser)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.batch_of_one)
        self.drawn_batch = DrawnBatch(self.controller, self)
        buttons.addWidget(self.drawn_batch)
        focus = QHBoxLayout()
        focus.addWidget(example_label)
        focus.addWidget(self.example_spin)
        focus.addSpacing(12)
        focus.addWidget(neuron_label)
        focus.addWidget(self.neuron_spin)
        focus.addSpacing(12)
        focus.addWidget(weight_label)
        focus.addWidget(self.weight_spin)
        focus.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.indicator)
        layout.addLayout(focus)
        layout.addWidget(split, 1)

    # -- commands -----------------------------------------------------------------------------
    @Slot()
    def next(self) -> None:
        self.controller.send(S.PhaseNext())

    @Slot()
    def previous(self) -> None:
        self.controller.send(S.PhasePrev())

    @property
    def arrow_keys_enabled(self) -> bool:
        """Left/Right step through phases (in step-by-step mode only)."""
        return self._keys[0].isEnabled()

    # -- focus --------------------------------------------------------------------------------
    @Slot(int)
    def focus_example(self, index: int | None) -> None:
        """Follow example ``index`` of the batch (0-based; None or -1: the whole batch)."""
        self.example_spin.setValue(0 if index is None or index < 0 else index + 1)

    def focus_training_row(self, row: int) -> bool:
        """Follow the example of the batch that is training row ``row`` (a click on the data plot);
        False if that row is not in the batch on show."""
        if self.phase is None:
            return False
        hits = np.flatnonzero(np.asarray(self.phase.batch) == row)
        if not hits.size:
            return False
        self.focus_example(int(hits[0]))
        return True

    @Slot(int, int)
    def focus_neuron(self, k: int, i: int) -> None:
        """Write out unit i of layer k (a click on the canvas)."""
        self._neurons[int(k)] = int(i)
        if self.phase is not None and self.phase.layer == k and self.neuron_spin.isEnabled():
            self.neuron_spin.setValue(int(i) + 1)

    def focused_training_row(self) -> int:
        """The training row of the focused example (else the probe's, else the first row)."""
        if self.phase is not None and self._example is not None and self._example < len(self.phase.batch):
            return int(self.phase.batch[self._example])
        probe = getattr(self.snapshot, "probe", None)
        return int(probe.index) if probe is not None else 0

    @Slot(bool)
    def _batch_of_one_toggled(self, on: bool) -> None:
        self.controller.send(S.SetBatchOfOne(self.focused_training_row() if on else None))

    @Slot(int)
    def _example_changed(self, value: int) -> None:
        if self._updating:
            return
        self._example = None if value == 0 else value - 1
        self.exampleFocused.emit(-1 if self._example is None else self._example)
        self._render()

    @Slot(int, int, int)
    def focus_weight(self, k: int, i: int, j: int) -> None:
        """Follow w⁽ᵏ⁾ᵢⱼ in the chain rule of backward phase k (0-based; a click on a cell of dW or on
        a link of the network in step-by-step mode); shown at once if that phase is on show."""
        k, i, j = int(k), int(i), int(j)
        self._weights[k], self._neurons[k] = j, i
        self.neuronFocused.emit(k, i)
        if self.phase is not None and self.phase.kind == "backward" and self.phase.layer == k:
            self._update_controls()
            self._render()

    @Slot(int)
    def _weight_changed(self, value: int) -> None:
        if self._updating or self.phase is None or self.phase.layer is None:
            return
        self._weights[self.phase.layer] = value - 1
        self._render()

    @Slot(int, int)
    def _table_clicked(self, row: int, col: int) -> None:
        if self.detail_key == "dW" and self.phase is not None:
            self.focus_weight(self.phase.layer, row, col)

    @Slot(int)
    def _neuron_changed(self, value: int) -> None:
        if self._updating or self.phase is None or self.phase.layer is None:
            return
        self._neurons[self.phase.layer] = value - 1
        self.neuronFocused.emit(self.phase.layer, value - 1)
        self._render()

    # -- snapshots ----------------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Any) -> None:
        """Show ``snapshot.phase`` (or say how to start a step when there is none)."""
        self.snapshot = snapshot
        one = getattr(snapshot, "batch_of_one", None) not in (None, DRAWN)
        self.drawn_batch.show_snapshot(snapshot)
        if self.batch_of_one.isChecked() != one:
            self.batch_of_one.blockSignals(True)
            self.batch_of_one.setChecked(one)
            self.batch_of_one.blockSignals(False)
        step_mode = getattr(snapshot, "mode", "live") == "step"
        for shortcut in self._keys:
            shortcut.setEnabled(step_mode)
        if getattr(snapshot, "generation", None) != self._generation:
            self._generation = getattr(snapshot, "generation", None)
            self._neurons.clear()
            self._weights.clear()
        phase = getattr(snapshot, "phase", None)
        if phase is None:
            self._deferred = None
            if self.phase is not None or not self.html:
                self.phase = None
                self._show_nothing()
            self.next_button.setEnabled(True)
            return
        if self.phase is not None and self._key(phase, snapshot) == self._key(self.phase, self.snapshot_of_phase):
            return                               # the same phase again (a snapshot after Pause, say)
        if getattr(snapshot, "mode", "live") == "propagation" and getattr(snapshot, "running", False):
            # Phases playing by themselves: laying out a big network's text takes ~0.1 s, so
            # a hidden panel waits until it is shown, and a slow one shows the newest phase
            # when it has time (the canvas keeps the pace).
            self._deferred = snapshot
            wait = self._last_render + 2 * self._render_cost - time.monotonic()
            if self.isVisible() and wait <= 0:
                self._show_deferred()
            elif self.isVisible() and not self._later.isActive():
                self._later.start(max(1, round(wait * 1000)))
            return
        self._deferred = None
        self._show_phase(snapshot)

    @Slot()
    def _show_deferred(self) -> None:
        snapshot, self._deferred = self._deferred, None
        if snapshot is not None:
            self._show_phase(snapshot)

    def _show_phase(self, snapshot: Any) -> None:
        phase = snapshot.phase
        self.snapshot_of_phase = snapshot
        same_place = self.phase is not None and (self.phase.kind, self.phase.layer) == (phase.kind, phase.layer)
        self.phase = phase
        self._update_controls()
        start = time.monotonic()
        self._render(keep_scroll=same_place)
        self._last_render = time.monotonic()
        self._render_cost = 0.5 * self._render_cost + 0.5 * (self._last_render - start)

    @staticmethod
    def _key(phase: Any, snapshot: Any) -> tuple:
        """Which phase this is (each snapshot from the engine process brings a new copy of it; a
        recomputed step always passes through a snapshot without a phase first)."""
        return (getattr(snapshot, "generation", None), phase.step, phase.index)

    def _update_controls(self) -> None:
        phase = self.phase
        m = int(len(phase.batch))
        self._updating = True
        try:
            self.example_spin.setEnabled(True)
            self.example_spin.setRange(0, m)
            self.example_spin.setSuffix(" " + self.tr("of %1").replace("%1", str(m)))
            if self._example is not None and self._example >= m:
                self._example = None
            self.example_spin.setValue(0 if self._example is None else self._example + 1)
            units = self._units(phase)
            self.neuron_spin.setEnabled(units > 0)
            if units:
                self.neuron_spin.setRange(1, units)
                self.neuron_spin.setValue(min(self._neurons.get(phase.layer, 0), units - 1) + 1)
            inputs = int(np.shape(phase.values["W"])[1]) if phase.kind == "backward" else 0
            self.weight_spin.setEnabled(inputs > 0)
            if inputs:
                self.weight_spin.setRange(1, inputs)
                self.weight_spin.setValue(min(self._weights.get(phase.layer, 0), inputs - 1) + 1)
        finally:
            self._updating = False
        self.previous_button.setEnabled(phase.index > 0)
        self.next_button.setEnabled(True)
        self.indicator.setText(self.indicator_text(phase))

    @staticmethod
    def _units(phase: Any) -> int:
        if phase.kind == "forward":
            return int(np.shape(phase.values["W"])[0])
        if phase.kind == "backward":
            return int(np.shape(phase.values["dZ"])[1])
        return 0

    def indicator_text(self, phase: Any) -> str:
        """Where the step is: "Forward, layer 2 of 3 · phase 2 of 8 · step 14"."""
        L = step_model.depth_of(phase)
        where = {
            "forward": self.tr("Forward, layer %1 of %2"),
            "loss": self.tr("Loss and cost"),
            "backward": self.tr("Backward, layer %1 of %2"),
            "update": self.tr("Update of the parameters"),
        }.get(phase.kind, phase.kind)
        where = where.replace("%2", str(L)).replace("%1", str(phase.layer))
        rest = (self.tr("phase %1 of %2 · step %3").replace("%3", str(phase.step))
                .replace("%2", str(phase.total)).replace("%1", str(phase.index + 1)))
        return f"{where} · {rest}"

    def _show_nothing(self) -> None:
        self.model, self.matrices = {}, {}
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(self.snapshot is not None)
        self.example_spin.setEnabled(False)
        self.neuron_spin.setEnabled(False)
        self.weight_spin.setEnabled(False)
        self.indicator.setText(self.tr("No step in progress"))
        text = step_html.words("Press Next (or → in step-by-step mode) to compute the first phase of a "
                               "training step: forward layer by layer, the loss, backward layer by layer, "
                               "then the update. Each phase shows its formula and the actual numbers.")
        self.html = f'<html><body><p style="color: {step_html.MUTED};">{text}</p></body></html>'
        self.browser.setHtml(self.html)
        self.close_detail()

    @Slot()
    def _render(self, keep_scroll: bool = True) -> None:
        if self.phase is None:
            return
        neuron = self._neurons.get(self.phase.layer, 0) if self.phase.layer is not None else 0
        weight = self._weights.get(self.phase.layer, 0) if self.phase.layer is not None else 0
        self.model = step_model.build(self.phase, self._example, neuron, weight)
        decimal = number_locale().decimalPoint()
        self.html, self.matrices = step_phases.render(self.model, self.phase, self._max_cols, decimal)
        bar = self.browser.verticalScrollBar()
        scroll = bar.value() if keep_scroll else 0
        self.browser.setHtml(self.html)
        bar.setValue(scroll)
        if self.detail_key is not None:
            if self.detail_key in self.matrices:
                self.open_matrix(self.detail_key)
            else:
                self.close_detail()

    # -- the table of a whole matrix ----------------------------------------------------------
    @Slot(QUrl)
    def _open_link(self, url: QUrl) -> None:
        if url.scheme() == "matrix":
            self.open_matrix(url.path())

    def open_matrix(self, key: str) -> None:
        """Show matrix ``key`` whole in the table (a focused example's whole batch, its column marked)."""
        mat = self.matrices.get(key)
        if mat is None:
            return
        a = np.asarray(mat.batch if mat.batch is not None else mat.values, dtype=float)
        a = a.reshape(a.shape[0], -1)
        self.detail_key = key
        focus_col = self._example if (key in PER_EXAMPLE and self._example is not None) else None
        self.table.clear()
        self.table.setRowCount(a.shape[0])
        self.table.setColumnCount(a.shape[1])
        self.table.setHorizontalHeaderLabels([str(c + 1) for c in range(a.shape[1])])
        self.table.setVerticalHeaderLabels([str(r + 1) for r in range(a.shape[0])])
        highlight = QColor(FOCUS_BG)
        for r in range(a.shape[0]):
            for c in range(a.shape[1]):
                v = float(a[r, c])
                item = QTableWidgetItem(f"{v:.6g}".replace("-", step_html.MINUS))
                item.setToolTip(step_html.full(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == focus_col or r == mat.row_focus:
                    item.setBackground(highlight)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        about = " · " + step_html.words("columns are examples") if key in PER_EXAMPLE else ""
        self.detail_title.setText(f"{mat.label} &nbsp;{a.shape[0]}×{a.shape[1]}{about}")
        self.detail.show()
        if focus_col is not None:
            self.table.scrollToItem(self.table.item(0, focus_col))

    @Slot()
    def close_detail(self) -> None:
        self.detail_key = None
        self.detail.hide()

    # -- Qt events ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.window().installEventFilter(self._keeper)
        if self._deferred is not None:
            QTimer.singleShot(0, self._show_deferred)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    @Slot()
    def _fit_columns(self) -> None:
        """How many number columns fit side by side; re-render (soon) when that changes."""
        cell = self.browser.fontMetrics().horizontalAdvance("\u22120.0000") + 14
        budget = max(3, (self.browser.viewport().width() - 40) // max(cell, 1))
        if budget != self._max_cols:
            self._max_cols = budget
            self._rerender.start()

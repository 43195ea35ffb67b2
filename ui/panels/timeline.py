"""The timeline bar under the canvas: scrub back through the run's checkpoints.

The engine keeps checkpoints while training (``nnsim.timeline``; their steps
come in every snapshot as ``Snapshot.timeline``). The slider's last position is
*now*; moving it back sends ``ScrubTo``: training pauses and every view shows
the network as it was at that checkpoint. Then:

- "Replay this step" plays the step that followed the checkpoint once, phase by
  phase (propagation mode at half a step per second), on a scratch state;
- "Continue from here" makes the checkpoint the live state (a branch: the later
  checkpoints and history are discarded, after a confirmation);
- "Back to now" returns to the present (any training command does too).

``install(window)`` puts the bar under the canvas. This module only sends
commands and paints what comes back.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy, QSlider, QVBoxLayout,
                               QWidget)

from nnsim import protocol as S

from ..text import i18n
from ..text.numbers import format_count
from .speed import SPEEDS

REPLAY_SPEED = 0.5          # steps per second: slow enough to follow every phase
SCRUB_DELAY_MS = 30         # a dragged slider sends at most one ScrubTo per this many ms
SLIDER_WIDTH = 120          # the slider's least width: a handle that can still be dragged


class TimelineBar(QWidget):
    """A slider over the checkpoints, a label, and Replay / Continue / Back to now."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = c = window.controller
        self.setObjectName("TimelineBar")
        # Its buttons must not widen the window (a small window clips the bar's right end instead).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.steps: tuple[int, ...] = ()
        self.scrubbed: int | None = None
        self.present_step = 0
        # The slider and its step above, the buttons beside them when the bar is wide enough for one
        # row, else on a row of their own: never clipped ("ontinue from he"), the slider kept usable.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 2, 6, 2)
        outer.setSpacing(2)
        self.top, self.bottom = QHBoxLayout(), QHBoxLayout()
        for row in (self.top, self.bottom):
            row.setSpacing(6)
            outer.addLayout(row)
        self.bottom.addStretch(1)
        caption = QLabel(self.tr("Timeline"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeline")
        self.slider.setRange(0, 0)
        self.slider.setPageStep(1)
        self.slider.setToolTip(self.tr(
            "Checkpoints the engine kept while training: dense for recent steps, sparser further back. "
            "Drag back to see the network, the boundary and the curves as they were."))
        caption.setBuddy(self.slider)
        self.slider.setMinimumWidth(SLIDER_WIDTH)
        self.label = QLabel(self)
        self.replay_button = QPushButton(self.tr("Replay this step"), self)
        self.replay_button.setToolTip(self.tr(
            "Play the training step that followed this checkpoint, phase by phase (the present is kept)"))
        self.continue_button = QPushButton(self.tr("Continue from here"), self)
        self.continue_button.setToolTip(self.tr(
            "Train on from this checkpoint: a branch; the later history is discarded"))
        self.now_button = QPushButton(self.tr("Back to now"), self)
        self.now_button.setToolTip(self.tr("Leave the timeline and show the network as it is now"))
        self.caption = caption
        for w in (caption, self.slider, self.label):
            self.top.addWidget(w, 1 if w is self.slider else 0)
        self.buttons = (self.replay_button, self.continue_button, self.now_button)
        self.rows = 0
        self._place(2)
        self._fit_label()
        self._pending: int | None = None
        self._scrub_timer = QTimer(self)
        self._scrub_timer.setSingleShot(True)
        self._scrub_timer.setInterval(SCRUB_DELAY_MS)
        self._scrub_timer.timeout.connect(self._send_scrub)
        self.slider.valueChanged.connect(self._slider_moved)
        self.replay_button.clicked.connect(self.replay)
        self.continue_button.clicked.connect(self.continue_from_here)
        self.now_button.clicked.connect(self.back_to_now)
        c.snapshotReady.connect(self.show_snapshot)
        self._update_controls()

    # -- what the engine says ----------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snap) -> None:
        steps = tuple(getattr(snap, "timeline", ()) or ())
        scrubbed = getattr(snap, "scrubbed", None)
        if scrubbed is None:
            self.present_step = snap.step
        self.steps, self.scrubbed = steps, scrubbed
        if self._pending is None and not self._scrub_timer.isActive():
            self.slider.blockSignals(True)
            self.slider.setRange(0, len(steps))          # the last position is now
            self.slider.setValue(len(steps) if scrubbed is None else scrubbed)
            self.slider.blockSignals(False)
        self._update_controls()

    def retranslate(self) -> None:
        i18n.retranslate_tree(self, ("TimelineBar",), i18n.previous_language())
        self._fit_label()
        self._update_controls()
        self._place(self._rows_for(self.width()))

    def _fit_label(self) -> None:
        """Room for the step label's longest text in the current language (it does not jump)."""
        longest = self.tr("Step {step} (now)").format(step=format_count(100_000))
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance(longest) + 8)

    def _one_row_width(self) -> int:
        spacing = self.top.spacing()
        parts = [self.caption.sizeHint().width(), SLIDER_WIDTH, self.label.minimumWidth(),
                 *(b.sizeHint().width() for b in self.buttons)]
        margins = self.layout().contentsMargins()
        return sum(parts) + spacing * (len(parts) - 1) + margins.left() + margins.right()

    def _rows_for(self, width: int) -> int:
        return 1 if width >= self._one_row_width() else 2

    def _place(self, rows: int) -> None:
        """The buttons on the slider's row (1) or on their own row under it (2)."""
        if rows == self.rows:
            return
        self.rows = rows
        for b in self.buttons:
            self.top.removeWidget(b)
            self.bottom.removeWidget(b)
        for i, b in enumerate(self.buttons):
            if rows == 1:
                self.top.addWidget(b)
            else:
                self.bottom.insertWidget(i, b)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:                  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place(self._rows_for(event.size().width()))

    def _update_controls(self) -> None:
        on = self.scrubbed is not None
        for b in (self.replay_button, self.continue_button, self.now_button):
            b.setEnabled(on)
        self.slider.setEnabled(bool(self.steps))
        if on and self.scrubbed < len(self.steps):           # type: ignore[operator]
            self.label.setText(self.tr("Step {step}").format(step=format_count(self.steps[self.scrubbed])))
        else:
            self.label.setText(self.tr("Step {step} (now)").format(step=format_count(self.present_step)))

    # -- what the learner does ---------------------------------------------------------------
    @Slot(int)
    def _slider_moved(self, value: int) -> None:
        self._pending = value
        self._scrub_timer.start()

    @Slot()
    def _send_scrub(self) -> None:
        value, self._pending = self._pending, None
        if value is None:
            return
        if value >= len(self.steps):
            if self.scrubbed is not None:
                self.controller.send(S.LeaveTimeline())
        else:
            self.controller.send(S.ScrubTo(value))

    def scrub_to(self, index: int) -> None:
        """Show checkpoint ``index`` (as dragging the slider there does)."""
        self.slider.setValue(index)
        self._scrub_timer.stop()
        self._send_scrub()

    @Slot()
    def replay(self) -> None:
        if self.scrubbed is None:
            return
        speed = getattr(self.window, "speed", None)
        if speed is not None and REPLAY_SPEED in SPEEDS:
            speed.slider.setValue(SPEEDS.index(REPLAY_SPEED))   # the toolbar says so, and sends it
        self.controller.set_speed(REPLAY_SPEED)
        self.controller.send(S.ReplayStep())

    @Slot()
    def continue_from_here(self) -> None:
        i = self.scrubbed
        if i is None or i >= len(self.steps):
            return
        step = self.steps[i]
        answer = QMessageBox.question(
            self.window, self.tr("Continue from here"),
            self.tr("Continue training from step {step}? The history after it (up to step {now}) is "
                    "discarded.").format(step=format_count(step), now=format_count(self.present_step)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.send(S.ContinueFrom(i))

    @Slot()
    def back_to_now(self) -> None:
        self.controller.send(S.LeaveTimeline())



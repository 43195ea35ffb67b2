"""The timeline bar under the canvas (nnsim_ui.panels.timeline), with the real engine process."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nnsim import session as S
from test_app import WAIT, dialogs, wait_snapshot, window  # noqa: F401  (fixtures)


def weights_of(snap) -> list[np.ndarray]:
    return [np.array(a) for k in range(1, len(snap.weights)) for a in (snap.weights[k], snap.biases[k])]


def train_steps(qtbot, window, n: int) -> dict[int, list[np.ndarray]]:
    """Step n times, one at a time; the weights seen after each step."""
    seen = {}
    for _ in range(n):
        target = window.controller.snapshot.step + 1
        window.controller.send(S.Step())
        snap = wait_snapshot(qtbot, window, lambda s, t=target: s.step == t)
        seen[snap.step] = weights_of(snap)
    return seen


def test_scrub_shows_the_checkpoint_and_back_to_now(qtbot, window):
    bar = window.timeline
    assert bar.isVisible() and not bar.now_button.isEnabled()
    seen = train_steps(qtbot, window, 6)
    snap = wait_snapshot(qtbot, window, lambda s: len(s.timeline) == 7)
    assert bar.slider.maximum() == 7 and bar.slider.value() == 7
    i = snap.timeline.index(3)
    bar.scrub_to(i)
    snap = wait_snapshot(qtbot, window, lambda s: s.scrubbed == i)
    assert snap.step == 3 and all(np.array_equal(a, b) for a, b in zip(weights_of(snap), seen[3]))
    assert bar.label.text() == "Step 3" and bar.continue_button.isEnabled()
    qtbot.mouseClick(bar.now_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.scrubbed is None)
    assert snap.step == 6 and all(np.array_equal(a, b) for a, b in zip(weights_of(snap), seen[6]))
    assert bar.label.text() == "Step 6 (now)"


def test_continue_from_here_asks_first_then_branches(qtbot, window, dialogs):
    bar = window.timeline
    train_steps(qtbot, window, 5)
    snap = wait_snapshot(qtbot, window, lambda s: len(s.timeline) == 6)
    i = snap.timeline.index(2)
    bar.scrub_to(i)
    wait_snapshot(qtbot, window, lambda s: s.scrubbed == i)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(bar.continue_button, Qt.MouseButton.LeftButton)
    assert "discarded" in dialogs.questions[-1]
    qtbot.wait(200)
    assert window.controller.snapshot.scrubbed == i and max(window.controller.snapshot.timeline) == 5
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(bar.continue_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.scrubbed is None)
    assert snap.step == 2 and snap.timeline == (0, 1, 2)
    assert bar.slider.maximum() == 3 and not bar.continue_button.isEnabled()


def test_replay_this_step_plays_it_phase_by_phase(qtbot, window):
    bar = window.timeline
    train_steps(qtbot, window, 3)
    snap = wait_snapshot(qtbot, window, lambda s: len(s.timeline) == 4)
    i = snap.timeline.index(1)
    bar.scrub_to(i)
    wait_snapshot(qtbot, window, lambda s: s.scrubbed == i)
    qtbot.mouseClick(bar.replay_button, Qt.MouseButton.LeftButton)
    wait_snapshot(qtbot, window, lambda s: s.mode == "propagation" and s.running and s.phase is not None)
    assert window.speed.speed() == 0.5
    snap = wait_snapshot(qtbot, window, lambda s: not s.running and s.phase is not None
                         and s.phase.kind == "update", timeout=30_000)
    assert snap.step == 2 and snap.scrubbed == i             # the present is still kept aside
    qtbot.mouseClick(bar.now_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.scrubbed is None)
    assert snap.step == 3

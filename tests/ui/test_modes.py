"""The window's modes: Live, Propagation, Step by step (nnsim_ui.window.modes), with the real engine process."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from test_app import WAIT, wait_snapshot  # noqa: E402


def test_step_by_step_from_the_view_menu(qtbot, window):
    modes = window.modes
    modes.actions["step"].trigger()
    snap = wait_snapshot(qtbot, window, lambda s: s.mode == "step")
    assert window.modes.dock.isVisible()
    start = snap.step
    for expected in (("forward", 1), ("forward", 2), ("forward", 3), ("loss", None)):
        qtbot.mouseClick(modes.panel.next_button, Qt.MouseButton.LeftButton)
        snap = wait_snapshot(qtbot, window, lambda s, e=expected: s.phase is not None
                             and (s.phase.kind, s.phase.layer) == e)
    assert modes.panel.model, "the panel shows the phase's numbers"
    assert snap.step == start                          # nothing is trained before the update
    qtbot.mouseClick(modes.panel.previous_button, Qt.MouseButton.LeftButton)
    wait_snapshot(qtbot, window, lambda s: s.phase is not None and s.phase.kind == "forward" and s.phase.layer == 3)
    modes.actions["live"].trigger()                    # another mode discards the part-done step
    snap = wait_snapshot(qtbot, window, lambda s: s.mode == "live" and s.phase is None)
    assert snap.step == start


def test_propagation_mode_plays_phases_and_exports_a_gif(qtbot, window, tmp_path, monkeypatch):
    pytest.importorskip("PIL")
    window.controller.set_speed(1.0)
    window.modes.actions["propagation"].trigger()
    window.controller.play()
    wait_snapshot(qtbot, window, lambda s: s.mode == "propagation" and s.animating and s.running)
    seen = set()

    def phases_seen():
        snap = window.controller.snapshot
        if snap.phase is not None:
            seen.add((snap.phase.step, snap.phase.kind))
        return (1, "update") in seen or len({k for _, k in seen}) == 4

    qtbot.waitUntil(phases_seen, timeout=15000)
    window.controller.pause()
    target = tmp_path / "step.gif"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.modes.export_action.trigger()
    from PIL import Image
    with Image.open(target) as gif:
        assert gif.n_frames > 1


def test_export_animation_with_nothing_recorded_says_so(qtbot, window):
    window.modes.export_action.trigger()
    assert "step through a training step first" in window.statusBar().currentMessage()


def test_clicking_a_training_point_focuses_it_in_the_step_panel(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest
    import numpy as np
    modes, boundary = window.modes, window.boundary
    modes.actions["step"].trigger()
    qtbot.mouseClick(modes.panel.next_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.phase is not None and s.phase.kind == "forward")
    qtbot.waitUntil(lambda: modes.panel.phase is not None and boundary._data is not None, timeout=WAIT)
    data = boundary._data
    for j, tr_row in enumerate(snap.phase.batch):            # one whose point no other training point hides
        row = int(np.asarray(data.train)[tr_row])
        x, y = (float(v) for v in np.asarray(data.X)[row, :2])
        if boundary.point_at(QPointF(x, y)) == row:
            break
    else:      # the data and the batch are seeded: this cannot happen unless the plot hides points
        raise AssertionError("every point of the mini-batch is hidden under another point")
    at = boundary.plot.mapFromScene(boundary.view_box.mapViewToScene(QPointF(x, y)))
    with qtbot.waitSignal(boundary.pointClicked, check_params_cb=lambda r: r == row, timeout=WAIT):
        QTest.mouseClick(boundary.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert modes.panel.example_spin.value() == j + 1          # the panel follows that example
    assert window.controller.focused_example == j            # held by the controller (issue 11)
    assert window.canvas._focus_example == j                  # which the canvas follows
    window.canvas.neuronClicked.emit(1, 2)                    # a click on unit 3 of layer 1
    assert window.controller.focused_neuron == (1, 2) and window.canvas._focus_neuron == (1, 2)
    assert modes.panel._neurons[1] == 2
    outside = int(next(r for r in range(len(data.train)) if r not in set(snap.phase.batch.tolist())))
    assert not modes.focus_data_row(int(np.asarray(data.train)[outside]))
    assert "not in this mini-batch" in window.statusBar().currentMessage()


def test_batch_of_one_checkbox_trains_on_the_focused_example(qtbot, window):
    modes = window.modes
    panel = modes.panel
    modes.actions["step"].trigger()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.phase is not None and s.phase.kind == "forward")
    qtbot.waitUntil(lambda: panel.phase is not None, timeout=WAIT)
    panel.focus_example(4)
    row = int(snap.phase.batch[4])
    panel.batch_of_one.setChecked(True)
    wait_snapshot(qtbot, window, lambda s: s.batch_of_one == row)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, window, lambda s: s.phase is not None and list(s.phase.batch) == [row])
    assert snap.phase.info["m"] == 1
    panel.batch_of_one.setChecked(False)
    wait_snapshot(qtbot, window, lambda s: s.batch_of_one is None)
    assert not panel.batch_of_one.isChecked()

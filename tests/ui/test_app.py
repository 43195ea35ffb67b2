"""The main window (nnsim_ui.window.mainwindow, nnsim_ui.window.files, nnsim_ui.app) driving a real engine process.

Every test starts a real Controller, so a real engine process and worker
thread, and ends with the window closed (closing shuts the engine down; the
conftest fixture fails a test that leaves either behind). Waits are armed on
content (a snapshot with the step, spec or config looked for), never on the
order snapshots arrive in, and no test asserts a wall-clock time.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from nnsim_ui.engine.controller import Controller  # noqa: E402
from nnsim_ui.panels.speed import SPEEDS  # noqa: E402
from nnsim_ui.window.mainwindow import MainWindow  # noqa: E402

pytestmark = pytest.mark.ui
WAIT = 15_000            # ms: generous, for a loaded CI machine; a passing test waits far less


class Dialogs:
    """Records QMessageBox calls; answers "Discard" to the unsaved-changes question by default."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def question(self, parent, title, text, *args, **kwargs):
        self.questions.append(text)
        return self.answer

    def warning(self, parent, title, text, *args, **kwargs):
        self.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    d = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", d.question)
    monkeypatch.setattr(QMessageBox, "warning", d.warning)
    return d


@pytest.fixture
def window(qtbot, dialogs):
    controller = Controller()
    w = MainWindow(controller, restore_settings=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=WAIT)
    yield w
    w.close()
    controller.shutdown()


def wait_snapshot(qtbot, window, check, timeout=WAIT):
    """Wait until the newest snapshot satisfies ``check``; return it."""
    c = window.controller
    qtbot.waitUntil(lambda: c.snapshot is not None and check(c.snapshot), timeout=timeout)
    return c.snapshot


def train_loss(snap) -> float:
    return snap.figures["train"]["loss"]


# -- running ------------------------------------------------------------------------------------
def test_play_trains_the_network(qtbot, window):
    c = window.controller
    first = c.snapshot
    assert first.step == 0 and window.play_action.text() == "Play"
    window.play_action.trigger()
    snap = wait_snapshot(qtbot, window, lambda s: s.running and s.step >= 3000)
    assert train_loss(snap) < train_loss(first)
    assert window.play_action.text() == "Pause"
    assert window.state_text().startswith("Training, ")
    assert "steps/s" in window.state_text()


def test_pause_stops_the_step_count(qtbot, window):
    c = window.controller
    window.play_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.running and s.step > 100)
    window.play_action.trigger()
    paused = wait_snapshot(qtbot, window, lambda s: not s.running)
    qtbot.wait(300)
    assert c.snapshot.step == paused.step
    assert window.play_action.text() == "Play"
    assert window.state_text() == f"Paused at step {paused.step:,}"


def test_step_advances_by_exactly_one(qtbot, window):
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 1, timeout=WAIT):
        window.step_action.trigger()
    qtbot.wait(200)
    assert c.snapshot.step == 1
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 2, timeout=WAIT):
        QTest.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)


def test_epoch_trains_one_epoch(qtbot, window):
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.epoch == 1, timeout=WAIT):
        window.epoch_action.trigger()
    assert c.snapshot.step == 15        # 150 training examples in batches of 10


def test_learning_rate_change_while_playing_needs_no_reset(qtbot, window):
    c = window.controller
    window.play_action.trigger()
    before = wait_snapshot(qtbot, window, lambda s: s.running and s.step > 500)
    combo = window.controls.learning_rate
    combo.setEditText("0.1")
    combo.lineEdit().editingFinished.emit()
    after = wait_snapshot(qtbot, window, lambda s: s.config["training"]["learning_rate"] == 0.1
                          and s.step > before.step + 100)
    assert after.generation == before.generation          # same network, not rebuilt
    assert after.running and after.step > before.step      # the count went on, not back to 0


def test_undo_restores_the_previous_network(qtbot, window):
    c = window.controller
    assert c.snapshot.spec["sizes"] == [2, 4, 2, 1]
    c.edit({"network.hidden": [3]}, "one layer of three")
    wait_snapshot(qtbot, window, lambda s: s.spec["sizes"] == [2, 3, 1])
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.spec["sizes"] == [2, 4, 2, 1])
    assert window.controls.hidden.text() == "4, 2"
    window.redo_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.spec["sizes"] == [2, 3, 1])


def test_speed_control_reaches_the_engine(qtbot, window):
    slider = window.speed.slider
    slider.setValue(SPEEDS.index(2))
    assert window.speed.value_label.text() == "2 steps/s"
    wait_snapshot(qtbot, window, lambda s: s.speed == 2)
    slider.setValue(len(SPEEDS) - 1)
    assert window.speed.value_label.text() == "max"
    wait_snapshot(qtbot, window, lambda s: s.speed is None)


# -- files --------------------------------------------------------------------------------------
def test_save_then_open_restores_the_same_weights(qtbot, window, dialogs, monkeypatch, tmp_path):
    c = window.controller
    path = tmp_path / "run"                                   # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    saved = wait_snapshot(qtbot, window, lambda s: s.step == 0)
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 40, timeout=WAIT):
        c.step(40)
    saved = c.snapshot
    with qtbot.waitSignal(c.noticeReceived, check_params_cb=lambda n: n.kind == "saved", timeout=WAIT):
        window.files.save_as_action.trigger()
    assert c.path == tmp_path / "run.nnsim" and not c.dirty
    assert "run.nnsim" in window.windowTitle()
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 60, timeout=WAIT):
        c.step(20)                                             # move away from the saved weights
    assert c.dirty
    assert not np.array_equal(c.snapshot.weights[1], saved.weights[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "run.nnsim"), ""))
    with qtbot.waitSignal(c.noticeReceived, check_params_cb=lambda n: n.kind == "loaded", timeout=WAIT):
        window.files.open_action.trigger()
    assert len(dialogs.questions) == 1                          # unsaved changes were asked about
    loaded = wait_snapshot(qtbot, window, lambda s: s.step == 40)
    for k in range(1, len(saved.weights)):
        np.testing.assert_array_equal(loaded.weights[k], saved.weights[k])
        np.testing.assert_array_equal(loaded.biases[k], saved.biases[k])
    assert QSettings().value("files/recent")[0] == str((tmp_path / "run.nnsim").resolve())
    assert not c.dirty and not dialogs.warnings


def test_a_corrupt_file_shows_the_error_and_keeps_the_project(qtbot, window, dialogs, monkeypatch, tmp_path):
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 7, timeout=WAIT):
        c.step(7)
    before = c.snapshot
    bad = tmp_path / "broken.nnsim"
    bad.write_bytes(b"PK\x03\x04 this is not a project")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(c.errorRaised, timeout=WAIT):
        window.files.open_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=WAIT)
    title, text = dialogs.warnings[0]
    assert "broken.nnsim" in title and "unchanged" in text
    assert "broken.nnsim" in window.statusBar().currentMessage()
    qtbot.wait(200)
    snap = c.snapshot
    assert c.path is None and snap.step == 7 and snap.generation == before.generation
    np.testing.assert_array_equal(snap.weights[1], before.weights[1])


def test_new_asks_about_unsaved_changes(qtbot, window, dialogs):
    c = window.controller
    c.edit({"network.hidden": [3]}, "change")
    wait_snapshot(qtbot, window, lambda s: s.spec["sizes"] == [2, 3, 1])
    assert c.dirty and window.isWindowModified()
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.files.new_action.trigger()
    assert c.config["network"]["hidden"] == [3] and c.dirty
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.files.new_action.trigger()
    assert len(dialogs.questions) == 2
    wait_snapshot(qtbot, window, lambda s: s.spec["sizes"] == [2, 4, 2, 1])
    assert not c.dirty and c.undo_stack.count() == 0
    assert window.controls.hidden.text() == "4, 2"


def test_closing_with_unsaved_changes_can_save_first(qtbot, window, dialogs, monkeypatch, tmp_path):
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 3, timeout=WAIT):
        c.step(3)
    assert c.dirty
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()                                  # Cancel: still open, engine alive
    assert window.isVisible() and c.worker is not None
    dialogs.answer = QMessageBox.StandardButton.Save
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kept.nnsim"), ""))
    assert window.close()                                      # Save: waits for the engine, then closes
    assert (tmp_path / "kept.nnsim").stat().st_size > 0
    assert c.worker is None
    window.files._fill_recent()
    texts = [a.text() for a in window.files.recent_menu.actions()]
    assert texts[0] == "&1 kept.nnsim"


def test_export_weights_and_picture(qtbot, window, monkeypatch, tmp_path):
    c = window.controller
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "w"), "JSON (*.json)"))
    with qtbot.waitSignal(c.noticeReceived, check_params_cb=lambda n: n.kind == "exported", timeout=WAIT):
        window.files.export_weights_action.trigger()
    assert (tmp_path / "w.json").stat().st_size > 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "net.png"), ""))
    window.files.picture_actions["canvas"].trigger()
    image = QImage(str(tmp_path / "net.png"))
    assert not image.isNull() and image.width() == window.canvas.width()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.png", "w.json"]   # no temporary left


def accept_label_column(monkeypatch) -> list[list[str]]:
    """Import CSV's label question answered with its default; the columns it offered, per question."""
    from nnsim_ui.window import files
    seen: list[list[str]] = []

    def accept(dialog):
        seen.append([dialog.combo.itemText(i) for i in range(dialog.combo.count())])
        return files.QDialog.DialogCode.Accepted

    monkeypatch.setattr(files.LabelColumnDialog, "exec", accept)
    return seen


def test_import_csv_asks_for_the_label_column(qtbot, window, monkeypatch, tmp_path):
    c = window.controller
    csv = tmp_path / "points.csv"
    rows = ["a,b,kind"] + [f"{i % 7 / 7:.3f},{i % 5 / 5:.3f},{'yes' if i % 2 else 'no'}" for i in range(40)]
    csv.write_text("\n".join(rows) + "\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    seen = accept_label_column(monkeypatch)
    window.files.import_action.trigger()
    assert seen == [["a", "b", "kind"]]
    snap = wait_snapshot(qtbot, window, lambda s: s.config["data"]["dataset"] == "csv")
    assert snap.config["data"]["label"] == "kind"
    assert window.controls.dataset.currentText() == "CSV: points.csv"


def test_a_100k_row_csv_is_read_by_the_engine_process_and_drawn_as_a_sample(qtbot, window, monkeypatch, tmp_path):
    """Issue 14: the UI thread parsed the whole CSV to ask for its label column. It now reads the first
    lines only (the whole-file reader would fail here); the engine process loads the file."""
    from nnsim import data

    csv = tmp_path / "big.csv"
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (100_000, 2))
    csv.write_text("u,v,side\n" + "".join(f"{a:.4f},{b:.4f},{int(a > b)}\n" for a, b in X))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    monkeypatch.setattr(data, "load_csv", lambda *a, **k: pytest.fail("the UI process parsed the CSV"))
    seen = accept_label_column(monkeypatch)
    window.files.import_action.trigger()
    assert seen == [["u", "v", "side"]]
    snap = wait_snapshot(qtbot, window, lambda s: s.data is not None and s.config["data"]["dataset"] == "csv")
    assert snap.data.total == 100_000 and snap.data.shown <= 5_000
    assert sum(len(s.data) for s in window.boundary.points.values()) == snap.data.shown


# -- divergence, engine failure, closing ------------------------------------------------------------
def test_a_huge_learning_rate_diverges_and_rolls_back(qtbot, window):
    c = window.controller
    c.edit({"training.learning_rate": 1e4}, "too big")
    window.play_action.trigger()
    snap = wait_snapshot(qtbot, window, lambda s: s.stopped == "diverged" and not s.running)
    bar = window.message_bar
    assert bar.isVisible() and bar.kind == "diverged"
    assert "diverged" in bar.label.text() and "probably too high" in bar.label.text()
    assert bar.button.text() == "Roll back with learning rate 1000"
    assert window.state_text().startswith("Diverged at step")
    assert window.play_action.text() == "Play"
    bar.button.click()
    after = wait_snapshot(qtbot, window, lambda s: s.stopped is None
                          and s.config["training"]["learning_rate"] == 1000)
    assert not bar.isVisible()
    assert after.generation == snap.generation                # the last good weights, not new ones
    assert c.config["training"]["learning_rate"] == 1000
    assert window.controls.learning_rate.currentText() == "1000"


def test_closing_while_playing_leaves_nothing_running(qtbot, window):
    c = window.controller
    window.play_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.running and s.step > 0)
    worker = c.worker
    process = worker.process
    assert window.close()
    assert c.worker is None
    assert not worker.isRunning()
    assert not process.is_alive() and process.exitcode == 0


def test_a_killed_engine_is_reported_and_can_be_restarted(qtbot, window):
    c = window.controller
    window.play_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.running and s.step > 100)
    with qtbot.waitSignal(c.engineFailed, timeout=WAIT):
        os.kill(c.worker.process.pid, signal.SIGKILL)
    assert "engine" in window.statusBar().currentMessage().lower()
    assert window.state_text() == "Engine stopped"
    assert window.message_bar.kind == "engine" and window.message_bar.isVisible()
    assert window.restart_action.isEnabled()
    old = c.worker
    window.message_bar.button.click()                         # Restart engine
    assert c.worker is not old and c.worker.process.is_alive()
    wait_snapshot(qtbot, window, lambda s: True and window.message_bar.kind == "")
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step >= 1, timeout=WAIT):
        window.step_action.trigger()
    assert not window.message_bar.isVisible() and not window.restart_action.isEnabled()


# -- keyboard, zoom, settings -------------------------------------------------------------------------
def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def test_space_plays_but_a_focused_input_keeps_it(qtbot, window, monkeypatch):
    toggles = []
    monkeypatch.setattr(window.controller, "toggle_play", lambda: toggles.append(1))
    _activate(qtbot, window)
    for widget in (window.controls.noise, window.controls.hidden, window.controls.learning_rate,
                   window.controls.standardize):
        widget.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is widget or
                        QApplication.focusWidget().parentWidget() is widget, timeout=WAIT)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert toggles == []
    assert not window.controls.standardize.isChecked()          # the check box took the key itself
    log = window.curves.log_box
    log.setFocus()
    qtbot.waitUntil(log.hasFocus, timeout=WAIT)
    QTest.keyClick(log, Qt.Key.Key_Space)
    assert toggles == [] and log.isChecked()                    # so did one in a view
    for widget in (window.canvas, window.speed.slider):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=WAIT)
        QTest.keyClick(widget, Qt.Key.Key_Space)
    assert toggles == [1, 1]                                    # elsewhere Space is Play/Pause


def test_zoom_scales_the_application_font(qtbot, window):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.zoom_factor() > 1 and app.font().pointSizeF() > base
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert window.zoom_factor() < 1 and app.font().pointSizeF() < base
    window.zoom_reset_action.trigger()
    assert app.font().pointSizeF() == base
    window.zoom_in_action.trigger()
    window.close()                                             # closing restores the font
    assert app.font().pointSizeF() == base
    assert float(QSettings().value("window/zoom")) > 1
    QSettings().setValue("window/zoom", 1.0)


def test_window_layout_is_kept_in_settings(qtbot, window):
    window.figures_dock.hide()
    window.close()
    controller = Controller()
    again = MainWindow(controller)
    qtbot.addWidget(again)
    try:
        again.show()
        assert not again.figures_dock.isVisible()
        assert again.boundary_dock.isVisible()
    finally:
        again.close()
        controller.shutdown()
        QSettings().remove("window")


# -- the command line ---------------------------------------------------------------------------------
def test_screenshot_trains_and_writes_a_png_of_the_given_size(qtbot, tmp_path):
    from nnsim_ui.app import main

    target = tmp_path / "shot.png"
    assert main(["--screenshot", str(target), "--steps", "200", "--size", "1400x900"]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400 * image.devicePixelRatio(), 900 * image.devicePixelRatio())


def test_screenshot_of_a_preset(qtbot, tmp_path):
    from nnsim_ui.app import main

    target = tmp_path / "preset.png"
    assert main(["--preset", "xavier_he", "--screenshot", str(target), "--size", "800x600"]) == 0
    assert QImage(str(target)).width() == 800


def test_screenshot_of_a_missing_file_fails_in_words(qtbot, tmp_path, capsys):
    from nnsim_ui.app import main

    assert main([str(tmp_path / "nope.nnsim"), "--screenshot", str(tmp_path / "x.png")]) == 1
    assert "nope.nnsim" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_bad_size_is_a_usage_error(capsys):
    from nnsim_ui.app import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--screenshot", "x.png", "--size", "huge"])
    assert exit_info.value.code == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err


def test_importing_ui_app_loads_no_qt_and_no_numpy():
    import subprocess
    import sys

    code = ("import sys, nnsim_ui.app; import os; "
            "print(sorted(m for m in ('numpy', 'PySide6', 'nnsim') if m in sys.modules), "
            "os.environ['OPENBLAS_NUM_THREADS'])")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] 1"


def test_too_few_drawn_points_are_refused_before_the_engine_sees_them(qtbot, window):
    controller = window.controller
    errors = []
    controller.errorRaised.connect(lambda code, message: errors.append(code))
    depth = controller.undo_stack.count()
    # one point with half the data held out for testing would leave nothing to train on
    assert controller.set_points(((0.1, 0.2),), (1,), 2, "Add a point") is False
    assert errors == ["split_no_train"] and controller.undo_stack.count() == depth
    assert controller.set_points(((0.1, 0.2), (0.5, -0.5), (0.3, 0.3), (-0.2, 0.1)), (1, 0, 1, 0), 2,
                                 "Draw") is True
    wait_snapshot(qtbot, window, lambda s: s.config["data"]["dataset"] == "drawn" and s.data is not None)


def test_screenshot_of_a_saved_project_opens_it(qtbot, tmp_path, capsys):
    """nnsim-gui FILE: a project saved headless opens in the app (main returns 1 when it does not)."""
    from nnsim import presets, project
    from nnsim.training import Trainer
    from nnsim_ui.app import main

    trainer = Trainer(presets.load("xavier_he"))
    trainer.run(steps=20)
    saved = project.save(trainer, tmp_path / "run.nnsim")
    target = tmp_path / "opened.png"
    assert main([str(saved), "--screenshot", str(target), "--size", "800x600"]) == 0
    assert QImage(str(target)).width() == 800
    assert capsys.readouterr().err.strip() == ""


# -- the window's settings and the engine's config never drift (issue 14) ----------------------------
def _type_learning_rate(window, text: str) -> None:
    combo = window.controls.learning_rate
    combo.setEditText(text)
    combo.lineEdit().editingFinished.emit()


def test_a_refused_edit_is_undone_alone_and_keeps_the_edit_in_flight(qtbot, window, tmp_path):
    """The engine refuses a CSV that cannot be read; a learning rate typed before that refusal came
    back stays, reaches the engine, and the refused setting alone goes back (its reason shown)."""
    c = window.controller
    before = wait_snapshot(qtbot, window, lambda s: True).config
    errors = []
    c.errorRaised.connect(lambda code, message: errors.append(code))
    assert c.import_csv(tmp_path / "missing.csv", "label")     # valid as a config; the engine cannot read it
    _type_learning_rate(window, "50")                           # sent before the refusal is back
    assert c.config["training"]["learning_rate"] == 50
    snap = wait_snapshot(qtbot, window, lambda s: s.config["training"]["learning_rate"] == 50)
    qtbot.wait(300)                                             # every answer to both commands is in
    assert c.snapshot.config == c.config                        # engine and window agree
    assert c.config["data"] == before["data"]                   # the refused CSV alone went back
    assert c.config["training"]["learning_rate"] == 50
    assert window.controls.learning_rate.currentText() == "50"
    assert errors == ["file_unreadable"]                        # said once, not once per command
    assert "missing.csv" in window.statusBar().currentMessage()
    assert snap.config["data"] == before["data"]


def test_a_refused_command_that_is_no_setting_leaves_the_settings_alone(qtbot, window):
    """Before issue 14 any refusal made the next snapshot overwrite the whole config, undoing an edit
    the engine had not answered yet: the window went back to 0.03 while the engine trained at 50."""
    from nnsim import protocol as S

    c = window.controller
    wait_snapshot(qtbot, window, lambda s: True)
    with qtbot.waitSignal(c.errorRaised, timeout=WAIT):
        c.send(S.SetProbe(10**6))                               # refused: no such training example
        _type_learning_rate(window, "50")
    snap = wait_snapshot(qtbot, window, lambda s: s.config["training"]["learning_rate"] == 50)
    qtbot.wait(300)
    assert c.config["training"]["learning_rate"] == 50 == c.snapshot.config["training"]["learning_rate"]
    assert window.controls.learning_rate.currentText() == "50"
    assert snap.config == c.config


# -- saving while the engine process is down (issue 14) --------------------------------------------
def _kill_engine(qtbot, window) -> None:
    c = window.controller
    with qtbot.waitSignal(c.engineFailed, timeout=WAIT):
        os.kill(c.worker.process.pid, signal.SIGKILL)


@pytest.mark.parametrize("changed", [{}, {"training.learning_rate": 0.5}])
def test_save_after_the_engine_died_restarts_it_and_saves_the_last_state(qtbot, window, dialogs, tmp_path,
                                                                          changed):
    """Settings ``changed`` while the engine was down are applied to the weights shown, not lost."""
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 30, timeout=WAIT):
        c.step(30)
    shown = c.snapshot
    _kill_engine(qtbot, window)
    if changed:
        c.edit(changed, "after the crash")
    c.path = tmp_path / "kept.nnsim"
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.files.maybe_save()                           # "Save changes?" → Save: really saved
    assert (tmp_path / "kept.nnsim").stat().st_size > 0 and not c.dirty
    assert c.worker.process.is_alive() and not c.engine_down
    from nnsim import project
    loaded = project.load(tmp_path / "kept.nnsim")
    np.testing.assert_array_equal(loaded.network.weights[1], shown.weights[1])
    assert loaded.step_count == 30 and loaded.config.to_dict() == c.config
    dialogs.answer = QMessageBox.StandardButton.Discard


def test_save_after_the_engine_died_says_plainly_that_nothing_was_saved(qtbot, window, dialogs, tmp_path):
    c = window.controller
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == 5, timeout=WAIT):
        c.step(5)
    _kill_engine(qtbot, window)
    c.snapshot = None                                          # as if it died before showing any state
    c.path = tmp_path / "lost.nnsim"
    dialogs.answer = QMessageBox.StandardButton.Save
    started = time.monotonic()
    assert not window.files.maybe_save()                       # the answer does not report "saved"
    assert time.monotonic() - started < 5                      # said at once, no 30 s wait
    assert not (tmp_path / "lost.nnsim").exists()
    title, text = dialogs.warnings[-1]
    assert "lost.nnsim" in title and "nothing was saved" in text
    assert "nothing was saved" in window.statusBar().currentMessage()
    assert c.dirty
    window.files.save_action.trigger()                         # File → Save: the same words
    assert len(dialogs.warnings) == 2 and not (tmp_path / "lost.nnsim").exists()
    dialogs.answer = QMessageBox.StandardButton.Discard        # so that the window closes


def test_menus_have_object_names_and_parts_find_them_by_name(qtbot, window):
    """Parts add their entries to menus found by object name, never by translated title (issue 11)."""
    names = [a.menu().objectName() for a in window.menuBar().actions() if a.menu() is not None]
    assert names[:4] == ["fileMenu", "editMenu", "trainingMenu", "viewMenu"]
    assert names[-1] == "helpMenu" and "lessonsMenu" in names
    view = window.view_menu.actions()
    assert window.compare.action in view and window.customize.action in view
    assert window.lessons.mark_copies_action in view


def test_the_controller_is_the_engine_link_views_take(qtbot, window):
    """Views type their controller as ``EngineLink`` (issue 11); the real Controller is one, and a
    stub missing a member is not."""
    from nnsim_ui.engine.link import EngineLink
    assert isinstance(window.controller, EngineLink)

    class Partial:
        config: dict = {}
        snapshot = None

        def send(self, command) -> None: ...

    assert not isinstance(Partial(), EngineLink)


def test_a_restarted_engine_goes_on_from_the_last_state_with_the_settings_changed_since(qtbot, window):
    """Issue 14: after a restart the step and epoch counters began at 0 and the cost history was gone,
    and a setting changed while the engine was down was discarded."""
    c = window.controller
    c.edit({"training.early_stopping": 0}, "no early stop")
    window.play_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.running and s.epoch >= 2 and len(s.history) >= 3)
    _kill_engine(qtbot, window)
    shown = c.snapshot
    c.edit({"training.learning_rate": 0.5}, "while it was down")
    notices, steps = [], []
    c.noticeReceived.connect(notices.append)
    c.snapshotReady.connect(lambda s: steps.append(s.step))
    window.message_bar.button.click()                          # Restart engine
    snap = wait_snapshot(qtbot, window, lambda s: s.config["training"]["learning_rate"] == 0.5)
    assert steps and min(steps) == shown.step                  # never a step 0 on show in between
    assert (snap.step, snap.epoch) == (shown.step, shown.epoch) and not snap.running
    np.testing.assert_array_equal(snap.history, shown.history)
    np.testing.assert_array_equal(snap.weights[1], shown.weights[1])
    assert snap.config == c.config
    qtbot.waitUntil(lambda: any(n.code == "restored" for n in notices), timeout=WAIT)
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step == shown.step + 1, timeout=WAIT):
        window.step_action.trigger()

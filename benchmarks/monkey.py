"""Monkey test: seeded random actions on the real main window while it trains.

Prints one ``name: value`` a line:

- ``actions``: actions done;
- ``exceptions``: Python exceptions raised by an action or by a slot it set off (each also printed
  to stderr, with its action);
- ``qt_warnings``: Qt warnings (and worse) logged meanwhile;
- ``stalls``: times the event loop did not run a 10 ms timer for over 250 ms, and
  ``longest_stall_ms``, the worst lateness (the test fails on one over 2 s: a hang guard);
- ``ui_rss_mb_start`` / ``ui_rss_mb_end``: resident memory of the UI process before and after;
- ``engine_rss_mb_end``: that of the engine process at the end.

The same seed gives the same actions (what the engine answers, and when, can differ). The driver
(``run``) is shared with ``tests/ui/test_monkey.py``, which runs a bounded number of actions and
fails on any exception or Qt warning. Modal dialogs are answered (Discard, Ok) and file dialogs
cancelled while it runs, so nothing blocks.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/monkey.py [--actions N] [--seed S]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app import rss_mb  # noqa: E402  (benchmarks/app.py: the same reading of /proc)

STALL_SECONDS = 0.25
TICK_MS = 10
#: Offscreen, the platform cannot raise a window, grab the keyboard or resize a dock: not the app's.
HARMLESS = ("This plugin does not support",)

LEARNING_RATES = ("0.003", "0.03", "0.3", "3", "50", "0", "-1", "abc", "1e9", "")
HIDDEN = ("4, 2", "3", "", "8, 8, 8", "1", "0", "x", "2,2,2,2", "5")


@dataclass
class Report:
    actions: int = 0
    exceptions: list[str] = field(default_factory=list)
    qt_warnings: list[str] = field(default_factory=list)
    stalls: int = 0
    longest_stall_ms: int = 0
    ui_rss_mb_start: float = float("nan")
    ui_rss_mb_end: float = float("nan")
    engine_rss_mb_end: float = float("nan")

    def lines(self) -> list[str]:
        return [f"actions: {self.actions}", f"exceptions: {len(self.exceptions)}",
                f"qt_warnings: {len(self.qt_warnings)}", f"stalls: {self.stalls}",
                f"longest_stall_ms: {self.longest_stall_ms}",
                f"ui_rss_mb_start: {self.ui_rss_mb_start:.1f}", f"ui_rss_mb_end: {self.ui_rss_mb_end:.1f}",
                f"engine_rss_mb_end: {self.engine_rss_mb_end:.1f}"]


def _combo(rng: random.Random, combo) -> None:
    if combo.count() and combo.isEnabled():
        i = rng.randrange(combo.count())
        combo.setCurrentIndex(i)
        combo.activated.emit(i)


def _type(combo_or_line, text: str) -> None:
    line = combo_or_line.lineEdit() if hasattr(combo_or_line, "lineEdit") else combo_or_line
    line.setText(text)
    line.editingFinished.emit()


def actions(window) -> dict:
    """Name → action(rng): what a learner can do with the window, through its widgets and actions."""
    from nnsim.activations import HIDDEN_ACTIVATIONS

    c, ctl = window.controller, window.controls

    def activation(rng):
        depth = len(c.config["network"]["hidden"])
        if depth:
            window.canvas.set_activation(rng.randint(1, depth), rng.choice(list(HIDDEN_ACTIVATIONS)))

    def lesson(rng):
        acts = window.lessons.actions
        acts[rng.choice(sorted(acts))].trigger()

    def dock(rng):
        docks = list(window.lessons.docks.values())
        rng.choice(docks).toggleViewAction().trigger()

    def layer(rng):
        box = window.lessons.panels["activations"].layer_box
        box.setValue(rng.randint(box.minimum(), box.maximum()))

    def mode(rng):
        window.modes.actions[rng.choice(sorted(window.modes.actions))].trigger()

    def next_phase(rng):
        button = window.modes.panel.next_button
        if button.isEnabled():
            button.click()

    return {
        "play": lambda rng: window.play_action.trigger(),
        "step": lambda rng: window.step_action.trigger(),
        "epoch": lambda rng: window.epoch_action.trigger(),
        "undo": lambda rng: window.undo_action.trigger(),
        "redo": lambda rng: window.redo_action.trigger(),
        "reset": lambda rng: window.reset_action.trigger(),
        "new_data": lambda rng: window.new_data_action.trigger(),
        "learning_rate": lambda rng: _type(ctl.learning_rate, rng.choice(LEARNING_RATES)),
        "hidden": lambda rng: _type(ctl.hidden, rng.choice(HIDDEN)),
        "hidden_activation": lambda rng: _combo(rng, ctl.activation),
        "output": lambda rng: _combo(rng, ctl.output),
        "init": lambda rng: _combo(rng, ctl.init),
        "optimizer": lambda rng: _combo(rng, ctl.optimizer),
        "dataset": lambda rng: _combo(rng, ctl.dataset),
        "batch_size": lambda rng: ctl.batch_size.setValue(rng.choice((1, 10, 32, 1000))),
        "layer_activation": activation,
        "lesson": lesson,
        "instrument_dock": dock,
        "z_layer": layer,
        "mode": mode,
        "next_phase": next_phase,
    }


def run(window, count: int, seed: int, pause_ms: tuple[int, int] = (0, 40)) -> Report:
    """Do ``count`` seeded random actions on ``window`` (shown, its engine started), the event loop
    running between them; count what went wrong."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    report = Report(ui_rss_mb_start=rss_mb())
    rng = random.Random(seed)
    todo = actions(window)
    names = sorted(todo)
    current = ["start"]

    def excepthook(kind, value, tb):
        report.exceptions.append(f"{current[0]}: " + "".join(traceback.format_exception(kind, value, tb)))

    def messages(mode, context, message):
        if mode != QtMsgType.QtDebugMsg and mode != QtMsgType.QtInfoMsg and not message.startswith(HARMLESS):
            report.qt_warnings.append(f"{current[0]}: {message}")

    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick():
        now = clock.elapsed()
        if now - last[0] > STALL_SECONDS * 1000:
            report.stalls += 1
        report.longest_stall_ms = max(report.longest_stall_ms, now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(max(0, ms), loop.quit)
        loop.exec()

    saved = {(QMessageBox, "question"): QMessageBox.question, (QMessageBox, "warning"): QMessageBox.warning,
             (QMessageBox, "information"): QMessageBox.information,
             (QFileDialog, "getSaveFileName"): QFileDialog.getSaveFileName,
             (QFileDialog, "getOpenFileName"): QFileDialog.getOpenFileName,
             (QInputDialog, "getItem"): QInputDialog.getItem}
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))
    QInputDialog.getItem = staticmethod(lambda *a, **k: ("", False))
    old_hook, sys.excepthook = sys.excepthook, excepthook
    old_handler = qInstallMessageHandler(messages)
    try:
        window.controller.set_speed(None)
        window.play_action.trigger()
        last[0] = clock.elapsed()
        ticker.start()
        for _ in range(count):
            current[0] = rng.choice(names)
            try:
                todo[current[0]](rng)
            except Exception:                       # noqa: BLE001 (counted and shown, the run goes on)
                report.exceptions.append(f"{current[0]}: {traceback.format_exc()}")
            report.actions += 1
            spin(rng.randint(*pause_ms))
        current[0] = "end"
        spin(200)
    finally:
        ticker.stop()
        qInstallMessageHandler(old_handler)
        sys.excepthook = old_hook
        for (cls, name), value in saved.items():
            setattr(cls, name, value)
    report.ui_rss_mb_end = rss_mb()
    worker = window.controller.worker
    if worker is not None and worker.process.is_alive():
        report.engine_rss_mb_end = rss_mb(worker.process.pid)
    return report


def main(argv: list[str] | None = None) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actions", type=int, default=1000, help="how many actions (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the actions (default 0)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    controller = Controller()
    window = MainWindow(controller, restore_settings=False)
    window.headless = True
    window.resize(1400, 900)
    window.show()
    started = time.monotonic()
    while controller.snapshot is None and time.monotonic() - started < 30:
        app.processEvents()
        time.sleep(0.01)
    try:
        report = run(window, args.actions, args.seed)
    finally:
        window.close()
        controller.shutdown()
    for text in report.exceptions + report.qt_warnings:
        print(text, file=sys.stderr)
    for line in report.lines():
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run NNSim on a real X display (Qt's xcb platform) and walk through it: tests/ui/test_display.py.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python tests/ui/display_driver.py OUTDIR

Starts the app through ``nnsim_ui.app.main`` (the ``nnsim-gui`` command), then, from inside its
event loop: waits for the window to be exposed; clicks with the real pointer through the X
server (xdotool) "Draw points", a spot of the decision boundary (that adds a point) and
"Draw points" again, then Play; waits for training to run, clicks Pause the same way, opens the first
lesson (its menu action), switches the language to Vietnamese (its menu action), saves the
window as the X server shows it (``xwd -id``) to OUTDIR/window.xwd, and quits with a real
Ctrl+Q key press. Every Qt message above debug is printed to stderr as ``qt-<kind>: text``;
the driver's own progress goes to stdout. Exit status: main()'s, or 3 if a step timed out.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

STEP_TIMEOUT = 30.0


def main() -> int:
    out = Path(sys.argv[1])
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    names = {QtMsgType.QtInfoMsg: "info", QtMsgType.QtWarningMsg: "warning",
             QtMsgType.QtCriticalMsg: "critical", QtMsgType.QtFatalMsg: "fatal"}

    def on_message(kind, context, text):
        if kind in names:
            print(f"qt-{names[kind]}: {text}", file=sys.stderr, flush=True)

    qInstallMessageHandler(on_message)
    app = QApplication(["nnsim-gui"])
    app.setOrganizationName("NNSim")
    app.setApplicationName("NNSim")
    assert app.platformName() == "xcb", app.platformName()

    def say(text):
        print(f"driver: {text}", flush=True)

    def xtool(*args):
        subprocess.run(["xdotool", *map(str, args)], check=True, timeout=20)

    def click(widget):
        centre = widget.mapToGlobal(widget.rect().center())
        xtool("mousemove", "--sync", centre.x(), centre.y(), "click", "1")

    def window():
        from nnsim_ui.window.mainwindow import MainWindow
        return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def steps():
        # Each yield hands control back to the event loop; a yielded callable is waited for.
        w = yield window
        w = window()
        yield lambda: w.windowHandle() is not None and w.windowHandle().isExposed()
        yield from pause(1.0)
        say(f"window exposed, {w.width()}x{w.height()}")
        # Draw: the decision boundary's "Draw points", then a click in the plot adds a point.
        edits = w.controller.undo_stack.count()
        click(w.boundary.draw_button)
        yield lambda: w.boundary.draw_button.isChecked()
        click(w.boundary.plot.viewport())
        yield lambda: w.controller.undo_stack.count() > edits
        say(f"drew a point: {w.controller.undo_stack.undoText()!r}")
        click(w.boundary.draw_button)
        yield lambda: not w.boundary.draw_button.isChecked()
        play = w.toolbar.widgetForAction(w.play_action)
        click(play)
        yield lambda: w.play_action.text() == "Pause"
        say("training runs after a click on Play")
        yield from pause(1.5)
        click(play)
        yield lambda: w.play_action.text() == "Play"
        say("paused after a second click")
        lesson = w.lessons.actions["activations"]  # its preset starts from random weights: a coloured boundary
        QTimer.singleShot(0, lesson.trigger)     # not inside this tick: it may open a modal dialog
        yield lambda: w.lessons.lesson_dock.isVisible() or app.activeModalWidget() is not None
        if app.activeModalWidget() is not None:
            yield from discard(app.activeModalWidget())
            yield lambda: w.lessons.lesson_dock.isVisible()
        say(f"lesson open: {w.lessons.lesson_panel.title.text()}")
        english = w.play_action.text()
        vietnamese = next(a for a in w.language_actions.actions() if a.data() == "vi")
        vietnamese.trigger()
        yield lambda: w.play_action.text() != english
        say(f"language switched: Play is now {w.play_action.text()!r}")
        yield from pause(1.0)
        subprocess.run(["xwd", "-silent", "-id", str(int(w.winId())), "-out", str(out / "window.xwd")],
                       check=True, timeout=30)
        say("xwd saved the window")
        xtool("windowfocus", "--sync", int(w.winId()))
        xtool("key", "--clearmodifiers", "ctrl+q")
        say("pressed Ctrl+Q")

    def discard(dialog):
        # "Save the changes?" after training: click its Discard button with the pointer.
        from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
        say(f"dialog: {dialog.windowTitle()!r}")
        yield from pause(0.5)
        buttons = dialog.findChildren(QDialogButtonBox)[0] if isinstance(dialog, QMessageBox) else None
        target = next(b for b in buttons.buttons() if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.DestructiveRole)
        click(target)
        yield lambda: app.activeModalWidget() is None
        say("dialog answered: Discard")

    def pause(seconds):
        until = time.monotonic() + seconds
        yield lambda: time.monotonic() >= until

    runner = steps()
    state = {"waiting": None, "since": time.monotonic()}

    def tick():
        try:
            waiting = state["waiting"]
            if waiting is not None and not waiting():
                if time.monotonic() - state["since"] > STEP_TIMEOUT:
                    say("timed out waiting")
                    os._exit(3)
                return
            state["waiting"] = runner.send(None)
            state["since"] = time.monotonic()
        except StopIteration:
            timer.stop()
        except Exception as e:          # a failed step: say which, and stop the app
            import traceback
            traceback.print_exc()
            say(f"step failed: {e!r}")
            os._exit(4)

    import threading

    def watchdog():
        say("watchdog: the walk-through took over 120 s")
        os._exit(5)

    guard = threading.Timer(120, watchdog)
    guard.daemon = True
    guard.start()
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    timer.start()
    from nnsim_ui.app import main as app_main

    status = app_main([])
    say(f"main() returned {status}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())

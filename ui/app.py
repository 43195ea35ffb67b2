"""The application's entry point: ``nnsim-gui`` (and ``python -m ui``).

``nnsim-gui [FILE] [--preset ID | --lesson ID] [--screenshot PNG [--steps N] [--size WxH]]``
opens a project file, a lesson preset's run config alone (``--preset``), a lesson in lesson mode
(``--lesson``: its layout, its text and its goal, as the Lessons menu opens it), or the default
project. An unknown id is refused with the list of the known ones.
With ``--screenshot`` it trains N steps, renders the window offscreen
(1400×900 unless ``--size`` says otherwise) to the PNG and exits: this is how
the README's screenshots are made (``scripts/screenshots.py``) and how anyone
checks the app on a machine without a screen (``QT_QPA_PLATFORM=offscreen``).

This module is imported again by every engine process the app starts
(multiprocessing's ``spawn`` re-imports the main module, and the
``nnsim-gui`` script's main module imports this one), so at module level it
imports only the standard library: Qt, NumPy and the UI load inside
``main()``.
"""
from __future__ import annotations

import os

# One BLAS thread per process (DESIGN.md): set before anything imports NumPy,
# and inherited by the engine processes this one spawns.
os.environ["OPENBLAS_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

ORGANIZATION_NAME = "NNSim"
APPLICATION_NAME = "NNSim"
SCREENSHOT_SIZE = (1400, 900)
WAIT_SECONDS = 120.0           # at most, for the engine to answer while taking a screenshot


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match or not all(100 <= int(v) <= 10000 for v in match.groups()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT in pixels (100 to 10000), e.g. 1400x900, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    """The app's command line. (Command-line text is English, like the ``nnsim`` CLI's.)"""
    from nnsim import __version__
    from nnsim.lessons import LESSONS
    from nnsim.presets import PRESET_IDS

    parser = argparse.ArgumentParser(prog="nnsim-gui", description="NNSim, the desktop app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path, help="a project file (.nnsim) to open")
    parser.add_argument("--preset", metavar="ID", choices=PRESET_IDS,
                        help="start from a lesson's run config alone: " + ", ".join(PRESET_IDS))
    parser.add_argument("--lesson", metavar="ID", choices=tuple(LESSONS),
                        help="open a lesson in lesson mode (its layout, text and goal): " + ", ".join(LESSONS))
    parser.add_argument("--screenshot", metavar="PNG", type=Path,
                        help="train, save the window as a PNG at this path and exit")
    parser.add_argument("--steps", metavar="N", type=int, default=0,
                        help="with --screenshot: training steps before the picture (default 0)")
    parser.add_argument("--size", metavar="WxH", type=_size, default=SCREENSHOT_SIZE,
                        help="with --screenshot: the window's size in pixels (default 1400x900)")
    return parser


def _wait(app, done, seconds: float = WAIT_SECONDS) -> bool:
    """Process events until ``done()`` or ``seconds`` pass; True if done."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    return True


def save_screenshot(window, path: Path, steps: int, size: tuple[int, int]) -> str | None:
    """Train ``steps`` steps, lay the window out at ``size``, paint it and save a PNG; None or an error."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    controller = window.controller
    window.resize(*size)
    window.show()
    if not _wait(app, lambda: controller.snapshot is not None):
        return "the engine sent nothing"
    def over(snap) -> bool:
        return snap.stopped is not None or snap.epoch >= snap.config["training"]["epochs"]

    if steps > 0 and not over(controller.snapshot):
        # A run that has stopped (its epoch limit reached, diverged, stopped early) takes no more
        # steps: its picture is taken at once, as it stands.
        target = controller.snapshot.step + steps
        controller.step(steps)
        if not _wait(app, lambda: controller.snapshot is not None and (
                controller.snapshot.step >= target or over(controller.snapshot))):
            return f"the engine did not reach step {target}"
    window.resize(*size)
    _wait(app, lambda: False, 0.25)        # a few frames: layout, the last snapshot painted
    pixmap = window.grab()
    if not pixmap.save(str(path), "PNG"):
        return f"could not write a PNG to {path}"
    return None


def _open_file(app, window, path: Path, wait: bool) -> str | None:
    """Open ``path`` in the engine; when ``wait``, wait for its answer and return an error or None."""
    controller = window.controller
    answers: list = []
    controller.noticeReceived.connect(lambda n: answers.append(n) if n.kind in ("loaded", "error") else None)
    window.files.open_path(str(path))
    if not wait:
        return None
    if not _wait(app, lambda: bool(answers)):
        return f"the engine did not answer opening {path}"
    if answers[0].kind == "error":
        return answers[0].message
    return None if _wait(app, lambda: controller.snapshot is not None and controller.path is not None) \
        else f"no snapshot after opening {path}"


def _quiet_offscreen_notes() -> None:
    """Drop the one harmless note the offscreen platform logs for every window shown (DESIGN.md,
    Known facts); every other Qt message still goes to stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind, context, message: str) -> None:
        if message != "This plugin does not support propagateSizeHints()":
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app with the command line ``argv`` (default ``sys.argv[1:]``); return the exit code.

    Reuses a QApplication that already exists (tests), creating one otherwise.
    """
    # In the frozen bundle an engine process starts this same executable: freeze_support()
    # runs that child's work and exits (a no-op everywhere else).
    from .engine.frozen import freeze_support

    freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lesson and (args.preset or args.file):
        parser.error("--lesson opens a lesson's own run config: give it without --preset or FILE")
    from PySide6.QtWidgets import QApplication

    from nnsim import __version__, presets

    from .text import i18n
    from .engine.controller import Controller
    from .window.mainwindow import MainWindow
    from .resources import svg_icon

    app = QApplication.instance()
    if app is None:
        _quiet_offscreen_notes()
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANIZATION_NAME)
        app.setApplicationName(APPLICATION_NAME)
        app.setApplicationVersion(__version__)
    app.setWindowIcon(svg_icon("icons", "nnsim.svg"))
    i18n.install()                         # the saved language, else the system's
    config = presets.load(args.preset).to_dict() if args.preset else None
    controller = Controller(config)
    screenshot = args.screenshot is not None
    window = MainWindow(controller, restore_settings=not screenshot)
    if args.lesson:
        window.lessons.open(args.lesson)
    if screenshot:
        window.headless = True
        try:
            error = _open_file(app, window, args.file, wait=True) if args.file else None
            error = error or save_screenshot(window, args.screenshot, max(0, args.steps), args.size)
        finally:
            window.close()
            controller.shutdown()
            window.deleteLater()
        if error:
            print(f"nnsim-gui: {error}", file=sys.stderr)
            return 1
        return 0
    window.show()
    if args.file:
        _open_file(app, window, args.file, wait=False)
    try:
        return app.exec()
    finally:
        controller.shutdown()

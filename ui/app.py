"""The application's entry point: ``nnsim-gui`` (and ``python -m ui``).

What this is: the command line of the app, the QApplication, and the main
window (for now a title, an icon, the style sheet and an empty network
canvas). What this is not: any mathematics or training; later issues add the
controller, the engine worker and the other views (DESIGN.md).

``--screenshot PATH`` shows the window (offscreen works: set
``QT_QPA_PLATFORM=offscreen``), lets it paint, saves it as a PNG and exits;
CI and ``scripts/screenshots.py`` use it.
"""
from __future__ import annotations

import os

# One BLAS thread per process (DESIGN.md): set before anything imports NumPy,
# and inherited by the engine processes this one spawns.
os.environ["OPENBLAS_NUM_THREADS"] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

from nnsim import __version__  # noqa: E402

from .canvas import NetworkCanvas  # noqa: E402
from .resources import read_text, svg_icon  # noqa: E402

ORGANIZATION_NAME = "NNSim"
APPLICATION_NAME = "NNSim"


class MainWindow(QMainWindow):
    """NNSim's window: the network canvas in the middle; other views come in later issues."""

    DEFAULT_SIZE = QSize(1000, 680)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("NNSim"))
        self.setWindowIcon(svg_icon("icons", "nnsim.svg"))
        self.setStyleSheet(read_text("style.qss"))
        self.canvas = NetworkCanvas(self)
        self.setCentralWidget(self.canvas)
        self.resize(self.DEFAULT_SIZE)


def build_parser() -> argparse.ArgumentParser:
    """The app's command line. (Command-line text is English, like the ``nnsim`` CLI's.)"""
    parser = argparse.ArgumentParser(prog="nnsim-gui", description="NNSim, the desktop app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--screenshot", metavar="PATH", type=Path,
        help="show the main window, save it as a PNG at PATH and exit",
    )
    return parser


def save_screenshot(window: QMainWindow, path: Path) -> bool:
    """Show ``window``, let it lay out and paint, grab it and save it as a PNG; True if saved."""
    window.show()
    app = QApplication.instance()
    for _ in range(3):   # show, layout and paint are each posted events
        app.processEvents()
    return window.grab().save(str(path), "PNG")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app with the command line ``argv`` (default ``sys.argv[1:]``); return the exit code.

    Reuses a QApplication that already exists (tests), creating one otherwise.
    """
    args = build_parser().parse_args(argv)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANIZATION_NAME)
        app.setApplicationName(APPLICATION_NAME)
        app.setApplicationVersion(__version__)
    app.setWindowIcon(svg_icon("icons", "nnsim.svg"))
    window = MainWindow()
    if args.screenshot is not None:
        saved = save_screenshot(window, args.screenshot)
        window.close()
        window.deleteLater()
        if not saved:
            print(f"nnsim-gui: could not write a PNG to {args.screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    return app.exec()

"""The README's pictures of the real data sets: ``python scripts/real_data_shots.py``.

Opens the app's window on the digits and breast-cancer presets at 1280×720 on Qt's offscreen
platform, trains with the app's own screenshot machinery (``nnsim_ui.app.save_screenshot``, what
``nnsim-gui --preset ID --screenshot PNG`` runs), then does what a learner would: clicks a
misclassified example in the projection, brings the Figures tab (confusion matrix and the gallery
of misclassified examples) to the front, and for the digits draws a 2 on the "Draw a digit" pad and shows the hidden units' weight images.
Writes into docs/:

- ``real-data-digits.png``: the collapsed input block, the weight images, the projection with the
  misclassified marked, the drawing pad with the network's class probabilities;
- ``real-data-digits-units.png``: the same window with "What the hidden units look for" in front;
- ``real-data-digits-gallery.png``: the same window with the Figures tab in front (the gallery);
- ``real-data-breast-cancer.png``: breast cancer, the input strip, projection and gallery.

It draws nothing itself: every picture is the window as the app paints it.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 720)
#: a 2 drawn on the pad's 32×32 bitmap as pen strokes: (row, column) points, each stroke in turn
TWO = [[(9, 8), (5, 12), (4, 17), (5, 21), (9, 24), (13, 23), (18, 18), (23, 12), (27, 8)],
       [(27, 8), (27, 24)]]


def _settle(app, done=lambda: False, seconds: float = 0.6) -> bool:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    return done()


def shoot(app, preset: str, steps: int, shots: dict[str, str], draw: bool) -> None:
    from nnsim import presets
    from nnsim_ui.app import save_screenshot
    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

    controller = Controller(presets.load(preset).to_dict())
    window = MainWindow(controller, restore_settings=False)
    window.headless = True
    docs = ROOT / "docs"
    try:
        first = docs / next(iter(shots))
        error = save_screenshot(window, first, steps, SIZE)      # trains, lays out at 1280×720
        if error:
            raise SystemExit(f"real_data_shots: {preset}: {error}")
        p = controller.snapshot.projection
        wrong = [int(r) for r, y, q in zip(p.rows, p.y, p.predicted) if y != q]
        if wrong:
            window.boundary.projection.select_row(wrong[0])        # as a click on a cross
        if draw:
            window.drawpad_dock.raise_()
            for stroke in TWO:
                for a, b in zip(stroke, stroke[1:]):
                    window.drawpad.grid.paint_line(a, b)
            _settle(app, lambda: controller.snapshot.drawn is not None, 5.0)
        for name, front in shots.items():
            getattr(window, front).raise_()
            _settle(app)
            if front == "figures_dock":                          # scrolled down to the gallery
                area = window.figures_dock.widget()
                area.verticalScrollBar().setValue(window.figures.gallery.y() - 4)
                _settle(app, seconds=0.2)
            if window.size().toTuple() != SIZE:
                raise SystemExit(f"real_data_shots: the window grew to {window.size().toTuple()}")
            window.grab().save(str(docs / name), "PNG")
            print(f"wrote docs/{name}")
    finally:
        window.close()
        controller.shutdown()
        window.deleteLater()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from nnsim_ui.text import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.set_language("en", remember=False)
    shoot(app, "digits", 1500, {"real-data-digits.png": "drawpad_dock",
                                "real-data-digits-units.png": "units_dock",
                                "real-data-digits-gallery.png": "figures_dock"}, draw=True)
    shoot(app, "breast_cancer", 800, {"real-data-breast-cancer.png": "figures_dock"}, draw=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Render each instrument panel offscreen from an in-process Session: docs/instrument-*.png.

    QT_QPA_PLATFORM=offscreen python scripts/instrument_pictures.py [out_dir]
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from nnsim import presets  # noqa: E402
from nnsim import session as S  # noqa: E402


class SessionStub:
    """A controller stand-in: commands go to an in-process Session; the last snapshot is kept."""

    def __init__(self, config: dict | None) -> None:
        self.session = S.Session(config)
        self.snapshot = self.session.snapshot()

    def send(self, command) -> None:
        self.session.handle(command)
        self.snapshot = [m for m in self.session.take() if isinstance(m, S.Snapshot)][-1]


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from nnsim_ui.lessons.activation_panel import ActivationPanel
    from nnsim_ui.lessons.depth_panel import DepthPanel
    from nnsim_ui.lessons.gradcheck_panel import GradCheckPanel
    from nnsim_ui.lessons.paths_panel import PathsPanel
    out.mkdir(parents=True, exist_ok=True)

    def shoot(widget, name, size=(900, 640)):
        widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"instrument-{name}.png"))
        widget.close()

    stub = SessionStub(presets.load("activations").to_dict())
    stub.send(S.Step(3000))
    panel = ActivationPanel()
    stub.send(S.SetInstruments(("activations",), {"layer": 1}))
    panel.show_snapshot(stub.snapshot)
    shoot(panel, "activations")

    stub = SessionStub(presets.load("random_init").to_dict())
    stub.send(S.SetInstruments(("depth",)))
    panel = DepthPanel()
    panel.show_snapshot(stub.snapshot)
    shoot(panel, "depth")

    stub = SessionStub(presets.load("zero_init").to_dict())
    stub.send(S.Step(100))
    stub.send(S.SetInstruments(("depth",)))
    panel = DepthPanel()
    panel.show_snapshot(stub.snapshot)
    shoot(panel, "depth-zero-init")

    stub = SessionStub(presets.load("gradient_checking").to_dict())
    panel = GradCheckPanel(stub)
    panel.set_break_allowed(True)
    panel.break_box.setChecked(True)
    panel.layer_box.setRange(1, 3)
    panel.layer_box.setValue(2)
    panel.run()
    panel.show_snapshot(stub.snapshot)
    shoot(panel, "gradcheck", (760, 480))

    stub = SessionStub(presets.load("lr_decay").to_dict())
    stub.send(S.Step(2000))
    panel = PathsPanel(stub)
    panel.run()
    panel.show_snapshot(stub.snapshot)
    panel.finish()
    shoot(panel, "paths", (820, 760))

    from nnsim_ui.lessons.texts import LESSONS
    from nnsim_ui.lessons.menu import LessonPanel
    panel = LessonPanel()
    panel.show_lesson(LESSONS["zero_init"])
    shoot(panel, "lesson", (420, 620))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))

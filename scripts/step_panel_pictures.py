"""Pictures of the step-by-step panel: ``python scripts/step_panel_pictures.py [FOLDER]``.

Drives an in-process engine session (no engine process) through one training
step of a seeded network in step-by-step mode and renders the panel offscreen
at a forward and a backward phase, at 100% and 200% (the font doubled), into
FOLDER (default ``docs/``): ``step-forward.png``, ``step-forward@2x.png``,
``step-backward.png``, ``step-backward@2x.png``. With ``--focus N`` the panel
follows example N of the batch instead of the whole batch.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONFIG = {"seed": 4, "data": {"dataset": "circle", "samples": 200, "noise": 0.05},
          "network": {"hidden": [4, 2], "activation": "tanh", "output": "sigmoid", "init": "xavier_normal"},
          "training": {"optimizer": "adam", "learning_rate": 0.03, "batch_size": 5, "l2": 0.01,
                       "keep_prob": 0.8}}


class _Sink:
    def send(self, command) -> None:          # the panel's Next/Previous go nowhere here
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "docs"))
    parser.add_argument("--focus", type=int, default=0, help="example of the batch to follow (1-based; 0: all)")
    parser.add_argument("--size", default="560x900")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from nnsim import session as S
    from nnsim_ui.step.panel import StepPanel

    app = QApplication.instance() or QApplication(["step-panel-pictures"])
    session = S.Session(CONFIG)
    session.handle(S.SetMode("step"))
    snaps = []
    for _ in range(8):
        session.handle(S.PhaseNext())
        snaps.append([m for m in session.take() if isinstance(m, S.Snapshot)][-1])
    wanted = {"forward": snaps[1], "backward": snaps[5]}        # layer 2 of 3, both ways
    width, height = (int(v) for v in args.size.split("x"))
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    for scale, suffix in ((1, ""), (2, "@2x")):
        for name, snap in wanted.items():
            panel = StepPanel(_Sink())
            font = panel.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            panel.setFont(font)
            panel.resize(width * scale, height * scale)
            for s in snaps[:snaps.index(snap) + 1]:       # as the panel would have seen them
                panel.show_snapshot(s)
            panel.show()
            panel.focus_example(args.focus - 1)
            app.processEvents()
            panel._render()
            app.processEvents()
            target = folder / f"step-{name}{suffix}.png"
            panel.grab().save(str(target))
            print(f"wrote {target}")
            panel.close()
            panel.deleteLater()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

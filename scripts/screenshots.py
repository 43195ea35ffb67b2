"""Regenerate the README's screenshots: ``python scripts/screenshots.py``.

Runs the app the way CI does (``nnsim-gui --screenshot PATH``, through
``python -m ui``) on Qt's offscreen platform, so no display is needed and
nothing flashes on screen, and writes ``docs/screenshot-main.png``. It only
drives the app's own ``--screenshot`` option; it draws nothing itself.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {                              # file name in docs/ -> extra app arguments
    "screenshot-main.png": ["--steps", "3000"],
    "screenshot-spiral.png": ["--preset", "softmax_multiclass", "--steps", "4000"],
}


def main() -> int:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name, extra in SHOTS.items():
        target = docs / name
        command = [sys.executable, "-m", "nnsim_ui", *extra, "--screenshot", str(target)]
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        if result.returncode != 0:
            print(f"screenshots: {' '.join(command)} exited with {result.returncode}", file=sys.stderr)
            return result.returncode
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build NNSim's frozen bundle with PyInstaller: ``dist/nnsim/`` holding ``nnsim-gui`` and ``nnsim``.

    pip install -e '.[bundle]'          # brings PyInstaller (pinned)
    python scripts/build_bundle.py      # -> dist/nnsim/, then prints its size and largest parts
    python scripts/build_bundle.py --dry-run --platform win32   # the plan and command, builds nothing

One folder, not one file, so the app starts without unpacking itself. The same script builds
on Linux, Windows and macOS (.github/workflows/bundle.yml): ``bundle_plan`` holds every
PyInstaller input as a path relative to the repository with forward slashes, and nothing in it
depends on the platform but the GUI executable's console flag (tests/engine/test_bundle.py
checks that for linux, win32 and darwin).

PyInstaller cannot see an editable install, and the repository's ui/ and resources/ folders are
installed as nnsim_ui and nnsim_resources: the script first copies the three packages under
their installed names into build/bundle/src/ and points the analysis there.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "nnsim"
STAGE = "build/bundle/src"           # the staged sources (relative to ROOT)
WORK = "build/bundle/work"
DIST = "dist"
SPEC = "scripts/bundle/nnsim.spec"
PLATFORMS = ("linux", "win32", "darwin")

# Repository folder -> installed package name (pyproject.toml's package-dir).
PACKAGES = {"nnsim": "nnsim", "ui": "nnsim_ui", "resources": "nnsim_resources"}

# Never in the bundle: test-only and heavy packages the app does not use, Qt modules outside
# QtCore/QtGui/QtWidgets/QtSvg and QtOpenGL(Widgets) (pyqtgraph imports those two), and tools.
EXCLUDES = [
    "torch", "onnxruntime", "tensorflow", "jax", "scipy", "matplotlib", "pandas", "numba",
    "IPython", "jupyter", "notebook", "pytest", "_pytest", "hypothesis", "pytestqt",
    "importlinter", "grimp", "ruff", "tkinter", "_tkinter", "setuptools", "pip",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtUiTools",
    "PySide6.QtPrintSupport", "PySide6.QtMultimedia", "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PyQt5", "PyQt6", "PySide2",
    # Tuning against a PostgreSQL server (several machines on one study) is not for a classroom:
    # the bundle's Tuning panel keeps its local journal file (-12 MB).
    "psycopg", "psycopg_binary", "psycopg_pool",
]
# Qt's own translations (its dialogs' buttons) in the app's languages only (-7 MB).
QT_LANGUAGES = ["en", "vi"]
# Files PyInstaller's Qt hook collects that the app never loads: dropped from the bundle when
# their name in it contains one of these (lower case). Desktop-theme plugins (GTK 3 pulls GTK,
# cairo and pango from the build machine into the bundle), Wayland/EGLFS/framebuffer/VNC
# platforms: the bundle keeps xcb and offscreen (and on Windows/macOS their own platform).
DROP = [
    "qgtk3", "qxdgdesktopportal", "wayland", "eglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay",
    "qminimalegl", "libgtk-3", "libgdk-3", "libatk-", "libcairo", "libpango", "libgdk_pixbuf",
]
# Imported by name at run time, invisible to the analysis.
HIDDEN_IMPORTS = ["nnsim.serve", "nnsim_ui.app"]
# Our data files: (source glob relative to ROOT, folder in the bundle).
DATAS = [
    (f"{STAGE}/nnsim_resources/style.qss", "nnsim_resources"),
    (f"{STAGE}/nnsim_resources/presets/*.toml", "nnsim_resources/presets"),
    (f"{STAGE}/nnsim_resources/icons/*.svg", "nnsim_resources/icons"),
    (f"{STAGE}/nnsim_resources/translations/*.qm", "nnsim_resources/translations"),
    (f"{STAGE}/nnsim_resources/datasets/*.csv.gz", "nnsim_resources/datasets"),
    (f"{STAGE}/nnsim_resources/datasets/README.md", "nnsim_resources/datasets"),
]


def bundle_plan(platform: str) -> dict:
    """Everything PyInstaller is given for ``platform`` (linux, win32, darwin): relative paths only."""
    if platform.startswith("linux"):
        platform = "linux"
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}: one of {', '.join(PLATFORMS)}")
    return {
        "name": NAME,
        "platform": platform,
        "executables": [
            # On Windows the app is a GUI program (no console window opens behind it).
            {"name": "nnsim-gui", "script": "scripts/bundle/nnsim_gui.py", "console": platform != "win32"},
            {"name": "nnsim", "script": "scripts/bundle/nnsim_cli.py", "console": True},
        ],
        "pathex": [STAGE],
        "datas": [list(d) for d in DATAS],
        "hiddenimports": list(HIDDEN_IMPORTS),
        "excludes": list(EXCLUDES),
        "drop": list(DROP),
        "qt_languages": list(QT_LANGUAGES),
    }


def pyinstaller_arguments(platform: str) -> list[str]:
    """The PyInstaller command line (after ``python -m PyInstaller``): the spec reads the plan."""
    bundle_plan(platform)                       # validates the platform
    return ["--noconfirm", "--clean", "--log-level", "WARN", "--distpath", DIST, "--workpath", WORK, SPEC]


def stage_sources(root: Path = ROOT) -> Path:
    """Copy nnsim/, ui/ and resources/ to build/bundle/src/ under their installed names."""
    stage = root / STAGE
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    for folder, package in PACKAGES.items():
        shutil.copytree(root / folder, stage / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return stage


def tree_size(path: Path) -> int:
    if path.is_symlink():                 # PyInstaller links Qt's libraries into _internal/
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 12) -> list[tuple[str, int]]:
    """The bundle's largest entries: top-level ones, with PySide6/ and its Qt/lib and plugins split out."""
    internal = bundle / "_internal"
    roots = [bundle, internal] if internal.is_dir() else [bundle]
    split = {internal / "PySide6", internal / "PySide6" / "Qt", internal / "PySide6" / "Qt" / "lib",
             internal / "PySide6" / "Qt" / "plugins"}
    parts: list[tuple[str, int]] = []
    pending = list(roots)
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            if entry in roots:
                continue
            if entry in split:
                pending.append(entry)
                continue
            parts.append((entry.relative_to(bundle).as_posix(), tree_size(entry)))
    parts.sort(key=lambda p: -p[1])
    return parts[:count]


def report(bundle: Path) -> None:
    total = tree_size(bundle)
    print(f"bundle: {bundle} {total / 1e6:.0f} MB")
    for name, size in largest_parts(bundle):
        print(f"  {size / 1e6:7.1f} MB  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build NNSim's one-folder bundle into dist/nnsim/.")
    parser.add_argument("--dry-run", action="store_true", help="print the plan and the PyInstaller command; build nothing")
    parser.add_argument("--platform", default=sys.platform, help="with --dry-run: linux, win32 or darwin")
    args = parser.parse_args(argv)
    if args.dry_run:
        try:
            plan = bundle_plan(args.platform)
        except ValueError as e:
            parser.error(str(e))
        print(json.dumps({"plan": plan, "pyinstaller": pyinstaller_arguments(args.platform)}, indent=2))
        return 0
    if args.platform != sys.platform:
        parser.error("--platform other than this one's is for --dry-run: PyInstaller does not cross-build")
    started = time.monotonic()
    stage_sources()
    env = dict(os.environ, NNSIM_BUNDLE_PLATFORM=sys.platform)
    command = [sys.executable, "-m", "PyInstaller", *pyinstaller_arguments(sys.platform)]
    print("running:", " ".join(command), flush=True)
    status = subprocess.run(command, check=False, cwd=ROOT, env=env).returncode
    if status:
        print(f"build_bundle: PyInstaller failed (exit {status})", file=sys.stderr)
        return status
    print(f"built in {time.monotonic() - started:.0f} s")
    report(ROOT / DIST / NAME)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

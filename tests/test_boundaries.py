"""The project's boundaries: what may import what, what the toolkit must survive, entry points.

- The engine (``nnsim``) imports with Qt, pyqtgraph and ``ui`` unimportable,
  checked on every module found on disk, so modules added later are covered.
- No engine file imports them (a static check that names the offending line).
- Python-painted Qt items survive thousands of repaints (the PySide6 6.12.0
  crash of DESIGN.md's Known facts), in a child process so a crash fails one
  test instead of killing the run.
- ``nnsim --version``, ``nnsim-gui --screenshot`` and the main window work.
"""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "nnsim"
FORBIDDEN_IN_ENGINE = ("PySide6", "shiboken6", "pyqtgraph", "ui")
SUBPROCESS_TIMEOUT = 300


def run_python(code_or_args: str | list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``sys.executable -c CODE`` (or with ARGS) in the repository root; capture its output."""
    args = ["-c", textwrap.dedent(code_or_args)] if isinstance(code_or_args, str) else code_or_args
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**os.environ, **env}, capture_output=True,
        text=True, timeout=SUBPROCESS_TIMEOUT, check=False,
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit code {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


# ---------------------------------------------------------------- the engine needs no Qt

def test_engine_imports_with_qt_and_ui_unimportable() -> None:
    result = run_python(f"""
        import importlib, importlib.abc, pkgutil, sys

        BLOCKED = {FORBIDDEN_IN_ENGINE!r}

        class Blocker(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] in BLOCKED:
                    raise ImportError(f"{{name}} is blocked: the engine must not need it")
                return None

        sys.meta_path.insert(0, Blocker())
        try:
            import PySide6
        except ImportError:
            pass
        else:
            sys.exit("the blocker did not block PySide6")

        import nnsim
        names = sorted(m.name for m in pkgutil.walk_packages(nnsim.__path__, "nnsim.")
                       if m.name.rpartition(".")[2] != "__main__")
        for name in names:
            importlib.import_module(name)
        print("\\n".join(names))
    """)
    assert result.returncode == 0, explain(result)
    imported = set(result.stdout.split())
    on_disk = {
        "nnsim." + ".".join(path.relative_to(ENGINE).with_suffix("").parts)
        for path in ENGINE.rglob("*.py") if path.stem not in {"__init__", "__main__"}
    }
    assert on_disk <= imported, f"modules not imported: {sorted(on_disk - imported)}"


def forbidden_imports(path: Path) -> list[str]:
    """'file:line: statement' for each import of a forbidden package in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and ast.unparse(node.func) in {"importlib.import_module", "import_module", "__import__"}):
            modules = [node.args[0].value]
        else:
            continue
        if any(module.partition(".")[0] in FORBIDDEN_IN_ENGINE for module in modules):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_engine_file_imports_qt_pyqtgraph_or_ui() -> None:
    files = sorted(ENGINE.rglob("*.py"))
    assert files, f"no Python files under {ENGINE}"
    offending = [line for path in files for line in forbidden_imports(path)]
    assert not offending, "the engine must never import Qt, pyqtgraph or ui:\n" + "\n".join(offending)


def test_the_static_check_catches_each_form(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom pyqtgraph import PlotWidget\nfrom ui import app\n"
                      "import importlib\nimportlib.import_module('shiboken6')\n"
                      "import numpy\nfrom . import ui\nimport uix\n")
    found = forbidden_imports(sample)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "5"], found


# ---------------------------------------------------------------- the toolkit survives repaints

@pytest.mark.parametrize("probe, expected_paints", [
    pytest.param("graphicsobject", 3000 * 8, id="QGraphicsObject"),
    pytest.param("pyqtgraph", 3000, id="pyqtgraph", marks=pytest.mark.slow),
])
def test_python_painted_items_survive_thousands_of_repaints(probe: str, expected_paints: int) -> None:
    result = run_python([str(ROOT / "tests" / "repaint_probe.py"), probe], QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, explain(result)
    match = re.search(r"paints=(\d+) none_before=(\d+) none_after=(\d+)", result.stdout)
    assert match, explain(result)
    paints, none_before, none_after = map(int, match.groups())
    assert paints >= expected_paints, f"only {paints} paint calls"
    # PySide6 6.12.0 dropped about two references to None per paint call: a
    # falling count is the bug even where the loop ends before the crash.
    assert none_after >= none_before - 100, f"references to None fell from {none_before} to {none_after}"


# ---------------------------------------------------------------- entry points

def test_nnsim_version() -> None:
    import nnsim

    result = run_python(["-m", "nnsim", "--version"])
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == f"nnsim {nnsim.__version__}"


def test_nnsim_without_a_command_prints_help() -> None:
    result = run_python(["-m", "nnsim"])
    assert result.returncode == 0, explain(result)
    assert result.stdout.startswith("usage: nnsim")


def test_ui_app_sets_one_blas_thread_before_numpy_loads() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import importlib.abc, os, sys

        seen = []

        class Spy(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "numpy" and not seen:
                    seen.append(os.environ.get("OPENBLAS_NUM_THREADS"))
                return None

        sys.meta_path.insert(0, Spy())
        import ui
        assert "numpy" not in sys.modules, "importing the ui package alone must not load NumPy"
        import ui.app
        # every engine process re-imports ui.app (spawn): the standard library only at module level
        assert "numpy" not in sys.modules and "PySide6" not in sys.modules, sorted(sys.modules)
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
        ui.app.build_parser()            # main() starts here, and loads the engine (NumPy) first
        print(seen)
    """)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, check=False)
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == "['1']"


@pytest.mark.ui
def test_gui_version(capsys: pytest.CaptureFixture[str]) -> None:
    import nnsim
    from ui.app import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"nnsim-gui {nnsim.__version__}"


@pytest.mark.ui
def test_main_window_opens_with_the_canvas(qtbot) -> None:
    from ui.canvas import NetworkCanvas
    from ui.controller import Controller
    from ui.mainwindow import MainWindow

    controller = Controller()
    window = MainWindow(controller, restore_settings=False)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle() == "Untitled[*] — NNSim"
        assert isinstance(window.canvas, NetworkCanvas)
        assert not window.windowIcon().isNull()
    finally:
        window.close()
        controller.shutdown()


@pytest.mark.ui
def test_visible_text_goes_through_the_translator(qtbot, shouting) -> None:
    from ui.controller import Controller
    from ui.mainwindow import MainWindow

    controller = Controller()
    with shouting():
        window = MainWindow(controller, restore_settings=False)
        qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "UNTITLED[*] — NNSIM"
        assert window.play_action.text() == "PLAY"
        assert window.controls_dock.windowTitle() == "SETTINGS"
    finally:
        window.close()
        controller.shutdown()


@pytest.mark.ui
def test_screenshot_writes_a_png_of_the_window(qapp, qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from ui.app import main
    from ui.mainwindow import MainWindow

    target = tmp_path / "shot.png"
    assert main(["--screenshot", str(target)]) == 0
    assert target.stat().st_size > 0
    image = QImage(str(target))
    assert not image.isNull()
    assert image.size() == MainWindow.DEFAULT_SIZE * qapp.devicePixelRatio()


@pytest.mark.ui
def test_screenshot_to_an_unwritable_place_fails(qapp, qtbot, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app import main

    target = tmp_path / "missing-folder" / "shot.png"
    assert main(["--screenshot", str(target)]) == 1
    assert not target.exists()
    assert "could not write a PNG" in capsys.readouterr().err


def test_resources_are_found_by_package_not_by_folder(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    from ui.resources import read_text, resource_path

    monkeypatch.chdir(tmp_path)
    assert "QMainWindow" in read_text("style.qss")
    assert resource_path("icons", "nnsim.svg").read_bytes().lstrip().startswith(b"<?xml")
    with pytest.raises(FileNotFoundError, match="no-such.qss"):
        resource_path("no-such.qss")

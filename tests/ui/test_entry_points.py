"""The application's entry points and what the toolkit must survive.

- Python-painted Qt items survive thousands of repaints (the PySide6 6.12.0
  crash of DESIGN.md's Known facts), in a child process so a crash fails one
  test instead of killing the run.
- ``nnsim-gui`` sets one BLAS thread before NumPy loads; ``nnsim-gui --version``,
  ``--screenshot`` and the main window work; resources are found by package.

(The engine's side of the boundaries is tests/engine/test_boundaries.py.)
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import SUBPROCESS_TIMEOUT, explain, run_python

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- the toolkit survives repaints

@pytest.mark.parametrize("probe, expected_paints", [
    pytest.param("graphicsobject", 3000 * 8, id="QGraphicsObject"),
    pytest.param("pyqtgraph", 3000, id="pyqtgraph", marks=pytest.mark.slow),
])
def test_python_painted_items_survive_thousands_of_repaints(probe: str, expected_paints: int) -> None:
    result = run_python([str(HERE / "repaint_probe.py"), probe], QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, explain(result)
    match = re.search(r"paints=(\d+) none_before=(\d+) none_after=(\d+)", result.stdout)
    assert match, explain(result)
    paints, none_before, none_after = map(int, match.groups())
    assert paints >= expected_paints, f"only {paints} paint calls"
    # PySide6 6.12.0 dropped about two references to None per paint call: a
    # falling count is the bug even where the loop ends before the crash.
    assert none_after >= none_before - 100, f"references to None fell from {none_before} to {none_after}"


# ---------------------------------------------------------------- entry points

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
        import nnsim_ui
        assert "numpy" not in sys.modules, "importing the nnsim_ui package alone must not load NumPy"
        import nnsim_ui.app
        # every engine process re-imports nnsim_ui.app (spawn): the standard library only at module level
        assert "numpy" not in sys.modules and "PySide6" not in sys.modules, sorted(sys.modules)
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
        nnsim_ui.app.build_parser()            # main() starts here, and loads the engine (NumPy) first
        print(seen)
    """)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, check=False)
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == "['1']"


@pytest.mark.ui
def test_gui_version(capsys: pytest.CaptureFixture[str]) -> None:
    import nnsim
    from nnsim_ui.app import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"nnsim-gui {nnsim.__version__}"


@pytest.mark.ui
def test_main_window_opens_with_the_canvas(qtbot) -> None:
    from nnsim_ui.canvas.view import NetworkCanvas
    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

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
    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

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

    from nnsim_ui.app import main
    from nnsim_ui.window.mainwindow import MainWindow

    target = tmp_path / "shot.png"
    assert main(["--screenshot", str(target)]) == 0
    assert target.stat().st_size > 0
    image = QImage(str(target))
    assert not image.isNull()
    assert image.size() == MainWindow.DEFAULT_SIZE * qapp.devicePixelRatio()


@pytest.mark.ui
def test_screenshot_to_an_unwritable_place_fails(qapp, qtbot, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from nnsim_ui.app import main

    target = tmp_path / "missing-folder" / "shot.png"
    assert main(["--screenshot", str(target)]) == 1
    assert not target.exists()
    assert "could not write a PNG" in capsys.readouterr().err


def test_resources_are_found_by_package_not_by_folder(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    from nnsim_ui.resources import read_text, resource_path

    monkeypatch.chdir(tmp_path)
    assert "QMainWindow" in read_text("style.qss")
    assert resource_path("icons", "nnsim.svg").read_bytes().lstrip().startswith(b"<?xml")
    with pytest.raises(FileNotFoundError, match="no-such.qss"):
        resource_path("no-such.qss")


def test_screenshot_of_a_finished_run_is_taken_at_once(qapp, qtbot, tmp_path: Path) -> None:
    """Issue 14: ``nnsim-gui RUN --steps N --screenshot X`` on a run at its epoch limit waited
    120 s for steps the engine would never take, then failed. It now takes the picture as the
    run stands."""
    from PySide6.QtGui import QImage

    from nnsim import project
    from nnsim.config import loads
    from nnsim.training import Trainer
    from nnsim_ui import app

    trainer = Trainer(loads('seed = 1\n[data]\ndataset = "circle"\nsamples = 60\n'
                            '[training]\nepochs = 2\nbatch_size = 10\n'))
    trainer.run()
    run = project.save(trainer, tmp_path / "done.nnsim")
    target = tmp_path / "shot.png"
    assert app.main([str(run), "--steps", "50", "--screenshot", str(target)]) == 0
    assert not QImage(str(target)).isNull()

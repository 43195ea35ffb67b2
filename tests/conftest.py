"""Test set-up shared by every test: a private, headless, single-BLAS-thread environment.

At import (before any test module imports NumPy or Qt):
- ``QT_QPA_PLATFORM=offscreen`` unless already set: UI tests need no display;
- ``OPENBLAS_NUM_THREADS=1``, as the app runs (DESIGN.md);
- ``XDG_RUNTIME_DIR`` and the XDG config/data/state folders point into a
  private temporary folder (mode 0700), so Qt and platformdirs neither warn
  about a missing runtime folder (as root) nor touch the real home.

In ``pytest_configure`` (only if PySide6 imports: engine tests need no Qt),
QSettings is pointed at that temporary folder for every format and scope,
and the application is named "NNSim-tests".

An autouse fixture fails any test that leaves a QThread running or a child
process alive: a leftover thread or engine process would otherwise outlive
its test and hang or crash a later one.
"""
from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_NUMPY_LOADED_EARLY = "numpy" in sys.modules   # then OPENBLAS_NUM_THREADS below comes too late
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OPENBLAS_NUM_THREADS"] = "1"

_PRIVATE_ROOT = Path(tempfile.mkdtemp(prefix="nnsim-tests-"))
_PRIVATE_ROOT.chmod(0o700)
for _name in ("runtime", "config", "data", "state", "settings"):
    (_PRIVATE_ROOT / _name).mkdir(mode=0o700)
os.environ["XDG_RUNTIME_DIR"] = str(_PRIVATE_ROOT / "runtime")
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_ROOT / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_ROOT / "data")
os.environ["XDG_STATE_HOME"] = str(_PRIVATE_ROOT / "state")

TEST_APP_NAME = "NNSim-tests"

# UI tests borrow helpers from engine tests (``from test_session import …``): both folders on
# sys.path, so any subset of the suite imports them as the whole run does.
for _folder in ("engine", "ui"):
    _path = str(Path(__file__).resolve().parent / _folder)
    if _path not in sys.path:
        sys.path.insert(0, _path)


def _qtcore():
    """PySide6.QtCore, or None where Qt cannot be imported (engine-only runs)."""
    try:
        from PySide6 import QtCore
    except ImportError:
        return None
    return QtCore


def pytest_configure(config: pytest.Config) -> None:
    QtCore = _qtcore()
    if QtCore is None:
        return
    settings_dir = str(_PRIVATE_ROOT / "settings")
    for fmt in (QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Format.NativeFormat):
        for scope in (QtCore.QSettings.Scope.UserScope, QtCore.QSettings.Scope.SystemScope):
            QtCore.QSettings.setPath(fmt, scope, settings_dir)
    QtCore.QCoreApplication.setOrganizationName(TEST_APP_NAME)
    QtCore.QCoreApplication.setApplicationName(TEST_APP_NAME)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_PRIVATE_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_leftover_threads_or_processes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if it leaves a QThread running or a child process alive.

    QThreads are tracked by wrapping ``QThread.start`` for the test's
    duration; child processes are ``multiprocessing.active_children()``.
    After reporting, the leftovers are stopped so later tests are not hurt.
    """
    started: list = []
    QtCore = _qtcore()
    if QtCore is not None:
        original_start = QtCore.QThread.start

        def start_and_remember(thread, *args, **kwargs):
            started.append(thread)
            return original_start(thread, *args, **kwargs)

        monkeypatch.setattr(QtCore.QThread, "start", start_and_remember)

    yield

    problems = []
    running = [t for t in started if _is_running(t)]
    if running:
        names = ", ".join(f"{type(t).__name__}({t.objectName()!r})" for t in running)
        problems.append(f"{len(running)} QThread(s) still running: {names}. "
                        "Stop each one and wait() for it before the test ends.")
        for thread in running:
            thread.requestInterruption()
            thread.quit()
            thread.wait(5000)
    children = multiprocessing.active_children()
    if children:
        names = ", ".join(f"{p.name} (pid {p.pid})" for p in children)
        problems.append(f"{len(children)} child process(es) still alive: {names}. "
                        "Stop and join() each one before the test ends.")
        for process in children:
            process.terminate()
            process.join(5)
    if problems:
        pytest.fail("test left work running: " + " ".join(problems), pytrace=False)


@pytest.fixture
def window(qtbot, monkeypatch):
    """The real main window on a real engine process, shown, after its first snapshot.

    Unsaved-changes questions answer "Discard"; the window is headless (no dialogs of its
    own on close). Test files that need to record dialogs define their own ``window``.
    """
    from PySide6.QtWidgets import QMessageBox

    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    controller = Controller()
    w = MainWindow(controller, restore_settings=False)
    qtbot.addWidget(w)
    w.headless = True
    w.show()
    qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=15_000)
    yield w
    w.close()
    controller.shutdown()


@pytest.fixture
def preset_window(qtbot, monkeypatch):
    """A factory: ``preset_window("digits")`` is the real main window on that preset's run config
    and a real engine process, 1280×720, shown (closed and its engine stopped after the test)."""
    from PySide6.QtWidgets import QMessageBox

    from nnsim import presets
    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    made = []

    def make(preset: str):
        controller = Controller(presets.load(preset).to_dict())
        w = MainWindow(controller, restore_settings=False)
        qtbot.addWidget(w)
        w.headless = True
        w.resize(1280, 720)
        w.show()
        made.append((w, controller))
        return w

    yield make
    for w, controller in made:
        w.close()
        controller.shutdown()


@pytest.fixture
def shouting():
    """``with shouting(): …`` builds widgets under a translator that upper-cases every string.

    It keeps ``{name}`` and ``%1`` placeholders as a real translation must, so any
    visible text that did not go through ``tr()`` stays lower-case and shows up.
    """
    from contextlib import contextmanager

    @contextmanager
    def install():
        from PySide6.QtCore import QCoreApplication, QTranslator

        class Shouting(QTranslator):
            def translate(self, context, source_text, disambiguation=None, n=-1):
                parts = re.split(r"(\{[^{}]*\}|%\d+)", source_text)
                return "".join(p if p.startswith(("{", "%")) else p.upper() for p in parts)

        translator = Shouting()
        QCoreApplication.installTranslator(translator)
        try:
            yield translator
        finally:
            QCoreApplication.removeTranslator(translator)

    return install


def _is_running(thread) -> bool:
    """QThread.isRunning(), False for a thread whose C++ object is already gone."""
    try:
        return thread.isRunning()
    except RuntimeError:
        return False


def pytest_report_header(config: pytest.Config) -> str:
    return (f"NNSim tests: QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, "
            f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}"
            + (" (too late: NumPy was loaded before conftest)" if _NUMPY_LOADED_EARLY else ""))

"""The canvas marks hidden units that are exact copies of each other (nnsim_ui.canvas.copies)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QGraphicsRectItem, QMessageBox  # noqa: E402

from nnsim.session import Session, SetInstruments, Step, default_config  # noqa: E402
from nnsim_ui.canvas.view import NetworkCanvas  # noqa: E402
from nnsim_ui.canvas.copies import copy_groups  # noqa: E402

pytestmark = pytest.mark.ui
WAIT = 15_000


def snapshot_of(init: str, instruments: tuple[str, ...] = ("depth",), steps: int = 20):
    cfg = default_config()
    cfg["network"].update({"hidden": [3, 2], "init": init, "activation": "tanh"})
    session = Session(cfg)
    if instruments:
        session.handle(SetInstruments(instruments))
    session.handle(Step(steps))
    return session.snapshot()


def canvas_of(qtbot, snapshot, marks: bool = False) -> NetworkCanvas:
    canvas = NetworkCanvas(None)
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.set_mark_copies(marks)
    canvas.show_snapshot(snapshot)
    return canvas


def test_zero_init_copies_are_marked_on_the_right_units(qtbot):
    snap = snapshot_of("zeros")
    assert snap.instruments["depth"]["identical"] == {1: [(0, 1, 2)], 2: [(0, 1)]}
    canvas = canvas_of(qtbot, snap)                      # the engine's "depth" data: marks without the toggle
    assert canvas.copy_marks.marked() == {(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)}
    for k, i in canvas.copy_marks.marked():
        node = canvas.layers[k][i]
        outlines = [c for c in node.childItems() if isinstance(c, QGraphicsRectItem) and c is not node.bias
                    and c.pen().widthF() == 3.0]
        assert outlines and "exact copies" in outlines[0].toolTip()
    # both layers' groups in different colours
    colour = {(k, i): next(c.pen().color().name() for c in canvas.layers[k][i].childItems()
                           if isinstance(c, QGraphicsRectItem) and c.pen().widthF() == 3.0)
              for k, i in canvas.copy_marks.marked()}
    assert colour[(1, 0)] == colour[(1, 2)] != colour[(2, 0)] == colour[(2, 1)]


def test_no_marks_after_he_and_none_unless_asked(qtbot):
    he = canvas_of(qtbot, snapshot_of("he_normal"), marks=True)
    assert he.copy_marks.marked() == set() and he.copy_marks.items == []
    plain = canvas_of(qtbot, snapshot_of("zeros", instruments=()), marks=False)
    assert plain.copy_marks.marked() == set()             # neither asked for nor sent by the engine
    plain.set_mark_copies(True)                           # the canvas compares no weights itself (issue #11):
    assert plain.copy_marks.marked() == set()             # the marks wait for the engine's answer
    plain.set_mark_copies(False)
    assert plain.copy_marks.items == []


def test_copy_groups_prefers_the_engines_answer():
    snap = snapshot_of("zeros")
    assert copy_groups(snap) == {1: [(0, 1, 2)], 2: [(0, 1)]}
    assert copy_groups(snapshot_of("zeros", instruments=())) == {}


def test_the_view_toggle_and_the_zero_init_lesson_ask_the_engine_for_depth(qtbot, monkeypatch):
    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    controller = Controller()
    w = MainWindow(controller, restore_settings=False)
    qtbot.addWidget(w)
    w.headless = True
    w.show()
    lessons = w.lessons
    assert "depth" not in controller.instruments.names
    lessons.docks["activations"].show()
    lessons.mark_copies_action.setChecked(True)
    assert set(controller.instruments.names) == {"activations", "depth"}     # merged, not replaced
    assert w.canvas.mark_copies
    lessons.mark_copies_action.setChecked(False)
    assert controller.instruments.names == ("activations",)
    lessons.open("zero_init")
    assert "depth" in controller.instruments.names and w.canvas.mark_copies
    qtbot.waitUntil(lambda: w.canvas.copy_marks.marked() != set(), timeout=WAIT)
    lessons.open("random_init")
    assert not w.canvas.mark_copies
    w.close()

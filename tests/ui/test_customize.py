"""View → Customize controls: what a project shows, saved in the project file (nnsim_ui.panels.customize)."""
from __future__ import annotations

import json
import zipfile

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialog, QFileDialog  # noqa: E402

from nnsim import project  # noqa: E402
from nnsim_ui.panels.customize import CustomizeDialog  # noqa: E402

pytestmark = pytest.mark.ui
WAIT = 15_000




def _row_visible(window, name: str) -> bool:
    widget = window.controls.findChild(object, name)
    return widget.isVisibleTo(window.controls)


def test_the_dialog_lists_groups_rows_and_toolbar_buttons(qtbot, window, monkeypatch):
    ids = {rid for _gid, _t, rows in window.customize.controls() for rid, _ in rows}
    gids = {gid for gid, _t, _rows in window.customize.controls()}
    assert {"group:DataGroup", "group:NetworkGroup", "group:TrainingGroup", "group:toolbar"} <= gids
    assert {"row:init", "row:l2", "row:noise", "toolbar:new_data", "toolbar:speed"} <= ids

    def untick(dialog: CustomizeDialog):
        dialog.set_shown("row:init", False)
        dialog.set_shown("toolbar:new_data", False)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(CustomizeDialog, "exec", untick)
    window.customize.action.trigger()
    assert window.customize.hidden == ["row:init", "toolbar:new_data"]
    assert not _row_visible(window, "init") and _row_visible(window, "activation")
    assert not window.new_data_action.isVisible() and window.reset_action.isVisible()
    assert window.controller.dirty


def test_hiding_survives_a_config_change_and_showing_again_restores_the_panels_own_rule(qtbot, window):
    c = window.controller
    window.customize.set_hidden(["row:l2", "group:NetworkGroup", "toolbar:speed"])
    assert not _row_visible(window, "l2") and not window.controls.findChild(object, "NetworkGroup").isVisibleTo(
        window.controls)
    speed = window.customize._toolbar_action("speed")
    assert speed is not None and not speed.isVisible()
    c.edit({"training.learning_rate": 0.3}, "lr")                   # the panel re-shows its rows
    assert not _row_visible(window, "l2")
    window.customize.set_hidden([])
    assert _row_visible(window, "l2") and speed.isVisible()
    assert not _row_visible(window, "decay_interval")               # still hidden by the panel (no decay)


def test_hiding_a_control_then_saving_and_opening_restores_it(qtbot, window, monkeypatch, tmp_path):
    c = window.controller
    path = tmp_path / "lesson.nnsim"
    window.customize.set_hidden(["row:init", "toolbar:new_data"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(c.noticeReceived, check_params_cb=lambda n: n.kind == "saved", timeout=WAIT):
        window.files.save_as_action.trigger()
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(project.MANIFEST))
    assert manifest["ui"] == {"hidden_controls": ["row:init", "toolbar:new_data"]}
    project.load(path)                                               # the engine still reads it
    window.customize.set_hidden([])                                  # as a fresh window would be
    assert _row_visible(window, "init")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(c.noticeReceived, check_params_cb=lambda n: n.kind == "loaded", timeout=WAIT):
        window.files.open_action.trigger()
    assert window.customize.hidden == ["row:init", "toolbar:new_data"]
    assert not _row_visible(window, "init") and not window.new_data_action.isVisible()
    assert not c.dirty


def test_the_ui_entry_is_validated_and_optional(tmp_path):
    from nnsim.session import Session, default_config
    path = tmp_path / "p.nnsim"
    project.save(Session(default_config()).trainer, path)
    assert project.read_ui(path) == {}
    project.write_ui(path, {"hidden_controls": ["row:l2"]})
    assert project.read_ui(path) == {"hidden_controls": ["row:l2"]}
    project.load(path)                                               # still a valid project
    with pytest.raises(ValueError):
        project.validate_ui({"hidden_controls": "row:l2"})
    with pytest.raises(ValueError):
        project.validate_ui({"hidden_controls": ["a", "a"]})
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    m = json.loads(members[project.MANIFEST])
    m["ui"] = {"hidden_controls": [3]}
    members[project.MANIFEST] = json.dumps(m).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    with pytest.raises(project.ProjectFileError, match="ui"):
        project.load(path)
    with pytest.raises(project.ProjectFileError, match="ui"):
        project.read_ui(path)

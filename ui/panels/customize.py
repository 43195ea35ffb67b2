"""View → Customize controls (Classroom): which controls a project shows, saved in the project file.

A teacher ticks off the settings (a whole group of the Settings panel, or one row of it) and
the toolbar buttons a lesson does not need; learners opening the file see only the rest.

Where it is kept: the project file's manifest, as ``"ui": {"hidden_controls": [ids…]}``
(``nnsim.project_ui.validate_ui``). The engine saves and loads projects and has no use for it, so
the app keeps it on its side: after the engine's "saved" notice it adds the entry to the file
just written (``nnsim.project_ui.write_ui``, atomic), after a "loaded" notice it reads it back
(``read_ui``; a file without the entry shows every control). Older readers ignore the entry.

Ids: ``group:<QGroupBox objectName>``, ``row:<input objectName>``, ``toolbar:<name>``. Ids this
version does not know are kept (so a newer file round-trips) but change nothing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from nnsim import project_ui as _project
from nnsim.errors import NNSimError


class Customizer(QObject):
    """The hidden controls of one main window: the list, applying it, the dialog, the file entry."""

    TOOLBAR = ("reset", "new_data", "play", "step", "epoch", "speed", "undo", "redo")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = w = window
        self.hidden: list[str] = []
        self.action = QAction(self.tr("Customize controls…"), w)
        self.action.setObjectName("customizeControlsAction")
        self.action.setToolTip(self.tr("Choose which settings and buttons this project shows (saved with it)"))
        self.action.triggered.connect(self.open_dialog)
        view = getattr(w, "view_menu", None)
        if view is not None:
            view.addSeparator()
            view.addAction(self.action)
        w.controller.configChanged.connect(self._reapply)      # after the panel re-showed its rows
        w.controller.noticeReceived.connect(self._on_notice)

    # -- what can be hidden -------------------------------------------------------------------
    def controls(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(group id, title, [(row id, title)]) for each Settings group, then the toolbar."""
        panel = self.window.controls
        out = []
        for box in panel.widget().findChildren(QGroupBox):
            form = box.layout()
            if not isinstance(form, QFormLayout) or not box.objectName():
                continue
            rows = []
            for r in range(form.rowCount()):
                field = form.itemAt(r, QFormLayout.ItemRole.FieldRole) or form.itemAt(r, QFormLayout.ItemRole.SpanningRole)
                widget = field.widget() if field is not None else None
                if widget is None or not widget.objectName():
                    continue
                label = form.labelForField(widget)
                title = label.text() if isinstance(label, QLabel) else getattr(widget, "text", lambda: "")()
                rows.append((f"row:{widget.objectName()}", title or widget.objectName()))
            out.append((f"group:{box.objectName()}", box.title(), rows))
        out.append(("group:toolbar", self.tr("Toolbar"),
                    [(f"toolbar:{name}", self._toolbar_action(name).text()) for name in self.TOOLBAR
                     if self._toolbar_action(name) is not None]))
        return out

    def _toolbar_action(self, name: str) -> QAction | None:
        w = self.window
        if name == "speed":
            return next((a for a in w.toolbar.actions() if w.toolbar.widgetForAction(a) is w.speed), None)
        return getattr(w, f"{name}_action", None)

    # -- applying -----------------------------------------------------------------------------
    def set_hidden(self, ids, mark_dirty: bool = True) -> None:
        """Hide exactly ``ids`` (every other control shows as the panel decides)."""
        ids = list(dict.fromkeys(str(i) for i in ids))
        if ids == self.hidden:
            return
        self.hidden = ids
        self._apply(show_all_rows=True)                         # every row back, then the panel's own
        self.window.controls.show_config(self.window.controller.config)       # rules, then ours
        self._apply()
        if mark_dirty:
            self.window.controller.set_dirty(True)

    def is_hidden(self, control_id: str) -> bool:
        return control_id in self.hidden

    def _apply(self, show_all_rows: bool = False) -> None:
        hidden = set() if show_all_rows else set(self.hidden)
        panel = self.window.controls
        for box in panel.widget().findChildren(QGroupBox):
            if box.objectName():
                box.setVisible(f"group:{box.objectName()}" not in hidden)
            form = box.layout()
            if isinstance(form, QFormLayout):
                for r in range(form.rowCount()):
                    field = form.itemAt(r, QFormLayout.ItemRole.FieldRole) or \
                        form.itemAt(r, QFormLayout.ItemRole.SpanningRole)
                    widget = field.widget() if field is not None else None
                    if widget is None:
                        continue
                    if show_all_rows:
                        form.setRowVisible(r, True)
                    elif f"row:{widget.objectName()}" in hidden:
                        form.setRowVisible(r, False)
        toolbar_hidden = "group:toolbar" in hidden
        for name in self.TOOLBAR:
            action = self._toolbar_action(name)
            if action is not None:
                action.setVisible(not (toolbar_hidden or f"toolbar:{name}" in hidden))

    @Slot(object)
    def _reapply(self, _cfg=None) -> None:
        if self.hidden:
            self._apply()

    # -- the file -----------------------------------------------------------------------------
    @Slot(object)
    def _on_notice(self, notice) -> None:
        try:
            if notice.kind == "saved" and self.hidden:
                _project.write_ui(notice.path, {"hidden_controls": list(self.hidden)})
            elif notice.kind == "loaded":
                ui = _project.read_ui(notice.path)
                self.set_hidden(ui.get("hidden_controls", []), mark_dirty=False)
        except (NNSimError, OSError) as e:
            self.window.show_error(self.tr("Could not keep the hidden controls in {file}: {message}").format(
                file=Path(notice.path).name, message=str(e)))

    # -- the dialog ---------------------------------------------------------------------------
    @Slot()
    def retranslate(self) -> None:
        self.action.setText(self.tr("Customize controls…"))
        self.action.setToolTip(self.tr("Choose which settings and buttons this project shows (saved with it)"))

    def open_dialog(self) -> None:
        dialog = CustomizeDialog(self.controls(), set(self.hidden), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            unknown = [h for h in self.hidden if h not in dialog.known]
            self.set_hidden(unknown + dialog.hidden())


class CustomizeDialog(QDialog):
    """A tree of check boxes: ticked shows, unticked hides (a group, or one row of it)."""

    def __init__(self, controls, hidden: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomizeControls")
        self.setWindowTitle(self.tr("Customize controls"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.known: set[str] = set()
        self.items: dict[str, QTreeWidgetItem] = {}
        for gid, title, rows in controls:
            top = QTreeWidgetItem(self.tree, [title])
            top.setData(0, Qt.ItemDataRole.UserRole, gid)
            top.setCheckState(0, Qt.CheckState.Unchecked if gid in hidden else Qt.CheckState.Checked)
            self.items[gid] = top
            self.known.add(gid)
            for rid, rtitle in rows:
                item = QTreeWidgetItem(top, [rtitle])
                item.setData(0, Qt.ItemDataRole.UserRole, rid)
                item.setCheckState(0, Qt.CheckState.Unchecked if rid in hidden else Qt.CheckState.Checked)
                self.items[rid] = item
                self.known.add(rid)
        self.tree.expandAll()
        note = QLabel(self.tr("Untick what learners should not see in this project. It is saved with the "
                              "project file."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(380, 560)

    def set_shown(self, control_id: str, shown: bool) -> None:
        self.items[control_id].setCheckState(0, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def hidden(self) -> list[str]:
        return [cid for cid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Unchecked]


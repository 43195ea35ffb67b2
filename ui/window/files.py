"""The File menu: projects, CSV import, exports, recent files and unsaved changes.

What this is: the dialogs around the controller's file commands. Open, Save,
Save As (``.nnsim`` project files), Open Recent, Import CSV (then a small
dialog asks for the label column), Export data as CSV, Export weights (npz,
JSON, ONNX, a standalone ``.py``), Export picture (a PNG of the canvas, the
decision boundary or the whole window) and Quit. Unsaved changes are asked
about before New, Open and Quit. The engine reads and writes the files; its
answer arrives as a Notice ("loaded", "saved", "exported" or "error"), and a
file that fails shows the loader's message while the project stays as it
was. QSettings keeps the recent files and the last folder.

File dialogs are Qt's own (``DontUseNativeDialog``), so the translation
covers them too.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QObject, QSettings, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMenu, QMessageBox, QVBoxLayout,
    QWidget,
)

from nnsim import csv_head
from nnsim.errors import NNSimError
from nnsim.io import write_bytes

from ..text import i18n

PROJECT_SUFFIX = ".nnsim"
RECENT_MAX = 8
SAVE_WAIT_MS = 30_000
#: Export weights: the formats' suffixes, in the file dialog's order.
WEIGHT_SUFFIXES = (".npz", ".json", ".onnx", ".py")
DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class LabelColumnDialog(QDialog):
    """Asks which column of a CSV file holds the label (the last one is preselected)."""

    def __init__(self, path: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{file} has {count} columns. Which one is the label the network should "
                               "predict? The others become its inputs.").format(
            file=Path(path).name, count=len(columns)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combo = QComboBox(self)
        self.combo.addItems(columns)
        self.combo.setCurrentIndex(len(columns) - 1)
        self.combo.setToolTip(self.tr("The column to predict: class names or numbers."))
        form.addRow(self.tr("Label column"), self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def label(self) -> str:
        return self.combo.currentText()


class FileActions(QObject):
    """The File menu's actions for one main window and its controller."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pending: deque[tuple[str, str]] = deque()     # file commands sent, answers not yet seen

    @property
    def controller(self):
        return self.window.controller

    # -- the menu -----------------------------------------------------------------------------
    def _texts(self) -> dict[str, tuple[str, str]]:
        """{action name: (text, tip)} of the File menu's actions, in the current language."""
        return {
            "new": (self.tr("&New"), self.tr("Start a new project with the default settings")),
            "open": (self.tr("&Open…"), self.tr("Open a saved project")),
            "save": (self.tr("&Save"), self.tr("Save the project")),
            "save_as": (self.tr("Save &As…"), self.tr("Save the project under a new name")),
            "import": (self.tr("&Import CSV…"), self.tr("Train on the rows of a CSV file")),
            "export_data": (self.tr("Export &data as CSV…"), self.tr("Write the data set to a CSV file")),
            "export_weights": (self.tr("Export &weights…"), self.tr(
                "Write the trained weights for other tools: NumPy, JSON, ONNX or a standalone Python script")),
            "quit": (self.tr("&Quit"), self.tr("Close NNSim")),
        }

    def _picture_texts(self) -> dict[str, str]:
        return {"canvas": self.tr("Network…"), "boundary": self.tr("Decision boundary…"),
                "window": self.tr("Whole window…")}

    def build_menu(self, menu: QMenu) -> None:
        w = self.window
        texts = self._texts()
        slots = {"new": (self.new, QKeySequence.StandardKey.New), "open": (self.open, QKeySequence.StandardKey.Open),
                 "save": (self.save, QKeySequence.StandardKey.Save),
                 "save_as": (self.save_as, QKeySequence.StandardKey.SaveAs), "import": (self.import_csv, None),
                 "export_data": (self.export_data, None), "export_weights": (self.export_weights, None),
                 "quit": (w.close, QKeySequence.StandardKey.Quit)}
        for name, (text, tip) in texts.items():
            slot, key = slots[name]
            setattr(self, f"{name}_action", w.make_action(text, slot, tip, key))
        self.recent_menu = QMenu(self.tr("Open &Recent"), menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.picture_menu = picture = QMenu(self.tr("Export &picture"), menu)
        self.picture_actions = {what: picture.addAction(text) for what, text in self._picture_texts().items()}
        for what, action in self.picture_actions.items():
            action.triggered.connect(lambda _checked=False, what=what: self.export_picture(what))
        menu.addActions([self.new_action, self.open_action])
        menu.addMenu(self.recent_menu)
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addActions([self.export_data_action, self.export_weights_action])
        menu.addMenu(picture)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def retranslate(self) -> None:
        """The File menu's texts again in the current language."""
        for name, (text, tip) in self._texts().items():
            self.window.set_action_texts(getattr(self, f"{name}_action"), text, tip)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.picture_menu.setTitle(self.tr("Export &picture"))
        for what, text in self._picture_texts().items():
            self.picture_actions[what].setText(text)
            self.picture_actions[what].setToolTip(text.rstrip("…"))

    # -- settings -----------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = QSettings().value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        s = QSettings()
        s.setValue("files/recent", files[:RECENT_MAX])
        s.setValue("files/lastFolder", str(Path(path).parent))

    def _forget(self, path: str) -> None:
        QSettings().setValue("files/recent", [p for p in self.recent_files() if p != str(Path(path).resolve())])

    def last_folder(self) -> str:
        folder = QSettings().value("files/lastFolder", "")
        return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())

    def _set_last_folder(self, path: str) -> None:
        QSettings().setValue("files/lastFolder", str(Path(path).parent))

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(lambda: QSettings().setValue("files/recent", []))

    # -- unsaved changes ----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes: True to go on (saved or discarded), False to cancel."""
        if not self.controller.dirty:
            return True
        Button = QMessageBox.StandardButton
        if self.controller.lesson is not None:      # only the learner's own edits make a lesson unsaved
            question = self.tr("You changed the lesson's network or settings. Keep your changes as a project?")
        else:
            question = self.tr("The project has changes that are not saved. Save them first?")
        answer = QMessageBox.question(self.window, self.tr("Unsaved changes"), question,
                                      Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Discard:
            return True
        if answer != Button.Save:
            return False
        path = self.controller.path or self._ask_save_path()
        return path is not None and self._save_and_wait(path)

    def _save_and_wait(self, path: str | Path) -> bool:
        """Save and wait (events keep flowing) for the engine's answer; True if it saved."""
        loop = QEventLoop(self)
        result: list[bool] = []

        def answered(notice) -> None:
            if notice.kind in ("saved", "error"):
                result.append(notice.kind == "saved")
                loop.quit()

        self.controller.noticeReceived.connect(answered)
        self.controller.engineFailed.connect(loop.quit)
        QTimer.singleShot(SAVE_WAIT_MS, loop.quit)
        try:
            if not self._save(path):
                return False
            loop.exec()
        finally:
            self.controller.noticeReceived.disconnect(answered)
            self.controller.engineFailed.disconnect(loop.quit)
        return bool(result and result[0])

    # -- projects -----------------------------------------------------------------------------
    @Slot()
    def new(self) -> None:
        if self.maybe_save():
            self.pending.clear()
            self.controller.new_project()
            self.controller.set_speed(self.window.speed.speed())

    @Slot()
    def open(self) -> None:
        if not self.maybe_save():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a project"), self.last_folder(),
            self.tr("NNSim projects (*.nnsim);;All files (*)"), options=DIALOG_OPTIONS)
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """Ask the engine to load ``path``; the answer (loaded or the loader's error) comes as a notice."""
        self._set_last_folder(path)
        self.pending.append(("open", str(path)))
        self.controller.open(path)

    @Slot()
    def save(self) -> bool:
        path = self.controller.path
        if path is None:
            return self.save_as()
        return self._save(path)

    @Slot()
    def save_as(self) -> bool:
        path = self._ask_save_path()
        if path is None:
            return False
        return self._save(path)

    def _save(self, path: str | Path) -> bool:
        """Ask the engine to save ``path`` (the answer comes as a notice). The engine process being
        down, restart it from the last state shown first (with the settings changed since), or, if it
        showed none, say plainly that nothing was saved and return False."""
        c = self.controller
        if c.engine_down:
            if not c.can_restore():
                self._warn(self.tr("Could not save {file}").format(file=Path(path).name), self.tr(
                    "The engine process stopped before it showed any state: nothing was saved. Restart "
                    "the engine (Training menu) and save again."))
                return False
            self.window.restart_engine()
            self.window.statusBar().showMessage(self.tr(
                "The engine process had stopped: restarted from the last state shown, to save it."), 10000)
        self.pending.append(("save", str(path)))
        c.save(path)
        return True

    @Slot(str)
    def on_engine_failed(self, _message: str) -> None:
        """The engine died with files still to write or read: say that they were not."""
        while self.pending:
            op, path = self.pending.popleft()
            if op == "save":
                self._warn(self.tr("Could not save {file}").format(file=Path(path).name), self.tr(
                    "The engine process stopped before saving: nothing was saved."))

    def _ask_save_path(self) -> str | None:
        start = str(self.controller.path) if self.controller.path else str(Path(self.last_folder()) / "untitled.nnsim")
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the project"), start,
            self.tr("NNSim projects (*.nnsim)"), options=DIALOG_OPTIONS)
        if not path:
            return None
        if Path(path).suffix.lower() != PROJECT_SUFFIX:
            path += PROJECT_SUFFIX
        self._set_last_folder(path)
        return path

    # -- import and export --------------------------------------------------------------------
    @Slot()
    def import_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a CSV file"), self.last_folder(),
            self.tr("CSV files (*.csv);;All files (*)"), options=DIALOG_OPTIONS)
        if not path:
            return
        self._set_last_folder(path)
        try:
            columns = csv_head.columns(path)          # its first lines only: the engine process reads it
        except NNSimError as e:
            self._warn(self.tr("Could not import {file}").format(file=Path(path).name),
                       i18n.error_text(e.code, e.params, str(e)))
            return
        dialog = LabelColumnDialog(path, list(columns), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.import_csv(path, dialog.label())

    @Slot()
    def export_data(self) -> None:
        path = self.ask_export_path(self.tr("Export the data"), self.tr("CSV files (*.csv)"), ".csv", "data")
        if path:
            self.pending.append(("export", path))
            self.controller.export_data(path)

    @Slot()
    def export_weights(self) -> None:
        filters = [self.tr("NumPy arrays (*.npz)"), self.tr("JSON (*.json)"), self.tr("ONNX (*.onnx)"),
                   self.tr("Standalone NumPy script (*.py)")]
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the weights"), str(Path(self.last_folder()) / "weights.npz"),
            ";;".join(filters), options=DIALOG_OPTIONS)
        if not path:
            return
        if Path(path).suffix.lower() not in WEIGHT_SUFFIXES:
            path += WEIGHT_SUFFIXES[filters.index(chosen)] if chosen in filters else ".npz"
        self._set_last_folder(path)
        self.pending.append(("export", path))
        self.controller.export_weights(path)

    def export_picture(self, what: str) -> None:
        """A PNG of the canvas, the decision boundary or the whole window (written atomically)."""
        widget = {"canvas": self.window.canvas, "boundary": self.window.boundary}.get(what, self.window)
        path = self.ask_export_path(self.tr("Export a picture"), self.tr("PNG images (*.png)"), ".png", what)
        if not path:
            return
        try:
            write_png(widget, path)
        except OSError as e:
            self._warn(self.tr("Could not write {file}").format(file=Path(path).name), e.strerror or str(e))
            return
        self.window.statusBar().showMessage(self.tr("Saved the picture to {path}").format(path=path), 10000)

    def ask_export_path(self, title: str, file_filter: str, suffix: str, stem: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self.window, title, str(Path(self.last_folder()) / (stem + suffix)),
                                                    file_filter, options=DIALOG_OPTIONS)
        if not path:
            return None
        if Path(path).suffix.lower() != suffix:
            path += suffix
        self._set_last_folder(path)
        return path

    # -- answers from the engine --------------------------------------------------------------
    @Slot(object)
    def on_notice(self, notice) -> None:
        status = self.window.statusBar()
        if notice.kind == "error":
            if not self.pending:
                return                                  # not a file's: the status bar shows it
            op, path = self.pending.popleft()
            title = {"open": self.tr("Could not open {file}"), "save": self.tr("Could not save {file}"),
                     "export": self.tr("Could not export to {file}")}[op].format(file=Path(path).name)
            detail = i18n.error_text(notice.code, notice.params, notice.message)
            if op == "open":
                detail = self.tr("{message}\n\nThe current project is unchanged.").format(message=detail)
                self._forget(path)
            self._warn(title, detail)
        elif notice.kind in ("loaded", "saved", "exported"):
            if self.pending:
                self.pending.popleft()
            if notice.kind in ("loaded", "saved"):
                self._remember(notice.path)
            text = {"loaded": self.tr("Opened {path}"), "saved": self.tr("Saved {path}"),
                    "exported": self.tr("Exported {path}")}[notice.kind]
            status.showMessage(text.format(path=notice.path), 10000)
            self.window.update_title()

    def _warn(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(f"{title}: {text.splitlines()[0]}", 20000)
        if not self.window.headless:
            QMessageBox.warning(self.window, title, text)


def write_png(widget: QWidget, path: str | Path) -> None:
    """Grab ``widget`` and write it as a PNG at ``path`` via a temporary file and a rename."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        raise OSError(0, "could not encode the picture as PNG")
    buffer.close()
    write_bytes(path, bytes(data.data()))

"""The main window: the network canvas in the middle, the controls left, the results right.

What this is: the frame around the views. It builds them, hands each snapshot
to every view, and gives the controller's actions a toolbar (Reset, New data,
Play/Pause, Step, Epoch, the speed), menus and shortcuts. The status bar says
what is happening ("Training, 14,200 steps/s") and any error in words; a bar
above the canvas offers the way out when training diverged (roll back with a
lower learning rate) or the engine process died (restart it). View → Zoom
scales the whole window for a projector; QSettings keeps the geometry, the
dock layout and the zoom. The File menu lives in ``nnsim_ui.window.files``.

What this is not: a view or a model. It paints nothing itself and computes
nothing; everything it shows arrives in a snapshot or a notice.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QLabel, QMainWindow, QScrollArea, QStyle, QToolBar, QVBoxLayout, QWidget,
)


from ..views.boundary import BoundaryView
from ..panels import compare
from ..panels import customize
from ..text import i18n
from ..lessons import menu as lessons
from . import menus
from . import modes
from ..canvas.view import NetworkCanvas
from ..panels.controls import ControlsPanel
from ..views.curves import LossPlot
from ..views.figures import FiguresPanel
from ..text.numbers import format_count, format_plain, in_locale
from .drawpad_dock import PadDock
from .files import FileActions
from .lesson_layout import LessonLayout
from .message_bar import MessageBar
from .zoom import ZOOMS, Zoom
from ..resources import read_text, svg_icon
from ..tuning import panel as tuning_panel
from ..panels import timeline as timeline_bar
from ..panels.speed import SpeedControl

class MainWindow(QMainWindow, Zoom):
    """NNSim's window, driving one ``Controller``."""

    DEFAULT_SIZE = QSize(1400, 900)

    def __init__(self, controller, parent: QWidget | None = None, restore_settings: bool = True) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("MainWindow")
        self.setWindowIcon(svg_icon("icons", "nnsim.svg"))
        self.setStyleSheet(read_text("style.qss"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowNestedDocks)
        self._closed = False
        self._engine_failed = False
        self._state_text = ""
        app = QApplication.instance()
        self._base_font = QFont(app.font())
        self._zoom = 1.0
        self.headless = False                # --screenshot and benchmarks: no dialogs, close without asking

        self.files = FileActions(self)
        self._build_actions()
        self._build_toolbar()
        self._build_views()
        self._build_menus()
        self._build_status()
        # the window's parts, in the order each needs the ones before (menus, docks, canvas)
        self.tuning_dock, self.tuning_show_action = tuning_panel.make_dock(self)
        self.modes = modes.Modes(self)                  # Live / Propagation / Step by step, the Step panel
        self.timeline = timeline_bar.TimelineBar(self)  # under the canvas: scrub, replay, branch
        self.centralWidget().layout().insertWidget(self.centralWidget().layout().indexOf(self.canvas) + 1,
                                                   self.timeline)
        self.lessons = lessons.Lessons(self)            # the Lessons menu, the Lesson panel, the instrument docks
        self.compare = compare.CompareRuns(self)        # View → Compare runs…
        self.customize = customize.Customizer(self)     # View → Customize controls… (kept in the project file)
        self.lesson_layout = LessonLayout(self)   # lesson mode: the window laid out per lesson

        c = controller
        c.snapshotReady.connect(self.canvas.show_snapshot)
        c.snapshotReady.connect(self.boundary.show_snapshot)
        c.snapshotReady.connect(self.curves.show_snapshot)
        c.snapshotReady.connect(self.figures.show_snapshot)
        c.snapshotReady.connect(self._on_snapshot)
        c.noticeReceived.connect(self._on_notice)
        c.noticeReceived.connect(self.files.on_notice)
        c.engineFailed.connect(self.files.on_engine_failed)
        c.errorRaised.connect(self._on_error)
        c.engineFailed.connect(self._on_engine_failed)
        c.dirtyChanged.connect(self.update_title)
        c.configChanged.connect(self._on_config)
        self.canvas.message.connect(self.show_error)
        self.update_title()
        self.resize(self.first_size())
        self._layout_pending = not (restore_settings and self._restore_settings())
        if controller.snapshot is not None:
            controller.snapshotReady.emit(controller.snapshot)

    # -- building -----------------------------------------------------------------------------
    def make_action(self, text: str, slot, tip: str, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.set_action_texts(action, text, tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def set_action_texts(self, action: QAction, text: str, tip: str) -> None:
        """An action's text, and its tip (with the shortcut, if any) as tooltip and status tip."""
        action.setText(text)
        if not action.shortcut().isEmpty():
            tip = self.tr("{tip} ({shortcut})").format(
                tip=tip, shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def _action_texts(self) -> list[tuple[QAction, str, str]]:
        """(action, text, tip) of the window's own actions, in the current language."""
        running = self.controller.snapshot is not None and self.controller.snapshot.running
        return [
            (self.play_action, self.tr("Pause") if running else self.tr("Play"), self.tr("Start or pause training")),
            (self.step_action, self.tr("Step"), self.tr("Train on one mini-batch, then pause")),
            (self.epoch_action, self.tr("Epoch"),
             self.tr("Train for one epoch (one pass over the training data), then pause")),
            (self.reset_action, self.tr("Reset"), self.tr("Start again from new random weights; the data stays")),
            (self.new_data_action, self.tr("New data"), self.tr("Draw a new sample of the data set (a new data seed)")),
            (self.restart_action, self.tr("Restart engine"),
             self.tr("Start a new engine process from the last state shown")),
            (self.zoom_in_action, self.tr("Zoom in"), self.tr("Make everything bigger (for a projector)")),
            (self.zoom_out_action, self.tr("Zoom out"), self.tr("Make everything smaller")),
            (self.zoom_reset_action, self.tr("Actual size"), self.tr("Back to the normal size")),
        ]

    def retranslate(self) -> None:
        """Every text the window itself set, again in the current language (on QEvent.LanguageChange)."""
        for action, text, tip in self._action_texts():
            self.set_action_texts(action, text, tip)
        self.undo_action.setText(self.tr("Undo"))      # the undo stack adds the command's name when it can
        self.redo_action.setText(self.tr("Redo"))
        self.toolbar.setWindowTitle(self.tr("Training"))
        for dock, title in ((self.controls_dock, self.tr("Settings")),
                            (self.boundary_dock, self.tr("Decision boundary")),
                            (self.curves_dock, self.tr("Cost")), (self.figures_dock, self.tr("Figures")),
                            (self.drawpad_dock, self.tr("Draw a digit"))):
            dock.setWindowTitle(title)
        self.pad_dock.retranslate()
        for menu, title in ((self.file_menu, self.tr("&File")), (self.edit_menu, self.tr("&Edit")),
                            (self.training_menu, self.tr("&Training")), (self.view_menu, self.tr("&View")),
                            (self.help_menu, self.tr("&Help")), (self.language_menu, self.tr("&Language"))):
            menu.setTitle(title)
        self.about_action.setText(self.tr("About NNSim"))
        self.glossary_action.setText(self.tr("Glossary…"))
        self.glossary_action.setToolTip(self.tr("The terms of the course in English and Vietnamese, searchable"))
        self.message_bar.retranslate()
        self.speed.retranslate()
        previous = i18n.previous_language()
        for view, contexts in ((self.canvas, ("NetworkCanvas", "activations", "nnsim")),
                               (self.boundary, ("BoundaryView", "BoundaryKey", "nnsim")),
                               (self.curves, ("LossPlot",)),
                               (self.figures, ("FiguresPanel", "ConfusionTable", "MisclassifiedGallery")),
                               (self.drawpad, ("DrawPad",)), (self.unit_grid, ("UnitGrid",))):
            i18n.retranslate_tree(view, contexts, previous)
        self.curves.retranslate()
        for part in (self.files, self.modes, self.lessons, self.timeline, self.compare, self.customize):
            part.retranslate()
        tuning_panel.retranslate(self)
        self._state_text = ""
        self.update_title()
        if self.controller.snapshot is not None:        # views painted from snapshots: again, in the new words
            self.controller.snapshotReady.emit(self.controller.snapshot)

    def _build_actions(self) -> None:
        c, sp = self.controller, QStyle.StandardPixmap
        self.play_action = self.make_action(self.tr("Play"), self.toggle_play,
                                        self.tr("Start or pause training"), Qt.Key.Key_Space, sp.SP_MediaPlay)
        self.step_action = self.make_action(self.tr("Step"), lambda: c.step(1),
                                        self.tr("Train on one mini-batch, then pause"),
                                        "Ctrl+Right", sp.SP_MediaSkipForward)
        self.epoch_action = self.make_action(self.tr("Epoch"), c.step_epoch,
                                         self.tr("Train for one epoch (one pass over the training data), then pause"),
                                         "Ctrl+Shift+Right", sp.SP_MediaSeekForward)
        self.reset_action = self.make_action(self.tr("Reset"), c.reset,
                                         self.tr("Start again from new random weights; the data stays"),
                                         "Ctrl+R", sp.SP_BrowserReload)
        self.new_data_action = self.make_action(self.tr("New data"), c.new_data,
                                            self.tr("Draw a new sample of the data set (a new data seed)"),
                                            "Ctrl+Shift+R")
        self.new_data_action.setIcon(svg_icon("icons", "new-data.svg"))
        self.restart_action = self.make_action(self.tr("Restart engine"), self.restart_engine,
                                           self.tr("Start a new engine process from the last state shown"))
        self.restart_action.setEnabled(False)
        self.undo_action = c.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.redo_action = c.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.addActions([self.undo_action, self.redo_action])
        self.zoom_in_action = self.make_action(self.tr("Zoom in"), lambda: self.zoom(+1),
                                           self.tr("Make everything bigger (for a projector)"),
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self.make_action(self.tr("Zoom out"), lambda: self.zoom(-1),
                                            self.tr("Make everything smaller"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self.make_action(self.tr("Actual size"), lambda: self.set_zoom(1.0),
                                              self.tr("Back to the normal size"), "Ctrl+0")

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Training"), self)
        bar.setObjectName("TrainingToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.reset_action, self.new_data_action])
        bar.addSeparator()
        bar.addActions([self.play_action, self.step_action, self.epoch_action])
        bar.addSeparator()
        self.speed = SpeedControl(bar)
        self.speed.speedChanged.connect(self.controller.set_speed)
        bar.addWidget(self.speed)
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def first_size(self) -> QSize:
        """DEFAULT_SIZE, within the screen's free area: a window laid out for 900 px on a 720-px screen
        keeps that layout squeezed (the projection shrank to 170 px). Qt's offscreen platform has no
        real screen (800×800): there the default stands."""
        screen = self.screen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return self.DEFAULT_SIZE
        return self.DEFAULT_SIZE.boundedTo(screen.availableGeometry().size())

    def add_dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_views(self) -> None:
        c = self.controller
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.controls = ControlsPanel(c, self)
        self.controls.importCsvRequested.connect(self.files.import_csv)
        self.controls_dock = self.add_dock(self.tr("Settings"), "ControlsDock", self.controls, left)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.message_bar = MessageBar(centre)
        self.message_bar.button.clicked.connect(self._message_action)
        column.addWidget(self.message_bar)
        self.canvas = NetworkCanvas(c, centre)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(centre)
        self.boundary = BoundaryView(c, self)
        self.boundary_dock = self.add_dock(self.tr("Decision boundary"), "BoundaryDock", self.boundary, right)
        self.curves = LossPlot(c, self)
        self.curves_dock = self.add_dock(self.tr("Cost"), "CostDock", self.curves, right)
        self.figures = FiguresPanel(c, self)
        figures = QScrollArea(self)              # a short window scrolls the figures, never grows past the screen
        figures.setWidgetResizable(True)
        figures.setFrameShape(QScrollArea.Shape.NoFrame)
        figures.setWidget(self.figures)
        self.figures_dock = self.add_dock(self.tr("Figures"), "FiguresDock", figures, right)
        self.figures.gallery.rowClicked.connect(self.boundary.projection.select_row)   # shown like a click there
        self.pad_dock = PadDock(self, c, right, self.tr("Draw a digit"))
        for widget in (self.toolbar, self.message_bar, self.boundary, self.curves, self.figures):
            widget.installEventFilter(self.controls.space_keeper)     # a focused button keeps Space

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.files.build_menu(file_menu)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        run = bar.addMenu(self.tr("&Training"))
        run.addActions([self.play_action, self.step_action, self.epoch_action])
        run.addSeparator()
        run.addActions([self.reset_action, self.new_data_action])
        run.addSeparator()
        run.addAction(self.restart_action)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view.addSeparator()
        for dock in (self.controls_dock, self.boundary_dock, self.curves_dock, self.figures_dock, self.drawpad_dock,
                     self.units_dock):
            view.addAction(dock.toggleViewAction())
        view.addAction(self.toolbar.toggleViewAction())
        self.language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():          # each language in its own words, never translated
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
        self.language_actions = group
        help_menu = bar.addMenu(self.tr("&Help"))
        self.glossary_action = help_menu.addAction(self.tr("Glossary…"))
        self.glossary_action.setToolTip(self.tr("The terms of the course in English and Vietnamese, searchable"))
        self.glossary_action.triggered.connect(self.show_glossary)
        self.about_action = about = help_menu.addAction(self.tr("About NNSim"))
        about.triggered.connect(self._about)
        menus.name_menus(self, file_menu, edit, run, view, help_menu)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("StateLabel")
        self.state_label.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(self.state_label)

    # -- snapshots, notices, errors -----------------------------------------------------------
    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        self.pad_dock.follow(snap)
        if self._layout_pending and self.isVisible():
            self._layout_pending = False                   # again, now that the views hold content
            QTimer.singleShot(0, self._default_layout)
        if self._engine_failed:
            self._engine_failed = False
            self.restart_action.setEnabled(False)
            self.message_bar.dismiss("engine")
        running = snap.running
        if running != (self.play_action.text() == self.tr("Pause")):
            sp = QStyle.StandardPixmap
            self.play_action.setText(self.tr("Pause") if running else self.tr("Play"))
            self.play_action.setIcon(self.style().standardIcon(sp.SP_MediaPause if running else sp.SP_MediaPlay))
        if snap.stopped == "diverged":
            lr = self.controller.config["training"]["learning_rate"]
            self.rollback_rate = self.controller.rollback_rate(lr)
            words = [i18n.error_text(code, params) for code, params in snap.stop_words]
            reason = ("; ".join(words[:-1]) + ". " + words[-1] if len(words) > 1 else
                      snap.message.removeprefix("diverged: "))       # in the learner's language when worded
            text = self.tr("Training diverged and paused at step {step}. {reason}").format(
                step=format_count(snap.step), reason=reason[:1].upper() + reason[1:])
            if self.message_bar.kind != "diverged" or self.message_bar.label.text() != text:
                self.message_bar.show_message("diverged", text, self.tr("Roll back with learning rate {lr}").format(
                    lr=in_locale(format_plain(self.rollback_rate))), self.tr(
                    "Go back to the weights of the last good step and continue with a ten times smaller "
                    "learning rate"))
            state = self.tr("Diverged at step {step}").format(step=format_count(snap.step))
        else:
            self.message_bar.dismiss("diverged")
            if running:
                state = self.tr("Training, {rate} steps/s").format(rate=format_count(round(snap.steps_per_second)))
            elif snap.stopped == "early_stopping":
                state = self.tr("Stopped early at step {step}").format(step=format_count(snap.step))
            else:
                state = self.tr("Paused at step {step}").format(step=format_count(snap.step))
        self._set_state(state)

    def _set_state(self, text: str) -> None:
        if text != self._state_text:
            self._state_text = text
            self.state_label.setText(text)

    def state_text(self) -> str:
        """What the status bar says is happening (tests and the benchmark read it)."""
        return self._state_text

    @Slot(object)
    def _on_notice(self, notice) -> None:
        if notice.kind == "info":
            self.statusBar().showMessage(i18n.error_text(notice.code, notice.params, notice.message), 10000)

    @Slot(str, str)
    def _on_error(self, code: str, message: str) -> None:
        self.show_error(message)

    def set_language(self, lang: str) -> None:
        """View → Language: switch now (every open window retranslates) and remember the choice."""
        i18n.set_language(lang)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == lang)

    @Slot()
    def show_glossary(self) -> None:
        from ..text.glossary import GlossaryDialog
        dialog = GlossaryDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.glossary_dialog = dialog

    @Slot(str)
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Error: {message}").format(message=message), 15000)

    @Slot(str)
    def _on_engine_failed(self, message: str) -> None:
        self._engine_failed = True
        self.restart_action.setEnabled(True)
        text = self.tr("{message} Training stopped; restart the engine to go on from the last state shown.").format(
            message=message)
        self.message_bar.show_message("engine", text, self.tr("Restart engine"), self.restart_action.toolTip())
        self.statusBar().showMessage(message)
        self._set_state(self.tr("Engine stopped"))

    @Slot()
    def _message_action(self) -> None:
        if self.message_bar.kind == "diverged":
            self.controller.rollback(self.rollback_rate)
        elif self.message_bar.kind == "engine":
            self.restart_engine()

    @Slot()
    def restart_engine(self) -> None:
        self.statusBar().clearMessage()
        self.message_bar.dismiss("engine")
        self.restart_action.setEnabled(False)
        self.controller.restart_engine()
        self.controller.set_speed(self.speed.speed())

    @Slot()
    def toggle_play(self) -> None:
        self.controller.toggle_play()

    @Slot(object)
    def _on_config(self, _cfg) -> None:
        self.update_title()

    @Slot()
    def update_title(self, *_args) -> None:
        path = self.controller.path
        name = path.name if path is not None else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name}[*] — NNSim").format(name=name))
        self.setWindowModified(self.controller.dirty)

    def _about(self) -> None:
        menus.about(self)

    # -- settings and closing -----------------------------------------------------------------
    def _default_layout(self) -> None:
        """The docks' first proportions, or the open lesson's layout for the size now."""
        self.lesson_layout.relayout()

    def showEvent(self, event) -> None:                        # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._layout_pending:
            self._default_layout()

    def _restore_settings(self) -> bool:
        """Geometry, dock layout and zoom as last left; True if a dock layout was restored."""
        s = QSettings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        restored = isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state)
        try:
            zoom = float(s.value("window/zoom", 1.0))
        except (TypeError, ValueError):
            zoom = 1.0
        if zoom != 1.0 and ZOOMS[0] <= zoom <= ZOOMS[-1]:
            self.set_zoom(zoom)
        return bool(restored)

    def save_settings(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.lesson_layout.own_state())     # the learner's, not a lesson's
        s.setValue("window/zoom", self._zoom)

    def closeEvent(self, event: QCloseEvent) -> None:        # noqa: N802 (Qt's name)
        if self._closed:
            event.accept()
            return
        if not self.headless and not self.files.maybe_save():
            event.ignore()
            return
        self._closed = True
        self.save_settings()
        self.controller.shutdown()
        self.tuning_dock.widget().shutdown()
        self.compare.shutdown()
        if self._zoom != 1.0:
            QApplication.instance().setFont(self._base_font)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:           # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "customize"):   # fully built
            self.retranslate()
        super().changeEvent(event)


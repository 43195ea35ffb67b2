"""The Lessons menu, the Lesson panel and the instrument docks of one main window.

``install(window)`` adds a Lessons menu with one entry per preset id: it loads the preset,
opens the lesson's instruments and shows the Lesson panel (the idea, what to do, what to watch,
a question, and the goal's status, checked on every snapshot). The instrument panels
(Activation explorer, Signal and gradient by depth, Gradient check, Optimizer paths) are docks
too, under Lessons → Instruments; the engine computes only the data of the panels on show
(``Controller.set_instruments``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from nnsim import presets
from nnsim import protocol as S

from ..text import i18n
from .activation_panel import ActivationPanel
from .depth_panel import DepthPanel
from .gradcheck_panel import GradCheckPanel
from .texts import LESSONS, Goal, Lesson, tr_lesson
from .paths_panel import PathsPanel


class LessonPanel(QWidget):
    """A lesson's texts and its goal's status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonPanel")
        self.lesson: Lesson | None = None
        self.goal: Goal | None = None
        self.title = QLabel(self)
        self.title.setObjectName("LessonTitle")
        self.title.setStyleSheet("QLabel#LessonTitle { font-size: 15pt; font-weight: 600; }")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.goal_label = QLabel(self)
        self.goal_label.setWordWrap(True)
        self.goal_label.setObjectName("LessonGoal")
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addWidget(self.goal_label)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.title.setText(self.tr("No lesson open"))
        self.body.setText(self.tr("Choose a lesson from the Lessons menu."))
        self.goal_label.hide()

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.goal = lesson.goal() if lesson.goal else None
        self.title.setText(tr_lesson(lesson.title))
        sections = ((self.tr("The idea"), lesson.idea), (self.tr("What to do"), lesson.todo),
                    (self.tr("What to watch"), lesson.watch), (self.tr("Think about it"), lesson.question))
        self.body.setText("".join(f"<p><b>{head}</b><br>{tr_lesson(text)}</p>" for head, text in sections))
        self._show_goal()

    def _show_goal(self) -> None:
        if self.goal is None:
            self.goal_label.hide()
            return
        self.goal_label.show()
        if self.goal.reached:
            self.goal_label.setText(self.tr("<b>Goal:</b> {goal}<br><b style='color:#1a7f37'>Goal reached ✓</b>")
                                    .format(goal=self.goal.text))
        else:
            self.goal_label.setText(self.tr("<b>Goal:</b> {goal}<br><span style='color:#777'>not reached yet</span>")
                                    .format(goal=self.goal.text))

    def retranslate(self) -> None:
        """The lesson's texts again in the current language; the goal keeps what it has seen."""
        if self.lesson is None:
            self.title.setText(self.tr("No lesson open"))
            self.body.setText(self.tr("Choose a lesson from the Lessons menu."))
            return
        goal = self.goal
        self.show_lesson(self.lesson)
        if goal is not None and self.goal is not None:
            goal.text = self.goal.text
            self.goal = goal
            self._show_goal()

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        if self.goal is not None and not self.goal.reached and self.goal.observe(snapshot):
            self._show_goal()


class Lessons(QObject):
    """The Lessons menu, the Lesson dock and the instrument docks of ``window``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = w = window
        c = w.controller
        self.lesson_panel = LessonPanel(w)
        self.panels = {"activations": ActivationPanel(w), "depth": DepthPanel(w),
                       "gradcheck": GradCheckPanel(c, w), "paths": PathsPanel(c, w)}
        titles = self._titles()
        self.lesson_dock = self._dock(self.tr("Lesson"), "LessonDock", self.lesson_panel,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.docks: dict[str, QDockWidget] = {}
        first = None
        for name, panel in self.panels.items():
            dock = self._dock(titles[name], f"{name.capitalize()}InstrumentDock", panel,
                              Qt.DockWidgetArea.BottomDockWidgetArea)
            if first is None:
                first = dock
            else:
                w.tabifyDockWidget(first, dock)
            dock.visibilityChanged.connect(self._update_instruments)
            self.docks[name] = dock
        self.panels["activations"].optionsChanged.connect(self._update_instruments)

        self.menu = w.menuBar().addMenu(self.tr("&Lessons"))
        help_menu = next((a for a in w.menuBar().actions() if a.menu() is not None
                          and a.menu().title() == w.tr("&Help")), None)
        if help_menu is not None:                       # keep Help last
            w.menuBar().insertMenu(help_menu, self.menu)
        self.actions = {}
        for lesson in LESSONS.values():
            action = self.menu.addAction(tr_lesson(lesson.title))
            action.triggered.connect(lambda _checked=False, pid=lesson.id: self.open(pid))
            self.actions[lesson.id] = action
        self.menu.addSeparator()
        self.instruments_menu = instruments = self.menu.addMenu(self.tr("&Instruments"))
        for dock in (self.lesson_dock, *self.docks.values()):
            instruments.addAction(dock.toggleViewAction())
        c.snapshotReady.connect(self.on_snapshot)

        # View → Mark identical units: the canvas frames hidden units that are exact copies; the
        # engine finds them (the "depth" instrument), asked for only while this is on or in the
        # zero-initialization lesson, merged with what the open panels ask for.
        self.lesson_marks = False
        self.mark_copies_action = QAction(self.tr("Mark identical units"), w)
        self.mark_copies_action.setObjectName("markCopiesAction")
        self.mark_copies_action.setCheckable(True)
        self.mark_copies_action.setToolTip(self.tr(
            "Frame hidden units whose incoming weights are exact copies of each other (the symmetry problem "
            "of zero initialization)"))
        self.mark_copies_action.toggled.connect(self._marks_changed)
        view = next((a.menu() for a in w.menuBar().actions() if a.menu() is not None
                     and a.menu().title() == w.tr("&View")), None)
        if view is not None:
            view.addSeparator()
            view.addAction(self.mark_copies_action)

    def _titles(self) -> dict[str, str]:
        return {"activations": self.tr("Activation explorer"), "depth": self.tr("Signal and gradient by depth"),
                "gradcheck": self.tr("Gradient check"), "paths": self.tr("Optimizer paths")}

    #: The contexts of each instrument panel's words.
    CONTEXTS = {"activations": ("ActivationPanel", "activations", "nnsim"), "depth": ("DepthPanel", "nnsim"),
                "gradcheck": ("GradCheckPanel", "nnsim"), "paths": ("PathsPanel", "nnsim")}

    def retranslate(self) -> None:
        """Menu, dock titles, lesson titles, the Lesson panel and the instruments' fixed words, in the
        current language (the instruments' plotted texts follow the next snapshot)."""
        self.menu.setTitle(self.tr("&Lessons"))
        self.instruments_menu.setTitle(self.tr("&Instruments"))
        for lesson in LESSONS.values():
            self.actions[lesson.id].setText(tr_lesson(lesson.title))
        self.lesson_dock.setWindowTitle(self.tr("Lesson"))
        titles = self._titles()
        previous = i18n.previous_language()
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
            i18n.retranslate_tree(self.panels[name], self.CONTEXTS[name], previous)
        self.mark_copies_action.setText(self.tr("Mark identical units"))
        self.mark_copies_action.setToolTip(self.tr(
            "Frame hidden units whose incoming weights are exact copies of each other (the symmetry problem "
            "of zero initialization)"))
        self.lesson_panel.retranslate()

    def marks_wanted(self) -> bool:
        return self.mark_copies_action.isChecked() or self.lesson_marks

    @Slot()
    def _marks_changed(self, *_args) -> None:
        canvas = getattr(self.window, "canvas", None)
        if canvas is not None and hasattr(canvas, "set_mark_copies"):
            canvas.set_mark_copies(self.marks_wanted())
        self._update_instruments()

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    @Slot()
    def _update_instruments(self, *_args) -> None:
        names = tuple(n for name, panel in self.panels.items() if self.docks[name].isVisible()
                      for n in panel.needs)
        if self.marks_wanted() and "depth" not in names:
            names += ("depth",)
        self.window.controller.set_instruments(names, self.panels["activations"].options())

    @Slot(object)
    def on_snapshot(self, snapshot) -> None:
        self.lesson_panel.show_snapshot(snapshot)
        for name, panel in self.panels.items():
            if self.docks[name].isVisible() or name in snapshot.instruments:
                panel.show_snapshot(snapshot)

    def open(self, preset_id: str) -> bool:
        """Load the lesson's preset, open its instruments and its text; False if the learner cancelled."""
        w, lesson = self.window, LESSONS[preset_id]
        files = getattr(w, "files", None)
        if files is not None and hasattr(files, "maybe_save") and not files.maybe_save():
            return False
        w.controller.new_project(presets.load(preset_id).to_dict())
        self.panels["gradcheck"].set_break_allowed(preset_id == "gradient_checking")
        self.lesson_marks = preset_id == "zero_init"
        self._marks_changed()
        paths = self.panels["paths"]
        paths.surface_box.setCurrentIndex(paths.surface_box.findData(lesson.surface))
        for name, dock in self.docks.items():
            if name not in lesson.instruments:
                dock.hide()
        for name in lesson.instruments:
            self.docks[name].show()
        if lesson.instruments:
            self.docks[lesson.instruments[0]].raise_()
        self.lesson_panel.show_lesson(lesson)
        self.lesson_dock.show()
        self.lesson_dock.raise_()
        if lesson.mode is not None:
            modes = getattr(w, "modes", None)
            if modes is not None and hasattr(modes, "set_mode"):
                modes.set_mode(lesson.mode)
            else:
                w.controller.send(S.SetMode(lesson.mode))
        if lesson.tuning and getattr(w, "tuning_dock", None) is not None:
            w.tuning_dock.show()
            w.tuning_dock.raise_()
        self._update_instruments()
        return True


def install(window) -> Lessons:
    window.lessons = Lessons(window)
    return window.lessons

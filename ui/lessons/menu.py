"""The Lessons menu, the Lesson panel and the instrument docks of one main window.

``install(window)`` adds a Lessons menu with one entry per lesson id (``nnsim.lessons.LESSONS``):
it loads the lesson's preset, tells the engine which lesson is open (the engine judges its goal),
opens the lesson's instruments and shows the Lesson panel (``panel``); the panel's "Do it"
buttons come back here (``do_step``), which performs the step through the normal paths. The instrument panels
(Activation explorer, Signal and gradient by depth, Gradient check, Optimizer paths) are docks
too, under Lessons → Instruments; the engine computes only the data of the panels on show
(``Controller.set_instruments``).
"""
from __future__ import annotations

import secrets

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from nnsim import edits
from nnsim import protocol as S
from nnsim.lessons import LESSONS as ENGINE_LESSONS

from ..text import i18n
from .activation_panel import ActivationPanel
from .depth_panel import DepthPanel
from .gradcheck_panel import GradCheckPanel
from .panel import LessonPanel
from .texts import LESSONS, tr_lesson
from .paths_panel import PathsPanel
from .ewa_panel import AveragesPanel
from .neuron_panel import NeuronPanel
from .shift_panel import ShiftPanel


class Lessons(QObject):
    """The Lessons menu, the Lesson dock and the instrument docks of ``window``."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = w = window
        c = w.controller
        self.lesson_panel = LessonPanel(w)
        self.panels = {"activations": ActivationPanel(w), "depth": DepthPanel(w),
                       "gradcheck": GradCheckPanel(c, w), "paths": PathsPanel(c, w),
                       "neuron": NeuronPanel(c, w), "averages": AveragesPanel(w),
                       "shift": ShiftPanel(w)}
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
        self.menu.setObjectName("lessonsMenu")
        help_menu = getattr(w, "help_menu", None)
        if help_menu is not None:                       # keep Help last
            w.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.actions = {}
        for lesson in LESSONS.values():
            action = self.menu.addAction(tr_lesson(lesson.title))
            action.triggered.connect(lambda _checked=False, pid=lesson.id: self.open(pid))
            self.actions[lesson.id] = action
        self.menu.addSeparator()
        self.free_action = self.menu.addAction(self.tr("Free play"))
        self.free_action.setObjectName("freePlayAction")
        self.free_action.setToolTip(self.tr("Leave the lesson and keep playing with this network, in your own layout"))
        self.free_action.triggered.connect(self.free_play)
        self.free_action.setEnabled(w.controller.lesson is not None)
        self.instruments_menu = instruments = self.menu.addMenu(self.tr("&Instruments"))
        for dock in (self.lesson_dock, *self.docks.values()):
            instruments.addAction(dock.toggleViewAction())
        c.snapshotReady.connect(self.on_snapshot)
        c.configChanged.connect(self.lesson_panel.show_config)
        c.lessonChanged.connect(self._lesson_changed)
        self.lesson_panel.show_config(c.config)
        self.lesson_panel.stepRequested.connect(self.do_step)

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
        view = getattr(w, "view_menu", None)
        if view is not None:
            view.addSeparator()
            view.addAction(self.mark_copies_action)

    def _titles(self) -> dict[str, str]:
        return {"activations": self.tr("Activation explorer"), "depth": self.tr("Signal and gradient by depth"),
                "gradcheck": self.tr("Gradient check"), "paths": self.tr("Optimizer paths"),
                "neuron": self.tr("One neuron"), "averages": self.tr("Weighted averages"),
                "shift": self.tr("Z by layer")}

    #: The contexts of each instrument panel's words.
    CONTEXTS = {"activations": ("ActivationPanel", "activations", "nnsim"),
                "depth": ("DepthPanel", "DeepLinearView", "nnsim"),
                "gradcheck": ("GradCheckPanel", "nnsim"), "paths": ("PathsPanel", "nnsim"),
                "neuron": ("NeuronPanel", "nnsim"), "averages": ("AveragesPanel", "nnsim"),
                "shift": ("ShiftPanel", "nnsim")}

    def retranslate(self) -> None:
        """Menu, dock titles, lesson titles, the Lesson panel and the instruments' fixed words, in the
        current language (the instruments' plotted texts follow the next snapshot)."""
        self.menu.setTitle(self.tr("&Lessons"))
        self.instruments_menu.setTitle(self.tr("&Instruments"))
        self.free_action.setText(self.tr("Free play"))
        self.free_action.setToolTip(self.tr("Leave the lesson and keep playing with this network, in your own layout"))
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

    def open(self, lesson_id: str) -> bool:
        """Load the lesson's preset, open its instruments and its text; False if the learner cancelled."""
        w, lesson = self.window, LESSONS[lesson_id]
        files = getattr(w, "files", None)
        if files is not None and hasattr(files, "maybe_save") and not files.maybe_save():
            return False
        w.controller.new_project(ENGINE_LESSONS[lesson_id].config().to_dict(), lesson=lesson_id)
        self.panels["gradcheck"].set_break_allowed(lesson_id == "gradient_checking")
        self.lesson_marks = lesson_id == "zero_init"
        self._marks_changed()
        paths = self.panels["paths"]
        paths.surface_box.setCurrentIndex(paths.surface_box.findData(lesson.surface))
        pair = next((s.args for s in ENGINE_LESSONS[lesson_id].steps if s.action == "paths" and "first" in s.args),
                    {})
        paths.set_pair(pair.get("first"), pair.get("second"))
        paths.clear()                        # this lesson's paths, drawn when the panel shows
        self.lesson_panel.show_lesson(lesson)
        layout = getattr(w, "lesson_layout", None)
        if layout is not None:
            layout.enter(lesson)         # the Lesson column, exactly the lesson's panels, nothing else
        else:
            for name, dock in self.docks.items():
                dock.setVisible(name in lesson.instruments)
            self.lesson_dock.show()
        if lesson.mode is not None:
            modes = getattr(w, "modes", None)
            if modes is not None and hasattr(modes, "set_mode"):
                modes.set_mode(lesson.mode)
            else:
                w.controller.send(S.SetMode(lesson.mode))
        self._update_instruments()
        return True

    @Slot()
    def free_play(self) -> None:
        """Lessons → Free play: leave the lesson, keep the network as it is; the learner's own layout
        comes back."""
        self.window.controller.leave_lesson()

    @Slot(object)
    def _lesson_changed(self, lesson_id: str | None) -> None:
        """A new project without a lesson (File → New, Free play): the panel says no lesson is open."""
        self.free_action.setEnabled(lesson_id is not None)
        if lesson_id is None:
            self.lesson_panel.show_lesson(None)

    @Slot(int)
    def do_step(self, i: int) -> bool:
        """Perform step ``i`` of the open lesson as the learner would: send exactly its changes (with
        new weights, as "play again" asks; one undoable edit), or do its action. False if refused."""
        text = self.lesson_panel.lesson
        if text is None:
            return False
        step, c = ENGINE_LESSONS[text.id].steps[i], self.window.controller
        if step.kind == "change":
            changes = {**step.changes, **edits.reseed_changes(c.config, secrets.randbelow(2**31))}
            return c.edit(changes, self.tr("Lesson step {n}").format(n=i + 1), own=False)   # not "unsaved"
        if step.action == "check_1d":
            panel = self.panels["gradcheck"]
            self.docks["gradcheck"].show()
            self.docks["gradcheck"].raise_()
            panel.theta_box.setValue(step.args["theta"])
            panel.x_box.setValue(step.args["x"])
        elif step.action in ("gradcheck", "break_layer"):
            panel = self.panels["gradcheck"]
            self.docks["gradcheck"].show()
            self.docks["gradcheck"].raise_()
            broken = step.action == "break_layer"
            panel.break_box.setChecked(broken)
            if broken:
                panel.layer_box.setValue(step.args.get("layer", 1))
            panel.run()
        elif step.action == "paths":
            self.docks["paths"].show()
            self.docks["paths"].raise_()
            panel = self.panels["paths"]
            if "first" in step.args:
                panel.surface_box.setCurrentIndex(panel.surface_box.findData("network"))
                panel.set_pair(step.args["first"], step.args["second"])
            panel.run()
        elif step.action == "tune":
            dock = getattr(self.window, "tuning_dock", None)
            if dock is None:
                return False
            dock.show()
            dock.raise_()
            panel = dock.widget()
            panel.space_table.only(step.args["key"], step.args["low"], step.args["high"], step.args["log"])
            if not panel.start():
                return False
        elif step.action == "by_hand":
            self.docks["neuron"].show()
            self.docks["neuron"].raise_()
        elif step.action == "base_error":
            figures = getattr(self.window, "figures", None)
            if figures is None:
                return False
            figures.diagnosis.base_box.setValue(100 * step.args["value"])
            self.window.figures_dock.show()
            self.window.figures_dock.raise_()
        elif step.action == "compare":
            dialog = self.window.compare.dialog
            dialog.start_over()                                  # the baseline copies the main run
            for value in step.args["values"]:
                dialog.add_run(step.args["key"], value)
            dialog.play_all()
        self.lesson_panel.mark_done(i)
        return True


"""The window's three ways of showing training, wired in one place.

- Live: the engine trains at the set speed and the views repaint ~30 times a second.
- Propagation: each step plays phase by phase on the canvas (forward, loss,
  backward, update) at the toolbar's one speed control; faster than the eye can
  follow (``nnsim.session.MAX_PHASES_PER_SECOND``) the engine shows live training,
  and the status bar says so.
- Step by step: the Step panel (Next/Previous, Right/Left) with the formulas and numbers.

``install(window)`` adds the Step panel dock, View → Live / Propagation / Step by
step, and File → Export animation… (an animated GIF of the last step, via
``nnsim_ui.canvas.gif``). The engine does the work; this module only sends ``SetMode`` and
paints what comes back.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from nnsim import protocol as S

from ..text import i18n
from ..canvas.gif import GifUnavailable, PhaseRecorder, export_animation
from ..step.panel import StepPanel


class Modes(QObject):
    """The mode actions, the Step panel and the animation export of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = w = window
        c = w.controller
        self.panel = StepPanel(c, w)
        self.dock = w.add_dock(self.tr("Step by step"), "StepDock", self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        w.tabifyDockWidget(w.figures_dock, self.dock)
        self.dock.hide()
        self.panel.installEventFilter(w.controls.space_keeper)
        self.recorder = PhaseRecorder(1, self)

        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for mode, text, tip, key in self._mode_texts():
            action = QAction(text, self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
            self.group.addAction(action)
            w.addAction(action)
            self.actions[mode] = action
        self.actions["live"].setChecked(True)
        self.export_action = w.make_action(self.tr("Export &animation…"), self.export_animation, self.tr(
            "Save the last training step's propagation as an animated GIF, for slides"))

        view = getattr(w, "view_menu", None)
        if view is not None:
            first = view.actions()[0] if view.actions() else None
            for action in self.actions.values():
                view.insertAction(first, action)
            view.insertSeparator(first)
            view.addAction(self.dock.toggleViewAction())
        file_menu = getattr(w, "file_menu", None)
        if file_menu is not None:
            file_menu.insertAction(w.files.quit_action, self.export_action)
            file_menu.insertSeparator(w.files.quit_action)

        c.snapshotReady.connect(self.panel.show_snapshot)
        c.snapshotReady.connect(self.recorder.record)
        c.snapshotReady.connect(self.on_snapshot)
        # The focused example and neuron belong to the controller: views ask it, and follow it.
        w.canvas.neuronClicked.connect(c.focus_neuron)
        w.canvas.weightClicked.connect(self.panel.focus_weight)
        self.panel.exampleFocused.connect(c.focus_example)
        self.panel.neuronFocused.connect(c.focus_neuron)
        c.exampleFocused.connect(self.panel.focus_example)
        c.exampleFocused.connect(w.canvas.set_focus_example)
        c.neuronFocused.connect(self.panel.focus_neuron)
        c.neuronFocused.connect(w.canvas.set_focus_neuron)
        self._data = None                              # the newest DataView seen (rows of the splits)
        w.boundary.pointClicked.connect(self.focus_data_row)

    @Slot(str)
    def _mode_texts(self) -> tuple[tuple[str, str, str, str], ...]:
        """(mode, text, tip, shortcut) of the mode actions, in the current language."""
        return (("live", self.tr("&Live training"), self.tr("Train at full speed and watch the network change"),
                 "Ctrl+1"),
                ("propagation", self.tr("&Propagation"), self.tr(
                    "Play each step phase by phase: the signal forward, the error backward, then the update "
                    "(slow speeds only; faster, it shows live training)"), "Ctrl+2"),
                ("step", self.tr("&Step by step"), self.tr(
                    "Go through one training step a phase at a time, with the formulas and the numbers"), "Ctrl+3"))

    def retranslate(self) -> None:
        """The dock title, the mode and export actions and the Step panel's fixed words, in the current language
        (the panel's formatted texts follow the next snapshot)."""
        self.dock.setWindowTitle(self.tr("Step by step"))
        for mode, text, tip, _key in self._mode_texts():
            action = self.actions[mode]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.window.set_action_texts(self.export_action, self.tr("Export &animation…"), self.tr(
            "Save the last training step's propagation as an animated GIF, for slides"))
        i18n.retranslate_tree(self.panel, ("StepPanel", "NetworkCanvas", "nnsim"), i18n.previous_language())

    def set_mode(self, mode: str) -> None:
        self.window.controller.send(S.SetMode(mode))
        if mode == "step":
            self.dock.show()
            self.dock.raise_()

    @Slot(int)
    def focus_data_row(self, row: int) -> bool:
        """A training point clicked on the data plot: focus it in the Step panel when it is in the
        mini-batch on show (``row`` indexes the whole data set; the batch holds training-split rows)."""
        data = self._data
        if data is None:
            return False
        position = data.training_position(row)        # a thinned view holds a sample of the rows
        if position is not None and self.panel.focus_training_row(position):
            return True
        if self.panel.phase is not None:
            self.window.statusBar().showMessage(self.tr(
                "That example is not in this mini-batch; tick Batch of one to train on it alone."), 5000)
        return False

    @Slot(object)
    def on_snapshot(self, snap) -> None:
        if snap.data is not None:
            self._data = snap.data
        action = self.actions.get(snap.mode)
        if action is not None and not action.isChecked():
            self.group.blockSignals(True)
            action.setChecked(True)
            self.group.blockSignals(False)
        if snap.mode == "propagation" and snap.running and not snap.animating:
            self.window.statusBar().showMessage(self.tr(
                "Too fast to show each phase: showing live training. Lower the speed to watch the propagation."),
                3000)

    @Slot()
    def export_animation(self) -> None:
        w = self.window
        frames = self.recorder.snapshots(complete_only=True) or self.recorder.snapshots()
        if not frames:
            w.show_error(self.tr("Nothing to animate yet: step through a training step first "
                                 "(Propagation or Step by step)."))
            return
        path = w.files.ask_export_path(self.tr("Export an animation"), self.tr("Animated GIF (*.gif)"),
                                        ".gif", "propagation")
        if not path:
            return
        try:
            count = export_animation(frames, path, size=(w.canvas.width(), w.canvas.height()))
        except GifUnavailable as e:
            w.show_error(str(e))
            return
        except (OSError, ValueError) as e:
            w.show_error(str(e))
            return
        w.statusBar().showMessage(self.tr("Saved {count} frames to {path}").format(count=count, path=path), 10000)


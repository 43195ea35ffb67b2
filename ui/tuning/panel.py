"""The Tuning panel: a hyperparameter search of the current run config, in the app.

What this is: the search space as an editable table (``nnsim_ui.tuning.space_table``),
the search's options (trials, parallel jobs, epochs per trial, sampler,
objective, where the study is kept), Start/Stop and a progress bar, the
results as a sortable table and two plots (``nnsim_ui.tuning.results``), and
"Apply this trial", which puts the chosen trial's values into the main
window's run config as one undoable edit. ``install(window)`` adds it to the
main window as the "Tuning" dock, hidden until View → Tuning or Training →
Hyperparameter search shows it.

The search is ``nnsim.tuning.tune``: its trials train in worker processes,
and a ``TuningWorker`` QThread runs its parent loop and signals each finished
trial; the panel only shows them. A study is kept, by default, in a journal file in
the user's data folder (as on the command line), so a search survives closing
the app and running the same search again resumes it; or, on request, in a
temporary journal file for the panel's life.
Stop lets the running trials finish and starts no more; closing the dock does
the same; closing the window ends the running trials at once.

What this is not: a second search loop or any mathematics of its own.
"""
from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QDockWidget, QFormLayout, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
    QSplitter, QVBoxLayout, QWidget,
)

from nnsim import config as _config
from nnsim import tuning_results as tuning
from nnsim.errors import NNSimError

from ..text import i18n
from ..text.numbers import format_short, in_locale
from .results import ResultsTable, TuningPlots, objective_name
from .space_table import SpaceTable
from ..engine.tuning_worker import SearchRequest, TuningWorker
from ..engine.link import EngineLink

DEV_FIX = 0.2        # the dev share the one-click fix sets
RESULT_ROWS = 8             # the results table shows at least this many trials


class TuningPanel(QWidget):
    """Search space, options, Start/Stop, progress, results and "Apply this trial"."""

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TuningPanel")
        self.controller = controller
        self.worker: TuningWorker | None = None
        self.request: SearchRequest | None = None
        self.records: dict[int, tuning.TrialRecord] = {}
        self.finished = 0                 # trials finished in the running search
        self.stopping = False
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._searches = 0
        self._epochs_seen = controller.config["training"]["epochs"]

        self.space_table = SpaceTable(self)
        add = QPushButton(self.tr("Add parameter"), self)
        add.setToolTip(self.tr("Add a row: any key of the run config can be searched"))
        add.clicked.connect(self._add_row)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setToolTip(self.tr("Remove the selected row"))
        remove.clicked.connect(self.space_table.remove_selected)
        self.trials_box = self._spin(1, 10_000, 20, self.tr("How many trials the search runs"))
        self.jobs_box = self._spin(1, 256, os.cpu_count() or 1,
                                   self.tr("Worker processes training trials at once (default: one per core)"))
        self.epochs_box = self._spin(1, 1_000_000, self._epochs_seen,
                                     self.tr("Epochs each trial trains (the run config's training.epochs by "
                                             "default); fewer make a quicker, rougher search"))
        self.sampler_box = QComboBox(self)
        for name, text in (("random", self.tr("random")), ("grid", self.tr("grid")), ("tpe", self.tr("TPE"))):
            self.sampler_box.addItem(text, name)
        self.sampler_box.setToolTip(self.tr(
            "random: values at random, as the course recommends; grid: every combination of the choices and each "
            "range's points (parallel jobs may try a point twice); TPE: Optuna's Bayesian sampler, which tries "
            "more values near the good ones"))
        self.objective_box = QComboBox(self)
        for name in tuning.OBJECTIVES:
            self.objective_box.addItem(objective_name(name), name)
        self.objective_box.setToolTip(self.tr("Trials are compared on the dev set: the loss is minimised, the "
                                              "accuracy maximised. The test set is kept out of the search."))
        self.storage_box = QComboBox(self)
        self.storage_box.addItem(self.tr("my data folder (kept; resumes)"), "data")
        self.storage_box.addItem(self.tr("temporary (this session)"), "temporary")
        self.storage_box.setToolTip(self.tr(
            "Where the trials are kept: a temporary file deleted when the app closes, or your data folder, where "
            "starting the same search again continues it"))

        self.dev_note = QFrame(self)
        self.dev_note.setObjectName("TuningDevNote")
        self.dev_note.setStyleSheet("QFrame#TuningDevNote { background: #fff4e5; border: 1px solid #f0b46c;"
                                    " border-radius: 4px; }")
        self.dev_label = QLabel(self.tr("This run config has no dev set. Trials are compared on the dev set, "
                                        "so the search needs one."), self.dev_note)
        self.dev_label.setWordWrap(True)
        self.dev_fix = QPushButton(self.tr("Set dev_fraction to {share}").format(share=in_locale(str(DEV_FIX))), self.dev_note)
        self.dev_fix.setToolTip(self.tr("Hold out a fifth of the data as the dev set (an undoable edit)"))
        self.dev_fix.clicked.connect(self.fix_dev_split)
        note = QHBoxLayout(self.dev_note)
        note.setContentsMargins(8, 4, 4, 4)
        note.addWidget(self.dev_label, 1)
        note.addWidget(self.dev_fix)

        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("TuningStart")
        self.start_button.setToolTip(self.tr("Start the search with the settings above"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("TuningStop")
        self.stop_button.setToolTip(self.tr("Start no more trials; the running ones finish and are kept"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.valueChanged.connect(self._progress_text)
        self.progress.setFormat("")
        self.status = QLabel(self)
        self.status.setObjectName("TuningStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.results = ResultsTable(self)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.plots = TuningPlots(self)
        self.apply_button = QPushButton(self.tr("Apply this trial"), self)
        self.apply_button.setObjectName("TuningApply")
        self.apply_button.setToolTip(self.tr("Put the selected trial's values into the run config "
                                             "(one edit; Undo takes it back)"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_selected)
        self.best_label = QLabel(self)

        # left: what to search and how; right: what it found
        left = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Trials"), self.trials_box)
        form.addRow(self.tr("Parallel jobs"), self.jobs_box)
        form.addRow(self.tr("Epochs per trial"), self.epochs_box)
        form.addRow(self.tr("Sampler"), self.sampler_box)
        form.addRow(self.tr("Objective"), self.objective_box)
        form.addRow(self.tr("Keep trials in"), self.storage_box)
        rows = QHBoxLayout()
        rows.addWidget(QLabel(self.tr("<b>Search space</b>"), self), 1)
        rows.addWidget(add)
        rows.addWidget(remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.progress, 1)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addLayout(rows)
        lcol.addWidget(self.space_table, 1)
        lcol.addLayout(form)
        lcol.addWidget(self.dev_note)
        lcol.addLayout(buttons)
        lcol.addWidget(self.status)
        # three columns: the search, the results table at full height (eight rows at least), the plots
        split = QSplitter(Qt.Orientation.Horizontal, self)
        top = QWidget(split)
        tcol = QVBoxLayout(top)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.addWidget(self.results, 1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.best_label, 1)
        apply_row.addWidget(self.apply_button)
        tcol.addLayout(apply_row)
        rows = self.results.verticalHeader().defaultSectionSize() * RESULT_ROWS
        self.results.setMinimumHeight(rows + self.results.horizontalHeader().sizeHint().height()
                                      + 2 * self.results.frameWidth())
        split.addWidget(left)
        split.addWidget(top)
        split.addWidget(self.plots)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(split)

        controller.configChanged.connect(self._on_config)
        self._on_config(controller.config)

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setToolTip(tip)
        box.setGroupSeparatorShown(True)
        return box

    # -- the run config -----------------------------------------------------------------------
    def needs_dev_split(self) -> bool:
        return (self.controller.config["data"].get("dev_fraction", 0.0) == 0
                and "data.dev_fraction" not in self.space_table.keys())

    @Slot(object)
    def _on_config(self, cfg: dict) -> None:
        epochs = cfg["training"]["epochs"]
        if epochs != self._epochs_seen:          # follow the config's epochs, not every other edit
            self._epochs_seen = epochs
            self.epochs_box.setValue(epochs)
        self.dev_note.setVisible(self.needs_dev_split())
        self._update_buttons()

    @Slot()
    def fix_dev_split(self) -> None:
        self.controller.edit({"data.dev_fraction": DEV_FIX}, self.tr("Set dev_fraction to {share}").format(
            share=in_locale(str(DEV_FIX))))

    @Slot()
    def _add_row(self) -> None:
        self.space_table.add_row()

    # -- the search ---------------------------------------------------------------------------
    def running(self) -> bool:
        return self.worker is not None

    def make_request(self) -> SearchRequest:
        """The search the settings describe; an ``NNSimError`` saying what is wrong."""
        cfg = _config.parse(self.controller.config).replace({"training.epochs": self.epochs_box.value()})
        space = self.space_table.space()
        sampler, objective = self.sampler_box.currentData(), self.objective_box.currentData()
        trials, jobs = self.trials_box.value(), self.jobs_box.value()
        tuning.check(cfg, space, sampler, objective, trials, jobs)
        if self.storage_box.currentData() == "temporary":
            if self._tmp is None:
                self._tmp = tempfile.TemporaryDirectory(prefix="nnsim-tuning-")
            self._searches += 1
            storage, study = os.path.join(self._tmp.name, "searches.journal"), f"search-{self._searches}"
        else:
            storage, study = None, None
        return SearchRequest(cfg, space, trials, jobs, sampler, objective, cfg.seed, storage, study)

    @Slot()
    def start(self) -> bool:
        """Start a search; False, with the reason shown, if the settings cannot run."""
        if self.running():
            return False
        try:
            request = self.make_request()
        except NNSimError as e:
            self._say(self.tr("Cannot start: {reason}").format(reason=str(e)), error=True)
            return False
        self.request, self.records, self.finished, self.stopping = request, {}, 0, False
        self.results.set_columns(request.space.keys, request.objective)
        self.plots.set_search(request.space, request.objective)
        self.best_label.clear()
        self.progress.setRange(0, request.trials)
        self.progress.setValue(0)
        self.worker = TuningWorker(request, self)
        self.worker.searchStarted.connect(self._on_started)
        self.worker.trialFinished.connect(self._on_trial)
        self.worker.searchFinished.connect(self._on_finished)
        self.worker.searchFailed.connect(self._on_failed)
        self.worker.finished.connect(self._on_thread_finished)
        self.worker.start()
        self._say(self.tr("Starting {jobs} worker process(es)…").format(jobs=request.jobs))
        self._update_buttons()
        return True

    @Slot()
    def stop(self) -> None:
        """Start no more trials; the running ones finish (a second Stop ends them at once)."""
        if self.worker is None:
            return
        if self.stopping:
            self.worker.stop(now=True)
            self._say(self.tr("Stopping the running trials now…"))
            return
        self.stopping = True
        self.worker.stop()
        self.stop_button.setText(self.tr("Stop now"))
        self.stop_button.setToolTip(self.tr("End the running trials at once (they are marked failed)"))
        self._say(self.tr("Stopping: the running trials finish, no new one starts…"))

    def shutdown(self) -> None:
        """End the search at once and wait for its thread and processes (closing the window calls this)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.stop(now=True)
            worker.wait()
            worker.deleteLater()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    @Slot(int)
    def _progress_text(self, value: int) -> None:
        self.progress.setFormat(self.tr("{done} of {total} trials").format(done=value, total=self.progress.maximum()))

    @Slot(int, int)
    def _on_started(self, to_run: int, already: int) -> None:
        self.progress.setRange(0, max(1, to_run))
        if to_run == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        if already:
            self._say(self.tr("Resuming a study of {n} trials: {m} more to run").format(n=already, m=to_run))
        else:
            self._say(self.tr("Running {n} trials…").format(n=to_run))

    @Slot(object)
    def _on_trial(self, record: tuning.TrialRecord) -> None:
        self.records[record.number] = record
        self.finished += 1
        self.progress.setValue(min(self.finished, self.progress.maximum()))
        self._show()

    @Slot(object)
    def _on_finished(self, result: tuning.TuneResult) -> None:
        self.records = {r.number: r for r in result.trials}
        self.progress.setValue(min(max(result.ran, self.finished), self.progress.maximum()))
        self._show()
        ranked = result.ranked()
        if ranked:
            self.results.select_trial(ranked[0].number)
        done = sum(r.state == "complete" for r in result.trials)
        text = self.tr("Stopped: {done} of {n} trials complete.") if self.stopping else \
            self.tr("Finished: {done} of {n} trials complete.")
        notes = " ".join(result.notes)
        self._say(text.format(done=done, n=len(result.trials)) + (" " + notes if notes else ""))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._say(self.tr("The search stopped: {reason}").format(reason=message), error=True)

    @Slot()
    def _on_thread_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.stopping = False
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Start no more trials; the running ones finish and are kept"))
        self._update_buttons()

    # -- results ------------------------------------------------------------------------------
    def best(self) -> tuning.TrialRecord | None:
        if self.request is None:
            return None
        done = [r for r in self.records.values() if r.state == "complete" and r.value is not None]
        if not done:
            return None
        pick = max if tuning.OBJECTIVES[self.request.objective] == "maximize" else min
        return pick(done, key=lambda r: r.value)

    def _show(self) -> None:
        records = sorted(self.records.values(), key=lambda r: r.number)
        self.results.show_records(records)
        self.plots.show_records(records)
        best = self.best()
        if best is not None:
            self.best_label.setText(self.tr("Best so far: trial {n}, {name} {value}").format(
                n=best.number, name=objective_name(self.request.objective), value=in_locale(format_short(best.value))))
        self._update_buttons()

    def selected(self) -> tuning.TrialRecord | None:
        number = self.results.selected_trial()
        return None if number is None else self.records.get(number)

    @Slot()
    def _selection_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def apply_selected(self) -> bool:
        """Put the selected trial's values into the run config: one undoable edit."""
        record = self.selected()
        if record is None or not record.changes:
            return False
        ok = self.controller.edit(dict(record.changes), self.tr("Apply trial {n}").format(n=record.number))
        if ok:
            self._say(self.tr("Applied trial {n} to the run config.").format(n=record.number))
        return ok

    # -- state --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.running()
        self.start_button.setEnabled(not running and not self.needs_dev_split())
        self.stop_button.setEnabled(running)
        record = self.selected()
        self.apply_button.setEnabled(record is not None and bool(record.changes) and record.state == "complete")

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b2182b;" if error else "")
        self.status.setText(text)


class TuningDock(QDockWidget):
    """The dock around the panel: closing it stops the search (the running trials finish)."""

    def closeEvent(self, event) -> None:                      # noqa: N802 (Qt's name)
        panel = self.widget()
        if isinstance(panel, TuningPanel):
            panel.stop()
        super().closeEvent(event)


def make_dock(window) -> tuple[TuningDock, QAction]:
    """The Tuning dock for ``window`` (added hidden), and the Training menu's action that opens it;
    the dock's own show/hide action joins the View menu."""
    panel = TuningPanel(window.controller, window)
    dock = TuningDock(panel.tr("Tuning"), window)
    dock.setObjectName("TuningDock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    show = window.make_action(panel.tr("Hyperparameter search…"), lambda: show_dock(window),
                              panel.tr("Open the Tuning panel: search learning rates, layer sizes and more on "
                                       "the dev set"))
    toggle = dock.toggleViewAction()
    toggle.setToolTip(panel.tr("Show or hide the Tuning panel (hyperparameter search)"))
    window.training_menu.addSeparator()
    window.training_menu.addAction(show)
    window.view_menu.addAction(toggle)
    return dock, show


def retranslate(window) -> None:
    """The Tuning dock's title, its menu entries and the panel's fixed words, in the current language."""
    dock = window.tuning_dock
    panel = dock.widget()
    dock.setWindowTitle(panel.tr("Tuning"))
    window.set_action_texts(window.tuning_show_action, panel.tr("Hyperparameter search…"), panel.tr(
        "Open the Tuning panel: search learning rates, layer sizes and more on the dev set"))
    dock.toggleViewAction().setToolTip(panel.tr("Show or hide the Tuning panel (hyperparameter search)"))
    i18n.retranslate_tree(panel, ("TuningPanel", "SpaceTable", "TuningPlots", "ResultsTable", "TuningResults", "nnsim"),
                          i18n.previous_language())


def show_dock(window) -> None:
    """Show and raise the Tuning dock, about half the window's height."""
    dock = window.tuning_dock
    first = dock.isHidden()
    dock.show()
    dock.raise_()
    if first and not dock.isFloating():
        window.resizeDocks([dock], [round(window.height() * 0.45)], Qt.Orientation.Vertical)

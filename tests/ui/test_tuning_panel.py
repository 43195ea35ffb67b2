"""The Tuning panel (nnsim_ui.tuning.panel): a search started from the app, its results, Stop, and applying a trial.

Most tests drive the panel with a small stand-in controller (a QObject with the config, ``edit`` and
``configChanged``), so a search needs no engine process; two drive the real main window and
Controller. Every search runs real worker processes through ``nnsim.tuning`` on a temporary journal
file; the conftest fixture fails a test that leaves the tuning thread or a worker process behind.
Waits are on state (the search ended, a worker process exists), never on wall-clock time.
"""
from __future__ import annotations

import copy
import multiprocessing

import pytest

pytest.importorskip("pytestqt")
pytest.importorskip("optuna")

from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtWidgets import QMenu  # noqa: E402

from nnsim import config as _config  # noqa: E402
from nnsim import presets  # noqa: E402
from nnsim_ui.tuning import space_table as T  # noqa: E402
from nnsim_ui.tuning.panel import TuningPanel  # noqa: E402

pytestmark = pytest.mark.ui
WAIT = 120_000           # ms: generous, for a loaded CI machine; a passing search takes a few seconds


class StubController(QObject):
    """What the panel uses of ``nnsim_ui.engine.controller.Controller``: the config, ``edit`` and ``configChanged``."""

    configChanged = Signal(object)

    def __init__(self, config: dict) -> None:
        super().__init__()
        self.config = _config.parse(config).to_dict()
        self.edits: list[tuple[dict, str]] = []

    def edit(self, changes: dict, text: str, send: bool = True) -> bool:
        self.edits.append((dict(changes), text))
        self.config = _config.parse(self.config).replace(changes).to_dict()
        self.configChanged.emit(copy.deepcopy(self.config))
        return True


@pytest.fixture
def make_panel(qtbot):
    panels = []

    def make(config: dict | None = None) -> TuningPanel:
        controller = StubController(config or presets.load("tuning").to_dict())
        panel = TuningPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(1300, 560)
        panel.show()
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()


def configure(panel: TuningPanel, trials: int, jobs: int, epochs: int) -> None:
    # a fresh study per test (the default, the data folder, would resume an identical earlier search)
    panel.storage_box.setCurrentIndex(panel.storage_box.findData("temporary"))
    panel.trials_box.setValue(trials)
    panel.jobs_box.setValue(jobs)
    panel.epochs_box.setValue(epochs)


def running_trials(panel: TuningPanel) -> int:
    """Trials the study holds as RUNNING (read from its journal file, as another process would)."""
    import optuna
    from nnsim import tuning
    try:
        study = optuna.load_study(study_name=panel.request.study, storage=tuning.open_storage(panel.request.storage))
    except KeyError:                                                    # not created yet
        return 0
    return sum(t.state.name == "RUNNING" for t in study.get_trials(deepcopy=False))


def run_to_end(qtbot, panel: TuningPanel) -> None:
    assert panel.start(), panel.status.text()
    qtbot.waitUntil(lambda: not panel.running(), timeout=WAIT)


# -- a search ------------------------------------------------------------------------------------
def test_a_small_search_fills_the_table_the_progress_bar_and_the_plots(qtbot, make_panel):
    panel = make_panel()
    configure(panel, trials=6, jobs=2, epochs=20)
    run_to_end(qtbot, panel)
    assert panel.results.rowCount() == 6
    assert panel.progress.maximum() == 6 and panel.progress.value() == 6
    states = {r.state for r in panel.records.values()}
    assert states <= {"complete", "pruned", "diverged"}, states
    complete = [r for r in panel.records.values() if r.state == "complete"]
    assert complete and panel.plots.scatter_points() == len(complete)
    header = [panel.results.horizontalHeaderItem(c).text() for c in range(panel.results.columnCount())]
    assert "training.learning_rate" in header and "network.hidden" in header
    # the best so far ends at the best trial's objective; the scatter's x axis is log for the learning rate
    best = panel.best()
    assert best is not None and panel.plots.best_curve.getData()[1][-1] == pytest.approx(best.value)
    assert panel.plots.scatter_plot.getPlotItem().ctrl.logXCheck.isChecked()
    # the best trial is selected at the end; applying it is one edit of the searched keys
    assert panel.results.selected_trial() == best.number and panel.apply_button.isEnabled()
    assert panel.apply_selected()
    assert panel.controller.edits == [(best.changes, f"Apply trial {best.number}")]
    assert panel.controller.config["training"]["learning_rate"] == best.changes["training.learning_rate"]
    assert panel.controller.config["network"]["hidden"] == best.changes["network.hidden"]


def test_the_results_sort_by_number_and_the_scatter_follows_the_chosen_parameter(qtbot, make_panel):
    panel = make_panel()
    configure(panel, trials=5, jobs=1, epochs=10)
    run_to_end(qtbot, panel)
    table = panel.results
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)              # the objective, best (lowest) loss first
    values = [table.item(r, 2).key for r in range(table.rowCount())]
    filled = [v for v in values if v is not None]
    assert filled == sorted(filled) and values[:len(filled)] == filled   # empty (pruned) cells last
    assert table.item(0, 2).data(Qt.ItemDataRole.UserRole + 1) == panel.best().number
    panel.plots.choose("network.hidden")                            # choices: categories, a linear axis
    item = panel.plots.scatter_plot.getPlotItem()
    assert not item.ctrl.logXCheck.isChecked()
    xs, _ = panel.plots.scatter.getData()
    assert set(xs) <= {0.0, 1.0, 2.0}


def test_stop_lets_the_running_trials_finish_and_leaves_no_process(qtbot, make_panel):
    panel = make_panel()
    configure(panel, trials=40, jobs=2, epochs=400)
    assert panel.start()
    qtbot.waitUntil(lambda: len(panel.records) >= 2, timeout=WAIT)           # mid-search
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert panel.stop_button.text() == "Stop now" and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.running(), timeout=WAIT)
    assert multiprocessing.active_children() == []
    assert len(panel.records) < 40
    assert all(r.state != "running" for r in panel.records.values())
    assert panel.status.text().startswith("Stopped")
    assert panel.stop_button.text() == "Stop" and not panel.stop_button.isEnabled()
    assert panel.start_button.isEnabled()


def test_stop_now_ends_the_running_trials_and_marks_them_failed(qtbot, make_panel):
    panel = make_panel()
    configure(panel, trials=4, jobs=2, epochs=200_000)                 # trials far too long to wait for
    assert panel.start()
    qtbot.waitUntil(lambda: running_trials(panel) == 2, timeout=WAIT)
    panel.stop()
    panel.stop()                                                       # the second press: now
    qtbot.waitUntil(lambda: not panel.running(), timeout=WAIT)
    assert multiprocessing.active_children() == []
    assert len(panel.records) == 2 and all(r.state == "failed" for r in panel.records.values())
    assert running_trials(panel) == 0


# -- the settings ---------------------------------------------------------------------------------
def test_a_config_without_a_dev_set_shows_a_note_and_a_one_click_fix(qtbot, make_panel):
    panel = make_panel(presets.load("tuning").replace({"data.dev_fraction": 0.0}).to_dict())
    assert panel.dev_note.isVisible() and not panel.start_button.isEnabled()
    assert "dev_fraction" in panel.dev_fix.text()
    assert not panel.start()                                           # refused, with the engine's words
    assert "dev_fraction" in panel.status.text()
    qtbot.mouseClick(panel.dev_fix, Qt.MouseButton.LeftButton)
    assert panel.controller.edits[-1][0] == {"data.dev_fraction": 0.2}
    assert panel.controller.config["data"]["dev_fraction"] == 0.2
    assert not panel.dev_note.isVisible() and panel.start_button.isEnabled()


def test_the_space_table_builds_the_engines_search_space(make_panel):
    panel = make_panel()
    table = panel.space_table
    space = table.space()
    assert space.keys == ["training.learning_rate", "network.hidden"]          # l2 is offered, not used
    lr = space.params[0]
    assert (lr.low, lr.high, lr.log, lr.points) == (1e-4, 1.0, True, 5)
    assert space.params[1].choices == ([8], [16, 8], [32, 16, 8])
    table.set_used(table.row_of("training.l2"), True)
    row = table.add_row("training.beta")                                      # 1 − β on a log scale
    beta = table.space().params[-1]
    assert beta.key == "training.beta" and beta.one_minus and beta.log and (beta.low, beta.high) == (0.001, 0.1)
    assert table.item(row, T.ONE_MINUS).flags() & Qt.ItemFlag.ItemIsEnabled
    lr_row = table.row_of("training.learning_rate")
    assert not table.item(lr_row, T.ONE_MINUS).flags() & Qt.ItemFlag.ItemIsEnabled   # only β keys
    act = table.add_row("network.activation")
    table.set_cell(act, T.CHOICES, "tanh, relu")                              # bare words for a text key
    assert table.space().params[-1].choices == ("tanh", "relu")
    table.set_cell(lr_row, T.LOW, "abc")
    assert not panel.start()
    assert "training.learning_rate" in panel.status.text() and "abc" in panel.status.text()
    table.set_cell(lr_row, T.LOW, "2")                                        # low above high: the engine's rule
    assert not panel.start() and "low must be below high" in panel.status.text()


def test_every_visible_string_is_translated(qtbot, shouting):
    with shouting():
        panel = TuningPanel(StubController(presets.load("tuning").replace({"data.dev_fraction": 0.0}).to_dict()))
        qtbot.addWidget(panel)
        panel.progress.setRange(0, 5)
        panel.progress.setValue(2)
    texts = [panel.start_button.text(), panel.stop_button.text(), panel.apply_button.text(), panel.dev_fix.text(),
             panel.dev_label.text(), panel.progress.text()]
    texts += [panel.space_table.horizontalHeaderItem(c).text() for c in range(panel.space_table.columnCount())]
    texts += [panel.results.horizontalHeaderItem(c).text() for c in range(panel.results.columnCount())]
    texts += [panel.sampler_box.itemText(i) for i in range(panel.sampler_box.count())]
    texts += [panel.objective_box.itemText(i) for i in range(panel.objective_box.count())]
    lower = [t for t in texts if t.replace("dev_fraction", "") != t.replace("dev_fraction", "").upper()]
    assert lower == []


# -- in the main window ---------------------------------------------------------------------------


def menu_actions(window, title: str) -> list:
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == title)
    return menu.actions()


def test_the_main_window_runs_a_search_and_takes_the_best_trial(qtbot, window):
    dock = window.tuning_dock
    assert dock.isHidden()
    assert dock.toggleViewAction() in menu_actions(window, "&View")
    search = next(a for a in menu_actions(window, "&Training") if a.text() == "Hyperparameter search…")
    search.trigger()
    assert dock.isVisible()
    panel = dock.widget()
    c = window.controller
    assert c.config["data"].get("dev_fraction", 0) == 0 and panel.dev_note.isVisible()
    panel.dev_fix.click()
    assert c.config["data"]["dev_fraction"] == 0.2
    configure(panel, trials=4, jobs=1, epochs=10)
    run_to_end(qtbot, panel)
    best = panel.best()
    assert best is not None and panel.results.selected_trial() == best.number
    before = copy.deepcopy(c.config)
    panel.apply_button.click()
    assert c.config["training"]["learning_rate"] == best.changes["training.learning_rate"]
    assert c.config["network"]["hidden"] == best.changes["network.hidden"]
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.config == c.config, timeout=15_000)
    c.undo_stack.undo()                                          # one edit: one undo takes it all back
    assert c.config == before


def test_closing_the_window_mid_search_stops_the_workers(qtbot, window):
    panel = window.tuning_dock.widget()
    window.controller.edit({"data.dev_fraction": 0.2}, "dev")
    configure(panel, trials=4, jobs=2, epochs=200_000)
    assert panel.start()
    qtbot.waitUntil(lambda: running_trials(panel) == 2, timeout=WAIT)
    window.close()
    assert not panel.running()
    assert multiprocessing.active_children() == []


def test_searches_are_kept_in_the_data_folder_by_default(make_panel):
    """As on the command line: a search survives closing the app, and the same one resumes."""
    panel = make_panel()
    assert panel.storage_box.currentData() == "data"
    request = panel.make_request()
    assert request.storage is None and request.study is None     # nnsim.tuning's default: the data folder

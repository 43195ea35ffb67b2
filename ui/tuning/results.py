"""The results of a search: a sortable table of trials and two plots.

What this is: ``ResultsTable`` (one row per finished trial: number, state,
objective, train/dev figures, duration, then the searched keys' values; every
column sorts by its number, not its text) and ``TuningPlots`` (the objective
against one chosen parameter, on a log axis where its range is log, with 1 − β
for a ``one_minus`` range and the choices as tick labels for a list; and the
objective per trial with the best so far as a curve). What this is not: a
computation: the values are the study's, as ``nnsim.tuning.records`` gives them (``nnsim.tuning_results`` holds the record type).
"""
from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from nnsim.tuning_results import OBJECTIVES, TrialRecord
from nnsim.tuning_space import Param, SearchSpace

from ..views.axes import LocaleAxis
from ..views.plots import legend_box, styled_plot
from .. import palette
from ..text.numbers import format_short

TRIAL_ROLE = Qt.ItemDataRole.UserRole + 1        # the trial number, on every cell of its row
FIXED = ("train_loss", "train_accuracy", "dev_loss", "dev_accuracy", "duration_s")


def state_name(state: str) -> str:
    t = QCoreApplication.translate
    return {"complete": t("TuningResults", "complete"), "pruned": t("TuningResults", "pruned"),
            "diverged": t("TuningResults", "diverged"), "invalid": t("TuningResults", "invalid"),
            "failed": t("TuningResults", "failed"), "running": t("TuningResults", "running")}.get(state, state)


def objective_name(objective: str) -> str:
    return {"dev_loss": QCoreApplication.translate("TuningResults", "dev loss"),
            "dev_accuracy": QCoreApplication.translate("TuningResults", "dev accuracy")}[objective]


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if isinstance(value, float):
        return format_short(value)
    if isinstance(value, list):
        return json.dumps(value)
    return str(value)


class SortItem(QTableWidgetItem):
    """A cell that sorts by a key of its own (a number; empty cells last), not by its text."""

    def __init__(self, text: str, key: Any) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:       # noqa: D105
        a, b = self.key, getattr(other, "key", None)
        if a is None or b is None:
            return a is not None and b is None if self._ascending() else a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def _ascending(self) -> bool:
        table = self.tableWidget()
        return table is None or table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


class ResultsTable(QTableWidget):
    """Finished trials, one row each; sortable by any column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("TuningResultsTable")
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.keys: list[str] = []
        self.set_columns([], "dev_loss")

    def set_columns(self, keys: list[str], objective: str) -> None:
        self.keys = list(keys)
        heads = [self.tr("Trial"), self.tr("State"), self.tr("Objective ({name})").format(name=objective_name(objective)),
                 *keys, self.tr("Train loss"), self.tr("Train accuracy"), self.tr("Dev loss"), self.tr("Dev accuracy"),
                 self.tr("Duration (s)")]
        self.setRowCount(0)
        self.setColumnCount(len(heads))
        self.setHorizontalHeaderLabels(heads)

    def show_records(self, records: list[TrialRecord]) -> None:
        """Refill the rows, keeping the sort order and the selected trial."""
        selected = self.selected_trial()
        self.setSortingEnabled(False)
        self.setRowCount(len(records))
        for row, r in enumerate(records):
            f = r.figures
            cells = [(str(r.number), r.number), (state_name(r.state), r.state), (value_text(r.value), r.value),
                     *((value_text(r.changes.get(k)), _sort_key(r.changes.get(k))) for k in self.keys),
                     *((value_text(f.get(k)), f.get(k)) for k in FIXED)]
            for col, (text, key) in enumerate(cells):
                item = SortItem(text, key)
                item.setData(TRIAL_ROLE, r.number)
                if col != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if f.get("note"):
                    item.setToolTip(f["note"])
                self.setItem(row, col, item)
        self.setSortingEnabled(True)
        if selected is not None:
            self.select_trial(selected)

    def selected_trial(self) -> int | None:
        items = self.selectedItems()
        return items[0].data(TRIAL_ROLE) if items else None

    def select_trial(self, number: int) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(TRIAL_ROLE) == number:
                self.selectRow(row)
                self.scrollToItem(self.item(row, 0))
                return


class WholeAxis(LocaleAxis):
    """An axis of trial numbers: ticks on whole numbers only."""

    def tickValues(self, minVal, maxVal, size):                   # noqa: N802, N803 (pyqtgraph's names)
        levels = super().tickValues(minVal, maxVal, size)
        out = [(max(spacing, 1.0), [v for v in values if float(v).is_integer()]) for spacing, values in levels]
        return [level for level in out if level[1]]


def _sort_key(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list) else value


class TuningPlots(QWidget):
    """The objective against a chosen parameter, and per trial with the best so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TuningPlots")
        self.space: SearchSpace | None = None
        self.objective = "dev_loss"
        self.records: list[TrialRecord] = []
        self.param_box = QComboBox(self)
        self.param_box.setToolTip(self.tr("The parameter on the scatter's horizontal axis"))
        self.param_box.currentIndexChanged.connect(self._param_changed)
        caption = QLabel(self.tr("Objective against"), self)
        caption.setBuddy(self.param_box)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.param_box, 1)
        self.scatter_plot = self._plot(self.tr("Each complete trial: its objective against the chosen parameter"))
        self.progress_plot = self._plot(self.tr("Each complete trial's objective in trial order, and the best "
                                                "objective so far"), {"bottom": WholeAxis("bottom")})
        self.scatter = self.scatter_plot.plot([], [], pen=None, symbol="o", symbolSize=8,
                                              symbolBrush=palette.TRAIN_CURVE, symbolPen=None)
        self.trials = self.progress_plot.plot([], [], pen=None, symbol="o", symbolSize=6,
                                              symbolBrush=palette.MUTED, symbolPen=None)
        best_pen = pg.mkPen(palette.DEV_CURVE, width=2)
        self.best_curve = self.progress_plot.plot([], [], pen=best_pen)
        self.legend = legend_box(self, [(self.tr("best so far"), best_pen)], 1)     # under the plot
        self.progress_plot.setLabel("bottom", self.tr("trial"))
        plots = QVBoxLayout()                           # stacked: a column of their own beside the table
        plots.addWidget(self.scatter_plot, 1)
        plots.addWidget(self.progress_plot, 1)
        plots.addWidget(self.legend)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(plots, 1)

    def _plot(self, tip: str, axes: dict | None = None) -> pg.PlotWidget:
        plot = styled_plot(self, axes)
        plot.setToolTip(tip)
        plot.setMinimumSize(220, 130)
        return plot

    def set_search(self, space: SearchSpace, objective: str) -> None:
        self.space, self.objective, self.records = space, objective, []
        self.param_box.blockSignals(True)
        self.param_box.clear()
        for p in space.params:
            self.param_box.addItem(self.tr("1 − {key}").format(key=p.key) if p.one_minus else p.key, p.key)
        self.param_box.blockSignals(False)
        name = objective_name(objective)
        self.scatter_plot.setLabel("left", name)
        self.progress_plot.setLabel("left", name)
        self._param_changed()

    def param(self) -> Param | None:
        key = self.param_box.currentData()
        if self.space is None or key is None:
            return None
        return next(p for p in self.space.params if p.key == key)

    def choose(self, key: str) -> None:
        self.param_box.setCurrentIndex(self.param_box.findData(key))

    def show_records(self, records: list[TrialRecord]) -> None:
        self.records = list(records)
        self._draw()

    def scatter_points(self) -> int:
        x, _ = self.scatter.getData()
        return 0 if x is None else len(x)

    @Slot()
    def _param_changed(self, *_args) -> None:
        p = self.param()
        item = self.scatter_plot.getPlotItem()
        axis = item.getAxis("bottom")
        if p is None:
            return
        log = p.is_range and p.log
        item.setLogMode(x=log, y=False)
        if p.is_range:
            axis.setTicks(None)
        else:
            axis.setTicks([[(i, value_text(c)) for i, c in enumerate(p.choices)]])
        self.scatter_plot.setLabel("bottom", self.param_box.currentText()
                                   + (self.tr(" (log scale)") if log else ""))
        self._draw()

    def _draw(self) -> None:
        done = sorted((r for r in self.records if r.state == "complete" and r.value is not None
                       and math.isfinite(r.value)), key=lambda r: r.number)
        p = self.param()
        xs, ys = [], []
        if p is not None:
            for r in done:
                x = self._x(p, r.changes.get(p.key))
                if x is not None:
                    xs.append(x)
                    ys.append(r.value)
        self.scatter.setData(np.array(xs, dtype=float), np.array(ys, dtype=float))
        numbers = np.array([r.number for r in done], dtype=float)
        values = np.array([r.value for r in done], dtype=float)
        best = (np.maximum.accumulate(values) if OBJECTIVES[self.objective] == "maximize"
                else np.minimum.accumulate(values)) if len(values) else values
        self.trials.setData(numbers, values)
        # a staircase: the best holds until a later trial beats it
        step_x = np.repeat(numbers, 2)[1:]
        step_y = np.repeat(best, 2)[:-1]
        self.best_curve.setData(step_x, step_y)

    @staticmethod
    def _x(p: Param, value: Any) -> float | None:
        if value is None:
            return None
        if not p.is_range:
            for i, c in enumerate(p.choices):
                if c == value:
                    return float(i)
            return None
        return 1.0 - float(value) if p.one_minus else float(value)

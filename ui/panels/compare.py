"""Compare runs: two to four set-ups trained side by side on the same data and seed.

What this is: a window (View → Compare runs…) holding a *baseline*, a copy of the main run's
set-up when it opened, and up to three variants made with "duplicate this setup and change one
thing" (one of ``CHANGES``: initializer, L2, keep_prob, optimizer, learning rate, batch size,
activation, hidden layers). Each run is its own ``Controller``, so its own engine process and
worker thread: they train in parallel without blocking the window and never share a config or
weights with each other or with the main run. Their train-loss curves overlay in one plot (one
colour per run, the legend naming the changed setting, dev loss dashed), their decision
boundaries stand side by side, and a table lists the final train/dev/test loss and accuracy and
the train–dev accuracy gap. Closing the window stops every run's process.

What this is not: a second engine. Every number shown comes from the runs' snapshots.
"""
from __future__ import annotations

import copy

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from nnsim import config as _config
from nnsim import edits
from nnsim.errors import NNSimError
from nnsim.snapshot import HISTORY_FIELDS

from .. import palette
from ..text.numbers import format_number, format_percent
from ..views.axes import locale_axes
from .compare_changes import CHANGES, _tr, parse_value, value_text
from .compare_run import BoundaryThumb, CompareRun

MAX_RUNS = 4                 # the baseline and three variants
PAINT_MS = 66                # the view repaints at most ~15 times a second, whatever the runs send
COLUMN = {name: i for i, name in enumerate(HISTORY_FIELDS)}


class CompareDialog(QDialog):
    """The compare-runs window of the main run ``controller`` (whose set-up the baseline copies)."""

    TABLE_COLUMNS = ("run", "train loss", "train accuracy", "dev loss", "dev accuracy", "test loss",
                     "test accuracy", "train − dev gap (points)")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareRuns")
        self.setWindowTitle(self.tr("Compare runs"))
        self.main = controller
        self.runs: list[CompareRun] = []
        self._dirty: set[CompareRun] = set()

        self.key_box = QComboBox(self)
        self.key_box.setObjectName("compareKey")
        for change in CHANGES.values():
            self.key_box.addItem(_tr(change.title), change.key)
        self.value_box = QComboBox(self)
        self.value_box.setObjectName("compareValue")
        self.value_box.setEditable(True)
        self.value_box.setMinimumContentsLength(10)
        self.add_button = QPushButton(self.tr("Duplicate and change"), self)
        self.add_button.setToolTip(self.tr("A new run: the baseline's set-up, same data and seed, "
                                           "with only this one setting changed"))
        self.play_button = QPushButton(self.tr("Play all"), self)
        self.pause_button = QPushButton(self.tr("Pause all"), self)
        self.rebase_button = QPushButton(self.tr("Start over from the main run"), self)
        self.rebase_button.setToolTip(self.tr("Drop every run and copy the main window's set-up again"))
        self.remove_button = QPushButton(self.tr("Remove selected run"), self)
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Change"), self))
        top.addWidget(self.key_box)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.value_box)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.play_button)
        top.addWidget(self.pause_button)
        top.addWidget(self.rebase_button)

        self.plot = pg.PlotWidget(self, background=palette.BACKGROUND, axisItems=locale_axes())
        self.plot.setObjectName("compareCosts")
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("step"))
        item.setLabel("left", self.tr("loss (solid train, dashed dev)"))
        item.showGrid(x=True, y=True, alpha=0.15)
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor=palette.TEXT, brush=pg.mkBrush(255, 255, 255, 220))
        self.curves: dict[CompareRun, tuple] = {}

        self.thumbs_row = QHBoxLayout()
        self.thumbs: list[BoundaryThumb] = []

        self.table = QTableWidget(0, len(self.TABLE_COLUMNS), self)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.TABLE_COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setToolTip(self.tr("The gap is train accuracy minus dev accuracy, in points: a big gap "
                                      "is overfitting"))

        grid = QGridLayout()
        grid.addWidget(self.plot, 0, 0)
        grid.addLayout(self.thumbs_row, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

        self.key_box.currentIndexChanged.connect(self._key_chosen)
        self.add_button.clicked.connect(self._add_clicked)
        self.play_button.clicked.connect(self.play_all)
        self.pause_button.clicked.connect(self.pause_all)
        self.rebase_button.clicked.connect(self.start_over)
        self.remove_button.clicked.connect(self._remove_clicked)
        self._timer = QTimer(self)
        self._timer.setInterval(PAINT_MS)
        self._timer.timeout.connect(self._paint)
        self.resize(1200, 720)

    # -- runs ---------------------------------------------------------------------------------
    @property
    def base_config(self) -> dict | None:
        return self.runs[0].controller.config if self.runs else None

    def open_runs(self) -> None:
        """Show the window; the first time (or after closing) the baseline copies the main run."""
        if not self.runs:
            self._add(self.tr("baseline"), copy.deepcopy(self.main.config), None)
            self._key_chosen()
        self._timer.start()
        self.show()

    def start_over(self) -> None:
        self.shutdown()
        self.open_runs()

    def add_run(self, key: str, text: str) -> CompareRun | None:
        """A variant: the baseline's config with ``key`` set to the value typed; None (and why, in the
        status line) if the value is not usable or the window holds MAX_RUNS runs already."""
        if not self.runs:
            self.open_runs()
        if len(self.runs) >= MAX_RUNS:
            self._say(self.tr("At most {n} runs side by side: remove one first.").format(n=MAX_RUNS))
            return None
        try:
            value = parse_value(key, text)
            # New hidden layers take the per-layer lists along (the engine's rule, as the controls do).
            changes = edits.hidden_changes(self.base_config, value) if key == "network.hidden" else {key: value}
            cfg = _config.parse(self.base_config).replace(changes).to_dict()
        except (ValueError, NNSimError) as e:
            self._say(str(e))
            return None
        label = f"{_tr(CHANGES[key].title)} = {value_text(value)}"
        if any(r.controller.config == cfg for r in self.runs):
            self._say(self.tr("A run with this set-up is already here."))
            return None
        run = self._add(label, cfg, (key, value))
        self._say("")
        return run

    def _add(self, label: str, cfg: dict, change) -> CompareRun:
        run = CompareRun(label, cfg, palette.RUN_COLORS[len(self.runs) % len(palette.RUN_COLORS)], change, self)
        run.updated.connect(self._on_updated)
        self.runs.append(run)
        pen = QPen(run.colour, 2.0)
        pen.setCosmetic(True)
        dev_pen = QPen(run.colour, 1.5, Qt.PenStyle.DashLine)
        dev_pen.setCosmetic(True)
        train = self.plot.plot(pen=pen, name=label)
        dev = self.plot.plot(pen=dev_pen)
        self.curves[run] = (train, dev)
        thumb = BoundaryThumb(self)
        self.thumbs.append(thumb)
        self.thumbs_row.addWidget(thumb, 1)
        self.table.setRowCount(len(self.runs))
        self._dirty.add(run)
        return run

    def remove_run(self, run: CompareRun) -> None:
        if run not in self.runs or run is self.runs[0]:
            return                                     # the baseline stays
        i = self.runs.index(run)
        run.shutdown()
        self.runs.pop(i)
        self._dirty.discard(run)
        for curve in self.curves.pop(run):
            self.plot.removeItem(curve)
        self.legend.removeItem(run.label)
        thumb = self.thumbs.pop(i)
        self.thumbs_row.removeWidget(thumb)
        thumb.deleteLater()
        self.table.removeRow(i)
        run.deleteLater()
        self._dirty.update(self.runs)

    def play_all(self) -> None:
        for run in self.runs:
            run.controller.play()

    def pause_all(self) -> None:
        for run in self.runs:
            run.controller.pause()

    def shutdown(self) -> None:
        """Stop every run's engine process and thread, and forget the runs."""
        self._timer.stop()
        for run in self.runs:
            run.shutdown()
            run.deleteLater()
        self.runs.clear()
        self._dirty.clear()
        self.curves.clear()
        self.plot.clear()
        self.legend.clear()
        for thumb in self.thumbs:
            self.thumbs_row.removeWidget(thumb)
            thumb.deleteLater()
        self.thumbs.clear()
        self.table.setRowCount(0)

    def closeEvent(self, event) -> None:                  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    def reject(self) -> None:
        self.shutdown()
        super().reject()

    # -- painting -----------------------------------------------------------------------------
    @Slot(object)
    def _on_updated(self, run: CompareRun) -> None:
        self._dirty.add(run)

    @Slot()
    def _paint(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for run in dirty:
            if run in self.runs:
                self.show_run(run)

    def show_run(self, run: CompareRun) -> None:
        """Paint one run's curve, boundary and table row from its newest snapshot."""
        i = self.runs.index(run)
        snap = run.snapshot
        self.thumbs[i].show_run(run)
        self._table_row(i, run)
        if snap is None:
            return
        h = np.asarray(snap.history, dtype=float).reshape(-1, len(HISTORY_FIELDS))
        steps = h[:, COLUMN["step"]]
        for curve, column in zip(self.curves[run], ("train_loss", "dev_loss")):
            y = h[:, COLUMN[column]]
            ok = np.isfinite(steps) & np.isfinite(y)
            curve.setData(steps[ok], y[ok])

    def _table_row(self, i: int, run: CompareRun) -> None:
        snap = run.snapshot
        figures = snap.figures if snap is not None else {}

        def split(name: str):
            f = figures.get(name) if figures else None
            return (f.get("loss"), f.get("accuracy")) if f else (None, None)

        (tl, ta), (dl, da), (sl, sa) = split("train"), split("dev"), split("test")
        gap = None if ta is None or da is None else 100 * (ta - da)
        texts = [run.label, format_number(tl), format_percent(ta), format_number(dl), format_percent(da),
                 format_number(sl), format_percent(sa), format_number(gap, 3) if gap is not None else "—"]
        for column, text in enumerate(texts):
            cell = self.table.item(i, column)
            if cell is None:
                cell = QTableWidgetItem()
                self.table.setItem(i, column, cell)
            if cell.text() != text:
                cell.setText(text)
            if column == 0:
                cell.setForeground(run.colour)
        self.table.setFixedHeight(self.table.horizontalHeader().height()
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())) + 4)

    def row_texts(self, i: int) -> list[str]:
        """The table's row ``i`` as shown (tests read it)."""
        return [self.table.item(i, c).text() if self.table.item(i, c) else "" for c in range(self.table.columnCount())]

    # -- the value box ------------------------------------------------------------------------
    @Slot()
    def _key_chosen(self, *_args) -> None:
        change = CHANGES[self.key_box.currentData()]
        self.value_box.clear()
        if change.kind == "choice":
            self.value_box.addItems(list(change.choices()))
        elif change.kind == "activation":
            from nnsim import activations
            self.value_box.addItems(sorted(activations.HIDDEN_ACTIVATIONS))
        else:
            self.value_box.addItems(list(change.suggestions))
        if self.base_config is not None:
            section, name = change.key.split(".")
            current = value_text(self.base_config[section][name])
            others = [self.value_box.itemText(i) for i in range(self.value_box.count()) if
                      self.value_box.itemText(i) != current]
            self.value_box.setCurrentIndex(self.value_box.findText(others[0]) if others else -1)

    @Slot()
    def _add_clicked(self) -> None:
        run = self.add_run(self.key_box.currentData(), self.value_box.currentText())
        if run is not None and self.runs[0].snapshot is not None and self.runs[0].snapshot.running:
            run.controller.play()                      # join the others while they train

    @Slot()
    def _remove_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            i = rows[0].row()
            if 0 < i < len(self.runs):
                self.remove_run(self.runs[i])

    def _say(self, text: str) -> None:
        self.status.setText(text)


class CompareRuns(QObject):
    """View → Compare runs… of a main window: opens the compare window; the window's close stops it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = CompareDialog(window.controller, window)
        self.action = window.make_action(self.tr("Compare runs…"), self.open,
                                         self.tr("Train copies of this set-up side by side, each with one "
                                                 "setting changed"))
        view = getattr(window, "view_menu", None)
        if view is not None:
            view.addSeparator()
            view.addAction(self.action)

    def retranslate(self) -> None:
        from ..text import i18n
        self.window.set_action_texts(self.action, self.tr("Compare runs…"), self.tr(
            "Train copies of this set-up side by side, each with one setting changed"))
        self.dialog.setWindowTitle(self.dialog.tr("Compare runs"))
        i18n.retranslate_tree(self.dialog, ("CompareDialog", "CompareRuns", "nnsim"), i18n.previous_language())

    @Slot()
    def open(self) -> None:
        self.dialog.open_runs()

    def shutdown(self) -> None:
        self.dialog.shutdown()
        self.dialog.hide()


"""The current figures: epoch, step, learning rate, cost, per-split loss and accuracy, speed,
and for classification the test set's confusion matrix.

What this is: labels and a small table filled from one ``Snapshot`` (``snapshot.figures``,
``snapshot.confusion``, the class names of the last ``DataView``), with numbers written for
humans in the learner's locale (thousands separators, four significant digits). What this is
not: an evaluator — every number arrives computed by the engine; "—" stands where one is absent.
"""
from __future__ import annotations


import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHeaderView, QLabel, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnsim.snapshot import DataView, Snapshot

from .. import palette
from ..text.i18n import arg
from ..text.numbers import DASH, format_count, format_number, format_percent, number_locale
from ..engine.link import EngineLink
from .diagnosis import DiagnosisRow
from .gallery import MisclassifiedGallery

GALLERY_ABOVE = 2       # input columns: the gallery for real data, not the 2-D toy sets (the boundary shows those)

SPLITS = ("train", "dev", "test")


# -- the panel --------------------------------------------------------------------------------
class FiguresPanel(QWidget):
    """Epoch, step, learning rate, cost J, loss and accuracy per split, steps/s, confusion matrix."""

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FiguresPanel")
        self.controller = controller
        self._label_names: tuple[str, ...] = ()
        self._columns: tuple[str, ...] = ()
        self._task = "classification"

        top = self._top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.setVerticalSpacing(2)
        self._values: dict[str, QLabel] = {}
        cells = [
            ("epoch", self.tr("Epoch"), self.tr("Complete passes over the training set so far.")),
            ("step", self.tr("Step"), self.tr("Mini-batch updates of the weights so far.")),
            ("learning_rate", self.tr("Learning rate α"),
             self.tr("The step size of each update now (it falls over time if a decay schedule is on).")),
            ("speed", self.tr("Steps per second"),
             self.tr("How fast training runs now; shown while playing.")),
            ("objective", self.tr("Cost J"),
             self.tr("The training objective: mean training loss plus the L1/L2 penalty; "
                     "it should fall while training works.")),
        ]
        for i, (key, name, tip) in enumerate(cells):
            row, col = divmod(i, 2)
            self._add_value(top, key, name, tip, row, 2 * col)

        # loss and accuracy per split: a small grid of labels
        self._split_grid = QGridLayout()
        self._split_grid.setHorizontalSpacing(14)
        self._split_grid.setVerticalSpacing(2)
        split_names = {"train": self.tr("Train"), "dev": self.tr("Dev"), "test": self.tr("Test")}
        split_tips = {
            "train": self.tr("The examples the network learns from."),
            "dev": self.tr("Held-out examples for choosing hyperparameters and early stopping."),
            "test": self.tr("Held-out examples that estimate how the network does on new data; "
                            "a test loss far above the training loss means overfitting."),
        }
        for j, s in enumerate(SPLITS):
            head = QLabel(split_names[s])
            head.setToolTip(split_tips[s])
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            head.setStyleSheet(f"color: {palette.MUTED.name()};")
            self._split_grid.addWidget(head, 0, j + 1)
        self._row_heads = {}
        for i, (metric, name, tip) in enumerate([
                ("loss", self.tr("Loss"), self.tr("Mean loss on each split (no penalty, no dropout).")),
                ("accuracy", self.tr("Accuracy"), self.tr("Share of the split's examples classified right."))]):
            head = QLabel(name)
            head.setToolTip(tip)
            head.setStyleSheet(f"color: {palette.MUTED.name()};")
            self._split_grid.addWidget(head, i + 1, 0)
            self._row_heads[metric] = head
            for j, s in enumerate(SPLITS):
                value = self._value_label()
                value.setToolTip(tip)
                self._split_grid.addWidget(value, i + 1, j + 1)
                self._values[f"{s}_{metric}"] = value

        self.confusion_title = QLabel(self.tr("Confusion matrix, test set"))
        self.confusion_title.setToolTip(self.tr(
            "Rows: the true class; columns: the class predicted. Counts off the diagonal are mistakes."))
        self.confusion_caption = QLabel(self.tr("rows: true class · columns: predicted class"))
        self.confusion_caption.setStyleSheet(f"color: {palette.MUTED.name()};")
        self.confusion_caption.setToolTip(self.confusion_title.toolTip())
        self.confusion = ConfusionTable(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self._split_grid)
        self.diagnosis = DiagnosisRow(self)
        layout.addWidget(self.diagnosis)
        # the confusion matrix and, for real data, the gallery of its mistakes: side by side where
        # the panel is wide enough for both, else the gallery under the matrix (``_arrange``)
        self.confusion_block = QWidget(self)
        block = QVBoxLayout(self.confusion_block)
        block.setContentsMargins(0, 0, 0, 0)
        block.setSpacing(4)
        block.addWidget(self.confusion_title)
        block.addWidget(self.confusion_caption)
        block.addWidget(self.confusion)
        block.addStretch(1)
        self.gallery = MisclassifiedGallery(controller, self)
        self.results = QGridLayout()
        self.results.setSpacing(12)
        layout.addLayout(self.results)
        layout.addStretch(1)
        self.beside: bool | None = None
        self._arrange()
        self._show_confusion(False)

    def _arrange(self) -> None:
        """The gallery beside the confusion matrix when both fit the panel's width, else under it."""
        need = (self.confusion_block.sizeHint().width() + self.results.spacing()
                + self.gallery.sizeHint().width() + 12)
        beside = self.width() >= need
        # the panel may always narrow to the matrix alone (the layout would hold it at both side by side)
        parts = (self._top.minimumSize().width(), self._split_grid.minimumSize().width(),
                 self.diagnosis.minimumSizeHint().width(), self.confusion_block.sizeHint().width())
        self.setMinimumWidth(max(parts) + 12)
        if beside == self.beside:
            return
        self.beside = beside
        for w in (self.confusion_block, self.gallery):
            self.results.removeWidget(w)
        self.results.addWidget(self.confusion_block, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.results.addWidget(self.gallery, 0 if beside else 1, 1 if beside else 0, Qt.AlignmentFlag.AlignTop)
        self.results.setColumnStretch(1 if beside else 0, 1)
        self.results.setColumnStretch(0 if beside else 1, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _value_label(self) -> QLabel:
        label = QLabel(DASH)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("00,000,000"))
        return label

    def _add_value(self, grid: QGridLayout, key: str, name: str, tip: str, row: int, col: int) -> None:
        head = QLabel(name)
        head.setToolTip(tip)
        head.setStyleSheet(f"color: {palette.MUTED.name()};")
        value = self._value_label()
        value.setToolTip(tip)
        grid.addWidget(head, row, col)
        grid.addWidget(value, row, col + 1)
        self._values[key] = value

    def value_text(self, key: str) -> str:
        """The text shown for ``key`` (epoch, step, learning_rate, speed, objective, train_loss, …)."""
        return self._values[key].text()

    # -- painting -------------------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.data is not None:
            self._set_data(snapshot.data)
        v = self._values
        v["epoch"].setText(format_count(snapshot.epoch))
        v["step"].setText(format_count(snapshot.step))
        v["learning_rate"].setText(format_number(snapshot.learning_rate))
        v["speed"].setText(format_count(round(snapshot.steps_per_second))
                           if snapshot.running and snapshot.steps_per_second > 0 else DASH)
        figures = snapshot.figures or {}
        v["objective"].setText(format_number(figures.get("objective")))
        classifier = snapshot.spec.get("output") != "linear"
        for s in SPLITS:
            f = figures.get(s)
            v[f"{s}_loss"].setText(format_number(None if f is None else f.get("loss")))
            v[f"{s}_accuracy"].setText(format_percent(None if f is None else f.get("accuracy")))
        self._row_heads["accuracy"].setVisible(classifier)
        self.diagnosis.show_figures(figures)
        for s in SPLITS:
            v[f"{s}_accuracy"].setVisible(classifier)
        cm = snapshot.confusion
        shown = classifier and cm is not None
        self._show_confusion(shown)
        if shown:
            self.confusion.set_matrix(np.asarray(cm), self._label_names)
        gallery = shown and len(self._columns) > GALLERY_ABOVE
        if gallery != self.gallery.isVisibleTo(self):
            self.gallery.setVisible(gallery)
        if gallery:
            self.gallery.show_data(snapshot.misclassified, self._label_names, self._columns)
        self._arrange()

    def _set_data(self, data: DataView) -> None:
        self._label_names = tuple(data.label_names)
        self._columns = tuple(data.dataset.columns)
        self._task = data.task

    def _show_confusion(self, shown: bool) -> None:
        self.confusion_block.setVisible(shown)
        if not shown:
            self.gallery.setVisible(False)


class ConfusionTable(QTableWidget):
    """A K×K grid of counts, rows the true class and columns the predicted one, shaded by share of row."""

    CELL = 46
    SMALL_CELL = 32         # above SMALL_ABOVE classes: ten columns still fit a narrow dock
    SMALL_ABOVE = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConfusionTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setShowGrid(True)
        self.setStyleSheet("QTableWidget { gridline-color: #d0d0d0; background: white; }")
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(self.CELL)
            header.setHighlightSections(False)
        self.verticalHeader().setDefaultSectionSize(int(self.CELL * 0.62))
        self.setToolTip(self.tr("Test-set counts: row = true class, column = predicted class. "
                                "A strong diagonal means few mistakes; a dark cell off it is a "
                                "confusion to look at."))
        self._matrix = np.zeros((0, 0), dtype=np.int64)
        self._names: tuple[str, ...] = ()

    def matrix(self) -> np.ndarray:
        """The counts shown (a copy)."""
        return self._matrix.copy()

    def set_matrix(self, cm: np.ndarray, label_names: tuple[str, ...]) -> None:
        cm = np.asarray(cm, dtype=np.int64)
        if cm.ndim != 2 or cm.shape[0] != cm.shape[1]:
            return
        k = cm.shape[0]
        names = tuple(label_names) if len(label_names) == k else tuple(str(i) for i in range(k))
        if k != self._matrix.shape[0] or names != self._names:
            self._rebuild(k, names)
        if np.array_equal(cm, self._matrix):
            return
        self._matrix = cm.copy()
        totals = cm.sum(axis=1)
        loc = number_locale()
        shade = palette.NEGATIVE
        for i in range(k):
            for j in range(k):
                item = self.item(i, j)
                share = cm[i, j] / totals[i] if totals[i] else 0.0
                item.setText(loc.toString(int(cm[i, j])))
                a = 0.08 + 0.8 * share if cm[i, j] else 0.0
                bg = QColor(round(255 + (shade.red() - 255) * a), round(255 + (shade.green() - 255) * a),
                            round(255 + (shade.blue() - 255) * a))
                item.setBackground(QBrush(bg))
                item.setForeground(QBrush(QColor("white") if a > 0.5 else palette.TEXT))
                font = item.font()
                font.setBold(i == j)
                item.setFont(font)
                item.setToolTip(arg(QCoreApplication.translate(
                    "ConfusionTable", "%1 test examples of class %2 predicted as %3 (%4 of that class)"),
                    loc.toString(int(cm[i, j])), names[i], names[j], format_percent(share)))

    def _rebuild(self, k: int, names: tuple[str, ...]) -> None:
        self._names = names
        self._matrix = np.full((k, k), -1, dtype=np.int64)
        self.setRowCount(k)
        self.setColumnCount(k)
        pred = QCoreApplication.translate("ConfusionTable", "predicted %1")
        true = QCoreApplication.translate("ConfusionTable", "true %1")
        for i, name in enumerate(names):
            icon = _swatch(palette.class_color(i))
            h = QTableWidgetItem(icon, name)
            h.setToolTip(arg(pred, name))
            self.setHorizontalHeaderItem(i, h)
            v = QTableWidgetItem(icon, name)
            v.setToolTip(arg(true, name))
            self.setVerticalHeaderItem(i, v)
            for j in range(k):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(i, j, item)
        self._fit()

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        cell = self.CELL if self.columnCount() <= self.SMALL_ABOVE else self.SMALL_CELL
        width = max([cell] + [self.columnWidth(j) for j in range(self.columnCount())])
        for j in range(self.columnCount()):
            self.setColumnWidth(j, width)
        w = self.verticalHeader().sizeHint().width() + width * self.columnCount() + 2 * self.frameWidth()
        h = (self.horizontalHeader().sizeHint().height()
             + self.verticalHeader().defaultSectionSize() * self.rowCount() + 2 * self.frameWidth())
        self.setFixedSize(w, h)


def _swatch(color: QColor, side: int = 10) -> QIcon:
    pixmap = QPixmap(side, side)
    pixmap.fill(color)
    return QIcon(pixmap)

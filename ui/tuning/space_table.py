"""The search space as an editable table: one row per run-config key to search.

What this is: the Tuning panel's editor of ``nnsim.tuning_space``. A row names
any key of the run config (``nnsim.config.SCHEMA``) and either a range (low,
high, a log-scale check box, the grid sampler's number of points, and for the
β keys "1 − β": the range is then of 1 − β, sampled on a log scale) or a list
of choices (``[8], [16, 8]`` or ``tanh, relu``). ``space()`` turns the rows in
use into a ``SearchSpace`` through ``tuning_space.parse``, so every rule and
every message is the engine's. What this is not: a validator of its own.
"""
from __future__ import annotations

import json
import tomllib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from nnsim import tuning_space
from nnsim.config import SCHEMA, SECTIONS

from ..text.numbers import format_plain, parse_number

USE, KEY, LOW, HIGH, LOG, ONE_MINUS, POINTS, CHOICES = range(8)
NUMERIC_KINDS = ("int", "float", "floats_or_float")
BETA_KEYS = ("training.beta", "training.beta1", "training.beta2", "training.rmsprop_beta")
ALL_KEYS = sorted([*SCHEMA[""]] + [f"{s}.{k}" for s in SECTIONS for k in SCHEMA[s]])

#: What a row starts with when its key is chosen (keys not listed start empty).
ROW_DEFAULTS: dict[str, dict[str, Any]] = {
    "training.learning_rate": {"low": 1e-4, "high": 1.0, "log": True, "points": 5},
    "training.l2": {"low": 1e-4, "high": 1.0, "log": True, "points": 5},
    "training.l1": {"low": 1e-5, "high": 0.1, "log": True, "points": 5},
    "network.hidden": {"choices": [[8], [16, 8], [32, 16, 8]]},
    "network.activation": {"choices": ["tanh", "relu"]},
    "network.init": {"choices": ["xavier_normal", "he_normal"]},
    "training.optimizer": {"choices": ["gd", "momentum", "adam"]},
    "training.batch_size": {"low": 8, "high": 128, "log": True, "points": 5},
    "training.beta": {"one_minus": True, "low": 0.001, "high": 0.1, "log": True, "points": 3},
    "training.beta1": {"one_minus": True, "low": 0.01, "high": 0.3, "log": True, "points": 3},
    "training.beta2": {"one_minus": True, "low": 0.0001, "high": 0.01, "log": True, "points": 3},
    "training.rmsprop_beta": {"one_minus": True, "low": 0.001, "high": 0.1, "log": True, "points": 3},
    "training.keep_prob": {"low": 0.5, "high": 1.0, "points": 3},
}
#: The rows a new panel shows: (key, in use).
DEFAULT_ROWS = (("training.learning_rate", True), ("training.l2", False), ("network.hidden", True))
#: The keys "Add parameter" offers first, in order.
SUGGESTED = ("training.learning_rate", "network.hidden", "training.l2", "network.activation", "training.batch_size",
             "training.optimizer", "training.beta", "training.keep_prob", "network.init")


def kind_of(key: str) -> str:
    section, _, name = key.rpartition(".")
    return SCHEMA[section][name].kind


def format_choices(choices: list[Any]) -> str:
    return ", ".join(json.dumps(c) for c in choices)


def parse_choices(key: str, text: str) -> list[Any]:
    """``[8], [16, 8]`` or ``"tanh", "relu"`` (TOML values); for text keys also ``tanh, relu``."""
    try:
        return tomllib.loads(f"v = [{text}]")["v"]
    except tomllib.TOMLDecodeError:
        if kind_of(key) in ("str", "names", "str_or_int"):
            return [p.strip() for p in text.split(",") if p.strip()]
        raise tuning_space.SpaceError("space_bad", key=key, rule=f"choices: cannot read {text!r}; "
                                      "write values separated by commas, e.g. [8], [16, 8]") from None


class SpaceTable(QTableWidget):
    """The rows of the search space; ``space()`` builds the ``SearchSpace``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("TuningSpaceTable")
        self.setHorizontalHeaderLabels([self.tr("Use"), self.tr("Parameter"), self.tr("Low"), self.tr("High"),
                                        self.tr("Log"), self.tr("1 − β"), self.tr("Points"), self.tr("Choices")])
        tips = {
            USE: self.tr("Search this parameter; unchecked rows keep the run config's value"),
            KEY: self.tr("Any key of the run config"),
            LOW: self.tr("The lowest value tried (with 1 − β: the lowest 1 − β)"),
            HIGH: self.tr("The highest value tried (with 1 − β: the highest 1 − β)"),
            LOG: self.tr("Sample on a log scale: as many values between 0.0001 and 0.001 as between 0.1 and 1. "
                         "The course's advice for the learning rate and λ"),
            ONE_MINUS: self.tr("For a β: sample 1 − β on a log scale, so β = 0.9 … 0.999 is searched as evenly "
                               "as 0.9 … 0.99; Low and High are then values of 1 − β"),
            POINTS: self.tr("How many values of the range the grid sampler tries"),
            CHOICES: self.tr("A list to pick from instead of a range, e.g. [8], [16, 8] or tanh, relu"),
        }
        for col, tip in tips.items():
            self.horizontalHeaderItem(col).setToolTip(tip)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHOICES, QHeaderView.ResizeMode.Stretch)
        for key, used in DEFAULT_ROWS:
            self.add_row(key, used)

    # -- rows ---------------------------------------------------------------------------------
    def add_row(self, key: str | None = None, used: bool = True) -> int:
        """A row for ``key`` (default: the first suggested key not in the table yet), filled with defaults."""
        if key is None:
            taken = set(self.keys(only_used=False))
            key = next((k for k in SUGGESTED if k not in taken), next(k for k in ALL_KEYS if k not in taken))
        row = self.rowCount()
        self.insertRow(row)
        use = QTableWidgetItem()
        use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        use.setCheckState(Qt.CheckState.Checked if used else Qt.CheckState.Unchecked)
        self.setItem(row, USE, use)
        combo = QComboBox(self)
        combo.addItems(ALL_KEYS)
        combo.setCurrentText(key)
        combo.setToolTip(self.horizontalHeaderItem(KEY).toolTip())
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.setMaxVisibleItems(20)
        combo.currentTextChanged.connect(self._key_changed)
        self.setCellWidget(row, KEY, combo)
        for col in (LOW, HIGH, POINTS, CHOICES):
            self.setItem(row, col, QTableWidgetItem())
        for col in (LOG, ONE_MINUS):
            item = QTableWidgetItem()
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, col, item)
        self._fill(row, key)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        for row in rows or ([self.rowCount() - 1] if self.rowCount() else []):
            self.removeRow(row)

    def key(self, row: int) -> str:
        return self.cellWidget(row, KEY).currentText()

    def is_used(self, row: int) -> bool:
        return self.item(row, USE).checkState() == Qt.CheckState.Checked

    def set_used(self, row: int, used: bool) -> None:
        self.item(row, USE).setCheckState(Qt.CheckState.Checked if used else Qt.CheckState.Unchecked)

    def row_of(self, key: str) -> int:
        return next(r for r in range(self.rowCount()) if self.key(r) == key)

    def only(self, key: str, low: float, high: float, log: bool) -> None:
        """Search ``key`` alone, from ``low`` to ``high`` (a lesson's "search the learning rate")."""
        for row in range(self.rowCount()):
            self.set_used(row, False)
        row = next((r for r in range(self.rowCount()) if self.key(r) == key), None)
        if row is None:
            row = self.add_row(key)
        self.set_used(row, True)
        self.set_cell(row, CHOICES, None)
        self.set_cell(row, LOW, float(low))
        self.set_cell(row, HIGH, float(high))
        self.set_cell(row, LOG, bool(log))

    def keys(self, only_used: bool = True) -> list[str]:
        return [self.key(r) for r in range(self.rowCount()) if self.is_used(r) or not only_used]

    def set_cell(self, row: int, col: int, value: Any) -> None:
        """Set a text cell (a number, a list of choices or text) or a check box (a bool)."""
        item = self.item(row, col)
        if isinstance(value, bool):
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif col == CHOICES and isinstance(value, list):
            item.setText(format_choices(value))
        else:
            item.setText("" if value is None else format_plain(value) if isinstance(value, float) else str(value))

    @Slot(str)
    def _key_changed(self, key: str) -> None:
        for row in range(self.rowCount()):
            if self.cellWidget(row, KEY) is self.sender():
                self._fill(row, key)

    def _fill(self, row: int, key: str) -> None:
        """Defaults for ``key``, and only the cells that apply to it enabled."""
        d = ROW_DEFAULTS.get(key, {})
        numeric, beta = kind_of(key) in NUMERIC_KINDS, key in BETA_KEYS
        for col, name in ((LOW, "low"), (HIGH, "high"), (POINTS, "points"), (CHOICES, "choices")):
            self.set_cell(row, col, d.get(name))
        self.set_cell(row, LOG, bool(d.get("log", False)))
        self.set_cell(row, ONE_MINUS, bool(d.get("one_minus", False)))
        text_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable
        check_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        off = Qt.ItemFlag.ItemIsSelectable
        for col in (LOW, HIGH, POINTS):
            self.item(row, col).setFlags(text_flags if numeric else off)
        self.item(row, CHOICES).setFlags(text_flags)
        self.item(row, LOG).setFlags(check_flags if numeric else off)
        self.item(row, ONE_MINUS).setFlags(check_flags if beta else off)
        self.resizeColumnToContents(KEY)

    # -- the space ----------------------------------------------------------------------------
    def space(self) -> tuning_space.SearchSpace:
        """The rows in use as a ``SearchSpace``; a ``SpaceError`` naming the key if one is wrong."""
        raw: dict[str, dict[str, Any]] = {}
        lines: list[str] = []
        for row in range(self.rowCount()):
            if not self.is_used(row):
                continue
            key = self.key(row)
            if key in raw:
                raise tuning_space.SpaceError("space_bad", key=key, rule=QCoreApplication.translate(
                    "SpaceTable", "this key has two rows; keep one"))
            table = self._table(row, key)
            raw[key] = table
            lines += [f"[{key}]", *(f"{k} = {json.dumps(v)}" for k, v in table.items()), ""]
        return tuning_space.parse(raw, "\n".join(lines), QCoreApplication.translate("SpaceTable", "the table"))

    def _table(self, row: int, key: str) -> dict[str, Any]:
        text = {col: self.item(row, col).text().strip() for col in (LOW, HIGH, POINTS, CHOICES)}
        if text[CHOICES] or kind_of(key) not in NUMERIC_KINDS:
            return {"choices": parse_choices(key, text[CHOICES])}
        table: dict[str, Any] = {}
        for col, name in ((LOW, "low"), (HIGH, "high"), (POINTS, "points")):
            if not text[col]:
                continue
            value = parse_number(text[col])
            if isinstance(value, str):
                raise tuning_space.SpaceError("space_bad", key=key, rule=f"{name} must be a number, not {value!r}")
            table[name] = int(value) if (name == "points" or kind_of(key) == "int") and value.is_integer() else value
        table["log"] = self.item(row, LOG).checkState() == Qt.CheckState.Checked
        if key in BETA_KEYS and self.item(row, ONE_MINUS).checkState() == Qt.CheckState.Checked:
            table["one_minus"] = True
        return table

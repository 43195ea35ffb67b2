"""Small input pieces the panels share: an editable number combo and the Space key's keeper.

What this is: ``NumberCombo`` (typical values to pick from, any number to type: a
log-scale-friendly choice for learning rates and penalties), ``SpaceKeeper`` (lets a
focused check box, combo or button keep the Space key, which is also Play/Pause), and
the plain-decimal number format they use (``nnsim_ui.text.numbers``). What this is not: a binding to the config
(``nnsim_ui.panels.controls`` does that).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget,
)

from ..text.numbers import format_plain, parse_number


class NumberCombo(QComboBox):
    """An editable combo of typical values (a log-scale-friendly choice); any number may be typed.

    ``committed`` fires when a value is picked from the list or typed and confirmed.
    """
    committed = Signal()

    def __init__(self, values: tuple[float, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for v in values:
            self.addItem(format_plain(v), v)
        self.activated.connect(self.committed)
        self.lineEdit().editingFinished.connect(self.committed)

    def value(self) -> float | str:
        return parse_number(self.currentText())

    def values(self) -> float | list[float] | str:
        """One number, or a list for "0.8, 0.9" (one per hidden layer)."""
        parts = [p for p in self.currentText().replace(";", ",").split(",") if p.strip()]
        if len(parts) > 1:
            out = [parse_number(p) for p in parts]
            return out if all(isinstance(v, float) for v in out) else self.currentText()
        return self.value()

    def set_value(self, value: float | list[float]) -> None:
        text = ", ".join(format_plain(v) for v in value) if isinstance(value, list) else format_plain(value)
        i = self.findText(text)
        if i >= 0:
            self.setCurrentIndex(i)
        self.setEditText(text)


class SpaceKeeper(QObject):
    """Lets a focused check box, combo box or button keep the Space key (it is also Play/Pause).

    Qt asks the focus widget, then its parents, whether it wants a key before the key
    becomes a shortcut (a ShortcutOverride event). Installed on a container, this says yes
    for Space without modifiers when the focus is on a control that uses Space itself; on
    anything else (the canvas, a plot) Space stays Play/Pause. Text inputs and spin boxes
    already keep their keys.
    """

    USES_SPACE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and isinstance(QApplication.focusWidget(), self.USES_SPACE)):
            event.accept()
            return True
        return False

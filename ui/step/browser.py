"""The step panel's text widget and its keyboard manners.

What this is: ``MathBrowser``, the rich-text view the phases are written in (a number's tooltip
shows its full precision), and ``ArrowKeeper``, which lets a focused slider, spin box or text
field keep Left/Right while those keys also mean Previous/Next in step-by-step mode.

What this is not: the panel (``nnsim_ui.step.panel``) or what is written (``nnsim_ui.step.phases``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextBrowser, QTextEdit, QToolTip)


class MathBrowser(QTextBrowser):
    """A QTextBrowser that shows each character's tooltip (HTML ``title``): a number's full precision."""

    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, text: str) -> str:
        """The tooltip over the first occurrence of ``text`` (for tests)."""
        found = self.document().find(text)
        return "" if found.isNull() else found.charFormat().toolTip()


class ArrowKeeper(QObject):
    """Lets a focused slider, spin box or text field keep Left/Right (they are also Previous/Next)."""

    USES_ARROWS = (QAbstractSlider, QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit,
                   QAbstractItemView, QComboBox)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            focus = QApplication.focusWidget()
            if isinstance(focus, self.USES_ARROWS) and not isinstance(focus, MathBrowser):
                event.accept()
                return True
        return False

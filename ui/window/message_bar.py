"""The bar above the canvas: a message in words and one button that acts on it (roll back after a
divergence, restart a dead engine). The main window decides what it says and does."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QFrame):
    """A bar above the canvas: a message in words and one button that acts on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#MessageBar { background: #fff4e5; border: 1px solid #f0b46c;"
                           " border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.retranslate()
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.kind = ""
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Hide this message"))

    def show_message(self, kind: str, text: str, button: str, tip: str) -> None:
        self.kind = kind
        self.label.setText(text)
        self.button.setText(button)
        self.button.setToolTip(tip)
        self.show()

    def dismiss(self, kind: str) -> None:
        if self.kind == kind:
            self.kind = ""
            self.hide()

"""The toolbar's speed control: one slider over SPEEDS, the training steps per second.

What this is: the slider and its value in words; the window connects ``speedChanged`` to the
controller, and the timeline bar moves the slider when it replays a step slowly. What this is
not: a pacer (the engine paces itself at the speed it is sent).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

from ..text.numbers import format_plain

#: Steps per second the speed control offers; None is as fast as the engine goes.
SPEEDS: tuple[float | None, ...] = (0.25, 0.5, 1, 2, 5, 10, 30, 100, 1000, None)

class SpeedControl(QWidget):
    """One slider over SPEEDS, with its value in words; ``speedChanged(steps per second | None)``."""

    speedChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpeedControl")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        self.caption = caption = QLabel(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("speed")
        self.slider.setRange(0, len(SPEEDS) - 1)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setFixedWidth(140)
        self.slider.setValue(len(SPEEDS) - 1)
        self.value_label = QLabel(self)
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.25 steps/s") + 4)
        caption.setBuddy(self.slider)
        self.retranslate()
        layout.addWidget(caption)
        layout.addWidget(self.slider)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._changed)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._show()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Speed"))
        tip = self.tr("Training steps per second, from a quarter of a step to as fast as the engine goes. "
                      "Slow down to watch single updates move the boundary and the weights.")
        for w in (self, self.caption, self.slider, self.value_label):
            w.setToolTip(tip)
        self._show()

    def speed(self) -> float | None:
        return SPEEDS[self.slider.value()]

    def _show(self) -> None:
        s = self.speed()
        self.value_label.setText(self.tr("max") if s is None else
                                 self.tr("{speed} steps/s").format(speed=format_plain(s)))

    @Slot(int)
    def _changed(self, _index: int) -> None:
        self._show()
        self.speedChanged.emit(self.speed())

"""Step with the learner's drawing: the drawn example as the step's batch of one (issue 16).

What this is: a check box "Step with my drawing, as" and the class it is to be taught as, shown
in the step-by-step panel while there is a drawn example (the drawing pad, ``Snapshot.drawn``).
Checked, it sends ``SetBatchOfDrawn(class)``: every step, phase by phase, then trains on the
drawing alone, so the panel writes out its forward pass, its loss against that class and its
gradients like any other example's. Unchecked (or the drawing wiped): mini-batches again.

What this is not: the pad (``nnsim_ui.views.drawpad``) or the mathematics (the engine's).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from nnsim import protocol as S
from nnsim.data import SHIPPED

DRAWN = -1          # ``Snapshot.batch_of_one`` while the drawn example is the batch


class DrawnBatch(QWidget):
    """The check box and the class; ``show_snapshot`` follows the engine's state."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.check = QCheckBox(self.tr("Step with my &drawing, as"), self)
        self.check.setObjectName("batchOfDrawn")
        self.check.setToolTip(self.tr("Train the next steps on the digit you drew on the drawing pad alone, "
                                      "as the class chosen here: the panel shows its own numbers, phase by phase."))
        self.check.toggled.connect(self._send)
        self.label = QComboBox(self)
        self.label.setObjectName("drawnClass")
        self.label.currentIndexChanged.connect(self._class_changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.label)
        self.hide()

    @Slot(bool)
    def _send(self, on: bool) -> None:
        self.controller.send(S.SetBatchOfDrawn(max(0, self.label.currentIndex()) if on else None))

    @Slot(int)
    def _class_changed(self, _index: int) -> None:
        if self.check.isChecked():
            self._send(True)

    def show_snapshot(self, snapshot: Any) -> None:
        drawn = getattr(snapshot, "drawn", None)
        self.setVisible(drawn is not None)
        if drawn is None:
            return
        entry = SHIPPED.get(snapshot.config.get("data", {}).get("dataset"))
        names = tuple(entry.label_names) if entry is not None else tuple(str(k) for k in range(len(drawn.probabilities)))
        if tuple(self.label.itemText(i) for i in range(self.label.count())) != names:
            self.label.blockSignals(True)
            self.label.clear()
            self.label.addItems(list(names))
            self.label.setCurrentIndex(int(drawn.predicted))
            self.label.blockSignals(False)
        on = getattr(snapshot, "batch_of_one", None) == DRAWN
        if self.check.isChecked() != on:
            self.check.blockSignals(True)
            self.check.setChecked(on)
            self.check.blockSignals(False)

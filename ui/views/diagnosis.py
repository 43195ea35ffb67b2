"""Bias or variance, in words: the Figures panel's diagnosis of the run's train and dev errors.

The engine's ``nnsim.diagnosis`` decides (against the base error the learner sets here, 0 % by
default); this row says it and names the course's remedy. What this is not: the arithmetic.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnsim import diagnosis

from .. import palette
from ..text.numbers import format_number


class DiagnosisRow(QWidget):
    """The diagnosis line and the base-error box."""

    baseErrorChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DiagnosisRow")
        self.kind: str | None = None
        self.base_box = QDoubleSpinBox(self)
        self.base_box.setObjectName("baseErrorBox")
        self.base_box.setRange(0.0, 100.0)
        self.base_box.setDecimals(1)
        self.base_box.setSingleStep(0.5)
        self.base_box.setSuffix(" %")
        self.base_box.setToolTip(self.tr(
            "The error the best possible classifier (or a person) makes on this data: the train error is "
            "judged against it. 0 % unless you know better, e.g. for very noisy data."))
        self.base_label = QLabel(self.tr("Base error"), self)
        self.base_label.setToolTip(self.base_box.toolTip())
        self.base_label.setStyleSheet(f"color: {palette.MUTED.name()};")
        self.text = QLabel(self)
        self.text.setObjectName("diagnosisText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setToolTip(self.tr(
            "Avoidable bias = train error − base error; variance = dev error − train error. Either is high "
            "when it is more than {margin} points. The course's recipe: fix high bias first (a bigger "
            "network, train longer), then high variance (more data, regularization).").format(
                margin=format_number(100 * diagnosis.MARGIN)))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.base_label)
        row.addWidget(self.base_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.base_box.valueChanged.connect(self._base_changed)
        self._figures: dict = {}
        self.show_figures({})

    @property
    def base_error(self) -> float:
        return self.base_box.value() / 100.0

    @Slot(float)
    def _base_changed(self, _value: float) -> None:
        self.show_figures(self._figures)
        self.baseErrorChanged.emit(self.base_error)

    def _words(self, kind: str) -> tuple[str, str]:
        return {
            "fine": (self.tr("Low bias, low variance"), self.tr("nothing to fix")),
            "high_bias": (self.tr("High bias"), self.tr("try a bigger network or train longer")),
            "high_variance": (self.tr("High variance"), self.tr("try more data or regularization")),
            "both": (self.tr("High bias and high variance"),
                     self.tr("first a bigger network or longer training, then more data or regularization")),
        }[kind]

    def show_figures(self, figures: dict) -> None:
        """Say the diagnosis of ``figures`` (a snapshot's), or why there is none."""
        self._figures = figures
        d = diagnosis.diagnose_figures(figures, self.base_error) if figures else None
        self.kind = None if d is None else d.kind
        if d is None:
            self.text.setText(self.tr("<b>Diagnosis:</b> needs train and dev accuracy (a dev split, "
                                      "classification)"))
            return
        name, remedy = self._words(d.kind)
        self.text.setText(self.tr("<b>Diagnosis: {name}</b> — avoidable bias {bias} points, variance {variance} "
                                  "points; {remedy}").format(
            name=name, bias=format_number(100 * d.avoidable_bias, 3), variance=format_number(100 * d.variance, 3),
            remedy=remedy))

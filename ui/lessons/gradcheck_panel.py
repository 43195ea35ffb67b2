"""Gradient check: first the course's one-dimensional check of J(θ) = θ·x (``nnsim.curves``'s
``one_d_gradient_check``, recomputed as the learner changes θ and x), then the engine's numerical
check on the current network (up to 32 training rows, dropout off) and the relative difference
overall and per layer with its verdict.
In the gradient-checking lesson a "break backprop" switch scales one layer's gradient so the
learner sees the check catch it and point at that layer.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from nnsim import protocol as S
from nnsim.curves import one_d_gradient_check

from ..text.numbers import format_number

from .instrument_base import InstrumentPanel, watch_label
from ..engine.link import EngineLink

VERDICT_COLOURS = {"correct": "#1a7f37", "suspicious": "#9a6700", "wrong": "#cf222e"}


def verdict_word(verdict: str) -> str:
    return {"correct": QCoreApplication.translate("GradCheckPanel", "correct"),
            "suspicious": QCoreApplication.translate("GradCheckPanel", "suspicious"),
            "wrong": QCoreApplication.translate("GradCheckPanel", "wrong")}[verdict]


def verdict_meaning(verdict: str) -> str:
    return {"correct": QCoreApplication.translate(
                "GradCheckPanel", "Below 2e-7: backpropagation and the numerical slope agree; the gradient is right."),
            "suspicious": QCoreApplication.translate(
                "GradCheckPanel", "Between 2e-7 and 1e-5: probably right, but look at the layer with the "
                                  "largest difference before trusting it."),
            "wrong": QCoreApplication.translate(
                "GradCheckPanel", "Above 1e-5: backpropagation computes something else than the slope of "
                                  "the cost; look for the bug in the layer marked wrong.")}[verdict]


def sci(x: float) -> str:
    return f"{x:.2e}"


class GradCheckPanel(InstrumentPanel):
    needs = ()                       # the check runs once, on request

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GradCheckPanel")
        self.controller = controller
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> the check nudges every weight by ε = 1e-7 both ways, measures how the "
            "cost changes, and compares that slope with what backpropagation computed. "
            "Dropout is off during the check (its random masks would change the cost between the two nudges)."
            ), self)
        self.theta_box, self.x_box = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for box, value in ((self.theta_box, 4.0), (self.x_box, 2.0)):
            box.setRange(-100.0, 100.0)
            box.setDecimals(2)
            box.setValue(value)
            box.valueChanged.connect(self._one_d)
        self.one_d = QLabel(self)
        self.one_d.setObjectName("oneDCheck")
        self.one_d.setWordWrap(True)
        one_row = QHBoxLayout()
        one_row.addWidget(QLabel(self.tr("<b>First in one dimension:</b> J(θ) = θ·x, so dJ/dθ = x.  θ ="), self))
        one_row.addWidget(self.theta_box)
        one_row.addWidget(QLabel("x =", self))
        one_row.addWidget(self.x_box)
        one_row.addStretch(1)
        self.run_button = QPushButton(self.tr("Run gradient check"), self)
        self.run_button.setToolTip(self.tr("Check the gradient of the current network on up to 32 training examples"))
        self.break_box = QCheckBox(self.tr("Break backprop: multiply layer"), self)
        self.break_box.setToolTip(self.tr("Pretend backpropagation has a bug in one layer, to see the check catch it"))
        self.layer_box = QSpinBox(self)
        self.layer_box.setRange(1, 1)
        self.factor_label = QLabel(self.tr("'s gradient by"), self)
        self.factor_box = QDoubleSpinBox(self)
        self.factor_box.setRange(-10.0, 10.0)
        self.factor_box.setSingleStep(0.1)
        self.factor_box.setValue(2.0)
        self.break_note = QLabel(self.tr("(only in the gradient-checking lesson)"), self)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addSpacing(16)
        row.addWidget(self.break_box)
        row.addWidget(self.layer_box)
        row.addWidget(self.factor_label)
        row.addWidget(self.factor_box)
        row.addWidget(self.break_note)
        row.addStretch(1)

        self.overall = QLabel(self.tr("Not run yet."), self)
        self.overall.setWordWrap(True)
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        self.kink = QLabel(self)
        self.kink.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Relative difference"), self.tr("Verdict")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.result: dict | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addLayout(one_row)
        layout.addWidget(self.one_d)
        layout.addLayout(row)
        layout.addWidget(self.overall)
        layout.addWidget(self.meaning)
        layout.addWidget(self.kink)
        layout.addWidget(self.table, 1)
        self.run_button.clicked.connect(self.run)
        self.set_break_allowed(False)
        self._one_d()

    @Slot()
    def _one_d(self) -> None:
        """The 1-D check's numbers (the engine's helper), written out."""
        c = one_d_gradient_check(self.theta_box.value(), self.x_box.value())
        self.one_d_result = c
        n = format_number
        self.one_d.setText(self.tr(
            "J(θ + ε) = {jp}, J(θ − ε) = {jm}; the measured slope (J(θ + ε) − J(θ − ε)) / 2ε = {slope} against "
            "backpropagation's dJ/dθ = x = {d}: relative difference <b>{diff}</b> — "
            "<b style='color:{c}'>{verdict}</b>. Now the same for every weight of the network:").format(
            jp=n(c.J_plus, 9), jm=n(c.J_minus, 9), slope=n(c.slope, 11), d=n(c.derivative), diff=sci(c.difference),
            c=VERDICT_COLOURS[c.verdict], verdict=verdict_word(c.verdict)))

    def set_break_allowed(self, allowed: bool) -> None:
        """The switch is a teaching device: only the gradient-checking lesson offers it."""
        if not allowed:
            self.break_box.setChecked(False)
        for w in (self.break_box, self.layer_box, self.factor_box, self.factor_label):
            w.setEnabled(allowed)
        self.break_note.setVisible(not allowed)

    @Slot()
    def run(self) -> None:
        broken = self.break_box.isChecked() and self.break_box.isEnabled()
        self.overall.setText(self.tr("Checking…"))
        self.controller.send(S.RunGradCheck(self.layer_box.value() if broken else None, self.factor_box.value()))

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        depth = len(snapshot.spec["sizes"]) - 1
        if self.layer_box.maximum() != depth:
            self.layer_box.setRange(1, max(1, depth))
        data = snapshot.instruments.get("gradcheck")
        if data is None:
            return
        self.result = data
        r = data["result"]
        colour = VERDICT_COLOURS[r.verdict]
        if data["break_layer"] is None:
            head = self.tr("Overall relative difference on {n} examples: <b>{d}</b> — "
                           "<b style='color:{c}'>{verdict}</b>")
        else:
            head = self.tr("With layer {k}'s gradient × {f}, overall relative difference on {n} examples: "
                           "<b>{d}</b> — <b style='color:{c}'>{verdict}</b>")
        self.overall.setText(head.format(n=data["rows"], d=sci(r.difference), c=colour,
                                         verdict=verdict_word(r.verdict), k=data["break_layer"],
                                         f=f"{data['factor']:g}"))
        self.meaning.setText(verdict_meaning(r.verdict))
        self.kink.setText(self.tr(
            "A kink was crossed in layer(s) {layers}: a ReLU input moved across 0 while nudging, where the "
            "slope jumps, so a large difference there is not a bug.").format(
            layers=", ".join(str(k) for k in r.kink_layers)) if r.kink_crossed else "")
        self.kink.setVisible(r.kink_crossed)
        self.table.setRowCount(len(r.per_layer))
        for row, (k, d) in enumerate(sorted(r.per_layer.items())):
            v = data["verdicts"][k]
            cells = (str(k), sci(d), verdict_word(v))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QColor(VERDICT_COLOURS[v]))
                self.table.setItem(row, col, item)

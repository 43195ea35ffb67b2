"""One neuron by hand: sliders for w₁, w₂ and b of a network with no hidden layer and two inputs.

Dragging a slider sends the weight to the engine (``SetWeight``, as typing a weight on the canvas
does); the engine answers with a snapshot whose cost, accuracy and boundary the window shows, and
this panel writes the cost and accuracy under the sliders. When training moves the weights, the
sliders follow them. What this is not: a second model: every number is the engine's.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QVBoxLayout, QWidget

from ..engine.link import EngineLink
from ..text.numbers import format_number, format_percent
from .instrument_base import InstrumentPanel, watch_label

#: Each slider spans −RANGE … RANGE in steps of 1/SCALE.
RANGE, SCALE = 6.0, 20


class NeuronPanel(InstrumentPanel):
    needs: tuple[str, ...] = ()

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NeuronPanel")
        self.controller = controller
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> ŷ = σ(w₁·x₁ + w₂·x₂ + b). The line w₁·x₁ + w₂·x₂ + b = 0 is where ŷ = ½: "
            "w₁ and w₂ turn it, b shifts it. With every weight at 0, ŷ = ½ for every point and the cost is "
            "ln 2 ≈ 0.693. Drag until the line separates the two blobs, then press Play: gradient descent "
            "goes on from your weights."), self)
        self.sliders: dict[int, QSlider] = {}
        self.values: dict[int, QLabel] = {}
        grid = QGridLayout()
        for row, (col, name) in enumerate(((0, "w₁"), (1, "w₂"), (-1, "b"))):
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"neuronSlider{'b' if col == -1 else col + 1}")
            slider.setRange(int(-RANGE * SCALE), int(RANGE * SCALE))
            slider.setToolTip(self.tr("Drag to set {name}; the engine recomputes the cost at once").format(name=name))
            slider.valueChanged.connect(lambda value, col=col: self._moved(col, value))
            value = QLabel(self)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("−0.000"))
            grid.addWidget(QLabel(name, self), row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.sliders[col], self.values[col] = slider, value
        self.figures = QLabel(self)
        self.figures.setObjectName("neuronFigures")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addLayout(grid)
        layout.addWidget(self.figures)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._following = False
        self.fits = False

    def _moved(self, col: int, value: int) -> None:
        self.values[col].setText(format_number(value / SCALE, 3))
        if not self._following and self.fits:
            self.controller.set_weight(1, 0, col, value / SCALE)

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        sizes = list(snapshot.spec.get("sizes", ()))
        self.fits = sizes == [2, 1]
        for slider in self.sliders.values():
            slider.setEnabled(self.fits)
        if not self.fits:
            self.note.setText(self.tr("These sliders set one neuron: a network with two inputs and no hidden "
                                      "layer (this one has sizes {sizes}).").format(
                sizes=" – ".join(str(n) for n in sizes)))
            return
        self.note.clear()
        W, b = np.asarray(snapshot.weights[1]), np.asarray(snapshot.biases[1])
        self._following = True
        try:
            for col, value in ((0, W[0, 0]), (1, W[0, 1]), (-1, b[0])):
                slider = self.sliders[col]
                if not slider.isSliderDown():
                    slider.setValue(int(round(float(np.clip(value, -RANGE, RANGE)) * SCALE)))
                self.values[col].setText(format_number(float(value), 3))
        finally:
            self._following = False
        train = snapshot.figures.get("train") or {}
        self.figures.setText(self.tr("Cost J {cost} · train accuracy {accuracy} · step {step}").format(
            cost=format_number(train.get("loss")), accuracy=format_percent(train.get("accuracy")),
            step=snapshot.step))

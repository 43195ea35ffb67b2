"""Optimizer paths: gradient descent, momentum, RMSprop and Adam from the same start on a
2-parameter cost (the elongated bowl, or the cost as a function of two weights of the running
network), drawn over its contours and animated step by step; below, the learning-rate schedule
α over epochs with the running network's current epoch marked.

The paths and the cost grid come from the engine (``RunPaths`` → ``instruments["paths"]``);
the schedule curve from ``nnsim.instruments.schedule_curve``, a pure function.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnsim import curves as ins
from nnsim import protocol as S

from .. import palette
from .instrument_base import SERIES, InstrumentPanel, legend_box, plot_widget, watch_label
from ..engine.link import EngineLink
from ..text.numbers import in_locale

FRAME_MS = 80                 # one optimizer step per frame: ~12 steps a second
CONTOURS = 12


def optimizer_name(name: str) -> str:
    return {"gd": QCoreApplication.translate("PathsPanel", "gradient descent"),
            "momentum": QCoreApplication.translate("PathsPanel", "momentum"),
            "rmsprop": QCoreApplication.translate("PathsPanel", "RMSprop"),
            "adam": QCoreApplication.translate("PathsPanel", "Adam")}.get(name, name)


#: The network surface's parameters unless a lesson chooses: W⁽¹⁾[0,0] and W⁽¹⁾[0,1].
DEFAULT_PAIR = ((1, 0, 0), (1, 0, 1))


class PathsPanel(InstrumentPanel):
    needs = ()                       # paths come once, on request

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PathsPanel")
        self.controller = controller
        self.watch = watch_label(self.tr(
            "<b>What to watch:</b> on a long narrow valley gradient descent zig-zags across the steep "
            "side while creeping along the floor; momentum averages the zig-zag away; RMSprop and Adam "
            "scale each direction by its own recent gradient size, so they head more straight for the "
            "minimum. With input standardisation off the contours of the network's cost stretch like this "
            "valley; with it on they round out."), self)
        self.surface_box = QComboBox(self)
        self.surface_box.addItem(self.tr("Elongated bowl"), "bowl")
        self.surface_box.addItem(self.tr("Two weights of the network"), "network")
        self.pair: tuple[tuple, tuple] = DEFAULT_PAIR
        self.surface_box.setToolTip(self.tr("The network's cost as a function of two of its parameters (W1[0,0] "
                                            "and W1[0,1] unless a lesson chooses), the others held, or the "
                                            "classic test bowl"))
        self.run_button = QPushButton(self.tr("Draw the paths"), self)
        self.replay_button = QPushButton(self.tr("Replay"), self)
        self.step_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Surface"), self))
        row.addWidget(self.surface_box)
        row.addWidget(self.run_button)
        row.addWidget(self.replay_button)
        row.addStretch(1)

        self.plot = plot_widget(self, "w₁", "w₂", self.tr("Paths over the cost's contours"))
        item = self.plot.getPlotItem()
        self.contours: list[pg.IsocurveItem] = []
        self.lines: dict[str, pg.PlotDataItem] = {}
        pens = {}
        for i, name in enumerate(("gd", "momentum", "rmsprop", "adam")):
            colour = QColor(SERIES[i])
            pens[name] = pg.mkPen(colour, width=2)
            self.lines[name] = item.plot(pen=pens[name], symbol="o", symbolSize=4, symbolBrush=colour,
                                         symbolPen=None)
        self.legend = legend_box(self, [(optimizer_name(n), pen) for n, pen in pens.items()], 2)
        self.start_marker = item.plot(pen=None, symbol="x", symbolSize=12, symbolPen=pg.mkPen(palette.TEXT, width=2))
        self.minimum_text = QLabel(self)

        self.schedule_plot = plot_widget(self, self.tr("epoch"), self.tr("learning rate α"),
                                         self.tr("Learning-rate schedule"))
        self.schedule_plot.setMaximumHeight(200)
        s = self.schedule_plot.getPlotItem()
        self.schedule_curve = s.plot(pen=pg.mkPen(palette.TRAIN_CURVE, width=2))
        self.epoch_marker = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(palette.TEST_CURVE, width=2))
        s.addItem(self.epoch_marker)
        self.schedule_text = QLabel(self)
        self.schedule: ins.ScheduleCurve | None = None
        self._schedule_key: tuple | None = None

        self.paths: ins.OptimizerPaths | None = None
        self.frame = 0
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._advance)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.watch)
        layout.addLayout(row)
        layout.addWidget(self.plot, 3)
        under = QHBoxLayout()                   # the legend, and where the animation is
        under.addWidget(self.legend, 1)
        under.addWidget(self.step_label)
        layout.addLayout(under)
        layout.addWidget(self.schedule_text)
        layout.addWidget(self.schedule_plot, 1)
        self.run_button.clicked.connect(self.run)
        self.replay_button.clicked.connect(self.replay)

    def set_pair(self, first: tuple | None = None, second: tuple | None = None) -> None:
        """The two parameters of the network surface ((k, i, j) for W, (k, i) for b); None: the default."""
        self.pair = DEFAULT_PAIR if first is None or second is None else (tuple(first), tuple(second))

    @Slot()
    def run(self) -> None:
        surface = self.surface_box.currentData()
        if surface == "network":
            self.controller.send(S.RunPaths(surface, first=self.pair[0], second=self.pair[1]))
        else:
            self.controller.send(S.RunPaths(surface))

    @Slot()
    def replay(self) -> None:
        if self.paths is not None:
            self.frame = 0
            self._draw()
            self.timer.start()

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        self._show_schedule(snapshot)
        paths = snapshot.instruments.get("paths")
        if paths is not None:
            self.show_paths(paths)

    def show_paths(self, paths: ins.OptimizerPaths) -> None:
        self.paths = paths
        item = self.plot.getPlotItem()
        for c in self.contours:
            item.removeItem(c)
        J = np.asarray(paths.J, dtype=float)
        finite = J[np.isfinite(J)]
        self.contours = []
        if finite.size:
            lo, hi = float(finite.min()), float(finite.max())
            levels = lo + (hi - lo) * np.linspace(0.02, 1.0, CONTOURS) ** 2     # denser near the minimum
            data = np.nan_to_num(J, nan=hi, posinf=hi).T                      # (w1, w2) for the image axes
            tr = pg.QtGui.QTransform()
            dx = (paths.w1[-1] - paths.w1[0]) / (len(paths.w1) - 1)
            dy = (paths.w2[-1] - paths.w2[0]) / (len(paths.w2) - 1)
            tr.translate(float(paths.w1[0]), float(paths.w2[0]))
            tr.scale(float(dx), float(dy))
            for level in levels:
                iso = pg.IsocurveItem(data=data, level=float(level), pen=pg.mkPen(170, 170, 170, 200, width=1))
                iso.setTransform(tr)
                iso.setZValue(-5)
                item.addItem(iso)
                self.contours.append(iso)
        item.setLabel("bottom", paths.labels[0])
        item.setLabel("left", paths.labels[1])
        item.setXRange(float(paths.w1[0]), float(paths.w1[-1]), padding=0)
        item.setYRange(float(paths.w2[0]), float(paths.w2[-1]), padding=0)
        self.start_marker.setData([paths.start[0]], [paths.start[1]])
        self.frame = 0
        self._draw()
        self.timer.start()

    @property
    def steps(self) -> int:
        return 0 if self.paths is None else len(next(iter(self.paths.paths.values()))) - 1

    def finish(self) -> None:
        """Jump to the end of the animation (tests and pictures)."""
        self.timer.stop()
        self.frame = self.steps
        self._draw()

    @Slot()
    def _advance(self) -> None:
        self.frame += 1
        if self.frame >= self.steps:
            self.frame = self.steps
            self.timer.stop()
        self._draw()

    def _draw(self) -> None:
        if self.paths is None:
            return
        for name, line in self.lines.items():
            path = self.paths.paths.get(name)
            if path is None:
                line.setData([], [])
                continue
            shown = path[: self.frame + 1]
            shown = shown[np.isfinite(shown).all(axis=1)]
            line.setData(shown[:, 0], shown[:, 1])
        self.step_label.setText(self.tr("step {i} of {n}, α = {lr}").format(
            i=self.frame, n=self.steps, lr=in_locale(f"{self.paths.learning_rate:g}")))

    def _show_schedule(self, snapshot) -> None:
        t = snapshot.config["training"]
        key = (t.get("decay", "none"), t["learning_rate"], t.get("decay_rate", 0.0), t.get("decay_interval", 1),
               t.get("epochs", 100))
        if key != self._schedule_key:
            self._schedule_key = key
            epochs = int(min(max(key[4], 2), 20000))
            self.schedule = ins.schedule_curve(key[0], key[1], key[2], key[3], epochs=epochs)
            self.schedule_curve.setData(self.schedule.epochs, self.schedule.alpha)
            self.schedule_text.setText(self.tr("Schedule: {formula}, α₀ = {lr}").format(
                formula=in_locale(self.schedule.formula), lr=in_locale(f"{key[1]:g}")))
            top = float(np.nanmax(self.schedule.alpha)) if len(self.schedule.alpha) else 0.0
            if np.isfinite(top) and top > 0:           # from 0 to above α₀: a constant α reads as its value
                self.schedule_plot.getPlotItem().setYRange(0.0, top * 1.15, padding=0)
        self.epoch_marker.setValue(snapshot.epoch)
        self.epoch_marker.setToolTip(self.tr("epoch {e}, α = {lr}").format(e=snapshot.epoch,
                                                                            lr=in_locale(f"{snapshot.learning_rate:g}")))

    def clear(self) -> None:
        """Forget the paths drawn (another lesson opened): they are drawn again when the panel shows."""
        self.timer.stop()
        self.paths = None
        item = self.plot.getPlotItem()
        for c in self.contours:
            item.removeItem(c)
        self.contours = []
        for line in self.lines.values():
            line.setData([], [])
        self.start_marker.setData([], [])
        self.step_label.setText("")
        if self.isVisible():
            QTimer.singleShot(0, self._first_draw)

    def showEvent(self, event) -> None:                          # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.paths is None:                 # drawn as soon as the panel opens, not on a button press
            QTimer.singleShot(0, self._first_draw)

    @Slot()
    def _first_draw(self) -> None:
        if self.paths is None and self.isVisible():
            self.run()

    def hideEvent(self, event) -> None:                          # noqa: N802 (Qt's name)
        self.timer.stop()
        super().hideEvent(event)

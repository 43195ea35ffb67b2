"""Repaint a Python-painted item thousands of times; run as a script, in its own process.

Why: PySide6 6.12.0 drops a reference to None on each call of a Python
``paint`` override and soon kills the interpreter ("Fatal Python error:
none_dealloc", DESIGN.md, Known facts). Every pyqtgraph item paints from
Python, so the whole app depends on this path. ``test_boundaries.py`` runs
this script before any PySide6 or pyqtgraph bump can land; by hand:

    QT_QPA_PLATFORM=offscreen python tests/ui/repaint_probe.py graphicsobject
    QT_QPA_PLATFORM=offscreen python tests/ui/repaint_probe.py pyqtgraph

It prints one line, ``paints=N none_before=B none_after=A``: N the number of
Python ``paint`` calls, B and A ``sys.getrefcount(None)`` around the loop
(on Python 3.11 a falling count is the bug itself, even when the loop is too
short to crash). It is a probe, not a benchmark: it times nothing.
"""
from __future__ import annotations

import sys

REPAINTS = 3000       # synchronous repaints of the view
ITEMS = 8             # Python-painted items in the QGraphicsScene case


def repaint_graphics_objects() -> tuple[int, int, int]:
    """QGraphicsObject subclasses with paint/boundingRect overrides, in a scene and a view."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication, QGraphicsObject, QGraphicsScene, QGraphicsView

    class Unit(QGraphicsObject):
        paints = 0

        def boundingRect(self) -> QRectF:
            return QRectF(-15, -15, 30, 30)

        def paint(self, painter, option, widget=None) -> None:
            type(self).paints += 1
            painter.setBrush(QColor(80, 130, 200))
            painter.drawEllipse(self.boundingRect())

    app = QApplication(sys.argv[:1])
    scene = QGraphicsScene()
    for i in range(ITEMS):
        unit = Unit()
        unit.setPos(40 * i, 0)
        scene.addItem(unit)
    view = QGraphicsView(scene)
    view.resize(420, 120)
    view.show()
    app.processEvents()
    start, none_before = Unit.paints, sys.getrefcount(None)
    for _ in range(REPAINTS):
        view.viewport().repaint()
    return Unit.paints - start, none_before, sys.getrefcount(None)


def repaint_pyqtgraph_curve() -> tuple[int, int, int]:
    """A pyqtgraph PlotWidget whose curve gets new data before each repaint."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    class CountingCurve(pg.PlotCurveItem):
        paints = 0

        def paint(self, painter, option, widget=None) -> None:
            type(self).paints += 1
            super().paint(painter, option, widget)

    app = QApplication(sys.argv[:1])
    plot = pg.PlotWidget()
    plot.resize(400, 300)
    curve = CountingCurve()
    plot.addItem(curve)
    plot.show()
    x = np.linspace(0.0, 1.0, 200)
    app.processEvents()
    start, none_before = CountingCurve.paints, sys.getrefcount(None)
    for i in range(REPAINTS):
        curve.setData(x, np.sin(6.0 * x + 0.01 * i))
        plot.viewport().repaint()
    return CountingCurve.paints - start, none_before, sys.getrefcount(None)


PROBES = {"graphicsobject": repaint_graphics_objects, "pyqtgraph": repaint_pyqtgraph_curve}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in PROBES:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(PROBES)}}}")
    paints, none_before, none_after = PROBES[sys.argv[1]]()
    print(f"paints={paints} none_before={none_before} none_after={none_after}", flush=True)

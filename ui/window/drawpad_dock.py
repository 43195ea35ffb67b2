"""The image data's docks in the main window (issue 16): the drawing pad (View → Draw a digit,
Ctrl+D) and "What the hidden units look for" (the first layer's weights as images), tabbed
beside the cost, and which snapshots they follow.

What this is: the wiring of ``nnsim_ui.views.drawpad.DrawPad`` and ``nnsim_ui.views.unitgrid.UnitGrid``
into the window. Both are offered only while the run learns image data (the shipped digits):
their actions are enabled then and the docks put on show once (not in a lesson, which shows
its own panels); the grid is sent snapshots only while on show.

What this is not: the views themselves or the window's other docks.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QScrollArea

from ..views.drawpad import DrawPad, image_shape
from ..views.unitgrid import UnitGrid


class PadDock(QObject):
    """Builds the pad's dock on ``window`` (a ``MainWindow``) and sets the window's ``drawpad``,
    ``drawpad_dock`` and ``drawpad_action``; ``follow(snapshot)`` on each snapshot."""

    def __init__(self, window: Any, controller: Any, area: Qt.DockWidgetArea, title: str) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.pad = window.drawpad = DrawPad(controller, window)
        scroll = QScrollArea(window)             # like the figures: scrolls in a short window, never grows it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pad)
        self.dock = window.drawpad_dock = window.add_dock(title, "DrawPadDock", scroll, area)
        window.tabifyDockWidget(window.curves_dock, self.dock)
        self.dock.hide()
        self.action = window.drawpad_action = self.dock.toggleViewAction()
        self.action.setShortcut(QKeySequence("Ctrl+D"))
        self.action.setEnabled(False)            # image data only (``follow``)
        self.units = window.unit_grid = UnitGrid(window)
        scroll = QScrollArea(window)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.units)
        self.units_dock = window.units_dock = window.add_dock(self.units_title(), "UnitsDock", scroll, area)
        window.tabifyDockWidget(self.dock, self.units_dock)
        self.units_dock.hide()
        self.units_action = self.units_dock.toggleViewAction()
        self.units_action.setEnabled(False)
        self.units_dock.visibilityChanged.connect(self._units_shown)
        self.image_data: bool | None = None
        self.last: Any = None

    def units_title(self) -> str:
        return self.tr("What the hidden units look for")

    def retranslate(self) -> None:
        self.units_dock.setWindowTitle(self.units_title())

    def _units_shown(self, visible: bool) -> None:
        if visible and self.last is not None:
            self.units.show_snapshot(self.last)

    def follow(self, snap: Any) -> None:
        """The pad: offered (and put beside the cost, once) only while the data are images."""
        image = image_shape(snap) is not None
        if image != self.image_data:
            self.image_data = image
            self.action.setEnabled(image)
            self.units_action.setEnabled(image)
            self.dock.setVisible(image and self.controller.lesson is None)   # a lesson shows its own panels
            self.units_dock.setVisible(image and self.controller.lesson is None)
            if image:
                self.dock.raise_()
        self.action.setToolTip(self.tr("Draw a digit and see the network's class probabilities")
                               if image else self.tr("Only for image data (handwritten digits)"))
        self.last = snap if image else None
        if image:
            self.pad.show_snapshot(snap)
            if self.units.isVisible():                   # on show (not behind another tab)
                self.units.show_snapshot(snap)

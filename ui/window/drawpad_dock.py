"""The drawing pad's place in the main window (issue 16): its dock, tabbed beside the cost, its
View-menu action (Ctrl+D), and which snapshots it follows.

What this is: the wiring of ``nnsim_ui.views.drawpad.DrawPad`` into the window. The pad is
offered only while the run learns image data (the shipped digits): the action is enabled then
and the dock put on show once (not in a lesson, which shows its own panels).

What this is not: the pad itself (``nnsim_ui.views.drawpad``) or the window's other docks.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QScrollArea

from ..views.drawpad import DrawPad, image_shape


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
        self.image_data: bool | None = None

    def follow(self, snap: Any) -> None:
        """The pad: offered (and put beside the cost, once) only while the data are images."""
        image = image_shape(snap) is not None
        if image != self.image_data:
            self.image_data = image
            self.action.setEnabled(image)
            self.dock.setVisible(image and self.controller.lesson is None)   # a lesson shows its own panels
        self.action.setToolTip(self.tr("Draw a digit and see the network's class probabilities")
                               if image else self.tr("Only for image data (handwritten digits)"))
        if image:
            self.pad.show_snapshot(snap)

"""View → Zoom for the main window: the application font, the toolbar icons and the canvas scale
together, for a projector; the layout (free play's or the open lesson's) follows the new sizes."""
from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

#: View → Zoom steps (the application font and the canvas scale by these).
ZOOMS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)


class Zoom:
    """The main window's zoom (a part of ``MainWindow``; it sets ``_zoom`` and ``_base_font``)."""

    def zoom(self, direction: int) -> None:
        steps = [z for z in ZOOMS if (z > self._zoom + 1e-9 if direction > 0 else z < self._zoom - 1e-9)]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def set_zoom(self, factor: float) -> None:
        """Scale the whole window: the application font, the toolbar icons and the canvas."""
        self._zoom = factor
        font = QFont(self._base_font)
        if self._base_font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * factor)
        else:
            font.setPixelSize(max(1, round(self._base_font.pixelSize() * factor)))
        QApplication.instance().setFont(font)      # graphics scenes, dialogs, tooltips
        self.setFont(font)                          # the window's widgets (a style sheet stops the app font)
        self.setStyleSheet(self.styleSheet())       # re-polish: style-sheeted widgets take the new size
        side = round(self.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize) * factor)
        self.toolbar.setIconSize(QSize(side, side))
        if hasattr(self.canvas, "set_zoom"):
            self.canvas.set_zoom(factor)
        if self.isVisible():
            QTimer.singleShot(0, self._default_layout)     # once the new sizes are known
        self.zoom_in_action.setEnabled(factor < ZOOMS[-1])
        self.zoom_out_action.setEnabled(factor > ZOOMS[0])

    def zoom_factor(self) -> float:
        return self._zoom

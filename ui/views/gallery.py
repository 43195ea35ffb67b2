"""The gallery of misclassified test examples, beside the confusion matrix (issue 16).

What this is: the test examples the network gets wrong now (``Snapshot.misclassified``, chosen
by ``nnsim.observe.misclassified``), each as its 8×8 image for image data or as a row of its
feature values for tabular data, with its true and predicted class by name; "N more" when the
engine found more than it sent. Clicking one emits ``rowClicked`` (the data-set row) so the
projection shows it. While on show it asks the engine for the data (``SetViews``); hidden, the
engine computes nothing for it.

What this is not: an evaluator. Which examples are wrong, and how sure the network is, arrive
computed; this module draws them.
"""
from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent, QHideEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .. import palette
from ..text.i18n import arg
from ..text.numbers import format_number, format_percent
from .projection import grey_image

VIEW = "misclassified"          # the engine's name for this view's data (``nnsim.commands.VIEWS``)
IMAGE_TILES = 24                # image tiles shown at most (the engine sends at most as many)
TILE_COLUMNS = 6
ROWS_SHOWN = 8                  # tabular rows shown at most
VALUES_SHOWN = 3                # feature values written in a row; all of them in its tooltip
TILE_PIXELS = 40


class MisclassifiedGallery(QWidget):
    """The misclassified test examples; ``show_snapshot(snapshot, names, feature_names)``."""

    rowClicked = Signal(int)        # a data-set row

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MisclassifiedGallery")
        self.controller = controller
        self.title = QLabel(self.tr("Misclassified test examples"), self)
        self.title.setToolTip(self.tr("The test examples the network gets wrong now, with their true and "
                                      "predicted class. Click one to show it in the projection."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {palette.MUTED.name()};")
        self.grid = QGridLayout()
        self.grid.setSpacing(3)
        self.more = QLabel(self)
        self.more.setStyleSheet(f"color: {palette.MUTED.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addWidget(self.more)
        self.tiles: list[QAbstractButton] = []
        self._key: tuple | None = None
        self.data: Any = None

    # -- asking the engine only while on show -------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ask(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ask(False)

    def _ask(self, on: bool) -> None:
        set_views = getattr(self.controller, "set_views", None)
        if set_views is not None:
            set_views((VIEW,) if on else ())

    # -- painting -----------------------------------------------------------------------------
    def show_data(self, data: Any, names: tuple[str, ...], feature_names: tuple[str, ...]) -> None:
        """Draw ``data`` (``nnsim.snapshot.Misclassified``; None: not sent yet); rebuilt only when it changes."""
        if data is None:
            if self.data is None:
                self.summary.setText(self.tr("Waiting for the engine…"))
            return
        key = (data.total, np.asarray(data.rows).tobytes(), np.asarray(data.predicted).tobytes(), names)
        if key == self._key:
            return
        self._key, self.data = key, data
        K = int(max(np.max(data.y, initial=0), np.max(data.predicted, initial=0))) + 1
        self.names = tuple(names) if len(names) >= K else tuple(str(k) for k in range(max(K, len(names))))
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        if data.total == 0:
            self.summary.setText(self.tr("None: every test example is classified right."))
        else:
            self.summary.setText(arg(self.tr("%1 of the test examples are misclassified."), data.total))
        image = data.image
        cap = IMAGE_TILES if image is not None else ROWS_SHOWN
        shown = min(cap, len(data.rows))
        for n in range(shown):
            tile = self._tile(data, n, feature_names)
            if image is not None:
                self.grid.addWidget(tile, n // TILE_COLUMNS, n % TILE_COLUMNS)
            else:
                self.grid.addWidget(tile, n, 0)
            self.tiles.append(tile)
        rest = data.total - shown
        self.more.setText(arg(self.tr("%1 more"), rest) if rest > 0 else "")
        self.more.setVisible(rest > 0)

    def _tile(self, data: Any, n: int, feature_names: tuple[str, ...]) -> QAbstractButton:
        row, y, pred = int(data.rows[n]), int(data.y[n]), int(data.predicted[n])
        true_name, pred_name = self.names[y], self.names[pred]
        tile: QAbstractButton = QToolButton(self) if data.image is not None else QPushButton(self)
        if isinstance(tile, QToolButton):
            tile.setAutoRaise(True)
        else:
            tile.setFlat(True)
        tile.setObjectName("GalleryTile")
        tip = arg(self.tr("Row %1: class %2, predicted %3 (%4 sure)."), row, true_name, pred_name,
                  format_percent(float(data.confidence[n])))
        raw = np.asarray(data.raw[n], dtype=float)
        if data.image is not None:
            tile.setIcon(grey_image(raw, data.image))
            tile.setIconSize(QSize(TILE_PIXELS, TILE_PIXELS))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setText(f"{true_name}→{pred_name}")
        else:
            values = [f"{feature_names[j] if j < len(feature_names) else j} {format_number(raw[j])}"
                      for j in range(len(raw))]
            more = " …" if len(values) > VALUES_SHOWN else ""
            tile.setText(arg(self.tr("true %1 → predicted %2"), true_name, pred_name)
                         + "\n" + " · ".join(values[:VALUES_SHOWN]) + more)
            tip += "<br>" + "<br>".join(html.escape(v) for v in values)
            tile.setStyleSheet("QPushButton { text-align: left; padding: 2px; }")
        tile.setToolTip(tip)
        tile.setProperty("row", row)
        tile.clicked.connect(lambda _=False, row=row: self.rowClicked.emit(row))
        return tile

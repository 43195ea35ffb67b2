"""Walk a window's visible widgets and list what a learner could not read (issue 13).

- every visible plot (a pyqtgraph ``GraphicsView``: PlotWidget, GraphicsLayoutWidget) at least
  ``PLOT`` pixels;
- every visible text view (text edits, tables, lists; not their headers) at least ``TEXT_HEIGHT`` pixels tall;
- no visible ``QLabel`` or ``QAbstractButton`` narrower than its minimum size hint (a clipped
  text: "ontinue from he"); word-wrapped labels wrap, so their hint is already the narrow one.

Used by the lesson layout tests, in-process and after ``nnsim-gui --lesson``.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QHeaderView, QLabel, QPlainTextEdit, QTextEdit,
                               QWidget)

PLOT = (180, 110)
TEXT_HEIGHT = 60


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") else ""
    path = []
    node = w
    while node is not None and len(path) < 4:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(w).__name__} {text[:30]!r} in {'/'.join(reversed(path))}"


def problems(window: QWidget) -> list[str]:
    """What is squeezed or clipped among ``window``'s visible widgets, in words (empty: nothing)."""
    import pyqtgraph as pg

    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or QWidget.window(w) is not window:
            continue
        if isinstance(w, pg.GraphicsView):
            if w.width() < PLOT[0] or w.height() < PLOT[1]:
                found.append(f"plot squeezed to {w.width()}×{w.height()}: {_name(w)}")
        elif isinstance(w, (QTextEdit, QPlainTextEdit, QAbstractItemView)) and not isinstance(w, QHeaderView):
            if w.height() < TEXT_HEIGHT:
                found.append(f"text view {w.height()} px tall: {_name(w)}")
        elif isinstance(w, (QLabel, QAbstractButton)):
            if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
                continue
            if w.width() + 1 < w.minimumSizeHint().width():
                found.append(f"clipped: {w.width()} px wide, needs {w.minimumSizeHint().width()}: {_name(w)}")
    return found

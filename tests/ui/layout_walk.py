"""Walk a window's visible widgets and list what a learner could not read (issue 13).

- every visible plot (a pyqtgraph ``GraphicsView``: PlotWidget, GraphicsLayoutWidget) at least
  ``PLOT`` pixels;
- every visible text view (text edits, tables, lists; not their headers) at least ``TEXT_HEIGHT`` pixels tall;
- no visible ``QLabel`` or ``QAbstractButton`` narrower than its minimum size hint (a clipped
  text: "ontinue from he"); word-wrapped labels wrap, so their hint is already the narrow one;
- no visible tab bar of the window's docks lying over a dock it does not belong to (a stale one,
  left by an earlier arrangement, drew its tabs through a lesson's "What to watch").

Used by the lesson layout tests, in-process and after ``nnsim-gui --lesson``.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QDockWidget, QHeaderView, QLabel,
                               QPlainTextEdit, QTabBar, QTextEdit, QWidget)

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


def _outside(w: QWidget, window: QWidget) -> bool:
    """Whether part of ``w`` lies outside one of its ancestors (drawn past a panel's edge)."""
    node, rect = w.parentWidget(), w.rect()
    origin = w
    while node is not None:
        top_left = origin.mapTo(node, rect.topLeft())
        if top_left.x() < -1 or top_left.x() + rect.width() > node.width() + 1:
            return True
        if isinstance(node, QAbstractScrollArea) or node is window:
            return False                    # a scroll area shows the rest when scrolled
        node = node.parentWidget()
    return False


def problems(window: QWidget) -> list[str]:
    """What is squeezed or clipped among ``window``'s visible widgets, in words (empty: nothing)."""
    import pyqtgraph as pg

    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or QWidget.window(w) is not window:
            continue
        corner = w.mapTo(window, QPoint(0, 0))
        if not window.rect().contains(corner):
            continue                # a dock behind another's tab: parked off the window, not shown
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
            elif _outside(w, window):
                found.append(f"cut off by its panel's edge: {_name(w)}")
    return found + _stray_tab_bars(window)


def _stray_tab_bars(window: QWidget) -> list[str]:
    """Visible tab bars of the window's dock areas that overlap a visible dock's content."""
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()
             and window.rect().contains(d.mapTo(window, QPoint(0, 0)))]
    found = []
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not bar.isVisible():
            continue
        rect = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
        for dock in docks:
            inside = QRect(dock.mapTo(window, QPoint(0, 0)), dock.size()).adjusted(2, 2, -2, -2)
            if rect.intersects(inside):
                tabs = [bar.tabText(i) for i in range(bar.count())]
                found.append(f"a tab bar {tabs} lies over the dock {dock.windowTitle()!r}")
    return found


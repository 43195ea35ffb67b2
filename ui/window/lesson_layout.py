"""The window's dock layouts: the learner's own (free play) and one per lesson (lesson mode).

Free play: the Settings column on the left, the decision boundary, the cost and the figures on
the right (``free_default`` gives their first proportions; the learner may move them, and
QSettings keeps what they made).

Lesson mode (``enter(lesson)``, from the Lessons menu or ``nnsim-gui --lesson``): the window is
laid out from the lesson's text record alone (``LessonText.panels``, ``front``), never by hand per
lesson. The Lesson panel is a full-height column on the left (the Settings behind it, one tab
away); the network stays in the middle; the lesson's panels stand in a column on the right, each
at least a legible size (``LEGIBLE``): when the column is too short for all of them, panels share
a tab instead of being squeezed, and a panel too wide for the column goes under the network
(the bottom area then spans the width right of the Lesson panel). Every other panel closes, so
nothing carries over from the previous lesson. A resize or a zoom lays the lesson out again for
the new size. Leaving the lesson (Lessons → Free play, File → New) puts back the learner's own
layout, saved when the first lesson opened (``QMainWindow.saveState``).

What this is not: the lessons' words or steps (``nnsim_ui.lessons``); it only places docks.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QTabBar

Area = Qt.DockWidgetArea
Corner = Qt.Corner

#: The smallest size (width, height in pixels at zoom 1, without the dock's title) at which each
#: panel reads: plots of at least ~180×110 px inside, text views of a few lines.
LEGIBLE = {"boundary": (300, 290), "cost": (280, 190), "figures": (300, 230), "step": (440, 420),
           "activations": (480, 300), "depth": (690, 300), "gradcheck": (560, 280), "paths": (460, 460),
           "neuron": (300, 270), "averages": (400, 320), "shift": (420, 320),
           "tuning": (760, 330)}
#: The network's least width and height in lesson mode (the timeline under it included).
CANVAS = (370, 250)
#: The Lesson column's width: this share of the window, within these bounds (pixels at zoom 1).
LESSON_SHARE, LESSON_WIDTH = 0.27, (320, 460)
#: Pixels (at zoom 1) a dock's title bar, a tab bar and a separator take.
TITLE, TABS, SEPARATOR = 24, 30, 6


class LessonLayout(QObject):
    """Lays ``window``'s docks out for a lesson, and back to the learner's own layout."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.lesson = None                      # the LessonText laid out, None in free play
        self._saved: tuple[QByteArray, dict] | None = None
        self.groups: list[list[str]] = []       # the right column's tab groups, top to bottom (tests)
        self.bottom: list[str] = []             # panels under the network
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(60)
        self._again.timeout.connect(self.arrange)
        window.installEventFilter(self)
        window.controller.lessonChanged.connect(self._lesson_changed)

    # -- the docks ----------------------------------------------------------------------------
    def docks(self) -> dict[str, QDockWidget]:
        """Every panel a lesson may declare that is a dock, by its name in ``PANELS``."""
        w = self.window
        docks = {"boundary": w.boundary_dock, "cost": w.curves_dock, "figures": w.figures_dock}
        if getattr(w, "modes", None) is not None:
            docks["step"] = w.modes.dock
        if getattr(w, "tuning_dock", None) is not None:
            docks["tuning"] = w.tuning_dock
        if getattr(w, "lessons", None) is not None:
            docks.update(w.lessons.docks)
        if getattr(w, "drawpad_dock", None) is not None:     # no lesson declares it yet: closed in lessons
            docks["drawpad"] = w.drawpad_dock
        if getattr(w, "units_dock", None) is not None:       # likewise the hidden units' weight images
            docks["units"] = w.units_dock
        return docks

    def visible_panels(self) -> set[str]:
        """The names of the panels whose dock is open (tabs behind another count as open)."""
        return {name for name, dock in self.docks().items() if not dock.isHidden()}

    # -- entering and leaving ------------------------------------------------------------------
    def enter(self, lesson) -> None:
        """Lay the window out for ``lesson`` (a ``LessonText``); the learner's own layout is kept
        aside the first time."""
        w = self.window
        if self.lesson is None:
            self._saved = (w.saveState(), {c: w.corner(c) for c in Corner})
        self.lesson = lesson
        self.arrange()
        if "compare" in lesson.panels and getattr(w, "compare", None) is not None:
            w.compare.open()

    def leave(self) -> None:
        """Back to the learner's own layout (as it was before the first lesson opened)."""
        if self.lesson is None:
            return
        self.lesson = None
        self._again.stop()
        self.groups, self.bottom = [], []
        if self._saved is not None:
            state, corners = self._saved
            self._saved = None
            w, size = self.window, self.window.size()
            for corner, area in corners.items():
                w.setCorner(corner, area)
            w.restoreState(state)
            w.resize(size)                      # the docks' saved sizes must not grow the window
            QTimer.singleShot(0, lambda: w.resize(size) if self.lesson is None else None)

    def own_state(self) -> QByteArray:
        """The learner's own dock layout (kept aside while a lesson is laid out)."""
        return self._saved[0] if self.lesson is not None and self._saved is not None else self.window.saveState()

    @Slot(object)
    def _lesson_changed(self, lesson_id) -> None:
        if lesson_id is None:
            self.leave()

    def relayout(self) -> None:
        """The layout again for the window's size and zoom: the lesson's, or free play's first one."""
        if self.lesson is not None:
            self.arrange()
        else:
            self.free_default()

    def eventFilter(self, watched, event) -> bool:          # noqa: N802 (Qt's name)
        if self.lesson is not None and watched is self.window and event.type() == QEvent.Type.Resize:
            self._again.start()                            # once the resizing settles
        return False

    # -- free play ------------------------------------------------------------------------------
    def free_default(self) -> None:
        """The docks' first proportions: settings narrow, the boundary big, the figures compact; in a
        window too short for the three at a legible size, the figures one tab behind the cost."""
        w = self.window
        z = w.zoom_factor()
        h = max(600, w.height() - round(120 * z))
        left = max(w.controls.sizeHint().width(), round(320 * z))
        right = min(round(470 * z), round(w.width() * 0.38))
        cost = round(h * 0.22 if z > 1 else h * 0.24)
        figures = min(max(w.figures.sizeHint().height() + round(20 * z), round(245 * z)), h - cost - round(h * 0.45))
        w.resizeDocks([w.controls_dock, w.boundary_dock], [left, right], Qt.Orientation.Horizontal)
        room = self._room()[1]
        title = round(TITLE * z)
        need = sum(LEGIBLE[n][1] for n in ("boundary", "cost")) * z + 2 * title + figures + 2 * round(SEPARATOR * z)
        if room < need and w.dockWidgetArea(w.figures_dock) == w.dockWidgetArea(w.curves_dock):
            # too short for three legible panels (a 1280×720 projector): the figures one tab behind the cost
            w.tabifyDockWidget(w.curves_dock, w.figures_dock)
            w.curves_dock.raise_()
            cost = max(round(room * 0.4), round(LEGIBLE["cost"][1] * z) + title + round(TABS * z))
            w.resizeDocks([w.boundary_dock, w.curves_dock], [room - cost, cost], Qt.Orientation.Vertical)
            return
        w.resizeDocks([w.boundary_dock, w.curves_dock, w.figures_dock],
                      [h - figures - cost, cost, figures], Qt.Orientation.Vertical)

    # -- lesson mode ------------------------------------------------------------------------------
    def _room(self) -> tuple[int, int]:
        """The width and height the dock areas and the network share (the window less its bars)."""
        w = self.window
        bars = w.menuBar().sizeHint().height() + w.statusBar().sizeHint().height()
        if w.toolbar.isVisible() or not w.isVisible():
            bars += w.toolbar.sizeHint().height()
        return w.width(), w.height() - bars - round(8 * w.zoom_factor())

    def _need(self, name: str, dock: QDockWidget) -> tuple[int, int]:
        z = self.window.zoom_factor()
        width, height = LEGIBLE[name]
        least = dock.minimumSizeHint()
        return (max(least.width(), round(width * z)),
                max(least.height(), round(height * z) + round(TITLE * z)))

    @Slot()
    def arrange(self) -> None:
        """Place the Lesson column, the lesson's panels and nothing else, for the window's size now."""
        lesson, w = self.lesson, self.window
        if lesson is None:
            return
        self._again.stop()
        z = w.zoom_factor()
        docks = self.docks()
        lesson_dock, settings = w.lessons.lesson_dock, w.controls_dock
        width, height = self._room()
        for dock in (lesson_dock, settings, *docks.values()):
            dock.setFloating(False)
            w.removeDockWidget(dock)
        w.setCorner(Corner.TopLeftCorner, Area.LeftDockWidgetArea)
        w.setCorner(Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
        w.setCorner(Corner.TopRightCorner, Area.RightDockWidgetArea)
        w.setCorner(Corner.BottomRightCorner, Area.BottomDockWidgetArea)

        # the Lesson column, full height, the Settings one tab behind it
        left = min(max(round(width * LESSON_SHARE), round(LESSON_WIDTH[0] * z), settings.minimumSizeHint().width()),
                   round(LESSON_WIDTH[1] * z))
        names = [p for p in lesson.panels if p in docks]
        needs = {name: self._need(name, docks[name]) for name in names}
        spare = width - left - round(CANVAS[0] * z) - 3 * round(SEPARATOR * z)
        right_names = [n for n in names if needs[n][0] <= spare]
        self.bottom = [n for n in names if n not in right_names]
        with_settings = True
        if self.bottom:              # the bottom spans right of the Lesson column: narrow it if it must
            widest = max(needs[n][0] for n in self.bottom) + 2 * round(SEPARATOR * z)
            left = max(min(left, width - widest), round(LESSON_WIDTH[0] * z * 0.85))
            # the Settings tab would widen the column past that: left out (View → Settings opens it)
            with_settings = settings.minimumSizeHint().width() <= left
        w.addDockWidget(Area.LeftDockWidgetArea, lesson_dock)
        lesson_dock.show()
        if with_settings:
            w.tabifyDockWidget(lesson_dock, settings)
            settings.show()
        bottom_height = 0
        if self.bottom:
            bottom_height = max(needs[n][1] for n in self.bottom) + (round(TABS * z) if len(self.bottom) > 1 else 0)
            bottom_height = min(bottom_height, height - round(CANVAS[1] * z))
        column = height - bottom_height - (round(SEPARATOR * z) if self.bottom else 0)
        self.groups = self._groups(right_names, {n: needs[n][1] for n in right_names}, column)
        right = 0
        if right_names:
            right = min(max(max(needs[n][0] for n in right_names), round(width * 0.34)), spare)

        for group in self.groups:
            w.addDockWidget(Area.RightDockWidgetArea, docks[group[0]], Qt.Orientation.Vertical)
            for name in group[1:]:
                w.tabifyDockWidget(docks[group[0]], docks[name])
        for i, name in enumerate(self.bottom):
            if i == 0:
                w.addDockWidget(Area.BottomDockWidgetArea, docks[name])
            else:
                w.tabifyDockWidget(docks[self.bottom[0]], docks[name])
        for name in names:
            docks[name].show()
        for group in (*self.groups, self.bottom):
            if group:
                docks[group[0]].raise_()
        front = lesson.front_panel
        if front in docks:
            docks[front].raise_()
        lesson_dock.raise_()
        sizes = self._heights(self.groups, needs, column, front)
        groups = self.groups
        self._resize(groups, left, right, sizes, bottom_height)
        QTimer.singleShot(0, lambda: self._resize(groups, left, right, sizes, bottom_height))

    def _resize(self, groups: list, left: int, right: int, heights: list[int], bottom: int) -> None:
        """The sizes for ``groups``, unless another arrangement replaced them since."""
        if self.lesson is None or groups is not self.groups:
            return
        w, docks = self.window, self.docks()
        heads = [docks[g[0]] for g in groups]
        if heads:
            w.resizeDocks([w.lessons.lesson_dock, heads[0]], [left, right], Qt.Orientation.Horizontal)
            w.resizeDocks(heads, heights, Qt.Orientation.Vertical)
        else:
            w.resizeDocks([w.lessons.lesson_dock], [left], Qt.Orientation.Horizontal)
        if self.bottom:
            w.resizeDocks([docks[self.bottom[0]]], [bottom], Qt.Orientation.Vertical)
        self._hide_stale_tab_bars()

    def _hide_stale_tab_bars(self) -> None:
        """Hide the window's dock tab bars whose tabs are no group on show now: QMainWindow can leave
        the bar of a group this arrangement took apart visible where it was, over a lesson panel."""
        w = self.window
        groups = set()
        for dock in w.findChildren(QDockWidget):
            tabbed = [d for d in (dock, *w.tabifiedDockWidgets(dock)) if d.isVisible() and not d.isFloating()]
            if len(tabbed) > 1:
                groups.add(frozenset(d.windowTitle() for d in tabbed))
        for bar in w.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() and frozenset(bar.tabText(i) for i in range(bar.count())) not in groups:
                bar.hide()

    def _groups(self, names: list[str], heights: dict[str, int], column: int) -> list[list[str]]:
        """The right column's tab groups, top to bottom: one panel each while their legible heights
        fit ``column``; past that, a panel joins the group it makes the least taller."""
        z = self.window.zoom_factor()
        gap, tabs = round(SEPARATOR * z), round(TABS * z)

        def total(groups) -> int:
            return sum(max(heights[n] for n in g) + (tabs if len(g) > 1 else 0) for g in groups) \
                + gap * (len(groups) - 1)

        groups: list[list[str]] = []
        for name in names:
            alone = groups + [[name]]
            if not groups or total(alone) <= column:
                groups = alone
                continue
            options = [groups[:i] + [g + [name]] + groups[i + 1:] for i, g in enumerate(groups)]
            groups = min(options, key=total)
            while len(groups) > 1 and total(groups) > column:      # still too tall: merge the last two
                groups = groups[:-2] + [groups[-2] + groups[-1]]
        return groups

    def _heights(self, groups: list[list[str]], needs: dict, column: int, front: str | None) -> list[int]:
        """Each group's height: its legible height, and the rest of the column to the front's group
        (or the first)."""
        z = self.window.zoom_factor()
        tabs = round(TABS * z)
        least = [max(needs[n][1] for n in g) + (tabs if len(g) > 1 else 0) for g in groups]
        if not least:
            return []
        spare = column - sum(least) - round(SEPARATOR * z) * (len(groups) - 1)
        if spare > 0:
            k = next((i for i, g in enumerate(groups) if front in g), 0)
            least[k] += spare
        return least

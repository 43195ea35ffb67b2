"""The Lesson panel: a lesson's words, its steps as a checklist with "Do it" buttons, and its goal.

The steps are the engine's (``nnsim.lessons.LESSONS[id].steps``) with the UI's words
(``texts.LESSONS[id].steps``). A step that changes settings is ticked while the run config holds
its changes; an action step once it was done; a watch step once the learner has trained. "Do it"
asks the owner (``Lessons``) to perform the step through the normal paths (``stepRequested``).
The goal's state is the engine's verdict (``Snapshot.goal``): the panel only shows it.
What this is not: the lesson menu or the instrument docks (``menu``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from nnsim.lessons import LESSONS as ENGINE_LESSONS

from .texts import LessonText, tr_lesson

DONE, TODO = "✓", "○"


def holds(config: dict, changes) -> bool:
    """Whether the run config ``config`` (a dict) has every dotted key of ``changes`` at its value."""
    for key, value in changes.items():
        node = config
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        if node != value:
            return False
    return True


class LessonPanel(QWidget):
    """A lesson's texts, its checklist of steps and its goal's status."""

    stepRequested = Signal(int)          # "Do it" pressed on step i

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonPanel")
        self.lesson: LessonText | None = None
        self.goal_state: bool | None = None
        self.done: set[int] = set()            # action and watch steps done
        self.config: dict | None = None
        self.title = QLabel(self)
        self.title.setObjectName("LessonTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel#LessonTitle { font-size: 15pt; font-weight: 600; }")
        self.idea = self._label("LessonIdea")
        self.todo_head = self._label("LessonTodoHead")
        self.checklist = QWidget(self)
        self.checklist.setObjectName("LessonChecklist")
        self.grid = QGridLayout(self.checklist)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, QLabel, QPushButton | None]] = []
        self.rest = self._label("LessonRest")
        self.goal_label = self._label("LessonGoal")
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for w in (self.title, self.idea, self.todo_head, self.checklist, self.rest, self.goal_label):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._empty()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _empty(self) -> None:
        self.title.setText(self.tr("No lesson open"))
        self.idea.setText(self.tr("Choose a lesson from the Lessons menu."))
        for w in (self.todo_head, self.checklist, self.rest, self.goal_label):
            w.hide()

    # -- showing a lesson ---------------------------------------------------------------------
    def show_lesson(self, lesson: LessonText | None) -> None:
        """Show ``lesson`` (None: no lesson) with nothing done yet."""
        self.lesson, self.goal_state, self.done = lesson, None, set()
        self._fill()

    def _fill(self) -> None:
        self._clear_rows()
        lesson = self.lesson
        if lesson is None:
            self._empty()
            return
        self.title.setText(tr_lesson(lesson.title))
        head = self.tr("The idea")               # (not inside an f-string: lupdate would not see it)
        self.idea.setText(f"<b>{head}</b><br>{tr_lesson(lesson.idea)}")
        head = self.tr("What to do")
        self.todo_head.setText(f"<b>{head}</b>")
        steps = ENGINE_LESSONS[lesson.id].steps
        for i, (step, words) in enumerate(zip(steps, lesson.steps)):
            mark = QLabel(TODO, self.checklist)
            mark.setObjectName(f"LessonStepMark{i}")
            text = QLabel(f"{i + 1}. {tr_lesson(words)}", self.checklist)
            text.setObjectName(f"LessonStep{i}")
            text.setWordWrap(True)
            button = None
            if step.kind != "watch":
                button = QPushButton(self.tr("Do it"), self.checklist)
                button.setObjectName(f"LessonDoIt{i}")
                button.setToolTip(self.tr("Make this step's change for me (Undo takes it back)")
                                  if step.kind == "change" else self.tr("Do this step for me"))
                button.clicked.connect(lambda _checked=False, k=i: self.stepRequested.emit(k))
                self.grid.addWidget(button, i, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(mark, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, i, 1)
            self.rows.append((mark, text, button))
        self.rest.setText("".join(f"<p><b>{head}</b><br>{tr_lesson(body)}</p>" for head, body in (
            (self.tr("What to watch"), lesson.watch), (self.tr("Think about it"), lesson.question))))
        for w in (self.todo_head, self.checklist, self.rest):
            w.show()
        self._show_marks()
        self._show_goal()

    def _clear_rows(self) -> None:
        for row in self.rows:
            for w in row:
                if w is not None:
                    self.grid.removeWidget(w)
                    w.deleteLater()
        self.rows = []

    def step_done(self, i: int) -> bool:
        """Whether step ``i`` is done: its changes held by the run config, or (action, watch) done."""
        step = ENGINE_LESSONS[self.lesson.id].steps[i]
        if step.kind == "change":
            return self.config is not None and holds(self.config, step.changes)
        return i in self.done

    def mark_done(self, i: int) -> None:
        self.done.add(i)
        self._show_marks()

    def _show_marks(self) -> None:
        if self.lesson is None:
            return
        for i, (mark, _text, _button) in enumerate(self.rows):
            done = self.step_done(i)
            mark.setText(DONE if done else TODO)
            mark.setStyleSheet("color:#1a7f37; font-weight:600;" if done else "color:#777;")
            mark.setToolTip(self.tr("Done") if done else self.tr("Not done yet"))

    def _show_goal(self) -> None:
        text = None if self.lesson is None else self.lesson.goal_text()
        if text is None:
            self.goal_label.hide()
            return
        self.goal_label.show()
        if self.goal_state:
            self.goal_label.setText(self.tr("<b>Goal:</b> {goal}<br><b style='color:#1a7f37'>Goal reached ✓</b>")
                                    .format(goal=text))
        else:
            self.goal_label.setText(self.tr("<b>Goal:</b> {goal}<br><span style='color:#777'>not reached yet</span>")
                                    .format(goal=text))

    def retranslate(self) -> None:
        """The lesson's texts again in the current language; what was done stays done."""
        self._fill()

    # -- following the run --------------------------------------------------------------------
    @Slot(object)
    def show_config(self, config: dict) -> None:
        self.config = config
        self._show_marks()

    @Slot(object)
    def show_snapshot(self, snapshot) -> None:
        if self.lesson is None or snapshot.lesson != self.lesson.id:
            return
        if snapshot.step > 0:                     # watch steps are done once the learner has trained
            steps = ENGINE_LESSONS[self.lesson.id].steps
            new = {i for i, s in enumerate(steps) if s.kind == "watch"} - self.done
            if new:
                self.done |= new
                self._show_marks()
        if snapshot.goal != self.goal_state:
            self.goal_state = snapshot.goal
            self._show_goal()

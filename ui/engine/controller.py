"""The controller: the one object views and menus talk to, living in the GUI thread.

It owns the engine worker, the project's run config (the document), the undo
stack of edits and the newest snapshot. User actions become commands for the
engine; snapshots coming back are kept newest-only and handed to the views at
most once per frame (``snapshotReady``). The controller never computes: it
validates a config with the engine's pure functions and passes it on.
"""
from __future__ import annotations

import copy
from collections import deque
import secrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from nnsim import config as _config
from nnsim import edits
from nnsim import protocol as S
from nnsim.errors import NNSimError

from ..text import i18n
from .worker import EngineWorker

FRAME_MS = 16


class ConfigEdit(QUndoCommand):
    """One undoable change of the run config (topology, data, or a training setting)."""

    def __init__(self, controller: "Controller", old: dict, new: dict, text: str, own: bool = True) -> None:
        super().__init__(text)
        self.controller, self.old, self.new = controller, old, new
        self.own = own              # the learner's own edit (False: a lesson's "Do it"), unsaved if so

    def redo(self) -> None:
        self.controller.apply_config(self.new, own=self.own)

    def undo(self) -> None:
        self.controller.apply_config(self.old, own=self.own)


class PointsEdit(QUndoCommand):
    """One undoable change of the drawn points."""

    def __init__(self, controller: "Controller", old: tuple, new: tuple, text: str) -> None:
        super().__init__(text)
        self.controller, self.old, self.new = controller, old, new

    def redo(self) -> None:
        self.controller.apply_points(*self.new)

    def undo(self) -> None:
        self.controller.apply_points(*self.old)


class Controller(QObject):
    snapshotReady = Signal(object)        # the newest Snapshot, at most once per frame
    noticeReceived = Signal(object)       # nnsim.session.Notice
    configChanged = Signal(object)        # the run config dict, after every edit, undo or load
    engineFailed = Signal(str)            # the engine process died: words for the user
    errorRaised = Signal(str, str)        # (code, message) of a rejected edit or command
    dirtyChanged = Signal(bool)
    lessonChanged = Signal(object)        # the lesson id now open (None: none), after new_project
    exampleFocused = Signal(int)          # the example of the batch the views follow (-1: the whole batch)
    neuronFocused = Signal(int, int)      # the unit the views write out: (layer k, unit i)

    def __init__(self, config: dict | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config: dict = _config.parse(config or S.default_config()).to_dict()
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.snapshot: S.Snapshot | None = None
        self.points: tuple = ((), (), 2)        # drawn points (X rows, y, classes)
        self._pending: S.Snapshot | None = None
        self._generation = 0
        self._adopt_config = False
        self._sent: deque[list] = deque(maxlen=64)   # [config, stale] of each SetConfig not yet seen
        self._refused: S.Command | None = None     # restore its settings from the next snapshot
        self._dirty = False
        self._last_data: S.DataView | None = None
        self.worker: EngineWorker | None = None
        self.engine_down = False                # the engine process died (until a restart)
        self.lesson: str | None = None          # the lesson open, judged by the engine
        self.focused_example = -1               # the views' focus (exampleFocused, neuronFocused)
        self.focused_neuron: tuple[int, int] | None = None
        self.instruments: S.SetInstruments = S.SetInstruments()   # what the instrument panels need
        self.views: S.SetViews = S.SetViews()       # the optional views on show (the gallery)
        self.drawn: S.SetDrawn | None = None        # the learner's drawn example (the drawing pad)
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._deliver)
        self._frame.start()
        self.start_engine(self.config)

    # -- the engine ---------------------------------------------------------------------------
    def start_engine(self, config: dict, restore: S.Snapshot | None = None) -> None:
        """Start an engine process for ``config``; after a crash, from ``restore`` (the last snapshot
        shown): its config, weights, step, epoch and history, then ``config`` if it changed since."""
        # A new engine counts generations from 1 again: forget the old one's, and drop any of
        # its snapshots or notices still queued for this object.
        QCoreApplication.removePostedEvents(self, QEvent.Type.MetaCall)
        self._generation = 0
        self._pending = None
        self._adopt_config = False
        self._sent.clear()
        self._refused = None
        self.engine_down = False
        first: list[S.Command] = []                 # applied before its first snapshot
        if restore is not None:
            if restore.config["data"]["dataset"] == "drawn" and self.points[0]:
                first.append(S.SetPoints(*self.points))
            normalisation = tuple((name, getattr(restore, name)) for name in ("gamma", "beta", "running_mean",
                                                                             "running_var") if getattr(restore, name))
            first.append(S.Restore(restore.weights, restore.biases, restore.step, restore.epoch,
                                   restore.history, restore.events, restore.batch_costs, normalisation))
        self.worker = EngineWorker(restore.config if restore is not None else config, self, tuple(first))
        self.worker.snapshot.connect(self._on_snapshot)
        self.worker.notice.connect(self._on_notice)
        self.worker.failed.connect(self._on_failed)
        self.worker.start()
        if self.instruments.names:                  # a new engine computes none until told
            self.send(self.instruments)
        if self.views.names:
            self.send(self.views)
        if self.drawn is not None:
            self.send(self.drawn)
        if self.lesson is not None:                 # nor judges a lesson's goal
            self.send(S.SetLesson(self.lesson))
        if restore is not None and config != restore.config:   # changed while it was down: on those weights
            self._send_config(config)

    def restart_engine(self) -> None:
        """After a crash: a new engine going on from the last state shown, with the settings of now."""
        self.shutdown()
        self.start_engine(self.config, self.snapshot)

    def can_restore(self) -> bool:
        """Whether a restarted engine can go on from a state the window showed (it takes the settings
        changed since on top)."""
        return self.snapshot is not None

    def new_project(self, config: dict | None = None, lesson: str | None = None) -> None:
        """Start over on ``config`` (default: the default project): a fresh engine, no file, no undo;
        ``lesson``: the lesson (an id of ``nnsim.lessons.LESSONS``) whose goal the engine judges."""
        cfg = _config.parse(config or S.default_config()).to_dict()     # raises before anything changes
        self.shutdown()
        self.lesson = lesson
        self.config = cfg
        self.path = None
        self.points = ((), (), 2)
        self.snapshot = None
        self._last_data = None
        self.undo_stack.clear()
        self.set_dirty(False)
        self.start_engine(cfg)
        self.configChanged.emit(copy.deepcopy(cfg))
        self.lessonChanged.emit(lesson)

    def leave_lesson(self) -> None:
        """No lesson open any more; the run goes on as it is (Lessons → Free play)."""
        if self.lesson is not None:
            self.lesson = None
            self.send(S.SetLesson(None))
            self.lessonChanged.emit(None)

    def shutdown(self) -> None:
        """Stop the engine process and its thread cleanly (closing the window calls this)."""
        if self.worker is not None:
            worker, self.worker = self.worker, None
            worker.stop()
            worker.deleteLater()

    def send(self, command: S.Command) -> None:
        if self.worker is not None:
            self.worker.send(command)

    @Slot(object)
    def _on_snapshot(self, snap: S.Snapshot) -> None:
        if snap.generation < self._generation:
            return                                  # from before a rebuild: stale
        self._generation = snap.generation
        if snap.data is not None:
            self._last_data = snap.data
        elif self._pending is not None and self._pending.data is not None:
            # keep the data of a snapshot replaced before it was painted
            snap = _with_data(snap, self._pending.data)
        self._pending = snap
        while self._sent and self._sent[0][0] == snap.config:
            self._sent.popleft()                    # the engine took it
        if self._adopt_config:                      # a project loaded: the engine's config is the document
            self._adopt_config = False
            if snap.config != self.config:
                self.config = snap.config
                self.configChanged.emit(copy.deepcopy(self.config))
        elif self._refused is not None:
            refused, self._refused = self._refused, None
            self._restore_refused(refused, snap.config)

    def _restore_refused(self, refused: S.Command, engine: dict) -> None:
        """The engine refused ``refused`` and holds ``engine`` (its config as before that command):
        put back exactly the settings that command changed, unless the learner has changed them again
        since; every other edit still in flight stays, and goes to the engine again."""
        match refused:
            case S.SetConfig(config=raw):
                want = _flat(raw)
            case S.Rollback(learning_rate=lr):
                want = {"training.learning_rate": lr}
            case S.SetPoints():
                want = {"data.dataset": "drawn"}
            case _:
                return
        mine, theirs = _flat(self.config), _flat(engine)
        back = {k: theirs.get(k, _MISSING) for k, v in want.items()
                if v != theirs.get(k, _MISSING) and mine.get(k, _MISSING) == v}
        if not back:
            return
        restored = _unflat({**mine, **back})
        try:
            restored = _config.parse(restored).to_dict()
        except NNSimError:
            restored = copy.deepcopy(engine)        # the rest no longer fits without it: the engine's
        if restored == self.config:
            return
        self.config = restored
        self.configChanged.emit(copy.deepcopy(restored))
        if restored != engine:                      # edits made on top of the refused one: send them again
            self._send_config(restored)

    @Slot()
    def _deliver(self) -> None:
        snap, self._pending = self._pending, None
        if snap is not None:
            self.snapshot = snap
            if snap.running:
                self._trained()
            self.snapshotReady.emit(snap)

    @Slot(object)
    def _on_notice(self, notice: S.Notice) -> None:
        if notice.kind == "error":
            if not self._note_refused(notice.refused):
                return                              # a config sent on top of one refused: sent again since
            self.errorRaised.emit(notice.code, i18n.error_text(notice.code, notice.params, notice.message))
        elif notice.kind == "loaded":
            self._adopt_config = True
            self.path = Path(notice.path)
            self.undo_stack.clear()
            self.set_dirty(False)
            self.leave_lesson()                     # a project of one's own: no lesson any more
        elif notice.kind == "saved":
            self.path = Path(notice.path)
            self.set_dirty(False)
        self.noticeReceived.emit(notice)

    def _note_refused(self, cmd: S.Command | None) -> bool:
        """Remember what to restore from the next snapshot; False if ``cmd`` is a stale config (one
        built on an edit refused before, whose error was already shown and which was sent again)."""
        if isinstance(cmd, S.SetConfig):
            for i, (config, stale) in enumerate(self._sent):
                if config == cmd.config:
                    for _ in range(i + 1):
                        self._sent.popleft()
                    if stale:
                        return False
                    for entry in self._sent:        # built on the refused one: superseded by the resend
                        entry[1] = True
                    break
        if cmd is not None:
            self._refused = cmd
        return True

    def _send_config(self, cfg: dict) -> None:
        self._sent.append([copy.deepcopy(cfg), False])
        self.send(S.SetConfig(copy.deepcopy(cfg)))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._pending = None        # a snapshot queued before the crash must not paint over the report
        self.engine_down = True
        self.engineFailed.emit(message)

    # -- running ------------------------------------------------------------------------------
    def play(self) -> None:
        self.send(S.Play())

    def pause(self) -> None:
        self.send(S.Pause())

    def toggle_play(self) -> None:
        if self.snapshot is not None and self.snapshot.running:
            self.pause()
        else:
            self.play()

    def step(self, steps: int = 1) -> None:
        self.send(S.Step(steps))
        self._trained()

    def step_epoch(self) -> None:
        self.send(S.StepEpoch())
        self._trained()

    def _trained(self) -> None:
        """Training changed the weights: unsaved in free play; in a lesson, training alone is what
        the lesson asks for and leaves nothing to save (issue 13: no "Save changes?" after it)."""
        if self.lesson is None:
            self.set_dirty(True)

    def set_speed(self, steps_per_second: float | None) -> None:
        self.send(S.SetSpeed(steps_per_second))

    def set_instruments(self, names: tuple[str, ...], options: dict | None = None) -> None:
        """Which instrument data the engine computes per snapshot (kept across engine restarts)."""
        cmd = S.SetInstruments(tuple(names), dict(options or {}))
        if cmd != self.instruments:
            self.instruments = cmd
            self.send(cmd)

    def set_views(self, names: tuple[str, ...]) -> None:
        """Which optional views are on show, so the engine sends their data (kept across restarts)."""
        cmd = S.SetViews(tuple(names))
        if cmd != self.views:
            self.views = cmd
            self.send(cmd)

    def set_drawn(self, values: tuple | None, fit: bool = False) -> None:
        """The learner's drawn example (raw values, one per data column; None: none; ``fit``: fitted and
        centred like the data set's images): every snapshot then carries the network's class
        probabilities for it (``Snapshot.drawn``)."""
        self.drawn = None if values is None else S.SetDrawn(tuple(float(v) for v in values), fit)
        self.send(self.drawn or S.SetDrawn(None))

    def set_weight(self, layer: int, row: int, col: int, value: float) -> None:
        self.send(S.SetWeight(layer, row, col, float(value)))
        self.set_dirty(True)

    #: The learning rate to roll back to after divergence at ``learning_rate``: the engine's rule
    #: (``nnsim.edits.rollback_rate``), here for the views that hold a controller.
    rollback_rate = staticmethod(edits.rollback_rate)

    def rollback(self, learning_rate: float) -> None:
        """After divergence: keep the last good weights and go on with ``learning_rate``."""
        self.edit({"training.learning_rate": learning_rate}, self.tr("Lower the learning rate"), send=False)
        self.send(S.Rollback(learning_rate))

    # -- focus --------------------------------------------------------------------------------
    @Slot(int)
    def focus_example(self, index: int | None) -> None:
        """Follow example ``index`` of the batch (None or -1: the whole batch) in every view."""
        index = -1 if index is None or index < 0 else int(index)
        if index != self.focused_example:
            self.focused_example = index
            self.exampleFocused.emit(index)

    @Slot(int, int)
    def focus_neuron(self, k: int, i: int) -> None:
        """Write out unit ``i`` of layer ``k`` in every view."""
        if (int(k), int(i)) != self.focused_neuron:
            self.focused_neuron = (int(k), int(i))
            self.neuronFocused.emit(int(k), int(i))

    # -- editing ------------------------------------------------------------------------------
    def edit(self, changes: dict[str, Any], text: str, send: bool = True, own: bool = True) -> bool:
        """Change config keys (dotted names); undoable. False, with ``errorRaised``, if invalid.
        ``own``: the learner's edit (the project is then unsaved); False for a lesson's "Do it"."""
        try:
            new = _config.parse(self.config).replace(changes).to_dict()
        except NNSimError as e:
            self.errorRaised.emit(e.code, i18n.error_text(e.code, e.params, str(e)))
            return False
        if new == self.config:
            return True
        cmd = ConfigEdit(self, copy.deepcopy(self.config), new, text, own)
        if not send:
            self.config = new
            self.configChanged.emit(copy.deepcopy(new))
            return True
        self.undo_stack.push(cmd)           # push() calls redo(), which sends it
        return True

    def apply_config(self, cfg: dict, own: bool = True) -> None:
        self.config = copy.deepcopy(cfg)
        self._send_config(cfg)
        if own:
            self.set_dirty(True)
        self.configChanged.emit(copy.deepcopy(cfg))

    def reset(self) -> None:
        """New weights: draw and record a new initialization seed; the data stays."""
        self.edit(edits.reseed_changes(self.config, secrets.randbelow(2**31)), self.tr("Reset the weights"),
                  own=self.lesson is None)          # in a lesson: "play again from new weights", nothing to save

    def new_data(self) -> None:
        self.edit({"data.seed": secrets.randbelow(2**31)}, self.tr("New data"), own=self.lesson is None)

    def set_points(self, X: tuple, y: tuple, classes: int, text: str) -> bool:
        """Replace the drawn points (undoable). False, with ``errorRaised``, when the engine could not
        train on them (e.g. too few points to keep one for training after the test share)."""
        from nnsim import data as _data
        d = self.config["data"]
        try:
            _data.from_points(X, y, classes)
            _data.split(len(y), d.get("dev_fraction", 0.0), d.get("test_fraction", 0.5), 0)
        except NNSimError as e:
            self.errorRaised.emit(e.code, i18n.error_text(e.code, e.params, str(e)))
            return False
        self.undo_stack.push(PointsEdit(self, self.points, (tuple(X), tuple(y), classes), text))
        return True

    def apply_points(self, X: tuple, y: tuple, classes: int) -> None:
        self.points = (X, y, classes)
        self.send(S.SetPoints(X, y, classes))
        self.config = _config.parse(self.config).replace({"data.dataset": "drawn"}).to_dict()
        self.set_dirty(True)
        self.configChanged.emit(copy.deepcopy(self.config))

    # -- files --------------------------------------------------------------------------------
    def open(self, path: str | Path) -> None:
        """Load a project in the engine; on error the current one stays (a notice says why)."""
        self.send(S.LoadProject(str(path)))

    def save(self, path: str | Path) -> None:
        self.send(S.SaveProject(str(path)))

    def export_weights(self, path: str | Path, dtype: str = "float32") -> None:
        self.send(S.ExportWeights(str(path), dtype))

    def export_data(self, path: str | Path) -> None:
        self.send(S.ExportData(str(path)))

    def import_csv(self, path: str | Path, label: str | int | None = None) -> bool:
        """Train on a CSV file; the output follows the label (numbers → keep the current output)."""
        return self.edit({"data.dataset": "csv", "data.path": str(path), "data.label": label,
                          "data.features": None}, self.tr("Import CSV"))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)


_MISSING = object()         # a key one config has and the other has not


def _flat(config: dict) -> dict:
    """{"training": {"learning_rate": 0.1}, "seed": 1} -> {"training.learning_rate": 0.1, "seed": 1}."""
    out = {}
    for key, value in config.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def _unflat(flat: dict) -> dict:
    out: dict = {}
    for key, value in flat.items():
        if value is _MISSING:
            continue
        section, _, name = key.partition(".")
        if name:
            out.setdefault(section, {})[name] = copy.deepcopy(value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _with_data(snap: S.Snapshot, data: S.DataView) -> S.Snapshot:
    from dataclasses import replace
    return replace(snap, data=data)

"""The session's view commands and the snapshot it sends: what the views look at, and what they see.

``apply(session, command)`` does one of ``SetProbe``, ``SetSlice``, ``SetInstruments``,
``SetLesson``, ``RunGradCheck``, ``RunPaths``, ``SetViews``, ``SetDrawn`` (none of them changes the
run; a bad value raises ``CommandError`` before anything changes); ``batch_of_drawn`` sets the
drawn example as the batch of every step (``SetBatchOfDrawn``). ``snapshot(session)`` assembles
the frozen ``Snapshot`` of the session's trainer from ``nnsim.observe``'s readings. What this is
not: the session's pacing and dispatch (``nnsim.session``) or the readings themselves.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from . import observe
from .commands import (INSTRUMENTS, VIEWS, Command, RunGradCheck, RunPaths, SetDrawn, SetInstruments,
                       SetLesson, SetProbe, SetSlice, SetViews)
from .errors import CommandError
from .snapshot import DataView, Snapshot, read_only
from .training import SPLITS

HISTORY_TAIL = 2000                # records and batch costs sent per snapshot, at most


def apply(session: Any, cmd: Command) -> None:
    t = session.trainer
    match cmd:
        case SetProbe(index=i):
            if not 0 <= i < t.train_rows:
                raise CommandError("bad_probe", f"there is no training example {i}")
            session.probe_index = i
        case SetSlice(columns=(a, b)):
            n = len(t.problem.dataset.columns)
            if not (0 <= a < n and 0 <= b < n and a != b):
                raise CommandError("bad_slice", f"choose two different columns out of {n}")
            session.slice_columns = (a, b)
        case SetInstruments(names=names, options=options):
            bad = [n for n in names if n not in INSTRUMENTS]
            layer = options.get("layer", 1)
            if bad:
                raise CommandError("bad_instrument", f"unknown instrument {bad[0]!r}; choose from "
                                   f"{', '.join(INSTRUMENTS)}")
            if not (isinstance(layer, int) and layer >= 1):
                raise CommandError("bad_instrument_layer", f"the layer must be a whole number ≥ 1, not {layer!r}")
            session.instrument_names = tuple(dict.fromkeys(names))
            session.instrument_options = dict(options)
        case SetLesson(lesson=lesson_id):
            session.lesson.open(lesson_id)
        case SetViews(names=names):
            if bad := [n for n in names if n not in VIEWS]:
                raise CommandError("bad_view", f"unknown view {bad[0]!r}; choose from {', '.join(VIEWS)}")
            session.views = tuple(dict.fromkeys(names))
        case SetDrawn(values=values):
            observe.drawn(t, values, cmd.fit)   # a wrong length or value is refused here
            session.drawn = None if values is None else cmd
            if t.fixed_example is not None:     # the drawn example as the batch follows the drawing
                batch_of_drawn(session, None if values is None else int(np.argmax(t.fixed_example[1][0])))
        case RunGradCheck(break_layer=layer, factor=factor):
            session.once["gradcheck"] = observe.gradcheck(t, layer, factor)
            session.lesson.note("gradcheck", session.once["gradcheck"])
        case RunPaths():
            session.once["paths"] = observe.paths(t, cmd.surface, cmd.learning_rate, cmd.steps,
                                                  cmd.first, cmd.second)


def batch_of_drawn(session: Any, label: int | None) -> None:
    """``SetBatchOfDrawn``: the drawn example, as class ``label``, the batch of every step (None: not)."""
    t = session.trainer
    if label is None:
        if t.fixed_example is not None:
            t.fixed_example = t.fixed_rows = None
        return
    if session.drawn is None or not t.is_classifier:
        raise CommandError("no_drawn", "draw an example on the drawing pad first")
    classes = t.problem.dataset.classes
    if isinstance(label, bool) or not isinstance(label, int) or not 0 <= label < classes:
        raise CommandError("bad_label", f"the class must be a whole number from 0 to {classes - 1}, not {label!r}")
    if t.spec.batch_norm:
        t.network.check_batch(1)            # refused: batch norm needs two examples a batch
    t.fixed_example = observe.drawn_batch(t, session.drawn.values, session.drawn.fit, label)
    t.fixed_rows = np.array([-1])


def snapshot(session: Any) -> Snapshot:
    t = session.trainer
    net = t.network
    data_view = DataView.of(t.problem.dataset, t.problem.split) if session.send_data else None
    session.send_data = False
    ev = t.evaluate()
    figures = {name: ev[name] for name in SPLITS}
    figures["objective"] = ev["objective"]
    spec = net.spec.to_dict()
    spec["sizes"] = list(net.spec.sizes)
    hist = t.history
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        boundary = observe.boundary(t, session.slice_columns)
        heatmaps = observe.heatmaps(t, session.slice_columns)
        probe = observe.probe(t, session.probe_index)
        confusion = observe.confusion(t)
        projection = observe.projection(t)
        wrong = observe.misclassified(t) if "misclassified" in session.views else None
        drawn = observe.drawn(t, session.drawn.values, session.drawn.fit, strict=False) if session.drawn else None
        instruments = observe.instruments(t, session.instrument_names, session.instrument_options,
                                          session.shift)
    instruments.update(session.once)
    session.once = {}
    return Snapshot(
        generation=session.generation, seq=session.seq, running=session.running, speed=session.speed,
        steps_per_second=session.steps_per_second(), step=t.step_count, epoch=t.epoch,
        learning_rate=t.learning_rate, config=t.config.to_dict(), spec=spec,
        feature_names=tuple(t.problem.pipeline.feature_names),
        weights=(None, *read_only(net.weights[1:], copy=True)),
        biases=(None, *read_only(net.biases[1:], copy=True)),
        history=session.record_tail.tail(hist.records, HISTORY_TAIL),
        events=tuple(dict(e) for e in session.record_tail.events),
        batch_costs=session.cost_tail.tail(hist.batch_costs, HISTORY_TAIL),
        figures=figures, confusion=confusion, boundary=boundary, heatmaps=heatmaps, probe=probe,
        data=data_view, stopped=t.stopped, message=observe.stop_message(t), stop_words=observe.stop_words(t),
        mode=session.mode, animating=session.animating, phase=session.stepper.current,
        instruments=read_only(instruments), timeline=session.timeline.steps, scrubbed=session.scrubbed,
        batch_of_one=None if t.fixed_rows is None else int(t.fixed_rows[0]),
        **({name: read_only(getattr(net, name), copy=True) for name in ("gamma", "beta", "running_mean",
                                                                        "running_var")}
           if net.spec.batch_norm else {}),
        lesson=None if session.lesson.lesson is None else session.lesson.lesson.id,
        goal=session.lesson.judge(t, figures), projection=projection, misclassified=wrong, drawn=drawn,
    )

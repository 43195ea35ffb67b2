"""The session's file commands: open and save a project, export the weights or the data.

``apply(session, command)`` does one of ``LoadProject``, ``SaveProject``, ``ExportWeights``,
``ExportData`` on the session's trainer and queues the notice that says so; an error raises
before anything changes (the session words it). What this is not: the file formats
(``nnsim.project``, ``nnsim.export``, ``nnsim.data``) or the session's other handlers.
"""
from __future__ import annotations

from typing import Any

from . import data as _data
from .commands import Command, ExportData, ExportWeights, LoadProject, SaveProject
from .errors import MESSAGES
from .snapshot import Notice


def apply(session: Any, cmd: Command) -> None:
    t = session.trainer
    match cmd:
        case LoadProject(path=path):
            from . import project
            loaded = project.load(path)          # raises before anything changes
            session.adopt(loaded)
            session.outbox.append(Notice("loaded", f"opened {path}", path=path))
            session.outbox.extend(Notice("info", MESSAGES[code].format(**params), code, params)
                                  for code, params in loaded.config.notices)
        case SaveProject(path=path):
            from . import project
            project.save(t, path)
            session.outbox.append(Notice("saved", f"saved {path}", path=path))
        case ExportWeights(path=path, dtype=dtype):
            from . import export
            export.export(t.network, t.problem.pipeline, path, dtype=dtype,
                          label_names=t.problem.dataset.label_names, task=t.problem.dataset.task)
            session.outbox.append(Notice("exported", f"exported the weights to {path}", path=path))
        case ExportData(path=path):
            from .io import write_text
            write_text(path, _data.to_csv_text(t.problem.dataset))
            session.outbox.append(Notice("exported", f"exported the data to {path}", path=path))

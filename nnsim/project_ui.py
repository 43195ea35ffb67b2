"""The app's part of a project file, readable without the engine's training code.

The manifest of a ``.nnsim`` project may hold a ``"ui"`` entry, ``{"hidden_controls": [ids…]}``:
the controls a teacher chose to hide (View → Customize controls). The engine neither writes nor
uses it; the app adds it after the engine saved (``write_ui``) and reads it after a load
(``read_ui``). This module imports nothing that trains, so the UI may import it (import-linter's
"ui-holds-no-trainer" contract); ``nnsim.project`` re-exports its names.

The file is anyone's, so both bound it before reading (``nnsim.limits``: a regular file, its
size, its number of members, the manifest's size, and for a rewrite every member's size), and the
entry itself: an object of JSON values, at most ``LIMITS.ui_bytes`` as JSON. A file or an entry
over a limit is a ``ProjectFileError`` naming it, and nothing is written.
"""
from __future__ import annotations

import io as _io
import json
import zipfile
from pathlib import Path
from typing import Any

from . import limits as _limits
from .errors import MESSAGES, NNSimError
from .io import write_bytes
from .limits import LIMITS

MANIFEST = "manifest.json"

MESSAGES.update({
    "project_damaged": "{path} is not a readable NNSim project: {reason}",
    "project_newer": "{path} was written by a newer NNSim (project format {version}; this one reads up to "
                     "{supported}); update NNSim to open it",
    "project_missing": "{path} is not a complete NNSim project: it has no {member}",
    "project_invalid": "{path} holds an invalid project: {reason}",
})

UI = "ui"
#: Limits of the "ui" entry: ids are short names of controls, never many (its size: ``LIMITS.ui_bytes``).
MAX_HIDDEN = 200
MAX_ID_LENGTH = 100


class ProjectFileError(NNSimError):
    """A project file that cannot be loaded; nothing was loaded."""


# -- the app's "ui" entry ---------------------------------------------------------------------
def validate_ui(ui: Any) -> dict[str, Any]:
    """The "ui" entry, checked: None → {}; else an object of JSON values, at most ``LIMITS.ui_bytes``
    as JSON, whose "hidden_controls" (optional) is a list of distinct non-empty strings. Other keys
    are kept (a newer app may add some). ValueError (a ``LimitError`` for the size) if not."""
    if ui is None:
        return {}
    if not isinstance(ui, dict):
        raise ValueError(f"it must be an object, not {type(ui).__name__}")
    try:
        size = len(json.dumps(ui, allow_nan=False, ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError, RecursionError):
        raise ValueError("it must hold only names, numbers, lists and objects (JSON values)") from None
    _limits.check("its size in bytes", size, LIMITS.ui_bytes)
    hidden = ui.get("hidden_controls", [])
    if not isinstance(hidden, list) or len(hidden) > MAX_HIDDEN:
        raise ValueError(f"hidden_controls must be a list of at most {MAX_HIDDEN} names")
    for h in hidden:
        if not isinstance(h, str) or not 0 < len(h) <= MAX_ID_LENGTH:
            raise ValueError(f"hidden_controls holds {h!r:.120}, not a name of 1 to {MAX_ID_LENGTH} characters")
    if len(set(hidden)) != len(hidden):
        raise ValueError("hidden_controls names a control twice")
    return {**ui, "hidden_controls": list(hidden)}


def _read(path: str | Path, everything: bool) -> tuple[dict[str, Any], list[tuple[zipfile.ZipInfo, bytes]]]:
    """The manifest of the project at ``path`` and, with ``everything``, every member with its bytes;
    each size checked against ``LIMITS`` before it is read. ProjectFileError if it cannot be."""
    name = str(path)
    try:
        _limits.check_regular(path, LIMITS.project_bytes, "a project file")
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            _limits.check("the number of members", len(infos), LIMITS.project_members)
            if MANIFEST not in z.namelist():
                raise ProjectFileError("project_missing", path=name, member=MANIFEST)
            _limits.check(f"{MANIFEST}'s size in bytes", z.getinfo(MANIFEST).file_size, LIMITS.manifest_bytes)
            if everything:
                _limits.check("its members' size in bytes", sum(i.file_size for i in infos),
                              LIMITS.manifest_bytes + LIMITS.arrays_bytes)
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
            members = [(info, z.read(info.filename)) for info in infos] if everything else []
    except ProjectFileError:
        raise
    except _limits.LimitError as e:
        raise ProjectFileError("project_invalid", path=name, reason=_limits.reason(e)) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ProjectFileError("project_damaged", path=name, reason=f"{MANIFEST} is not valid JSON") from None
    except Exception as e:              # no such file, not a zip, a damaged member: "cannot read it"
        raise ProjectFileError("project_damaged", path=name, reason=f"{type(e).__name__}: {e}") from None
    if not isinstance(manifest, dict):
        raise ProjectFileError("project_invalid", path=name, reason=f"{MANIFEST} does not describe an NNSim project")
    return manifest, members


def checked_ui(ui: Any, name: str) -> dict[str, Any]:
    """``validate_ui(ui)``, its ValueError as the ProjectFileError of the project ``name``."""
    try:
        return validate_ui(ui)
    except ValueError as e:             # a LimitError too
        raise ProjectFileError("project_invalid", path=name, reason=f"its \"ui\" entry: {e}") from None


def read_ui(path: str | Path) -> dict[str, Any]:
    """The checked "ui" entry of the project at ``path`` ({} if it has none); ProjectFileError if bad."""
    manifest, _ = _read(path, everything=False)
    return checked_ui(manifest.get(UI), str(path))


def write_ui(path: str | Path, ui: dict[str, Any] | None) -> None:
    """Put ``ui`` (checked; None or {} removes it) in the manifest of the project at ``path``, copying
    every other member unchanged; written atomically. Nothing is written if either is refused."""
    ui = checked_ui(ui, str(path)) if ui else {}
    manifest, members = _read(path, everything=True)
    manifest.pop(UI, None)
    if ui:
        manifest[UI] = ui
    out = _io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename == MANIFEST:
                data = json.dumps(manifest, indent=1, allow_nan=True).encode("utf-8")
            z.writestr(info, data)
    write_bytes(path, out.getvalue())

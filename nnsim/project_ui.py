"""The app's part of a project file, readable without the engine's training code.

The manifest of a ``.nnsim`` project may hold a ``"ui"`` entry, ``{"hidden_controls": [ids…]}``:
the controls a teacher chose to hide (View → Customize controls). The engine neither writes nor
uses it; the app adds it after the engine saved (``write_ui``) and reads it after a load
(``read_ui``). This module imports nothing that trains, so the UI may import it (import-linter's
"ui-holds-no-trainer" contract); ``nnsim.project`` re-exports its names.
"""
from __future__ import annotations

import io as _io
import json
import zipfile
from pathlib import Path
from typing import Any

from .errors import MESSAGES, NNSimError
from .io import write_bytes

MANIFEST = "manifest.json"

MESSAGES.update({
    "project_damaged": "{path} is not a readable NNSim project: {reason}",
    "project_newer": "{path} was written by a newer NNSim (project format {version}; this one reads up to "
                     "{supported}); update NNSim to open it",
    "project_missing": "{path} is not a complete NNSim project: it has no {member}",
    "project_invalid": "{path} holds an invalid project: {reason}",
})

UI = "ui"
#: Limits of the "ui" entry: ids are short names of controls, never many.
MAX_HIDDEN = 200
MAX_ID_LENGTH = 100


class ProjectFileError(NNSimError):
    """A project file that cannot be loaded; nothing was loaded."""


# -- the app's "ui" entry ---------------------------------------------------------------------
def validate_ui(ui: Any) -> dict[str, Any]:
    """The "ui" entry, checked: None → {}; else a dict whose "hidden_controls" (optional) is a list of
    distinct non-empty strings. Other keys are kept (a newer app may add some). ValueError if not."""
    if ui is None:
        return {}
    if not isinstance(ui, dict):
        raise ValueError("it must be an object")
    hidden = ui.get("hidden_controls", [])
    if not isinstance(hidden, list) or len(hidden) > MAX_HIDDEN:
        raise ValueError(f"hidden_controls must be a list of at most {MAX_HIDDEN} names")
    for h in hidden:
        if not isinstance(h, str) or not 0 < len(h) <= MAX_ID_LENGTH:
            raise ValueError(f"hidden_controls holds {h!r}, not a name of 1 to {MAX_ID_LENGTH} characters")
    if len(set(hidden)) != len(hidden):
        raise ValueError("hidden_controls names a control twice")
    return {**ui, "hidden_controls": list(hidden)}


def read_ui(path: str | Path) -> dict[str, Any]:
    """The checked "ui" entry of the project at ``path`` ({} if it has none); ProjectFileError if bad."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
    except Exception as e:
        raise ProjectFileError("project_damaged", path=name, reason=f"{type(e).__name__}: {e}") from None
    if not isinstance(manifest, dict):
        raise ProjectFileError("project_invalid", path=name, reason=f"{MANIFEST} does not describe an NNSim project")
    try:
        return validate_ui(manifest.get(UI))
    except ValueError as e:
        raise ProjectFileError("project_invalid", path=name, reason=f"its \"ui\" entry: {e}") from None


def write_ui(path: str | Path, ui: dict[str, Any] | None) -> None:
    """Put ``ui`` (checked; None or {} removes it) in the manifest of the project at ``path``, copying
    every other member unchanged; written atomically."""
    ui = validate_ui(ui) if ui else {}
    name = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            members = [(info, z.read(info.filename)) for info in z.infolist()]
    except Exception as e:
        raise ProjectFileError("project_damaged", path=name, reason=f"{type(e).__name__}: {e}") from None
    out = _io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            if info.filename == MANIFEST:
                manifest = json.loads(data.decode("utf-8"))
                manifest.pop(UI, None)
                if ui:
                    manifest[UI] = ui
                data = json.dumps(manifest, indent=1, allow_nan=True).encode("utf-8")
            z.writestr(info, data)
    write_bytes(path, out.getvalue())

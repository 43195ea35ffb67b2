"""What the subcommands share: exit codes, file suffixes, ``CommandError``, safe printing, output checks."""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_DIVERGED, EXIT_BAD_INPUT, EXIT_GRADCHECK_WRONG = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
PROJECT_SUFFIX = ".nnsim"
EXPORT_SUFFIXES = (".npz", ".json", ".onnx", ".py")


class CommandError(Exception):
    """A problem with the command's own inputs (not an engine error): exit 2 with this message."""


def check_outputs(inputs: Sequence[str | None], outputs: Sequence[tuple[str, str | None, Sequence[str]]]) -> None:
    """Refuse, before any work, an output path that would destroy an input or cannot be written.

    ``outputs`` are (flag, path or None, allowed suffixes). Each path must carry one of its
    suffixes, name none of ``inputs`` nor another output (a symbolic link counts as its
    target), and be writable (an existing folder; not a read-only or special file).
    """
    from ..io import writable_target
    seen: dict[str, str] = {}
    taken = {os.path.realpath(p): p for p in inputs if p}
    for flag, path, suffixes in outputs:
        if not path:
            continue
        if Path(path).suffix.lower() not in suffixes:
            raise CommandError(f"{flag} {path}: the file must end in {' or '.join(suffixes)}")
        real = os.path.realpath(path)
        if real in taken:
            raise CommandError(f"{flag} {path} would overwrite the input {taken[real]}; choose another file")
        if real in seen:
            raise CommandError(f"{flag} {path} is also given to {seen[real]}; give each output its own file")
        seen[real] = flag
        try:
            writable_target(path)
        except OSError as e:
            raise CommandError(f"{flag} {path}: {e.strerror}") from None


def printable(text: Any) -> str:
    """``text`` with every control or other unprintable character escaped as Python writes it.

    A project file is anyone's: its names must not send escape sequences or bells to a terminal.
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.4g}"

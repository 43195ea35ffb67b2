"""A CSV file's column names from its first two lines: what the app asks the label column from.

At most two lines are read (each at most ``LIMITS.csv_line_bytes``), so this takes no time
whatever the file's size, and the app may call it on its UI thread; the engine process reads
and checks the whole file (``data.load_csv``) when it trains on it. The header rule is
``data.parse_csv``'s own (a file without a header names its columns c0, c1, …).
"""
from __future__ import annotations

import os

from . import data as _data
from . import limits as _limits
from .errors import DataError


def columns(path: str | os.PathLike) -> tuple[str, ...]:
    """The columns of the CSV file ``path``, the label last by default; DataError or LimitError if it
    cannot be a CSV file the engine reads (its start, that is: the rest is checked on loading)."""
    n = 2 * (_limits.LIMITS.csv_line_bytes + 2)
    try:
        raw = _limits.read_head(path, _limits.LIMITS.csv_bytes, n, "a CSV file")
    except OSError as e:
        raise DataError("file_unreadable", path=str(path), reason=e.strerror or str(e)) from None
    if len(raw) == n:                                   # cut after the last whole line read
        raw = raw[:raw.rfind(b"\n") + 1]
    _limits.check_csv(raw, str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError("file_not_utf8", path=str(path), line=raw[:e.start].count(b"\n") + 1) from None
    first = [line for line in text.splitlines() if line.strip()][:2]
    return _data.csv_columns("\n".join(first), str(path))

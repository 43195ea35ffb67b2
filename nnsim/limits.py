"""How big an input may be, checked before it is read: one table for the CLI, the loaders and the app.

A file is anyone's: a small one can declare a huge network, a zip can expand a thousandfold,
a FIFO never ends. Every reader here opens the file without blocking, refuses anything
but a regular file, and reads at most its limit; every declared size (layers, units,
rows, classes, arrays in a project) is compared with the table before anything is
allocated. The errors name the limit, so a learner knows what to change.

This module is not the checks of a value's meaning (``config`` does those), nor the
atomic writes (``io``).
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import MESSAGES, InvalidValueError

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    csv_bytes: int = 100 * MB              # a CSV file
    csv_line_bytes: int = 1 * MB           # one line of it
    csv_columns: int = 1_000
    classes: int = 100
    config_bytes: int = 1 * MB             # a TOML run config or search space
    weights_bytes: int = 200 * MB          # an exported .npz or .json
    project_bytes: int = 500 * MB          # a .nnsim file (compressed)
    project_members: int = 64
    manifest_bytes: int = 50 * MB          # manifest.json, uncompressed
    arrays_bytes: int = 1_000 * MB         # arrays.npz, uncompressed
    layers: int = 64                       # weight layers (hidden + output)
    parameters: int = 10_000_000           # weights and biases together
    data_values: int = 20_000_000          # rows × columns of a data set


LIMITS = Limits()

MESSAGES.update({
    "not_regular_file": "{path} is not a regular file ({kind}); give the path of a file",
    "file_too_large": "{path} is {size} bytes; {what} may be at most {limit} bytes",
    "limit_exceeded": "{what} is {value}; at most {limit} is allowed",
})


class LimitError(InvalidValueError):
    """An input larger than the table allows, or a file that is not a regular file."""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a plain file"


def check(what: str, value: int, limit: int) -> None:
    """Raise ``LimitError`` naming ``what`` and ``limit`` if ``value`` is above it."""
    if value > limit:
        raise LimitError("limit_exceeded", what=what, value=f"{value:,}", limit=f"{limit:,}")


def _open_regular(path: str | os.PathLike, limit: int, what: str) -> int:
    """A descriptor of the regular file ``path`` of at most ``limit`` bytes, opened without blocking."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise LimitError("not_regular_file", path=str(path), kind=_kind(st.st_mode))
        if st.st_size > limit:
            raise LimitError("file_too_large", path=str(path), size=f"{st.st_size:,}", what=what,
                             limit=f"{limit:,}")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes(path: str | os.PathLike, limit: int, what: str = "the file") -> bytes:
    """The whole of the regular file ``path``, if it holds at most ``limit`` bytes.

    Opened without blocking, so a FIFO or a device is refused at once instead of hanging;
    at most ``limit + 1`` bytes are ever read, whatever the file claims. ``OSError`` for a
    missing or unreadable file, ``LimitError`` for the rest.
    """
    with os.fdopen(_open_regular(path, limit, what), "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:                    # grew while being read
        raise LimitError("file_too_large", path=str(path), size=f"more than {limit:,}", what=what,
                         limit=f"{limit:,}")
    return data


def check_regular(path: str | os.PathLike, limit: int, what: str = "the file") -> Path:
    """``path`` if it names a regular file of at most ``limit`` bytes (for readers that open it themselves)."""
    os.close(_open_regular(path, limit, what))
    return Path(path)


def check_network(sizes: list[int] | tuple[int, ...], what: str = "the network") -> None:
    """Layers and parameters of a network with layer sizes ``sizes`` (inputs first), before building it."""
    check(f"{what}'s number of weight layers", len(sizes) - 1, LIMITS.layers)
    params = sum((int(a) + 1) * int(b) for a, b in zip(sizes[:-1], sizes[1:]))
    check(f"{what}'s number of parameters", params, LIMITS.parameters)

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

from .errors import MESSAGES, PHRASES, InvalidValueError

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
    ui_bytes: int = 100_000                # the app's "ui" entry of a manifest, as JSON
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


PHRASES.extend([
    # {what} of a file over its size: which file
    "the file", "a CSV file", "a weights file", "a project file", "a run config",
    # {kind}: what a path names instead of a file (``_kind``)
    "a folder", "a FIFO", "a device", "a socket", "not a plain file",
    # {size}: a file that grew while it was read
    "more than {limit}",
    # {what} of a value over its limit: the quantity
    "the number of members", "the data's rows × columns", "the network's number of weight layers",
    "the network's number of parameters", "its size in bytes", "its members' size in bytes",
    "{name}'s size in bytes", "{name}: the number of arrays", "{name}: the number of columns",
    "{name}: rows × columns", "{name}: the number of classes in column {column}",
    "{name}: line {line}'s length in bytes",
    # {reason} in a loader's own error: ``reason(e)``
    "it is not a regular file ({kind})", "it is {size} bytes; {what} may be at most {limit} bytes",
    MESSAGES["limit_exceeded"],
])


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


def read_head(path: str | os.PathLike, limit: int, n: int, what: str = "the file") -> bytes:
    """The first ``n`` bytes of the regular file ``path``, if it holds at most ``limit`` bytes
    (refused as by ``read_bytes``): a look at a file's start that takes no time whatever its size."""
    with os.fdopen(_open_regular(path, limit, what), "rb") as f:
        return f.read(n)


def check_regular(path: str | os.PathLike, limit: int, what: str = "the file") -> Path:
    """``path`` if it names a regular file of at most ``limit`` bytes (for readers that open it themselves)."""
    os.close(_open_regular(path, limit, what))
    return Path(path)


def check_network(sizes: list[int] | tuple[int, ...], what: str = "the network") -> None:
    """Layers and parameters of a network with layer sizes ``sizes`` (inputs first), before building it."""
    check(f"{what}'s number of weight layers", len(sizes) - 1, LIMITS.layers)
    params = sum((int(a) + 1) * int(b) for a, b in zip(sizes[:-1], sizes[1:]))
    check(f"{what}'s number of parameters", params, LIMITS.parameters)


def check_csv(data: bytes, name: str) -> None:
    """A CSV file's longest line and its first row's number of cells, before the file is parsed."""
    import csv

    import numpy as np
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    starts = np.concatenate(([0], ends + 1))
    stops = np.concatenate((ends, [len(data)]))
    lengths = stops - starts
    longest = int(np.argmax(lengths)) if len(lengths) else 0
    if len(lengths) and lengths[longest] > LIMITS.csv_line_bytes:
        check(f"{name}: line {longest + 1}'s length in bytes", int(lengths[longest]), LIMITS.csv_line_bytes)
    for start, stop in zip(starts.tolist(), stops.tolist()):
        line = data[start:stop].decode("utf-8", errors="replace").strip()
        if line:
            cells = next(csv.reader([line]), [])
            check(f"{name}: the number of columns", len(cells), LIMITS.csv_columns)
            return


def read_npz(raw: bytes, expected: dict[str, tuple[int, ...] | int], what: str) -> dict:
    """The arrays of the ``.npz`` archive ``raw``, each checked against ``expected`` before it is read.

    ``expected`` maps each allowed array name to its shape, or to an int: the most elements a
    1-D array of that name may hold. Any other name, a shape that differs, an object array or a
    member larger than its header says is a ``ValueError`` naming it; nothing is allocated first.
    """
    import io
    import zipfile

    import numpy as np
    fmt = np.lib.format
    out = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        infos = z.infolist()
        check(f"{what}: the number of arrays", len(infos), len(expected))
        for info in infos:
            key = info.filename.removesuffix(".npy")
            if key not in expected:
                raise ValueError(f"{what} holds an array {key!r} that it should not")
            with z.open(info) as f:
                version = fmt.read_magic(f)
                reader = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
                shape, _, dtype = reader(f, max_header_size=10_000)
                want = expected[key]
                fits = shape == want if isinstance(want, tuple) else (len(shape) == 1 and shape[0] <= want)
                if not fits or dtype.hasobject:
                    raise ValueError(f"{what}: {key} has shape {shape} and type {dtype}; expected "
                                     + (f"shape {want}" if isinstance(want, tuple) else f"at most {want} numbers"))
                if info.file_size > f.tell() + int(np.prod(shape)) * dtype.itemsize:
                    raise ValueError(f"{what}: {key} is larger than its header says")
            with z.open(info) as f:
                out[key] = fmt.read_array(f, allow_pickle=False)
    return out


def reason(e: LimitError) -> str:
    """``e``'s message without the path, for a loader's own error that names the file already."""
    p = e.params
    if e.code == "not_regular_file":
        return f"it is not a regular file ({p['kind']})"
    if e.code == "file_too_large":
        return f"it is {p['size']} bytes; {p['what']} may be at most {p['limit']} bytes"
    return str(e)

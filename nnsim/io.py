"""Files: atomic writes, used by every save and export in NNSim.

Every write goes to a temporary file in the destination's folder, is flushed
to disk, then renamed over the destination in one step (``os.replace``), so a
crash or a full disk never leaves a damaged file where a good one was.
Project files are in ``project``; weight export in ``export``.

A symbolic link is written through: the file it points to is replaced, the link stays.
A read-only file is refused, not replaced. Errors name the path the caller gave, never the
temporary file. Temporary files carry their writer's process id, so one left behind by a
save that was killed is removed by the next save of the same file.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of ``path`` for writing; on success rename it onto ``path``.

    If the block raises, the temporary file is removed and ``path`` is untouched.
    """
    if mode not in ("w", "wb"):
        raise ValueError("atomic_open writes whole files: mode must be 'w' or 'wb'")
    target = writable_target(path)
    permissions = _file_mode(target)
    _remove_stale_temporaries(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(path)) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding if mode == "w" else None,
                       newline="" if mode == "w" else None) as f:
            os.chmod(tmp, permissions)   # mkstemp made it private (0600): give it the usual mode
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError) and e.filename == tmp:        # name the user's path, not ours
            raise OSError(e.errno, e.strerror, str(path)) from None
        raise


def writable_target(path: str | os.PathLike) -> Path:
    """The file a save to ``path`` replaces: a symbolic link's target; OSError if it cannot be written.

    Checked before any work, so a bad output path is found before a long run, not after:
    the folder must exist, and an existing file must be a regular, writable one (its
    permission bits are asked, since root may write anything).
    """
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise OSError(errno.ENOENT, "no such folder", str(path))
    try:
        st = target.stat()
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(st.st_mode):
        raise OSError(errno.EISDIR, "is a folder", str(path))
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, "is not a regular file", str(path))
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise OSError(errno.EACCES, "the file is read-only", str(path))
    return target


def _remove_stale_temporaries(target: Path) -> None:
    """Delete ``.NAME.PID.*.tmp`` siblings of ``target`` whose writing process no longer exists."""
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            try:
                os.unlink(target.parent / name)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_open(path, "wb") as f:
        f.write(data)


def write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w", encoding="utf-8") as f:
        f.write(text)


def _file_mode(target: Path) -> int:
    """The mode a plain ``open(path, "w")`` leaves: the existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:                 # Linux: read it without setting it (os.umask sets it for every thread)
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

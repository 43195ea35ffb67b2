"""The engine process: its main loop, and the allocator tuning it starts with.

``serve`` runs in the child process the app starts (multiprocessing, ``spawn``): it waits for
commands on its pipe (blocking while paused), lets the ``Session`` train in short slices, and
sends what the session has to say. What this is not: what a command does (``session``).
The session is imported when the loop starts, so importing this module (to name the process's
target) loads no trainer.
"""
from __future__ import annotations

import time
from typing import Callable


def tune_malloc() -> bool:
    """Keep freed blocks in the process (glibc): measured, step arrays over 128 KiB otherwise
    go back to the system and fault in again every step (784-128-64-10: ~400 page faults a
    step, 1.6× slower; a 100×100 boundary grid 4× slower). True when it took effect."""
    import ctypes
    import sys
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return False
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    return bool(libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 256 << 20))


def serve(conn, config: dict | None = None, clock: Callable[[], float] = time.monotonic,
          first: tuple = ()) -> None:
    """The engine process's main loop: wait for commands (blocking while paused), train, send.

    Runs until a ``Stop`` command or until the pipe breaks (the UI went away). The commands
    ``first`` are applied before the first snapshot (a restarted engine's last state shown).
    """
    import os
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    tune_malloc()
    import numpy as np

    from .errors import NNSimError
    from .session import Session
    from .snapshot import Notice
    np.seterr(all="ignore")            # a diverging run is detected and reported, not warned about
    try:
        session = Session(config, clock)
    except NNSimError as e:
        conn.send(Notice("error", str(e), e.code, dict(e.params)))
        return
    for command in first:
        session.handle(command)
    session.send_snapshot()
    try:
        while not session.stopping:
            for msg in session.take():
                conn.send(msg)
            if conn.poll(session.timeout()):
                while conn.poll(0) and not session.stopping:
                    session.handle(conn.recv())
                continue
            session.work()
        for msg in session.take():
            conn.send(msg)
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return

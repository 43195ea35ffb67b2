"""The engine worker: one QThread per engine process, owning the pipe to it.

DESIGN.md says why: a training loop on a Python thread holds the GIL and
starves the window, so the engine (``nnsim.session.serve``) runs in a child
process (``spawn``, one BLAS thread), and this thread only moves messages.
Its ``run()`` is a plain loop without a Qt event loop: it waits on the engine
pipe, a wake-up pipe and the process sentinel together
(``multiprocessing.connection.wait`` releases the GIL), forwards every command
the UI thread put on its queue (in order, none lost), and emits what the
engine sends as signals. Connect those signals only to ``@Slot``s of QObjects
living in the GUI thread: a lambda would run in this thread.

A stop is a command: the engine exits, the worker joins the process and
returns. A dead process or a broken pipe is reported in words by ``failed``.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
from multiprocessing.connection import wait
from typing import Any

from PySide6.QtCore import QThread, Signal

from nnsim.commands import Command, Stop
from nnsim.serve import serve
from nnsim.snapshot import Notice, Snapshot

JOIN_SECONDS = 5.0


class EngineWorker(QThread):
    snapshot = Signal(object)    # nnsim.session.Snapshot
    notice = Signal(object)      # nnsim.session.Notice
    failed = Signal(str)         # the engine died or the pipe broke, in words

    def __init__(self, config: dict | None = None, parent=None, first: tuple[Command, ...] = ()) -> None:
        """An engine for ``config`` that applies the commands ``first`` before its first snapshot."""
        super().__init__(parent)
        ctx = mp.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._wake_r, self._wake_w = ctx.Pipe(duplex=False)
        self._child = child
        self._commands: queue.Queue[Command] = queue.Queue()
        self.process = ctx.Process(target=serve, args=(child, config), kwargs={"first": tuple(first)},
                                   name="nnsim-engine", daemon=True)
        self._stop_sent = False

    # -- UI thread ----------------------------------------------------------------------------
    def start(self) -> None:          # type: ignore[override]
        self.process.start()
        self._child.close()           # the child holds its own end now
        super().start()

    def send(self, command: Command) -> None:
        """Queue a command for the engine (called from the UI thread)."""
        self._commands.put(command)
        try:
            self._wake_w.send_bytes(b"\0")
        except OSError:               # the worker already finished: nothing listens any more
            pass

    def stop(self, timeout: float = JOIN_SECONDS) -> None:
        """Ask the engine to stop, then wait for this thread (which joins the process)."""
        if self.isRunning():
            self.send(Stop())
            if not self.wait(int(timeout * 1000) + 1000):
                self._kill()
                self.wait()
        else:
            self._kill()
        self._close()

    # -- worker thread ------------------------------------------------------------------------
    def run(self) -> None:
        conn, wake, sentinel = self._conn, self._wake_r, self.process.sentinel
        stopping = False
        try:
            while True:
                ready = wait([conn, wake, sentinel])
                if wake in ready:
                    while wake.poll():
                        wake.recv_bytes()
                    stopping = self._forward() or stopping
                if conn in ready or conn.poll():
                    if not self._receive(conn, stopping):
                        break
                    continue
                if sentinel in ready:
                    while conn.poll():                # deliver whatever it said before it went
                        if not self._receive(conn, stopping):
                            break
                    if not stopping:
                        self.failed.emit(self.tr("The engine process stopped unexpectedly (exit code {code}).")
                                         .format(code=self.process.exitcode))
                    break
        finally:
            self.process.join(JOIN_SECONDS)
            if self.process.is_alive():
                self._kill()

    def _forward(self) -> bool:
        """Send every queued command; True once a Stop went out."""
        stop = False
        while True:
            try:
                cmd = self._commands.get_nowait()
            except queue.Empty:
                return stop
            try:
                self._conn.send(cmd)
            except (BrokenPipeError, OSError):
                return stop
            stop = stop or isinstance(cmd, Stop)

    def _receive(self, conn, stopping: bool) -> bool:
        try:
            msg: Any = conn.recv()
        except (EOFError, OSError):
            if not stopping:
                self.failed.emit(self.tr("Lost the connection to the engine process."))
            return False
        if isinstance(msg, Snapshot):
            self.snapshot.emit(msg)
        elif isinstance(msg, Notice):
            self.notice.emit(msg)
        return True

    def _kill(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(JOIN_SECONDS)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()

    def _close(self) -> None:
        for c in (self._conn, self._wake_r, self._wake_w):
            try:
                c.close()
            except OSError:
                pass

"""Time the app: the window's frame rate and responsiveness while training at full speed.

Prints one ``name: value`` a line:

- ``engine_steps_per_s``: the engine alone, in its own process with no window (a
  ``Session`` playing at full speed, snapshots made at the same 30 a second and dropped);
- ``app_steps_per_s``: training steps per second seen in the app's snapshots while the
  window (offscreen, 1400×900, the default project) repaints every view;
- ``app_vs_engine``: their ratio (target ≥ 0.7);
- ``fps``: frames the network canvas painted per second (target ≥ 30);
- ``snapshots_per_s``: snapshots handed to the views per second;
- ``event_delay_ms_p50`` / ``event_delay_ms_p99``: how long an event posted to the UI
  thread every 10 ms waited before it ran (target p99 ≤ 50 ms), i.e. how soon a click
  would be answered;
- ``rss_mb_start`` / ``rss_mb_end``: resident memory of the UI and engine processes
  together, after the warm-up and at the end (each also on its own line); with
  ``--minutes N`` the run lasts N minutes and ``rss_mb_after_Kmin`` lines show memory
  staying flat.

This prints figures; nothing asserts a time (DESIGN.md). One BLAS thread per process.

Usage: python benchmarks/app.py [--seconds S | --minutes N] [--engine-seconds S]
"""
from __future__ import annotations

import os

os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import statistics  # noqa: E402
from collections import deque  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WARMUP_SECONDS = 3.0
PROBE_MS = 10


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MiB (Linux /proc), NaN where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# -- the engine alone -------------------------------------------------------------------------
def _engine_alone(conn, seconds: float) -> None:
    """Child process: play the default project for ``seconds``; send back steps per second."""
    from nnsim import session as S
    from nnsim.serve import tune_malloc

    tune_malloc()                            # as the app's engine process does
    session = S.Session()
    session.handle(S.Play())
    session.take()
    for _ in range(200):                       # warm up
        session.work()
    session.take()
    start, steps0 = time.perf_counter(), session.trainer.step_count
    while time.perf_counter() - start < seconds:
        session.work()
        session.take()                         # snapshots made, as in the app, then dropped
    conn.send((session.trainer.step_count - steps0) / (time.perf_counter() - start))
    conn.close()


def engine_steps_per_second(seconds: float) -> float:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    ours, theirs = ctx.Pipe()
    process = ctx.Process(target=_engine_alone, args=(theirs, seconds), name="nnsim-engine-alone")
    process.start()
    theirs.close()
    try:
        return ours.recv()
    finally:
        process.join()


# -- the app ----------------------------------------------------------------------------------
def run_app(seconds: float) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from nnsim_ui.engine.controller import Controller
    from nnsim_ui.window.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("NNSim-benchmark")
    app.setApplicationName("NNSim-benchmark")

    probe_type = QEvent.Type(QEvent.registerEventType())

    class Counter(QObject):
        """Counts paint events of a widget; answers the probe events, recording their delay."""

        def __init__(self) -> None:
            super().__init__()
            self.paints = 0
            self.delays: list[float] = []
            self.record = False
            self.posted: deque[float] = deque()

        def eventFilter(self, obj, event) -> bool:            # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

        def post(self) -> None:
            self.posted.append(time.perf_counter())
            QCoreApplication.postEvent(self, QEvent(probe_type))

        def event(self, event) -> bool:
            if event.type() == probe_type:
                posted = self.posted.popleft()         # posted events arrive in order
                if self.record:
                    self.delays.append((time.perf_counter() - posted) * 1000)
                return True
            return super().event(event)

    controller = Controller()
    window = MainWindow(controller, restore_settings=False)
    window.headless = True
    window.resize(1400, 900)
    window.show()
    counter = Counter()
    window.canvas.viewport().installEventFilter(counter)
    delivered = [0]
    controller.snapshotReady.connect(lambda _s: delivered.__setitem__(0, delivered[0] + 1))
    poster = QTimer()
    poster.setInterval(PROBE_MS)
    poster.timeout.connect(counter.post)
    poster.start()

    def spin(duration: float) -> None:
        """Run the real event loop for ``duration`` seconds."""
        loop = QEventLoop()
        QTimer.singleShot(max(1, round(duration * 1000)), loop.quit)
        loop.exec()

    try:
        spin(1.0)
        while controller.snapshot is None:
            spin(0.1)
        controller.set_speed(None)
        controller.play()
        spin(WARMUP_SECONDS)
        engine_pid = controller.worker.process.pid
        out = {"rss_mb_start_ui": rss_mb(), "rss_mb_start_engine": rss_mb(engine_pid)}
        snap0, t0 = controller.snapshot, time.perf_counter()
        paints0, delivered0 = counter.paints, delivered[0]
        counter.record = True
        minute = 1
        while (now := time.perf_counter()) - t0 < seconds:
            spin(min(1.0, seconds - (now - t0)))
            if now - t0 >= 60 * minute:
                print(f"rss_mb_after_{minute}min: {rss_mb() + rss_mb(engine_pid):.1f}", flush=True)
                minute += 1
        counter.record = False
        elapsed = time.perf_counter() - t0
        snap1 = controller.snapshot
        out.update({
            "app_steps_per_s": (snap1.step - snap0.step) / elapsed,
            "fps": (counter.paints - paints0) / elapsed,
            "snapshots_per_s": (delivered[0] - delivered0) / elapsed,
            "event_delay_ms_p50": statistics.median(counter.delays),
            "event_delay_ms_p99": statistics.quantiles(counter.delays, n=100)[98],
            "rss_mb_end_ui": rss_mb(),
            "rss_mb_end_engine": rss_mb(engine_pid),
            "seconds": elapsed,
        })
        return out
    finally:
        poster.stop()
        window.close()
        controller.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--seconds", type=float, default=20.0, help="measured seconds of the app (default 20)")
    length.add_argument("--minutes", type=float, help="measure the app this many minutes (memory over time)")
    parser.add_argument("--engine-seconds", type=float, default=10.0,
                        help="seconds of the engine alone (default 10)")
    args = parser.parse_args(argv)
    seconds = args.minutes * 60 if args.minutes else args.seconds

    engine = engine_steps_per_second(args.engine_seconds)
    app = run_app(seconds)
    lines = {
        "fps": f"{app['fps']:.1f}",
        "snapshots_per_s": f"{app['snapshots_per_s']:.1f}",
        "event_delay_ms_p50": f"{app['event_delay_ms_p50']:.1f}",
        "event_delay_ms_p99": f"{app['event_delay_ms_p99']:.1f}",
        "app_steps_per_s": f"{app['app_steps_per_s']:.0f}",
        "engine_steps_per_s": f"{engine:.0f}",
        "app_vs_engine": f"{app['app_steps_per_s'] / engine:.2f}",
        "rss_mb_start": f"{app['rss_mb_start_ui'] + app['rss_mb_start_engine']:.1f}",
        "rss_mb_end": f"{app['rss_mb_end_ui'] + app['rss_mb_end_engine']:.1f}",
        "rss_mb_start_ui": f"{app['rss_mb_start_ui']:.1f}",
        "rss_mb_start_engine": f"{app['rss_mb_start_engine']:.1f}",
        "rss_mb_end_ui": f"{app['rss_mb_end_ui']:.1f}",
        "rss_mb_end_engine": f"{app['rss_mb_end_engine']:.1f}",
        "measured_seconds": f"{app['seconds']:.1f}",
        "cpus": str(os.cpu_count()),
    }
    for name, value in lines.items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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

``--compare`` (issue 18 point 4) prints instead the app's training steps per second with 1 and with 4
compared runs: Compare runs gives each run its own engine process (``ui/panels/compare_run.py``: a
``Controller`` whose worker spawns ``nnsim.serve.serve``), so this starts N such processes itself
(spawned, one BLAS thread, the default project with its epoch limit out of reach, seeds 1..N), plays
them at full speed and reads their snapshots as the window's worker threads do, without Qt: per
repeat, each run's steps per second from the steps of its first and last snapshot in the measured
seconds and their arrival times. ``compare_N_runs_steps_per_s`` (all runs together) and
``…_per_run_steps_per_s`` are medians over the repeats; ``…_path`` says which training path the
engines took (``NNSIM_NO_COMPILED=1`` for the NumPy path).

Usage: python benchmarks/app.py [--seconds S | --minutes N] [--engine-seconds S]
       python benchmarks/app.py --compare [--runs 1 4] [--repeats R] [--seconds S]
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


# -- compare runs: N engine processes at full speed -----------------------------------------------
def _compare_config(seed: int) -> dict:
    from nnsim.config import default_config
    cfg = default_config()
    cfg["seed"] = seed
    cfg["training"]["epochs"] = 10**9          # no epoch limit within the measurement
    return cfg


def compare_steps_per_second(runs: int, seconds: float, warmup: float = 1.0) -> list[float]:
    """Steps per second of each of ``runs`` engine processes playing at once (as Compare runs starts them),
    measured for ``seconds`` from ``warmup`` seconds after every engine has trained its first steps."""
    import multiprocessing as mp

    from nnsim import commands as C
    from nnsim.serve import serve
    from nnsim.snapshot import Snapshot

    ctx = mp.get_context("spawn")
    conns, procs = [], []
    for i in range(runs):
        ours, theirs = ctx.Pipe()
        proc = ctx.Process(target=serve, args=(theirs, _compare_config(i + 1)), name=f"nnsim-compare-{i}")
        proc.start()
        theirs.close()
        conns.append(ours)
        procs.append(proc)
    first: list[tuple[float, int] | None] = [None] * runs
    last: list[tuple[float, int] | None] = [None] * runs
    try:
        for conn in conns:
            conn.send(C.Play())
        started = [False] * runs               # a snapshot past step 0: the engine trains (Numba loaded)
        measure_from = None
        deadline = time.perf_counter() + 120.0
        while (now := time.perf_counter()) < deadline:
            if measure_from is None and all(started):
                measure_from = now + warmup
                deadline = measure_from + seconds
            for i, conn in enumerate(conns):
                while conn.poll(0):
                    msg = conn.recv()
                    if not isinstance(msg, Snapshot):
                        continue
                    started[i] = started[i] or msg.step > 0
                    if measure_from is not None and now >= measure_from:
                        point = (time.perf_counter(), msg.step)
                        first[i] = first[i] or point
                        last[i] = point
            time.sleep(0.005)
    finally:
        for conn in conns:
            try:
                conn.send(C.Stop())
            except (BrokenPipeError, OSError):
                pass
        for conn in conns:                      # let each engine send its last messages and end
            try:
                while conn.poll(1.0):
                    conn.recv()
            except (EOFError, OSError):
                pass
        for proc in procs:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()
    return [(b[1] - a[1]) / (b[0] - a[0]) if a and b and b[0] > a[0] else float("nan")
            for a, b in zip(first, last)]


def compare_main(run_counts: list[int], repeats: int, seconds: float) -> None:
    from nnsim import training_path
    print(f"compare_path: {training_path.describe()}")
    print(f"cpus: {os.cpu_count()}")
    for n in run_counts:
        totals, per_run = [], []
        for _ in range(repeats):
            rates = compare_steps_per_second(n, seconds)
            totals.append(sum(rates))
            per_run.extend(rates)
        print(f"compare_{n}_runs_steps_per_s: {statistics.median(totals):.0f}")
        print(f"compare_{n}_runs_per_run_steps_per_s: {statistics.median(per_run):.0f}")
        print(f"compare_{n}_runs_repeats: {', '.join(f'{t:.0f}' for t in totals)}", flush=True)


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
    length.add_argument("--seconds", type=float, help="measured seconds of the app (default 20; --compare: 5)")
    length.add_argument("--minutes", type=float, help="measure the app this many minutes (memory over time)")
    parser.add_argument("--engine-seconds", type=float, default=10.0,
                        help="seconds of the engine alone (default 10)")
    parser.add_argument("--compare", action="store_true",
                        help="steps per second with 1 and 4 compared runs (engine processes), not the window")
    parser.add_argument("--runs", type=int, nargs="+", default=[1, 4], help="numbers of compared runs (--compare)")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each (--compare; medians)")
    args = parser.parse_args(argv)
    if args.compare:
        compare_main(args.runs, args.repeats, args.seconds or 5.0)
        return 0
    seconds = args.minutes * 60 if args.minutes else (args.seconds or 20.0)

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

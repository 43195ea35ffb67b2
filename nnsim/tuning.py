"""Hyperparameter search: Optuna studies whose trials are NNSim training runs.

Optuna does the sampling, the pruning and the trial storage; this module
describes nothing of the mathematics. It turns a run config and a search
space (``nnsim.tuning_space``) into a study, runs trials in worker processes
of its own, and reads the results back:

- every trial trains the run config with the sampled changes (each validated
  through ``RunConfig.replace``) in chunks of epochs, reports the dev metric
  after each chunk to ``trial.report`` and is pruned by Optuna's median
  pruner; it records its train/dev figures, duration and state as user
  attributes. The test set is touched once, for the best trial, at the end
  (``final_check``);
- the study lives in a storage: a journal file in the user's data folder by
  default (a search survives and resumes: run the same command again), a
  journal file given by path, or a database URL (PostgreSQL through
  SQLAlchemy and psycopg, so several machines can work on one study);
- ``jobs`` worker processes (``spawn``) optimise the same study; the parent
  hands out the trials and watches them: a worker that dies has its running
  trial marked FAIL, a new worker takes its place, and the search goes on;
- a trial left RUNNING by a process that died with its parent (a killed
  process group) is marked FAIL when the search resumes and is not counted
  (``nnsim.tuning_owner``: the owner's host and PID, or a database's heartbeat).

``trials`` is the size the study should reach (lost trials left out): running
the same search again after an interruption runs only the missing trials, and several machines on
one database stop together (each may overshoot by its running trials).
With the random sampler each trial's values come from (seed, trial number)
alone, so the same seed gives the same trials whatever the number of jobs.
The grid sampler may evaluate a point twice under parallel workers (Optuna
documents this).
"""
from __future__ import annotations

import hashlib
import json
import math
import multiprocessing
import os
import signal
import sys
import time
import warnings
import zlib
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .config import RunConfig, to_toml
from .errors import NNSimError
from .tuning_results import (CSV_COLUMNS, OBJECTIVES, SAMPLERS, TrialRecord, TuneResult,  # noqa: F401  (public
                             TuningError, _record, check, records, write_csv)                # here too)
from .tuning_owner import counted, mark_failed, owner, reap  # noqa: F401  (mark_failed: public here too)
from .tuning_space import SearchSpace
from . import tuning_owner as _owner

REPORTS_PER_TRIAL = 10
GRID_REPEAT_NOTE = ("with the grid sampler, parallel workers may evaluate a grid point twice "
                    "(Optuna's grid sampler does not lock points between processes)")

# -- Optuna, imported on demand ------------------------------------------------------------------
def _optuna():
    try:
        import optuna
    except ImportError as e:
        raise TuningError("tune_needs_optuna", reason=str(e)) from None
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    return optuna


def default_storage_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_data_dir("nnsim")) / "tuning"


def storage_for(spec: str | None, study_name: str) -> str:
    """The storage spec: a URL as given, a journal file path, or the default journal file of the study."""
    if spec:
        return spec
    return str(default_storage_dir() / f"{study_name}.journal")


def open_storage(spec: str):
    """An Optuna storage: a database for a URL (``postgresql+psycopg://…``), else a journal file."""
    optuna = _optuna()
    try:
        if "://" in spec:
            with warnings.catch_warnings():         # the heartbeat is experimental in Optuna
                warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                return optuna.storages.RDBStorage(spec, engine_kwargs={"pool_pre_ping": True},
                                                  heartbeat_interval=_owner.HEARTBEAT_S, grace_period=_owner.GRACE_S,
                                                  heartbeat_stale_trial_callback=_owner.on_stale)
        from optuna.storages.journal import JournalFileBackend
        Path(spec).parent.mkdir(parents=True, exist_ok=True)
        return optuna.storages.JournalStorage(JournalFileBackend(spec))
    except NNSimError:
        raise
    except Exception as e:          # a driver, URL or file problem, worded by its library
        missing = isinstance(e, ImportError) or type(e).__name__ == "NoSuchModuleError"   # Optuna: ImportError
        if missing and getattr(sys, "frozen", False):      # the frozen bundle leaves the database drivers out
            driver = spec.split("://", 1)[0].partition("+")[2] or spec.split("://", 1)[0]
            raise TuningError("tune_storage_not_in_build", storage=_safe_url(spec), module=driver) from None
        raise TuningError("tune_bad_storage", storage=_safe_url(spec), reason=f"{type(e).__name__}: {e}") from None


def close_storage(storage) -> None:
    """Give back a database storage's connections (a journal file holds none open)."""
    if hasattr(storage, "remove_session"):
        storage.remove_session()
    engine = getattr(storage, "engine", None)
    if engine is not None:
        engine.dispose()


def _safe_url(spec: str) -> str:
    """The storage spec without a password."""
    if "://" in spec and "@" in spec:
        scheme, rest = spec.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else spec
    return spec


# -- samplers ------------------------------------------------------------------------------------
def _derived_seed(seed: int, *parts: Any) -> int:
    words = [seed] + [p if isinstance(p, int) else zlib.crc32(str(p).encode()) for p in parts]
    return int(np.random.SeedSequence(words).generate_state(1)[0])


def make_sampler(name: str, space: SearchSpace, seed: int, worker: int = 0):
    """Optuna's sampler ``name``: random (reseeded per trial and parameter), grid, or tpe."""
    optuna = _optuna()

    class TrialSeededRandomSampler(optuna.samplers.BaseSampler):
        """Optuna's RandomSampler, seeded from (seed, trial number, parameter): the same seed gives
        the same trials whatever the order in which workers take them."""

        def infer_relative_search_space(self, study, trial):
            return {}

        def sample_relative(self, study, trial, search_space):
            return {}

        def sample_independent(self, study, trial, param_name, param_distribution):
            sampler = optuna.samplers.RandomSampler(seed=_derived_seed(seed, trial.number, param_name))
            return sampler.sample_independent(study, trial, param_name, param_distribution)

    if name == "random":
        return TrialSeededRandomSampler()
    if name == "grid":
        return optuna.samplers.GridSampler(space.grid(), seed=_derived_seed(seed, worker))
    if name == "tpe":
        return optuna.samplers.TPESampler(seed=_derived_seed(seed, worker))
    raise TuningError("tune_bad_option", name="sampler", rule="one of: " + ", ".join(SAMPLERS), value=name)


def make_pruner():
    return _optuna().pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=0)


# -- one trial -------------------------------------------------------------------------------------
def _figures(ev: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for split in ("train", "dev"):
        for what in ("loss", "accuracy"):
            v = None if ev[split] is None else ev[split][what]
            out[f"{split}_{what}"] = None if v is None or not math.isfinite(v) else float(v)
    return out


def run_trial(trial, config: RunConfig, space: SearchSpace, objective: str) -> float:
    """Train one sampled configuration; the dev metric, or ``TrialPruned`` (pruned or diverged)."""
    import optuna
    from .training import Trainer

    start = time.monotonic()
    metric = objective.removeprefix("dev_")
    changes = space.suggest(trial)
    try:
        cfg = config.replace(changes)
        trainer = Trainer(cfg)
    except NNSimError as e:
        trial.set_user_attr("state", "invalid")
        trial.set_user_attr("note", str(e))
        raise
    epochs = cfg.training["epochs"]
    reports = min(REPORTS_PER_TRIAL, epochs)
    state, note, value = "complete", "", math.nan
    for i in range(1, reports + 1):
        trainer.run(epochs=round(epochs * i / reports))
        value = trainer.evaluate()["dev"][metric]
        if trainer.stopped == "diverged" or not math.isfinite(value):
            state, note = "diverged", trainer.reason
            break
        trial.report(value, step=trainer.epoch)
        if trainer.stopped == "early_stopping":
            note = trainer.reason
            break
        if i < reports and trial.should_prune():
            state, note = "pruned", f"pruned at epoch {trainer.epoch}: below the median of earlier trials"
            break
    figures = _figures(trainer.evaluate())
    attrs = {**figures, "epochs": trainer.epoch, "steps": trainer.step_count,
             "duration_s": round(time.monotonic() - start, 4), "state": state, "note": note}
    for k, v in attrs.items():
        trial.set_user_attr(k, v)
    if state != "complete":
        raise optuna.TrialPruned(note)
    return float(value)


# -- workers -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Job:
    storage: str
    study: str
    config: RunConfig
    space: SearchSpace
    sampler: str
    seed: int
    objective: str
    target: int                  # the study's size at which every worker stops


def _take_ticket(tickets) -> bool:
    with tickets.get_lock():
        if tickets.value <= 0:
            return False
        tickets.value -= 1
        return True


#: How often a worker checks that the process that started it is still there (seconds).
PARENT_CHECK_S = 0.5


def _watch_parent() -> None:
    """End this worker process as soon as its parent is gone (a SIGKILL of ``nnsim tune`` or of the
    app leaves no worker training on for nothing): a daemon thread polls the parent's PID."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_S)
            if os.getppid() != parent:
                os._exit(3)

    threading.Thread(target=watch, name="nnsim-watch-parent", daemon=True).start()

def _worker_main(job: _Job, worker: int, tickets, stop, conn) -> None:
    """A worker process: take a ticket, run one trial, repeat; tell the parent which trial runs."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)          # the parent decides how to stop
    _watch_parent()
    optuna = _optuna()
    from .errors import NNSimError

    storage = open_storage(job.storage)
    study = optuna.load_study(study_name=job.study, storage=storage,
                              sampler=make_sampler(job.sampler, job.space, job.seed, worker),
                              pruner=make_pruner())

    def objective(trial):
        conn.send(("start", trial.number))
        for key, value in owner().items():          # so a resumed search can tell if this process is gone
            trial.set_user_attr(key, value)
        return run_trial(trial, job.config, job.space, job.objective)

    while not stop.is_set() and _take_ticket(tickets):
        if counted(study) >= job.target:             # other machines filled the study
            break
        study.optimize(objective, n_trials=1, catch=(NNSimError,), gc_after_trial=False)
        conn.send(("done", None))
    conn.close()
    close_storage(storage)


# -- results ---------------------------------------------------------------------------------------
def final_check(config: RunConfig) -> dict[str, Any]:
    """Train ``config`` once and give its test figures: the one look at the test set."""
    from .training import Trainer
    trainer = Trainer(config)
    summary = trainer.run()
    test = summary["test"]
    return {"test_loss": None if test is None else test["loss"],
            "test_accuracy": None if test is None else test["accuracy"],
            "dev_loss": summary["dev"]["loss"], "dev_accuracy": summary["dev"]["accuracy"]}


# -- the search ------------------------------------------------------------------------------------
def signature(config: RunConfig, space: SearchSpace, sampler: str, seed: int, objective: str) -> str:
    text = json.dumps([to_toml(config), space.text or repr(space.params), sampler, seed, objective])
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def tune(config: RunConfig, space: SearchSpace, trials: int, *, jobs: int | None = None,
         storage: str | None = None, study: str | None = None, name: str = "search",
         sampler: str = "random", objective: str = "dev_loss", seed: int | None = None,
         on_start: Callable[[int, int], Any] | None = None,
         on_trial: Callable[[TrialRecord | None], Any] | None = None,
         should_stop: Callable[[], bool] | None = None, stop_now: Callable[[], bool] | None = None,
         do_final_check: bool = True) -> TuneResult:
    """Run the search until the study holds ``trials`` trials; see the module docstring.

    ``on_start(to_run, already)`` and ``on_trial(record)`` report progress (both
    are called in the thread that runs ``tune``); ``should_stop()`` is polled
    (the app's Stop: no new trial starts, the running ones finish) and so is
    ``stop_now()`` (the app closing: the workers are terminated and their
    trials marked failed). Ctrl+C (KeyboardInterrupt) stops taking new trials
    and waits for the running ones, a second one stops the workers at once and
    marks their trials failed.
    """
    _optuna()                                            # a clear message where Optuna is missing
    check(config, space, sampler, objective, trials, jobs)
    seed = config.seed if seed is None else seed
    sig = signature(config, space, sampler, seed, objective)
    study_name = study or f"{name}-{sig}"
    spec = storage_for(storage, study_name)
    the_storage = open_storage(spec)
    try:
        return _search(config, space, trials, jobs, spec, the_storage, study_name, sig, sampler, objective, seed,
                       on_start, on_trial, should_stop, stop_now, do_final_check)
    finally:
        close_storage(the_storage)


def _search(config, space, trials, jobs, spec, the_storage, study_name, sig, sampler, objective, seed,
            on_start, on_trial, should_stop, stop_now, do_final_check) -> TuneResult:
    optuna = _optuna()
    direction = OBJECTIVES[objective]
    the_study = optuna.create_study(study_name=study_name, storage=the_storage, direction=direction,
                                    load_if_exists=True, sampler=make_sampler(sampler, space, seed),
                                    pruner=make_pruner())
    known = the_study.user_attrs.get("nnsim_signature")
    if known is None:
        the_study.set_user_attr("nnsim_signature", sig)
        the_study.set_user_attr("objective", objective)
        the_study.set_user_attr("sampler", sampler)
        the_study.set_user_attr("config", config.to_dict())
        the_study.set_user_attr("space", space.text)
    elif known != sig or the_study.direction.name.lower() != direction:
        raise TuningError("tune_study_mismatch", study=study_name, storage=_safe_url(spec))
    reaped = reap(the_storage, the_study)
    already = counted(the_study)
    to_run = max(0, trials - already)
    jobs = min(jobs or os.cpu_count() or 1, max(1, to_run))
    if spec.startswith("sqlite") and jobs > 1:
        raise TuningError("tune_sqlite_parallel", jobs=jobs)
    notes = []
    if reaped:
        notes.append(f"marked failed, not counted: trial{'s' if len(reaped) > 1 else ''} "
                     f"{', '.join(map(str, reaped))}, left running by a process that is gone")
    if sampler == "grid":
        size = space.grid_size()
        if trials > size:
            notes.append(f"the grid has {size} points; trials beyond that repeat points")
        if jobs > 1:
            notes.append(GRID_REPEAT_NOTE)
    if on_start:
        on_start(to_run, already)
    job = _Job(spec, study_name, config, space, sampler, seed, objective, trials)
    ran, interrupted = _run_workers(job, to_run, jobs, the_storage, the_study, space, on_trial, should_stop,
                                    notes, stop_now)
    result = TuneResult(study_name, _safe_url(spec), objective, direction, records(the_study, space),
                        None, None, None, ran=ran, interrupted=interrupted, notes=notes)
    ranked = result.ranked()
    if ranked:
        result.best = ranked[0]
        result.best_config = config.replace(ranked[0].changes)
        if do_final_check:
            result.final_check = final_check(result.best_config)
    return result


def _run_workers(job: _Job, to_run: int, jobs: int, storage, study, space: SearchSpace, on_trial, should_stop,
                 notes: list[str], stop_now=None) -> tuple[int, bool]:
    """Start ``jobs`` workers for ``to_run`` trials and watch them until all have ended."""
    if to_run == 0:
        return 0, False
    ctx = multiprocessing.get_context("spawn")
    tickets = ctx.Value("i", to_run)
    stop = ctx.Event()
    workers: dict[int, tuple[Any, Any]] = {}      # worker index -> (process, receiving end)
    running: dict[int, int | None] = {}           # worker index -> trial number
    state = {"next": 0, "deaths": 0, "ran": 0, "interrupted": False, "terminated": False}
    max_deaths = max(3, 2 * jobs)

    def start_worker() -> None:
        i = state["next"]
        state["next"] += 1
        receive, send = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_worker_main, args=(job, i, tickets, stop, send), name=f"nnsim-tune-{i}",
                        daemon=True)
        blas = os.environ.get("OPENBLAS_NUM_THREADS")
        os.environ["OPENBLAS_NUM_THREADS"] = "1"      # one BLAS thread per worker (DESIGN.md)
        try:
            p.start()
        finally:
            if blas is None:
                del os.environ["OPENBLAS_NUM_THREADS"]
            else:
                os.environ["OPENBLAS_NUM_THREADS"] = blas
        send.close()
        workers[i], running[i] = (p, receive), None

    def drain(i: int) -> None:
        _, receive = workers[i]
        try:
            while receive.poll():
                kind, number = receive.recv()
                if kind == "start":
                    running[i] = number
                else:
                    finished = running[i]
                    running[i] = None
                    state["ran"] += 1
                    if on_trial:
                        on_trial(_record(study, space, finished))
        except (EOFError, OSError):
            pass

    def bury(i: int) -> None:
        p, receive = workers.pop(i)
        p.join()
        receive.close()
        number = running.pop(i)
        if p.exitcode != 0 and number is not None:
            why = "interrupted" if state["interrupted"] else f"worker process died (exit code {p.exitcode})"
            mark_failed(storage, study, number, why)
            state["ran"] += 1
            if on_trial:
                on_trial(_record(study, space, number))
        if p.exitcode != 0:
            state["deaths"] += 1
            if not stop.is_set() and tickets.value > 0:
                if state["deaths"] <= max_deaths:
                    start_worker()
                else:
                    notes.append(f"stopped: {state['deaths']} worker processes died")

    for _ in range(jobs):
        start_worker()
    try:
        while workers:
            try:
                if should_stop and should_stop():
                    stop.set()
                if stop_now and not state["terminated"] and stop_now():
                    stop.set()
                    state["interrupted"] = state["terminated"] = True
                    for p, _ in workers.values():
                        p.terminate()
                    notes.append("stopped the running trials at once (marked failed)")
                wait([h for p, r in workers.values() for h in (r, p.sentinel)], timeout=0.2)
                for i in list(workers):
                    drain(i)
                for i in list(workers):
                    p, _ = workers[i]
                    if not p.is_alive():
                        drain(i)
                        bury(i)
            except KeyboardInterrupt:
                if not stop.is_set():
                    stop.set()
                    state["interrupted"] = True
                    notes.append("interrupted: finished the running trials, started no more")
                    continue
                for p, _ in workers.values():            # a second Ctrl+C: stop now
                    p.terminate()
                notes.append("stopped the running trials at once (marked failed)")
    finally:
        for i in list(workers):                           # only on an unexpected error
            workers[i][0].terminate()
            drain(i)
            bury(i)
    return state["ran"], state["interrupted"]

"""Trials whose process is gone: found when a search resumes, marked failed, not counted.

A trial is RUNNING from the moment a worker asks Optuna for it until the worker tells its
result. A worker killed in between (a SIGKILL of its process group, a power cut) leaves it
RUNNING for ever, and it would count towards ``--trials`` in every later search. So:

- every worker records its owner in the trial: user attributes ``worker`` ("host:pid") and
  ``worker_started`` (the process's start time, so a PID used again by another process is not
  taken for the old one). A search starting on the same host marks FAIL each RUNNING trial
  whose process is gone (no such PID, a zombie, or a PID that now names a process started at
  another time). Another host's trials are left alone: nothing here can tell if they live;
- a database storage also runs Optuna's heartbeat (``HEARTBEAT_S``, ``GRACE_S``): a trial whose
  worker has not beaten for the grace period is failed by the next search on any machine
  (Optuna's ``fail_stale_trials``, which its ``optimize`` also runs before each trial).

Each such trial is recorded in the study's user attribute ``nnsim_lost_<number>`` (why), so
``counted`` leaves it out of the study's size and a resumed search runs its budget in full.

This module knows nothing of training; ``nnsim.tuning`` calls it.
"""
from __future__ import annotations

import os
import socket
import sys
import warnings
from pathlib import Path
from typing import Any

#: A database storage's heartbeat: how often a running trial beats, and after how long without
#: a beat the trial counts as lost (seconds; Optuna's RDBStorage ``heartbeat_interval``, ``grace_period``).
HEARTBEAT_S = 10
GRACE_S = 60
#: The study user attribute prefix naming a lost trial, e.g. ``nnsim_lost_3``.
LOST = "nnsim_lost_"


def _process(pid: int) -> tuple[str, str] | None:
    """(state letter, start time in clock ticks) of process ``pid`` from /proc, None if there is none."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()        # the name may hold spaces and parentheses
    return fields[0], fields[19]                    # fields 3 and 22 of proc(5)


def owner() -> dict[str, str]:
    """The user attributes a worker records in each trial it runs."""
    pid = os.getpid()
    me = _process(pid)
    return {"worker": f"{socket.gethostname()}:{pid}", "worker_started": me[1] if me else ""}


def gone(attrs: dict[str, Any]) -> str | None:
    """Why the process that owns a trial with user attributes ``attrs`` is gone; None if it may live."""
    host, _, pid_text = str(attrs.get("worker", "")).rpartition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return None                                 # another machine's, or no owner recorded
    pid, started = int(pid_text), str(attrs.get("worker_started", ""))
    if Path("/proc/self/stat").exists():
        found = _process(pid)
        if found is None:
            return f"its process ({host}:{pid}) is gone"
        if found[0] in ("Z", "X"):
            return f"its process ({host}:{pid}) is gone (ended, not yet reaped)"
        if started and found[1] != started:
            return f"its process ({host}:{pid}) is gone (the PID now names another process)"
        return None
    if sys.platform == "win32":                     # os.kill would end the process there
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return f"its process ({host}:{pid}) is gone"
    except OSError:                                 # someone else's live process
        return None
    return None


def lost(study) -> dict[int, str]:
    """Trial number → why, for each trial recorded as lost in ``study``."""
    return {int(k.removeprefix(LOST)): v for k, v in study.user_attrs.items()
            if k.startswith(LOST) and k.removeprefix(LOST).isdigit()}


def counted(study) -> int:
    """The study's size as ``--trials`` counts it: every trial but the lost ones."""
    trials = study.get_trials(deepcopy=False)
    gone_numbers = lost(study)
    return sum(1 for t in trials if not (t.number in gone_numbers and t.state.name == "FAIL"))


def _trial_id(storage, study, number: int) -> int:
    return storage.get_trial_id_from_study_id_trial_number(storage.get_study_id_from_name(study.study_name), number)


def mark_failed(storage, study, number: int, why: str, *, is_lost: bool = False) -> bool:
    """Mark the RUNNING trial ``number`` FAIL (its worker is gone), noting why; with ``is_lost`` it is
    also left out of the study's size. False if it had finished already."""
    from optuna.trial import TrialState
    frozen = next((t for t in study.get_trials(deepcopy=False) if t.number == number), None)
    if frozen is None or frozen.state != TrialState.RUNNING:
        return False
    trial_id = _trial_id(storage, study, number)
    storage.set_trial_user_attr(trial_id, "state", "failed")
    storage.set_trial_user_attr(trial_id, "note", why)
    if is_lost:
        study.set_user_attr(f"{LOST}{number}", why)
    study.tell(number, state=TrialState.FAIL, skip_if_finished=True)
    return True


def on_stale(study, trial) -> None:
    """Optuna's callback for a trial its heartbeat declared stale (already FAIL): record it as lost."""
    study.set_user_attr(f"{LOST}{trial.number}", f"no heartbeat from its worker for {GRACE_S} s")


def reap(storage, study) -> list[int]:
    """Mark failed, as lost, every RUNNING trial of ``study`` whose process is gone; their numbers."""
    import optuna
    before = {t.number for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,))}
    with warnings.catch_warnings():                 # experimental in Optuna, as its optimize() says too
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)   # a database's heartbeat (nothing for a journal file)
    reaped = sorted(before & set(lost(study)))
    for t in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
        why = gone(t.user_attrs)
        if why and mark_failed(storage, study, t.number, f"{why}: failed when the search resumed", is_lost=True):
            reaped.append(t.number)
    return sorted(reaped)

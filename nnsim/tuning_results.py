"""A search's words without its machinery: objectives, samplers, errors, the check made before a
search starts, and the records it reports. Readable without Optuna or the engine's training code.

``nnsim.tuning`` runs studies; ``records`` reads a study's trials into records (a lost trial's
note from ``tuning_owner``). The UI's Tuning panel imports these from here, so the UI holds no
trainer (import-linter's "ui-holds-no-trainer" contract).
``nnsim.tuning`` re-exports every name.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import RunConfig
from .errors import MESSAGES, InvalidValueError
from .tuning_owner import lost
from .tuning_space import SearchSpace

#: The metric a study optimises, and in which direction.
OBJECTIVES = {"dev_loss": "minimize", "dev_accuracy": "maximize"}
SAMPLERS = ("random", "grid", "tpe")
#: The columns of the results CSV, before one column per searched key.
CSV_COLUMNS = ("trial", "state", "value", "train_loss", "train_accuracy", "dev_loss", "dev_accuracy",
               "epochs", "duration_s", "note")

MESSAGES.update({
    "tune_needs_optuna": "hyperparameter search needs Optuna ({reason}); install it with: pip install 'nnsim[tune]'",
    "tune_no_dev": "the run config has no dev set (data.dev_fraction = 0); trials are compared on the dev "
                   "set, so set data.dev_fraction, e.g. to 0.2",
    "tune_bad_option": "{name} must be {rule}, not {value!r}",
    "tune_study_mismatch": "study {study!r} in {storage} was started with another run config, search space, "
                           "sampler, seed or objective; choose another --study, or leave it out",
    "tune_sqlite_parallel": "SQLite does not take parallel writers; use --jobs 1, a journal file or PostgreSQL "
                            "for {jobs} jobs",
    "tune_bad_storage": "cannot open the study storage {storage}: {reason}",
    "tune_storage_not_in_build": "a database storage ({storage}) is not in this build of NNSim (the classroom "
                                 "bundle leaves the {module} driver out): use a journal file (the default), "
                                 "or NNSim installed with pip install 'nnsim[tune]'",
})


class TuningError(InvalidValueError):
    """A search that cannot run: no dev set, a bad option, a storage that does not fit."""



@dataclass(frozen=True)
class TrialRecord:
    number: int
    state: str                     # complete, pruned, diverged, invalid, failed, running
    value: float | None
    changes: dict[str, Any]        # config key -> value
    figures: dict[str, Any]        # train/dev loss and accuracy, epochs, duration_s, note


@dataclass
class TuneResult:
    study: str
    storage: str
    objective: str
    direction: str
    trials: list[TrialRecord]
    best: TrialRecord | None
    best_config: RunConfig | None
    final_check: dict[str, Any] | None            # the best trial's test figures
    ran: int = 0                                  # trials this call finished
    interrupted: bool = False
    notes: list[str] = field(default_factory=list)

    def ranked(self) -> list[TrialRecord]:
        """Complete trials, best first."""
        done = [t for t in self.trials if t.state == "complete" and t.value is not None]
        return sorted(done, key=lambda t: t.value, reverse=self.direction == "maximize")


def check(config: RunConfig, space: SearchSpace, sampler: str, objective: str, trials: int,
          jobs: int | None) -> None:
    """Refuse a search that cannot run, before anything starts."""
    if sampler not in SAMPLERS:
        raise TuningError("tune_bad_option", name="sampler", rule="one of: " + ", ".join(SAMPLERS), value=sampler)
    if objective not in OBJECTIVES:
        raise TuningError("tune_bad_option", name="objective", rule="one of: " + ", ".join(OBJECTIVES),
                          value=objective)
    if isinstance(trials, bool) or not isinstance(trials, int) or trials < 1:
        raise TuningError("tune_bad_option", name="trials", rule="a whole number ≥ 1", value=trials)
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise TuningError("tune_bad_option", name="jobs", rule="a whole number ≥ 1", value=jobs)
    if config.data["dev_fraction"] == 0 and "data.dev_fraction" not in space.keys:
        raise TuningError("tune_no_dev")
    if objective == "dev_accuracy" and config.network["output"] == "linear":
        raise TuningError("tune_bad_option", name="objective", value=objective,
                          rule="dev_loss for a regression config (accuracy is for classification)")
    space.check(config)
    if sampler == "grid":
        space.grid()                  # every range needs points


# -- a study's trials as records -------------------------------------------------------------
def records(study, space: SearchSpace) -> list[TrialRecord]:
    out = []
    lost_why = lost(study)
    for t in study.get_trials(deepcopy=False):
        attrs = t.user_attrs
        if t.number in lost_why and not attrs.get("note"):          # failed by a database's heartbeat
            attrs = {**attrs, "note": lost_why[t.number]}
        state = attrs.get("state") or t.state.name.lower()
        if t.state.name == "FAIL":
            state = "invalid" if attrs.get("state") == "invalid" else "failed"
        elif t.state.name == "RUNNING":
            state = "running"
        figures = {k: attrs.get(k) for k in ("train_loss", "train_accuracy", "dev_loss", "dev_accuracy",
                                             "epochs", "duration_s", "note")}
        out.append(TrialRecord(t.number, state, t.value if t.state.name == "COMPLETE" else None,
                               space.changes_from_params(t.params), figures))
    return out


def write_csv(result: TuneResult, space: SearchSpace, path: str | Path) -> None:
    """Every trial, one row each: ``CSV_COLUMNS`` then one column per searched key (config values)."""
    import csv
    import io as _io

    from .io import write_text
    buf = _io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([*CSV_COLUMNS, *space.keys])
    for t in result.trials:
        f = t.figures
        cells = [t.number, t.state, t.value, f["train_loss"], f["train_accuracy"], f["dev_loss"],
                 f["dev_accuracy"], f["epochs"], f["duration_s"], f["note"] or ""]
        keys = [json.dumps(t.changes[k]) if isinstance(t.changes.get(k), list) else t.changes.get(k)
                for k in space.keys]
        w.writerow(["" if c is None else (repr(c) if isinstance(c, float) else c) for c in cells + keys])
    write_text(path, buf.getvalue())


def _record(study, space: SearchSpace, number: int | None) -> TrialRecord | None:
    if number is None:
        return None
    for r in records(study, space):
        if r.number == number:
            return r
    return None

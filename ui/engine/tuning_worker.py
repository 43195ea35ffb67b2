"""The tuning worker: one QThread that runs ``nnsim.tuning.tune`` for the Tuning panel.

``tune`` is the parent loop of a search: it starts the worker processes
(``spawn``, one BLAS thread each, where the trials train), waits on their pipes
(``multiprocessing.connection.wait`` releases the GIL) and reads each finished
trial back from the study's storage. This thread only runs that loop and
turns its callbacks into signals; no trial trains in the UI process. Connect
the signals only to ``@Slot``s of QObjects living in the GUI thread: a lambda
would run in this thread.

``stop()`` lets the running trials finish and starts no more; ``stop(now=True)``
terminates the worker processes (their trials are marked failed), and is what
closing the window does. Either way the thread ends after the processes are
joined; ``wait()`` for it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QThread, Signal

from nnsim.config import RunConfig
from nnsim.errors import NNSimError
from nnsim.tuning_space import SearchSpace


@dataclass(frozen=True)
class SearchRequest:
    """Everything one search needs, frozen as the panel read it when Start was pressed."""
    config: RunConfig
    space: SearchSpace
    trials: int
    jobs: int
    sampler: str
    objective: str
    seed: int
    storage: str | None            # a journal file path; None is the user's data folder
    study: str | None              # None: named after the config, space, sampler, seed and objective


class TuningWorker(QThread):
    searchStarted = Signal(int, int)       # (trials to run, trials already in the study)
    trialFinished = Signal(object)         # nnsim.tuning.TrialRecord
    searchFinished = Signal(object)        # nnsim.tuning.TuneResult
    searchFailed = Signal(str)             # why the search could not run, in words

    def __init__(self, request: SearchRequest, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("TuningWorker")
        self.request = request
        self._stop = threading.Event()
        self._stop_now = threading.Event()

    # -- UI thread ----------------------------------------------------------------------------
    def stop(self, now: bool = False) -> None:
        """Start no new trial; with ``now``, also end the running ones (marked failed)."""
        self._stop.set()
        if now:
            self._stop_now.set()

    # -- this thread --------------------------------------------------------------------------
    def run(self) -> None:
        from nnsim import tuning
        r = self.request
        try:
            result = tuning.tune(r.config, r.space, r.trials, jobs=r.jobs, storage=r.storage, study=r.study,
                                 sampler=r.sampler, objective=r.objective, seed=r.seed,
                                 on_start=self._on_start, on_trial=self._on_trial,
                                 should_stop=self._stop.is_set, stop_now=self._stop_now.is_set,
                                 do_final_check=False)
        except NNSimError as e:
            self.searchFailed.emit(str(e))
        except Exception as e:                 # noqa: BLE001 (reported in words; the thread must end)
            self.searchFailed.emit(f"{type(e).__name__}: {e}")
        else:
            self.searchFinished.emit(result)

    def _on_start(self, to_run: int, already: int) -> None:
        self.searchStarted.emit(to_run, already)

    def _on_trial(self, record: Any) -> None:
        if record is not None:
            self.trialFinished.emit(record)

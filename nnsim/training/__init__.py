"""Training runs: the ``Trainer`` owns a network, its optimizer, the data and the training generator.

``step()`` trains on one mini-batch: each epoch shuffles the training rows,
batches are consecutive slices, the last smaller batch is kept (as in the
course); a batch size of 0, or one at least the number of training rows,
means full batch. ``run()`` steps until the epoch limit, a step count,
divergence or early stopping. ``evaluate()`` gives each split's mean data
loss (dropout off, no penalty) and, for classification, accuracy; the
objective J (training loss plus penalty) is reported separately.

Every ``eval_every`` steps the trainer evaluates, records the point in the
history, and watches for trouble:
- divergence: the cost or a parameter becomes NaN or infinite, or the training
  loss exceeds 10× both its first and its best value at 3 evaluations in a
  row. The run stops, says why, reports the step and the last good cost, and
  keeps the parameters of the last good evaluation;
- early stopping (``early_stopping = N``): the dev loss has not improved for N
  evaluations; the best weights are restored and the history marks the point.

One seed drives initialization and training (shuffles, dropout masks); its
generator's state is saved with the run (``state_dict``), so saving, loading
and continuing gives the same numbers as never stopping.

``step()`` runs the NumPy fast path (bit-identical to the phases); ``run()`` and ``train_steps()``
(the engine process while playing) train K steps a call (``slice_path()``): in the compiled kernel
where the ``fast`` extra is installed and the kernel covers the network (``compiled_gap()`` says why
not), else in the fused NumPy step (``nnsim.network.fused``: buffers, in place, bit-identical to the
phases) for a network without batch norm or dropout (``fused_gap()``), else step by step; ``paths``
records which paths a run used (the fused step is the NumPy path), and is saved with it. The
automatic evaluation cadence is coarser on the compiled kernel, whose steps are cheaper beside an
evaluation (``auto_eval_every``).

The modules: ``problem`` (the data as the network sees it: ``prepare``, ``build_dataset``,
``auto_eval_every``), ``compiled`` (the kernel's and the fused step's runs, ``SlicesMixin``: the paths
and slices of a ``Trainer``), ``trainer`` (``Trainer``); every name is importable from here.
"""
from __future__ import annotations

from .problem import SPLITS, Array, Problem, auto_eval_every, build_dataset, prepare
from .trainer import DIVERGENCE_FACTOR, DIVERGENCE_PATIENCE, Trainer

__all__ = ["DIVERGENCE_FACTOR", "DIVERGENCE_PATIENCE", "SPLITS", "Array", "Problem", "Trainer", "auto_eval_every",
           "build_dataset", "prepare"]

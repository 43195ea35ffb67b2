"""``nnsim train``: train a run config or continue a saved run; and ``nnsim gradcheck``."""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
from collections.abc import Sequence
from typing import Any

import numpy as np

from .common import (EXIT_DIVERGED, EXIT_GRADCHECK_WRONG, EXIT_INTERRUPTED, EXIT_OK, EXPORT_SUFFIXES, PROJECT_SUFFIX,
                     CommandError, _fmt, check_outputs, printable)


class _Interrupted(Exception):
    """Ctrl+C during training: raised between two steps, so the run is whole."""


def _print_notices(notices: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """What reading noticed (a config file's older meaning, a CSV file's index column), on stderr."""
    from ..errors import MESSAGES
    for code, params in notices:
        print(f"nnsim: note: {printable(MESSAGES[code].format(**params))}", file=sys.stderr)


def _train(args: argparse.Namespace) -> int:
    from .. import config as _config

    continuing = Path(args.config).suffix.lower() == PROJECT_SUFFIX
    if continuing and args.seed is not None:
        raise CommandError(f"--seed: {args.config} is a saved run, whose seeds are its own; "
                           "--seed applies to a run config (.toml)")
    if continuing:
        from .. import project
        trainer = project.load(args.config)
        _print_notices(trainer.config.notices)
        inputs = [args.config]
        if args.epochs is not None:
            trainer.apply_training(trainer.config.replace({"training.epochs": args.epochs}))
    else:
        cfg = _config.load(args.config)
        _print_notices(cfg.notices)
        changes: dict[str, Any] = {}
        if args.seed is not None:
            changes["seed"] = args.seed
        if args.epochs is not None:
            changes["training.epochs"] = args.epochs
        if changes:
            cfg = cfg.replace(changes)
        inputs = [args.config] + ([str(cfg.base_dir / cfg.data["path"])] if cfg.data.get("path") else [])
        trainer = None
    check_outputs(inputs, [("--out", args.out, (".json",)), ("--save", args.save, (PROJECT_SUFFIX,)),
                           ("--export", args.export, EXPORT_SUFFIXES)])
    if trainer is None:
        from ..training import Trainer
        trainer = Trainer(cfg)
        _print_notices(trainer.problem.dataset.notices)
    epochs = trainer.config.training["epochs"]
    progress = _Progress(epochs, quiet=args.quiet, start=trainer.epoch)
    interrupted = False
    every = max(1, trainer.eval_every)

    def each_step(t) -> None:
        if stop.requested:
            raise _Interrupted
        if t.step_count % every == 0:
            progress.update(t)

    with _StopOnSigint() as stop:
        try:
            # on the compiled kernel or the fused NumPy step a call trains up to the next callback: Ctrl+C is seen after the
            # current slice of at most eval_every steps (milliseconds), not after every step
            summary = trainer.run(callback=each_step, callback_every=every if trainer.slice_path() else 1)
        except _Interrupted:
            interrupted = True
            summary = trainer.summary()
    progress.close(trainer)
    summary["interrupted"] = interrupted
    _print_summary(summary, trainer)
    if interrupted:
        print(f"interrupted after step {trainer.step_count} (epoch {trainer.epoch}); "
              + ("the run so far is saved below" if args.save or args.out or args.export else "nothing was saved"),
              file=sys.stderr)
    if args.out:
        from ..io import write_text
        # standard JSON: a NaN or infinite figure (a diverging run's last evaluation) is written as null
        write_text(args.out, json.dumps(_json_safe(summary), indent=2, allow_nan=False) + "\n")
    if args.save:
        from .. import project
        project.save(trainer, args.save)
    if args.export:
        from .. import export
        export.export(trainer.network, trainer.problem.pipeline, args.export,
                      label_names=trainer.problem.dataset.label_names, task=trainer.problem.dataset.task)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_DIVERGED if summary["diverged"] else EXIT_OK


class _StopOnSigint:
    """While active, the first Ctrl+C asks training to stop after the current step; a second one
    interrupts at once (the default behaviour)."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def _handle(self, signum, frame) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, self._previous)

    def __enter__(self) -> "_StopOnSigint":
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _json_safe(value: Any) -> Any:
    """``value`` with every NaN or infinite float replaced by None (JSON has no NaN)."""
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


class _Progress:
    """A tqdm bar on a terminal; plain lines every few seconds otherwise."""

    def __init__(self, epochs: int, quiet: bool = False, start: int = 0) -> None:
        self.quiet = quiet
        self.bar = None
        self.last_line = time.monotonic()
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=epochs, initial=min(start, epochs), unit="epoch", file=sys.stderr,
                            dynamic_ncols=True)

    def update(self, trainer) -> None:
        if self.quiet:
            return
        rec = trainer.history.records[-1] if trainer.history.records else {}
        loss = rec.get("train_loss")
        if self.bar is not None:
            self.bar.n = min(trainer.epoch, self.bar.total)
            if loss is not None:
                self.bar.set_postfix(loss=f"{loss:.4g}", refresh=False)
            self.bar.refresh()
        elif time.monotonic() - self.last_line >= 5.0:
            self.last_line = time.monotonic()
            print(f"epoch {trainer.epoch}/{trainer.config.training['epochs']}  step {trainer.step_count}  "
                  f"train loss {loss if loss is None else format(loss, '.4g')}", file=sys.stderr)

    def close(self, trainer) -> None:
        if self.bar is not None:
            self.bar.n = min(trainer.epoch, self.bar.total)
            self.bar.close()


def _print_summary(summary: dict[str, Any], trainer) -> None:
    print(f"epochs {summary['epochs']}, steps {summary['steps']}")
    for name in ("train", "dev", "test"):
        s = summary[name]
        if s is None:
            continue
        line = f"{name:5}  loss {_fmt(s['loss'])}"
        if s["accuracy"] is not None:
            line += f"  accuracy {_fmt(s['accuracy'], pct=True)}"
        print(line)
    print(f"objective J {_fmt(summary['objective'])}")
    if summary["diverged"] or summary["stopped_early"]:
        print(trainer.reason)



def _gradcheck(args: argparse.Namespace) -> int:
    from .. import config as _config
    from ..gradcheck import gradient_check
    from ..training import Trainer

    cfg = _config.load(args.config)
    if args.examples < 1 or args.steps < 0:
        raise CommandError("--examples must be ≥ 1 and --steps ≥ 0")
    trainer = Trainer(cfg)
    if args.steps:
        trainer.run(steps=args.steps)
    m = min(args.examples, trainer.train_rows)
    X, Y = trainer.problem.X["train"][:m], trainer.problem.Y["train"][:m]
    t = cfg.training
    result = gradient_check(trainer.network, X, Y, l2=t["l2"], l1=t["l1"])
    print(f"gradient check on {m} examples, {result.parameters} parameters, ε = {result.epsilon:g}")
    for k, d in result.per_layer.items():
        print(f"  layer {k}: relative difference {d:.3e}")
    print(result.message)
    for note in result.notes:
        if t["keep_prob"] != 1.0 or "dropout" not in note:
            print(f"note: {note}")
    return EXIT_GRADCHECK_WRONG if result.verdict == "wrong" else EXIT_OK

"""``nnsim tune``: a hyperparameter search (Optuna), its table of trials and the best config."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .common import EXIT_DIVERGED, EXIT_OK, CommandError, _fmt


def _tune(args: argparse.Namespace) -> int:
    from .. import config as _config
    from .. import tuning, tuning_space

    cfg = _config.load(args.config)
    if args.epochs is not None:
        cfg = cfg.replace({"training.epochs": args.epochs})
    space = tuning_space.load(args.space)
    if args.apply and Path(args.apply).suffix.lower() != ".toml":
        raise CommandError(f"--apply {args.apply}: the best configuration is written as a run config, a .toml file")
    bar = None

    def on_start(to_run: int, already: int) -> None:
        nonlocal bar
        if already and not args.quiet:
            print(f"the study already holds {already} trials; running {to_run} more", file=sys.stderr)
        if not args.quiet and to_run and sys.stderr.isatty():
            from tqdm import tqdm
            bar = tqdm(total=to_run, unit="trial", file=sys.stderr, dynamic_ncols=True)

    def on_trial(record) -> None:
        if bar is not None:
            bar.update(1)
            if record is not None:
                bar.set_postfix(last=record.state, refresh=False)

    try:
        result = tuning.tune(cfg, space, args.trials, jobs=args.jobs, storage=args.storage, study=args.study,
                             name=Path(args.config).stem, sampler=args.sampler, objective=args.objective,
                             seed=args.seed, on_start=on_start, on_trial=on_trial)
    finally:
        if bar is not None:
            bar.close()
    print(f"study {result.study} in {result.storage}: {len(result.trials)} trials "
          f"({result.ran} run now), objective {result.objective} ({result.direction}d)")
    for note in result.notes:
        print(f"note: {note}")
    _print_trials(result, space, args.top)
    if args.out:
        tuning.write_csv(result, space, args.out)
        print(f"wrote {args.out}")
    if result.best is None:
        print("no trial completed: nothing to apply", file=sys.stderr)
        return EXIT_DIVERGED if result.trials else EXIT_OK
    fc = result.final_check or {}
    print(f"final check on the test set (best trial {result.best.number} only): loss {_fmt(fc.get('test_loss'))}"
          + (f", accuracy {_fmt(fc['test_accuracy'], pct=True)}" if fc.get("test_accuracy") is not None else ""))
    if args.apply:
        from ..io import write_text
        write_text(args.apply, f"# the best trial ({result.best.number}) of study {result.study}\n"
                   + _config.to_toml(result.best_config.moved_to(Path(args.apply).resolve().parent)))
        print(f"wrote {args.apply}")
    return 130 if result.interrupted else EXIT_OK


def _print_trials(result, space, top: int) -> None:
    """The best complete trials as a table, best first."""
    ranked = result.ranked()[:max(0, top)]
    counts: dict[str, int] = {}
    for t in result.trials:
        counts[t.state] = counts.get(t.state, 0) + 1
    print("trials: " + ", ".join(f"{n} {state}" for state, n in sorted(counts.items())))
    if counts.get("pruned"):
        print("(pruned: stopped early because its dev figure after some epochs was worse than the median "
              "of the earlier trials at the same epoch; Optuna's median pruner)")
    if not ranked:
        return

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.4g}"
        return json.dumps(v) if isinstance(v, list) else str(v)

    header = ["trial", result.objective, "dev acc", "train loss", *space.keys, "seconds"]
    rows = [[str(t.number), cell(t.value), _fmt(t.figures["dev_accuracy"], pct=True), _fmt(t.figures["train_loss"]),
             *(cell(t.changes.get(k)) for k in space.keys), f"{t.figures['duration_s'] or 0:.2f}"] for t in ranked]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())

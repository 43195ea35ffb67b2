"""The ``nnsim`` command: everything the app does, headless.

``nnsim train CONFIG``, ``export``, ``predict``, ``gradcheck``, ``info``, ``tune``
and ``--version``; each subcommand is one function returning its exit code:
0 success; 1 the run diverged; 2 a bad config, input or file (a message,
never a traceback); 3 the gradient check says wrong.

What this is not: the mathematics (the engine modules) or anything graphical
(this package never imports Qt). Messages are English; the app words the
same errors in the learner's language from their codes.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__

EXIT_OK, EXIT_DIVERGED, EXIT_BAD_INPUT, EXIT_GRADCHECK_WRONG = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
PROJECT_SUFFIX = ".nnsim"
EXPORT_SUFFIXES = (".npz", ".json", ".onnx", ".py")


class CommandError(Exception):
    """A problem with the command's own inputs (not an engine error): exit 2 with this message."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nnsim",
        description="NNSim's engine from the command line: everything the app does, headless.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    p = sub.add_parser("train", help="train a run config (TOML), or continue a saved run (.nnsim), and report "
                                     "the figures per split; Ctrl+C stops after the current step and saves")
    p.add_argument("config", help="the run config, a TOML file; or a saved run, RUN.nnsim, to continue it")
    p.add_argument("--seed", type=int, help="override the config's top-level seed")
    p.add_argument("--epochs", type=int, help="override training.epochs: the total to reach (a saved run "
                   "continues up to it)")
    p.add_argument("--out", metavar="METRICS.json", help="write the final figures and history as JSON")
    p.add_argument("--save", metavar="RUN.nnsim", help="save the run as a project file")
    p.add_argument("--export", metavar="FILE", help="export the weights (.npz, .json, .onnx or .py)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(handler=_train)

    p = sub.add_parser("export", help="export a saved run's weights; the format follows the suffix")
    p.add_argument("run", metavar="RUN.nnsim")
    p.add_argument("--to", required=True, metavar="FILE", help=".npz, .json, .onnx or .py")
    p.add_argument("--dtype", choices=("float32", "float64"), default="float32",
                   help="ONNX number type (default float32)")
    p.set_defaults(handler=_export)

    p = sub.add_parser("predict", help="predict with a saved run on a CSV of raw input columns")
    p.add_argument("run", metavar="RUN.nnsim")
    p.add_argument("--input", required=True, metavar="DATA.csv", help="the raw input columns (header optional)")
    p.add_argument("--out", metavar="PREDICTIONS.csv", help="write here instead of standard output")
    p.set_defaults(handler=_predict)

    p = sub.add_parser("gradcheck", help="check backpropagation against numerical gradients")
    p.add_argument("config", help="the run config, a TOML file")
    p.add_argument("--steps", type=int, default=0, help="train this many steps before checking")
    p.add_argument("--examples", type=int, default=32, help="training examples to check on (default 32)")
    p.set_defaults(handler=_gradcheck)

    p = sub.add_parser("info", help="describe a saved run")
    p.add_argument("run", metavar="RUN.nnsim")
    p.set_defaults(handler=_info)

    p = sub.add_parser("tune", help="hyperparameter search (Optuna): trials compared on the dev set")
    p.add_argument("config", help="the run config, a TOML file (it needs data.dev_fraction > 0)")
    p.add_argument("--space", required=True, metavar="SPACE.toml", help="the search space, a TOML file")
    p.add_argument("--trials", required=True, type=int, metavar="N", help="trials the study should hold")
    p.add_argument("--jobs", type=int, metavar="J", help="worker processes (default: one per core)")
    p.add_argument("--storage", metavar="URL", help="a database URL (postgresql+psycopg://…) or a journal "
                   "file (default: a journal file in the user's data folder)")
    p.add_argument("--study", metavar="NAME", help="the study's name (default: the config's name and a hash "
                   "of the config, space, sampler, seed and objective)")
    p.add_argument("--sampler", choices=("random", "grid", "tpe"), default="random", help="default random")
    p.add_argument("--objective", choices=("dev_loss", "dev_accuracy"), default="dev_loss",
                   help="default dev_loss (minimised); dev_accuracy is maximised")
    p.add_argument("--seed", type=int, help="the sampler's seed (default: the config's seed)")
    p.add_argument("--epochs", type=int, help="override training.epochs for every trial")
    p.add_argument("--out", metavar="RESULTS.csv", help="write every trial as CSV")
    p.add_argument("--apply", metavar="BEST.toml", help="write the best trial's run config")
    p.add_argument("--top", type=int, default=5, metavar="K", help="best trials shown (default 5)")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(handler=_tune)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    # Frozen (the bundle), `nnsim tune`'s worker processes start this same executable.
    import multiprocessing

    multiprocessing.freeze_support()
    from .errors import NNSimError
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    try:
        return int(handler(args))
    except (NNSimError, CommandError) as e:
        print(f"nnsim: error: {printable(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as e:
        print(f"nnsim: error: {printable(e.filename or '')}: {printable(e.strerror or e)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("nnsim: interrupted", file=sys.stderr)
        return 130


# -- train ------------------------------------------------------------------------------------
class _Interrupted(Exception):
    """Ctrl+C during training: raised between two steps, so the run is whole."""


def _print_notices(cfg: _config.RunConfig) -> None:
    """What the config file read with an older meaning, on stderr."""
    from .errors import MESSAGES
    for code, params in cfg.notices:
        print(f"nnsim: note: {printable(MESSAGES[code].format(**params))}", file=sys.stderr)


def _train(args: argparse.Namespace) -> int:
    from . import config as _config

    continuing = Path(args.config).suffix.lower() == PROJECT_SUFFIX
    if continuing and args.seed is not None:
        raise CommandError(f"--seed: {args.config} is a saved run, whose seeds are its own; "
                           "--seed applies to a run config (.toml)")
    if continuing:
        from . import project
        trainer = project.load(args.config)
        _print_notices(trainer.config)
        inputs = [args.config]
        if args.epochs is not None:
            trainer.apply_training(trainer.config.replace({"training.epochs": args.epochs}))
    else:
        cfg = _config.load(args.config)
        _print_notices(cfg)
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
        from .training import Trainer
        trainer = Trainer(cfg)
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
            summary = trainer.run(callback=each_step, callback_every=1)
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
        from .io import write_text
        # standard JSON: a NaN or infinite figure (a diverging run's last evaluation) is written as null
        write_text(args.out, json.dumps(_json_safe(summary), indent=2, allow_nan=False) + "\n")
    if args.save:
        from . import project
        project.save(trainer, args.save)
    if args.export:
        from . import export
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


def check_outputs(inputs: Sequence[str | None], outputs: Sequence[tuple[str, str | None, Sequence[str]]]) -> None:
    """Refuse, before any work, an output path that would destroy an input or cannot be written.

    ``outputs`` are (flag, path or None, allowed suffixes). Each path must carry one of its
    suffixes, name none of ``inputs`` nor another output (a symbolic link counts as its
    target), and be writable (an existing folder; not a read-only or special file).
    """
    from .io import writable_target
    seen: dict[str, str] = {}
    taken = {os.path.realpath(p): p for p in inputs if p}
    for flag, path, suffixes in outputs:
        if not path:
            continue
        if Path(path).suffix.lower() not in suffixes:
            raise CommandError(f"{flag} {path}: the file must end in {' or '.join(suffixes)}")
        real = os.path.realpath(path)
        if real in taken:
            raise CommandError(f"{flag} {path} would overwrite the input {taken[real]}; choose another file")
        if real in seen:
            raise CommandError(f"{flag} {path} is also given to {seen[real]}; give each output its own file")
        seen[real] = flag
        try:
            writable_target(path)
        except OSError as e:
            raise CommandError(f"{flag} {path}: {e.strerror}") from None


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


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.4g}"


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


# -- export, predict, info --------------------------------------------------------------------
def _export(args: argparse.Namespace) -> int:
    from . import export, project
    check_outputs([args.run], [("--to", args.to, EXPORT_SUFFIXES)])
    trainer = project.load(args.run)
    export.export(trainer.network, trainer.problem.pipeline, args.to, dtype=args.dtype,
                  label_names=trainer.problem.dataset.label_names, task=trainer.problem.dataset.task)
    print(f"wrote {printable(args.to)}")
    return EXIT_OK


def read_input_csv(path: str | Path, columns: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The raw input columns from a CSV (header optional); an error with the line number otherwise."""
    from .limits import LIMITS, check_csv, read_bytes
    data = read_bytes(path, LIMITS.csv_bytes, "a CSV file")
    check_csv(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{path}: not UTF-8 text") from None
    rows = []                     # (line where the row starts, cells) of each non-blank row
    reader = csv.reader(io.StringIO(text))
    previous = 0
    try:
        for row in reader:
            line, previous = previous + 1, reader.line_num
            if any(c.strip() for c in row):
                rows.append((line, [c.strip() for c in row]))
    except csv.Error as e:        # e.g. a field over the csv module's size limit
        raise CommandError(f"{path}: line {previous + 1}: {e}") from None
    if not rows:
        raise CommandError(f"{path}: the file is empty")

    def is_number(s: str) -> bool:
        try:
            float(s)
            return True
        except ValueError:
            return False

    names = list(columns)
    order = list(range(len(names)))
    if not all(is_number(c) for c in rows[0][1]):
        header = rows[0][1]
        missing = [c for c in names if c not in header]
        if missing:
            raise CommandError(f"{path}: line 1: the header has no column {missing[0]!r}; "
                               f"the run was trained on columns {', '.join(names)}")
        order = [header.index(c) for c in names]
        width = len(header)
        rows = rows[1:]
    else:
        width = len(names)
    values = np.empty((len(rows), len(names)))
    for r, (line, row) in enumerate(rows):
        if len(row) != width:
            raise CommandError(f"{path}: line {line}: {len(row)} columns; expected {width}")
        for j, col in enumerate(order):
            try:
                values[r, j] = float(row[col])
            except ValueError:
                raise CommandError(f"{path}: line {line}: column {names[j]!r} is not a number: {row[col]!r}") from None
            if not np.isfinite(values[r, j]):
                raise CommandError(f"{path}: line {line}: column {names[j]!r} is not finite: {row[col]!r}")
    return names, values


def _predict(args: argparse.Namespace) -> int:
    from . import project
    check_outputs([args.run, args.input], [("--out", args.out, (".csv",))])
    trainer = project.load(args.run)
    names, raw = read_input_csv(args.input, trainer.problem.pipeline.columns)
    out = trainer.predict_raw(raw)
    K = out.shape[1]
    header = names + (["out"] if K == 1 else [f"out{i}" for i in range(K)])
    classes = None
    if trainer.is_classifier:
        header.append("class")
        idx = trainer.classes_of(out)
        label_names = trainer.problem.dataset.label_names
        classes = [label_names[i] if i < len(label_names) else str(i) for i in idx]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in range(raw.shape[0]):
        row = [repr(float(v)) for v in raw[r]] + [repr(float(v)) for v in out[r]]
        if classes is not None:
            row.append(classes[r])
        w.writerow(row)
    if args.out:
        from .io import write_text
        write_text(args.out, buf.getvalue())
    else:
        sys.stdout.write(buf.getvalue())
    return EXIT_OK


def printable(text: Any) -> str:
    """``text`` with every control or other unprintable character escaped as Python writes it.

    A project file is anyone's: its names must not send escape sequences or bells to a terminal.
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def _names(names: Sequence[Any]) -> str:
    return ", ".join(printable(n) for n in names)


def _class_lines(trainer) -> list[str]:
    """Which class each output column is: ``out`` is P(class 1) at a sigmoid, ``outK`` class K at softmax."""
    ds = trainer.problem.dataset
    if not trainer.is_classifier:
        return []
    names = [printable(ds.label_names[i]) if i < len(ds.label_names) else str(i) for i in range(ds.classes)]
    lines = ["classes   " + ", ".join(f"{i} = {n}" for i, n in enumerate(names))]
    if trainer.spec.output == "softmax":
        lines.append("outputs   " + ", ".join(f"out{i} = P(class {names[i]})" for i in range(len(names))))
    else:
        lines.append(f"outputs   out = P(class {names[-1]}); class {names[0]} below 0.5")
    return lines


def _info(args: argparse.Namespace) -> int:
    from . import project
    trainer = project.load(args.run)
    spec = trainer.spec
    ds = trainer.problem.dataset
    print(f"run       {printable(args.run)}")
    print(f"data      {printable(ds.source.get('dataset'))} ({len(ds.y)} rows, columns {_names(ds.columns)}, "
          f"{ds.task}" + (f", {ds.classes} classes" if ds.classes else "") + ")")
    for line in _class_lines(trainer):
        print(line)
    print(f"features  {_names(trainer.problem.pipeline.feature_names)}")
    acts = spec.hidden_activations
    print(f"network   {'-'.join(str(s) for s in spec.sizes)}, hidden {', '.join(acts) if acts else 'none'}, "
          f"output {spec.output}, loss {spec.loss}, init {trainer.network.init}")
    t = trainer.config.training
    print(f"training  {t['optimizer']}, learning rate {t['learning_rate']}, batch {trainer.batch_size}, "
          f"step {trainer.step_count}, epoch {trainer.epoch}")
    if trainer.stopped and trainer.reason:
        print(f"stopped   {printable(trainer.reason)}")
    ev = trainer.evaluate()
    for name in ("train", "dev", "test"):
        if ev[name] is not None:
            line = f"{name:9} loss {_fmt(ev[name]['loss'])}"
            if ev[name]["accuracy"] is not None:
                line += f", accuracy {_fmt(ev[name]['accuracy'], pct=True)}"
            print(line)
    return EXIT_OK


# -- gradcheck --------------------------------------------------------------------------------
def _gradcheck(args: argparse.Namespace) -> int:
    from . import config as _config
    from .gradcheck import gradient_check
    from .training import Trainer

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


# -- tune -------------------------------------------------------------------------------------
def _tune(args: argparse.Namespace) -> int:
    from . import config as _config
    from . import tuning, tuning_space

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
        from .io import write_text
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

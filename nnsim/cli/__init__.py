"""The ``nnsim`` command: everything the app does, headless.

``nnsim train CONFIG``, ``export``, ``predict``, ``gradcheck``, ``info``, ``tune``
and ``--version``; each subcommand is one function returning its exit code:
0 success; 1 the run diverged; 2 a bad config, input or file (a message,
never a traceback); 3 the gradient check says wrong.

What this is not: the mathematics (the engine modules) or anything graphical
(this package never imports Qt). Messages are English; the app words the
same errors in the learner's language from their codes.

The modules: ``common`` (exit codes, ``CommandError``, output checks), ``train`` (train and
gradcheck), ``runs`` (export, predict, info of a saved run), ``tune``; the parser and ``main``
(the console script ``nnsim``) are here.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from .. import training_path as _paths
from .common import (EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_GRADCHECK_WRONG, EXIT_INTERRUPTED, EXIT_OK, EXPORT_SUFFIXES,
                     PROJECT_SUFFIX, CommandError, check_outputs, printable)
from .runs import _export, _info, _predict, read_input_csv
from .train import _gradcheck, _train
from .tune import _print_trials as _print_trials  # re-exported: tests/engine/test_tuning.py prints the table
from .tune import _tune


class _Version(argparse.Action):
    """``--version``: two lines as they are (argparse's own action would re-wrap them)."""

    def __call__(self, parser, namespace, values, option_string=None):
        try:
            print(f"nnsim {__version__}\ntraining path: {_paths.describe()}", flush=True)
        except BrokenPipeError:           # `nnsim --version | head -n 1`: the reader has gone; no traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nnsim",
        description="NNSim's engine from the command line: everything the app does, headless.",
    )
    # the first line is the version alone (scripts read it); the second says which training path runs
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and the training path, and exit")
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
    from ..errors import NNSimError
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


__all__ = ["EXIT_BAD_INPUT", "EXIT_DIVERGED", "EXIT_GRADCHECK_WRONG", "EXIT_INTERRUPTED", "EXIT_OK",
           "EXPORT_SUFFIXES", "PROJECT_SUFFIX", "CommandError", "build_parser", "check_outputs", "main",
           "printable", "read_input_csv"]

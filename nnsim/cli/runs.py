"""``nnsim export``, ``predict`` and ``info``: what can be done with a saved run (.nnsim)."""
from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .common import EXIT_OK, EXPORT_SUFFIXES, CommandError, _fmt, check_outputs, printable


def _export(args: argparse.Namespace) -> int:
    from .. import export, project
    check_outputs([args.run], [("--to", args.to, EXPORT_SUFFIXES)])
    trainer = project.load(args.run)
    export.export(trainer.network, trainer.problem.pipeline, args.to, dtype=args.dtype,
                  label_names=trainer.problem.dataset.label_names, task=trainer.problem.dataset.task)
    print(f"wrote {printable(args.to)}")
    return EXIT_OK


def read_input_csv(path: str | Path, columns: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The raw input columns from a CSV (header optional); an error with the line number otherwise."""
    from ..limits import LIMITS, check_csv, read_bytes
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
    from .. import project
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
        from ..io import write_text
        write_text(args.out, buf.getvalue())
    else:
        sys.stdout.write(buf.getvalue())
    return EXIT_OK


#: Column lists longer than this are shortened to their first and last names (digits: 64 columns).
SHOWN_NAMES = 12


def _names(names: Sequence[Any]) -> str:
    """The names, comma-separated; a long list as its first three, "…", its last and the count."""
    names = [printable(n) for n in names]
    if len(names) > SHOWN_NAMES:
        return f"{', '.join(names[:3])}, …, {names[-1]} ({len(names)})"
    return ", ".join(names)


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
    from .. import data as _data
    from .. import project
    trainer = project.load(args.run)
    spec = trainer.spec
    ds = trainer.problem.dataset
    print(f"run       {printable(args.run)}")
    print(f"data      {printable(ds.source.get('dataset'))} ({len(ds.y)} rows, columns {_names(ds.columns)}, "
          f"{ds.task}" + (f", {ds.classes} classes" if ds.classes else "") + ")")
    shipped = _data.SHIPPED.get(ds.source.get("dataset"))
    if shipped is not None:
        print(f"source    {shipped.source}")
    if ds.source.get("dataset") == "csv":
        print(f"label     column {printable(repr(ds.source.get('label')))}")
    if ds.source.get("index_column") is not None:
        print(f"dropped   column {printable(repr(ds.source['index_column']))}, the file's first: a row index")
    for line in _class_lines(trainer):
        print(line)
    print(f"features  {_names(trainer.problem.pipeline.feature_names)}")
    acts = spec.hidden_activations
    print(f"network   {'-'.join(str(s) for s in spec.sizes)}, hidden {', '.join(acts) if acts else 'none'}, "
          f"output {spec.output}, loss {spec.loss}, init {trainer.network.init}"
          + (f", batch norm (ρ = {spec.batch_norm_decay:g})" if spec.batch_norm else ""))
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

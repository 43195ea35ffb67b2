"""CSV files: a reader that names the line and the cell that is wrong, and a writer it reads back."""
from __future__ import annotations

import csv
import io
import math
import numbers
import os
from typing import Any, Sequence

import numpy as np

from .. import limits as _limits
from ..errors import DataError, unknown
from .checks import _is_list
from .dataset import CLASSIFICATION, REGRESSION, TASKS, Dataset


def load_csv(path: str | os.PathLike, label: str | int | None = None,
             features: Sequence[str] | None = None, task: str = CLASSIFICATION) -> Dataset:
    """Read ``path`` (UTF-8, a byte-order mark tolerated) and parse it with ``parse_csv``."""
    if not isinstance(path, (str, os.PathLike)):
        raise DataError("bad_type", name="path", expected="a file path", actual=type(path).__name__)
    try:
        data = _limits.read_bytes(path, _limits.LIMITS.csv_bytes, "a CSV file")
    except OSError as e:
        raise DataError("file_unreadable", path=str(path), reason=e.strerror or str(e)) from None
    _limits.check_csv(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DataError("file_not_utf8", path=str(path), line=data[:e.start].count(b"\n") + 1) from None
    return parse_csv(text, label, features, task, name=str(path))


def csv_columns(text: str, name: str = "<text>") -> tuple[str, ...]:
    """The column names ``parse_csv`` gives CSV ``text`` (its first two rows decide): for a look
    at a file's first lines (``nnsim.csv_head``) without parsing the rest."""
    records = _records(text, name)
    if not records:
        raise DataError("csv_empty", name=name, line=1)
    head = records[0][1]
    if not _has_header(records):
        return tuple(f"c{i}" for i in range(len(head)))
    return tuple(c or f"c{i}" for i, c in enumerate(head))


def parse_csv(text: str, label: str | int | None = None, features: Sequence[str] | None = None,
              task: str = CLASSIFICATION, name: str = "<text>") -> Dataset:
    """A Dataset from CSV text, or a DataError naming the line (the header is line 1) and the fault.

    Header: present when a cell of the first row is a word above a number in the second row
    (or every cell of the first row is a word); a file without one names its columns c0, c1, ….
    ``label``: a column name or index (default: the last column). ``features``: column names
    (default: every other column). Classification labels become indices in sorted order of
    their distinct values (numerically when every label is a number), the names kept in
    ``label_names``; regression labels must be numbers. Nothing is returned half-loaded.

    Without ``features``, a first column that looks like a row index (a blank header, or
    "Unnamed: 0", as pandas writes one; or the values 0, 1, 2, … in order) is left out of the
    inputs, said in the Dataset's ``notices`` and named in its ``source["index_column"]``.
    """
    if not isinstance(task, str) or task not in TASKS:
        raise unknown("task", task, TASKS)
    if not isinstance(text, str):
        raise DataError("bad_type", name="text", expected="a str", actual=type(text).__name__)
    records = _records(text, name)
    if not records:
        raise DataError("csv_empty", name=name, line=1)
    head_line, head = records[0]
    has_header = _has_header(records)
    if has_header:
        columns = tuple(c or f"c{i}" for i, c in enumerate(head))
        for i, c in enumerate(columns):
            if c in columns[:i]:
                raise DataError("csv_duplicate_column", name=name, line=head_line, column=c)
        records = records[1:]
        if not records:
            raise DataError("csv_header_only", name=name, line=head_line)
    else:
        columns = tuple(f"c{i}" for i in range(len(head)))
    _limits.check(f"{name}: the number of columns", len(columns), _limits.LIMITS.csv_columns)
    _limits.check(f"{name}: rows × columns", len(records) * len(columns), _limits.LIMITS.data_values)
    li = _label_index(label, columns, name, head_line)
    fi = _feature_indices(features, columns, li, name, head_line)
    index_notice = _index_notice(head if has_header else None, records, li) if features is None else None
    if index_notice is not None and len(fi) > 1:
        fi.remove(0)
    else:
        index_notice = None
    X = np.empty((len(records), len(fi)))
    texts, values = [], []
    for r, (line, cells) in enumerate(records):
        if len(cells) != len(columns):
            raise DataError("csv_columns", name=name, line=line, found=len(cells), expected=len(columns),
                            first_line=head_line)
        for c, j in enumerate(fi):
            X[r, c] = _cell_number(cells[j], name, line, columns[j])
        if task == REGRESSION:
            values.append(_cell_number(cells[li], name, line, columns[li]))
        else:
            text_ = cells[li]
            if not text_:
                raise DataError("csv_empty_cell", name=name, line=line, column=columns[li])
            value = _number(text_)
            if value is not None and not math.isfinite(value):
                raise DataError("csv_not_finite", name=name, line=line, column=columns[li], text=text_)
            texts.append(text_)
            values.append(value)
    source = {"dataset": "csv", "path": name, "label": columns[li], "features": [columns[j] for j in fi]}
    notices: tuple = ()
    if index_notice is not None:
        source["index_column"] = columns[0]
        notices = ((index_notice, {"name": name, "column": columns[0]}),)
    feature_columns = tuple(columns[j] for j in fi)
    if task == REGRESSION:
        return Dataset(X, np.array(values), feature_columns, REGRESSION, 0, (), source, notices)
    if all(v is not None for v in values):
        keys, names = values, None                   # numeric labels: ordered as numbers
    else:
        keys, names = texts, texts
    distinct = sorted(set(keys))
    _limits.check(f"{name}: the number of classes in column {columns[li]!r}", len(distinct), _limits.LIMITS.classes)
    if len(distinct) < 2:
        raise DataError("csv_single_class", name=name, line=records[0][0], rows=len(records),
                        label=texts[0])
    index = {k: i for i, k in enumerate(distinct)}
    label_names = tuple(distinct) if names is not None else tuple(_number_name(v) for v in distinct)
    return Dataset(X, np.array([index[k] for k in keys], dtype=np.int64), feature_columns,
                   CLASSIFICATION, len(distinct), label_names, source, notices)


def to_csv_text(ds: Dataset) -> str:
    """CSV text of ``ds``: a header (the columns, then ``label``), then one row per example.

    Classification labels are written as their names; numbers as Python's shortest exact repr,
    so ``parse_csv(text, label="label", task=ds.task)`` gives the same data (classes that no
    example uses are not kept).
    """
    if "label" in ds.columns:
        raise DataError("label_column_taken", column="label")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*ds.columns, "label"])
    classify = ds.task == CLASSIFICATION
    for row, target in zip(ds.X.tolist(), ds.y.tolist()):
        writer.writerow([*map(repr, row), ds.label_names[target] if classify else repr(target)])
    return out.getvalue()


_END = "\x00nnsim: end of text\x00"       # a last row of our own: swallowed only by an open quote


def _records(text: str, name: str) -> list[tuple[int, list[str]]]:
    """(line, stripped cells) of each non-blank row; line is where the row starts, 1-based."""
    stream = io.StringIO(text.removeprefix("\ufeff") + "\n" + _END + "\n", newline="")
    reader = csv.reader(stream, skipinitialspace=True)
    records, previous = [], 0
    try:
        for row in reader:
            if row == [_END]:
                return records
            line, previous = previous + 1, reader.line_num
            cells = [c.strip() for c in row]
            if cells and cells != [""]:
                records.append((line, cells))
    except csv.Error as e:
        raise DataError("csv_syntax", name=name, line=previous + 1, detail=str(e)) from None
    raise DataError("csv_open_quote", name=name, line=line)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _number_name(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 2 ** 53 else repr(value)


def _has_header(records: list[tuple[int, list[str]]]) -> bool:
    first = records[0][1]
    words = [bool(c) and _number(c) is None for c in first]
    if not any(words):
        return False
    if len(records) == 1 or all(words):
        return True
    second = records[1][1]
    return any(w and j < len(second) and _number(second[j]) is not None for j, w in enumerate(words))


#: Headers pandas gives a row index: none when written, "Unnamed: 0" when read back and written again.
_INDEX_HEADERS = ("", "Unnamed: 0")


def _index_notice(head: list[str] | None, records: list[tuple[int, list[str]]], li: int) -> str | None:
    """The notice code when the first column looks like a row index (and is not the label), else None."""
    if li == 0:
        return None
    if head is not None and head[0] in _INDEX_HEADERS:
        return "csv_index_blank"
    if len(records) > 1 and all(cells and cells[0] == str(r) for r, (_, cells) in enumerate(records)):
        return "csv_index_count"
    return None


def _cell_number(text: str, name: str, line: int, column: str) -> float:
    if not text:
        raise DataError("csv_empty_cell", name=name, line=line, column=column)
    value = _number(text)
    if value is None:
        raise DataError("csv_not_number", name=name, line=line, column=column, text=text)
    if not math.isfinite(value):
        raise DataError("csv_not_finite", name=name, line=line, column=column, text=text)
    return value


def _label_index(label: Any, columns: tuple[str, ...], name: str, line: int) -> int:
    if label is None:
        return len(columns) - 1
    if isinstance(label, numbers.Integral) and not isinstance(label, bool):
        if -len(columns) <= label < len(columns):
            return int(label) % len(columns)
    elif isinstance(label, str):
        if label in columns:
            return columns.index(label)
    else:
        raise DataError("bad_type", name="label", expected="a column name or index",
                        actual=type(label).__name__)
    raise DataError("csv_no_label", name=name, line=line, label=label, columns=", ".join(columns))


def _feature_indices(features: Any, columns: tuple[str, ...], li: int, name: str, line: int) -> list[int]:
    if features is None:
        fi = [j for j in range(len(columns)) if j != li]
    else:
        if not _is_list(features) or not all(isinstance(f, str) for f in features):
            raise DataError("bad_type", name="features", expected="a list of column names",
                            actual=repr(features))
        fi = []
        for f in features:
            if f not in columns:
                raise DataError("csv_unknown_feature", name=name, line=line, feature=f,
                                columns=", ".join(columns))
            if columns.index(f) == li:
                raise DataError("csv_label_is_feature", name=name, line=line, column=f)
            if columns.index(f) in fi:
                raise DataError("duplicate_feature", feature=f)
            fi.append(columns.index(f))
    if not fi:
        raise DataError("csv_no_features", name=name, line=line, columns=", ".join(columns))
    return fi

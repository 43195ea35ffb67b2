"""Write the shipped data sets, ``resources/datasets/<name>.csv.gz``, from scikit-learn's wheel.

    pip download scikit-learn --no-deps -d /tmp/skl
    python scripts/make_datasets.py /tmp/skl/scikit_learn-*.whl

scikit-learn is not a dependency: its wheel is only read here, as a zip. It carries copies of
four UCI data sets (iris.csv, wine_data.csv, breast_cancer.csv, digits.csv.gz) whose first line
is "rows,columns,class names…" (digits: no header); the column names are in the wheel's
``sklearn/datasets/_base.py`` (read with ``ast``, never imported), the digits' are
``pixel_<row>_<column>`` as scikit-learn names them.

Each file written is a CSV: a header (the columns, then ``label``), one row an example, the
numbers exactly as scikit-learn's files write them, the label as the class name. gzip with
no time stamp, so the same wheel gives the same bytes. ``nnsim.data.shipped`` reads them and
checks them against its registry (the rows, the class names).
"""
from __future__ import annotations

import argparse
import ast
import csv
import gzip
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "datasets"
BASE = "sklearn/datasets/_base.py"
DATA = "sklearn/datasets/data/"
# our name -> (scikit-learn's file, its loader in _base.py)
SOURCES = {"iris": ("iris.csv", "load_iris"), "wine": ("wine_data.csv", "load_wine"),
           "breast_cancer": ("breast_cancer.csv", "load_breast_cancer"),
           "digits": ("digits.csv.gz", "load_digits")}


def feature_names(base_source: str, loader: str) -> list[str]:
    """The literal ``feature_names = [...]`` (or ``np.array([...])``) inside ``loader``."""
    if loader == "load_digits":                    # a comprehension there: pixel_<row>_<column>
        return [f"pixel_{r}_{c}" for r in range(8) for c in range(8)]
    for node in ast.walk(ast.parse(base_source)):
        if isinstance(node, ast.FunctionDef) and node.name == loader:
            for stmt in ast.walk(node):
                if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "feature_names"
                                                        for t in stmt.targets):
                    value = stmt.value
                    if isinstance(value, ast.Call):   # np.array([...])
                        value = value.args[0]
                    return [ast.literal_eval(e) for e in value.elts]
    raise SystemExit(f"{BASE}: no literal feature_names in {loader}")


def rows(wheel: zipfile.ZipFile, file: str) -> tuple[list[str], list[list[str]]]:
    """(class names, rows whose last cell is the class index) of one of scikit-learn's files."""
    raw = wheel.read(DATA + file)
    text = gzip.decompress(raw).decode() if file.endswith(".gz") else raw.decode()
    records = [r for r in csv.reader(io.StringIO(text)) if r]
    if file.startswith("digits"):
        return [str(k) for k in range(10)], records
    n, columns, *names = records[0]
    body = records[1:]
    if len(body) != int(n) or any(len(r) != int(columns) + 1 for r in body):
        raise SystemExit(f"{file}: the header says {n} rows of {columns} columns")
    return names, body


def make(wheel_path: Path, out: Path) -> None:
    with zipfile.ZipFile(wheel_path) as wheel:
        base = wheel.read(BASE).decode()
        out.mkdir(parents=True, exist_ok=True)
        for name, (file, loader) in SOURCES.items():
            columns = feature_names(base, loader)
            classes, body = rows(wheel, file)
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow([*columns, "label"])
            for r in body:
                if len(r) != len(columns) + 1:
                    raise SystemExit(f"{file}: a row of {len(r)} cells; expected {len(columns) + 1}")
                writer.writerow([*r[:-1], classes[int(r[-1])]])
            target = out / f"{name}.csv.gz"
            target.write_bytes(gzip.compress(buf.getvalue().encode(), compresslevel=9, mtime=0))
            print(f"{target}: {len(body)} rows, {len(columns)} columns, "
                  f"classes {', '.join(classes)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="scikit-learn's wheel (any platform's: the data are the same)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default {OUT.relative_to(ROOT)})")
    args = parser.parse_args()
    make(args.wheel, args.out)


if __name__ == "__main__":
    main()

"""The shipped data sets: four real data sets from the UCI repository, loaded by name like the generators.

Iris, Wine, Breast Cancer Wisconsin (Diagnostic) and the 8×8 handwritten digits, as the
gzip-compressed CSV files ``resources/datasets/<name>.csv.gz`` (installed as the package
``nnsim_resources.datasets``, found through ``importlib.resources``, so they load from a wheel
and from the frozen bundle alike). ``scripts/make_datasets.py`` writes the files from
scikit-learn's copies; the README beside them names the sources and the licence (CC BY 4.0).

What this is not: a downloader. The rows are fixed: these sets take no ``samples``, ``noise``
or ``classes``; ``features`` picks columns by their names. The class order is the registry's
(scikit-learn's: malignant = 0, benign = 1), not the sorted order a CSV import would give.
"""
from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from ..errors import DataError, unknown
from .checks import _is_list
from .csv_files import parse_csv
from .dataset import CLASSIFICATION, Dataset

PACKAGE = "nnsim_resources.datasets"
LABEL = "label"                          # the files' label column


@dataclass(frozen=True)
class Shipped:
    """A registry entry: a real data set shipped as a file; its rows and class names are fixed."""
    name: str
    title: str
    description: str
    label_names: tuple[str, ...]         # in class-index order
    rows: int
    source: str                          # the citation (the README's)
    image: tuple[int, int] | None = None # (height, width) when each row is an image, pixels row by row
    task: str = CLASSIFICATION

    @property
    def classes(self) -> int:
        return len(self.label_names)

    @property
    def file(self) -> str:
        return f"{self.name}.csv.gz"


_UCI = "UCI Machine Learning Repository (CC BY 4.0)"
_SHIPPED = (
    Shipped("iris", "Iris (real data)",
            "150 iris flowers, 4 measurements in cm, 3 species (Fisher, 1936).",
            ("setosa", "versicolor", "virginica"), 150,
            f"Fisher, R. A. (1936). Iris. {_UCI}. https://doi.org/10.24432/C56C76"),
    Shipped("wine", "Wine (real data)",
            "178 wines, 13 chemical measurements, 3 cultivars.",
            ("class_0", "class_1", "class_2"), 178,
            f"Aeberhard, S. & Forina, M. (1992). Wine. {_UCI}. https://doi.org/10.24432/C5PC7J"),
    Shipped("breast_cancer", "Breast cancer (real data)",
            "569 breast masses, 30 measurements of their cell nuclei, malignant or benign.",
            ("malignant", "benign"), 569,
            "Wolberg, W., Mangasarian, O., Street, N. & Street, W. (1993). Breast Cancer Wisconsin "
            f"(Diagnostic). {_UCI}. https://doi.org/10.24432/C5DW2B"),
    Shipped("digits", "Handwritten digits (real data)",
            "1,797 handwritten digits, 8×8 pixels of ink 0 to 16, the digits 0 to 9.",
            tuple(str(k) for k in range(10)), 1797,
            "Alpaydin, E. & Kaynak, C. (1998). Optical Recognition of Handwritten Digits. "
            f"{_UCI}. https://doi.org/10.24432/C50P49", image=(8, 8)),
)

#: Every shipped data set by name.
SHIPPED: dict[str, Shipped] = {s.name: s for s in _SHIPPED}


def own_columns(dataset: str) -> bool:
    """Whether the data set a config names feeds the network its own columns (a CSV file, a shipped
    set) rather than x1, x2 through the feature map (the generators, drawn points)."""
    return dataset == "csv" or dataset in SHIPPED


def _entry(name: str) -> Shipped:
    if not isinstance(name, str) or name not in SHIPPED:
        raise unknown("dataset", name, SHIPPED)
    return SHIPPED[name]


@cache
def _text(name: str) -> str:
    return gzip.decompress(resources.files(PACKAGE).joinpath(_entry(name).file).read_bytes()).decode("utf-8")


def columns(name: str) -> tuple[str, ...]:
    """The data set's column names (its inputs), in file order: what ``features`` may name."""
    header = _text(name).split("\n", 1)[0].split(",")
    if header[-1] != LABEL:
        raise DataError("csv_no_label", name=_entry(name).file, line=1, label=LABEL, columns=", ".join(header))
    return tuple(header[:-1])


def load(name: str, features: Sequence[str] | None = None) -> Dataset:
    """The shipped data set ``name`` (a SHIPPED key), its columns ``features`` (default: all), read-only."""
    if features is not None and not (_is_list(features) and all(isinstance(f, str) for f in features)):
        raise DataError("bad_type", name="features", expected="a list of column names", actual=repr(features))
    return _load(name, None if features is None else tuple(features))


@lru_cache(maxsize=16)
def _load(name: str, features: tuple[str, ...] | None) -> Dataset:
    entry = _entry(name)
    ds = parse_csv(_text(name), label=LABEL, features=features, name=entry.file)
    if len(ds.y) != entry.rows or set(ds.label_names) != set(entry.label_names):
        raise DataError("bad_shape", name=entry.file, shape=(len(ds.y), ds.classes),
                        expected=f"({entry.rows} rows, {entry.classes} classes)")
    # parse_csv orders the classes by sorting their names; the registry's order is the data set's own
    order = np.array([entry.label_names.index(n) for n in ds.label_names])
    return Dataset(ds.X, order[ds.y], ds.columns, CLASSIFICATION, entry.classes, entry.label_names,
                   {"dataset": name})


BITMAP_BLOCK = 4        # each pixel of the digits counts the ink of a 4×4 block of a 32×32 bitmap (UCI's note)


def count_bitmap(bitmap: Sequence[float], shape: tuple[int, int], most: float = 16.0) -> np.ndarray:
    """A drawing on the bitmap the digits' pixels count (``BITMAP_BLOCK`` × the image: 32×32 for
    8×8) made into pixels the way UCI made the data set: the ink's bounding box scaled to the
    bitmap's full height (its width by the same factor, squeezed if wider than the bitmap; every
    image of the data set fills its 8 rows), centred left to right, then the ink counted in the
    non-overlapping ``BITMAP_BLOCK``² blocks, scaled to 0..``most`` (16: the count of inked pixels).
    bitmap ((h·B)·(w·B),) ink 0..1 → (h·w,) whole numbers in 0..``most``; no ink gives zeros; the
    same drawing moved or drawn larger gives (nearly) the same result."""
    h, w = shape
    H, W = h * BITMAP_BLOCK, w * BITMAP_BLOCK
    big = np.clip(np.nan_to_num(np.asarray(bitmap, dtype=float).reshape(H, W)), 0.0, 1.0)
    rows, cols = np.flatnonzero(big.any(axis=1)), np.flatnonzero(big.any(axis=0))
    if not len(rows):
        return np.zeros(h * w)
    crop = big[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    ch, cw = crop.shape
    nw = max(1, min(W, round(cw * H / ch)))
    ri = np.minimum(((np.arange(H) + 0.5) * ch / H).astype(int), ch - 1)       # nearest source pixel
    ci = np.minimum(((np.arange(nw) + 0.5) * cw / nw).astype(int), cw - 1)
    out = np.zeros((H, W))
    left = (W - nw) // 2
    out[:, left:left + nw] = crop[np.ix_(ri, ci)]
    counts = out.reshape(h, BITMAP_BLOCK, w, BITMAP_BLOCK).mean(axis=(1, 3))
    return np.rint(counts * most).ravel()


def fit_drawing(values: Sequence[float], shape: tuple[int, int], most: float = 16.0) -> np.ndarray:
    """A drawing given either as the image's own pixels (h·w values, ink 0..``most``; each spread
    over its ``BITMAP_BLOCK``² block of the bitmap) or as the bitmap itself ((h·B)·(w·B) values,
    ink 0..1: the drawing pad's), scaled and centred and counted as ``count_bitmap`` does.
    → (h·w,) whole numbers in 0..``most``."""
    h, w = shape
    v = np.asarray(values, dtype=float).ravel()
    if v.size == h * w * BITMAP_BLOCK ** 2:
        return count_bitmap(v, shape, most)
    small = np.clip(np.nan_to_num(v.reshape(h, w)), 0.0, most) / most
    return count_bitmap(np.kron(small, np.ones((BITMAP_BLOCK, BITMAP_BLOCK))).ravel(), shape, most)

"""The seeded train/dev/test split.

An int seed given to both ``generate`` and ``split`` gives independent streams (the split mixes
a constant into its seed), so the split never echoes the noise.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import DataError
from .checks import Array, _real, _rng, _whole


@dataclass(frozen=True, eq=False)
class Split:
    """Index arrays (int64, sorted) into the data set: disjoint, together every row."""
    train: Array
    dev: Array
    test: Array


_SPLIT_STREAM = 0x5B117                     # mixed into an int seed: the split's own random stream


def split(n: int, dev_fraction: float, test_fraction: float,
          seed: int | np.random.Generator) -> Split:
    """Split rows 0..n-1 at random: round(n·test_fraction) test rows, round(n·dev_fraction) dev rows
    (halves round up), the rest train. Each fraction in [0, 0.9], their sum below 1, and train
    must keep at least one row."""
    n = _whole("n", n, 1, None)
    dev = _real("dev_fraction", dev_fraction, 0.0, 0.9)
    test = _real("test_fraction", test_fraction, 0.0, 0.9)
    if dev + test >= 1:
        raise DataError("out_of_range", name="dev_fraction + test_fraction", rule="less than 1",
                        value=dev + test)
    n_dev, n_test = math.floor(n * dev + 0.5), math.floor(n * test + 0.5)
    if n_dev + n_test >= n:
        raise DataError("split_no_train", n=n, dev=dev, test=test)
    if isinstance(seed, np.random.Generator):
        rng = seed
    else:
        rng = np.random.default_rng([_rng(seed)[1], _SPLIT_STREAM])
    order = rng.permutation(n)
    parts = order[:n_test], order[n_test:n_test + n_dev], order[n_test + n_dev:]
    return Split(*(np.sort(p).astype(np.int64) for p in (parts[2], parts[1], parts[0])))

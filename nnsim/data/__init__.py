"""Data: toy data sets, CSV files, the input pipeline and the train/dev/test split.

What it is: the 2-D generators lessons draw points from (TensorFlow
Playground's circle, XOR, Gaussian blobs and spiral; scikit-learn's moons; the
course's flower; two regression surfaces), a CSV reader that names the line
and the cell that is wrong, the input pipeline (raw columns → feature map →
standardisation fitted on the training rows, so every column the network sees
has mean 0 and std 1 there) and the seeded split. What it is
not: a data-frame library. Arrays are float64 NumPy, one row an example.

Randomness: whatever draws takes a seed or a ``numpy.random.Generator``. An int
seed given to both ``generate`` and ``split`` gives independent streams (the
split mixes a constant into its seed), so the split never echoes the noise.

The modules: ``dataset`` (``Dataset``, the task names), ``generators``, ``shipped`` (the real
data sets loaded by name: iris, wine, breast_cancer, digits), ``csv_files``,
``pipeline`` (features and standardisation), ``splitting``, and ``checks`` (the argument
checks they share). Every name is importable from here.
"""
from __future__ import annotations

from .checks import Array
from .csv_files import csv_columns, load_csv, parse_csv, to_csv_text
from .dataset import CLASSIFICATION, MAX_CLASSES, MAX_SAMPLES, REGRESSION, TASKS, Dataset, from_points
from .generators import GENERATORS, Generator, generate
from .pipeline import FEATURES, Feature, Pipeline, fit_pipeline, map_features
from .shipped import BITMAP_BLOCK, SHIPPED, Shipped, count_bitmap, fit_drawing, own_columns
from .shipped import columns as shipped_columns
from .shipped import load as load_shipped
from .splitting import Split, split

__all__ = ["Array", "CLASSIFICATION", "Dataset", "FEATURES", "Feature", "GENERATORS", "Generator", "MAX_CLASSES",
           "MAX_SAMPLES", "Pipeline", "REGRESSION", "SHIPPED", "Shipped", "Split", "TASKS", "csv_columns",
           "BITMAP_BLOCK", "count_bitmap", "fit_drawing", "fit_pipeline", "from_points", "generate", "load_csv",
           "load_shipped", "map_features", "own_columns",
           "parse_csv", "shipped_columns", "split", "to_csv_text"]

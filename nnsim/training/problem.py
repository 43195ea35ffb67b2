"""The data as the network sees it: the data set a config names, split, the pipeline fitted, the targets.

``prepare`` also derives the network's shape from the data; ``auto_eval_every`` how often to evaluate.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .. import data as _data
from ..config import ConfigError, RunConfig
from ..network import NetworkSpec

Array = np.ndarray
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Problem:
    """The data as the network sees it: per split, inputs X and targets Y (and labels y)."""
    dataset: "_data.Dataset"
    split: "_data.Split"
    pipeline: "_data.Pipeline"
    X: dict[str, Array]          # split -> (m, features)
    Y: dict[str, Array]          # split -> (m, outputs)
    y: dict[str, Array]          # split -> (m,) class indices or targets


def build_dataset(config: RunConfig) -> "_data.Dataset":
    """The raw data a config names: generated from the data seed, shipped, or read from its CSV."""
    d = config.data
    if d["dataset"] == "drawn":
        raise ConfigError("bad_value", key="data.dataset", value="drawn",
                          rule="a generator or csv here: drawn points travel inside a project file")
    if d["dataset"] == "csv":
        path = config.base_dir / d["path"]
        task = _data.REGRESSION if config.network["output"] == "linear" else _data.CLASSIFICATION
        return _data.load_csv(path, label=d["label"], features=d["features"], task=task)
    if d["dataset"] in _data.SHIPPED:
        return _data.load_shipped(d["dataset"], features=d["features"])
    return _data.generate(d["dataset"], samples=d["samples"], noise=d["noise"], seed=config.data_seed,
                          classes=d["classes"])


def targets(y: Array, output: str, classes: int) -> Array:
    """The targets Y the network trains on for classes ``y``: one-hot rows (softmax) or a column."""
    if output == "softmax":
        Y = np.zeros((y.shape[0], classes))
        Y[np.arange(y.shape[0]), y.astype(int)] = 1.0
        return Y
    return y.astype(float).reshape(-1, 1)


def prepare(config: RunConfig, dataset: "_data.Dataset",
            standardize_before_map: bool = False) -> tuple[Problem, NetworkSpec]:
    """Split, fit the input pipeline on the training rows, and derive the network's shape.

    ``standardize_before_map``: project format 1's order (raw x1, x2 standardised, then mapped).
    """
    d, n = config.data, config.network
    output = n["output"]
    if dataset.task == _data.CLASSIFICATION:
        if output == "linear":
            raise ConfigError("bad_value", key="network.output", value=output,
                              rule="sigmoid or softmax for classification data")
        if output == "sigmoid" and dataset.classes != 2:
            raise ConfigError("bad_value", key="network.output", value=output,
                              rule=f"softmax for {dataset.classes} classes (sigmoid separates two)")
    elif output != "linear":
        raise ConfigError("bad_value", key="network.output", value=output, rule="linear for regression data")
    split = _data.split(len(dataset.y), d["dev_fraction"], d["test_fraction"], config.data_seed)
    if _data.own_columns(d["dataset"]) or len(dataset.columns) != 2:
        features = None
    else:
        features = tuple(d["features"] or ("x1", "x2"))
    pipeline = _data.fit_pipeline(dataset.X[split.train], dataset.columns, standardize=d["standardize"],
                                  features=features, before_map=standardize_before_map)
    X, Y, y = {}, {}, {}
    for name in SPLITS:
        idx = getattr(split, name)
        X[name] = pipeline.transform(dataset.X[idx])
        y[name] = dataset.y[idx]
        Y[name] = targets(dataset.y[idx], output, dataset.classes)
    spec = NetworkSpec(inputs=pipeline.n_features, hidden=tuple(n["hidden"]),
                       activation=n["activation"] if isinstance(n["activation"], str) else tuple(n["activation"]),
                       output=output, outputs=dataset.classes if output == "softmax" else 1, loss=n["loss"],
                       batch_norm=n["batch_norm"], batch_norm_decay=n["batch_norm_decay"])
    return Problem(dataset, split, pipeline, X, Y, y), spec


def auto_eval_every(train_rows: int, total_rows: int, batch: int, compiled: bool = False) -> int:
    """Steps between evaluations so that evaluating costs about a tenth of training.

    Cost in "example-layer passes", with a fixed per-call overhead worth about
    64 examples (small networks are overhead-bound): a step is forward and
    backward (≈ 3 passes) over the batch; an evaluation is one forward over
    every split.

    ``compiled``: the cadence on the compiled kernel, where a step has almost no per-call overhead
    and the time goes to the transcendental functions of every row: measured (benchmarks/engine.py,
    ``…_eval_share_compiled``), evaluating one row costs about what training on 2.2 rows does
    (2-4-2-1 tanh: 13.5 steps of batch 10 for 300 rows; 2-8×6-1 ReLU: 3.2 steps of batch 30), so
    ``9 · total_rows / (2 · batch)`` steps between evaluations keep them under a tenth; never finer
    than the NumPy path's cadence.
    """
    overhead = 64
    step = 3 * (batch + overhead)
    evaluation = total_rows + 3 * overhead
    every = max(10, math.ceil(10 * evaluation / step))
    return max(every, math.ceil(9 * total_rows / (2 * batch))) if compiled else every

"""The small training runs that the path tests build (tests/engine/test_fast_path.py,
tests/engine/test_compiled_path.py): one config per activation, output (and loss), optimizer,
regularizer, dropout and batch norm, on 64 rows in batches of 12 (an epoch's last batch short),
evaluated every 5 steps; and every array a trainer carries forward."""
from __future__ import annotations

import numpy as np

from nnsim import config
from nnsim.training import Trainer

#: The regularizers by index: none, L2, L1, both.
REGS = ({}, {"l2": 0.3}, {"l1": 0.05}, {"l2": 0.2, "l1": 0.02})
DATA = {"sigmoid": {"dataset": "circle"}, "softmax": {"dataset": "gauss", "classes": 3},
        "linear": {"dataset": "plane"}}


def case_config(act: str = "tanh", output: str = "sigmoid", opt: str = "adam", reg: int = 0,
                dropout: bool = False, bn: bool = False, loss: str | None = None,
                **changes) -> config.RunConfig:
    """The case's config; ``changes`` as section__name=value (``training__batch_size=0``)."""
    raw = {"data": {**DATA[output], "samples": 64, "seed": 3},
           "network": {"hidden": [5, 4], "activation": act, "output": output, "batch_norm": bn},
           "training": {"optimizer": opt, "learning_rate": 0.05, "batch_size": 12,
                        "keep_prob": 0.8 if dropout else 1.0, "eval_every": 5, **REGS[reg]}}
    if loss:
        raw["network"]["loss"] = loss
    for key, value in changes.items():
        section, name = key.split("__")
        raw[section][name] = value
    return config.parse(raw)


def trainer_arrays(t: Trainer) -> list[np.ndarray]:
    """Parameters, running averages and the optimizer's v and s."""
    opt = t.optimizer.state_dict()
    return t.network.parameters() + t.network.running_averages() + opt["v"] + opt["s"]  # type: ignore[operator]


def all_equal(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    """The same number of arrays, each bit for bit."""
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))

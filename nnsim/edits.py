"""Config rules the app applies when the learner changes one setting: pure functions of a config.

Each takes plain values (or the run config as a dict, as the app holds it) and returns the
changes that go with the edit, as dotted keys (``{"network.output": "softmax", ...}``): the
output that fits a data set, the course's decay rate for a schedule, per-layer settings that
follow a new number of hidden layers, and the learning rate to roll back to after divergence.
What this is not: validation of a whole config (``nnsim.config.parse``) or any mathematics of
training. Nothing here imports a trainer or a network.
"""
from __future__ import annotations

from typing import Any

from .data import GENERATORS, REGRESSION, SHIPPED, Generator

#: The course's typical rate for a schedule whose current rate would do nothing or fail:
#: α = α₀·0.95^e (exponential), α = α₀/(1 + e) (inverse time).
DEFAULT_DECAY_RATES = {"exponential": 0.95, "inverse_time": 1.0}
#: The keys holding one value or one per hidden layer.
PER_LAYER_KEYS = ("network.activation", "training.keep_prob")


def fitting_output(generator: Generator, classes: int, output: str) -> str:
    """The output activation a generated data set needs: linear for regression; sigmoid for two
    classes, softmax for more; the current ``output`` where it already fits."""
    if generator.task == REGRESSION:
        return "linear"
    if output == "linear" or (output == "sigmoid" and generator.multiclass and classes > 2):
        return "softmax" if generator.multiclass and classes > 2 else "sigmoid"
    return output


def output_changes(generator: Generator, classes: int, output: str) -> dict[str, Any]:
    """The changes that make the output fit the data set ({} when it fits; the loss then
    follows the output: ``network.loss`` None)."""
    want = fitting_output(generator, classes, output)
    return {} if want == output else {"network.output": want, "network.loss": None}


def dataset_changes(config: dict, name: str) -> dict[str, Any]:
    """Choosing the data set ``name`` (a generator or a shipped set) in ``config`` (a dict, as the app
    holds it): the output that fits it; a shipped set's fixed keys left out (None), a generator's
    classes back to 2 unless it takes more and its own noise where the noise was the old one's;
    the features reset unless both are generators (x1, x2 and column names do not carry over),
    and a CSV file's path and label dropped."""
    d, output = config["data"], config["network"]["output"]
    old = d["dataset"]
    changes: dict[str, Any] = {"data.dataset": name}
    if old == "csv":
        changes.update({"data.path": None, "data.label": None})
    if old == "csv" or old in SHIPPED or name in SHIPPED:
        changes["data.features"] = None
    gen, before = GENERATORS.get(name), GENERATORS.get(old)
    if gen is not None:
        classes = d.get("classes") or 2
        if not gen.multiclass and classes != 2:
            classes = changes["data.classes"] = 2
        changes.update(output_changes(gen, classes, output))
        if old in SHIPPED or (before is not None and d.get("noise") == before.default_noise):
            changes["data.noise"] = gen.default_noise
    elif name in SHIPPED:
        changes.update({"data.samples": None, "data.noise": None, "data.classes": None})
        want = "softmax" if SHIPPED[name].classes > 2 or output == "softmax" else "sigmoid"
        if want != output:
            changes.update({"network.output": want, "network.loss": None})
    return changes


def decay_changes(schedule: str, rate: float) -> dict[str, Any]:
    """Choosing a schedule: the schedule, and the course's rate where ``rate`` would do nothing or fail."""
    changes: dict[str, Any] = {"training.decay": schedule}
    if schedule == "exponential" and not 0 < rate < 1:
        changes["training.decay_rate"] = DEFAULT_DECAY_RATES["exponential"]
    elif schedule == "inverse_time" and rate == 0:
        changes["training.decay_rate"] = DEFAULT_DECAY_RATES["inverse_time"]
    return changes


def resized(value: Any, layers: int) -> Any:
    """A per-layer setting after the hidden layers became ``layers``: a list is cut or extended
    with its last value (one value with no layers left); one value stays one value."""
    if not isinstance(value, list):
        return value
    return (value + value[-1:] * layers)[:layers] if layers else value[0]


def hidden_changes(config: dict, hidden: Any) -> dict[str, Any]:
    """New hidden layer sizes, with the per-layer lists (``PER_LAYER_KEYS``) following their number."""
    changes: dict[str, Any] = {"network.hidden": hidden}
    if isinstance(hidden, list):
        for key in PER_LAYER_KEYS:
            section, name = key.split(".")
            value = config[section][name]
            if isinstance(value, list):
                changes[key] = resized(value, len(hidden))
    return changes


def rollback_rate(learning_rate: float) -> float:
    """The learning rate suggested after divergence: α/10."""
    return learning_rate / 10


def reseed_changes(config: dict, seed: int) -> dict[str, Any]:
    """New weights from ``seed`` with the same data: the data seed is pinned to the one the data was
    drawn from (``data.seed``, or the run's seed where the data set has none of its own)."""
    data_seed = config["data"].get("seed")
    return {"seed": seed, "data.seed": config["seed"] if data_seed is None else data_seed}

"""How each edit on the network canvas changes the run config: pure functions, no Qt.

Each function takes the current run config (a dict, as ``Controller.config``
holds it) and returns the changes to make, as dotted keys for
``Controller.edit`` (``{"network.hidden": [4, 4, 2], ...}``), or raises
``Refused`` with a reason the canvas words for the learner. Per-layer lists
stay in step with the layers: ``network.activation`` (one name, or one per
hidden layer: a list only while the layers differ) and
``training.keep_prob`` (likewise).

What this is not: validation of the whole config (``nnsim.config.parse``
does that when the controller applies the changes) or any mathematics.
"""
from __future__ import annotations

from typing import Any

from nnsim.activations import HIDDEN_ACTIVATIONS
from nnsim.data import FEATURES, own_columns

MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 32
DEFAULT_UNITS = 4
DEFAULT_FEATURES = ("x1", "x2")      # nnsim.data's feature map when data.features is not set


class Refused(Exception):
    """An edit the canvas will not make. ``reason``: too_many_layers, too_many_units, last_unit,
    last_input, file_inputs, batch_of_one, or no_such_layer (a stale click: say nothing)."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def _per_layer(value: Any, layers: int) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value] * layers


def _collapse(values: list, fallback: Any) -> Any:
    """One value when all layers agree (or there are none), else the per-layer list."""
    if not values:
        return fallback
    return values[0] if all(v == values[0] for v in values) else list(values)


def _network(config: dict) -> tuple[list[int], list[str], Any]:
    net = config.get("network", {})
    hidden = [int(n) for n in net.get("hidden", [])]
    activations = _per_layer(net.get("activation", "relu"), len(hidden))
    return hidden, activations, config.get("training", {}).get("keep_prob", 1.0)


def _layer(hidden: list[int], k: int) -> None:
    if not 1 <= k <= len(hidden):
        raise Refused("no_such_layer", k=k)


def add_layer(config: dict, position: int) -> dict:
    """A hidden layer of DEFAULT_UNITS at ``position`` (0: right after the inputs), with the
    activation of the layer before it (or after it, at position 0)."""
    hidden, acts, keep = _network(config)
    if len(hidden) >= MAX_HIDDEN_LAYERS:
        raise Refused("too_many_layers", n=MAX_HIDDEN_LAYERS)
    p = max(0, min(int(position), len(hidden)))
    act = (acts[p - 1] if p > 0 else acts[0]) if acts else config.get("network", {}).get("activation", "relu")
    changes = {"network.hidden": hidden[:p] + [DEFAULT_UNITS] + hidden[p:],
               "network.activation": _collapse(acts[:p] + [act] + acts[p:], act)}
    if isinstance(keep, list):
        changes["training.keep_prob"] = keep[:p] + [1.0] + keep[p:]
    return changes


def remove_layer(config: dict, k: int) -> dict:
    """Without hidden layer k (1-based)."""
    hidden, acts, keep = _network(config)
    _layer(hidden, k)
    changes = {"network.hidden": hidden[:k - 1] + hidden[k:],
               "network.activation": _collapse(acts[:k - 1] + acts[k:], acts[k - 1])}
    if isinstance(keep, list):
        changes["training.keep_prob"] = _collapse(keep[:k - 1] + keep[k:], keep[k - 1])
    return changes


def add_unit(config: dict, k: int) -> dict:
    hidden, _, _ = _network(config)
    _layer(hidden, k)
    if hidden[k - 1] >= MAX_UNITS:
        raise Refused("too_many_units", n=MAX_UNITS)
    hidden[k - 1] += 1
    return {"network.hidden": hidden}


def remove_unit(config: dict, k: int) -> dict:
    hidden, _, _ = _network(config)
    _layer(hidden, k)
    if hidden[k - 1] <= 1:
        raise Refused("last_unit", k=k)
    hidden[k - 1] -= 1
    return {"network.hidden": hidden}


def set_activation(config: dict, k: int, name: str) -> dict:
    """Layer k's activation; a list while layers differ, one name again when they agree."""
    hidden, acts, _ = _network(config)
    _layer(hidden, k)
    if name not in HIDDEN_ACTIVATIONS:
        raise ValueError(f"{name!r} is not a hidden activation")
    acts[k - 1] = name
    return {"network.activation": _collapse(acts, name)}


def features(config: dict) -> list[str]:
    """The inputs fed to the network (two-column data)."""
    return list(config.get("data", {}).get("features") or DEFAULT_FEATURES)


def toggle_feature(config: dict, name: str) -> dict:
    """Feed feature ``name`` to the network or stop; at least one stays. Two-column data only."""
    if own_columns(config.get("data", {}).get("dataset")):
        raise Refused("file_inputs")
    chosen = features(config)
    if name in chosen:
        if len(chosen) == 1:
            raise Refused("last_input")
        chosen.remove(name)
    else:
        chosen = [f for f in FEATURES if f in chosen or f == name]     # the registry's order
    return {"data.features": chosen}


def batch_norm_on(config: dict) -> bool:
    return bool(config.get("network", {}).get("batch_norm", False))


def toggle_batch_norm(config: dict) -> dict:
    """Batch normalization of every hidden layer on or off (``network.batch_norm``); not turned on
    while training takes one example at a time (μ and σ² are taken over the mini-batch)."""
    on = not batch_norm_on(config)
    if on and config.get("training", {}).get("batch_size") == 1:
        raise Refused("batch_of_one")
    return {"network.batch_norm": on}

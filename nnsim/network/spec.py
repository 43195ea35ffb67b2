"""``NetworkSpec``: the immutable architecture (inputs, hidden layers and activations, output, loss), checked."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import activations as _act
from .. import limits as _limits
from .. import losses as _loss
from ..errors import InvalidValueError, where

Array = np.ndarray


@dataclass(frozen=True)
class NetworkSpec:
    """An immutable, validated architecture.

    ``hidden`` lists the units of each hidden layer (empty: logistic regression,
    the course's shallow network); ``activation`` is one hidden activation name or
    one per hidden layer; ``output`` is ``sigmoid``, ``softmax`` or ``linear`` with
    ``outputs`` units (1 for sigmoid and linear, K ≥ 2 for softmax); ``loss`` None
    means the output's natural loss (cross-entropy, or mse for linear).
    """

    inputs: int
    hidden: tuple[int, ...] = ()
    activation: str | tuple[str, ...] = "tanh"
    output: str = "sigmoid"
    outputs: int = 1
    loss: str | None = None

    def __post_init__(self) -> None:
        _check_units("inputs", self.inputs, layer=0)
        try:
            hidden = tuple(self.hidden)
        except TypeError:
            raise InvalidValueError("bad_type", name="hidden", expected="a list of unit counts",
                                    actual=type(self.hidden).__name__) from None
        _limits.check("the network's number of weight layers", len(hidden) + 1, _limits.LIMITS.layers)
        for k, units in enumerate(hidden, start=1):
            _check_units("hidden", units, layer=k)
        object.__setattr__(self, "hidden", tuple(int(u) for u in hidden))

        names = (self.activation,) * len(hidden) if isinstance(self.activation, str) else tuple(self.activation)
        if not isinstance(self.activation, str) and len(names) != len(hidden):
            raise InvalidValueError("bad_activation_count", count=len(names), layers=len(hidden))
        # A single name is checked even with no hidden layer (it is saved with the spec).
        checked = names if names or not isinstance(self.activation, str) else (self.activation,)
        for k, name in enumerate(checked, start=1):
            layer = k if names else None
            try:
                g = _act.ACTIVATIONS[name]
            except (KeyError, TypeError):     # a hidden layer's choices: softmax is not one of them
                from ..errors import unknown
                raise unknown("activation", name, _act.HIDDEN_ACTIVATIONS, layer=layer) from None
            if not g.hidden:
                raise InvalidValueError("softmax_hidden", where=where(layer),
                                        choices=", ".join(sorted(_act.HIDDEN_ACTIVATIONS)))
        if not isinstance(self.activation, str):
            object.__setattr__(self, "activation", names)

        if self.output not in _act.OUTPUT_ACTIVATIONS:
            from ..errors import unknown
            raise unknown("output activation", self.output, _act.OUTPUT_ACTIVATIONS, layer=len(hidden) + 1)
        if self.output == "softmax":
            if not _is_count(self.outputs) or self.outputs < 2:
                raise InvalidValueError("bad_outputs", output="softmax", rule="K ≥ 2 outputs (one per class)",
                                        outputs=self.outputs)
        elif self.outputs != 1 or not _is_count(self.outputs):
            raise InvalidValueError("bad_outputs", output=self.output, rule="exactly 1 output",
                                    outputs=self.outputs)
        object.__setattr__(self, "outputs", int(self.outputs))
        _limits.check_network(self.sizes)

        valid = _loss.VALID_LOSSES[self.output]
        if self.loss is None:
            object.__setattr__(self, "loss", valid[0])
        else:
            _loss.get(self.loss)
            if self.loss not in valid:
                raise InvalidValueError("invalid_output_loss", output=self.output, loss=self.loss,
                                        choices=", ".join(valid))

    @property
    def depth(self) -> int:
        """L, the number of layers with weights."""
        return len(self.hidden) + 1

    @property
    def sizes(self) -> tuple[int, ...]:
        """Units of each layer k = 0..L (layer 0 is the input)."""
        return (self.inputs, *self.hidden, self.outputs)

    @property
    def hidden_activations(self) -> tuple[str, ...]:
        a = self.activation
        return (a,) * len(self.hidden) if isinstance(a, str) else tuple(a)

    @property
    def activations(self) -> tuple[str | None, ...]:
        """Activation name of each layer k = 0..L (None for the input)."""
        return (None, *self.hidden_activations, self.output)

    @property
    def is_classifier(self) -> bool:
        return self.output in ("sigmoid", "softmax")

    def to_dict(self) -> dict[str, Any]:
        a = self.activation
        return {"inputs": self.inputs, "hidden": list(self.hidden),
                "activation": a if isinstance(a, str) else list(a),
                "output": self.output, "outputs": self.outputs, "loss": self.loss}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "NetworkSpec":
        a = d.get("activation", "tanh")
        return cls(inputs=d["inputs"], hidden=tuple(d.get("hidden", ())),
                   activation=a if isinstance(a, str) else tuple(a), output=d.get("output", "sigmoid"),
                   outputs=d.get("outputs", 1), loss=d.get("loss"))


def _is_count(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _check_units(name: str, units: object, layer: int) -> None:
    if not _is_count(units) or units < 1:        # type: ignore[operator]
        raise InvalidValueError("bad_units", where=where(layer), units=units)

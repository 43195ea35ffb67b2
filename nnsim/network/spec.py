"""``NetworkSpec``: the immutable architecture (inputs, hidden layers and activations, output, loss,
batch normalization), checked; the names and shapes of a network's arrays follow from it."""
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

    ``batch_norm`` normalises every hidden layer (the course's form, ``batchnorm``):
    such a layer has W, γ, β and no b; the output layer is never normalised.
    ``batch_norm_decay`` is ρ, the rate of the running averages of μ and σ² that
    the layer uses at test time.
    """

    inputs: int
    hidden: tuple[int, ...] = ()
    activation: str | tuple[str, ...] = "tanh"
    output: str = "sigmoid"
    outputs: int = 1
    loss: str | None = None
    batch_norm: bool = False
    batch_norm_decay: float = 0.9

    def __post_init__(self) -> None:
        if not isinstance(self.batch_norm, (bool, np.bool_)):
            raise InvalidValueError("bad_type", name="batch_norm", expected="true or false",
                                    actual=type(self.batch_norm).__name__)
        rho = self.batch_norm_decay
        if isinstance(rho, bool) or not isinstance(rho, (int, float, np.floating)) or not 0.0 <= rho < 1.0:
            raise InvalidValueError("out_of_range", name="batch_norm_decay (ρ)", rule="in [0, 1)", value=rho)
        object.__setattr__(self, "batch_norm", bool(self.batch_norm))
        object.__setattr__(self, "batch_norm_decay", float(rho))
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

    def normalised(self, k: int) -> bool:
        """Whether layer k is batch-normalised: every hidden layer 1..L−1 when ``batch_norm``."""
        return self.batch_norm and 1 <= k < self.depth

    def parameter_shapes(self) -> dict[str, tuple[int, ...]]:
        """The trained arrays by name, in the order optimizers see them, layer by layer:
        ``Wk`` (units_k, units_{k−1}), then ``bk`` (units_k,), or ``gammak`` and ``betak`` (units_k,)
        for a normalised layer."""
        n = self.sizes
        out: dict[str, tuple[int, ...]] = {}
        for k in range(1, self.depth + 1):
            out[f"W{k}"] = (n[k], n[k - 1])
            if self.normalised(k):
                out[f"gamma{k}"], out[f"beta{k}"] = (n[k],), (n[k],)
            else:
                out[f"b{k}"] = (n[k],)
        return out

    def running_shapes(self) -> dict[str, tuple[int, ...]]:
        """The running averages by name, ``meank`` and ``vark`` (units_k,) for each normalised layer."""
        out: dict[str, tuple[int, ...]] = {}
        for k in range(1, self.depth):
            if self.normalised(k):
                out[f"mean{k}"], out[f"var{k}"] = (self.sizes[k],), (self.sizes[k],)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The spec as JSON-able values; the batch-norm keys only when it is on (older files have none)."""
        a = self.activation
        out: dict[str, Any] = {"inputs": self.inputs, "hidden": list(self.hidden),
                               "activation": a if isinstance(a, str) else list(a),
                               "output": self.output, "outputs": self.outputs, "loss": self.loss}
        if self.batch_norm:
            out.update(batch_norm=True, batch_norm_decay=self.batch_norm_decay)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "NetworkSpec":
        a = d.get("activation", "tanh")
        return cls(inputs=d["inputs"], hidden=tuple(d.get("hidden", ())),
                   activation=a if isinstance(a, str) else tuple(a), output=d.get("output", "sigmoid"),
                   outputs=d.get("outputs", 1), loss=d.get("loss"), batch_norm=d.get("batch_norm", False),
                   batch_norm_decay=d.get("batch_norm_decay", 0.9))


def _is_count(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _check_units(name: str, units: object, layer: int) -> None:
    if not _is_count(units) or units < 1:        # type: ignore[operator]
        raise InvalidValueError("bad_units", where=where(layer), units=units)

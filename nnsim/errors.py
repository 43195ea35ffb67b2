"""Engine errors: one class per kind of mistake, each with a stable ``code``.

An error carries its ``code`` and the ``params`` that go into its message, so
the command line prints the English text below and the application words the
same error in the learner's language from the code and the parameters.
Errors are raised before any state changes.

This module is data and small classes only; it knows nothing of the UI.
"""
from __future__ import annotations

from typing import Any

#: The English message of each error code. ``str.format`` fields name the
#: parameters an error carries; the UI keeps a translated copy keyed by code.
MESSAGES: dict[str, str] = {
    "unknown_name": "{where}unknown {kind} {name!r}; choose one of: {choices}",
    "bad_units": "{where}{units!r} units; a layer needs a whole number of at least 1 unit",
    "bad_count": "{name} must be a whole number of at least {minimum}, not {value!r}",
    "softmax_hidden": "{where}softmax is an output activation only (its derivative is not "
                      "element-wise); use one of: {choices}",
    "bad_activation_count": "{count} hidden activations given for {layers} hidden layers; "
                            "give one name, or one per hidden layer",
    "invalid_output_loss": "output {output!r} cannot be paired with loss {loss!r}; "
                           "valid losses for {output!r}: {choices}",
    "bad_outputs": "output {output!r} needs {rule}, not {outputs!r}",
    "out_of_range": "{name} must be {rule}, not {value!r}",
    "bad_shape": "{name} has shape {shape}; expected {expected}",
    "row_mismatch": "X has {x_rows} rows but Y has {y_rows}; each example needs one target",
    "not_finite": "{name} contains NaN or infinity (first at row {row}, column {column})",
    "bad_labels": "class labels must be whole numbers from 0 to {max_label}; found {value!r}",
    "bad_type": "{name} must be {expected}, not {actual}",
}


class NNSimError(Exception):
    """Base of every engine error. ``code`` names the rule, ``params`` fill its message."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        template = MESSAGES.get(code, code)
        try:
            text = template.format(**params)
        except (KeyError, IndexError, ValueError):   # a missing parameter must not hide the error
            text = f"{code}: {params}"
        super().__init__(text)

    @property
    def message(self) -> str:
        return str(self)


class InvalidValueError(NNSimError, ValueError):
    """A value (a number, a name, an array) breaks a rule."""


class UnknownNameError(InvalidValueError):
    """A name not in its registry; the message lists the valid names."""


class ShapeError(InvalidValueError):
    """Arrays whose shapes do not fit together."""


def where(layer: int | None) -> str:
    """Message prefix naming a layer, e.g. ``"layer 2: "``; empty when there is none."""
    return "" if layer is None else f"layer {layer}: "


def unknown(kind: str, name: object, registry: dict, layer: int | None = None) -> UnknownNameError:
    """The error for ``name`` missing from ``registry`` (valid names sorted, comma-separated)."""
    return UnknownNameError("unknown_name", where=where(layer), kind=kind, name=name,
                            choices=", ".join(sorted(registry)))

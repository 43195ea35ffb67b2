"""Engine errors: one class per kind of mistake, each with a stable ``code``.

An error carries its ``code`` and the ``params`` that go into its message, so
the command line prints the English text below and the application words the
same error in the learner's language from the code and the parameters.
Errors are raised before any state changes.

This module is data and small classes only; it knows nothing of the UI.
"""
from __future__ import annotations

import re
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
    # data (nnsim.data): generators, feature maps, splits, CSV files
    "not_multiclass": "dataset {dataset!r} does not take classes = {classes!r}; only {choices} "
                      "take a number of classes other than 2",
    "features_need_two_columns": "the feature map ({features}) applies to two-column inputs only; "
                                 "these data have {count} columns ({columns}): give no feature map",
    "empty_features": "the feature map is empty; choose at least one of: {choices}",
    "duplicate_feature": "feature {feature!r} is listed more than once",
    "split_no_train": "{n} examples with dev_fraction {dev} and test_fraction {test} leave no "
                      "training example; lower the fractions",
    "label_column_taken": "a data column is already called {column!r}, the name the label column "
                          "is written under; rename that column",
    "file_unreadable": "{path}: cannot read the file ({reason})",
    "file_not_utf8": "{path}: line {line}: not UTF-8 text",
    "csv_syntax": "{name}: line {line}: {detail}",
    "csv_open_quote": "{name}: line {line}: a quoted cell on this row is never closed",
    "csv_empty": "{name}: line {line}: the file is empty; it needs one row per example",
    "csv_header_only": "{name}: line {line}: a header but no data rows",
    "csv_columns": "{name}: line {line}: expected {expected} columns, as on line {first_line}, "
                   "found {found}",
    "csv_duplicate_column": "{name}: line {line}: column {column!r} appears more than once",
    "csv_no_label": "{name}: line {line}: no label column {label!r}; the columns are: {columns}",
    "csv_unknown_feature": "{name}: line {line}: no feature column {feature!r}; the columns are: "
                           "{columns}",
    "csv_label_is_feature": "{name}: line {line}: column {column!r} is the label; it cannot also be "
                            "a feature",
    "csv_no_features": "{name}: line {line}: no feature columns; the columns are: {columns}",
    "csv_empty_cell": "{name}: line {line}: column {column!r} is empty",
    "csv_not_number": "{name}: line {line}: column {column!r}: {text!r} is not a number",
    "csv_not_finite": "{name}: line {line}: column {column!r}: {text!r} is not a finite number "
                      "(NaN or infinity)",
    "csv_single_class": "{name}: line {line}: all {rows} rows have the label {label!r}; "
                        "classification needs at least two classes",
    # notices of a CSV file read (Dataset.notices): said, not raised
    "csv_index_blank": "{name}: the first column has no name, as pandas writes a row index; it was left "
                       "out of the inputs (name {column!r} in the features to keep it)",
    "csv_index_count": "{name}: the first column {column!r} counts the rows 0, 1, 2, … as a row index does; "
                       "it was left out of the inputs (name it in the features to keep it)",
}


#: The phrases the engine puts into the fields of another message ({where}, {kind}, {what},
#: {size}, {reason}): English templates whose own fields it fills with a name, a path or a number.
#: The app words them in the learner's language from here (context "EngineErrorWords")
#: before it fills the message, so a translated error holds no English phrase. Modules add theirs.
PHRASES: list[str] = [
    "layer {layer}: ",
    # unknown_name's {kind}: the registry a name was looked up in
    "activation", "output activation", "optimizer", "setting of optimizer {optimizer}",
    "learning-rate schedule", "loss", "initializer", "dataset", "task", "feature", "preset", "lesson",
    "lesson action",
]
#: The fields whose values may be PHRASES.
PHRASE_FIELDS = ("where", "kind", "what", "size", "reason")
_patterns: dict[str, re.Pattern] = {}


def phrase(text: str) -> tuple[str, dict[str, str]] | None:
    """The template of ``PHRASES`` that ``text`` fills and its fields' values, None if it fills none.
    Templates with fewer fields, then with more fixed text, are tried first."""
    for template in PHRASES:
        if template not in _patterns:
            parts = re.split(r"{(\w+)}", template)
            _patterns[template] = re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                                                     for i, p in enumerate(parts)), re.DOTALL)
    order = sorted(PHRASES, key=lambda t: (t.count("{"), -len(re.sub(r"{\w+}", "", t))))
    for template in order:
        found = _patterns[template].fullmatch(text)
        if found:
            return template, found.groupdict()
    return None


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


class CommandError(NNSimError, ValueError):
    """A command the session refuses (a bad mode, speed, probe, view…): the code and its English words."""

    def __init__(self, code: str, message: str) -> None:
        MESSAGES.setdefault(code, message)
        super().__init__(code)


class UnknownNameError(InvalidValueError):
    """A name not in its registry; the message lists the valid names."""


class ShapeError(InvalidValueError):
    """Arrays whose shapes do not fit together."""


class DataError(InvalidValueError):
    """A data set that cannot be made or loaded: a bad generator argument, split or feature map,
    or a malformed CSV file (the message names the line, counting the header as line 1)."""


def where(layer: int | None) -> str:
    """Message prefix naming a layer, e.g. ``"layer 2: "``; empty when there is none."""
    return "" if layer is None else f"layer {layer}: "


def unknown(kind: str, name: object, registry: dict, layer: int | None = None) -> UnknownNameError:
    """The error for ``name`` missing from ``registry`` (valid names sorted, comma-separated)."""
    return UnknownNameError("unknown_name", where=where(layer), kind=kind, name=name,
                            choices=", ".join(sorted(registry)))

MESSAGES.update({
    "unknown_key": "unknown key {key!r} in {section}; valid keys: {choices}",
    "bad_value": "{key} must be {rule}, not {value!r}",
    "bad_toml": "{path} is not valid TOML: {reason}",
    "bad_file": "cannot read {path}: {reason}",
})


# weight export and re-import (nnsim.export)
MESSAGES.update({
    "export_suffix": "{path}: cannot export to a {suffix!r} file; the suffix chooses the format, "
                     "one of: {choices}",
    "load_suffix": "{path}: cannot load weights from a {suffix!r} file; load one of: {choices}",
    "export_dtype": "dtype {dtype!r} is not supported; choose one of: {choices}",
    "export_needs_onnx": "ONNX export needs the onnx package ({reason}); install it with: "
                         "pip install nnsim[onnx]",
    "export_mismatch": "the input pipeline gives {features} network inputs ({names}) but the network "
                       "takes {inputs}",
    "export_bad_pipeline": "the input pipeline cannot be exported: {reason}",
    "export_not_finite": "{name} contains NaN or infinity; only a network with finite weights can "
                         "be exported",
    "export_write_failed": "{path}: cannot write the file ({reason}); nothing was changed",
    "weights_unreadable": "{path}: cannot read the file ({reason})",
    "weights_damaged": "{path}: not a valid NNSim weights file: {reason}",
    "weights_newer": "{path}: weights format version {version} is newer than this NNSim reads "
                     "(up to {supported}); update NNSim",
})


class ExportError(InvalidValueError):
    """Weights that cannot be exported or re-imported: a bad suffix or dtype, a pipeline that does
    not fit the network, a write that failed, or a damaged or foreign weights file."""

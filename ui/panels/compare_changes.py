"""Compare runs' "change one thing": the settings a variant may change, and the values typed for them."""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nnsim import config as _config


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareRuns", text)


@dataclass(frozen=True)
class Change:
    """One setting a variant may change: its config key, a title and value suggestions."""

    key: str
    title: str
    kind: str                        # "choice", "float", "int", "hidden", "activation"
    suggestions: tuple[str, ...] = ()

    def choices(self) -> tuple[str, ...]:
        section, name = self.key.split(".")
        return tuple(_config.SCHEMA[section][name].choices)


#: The settings "change one thing" offers, in menu order (titles are translated when shown).
CHANGES: dict[str, Change] = {c.key: c for c in (
    Change("network.init", "initializer", "choice"),
    Change("training.l2", "L2 λ", "float", ("0", "0.01", "0.1", "1", "10")),
    Change("training.keep_prob", "keep_prob", "float", ("1", "0.9", "0.8", "0.5")),
    Change("training.optimizer", "optimizer", "choice"),
    Change("training.learning_rate", "learning rate", "float", ("0.001", "0.01", "0.1", "0.3", "1")),
    Change("training.batch_size", "batch size", "int", ("0", "8", "32", "64")),
    Change("network.activation", "activation", "activation"),
    Change("network.hidden", "hidden layers", "hidden", ("4", "10, 5", "20, 20", "50, 50, 50")),
)}


def parse_value(key: str, text: str):
    """The config value typed for ``key`` ("0.1", "he_normal", "10, 5"); ValueError in words if unusable."""
    change = CHANGES[key]
    text = text.strip()
    try:
        if change.kind == "float":
            value = float(text.replace(",", "."))
            if not math.isfinite(value):
                raise ValueError
            return value
        if change.kind == "int":
            return int(text)
        if change.kind == "hidden":
            return [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
        if change.kind == "activation":
            parts = [p.strip() for p in text.split(",") if p.strip()]
            return parts[0] if len(parts) == 1 else parts
        return text
    except ValueError:
        raise ValueError(_tr("“{text}” is not a value for {title}").format(
            text=text, title=_tr(change.title))) from None


def value_text(value) -> str:
    """A config value as the value box shows it (the inverse of ``parse_value``)."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return format(value, "g")
    return str(value)

"""The engine's registry names as the learner reads them: activation and input feature titles.

What this is: the titles ``nnsim.activations``, ``nnsim.data``, ``nnsim.losses`` and
``nnsim.optimizers`` register, and the activations' formulas, translated (an
activation through the "activations" context, short: "Linear (identity)" → "Linear"). Shared by
the canvas and the step panel, which do not import each other.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnsim.activations import ACTIVATIONS
from nnsim.data import FEATURES


def activation_title(name: str) -> str:
    """An activation's short title ("Linear (identity)" → "Linear"), translated."""
    title = ACTIVATIONS[name].title if name in ACTIVATIONS else name
    return QCoreApplication.translate("activations", title.split(" (")[0])


def registry_title(title: str) -> str:
    """A title the engine registers (a loss, an optimizer, a schedule, an initializer), translated."""
    return QCoreApplication.translate("nnsim", title)


def formula(text: str) -> str:
    """An activation's formula or derivative as the learner reads it: the words in it ("if",
    "else", "with cross-entropy") translated, the mathematics unchanged."""
    return QCoreApplication.translate("formulas", text)


def feature_title(name: str, csv: bool) -> str:
    return name if csv or name not in FEATURES else FEATURES[name].title

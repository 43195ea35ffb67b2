"""The engine's registry names as the learner reads them: activation and input feature titles.

What this is: the titles ``nnsim.activations`` and ``nnsim.data`` register, translated (an
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


def feature_title(name: str, csv: bool) -> str:
    return name if csv or name not in FEATURES else FEATURES[name].title

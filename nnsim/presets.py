"""Lesson presets: one run config per lesson, shipped in ``resources/presets/<id>.toml``
(installed as the package ``nnsim_resources.presets``).

The app's Lessons menu, ``nnsim-gui --preset ID`` and the tests use the same
ids. Files are found through ``importlib.resources``, so presets work from an
installed wheel as well as from a source tree.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from .config import RunConfig, loads
from .errors import unknown

#: Every lesson id, in the order the course teaches them.
PRESET_IDS: tuple[str, ...] = (
    "one_neuron", "activations", "nonlinearity", "logistic_regression", "forward_backward", "zero_init", "random_init",
    "xavier_he", "bias_variance", "overfitting_regularization", "input_normalization", "minibatch", "optimizers",
    "lr_decay", "gradient_checking", "softmax_multiclass", "tuning", "batch_norm",
    "iris", "wine", "breast_cancer", "digits", "handwritten_digits",
)


def text(preset_id: str) -> str:
    """The preset's TOML text (with its comments: the lesson's one-paragraph brief)."""
    if preset_id not in PRESET_IDS:
        raise unknown("preset", preset_id, dict.fromkeys(PRESET_IDS))
    return resources.files("nnsim_resources.presets").joinpath(f"{preset_id}.toml").read_text(encoding="utf-8")


def load(preset_id: str) -> RunConfig:
    """The preset's validated run config."""
    return loads(text(preset_id), Path.cwd(), f"preset {preset_id}")


def brief(preset_id: str) -> str:
    """The comment lines at the top of the preset, joined: what the lesson shows."""
    lines = []
    for line in text(preset_id).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return " ".join(lines)

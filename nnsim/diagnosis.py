"""Bias and variance from a run's train and dev errors, and the course's basic recipe.

The course reads two numbers against a base error (the error a person, or the best possible
classifier, makes): *avoidable bias* = train error − base error, *variance* = dev error − train
error. Its examples (base 0 %): train 1 %, dev 11 % is high variance; 15 %, 16 % high bias;
15 %, 30 % both; 0.5 %, 1 % fine. A gap counts as high when it is more than ``MARGIN`` (3 points),
which sorts all four examples as the course does. The recipe: high bias first (a bigger network,
train longer), then high variance (more data, regularization).

What this is: pure functions of plain numbers (the Figures panel and the lessons' tests call the
same ones). What this is not: an evaluator (the errors come from the engine's evaluation).
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import InvalidValueError

#: A gap (in error, 0–1) above this is "high".
MARGIN = 0.03
KINDS = ("fine", "high_bias", "high_variance", "both")
#: The course's remedies, in the order it tries them.
RECIPE = {"high_bias": ("bigger network", "train longer"),
          "high_variance": ("more data", "regularization"),
          "both": ("bigger network", "train longer", "more data", "regularization"),
          "fine": ()}


@dataclass(frozen=True)
class Diagnosis:
    kind: str                 # one of KINDS
    avoidable_bias: float     # train error − base error
    variance: float           # dev error − train error

    @property
    def remedies(self) -> tuple[str, ...]:
        return RECIPE[self.kind]


def diagnose(train_error: float, dev_error: float, base_error: float = 0.0, margin: float = MARGIN) -> Diagnosis:
    """The diagnosis of errors in [0, 1] (1 − accuracy) against ``base_error``."""
    for name, value in (("train error", train_error), ("dev error", dev_error), ("base error", base_error)):
        if not 0.0 <= value <= 1.0:
            raise InvalidValueError("out_of_range", name=name, rule="a share from 0 to 1", value=value)
    bias, variance = train_error - base_error, dev_error - train_error
    high_bias, high_variance = bias > margin, variance > margin
    kind = "both" if high_bias and high_variance else "high_bias" if high_bias else \
        "high_variance" if high_variance else "fine"
    return Diagnosis(kind, bias, variance)


def diagnose_figures(figures: dict, base_error: float = 0.0) -> Diagnosis | None:
    """The diagnosis of a snapshot's or summary's figures (train and dev accuracy); None without a
    dev split or accuracies (regression)."""
    train, dev = figures.get("train"), figures.get("dev")
    if not train or not dev or train.get("accuracy") is None or dev.get("accuracy") is None:
        return None
    return diagnose(1.0 - train["accuracy"], 1.0 - dev["accuracy"], base_error)

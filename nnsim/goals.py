"""Lesson goals judged from what the learner sees: the run's config, its epoch and its figures.

Pure functions of plain values (no Trainer, no Qt), so the Lesson panel and the tests that play
the learner judge a goal the same way. What it is not: the lessons themselves (their texts and
steps live in the UI's ``lessons`` package).
"""
from __future__ import annotations

from typing import Any, Mapping

#: The overfitting_regularization preset without regularisation, as the lesson opens it (data seed
#: 1), at the end of its 3000 epochs: dev − train loss 1.224 (weights seed 1; 1.085 and 1.189 with
#: seeds 2 and 3), accuracy 100% train, 88.3% dev. ``tests/engine/test_lessons.py`` re-measures it.
OVERFITTING_PLAIN_LOSS_GAP = 1.224
#: The goal: at the end of the run, a dev − train loss gap under this share of the plain run's ...
OVERFITTING_GAP_SHARE = 1 / 3
#: ... and a dev accuracy of at least this.
OVERFITTING_DEV_FLOOR = 0.8


def regularised(training: Mapping[str, Any]) -> bool:
    """L2, L1 or dropout on (any amount: the goal's figures judge whether it is enough)."""
    keep = training.get("keep_prob", 1.0)
    keeps = keep if isinstance(keep, (list, tuple)) else [keep]
    return training.get("l2", 0.0) > 0 or training.get("l1", 0.0) > 0 or any(k < 1 for k in keeps)


def overfitting_goal_met(config: Mapping[str, Any], epoch: int, figures: Mapping[str, Any]) -> bool:
    """At the end of the run (epoch ≥ the config's epochs), regularised, with dev accuracy ≥ 80% and
    dev loss − train loss < ⅓ of the plain run's gap (1.224 → 0.408): judged when the learner sees
    the finished curves, so a token regulariser at an early epoch passes nothing."""
    training = config["training"]
    train, dev = figures.get("train"), figures.get("dev")
    if not regularised(training) or epoch < training["epochs"] or not train or not dev:
        return False
    if train.get("loss") is None or dev.get("loss") is None or dev.get("accuracy") is None:
        return False
    return (dev["accuracy"] >= OVERFITTING_DEV_FLOOR
            and dev["loss"] - train["loss"] < OVERFITTING_GAP_SHARE * OVERFITTING_PLAIN_LOSS_GAP)

"""Why a run stopped, as phrases with codes: the CLI prints them in English, the app words each
in the learner's language (``MESSAGES``, context "EngineErrors", like the engine's errors).

A stop is a tuple of (code, params) phrases: what went wrong, then what was kept (and, for a
divergence seen by a viewer, the learning rate to try). ``english`` joins them as the messages
always read: "diverged: <what>; <kept>".
"""
from __future__ import annotations

from typing import Any

from .errors import MESSAGES

Phrase = tuple[str, dict[str, Any]]

WORDS = {
    "stop_cost_not_finite": "the cost became {cost} at step {step}",
    "stop_not_finite": "the training loss or a parameter became NaN or infinite at step {step}",
    "stop_loss_grew": "the training loss grew to {loss:.4g}, over {factor:g}× its first ({first:.4g}) and best "
                      "({best:.4g}) values, at {patience} evaluations in a row (step {step})",
    "stop_kept_initial": "went back to the initial parameters (no evaluation had passed yet)",
    "stop_kept_good": "kept the parameters of the last good evaluation (cost {cost:.6g} at step {step})",
    "stop_no_improvement": "the dev loss has not improved for {patience} evaluations; restored the best weights, "
                           "from step {step} (dev loss {loss:.4g})",
    "stop_lower_rate": "The learning rate {lr:g} is probably too high; try {rate:g}.",
}
MESSAGES.update(WORDS)


def say(phrase: Phrase) -> str:
    code, params = phrase
    return WORDS[code].format(**params)


def english(stopped: str | None, phrases: tuple[Phrase, ...]) -> str:
    """The stop in English: "diverged: what; kept" or the early stop's sentence ("" for none)."""
    if not phrases:
        return ""
    text = "; ".join(say(p) for p in phrases)
    return f"diverged: {text}" if stopped == "diverged" else text

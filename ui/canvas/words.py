"""What the network canvas says: tooltips with the probe example's numbers, and refusals.

What this is: the words of ``nnsim_ui.canvas.view`` kept apart from its drawing. Every
string goes through ``QCoreApplication.translate`` in the "NetworkCanvas"
context (the canvas's own ``tr`` context), with Qt-style ``%1`` placeholders:
a translation that changes or drops a placeholder cannot break the text, as a
Python ``{name}`` field could. Numbers are formatted in the user's locale.

What this is not: any computation. The numbers come in the snapshot: the
probe example's Z[k], A[k], dZ[k] (each (1, units)), dW[k] and the weights.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from nnsim.data import own_columns

from ..text.i18n import arg
from ..text.names import activation_title, feature_title
from ..text.numbers import format_g4 as number
from .edits import Refused


def tr(text: str) -> str:
    return QCoreApplication.translate("NetworkCanvas", text)


def refusal(error: Refused) -> str:
    """The message for a refused edit ('' for a stale click, which needs none)."""
    p = error.params
    return {
        "too_many_layers": arg(tr("A network here has at most %1 hidden layers."), p.get("n")),
        "too_many_units": arg(tr("A layer here has at most %1 neurons."), p.get("n")),
        "last_unit": arg(tr("A layer needs at least one neuron; to remove layer %1, click its ×."), p.get("k")),
        "last_input": tr("The network needs at least one input: switch another one on first."),
        "file_inputs": tr("The inputs of a CSV file are its columns: choose them when importing."),
        "batch_of_one": tr("Batch normalization takes μ and σ² over a mini-batch: set the batch size to 2 or "
                           "more first."),
    }.get(error.reason, "")


def current_example(snap: Any) -> Any:
    """The example the canvas shows: the learner's drawn one (``Snapshot.drawn``, the drawing pad)
    while there is one, else the probe (``Snapshot.probe``); None without either."""
    drawn = getattr(snap, "drawn", None)
    if drawn is not None and len(getattr(drawn, "A", ()) or ()):
        return drawn
    return getattr(snap, "probe", None)


class Words:
    """Tooltips for one snapshot. ``depth`` is L, the output layer's number."""

    def __init__(self, snapshot: Any, locale: QLocale) -> None:
        self.snap = snapshot
        self.locale = locale
        self.depth = len(snapshot.spec["sizes"]) - 1
        self.csv = own_columns(snapshot.config["data"].get("dataset"))     # the data's own columns

    def n(self, value: Any) -> str:
        return number(value, self.locale)

    def unit(self, k: int, i: int) -> str:
        if k == 0:
            names = self.snap.feature_names
            name = names[i] if i < len(names) else str(i + 1)
            return arg(tr("input %1"), feature_title(name, self.csv))
        if k == self.depth:
            return arg(tr("output neuron %1"), i + 1)
        return arg(tr("neuron %1 of layer %2"), i + 1, k)

    def activation(self, k: int) -> str:
        spec = self.snap.spec
        if k == self.depth:
            return spec["output"]
        a = spec["activation"]
        return a if isinstance(a, str) else a[k - 1]

    def tooltip(self, target: tuple) -> str:
        """The tooltip of a canvas target (see ``NetworkCanvas.target_at``); '' if none."""
        kind = target[0]
        fixed = {
            "add_layer": tr("Add a hidden layer here"),
            "remove_layer": arg(tr("Remove layer %1"), target[-1]),
            "add_unit": arg(tr("Add a neuron to layer %1 (key +)"), target[-1]),
            "remove_unit": arg(tr("Remove a neuron from layer %1 (key −)"), target[-1]),
            "activation": arg(tr("Layer %1's activation: click to choose another"), target[-1]),
            "batch_norm": tr("Batch normalization of every hidden layer: Z̃ = γ⊙(Z − μ)/√(σ² + ε) + β, μ and σ² "
                             "over each mini-batch, γ and β learnt in place of b. Click to turn it on or off."),
        }
        if kind in fixed:
            return fixed[kind]
        try:
            return "\n".join(getattr(self, "_" + kind)(*target[1:]))
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            return ""

    def _about_probe(self) -> list[str]:
        probe = self.snap.probe
        return [arg(tr("On the probe example (training example %1):"), probe.index)] if probe is not None else []

    def _about_example(self) -> list[str]:
        """The words naming the current example (``current_example``): the drawn one or the probe."""
        if current_example(self.snap) is not getattr(self.snap, "probe", None):
            return [tr("On your drawing (the drawing pad):")]
        return self._about_probe()

    def _feature(self, name: str) -> list[str]:
        active = list(self.snap.feature_names)
        probe = current_example(self.snap)
        if name not in active:
            return [arg(tr("Input %1 (not used)"), feature_title(name, self.csv)),
                    tr("Click to feed it to the network.")]
        j = active.index(name)
        lines = [self.unit(0, j).capitalize()]
        if probe is not None:
            lines += self._about_example() + [arg(tr("value = %1"), self.n(probe.A[0][0, j]))]
        if not self.csv:
            lines.append(tr("Click to stop feeding it to the network."))
        return lines

    def _neuron(self, k: int, i: int) -> list[str]:
        probe = current_example(self.snap)
        lines = [f"{self.unit(k, i).capitalize()} ({activation_title(self.activation(k))})"]
        if probe is not None:
            lines += self._about_example() + [
                arg(tr("pre-activation z = %1"), self.n(probe.Z[k][0, i])),
                arg(tr("activation a = g(z) = %1"), self.n(probe.A[k][0, i]))]
            if hasattr(probe, "dZ"):                          # a drawn example has no target, no gradient
                lines.append(arg(tr("gradient dZ = ∂L/∂z = %1"), self.n(probe.dZ[k][0, i])))
        return lines + self._b_or_gamma_beta(k, i)

    def _b_or_gamma_beta(self, k: int, i: int) -> list[str]:
        """b, or γ and β where batch norm replaces b (snapshot.biases[k] is None)."""
        b = self.snap.biases[k]
        if b is not None:
            return [arg(tr("bias b = %1"), self.n(b[i]))]
        gamma, beta = getattr(self.snap, "gamma", ()), getattr(self.snap, "beta", ())
        if k < len(gamma) and gamma[k] is not None:
            return [arg(tr("batch norm: γ = %1, β = %2 (no b)"), self.n(gamma[k][i]), self.n(beta[k][i]))]
        return []

    def _bias(self, k: int, i: int) -> list[str]:
        probe = self.snap.probe
        if self.snap.biases[k] is None:                       # batch norm: β takes b's place
            return self._b_or_gamma_beta(k, i)
        lines = [arg(tr("Bias of %1: b = %2"), self.unit(k, i), self.n(self.snap.biases[k][i]))]
        if probe is not None:
            lines += self._about_probe() + [arg(tr("gradient db = dZ = %1"), self.n(probe.dZ[k][0, i]))]
        return lines + [tr("Click to type a new bias.")]

    def _link(self, k: int, i: int, j: int) -> list[str]:
        probe = self.snap.probe
        lines = [arg(tr("Weight from %1 to %2: w = %3"), self.unit(k - 1, j), self.unit(k, i),
                     self.n(self.snap.weights[k][i, j]))]
        if probe is not None:
            lines += self._about_probe() + [arg(tr("gradient dW = %1"), self.n(probe.dW[k][i, j]))]
        if getattr(self.snap, "mode", "live") == "step":
            return lines + [arg(tr("Click to follow this weight's chain rule in the step panel "
                                   "(backward, layer %1)."), k)]
        return lines + [tr("Click to type a new weight.")]

    def weight_question(self, k: int, i: int, j: int) -> tuple[str, str]:
        """Title and label of the dialog asking for W[k][i, j] (j = -1: the bias b[k][i])."""
        if j < 0:
            return tr("Bias"), arg(tr("Bias of %1:"), self.unit(k, i))
        return tr("Weight"), arg(tr("Weight from %1 to %2:"), self.unit(k - 1, j), self.unit(k, i))

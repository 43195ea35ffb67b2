"""The lesson registry: one entry per preset id (``nnsim.presets.PRESET_IDS``), for a learner.

Each lesson has the idea in a few sentences, what to do, what to watch for, a question to
think about, the instruments to open, and optionally a goal the app checks on the snapshots
as the learner works. Texts are marked with ``QT_TRANSLATE_NOOP`` (context "Lessons") so the
translation tools find them; ``tr_lesson`` translates one when it is shown. The presets stay
plain run configs; everything about teaching lives here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnsim import goals
from nnsim.presets import PRESET_IDS

CONTEXT = "Lessons"


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _figure(snap, split: str, key: str = "accuracy") -> float | None:
    f = snap.figures.get(split)
    return None if f is None else f.get(key)


# -- goals ----------------------------------------------------------------------------------
class Goal:
    """A goal in words and a check over the snapshots the learner produces, in order.

    ``observe(snapshot)`` returns True once the goal is reached (and stays reached)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.reached = False

    def observe(self, snap) -> bool:
        if not self.reached and self.check(snap):
            self.reached = True
        return self.reached

    def check(self, snap) -> bool:                  # pragma: no cover - each goal has its own
        raise NotImplementedError


class FailThenFix(Goal):
    """First a run (some steps) with ``before`` true of the config, then ``after`` and ``metric`` > ``above``."""

    def __init__(self, text: str, before: Callable[[dict], bool], after: Callable[[dict], bool],
                 split: str = "test", above: float = 0.9) -> None:
        super().__init__(text)
        self.before, self.after, self.split, self.above = before, after, split, above
        self.failed_first = False

    def check(self, snap) -> bool:
        if self.before(snap.config) and snap.step > 0:
            self.failed_first = True
        acc = _figure(snap, self.split)
        return (self.failed_first and self.after(snap.config) and snap.step > 0
                and acc is not None and acc > self.above)


class Reach(Goal):
    """``when`` true of the config, some training done, and ``split`` accuracy > ``above``."""

    def __init__(self, text: str, when: Callable[[dict], bool], split: str = "test", above: float = 0.9) -> None:
        super().__init__(text)
        self.when, self.split, self.above = when, split, above

    def check(self, snap) -> bool:
        acc = _figure(snap, self.split)
        return self.when(snap.config) and snap.step > 0 and acc is not None and acc > self.above


class EndGap(Goal):
    """The overfitting goal, judged by the engine's rule (``nnsim.goals.overfitting_goal_met``) at the
    end of the run against the unregularised run's gap."""

    def check(self, snap) -> bool:
        return goals.overfitting_goal_met(snap.config, snap.epoch, snap.figures)


class CatchBrokenLayer(Goal):
    """A gradient check with a broken layer that says "wrong" at exactly that layer."""

    def check(self, snap) -> bool:
        g = snap.instruments.get("gradcheck")
        if g is None or g["break_layer"] is None:
            return False
        return [k for k, v in g["verdicts"].items() if v == "wrong"] == [g["break_layer"]]


def _init(cfg: dict) -> str:
    return cfg["network"]["init"]


def _hidden_activation(cfg: dict) -> str | None:
    return cfg["network"].get("activation") if cfg["network"]["hidden"] else None


# -- lessons --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    idea: str
    todo: str
    watch: str
    question: str
    instruments: tuple[str, ...] = ()        # activations | depth | gradcheck | paths
    goal: Callable[[], Goal] | None = None  # a fresh goal each time the lesson opens
    mode: str | None = None                  # "step": open step-by-step mode
    tuning: bool = False                     # open the Tuning panel
    surface: str = "bowl"                    # the optimizer-paths panel's first surface


N = QT_TRANSLATE_NOOP
_LESSONS = (
    Lesson("activations", N(CONTEXT, "Activation functions"),
           N(CONTEXT, "Each unit computes z = w·a + b and then applies an activation g(z). Sigmoid squashes z "
                      "into (0, 1), tanh into (−1, 1), ReLU keeps positive z and zeroes the rest. Learning runs on "
                      "the derivative g′(z): where g′ is almost 0 the unit passes almost no gradient back."),
           N(CONTEXT, "Press Play. In the Activation explorer, change the layer whose z is shown; then switch the "
                      "hidden activation to sigmoid or ReLU and play again."),
           N(CONTEXT, "The grey bars of z against the shaded bands where |g′(z)| < 0.05, and the share of "
                      "saturated or dead units per layer."),
           N(CONTEXT, "Why is the derivative of sigmoid never larger than ¼, and what does that do to a long "
                      "chain of layers?"),
           ("activations",)),
    Lesson("nonlinearity", N(CONTEXT, "Why non-linear activations"),
           N(CONTEXT, "With linear activations, a stack of layers is still one linear function of the input: "
                      "W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ is just W′x + b′. However deep, the network can only draw a straight "
                      "boundary. A non-linear g between the layers is what lets it bend."),
           N(CONTEXT, "Play the preset: the hidden layers are linear. Then set the hidden activation to tanh or "
                      "ReLU and play again."),
           N(CONTEXT, "The decision boundary: a straight line that cannot separate the circle, then a closed curve."),
           N(CONTEXT, "Which single layer of a network may sensibly stay linear, and why?"),
           ("activations",),
           lambda: Reach(tr_lesson(N(CONTEXT, "Switch to a non-linear activation and reach 90% test accuracy")),
                         lambda c: _hidden_activation(c) not in (None, "linear"))),
    Lesson("logistic_regression", N(CONTEXT, "Logistic regression, then a small network"),
           N(CONTEXT, "Logistic regression is a network with no hidden layer: ŷ = σ(w·x + b). It can only draw "
                      "one straight boundary, so on the flower data it stays near 50% accuracy whatever you do. "
                      "One hidden layer of a few tanh units is enough to learn the petals."),
           N(CONTEXT, "Play until the cost stops falling. Then add a hidden layer of 4 units (tanh) and play again."),
           N(CONTEXT, "The train accuracy: stuck near half, then climbing well above 85%."),
           N(CONTEXT, "Why does a better optimizer or more epochs not help logistic regression here?"),
           (),
           lambda: Reach(tr_lesson(N(CONTEXT, "Add a hidden layer and reach 85% train accuracy")),
                         lambda c: bool(c["network"]["hidden"]), split="train", above=0.85)),
    Lesson("forward_backward", N(CONTEXT, "Forward and backward propagation"),
           N(CONTEXT, "One training step has three parts. Forward: each layer l computes "
                      "Z⁽ˡ⁾ = W⁽ˡ⁾·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and A⁽ˡ⁾ = g(Z⁽ˡ⁾), up to the prediction A⁽ᴸ⁾. Backward: "
                      "from dZ⁽ᴸ⁾ = A⁽ᴸ⁾ − Y at the output, each layer below computes dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), "
                      "then dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ and db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾ (summed over the m "
                      "examples), and passes dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾ to the layer before. "
                      "Update: W⁽ˡ⁾ := W⁽ˡ⁾ − α·dW⁽ˡ⁾ and b⁽ˡ⁾ := b⁽ˡ⁾ − α·db⁽ˡ⁾."),
           N(CONTEXT, "The Step panel is open: press Next to go through one step phase by phase."),
           N(CONTEXT, "The shapes of every matrix, and how dZ of one layer becomes dA of the layer before."),
           N(CONTEXT, "Why does the backward pass need the Z and A that the forward pass computed?"),
           (), mode="step"),
    Lesson("zero_init", N(CONTEXT, "Zero initialization"),
           N(CONTEXT, "If every weight starts at 0, every hidden unit of a layer computes the same thing and gets "
                      "the same update: they stay identical forever, and the layer is no better than one unit. "
                      "Random initial weights break this symmetry."),
           N(CONTEXT, "Play and look at the list of identical units. Then set the initialization to He (normal) "
                      "and play again."),
           N(CONTEXT, "Under zeros, every unit of a layer listed as a copy and the accuracy stuck at chance; "
                      "under He, no copies and the circle learnt."),
           N(CONTEXT, "Is it enough to make the biases random and keep the weights at zero?"),
           ("depth",),
           lambda: FailThenFix(tr_lesson(N(CONTEXT, "Make zero initialization fail, then fix it with He "
                                                    "(test accuracy above 90%)")),
                               lambda c: _init(c) == "zeros", lambda c: _init(c) == "he_normal")),
    Lesson("random_init", N(CONTEXT, "Too large random weights"),
           N(CONTEXT, "Random weights break the symmetry, but their size matters. Weights × 10 make z huge: "
                      "sigmoid and tanh units saturate, ReLU outputs explode, and the first cost is enormous. "
                      "Weights × 0.01 make the signal shrink layer after layer instead."),
           N(CONTEXT, "Look at the spread by depth, then try small random and He initialization on the same data."),
           N(CONTEXT, "std(A) and std(dW) against the layer: growing, shrinking or level."),
           N(CONTEXT, "Why does the right scale of the initial weights depend on the number of inputs of a unit?"),
           ("depth", "activations"),
           lambda: Reach(tr_lesson(N(CONTEXT, "Pick an initialization that learns the circle (90% test accuracy)")),
                         lambda c: _init(c) not in ("large_random", "zeros"))),
    Lesson("xavier_he", N(CONTEXT, "Xavier and He initialization"),
           N(CONTEXT, "Xavier scales the initial weights by √(1/n) (n inputs per unit), He by √(2/n). Then each "
                      "layer's output has about the spread of its input, so signals and gradients stay level with "
                      "depth: Xavier suits tanh, He suits ReLU. A deep sigmoid network still loses gradient at every "
                      "layer whatever the initialization, since σ′ ≤ ¼: one reason hidden layers use tanh or ReLU."),
           N(CONTEXT, "Play, and compare the spread by depth with what large or small random weights gave."),
           N(CONTEXT, "The std(A) and std(dW) curves staying roughly flat across layers."),
           N(CONTEXT, "Why does He use 2/n where Xavier uses 1/n? Think about what ReLU does to half of its inputs."),
           ("depth",)),
    Lesson("overfitting_regularization", N(CONTEXT, "Overfitting and regularization"),
           N(CONTEXT, "A large network on few noisy points can memorise the training set: the train accuracy keeps "
                      "rising while the dev accuracy falls behind. L2 regularization penalises large weights "
                      "(adding (λ/2m)·Σ‖W‖² to the cost); dropout switches units off at random while training. "
                      "Both make a simpler function; early stopping stops before memorising starts."),
           N(CONTEXT, "Play and watch the train and dev curves part. Then set L2 (try 0.7) or keep probability "
                      "(try 0.7) and play again from new weights."),
           N(CONTEXT, "The gap between the train and dev cost at the end of the run (without regularization "
                      "about 1.22), and the wiggles of the boundary."),
           N(CONTEXT, "Why judge a regularization setting on the dev split and not on the test split?"),
           (),
           lambda: EndGap(tr_lesson(N(CONTEXT, "With L2 or dropout, end the run with the dev cost less than 0.41 "
                                               "above the train cost (a third of the unregularized 1.22) and dev "
                                               "accuracy at least 80%")))),
    Lesson("input_normalization", N(CONTEXT, "Normalizing the inputs"),
           N(CONTEXT, "When features have very different scales (x and x²), the cost is a long narrow valley in "
                      "weight space: gradient descent zig-zags and needs a small learning rate. Subtracting the "
                      "mean and dividing by the standard deviation of each feature rounds the valley out."),
           N(CONTEXT, "Draw the paths on two weights of the network. Then turn standardisation on, draw them again "
                      "and play."),
           N(CONTEXT, "The shape of the contours and how fast the cost falls."),
           N(CONTEXT, "Why must the dev and test data be scaled with the training set's mean and deviation?"),
           ("paths",), surface="network",
           goal=lambda: Reach(tr_lesson(N(CONTEXT, "Turn standardisation on and reach 95% train accuracy")),
                              lambda c: bool(c["data"].get("standardize", True)), split="train", above=0.95)),
    Lesson("minibatch", N(CONTEXT, "Mini-batch gradient descent"),
           N(CONTEXT, "Each step uses a mini-batch of the training set instead of all of it. Steps are cheaper and "
                      "come more often, but each batch's cost is a noisy estimate of the whole cost, so the "
                      "per-batch curve jitters while the trend falls."),
           N(CONTEXT, "Show the mini-batch cost on the Cost plot. Try batch sizes 1, 32 and all the data (0)."),
           N(CONTEXT, "How noisy the grey per-batch cost is, and how many steps an epoch takes."),
           N(CONTEXT, "Why are batch sizes often powers of two, like 32 or 64?"),
           ()),
    Lesson("optimizers", N(CONTEXT, "Momentum, RMSprop and Adam"),
           N(CONTEXT, "Momentum follows an exponentially weighted average of past gradients, which damps "
                      "oscillation. RMSprop divides each step by the root of an average of squared gradients, so "
                      "steep directions take smaller steps. Adam does both, with bias correction."),
           N(CONTEXT, "Draw the paths on the bowl and replay them. Then switch the run's optimizer between Adam and "
                      "gradient descent at the same learning rate."),
           N(CONTEXT, "The zig-zag of gradient descent, the overshoot of momentum, the direct route of Adam; and the "
                      "cost curves of the two runs."),
           N(CONTEXT, "What does β = 0.9 mean in terms of how many past gradients momentum remembers?"),
           ("paths",)),
    Lesson("lr_decay", N(CONTEXT, "Learning-rate decay"),
           N(CONTEXT, "A large learning rate makes fast progress early but keeps bouncing around the minimum. "
                      "Decaying α over the epochs takes big steps first and small ones later. Inverse-time decay: "
                      "α = α₀ / (1 + decay_rate·⌊epoch / interval⌋)."),
           N(CONTEXT, "Play and follow the marker on the schedule; try exponential decay or another rate."),
           N(CONTEXT, "The steps of the schedule and the cost settling after each drop."),
           N(CONTEXT, "What goes wrong if α decays too fast?"),
           ("paths",)),
    Lesson("gradient_checking", N(CONTEXT, "Gradient checking"),
           N(CONTEXT, "Backpropagation is easy to get subtly wrong. A gradient check compares it with the slope "
                      "measured numerically: (J(θ + ε) − J(θ − ε)) / 2ε for every parameter. The relative "
                      "difference should be below about 2e-7."),
           N(CONTEXT, "Run the check. Then tick Break backprop, choose a layer and run it again."),
           N(CONTEXT, "The overall verdict and the layer the check points at."),
           N(CONTEXT, "Why is the check run once to test the code, and never during training?"),
           ("gradcheck",),
           lambda: CatchBrokenLayer(tr_lesson(N(CONTEXT, "Break one layer and let the check point at it")))),
    Lesson("softmax_multiclass", N(CONTEXT, "Softmax for several classes"),
           N(CONTEXT, "With more than two classes the output layer has one unit per class and softmax turns the "
                      "scores into probabilities that add up to 1: ŷᵢ = eᶻⁱ / Σⱼ eᶻʲ. The loss is the "
                      "cross-entropy of the true class."),
           N(CONTEXT, "Play and watch the three regions form; read the confusion matrix in the Figures panel."),
           N(CONTEXT, "Which classes are confused with which, and where on the spiral."),
           N(CONTEXT, "With two classes, how is softmax related to sigmoid?"),
           ()),
    Lesson("tuning", N(CONTEXT, "Hyperparameter tuning"),
           N(CONTEXT, "The learning rate, the network's size, the regularization and the batch size are chosen, "
                      "not learnt. Try many settings, sampled at random (the learning rate on a log scale), and "
                      "keep the one with the best dev score."),
           N(CONTEXT, "The preset's learning rate is far too small. Search for a better one in the Tuning panel, "
                      "or by hand."),
           N(CONTEXT, "The dev accuracy of each trial, and which hyperparameters matter most."),
           N(CONTEXT, "Why sample the learning rate between 0.0001 and 1 on a log scale instead of evenly?"),
           (), tuning=True,
           goal=lambda: Reach(tr_lesson(N(CONTEXT, "Find settings that reach 85% dev accuracy")),
                              lambda c: True, split="dev", above=0.85)),
)

LESSONS: dict[str, Lesson] = {lesson.id: lesson for lesson in _LESSONS}
assert tuple(LESSONS) == PRESET_IDS, "one lesson per preset id, in the course's order"

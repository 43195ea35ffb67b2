"""The lessons' words, one ``LessonText`` per lesson id (``nnsim.lessons.LESSONS``), for a learner.

Each has the idea in a few sentences, one line per step of the lesson (the engine's
``Lesson.steps``, in the same order: the Lesson panel shows them as a checklist with a "Do it"
button where a step changes or does something), what to watch for, a question to think about,
the goal in words (its numbers filled in from the engine's goal), and the panels the lesson shows
(``panels``, from ``PANELS``, with ``front`` raised first): the window lays itself out from these
(``nnsim_ui.window.lesson_layout``), nothing per lesson is placed by hand.
Texts are marked with ``QT_TRANSLATE_NOOP`` (context "Lessons") so the translation tools find
them; ``tr_lesson`` translates one when it is shown. What a lesson does (its preset, its steps'
changes, its goal) is the engine's (``nnsim.lessons``); only words live here.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnsim import goals
from nnsim.lessons import LESSONS as ENGINE_LESSONS

from ..text.numbers import in_locale

CONTEXT = "Lessons"


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: Every panel a lesson may show, beside the Lesson panel and the network: the window's views
#: (decision boundary, cost, figures), the Step panel, the instrument panels, the Tuning panel and
#: Compare runs.
PANELS = ("boundary", "cost", "figures", "step", "neuron", "activations", "depth", "gradcheck", "paths", "averages",
          "shift", "tuning", "compare")
INSTRUMENTS = ("neuron", "activations", "depth", "gradcheck", "paths", "averages", "shift")


# -- lessons --------------------------------------------------------------------------------
@dataclass(frozen=True)
class LessonText:
    id: str
    title: str
    idea: str
    steps: tuple[str, ...]                   # one line per engine step, in its order
    watch: str
    question: str
    panels: tuple[str, ...] = ()             # the views and instruments on show, names of PANELS, in order
    goal: str | None = None                  # with {placeholders} the engine's goal fills in
    mode: str | None = None                  # "step": open step-by-step mode
    surface: str = "bowl"                    # the optimizer-paths panel's first surface
    front: str | None = None                 # the panel raised first (default: the first of ``panels``)

    def __post_init__(self) -> None:
        unknown = [p for p in self.panels if p not in PANELS]
        if unknown:
            raise ValueError(f"lesson {self.id}: unknown panel(s) {', '.join(unknown)}; "
                             f"choose from: {', '.join(PANELS)}")
        if self.front is not None and self.front not in self.panels:
            raise ValueError(f"lesson {self.id}: front {self.front!r} is not one of its panels")

    @property
    def front_panel(self) -> str | None:
        return self.front or (self.panels[0] if self.panels else None)

    @property
    def instruments(self) -> tuple[str, ...]:
        """The lesson's instrument panels (the Lessons menu's docks), in its order."""
        return tuple(p for p in self.panels if p in INSTRUMENTS)

    @property
    def tuning(self) -> bool:
        return "tuning" in self.panels

    def goal_text(self) -> str | None:
        """The goal in the current language, with the engine's numbers."""
        if self.goal is None:
            return None
        engine_goal = ENGINE_LESSONS[self.id].goal
        values = {"percent": f"{round(100 * getattr(engine_goal, 'above', 0))}%",
                  "cost": f"{getattr(engine_goal, 'below', 0):g}",
                  "gap": f"{goals.OVERFITTING_GAP_SHARE * goals.OVERFITTING_PLAIN_LOSS_GAP:.2f}",
                  "plain": f"{goals.OVERFITTING_PLAIN_LOSS_GAP:.2f}",
                  "floor": f"{round(100 * goals.OVERFITTING_DEV_FLOOR)}%",
                  "base": f"{round(100 * getattr(engine_goal, 'base_error', 0))}%"}
        return tr_lesson(self.goal).format(**{k: in_locale(v) for k, v in values.items()})


N = QT_TRANSLATE_NOOP
_TEXTS = (
    LessonText("one_neuron", N(CONTEXT, "One neuron, by hand"),
               N(CONTEXT, "A neuron computes z = w₁·x₁ + w₂·x₂ + b and ŷ = σ(z), the probability of class 1. Its "
                          "boundary is the line z = 0: the weights turn it, the bias shifts it. Training is finding "
                          "w and b that make the cost J small; before any calculus, you can do it by hand."),
               (N(CONTEXT, "Drag the sliders w₁, w₂ and b in the One neuron panel until the line separates the two "
                           "blobs."),
                N(CONTEXT, "Press Play: gradient descent goes on from your weights.")),
               N(CONTEXT, "The cost J: 0.693 (ln 2) with every weight at 0, falling as the line separates the "
                          "blobs; gradient descent then brings it lower than you did by hand."),
               N(CONTEXT, "Why does the cost keep falling after every point is on the right side?"),
               ("neuron", "boundary", "cost"), N(CONTEXT, "By hand, before pressing Play, reach {percent} train accuracy")),
    LessonText("activations", N(CONTEXT, "Activation functions"),
               N(CONTEXT, "Each unit computes z = w·a + b and then applies an activation g(z). Sigmoid squashes z "
                          "into (0, 1), tanh into (−1, 1), ReLU keeps positive z and zeroes the rest. Learning runs "
                          "on the derivative g′(z): where g′ is almost 0 the unit passes almost no gradient back. "
                          "Sigmoid's derivative is at most ¼ and its outputs are all positive; tanh's derivative "
                          "reaches 1 and its outputs are centred on 0, which is why hidden layers learn faster with "
                          "tanh. ReLU's derivative is 1 for z > 0 and 0 for z < 0: a unit whose z is negative on every "
                          "example is dead (the explorer counts them) and never learns again; more hidden units "
                          "leave enough of them alive."),
               (N(CONTEXT, "Press Play. In the Activation explorer, change the layer whose z is shown."),
                N(CONTEXT, "Switch the hidden activation to sigmoid and play again from new weights.")),
               N(CONTEXT, "With tanh the circle is learnt within the 300 epochs (train accuracy above 95%); with "
                          "sigmoid, in the same 300 epochs, the train accuracy stays below 75%. The explorer's "
                          "mean g′(z) per layer at the start: above 0.6 with tanh, at most 0.25 with sigmoid."),
               N(CONTEXT, "Why is the derivative of sigmoid never larger than ¼, and what does that do to a long "
                          "chain of layers?"),
               ("boundary", "cost", "activations"), front="activations"),
    LessonText("nonlinearity", N(CONTEXT, "Why non-linear activations"),
               N(CONTEXT, "With linear activations, a stack of layers is still one linear function of the input: "
                          "W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ is just W′x + b′. However deep, the network can only draw a "
                          "straight boundary. A non-linear g between the layers is what lets it bend."),
               (N(CONTEXT, "Play the preset: the hidden layers are linear."),
                N(CONTEXT, "Set the hidden activation to tanh and play again.")),
               N(CONTEXT, "The decision boundary: a straight line that cannot separate the circle (test accuracy "
                          "below 75%), then a closed curve."),
               N(CONTEXT, "Which single layer of a network may sensibly stay linear, and why?"),
               ("boundary", "cost", "activations"),
               N(CONTEXT, "Switch to a non-linear activation and reach {percent} test accuracy")),
    LessonText("logistic_regression", N(CONTEXT, "Logistic regression, then a small network"),
               N(CONTEXT, "Logistic regression is a network with no hidden layer: ŷ = σ(w·x + b). It can only draw "
                          "one straight boundary, so on the flower data it stays near 50% accuracy whatever you do. "
                          "One hidden layer of a few tanh units is enough to learn the petals."),
               (N(CONTEXT, "Play until the cost stops falling."),
                N(CONTEXT, "Add a hidden layer of 5 tanh units and play again.")),
               N(CONTEXT, "The train accuracy: between 40% and 60% without a hidden layer, then above 85%."),
               N(CONTEXT, "Why does a better optimizer or more epochs not help logistic regression here?"),
               ("boundary", "cost", "figures"),
               N(CONTEXT, "Add a hidden layer and reach {percent} train accuracy")),
    LessonText("forward_backward", N(CONTEXT, "Forward and backward propagation"),
               N(CONTEXT, "One training step has three parts. Forward: each layer l computes "
                          "Z⁽ˡ⁾ = W⁽ˡ⁾·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾ and A⁽ˡ⁾ = g(Z⁽ˡ⁾), up to the prediction A⁽ᴸ⁾. Backward: "
                          "from dZ⁽ᴸ⁾ = A⁽ᴸ⁾ − Y at the output, each layer below computes dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), "
                          "then dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ and db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾ (summed over the m "
                          "examples), and passes dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾ to the layer before. "
                          "Update: W⁽ˡ⁾ := W⁽ˡ⁾ − α·dW⁽ˡ⁾ and b⁽ˡ⁾ := b⁽ˡ⁾ − α·db⁽ˡ⁾."),
               (N(CONTEXT, "The Step panel is open: press Next to go through one step phase by phase."),),
               N(CONTEXT, "The shapes of every matrix, and how dZ of one layer becomes dA of the layer before."),
               N(CONTEXT, "Why does the backward pass need the Z and A that the forward pass computed?"),
               ("step", "boundary"), mode="step"),
    LessonText("zero_init", N(CONTEXT, "Zero initialization"),
               N(CONTEXT, "If every weight starts at 0, every hidden unit of a layer computes the same thing and "
                          "gets the same update: they stay identical forever, and the layer is no better than one "
                          "unit. Random initial weights break this symmetry."),
               (N(CONTEXT, "Play and look at the list of identical units."),
                N(CONTEXT, "Set the initialization to He normal and play again.")),
               N(CONTEXT, "Under zeros, every unit of a layer listed as a copy and the accuracy stuck near 50%; "
                          "under He, no copies and the circle learnt."),
               N(CONTEXT, "Is it enough to make the biases random and keep the weights at zero?"),
               ("depth", "boundary", "cost"),
               N(CONTEXT, "Fix it with He normal: reach {percent} test accuracy")),
    LessonText("random_init", N(CONTEXT, "Too large random weights"),
               N(CONTEXT, "Random weights break the symmetry, but their size matters. Weights × 10 make z huge: "
                          "ReLU outputs explode (sigmoid and tanh units would saturate), and the first cost is "
                          "enormous. Weights × 0.01 make the signal shrink layer after layer instead, and a "
                          "network started so small barely learns."),
               (N(CONTEXT, "Look at the spread by depth and play."),
                N(CONTEXT, "Try small random initialization and play again."),
                N(CONTEXT, "Then try He normal and play again.")),
               N(CONTEXT, "The first cost: more than ten times He's with weights × 10. With weights × 0.01, std(A) "
                          "shrinks at least tenfold from one layer to the next and the accuracy stays near 50%."),
               N(CONTEXT, "Why does the right scale of the initial weights depend on the number of inputs of a "
                          "unit?"),
               ("depth", "cost", "activations"),
               N(CONTEXT, "Pick an initialization that learns the circle ({percent} test accuracy)")),
    LessonText("xavier_he", N(CONTEXT, "Xavier and He initialization"),
               N(CONTEXT, "Scaling the initial weights by the number n of inputs per unit keeps each layer's output "
                          "at about the spread of its input, so signals and gradients stay level with depth. He "
                          "uses √(2/n) and suits ReLU. The course calls √(1/n) \"Xavier\"; the Initialization menu "
                          "lists it as LeCun normal, and keeps the name Xavier (Glorot) normal for "
                          "√(2/(n_in + n_out)), the form of Glorot's paper; both suit tanh. A deep sigmoid network "
                          "still loses gradient at every layer whatever the initialization, since σ′ ≤ ¼."),
               (N(CONTEXT, "Play, and compare the spread by depth with what large or small random weights gave."),
                N(CONTEXT, "Compare runs: He against zeros and large random weights, side by side, on the same "
                           "data and seed.")),
               N(CONTEXT, "The std(A) curve staying level across the hidden layers (within a factor of 3), where "
                          "small random weights made it fall tenfold per layer. In the comparison table He ends "
                          "with the highest test accuracy and the lowest test cost of the three, and zeros near "
                          "50%: a good initialization converges to a better network (the course's table: zeros "
                          "50%, large random 86%, He 96% test accuracy)."),
               N(CONTEXT, "Why does He use 2/n where LeCun uses 1/n? Think about what ReLU does to half of its "
                          "inputs."),
               ("depth", "cost")),
    LessonText("bias_variance", N(CONTEXT, "Bias and variance"),
               N(CONTEXT, "Compare the train error with the best error possible on the data (the base error), and "
                          "the dev error with the train error. A large first gap is high bias: the network "
                          "underfits, and a bigger network or longer training helps. A large second gap is high "
                          "variance: the network fits its training set but not new data, and more data or "
                          "regularization helps. The Figures panel names the diagnosis; a gap counts as large "
                          "above 3 points."),
               (N(CONTEXT, "Play: one hidden unit on 200 points."),
                N(CONTEXT, "Set the base error to 5% in the Figures panel: the flower's noise puts about that "
                           "many points on the wrong side."),
                N(CONTEXT, "Give the hidden layer 20 units and play again."),
                N(CONTEXT, "Use 2000 points instead of 200 and play again.")),
               N(CONTEXT, "The train and dev errors at the end of each run. One unit: train error above 20%, high "
                          "bias. Twenty units on 200 points: train error below 5% but dev error more than 10 points "
                          "above it, high variance. Twenty units on 2000 points: both errors below 10% and within 3 "
                          "points of each other, low bias and low variance."),
               N(CONTEXT, "Why does the course fix high bias before high variance?"),
               ("boundary", "figures", "cost"),
               N(CONTEXT, "End a run with low bias and low variance (base error {base})")),
    LessonText("overfitting_regularization", N(CONTEXT, "Overfitting and regularization"),
               N(CONTEXT, "A large network on few noisy points can memorise the training set: the train accuracy "
                          "keeps rising while the dev accuracy falls behind. L2 regularization penalises large "
                          "weights (adding (λ/2m)·Σ‖W‖² to the cost); dropout switches units off at random while "
                          "training. Both make a simpler function; early stopping stops before memorising starts."),
               (N(CONTEXT, "Play and watch the train and dev curves part."),
                N(CONTEXT, "Set L2 to 0.7 (or instead keep probability to 0.7) and play again from new weights.")),
               N(CONTEXT, "The gap between the train and dev cost at the end of the run: without regularization "
                          "about 1.22; with L2 0.7 or keep probability 0.7, less than a third of that."),
               N(CONTEXT, "Why judge a regularization setting on the dev split and not on the test split?"),
               ("boundary", "cost", "figures"),
               N(CONTEXT, "With L2 or dropout, end the run with the dev cost less than {gap} above the train cost "
                          "(a third of the unregularized {plain}) and dev accuracy at least {floor}"), front="cost"),
    LessonText("input_normalization", N(CONTEXT, "Normalizing the inputs"),
               N(CONTEXT, "When features have very different scales (x and x²), the cost is a long narrow valley in "
                          "weight space: gradient descent zig-zags and needs a small learning rate. Subtracting the "
                          "mean and dividing by the standard deviation of each column the network sees rounds the "
                          "valley out."),
               (N(CONTEXT, "Draw the paths on two weights of the network."),
                N(CONTEXT, "Turn standardisation on."),
                N(CONTEXT, "Draw the paths again, then play.")),
               N(CONTEXT, "The contours: a narrow valley, then round. The train cost after the 1000 epochs: above "
                          "0.05 raw, below 0.03 standardised."),
               N(CONTEXT, "Why must the dev and test data be scaled with the training set's mean and deviation?"),
               ("paths", "cost"), N(CONTEXT, "Turn standardisation on and bring the train cost below {cost}"),
               surface="network"),
    LessonText("minibatch", N(CONTEXT, "Mini-batch gradient descent"),
               N(CONTEXT, "Each step uses a mini-batch of the training set instead of all of it. Steps are cheaper "
                          "and come more often, but each batch's cost is a noisy estimate of the whole cost, so the "
                          "per-batch curve jitters while the trend falls."),
               (N(CONTEXT, "Play with batches of 32 and show the mini-batch cost on the Cost plot."),
                N(CONTEXT, "Set the batch size to 1 and play again."),
                N(CONTEXT, "Set it to all the data (0) and play again.")),
               N(CONTEXT, "How many steps an epoch of the 150 training examples takes: 5 with batches of 32, 150 "
                          "with batches of 1, one with all the data; and the grey per-batch cost, noisy with small "
                          "batches and smooth with all the data."),
               N(CONTEXT, "Why are batch sizes often powers of two, like 32 or 64?"),
               ("cost", "boundary")),
    LessonText("weighted_averages", N(CONTEXT, "Exponentially weighted averages"),
               N(CONTEXT, "Momentum, RMSprop and Adam keep running averages of the gradients: "
                          "v = β·v + (1 − β)·θ, updated with each new value θ. Such an average covers about the "
                          "last 1/(1 − β) values. Starting from v = 0 it begins too low, so Adam divides by "
                          "1 − βᵗ: the bias correction."),
               (N(CONTEXT, "Look at the averages of a year of temperatures with and without bias correction."),
                N(CONTEXT, "Switch the series to this run's mini-batch costs and press Play.")),
               N(CONTEXT, "β = 0.98 averages about the last 50 values: its curve changes day to day more than 5 "
                          "times less than β = 0.5's, and lags behind. Without bias correction it starts at "
                          "0.02·θ₁; with it, at θ₁."),
               N(CONTEXT, "Which β would you pick to smooth a noisy mini-batch cost, and what does it cost you?"),
               ("averages", "cost")),
    LessonText("optimizers", N(CONTEXT, "Momentum, RMSprop and Adam"),
               N(CONTEXT, "Momentum follows an exponentially weighted average of past gradients, which damps "
                          "oscillation. RMSprop divides each step by the root of an average of squared gradients, "
                          "so steep directions take smaller steps. Adam does both, with bias correction."),
               (N(CONTEXT, "Draw the paths on the bowl and replay them."),
                N(CONTEXT, "Switch the run's optimizer to gradient descent at the same learning rate and play "
                           "again.")),
               N(CONTEXT, "The zig-zag of gradient descent, the overshoot of momentum, the direct route of Adam; "
                          "and at the end of the run, Adam's train cost at most 0.8 times gradient descent's."),
               N(CONTEXT, "What does β = 0.9 mean in terms of how many past gradients momentum remembers?"),
               ("paths", "cost")),
    LessonText("lr_decay", N(CONTEXT, "Learning-rate decay"),
               N(CONTEXT, "A large learning rate makes fast progress early but keeps bouncing around the minimum. "
                          "Decaying α over the epochs takes big steps first and small ones later. Inverse-time "
                          "decay: α = α₀ / (1 + decay_rate·⌊epoch / interval⌋)."),
               (N(CONTEXT, "Play and follow the marker on the schedule."),
                N(CONTEXT, "Switch to exponential decay with rate 0.5 and play again.")),
               N(CONTEXT, "The steps of the schedule: α₀, then α₀/2 at epoch 1000, α₀/3 at 2000, α₀/4 at 3000; "
                          "with exponential decay at rate 0.5, α halves every 1000 epochs (α₀/4 at 2000)."),
               N(CONTEXT, "What goes wrong if α decays too fast?"),
               ("paths", "cost")),
    LessonText("gradient_checking", N(CONTEXT, "Gradient checking"),
               N(CONTEXT, "Backpropagation is easy to get subtly wrong. A gradient check compares it with the slope "
                          "measured numerically: (J(θ + ε) − J(θ − ε)) / 2ε for every parameter. The relative "
                          "difference should be below about 2e-7."),
               (N(CONTEXT, "Start in one dimension, as the course does: J(θ) = θ·x with θ = 4 and x = 2, whose "
                           "derivative is x. Read the check at the top of the Gradient check panel."),
                N(CONTEXT, "Run the check on the network."),
                N(CONTEXT, "Break backprop at layer 1 and run the check again.")),
               N(CONTEXT, "The one-dimensional check's difference (about 3e-10: only rounding), then the network's "
                          "overall verdict (correct, then wrong) and the layer the check points at."),
               N(CONTEXT, "Why is the check run once to test the code, and never during training?"),
               ("gradcheck", "cost"),
               N(CONTEXT, "Break one layer and let the check point at it")),
    LessonText("softmax_multiclass", N(CONTEXT, "Softmax for several classes"),
               N(CONTEXT, "With more than two classes the output layer has one unit per class and softmax turns the "
                          "scores into probabilities that add up to 1: ŷᵢ = eᶻⁱ / Σⱼ eᶻʲ. The loss is the "
                          "cross-entropy of the true class."),
               (N(CONTEXT, "Play and watch the three regions form; read the confusion matrix in the Figures "
                           "panel."),),
               N(CONTEXT, "Which classes are confused with which, and where on the spiral; the test accuracy ends "
                          "above 80%."),
               N(CONTEXT, "With two classes, how is softmax related to sigmoid?"),
               ("boundary", "figures", "cost")),
    LessonText("tuning", N(CONTEXT, "Hyperparameter tuning"),
               N(CONTEXT, "The learning rate, the network's size, the regularization and the batch size are chosen, "
                          "not learnt. Try many settings, sampled at random (the learning rate on a log scale), and "
                          "keep the one with the best dev score."),
               (N(CONTEXT, "The preset's learning rate is far too small. Search the learning rate in the Tuning "
                           "panel, apply the best trial and play."),),
               N(CONTEXT, "The dev accuracy of each trial, and which hyperparameters matter most."),
               N(CONTEXT, "Why sample the learning rate between 0.0001 and 1 on a log scale instead of evenly?"),
               ("tuning", "cost"), N(CONTEXT, "Find a learning rate that reaches {percent} dev accuracy")),
    LessonText("batch_norm", N(CONTEXT, "Batch normalization"),
               N(CONTEXT, "Batch normalization normalises each hidden layer's Z over the mini-batch: "
                          "Z_norm = (Z − μ)/√(σ² + ε), then Z̃ = γ⊙Z_norm + β with γ and β learnt (β replaces b). "
                          "Each layer then sees inputs of a steady spread however the layers below change, so a "
                          "deep network trains with a poor initialization. At test time the running averages of "
                          "μ and σ² (rate ρ) take the batch's place."),
               (N(CONTEXT, "Five ReLU layers started with weights × 0.01: play and watch the spread by depth."),
                N(CONTEXT, "Turn on batch normalization and play again; open Step by step to see μ, σ², Z_norm "
                           "and Z̃ of each layer with their numbers.")),
               N(CONTEXT, "Without it the test accuracy stays near 50% and, after training, std(A) of the last "
                          "hidden layer is below 0.01. With it the test accuracy ends above 90% and std(A) of "
                          "every hidden layer is between 0.3 and 2. In the Z by layer panel, with batch "
                          "normalization the 10–90% band of Z̃ in every hidden layer stays between −2.5 and 2.5, "
                          "1 to 3.5 wide, from the first step to the last: each layer's input keeps its place "
                          "while the layers below learn. Without it every band is squeezed within 0.05 of 0, "
                          "and the last hidden layer's band widens more than a thousandfold during training, "
                          "following the layers below (the course's covariate shift)."),
               N(CONTEXT, "Why does a layer with batch normalization not need its bias b?"),
               ("shift", "depth", "cost", "figures"),
               N(CONTEXT, "Train the deep network with batch normalization to {percent} test accuracy")),
    LessonText("handwritten_digits", N(CONTEXT, "From toy data to handwritten digits"),
               N(CONTEXT, "The network ideas of the toy sets carry over to real data unchanged. Here the data are "
                          "1,797 handwritten digits, each an 8×8 image: its 64 pixels are the inputs and the ten "
                          "digits are the classes, so the output layer is a softmax of 10 units. The canvas draws "
                          "the input layer as the digit shown, and each unit of the first hidden layer as the image "
                          "of its 64 incoming weights: orange where ink raises the unit's z, blue where ink lowers "
                          "it, the pattern the unit looks for. With 64 inputs there is no boundary to draw over two "
                          "columns, so the Decision boundary panel shows the test digits on their first two "
                          "principal components instead, coloured by class, with a cross for each digit the "
                          "network gets wrong."),
               (N(CONTEXT, "Play: the hidden layer has only 2 ReLU units, so each image reaches the output as "
                           "just two numbers."),
                N(CONTEXT, "Give the hidden layer 32 units (a 64-32-10 network) and play again."),
                N(CONTEXT, "Look at the 32 weight images on the canvas (hover a unit for its activation on the "
                           "digit shown), and click crosses in the projection to see the digits still got wrong.")),
               N(CONTEXT, "With 2 units the test accuracy stays below 70% and more than 150 of the 539 test digits "
                          "are crosses; click one: its probabilities name the digits it is confused with. "
                          "With 32 units the test accuracy ends above 95%, with fewer than 30 crosses. The weight "
                          "images are not pictures of digits: each is a patchwork of orange and blue that several "
                          "digits match in part, and the output layer weighs the 32 together. The few pixels blank "
                          "in every training image (the top-left corner and some on the left and right edges) "
                          "keep their random starting weights to the end: an input that is always 0 gets "
                          "dW⁽¹⁾ = (1/m)·dZ⁽¹⁾·A⁽⁰⁾ᵀ = 0."),
               N(CONTEXT, "Without any hidden layer (logistic regression: the 64 pixels straight into the softmax) "
                          "the digits still reach about 96% test accuracy, where on the flower it stayed near 50%. "
                          "What do 64 inputs change?"),
               ("boundary", "cost", "figures"),
               N(CONTEXT, "With a hidden layer, reach {percent} test accuracy on the digits")),
)

LESSONS: dict[str, LessonText] = {text.id: text for text in _TEXTS}
assert tuple(LESSONS) == tuple(ENGINE_LESSONS), "one text per lesson, in the engine's order"
assert all(len(LESSONS[i].steps) == len(ENGINE_LESSONS[i].steps) for i in LESSONS), "one line per step"

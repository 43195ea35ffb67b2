"""The controls panel: every setting of the run config, in the groups a learner meets them.

What this is: the left side of the window. Data (data set, noise, samples,
train/test/dev split, input features, standardisation), Network (hidden
layers, hidden and output activations, initializer) and Training (optimizer
and its settings, learning rate and its decay, batch size, epochs, L2, L1,
dropout). Every combo box is filled from the engine's registries, so a name
is never typed twice; every control has a tooltip that says what it does and
what to watch for.

How it binds: a change by the user becomes ``controller.edit({dotted key:
value}, text)`` (undoable); ``controller.configChanged`` writes the config
back into the widgets with their signals blocked, so nothing echoes. An edit
the config rejects is reported by the controller (``errorRaised``, shown in
the status bar) and the widget goes back to the config's value.

What this is not: the per-layer settings (the canvas edits each layer), or
any validation of its own: the rules live in ``nnsim.config``, and what goes with an edit (the
output that fits a data set, a schedule's rate, per-layer lists) in ``nnsim.edits``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, QSize, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from nnsim import activations, initializers, optimizers
from nnsim import config as C
from nnsim import data as D
from nnsim import edits

from ..text import i18n
from ..text.names import formula
from .inputs import NumberCombo, SpaceKeeper
from ..engine.link import EngineLink

#: Typical values offered in the editable number boxes (TensorFlow Playground's, mostly).
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
PENALTIES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
KEEP_PROBS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)
BN_DECAYS = (0.9, 0.99, 0.5, 0.0)
BETAS = (0.5, 0.8, 0.9, 0.95, 0.99, 0.999)
EPSILONS = (1e-8, 1e-7, 1e-6, 1e-4)
DECAY_RATES = (0.0, 0.001, 0.01, 0.1, 0.5, 0.9, 0.95, 0.99, 1.0)
GENERATED = tuple(name for name in C.DATASETS if name in D.GENERATORS)
SHIPPED = tuple(name for name in C.DATASETS if name in D.SHIPPED)        # real data, after the generators
IMPORT_CSV = "import-csv"                 # the data set combo's last item: opens File → Import CSV…
FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1x2": "x₁·x₂",
                  "sin_x1": "sin x₁", "sin_x2": "sin x₂"}


def _title(text: str) -> str:
    """A registry's English title, through the translator (context "nnsim")."""
    return QCoreApplication.translate("nnsim", text)


class ControlsPanel(QScrollArea):
    """The run config's settings as controls, bound two-way to ``controller.config``."""

    importCsvRequested = Signal()

    def __init__(self, controller: EngineLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ControlsPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("ControlsBody")
        self.space_keeper = SpaceKeeper(self)
        body.installEventFilter(self.space_keeper)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(10)
        self._inputs: list[QWidget] = []
        self._feature_boxes: dict[str, QCheckBox] = {}
        column.addWidget(self._data_group())
        column.addWidget(self._network_group())
        column.addWidget(self._training_group())
        column.addStretch(1)
        self.setWidget(body)
        self._updating = False
        controller.configChanged.connect(self.show_config)
        self.show_config(controller.config)

    def changeEvent(self, event: QEvent) -> None:             # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_updating"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Labels, titles, tooltips and combo items again in the current language; then the values."""
        i18n.retranslate_tree(self, ("ControlsPanel", "nnsim"), i18n.previous_language())
        self.show_config(self.controller.config)

    def minimumSizeHint(self) -> QSize:                       # noqa: N802 (Qt's name)
        """Wide enough for the controls (no horizontal scrolling), at any font size."""
        return self._with_scroll_bar(self.widget().minimumSizeHint(), super().minimumSizeHint())

    def sizeHint(self) -> QSize:                              # noqa: N802
        """Wide enough for every control's whole text, with room for the scroll bar."""
        return self._with_scroll_bar(self.widget().sizeHint(), super().sizeHint())

    def _with_scroll_bar(self, body: QSize, own: QSize) -> QSize:
        width = body.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, own.height())

    # -- building -----------------------------------------------------------------------------
    def _form(self, title: str, name: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)
        return box, form

    def _add(self, form: QFormLayout, label: str, widget: QWidget, tip: str, name: str) -> QWidget:
        widget.setObjectName(name)
        widget.setToolTip(tip)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
        if isinstance(widget, QAbstractSpinBox):
            widget.setKeyboardTracking(False)        # commit on Enter or focus out, not per keystroke
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            caption.setToolTip(tip)
            form.addRow(caption, widget)
        else:
            form.addRow(widget)
        self._inputs.append(widget)
        return widget

    def _combo(self, entries: list[tuple[str, str, str]]) -> QComboBox:
        """A combo of (registry name, title, item tooltip) entries."""
        combo = QComboBox(self)
        for name, title, tip in entries:
            combo.addItem(title, name)
            if tip:
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _data_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Data"), "DataGroup")
        self.data_form = form
        self.dataset = self._add(form, self.tr("Data set"), self._combo([]), self.tr(
            "The points the network learns to separate (or, for Plane and Sum of Gaussians, to fit). "
            "Harder shapes such as the spiral need more neurons, more layers or extra input features."),
            "dataset")
        self.dataset.activated.connect(self._dataset_chosen)
        self.classes = self._add(form, self.tr("Classes"), QSpinBox(), self.tr(
            "How many classes the Gaussian and spiral data have. More than two needs a softmax output, "
            "which is chosen for you."), "classes")
        self.classes.setRange(2, D.MAX_CLASSES)
        self.classes.valueChanged.connect(self._classes_changed)
        self.noise = self._add(form, self.tr("Noise"), QDoubleSpinBox(), self.tr(
            "How much random scatter is added to every point. More noise blurs the classes: watch the "
            "test cost stay above the training cost as the network starts fitting the noise."), "noise")
        self.noise.setRange(0.0, 5.0)
        self.noise.setDecimals(2)
        self.noise.setSingleStep(0.05)
        self.noise.valueChanged.connect(lambda v: self._commit({"data.noise": v}, self.tr("Change the noise")))
        self.samples = self._add(form, self.tr("Samples"), QSpinBox(), self.tr(
            "How many points are generated. With few points a big network memorises them: compare the "
            "training and test costs."), "samples")
        self.samples.setRange(2, D.MAX_SAMPLES)
        self.samples.setSingleStep(50)
        self.samples.setGroupSeparatorShown(True)
        self.samples.valueChanged.connect(
            lambda v: self._commit({"data.samples": v}, self.tr("Change the number of samples")))
        self.test_share = self._add(form, self.tr("Test data"), self._percent(), self.tr(
            "The share of the points held back to test the network; it never trains on them. A test cost "
            "well above the training cost means the network overfits."), "test_fraction")
        self.test_share.valueChanged.connect(
            lambda v: self._commit({"data.test_fraction": v / 100}, self.tr("Change the test share")))
        self.dev_share = self._add(form, self.tr("Dev data"), self._percent(), self.tr(
            "The share held back as a development set, for comparing settings and for early stopping. "
            "Tune on the dev set and keep the test set for the final check."), "dev_fraction")
        self.dev_share.valueChanged.connect(
            lambda v: self._commit({"data.dev_fraction": v / 100}, self.tr("Change the dev share")))
        self.features = QWidget(self)
        grid = QGridLayout(self.features)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for i, name in enumerate(C.FEATURE_NAMES):
            check = QCheckBox(FEATURE_LABELS.get(name, name), self.features)
            check.setObjectName(f"feature_{name}")
            check.setToolTip(self.tr(
                "Feed {feature} to the network as an input. Products and sines of x₁ and x₂ let even a "
                "network without hidden layers draw curved boundaries.").format(feature=check.text()))
            check.toggled.connect(self._features_changed)
            grid.addWidget(check, i // 3, i % 3)
            self._feature_boxes[name] = check
            self._inputs.append(check)
        self.features.setToolTip(self.tr("The inputs the network receives."))
        caption = QLabel(self.tr("Features"))
        caption.setToolTip(self.features.toolTip())
        form.addRow(caption, self.features)
        self.csv_features = QLabel(self)
        self.csv_features.setWordWrap(True)
        self.csv_features.setToolTip(self.tr("A CSV file's inputs are its columns other than the label."))
        form.addRow(self.csv_features)
        self.standardize = self._add(form, "", QCheckBox(self.tr("Standardize the inputs")), self.tr(
            "Shift and scale every input to mean 0 and standard deviation 1, measured on the training "
            "data. Without it, inputs of very different sizes make gradient descent zigzag."), "standardize")
        self.standardize.toggled.connect(
            lambda on: self._commit({"data.standardize": on}, self.tr("Standardize the inputs")))
        self.seeds = QLabel(self)
        self.seeds.setObjectName("seeds")
        self.seeds.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seeds.setToolTip(self.tr(
            "The seeds that make this run reproducible: Reset draws a new weights seed, New data a new "
            "data seed. The same seeds give the same run, step for step."))
        form.addRow(self.tr("Seeds"), self.seeds)
        return box

    def _percent(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 90)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" %"))
        return spin

    def _network_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Network"), "NetworkGroup")
        self.hidden = self._add(form, self.tr("Hidden layers"), QLineEdit(), self.tr(
            "Neurons in each hidden layer, separated by commas (4, 2 is two layers); empty is logistic "
            "regression. The canvas edits them too. Bigger networks fit more, and overfit more."), "hidden")
        self.hidden.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[\d\s,]*$"), self.hidden))
        self.hidden.editingFinished.connect(self._hidden_changed)
        self.activation = self._add(form, self.tr("Activation"), self._combo(
            [(a.name, _title(a.title), formula(a.formula)) for a in activations.HIDDEN_ACTIVATIONS.values()]), self.tr(
            "The activation g(z) of every hidden layer (the canvas sets one layer from its header). "
            "Sigmoid and tanh saturate and slow deep networks; a ReLU unit can die and stay at zero."),
            "activation")
        self.activation.setPlaceholderText(self.tr("Per layer"))
        self.activation.activated.connect(lambda i: self._commit(
            {"network.activation": self.activation.itemData(i)}, self.tr("Change the hidden activation")))
        self.output = self._add(form, self.tr("Output"), self._combo(
            [(name, _title(a.title), formula(a.formula)) for name, a in activations.OUTPUT_ACTIVATIONS.items()]), self.tr(
            "The output layer's activation: sigmoid for two classes, softmax for several, linear for "
            "regression. The loss follows it: cross-entropy, or mean squared error for linear."), "output")
        self.output.activated.connect(lambda i: self._commit(
            {"network.output": self.output.itemData(i), "network.loss": None},
            self.tr("Change the output activation")))
        self.init = self._add(form, self.tr("Initializer"), self._combo(
            [(i.name, _title(i.title), f"{i.formula}\n{_title(i.description)}")
             for i in initializers.INITIALIZERS.values()]), self.tr(
            "How the weights are drawn before training. All zeros leaves the units of a layer identical; "
            "too large saturates tanh and sigmoid; Xavier suits tanh, He suits ReLU."), "init")
        self.init.activated.connect(lambda i: self._commit(
            {"network.init": self.init.itemData(i)}, self.tr("Change the initializer")))
        self.batch_norm = self._add(form, "", QCheckBox(self.tr("Batch normalization")), self.tr(
            "Normalise every hidden layer's Z over the mini-batch (mean 0, variance 1), then scale by γ and "
            "shift by β, both learnt (β replaces b). Deep networks then train with poorer initializations "
            "and larger learning rates. Needs mini-batches of at least 2."), "batch_norm")
        self.batch_norm.toggled.connect(
            lambda on: self._commit({"network.batch_norm": on}, self.tr("Turn batch normalization on or off")))
        self.batch_norm_decay = NumberCombo(BN_DECAYS)
        tip = self.tr("ρ, the rate of the running averages of μ and σ² that batch normalization uses at test "
                      "time: μ_avg ← ρ·μ_avg + (1 − ρ)·μ. Written ρ so it is not confused with β.")
        self._add(form, self.tr("Running average rate (ρ)"), self.batch_norm_decay, tip, "batch_norm_decay")
        self.batch_norm_decay.lineEdit().setToolTip(tip)
        self.batch_norm_decay.committed.connect(lambda: self._commit(
            {"network.batch_norm_decay": self.batch_norm_decay.value()}, self.tr("Change ρ of batch normalization")))
        self.network_form = form
        return box

    def _training_group(self) -> QGroupBox:
        box, form = self._form(self.tr("Training"), "TrainingGroup")
        self.training_form = form
        self.optimizer = self._add(form, self.tr("Optimizer"), self._combo(
            [(name, _title(o.title), o.formula) for name, o in optimizers.OPTIMIZERS.items()]), self.tr(
            "The rule that turns gradients into weight updates. Momentum, RMSprop and Adam usually need "
            "far fewer steps than plain gradient descent; Adam often wants a smaller learning rate."),
            "optimizer")
        self.optimizer.activated.connect(lambda i: self._commit(
            {"training.optimizer": self.optimizer.itemData(i)}, self.tr("Change the optimizer")))
        self.learning_rate = self._number(form, self.tr("Learning rate"), LEARNING_RATES, "learning_rate",
                                          self.tr("Change the learning rate"), self.tr(
            "α, the size of each step down the gradient. Too small and the cost falls slowly; too large "
            "and it oscillates or blows up (training then stops and offers to roll back)."))
        self.beta = self._number(form, self.tr("Momentum β"), BETAS, "beta", self.tr("Change β"), self.tr(
            "How much of the previous update carries over: 0.9 averages about the last ten gradients. "
            "Closer to 1 smooths more but turns more slowly."))
        self.beta1 = self._number(form, self.tr("β₁"), BETAS, "beta1", self.tr("Change β₁"), self.tr(
            "Adam's decay of the running mean of gradients (usually 0.9): its momentum part."))
        self.beta2 = self._number(form, self.tr("β₂"), BETAS, "beta2", self.tr("Change β₂"), self.tr(
            "Adam's decay of the running mean of squared gradients (usually 0.999). Lower values adapt "
            "faster but make the steps noisier."))
        self.rmsprop_beta = self._number(form, self.tr("β"), BETAS, "rmsprop_beta", self.tr("Change β"), self.tr(
            "RMSprop's decay of the running mean of squared gradients (usually 0.9). With no bias "
            "correction the first step is α/√(1 − β) per weight: about 3.2·α at 0.9."))
        self.epsilon = self._number(form, self.tr("ε"), EPSILONS, "epsilon", self.tr("Change ε"), self.tr(
            "A tiny number added under the square root so that nothing is divided by zero (usually "
            "10⁻⁸). It rarely needs changing."))
        self.decay = self._add(form, self.tr("Decay"), self._combo(
            [(name, _title(s.title), s.formula) for name, s in optimizers.SCHEDULES.items()]), self.tr(
            "How the learning rate shrinks as the epochs pass: big steps early, fine ones later. Watch "
            "the cost curve settle instead of jittering."), "decay")
        self.decay.activated.connect(self._decay_chosen)
        self.decay_rate = self._number(form, self.tr("Decay rate"), DECAY_RATES, "decay_rate",
                                       self.tr("Change the decay rate"), self.tr(
            "How strongly the schedule lowers α. Inverse time: α = α₀ / (1 + rate·e); exponential: "
            "α = α₀·rate^e, so there a rate below 1."))
        self.decay_interval = self._add(form, self.tr("Decay every"), QSpinBox(), self.tr(
            "Epochs between two decay steps: e = ⌊epoch / interval⌋."), "decay_interval")
        self.decay_interval.setRange(1, 1_000_000)
        self.decay_interval.setSuffix(self.tr(" epochs"))
        self.decay_interval.valueChanged.connect(lambda v: self._commit(
            {"training.decay_interval": v}, self.tr("Change the decay interval")))
        self.batch_size = self._add(form, self.tr("Batch size"), QSpinBox(), self.tr(
            "How many examples each step averages its gradient over; full batch uses every training "
            "example. Small batches take cheaper but noisier steps: watch the cost curve jitter."),
            "batch_size")
        self.batch_size.setRange(0, D.MAX_SAMPLES)
        self.batch_size.setSpecialValueText(self.tr("Full batch"))
        self.batch_size.valueChanged.connect(lambda v: self._commit(
            {"training.batch_size": v}, self.tr("Change the batch size")))
        self.epochs = self._add(form, self.tr("Epochs limit"), QSpinBox(), self.tr(
            "Training pauses after this many epochs (passes over the training data). Raise it to go on."),
            "epochs")
        self.epochs.setRange(1, 1_000_000_000)
        self.epochs.setSingleStep(100)
        self.epochs.setGroupSeparatorShown(True)
        self.epochs.valueChanged.connect(lambda v: self._commit(
            {"training.epochs": v}, self.tr("Change the epochs limit")))
        self.l2 = self._number(form, self.tr("L2 (λ)"), PENALTIES, "l2", self.tr("Change L2"), self.tr(
            "λ of the L2 penalty (λ/2m)·Σ‖W‖², which shrinks every weight a little each step. It fights "
            "overfitting; too much and the boundary becomes too simple."))
        self.l1 = self._number(form, self.tr("L1 (λ₁)"), PENALTIES, "l1", self.tr("Change L1"), self.tr(
            "λ₁ of the L1 penalty (λ₁/m)·Σ|W|, which pushes unneeded weights to exactly zero: watch thin "
            "links vanish on the canvas."))
        self.keep_prob = self._number(form, self.tr("Keep probability"), KEEP_PROBS, "keep_prob",
                                      self.tr("Change the keep probability"), self.tr(
            "Dropout: the chance that a hidden neuron takes part in a training step (1 turns dropout off; "
            "one value, or one per hidden layer separated by commas). Lower values regularise more but "
            "make the training cost noisy."), several=True)
        return box

    def _number(self, form: QFormLayout, label: str, values: tuple[float, ...], key: str, text: str,
                tip: str, several: bool = False) -> NumberCombo:
        combo = NumberCombo(values)
        self._add(form, label, combo, tip, key)
        combo.lineEdit().setToolTip(tip)
        combo.committed.connect(lambda: self._commit(
            {f"training.{key}": combo.values() if several else combo.value()}, text))
        return combo

    # -- user → controller --------------------------------------------------------------------
    def _commit(self, changes: dict[str, Any], text: str) -> None:
        if self._updating:
            return
        if not self.controller.edit(changes, text):
            self.show_config(self.controller.config)    # rejected (the status bar says why): go back

    @Slot(int)
    def _dataset_chosen(self, index: int) -> None:
        name = self.dataset.itemData(index)
        cfg = self.controller.config
        if name == IMPORT_CSV:
            self.show_config(cfg)
            self.importCsvRequested.emit()
            return
        if name != cfg["data"]["dataset"]:
            self._commit(edits.dataset_changes(cfg, name), self.tr("Change the data set"))

    @Slot(int)
    def _decay_chosen(self, index: int) -> None:
        """A schedule, with the course's typical rate where the current one would do nothing or fail."""
        changes = edits.decay_changes(self.decay.itemData(index), self.controller.config["training"]["decay_rate"])
        self._commit(changes, self.tr("Change the learning-rate decay"))

    @Slot(int)
    def _classes_changed(self, classes: int) -> None:
        cfg = self.controller.config
        changes: dict[str, Any] = {"data.classes": classes}
        gen = D.GENERATORS.get(cfg["data"]["dataset"])
        if gen is not None:
            changes.update(edits.output_changes(gen, classes, cfg["network"]["output"]))
        self._commit(changes, self.tr("Change the number of classes"))

    @Slot()
    def _features_changed(self) -> None:
        chosen = [name for name, box in self._feature_boxes.items() if box.isChecked()]
        self._commit({"data.features": chosen}, self.tr("Change the input features"))

    @Slot()
    def _hidden_changed(self) -> None:
        text = self.hidden.text()
        try:
            hidden = [int(p) for p in text.replace(" ", "").split(",") if p]
        except ValueError:
            hidden = text                                   # the config says what is wrong
        cfg = self.controller.config
        if hidden == cfg["network"]["hidden"]:
            return
        # per-layer lists follow the new depth (the engine's rule)
        self._commit(edits.hidden_changes(cfg, hidden), self.tr("Change the hidden layers"))

    # -- controller → widgets -----------------------------------------------------------------
    @Slot(object)
    def show_config(self, cfg: dict) -> None:
        """Write ``cfg`` into the widgets, signals blocked (nothing echoes back as an edit)."""
        self._updating = True
        blocked = [(w, w.blockSignals(True)) for w in self._inputs]
        try:
            self._show(cfg)
        finally:
            for w, was in blocked:
                w.blockSignals(was)
            self._updating = False

    def _show(self, cfg: dict) -> None:
        d, n, t = cfg["data"], cfg["network"], cfg["training"]
        name = d["dataset"]
        self._fill_datasets(cfg)
        self.dataset.setCurrentIndex(self.dataset.findData(name))
        gen = D.GENERATORS.get(name)
        defaults = C.SCHEMA["data"]                     # a shipped data set leaves these keys out
        self.classes.setValue(d.get("classes") or defaults["classes"].default)
        self.noise.setValue(d.get("noise", defaults["noise"].default))
        self.samples.setValue(d.get("samples") or defaults["samples"].default)
        for widget in (self.noise, self.samples):
            self.data_form.setRowVisible(widget, gen is not None)
        self.data_form.setRowVisible(self.classes, gen is not None and gen.multiclass)
        self.test_share.setValue(round(d["test_fraction"] * 100))
        self.dev_share.setValue(round(d["dev_fraction"] * 100))
        chosen = d.get("features") or ["x1", "x2"]
        for fname, box in self._feature_boxes.items():
            box.setChecked(fname in chosen)
        is_csv = name == "csv"
        self.data_form.setRowVisible(self.features, not is_csv and name not in D.SHIPPED)
        self.data_form.setRowVisible(self.csv_features, is_csv or name in D.SHIPPED)
        if name in D.SHIPPED:
            self.csv_features.setText(self.tr("Inputs: the {count} columns of the data set.").format(
                count=len(d.get("features") or D.shipped_columns(name))))
        elif is_csv:
            label = d.get("label")
            self.csv_features.setText(
                self.tr("Inputs: the columns {columns}.").format(columns=", ".join(d["features"]))
                if d.get("features") else
                self.tr("Inputs: every column except the label ({label}).").format(
                    label=self.tr("the last column") if label is None else label))
        self.standardize.setChecked(d["standardize"])
        data_seed = cfg["seed"] if d.get("seed") is None else d["seed"]
        self.seeds.setText(self.tr("data {data}, weights {weights}").format(data=data_seed, weights=cfg["seed"]))

        self.hidden.setText(", ".join(str(u) for u in n["hidden"]))
        act = n["activation"]
        if isinstance(act, list) and len(set(act)) == 1:
            act = act[0]
        self.activation.setCurrentIndex(self.activation.findData(act) if isinstance(act, str) else -1)
        self.output.setCurrentIndex(self.output.findData(n["output"]))
        self.init.setCurrentIndex(self.init.findData(n["init"]))
        self.batch_norm.setChecked(bool(n.get("batch_norm", False)))
        self.batch_norm_decay.set_value(n.get("batch_norm_decay", 0.9))
        self.network_form.setRowVisible(self.batch_norm_decay, bool(n.get("batch_norm", False)))

        opt = t["optimizer"]
        self.optimizer.setCurrentIndex(self.optimizer.findData(opt))
        used = optimizers.OPTIMIZERS[opt].defaults
        for key in ("beta", "beta1", "beta2", "rmsprop_beta", "epsilon"):
            combo = getattr(self, key)
            combo.set_value(t[key])
            self.training_form.setRowVisible(combo, key in used)
        self.learning_rate.set_value(t["learning_rate"])
        self.decay.setCurrentIndex(self.decay.findData(t["decay"]))
        self.decay_rate.set_value(t["decay_rate"])
        self.decay_interval.setValue(t["decay_interval"])
        for widget in (self.decay_rate, self.decay_interval):
            self.training_form.setRowVisible(widget, t["decay"] != "none")
        self.batch_size.setValue(t["batch_size"])
        self.epochs.setValue(t["epochs"])
        self.l2.set_value(t["l2"])
        self.l1.set_value(t["l1"])
        self.keep_prob.set_value(t["keep_prob"])

    def _fill_datasets(self, cfg: dict) -> None:
        """The generators, the real data sets, the current CSV file or drawn points if in use, then Import CSV…."""
        name = cfg["data"]["dataset"]
        registry = {**D.GENERATORS, **D.SHIPPED}
        entries = [(g, _title(registry[g].title), _title(registry[g].description)) for g in GENERATED + SHIPPED]
        if name == "csv":
            path = str(cfg["data"].get("path") or "")
            entries.append(("csv", self.tr("CSV: {file}").format(file=path.replace("\\", "/").rsplit("/", 1)[-1]),
                            path))
        elif name == "drawn":
            entries.append(("drawn", self.tr("Drawn points"), self.tr("The points you drew on the data plot.")))
        entries.append((IMPORT_CSV, self.tr("Import CSV…"), self.tr("Train on the rows of a CSV file.")))
        current = [(self.dataset.itemData(i), self.dataset.itemText(i)) for i in range(self.dataset.count())
                   if self.dataset.itemData(i) is not None]
        if current == [(e[0], e[1]) for e in entries]:
            return
        self.dataset.clear()
        for key, title, tip in entries:
            self.dataset.addItem(title, key)
            self.dataset.setItemData(self.dataset.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.dataset.insertSeparator(len(GENERATED) + len(SHIPPED))
        self.dataset.insertSeparator(len(GENERATED))

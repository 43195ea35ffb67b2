"""The controls panel (nnsim_ui.panels.controls): two-way binding to the controller's run config.

Each test drives a real Controller (its engine process starts and stops with the
test); the panel itself only talks to ``controller.edit`` and listens to
``configChanged``, so most checks read ``controller.config`` and the widgets.
"""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QWidget,
)

from nnsim import activations, initializers, optimizers  # noqa: E402
from nnsim_ui.engine.controller import Controller  # noqa: E402
from nnsim_ui.panels.controls import ControlsPanel  # noqa: E402
from nnsim_ui.text.numbers import format_plain as format_number, parse_number  # noqa: E402

pytestmark = pytest.mark.ui


@pytest.fixture
def controller(qtbot):
    c = Controller()
    yield c
    c.shutdown()


@pytest.fixture
def panel(qtbot, controller):
    p = ControlsPanel(controller)
    qtbot.addWidget(p)
    p.resize(320, 900)
    return p


def commit_text(combo, text: str) -> None:
    """Type ``text`` into an editable combo and confirm it, as Enter does."""
    combo.setEditText(text)
    combo.lineEdit().editingFinished.emit()


def test_every_control_has_a_tooltip(panel):
    inputs = (QComboBox, QAbstractSpinBox, QAbstractButton, QLineEdit, QAbstractSlider)

    def part_of_another_control(w):                # a combo's editor or popup, a spin box's editor
        p = w.parentWidget()
        while p is not None and p is not panel:
            if isinstance(p, (QComboBox, QAbstractSpinBox)):
                return True
            p = p.parentWidget()
        return False

    missing = []
    for w in panel.widget().findChildren(QWidget):
        if not isinstance(w, inputs) or part_of_another_control(w):
            continue
        if not w.toolTip().strip():
            missing.append(w.objectName() or type(w).__name__)
    assert not missing, f"controls without a tooltip: {missing}"
    assert len(panel.findChildren(QComboBox)) >= 10


def test_combos_are_filled_from_the_registries(panel):
    def names(combo):
        return [combo.itemData(i) for i in range(combo.count())]
    assert names(panel.activation) == list(activations.HIDDEN_ACTIVATIONS)
    assert names(panel.output) == list(activations.OUTPUT_ACTIVATIONS)
    assert names(panel.init) == list(initializers.INITIALIZERS)
    assert names(panel.optimizer) == list(optimizers.OPTIMIZERS)
    assert names(panel.decay) == list(optimizers.SCHEDULES)


def test_shows_the_default_project(panel, controller):
    assert panel.dataset.currentData() == "circle"
    assert panel.hidden.text() == "4, 2"
    assert panel.activation.currentData() == "tanh"
    assert panel.learning_rate.currentText() == "0.03"
    assert panel.batch_size.value() == 10
    assert panel.test_share.value() == 50
    assert panel._feature_boxes["x1"].isChecked() and not panel._feature_boxes["x1^2"].isChecked()


def test_a_user_change_becomes_one_undoable_edit_and_does_not_echo(panel, controller):
    stack = controller.undo_stack
    panel.noise.setValue(0.2)
    assert controller.config["data"]["noise"] == 0.2
    assert stack.count() == 1
    assert panel.noise.value() == 0.2
    stack.undo()
    assert controller.config["data"]["noise"] == 0.05
    assert panel.noise.value() == 0.05            # written back, and ...
    assert stack.count() == 1 and stack.index() == 0   # ... not sent again as an edit


def test_a_controller_edit_updates_the_widgets(panel, controller):
    controller.edit({"training.optimizer": "adam", "training.learning_rate": 0.001, "network.hidden": [3]},
                    "test")
    assert panel.optimizer.currentData() == "adam"
    assert panel.learning_rate.currentText() == "0.001"
    assert panel.hidden.text() == "3"
    assert controller.undo_stack.count() == 1


def test_an_invalid_value_is_reported_and_the_widget_goes_back(qtbot, panel, controller):
    with qtbot.waitSignal(controller.errorRaised, timeout=2000) as error:
        commit_text(panel.learning_rate, "-1")
    code, message = error.args
    assert "learning_rate" in message
    assert panel.learning_rate.currentText() == "0.03"
    assert controller.config["training"]["learning_rate"] == 0.03
    with qtbot.waitSignal(controller.errorRaised, timeout=2000):
        commit_text(panel.l2, "lots")
    assert panel.l2.currentText() == "0"


def test_learning_rate_accepts_a_typed_value_and_a_listed_one(panel, controller):
    commit_text(panel.learning_rate, "0.0007")
    assert controller.config["training"]["learning_rate"] == 0.0007
    i = panel.learning_rate.findText("0.00001")
    assert i >= 0
    panel.learning_rate.setCurrentIndex(i)
    panel.learning_rate.activated.emit(i)
    assert controller.config["training"]["learning_rate"] == 0.00001


def test_optimizer_settings_show_only_when_they_apply(panel, controller):
    form = panel.training_form

    def shown():
        return {k for k in ("beta", "beta1", "beta2", "rmsprop_beta", "epsilon")
                if form.isRowVisible(getattr(panel, k))}

    assert shown() == set()
    for name, keys in (("momentum", {"beta"}), ("rmsprop", {"rmsprop_beta", "epsilon"}),
                       ("adam", {"beta1", "beta2", "epsilon"}), ("gd", set())):
        i = panel.optimizer.findData(name)
        panel.optimizer.setCurrentIndex(i)
        panel.optimizer.activated.emit(i)
        assert controller.config["training"]["optimizer"] == name
        assert shown() == keys
    assert not form.isRowVisible(panel.decay_rate)
    i = panel.decay.findData("exponential")
    panel.decay.activated.emit(i)
    assert form.isRowVisible(panel.decay_rate) and form.isRowVisible(panel.decay_interval)
    assert controller.config["training"]["decay_rate"] == 0.95       # a rate that works with it
    assert panel.decay_rate.currentText() == "0.95"


def test_choosing_a_data_set_keeps_the_output_valid(panel, controller):
    i = panel.dataset.findData("plane")
    panel.dataset.activated.emit(i)
    assert controller.config["data"]["dataset"] == "plane"
    assert controller.config["network"]["output"] == "linear"
    assert panel.output.currentData() == "linear"
    panel.dataset.activated.emit(panel.dataset.findData("spiral"))
    assert controller.config["network"]["output"] == "sigmoid"
    assert panel.data_form.isRowVisible(panel.classes)
    panel.classes.setValue(3)
    assert controller.config["data"]["classes"] == 3
    assert controller.config["network"]["output"] == "softmax"
    panel.dataset.activated.emit(panel.dataset.findData("flower"))
    assert controller.config["data"]["noise"] == 0.2        # the flower's own default noise
    assert not panel.data_form.isRowVisible(panel.classes)


def test_import_csv_item_asks_the_window_and_keeps_the_data_set(qtbot, panel, controller):
    i = panel.dataset.findData("import-csv")
    assert i == panel.dataset.count() - 1
    with qtbot.waitSignal(panel.importCsvRequested, timeout=1000):
        panel.dataset.setCurrentIndex(i)
        panel.dataset.activated.emit(i)
    assert panel.dataset.currentData() == "circle"
    assert controller.config["data"]["dataset"] == "circle"


def test_features_checkboxes(qtbot, panel, controller):
    panel._feature_boxes["x1^2"].setChecked(True)
    assert controller.config["data"]["features"] == ["x1", "x2", "x1^2"]
    panel._feature_boxes["x1"].setChecked(False)
    panel._feature_boxes["x2"].setChecked(False)
    assert controller.config["data"]["features"] == ["x1^2"]
    with qtbot.waitSignal(controller.errorRaised, timeout=2000):
        panel._feature_boxes["x1^2"].setChecked(False)        # no input left: refused
    assert panel._feature_boxes["x1^2"].isChecked()
    assert controller.config["data"]["features"] == ["x1^2"]


def test_hidden_layers_text_and_per_layer_lists_follow(panel, controller):
    controller.edit({"network.activation": ["tanh", "relu"]}, "per layer")
    assert panel.activation.currentIndex() == -1              # mixed: "Per layer"
    panel.hidden.setText("5, 3, 2")
    panel.hidden.editingFinished.emit()
    assert controller.config["network"]["hidden"] == [5, 3, 2]
    assert controller.config["network"]["activation"] == ["tanh", "relu", "relu"]
    i = panel.activation.findData("sigmoid")
    panel.activation.activated.emit(i)
    assert controller.config["network"]["activation"] == "sigmoid"
    panel.hidden.setText("")
    panel.hidden.editingFinished.emit()
    assert controller.config["network"]["hidden"] == []


def test_keep_probability_one_value_or_one_per_layer(panel, controller):
    commit_text(panel.keep_prob, "0.8, 0.9")
    assert controller.config["training"]["keep_prob"] == [0.8, 0.9]
    commit_text(panel.keep_prob, "0.5")
    assert controller.config["training"]["keep_prob"] == 0.5


def test_batch_size_zero_reads_full_batch(panel, controller):
    panel.batch_size.setValue(0)
    assert controller.config["training"]["batch_size"] == 0
    assert panel.batch_size.text() == "Full batch"


def test_number_formatting():
    assert [format_number(v) for v in (0.00001, 0.03, 10.0, 0.0, 1e-8)] == ["0.00001", "0.03", "10", "0", "1e-8"]
    assert parse_number(" 0.25 ") == 0.25
    assert parse_number("abc") == "abc"


def test_space_in_the_panel_is_kept_by_the_focused_control(qtbot, panel):
    """Space is also Play/Pause: a focused check box (or combo, button) must still get it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=5000)
    check = panel.standardize
    check.setFocus()
    qtbot.waitUntil(check.hasFocus, timeout=5000)
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
    event.ignore()
    QApplication.sendEvent(check, event)
    assert event.isAccepted()
    assert isinstance(check, QCheckBox)


def test_the_real_data_sets_follow_the_generators_and_hide_what_they_refuse(qtbot, panel, controller):
    items = [panel.dataset.itemData(i) for i in range(panel.dataset.count())]
    assert items.index("iris") > items.index("gauss_sum") and items[-1] == "import-csv"
    assert [n for n in items if n in ("iris", "wine", "breast_cancer", "digits")] == [
        "iris", "wine", "breast_cancer", "digits"]
    with qtbot.waitSignal(controller.snapshotReady, timeout=20_000,
                          check_params_cb=lambda s: s.config["data"]["dataset"] == "iris"):
        panel.dataset.activated.emit(panel.dataset.findData("iris"))
    d = controller.config["data"]
    assert d["dataset"] == "iris" and not {"samples", "noise", "classes"} & set(d)
    assert controller.config["network"]["output"] == "softmax"
    for row in (panel.noise, panel.samples, panel.classes, panel.features):
        assert not panel.data_form.isRowVisible(row)
    assert panel.data_form.isRowVisible(panel.csv_features)
    assert "4 columns" in panel.csv_features.text()
    panel.dataset.activated.emit(panel.dataset.findData("flower"))
    assert controller.config["data"]["noise"] == 0.2 and controller.config["data"]["samples"] == 300
    assert panel.data_form.isRowVisible(panel.noise) and panel.data_form.isRowVisible(panel.features)


def test_batch_normalization_checkbox_and_rho_are_undoable_edits(panel, controller):
    stack = controller.undo_stack
    assert not panel.batch_norm.isChecked() and not panel.batch_norm_decay.isVisibleTo(panel)
    assert "γ" in panel.batch_norm.toolTip() and "ρ" in panel.batch_norm_decay.toolTip()
    panel.batch_norm.setChecked(True)
    assert controller.config["network"]["batch_norm"] is True and stack.count() == 1
    assert panel.batch_norm_decay.isVisibleTo(panel)
    commit_text(panel.batch_norm_decay, "0.99")
    assert controller.config["network"]["batch_norm_decay"] == 0.99 and stack.count() == 2
    stack.undo()
    stack.undo()
    assert controller.config["network"]["batch_norm"] is False and not panel.batch_norm.isChecked()
    assert panel.batch_norm_decay.currentText() == "0.9" and stack.count() == 2

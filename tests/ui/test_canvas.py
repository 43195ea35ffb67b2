"""The network canvas (ui/canvas/view.py): drawing a snapshot, and editing the network by hand.

Most tests paint snapshots of an in-process ``nnsim.session.Session`` (no engine
process, no Qt in the engine) and talk to a stub controller that records what
the canvas asks for; one test at the end runs the real controller and engine.
"""
from __future__ import annotations

import copy

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QHelpEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QInputDialog, QToolTip  # noqa: E402

from nnsim.session import Session, Step, default_config  # noqa: E402
from nnsim_ui.canvas.view import MAX_HIDDEN_LAYERS, MAX_UNITS, NetworkCanvas  # noqa: E402

pytestmark = pytest.mark.ui

#: A popup (menu, tooltip) shown offscreen: the platform says it cannot raise it or grab the keyboard.
popups = pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")


class StubController(QObject):
    """What the canvas needs of nnsim_ui.engine.controller.Controller: ``config``, ``edit``, ``set_weight``."""

    def __init__(self, config: dict) -> None:
        super().__init__()
        self.config = copy.deepcopy(config)
        self.edits: list[tuple[dict, str]] = []
        self.weights: list[tuple] = []

    def edit(self, changes: dict, text: str, send: bool = True) -> bool:
        self.edits.append((changes, text))
        return True

    def set_weight(self, layer: int, row: int, col: int, value: float) -> None:
        self.weights.append((layer, row, col, value))


def snapshot_of(steps: int = 0, **network):
    cfg = default_config()
    cfg["network"].update(network)
    session = Session(cfg)
    if steps:
        session.handle(Step(steps))
    return session.snapshot()


@pytest.fixture
def snap():
    return snapshot_of(200)


def make_canvas(qtbot, snapshot, config: dict | None = None):
    controller = StubController(config or snapshot.config)
    canvas = NetworkCanvas(controller)
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.show_snapshot(snapshot)
    return canvas, controller


def click(qtbot, canvas, item_or_point) -> None:
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.viewport_pos_of(item_or_point))


def tooltip_at(qtbot, canvas, pos: QPoint) -> str:
    qtbot.mouseMove(canvas.viewport(), pos)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, canvas.viewport().mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport(), event)
    return QToolTip.text()


def num(canvas, value) -> str:
    return canvas.locale().toString(float(value), "g", 4)


# -- drawing --------------------------------------------------------------------------------------
def test_draws_every_layer_and_every_link(qtbot, snap) -> None:
    canvas, _ = make_canvas(qtbot, snap)
    assert snap.spec["sizes"] == [2, 4, 2, 1]
    assert not canvas.placeholder.isVisible()
    assert [len(nodes) for nodes in canvas.layers] == [2, 4, 2, 1]
    assert set(canvas.inputs) == {"x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"}   # all seven shown
    for k in (1, 2, 3):
        n_k, n_prev = snap.weights[k].shape
        assert canvas.bundles[k].link_count() == n_k * n_prev
        assert (canvas.bundles[k].buckets != 0).sum() > 0          # trained weights are not all tiny


def heatmap_colour(canvas, k: int, i: int, row: int, col: int) -> QColor:
    """The colour drawn for heatmap cell (row, col) (row 0 at the bottom of the plane)."""
    image = canvas.node_pixmap(k, i).toImage()
    return image.pixelColor(col, image.height() - 1 - row)


def is_orange(c: QColor) -> bool:
    return c.red() > c.blue() + 60


def is_blue(c: QColor) -> bool:
    return c.blue() > c.red() + 60


def test_a_neuron_heatmap_shows_its_output_positive_orange_negative_blue(qtbot, snap) -> None:
    canvas, _ = make_canvas(qtbot, snap)
    H = snap.heatmaps[1][0]                         # a tanh neuron: drawn on [-1, 1]
    hi = np.unravel_index(np.argmax(H), H.shape)
    lo = np.unravel_index(np.argmin(H), H.shape)
    assert H[hi] > 0.3 and H[lo] < -0.3
    assert is_orange(heatmap_colour(canvas, 1, 0, *hi))
    assert is_blue(heatmap_colour(canvas, 1, 0, *lo))
    # the input x1 grows to the right, x2 upward (the image is flipped like the boundary plot)
    x1, x2 = snap.feature_names.index("x1"), snap.feature_names.index("x2")
    assert is_blue(heatmap_colour(canvas, 0, x1, 12, 0)) and is_orange(heatmap_colour(canvas, 0, x1, 12, 23))
    assert is_blue(heatmap_colour(canvas, 0, x2, 0, 12)) and is_orange(heatmap_colour(canvas, 0, x2, 23, 12))


def test_a_sigmoid_output_maps_one_half_to_white(qtbot) -> None:
    snapshot = snapshot_of(0, activation="sigmoid")
    canvas, _ = make_canvas(qtbot, snapshot)
    H = snapshot.heatmaps[1][0]
    cell = np.unravel_index(np.argmin(np.abs(H - 0.5)), H.shape)
    c = heatmap_colour(canvas, 1, 0, *cell)
    assert abs(H[cell] - 0.5) < 0.05
    assert min(c.red(), c.green(), c.blue()) > 200


def test_items_are_rebuilt_only_when_the_topology_changes(qtbot) -> None:
    session = Session(default_config())
    canvas, _ = make_canvas(qtbot, session.snapshot())
    node = canvas.layers[1][0]
    before = canvas.node_pixmap(1, 0).toImage()
    session.handle(Step(300))
    canvas.show_snapshot(session.snapshot())
    assert canvas.layers[1][0] is node                              # updated in place
    assert canvas.node_pixmap(1, 0).toImage() != before
    canvas.show_snapshot(snapshot_of(0, hidden=[3, 2]))
    assert [len(nodes) for nodes in canvas.layers] == [2, 3, 2, 1]


def test_painting_many_snapshots_does_not_grow_the_scene(qtbot) -> None:
    session = Session(default_config())
    snapshots = []
    for _ in range(10):
        session.handle(Step(20))
        snapshots.append(session.snapshot())
    canvas, _ = make_canvas(qtbot, snapshots[0])
    count = len(canvas.scene().items())
    for n in range(300):
        canvas.show_snapshot(snapshots[n % len(snapshots)])
        if n % 50 == 0:
            canvas.viewport().repaint()
    assert len(canvas.scene().items()) == count
    canvas.show_snapshot(snapshot_of(0, hidden=[6, 5, 4]))           # a rebuild, then back
    canvas.show_snapshot(snapshots[-1])
    assert len(canvas.scene().items()) == count


def test_the_largest_network_is_drawn(qtbot) -> None:
    snapshot = snapshot_of(0, hidden=[MAX_UNITS] * MAX_HIDDEN_LAYERS)
    canvas, _ = make_canvas(qtbot, snapshot)
    assert [len(nodes) for nodes in canvas.layers] == [2] + [MAX_UNITS] * MAX_HIDDEN_LAYERS + [1]
    assert sum(b.link_count() for b in canvas.bundles.values()) == 2 * 32 + 9 * 32 * 32 + 32
    assert not canvas.grab().isNull()


def test_a_snapshot_with_bad_arrays_is_skipped_not_raised(qtbot, snap) -> None:
    from dataclasses import replace

    canvas, _ = make_canvas(qtbot, snap)
    broken = replace(snap, heatmaps=(np.zeros((3, 5)),) * 4, weights=(None, np.zeros((9, 9)), None, None))
    canvas.show_snapshot(broken)
    canvas.show_snapshot(replace(snap, spec={"sizes": []}))
    assert not canvas.grab().isNull()


# -- editing --------------------------------------------------------------------------------------
def test_plus_layer_inserts_a_hidden_layer_of_four_with_the_current_activation(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    click(qtbot, canvas, canvas.handle("add_layer", 1))             # between layer 1 and layer 2
    (changes, text), = controller.edits
    assert changes["network.hidden"] == [4, 4, 2]
    assert changes["network.activation"] == "tanh"
    assert text
    click(qtbot, canvas, canvas.handle("add_layer", 2))             # just before the output
    assert controller.edits[-1][0]["network.hidden"] == [4, 2, 4]


def test_removing_a_layer_keeps_per_layer_lists_in_step(qtbot, snap) -> None:
    config = copy.deepcopy(snap.config)
    config["network"]["activation"] = ["relu", "tanh"]
    config["training"]["keep_prob"] = [0.8, 0.5]
    canvas, controller = make_canvas(qtbot, snap, config)
    click(qtbot, canvas, canvas.handle("remove_layer", 1))
    (changes, _), = controller.edits
    assert changes == {"network.hidden": [2], "network.activation": "tanh", "training.keep_prob": 0.5}


def test_neuron_handles_add_and_remove_a_neuron(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    click(qtbot, canvas, canvas.handle("add_unit", 1))
    click(qtbot, canvas, canvas.handle("remove_unit", 2))
    assert [c["network.hidden"] for c, _ in controller.edits] == [[5, 2], [4, 1]]


@popups
def test_the_activation_menu_sets_one_layer_and_merges_equal_layers(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    click(qtbot, canvas, canvas.handle("activation", 2))
    menu = canvas.activation_menu
    assert menu is not None and menu.isVisible()
    actions = {a.data(): a for a in menu.actions()}
    assert set(actions) == {"sigmoid", "tanh", "relu", "leaky_relu", "linear"}
    assert actions["tanh"].isChecked()
    actions["relu"].trigger()
    assert controller.edits[-1][0] == {"network.activation": ["tanh", "relu"]}
    menu.close()
    controller.config["network"]["activation"] = ["tanh", "relu"]
    canvas.popup_activation_menu(2)
    next(a for a in canvas.activation_menu.actions() if a.data() == "tanh").trigger()
    assert controller.edits[-1][0] == {"network.activation": "tanh"}
    canvas.activation_menu.close()


def test_clicking_an_input_toggles_its_feature_and_keeps_one(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    click(qtbot, canvas, canvas.inputs["x1^2"])
    click(qtbot, canvas, canvas.inputs["x1"])
    assert [c["data.features"] for c, _ in controller.edits] == [["x1", "x2", "x1^2"], ["x2"]]
    controller.config["data"]["features"] = ["x2"]
    with qtbot.waitSignal(canvas.message, check_params_cb=lambda m: "input" in m):
        click(qtbot, canvas, canvas.inputs["x2"])
    assert len(controller.edits) == 2


def test_a_shipped_data_set_shows_its_own_columns_as_inputs(qtbot) -> None:
    cfg = default_config()
    cfg["data"] = {"dataset": "iris", "test_fraction": 0.3}
    cfg["network"].update(hidden=[5], output="softmax")
    canvas, controller = make_canvas(qtbot, Session(cfg).snapshot())
    assert list(canvas.inputs) == ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
    assert [len(nodes) for nodes in canvas.layers] == [4, 5, 3]
    with qtbot.waitSignal(canvas.message):                # the data's columns are not the feature map
        click(qtbot, canvas, canvas.inputs["petal width (cm)"])
    assert controller.edits == []


def test_an_eleventh_layer_is_refused_with_a_message(qtbot) -> None:
    snapshot = snapshot_of(0, hidden=[2] * MAX_HIDDEN_LAYERS)
    canvas, controller = make_canvas(qtbot, snapshot)
    with qtbot.waitSignal(canvas.message, check_params_cb=lambda m: str(MAX_HIDDEN_LAYERS) in m):
        click(qtbot, canvas, canvas.handle("add_layer", 3))
    assert controller.edits == []


def test_a_thirty_third_neuron_is_refused_with_a_message(qtbot) -> None:
    canvas, controller = make_canvas(qtbot, snapshot_of(0, hidden=[MAX_UNITS, 2]))
    with qtbot.waitSignal(canvas.message, check_params_cb=lambda m: str(MAX_UNITS) in m):
        click(qtbot, canvas, canvas.handle("add_unit", 1))
    assert controller.edits == []
    canvas2, controller2 = make_canvas(qtbot, snapshot_of(0, hidden=[1]))
    with qtbot.waitSignal(canvas2.message):
        click(qtbot, canvas2, canvas2.handle("remove_unit", 1))       # the last neuron: remove the layer instead
    assert controller2.edits == []


def test_plus_and_minus_keys_act_on_the_hovered_layer(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    qtbot.mouseMove(canvas.viewport(), canvas.viewport_pos_of(canvas.layers[2][0]))
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert [c["network.hidden"] for c, _ in controller.edits] == [[4, 3], [4, 1]]


def test_clicking_a_link_or_a_bias_lets_one_type_its_value(qtbot, snap, monkeypatch) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    asked = []

    def get_double(parent, title, label, value, *args):
        asked.append(value)
        return 1.5, True

    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(get_double))
    point = canvas.bundles[3].link_path(0, 1).pointAtPercent(0.5)
    click(qtbot, canvas, point)
    assert controller.weights == [(3, 0, 1, 1.5)]
    assert asked == [pytest.approx(snap.weights[3][0, 1])]
    click(qtbot, canvas, canvas.layers[2][1].bias)
    assert controller.weights[-1] == (2, 1, -1, 1.5)


# -- hovering -------------------------------------------------------------------------------------
@popups
def test_hovering_a_neuron_shows_its_probe_numbers(qtbot, snap) -> None:
    canvas, _ = make_canvas(qtbot, snap)
    p = snap.probe
    text = tooltip_at(qtbot, canvas, canvas.viewport_pos_of(canvas.layers[1][2]))
    for value in (p.Z[1][0, 2], p.A[1][0, 2], p.dZ[1][0, 2]):
        assert num(canvas, value) in text
    text = tooltip_at(qtbot, canvas, canvas.viewport_pos_of(canvas.inputs["x2"]))
    assert num(canvas, p.A[0][0, snap.feature_names.index("x2")]) in text


@popups
def test_hovering_a_link_shows_its_weight_and_gradient(qtbot, snap) -> None:
    canvas, _ = make_canvas(qtbot, snap)
    pos = canvas.viewport_pos_of(canvas.bundles[3].link_path(0, 1).pointAtPercent(0.5))
    assert canvas.target_at(pos) == ("link", 3, 0, 1)
    text = tooltip_at(qtbot, canvas, pos)
    assert num(canvas, snap.weights[3][0, 1]) in text
    assert num(canvas, snap.probe.dW[3][0, 1]) in text


def test_visible_text_goes_through_the_translator(qtbot, snap, shouting) -> None:
    with shouting():
        canvas, _ = make_canvas(qtbot, snap)
    texts = {item.text() for item in canvas.scene().items() if isinstance(item, QGraphicsSimpleTextItem)}
    assert {"INPUT", "OUTPUT", "LAYER 1", "+ LAYER"} <= texts


# -- with the real controller and engine process --------------------------------------------------
@pytest.fixture
def live_canvas(qtbot):
    """(controller, canvas): a canvas painting a real engine process's snapshots, 700×500, shown."""
    from nnsim_ui.engine.controller import Controller

    controller = Controller()
    canvas = NetworkCanvas(controller)
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.show()
    controller.snapshotReady.connect(canvas.show_snapshot)
    yield controller, canvas
    controller.shutdown()


@pytest.mark.slow
def test_building_2_3_2_1_by_clicking_reaches_the_engine(qtbot, live_canvas) -> None:
    controller, canvas = live_canvas
    qtbot.waitUntil(lambda: canvas.snapshot is not None and canvas.snapshot.spec["hidden"] == [4, 2],
                    timeout=20000)
    click(qtbot, canvas, canvas.handle("remove_unit", 1))
    qtbot.waitUntil(lambda: canvas.snapshot.spec["hidden"] == [3, 2], timeout=20000)
    assert controller.config["network"]["hidden"] == [3, 2]
    assert [len(nodes) for nodes in canvas.layers] == [2, 3, 2, 1]
    assert controller.undo_stack.undoText()


# -- other data and outputs -----------------------------------------------------------------------
def test_csv_inputs_are_its_columns_and_are_not_toggled(qtbot, tmp_path) -> None:
    path = tmp_path / "points.csv"
    rows = ["a,b,c,label"] + [f"{i % 7},{(i * 3) % 5},{i % 2},{i % 2}" for i in range(40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cfg = default_config()
    cfg["data"] = {"dataset": "csv", "path": str(path), "test_fraction": 0.25}
    snapshot = Session(cfg).snapshot()
    canvas, controller = make_canvas(qtbot, snapshot)
    assert list(canvas.inputs) == ["a", "b", "c"]
    assert canvas.bundles[1].link_count() == 3 * 4
    with qtbot.waitSignal(canvas.message):
        click(qtbot, canvas, canvas.inputs["a"])
    assert controller.edits == []


@pytest.mark.parametrize("data, network", [
    ({"dataset": "spiral", "classes": 3}, {"output": "softmax", "activation": "relu"}),
    ({"dataset": "plane"}, {"output": "linear", "activation": "leaky_relu"}),
])
def test_softmax_and_regression_outputs_are_drawn(qtbot, data, network) -> None:
    cfg = default_config()
    cfg["data"].update(data)
    cfg["network"].update(network)
    session = Session(cfg)
    session.handle(Step(50))
    snapshot = session.snapshot()
    canvas, _ = make_canvas(qtbot, snapshot)
    assert len(canvas.layers[-1]) == snapshot.spec["sizes"][-1]
    assert not canvas.node_pixmap(len(canvas.layers) - 1, 0).isNull()


# -- the edits themselves (pure functions) ------------------------------------------------------
def test_per_layer_lists_follow_added_and_removed_layers() -> None:
    from nnsim_ui.canvas import edits

    cfg = {"network": {"hidden": [3, 2], "activation": ["relu", "tanh"]},
           "training": {"keep_prob": [0.8, 1.0]}}
    assert edits.add_layer(cfg, 0) == {"network.hidden": [4, 3, 2], "network.activation": ["relu", "relu", "tanh"],
                                       "training.keep_prob": [1.0, 0.8, 1.0]}
    assert edits.remove_layer(cfg, 2) == {"network.hidden": [3], "network.activation": "relu",
                                          "training.keep_prob": 0.8}
    assert edits.set_activation(cfg, 1, "tanh") == {"network.activation": "tanh"}
    lone = {"network": {"hidden": [], "activation": "sigmoid"}}
    assert edits.add_layer(lone, 0) == {"network.hidden": [4], "network.activation": "sigmoid"}
    with pytest.raises(edits.Refused):
        edits.remove_unit({"network": {"hidden": [1]}}, 1)
    assert edits.toggle_feature({"data": {"features": ["sin_x2", "x1"]}}, "x1^2") == \
        {"data.features": ["x1", "x1^2", "sin_x2"]}


def test_every_edit_gives_a_valid_run_config() -> None:
    from nnsim import config as C
    from nnsim_ui.canvas import edits

    base = C.parse(default_config())
    base = base.replace({"training.keep_prob": [0.9, 1.0]})
    cfg = base.to_dict()
    for changes in (edits.add_layer(cfg, 1), edits.remove_layer(cfg, 1), edits.remove_layer(cfg, 2),
                    edits.add_unit(cfg, 2), edits.remove_unit(cfg, 1), edits.set_activation(cfg, 2, "relu"),
                    edits.toggle_feature(cfg, "x1x2"), edits.toggle_feature(cfg, "x2")):
        base.replace(changes)          # raises a ConfigError if the edit were inconsistent


# -- batch normalization on the canvas (issue 15) ------------------------------------------------------
def test_the_batch_norm_chip_asks_for_the_switch_and_the_drawing_follows_the_snapshot(qtbot, snap) -> None:
    canvas, controller = make_canvas(qtbot, snap)
    chip = canvas.handle("batch_norm")
    assert chip.label.text() == "batch norm: off" and canvas.bn_tags == []
    assert "γ⊙(Z − μ)/√(σ² + ε) + β" in canvas.tooltip_for(("batch_norm",))
    click(qtbot, canvas, chip)
    assert controller.edits == [({"network.batch_norm": True}, "Turn batch normalization on")]
    on = snapshot_of(batch_norm=True)                      # turned on here or elsewhere: the snapshot says so
    canvas.show_snapshot(on)
    assert canvas.handle("batch_norm").label.text() == "batch norm: on"
    assert [t.text() for t in canvas.bn_tags] == ["BN (γ, β)"] * 2          # hidden layers 1 and 2
    xs = [t.sceneBoundingRect().center().x() for t in canvas.bn_tags]
    assert xs == pytest.approx([canvas.layers[k][0].sceneBoundingRect().center().x() for k in (1, 2)], abs=1)
    controller.config = on.config
    click(qtbot, canvas, canvas.handle("batch_norm"))
    assert controller.edits[-1] == ({"network.batch_norm": False}, "Turn batch normalization off")


def test_batch_norm_is_not_turned_on_for_a_batch_of_one(qtbot, snap) -> None:
    config = copy.deepcopy(snap.config)
    config["training"]["batch_size"] = 1
    canvas, controller = make_canvas(qtbot, snap, config)
    said = []
    canvas.message.connect(said.append)
    click(qtbot, canvas, canvas.handle("batch_norm"))
    assert controller.edits == [] and "batch size to 2" in said[0]


@pytest.mark.slow
def test_the_batch_norm_chip_reaches_the_engine_and_undoes(qtbot, live_canvas) -> None:
    controller, canvas = live_canvas
    qtbot.waitUntil(lambda: canvas.snapshot is not None, timeout=20000)
    assert not canvas.snapshot.spec.get("batch_norm") and canvas.bn_tags == []
    click(qtbot, canvas, canvas.handle("batch_norm"))
    qtbot.waitUntil(lambda: len(getattr(canvas.snapshot, "gamma", ())) > 1, timeout=20000)   # the engine's γ
    assert controller.config["network"]["batch_norm"] is True and canvas.snapshot.spec.get("batch_norm")
    assert len(canvas.bn_tags) == len(canvas.snapshot.spec["hidden"])
    assert canvas.handle("batch_norm").label.text() == "batch norm: on"
    assert controller.undo_stack.undoText() == "Turn batch normalization on"
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not canvas.snapshot.spec.get("batch_norm"), timeout=20000)
    assert controller.config["network"]["batch_norm"] is False and canvas.bn_tags == []
    assert canvas.handle("batch_norm").label.text() == "batch norm: off"

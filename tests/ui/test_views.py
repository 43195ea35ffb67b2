"""The right-hand views: decision boundary, loss curves, current figures.

Each view is fed real snapshots from an in-process ``nnsim.session.Session`` (no engine
process, no worker thread) and talks to a stub controller that records what it is asked,
so the tests check what is painted and what is sent, quickly.
"""
from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from nnsim import session as S
from nnsim.session import HISTORY_FIELDS
from nnsim_ui import palette
from nnsim_ui.views.boundary import BoundaryView
from nnsim_ui.views.boundary_colours import FADE, boundary_rgb
from nnsim_ui.views.curves import LossPlot
from nnsim_ui.text.numbers import format_count, format_number
from nnsim_ui.views.figures import FiguresPanel

pytestmark = pytest.mark.ui


class StubController(QObject):
    """Records what a view asks of the controller; sends nothing anywhere."""

    def __init__(self) -> None:
        super().__init__()
        self.config = S.default_config()
        self.points: list[tuple] = []
        self.sent: list[S.Command] = []

    def set_points(self, X, y, classes, text) -> None:
        self.points.append((tuple(X), tuple(y), classes, text))

    def send(self, command: S.Command) -> None:
        self.sent.append(command)


def trained(config: dict | None, steps: int) -> list[S.Snapshot]:
    """The first snapshot (with the data) and one after ``steps`` training steps."""
    session = S.Session(config)
    first = session.snapshot()
    session.handle(S.Step(steps))
    return [first, session.take()[-1]]


# Snapshots are plain frozen data: train once per module, share between tests.
@pytest.fixture(scope="module")
def circle() -> list[S.Snapshot]:
    return trained(None, 2000)


@pytest.fixture(scope="module")
def spiral() -> list[S.Snapshot]:
    return trained({"data": {"dataset": "spiral", "classes": 3, "noise": 0.1},
                    "network": {"hidden": [12, 12], "activation": "tanh", "output": "softmax"},
                    "training": {"optimizer": "adam", "learning_rate": 0.01, "batch_size": 10}}, 1500)


@pytest.fixture(scope="module")
def plane() -> list[S.Snapshot]:
    return trained({"data": {"dataset": "plane", "dev_fraction": 0.2, "test_fraction": 0.3},
                    "network": {"hidden": [4], "output": "linear"},
                    "training": {"learning_rate": 0.03, "batch_size": 10}}, 800)


@pytest.fixture
def stub() -> StubController:
    return StubController()


def show(qtbot, widget, snapshots, size=(420, 470)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    for snap in snapshots:
        widget.show_snapshot(snap)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def toward(rgb, colour: QColor) -> float:
    """Cosine between (pixel − white) and (colour − white): 1 means the pixel is a tint of colour."""
    a = np.asarray(rgb, dtype=float)[:3] - 255.0
    b = np.array([colour.red(), colour.green(), colour.blue()], dtype=float) - 255.0
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    return float(a @ b / (na * nb)) if na > 0 and nb > 0 else 0.0


# -- boundary ---------------------------------------------------------------------------------
def test_circle_boundary_centre_is_class_1_and_corner_class_0(qtbot, stub, circle):
    view = show(qtbot, BoundaryView(stub), circle)
    image = view.image.image
    values = circle[-1].boundary.values
    assert image.shape[:2] == values.shape[:2]
    assert values[50, 50, 0] > 0.5 > values[0, 0, 0]          # the network learnt the circle
    centre, corner = image[50, 50], image[0, 0]
    assert toward(centre, palette.POSITIVE) > 0.98 and centre[0] > centre[2] + 60     # orange
    assert toward(corner, palette.NEGATIVE) > 0.98 and corner[2] > corner[0] + 60     # blue
    # the same on screen: grab the plot and sample a corner of the grid (no points there)
    b = circle[-1].boundary
    scene = view.view_box.mapViewToScene(QPointF(b.x_range[0] + 0.02, b.y_range[0] + 0.02))
    pixel = view.plot.grab().toImage().pixelColor(view.plot.mapFromScene(scene))
    assert toward((pixel.red(), pixel.green(), pixel.blue()), palette.NEGATIVE) > 0.95


def test_train_and_test_points_match_the_split(qtbot, stub, circle):
    view = show(qtbot, BoundaryView(stub), circle)
    data = circle[0].data
    assert len(view.train_points.getData()[0]) == len(data.train) == 150
    assert len(view.test_points.getData()[0]) == len(data.test) == 150
    assert len(view.dev_points.getData()[0]) == 0
    # a train point's position and colour are its data row and class
    x, y = view.train_points.getData()
    i = data.train[0]
    assert (x[0], y[0]) == pytest.approx(tuple(data.X[i]))
    assert view.train_points.points()[0].brush().color() == palette.class_color(int(data.y[i]))
    assert view.plot.getPlotItem().getAxis("bottom").labelText == "x1"
    assert not view.slice_widget.isVisibleTo(view)             # two columns: no slice choice


def test_softmax_spiral_paints_three_class_colours(qtbot, stub, spiral):
    view = show(qtbot, BoundaryView(stub), spiral)
    pixels = view.image.image.reshape(-1, 3).astype(float)
    tinted = pixels[np.linalg.norm(pixels - 255.0, axis=1) > 40]
    for k in range(3):
        share = np.mean([toward(p, palette.class_color(k)) > 0.995 for p in tinted])
        assert share > 0.05, f"class {k}'s colour covers {share:.1%} of the tinted pixels"
    assert view.key.mode == "softmax" and view.key.names == ("0", "1", "2")
    assert view.class_combo.count() >= 3


def test_regression_plane_draws_the_surface_on_the_diverging_map(qtbot, stub, plane):
    view = show(qtbot, BoundaryView(stub), plane)
    values = plane[-1].boundary.values[..., 0]
    image = view.image.image.astype(float)
    hi, lo = np.unravel_index(values.argmax(), values.shape), np.unravel_index(values.argmin(), values.shape)
    assert values[hi] > 0 > values[lo]
    assert toward(image[hi], palette.POSITIVE) > 0.98 and toward(image[lo], palette.NEGATIVE) > 0.98
    assert image.std() > 10                                    # a surface, not a flat colour
    assert view.key.mode == "linear" and view.key.levels[0] < 0 < view.key.levels[1]
    data = plane[0].data
    assert len(view.dev_points.getData()[0]) == len(data.dev) > 0
    assert not view.draw_button.isEnabled()                    # drawing is for classes


def test_boundary_rgb_rejects_and_greys_bad_values():
    with pytest.raises(ValueError):
        boundary_rgb(np.zeros((3, 3)), "sigmoid")
    values = np.array([[[0.5], [np.nan]]], dtype=np.float32)
    rgb = boundary_rgb(values, "sigmoid")
    assert rgb[0, 0].min() > 240                               # 0.5 is white
    assert len(set(rgb[0, 1])) == 1                            # NaN is grey
    soft = boundary_rgb(np.array([[[1 / 3, 1 / 3, 1 / 3], [0.0, 0.0, 1.0]]]), "softmax")
    assert soft[0, 0].min() == 255                             # chance: white
    c = palette.class_color(2)
    assert tuple(soft[0, 1]) == tuple(round(255 + (v - 255) * FADE) for v in (c.red(), c.green(), c.blue()))


@pytest.fixture(scope="module")
def three_columns(tmp_path_factory) -> list[S.Snapshot]:
    path = tmp_path_factory.mktemp("csv") / "boxes.csv"
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 3)) * [1.0, 2.0, 0.5] + [0.0, 5.0, 1.0]
    label = np.where(X[:, 0] + (X[:, 1] - 5) / 2 > 0, "big", "small")
    path.write_text("width,height,depth,size\n" + "".join(
        f"{a:.3f},{b:.3f},{c:.3f},{k}\n" for (a, b, c), k in zip(X, label)), encoding="utf-8")
    session = S.Session({"data": {"dataset": "csv", "path": str(path)}, "network": {"hidden": [4]}})
    first = session.snapshot()
    session.handle(S.SetSlice((0, 2)))
    return [first, session.take()[-1]]


def test_csv_with_three_columns_offers_a_slice(qtbot, stub, three_columns):
    view = show(qtbot, BoundaryView(stub), three_columns[:1])
    assert view.slice_widget.isVisibleTo(view) and view.held_label.isVisibleTo(view)
    for combo in (view.x_combo, view.y_combo):
        assert [combo.itemText(i) for i in range(combo.count())] == ["width", "height", "depth"]
    assert (view.x_combo.currentIndex(), view.y_combo.currentIndex()) == (0, 1)
    assert "depth" in view.held_label.text() and "mean" in view.held_label.text()
    assert not view.draw_button.isEnabled()

    # the learner picks depth for the vertical axis: the view asks the engine for that slice
    view.y_combo.setCurrentIndex(2)
    view.y_combo.activated.emit(2)
    assert stub.sent == [S.SetSlice((0, 2))]
    # picking the column already on the other axis swaps the two
    view.x_combo.setCurrentIndex(2)
    view.x_combo.activated.emit(2)
    assert stub.sent[-1] == S.SetSlice((2, 0))
    assert (view.x_combo.currentIndex(), view.y_combo.currentIndex()) == (2, 0)

    # the engine's answer: held names height now, the axis says depth, the points follow
    view.show_snapshot(three_columns[1])
    assert "height" in view.held_label.text() and "depth" not in view.held_label.text()
    assert view.plot.getPlotItem().getAxis("left").labelText == "depth"
    data = three_columns[0].data
    _, ys = view.train_points.getData()
    assert ys == pytest.approx(data.X[data.train, 2])


def click(qtbot, view: BoundaryView, x: float, y: float, button=Qt.MouseButton.LeftButton) -> None:
    scene = view.view_box.mapViewToScene(QPointF(x, y))
    pos: QPoint = view.plot.mapFromScene(scene)
    qtbot.mouseClick(view.plot.viewport(), button, pos=pos)


def test_draw_mode_left_click_adds_a_point_of_the_chosen_class(qtbot, stub, circle):
    view = show(qtbot, BoundaryView(stub), circle)
    data = circle[0].data
    click(qtbot, view, 0.3, 0.4)                # not drawing: a click changes nothing
    assert stub.points == []

    view.draw_button.setChecked(True)
    assert not view.view_box.state["mouseEnabled"][0] and not view.view_box.menuEnabled()
    view.class_combo.setCurrentIndex(1)
    click(qtbot, view, 0.3, 0.4)
    X, y, classes, _text = stub.points[-1]
    assert len(X) == len(y) == len(data.X) + 1          # the data on screen, plus the new point
    assert np.array_equal(np.array(X[:-1]), data.X)
    px, py = view.view_box.viewPixelSize()
    assert X[-1][0] == pytest.approx(0.3, abs=2 * px) and X[-1][1] == pytest.approx(0.4, abs=2 * py)
    assert y[-1] == 1 and classes == 2

    # a second point before the engine answers builds on the first (nothing lost)
    view.class_combo.setCurrentIndex(0)
    click(qtbot, view, -0.5, 0.5)
    X2, y2, _, _ = stub.points[-1]
    assert len(X2) == len(data.X) + 2 and y2[-2:] == (1, 0)

    view.draw_button.setChecked(False)
    assert view.view_box.state["mouseEnabled"][0] and view.view_box.menuEnabled()


def test_draw_mode_right_click_removes_the_nearest_point_without_a_menu(qtbot, stub, circle, monkeypatch):
    view = show(qtbot, BoundaryView(stub), circle)
    menus: list = []                                    # pyqtgraph's menu, recorded, not popped up
    monkeypatch.setattr(view.view_box, "raiseContextMenu", menus.append)
    data = circle[0].data
    view.draw_button.setChecked(True)
    target = int(np.argmax(data.X[:, 0]))               # the rightmost point: nothing else close
    tx, ty = data.X[target]
    click(qtbot, view, tx + 0.01, ty - 0.01, Qt.MouseButton.RightButton)
    assert QApplication.activePopupWidget() is None     # pyqtgraph's own menu stayed shut
    X, y, _, _ = stub.points[-1]
    assert len(X) == len(data.X) - 1
    assert (float(tx), float(ty)) not in X
    kept = [tuple(map(float, r)) for i, r in enumerate(data.X) if i != target]
    assert list(X) == kept and list(y) == [int(k) for i, k in enumerate(data.y) if i != target]
    assert menus == []
    # out of draw mode the same click asks for pyqtgraph's menu (so the check above means something)
    view.draw_button.setChecked(False)
    click(qtbot, view, tx + 0.01, ty - 0.01, Qt.MouseButton.RightButton)
    assert len(menus) == 1 and len(stub.points) == 1


def test_drawn_points_echoed_by_the_engine_become_the_data(qtbot, stub):
    session = S.Session({"data": {"dataset": "xor", "samples": 20}})
    view = show(qtbot, BoundaryView(stub), [session.snapshot()])
    view.draw_button.setChecked(True)
    click(qtbot, view, 0.2, 0.2)
    click(qtbot, view, -0.2, -0.2)                      # before the engine answers the first
    assert [len(p[0]) for p in stub.points] == [21, 22]
    session.handle(S.SetPoints(*stub.points[0][:3]))     # the engine echoes the first edit only
    view.show_snapshot(session.take()[-1])
    click(qtbot, view, 0.4, -0.4)                       # builds on the second, not on the echo
    assert len(stub.points[-1][0]) == 23
    for X, y, classes, _ in stub.points[1:]:
        session.handle(S.SetPoints(X, y, classes))
    view.show_snapshot(session.take()[-1])
    shown = sum(len(view.points[s].getData()[0]) for s in ("train", "test"))
    assert shown == 23

    # undo in the controller: the engine sends back an older set; the next edit starts from it
    session.handle(S.SetPoints(*stub.points[0][:3]))
    view.show_snapshot(session.take()[-1])
    click(qtbot, view, 0.0, 0.6, Qt.MouseButton.RightButton)
    assert len(stub.points[-1][0]) == 20


# -- loss curves ------------------------------------------------------------------------------
def test_loss_curves_follow_the_history_with_the_same_items(qtbot, stub, recwarn):
    session = S.Session({**S.default_config(), "training": {"learning_rate": 0.03, "batch_size": 10,
                                                            "eval_every": 10}})
    plot = show(qtbot, LossPlot(stub), [], size=(420, 230))
    curves = dict(plot.curves)
    items = len(plot.plot.getPlotItem().items)
    for n in (1, 2, 3):
        session.handle(S.Step(10))
        snap = session.take()[-1]
        plot.show_snapshot(snap)
        train_loss = snap.history[:, HISTORY_FIELDS.index("train_loss")]
        assert np.isfinite(train_loss).sum() == n + 1    # step 0's record and one per 10 steps
        assert len(plot.curves["train"].getData()[0]) == n + 1
        assert len(plot.curves["test"].getData()[0]) == n + 1
        assert np.array_equal(plot.curves["train"].getData()[1], train_loss)
        assert plot.curves["dev"].getData()[0] is None or len(plot.curves["dev"].getData()[0]) == 0
    assert plot.curves == curves and len(plot.plot.getPlotItem().items) == items

    plot.batch_box.setChecked(True)
    assert plot.batch_curve.isVisible() and len(plot.batch_curve.getData()[0]) == len(snap.batch_costs)
    plot.log_box.setChecked(True)
    assert plot.plot.getPlotItem().getAxis("left").logMode
    extra = np.full((1, len(HISTORY_FIELDS)), np.nan)
    extra[0, [HISTORY_FIELDS.index(f) for f in ("step", "train_loss", "test_loss")]] = (40, 0.0, -1.0)
    zero = dataclasses.replace(snap, history=np.vstack([snap.history, extra]))
    plot.show_snapshot(zero)                             # ≤ 0 on a log axis: left out, no warning
    QApplication.processEvents()
    plot.log_box.setChecked(False)
    plot.show_snapshot(snap)
    QApplication.processEvents()
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
    assert len(plot.curves["train"].getData()[0]) == len(snap.history)


def test_with_dropout_the_plot_offers_J_with_dropout_off(qtbot, stub):
    """The course's advice: J is not well defined with dropout, so check J with dropout off. The
    dotted curve is the engine's J of the whole training set, no mask, penalty included."""
    cfg = {**S.default_config(), "training": {"learning_rate": 0.03, "batch_size": 10, "eval_every": 10,
                                              "keep_prob": 0.5, "l2": 0.2}}
    session = S.Session(cfg)
    plot = show(qtbot, LossPlot(stub), [], size=(420, 230))
    session.handle(S.Step(30))
    snap = session.take()[-1]
    plot.show_snapshot(snap)
    assert plot.nodrop_box.isVisible() and not plot.nodrop_curve.isVisible()
    plot.nodrop_box.setChecked(True)
    QApplication.processEvents()                                # the legend shows a re-placed entry later
    assert plot.nodrop_curve.isVisible() and plot.legend_entries["nodrop"].isVisible()
    x, y = plot.nodrop_curve.getData()
    assert list(x) == [0, 10, 20, 30]
    t = session.trainer
    X, Y = t.problem.X["train"], t.problem.Y["train"]
    net = t.network
    expected = net.cost(net.forward(X), Y, 0.2)                  # forward without training: no mask
    assert y[-1] == pytest.approx(expected, rel=1e-12)
    assert y[-1] != pytest.approx(snap.history[-1, HISTORY_FIELDS.index("train_loss")], rel=1e-6)
    plain = S.Session({**S.default_config(), "training": {"eval_every": 10}})   # no dropout: not offered
    plain.handle(S.Step(10))
    plot.show_snapshot(plain.take()[-1])
    assert not plot.nodrop_box.isVisible() and not plot.nodrop_curve.isVisible()


def test_loss_plot_marks_events(qtbot, stub, circle):
    plot = show(qtbot, LossPlot(stub), circle, size=(420, 230))
    assert not any(m.isVisible() for m in plot.markers)
    snap = circle[-1]
    stopped = dataclasses.replace(snap, events=snap.events + (
        {"step": snap.step, "epoch": snap.epoch, "event": "diverged"},))
    plot.show_snapshot(stopped)
    shown = [m for m in plot.markers if m.isVisible()]
    assert len(shown) == 1 and shown[0].value() == snap.step and shown[0].label.toPlainText() == "diverged"


# -- figures ----------------------------------------------------------------------------------
def test_figures_show_step_and_a_confusion_matrix_of_the_test_set(qtbot, stub, circle):
    panel = show(qtbot, FiguresPanel(stub), circle, size=(420, 320))
    snap = circle[-1]
    assert panel.value_text("step") == format_count(2000) == "2,000"
    assert panel.value_text("epoch") == format_count(snap.epoch)
    assert panel.value_text("learning_rate") == "0.03"
    assert panel.value_text("dev_loss") == "—"
    assert panel.value_text("train_loss") == format_number(snap.figures["train"]["loss"])
    assert panel.value_text("test_accuracy").endswith("%")
    cm = panel.confusion.matrix()
    assert cm.shape == (2, 2) and cm.sum() == len(circle[0].data.test)
    table = panel.confusion
    shown = sum(int(table.item(i, j).text().replace(",", "")) for i in range(2) for j in range(2))
    assert shown == len(circle[0].data.test)
    assert table.horizontalHeaderItem(1).text() == "1" and panel.confusion.isVisibleTo(panel)


def test_figures_for_regression_have_no_accuracy_or_confusion(qtbot, stub, plane):
    panel = show(qtbot, FiguresPanel(stub), plane, size=(420, 320))
    assert not panel.confusion.isVisibleTo(panel)
    assert not panel._values["train_accuracy"].isVisibleTo(panel)
    assert panel.value_text("dev_loss") != "—"


def test_figures_name_the_diagnosis_against_the_base_error_set(qtbot, stub, circle):
    """Bias and variance in words (issue 15): the engine's diagnosis of the snapshot's train and dev
    errors, against the base error typed in the panel."""
    panel = show(qtbot, FiguresPanel(stub), circle, size=(420, 420))
    assert "needs train and dev accuracy" in panel.diagnosis.text.text()          # the circle run has no dev
    snap = circle[-1]
    figures = dict(snap.figures, train={"loss": 0.1, "accuracy": 0.85}, dev={"loss": 0.2, "accuracy": 0.84})
    panel.show_snapshot(dataclasses.replace(snap, figures=figures))             # the course's 15 % / 16 %
    assert panel.diagnosis.kind == "high_bias" and "High bias" in panel.diagnosis.text.text()
    assert "avoidable bias 15 points, variance 1 points" in panel.diagnosis.text.text()
    panel.diagnosis.base_box.setValue(14.0)                                     # a noisy task: fine
    assert panel.diagnosis.kind == "fine" and "Low bias, low variance" in panel.diagnosis.text.text()
    figures = dict(figures, train={"loss": 0.1, "accuracy": 0.99}, dev={"loss": 0.2, "accuracy": 0.89})
    panel.diagnosis.base_box.setValue(0.0)
    panel.show_snapshot(dataclasses.replace(snap, figures=figures))             # 1 % / 11 %
    assert panel.diagnosis.kind == "high_variance" and "more data or regularization" in panel.diagnosis.text.text()


def test_numbers_are_written_for_humans():
    assert format_number(0.35571389) == "0.3557"
    assert format_number(None) == "—"
    assert format_number(math.nan) == "NaN" and format_number(math.inf) == "∞"
    assert format_count(14200) == "14,200"


def test_visible_text_goes_through_the_translator(qtbot, stub, circle, shouting):
    with shouting():
        boundary, plot, panel = BoundaryView(stub), LossPlot(stub), FiguresPanel(stub)
        for widget in (boundary, plot, panel):
            qtbot.addWidget(widget)
            widget.show_snapshot(circle[0])
    assert boundary.draw_button.text() == "DRAW POINTS" and boundary.class_combo.itemText(1) == "CLASS 1"
    assert plot.log_box.text() == "LOG SCALE" and plot.batch_box.toolTip().isupper()
    assert panel.confusion_title.text() == "CONFUSION MATRIX, TEST SET"
    assert panel.value_text("test_accuracy").endswith("%")


def test_a_large_data_set_is_drawn_as_an_even_sample_and_says_so(qtbot, stub):
    """Issue 14: 100,000 points froze the window; the view draws the snapshot's ≤ 5,000 and says how
    many of how many. Drawing points, which would send back only the sample, is off."""
    session = S.Session({"data": {"dataset": "circle", "samples": 100_000}})
    view = show(qtbot, BoundaryView(stub), [session.snapshot()])
    drawn = sum(len(scatter.data) for scatter in view.points.values())
    assert 0 < drawn <= 5_000
    label = view.plot.getPlotItem().titleLabel
    title = label.text
    assert label.isVisible() and format_number(drawn) in title and format_count(100_000) in title and "even sample" in title
    assert not view.draw_button.isEnabled()
    view.show_snapshot(S.Session().snapshot())                   # small data again: no note, drawing on
    assert not label.isVisible() and view.draw_button.isEnabled()

"""Views for many inputs (issue 16): ten class colours, the collapsed input block.

Snapshots come from an in-process ``nnsim.session.Session`` on the shipped data sets.
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest

pytest.importorskip("PySide6")

from nnsim_ui import palette
from nnsim_ui.canvas.block import InputBlock
from nnsim_ui.canvas.view import NetworkCanvas
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from nnsim.session import Session, default_config

pytestmark = pytest.mark.ui


def snapshot_on(dataset: str, hidden: list[int] | None = None):
    cfg = default_config()
    cfg["data"] = {"dataset": dataset}
    cfg["network"].update(hidden=hidden or [16], output="softmax")
    return Session(cfg).snapshot()


def canvas_showing(qtbot, snap) -> NetworkCanvas:
    canvas = NetworkCanvas(None)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show_snapshot(snap)
    return canvas


def test_ten_class_colours_are_distinct():
    rgb = np.array([palette.class_color(k).getRgb()[:3] for k in range(10)], dtype=float)
    assert len({tuple(c) for c in rgb}) == 10
    nearest = min(np.abs(a - b).sum() for a, b in itertools.combinations(rgb, 2))
    assert nearest > 60                  # no two within a few shades of each other
    assert palette.class_color(10) == palette.class_color(0)


def test_digits_input_layer_is_one_image_block(qtbot):
    snap = snapshot_on("digits")
    canvas = canvas_showing(qtbot, snap)
    labels = [i.text() for i in canvas.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert not any(t.startswith("pixel_") for t in labels)          # no 64 overprinted labels
    assert "64 pixels of the image" in labels and "columns of the file" not in labels   # named as what they are
    blocks = [i for i in canvas.scene().items() if isinstance(i, InputBlock)]
    assert blocks == [canvas.block] and canvas.block.is_image
    assert len(canvas.block.cells) == 64 and not any(n.isVisible() for n in canvas.layers[0])
    # the image is the probe example's pixels: the darkest cell is its largest pixel
    raw = np.asarray(snap.probe.raw, dtype=float)
    greys = np.array([c.brush().color().red() for c in canvas.block.cells])
    assert greys[int(np.argmax(raw))] == 0 and np.all(greys[raw == 0] == 255)
    # links leave from one point: one bundle per hidden unit
    assert len(set(canvas.bundles[1].y_prev.tolist())) == 1


def test_breast_cancer_input_is_a_strip_with_names_on_hover(qtbot):
    snap = snapshot_on("breast_cancer")
    canvas = canvas_showing(qtbot, snap)
    assert canvas.block is not None and not canvas.block.is_image
    labels = [i.text() for i in canvas.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "30 measurements" in labels and "columns of the file" not in labels
    names = list(snap.feature_names)
    assert [c.data(0) for c in canvas.block.cells] == [("feature", n) for n in names]
    cell = canvas.block.cells[3]
    assert canvas.target_at(canvas.viewport_pos_of(cell)) == ("feature", names[3])
    assert names[3] in canvas.tooltip_for(("feature", names[3]))


def test_iris_keeps_one_node_per_column(qtbot):
    canvas = canvas_showing(qtbot, snapshot_on("iris"))
    assert canvas.block is None and all(n.isVisible() for n in canvas.layers[0])


def test_digits_first_layer_tiles_are_their_weights_as_images(qtbot):
    snap = snapshot_on("digits", hidden=[6])
    canvas = canvas_showing(qtbot, snap)
    assert canvas.weight_images()
    W = np.asarray(snap.weights[1], dtype=float)
    # pixel (row r, column c) of unit i's tile is weight W[i, 8r + c] on the layer's diverging scale
    scale = np.percentile(np.abs(W), 99)
    lut = palette.diverging_lut(256)
    for i in range(6):
        image = canvas.node_pixmap(1, i).toImage()
        assert (image.width(), image.height()) == (8, 8)
        for j in range(64):
            r, c = divmod(j, 8)
            level = int(np.clip(np.rint((W[i, j] / scale + 1.0) * 127.5), 0, 255))
            assert image.pixelColor(c, r).getRgb() == tuple(int(v) for v in lut[level])


def test_digits_boundary_panel_shows_the_engines_projection(qtbot):
    from nnsim_ui.views.boundary import BoundaryView
    from test_views import StubController
    snap = snapshot_on("digits")
    p = snap.projection
    view = BoundaryView(StubController())
    qtbot.addWidget(view)
    view.resize(420, 470)
    view.show_snapshot(snap)
    view.show()
    qtbot.waitExposed(view)
    assert view.projection.isVisible() and not view.holder.isVisible() and not view.held_label.isVisible()
    np.testing.assert_allclose(view.projection.shown_points(), p.points)
    wrong = np.flatnonzero(p.y != p.predicted)
    symbols = view.projection.scatter.data["symbol"]
    assert set(np.flatnonzero(symbols == "x")) == set(wrong.tolist())       # misclassified: crosses
    # the variance each axis explains, both to one decimal of a percent (not "12.2%" beside "9.562%")
    import re
    shares = re.findall(r"\((\d+(?:\.\d+)?)%", view.projection.caption.text())[:2]
    assert [float(x) for x in shares] == [round(100 * float(v), 1) for v in p.explained[:2]], shares
    row = int(p.rows[wrong[0]])
    view.projection.select_row(row)
    text = view.projection.detail.text()
    assert str(row) in text and "Probabilities" in text
    image = view.projection.image.pixmap().toImage()
    raw = np.asarray(p.raw[wrong[0]]).reshape(8, 8)
    r, c = np.unravel_index(int(np.argmax(raw)), raw.shape)
    scale = image.width() // 8
    assert image.pixelColor(c * scale + scale // 2, r * scale + scale // 2).red() == 0     # most ink: black


# -- the gallery of misclassified test examples -----------------------------------------------
class ViewsStub:
    """A controller stub that records what the gallery and the pad ask."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject
        self.config = default_config()
        self.views: list[tuple] = []
        self.drawn: list = []
        self._qt = QObject()

    def set_views(self, names) -> None:
        self.views.append(tuple(names))

    def set_drawn(self, values, fit=False) -> None:
        self.drawn.append((values, fit))

    def send(self, command) -> None:
        pass


def trained_with_gallery(dataset: str, steps: int = 30, hidden: int = 16):
    from nnsim import protocol as S
    cfg = default_config()
    cfg["data"] = {"dataset": dataset}
    cfg["network"].update(hidden=[hidden], activation="relu", output="softmax")
    s = Session(cfg)
    first = s.snapshot()
    s.handle(S.SetViews(("misclassified",)))
    s.handle(S.Step(steps))
    return first, s.take()[-1]


def figures_showing(qtbot, snaps, stub):
    from nnsim_ui.views.figures import FiguresPanel
    panel = FiguresPanel(stub)
    qtbot.addWidget(panel)
    panel.resize(470, 900)
    panel.show()
    qtbot.waitExposed(panel)
    for snap in snaps:
        panel.show_snapshot(snap)
    return panel


def test_digits_gallery_shows_the_misclassified_as_images_and_asks_only_while_shown(qtbot):
    from nnsim_ui.views.gallery import IMAGE_TILES
    first, snap = trained_with_gallery("digits", steps=15, hidden=4)
    m = snap.misclassified
    assert m.total > IMAGE_TILES                           # few steps, a small network: many mistakes
    stub = ViewsStub()
    panel = figures_showing(qtbot, (first, snap), stub)
    gallery = panel.gallery
    assert gallery.isVisible() and stub.views[-1] == ("misclassified",)
    assert len(gallery.tiles) == IMAGE_TILES
    names = first.data.dataset.label_names
    for n, tile in enumerate(gallery.tiles):
        assert tile.text() == f"{names[m.y[n]]}→{names[m.predicted[n]]}"
        assert tile.property("row") == int(m.rows[n]) and not tile.icon().isNull()
    assert gallery.more.isVisible() and str(m.total - IMAGE_TILES) in gallery.more.text()
    with qtbot.waitSignal(gallery.rowClicked) as clicked:
        gallery.tiles[2].click()
    assert clicked.args == [int(m.rows[2])]
    panel.hide()
    assert stub.views[-1] == ()                            # hidden: the engine computes nothing for it
    # ten classes: the confusion matrix fits a narrow dock
    assert panel.confusion.width() <= 420


def test_breast_cancer_gallery_rows_name_the_classes_and_features(qtbot):
    first, snap = trained_with_gallery("breast_cancer", steps=3, hidden=2)
    m = snap.misclassified
    assert m.total >= 1 and m.image is None
    panel = figures_showing(qtbot, (first, snap), ViewsStub())
    tile = panel.gallery.tiles[0]
    names = first.data.dataset.label_names
    assert f"{names[m.y[0]]} → predicted {names[m.predicted[0]]}" in tile.text()
    assert first.data.dataset.columns[0] in tile.text() and first.data.dataset.columns[29] in tile.toolTip()


def test_toy_data_has_no_gallery(qtbot):
    from nnsim import protocol as S
    s = Session(default_config())
    first = s.snapshot()
    s.handle(S.SetViews(("misclassified",)))
    panel = figures_showing(qtbot, (first, s.take()[-1]), ViewsStub())
    assert not panel.gallery.isVisible()


# -- the drawing pad ----------------------------------------------------------------------------
def test_pad_draws_erases_clears_and_sends_the_pixels(qtbot):
    """The pad is the 32×32 bitmap the digits were counted from (issue 16: the 8×8 pad misread
    them): a press inks a round dab ``BRUSH`` pixels in radius, a drag a stroke along the path."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from nnsim_ui.views.drawpad import BRUSH, DrawPad
    stub = ViewsStub()
    pad = DrawPad(stub)
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    grid = pad.grid
    assert grid.shape == (32, 32)
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.cell_centre(8, 12))
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.cell_centre(8, 12))
    values, fit = stub.drawn[-1]
    bm = np.reshape(values, (32, 32))
    rr, cc = np.mgrid[0:32, 0:32]
    assert fit and len(values) == 1024 and set(np.unique(bm)) == {0.0, 1.0}
    assert np.array_equal(bm == 1.0, (rr - 8) ** 2 + (cc - 12) ** 2 <= BRUSH ** 2)   # a dab of the pen
    assert bm.sum() >= 13                                             # thick enough: ≥ 4 pixels across
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.cell_centre(20, 4))
    QTest.mouseMove(grid, grid.cell_centre(20, 28))
    pad.grid.mouseMoveEvent(moved_with_button(grid.cell_centre(20, 28)))
    bm = np.reshape(stub.drawn[-1][0], (32, 32))
    assert bm[20, 4:29].all() and bm[18:23, 10].all() and not bm[17, 10] and not bm[23, 10]   # a stroke, 5 thick
    QTest.mousePress(grid, Qt.MouseButton.RightButton, pos=grid.cell_centre(8, 12))
    bm = np.reshape(stub.drawn[-1][0], (32, 32))
    assert not bm[5:12, 9:16].any() and bm[20, 4:29].all()            # the dab erased, the stroke kept
    assert grid.grab().toImage().pixelColor(grid.cell_centre(20, 10)).red() == 0      # ink drawn black
    pad.clear_button.click()
    assert stub.drawn[-1][0] is None and not grid.values.any()


def moved_with_button(pos):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtCore import QEvent
    return QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(pos), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_pad_shows_the_engines_probabilities_for_the_drawing(qtbot):
    from nnsim import protocol as S
    from nnsim_ui.views.drawpad import DrawPad
    cfg = default_config()
    cfg["data"] = {"dataset": "digits"}
    cfg["network"].update(hidden=[16], activation="relu", output="softmax")
    s = Session(cfg)
    s.handle(S.Step(200))
    ink = np.zeros((32, 32))
    ink[2:30, 14:18] = 1.0                                      # a "1"
    s.handle(S.SetDrawn(tuple(ink.ravel()), fit=True))
    snap = s.take()[-1]
    d = snap.drawn
    pad = DrawPad(ViewsStub())
    qtbot.addWidget(pad)
    pad.grid.values[:] = ink.ravel()
    pad.show_snapshot(snap)
    assert [b.value() for b in pad.bars] == [round(1000 * float(p)) for p in d.probabilities]
    assert [label.text() for label in pad.bar_names] == [str(k) for k in range(10)]
    k = int(np.argmax(d.probabilities))
    assert d.predicted == k and f"says: {k} (" in pad.prediction.text()
    assert not pad.seen.pixmap().isNull()


def test_digits_preset_window_stays_1280x720_with_a_legible_projection_and_the_pad(qtbot, preset_window, monkeypatch):
    w = preset_window("digits")
    controller = w.controller
    qtbot.waitUntil(lambda: controller.snapshot is not None and controller.snapshot.projection is not None,
                    timeout=20_000)
    qtbot.wait(300)
    assert w.drawpad_action.isEnabled() and w.drawpad_dock.isVisible()
    for dock in (w.figures_dock, w.drawpad_dock):        # each tab in turn: nothing makes the window grow
        dock.raise_()
        qtbot.wait(200)
        assert w.size().toTuple() == (1280, 720)
        assert w.minimumSizeHint().height() <= 720
    plot = w.boundary.projection.plot
    assert plot.width() >= 250 and plot.height() >= 200
    # the gallery, on show behind its tab, gets its data; a click shows that row in the projection
    w.figures_dock.raise_()
    qtbot.waitUntil(lambda: controller.snapshot.misclassified is not None and bool(w.figures.gallery.tiles),
                    timeout=10_000)
    tile = w.figures.gallery.tiles[1]
    tile.click()
    assert f"Row {tile.property('row')}:" in w.boundary.projection.detail.text()
    # on a real screen the first size fits the screen's free area (offscreen's "screen" is 800×800)
    from PySide6.QtGui import QGuiApplication
    free = w.screen().availableGeometry().size()
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert w.first_size() == w.DEFAULT_SIZE.boundedTo(free) != w.DEFAULT_SIZE


def test_about_names_the_data_sets_sources_and_licence(qtbot, monkeypatch):
    from nnsim.data import SHIPPED
    from nnsim_ui.window import menus
    from PySide6.QtWidgets import QMessageBox, QWidget
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    w = QWidget()
    qtbot.addWidget(w)
    menus.about(w)
    text = shown[0]
    assert "CC BY 4.0" in text and "UCI Machine Learning Repository" in text
    import html
    for entry in SHIPPED.values():
        assert html.escape(entry.source) in text
    assert "10.24432/C50P49" in text                      # the digits' DOI


def test_drawing_on_the_pad_makes_the_drawing_the_canvas_example(qtbot, preset_window):
    """Issue 16: while the learner draws, the canvas's input block shows the drawing as the network
    sees it (the engine's 8×8 counts) instead of the probe example, the hidden units get bars of
    their activations on it (the engine's A[1]), and the tooltips name the drawing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    w = preset_window("digits")
    controller = w.controller
    qtbot.waitUntil(lambda: controller.snapshot is not None and w.canvas.block is not None, timeout=20_000)
    canvas, grid = w.canvas, w.drawpad.grid
    w.drawpad_dock.raise_()
    greys = lambda: np.array([c.brush().color().red() for c in canvas.block.cells])      # noqa: E731
    before = greys()
    assert all(n.activity is None or not n.activity.isVisible() for n in canvas.layers[1])
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.cell_centre(3, 16))
    for r in range(4, 30):                                       # a "1", top to bottom
        grid.mouseMoveEvent(moved_with_button(grid.cell_centre(r, 16)))
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.cell_centre(29, 16))
    qtbot.waitUntil(lambda: controller.snapshot.drawn is not None
                    and not np.array_equal(greys(), before), timeout=10_000)
    qtbot.wait(200)
    d = canvas.snapshot.drawn
    raw = np.asarray(d.raw, float)
    expected = np.round(255 * (1 - raw / raw.max()))
    assert np.array_equal(greys(), expected)                      # the drawing, as the engine counted it
    assert not np.array_equal(expected, np.round(255 * (1 - canvas.snapshot.probe.raw / canvas.snapshot.probe.raw.max())))
    a = np.abs(np.asarray(d.A[1], float).ravel())
    heights = np.array([n.activity.rect().height() if n.activity.isVisible() else -1 for n in canvas.layers[1]])
    size = canvas.layers[1][0].size
    np.testing.assert_allclose(heights, size * a / a.max(), atol=1e-6)
    assert "On your drawing" in canvas.tooltip_for(("neuron", 1, int(np.argmax(a))))
    w.drawpad.clear_button.click()
    qtbot.waitUntil(lambda: controller.snapshot.drawn is None, timeout=10_000)
    qtbot.wait(200)
    assert not any(n.activity.isVisible() for n in canvas.layers[1])


def test_gallery_sits_beside_the_confusion_matrix_where_width_allows(qtbot):
    """Issue 16: the gallery beside the 10-class matrix in a wide panel, under it in a narrow one;
    the matrix whole (ten columns of at least 30 px) in both."""
    first, snap = trained_with_gallery("digits", steps=15, hidden=4)
    panel = figures_showing(qtbot, (first, snap), ViewsStub())
    for width, beside in ((820, True), (420, False), (820, True)):
        panel.resize(width, 900)
        qtbot.waitUntil(lambda: panel.width() == width, timeout=2000)
        qtbot.wait(50)
        block, gallery = panel.confusion_block.geometry(), panel.gallery.geometry()
        assert panel.beside is beside and gallery.width() > 0, (width, panel.width())
        if beside:
            assert gallery.left() >= block.right() and abs(gallery.top() - block.top()) <= 2
        else:
            assert gallery.top() >= block.bottom() and gallery.left() == block.left()
        table = panel.confusion
        assert table.columnCount() == 10 and min(table.columnWidth(j) for j in range(10)) >= 30
        assert panel.confusion_block.x() + table.x() + table.width() <= panel.width()


def test_the_digits_lesson_shows_its_figures():
    from nnsim_ui.lessons.texts import LESSONS
    assert "figures" in LESSONS["handwritten_digits"].panels      # the walk (test_lesson_layout) checks it fits

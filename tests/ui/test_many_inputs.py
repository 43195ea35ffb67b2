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
    row = int(p.rows[wrong[0]])
    view.projection.select_row(row)
    text = view.projection.detail.text()
    assert str(row) in text and "Probabilities" in text
    image = view.projection.image.pixmap().toImage()
    raw = np.asarray(p.raw[wrong[0]]).reshape(8, 8)
    r, c = np.unravel_index(int(np.argmax(raw)), raw.shape)
    scale = image.width() // 8
    assert image.pixelColor(c * scale + scale // 2, r * scale + scale // 2).red() == 0     # most ink: black

"""What the hidden units look for (issue 16 point 4): the first layer's weights as readable images,
in their own dock, at 1280×720 each unit ≥ 48 px (on the canvas, 32 of them are ~10 px each)."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from nnsim_ui import palette  # noqa: E402
from nnsim_ui.text.numbers import format_number  # noqa: E402

pytestmark = pytest.mark.ui


def test_digits_window_shows_each_hidden_unit_as_a_readable_weight_image(qtbot, preset_window):
    w = preset_window("digits")
    controller = w.controller
    qtbot.waitUntil(lambda: controller.snapshot is not None and w.pad_dock.image_data, timeout=20_000)
    grid = w.unit_grid
    assert w.units_dock.isVisible() and w.pad_dock.units_action.isEnabled()
    w.units_dock.raise_()
    qtbot.waitUntil(lambda: grid.units == 32, timeout=10_000)
    qtbot.wait(200)
    assert w.size().toTuple() == (1280, 720)
    rects = [grid.cell_rect(i) for i in range(32)]
    assert all(r.width() >= 48 and r.height() >= 48 for r in rects)
    assert all(r.right() < grid.width() for r in rects)                   # none cut off at the side
    assert len({(r.x(), r.y()) for r in rects}) == 32                      # none on another
    area = w.units_dock.widget()
    assert grid.height() >= rects[-1].bottom() and area.verticalScrollBar().maximum() > 0   # the rest scrolls
    # the picture, each unit on its own scale: its largest |w| at the end of the diverging map,
    # its most positive weight orange, its most negative blue
    W = np.asarray(controller.snapshot.weights[1])
    image = grid.grab().toImage()

    def pixel(i, j):
        r, (y, x) = rects[i], divmod(j, 8)
        return image.pixelColor(int(r.x() + (x + 0.5) * r.width() / 8), int(r.y() + (y + 0.5) * r.height() / 8))

    for i in (0, 5, 31):
        j = int(np.argmax(np.abs(W[i])))
        end, px = (palette.POSITIVE if W[i, j] > 0 else palette.NEGATIVE), pixel(i, j)
        assert max(abs(px.red() - end.red()), abs(px.green() - end.green()), abs(px.blue() - end.blue())) <= 3
        hot, cold = pixel(i, int(np.argmax(W[i]))), pixel(i, int(np.argmin(W[i])))
        assert hot.red() > hot.blue() and cold.blue() > cold.red()
    # hover: the unit's activation on the current example, the drawn one once there is a drawing
    tip = grid.tooltip(3)
    assert "Unit 4 of layer 1" in tip and "the probe example" in tip
    ink = np.zeros((32, 32))
    ink[3:29, 14:18] = 1.0
    controller.set_drawn(tuple(ink.ravel()), fit=True)
    qtbot.waitUntil(lambda: controller.snapshot.drawn is not None and grid.drawn, timeout=10_000)
    a = float(controller.snapshot.drawn.A[1][0, 3])
    assert f"activation on your drawing: a = {format_number(a)}" in grid.tooltip(3)


def test_the_grid_says_what_it_is_for_without_image_data(qtbot):
    from nnsim.session import Session, default_config
    from nnsim_ui.views.unitgrid import UnitGrid
    cfg = default_config()
    cfg["data"] = {"dataset": "breast_cancer"}
    cfg["network"].update(hidden=[8], output="softmax")
    grid = UnitGrid()
    qtbot.addWidget(grid)
    grid.show_snapshot(Session(cfg).snapshot())
    assert grid.units == 0

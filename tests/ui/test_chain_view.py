"""The step panel's chain rule for one weight (ui/step/chainview.py, nnsim.chain).

In backward phases the panel follows w⁽ᵏ⁾ᵢⱼ (Neuron i, Weight j, or a click on a cell of dW's
table): its path as nodes with local derivatives, the fan over the layer above, the product,
and the batch mean equal to the matrix formula's entry. The expected numbers come from a
``Network`` rebuilt from the snapshot's weights (forward/backward on the batch's rows), not
from the phase the panel was given.
"""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from nnsim import session as S  # noqa: E402

from test_steppanel import config, make_panel, network_of, phase_snapshots, plain  # noqa: E402

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_every_weights_chain_equals_the_independent_dW(qtbot, output):
    cfg = config("gd", output=output, dataset="spiral" if output == "softmax" else "moons", l2=0.05)
    session = S.Session(cfg)
    session.handle(S.SetMode("step"))
    before = session.snapshot()
    net = network_of(before)
    trainer = session.trainer
    panel, _ = make_panel(qtbot, 640, 720)
    panel.focus_example(2)
    checked = 0
    for snap in phase_snapshots(session, 8):
        panel.show_snapshot(snap)
        view = snap.phase
        if view.kind != "backward":
            assert not panel.weight_spin.isEnabled()
            continue
        k = view.layer
        X = trainer.problem.X["train"][view.batch]
        Y = trainer.problem.Y["train"][view.batch]
        trace = net.forward(X)
        grads = net.backward(trace, Y, 0.05, 0.0)
        n, n_prev = net.weights[k].shape
        assert panel.weight_spin.isEnabled() and panel.weight_spin.maximum() == n_prev
        for i in range(n):
            panel.neuron_spin.setValue(i + 1)
            for j in range(n_prev):
                panel.weight_spin.setValue(j + 1)
                c = panel.model["chain"]
                assert (c.layer, c.i, c.j, c.example) == (k, i, j, 2)
                assert c.total == pytest.approx(grads.dW[k][i, j], rel=1e-9, abs=1e-15)
                assert c.dz == pytest.approx(grads.dZ[k][2, i], rel=1e-9, abs=1e-15)
                assert c.dz_dw == trace.A[k - 1][2, j]
                assert c.matches and "✓" in panel.html
                checked += 1
        text = plain(panel.html)
        assert "The chain rule for one weight" in text and "The product of the local derivatives" in text
        if k < net.depth:                                    # the fan over the layer above, every unit
            assert len(c.fan) == net.weights[k + 1].shape[0]
            assert f"reaches the loss through every unit q of layer {k + 1}" in text
        else:
            assert "Why dZ = A − Y at this output" in text
            assert f"= {'−' if c.dz < 0 else ''}" in text
    assert checked == sum(W.size for W in net.weights[1:])


def test_a_click_on_a_cell_of_dW_picks_that_weight(qtbot):
    session = S.Session(config("gd"))
    snaps = phase_snapshots(session, 6)                     # … backward layer 2 (3 units, 4 inputs)
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snaps[-1])
    assert (panel.phase.kind, panel.phase.layer) == ("backward", 2)
    panel.open_matrix("dW")
    focused = []
    panel.neuronFocused.connect(lambda k, i: focused.append((k, i)))
    item = panel.table.item(2, 3)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualItemRect(item).center())
    c = panel.model["chain"]
    assert (c.i, c.j) == (2, 3)
    assert panel.neuron_spin.value() == 3 and panel.weight_spin.value() == 4
    assert focused[-1] == (2, 2)
    assert c.matrix == snaps[-1].phase.values["dW"][2, 3]
    assert "(neuron 3, input 4)" in plain(panel.html)


def test_batch_norm_says_why_there_is_no_scalar_chain(qtbot):
    cfg = config("gd")
    cfg["network"]["batch_norm"] = True
    session = S.Session(cfg)
    snaps = phase_snapshots(session, 6)
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snaps[-1])
    assert panel.model.get("chain_refused") and "chain" not in panel.model
    assert "Not shown with batch normalization" in plain(panel.html)


def test_a_link_clicked_on_the_canvas_in_step_mode_picks_the_weight(qtbot):
    """In step-by-step mode a link of the network is a weight to follow, not a value to type."""
    from nnsim_ui.canvas.view import NetworkCanvas

    session = S.Session(config("gd"))
    session.handle(S.SetMode("step"))
    snaps = phase_snapshots(session, 5)                     # … backward layer 3
    canvas = NetworkCanvas(None)
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.show()
    canvas.show_snapshot(snaps[-1])
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snaps[-1])
    canvas.weightClicked.connect(panel.focus_weight)
    pos = canvas.viewport_pos_of(canvas.bundles[3].link_path(0, 2).pointAtPercent(0.5))
    assert canvas.target_at(pos) == ("link", 3, 0, 2)
    with qtbot.waitSignal(canvas.weightClicked, check_params_cb=lambda k, i, j: (k, i, j) == (3, 0, 2)):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    c = panel.model["chain"]
    assert (c.layer, c.i, c.j) == (3, 0, 2) and panel.weight_spin.value() == 3
    assert "follow this weight's chain rule" in canvas.tooltip_for(("link", 3, 0, 2))
    canvas.weightClicked.emit(1, 3, 1)                      # another layer: kept for its backward phase
    session.handle(S.PhaseNext())
    session.handle(S.PhaseNext())
    last = [m for m in session.take() if isinstance(m, S.Snapshot)][-1]
    assert (last.phase.kind, last.phase.layer) == ("backward", 1)
    panel.show_snapshot(last)
    assert (panel.model["chain"].i, panel.model["chain"].j) == (3, 1)

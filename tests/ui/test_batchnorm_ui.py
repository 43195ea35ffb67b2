"""A batch-normalised run in the UI: the window goes through its modes, the step panel shows the
normalisation (μ, σ², Z_norm, Z̃; dZ̃, dγ, dβ; γ, β and the running averages with ρ) with the
engine's phase values, and the canvas's words name γ and β where b is gone.

The panel's numbers are compared with the phase the engine sent (``snap.phase.values``),
transposed to the course's columns: the panel must not compute them.
"""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from nnsim_ui.canvas.words import Words
from nnsim_ui.step import html as step_html
from PySide6.QtCore import QLocale, Qt
from test_app import wait_snapshot
from test_steppanel import ORDER, col, eq, make_panel, phase_snapshots, plain

from nnsim import session as S

pytestmark = pytest.mark.ui


def bn_config(optimizer="adam", batch_size=6):
    return {"seed": 7, "data": {"dataset": "moons", "samples": 120, "noise": 0.2},
            "network": {"hidden": [4, 3], "activation": ["tanh", "relu"], "output": "sigmoid",
                        "init": "xavier_normal", "batch_norm": True, "batch_norm_decay": 0.8},
            "training": {"optimizer": optimizer, "learning_rate": 0.05, "batch_size": batch_size}}


@pytest.mark.parametrize("focus", [None, 2])
def test_the_normalisation_the_panel_shows_is_the_engines(qtbot, focus):
    session = S.Session(bn_config())
    session.handle(S.SetMode("step"))
    session.take()
    panel, _ = make_panel(qtbot)
    panel.focus_example(focus)
    snaps = phase_snapshots(session, 8)
    assert [(s.phase.kind, s.phase.layer) for s in snaps] == ORDER
    for snap in snaps:
        panel.show_snapshot(snap)
        mo, v, kind, k = panel.model, snap.phase.values, snap.phase.kind, snap.phase.layer
        e = mo["example"]
        text = plain(panel.html)
        if kind == "forward" and k < 3:
            for key in ("Z_norm", "Z_tilde"):
                eq(mo[key], col(v[key], e))
            for key in ("gamma", "beta", "mu", "var"):
                eq(mo[key], np.asarray(v[key]).reshape(-1, 1))
            assert mo["b"] is None and mo["epsilon"] == v["epsilon"]
            i, se = mo["neuron"], mo["scalar_example"]
            assert mo["z_norm_i"] == v["Z_norm"][se, i] and mo["z_tilde_i"] == v["Z_tilde"][se, i]
            assert mo["mu_i"] == v["mu"][i] and mo["var_i"] == v["var"][i]
            assert "Batch normalization of layer" in text and "γ" in text and "μ" in text
        elif kind == "backward" and k < 3:
            for key in ("dZ_tilde", "dZ_norm", "Z_norm", "dZ"):
                eq(mo[key], col(v[key], e))
            for key in ("dgamma", "dbeta", "gamma", "var"):
                eq(mo[key], np.asarray(v[key]).reshape(-1, 1))
            assert mo["db"] is None
            assert mo["dz_tilde_i"] == v["dZ_tilde"][mo["scalar_example"], mo["neuron"]]
            assert "Back through the batch normalization" in text
        elif kind == "update":
            assert mo["rho"] == v["rho"] == 0.8
            for k in (1, 2):
                assert mo["parameters"][k] == ["W", "gamma", "beta"]
                for p in ("gamma", "beta", "mean", "var"):
                    eq(mo[f"{p}{k}_old"], np.asarray(v[f"{p}_old"][k]).reshape(-1, 1))
                    eq(mo[f"{p}{k}_new"], np.asarray(v[f"{p}_new"][k]).reshape(-1, 1))
                eq(mo[f"dgamma{k}"], np.asarray(v["dgamma"][k]).reshape(-1, 1))
            assert mo["parameters"][3] == ["W", "b"]
            # the optimizer's state follows parameter_names: W1, gamma1, beta1, W2, …, W3, b3
            names = list(snap.phase.info["parameter_names"])
            for key in ("v", "s"):
                for slot, name in enumerate(names):
                    eq(mo[f"{key}_{name}"].ravel(), np.asarray(v[key][slot]).ravel())
            assert "ρ" in text
            # issue 15 point 7: J of this batch before and after the step, the engine's numbers
            assert mo["cost_before"] == v["cost_before"] and mo["cost_after"] == v["cost_after"]
            assert "Did the step help?" in text and step_html.num(v["cost_after"]) in panel.html


def test_canvas_words_name_gamma_and_beta_where_b_is_gone(qtbot):
    session = S.Session(bn_config())
    snap = session.snapshot()
    words = Words(snap, QLocale())
    assert snap.biases[1] is None
    assert any("γ = 1" in line and "β = 0" in line for line in words._neuron(1, 0))
    assert any("b = " in line for line in words._bias(3, 0))


def test_the_canvas_draws_no_bias_square_where_batch_norm_removed_b(qtbot):
    from nnsim_ui.canvas.view import NetworkCanvas
    canvas = NetworkCanvas(None)
    qtbot.addWidget(canvas)
    canvas.resize(700, 500)
    canvas.show_snapshot(S.Session(bn_config()).snapshot())
    shown = {k: {node.bias.isVisible() for node in canvas.layers[k]} for k in (1, 2, 3)}
    assert shown == {1: {False}, 2: {False}, 3: {True}}       # the output layer keeps its b
    plain_run = bn_config()
    plain_run["network"]["batch_norm"] = False
    canvas.show_snapshot(S.Session(plain_run).snapshot())
    assert all(node.bias.isVisible() for k in (1, 2, 3) for node in canvas.layers[k])


def test_the_window_goes_through_every_mode_on_a_batch_normalised_run(qtbot, window):
    c = window.controller
    assert c.edit({"network.batch_norm": True}, "batch norm")
    snap = wait_snapshot(qtbot, window, lambda s: s.spec.get("batch_norm") and s.biases[1] is None)
    window.modes.actions["live"].trigger()
    window.play_action.trigger()
    wait_snapshot(qtbot, window, lambda s: s.step > snap.step + 5)
    c.set_speed(1.0)
    window.modes.actions["propagation"].trigger()
    c.play()
    wait_snapshot(qtbot, window, lambda s: s.mode == "propagation" and s.animating and s.running)
    kinds = set()

    def phases_seen():
        if c.snapshot.phase is not None:
            kinds.add(c.snapshot.phase.kind)
        return len(kinds) == 4

    qtbot.waitUntil(phases_seen, timeout=15000)
    c.pause()
    window.modes.actions["step"].trigger()
    wait_snapshot(qtbot, window, lambda s: s.mode == "step" and not s.running)
    seen = set()
    for _ in range(10):                  # from wherever the propagation left the step to its update
        before = c.snapshot.seq
        qtbot.mouseClick(window.modes.panel.next_button, Qt.MouseButton.LeftButton)
        s = wait_snapshot(qtbot, window, lambda s, before=before: s.seq > before and s.phase is not None)
        seen.add((s.phase.kind, s.phase.layer))
        qtbot.waitUntil(lambda: window.modes.panel.model.get("kind") == c.snapshot.phase.kind)
        if s.phase.kind == "update":
            break
    assert ("update", None) in seen and "gamma1_new" in window.modes.panel.model
    window.modes.actions["live"].trigger()
    wait_snapshot(qtbot, window, lambda s: s.mode == "live" and s.phase is None)

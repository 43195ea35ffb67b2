"""The step-by-step panel (ui/step/panel.py): every number it shows is the engine's, in column form.

An in-process ``nnsim.session.Session`` in step-by-step mode produces the
phase snapshots (no engine process); a stub controller records what the panel
sends. The expected numbers are computed independently of the phases: a
``Network`` rebuilt from the snapshot's weights runs ``forward``/``backward``
on the batch's rows (``phase.batch``), and a fresh optimizer of the same kind
applies the update. The test reads the panel's ``model`` (plain arrays, after
transposition), never its HTML.
"""
from __future__ import annotations

import re

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QObject, Qt  # noqa: E402

from nnsim import session as S  # noqa: E402
from nnsim import optimizers as O  # noqa: E402
from nnsim.activations import ACTIVATIONS  # noqa: E402
from nnsim.losses import LOSSES  # noqa: E402
from nnsim.network import Network, NetworkSpec  # noqa: E402
from nnsim_ui.step import html as step_html  # noqa: E402
from nnsim_ui.step.panel import StepPanel  # noqa: E402

pytestmark = pytest.mark.ui

ORDER = [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
         ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]


def config(optimizer="adam", keep_prob=1.0, l2=0.03, l1=0.0, batch_size=6, output="sigmoid", dataset="moons"):
    return {"seed": 7, "data": {"dataset": dataset, "samples": 120, "noise": 0.2,
                                "classes": 3 if output == "softmax" else 2},
            "network": {"hidden": [4, 3], "activation": ["tanh", "relu"], "output": output,
                        "init": "xavier_normal"},
            "training": {"optimizer": optimizer, "learning_rate": 0.05, "batch_size": batch_size,
                         "l2": l2, "l1": l1, "keep_prob": keep_prob}}


class StubController(QObject):
    """What the panel needs of nnsim_ui.engine.controller.Controller: ``send``."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list = []

    def send(self, command) -> None:
        self.sent.append(command)


def phase_snapshots(session: S.Session, n: int) -> list[S.Snapshot]:
    out = []
    for _ in range(n):
        session.handle(S.PhaseNext())
        out.append([m for m in session.take() if isinstance(m, S.Snapshot)][-1])
    return out


def make_panel(qtbot, width: int = 560, height: int = 800) -> tuple[StepPanel, StubController]:
    controller = StubController()
    panel = StepPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    return panel, controller


def col(a, e):
    """The engine's row-major (m, n) as the course's (n, m), or example e's column (n, 1)."""
    c = np.asarray(a).T if np.ndim(a) == 2 else np.asarray(a).reshape(1, -1)
    return c if e is None else c[:, e:e + 1]


def network_of(snap: S.Snapshot) -> Network:
    net = Network(NetworkSpec.from_dict(snap.spec), init="zeros")
    params = []
    for k in range(1, len(snap.weights)):
        params += [snap.weights[k], snap.biases[k]]
    net.set_parameters(params)
    return net


def plain(html: str) -> str:
    """The panel's text without markup (a superscript [2] becomes "[2]")."""
    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")


def eq(a, b) -> None:
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))


@pytest.mark.parametrize("optimizer", ["adam", "momentum", "rmsprop", "gd"])
@pytest.mark.parametrize("focus", [None, 2])
def test_every_number_shown_is_the_engines(qtbot, optimizer, focus):
    cfg = config(optimizer, l1=0.01 if optimizer == "momentum" else 0.0)
    session = S.Session(cfg)
    session.handle(S.SetMode("step"))
    before = session.snapshot()
    trainer = session.trainer
    net = network_of(before)
    opt = O.make(optimizer, **trainer.config.optimizer_settings())
    l2, l1 = cfg["training"]["l2"], cfg["training"]["l1"]
    panel, _ = make_panel(qtbot)
    panel.focus_example(focus)
    seen = []
    for snap in phase_snapshots(session, 16):              # two whole steps
        view = snap.phase
        panel.show_snapshot(snap)
        mo = panel.model
        seen.append((view.kind, view.layer))
        assert mo["kind"] == view.kind and mo["example"] == focus and mo["m"] == 6
        X = trainer.problem.X["train"][view.batch]
        Y = trainer.problem.Y["train"][view.batch]
        trace = net.forward(X)
        grads = net.backward(trace, Y, l2, l1)
        e = focus
        s = 0 if e is None else e                           # the scalar view's example
        k = view.layer
        if view.kind == "forward":
            eq(mo["W"], net.weights[k])
            eq(mo["b"], net.biases[k].reshape(-1, 1))
            eq(mo["A_prev"], col(trace.A[k - 1], e))
            eq(mo["Z"], col(trace.Z[k], e))
            eq(mo["A"], col(trace.A[k], e))
            i = mo["neuron"]
            eq(mo["w"], net.weights[k][i])
            eq(mo["a"], trace.A[k - 1][s])
            eq(mo["terms"], net.weights[k][i] * trace.A[k - 1][s])
            assert mo["z_i"] == trace.Z[k][s, i] and mo["a_i"] == trace.A[k][s, i]
            assert mo["terms"].sum() + mo["b_i"] == pytest.approx(mo["z_i"], rel=1e-12, abs=1e-15)
            assert "mask" not in mo
        elif view.kind == "loss":
            L = net.depth
            eq(mo["A"], col(trace.A[L], e))
            eq(mo["Y"], col(Y, e))
            per_example = LOSSES[net.spec.loss].per_example(trace.Z[L], trace.A[L], Y, net.spec.output)
            eq(mo["L"], col(per_example, e))
            assert mo["cost"] == pytest.approx(net.cost(trace, Y, l2, l1), rel=1e-14)
            assert mo["loss"] == pytest.approx(net.loss(trace, Y), rel=1e-14)
            assert mo["penalty"] == pytest.approx(mo["cost"] - mo["loss"], rel=1e-12)
        elif view.kind == "backward":
            for name in ("dZ", "dA"):
                eq(mo[name], col(getattr(grads, name)[k], e))
            eq(mo["dA_prev"], col(grads.dA[k - 1], e))
            eq(mo["dW"], grads.dW[k])                        # a batch average, focused or not
            eq(mo["db"], grads.db[k].reshape(-1, 1))
            eq(mo["W_T"], net.weights[k].T)
            if e is None:
                eq(mo["dZ_batch"], grads.dZ[k].T)
                eq(mo["A_prev_T"], trace.A[k - 1])
            if k == net.depth:                               # sigmoid + cross-entropy: dZ = A − Y
                assert mo["fused"]
                eq(mo["A"], col(trace.A[k], e))
                eq(mo["Y"], col(Y, e))
            else:
                g = ACTIVATIONS[net.spec.activations[k]]
                eq(mo["gprime"], col(g.derivative(trace.Z[k], trace.A[k]), e))
                assert mo["gprime_i"] == g.derivative(trace.Z[k], trace.A[k])[s, mo["neuron"]]
                assert mo["da_i"] == grads.dA[k][s, mo["neuron"]]
            assert mo["dz_i"] == grads.dZ[k][s, mo["neuron"]]
            assert ("W" in mo) == bool(l2 or l1)
        else:
            lr = trainer.config.training["learning_rate"]
            old = [p.copy() for p in net.parameters()]
            g = []
            for kk in range(1, net.depth + 1):
                g += [grads.dW[kk], grads.db[kk]]
            net.set_parameters(opt.update(net.parameters(), g, lr))
            assert mo["learning_rate"] == lr and mo["t"] == opt.t and mo["optimizer"] == optimizer
            for kk in range(1, net.depth + 1):
                eq(mo[f"W{kk}_old"], old[2 * kk - 2])
                eq(mo[f"b{kk}_old"], old[2 * kk - 1].reshape(-1, 1))
                eq(mo[f"W{kk}_new"], net.weights[kk])
                eq(mo[f"b{kk}_new"], net.biases[kk].reshape(-1, 1))
                eq(mo[f"dW{kk}"], grads.dW[kk])
                eq(mo[f"db{kk}"], grads.db[kk].reshape(-1, 1))
                for state in ("v", "s"):
                    mine = getattr(opt, state)
                    assert (f"{state}_W{kk}" in mo) == bool(mine)
                    if mine:
                        eq(mo[f"{state}_W{kk}"], mine[2 * kk - 2])
                        eq(mo[f"{state}_b{kk}"], mine[2 * kk - 1].reshape(-1, 1))
            if optimizer == "adam":
                b1, b2 = opt.hyper["beta1"], opt.hyper["beta2"]
                assert mo["v_hat_divisor"] == 1 - b1 ** opt.t and mo["s_hat_divisor"] == 1 - b2 ** opt.t
                for kk in range(1, net.depth + 1):             # the bias-corrected v̂ and ŝ, shown
                    for n_p, p in enumerate(("W", "b")):
                        shape = (lambda a: a) if p == "W" else (lambda a: a.reshape(-1, 1))
                        slot = 2 * kk - 2 + n_p
                        np.testing.assert_allclose(mo[f"v_hat_{p}{kk}"],
                                                   shape(opt.v[slot] / (1 - b1 ** opt.t)), rtol=1e-15)
                        np.testing.assert_allclose(mo[f"s_hat_{p}{kk}"],
                                                   shape(opt.s[slot] / (1 - b2 ** opt.t)), rtol=1e-15)
                text = plain(panel.html).replace("\u2009", "")
                assert "v̂ = v / " in text and "ŝ = s / " in text                    # in numbers
                assert text.count("α·v̂ / (√ŝ + ε)") == 1                            # the rule, once (issue 12)
                assert text.count("/ (1 − β1t)") == 1 and text.count("/ (1 − β2t)") == 1
                assert "v̂dW[1]" in text and "ŝdb[1]" in text
            else:
                assert not any(key.startswith(("v_hat", "s_hat")) for key in mo)
    assert seen == ORDER * 2
    for kk in range(1, net.depth + 1):                       # the reference followed the engine exactly
        eq(session.trainer.network.weights[kk], net.weights[kk])


def test_softmax_output_and_its_loss(qtbot):
    session = S.Session(config("gd", output="softmax", dataset="spiral"))
    snaps = phase_snapshots(session, 5)
    panel, _ = make_panel(qtbot)
    for snap in snaps:
        panel.show_snapshot(snap)
    loss = snaps[3].phase
    panel.show_snapshot(snaps[3])
    assert panel.model["A"].shape == (3, 6) and np.allclose(panel.model["A"].sum(axis=0), 1.0)
    eq(panel.model["Y"], loss.values["Y"].T)
    panel.show_snapshot(snaps[4])                 # backward at a softmax output: dZ = A − Y
    assert panel.model["fused"] and f"dZ[3] = A[3] {step_html.MINUS} Y" in plain(panel.html)


def test_dropout_shows_the_mask_and_the_scaling(qtbot):
    session = S.Session(config("gd", keep_prob=0.7, l2=0.0))
    snaps = phase_snapshots(session, 6)
    panel, _ = make_panel(qtbot)
    panel.focus_example(1)
    for snap in snaps:
        panel.show_snapshot(snap)
        view = snap.phase
        if view.kind == "forward" and view.layer < 3:
            mo = panel.model
            mask = view.values["mask"]
            eq(mo["mask"], col(mask, 1))
            assert set(np.unique(mask)) <= {0.0, 1 / 0.7} and mo["keep_prob"] == 0.7
            W, b = view.values["W"], view.values["b"]
            Z = view.values["A_prev"] @ W.T + b
            g = ACTIVATIONS[view.info["activations"][view.layer]]
            np.testing.assert_allclose(mo["A"], col(g.value(Z) * mask, 1), rtol=1e-15, atol=0)
            assert "1/p = " + step_html.short(1 / 0.7) in plain(panel.html)
    backward2 = snaps[5].phase
    assert (backward2.kind, backward2.layer) == ("backward", 2)
    fwd2 = snaps[1].phase
    eq(panel.model["mask"], col(fwd2.values["mask"], 1))      # backward shows the forward's mask
    assert "D</i>/<i>p" in panel.html


def test_focus_says_dW_and_db_stay_batch_averages(qtbot):
    session = S.Session(config())
    snaps = phase_snapshots(session, 5)
    panel, _ = make_panel(qtbot)
    for snap in snaps:
        panel.show_snapshot(snap)
    assert "whole mini-batch" in panel.html
    panel.focus_example(3)
    assert panel.model["example"] == 3 and panel.model["dZ"].shape == (1, 1)
    assert "averages over the whole batch" in panel.html
    row = int(snaps[-1].phase.batch[4])
    assert panel.focus_training_row(row) and panel.model["example"] == 4
    assert not panel.focus_training_row(10_000)


def test_previous_then_next_returns_identical_content(qtbot):
    session = S.Session(config())
    session.handle(S.SetMode("step"))
    panel, _ = make_panel(qtbot)
    for snap in phase_snapshots(session, 5):
        panel.show_snapshot(snap)
    html, text = panel.html, panel.browser.toHtml()
    model = dict(panel.model)
    session.handle(S.PhasePrev())
    panel.show_snapshot(session.snapshot())
    assert panel.phase.kind == "loss" and panel.html != html
    session.handle(S.PhaseNext())
    panel.show_snapshot(session.snapshot())
    assert panel.html == html and panel.browser.toHtml() == text
    assert model.keys() == panel.model.keys()
    for key, value in model.items():
        eq(value, panel.model[key])


def test_next_and_previous_buttons_and_arrow_keys_send_phase_commands(qtbot):
    session = S.Session(config())
    panel, controller = make_panel(qtbot)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.show_snapshot(session.snapshot())                  # live: no phase yet
    assert not panel.previous_button.isEnabled() and not panel.arrow_keys_enabled
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert controller.sent == [S.PhaseNext()]
    qtbot.keyClick(panel.browser, Qt.Key.Key_Right)          # live mode: the arrows are not ours
    assert controller.sent == [S.PhaseNext()]
    session.handle(S.SetMode("step"))
    phase_snapshots(session, 2)
    panel.show_snapshot(session.snapshot())
    assert panel.arrow_keys_enabled and panel.previous_button.isEnabled()
    controller.sent.clear()
    qtbot.keyClick(panel.browser, Qt.Key.Key_Right)
    qtbot.keyClick(panel.browser, Qt.Key.Key_Left)
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert controller.sent == [S.PhaseNext(), S.PhasePrev(), S.PhasePrev()]
    controller.sent.clear()
    panel.example_spin.setFocus()                            # a spin box keeps its arrows
    qtbot.keyClick(panel.example_spin, Qt.Key.Key_Right)
    assert controller.sent == []


def test_indicator_says_where_in_the_step(qtbot):
    session = S.Session(config())
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(session.snapshot())
    assert panel.indicator.text() == "No step in progress"
    texts = []
    for snap in phase_snapshots(session, 9):
        panel.show_snapshot(snap)
        texts.append(panel.indicator.text())
    assert texts[1] == "Forward, layer 2 of 3 · phase 2 of 8 · step 1"
    assert texts[3] == "Loss and cost · phase 4 of 8 · step 1"
    assert texts[6] == "Backward, layer 1 of 3 · phase 7 of 8 · step 1"
    assert texts[8] == "Forward, layer 1 of 3 · phase 1 of 8 · step 2"


def test_math_is_rich_text_with_full_precision_on_hover(qtbot):
    session = S.Session(config(batch_size=40))
    panel, _ = make_panel(qtbot)
    panel.show()
    qtbot.waitExposed(panel)
    snaps = phase_snapshots(session, 2)
    for snap in snaps:
        panel.show_snapshot(snap)
    html = panel.html
    assert "<sup>[2]</sup>" in html and "W[2]" not in html            # real superscripts
    z = float(snaps[1].phase.values["b"][0]) + 0.0
    value = float(panel.model["Z"][0, 0])
    assert panel.browser.tooltip_at(step_html.short(value)) == repr(value)
    assert f'title="{repr(value)}"' in html and z == z
    assert 'href="matrix:Z"' in html                                   # 40 columns: shown in part…
    panel.focus_example(5)
    panel.open_matrix("Z")                                             # …and whole in the table
    table = panel.table
    assert panel.detail.isVisible() and (table.rowCount(), table.columnCount()) == (3, 40)
    assert table.item(1, 5).background().color().name() == step_html.FOCUS_BG
    assert float(table.item(2, 7).toolTip()) == snaps[1].phase.values["Z"][7, 2]


def test_scalar_view_of_a_focused_neuron(qtbot):
    session = S.Session(config())
    panel, _ = make_panel(qtbot)
    snaps = phase_snapshots(session, 2)
    for snap in snaps:
        panel.show_snapshot(snap)
    panel.focus_neuron(2, 2)                                          # clicked on the canvas
    assert panel.neuron_spin.value() == 3 and panel.model["neuron"] == 2
    W = snaps[1].phase.values["W"]
    eq(panel.model["w"], W[2])
    assert "One neuron: neuron 3 of layer 2" in panel.html


def test_visible_text_goes_through_the_translator(qtbot, shouting):
    session = S.Session(config())
    snaps = phase_snapshots(session, 5)
    with shouting():
        panel, _ = make_panel(qtbot)
        panel.show_snapshot(snaps[0])
        forward = panel.html
        for snap in snaps[1:]:
            panel.show_snapshot(snap)
    assert panel.indicator.text() == "BACKWARD, LAYER 3 OF 3 · PHASE 5 OF 8 · STEP 1"
    assert panel.next_button.text() == "NEXT ▶" and panel.example_spin.specialValueText() == "WHOLE BATCH"
    assert "EXAMPLES ARE COLUMNS HERE" in forward and "ONE NEURON: NEURON 1 OF LAYER 1" in forward
    assert "AT THIS OUTPUT THE LOSS" in panel.html
    assert "<sup>[1]</sup>" in forward and "<sup>[3]</sup>" in panel.html     # the mathematics stays as it is


def test_numbers_are_written_with_four_significant_digits():
    assert step_html.short(0.123456) == "0.1235"
    assert step_html.short(-2.5e-7) == f"{step_html.MINUS}2.5×10<sup>{step_html.MINUS}7</sup>"
    assert step_html.short(-0.0) == "0" and step_html.short(float("inf")) == "∞"
    assert step_html.short(1234.5, ",") == "1234" or step_html.short(1234.5, ",") == "1235"
    assert step_html.short(0.5, ",") == "0,5"


def test_copies_from_the_engine_process_show_the_same(qtbot):
    """Snapshots arrive pickled from the engine process: a new copy of the same phase each time."""
    import pickle
    session = S.Session(config())
    snaps = phase_snapshots(session, 5)
    direct, _ = make_panel(qtbot)
    copied, _ = make_panel(qtbot)
    for snap in snaps:
        direct.show_snapshot(snap)
        copied.show_snapshot(pickle.loads(pickle.dumps(snap)))
    assert copied.html == direct.html
    html = copied.html
    copied.browser.verticalScrollBar().setValue(3)
    copied.show_snapshot(pickle.loads(pickle.dumps(snaps[-1])))    # the same phase again (after Pause)
    assert copied.html == html and copied.phase.index == 4


def test_propagation_playing_waits_for_a_hidden_panel_to_be_shown(qtbot):
    from dataclasses import replace
    session = S.Session(config())
    snaps = [replace(s, mode="propagation", running=True) for s in phase_snapshots(session, 6)]
    panel, _ = make_panel(qtbot)
    for snap in snaps:
        panel.show_snapshot(snap)
    assert panel.phase is None                                # hidden: nothing laid out yet
    panel.show()
    qtbot.waitUntil(lambda: panel.phase is not None)
    assert (panel.phase.kind, panel.phase.layer) == ("backward", 2)
    eq(panel.model["gprime"], (snaps[1].phase.values["Z"] > 0).T)     # forward 2's Z, kept meanwhile (ReLU)


def test_the_g_prime_the_panel_shows_is_the_engines(qtbot):
    """Backward phases carry g′(Z⁽ᵏ⁾): the panel shows those very numbers, computing none itself."""
    session = S.Session(config())
    panel, _ = make_panel(qtbot)
    panel.show()
    seen = 0
    for snap in phase_snapshots(session, 8):                  # a whole step: forward, loss, backward, update
        panel.show_snapshot(snap)
        view = snap.phase
        if view.kind != "backward" or view.values.get("g_prime") is None:
            continue
        seen += 1
        engine = np.asarray(view.values["g_prime"])
        assert np.array_equal(panel.model["gprime"], engine.T)        # column form, the same numbers
        i, s = panel.model["neuron"], panel.model["scalar_example"]
        assert panel.model["gprime_i"] == engine[s, i]
        assert step_html.short(engine[s, i]) in panel.html
    assert seen >= 1


@pytest.mark.parametrize(("activation", "output", "optimizer"), [
    ("relu", "sigmoid", "adam"), ("leaky_relu", "softmax", "momentum"), ("tanh", "linear", "rmsprop")])
def test_every_text_the_panel_translates_has_a_vietnamese_entry(qtbot, activation, output, optimizer):
    """Every (context, text) the panel asks the translator for, from the empty state through a whole
    step, is a finished entry of nnsim_vi.ts (the extraction once missed ``step_html.words`` calls,
    the loss and optimizer titles and the derivative formulas' words, which then showed in English)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "nnsim_vi.ts"
    finished = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
                for m in c.iter("message") if m.find("translation").get("type") is None}
    asked: set[tuple[str, str]] = set()

    class Recording(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):
            asked.add((context, source_text))
            return source_text

    recorder = Recording()
    QCoreApplication.installTranslator(recorder)
    try:
        cfg = config(optimizer=optimizer, output=output,
                     dataset={"softmax": "gauss", "sigmoid": "moons", "linear": "plane"}[output])
        cfg["network"]["activation"] = [activation, activation]
        session = S.Session(cfg)
        panel, _ = make_panel(qtbot)
        for snap in phase_snapshots(session, 9):
            panel.show_snapshot(snap)
    finally:
        QCoreApplication.removeTranslator(recorder)
    # A formula with no word in it ("ReLU(z) = max(0, z)") is the same in every language: no entry needed.
    wordy = [a for a in asked if a[0] != "formulas" or re.search(r"[a-z]{2,} ", a[1])]
    missing = sorted(a for a in wordy if a[0] in {"StepPanel", "nnsim", "formulas", "activations"} and a not in finished)
    assert not missing, missing[:5]


def test_rmsprop_update_shows_its_beta_and_a_step_of_about_3_alpha(qtbot):
    """RMSprop's rule and settings read β (0.9 by default), never β₂; the first step is ≤ 3.2·α."""
    session = S.Session(config("rmsprop", l2=0.0))
    session.handle(S.SetMode("step"))
    snaps = phase_snapshots(session, 8)
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snaps[-1])
    mo = panel.model
    assert mo["optimizer"] == "rmsprop" and mo["hyper"] == {"rmsprop_beta": 0.9, "epsilon": 1e-8}
    text = plain(panel.html)
    assert "β = 0.9" in text or "β = 0,9" in text
    assert "β2" not in text                                   # β₂ renders as β<sub>2</sub>: "β2" in plain text
    alpha = mo["learning_rate"]
    for k in range(1, 4):
        for p in ("W", "b"):
            step = np.abs(np.asarray(mo[f"{p}{k}_new"]) - np.asarray(mo[f"{p}{k}_old"]))
            g = np.abs(np.asarray(mo[f"d{p}{k}"]))
            # s = (1 − β)·g², step = α·|g|/(√s + ε) = α/√(1 − β) where g ≠ 0 (less ε)
            expected = alpha * g / (np.sqrt(0.1 * g * g) + 1e-8)
            np.testing.assert_allclose(step, expected, rtol=1e-9, atol=1e-15)
            assert step.max() <= 3.2 * alpha


def test_l1_term_reads_lambda1_over_m_times_sign_of_w(qtbot):
    """dW += (λ₁/m)·sign(W), never "(λ₁/m·sign) W" (issue #12); W is listed once when the row breaks."""
    from nnsim_ui.step import phases as step_phases
    session = S.Session(config("gd", l2=0.03, l1=0.01))
    session.handle(S.SetMode("step"))
    snap = phase_snapshots(session, 5)[-1]
    assert snap.phase.kind == "backward"
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snap)
    wide, _ = step_phases.render(panel.model, snap.phase, 60, ".")
    text = plain(wide).replace("\u2009", "")
    assert "+(0.03/6)·" in text and "+(0.01/6)·sign(" in text
    assert "·sign)" not in text and "/6·sign" not in text
    assert "λ₁&frasl;m·sign(W[3])" in text
    narrow, _ = step_phases.render(panel.model, snap.phase, 4, ".")
    rows = plain(narrow)
    assert len(re.findall(r"(?<!d)W\[3\] =", rows)) == 1


@pytest.mark.parametrize("output, loss", [("sigmoid", "mse"), ("linear", "mse"), ("sigmoid", "cross_entropy")])
def test_loss_note_fits_the_loss(qtbot, output, loss):
    """"computed from Z (never log 0)" is cross-entropy's; mean squared error gets its own note (issue #12)."""
    cfg = config("gd", output=output)
    cfg["network"]["loss"] = loss
    if output == "linear":
        cfg["data"]["dataset"] = "plane"
    session = S.Session(cfg)
    session.handle(S.SetMode("step"))
    snap = phase_snapshots(session, 4)[-1]
    assert snap.phase.kind == "loss" and snap.phase.info["loss"] == loss
    panel, _ = make_panel(qtbot)
    panel.show_snapshot(snap)
    text = plain(panel.html)
    if loss == "mse":
        assert "never log 0" not in text and "from Z" not in text
        assert "is half the squared distance between the output A and the target Y: L = ½·‖a − y‖²" in text
    else:
        assert "is computed from Z (never log 0)." in text and "squared distance" not in text

"""The instrument panels (issue 6): each opens, takes real snapshots from an in-process Session
(no engine process) and shows the engine's values; commands go to that Session through a stub."""
from __future__ import annotations

import numpy as np
import pytest

from nnsim import instruments as ins
from nnsim import presets
from nnsim import session as S
from nnsim_ui.lessons.activation_panel import Z_EDGES, ActivationPanel
from nnsim_ui.lessons.depth_panel import DepthPanel
from nnsim_ui.lessons.gradcheck_panel import GradCheckPanel
from nnsim_ui.lessons.paths_panel import PathsPanel

pytestmark = pytest.mark.ui


class SessionStub:
    """A controller stand-in: commands go to an in-process Session; ``snapshot`` is the newest."""

    def __init__(self, pid: str | None = None, steps: int = 0) -> None:
        self.session = S.Session(None if pid is None else presets.load(pid).to_dict())
        self.sent: list = []
        self.snapshot = self.session.snapshot()
        if steps:
            self.send(S.Step(steps))

    def send(self, command) -> None:
        self.sent.append(command)
        self.session.handle(command)
        self.snapshot = [m for m in self.session.take() if isinstance(m, S.Snapshot)][-1]


def test_activation_explorer_shows_the_engine_z_and_fractions(qtbot):
    stub = SessionStub("activations", steps=500)
    panel = ActivationPanel()
    qtbot.addWidget(panel)
    assert panel.needs == ("activations",)
    panel.show_snapshot(stub.snapshot)                       # no instrument data yet: nothing breaks
    assert panel.layer_box.maximum() == 3
    panel.layer_box.setValue(2)
    stub.send(S.SetInstruments(panel.needs, panel.options()))
    panel.show_snapshot(stub.snapshot)
    data = stub.snapshot.instruments["activations"]
    assert data.layer == 2
    assert np.array_equal(panel.z_counts, np.histogram(np.clip(data.Z, -6, 6), Z_EDGES)[0])
    assert panel.z_counts.sum() == data.Z.size
    assert panel.fractions == {k: v.fraction for k, v in data.layers.items()}
    assert panel.fraction_labels[0].text().startswith("Layer 1 (tanh): ")
    d = data.layers[1].mean_derivative
    assert 0 < d <= 1 and panel.fraction_labels[0].text().endswith(f"mean g′(z) {d:.2g}")   # the engine's, shown
    assert [(r.getRegion()) for r in panel.regions] == list(ins.activation_curves(["tanh"])["tanh"].saturated)


def test_activation_explorer_counts_dead_relus(qtbot):
    stub = SessionStub("zero_init", steps=10)                 # all-zero ReLU layers: every unit dead
    stub.send(S.SetInstruments(("activations",)))
    panel = ActivationPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    assert panel.fractions == {1: 1.0, 2: 1.0}
    assert "100% dead" in panel.fraction_labels[0].text()


def test_depth_panel_paints_the_engine_histograms_and_copies(qtbot):
    stub = SessionStub("zero_init", steps=20)
    stub.send(S.SetInstruments(("depth",)))
    panel = DepthPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    profile = stub.snapshot.instruments["depth"]["profile"]
    assert np.array_equal(panel.A_counts, [p.A_counts for p in profile])
    assert np.array_equal(panel.dW_counts, [p.dW_counts for p in profile])
    assert panel.std_dW == [p.std_dW for p in profile]
    x, y = panel.std_A_curve.getData()
    assert list(x) == [1, 2]                                   # hidden layers only: A⁽³⁾ is ŷ (issue 12)
    assert panel.std_A == [p.std_A for p in profile[:2]]
    assert "layer 1: units 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 are identical" in panel.identical_label.text()


def test_depth_panel_says_when_no_units_are_copies(qtbot):
    stub = SessionStub("xavier_he")
    stub.send(S.SetInstruments(("depth",)))
    panel = DepthPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    assert "symmetry is broken" in panel.identical_label.text()


def test_gradient_check_panel_runs_once_and_shows_the_numbers(qtbot):
    stub = SessionStub("gradient_checking", steps=50)
    panel = GradCheckPanel(stub)
    qtbot.addWidget(panel)
    assert not panel.break_box.isEnabled()                    # only in its lesson
    panel.run_button.click()
    assert stub.sent[-1] == S.RunGradCheck(None, 2.0)
    panel.show_snapshot(stub.snapshot)
    r = stub.snapshot.instruments["gradcheck"]["result"]
    assert f"{r.difference:.2e}" in panel.overall.text() and "correct" in panel.overall.text()
    assert "dropout is off" in panel.watch.text().lower()
    assert panel.table.rowCount() == 3
    for row, (k, d) in enumerate(sorted(r.per_layer.items())):
        assert panel.table.item(row, 0).text() == str(k)
        assert panel.table.item(row, 1).text() == f"{d:.2e}"
        assert panel.table.item(row, 2).text() == "correct"
    assert panel.kink.isHidden()


def test_break_backprop_points_at_the_layer(qtbot):
    stub = SessionStub("gradient_checking")
    panel = GradCheckPanel(stub)
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    panel.set_break_allowed(True)
    panel.break_box.setChecked(True)
    panel.layer_box.setValue(3)
    panel.factor_box.setValue(1.5)
    panel.run()
    assert stub.sent[-1] == S.RunGradCheck(3, 1.5)
    panel.show_snapshot(stub.snapshot)
    assert [panel.table.item(r, 2).text() for r in range(3)] == ["correct", "correct", "wrong"]
    assert "wrong" in panel.overall.text()
    panel.set_break_allowed(False)
    assert not panel.break_box.isChecked()


def test_kink_note_for_relu(qtbot):
    stub = SessionStub("zero_init", steps=5)                  # ReLU units all at z = 0: on the kink
    panel = GradCheckPanel(stub)
    qtbot.addWidget(panel)
    panel.run()
    panel.show_snapshot(stub.snapshot)
    r = stub.snapshot.instruments["gradcheck"]["result"]
    assert r.kink_crossed and not panel.kink.isHidden() and "kink" in panel.kink.text()


def test_paths_panel_animates_the_engine_paths(qtbot):
    stub = SessionStub("optimizers")
    panel = PathsPanel(stub)
    qtbot.addWidget(panel)
    panel.run_button.click()
    assert stub.sent[-1] == S.RunPaths("bowl")
    panel.show_snapshot(stub.snapshot)
    paths = stub.snapshot.instruments["paths"]
    assert panel.timer.isActive() and panel.frame == 0
    qtbot.waitUntil(lambda: panel.frame >= 2, timeout=5000)
    panel.finish()
    for name, line in panel.lines.items():
        x, y = line.getData()
        assert np.array_equal(np.column_stack([x, y]), paths.paths[name])
    assert len(panel.contours) > 0
    panel.replay_button.click()
    x, _ = panel.lines["adam"].getData()
    assert len(x) == 1
    panel.timer.stop()


def test_paths_on_the_network_weights(qtbot):
    stub = SessionStub("input_normalization")
    panel = PathsPanel(stub)
    qtbot.addWidget(panel)
    panel.surface_box.setCurrentIndex(panel.surface_box.findData("network"))
    panel.run()
    panel.show_snapshot(stub.snapshot)
    panel.finish()
    assert panel.plot.getPlotItem().getAxis("bottom").labelText == "W1[0, 0]"
    x, y = panel.lines["gd"].getData()
    assert np.array_equal(np.column_stack([x, y]), stub.snapshot.instruments["paths"].paths["gd"])


def test_schedule_curve_and_epoch_marker(qtbot):
    stub = SessionStub("lr_decay", steps=200)
    panel = PathsPanel(stub)
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    t = stub.snapshot.config["training"]
    want = ins.schedule_curve("inverse_time", t["learning_rate"], t["decay_rate"], t["decay_interval"], epochs=t["epochs"])
    x, y = panel.schedule_curve.getData()
    assert np.array_equal(y, want.alpha)
    assert panel.epoch_marker.value() == stub.snapshot.epoch > 0


def test_visible_text_goes_through_the_translator(qtbot, shouting):
    stub = SessionStub("gradient_checking")
    stub.send(S.SetInstruments(("activations", "depth")))
    with shouting():
        panels = [ActivationPanel(), DepthPanel(), GradCheckPanel(stub), PathsPanel(stub)]
        for p in panels:
            qtbot.addWidget(p)
        stub.send(S.RunGradCheck())
        for p in panels:
            p.show_snapshot(stub.snapshot)
    act, depth, grad, paths = panels
    assert act.watch.text().startswith("<B>WHAT TO WATCH:</B>")
    assert act.fraction_labels[0].text() .startswith("LAYER 1 (tanh): 0% SATURATED; MEAN G′(Z) ")
    assert "SYMMETRY IS BROKEN" in depth.identical_label.text()
    assert grad.run_button.text() == "RUN GRADIENT CHECK" and "CORRECT" in grad.overall.text()
    assert grad.table.item(0, 2).text() == "CORRECT"
    assert paths.run_button.text() == "DRAW THE PATHS" and paths.surface_box.itemText(0) == "ELONGATED BOWL"
    assert depth.linear_box.text().startswith("DEEP LINEAR NETWORK") and "EXPLODES" in depth.deep_linear.words.text()
    assert "CORRECT" in grad.one_d.text()


def test_depth_panel_draws_the_finite_parts_of_non_finite_spreads(qtbot):
    """A diverged network or a huge initialization gives std = inf or NaN at some layers (issue 14):
    the panel says so in words, draws the layers whose spread is finite, and never raises."""
    import dataclasses

    stub = SessionStub("xavier_he")
    stub.send(S.SetInstruments(("depth",)))
    snap = stub.snapshot
    profile = list(snap.instruments["depth"]["profile"])
    L = len(profile)
    profile[0] = dataclasses.replace(profile[0], std_A=float("inf"))
    profile[1] = dataclasses.replace(profile[1], std_dW=float("nan"))
    depth = dict(snap.instruments["depth"], profile=profile)
    bad = dataclasses.replace(snap, instruments=dict(snap.instruments, depth=depth))
    panel = DepthPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(bad)
    assert "not finite" in panel.identical_label.text()
    assert "at layer 1, 2:" in panel.identical_label.text()
    x, y = panel.std_A_curve.getData()
    assert list(x) == list(range(2, L)) and np.isfinite(y).all()    # layer 1's inf and the output left out
    x, y = panel.std_dW_curve.getData()
    assert 2 not in list(x) and np.isfinite(y).all()
    lo, hi = panel.std_plot.getPlotItem().getViewBox().state["targetRange"][1]
    assert np.isfinite(lo) and np.isfinite(hi)
    everything = dataclasses.replace(snap, instruments=dict(snap.instruments, depth=dict(depth, profile=[
        dataclasses.replace(p, std_A=float("nan"), std_dW=float("inf")) for p in profile])))
    panel.show_snapshot(everything)                           # nothing finite at all: words, no plot
    assert "not finite" in panel.identical_label.text()
    assert len(panel.std_A_curve.getData()[0] or ()) == 0
    panel.show_snapshot(snap)                                 # finite again: the note goes
    assert "not finite" not in panel.identical_label.text()


def test_averages_panel_draws_the_engines_averages_of_either_series(qtbot):
    from nnsim import curves
    from nnsim_ui.lessons.ewa_panel import BETAS, AveragesPanel
    panel = AveragesPanel()
    qtbot.addWidget(panel)
    theta = curves.temperature_series()
    want = curves.averages(theta, BETAS)
    for beta in BETAS:                                       # bias-corrected by default
        np.testing.assert_array_equal(panel.curves[beta].getData()[1], want.v_hat[beta])
    assert "0.02·θ₁" in panel.first_label.text()
    panel.correct_box.setChecked(False)                      # v as it is, from 0
    for beta in BETAS:
        np.testing.assert_array_equal(panel.curves[beta].getData()[1], want.v[beta])
    panel.source_box.setCurrentIndex(panel.source_box.findData("costs"))
    assert "press Play" in panel.first_label.text()
    stub = SessionStub("minibatch", steps=60)
    panel.show_snapshot(stub.snapshot)
    costs = np.asarray(stub.snapshot.batch_costs)[:, 1]
    np.testing.assert_array_equal(panel.points.getData()[1], costs)
    np.testing.assert_allclose(panel.curves[0.9].getData()[1], curves.averages(costs, (0.9,)).v[0.9], rtol=0)


def test_neuron_panel_sliders_set_the_engines_weights_and_follow_training(qtbot):
    from nnsim_ui.lessons.neuron_panel import SCALE, NeuronPanel

    class Stub(SessionStub):
        def set_weight(self, layer, row, col, value):
            self.send(S.SetWeight(layer, row, col, value))

    stub = Stub("one_neuron")
    panel = NeuronPanel(stub)
    qtbot.addWidget(panel)
    panel.show_snapshot(stub.snapshot)
    assert panel.fits and "0.6931" in panel.figures.text()              # every weight 0: ln 2
    panel.sliders[0].setValue(int(-2 * SCALE))                          # drag w₁ to −2
    assert stub.sent[-1] == S.SetWeight(1, 0, 0, -2.0)
    panel.sliders[-1].setValue(int(0.5 * SCALE))                        # and b to 0.5
    assert stub.sent[-1] == S.SetWeight(1, 0, -1, 0.5)
    panel.show_snapshot(stub.snapshot)
    assert stub.snapshot.weights[1][0, 0] == -2.0 and stub.snapshot.biases[1][0] == 0.5
    assert format_loss(stub.snapshot) in panel.figures.text()
    sent = len(stub.sent)
    stub.send(S.Step(50))                                               # training moves the weights
    panel.show_snapshot(stub.snapshot)
    assert panel.sliders[0].value() == round(float(stub.snapshot.weights[1][0, 0]) * SCALE)
    assert all(not isinstance(c, S.SetWeight) for c in stub.sent[sent:])   # following sends nothing back
    other = SessionStub("activations")
    panel.show_snapshot(other.snapshot)
    assert not panel.fits and not panel.sliders[0].isEnabled() and "2 – 4 – 4 – 1" in panel.note.text()


def format_loss(snapshot) -> str:
    from nnsim_ui.text.numbers import format_number
    return format_number(snapshot.figures["train"]["loss"])


def test_depth_panel_runs_the_courses_deep_linear_network(qtbot):
    """W = a·I, linear, L layers: the points are the matrices' signal and gradient, on a^l and a^(L−l)."""
    panel = DepthPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 520)
    panel.show()
    assert panel.stack.currentIndex() == 0
    panel.linear_box.setChecked(True)
    assert panel.stack.currentIndex() == 1
    view = panel.deep_linear
    view.a_box.setValue(0.5)
    view.L_box.setValue(12)
    x, y = view.signal_points.xData, view.signal_points.yData        # as given (getData: as drawn, log)
    assert list(x) == list(range(1, 13))
    np.testing.assert_allclose(y, 0.5 ** np.arange(1, 13), rtol=1e-12)
    g = view.gradient_points.yData
    np.testing.assert_allclose(g, 0.5 ** (12 - np.arange(1, 13)), rtol=1e-12)
    f = view.signal_formula.yData
    np.testing.assert_allclose(f, y, rtol=1e-12)
    assert "vanishes" in view.words.text() and "0.0002441" in view.words.text()     # 0.5^12
    view.a_box.setValue(1.0)
    assert "keep their size" in view.words.text()
    panel.linear_box.setChecked(False)
    assert panel.stack.currentIndex() == 0


def test_shift_panel_draws_the_engines_bands_per_layer_against_the_step(qtbot):
    from nnsim_ui.lessons.shift_panel import ShiftPanel
    stub = SessionStub("batch_norm")
    panel = ShiftPanel()
    qtbot.addWidget(panel)
    assert panel.needs == ("shift",)
    panel.show_snapshot(stub.snapshot)                       # no instrument data yet: nothing breaks
    assert panel.lines == [] and "press Play" in panel.words.text()
    stub.send(S.SetInstruments(panel.needs))
    for _ in range(4):
        stub.send(S.Step(25))
    panel.show_snapshot(stub.snapshot)
    data = stub.snapshot.instruments["shift"]
    q = data["quantiles"]
    assert data["steps"].tolist() == [0, 25, 50, 75, 100] and len(panel.lines) == len(panel.bands) == 5
    for k, (low, mid, high) in enumerate(panel.lines):
        for line, i in ((low, 0), (mid, 1), (high, 2)):
            x, y = line.getData()
            np.testing.assert_array_equal(x, data["steps"])
            np.testing.assert_array_equal(y, q[:, k, i])
    from nnsim_ui.text.numbers import format_number
    import re
    words = re.sub(r"<[^>]+>", "", panel.words.text()).replace("&nbsp;", " ")     # as the label shows it
    assert words.startswith("Step 100, width of each band (at step 0): ■ layer 1: ")
    now, then = q[-1, 4, 2] - q[-1, 4, 0], q[0, 4, 2] - q[0, 4, 0]
    assert words.endswith(f"layer 5: {format_number(now)} ({format_number(then)})")
    assert panel.words.text().count("■") == 5                               # each layer's colour, as a key

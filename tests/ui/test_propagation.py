"""The canvas in propagation and step-by-step modes (ui/canvas/view.py, ui/canvas/phase.py), and GIF export.

An in-process ``nnsim.session.Session`` produces the snapshots, driven by a
fake clock (time passes only as the session looks at it, as in
tests/test_session.py), so a propagation run at a fixed speed gives the same
phases every time; the canvas paints them with no engine process.
"""
from __future__ import annotations

import sys

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QObject  # noqa: E402

from nnsim import session as S  # noqa: E402
from nnsim_ui.canvas.view import NetworkCanvas  # noqa: E402
from nnsim_ui.canvas.items import CUT  # noqa: E402
from nnsim_ui.step.panel import StepPanel  # noqa: E402

from test_session import FakeClock  # noqa: E402  (time passes only as the code reads it)

pytestmark = pytest.mark.ui

ORDER = [("forward", 1), ("forward", 2), ("forward", 3), ("loss", None),
         ("backward", 3), ("backward", 2), ("backward", 1), ("update", None)]


class StubController(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list = []

    def send(self, command) -> None:
        self.sent.append(command)


def snapshots(msgs):
    return [m for m in msgs if isinstance(m, S.Snapshot)]


def make_canvas(qtbot, size=(760, 480)) -> NetworkCanvas:
    canvas = NetworkCanvas(None)
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def step_snapshots(session: S.Session, n: int) -> list[S.Snapshot]:
    out = []
    for _ in range(n):
        session.handle(S.PhaseNext())
        out.append(snapshots(session.take())[-1])
    return out


def dropout_config(keep_prob=0.5):
    cfg = S.default_config()
    cfg["network"]["hidden"] = [6, 5]
    cfg["training"]["keep_prob"] = keep_prob
    return cfg


def test_highlighted_layer_follows_a_propagation_run(qtbot):
    clock = FakeClock()
    session = S.Session(clock=clock)
    canvas = make_canvas(qtbot)
    session.handle(S.SetMode("propagation"))
    session.handle(S.SetSpeed(0.5))          # one step every 2 s of the fake clock: 8 phases, 4 a second
    session.handle(S.Play())
    for snap in snapshots(session.take()):
        canvas.show_snapshot(snap)
    phases, layers = [], []
    start = clock.now
    while clock.now - start < 4.0:
        session.work()
        for snap in snapshots(session.take()):
            assert snap.mode == "propagation" and snap.animating
            canvas.show_snapshot(snap)
            if snap.phase is not None and (not phases or canvas.highlighted_phase != phases[-1]):
                phases.append(canvas.highlighted_phase)
                layers.append(canvas.highlighted_layer)
                assert canvas.pulse_running                 # a pulse runs between phase snapshots
    assert phases[:16] == ORDER * 2
    assert layers[:8] == [1, 2, 3, 3, 3, 2, 1, None]
    # the pulse moves on at the display's frame rate while the UI thread is free (no blocking)
    session.handle(S.Pause())
    paused = snapshots(session.take())[-1]
    canvas.show_snapshot(paused)
    assert canvas.highlighted_phase == phases[-1]          # pausing keeps the phase on screen


def test_the_pulse_moves_along_the_links_between_phase_snapshots(qtbot):
    session = S.Session()
    canvas = make_canvas(qtbot)
    session.handle(S.SetMode("propagation"))
    session.handle(S.SetSpeed(0.25))          # 8 phases in 4 s: each pulse runs ~450 ms
    session.handle(S.PhaseNext())
    snap = snapshots(session.take())[-1]
    from dataclasses import replace
    snap = replace(snap, animating=True, speed=0.25)
    canvas.show_snapshot(snap)
    assert canvas.pulse_running and canvas.pulse_progress is not None and canvas.pulse_progress < 0.5
    qtbot.waitUntil(lambda: (canvas.pulse_progress or 0.0) > 0.5, timeout=3000)
    qtbot.waitUntil(lambda: not canvas.pulse_running, timeout=3000)
    assert canvas.pulse_progress is None                    # the pulse arrived; the highlight stays
    assert canvas.highlighted_phase == ("forward", 1)
    dots = canvas.overlay.dots[1].path().elementCount() + canvas.overlay.dots[-1].path().elementCount()
    assert dots == 0
    canvas.set_pulse_progress(0.5)
    assert canvas.overlay.dots[1].path().elementCount() + canvas.overlay.dots[-1].path().elementCount() > 0


def test_forward_lights_the_links_into_the_layer_by_w_times_a(qtbot):
    session = S.Session()
    session.handle(S.Step(30))
    canvas = make_canvas(qtbot)
    snaps = step_snapshots(session, 2)
    canvas.set_focus_example(3)
    for snap in snaps:
        canvas.show_snapshot(snap)
    view = snaps[1].phase
    glow = canvas.overlay.glows[2]
    signal = view.values["W"] * view.values["A_prev"][3][None, :]
    lit = glow.buckets != 0
    assert lit.any()
    assert np.array_equal(np.sign(glow.buckets[lit]), np.sign(signal[lit]))
    strongest = np.unravel_index(np.argmax(np.abs(signal)), signal.shape)
    assert abs(glow.buckets[strongest]) == np.abs(glow.buckets).max()
    assert all(node.emphasis is not None for node in canvas.layers[2])
    assert all(node.emphasis is None for node in canvas.layers[1])
    assert canvas.overlay.bands[2].isVisible() and not canvas.overlay.bands[1].isVisible()


def test_backward_colours_links_by_dW_and_neurons_by_dZ(qtbot):
    session = S.Session()
    session.handle(S.Step(30))
    canvas = make_canvas(qtbot)
    for snap in step_snapshots(session, 6):                # …, backward 2
        canvas.show_snapshot(snap)
    assert canvas.highlighted_phase == ("backward", 2)
    view = canvas.snapshot.phase
    glow = canvas.overlay.glows[2]
    lit = glow.buckets != 0
    assert lit.any() and np.array_equal(np.sign(glow.buckets[lit]), np.sign(view.values["dW"][lit]))
    dz = view.values["dZ"].mean(axis=0)
    frames = [node.emphasis.color() for node in canvas.layers[2]]
    for value, colour in zip(dz, frames):
        if abs(value) > 0.3 * np.abs(dz).max():            # clearly signed: orange for +, blue for −
            assert (colour.red() > colour.blue()) == (value > 0)


def test_update_highlights_every_layer_by_the_change_of_its_weights(qtbot):
    session = S.Session()
    canvas = make_canvas(qtbot)
    for snap in step_snapshots(session, 8):
        canvas.show_snapshot(snap)
    assert canvas.highlighted_phase == ("update", None) and canvas.highlighted_layer is None
    view = canvas.snapshot.phase
    for k, glow in canvas.overlay.glows.items():
        delta = np.abs(view.values["W_new"][k] - view.values["W_old"][k])
        assert glow.style == "glow"
        biggest = np.unravel_index(np.argmax(delta), delta.shape)
        assert glow.buckets[biggest] == np.max(glow.buckets)


def test_live_snapshots_clear_the_highlight(qtbot):
    session = S.Session()
    canvas = make_canvas(qtbot)
    for snap in step_snapshots(session, 3):
        canvas.show_snapshot(snap)
    assert canvas.highlighted_layer == 3
    session.handle(S.SetMode("live"))
    canvas.show_snapshot(snapshots(session.take())[-1])
    assert canvas.highlighted_phase is None and canvas.highlighted_layer is None
    assert all(item.opacity() == 1.0 for b in canvas.bundles.values() for item in b.items.values())
    assert not any(glow.items[1].isVisible() for glow in canvas.overlay.glows.values())


def test_dropout_greys_the_dropped_neurons_and_cuts_their_links(qtbot):
    session = S.Session(dropout_config(0.5))
    canvas = make_canvas(qtbot)
    snaps = step_snapshots(session, 2)                     # forward 1 and 2: masks of layers 1 and 2
    mask1 = snaps[0].phase.values["mask"]
    e = int(np.argmax((mask1 == 0).sum(axis=1)))            # an example that dropped something
    canvas.set_focus_example(e)
    for snap in snaps:
        canvas.show_snapshot(snap)
    dropped = mask1[e] == 0
    assert dropped.any()
    assert [node.dropped for node in canvas.layers[1]] == dropped.tolist()
    for i, node in enumerate(canvas.layers[1]):
        assert node.image.opacity() == pytest.approx(0.15 if dropped[i] else 1.0)
    # links into and out of a dropped unit are cut for the step, and no other
    dropped2 = snaps[1].phase.values["mask"][e] == 0
    assert np.array_equal(canvas.bundles[1].buckets == CUT, np.repeat(dropped[:, None], 2, axis=1))
    assert np.array_equal(canvas.bundles[2].buckets == CUT, dropped2[:, None] | dropped[None, :])
    assert np.array_equal(canvas.bundles[3].buckets == CUT, np.broadcast_to(dropped2[None, :], (1, 5)))
    # the whole batch: greyed by the share of examples that keep each unit
    canvas.set_focus_example(-1)
    kept = (mask1 != 0).mean(axis=0)
    assert [node.kept for node in canvas.layers[1]] == pytest.approx(kept.tolist())
    # the step done and training live again: nothing greyed, nothing cut
    session.handle(S.SetMode("live"))
    canvas.show_snapshot(snapshots(session.take())[-1])
    assert not any(node.dropped for node in canvas.layers[1])
    assert not (canvas.bundles[2].buckets == CUT).any()


def test_a_later_phase_alone_cuts_the_dropped_links_of_every_layer_so_far(qtbot):
    """Shown only the backward phase of layer 1 (a canvas opened mid-step, or Previous after a
    restart), the canvas still cuts the links of units dropped in layers 1 and 2: the phase
    carries the step's masks."""
    session = S.Session(dropout_config(0.5))
    canvas = make_canvas(qtbot)
    snaps = step_snapshots(session, 6)                     # forward 1..3, loss, backward 3 and 2
    mask1, mask2 = snaps[0].phase.values["mask"], snaps[1].phase.values["mask"]
    e = int(np.argmax((mask1 == 0).sum(axis=1) + (mask2 == 0).sum(axis=1)))
    canvas.set_focus_example(e)
    canvas.show_snapshot(snaps[-1])
    dropped, dropped2 = mask1[e] == 0, mask2[e] == 0
    assert dropped.any() or dropped2.any()
    assert np.array_equal(canvas.bundles[2].buckets == CUT, dropped2[:, None] | dropped[None, :])
    assert [node.dropped for node in canvas.layers[1]] == dropped.tolist()


def test_a_click_on_a_neuron_focuses_it_in_the_step_panel(qtbot):
    session = S.Session()
    canvas = make_canvas(qtbot)
    panel = StepPanel(StubController())
    qtbot.addWidget(panel)
    canvas.neuronClicked.connect(panel.focus_neuron)
    canvas.neuronClicked.connect(canvas.set_focus_neuron)
    panel.exampleFocused.connect(canvas.set_focus_example)
    for snap in step_snapshots(session, 2):
        canvas.show_snapshot(snap)
        panel.show_snapshot(snap)
    node = canvas.layers[2][1]
    from PySide6.QtCore import Qt
    with qtbot.waitSignal(canvas.neuronClicked, check_params_cb=lambda k, i: (k, i) == (2, 1)):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.viewport_pos_of(node))
    assert panel.model["neuron"] == 1 and panel.neuron_spin.value() == 2
    assert node.emphasis.widthF() > canvas.layers[2][0].emphasis.widthF()     # the focused one stands out
    panel.focus_example(4)
    assert canvas._focus_example == 4


# -- animated GIF -----------------------------------------------------------------------------
def test_gif_export_writes_a_multi_frame_gif_atomically(qtbot, tmp_path):
    Image = pytest.importorskip("PIL.Image")
    from nnsim_ui.canvas.gif import PhaseRecorder, export_animation
    session = S.Session(dropout_config(0.8))
    recorder = PhaseRecorder(steps=1)
    snaps = step_snapshots(session, 8)
    for snap in snaps:
        recorder.record(snap)
    assert recorder.snapshots(complete_only=True) == snaps
    target = tmp_path / "step.gif"
    n = export_animation(recorder.snapshots(), target, size=(420, 260), fps=8)
    assert n == 8 * 5                                      # 5 frames (0.6 s at 8 fps) for each phase
    with Image.open(target) as gif:
        assert gif.format == "GIF" and gif.size == (420, 260) and gif.n_frames > 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["step.gif"]       # no temporary file left
    views = [s.phase for s in snaps[:3]]                    # phase views, with the network they belong to
    export_animation(views, tmp_path / "views.gif", size=(300, 200), fps=4, base=snaps[0])
    with Image.open(tmp_path / "views.gif") as gif:
        assert gif.n_frames > 1


def test_gif_export_without_pillow_says_how_to_get_it(qtbot, tmp_path, monkeypatch):
    from nnsim_ui.canvas.gif import GifUnavailable, export_animation
    monkeypatch.setitem(sys.modules, "PIL", None)           # as if Pillow were not installed
    session = S.Session()
    snaps = step_snapshots(session, 1)
    with pytest.raises(GifUnavailable, match=r"pip install 'nnsim\[gif\]'"):
        export_animation(snaps, tmp_path / "x.gif")
    assert not list(tmp_path.iterdir())


def _batch_cost(session: S.Session, view, which: str) -> float:
    """J of the phase's mini-batch at the weights before (``which="old"``) or after ("new") the update,
    computed here from those weights: cross-entropy of a copy of the network plus L2's (λ/2m)·Σ‖W‖²."""
    t = session.trainer
    net = t.network.copy()
    for k in range(1, net.depth + 1):
        net.weights[k][...] = view.values[f"W_{which}"][k]
        net.biases[k][...] = view.values[f"b_{which}"][k]
    X, Y = t.problem.X["train"][view.batch], t.problem.Y["train"][view.batch]
    A = net.forward(X).output.ravel()
    y = np.asarray(Y, dtype=float).ravel()
    l2 = t.config.training["l2"]
    return float(-np.mean(y * np.log(A) + (1 - y) * np.log(1 - A))
                 + l2 / (2 * len(y)) * sum(np.sum(net.weights[k] ** 2) for k in range(1, net.depth + 1)))


def test_update_shows_the_cost_of_the_same_batch_before_and_after_the_step(qtbot):
    cfg = S.default_config()
    cfg["training"]["l2"] = 0.05
    session = S.Session(cfg)
    session.handle(S.Step(20))
    canvas = make_canvas(qtbot)
    snaps = step_snapshots(session, 8)
    for snap in snaps[:-1]:
        canvas.show_snapshot(snap)
        assert not canvas.overlay.label.isVisible() or snap.phase.kind == "loss"
    canvas.show_snapshot(snaps[-1])
    view = snaps[-1].phase
    assert view.kind == "update"
    before, after = view.values["cost_before"], view.values["cost_after"]
    assert before == pytest.approx(_batch_cost(session, view, "old"), rel=1e-12)       # the engine's numbers,
    assert after == pytest.approx(_batch_cost(session, view, "new"), rel=1e-12)        # recomputed here
    assert after < before                                                               # the step helped
    loc = canvas.locale()
    shown = canvas.overlay.label
    assert shown.isVisible()
    g4 = lambda x: loc.toString(float(x), "g", 4)                                       # noqa: E731
    assert shown.text().splitlines() == [f"J {g4(before)} → {g4(after)} (−{g4(before - after)})",
                                         "this mini-batch, after the update"]

"""The Lessons menu, the lesson registry and the Lesson panel (issue 6).

Texts and goal checks are tested on real snapshots from an in-process Session (changed with
``dataclasses.replace`` where a test needs a particular figure); one test drives the real
MainWindow and Controller through every entry of the Lessons menu.
"""
from __future__ import annotations

import dataclasses

import pytest

from nnsim import curves as ins
from nnsim import presets
from nnsim import session as S
from nnsim_ui.lessons.texts import LESSONS, tr_lesson
from nnsim_ui.lessons.menu import LessonPanel

pytestmark = pytest.mark.ui
WAIT = 15_000


def snap_of(pid: str, steps: int = 0, **figures) -> S.Snapshot:
    s = S.Session(presets.load(pid).to_dict())
    if steps:
        s.handle(S.Step(steps))
    snap = s.snapshot()
    if figures:
        new = dict(snap.figures)
        for split, acc in figures.items():
            new[split] = {"loss": 0.1, "accuracy": acc}
        snap = dataclasses.replace(snap, figures=new)
    return snap


def with_config(snap: S.Snapshot, **changes) -> S.Snapshot:
    from nnsim import config as C
    cfg = C.parse(snap.config).replace({k.replace("__", "."): v for k, v in changes.items()}).to_dict()
    return dataclasses.replace(snap, config=cfg)


def test_one_lesson_per_preset_with_every_text():
    assert tuple(LESSONS) == presets.PRESET_IDS
    for lesson in LESSONS.values():
        for text in (lesson.title, lesson.idea, lesson.todo, lesson.watch, lesson.question):
            assert text.strip() and text == tr_lesson(text)
        assert set(lesson.instruments) <= {"activations", "depth", "gradcheck", "paths"}
    assert LESSONS["forward_backward"].mode == "step" and LESSONS["tuning"].tuning


def test_deep_sigmoid_fact_is_told_not_denied():
    assert "whatever the initialization" in LESSONS["xavier_he"].idea


def test_momentum_is_asked_about_its_own_beta():
    """Momentum's parameter is β (β₁ is Adam's): no β₁ next to momentum in any lesson (issue #12)."""
    import re
    for lesson in LESSONS.values():
        for text in (lesson.idea, lesson.todo, lesson.watch, lesson.question):
            for sentence in re.split(r"(?<=[.?!])\s", text):
                assert not ("β₁" in sentence and "momentum" in sentence.lower()), sentence
    assert "β = 0.9" in LESSONS["optimizers"].question


def test_layer_indices_are_bracketed_superscripts_not_powers():
    """W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾, as the rest of the app writes layers; never W²… (issue #12)."""
    idea = LESSONS["nonlinearity"].idea
    assert "W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾" in idea
    for power in ("W²", "W¹", "b¹", "b²"):
        assert power not in idea


def test_forward_backward_gives_every_backward_formula_with_its_layer():
    """dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾), dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ, db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾,
    dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾ (issue #12)."""
    idea = LESSONS["forward_backward"].idea
    for formula in ("Z⁽ˡ⁾ = W⁽ˡ⁾·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾", "A⁽ˡ⁾ = g(Z⁽ˡ⁾)", "dZ⁽ᴸ⁾ = A⁽ᴸ⁾ − Y",
                    "dZ⁽ˡ⁾ = dA⁽ˡ⁾ ⊙ g′(Z⁽ˡ⁾)", "dW⁽ˡ⁾ = (1/m)·dZ⁽ˡ⁾·A⁽ˡ⁻¹⁾ᵀ", "db⁽ˡ⁾ = (1/m)·Σ dZ⁽ˡ⁾",
                    "dA⁽ˡ⁻¹⁾ = W⁽ˡ⁾ᵀ·dZ⁽ˡ⁾", "W⁽ˡ⁾ := W⁽ˡ⁾ − α·dW⁽ˡ⁾", "b⁽ˡ⁾ := b⁽ˡ⁾ − α·db⁽ˡ⁾"):
        assert formula in idea, formula
    assert "dW = (1/m)·dZ·Aᵀ" not in idea


def test_zero_init_goal_needs_the_failure_first_then_he(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.show_lesson(LESSONS["zero_init"])
    assert "not reached yet" in panel.goal_label.text()
    zeros = snap_of("zero_init", steps=5)
    he_good = with_config(snap_of("zero_init", steps=5, test=0.95), network__init="he_normal")
    panel.show_snapshot(he_good)                              # He straight away: no failure seen yet
    assert not panel.goal.reached
    panel.show_snapshot(zeros)
    assert not panel.goal.reached
    panel.show_snapshot(with_config(snap_of("zero_init", steps=5, test=0.7), network__init="he_normal"))
    assert not panel.goal.reached                            # He, but not learnt yet
    panel.show_snapshot(he_good)
    assert panel.goal.reached and "Goal reached ✓" in panel.goal_label.text()
    panel.show_snapshot(zeros)
    assert panel.goal.reached                                 # stays reached


def test_regularization_goal_is_judged_at_the_end_against_the_plain_gap(qtbot):
    from nnsim import goals
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.show_lesson(LESSONS["overfitting_regularization"])
    epochs = presets.load("overfitting_regularization").training["epochs"]
    limit = goals.OVERFITTING_PLAIN_LOSS_GAP / 3                       # 1.224 / 3 = 0.408

    def at(epoch, train_loss, dev_loss, dev_acc=0.9, **changes):
        snap = with_config(snap_of("overfitting_regularization", steps=5), **changes)
        figures = dict(snap.figures, train={"loss": train_loss, "accuracy": 0.95},
                       dev={"loss": dev_loss, "accuracy": dev_acc})
        return dataclasses.replace(snap, epoch=epoch, figures=figures)

    panel.show_snapshot(at(10, 0.3, 0.3, training__l2=1e-6))             # early: any regulariser looks fine
    assert not panel.goal.reached
    panel.show_snapshot(at(epochs, 0.3, 0.3))                            # the end, but no regulariser
    assert not panel.goal.reached
    panel.show_snapshot(at(epochs, 0.1, 0.1 + 1.1 * limit, training__l2=0.7))    # gap above a third
    assert not panel.goal.reached
    panel.show_snapshot(at(epochs, 0.1, 0.1 + 0.9 * limit, dev_acc=0.75, training__l2=0.7))   # dev < 80%
    assert not panel.goal.reached
    panel.show_snapshot(at(epochs, 0.1, 0.1 + 0.9 * limit, training__keep_prob=0.7))
    assert panel.goal.reached and "Goal reached ✓" in panel.goal_label.text()
    assert "0.41" in panel.goal.text and "1.22" in panel.goal.text


def test_gradient_check_goal_on_a_broken_layer(qtbot):
    s = S.Session(presets.load("gradient_checking").to_dict())
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.show_lesson(LESSONS["gradient_checking"])
    s.handle(S.RunGradCheck())
    panel.show_snapshot(s.take()[-1])
    assert not panel.goal.reached
    s.handle(S.RunGradCheck(1, 3.0))
    panel.show_snapshot(s.take()[-1])
    assert panel.goal.reached


def test_lesson_texts_go_through_the_translator(qtbot, shouting):
    with shouting():
        panel = LessonPanel()
        qtbot.addWidget(panel)
        panel.show_lesson(LESSONS["zero_init"])
    assert panel.title.text() == "ZERO INITIALIZATION"
    assert "<b>THE IDEA</b><br>IF EVERY WEIGHT STARTS AT 0" in panel.body.text()
    assert "MAKE ZERO INITIALIZATION FAIL" in panel.goal_label.text()


# -- the real window ----------------------------------------------------------------------------


def test_every_lessons_menu_entry_loads_its_preset_and_texts(qtbot, window):
    ui = window.lessons
    c = window.controller
    titles = [a.text() for a in ui.menu.actions() if not a.isSeparator() and a.menu() is None]
    assert titles == [tr_lesson(lesson.title) for lesson in LESSONS.values()]
    for pid, lesson in LESSONS.items():
        ui.actions[pid].trigger()
        want = presets.load(pid).to_dict()
        qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.config == want, timeout=WAIT)
        assert ui.lesson_dock.isVisible() and ui.lesson_panel.title.text() == tr_lesson(lesson.title)
        assert tr_lesson(lesson.idea) in ui.lesson_panel.body.text()
        for name, dock in ui.docks.items():
            assert (name in lesson.instruments) == (not dock.isHidden()), (pid, name)
        # the lesson's instrument docks share a tab: the engine computes what the visible one needs
        needs = {n for name in lesson.instruments for n in ui.panels[name].needs}
        first = set(ui.panels[lesson.instruments[0]].needs) if lesson.instruments else set()
        qtbot.waitUntil(lambda: first <= set(c.instruments.names) <= needs, timeout=WAIT)
        if first:
            qtbot.waitUntil(lambda: c.snapshot is not None and first <= set(c.snapshot.instruments),
                            timeout=WAIT)
        assert ui.panels["gradcheck"].break_box.isEnabled() == (pid == "gradient_checking")
        if pid == "forward_backward":
            qtbot.waitUntil(lambda: c.snapshot.mode == "step", timeout=WAIT)
        if pid == "tuning" and getattr(window, "tuning_dock", None) is not None:
            assert window.tuning_dock.isVisible()


def test_activation_layer_choice_reaches_the_engine(qtbot, window):
    ui = window.lessons
    c = window.controller
    ui.actions["activations"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and "activations" in c.snapshot.instruments, timeout=WAIT)
    ui.panels["activations"].layer_box.setValue(2)
    qtbot.waitUntil(lambda: c.snapshot.instruments.get("activations") is not None
                    and c.snapshot.instruments["activations"].layer == 2, timeout=WAIT)
    ui.docks["activations"].hide()
    assert c.instruments.names == ()


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")   # the menu popup
def test_activation_panel_follows_per_layer_activations(qtbot, window):
    """Per-layer activations (a list in the config) never break the panel (issue 14): the shading
    follows the activation of the layer whose z is shown, and the panel keeps updating."""
    ui = window.lessons
    c = window.controller
    panel = ui.panels["activations"]
    ui.actions["activations"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and "activations" in c.snapshot.instruments, timeout=WAIT)
    menu = window.canvas.popup_activation_menu(2)              # layer 2's header menu: ReLU
    next(a for a in menu.actions() if a.data() == "relu").trigger()
    menu.close()                                              # layer 1 tanh, layer 2 relu: a list
    qtbot.waitUntil(lambda: c.snapshot.config["network"]["activation"] == ["tanh", "relu"], timeout=WAIT)
    qtbot.waitUntil(lambda: "Layer 2 (relu)" in panel.fraction_labels[1].text(), timeout=WAIT)
    assert panel.shade_box.currentData() == "tanh"            # layer 1's z is shown: tanh's bands
    panel.layer_box.setValue(2)
    qtbot.waitUntil(lambda: c.snapshot.instruments.get("activations") is not None
                    and c.snapshot.instruments["activations"].layer == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.shade_box.currentData() == "relu", timeout=WAIT)
    with qtbot.waitSignal(c.snapshotReady, check_params_cb=lambda s: s.step >= 5, timeout=WAIT):
        c.step(5)
    qtbot.waitUntil(lambda: panel.z_counts.sum() == c.snapshot.instruments["activations"].Z.size, timeout=WAIT)
    assert [r.getRegion() for r in panel.regions] == list(ins.activation_curves(["relu"])["relu"].saturated)

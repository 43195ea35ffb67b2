"""The Lessons menu, the lesson registry and the Lesson panel (issue 6).

Texts and goal checks are tested on real snapshots from an in-process Session (changed with
``dataclasses.replace`` where a test needs a particular figure); one test drives the real
MainWindow and Controller through every entry of the Lessons menu.
"""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from nnsim import curves as ins
from nnsim import session as S
from nnsim.lessons import LESSONS as ENGINE_LESSONS
from nnsim_ui.lessons.panel import DONE, TODO, LessonPanel
from nnsim_ui.lessons.texts import LESSONS, PANELS, tr_lesson

pytestmark = pytest.mark.ui
WAIT = 15_000


def test_one_text_per_lesson_with_every_text_and_one_line_per_step():
    assert tuple(LESSONS) == tuple(ENGINE_LESSONS)
    for lid, lesson in LESSONS.items():
        for text in (lesson.title, lesson.idea, *lesson.steps, lesson.watch, lesson.question):
            assert text.strip() and text == tr_lesson(text)
        assert len(lesson.steps) == len(ENGINE_LESSONS[lid].steps)
        assert (lesson.goal is None) == (ENGINE_LESSONS[lid].goal is None), lid
        assert set(lesson.instruments) <= {"activations", "depth", "gradcheck", "paths", "neuron", "averages", "shift"}
        assert lesson.panels and set(lesson.panels) <= set(PANELS) and lesson.front_panel in lesson.panels
    assert LESSONS["forward_backward"].mode == "step" and LESSONS["tuning"].tuning


def test_goal_texts_carry_the_engines_numbers():
    assert "90%" in LESSONS["nonlinearity"].goal_text() and "85%" in LESSONS["logistic_regression"].goal_text()
    assert "0.03" in LESSONS["input_normalization"].goal_text()
    overfit = LESSONS["overfitting_regularization"].goal_text()
    assert "0.41" in overfit and "1.22" in overfit and "80%" in overfit
    assert "93%" in LESSONS["handwritten_digits"].goal_text()
    assert "about 96%" in LESSONS["handwritten_digits"].question       # tests/engine/test_lessons.py checks it


def test_deep_sigmoid_fact_is_told_not_denied():
    assert "whatever the initialization" in LESSONS["xavier_he"].idea


def test_momentum_is_asked_about_its_own_beta():
    """Momentum's parameter is β (β₁ is Adam's): no β₁ next to momentum in any lesson (issue #12)."""
    import re
    for lesson in LESSONS.values():
        for text in (lesson.idea, *lesson.steps, lesson.watch, lesson.question):
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


def _snap(lesson_id: str, goal: bool | None, steps: int = 5) -> S.Snapshot:
    s = S.Session(ENGINE_LESSONS[lesson_id].config().to_dict())
    s.handle(S.SetLesson(lesson_id))
    if steps:
        s.handle(S.Step(steps))
    return dataclasses.replace(s.snapshot(), goal=goal)


def test_panel_shows_the_engines_verdict_and_ticks_steps(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.show_lesson(LESSONS["zero_init"])
    panel.show_config(ENGINE_LESSONS["zero_init"].config().to_dict())
    marks = [mark.text() for mark, _text, _button in panel.rows]
    assert marks == [TODO, TODO]
    assert panel.rows[0][2] is None and panel.rows[1][2].text() == "Do it"    # watch, then a change
    assert "not reached yet" in panel.goal_label.text()
    panel.show_snapshot(_snap("zero_init", False))
    assert "not reached yet" in panel.goal_label.text()
    assert panel.rows[0][0].text() == DONE                                    # trained: watched
    panel.show_config(ENGINE_LESSONS["zero_init"].config(upto=2).to_dict())    # He (normal) now
    assert panel.rows[1][0].text() == DONE
    panel.show_snapshot(_snap("zero_init", True))
    assert "Goal reached ✓" in panel.goal_label.text()
    panel.show_snapshot(_snap("nonlinearity", False))                         # another lesson's: ignored
    assert "Goal reached ✓" in panel.goal_label.text()


def test_lesson_texts_go_through_the_translator(qtbot, shouting):
    with shouting():
        panel = LessonPanel()
        qtbot.addWidget(panel)
        panel.show_lesson(LESSONS["zero_init"])
    assert panel.title.text() == "ZERO INITIALIZATION"
    assert "<b>THE IDEA</b><br>IF EVERY WEIGHT STARTS AT 0" in panel.idea.text()
    assert "FIX IT WITH HE NORMAL" in panel.goal_label.text()
    assert panel.rows[1][1].text().startswith("2. SET THE INITIALIZATION TO HE")


# -- the real window ----------------------------------------------------------------------------


def test_every_lessons_menu_entry_loads_its_preset_and_texts(qtbot, window):
    ui = window.lessons
    c = window.controller
    titles = [a.text() for a in ui.menu.actions() if not a.isSeparator() and a.menu() is None
              and a is not ui.free_action]
    assert titles == [tr_lesson(lesson.title) for lesson in LESSONS.values()]
    for pid, lesson in LESSONS.items():
        ui.actions[pid].trigger()
        want = ENGINE_LESSONS[pid].config().to_dict()
        qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.config == want
                        and c.snapshot.lesson == pid, timeout=WAIT)
        assert (c.snapshot.goal is None) == (lesson.goal is None)
        assert ui.lesson_dock.isVisible() and ui.lesson_panel.title.text() == tr_lesson(lesson.title)
        assert tr_lesson(lesson.idea) in ui.lesson_panel.idea.text()
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


def test_do_it_sends_the_steps_changes_undoably_and_ticks_the_step(qtbot, window):
    ui, c = window.lessons, window.controller
    ui.actions["logistic_regression"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.lesson == "logistic_regression", timeout=WAIT)
    button = ui.lesson_panel.rows[1][2]
    assert ui.lesson_panel.rows[1][0].text() == TODO
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.snapshot.config["network"]["hidden"] == [5]
                    and c.snapshot.config["network"]["activation"] == "tanh", timeout=WAIT)
    assert c.snapshot.config["network"]["init"] == "small_random"            # the preset's, kept
    assert ui.lesson_panel.rows[1][0].text() == DONE
    window.undo_action.trigger()                                             # one undo takes it back
    qtbot.waitUntil(lambda: c.snapshot.config["network"]["hidden"] == [], timeout=WAIT)
    assert ui.lesson_panel.rows[1][0].text() == TODO


def test_gradient_checking_steps_done_by_do_it_reach_the_goal(qtbot, window):
    ui, c = window.lessons, window.controller
    ui.actions["gradient_checking"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.lesson == "gradient_checking", timeout=WAIT)
    assert c.snapshot.goal is False
    panel = ui.panels["gradcheck"]
    panel.theta_box.setValue(1.5)
    qtbot.mouseClick(ui.lesson_panel.rows[0][2], Qt.MouseButton.LeftButton)   # the 1-D check, θ = 4, x = 2
    assert (panel.theta_box.value(), panel.x_box.value()) == (4.0, 2.0)
    assert panel.one_d_result.difference == pytest.approx(2.919e-10, rel=1e-3) and "2.92e-10" in panel.one_d.text()
    assert ui.lesson_panel.rows[0][0].text() == DONE
    qtbot.mouseClick(ui.lesson_panel.rows[1][2], Qt.MouseButton.LeftButton)   # run the check
    qtbot.waitUntil(lambda: "gradcheck" in c.snapshot.instruments, timeout=WAIT)
    assert c.snapshot.goal is False and ui.lesson_panel.rows[1][0].text() == DONE
    qtbot.mouseClick(ui.lesson_panel.rows[2][2], Qt.MouseButton.LeftButton)   # break layer 1, check again
    qtbot.waitUntil(lambda: c.snapshot.goal is True, timeout=WAIT)
    qtbot.waitUntil(lambda: "Goal reached ✓" in ui.lesson_panel.goal_label.text(), timeout=WAIT)
    assert ui.panels["gradcheck"].break_box.isChecked() and ui.panels["gradcheck"].layer_box.value() == 1


def test_compare_step_opens_the_three_initializations_side_by_side(qtbot, window):
    ui = window.lessons
    ui.actions["xavier_he"].trigger()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.snapshot.lesson == "xavier_he", timeout=WAIT)
    qtbot.mouseClick(ui.lesson_panel.rows[1][2], Qt.MouseButton.LeftButton)
    dialog = window.compare.dialog
    try:
        assert dialog.isVisible()
        assert [r.controller.config["network"]["init"] for r in dialog.runs] == ["he_normal", "zeros", "large_random"]
        assert ui.lesson_panel.rows[1][0].text() == DONE
    finally:
        dialog.shutdown()


def test_base_error_step_sets_the_figures_panels_base_error(qtbot, window):
    ui = window.lessons
    ui.actions["bias_variance"].trigger()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None
                    and window.controller.snapshot.lesson == "bias_variance", timeout=WAIT)
    assert window.figures.diagnosis.base_box.value() == 0.0
    qtbot.mouseClick(ui.lesson_panel.rows[1][2], Qt.MouseButton.LeftButton)
    assert window.figures.diagnosis.base_box.value() == 5.0 and ui.lesson_panel.rows[1][0].text() == DONE


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


#: The numbers each "What to watch" sentence claims, checked with the same numbers by
#: tests/engine/test_lessons.py (the learner's tests): a change in one must change the other.
WATCH_NUMBERS = {
    "weighted_averages": ("last 50 values", "more than 5 times less", "0.02·θ₁"),
    "one_neuron": ("0.693 (ln 2)", "lower than you did by hand"),
    "activations": ("300 epochs", "above 95%", "below 75%", "above 0.6 with tanh", "at most 0.25 with sigmoid"),
    "nonlinearity": ("below 75%",),
    "logistic_regression": ("between 40% and 60%", "above 85%"),
    "zero_init": ("near 50%",),
    "random_init": ("more than ten times", "at least tenfold", "near 50%"),
    "xavier_he": ("within a factor of 3", "tenfold", "highest test accuracy", "lowest test cost", "zeros near 50%"),
    "bias_variance": ("above 20%", "below 5%", "more than 10 points", "below 10%", "within 3 points"),
    "overfitting_regularization": ("about 1.22", "L2 0.7", "keep probability 0.7", "less than a third"),
    "input_normalization": ("1000 epochs", "above 0.05", "below 0.03"),
    "minibatch": ("150 training examples", "5 with batches of 32", "150 with batches of 1", "one with all"),
    "optimizers": ("at most 0.8 times",),
    "lr_decay": ("α₀/2 at epoch 1000", "α₀/3 at 2000", "α₀/4 at 3000", "halves every 1000 epochs",
                 "α₀/4 at 2000"),
    "softmax_multiclass": ("above 80%",),
    "batch_norm": ("near 50%", "below 0.01", "above 90%", "between 0.3 and 2"),
    "handwritten_digits": ("2 units", "below 70%", "more than 150", "539 test digits", "32 units", "above 95%",
                           "fewer than 30", "blank in every training image", "starting weights to the end"),
    "gradient_checking": ("about 3e-10",),
}


def test_what_to_watch_says_the_numbers_the_learners_tests_check():
    for lesson_id, numbers in WATCH_NUMBERS.items():
        for number in numbers:
            assert number in LESSONS[lesson_id].watch, (lesson_id, number)


def test_lessons_name_initializers_as_the_menu_does():
    """One name per initializer formula (issue 12): the lessons use the Initialization menu's titles."""
    from nnsim.initializers import INITIALIZERS
    titles = {init.title for init in INITIALIZERS.values()}
    texts = " ".join(t for lesson in LESSONS.values()
                     for t in (lesson.idea, *lesson.steps, lesson.watch, lesson.question, lesson.goal or ""))
    for variant in ("He (normal)", "LeCun (normal)", "Xavier/Glorot", "Xavier √(1/n)"):
        assert variant not in texts
    for title in ("He normal", "LeCun normal", "Xavier (Glorot) normal"):
        assert title in titles and title in texts


def test_training_and_do_it_leave_a_lesson_unchanged_only_own_edits_ask(qtbot, window, monkeypatch):
    """No "Save changes?" after merely training, playing, resetting or "Do it" in a lesson; the
    learner's own edit asks, offering to keep it as a project (issue 13 point 4)."""
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    ui, c = window.lessons, window.controller
    ui.actions["logistic_regression"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.lesson == "logistic_regression", timeout=WAIT)
    c.step(30)
    qtbot.waitUntil(lambda: c.snapshot.step >= 30, timeout=WAIT)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: c.snapshot.running, timeout=WAIT)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: not c.snapshot.running, timeout=WAIT)
    qtbot.mouseClick(ui.lesson_panel.rows[1][2], Qt.MouseButton.LeftButton)      # Do it: a hidden layer
    qtbot.waitUntil(lambda: c.snapshot.config["network"]["hidden"] == [5], timeout=WAIT)
    window.reset_action.trigger()                                              # play again from new weights
    assert not c.dirty and not window.isWindowModified()
    ui.actions["minibatch"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.lesson == "minibatch", timeout=WAIT)
    assert asked == []
    c.edit({"training.learning_rate": 0.5}, "the learner's own edit")           # as the Settings panel does
    assert c.dirty
    ui.actions["optimizers"].trigger()
    qtbot.waitUntil(lambda: c.snapshot is not None and c.snapshot.lesson == "optimizers", timeout=WAIT)
    assert len(asked) == 1 and "Keep your changes as a project?" in asked[0]

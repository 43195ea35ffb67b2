"""Lesson presets (nnsim.presets, resources/presets/*.toml): each id has a valid config that trains.

What each lesson shows is the lesson issue's to check; here: the files are there, load from
anywhere, train without trouble, and the few facts issue 3 states about them hold.
"""
from __future__ import annotations

import math
from importlib import resources

import pytest

from nnsim import config, presets
from nnsim.errors import UnknownNameError
from nnsim.training import Trainer

ISSUE_IDS = ("one_neuron", "activations", "nonlinearity", "logistic_regression", "forward_backward", "zero_init", "random_init",
             "xavier_he", "bias_variance", "overfitting_regularization", "input_normalization", "minibatch", "optimizers",
             "lr_decay", "gradient_checking", "softmax_multiclass", "tuning", "batch_norm",
             "iris", "wine", "breast_cancer", "digits",          # issue 16: the shipped real data sets,
             "handwritten_digits")                               # and their lesson


def test_the_ids_are_issue_3s_and_each_has_exactly_one_file():
    assert presets.PRESET_IDS == ISSUE_IDS
    files = {p.name for p in resources.files("resources.presets").iterdir() if p.name.endswith(".toml")}
    assert files == {f"{pid}.toml" for pid in ISSUE_IDS}


@pytest.mark.parametrize("pid", ISSUE_IDS)
def test_each_preset_loads_and_trains_with_finite_figures(pid):
    cfg = presets.load(pid)
    assert isinstance(cfg, config.RunConfig)
    assert config.loads(presets.text(pid)) == cfg                 # the text is the config
    assert presets.brief(pid) and not presets.brief(pid).startswith("#")
    trainer = Trainer(cfg)
    summary = trainer.run(steps=200)
    assert trainer.step_count == 200 or (trainer.stopped == "finished" and trainer.epoch == cfg.training["epochs"])
    assert not summary["diverged"] and not summary["stopped_early"]
    for split in ("train", "dev", "test"):
        figures = summary[split]
        if figures is None:
            continue
        assert math.isfinite(figures["loss"]) and figures["loss"] >= 0
        assert 0.0 <= figures["accuracy"] <= 1.0                   # every preset is a classification lesson
    assert math.isfinite(summary["objective"])
    assert all(math.isfinite(c) for _, c in trainer.history.batch_costs)


def test_logistic_regression_is_the_courses_shallow_baseline_at_about_half():
    cfg = presets.load("logistic_regression")
    assert cfg.network["hidden"] == [] and cfg.data["dataset"] == "flower"
    trainer = Trainer(cfg)
    assert trainer.spec.sizes == (2, 1)
    summary = trainer.run()                                       # the full run: 2000 full-batch steps
    assert summary["epochs"] == cfg.training["epochs"] == 2000 and not summary["diverged"]
    assert 0.4 <= summary["train"]["accuracy"] <= 0.6             # the course: about 47%


def test_tuning_has_a_dev_split_and_a_test_split():
    cfg = presets.load("tuning")
    assert cfg.data["dev_fraction"] > 0 and cfg.data["test_fraction"] > 0
    ev = Trainer(cfg).evaluate()
    assert ev["dev"] is not None and ev["test"] is not None


def test_overfitting_lesson_has_a_dev_split_too():
    assert presets.load("overfitting_regularization").data["dev_fraction"] > 0


def test_softmax_lesson_has_more_than_two_classes():
    cfg = presets.load("softmax_multiclass")
    assert cfg.network["output"] == "softmax" and cfg.data["classes"] > 2
    assert Trainer(cfg).spec.outputs == cfg.data["classes"]


def test_presets_load_from_any_working_directory(tmp_path, monkeypatch):
    here = presets.load("tuning")
    monkeypatch.chdir(tmp_path)
    assert presets.load("tuning") == here
    assert presets.text("minibatch").startswith("# Lesson: mini-batch")


def test_an_unknown_preset_lists_the_ids():
    with pytest.raises(UnknownNameError) as info:
        presets.load("dropout")
    for pid in ISSUE_IDS:
        assert pid in str(info.value)

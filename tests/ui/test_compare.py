"""Compare runs (nnsim_ui.panels.compare): independent runs, each in its own engine process, side by side."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from nnsim_ui.panels.compare import CHANGES, MAX_RUNS, CompareDialog, parse_value  # noqa: E402
from nnsim_ui.engine.controller import Controller  # noqa: E402
from nnsim_ui.text.numbers import format_number, format_percent  # noqa: E402

pytestmark = pytest.mark.ui
WAIT = 20_000


@pytest.fixture
def compare(qtbot):
    main = Controller({"seed": 3, "data": {"dataset": "circle", "dev_fraction": 0.2},
                       "network": {"hidden": [4]}, "training": {"learning_rate": 0.05}})
    dialog = CompareDialog(main)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: main.snapshot is not None, timeout=WAIT)
    yield main, dialog
    dialog.close()
    main.shutdown()


def _stepped(qtbot, run, steps: int):
    target = (run.snapshot.step if run.snapshot else 0) + steps
    with qtbot.waitSignal(run.controller.snapshotReady, check_params_cb=lambda s: s.step == target, timeout=WAIT):
        run.controller.step(steps)
    return run.snapshot


def test_values_are_parsed_per_kind_and_refused_in_words():
    assert parse_value("training.learning_rate", "0,3") == 0.3
    assert parse_value("network.hidden", "10, 5") == [10, 5]
    assert parse_value("training.batch_size", "32") == 32
    assert parse_value("network.init", " zeros ") == "zeros"
    with pytest.raises(ValueError, match="learning rate"):
        parse_value("training.learning_rate", "fast")
    assert set(CHANGES) >= {"network.init", "training.l2", "training.keep_prob", "training.optimizer",
                            "training.learning_rate", "training.batch_size", "network.activation",
                            "network.hidden"}


def test_runs_are_independent_of_each_other_and_of_the_main_run(qtbot, compare):
    main, dialog = compare
    dialog.open_runs()
    base = dialog.runs[0]
    fast = dialog.add_run("training.learning_rate", "0.5")
    zeros = dialog.add_run("network.init", "zeros")
    assert fast is not None and zeros is not None and len(dialog.runs) == 3
    assert dialog.add_run("training.learning_rate", "nonsense") is None and "learning rate" in dialog.status.text()
    pids = {r.controller.worker.process.pid for r in dialog.runs} | {main.worker.process.pid}
    assert len(pids) == 4                                          # one engine process each
    qtbot.waitUntil(lambda: all(r.snapshot is not None for r in dialog.runs), timeout=WAIT)
    assert fast.snapshot.config["training"]["learning_rate"] == 0.5
    assert base.snapshot.config["training"]["learning_rate"] == 0.05
    assert zeros.snapshot.config["network"]["init"] == "zeros"
    assert zeros.snapshot.config["training"]["learning_rate"] == 0.05
    # same data and seed: the baseline and the main run, trained alike, hold the same weights
    b20 = _stepped(qtbot, base, 20)
    with qtbot.waitSignal(main.snapshotReady, check_params_cb=lambda s: s.step == 20, timeout=WAIT):
        main.step(20)
    for k in (1, 2):
        np.testing.assert_array_equal(b20.weights[k], main.snapshot.weights[k])
    f20 = _stepped(qtbot, fast, 20)
    assert not np.array_equal(f20.weights[1], b20.weights[1])
    # changing one run's learning rate changes no other run's config, nor their weights
    fast.controller.edit({"training.learning_rate": 0.9}, "faster")
    qtbot.waitUntil(lambda: fast.snapshot.config["training"]["learning_rate"] == 0.9, timeout=WAIT)
    _stepped(qtbot, fast, 10)
    assert base.controller.config["training"]["learning_rate"] == 0.05
    assert zeros.controller.config["training"]["learning_rate"] == 0.05
    assert main.config["training"]["learning_rate"] == 0.05
    assert base.snapshot.step == 20 and main.snapshot.step == 20
    np.testing.assert_array_equal(base.snapshot.weights[1], b20.weights[1])
    np.testing.assert_array_equal(main.snapshot.weights[1], b20.weights[1])


def test_a_hidden_layers_variant_takes_the_per_layer_lists_along(qtbot):
    """The engine's rule (nnsim.edits.hidden_changes): one activation per layer follows the new depth."""
    main = Controller({"seed": 3, "data": {"dataset": "circle"},
                       "network": {"hidden": [4, 4], "activation": ["tanh", "relu"]}})
    dialog = CompareDialog(main)
    qtbot.addWidget(dialog)
    try:
        dialog.open_runs()
        deeper = dialog.add_run("network.hidden", "5, 5, 5")
        assert deeper is not None, dialog.status.text()
        assert deeper.controller.config["network"]["activation"] == ["tanh", "relu", "relu"]
        shallower = dialog.add_run("network.hidden", "3")
        assert shallower is not None and shallower.controller.config["network"]["activation"] == ["tanh"]
    finally:
        dialog.close()
        main.shutdown()


def test_the_table_and_the_plot_show_each_runs_figures(qtbot, compare):
    _main, dialog = compare
    dialog.open_runs()
    l2 = dialog.add_run("training.l2", "1")
    for run in dialog.runs:
        _stepped(qtbot, run, 30)

    def shown(i: int, run) -> bool:
        f = run.snapshot.figures
        want = [run.label, format_number(f["train"]["loss"]), format_percent(f["train"]["accuracy"]),
                format_number(f["dev"]["loss"]), format_percent(f["dev"]["accuracy"]),
                format_number(f["test"]["loss"]), format_percent(f["test"]["accuracy"]),
                format_number(100 * (f["train"]["accuracy"] - f["dev"]["accuracy"]), 3)]
        return dialog.row_texts(i) == want

    qtbot.waitUntil(lambda: all(shown(i, r) for i, r in enumerate(dialog.runs)), timeout=WAIT)
    assert dialog.row_texts(1)[0] == "L2 λ = 1"
    names = [label.text for _sample, label in dialog.legend.items]
    assert names == ["baseline", "L2 λ = 1"]
    train_curve = dialog.curves[l2][0]
    x, _y = train_curve.getData()
    steps = l2.snapshot.history[:, 0]
    np.testing.assert_array_equal(x, steps[np.isfinite(steps)])
    assert dialog.thumbs[1].image.image is not None


def test_at_most_four_runs_and_closing_stops_every_process(qtbot, compare):
    main, dialog = compare
    dialog.open_runs()
    for lr in ("0.1", "0.2", "0.3"):
        assert dialog.add_run("training.learning_rate", lr) is not None
    assert dialog.add_run("training.learning_rate", "0.4") is None and len(dialog.runs) == MAX_RUNS
    processes = [r.controller.worker.process for r in dialog.runs]
    dialog.play_all()
    qtbot.waitUntil(lambda: all(r.snapshot is not None and r.snapshot.running for r in dialog.runs), timeout=WAIT)
    dialog.remove_run(dialog.runs[2])
    assert len(dialog.runs) == 3 and not processes[2].is_alive()
    dialog.close()
    assert dialog.runs == [] and not any(p.is_alive() for p in processes)
    assert main.worker is not None and main.worker.process.is_alive()     # the main run goes on


def test_the_main_window_offers_compare_runs_and_closing_it_stops_them(qtbot, monkeypatch):
    from nnsim_ui.window.mainwindow import MainWindow
    controller = Controller()
    w = MainWindow(controller, restore_settings=False)
    qtbot.addWidget(w)
    w.headless = True
    w.compare.action.trigger()
    dialog = w.compare.dialog
    assert dialog.isVisible() and len(dialog.runs) == 1
    assert dialog.runs[0].controller.config == controller.config
    process = dialog.runs[0].controller.worker.process
    w.close()
    assert not process.is_alive() and dialog.runs == []

"""The drawn example in the step-by-step panel (issue 16): "Step with my drawing, as" makes the
drawing the step's batch of one, and the panel writes out its numbers like any example's."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QObject  # noqa: E402

from nnsim import session as S  # noqa: E402
from nnsim_ui.step.panel import StepPanel  # noqa: E402

pytestmark = pytest.mark.ui


class Forwarding(QObject):
    """A controller that hands each command to an in-process session and shows what comes back."""

    def __init__(self, session: S.Session) -> None:
        super().__init__()
        self.session, self.sent, self.panel = session, [], None

    def send(self, command) -> None:
        self.sent.append(command)
        self.session.handle(command)
        snaps = [m for m in self.session.take() if isinstance(m, S.Snapshot)]
        if snaps and self.panel is not None:
            self.panel.show_snapshot(snaps[-1])


def test_stepping_with_the_drawing_shows_its_own_numbers(qtbot):
    cfg = S.default_config()
    cfg["data"] = {"dataset": "digits"}
    cfg["network"].update(hidden=[8], activation="relu", output="softmax")
    session = S.Session(cfg)
    controller = Forwarding(session)
    panel = StepPanel(controller)
    controller.panel = panel
    qtbot.addWidget(panel)
    panel.show()
    panel.show_snapshot(session.snapshot())
    assert not panel.drawn_batch.isVisible()                     # nothing drawn: not offered
    ink = np.zeros((32, 32))
    ink[3:29, 14:18] = 1.0                                       # a "1" on the pad's bitmap
    controller.send(S.SetDrawn(tuple(ink.ravel()), fit=True))
    assert panel.drawn_batch.isVisible()
    combo = panel.drawn_batch.label
    assert [combo.itemText(i) for i in range(combo.count())] == [str(k) for k in range(10)]
    combo.setCurrentIndex(1)
    panel.drawn_batch.check.click()
    assert controller.sent[-1] == S.SetBatchOfDrawn(1)
    assert not panel.batch_of_one.isChecked() and panel.drawn_batch.check.isChecked()
    controller.send(S.PhaseNext())                               # forward, layer 1
    panel.focus_example(0)
    drawn = session.snapshot().drawn
    X = session.trainer.problem.pipeline.transform(np.asarray(drawn.raw, float)[None])
    assert list(panel.phase.batch) == [-1]
    np.testing.assert_allclose(np.ravel(panel.model["A_prev"]), X[0], rtol=1e-12)   # the drawing's inputs
    assert "Your drawing (the drawing pad)" in panel.html and "training row" not in panel.html
    for _ in range(2):                                           # forward 2, then the loss: against class 1
        controller.send(S.PhaseNext())
    assert panel.phase.kind == "loss"
    np.testing.assert_array_equal(np.ravel(panel.phase.values["Y"]), np.eye(10)[1])
    panel.drawn_batch.check.click()
    assert controller.sent[-1] == S.SetBatchOfDrawn(None) and session.trainer.fixed_rows is None

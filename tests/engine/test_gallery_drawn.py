"""The misclassified gallery's data (observe.misclassified, SetViews) and the drawn example (SetDrawn)."""
from __future__ import annotations

import numpy as np

from nnsim import observe
from nnsim import protocol as S
from nnsim.session import Session, default_config


def session_on(dataset: str, hidden: int = 8) -> Session:
    cfg = default_config()
    cfg["data"] = {"dataset": dataset}
    cfg["network"].update(hidden=[hidden], activation="relu", output="softmax")
    return Session(cfg)


def test_gallery_data_is_sent_only_while_on_show():
    s = session_on("digits")
    assert s.snapshot().misclassified is None
    s.handle(S.SetViews(("misclassified",)))
    assert s.take()[-1].misclassified is not None
    s.handle(S.SetViews(()))
    assert s.take()[-1].misclassified is None
    s.handle(S.SetViews(("nonsense",)))
    out = s.take()
    assert out[0].code == "bad_view" and s.views == ()


def test_misclassified_are_the_test_rows_predicted_wrong():
    s = session_on("digits")
    s.handle(S.SetViews(("misclassified",)))
    s.handle(S.Step(30))
    snap = s.take()[-1]
    m, p = snap.misclassified, snap.projection
    wrong = np.flatnonzero(p.y != p.predicted)               # from the projection, computed apart
    assert m.total == len(wrong) == int(snap.confusion.sum() - np.trace(snap.confusion))
    shown = wrong[:observe.GALLERY_ROWS]
    assert np.array_equal(m.rows, p.rows[shown])
    assert np.array_equal(m.y, p.y[shown]) and np.array_equal(m.predicted, p.predicted[shown])
    assert np.all(m.y != m.predicted)
    np.testing.assert_allclose(m.raw, s.trainer.problem.dataset.X[m.rows])
    np.testing.assert_allclose(m.confidence, p.probabilities[shown, p.predicted[shown]], rtol=1e-6)
    assert m.image == (8, 8) and len(m.rows) == min(m.total, observe.GALLERY_ROWS)


def test_tabular_gallery_has_no_image_and_a_cap():
    s = session_on("breast_cancer")
    m = observe.misclassified(s.trainer, limit=3)
    assert m.image is None and len(m.rows) == min(3, m.total) and m.raw.shape[1] == 30


def test_drawn_example_gets_the_probabilities_of_the_same_test_example():
    """Drawing a test example's own pixels gives the network's probabilities for it: the same
    standardisation as the training data."""
    s = session_on("digits")
    s.handle(S.Step(20))
    p = s.take()[-1].projection
    s.handle(S.SetDrawn(tuple(float(v) for v in p.raw[5])))
    d = s.take()[-1].drawn
    np.testing.assert_allclose(d.probabilities, p.probabilities[5], rtol=1e-5)
    assert d.predicted == int(p.predicted[5])
    # by hand: standardise with the training mean and scale, one ReLU layer, softmax
    t = s.trainer
    pipe, net = t.problem.pipeline, t.network
    x = (np.asarray(p.raw[5], float) - pipe.mean) / pipe.scale
    x = (x - pipe.feature_mean) / pipe.feature_scale
    a1 = np.maximum(0.0, net.weights[1] @ x + net.biases[1])
    z = net.weights[2] @ a1 + net.biases[2]
    np.testing.assert_allclose(d.probabilities, np.exp(z - z.max()) / np.exp(z - z.max()).sum(), rtol=1e-5)


def test_drawn_example_follows_training_and_bad_drawings_are_refused():
    s = session_on("digits")
    ink = np.zeros(64)
    ink[[3, 4, 11, 12, 19, 20, 27, 28, 35, 36, 43, 44, 51, 52]] = 16.0      # a "1"
    s.handle(S.SetDrawn(tuple(ink)))
    before = s.take()[-1].drawn.probabilities
    s.handle(S.Step(50))
    after = s.take()[-1].drawn.probabilities
    assert not np.allclose(before, after)                     # kept and recomputed as the network learns
    s.handle(S.SetDrawn((1.0, 2.0)))
    out = s.take()
    assert out[0].kind == "error" and out[-1].drawn is not None and s.drawn.values == tuple(ink)
    s.handle(S.SetDrawn(None))
    assert s.take()[-1].drawn is None


def test_fit_drawing_scales_and_centres_the_ink():
    from nnsim.data import fit_drawing
    small = np.zeros((8, 8))
    small[0:2, 0:2] = 16.0                                    # a small blot in the corner
    fitted = fit_drawing(small.ravel(), (8, 8)).reshape(8, 8)
    assert np.all(fitted == 16.0)                             # a square fills the whole image
    bar = np.zeros((8, 8))
    bar[1:5, 0] = 16.0                                        # a short vertical stroke on the left
    fitted = fit_drawing(bar.ravel(), (8, 8)).reshape(8, 8)
    assert np.all(fitted[:, 3:5].sum(axis=1) > 0)             # full height, in the middle columns
    assert fitted[:, :3].sum() == 0 and fitted[:, 5:].sum() == 0
    moved = np.roll(bar, 2, axis=1)
    assert np.array_equal(fit_drawing(moved.ravel(), (8, 8)), fitted.ravel())
    assert np.array_equal(fit_drawing(fitted.ravel(), (8, 8)), fitted.ravel())   # already fitted: as it is
    assert not fit_drawing(np.zeros(64), (8, 8)).any()


def test_fitted_drawing_is_what_the_network_is_asked_about():
    from nnsim.data import fit_drawing
    s = session_on("digits")
    bar = np.zeros(64)
    bar[[9, 17, 25]] = 16.0
    s.handle(S.SetDrawn(tuple(bar), fit=True))
    d = s.take()[-1].drawn
    np.testing.assert_array_equal(d.raw, fit_drawing(bar, (8, 8)))
    s.handle(S.SetDrawn(tuple(fit_drawing(bar, (8, 8)))))
    np.testing.assert_allclose(s.take()[-1].drawn.probabilities, d.probabilities, rtol=1e-6)

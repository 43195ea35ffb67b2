"""The many-input projection (observe.projection): the test examples on two principal components."""
from __future__ import annotations

import numpy as np

from nnsim import observe
from nnsim.session import Session, default_config


def session_on(dataset: str) -> Session:
    cfg = default_config()
    cfg["data"] = {"dataset": dataset}
    cfg["network"].update(hidden=[8], output="softmax")
    return Session(cfg)


def test_points_are_the_test_rows_on_the_covariance_top_eigenvectors():
    s = session_on("digits")
    p = s.snapshot().projection
    Xtr, Xte = s.trainer.problem.X["train"], s.trainer.problem.X["test"]
    C = np.cov(Xtr, rowvar=False)
    values, vectors = np.linalg.eigh(C)
    top = vectors[:, ::-1][:, :2]                         # the two largest eigenvalues' eigenvectors
    expected = (Xte - Xtr.mean(axis=0)) @ top
    expected *= np.sign(np.sum(np.asarray(p.points) * expected, axis=0))     # an eigenvector's sign is free
    np.testing.assert_allclose(p.points, expected, rtol=1e-3, atol=1e-3)
    np.testing.assert_allclose(p.explained, values[::-1][:2] / values.sum(), rtol=1e-6)
    assert np.array_equal(p.rows, s.trainer.problem.split.test)
    np.testing.assert_allclose(p.raw, s.trainer.problem.dataset.X[p.rows])
    np.testing.assert_allclose(p.probabilities.sum(axis=1), 1.0, rtol=1e-5)
    assert np.array_equal(p.predicted, np.argmax(p.probabilities, axis=1))
    assert not p.points.flags.writeable


def test_signs_are_fixed_and_few_columns_get_none():
    _, axes, _ = observe.principal_axes(np.random.default_rng(0).normal(size=(50, 5)))
    assert np.all(axes[np.arange(2), np.argmax(np.abs(axes), axis=1)] > 0)
    assert session_on("iris").snapshot().projection is None

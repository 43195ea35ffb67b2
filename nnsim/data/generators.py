"""The 2-D generators lessons draw points from, in a registry by name, and ``generate``.

TensorFlow Playground's circle, XOR, Gaussian blobs and spiral; scikit-learn's moons; the
course's flower; two regression surfaces. Whatever draws takes a seed or a
``numpy.random.Generator``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import DataError, unknown
from .checks import Array, _is_whole, _real, _rng, _whole
from .dataset import CLASSIFICATION, MAX_CLASSES, MAX_SAMPLES, REGRESSION, Dataset


@dataclass(frozen=True)
class Generator:
    """A registry entry: a named recipe for a 2-D data set."""
    name: str
    title: str
    task: str                    # CLASSIFICATION | REGRESSION
    description: str
    multiclass: bool             # takes `classes` (2..5)
    make: Callable[[int, float, np.random.Generator, int], tuple[Array, Array]]
    # (samples, noise, rng, classes) -> X (samples, 2) float64, y (samples,) int classes or float targets
    default_noise: float = 0.05  # what a lesson starts from (the flower: the course's 0.2)


def _counts(samples: int, k: int) -> list[int]:
    """Balanced class sizes: equal up to one, the first classes taking the remainder."""
    return [samples // k + (j < samples % k) for j in range(k)]


def _noisy(X: Array, noise: float, rng: np.random.Generator) -> Array:
    """X plus Gaussian noise of std ``noise`` (always drawn, so noise 0 and 0.1 share the points)."""
    return X + noise * rng.standard_normal(X.shape)


def _polar(r: Array, t: Array) -> Array:
    """Points (r·sin t, r·cos t), the course's and Playground's convention."""
    return np.column_stack([r * np.sin(t), r * np.cos(t)])


def _circle(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)          # class 0: the ring 0.7–1; class 1: the disc r < 0.5
    r = np.concatenate([rng.uniform(0.7, 1.0, n0), rng.uniform(0.0, 0.5, n1)])
    X = _polar(r, rng.uniform(0.0, 2 * np.pi, samples))
    return _noisy(X, noise, rng), np.repeat([0, 1], [n0, n1])


_XOR_MARGIN = 0.05                        # Playground's padding 0.3 on a square of half-size 5, ×1/6


def _xor(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)
    y = np.repeat([0, 1], [n0, n1])       # class 1 where x1·x2 > 0
    size = rng.uniform(_XOR_MARGIN, 1.0, (samples, 2))
    s1 = rng.choice([-1.0, 1.0], samples)
    X = size * np.column_stack([s1, np.where(y == 1, s1, -s1)])
    return _noisy(X, noise, rng), y


_GAUSS_SPREAD = 0.2                       # each blob's own std, before the noise


def _gauss(samples, noise, rng, classes):
    angle = np.pi / 4 + 2 * np.pi * np.arange(classes) / classes
    centres = np.column_stack([np.cos(angle), np.sin(angle)])   # on the unit circle; K=2: ±(0.71, 0.71)
    y = np.repeat(np.arange(classes), _counts(samples, classes))
    X = centres[y] + _GAUSS_SPREAD * rng.standard_normal((samples, 2))
    return _noisy(X, noise, rng), y


# Turns per arm: fewer as arms are added, so neighbouring arms stay about 0.2 apart.
_SPIRAL_TURNS = {2: 1.75, 3: 1.5, 4: 1.25, 5: 1.0}


def _spiral(samples, noise, rng, classes):
    parts = []
    for j, n in enumerate(_counts(samples, classes)):
        r = (np.arange(n) + 0.5) / n
        parts.append(_polar(r, 2 * np.pi * (_SPIRAL_TURNS[classes] * r + j / classes)))
    X = np.concatenate(parts)
    return _noisy(X, noise, rng), np.repeat(np.arange(classes), _counts(samples, classes))


def _moons(samples, noise, rng, classes):
    n0, n1 = _counts(samples, 2)          # scikit-learn's make_moons, centred and scaled ×2/3
    a0, a1 = np.linspace(0, np.pi, n0), np.linspace(0, np.pi, n1)
    X = np.concatenate([np.column_stack([np.cos(a0), np.sin(a0)]),
                        np.column_stack([1 - np.cos(a1), 0.5 - np.sin(a1)])])
    X = (X - [0.5, 0.25]) / 1.5
    return _noisy(X, noise, rng), np.repeat([0, 1], [n0, n1])


def _flower(samples, noise, rng, classes):
    parts = []                            # the course's load_planar_dataset, noise as the argument
    for j, n in enumerate(_counts(samples, 2)):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, n) + noise * rng.standard_normal(n)
        r = 4 * np.sin(4 * t) + noise * rng.standard_normal(n)
        parts.append(_polar(r, t))
    return np.concatenate(parts), np.repeat([0, 1], _counts(samples, 2))


def _plane(samples, noise, rng, classes):
    X = rng.uniform(-1.0, 1.0, (samples, 2))
    return X, 0.5 * (X[:, 0] + X[:, 1]) + noise * rng.standard_normal(samples)


# Playground's six bumps (centre, sign), scaled to the square [-1, 1]².
_BUMPS = ((-2 / 3, 0.4, 1.0), (0.0, 0.4, -1.0), (2 / 3, 0.4, 1.0),
          (-2 / 3, -0.4, -1.0), (0.0, -0.4, 1.0), (2 / 3, -0.4, -1.0))
_BUMP_WIDTH = 0.25


def _gauss_sum(samples, noise, rng, classes):
    X = rng.uniform(-1.0, 1.0, (samples, 2))
    y = sum(s * np.exp(-((X[:, 0] - cx) ** 2 + (X[:, 1] - cy) ** 2) / (2 * _BUMP_WIDTH ** 2))
            for cx, cy, s in _BUMPS)
    return _noisy(X, noise, rng), y


_GENERATORS = (
    Generator("circle", "Circle", CLASSIFICATION,
              "A disc (class 1, radius < 0.5) inside a ring (class 0, radius 0.7 to 1).", False, _circle),
    Generator("xor", "Exclusive or (XOR)", CLASSIFICATION,
              "Four quadrants of [-1, 1]²: class 1 where x1·x2 > 0.", False, _xor),
    Generator("gauss", "Gaussian blobs", CLASSIFICATION,
              "One Gaussian blob per class, the centres evenly on the unit circle.", True, _gauss),
    Generator("spiral", "Spiral", CLASSIFICATION,
              "Interleaved spiral arms from the centre out to radius 1, one per class.", True, _spiral),
    Generator("moons", "Two moons", CLASSIFICATION,
              "Two interleaving half circles (scikit-learn's make_moons, scaled to size 1).", False, _moons),
    Generator("flower", "Flower", CLASSIFICATION,
              "The course's planar petals r = 4·sin(4t); noise is added to the angle and the radius.",
              False, _flower, 0.2),
    Generator("plane", "Plane", REGRESSION,
              "Target y = (x1 + x2)/2 on [-1, 1]², noise added to y.", False, _plane),
    Generator("gauss_sum", "Sum of Gaussians", REGRESSION,
              "Target the sum of six Gaussian bumps of alternating sign on [-1, 1]².", False, _gauss_sum),
)

#: Every generator by name.
GENERATORS: dict[str, Generator] = {g.name: g for g in _GENERATORS}


def generate(name: str, samples: int = 300, noise: float = 0.05,
             seed: int | np.random.Generator = 0, classes: int = 2) -> Dataset:
    """The data set ``name`` (a GENERATORS key): ``samples`` points, Gaussian ``noise`` std, seeded.

    Classes are balanced (equal counts up to one); rows come shuffled. Only the multiclass
    generators (gauss, spiral) take ``classes`` other than 2.
    """
    if not isinstance(name, str) or name not in GENERATORS:
        raise unknown("dataset", name, GENERATORS)
    gen = GENERATORS[name]
    if gen.multiclass:
        classes = _whole("classes", classes, 2, MAX_CLASSES)
    elif not (_is_whole(classes) and classes == 2):
        raise DataError("not_multiclass", dataset=name, classes=classes,
                        choices=", ".join(g.name for g in _GENERATORS if g.multiclass))
    samples = _whole("samples", samples, max(2, classes), MAX_SAMPLES)
    noise = _real("noise", noise, 0.0, None)
    rng, seed_value = _rng(seed)
    X, y = gen.make(samples, noise, rng, classes)
    order = rng.permutation(samples)
    is_class = gen.task == CLASSIFICATION
    return Dataset(X[order], y[order], ("x1", "x2"), gen.task, classes if is_class else 0,
                   tuple(str(k) for k in range(classes)) if is_class else (),
                   {"dataset": name, "samples": samples, "noise": noise, "seed": seed_value,
                    "classes": classes})

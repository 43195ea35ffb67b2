"""Optimizers (how dW becomes a change of W) and learning-rate schedules.

α is the learning rate, t counts updates from 1, every rule applies alike to
each W⁽ᵏ⁾ and b⁽ᵏ⁾ (written for W below):

- ``gd``        W ← W − α·dW
- ``momentum``  v ← β·v + (1 − β)·dW;  W ← W − α·v
- ``rmsprop``   s ← β·s + (1 − β)·dW²;  W ← W − α·dW / (√s + ε)   (β: ``rmsprop_beta``, 0.9
                as Hinton's lecture and Keras; no bias correction, so the first step is
                α·|dW|/√((1 − β)·dW²) = α/√(1 − β) ≈ 3.16·α per weight)
- ``adam``      v, s as above (β₁ for v);  v̂ = v/(1 − β₁ᵗ);  ŝ = s/(1 − β₂ᵗ);
                W ← W − α·v̂ / (√ŝ + ε)

The optimizer keeps its own state (v, s, t) and can save and restore it;
parameters and gradients are passed to each ``update``, which returns new
arrays and never writes into the ones it was given (a view may still hold
the old weights); its own state arrays it updates in place (``state_dict``
hands out copies).

Schedules give α for an epoch, with e = ⌊epoch / decay_interval⌋:
``none`` α = α₀; ``inverse_time`` α = α₀ / (1 + decay_rate·e);
``exponential`` α = α₀·decay_rate^e.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .errors import InvalidValueError, unknown

Array = np.ndarray


class Optimizer:
    """Base: ``update(params, grads, learning_rate)`` → new params; state in ``state_dict``."""

    name = ""
    title = ""
    formula = ""
    defaults: dict[str, float] = {}

    def __init__(self, **hyper: float) -> None:
        unknown_keys = set(hyper) - set(self.defaults)
        if unknown_keys:
            raise unknown("setting of optimizer " + self.name, sorted(unknown_keys)[0], self.defaults)
        self.hyper = {**self.defaults, **{k: float(v) for k, v in hyper.items()}}
        for key, value in self.hyper.items():
            lo_open = key == "epsilon"
            if not (np.isfinite(value) and (0.0 < value if lo_open else 0.0 <= value) and
                    (key == "epsilon" or value < 1.0)):
                rule = "a positive number" if lo_open else "in [0, 1)"
                raise InvalidValueError("out_of_range", name=key, rule=rule, value=value)
        self.t = 0
        self.v: list[Array] = []
        self.s: list[Array] = []

    def update(self, params: Sequence[Array], grads: Sequence[Array], learning_rate: float) -> list[Array]:
        self.t += 1
        return self._update(params, grads, learning_rate)

    def update_flat(self, params: Array, grads: Array, learning_rate: float,
                    bounds: Sequence[tuple[int, int, tuple[int, ...]]]) -> Array:
        """``update`` of every parameter in one call: ``params`` and ``grads`` are the parameters
        flattened and joined (``bounds``: each one's start, stop and shape in them).

        Bit for bit what ``update`` gives per parameter (every rule is element-wise). The state is
        kept flat too; ``v`` and ``s`` become lists of views into it, so ``update`` (the step view)
        and ``state_dict`` see and change the same numbers."""
        self.t += 1
        self.v, self.s = self._flat(self.v, "_v"), self._flat(self.s, "_s")
        new = self._update([params], [grads], learning_rate)[0]
        self.v, self.s = self._views(self.v, "_v", bounds), self._views(self.s, "_s", bounds)
        return new

    def flat_state(self, size: int) -> tuple[Array, Array]:
        """(v, s) as flat vectors of ``size`` numbers (zeros where not started; an empty array where
        this optimizer keeps none): for a kernel that updates them in place; ``set_flat_state`` after."""
        v, s = self._flat(self.v, "_v"), self._flat(self.s, "_s")
        keeps_v, keeps_s = self.name in ("momentum", "adam"), self.name in ("rmsprop", "adam")
        return (v[0] if v else np.zeros(size if keeps_v else 0)), (s[0] if s else np.zeros(size if keeps_s else 0))

    def set_flat_state(self, v: Array, s: Array, bounds: Sequence[tuple[int, int, tuple[int, ...]]]) -> None:
        """``v`` and ``s`` (from ``flat_state``) become the state, as per-parameter views (``update_flat``)."""
        self.v = self._views([v], "_v", bounds) if v.size else []
        self.s = self._views([s], "_s", bounds) if s.size else []

    def _flat(self, state: list[Array], name: str) -> list[Array]:
        """[the flat state] for a list of per-parameter arrays ([] stays [])."""
        if not state:
            return []
        flat, views = getattr(self, name + "flat", None), getattr(self, name + "views", None)
        if state is views:                    # the lists of views handed out last time: no copy
            return [flat]                     # type: ignore[list-item]
        return [np.concatenate([a.ravel() for a in state])]

    def _views(self, state: list[Array], name: str, bounds) -> list[Array]:
        if not state:
            return []
        flat = state[0]
        views = [flat[a:b].reshape(shape) for a, b, shape in bounds]
        setattr(self, name + "flat", flat)
        setattr(self, name + "views", views)
        return views

    def _update(self, params, grads, lr):   # pragma: no cover - abstract
        raise NotImplementedError

    def step_flat(self, p: Array, g: Array, v: Array, s: Array, lr: float, w: Array, w2: Array) -> None:
        """``update_flat`` in place (``nnsim.network.fused``): ``p`` (the parameters), ``v`` and ``s``
        (the flat state of ``flat_state``, views set by ``set_flat_state``) change; ``w`` and ``w2`` are
        work buffers of p's size. The same element-wise operations in the same order as ``_update``, so
        bit for bit its result; one call for every parameter."""
        self.t += 1
        self._step_flat(p, g, v, s, lr, w, w2)

    def _step_flat(self, p, g, v, s, lr, w, w2):   # pragma: no cover - abstract
        raise NotImplementedError

    def _zeros_like(self, params: Sequence[Array]) -> list[Array]:
        return [np.zeros_like(p) for p in params]

    def reset(self) -> None:
        self.t, self.v, self.s = 0, [], []

    # -- saving -------------------------------------------------------------------------------
    def state_dict(self) -> dict[str, object]:
        """Everything needed to continue exactly: t and copies of v and s."""
        return {"name": self.name, "hyper": dict(self.hyper), "t": self.t,
                "v": [a.copy() for a in self.v], "s": [a.copy() for a in self.s]}

    def load_state_dict(self, state: dict[str, object]) -> None:
        self.t = int(state["t"])                       # type: ignore[arg-type]
        self.v = [np.array(a, dtype=float) for a in state["v"]]   # type: ignore[union-attr]
        self.s = [np.array(a, dtype=float) for a in state["s"]]   # type: ignore[union-attr]


class GD(Optimizer):
    name, title, formula = "gd", "Gradient descent", "W ← W − α·dW"

    def _update(self, params, grads, lr):
        return [p - lr * g for p, g in zip(params, grads)]

    def _step_flat(self, p, g, v, s, lr, w, w2):
        np.multiply(g, lr, out=w)
        np.subtract(p, w, out=p)


class Momentum(Optimizer):
    name, title = "momentum", "Momentum"
    formula = "v ← β·v + (1 − β)·dW;  W ← W − α·v"
    defaults = {"beta": 0.9}

    def _update(self, params, grads, lr):
        beta = self.hyper["beta"]
        if not self.v:
            self.v = self._zeros_like(params)
        out = []
        for p, g, v in zip(params, grads, self.v):     # state in place, one pass per parameter
            v *= beta
            v += (1.0 - beta) * g
            out.append(p - lr * v)
        return out

    def _step_flat(self, p, g, v, s, lr, w, w2):
        beta = self.hyper["beta"]
        v *= beta
        v += np.multiply(g, 1.0 - beta, out=w)
        np.subtract(p, np.multiply(v, lr, out=w), out=p)


class RMSprop(Optimizer):
    name, title = "rmsprop", "RMSprop"
    formula = "s ← β·s + (1 − β)·dW²;  W ← W − α·dW / (√s + ε)"
    defaults = {"rmsprop_beta": 0.9, "epsilon": 1e-8}

    def _update(self, params, grads, lr):
        beta2, eps = self.hyper["rmsprop_beta"], self.hyper["epsilon"]
        if not self.s:
            self.s = self._zeros_like(params)
        out = []
        for p, g, s in zip(params, grads, self.s):
            s *= beta2
            s += (1.0 - beta2) * (g * g)
            out.append(p - lr * g / (np.sqrt(s) + eps))
        return out

    def _step_flat(self, p, g, v, s, lr, w, w2):
        beta2, eps = self.hyper["rmsprop_beta"], self.hyper["epsilon"]
        s *= beta2
        s += np.multiply(np.multiply(g, g, out=w), 1.0 - beta2, out=w)
        np.multiply(g, lr, out=w)
        np.add(np.sqrt(s, out=w2), eps, out=w2)
        np.subtract(p, np.divide(w, w2, out=w), out=p)


class Adam(Optimizer):
    name, title = "adam", "Adam"
    formula = ("v ← β₁·v + (1 − β₁)·dW;  s ← β₂·s + (1 − β₂)·dW²;  "
               "v̂ = v/(1 − β₁ᵗ);  ŝ = s/(1 − β₂ᵗ);  W ← W − α·v̂ / (√ŝ + ε)")
    defaults = {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}

    def _update(self, params, grads, lr):
        b1, b2, eps = self.hyper["beta1"], self.hyper["beta2"], self.hyper["epsilon"]
        if not self.v:
            self.v, self.s = self._zeros_like(params), self._zeros_like(params)
        c1, c2 = 1.0 - b1 ** self.t, 1.0 - b2 ** self.t
        out = []
        for p, g, v, s in zip(params, grads, self.v, self.s):
            v *= b1
            v += (1.0 - b1) * g
            s *= b2
            s += (1.0 - b2) * (g * g)
            out.append(p - lr * (v / c1) / (np.sqrt(s / c2) + eps))
        return out

    def _step_flat(self, p, g, v, s, lr, w, w2):
        b1, b2, eps = self.hyper["beta1"], self.hyper["beta2"], self.hyper["epsilon"]
        c1, c2 = 1.0 - b1 ** self.t, 1.0 - b2 ** self.t
        v *= b1
        v += np.multiply(g, 1.0 - b1, out=w)
        s *= b2
        s += np.multiply(np.multiply(g, g, out=w), 1.0 - b2, out=w)
        np.multiply(np.divide(v, c1, out=w), lr, out=w)
        np.add(np.sqrt(np.divide(s, c2, out=w2), out=w2), eps, out=w2)
        np.subtract(p, np.divide(w, w2, out=w), out=p)


#: Every optimizer class by name.
OPTIMIZERS: dict[str, type[Optimizer]] = {cls.name: cls for cls in (GD, Momentum, RMSprop, Adam)}


def make(name: str, **hyper: float) -> Optimizer:
    """A fresh optimizer called ``name`` with its settings (the rest take their defaults)."""
    try:
        cls = OPTIMIZERS[name]
    except (KeyError, TypeError):
        raise unknown("optimizer", name, OPTIMIZERS) from None
    return cls(**hyper)


# -- learning-rate schedules ------------------------------------------------------------------
@dataclass(frozen=True)
class Schedule:
    name: str
    title: str
    formula: str
    rate: Callable[[float, float], float]     # (α₀·, e) -> α, decay_rate bound by ``learning_rate``


_SCHEDULES = (
    Schedule("none", "Constant", "α = α₀", lambda r, e: 1.0),
    Schedule("inverse_time", "Inverse time", "α = α₀ / (1 + decay_rate·⌊epoch / interval⌋)",
             lambda r, e: 1.0 / (1.0 + r * e)),
    Schedule("exponential", "Exponential", "α = α₀·decay_rate^⌊epoch / interval⌋",
             lambda r, e: r ** e),
)
#: Every schedule by name.
SCHEDULES: dict[str, Schedule] = {s.name: s for s in _SCHEDULES}


def learning_rate(schedule: str, lr0: float, epoch: int, decay_rate: float = 0.0,
                  decay_interval: int = 1) -> float:
    """α for ``epoch`` under ``schedule`` (e = ⌊epoch / decay_interval⌋)."""
    try:
        s = SCHEDULES[schedule]
    except (KeyError, TypeError):
        raise unknown("learning-rate schedule", schedule, SCHEDULES) from None
    if not (isinstance(decay_interval, (int, np.integer)) and decay_interval >= 1):
        raise InvalidValueError("out_of_range", name="decay_interval", rule="a whole number ≥ 1",
                                value=decay_interval)
    if not (np.isfinite(decay_rate) and decay_rate >= 0):
        raise InvalidValueError("out_of_range", name="decay_rate", rule="a number ≥ 0", value=decay_rate)
    return lr0 * s.rate(decay_rate, epoch // decay_interval)

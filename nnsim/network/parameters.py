"""A network's arrays by name: what optimizers train, the running averages, and the checks on both.

The names are the files' (``W1``, ``b1``, ``gamma1``, ``beta1``, ``mean1``, ``var1``…) and come
from ``NetworkSpec.parameter_shapes`` and ``running_shapes``; each maps to one per-layer list of
the ``Network`` (``weights``, ``biases``, ``gamma``, ``beta``, ``running_mean``, ``running_var``).
This module holds no mathematics.
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

import numpy as np

from ..errors import ShapeError

Array = np.ndarray

#: The name's prefix → the Network's per-layer list, and the Gradients' list of its derivative.
LISTS = {"W": ("weights", "dW"), "b": ("biases", "db"), "gamma": ("gamma", "dgamma"),
         "beta": ("beta", "dbeta"), "mean": ("running_mean", None), "var": ("running_var", None)}
_NAME = re.compile(r"([A-Za-z]+)(\d+)$")


def slot(name: str) -> tuple[str, int]:
    """("weights", 1) for "W1": the list and the layer a name stands for."""
    prefix, k = _NAME.match(name).groups()            # type: ignore[union-attr]
    return LISTS[prefix][0], int(k)


class ParameterMixin:
    """The named-array half of ``Network`` (it supplies ``spec`` and the per-layer lists)."""

    spec: object

    def _init_slots(self) -> None:
        shapes = self.spec.parameter_shapes()                    # type: ignore[attr-defined]
        self._param_names = tuple(shapes)
        self._param_slots = tuple(slot(n) for n in shapes)
        self._param_shapes = tuple(shapes.values())
        sizes = np.cumsum([0] + [int(np.prod(shape)) for shape in self._param_shapes])
        #: each parameter's (start, stop, shape) in the flat vector of ``parameters()`` (``fast_step``)
        self.param_bounds = tuple((int(a), int(b), shape) for a, b, shape in zip(sizes, sizes[1:], self._param_shapes))
        # the Gradients' list and layer of each parameter's derivative (gradient_list runs every step)
        self._grad_slots = tuple((LISTS[_NAME.match(n).group(1)][1], k)         # type: ignore[union-attr]
                                 for n, (_, k) in zip(shapes, self._param_slots))
        running = self.spec.running_shapes()                     # type: ignore[attr-defined]
        self._running_names = tuple(running)
        self._running_slots = tuple(slot(n) for n in running)
        self._running_shapes = tuple(running.values())

    # -- trained parameters ---------------------------------------------------------------------
    def parameter_names(self) -> tuple[str, ...]:
        """The names of ``parameters()``, in their order: W1, b1 (or gamma1, beta1), W2, …"""
        return self._param_names

    def parameter_layers(self) -> tuple[int, ...]:
        """The layer k of each of ``parameters()``."""
        return tuple(k for _, k in self._param_slots)

    def parameters(self) -> list[Array]:
        """[W1, b1, W2, b2, …]: the order optimizers see (γ⁽ᵏ⁾, β⁽ᵏ⁾ in place of a normalised layer's b⁽ᵏ⁾)."""
        return [getattr(self, attr)[k] for attr, k in self._param_slots]

    def gradient_list(self, grads) -> list[Array]:
        """The gradients of ``parameters()``, in the same order: dW1, db1 (or dγ1, dβ1), …"""
        return [getattr(grads, attr)[k] for attr, k in self._grad_slots]

    def set_parameters(self, params: Sequence[Array]) -> None:
        """Assign ``parameters()`` after checking every shape (nothing changes if one is wrong)."""
        self._set(params, self._param_names, self._param_shapes, self._param_slots, "parameters")

    def set_layers(self, **lists: Sequence[Array | None]) -> None:
        """Assign whole per-layer lists by the Network's names (``weights``, ``biases``, ``gamma``,
        ``beta``, ``running_mean``, ``running_var``; each indexed by layer, [0] None); a list not
        given, or None at a layer, keeps what the network has. Every shape is checked first."""
        attrs = {attr for attr, _ in LISTS.values()}
        unknown = sorted(set(lists) - attrs)
        if unknown:
            raise ShapeError("bad_shape", name="the parameters", shape=", ".join(unknown),
                             expected=", ".join(sorted(attrs)))
        for attr, given in lists.items():
            if given and len(given) != self.spec.depth + 1:                     # type: ignore[attr-defined]
                raise ShapeError("bad_shape", name=attr, shape=f"{len(given) - 1} layers",
                                 expected=f"{self.spec.depth} layers")          # type: ignore[attr-defined]
        slots = self._param_slots + self._running_slots
        new = [lists.get(attr, ())[k] if len(lists.get(attr, ())) > k and lists[attr][k] is not None
               else getattr(self, attr)[k] for attr, k in slots]
        extra = [f"{prefix}{k}" for prefix, (attr, _) in LISTS.items() for k, a in enumerate(lists.get(attr, ()))
                 if a is not None and (attr, k) not in slots]
        if extra:                                     # e.g. a b for a batch-normalised layer
            raise ShapeError("bad_shape", name="the parameters", shape=", ".join(extra),
                             expected=", ".join(self._param_names + self._running_names))
        self._set(new, self._param_names + self._running_names, self._param_shapes + self._running_shapes,
                  slots, "the network's state")

    def set_entry(self, name: str, index: tuple[int, ...], value: float) -> None:
        """Set one number of array ``name`` (``W2``, ``b1``…) in a new array (whoever holds the old one
        keeps it unchanged); IndexError/KeyError if there is none."""
        array = self.named_arrays()[name].copy()
        if len(index) != array.ndim or not all(0 <= i < n for i, n in zip(index, array.shape)):
            raise IndexError(f"{name} has no entry {index}")
        array[index] = float(value)
        attr, k = slot(name)
        getattr(self, attr)[k] = array

    def set_parameters_unchecked(self, params: Sequence[Array]) -> None:
        for (attr, k), p in zip(self._param_slots, params):
            getattr(self, attr)[k] = p

    # -- running averages and the whole state ---------------------------------------------------
    def running_averages(self) -> list[Array]:
        """[mean1, var1, mean2, var2, …] of the normalised layers (empty without batch norm)."""
        return [getattr(self, attr)[k] for attr, k in self._running_slots]

    def state(self) -> list[Array]:
        """Copies of ``parameters()`` then ``running_averages()``: what a kept network is."""
        return [p.copy() for p in self.parameters() + self.running_averages()]

    def set_state(self, arrays: Sequence[Array]) -> None:
        """Assign what ``state()`` gave, after checking every shape."""
        self._set(arrays, self._param_names + self._running_names, self._param_shapes + self._running_shapes,
                  self._param_slots + self._running_slots, "the network's state")

    def named_arrays(self) -> dict[str, Array]:
        """Every array by its file name: W1, b1 (or gamma1, beta1), …, then mean1, var1, … (not copies)."""
        return dict(zip(self._param_names + self._running_names, self.parameters() + self.running_averages()))

    def array_shapes(self) -> dict[str, tuple[int, ...]]:
        return dict(zip(self._param_names + self._running_names, self._param_shapes + self._running_shapes))

    def set_named_arrays(self, arrays: Mapping[str, Array]) -> None:
        """Assign every array of ``named_arrays()`` from a mapping by name (a missing name: KeyError)."""
        self.set_state([arrays[name] for name in self._param_names + self._running_names])

    def _set(self, arrays, names, shapes, slots, what: str) -> None:
        if len(arrays) != len(shapes):
            raise ShapeError("bad_shape", name=what, shape=f"{len(arrays)} arrays",
                             expected=f"{len(shapes)} arrays")
        checked = [np.array(a, dtype=float) for a in arrays]
        for name, a, shape in zip(names, checked, shapes):
            if a.shape != shape:
                raise ShapeError("bad_shape", name=name, shape=a.shape, expected=shape)
        for (attr, k), a in zip(slots, checked):
            getattr(self, attr)[k] = a

"""NNSim's engine: a small neural network in pure NumPy that keeps what a viewer needs.

Every quantity a learner is shown (each layer's Z and A, dropout masks, dZ,
dA, dW, db, the cost, each optimizer's state) is computed here and returned
as fresh arrays; the Qt application only paints them. This package never
imports Qt, so it works from a notebook, a script or the ``nnsim`` command.

The modules, one idea each: ``activations``, ``initializers``, ``losses``,
``network`` (``NetworkSpec``, ``Network``, ``Trace``, ``Gradients``, the
phases of a step; also importable from here), ``regularization``,
``optimizers``, ``gradcheck``, ``errors``; the app's protocol is in
``commands`` and ``snapshot``.
"""
from __future__ import annotations

try:
    from importlib.metadata import PackageNotFoundError, version as _version
    __version__ = _version("nnsim")
except PackageNotFoundError:         # running from a source tree that was never installed
    __version__ = "0.1.0"

import importlib as _importlib

from .errors import InvalidValueError, NNSimError, ShapeError, UnknownNameError

_NETWORK_NAMES = ("Gradients", "Network", "NetworkSpec", "Phase", "StepResult", "Trace")


def __getattr__(name: str):
    """``nnsim.Network`` and the other ``network`` names, loaded when first asked for: importing a
    module of the package (``nnsim.protocol``, say) does not load the network."""
    if name in _NETWORK_NAMES:
        return getattr(_importlib.import_module(".network", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Gradients", "InvalidValueError", "NNSimError", "Network", "NetworkSpec", "Phase",
           "ShapeError", "StepResult", "Trace", "UnknownNameError", "__version__"]

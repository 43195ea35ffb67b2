"""NNSim's engine: a small neural network in pure NumPy that keeps what a viewer needs.

Every quantity a learner is shown (each layer's Z and A, dropout masks, dZ,
dA, dW, db, the cost, each optimizer's state) is computed here and returned
as fresh arrays; the Qt application only paints them. This package never
imports Qt, so it works from a notebook, a script or the ``nnsim`` command.

The modules, one idea each: ``activations``, ``initializers``, ``losses``,
``network`` (``NetworkSpec``, ``Network``, ``Trace``, ``Gradients``, the
phases of a step), ``regularization``, ``optimizers``, ``gradcheck``,
``errors``.
"""
from __future__ import annotations

try:
    from importlib.metadata import PackageNotFoundError, version as _version
    __version__ = _version("nnsim")
except PackageNotFoundError:         # running from a source tree that was never installed
    __version__ = "0.1.0"

from .errors import InvalidValueError, NNSimError, ShapeError, UnknownNameError
from .network import Gradients, Network, NetworkSpec, Phase, StepResult, Trace

__all__ = ["Gradients", "InvalidValueError", "NNSimError", "Network", "NetworkSpec", "Phase",
           "ShapeError", "StepResult", "Trace", "UnknownNameError", "__version__"]

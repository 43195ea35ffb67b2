"""Weight export: what a trained network leaves the program as, and the way back in.

``export(network, pipeline, path)`` writes the format the suffix names:

- ``.npz``  arrays ``W1``, ``b1``, … (``Wk`` is W⁽ᵏ⁾, shape (units_k, units_{k−1}),
  ``bk`` shape (units_k,)) and ``spec``, a 0-d string array holding the JSON
  header below; a batch-normalised layer k has no ``bk`` but ``gammak``, ``betak``
  (γ, β) and ``meank``, ``vark`` (the running averages of μ and σ²), each (units_k,);
- ``.json`` the same header plus ``"layers": [{"W", "b", "activation"}, …]`` as
  readable nested lists (a batch-normalised layer: ``"W", "gamma", "beta", "mean", "var"``);
- ``.onnx`` a graph that takes the same raw columns as ``predict``: the raw columns'
  standardisation (Sub, Div; identity unless the run is a format-1 project's), the feature
  map (Gather, Mul, Sin, Concat), the standardisation of the mapped columns (Sub, Div),
  then one Gemm and one
  activation node per layer, the output activation included (a batch-normalised layer: Gemm
  without b, ``BatchNormalization`` with the running averages, the activation); input ``input``
  (batch, columns) with a dynamic batch, output ``output`` (batch, outputs);
- ``.py``   a standalone NumPy script a learner can read on one page, weights
  embedded, that prints predictions for a CSV file.

The JSON header: ``{"format": "nnsim-weights", "version": 2 (3 with batch norm), "sizes", "activations"
(layers 1..L), "output", "loss", "network" (NetworkSpec.to_dict), "pipeline"
(Pipeline.to_dict: columns, mean, scale, features, feature_mean, feature_scale), "label_names",
"task"}``; ``network`` holds ``batch_norm`` and ``batch_norm_decay`` when batch norm is on, and
only version 3 may. Version 1 files (no feature_mean/feature_scale: standardised before the map) load
with that meaning.

``load(path)`` reads ``.npz`` and ``.json`` back into ``(Network, Pipeline, meta)``.
Every write is atomic (``io.atomic_open``). float64 everywhere except ONNX,
which is float32 unless ``dtype="float64"``. This package does not train, and
reads no project files (``project`` does).

The modules: ``header`` (what every format holds), ``writing`` (``export``, .npz, .json),
``onnx_graph``, ``script`` (the standalone .py), ``reading`` (``load``).
"""
from __future__ import annotations

from ..errors import ExportError
from .header import (DTYPES, FEATURE_FORMULAS, FORMAT, LOADABLE, ONNX_IR_VERSION, ONNX_OPSET, SUFFIXES, VERSION,
                     Array)
from .header import _pipeline_parts as _pipeline_parts  # re-exported: the export tests check a pipeline with it
from .onnx_graph import onnx_model
from .reading import load
from .script import python_script
from .writing import export

__all__ = ["DTYPES", "FEATURE_FORMULAS", "FORMAT", "LOADABLE", "ONNX_IR_VERSION", "ONNX_OPSET", "SUFFIXES", "VERSION",
           "Array", "ExportError", "export", "load", "onnx_model", "python_script"]

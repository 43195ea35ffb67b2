"""Which training path runs: the compiled kernel (``nnsim.network.kernel``, the ``fast`` extra) or NumPy.

Imports nothing of the engine (and not Numba): the UI's About box and ``nnsim --version`` ask it.

- ``compiled_available()``: Numba is installed (found, not imported: asking costs nothing at
  start-up) and ``NNSIM_NO_COMPILED`` is not set to 1.
- ``cache_dir()``: where the jitted functions are cached on disk (``NUMBA_CACHE_DIR`` if set, else
  the user's cache folder; ``nnsim.training.compiled`` sets it before importing Numba), so they
  compile once per machine.
- ``not_covered(spec, keep_prob, fixed_rows)``: why the kernel cannot train this network (batch
  norm, dropout, a fixed batch, a layer over ``MAX_UNITS`` units, an output/loss pair it lacks),
  or None; a trainer falls back to the NumPy path for those.
- ``describe()``: one line saying which path runs, for ``nnsim --version`` and Help → About.

Path names, as recorded in a project file (``Trainer.paths``): ``NUMPY``, ``COMPILED``.
"""
from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
from pathlib import Path

NUMPY = "numpy"
COMPILED = "compiled"
#: The largest layer (input, hidden or output) the kernel trains.
MAX_UNITS = 64

def compiled_available() -> bool:
    return os.environ.get("NNSIM_NO_COMPILED") != "1" and _numba_found()


@functools.lru_cache(maxsize=1)
def _numba_found() -> bool:
    """Whether Numba is installed (asked once: ``find_spec`` costs microseconds, and ``Trainer.run`` asks
    at every call)."""
    return importlib.util.find_spec("numba") is not None


def cache_dir() -> Path:
    """Where Numba keeps the compiled kernel: NUMBA_CACHE_DIR if set, else the user's cache folder."""
    if os.environ.get("NUMBA_CACHE_DIR"):
        return Path(os.environ["NUMBA_CACHE_DIR"])
    import platformdirs
    return Path(platformdirs.user_cache_dir("nnsim")) / "numba"


def not_covered(spec, keep_prob: tuple[float, ...], fixed_rows) -> str | None:
    """Why the compiled kernel does not train this run (then NumPy does), or None."""
    if not compiled_available():
        return "Numba is not installed (the fast extra)"
    if spec.batch_norm:
        return "batch norm"
    if any(p < 1.0 for p in keep_prob):
        return "dropout"
    if fixed_rows is not None:
        return "a fixed batch (the step view's batch of one)"
    if max(spec.sizes) > MAX_UNITS:
        return f"a layer of more than {MAX_UNITS} units"
    if (spec.output, spec.loss) not in (("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"),
                                        ("linear", "mse"), ("sigmoid", "mse")):
        return f"the output {spec.output} with the loss {spec.loss}"
    return None


def numba_version() -> str:
    """The installed Numba's version ('?' where it has no metadata)."""
    try:
        return importlib.metadata.version("numba")
    except importlib.metadata.PackageNotFoundError:          # pragma: no cover - a bare module
        return "?"


def state() -> str:
    """"compiled" (Numba found), "off" (``NNSIM_NO_COMPILED=1``) or "missing" (no fast extra)."""
    if compiled_available():
        return "compiled"
    return "off" if os.environ.get("NNSIM_NO_COMPILED") == "1" else "missing"


def describe() -> str:
    """'compiled kernel (Numba 0.68.1) for small networks, NumPy otherwise' or 'NumPy (…)'."""
    if compiled_available():
        return (f"compiled kernel (Numba {numba_version()}) for networks of up to {MAX_UNITS} units a layer "
                "without batch norm or dropout; NumPy otherwise")
    if os.environ.get("NNSIM_NO_COMPILED") == "1":
        return "NumPy (the compiled kernel is switched off: NNSIM_NO_COMPILED=1)"
    return "NumPy (install the fast extra, nnsim[fast], for the compiled kernel)"

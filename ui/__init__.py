"""NNSim's desktop application (PySide6 + pyqtgraph), installed as ``nnsim_ui``.

The window and its views: they send commands to the engine and paint the
snapshots that come back, and never compute the mathematics themselves
(that is ``nnsim``'s job; ``nnsim`` never imports this package).

The repository keeps this folder as ``ui/``; pyproject.toml installs it under
the project's own name, ``nnsim_ui``, so the wheel adds no generic top-level
``ui`` package. Modules here import each other relatively, so they work under
either name; everything outside (tests, scripts) imports ``nnsim_ui``.

Importing ``nnsim_ui`` imports nothing else, so that ``nnsim_ui.app`` can set
the process environment (one BLAS thread) before NumPy loads. Start the app
with ``nnsim-gui`` or ``python -m nnsim_ui``.
"""

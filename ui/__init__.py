"""NNSim's desktop application (PySide6 + pyqtgraph).

The window and its views: they send commands to the engine and paint the
snapshots that come back, and never compute the mathematics themselves
(that is ``nnsim``'s job; ``nnsim`` never imports this package).

Importing ``ui`` imports nothing else, so that ``ui.app`` can set the
process environment (one BLAS thread) before NumPy loads. Start the app with
``nnsim-gui`` or ``python -m ui``.
"""

"""NNSim's data files: the style sheet, icons (SVG), presets and translations.

Installed as ``nnsim_resources`` (pyproject.toml maps this folder to that name,
so the wheel adds no generic top-level ``resources`` package). A package only so
that ``importlib.resources.files("nnsim_resources")`` finds these files wherever
NNSim is installed (an editable install or a wheel). It holds no code;
``nnsim_ui.resources`` and ``nnsim.presets`` read from it.
"""

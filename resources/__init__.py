"""NNSim's data files: the style sheet, icons (SVG), presets and translations.

A package only so that ``importlib.resources.files("resources")`` finds these
files wherever NNSim is installed (a source tree, an editable install or a
wheel). It holds no code; ``ui.resources`` reads from it.
"""

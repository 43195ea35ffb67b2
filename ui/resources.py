"""Finding NNSim's data files (style sheet, icons, presets) wherever it is installed.

What this is: a thin layer over ``importlib.resources.files("nnsim_resources")``
(the repository's ``resources/`` folder, installed under the project's own name),
so the files are found the same way in a source tree, an editable install or
a wheel, whatever the current folder is. What this is not: a cache or a
loader of parsed formats; callers parse what they read.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

#: The repository's ``resources/`` folder, as installed (pyproject.toml maps the name).
PACKAGE = "nnsim_resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def resource_path(*parts: str) -> Traversable:
    """The resource at ``resources/<parts...>``, e.g. ``resource_path("icons", "nnsim.svg")``.

    A Traversable, not necessarily a file on disk: read it with
    ``read_text``/``read_bytes``. Raises FileNotFoundError if it does not exist.
    """
    path = files(PACKAGE)
    for part in parts:          # one at a time: Python 3.11's MultiplexedPath (the frozen
        path = path.joinpath(part)  # bundle's resources) takes a single part
    if not path.is_file():
        raise FileNotFoundError(f"NNSim resource not found: {'/'.join(parts)}")
    return path


def read_text(*parts: str) -> str:
    """The text (UTF-8) of the resource at ``resources/<parts...>``."""
    return resource_path(*parts).read_text(encoding="utf-8")


def svg_icon(*parts: str) -> QIcon:
    """A QIcon drawn from the SVG resource at ``resources/<parts...>``, at the usual sizes.

    Rendered from the bytes, so it works even where the resource is not a
    file on disk. Raises ValueError if the SVG does not parse.
    """
    renderer = QSvgRenderer(QByteArray(resource_path(*parts).read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {'/'.join(parts)}")
    icon = QIcon()
    for side in ICON_SIZES:
        pixmap = QPixmap(QSize(side, side))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon

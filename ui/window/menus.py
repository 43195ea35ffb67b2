"""Small pieces of the main window's menus: their object names (parts find menus by these, never by
their translated titles) and the About box."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox

from nnsim import __version__
from nnsim import training_path
from nnsim.data import SHIPPED

LICENCE, LICENCE_SHORT = "Creative Commons Attribution 4.0 International", "CC BY 4.0"    # names: not translated


def name_menus(window, file_menu, edit, run, view, help_menu) -> None:
    window.file_menu, window.edit_menu, window.training_menu, window.view_menu, window.help_menu = (
        file_menu, edit, run, view, help_menu)
    for menu, name in ((file_menu, "fileMenu"), (edit, "editMenu"), (run, "trainingMenu"), (view, "viewMenu"),
                       (window.language_menu, "languageMenu"), (help_menu, "helpMenu")):
        menu.setObjectName(name)


def about_text(window) -> str:
    """The About box's words: the program, then the shipped data sets' sources and licence."""
    sources = "".join(f"<li>{html.escape(entry.source)}</li>" for entry in SHIPPED.values())
    data = window.tr(
        "<p>The real data sets shipped with NNSim come from the UCI Machine Learning Repository and are "
        "licensed under the {licence} licence ({short}); the files are the copies scikit-learn ships, "
        "with only the layout changed:</p>").format(licence=LICENCE, short=LICENCE_SHORT)
    return window.tr(
        "<b>NNSim {version}</b><p>A neural-network simulator for learners: draw a network, "
        "watch it learn, step through the numbers.</p>").format(version=__version__) + (
            "<p>" + training_path_text(window) + "</p>") + data + f"<ul>{sources}</ul>"


def about(window) -> None:
    QMessageBox.about(window, window.tr("About NNSim"), about_text(window))


def training_path_text(window) -> str:
    """Which training path the engine runs (``nnsim.training_path``), as the About box says it."""
    state = training_path.state()
    if state == "compiled":
        return window.tr("Training path: the compiled kernel (Numba {numba}) for networks of up to {units} "
                         "units a layer without batch normalization or dropout; NumPy otherwise.").format(
            numba=training_path.numba_version(), units=training_path.MAX_UNITS)
    if state == "off":
        return window.tr("Training path: NumPy (the compiled kernel is switched off: NNSIM_NO_COMPILED=1).")
    return window.tr("Training path: NumPy (install the fast extra, nnsim[fast], for the compiled kernel).")

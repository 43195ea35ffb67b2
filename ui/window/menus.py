"""Small pieces of the main window's menus: their object names (parts find menus by these, never by
their translated titles) and the About box."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from nnsim import __version__


def name_menus(window, file_menu, edit, run, view, help_menu) -> None:
    window.file_menu, window.edit_menu, window.training_menu, window.view_menu, window.help_menu = (
        file_menu, edit, run, view, help_menu)
    for menu, name in ((file_menu, "fileMenu"), (edit, "editMenu"), (run, "trainingMenu"), (view, "viewMenu"),
                       (window.language_menu, "languageMenu"), (help_menu, "helpMenu")):
        menu.setObjectName(name)


def about(window) -> None:
    QMessageBox.about(window, window.tr("About NNSim"), window.tr(
        "<b>NNSim {version}</b><p>A neural-network simulator for learners: draw a network, "
        "watch it learn, step through the numbers.</p>").format(version=__version__))

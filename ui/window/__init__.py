"""The main window, which builds its parts explicitly; the File menu and the Modes menu."""

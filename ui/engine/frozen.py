"""The frozen bundle's start: ``freeze_support`` before anything else (standard library only).

In the frozen bundle an engine process starts this same executable; multiprocessing's
``freeze_support()`` then runs that child's work and exits. Everywhere else it does nothing.
Kept in ui/engine, the one package that starts processes (tests/engine/test_architecture.py).
"""
from __future__ import annotations

import multiprocessing


def freeze_support() -> None:
    multiprocessing.freeze_support()

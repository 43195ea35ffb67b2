"""What a view may ask of the controller: ``EngineLink``, a typed Protocol.

Views (canvas, step panel, plots, instrument panels, tuning, settings) take an ``EngineLink``
rather than the ``Controller`` class, so a test can hand them a stub and the type checker says
when a view reaches for more. ``Controller`` satisfies it (checked in tests). What this is not:
the controller (``controller``) or the engine's protocol (``nnsim.protocol``).
"""
from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from nnsim import protocol as S


@runtime_checkable
class EngineLink(Protocol):
    """The run config and newest snapshot, the commands and edits a view sends, and the signals it
    follows (``snapshotReady``, ``configChanged``, ``noticeReceived``, ``exampleFocused``,
    ``neuronFocused``; Qt signals, not listed as members since a Protocol cannot type them)."""

    config: dict
    snapshot: S.Snapshot | None

    def send(self, command: S.Command) -> None: ...

    def edit(self, changes: dict[str, Any], text: str, send: bool = True) -> bool: ...

    def set_instruments(self, names: tuple[str, ...], options: dict | None = None) -> None: ...

    def set_weight(self, layer: int, row: int, col: int, value: float) -> None: ...

    def set_points(self, X: tuple, y: tuple, classes: int, text: str) -> bool: ...

    def play(self) -> None: ...

    def pause(self) -> None: ...

    def focus_example(self, index: int | None) -> None: ...

    def focus_neuron(self, k: int, i: int) -> None: ...

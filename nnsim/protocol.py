"""The protocol between the app and the engine process, under one name: commands in, snapshots out.

Re-exports ``nnsim.commands`` and ``nnsim.snapshot`` (and the app's default project), so a
caller that speaks to the engine (``from nnsim import protocol as S``; ``S.Play()``,
``S.Snapshot``) imports neither the session nor a trainer.
"""
from __future__ import annotations

from .commands import *  # noqa: F403
from .commands import __all__ as _commands
from .config import default_config
from .snapshot import *  # noqa: F403
from .snapshot import __all__ as _snapshot

__all__ = [*_commands, *_snapshot, "default_config"]

"""The monkey test, bounded (issue 14): seeded random actions on the real main window while it
trains, through ``benchmarks/monkey.py``'s driver; any Python exception or Qt warning fails."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.ui, pytest.mark.slow]

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "monkey.py"


def _monkey():
    spec = importlib.util.spec_from_file_location("nnsim_monkey", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module                     # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_two_hundred_random_actions_raise_nothing(qtbot, window):
    monkey = _monkey()
    report = monkey.run(window, 200, seed=1)
    assert report.actions == 200
    assert not report.exceptions, report.exceptions[0]
    assert not report.qt_warnings, report.qt_warnings[:5]
    assert report.longest_stall_ms < 2000           # a hang guard, not a speed check

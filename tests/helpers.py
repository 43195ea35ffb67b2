"""Helpers shared by test modules: a child Python process and the words to explain its failure.

Imported as ``helpers`` (``from helpers import run_python, explain``): the folder tests/ is on
``sys.path`` through its conftest.py, as pytest's default import mode puts it there.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUBPROCESS_TIMEOUT = 300


def run_python(code_or_args: str | list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``sys.executable -c CODE`` (or with ARGS) in the repository root; capture its output."""
    args = ["-c", textwrap.dedent(code_or_args)] if isinstance(code_or_args, str) else code_or_args
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**os.environ, **env}, capture_output=True,
        text=True, timeout=SUBPROCESS_TIMEOUT, check=False,
    )


def explain(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit code {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"

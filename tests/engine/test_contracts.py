"""The engine's walls, checked inside the one test command.

- import-linter's contracts (``[tool.importlinter]`` in pyproject.toml) are kept, and a
  deliberate break on a copy of the engine is caught (so the check is not vacuous);
- ruff's SLF001 (no private member reached across objects) finds nothing in ``nnsim``;
- no import cycle among the engine's modules;
- what a viewer process may import of the engine (the protocol, pure curves, config rules,
  the process entry points) loads no session, trainer, network or stepper.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300
#: What the UI must not load, directly or indirectly (DESIGN.md).
UI_FORBIDDEN = ("nnsim.session", "nnsim.training", "nnsim.network", "nnsim.stepper")
#: Engine modules a viewer process may import.
VIEWER_SAFE = ("nnsim", "nnsim.protocol", "nnsim.commands", "nnsim.snapshot", "nnsim.curves", "nnsim.edits",
               "nnsim.config", "nnsim.data", "nnsim.activations", "nnsim.optimizers", "nnsim.losses",
               "nnsim.presets", "nnsim.lessons", "nnsim.goals", "nnsim.serve", "nnsim.tuning", "nnsim.tuning_space", "nnsim.errors", "nnsim.io")


#: The engine's contracts in pyproject.toml (the UI's are checked by test_architecture.py).
ENGINE_CONTRACTS = ("engine-without-qt", "engine-layers", "protocol-alone", "lessons-without-trainer")


def lint_imports(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    only = [arg for contract in ENGINE_CONTRACTS for arg in ("--contract", contract)]
    return subprocess.run([exe, "--no-cache", *only], cwd=cwd, env={**os.environ, **env}, capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)


def test_import_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("bad_line, contract", [
    ("from .. import session  # a deliberate break\n", "Layers inside the engine"),
    ("import pyqtgraph  # a deliberate break\n", "The engine never imports Qt"),
    ("from . import training  # a deliberate break\n", "The lessons import no trainer"),
])
def test_a_broken_contract_fails(tmp_path: Path, bad_line: str, contract: str) -> None:
    shutil.copytree(ROOT / "nnsim", tmp_path / "nnsim", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "nnsim" / ("lessons.py" if "training" in bad_line else "network/model.py")
    target.write_text(bad_line + target.read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(tmp_path, PYTHONPATH=f"{tmp_path}{os.pathsep}{ROOT}")
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if "BROKEN" in line or "broken" in line]
    assert any(contract in line for line in result.stdout.splitlines() if "BROKEN" in line), broken


def ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)


def test_no_private_member_is_reached_across_objects_in_the_engine() -> None:
    result = ruff("--select", "SLF001", "nnsim")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_private_member_rule_finds_a_reach_in(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text("def f(trainer):\n    return trainer._order\n", encoding="utf-8")
    result = ruff("--select", "SLF001", "bad.py", cwd=tmp_path)
    assert result.returncode != 0 and "SLF001" in result.stdout


def test_no_import_cycle_among_engine_modules() -> None:
    import grimp
    graph = grimp.build_graph("nnsim", cache_dir=None)
    modules = sorted(graph.modules)
    cycles = []
    for m in modules:
        for n in graph.find_modules_directly_imported_by(m):
            if "nnsim" not in (m, n) and n != m and graph.chain_exists(importer=n, imported=m):
                cycles.append((m, n))         # the package's own __init__ (the version) aside
    assert cycles == []


def test_what_a_viewer_imports_loads_no_trainer_or_network() -> None:
    code = textwrap.dedent(f"""
        import importlib, sys
        for name in {VIEWER_SAFE!r}:
            importlib.import_module(name)
        loaded = sorted(m for m in {UI_FORBIDDEN!r} if m in sys.modules)
        print(" ".join(loaded))
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=TIMEOUT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []

"""The architecture's walls, checked inside the test command.

- The import-linter contracts of pyproject.toml (``[tool.importlinter]``), one test each,
  and a deliberately broken contract to show the check fails when a wall is crossed.
- No private reach-ins across objects: ruff's SLF001 over ``ui/`` (``nnsim/``: test_contracts.py).
- Only ``ui/engine/`` (the engine worker, the tuning worker) starts processes.
- No import cycle among the application's modules.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
CONTRACTS = [c["id"] for c in CONFIG["contracts"]]
PROCESS_MODULES = {"multiprocessing", "subprocess", "concurrent"}


def tool(name: str) -> str:
    """The console script ``name`` of this interpreter's environment (or on PATH)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("contract", CONTRACTS)
def test_import_contract_is_kept(contract: str) -> None:
    result = run(tool("lint-imports"), "--contract", contract, "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_ui_contract_fails(tmp_path: Path) -> None:
    """A contract the code breaks on purpose (the canvas uses the palette) is reported as broken."""
    config = tmp_path / "contracts.toml"
    config.write_text('[tool.importlinter]\nroot_packages = ["nnsim_ui"]\n\n'
                      '[[tool.importlinter.contracts]]\nname = "broken on purpose"\ntype = "forbidden"\n'
                      'source_modules = ["nnsim_ui.canvas"]\nforbidden_modules = ["nnsim_ui.palette"]\n',
                      encoding="utf-8")
    result = run(tool("lint-imports"), "--config", str(config), "--no-cache")
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and "nnsim_ui.canvas" in result.stdout, result.stdout


def test_no_private_reach_ins_in_the_ui() -> None:
    """(The engine's side: tests/engine/test_contracts.py.)"""
    result = run(tool("ruff"), "check", "--select", "SLF001", "--no-cache", "--output-format", "concise", "ui")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_reach_in_check_fails_on_a_reach_in(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text("def f(window):\n    return window._dock\n", encoding="utf-8")
    result = run(tool("ruff"), "check", "--select", "SLF001", "--no-cache", "--isolated", "sample.py", cwd=tmp_path)
    assert result.returncode != 0 and "SLF001" in result.stdout, result.stdout


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every absolute import in ``path`` (at any depth of the file)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.partition(".")[0])
    return names


def test_only_the_engine_package_starts_processes() -> None:
    files = sorted(UI.rglob("*.py"))
    assert files
    starting = {str(p.relative_to(ROOT)) for p in files if imported_modules(p) & PROCESS_MODULES}
    assert starting, "the engine worker starts a process: the check found none"
    assert {p for p in starting if not p.startswith("ui/engine/")} == set()


def test_no_import_cycle_among_project_modules() -> None:
    import grimp

    graph = grimp.build_graph("nnsim", "nnsim_ui", cache_dir=None)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(imported=module, importer=imported):
                cycles.append(f"{module} -> {imported} -> … -> {module}")
    assert cycles == []


#: "No module over about 500 lines" (issue 11): a module past this is split along its seams.
MAX_LINES = 550


def test_no_module_is_much_over_500_lines():
    too_long = {str(p.relative_to(ROOT)): n for folder in ("nnsim", "ui") for p in (ROOT / folder).rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert too_long == {}


def test_the_main_window_assembles_its_parts_itself() -> None:
    """MainWindow names each part it holds (issue 11): no module attaches itself to the window with an
    ``install(window)`` that sets attributes on it, and none finds a menu by its translated title."""
    attaching, by_title = [], []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "install" and node.args.args:
                attaching.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call)
                    and getattr(node.left.func, "attr", "") == "title"):
                by_title.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "title" for t in node.targets)
                    and isinstance(node.value, ast.Call) and getattr(node.value.func, "attr", "") == "title"
                    and "menu" in ast.unparse(node.value.func.value)):
                by_title.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert attaching == [], attaching
    assert by_title == [], by_title


def test_the_ui_computes_no_derivative_and_compares_no_weights() -> None:
    """g′ comes with each backward phase and identical units with the "depth" instrument (issue #11):
    no UI module calls an activation's derivative or ``identical_units``."""
    calls = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in ("derivative", "identical_units"):
                    calls.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}()")
    assert calls == []

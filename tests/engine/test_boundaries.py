"""The project's boundaries: what may import what, what the toolkit must survive, entry points.

- The engine (``nnsim``) imports with Qt, pyqtgraph and ``ui`` unimportable,
  checked on every module found on disk, so modules added later are covered.
- No engine file imports them (a static check that names the offending line).
- ``nnsim --version`` and ``nnsim`` without a command work.

(The application's entry points and the repaint check are tests/ui/test_entry_points.py.)
"""
from __future__ import annotations

import ast
from pathlib import Path

from helpers import explain, run_python

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "nnsim"
FORBIDDEN_IN_ENGINE = ("PySide6", "shiboken6", "pyqtgraph", "ui", "nnsim_ui")


# ---------------------------------------------------------------- the engine needs no Qt

def test_engine_imports_with_qt_and_ui_unimportable() -> None:
    result = run_python(f"""
        import importlib, importlib.abc, pkgutil, sys

        BLOCKED = {FORBIDDEN_IN_ENGINE!r}

        class Blocker(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] in BLOCKED:
                    raise ImportError(f"{{name}} is blocked: the engine must not need it")
                return None

        sys.meta_path.insert(0, Blocker())
        try:
            import PySide6
        except ImportError:
            pass
        else:
            sys.exit("the blocker did not block PySide6")

        import nnsim
        names = sorted(m.name for m in pkgutil.walk_packages(nnsim.__path__, "nnsim.")
                       if m.name.rpartition(".")[2] != "__main__")
        for name in names:
            importlib.import_module(name)
        print("\\n".join(names))
    """)
    assert result.returncode == 0, explain(result)
    imported = set(result.stdout.split())
    on_disk = {
        "nnsim." + ".".join(path.relative_to(ENGINE).with_suffix("").parts)
        for path in ENGINE.rglob("*.py") if path.stem not in {"__init__", "__main__"}
    }
    assert on_disk <= imported, f"modules not imported: {sorted(on_disk - imported)}"


def forbidden_imports(path: Path) -> list[str]:
    """'file:line: statement' for each import of a forbidden package in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and ast.unparse(node.func) in {"importlib.import_module", "import_module", "__import__"}):
            modules = [node.args[0].value]
        else:
            continue
        if any(module.partition(".")[0] in FORBIDDEN_IN_ENGINE for module in modules):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_engine_file_imports_qt_pyqtgraph_or_ui() -> None:
    files = sorted(ENGINE.rglob("*.py"))
    assert files, f"no Python files under {ENGINE}"
    offending = [line for path in files for line in forbidden_imports(path)]
    assert not offending, "the engine must never import Qt, pyqtgraph or ui:\n" + "\n".join(offending)


def test_the_static_check_catches_each_form(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom pyqtgraph import PlotWidget\nfrom ui import app\n"
                      "import importlib\nimportlib.import_module('shiboken6')\n"
                      "import numpy\nfrom . import ui\nimport uix\n")
    found = forbidden_imports(sample)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "5"], found


# ---------------------------------------------------------------- entry points

def test_nnsim_version() -> None:
    import nnsim
    from nnsim import training_path as paths

    result = run_python(["-m", "nnsim", "--version"])
    assert result.returncode == 0, explain(result)
    first, second = result.stdout.strip().splitlines()
    assert first == f"nnsim {nnsim.__version__}"
    assert second == f"training path: {paths.describe()}"


def test_nnsim_without_a_command_prints_help() -> None:
    result = run_python(["-m", "nnsim"])
    assert result.returncode == 0, explain(result)
    assert result.stdout.startswith("usage: nnsim")

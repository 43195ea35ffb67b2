"""Refresh the translation sources and compile them: ``python scripts/update_translations.py``.

1. Writes ``resources/translations/extracted_strings.py``: the strings ``pyside6-lupdate``
   cannot see by itself, as literal ``QT_TRANSLATE_NOOP(context, text)`` lines:
   - calls of the UI's module-level wrappers (``tr``/``_tr``/``words``/``tr_lesson``…, each a
     ``return QCoreApplication.translate("Context", text)``), whose context lupdate guesses wrong;
   - ``QT_TRANSLATE_NOOP(CONTEXT, …)`` with the context held in a module constant;
   - ``window.tr(…)`` / ``panel.tr(…)`` calls on another object (context: that object's class);
   - the engine's registry titles (context "nnsim", "activations") and error templates
     (context "EngineErrors", source text = ``nnsim.errors.MESSAGES[code]``) and the phrases filled
     into them (context "EngineErrorWords", ``nnsim.errors.PHRASES``);
   - Qt's own texts the app shows: standard buttons, the text-field menu, the widget-based file dialog
     ("QPlatformTheme", "QLineEdit", "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider"), and
     pyqtgraph's plot menus and Export dialog ("ViewBox", "PlotItem", "GraphicsScene", "Form", "Exporter").
2. Runs ``pyside6-lupdate`` over ``ui/**/*.py`` and that file into ``nnsim_vi.ts`` (translations
   already there are kept; entries whose source vanished are dropped), then removes the
   contexts lupdate invented from variable names.
3. Runs ``pyside6-lrelease -nounfinished`` to write ``nnsim_vi.qm``: unfinished entries (among them
   lupdate's guesses copied from other contexts, e.g. "Một epoch" for a figure labelled "Epoch")
   stay out, so they fall back to English.
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
TS = OUT / "nnsim_vi.ts"
QM = OUT / "nnsim_vi.qm"
EXTRA = OUT / "extracted_strings.py"

#: ``<name>.tr(...)`` on an object other than ``self``: the class whose context Qt uses at run time.
OTHER_TR = {"w": "MainWindow", "window": "MainWindow", "panel": "TuningPanel"}
#: Contexts lupdate invents for the calls above and for the module-level wrappers.
BOGUS_CONTEXTS = {"", "self.dialog", *OTHER_TR}

QT_STRINGS = {
    "QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
                       "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                       "Restore Defaults", "Don't Save", "Close without Saving"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    # Qt's widget-based file dialog (ui/window/files.py uses DontUseNativeDialog), as recorded by a logging
    # QTranslator while the open, save and folder dialogs were shown.
    "QFileDialog": ["&Look in:", "File &name:", "Files of &type:", "&Open", "&Save", "&Choose", "Directory:",
                    "Back", "Forward", "Parent Directory", "Create New Folder", "Create a New Folder",
                    "List View", "Detail View", "Change to list view mode", "Change to detail view mode",
                    "Go back", "Go forward", "Go to the parent directory", "Sidebar", "List of places and bookmarks",
                    "All Files (*)", "Files", "Directories", "&New Folder", "&Rename", "&Delete",
                    "Show &hidden files", "Recent Places", "Are you sure you want to delete '%1'?",
                    "Could not delete directory.", "%1 already exists.\nDo you want to replace it?",
                    "%1\nFile not found.\nPlease verify the correct file name was given.",
                    "%1\nDirectory not found.\nPlease verify the correct directory name was given."],
    "QFileSystemModel": ["Name", "Size", "Date Modified", "Computer"],
    # pyqtgraph (no translations of its own): the plots' context menus and the Export dialog.
    "ViewBox": ["ViewBox options", "View All", "axis", "Mouse Mode", "3 button", "1 button"],
    "PlotItem": ["Plot Options", "Transforms", "Downsample", "Average", "Alpha", "Grid", "Points"],
    "GraphicsScene": ["Export..."],
    "Form": ["Link Axis:", "Auto", "Manual", "Invert Axis", "Mouse Enabled", "Visible Data Only", "Auto Pan Only",
             "Export", "Item to export:", "Export format", "Export options", "Close", "Copy"],
    "Exporter": ["Image File (PNG, TIF, JPG, ...)", "Scalable Vector Graphics (SVG)", "CSV of original plot data",
                 "Printer"],
}
#: Qt's texts with a disambiguation: (context, text, disambiguation).
QT_STRINGS3 = [("QFileSystemModel", "Type", "All other platforms"),
               ("QAbstractFileIconProvider", "Folder", "All other platforms"),
               ("QAbstractFileIconProvider", "Drive", None)]


def _wrappers(tree: ast.Module, known: dict[str, str], local: dict[str, str], package: str) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)`` → {f: Ctx}
    (also a function passing its first argument on to such a wrapper, e.g. ``words`` → ``tr``)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            first = node.args.args[0].arg
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in local
                        and sub.func.id != node.name and sub.args and isinstance(sub.args[0], ast.Name)
                        and sub.args[0].id == first):
                    found[node.name] = local[sub.func.id]
        if isinstance(node, ast.FunctionDef) and node.args.args:
            first = node.args.args[0].arg
            for sub in ast.walk(node):
                if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                        and sub.func.attr == "translate" and len(sub.args) == 2
                        and isinstance(sub.args[1], ast.Name) and sub.args[1].id == first):
                    ctx = _literal(sub.args[0], tree)
                    if ctx is not None:
                        found[node.name] = ctx
        elif isinstance(node, ast.ImportFrom) and node.level >= 1 and node.module:
            module = _absolute(package, node.level, node.module)
            for alias in node.names:
                key = f"{module}.{alias.name}"
                if key in known:
                    found[alias.asname or alias.name] = known[key]
    return found


def _module_aliases(tree: ast.Module, package: str) -> dict[str, str]:
    """``from . import html as step_html`` in package "step" → {"step_html": "step.html"}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = _absolute(package, node.level, node.module) if node.module else (
                ".".join((package.split(".") if package else [])[:len(package.split(".")) - (node.level - 1)])
                if node.level > 1 else package)
            for alias in node.names:
                found[alias.asname or alias.name] = f"{base}.{alias.name}".lstrip(".")
    return found


def _absolute(package: str, level: int, module: str) -> str:
    """``from ..canvas.words import x`` in package "step" → "canvas.words" (names relative to ui/)."""
    parts = package.split(".") if package else []
    parts = parts[:len(parts) - (level - 1)] if level > 1 else parts
    return ".".join([*parts, module])


def _module(path: Path) -> str:
    """ui/canvas/words.py → "canvas.words"."""
    return ".".join(path.relative_to(ROOT / "ui").with_suffix("").parts)


def _literal(node: ast.AST, tree: ast.Module) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):                      # a module constant, e.g. CONTEXT = "Lessons"
        for top in tree.body:
            if (isinstance(top, ast.Assign) and len(top.targets) == 1 and isinstance(top.targets[0], ast.Name)
                    and top.targets[0].id == node.id):
                return _literal(top.value, tree)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, tree), _literal(node.right, tree)
        return None if left is None or right is None else left + right
    return None


def ui_sources() -> list[Path]:
    """Every Python file of the application, ui/**/*.py."""
    return sorted((ROOT / "ui").rglob("*.py"))


def ui_strings() -> list[tuple[str, str]]:
    """(context, text) of the wrapper calls in ui/**/*.py that lupdate does not attribute correctly."""
    pairs: list[tuple[str, str]] = []
    known: dict[str, str] = {}
    files = ui_sources()
    trees = {f: ast.parse(f.read_text(encoding="utf-8")) for f in files}
    for _ in range(3):                   # again: wrappers of wrappers, wrappers imported from other modules
        for f, tree in trees.items():
            local = {k.removeprefix(_module(f) + "."): v for k, v in known.items() if k.startswith(_module(f) + ".")}
            for name, ctx in _wrappers(tree, known, local, _module(f).rpartition(".")[0]).items():
                known[f"{_module(f)}.{name}"] = ctx
    for f, tree in trees.items():
        local = {k.removeprefix(_module(f) + "."): v for k, v in known.items() if k.startswith(_module(f) + ".")}
        modules = _module_aliases(tree, _module(f).rpartition(".")[0])
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            fn = node.func
            if isinstance(fn, ast.Name) and fn.id in ("QT_TRANSLATE_NOOP", "N") and len(node.args) == 2:
                ctx, text = _literal(node.args[0], tree), _literal(node.args[1], tree)
                if ctx and text and isinstance(node.args[0], ast.Name):
                    pairs.append((ctx, text))
            elif isinstance(fn, ast.Name) and fn.id in local:
                text = _literal(node.args[0], tree)
                if text:
                    pairs.append((local[fn.id], text))
            elif (isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name) and fn.value.id in modules
                  and f"{modules[fn.value.id]}.{fn.attr}" in known):        # step_html.words("…")
                text = _literal(node.args[0], tree)
                if text:
                    pairs.append((known[f"{modules[fn.value.id]}.{fn.attr}"], text))
            elif (isinstance(fn, ast.Attribute) and fn.attr == "tr" and isinstance(fn.value, ast.Name)
                  and fn.value.id in OTHER_TR):
                text = _literal(node.args[0], tree)
                if text:
                    pairs.append((OTHER_TR[fn.value.id], text))
    return pairs


def engine_strings() -> list[tuple[str, str]]:
    """Registry titles the UI shows through the "nnsim"/"activations" contexts, and error templates."""
    sys.path.insert(0, str(ROOT))
    import importlib
    import pkgutil

    import nnsim
    for module in pkgutil.iter_modules(nnsim.__path__):     # every module that adds MESSAGES of its own
        if module.name not in ("__main__", "cli"):
            importlib.import_module(f"nnsim.{module.name}")
    from nnsim import activations, data, initializers, losses, optimizers
    from nnsim.errors import MESSAGES, PHRASES

    pairs = []
    for a in {**activations.HIDDEN_ACTIVATIONS, **activations.OUTPUT_ACTIVATIONS}.values():
        pairs += [("nnsim", a.title)]
    for a in activations.ACTIVATIONS.values():
        pairs += [("activations", a.title.split(" (")[0])]
        pairs += [("formulas", f) for f in (a.formula, a.derivative_formula) if re.search(r"[a-z]{2,} ", f)]
    for loss in losses.LOSSES.values():
        pairs += [("nnsim", loss.title)]
    for i in initializers.INITIALIZERS.values():
        pairs += [("nnsim", i.title), ("nnsim", i.description)]
    for o in (*optimizers.OPTIMIZERS.values(), *optimizers.SCHEDULES.values()):
        pairs += [("nnsim", o.title)]
    for g in (*data.GENERATORS.values(), *data.SHIPPED.values()):
        pairs += [("nnsim", g.title), ("nnsim", g.description)]
    pairs += [("EngineErrors", MESSAGES[code]) for code in sorted(MESSAGES)]
    pairs += [("EngineErrorWords", text) for text in PHRASES]
    return pairs


def write_extra() -> None:
    pairs = ui_strings() + engine_strings()
    pairs += [(ctx, text) for ctx, texts in QT_STRINGS.items() for text in texts]
    seen, lines = set(), []
    for ctx, text in pairs:
        if (ctx, text) not in seen:
            seen.add((ctx, text))
            lines.append(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})")
    EXTRA.write_text('"""Generated by scripts/update_translations.py for pyside6-lupdate: the strings it cannot '
                     'find by itself.\nNever imported; do not edit."""\n# flake8: noqa\n'
                     + "\n".join(lines) + "\n"
                     + "".join(f"QCoreApplication.translate({c!r}, {t!r}, {d!r})\n" if d else f"QT_TRANSLATE_NOOP({c!r}, {t!r})\n"
                               for c, t, d in QT_STRINGS3), encoding="utf-8")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    write_extra()
    sources = [str(p.relative_to(ROOT)) for p in ui_sources()]
    sources.append(str(EXTRA.relative_to(ROOT)))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)), "-target-language", "vi",
                    "-no-obsolete", "-locations", "relative"], cwd=ROOT, check=True)
    text = TS.read_text(encoding="utf-8")
    pattern = r"<context>\s*<name>(%s)</name>.*?</context>\n" % "|".join(re.escape(c) for c in BOGUS_CONTEXTS)
    TS.write_text(re.sub(pattern, "", text, flags=re.S), encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), "-nounfinished", str(TS.relative_to(ROOT)), "-qm",
                    str(QM.relative_to(ROOT))],
                   cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

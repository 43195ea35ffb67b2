"""The frozen bundle's build script and the Windows/macOS workflow, checked without building.

``scripts/build_bundle.py --dry-run --platform X`` prints the PyInstaller plan for X; the plan
must be the same script on every platform: relative, forward-slash paths and nothing naming a
platform's libraries or folders. The workflow (.github/workflows/bundle.yml) cannot run here:
its structure is checked as YAML (see docs/known-facts.md for why not a schema check).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_bundle.py"
WORKFLOW = ROOT / ".github" / "workflows" / "bundle.yml"
PLATFORM_SPECIFIC = re.compile(
    r"(^/|^[A-Za-z]:|\\|\.so\b|\.dll\b|\.dylib\b|\.exe\b|/usr/|/opt/|site-packages|"
    r"\.framework|libqxcb|xcb|cocoa|windows)", re.IGNORECASE)


def dry_run(platform: str) -> dict:
    result = subprocess.run([sys.executable, str(SCRIPT), "--dry-run", "--platform", platform], check=False,
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_dry_run_has_no_platform_specific_paths(platform):
    out = dry_run(platform)
    plan = out["plan"]
    assert plan["platform"] == platform
    assert [e["name"] for e in plan["executables"]] == ["nnsim-gui", "nnsim"]
    for text in strings(out):
        assert not PLATFORM_SPECIFIC.search(text), f"{platform}: platform-specific {text!r}"
    for path in [*plan["pathex"], *(src for src, _ in plan["datas"]), *(e["script"] for e in plan["executables"])]:
        assert not Path(path).is_absolute()
    for script in (e["script"] for e in plan["executables"]):
        assert (ROOT / script).is_file()
        assert "multiprocessing.freeze_support()" in (ROOT / script).read_text()
    assert {"torch", "onnxruntime"} <= set(plan["excludes"])
    destinations = {dest for _, dest in plan["datas"]}
    assert {"nnsim_resources/presets", "nnsim_resources/translations", "nnsim_resources/icons",
            "nnsim_resources"} <= destinations
    assert out["pyinstaller"][-1] == "scripts/bundle/nnsim.spec"


def test_only_the_gui_loses_its_console_on_windows():
    consoles = {p: {e["name"]: e["console"] for e in dry_run(p)["plan"]["executables"]}
                for p in ("linux", "win32", "darwin")}
    assert consoles["win32"] == {"nnsim-gui": False, "nnsim": True}
    assert consoles["linux"] == consoles["darwin"] == {"nnsim-gui": True, "nnsim": True}


def test_data_globs_match_the_resources():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_bundle
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for src, _ in build_bundle.DATAS:
        # The plan names the staged copy; the same files are in the repository's folders.
        relative = src.removeprefix(build_bundle.STAGE + "/").replace("nnsim_resources", "resources", 1)
        assert list(ROOT.glob(relative)), f"{src}: no file in the repository"


def test_unknown_platform_is_refused():
    result = subprocess.run([sys.executable, str(SCRIPT), "--dry-run", "--platform", "haiku"], check=False,
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and "unknown platform" in result.stderr


def test_main_entry_points_call_freeze_support():
    for path in (ROOT / "ui" / "app.py", ROOT / "nnsim" / "cli" / "__init__.py"):
        body = path.read_text().split("def main(", 1)[1]
        head = body.split("parse_args", 1)[0]
        assert "freeze_support()" in head, path


def test_bundle_extra_pins_pyinstaller():
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", d) for d in extras["bundle"])


def test_workflow_structure():
    import yaml
    flow = yaml.safe_load(WORKFLOW.read_text())
    triggers = flow.get("on", flow.get(True))          # YAML 1.1 reads a bare `on` as True
    assert "workflow_dispatch" in triggers
    jobs = flow["jobs"]
    assert len(jobs) == 1
    job = next(iter(jobs.values()))
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    assert job["runs-on"] == "${{ matrix.os }}"
    assert isinstance(job["timeout-minutes"], int)
    steps = job["steps"]
    for step in steps:
        assert set(step) <= {"name", "uses", "run", "with", "env", "shell", "if", "id"}, step
        assert ("uses" in step) != ("run" in step), step
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), step["uses"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "python scripts/build_bundle.py" in runs
    assert re.search(r"nnsim\$exe --version", runs)
    assert re.search(r"nnsim-gui\$exe --screenshot", runs)
    assert "make_archive" in runs and "'zip'" in runs
    # Every ${{ }} expression is closed and names a context GitHub knows.
    for expression in re.findall(r"\$\{\{(.*?)\}\}", WORKFLOW.read_text()):
        assert expression.strip().split(".")[0] in {"matrix", "runner", "github", "env", "steps"}

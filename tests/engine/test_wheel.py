"""The wheel installs only the project's own names, and everything the app needs.

The repository keeps its folders ``ui/`` and ``resources/``; pyproject.toml installs them as
``nnsim_ui`` and ``nnsim_resources`` (no generic top-level ``ui`` or ``resources`` package in
site-packages). Built here with ``pip wheel --no-deps`` (about 10 s); .ci/run also installs
the wheel in a fresh venv and starts ``nnsim`` and ``nnsim-gui`` from another folder.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLED_AS = {"nnsim": "nnsim", "ui": "nnsim_ui", "resources": "nnsim_resources"}
#: In the repository only: lupdate's input, written by scripts/update_translations.py, never imported.
NOT_SHIPPED = {"nnsim_resources/translations/extracted_strings.py"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    (path,) = out.glob("nnsim-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


@pytest.mark.slow
def test_the_wheel_installs_only_nnsim_names(wheel: zipfile.ZipFile) -> None:
    tops = {name.split("/")[0] for name in wheel.namelist()}
    packages = {t for t in tops if not t.endswith((".dist-info", ".data"))}
    assert packages == set(INSTALLED_AS.values())
    assert all(t.startswith("nnsim") for t in tops), tops


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_data_file(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    suffixes = {".py", ".toml", ".svg", ".qss", ".qm", ".gz"}
    missing = []
    for folder, installed in INSTALLED_AS.items():
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in suffixes and "__pycache__" not in path.parts:
                inside = "/".join((installed, *path.relative_to(ROOT / folder).parts))
                if inside not in names and inside not in NOT_SHIPPED:
                    missing.append(inside)
    assert missing == []
    assert "nnsim_resources/datasets/README.md" in names      # the data sets' sources and licence travel with them


@pytest.mark.slow
def test_the_gui_script_names_the_installed_package(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    text = wheel.read(entry_points).decode()
    assert "nnsim-gui = nnsim_ui.app:main" in text and "nnsim = nnsim.cli:main" in text


@pytest.mark.slow
def test_the_shipped_data_sets_load_from_the_unpacked_wheel(wheel: zipfile.ZipFile, tmp_path: Path) -> None:
    """The wheel unpacked (as pip installs a pure-Python wheel) and imported from elsewhere: the
    data sets are found through importlib.resources, not the repository."""
    site = tmp_path / "site"
    wheel.extractall(site)
    code = ("import nnsim, nnsim_resources, nnsim.data as d; print(nnsim.__file__, nnsim_resources.__file__); "
            "print([d.load_shipped(n).X.shape for n in d.SHIPPED])")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(site)},
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    where, shapes = result.stdout.splitlines()
    assert all(w.startswith(str(site)) for w in where.split()), where
    assert shapes == "[(150, 4), (178, 13), (569, 30), (1797, 64)]"

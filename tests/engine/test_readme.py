"""The README documents what the code does: every config key, every preset, every subcommand."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nnsim import cli, config, presets

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
RUNNABLE = re.findall(r"^<!-- runnable -->\n```sh\n(.*?)^```", README, re.M | re.S)


def test_every_config_key_is_documented_with_its_default():
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([\w.]+)` \| ([^|]*) \|", README, re.M)}
    for section, keys in config.SCHEMA.items():
        for key, spec in keys.items():
            name = f"{section}.{key}" if section else key
            assert name in rows, f"README's config table lacks {name}"
            if spec.default is not None and not isinstance(spec.default, float):
                assert str(spec.default).lower().replace("'", '"') in rows[name].lower(), name


def test_every_preset_and_subcommand_is_named():
    for pid in presets.PRESET_IDS:
        assert f"`{pid}`" in README
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"nnsim {name}" in README


def test_the_two_newcomer_commands_are_there():
    assert "pip install -e '.[all]' && nnsim-gui" in README
    assert "pip install -e '.[test,fast]' && python -m pytest" in README


@pytest.mark.parametrize("block", RUNNABLE)
def test_the_readmes_runnable_examples_run(block, tmp_path):
    """Each block marked runnable, run line by line with bash in a scratch copy of the repository's
    resources, with this interpreter's `nnsim` first on PATH: every command must succeed."""
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "nnsim").write_text(f"#!/bin/sh\nexec {sys.executable} -m nnsim \"$@\"\n")
    (bin_dir / "nnsim").chmod(0o755)
    (bin_dir / "python").symlink_to(sys.executable)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_there_is_a_runnable_example():
    assert RUNNABLE and all(line.startswith(("nnsim ", "printf ")) for line in RUNNABLE[0].splitlines())

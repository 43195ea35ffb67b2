"""The README documents what the code does: every config key, every preset, every subcommand."""
from __future__ import annotations

import re
from pathlib import Path

from nnsim import cli, config, presets

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


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
    assert "pip install -e '.[test]' && python -m pytest" in README

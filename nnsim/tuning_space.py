"""The search space of a hyperparameter search: which run-config keys vary, and how.

A search space is a TOML file with one table per run-config key (the dotted
key is the table name)::

    [training.learning_rate]     # a continuous range, sampled on a log scale
    low = 1e-4
    high = 1
    log = true
    points = 5                   # grid sampler: 5 values, log-spaced

    [training.beta]              # samples 1 − β on a log scale: β in [0.9, 0.999]
    one_minus = true
    low = 0.001
    high = 0.1

    [training.batch_size]        # whole numbers
    low = 8
    high = 128
    log = true
    int = true

    [network.hidden]             # a list of values to pick from
    choices = [[8], [16, 8], [32, 16, 8]]

Any key of ``nnsim.config.SCHEMA`` can be searched. A mistake (an unknown
key, low ≥ high, a log range with low ≤ 0, empty choices, a ``one_minus``
range outside (0, 1), ...) is a ``SpaceError`` naming the key and the rule.

This module only describes the space and turns an Optuna trial into config
changes (``SearchSpace.suggest``); it never imports Optuna itself, and running
trials is ``nnsim.tuning``'s work.
"""
from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from .config import OPTIMIZER_KEYS as _OPTIMIZER_KEYS
from .config import SCHEMA, SECTIONS, ConfigError, RunConfig, _split_key
from .errors import MESSAGES, InvalidValueError

MESSAGES.update({
    "space_unknown_key": "search space: unknown key {key!r}; any run config key can be searched: {choices}",
    "space_bad": "search space [{key}]: {rule}",
    "space_empty": "search space {name}: no table; give one table per key to search, e.g. "
                   "[training.learning_rate] with low, high and log = true",
    "space_bad_file": "search space {name}: {reason}",
    "space_value": "search space [{key}]: the value {value!r} does not fit the run config: {reason}",
    "space_unused": "search space [{key}]: the run does not use this key ({reason}), so searching it changes "
                    "nothing; search it with an optimizer or schedule that uses it, or leave it out",
})

#: The settings a table may hold.
TABLE_KEYS = ("low", "high", "log", "int", "points", "one_minus", "choices")
_NUMERIC_KINDS = {"int": True, "float": False, "floats_or_float": False}   # kind -> integer range


class SpaceError(InvalidValueError):
    """A search space that cannot be used; ``params['key']`` names the table."""


def _bad(key: str, rule: str) -> SpaceError:
    return SpaceError("space_bad", key=key, rule=rule)


@dataclass(frozen=True)
class Param:
    """One searched key: a range (``low``..``high``) or a list of ``choices``.

    ``name`` is the Optuna parameter: the key itself, or ``1-<key>`` for a
    ``one_minus`` range, whose sampled value v gives the config value 1 − v.
    Choices that are lists (``network.hidden``) travel to Optuna as JSON text,
    since Optuna's categorical values are scalars.
    """
    key: str
    low: float | None = None
    high: float | None = None
    log: bool = False
    int: bool = False
    one_minus: bool = False
    points: int | None = None
    choices: tuple[Any, ...] | None = None

    @property
    def name(self) -> str:
        return f"1-{self.key}" if self.one_minus else self.key

    @property
    def is_range(self) -> bool:
        return self.choices is None

    # -- Optuna values <-> config values ----------------------------------------------------
    def _encoded_choices(self) -> list[Any]:
        assert self.choices is not None
        return [json.dumps(c) if isinstance(c, list) else c for c in self.choices]

    def to_config(self, value: Any) -> Any:
        """The config value of an Optuna parameter value."""
        if self.choices is not None:
            for choice, encoded in zip(self.choices, self._encoded_choices()):
                if encoded == value:
                    return choice
            return json.loads(value) if isinstance(value, str) and value.startswith("[") else value
        if self.int:
            return int(value)
        return 1.0 - float(value) if self.one_minus else float(value)

    def suggest(self, trial: Any) -> Any:
        """Ask an Optuna trial for this parameter; returns the config value."""
        if self.choices is not None:
            return self.to_config(trial.suggest_categorical(self.name, self._encoded_choices()))
        if self.int:
            return trial.suggest_int(self.name, int(self.low), int(self.high), log=self.log)
        return self.to_config(trial.suggest_float(self.name, self.low, self.high, log=self.log))

    def grid(self) -> list[Any]:
        """The Optuna values the grid sampler visits: the choices, or ``points`` values of the range."""
        if self.choices is not None:
            return self._encoded_choices()
        if self.points is None:
            raise _bad(self.key, "the grid sampler needs points = N (how many values of the range to try)")
        if self.log:
            values = np.geomspace(self.low, self.high, self.points)
        else:
            values = np.linspace(self.low, self.high, self.points)
        values[0], values[-1] = self.low, self.high       # exactly the ends, whatever the rounding
        if self.int:
            return sorted({int(round(v)) for v in values})
        return [float(v) for v in values]

    def config_values(self) -> list[Any]:
        """Config values to check against a run config: every choice, or the two ends of the range."""
        if self.choices is not None:
            return list(self.choices)
        return [self.to_config(self.low), self.to_config(self.high)]


@dataclass(frozen=True)
class SearchSpace:
    params: tuple[Param, ...]
    text: str = ""                         # the file's text, kept for the study's record

    @property
    def keys(self) -> list[str]:
        return [p.key for p in self.params]

    def suggest(self, trial: Any) -> dict[str, Any]:
        """Config changes for one trial, e.g. ``{"training.learning_rate": 0.0123}``."""
        return {p.key: p.suggest(trial) for p in self.params}

    def changes_from_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Config changes from a finished trial's Optuna parameters."""
        return {p.key: p.to_config(params[p.name]) for p in self.params if p.name in params}

    def grid(self) -> dict[str, list[Any]]:
        """Optuna's GridSampler search space."""
        return {p.name: p.grid() for p in self.params}

    def grid_size(self) -> int:
        return math.prod(len(v) for v in self.grid().values())

    def check(self, config: RunConfig) -> None:
        """Each choice and each end of each range, alone, must give a valid run config; and every
        searched key must matter to the run (momentum's β on an Adam run changes nothing)."""
        self._check_used(config)
        for p in self.params:
            for value in p.config_values():
                try:
                    config.replace({p.key: value})
                except ConfigError as e:
                    raise SpaceError("space_value", key=p.key, value=value, reason=str(e)) from None


    def _check_used(self, config: RunConfig) -> None:
        """SpaceError if a searched optimizer or schedule setting is used by no optimizer or schedule
        the search can give the run."""
        searched = {p.key: p for p in self.params}

        def values(key: str) -> set[Any]:
            p = searched.get(key)
            return set(p.choices) if p is not None and p.choices is not None else {config.training[key.split(".")[1]]}

        optimizers_ = values("training.optimizer")
        used = {k for o in optimizers_ for k in _OPTIMIZER_KEYS.get(o, ())}
        for key in searched:
            section, _, name = key.partition(".")
            if section != "training":
                continue
            if name in _ALL_OPTIMIZER_KEYS and name not in used:
                raise SpaceError("space_unused", key=key,
                                 reason="optimizer " + " or ".join(sorted(map(str, optimizers_))) + " has no " + name)
            if name in ("decay_rate", "decay_interval") and values("training.decay") == {"none"}:
                raise SpaceError("space_unused", key=key, reason='training.decay = "none"')


#: Every setting some optimizer reads.
_ALL_OPTIMIZER_KEYS = {k for keys in _OPTIMIZER_KEYS.values() for k in keys}


def _all_keys() -> list[str]:
    return sorted([*SCHEMA[""]] + [f"{s}.{k}" for s in SECTIONS for k in SCHEMA[s]])


def _tables(raw: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(dotted key, table) pairs: ``[training.beta]`` arrives from TOML as nested tables."""
    out = []
    for name, value in raw.items():
        if name in SECTIONS and isinstance(value, Mapping) and not (set(value) & set(TABLE_KEYS)):
            out += [(f"{name}.{k}", v) for k, v in value.items()]
        else:
            out.append((name, value))
    return out


def _number(key: str, field: str, v: Any, integer: bool) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise _bad(key, f"{field} must be a number, not {v!r}")
    if integer and not float(v).is_integer():
        raise _bad(key, f"{field} must be a whole number for this key, not {v!r}")
    return int(v) if integer else float(v)


def _param(key: str, table: Any) -> Param:
    try:
        section, name = _split_key(key)
    except ConfigError:
        raise SpaceError("space_unknown_key", key=key, choices=", ".join(_all_keys())) from None
    if not isinstance(table, Mapping):
        raise _bad(key, f"a table (low/high or choices), not {table!r}")
    for field in table:
        if field not in TABLE_KEYS:
            raise _bad(key, f"unknown setting {field!r}; use: " + ", ".join(TABLE_KEYS))
    for field in ("log", "int", "one_minus"):
        if field in table and not isinstance(table[field], bool):
            raise _bad(key, f"{field} must be true or false, not {table[field]!r}")
    kind = SCHEMA[section][name].kind
    if "choices" in table:
        extra = [f for f in ("low", "high", "log", "int", "one_minus", "points") if f in table]
        if extra:
            raise _bad(key, "give either choices or a range (low, high), not both: " + ", ".join(extra))
        choices = table["choices"]
        if not isinstance(choices, list) or not choices:
            raise _bad(key, f"choices must be a non-empty list, not {choices!r}")
        encoded = [json.dumps(c) for c in choices]
        if len(set(encoded)) != len(encoded):
            raise _bad(key, f"choices must not repeat a value: {choices!r}")
        for c in choices:
            if isinstance(c, dict) or (isinstance(c, list) and any(isinstance(x, (list, dict)) for x in c)):
                raise _bad(key, f"a choice must be a value or a flat list, not {c!r}")
        return Param(key, choices=tuple(choices))
    if kind not in _NUMERIC_KINDS:
        raise _bad(key, "this key is not a number: give choices = [...]")
    for field in ("low", "high"):
        if field not in table:
            raise _bad(key, f"a range needs low and high (or give choices = [...]); {field} is missing")
    integer = _NUMERIC_KINDS[kind]
    if table.get("int") and not integer:
        raise _bad(key, "int = true is for whole-number keys (such as training.batch_size); this key is a real number")
    one_minus = table.get("one_minus", False)
    if one_minus and integer:
        raise _bad(key, "one_minus is for a real number in (0, 1), such as training.beta")
    low = _number(key, "low", table["low"], integer)
    high = _number(key, "high", table["high"], integer)
    log = table.get("log", one_minus)          # 1 − β is sampled on a log scale unless told otherwise
    if not low < high:
        raise _bad(key, f"low must be below high (low {low!r}, high {high!r})")
    if one_minus and not (0 < low and high < 1):
        raise _bad(key, f"one_minus samples 1 − value: low and high must lie in (0, 1) (low {low!r}, high {high!r})")
    if log and low <= 0:
        raise _bad(key, f"a log range needs low > 0 (low {low!r})")
    points = table.get("points")
    if points is not None and (isinstance(points, bool) or not isinstance(points, int) or points < 2):
        raise _bad(key, f"points must be a whole number ≥ 2, not {points!r}")
    return Param(key, low=low, high=high, log=log, int=integer, one_minus=one_minus, points=points)


def parse(raw: Mapping[str, Any], text: str = "", name: str = "<space>") -> SearchSpace:
    """A search space from nested dicts (as ``tomllib`` returns the file)."""
    params = [_param(key, table) for key, table in _tables(raw)]
    if not params:
        raise SpaceError("space_empty", name=name)
    return SearchSpace(tuple(params), text)


def loads(text: str, name: str = "<space>") -> SearchSpace:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise SpaceError("space_bad_file", name=name, reason=f"not valid TOML: {e}") from None
    return parse(raw, text, name)


def load(path: str | Path) -> SearchSpace:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SpaceError("space_bad_file", name=str(path), reason=f"cannot read the file ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise SpaceError("space_bad_file", name=str(path), reason="not UTF-8 text") from None
    return loads(text, str(path))

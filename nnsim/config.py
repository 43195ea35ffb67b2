"""The run config: everything that defines a training run, read from a TOML file.

A config has a top-level ``seed`` (initialization and training) and three
tables, ``[data]``, ``[network]`` and ``[training]``. Every key has a default
(``DEFAULTS``), so an empty file is a valid run. Unknown tables or keys, wrong
types and out-of-range values are ``ConfigError``s that name the key and the
rule; the README documents every key from the same table.

This module only validates and holds values; ``training.Trainer`` acts on them.
"""
from __future__ import annotations

import copy
import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from . import activations, initializers, losses, optimizers
from . import data as _data
from .errors import MESSAGES, InvalidValueError
from .limits import LIMITS, read_bytes

SECTIONS = ("data", "network", "training")
#: The data sets by name: the generators' (``nnsim.data.GENERATORS``), the shipped real data sets'
#: (``nnsim.data.SHIPPED``), a CSV file, points drawn.
DATASETS = (*_data.GENERATORS, *_data.SHIPPED, "csv", "drawn")
#: The keys a shipped data set refuses: its rows, values and classes are fixed.
FIXED_BY_SHIPPED = ("samples", "noise", "classes")
#: The feature map's names (``nnsim.data.FEATURES``).
FEATURE_NAMES = tuple(_data.FEATURES)


class ConfigError(InvalidValueError):
    """A run config that cannot be used; ``params['key']`` names the offending key."""


@dataclass(frozen=True)
class Key:
    default: Any
    kind: str                            # int, float, bool, str, names, ints, floats_or_float, str_or_int
    rule: str = ""                       # words for the message
    check: Callable[[Any], bool] | None = None
    choices: tuple[str, ...] = ()
    doc: str = ""


def _fraction(v: float) -> bool:
    return 0.0 <= v <= 0.9


#: Every key with its default, type, rule and a one-line description (the README's table).
SCHEMA: dict[str, dict[str, Key]] = {
    "": {
        "seed": Key(1, "int", "a whole number ≥ 0", lambda v: v >= 0,
                    doc="seed of initialization and training (shuffles, dropout masks)"),
    },
    "data": {
        "dataset": Key("circle", "str", choices=DATASETS, doc="the data set"),
        "seed": Key(None, "int", "a whole number ≥ 0", lambda v: v >= 0,
                    doc="seed of data generation and the split (default: the top-level seed)"),
        "samples": Key(300, "int", "a whole number from 2 to 100000", lambda v: 2 <= v <= 100_000,
                       doc="number of generated points"),
        "noise": Key(0.05, "float", "a number ≥ 0", lambda v: v >= 0,
                     doc="standard deviation of the noise added to x1 and x2 (flower: to angle and radius)"),
        "classes": Key(2, "int", "a whole number from 2 to 5", lambda v: 2 <= v <= 5,
                       doc="classes of gauss and spiral (use a softmax output for more than 2)"),
        "dev_fraction": Key(0.0, "float", "from 0 to 0.9", _fraction, doc="share of the data held out as the dev set"),
        "test_fraction": Key(0.5, "float", "from 0 to 0.9", _fraction, doc="share of the data held out as the test set"),
        "standardize": Key(True, "bool", doc="standardise the columns the network sees (after the feature map) with the training part's mean and deviation"),
        "features": Key(None, "names",
                        doc='inputs fed to the network: for two-column data any of x1 x2 x1^2 x2^2 x1x2 '
                            'sin_x1 sin_x2 (default ["x1", "x2"]); for csv and the shipped data sets (iris, wine, '
                            'breast_cancer, digits), column names (default: all but the label)'),
        "path": Key(None, "str", doc="csv: the file (relative to the config file)"),
        "label": Key(None, "str_or_int", doc="csv: the label column, by name or index (default: the last)"),
    },
    "network": {
        "hidden": Key([10, 5], "ints", "a list of whole numbers from 1 to 1000", lambda v: 1 <= v <= 1000,
                      doc="units of each hidden layer (1 to 1000 each); [] is logistic regression"),
        "activation": Key("relu", "names", choices=tuple(activations.HIDDEN_ACTIVATIONS),
                          doc="hidden activation, or one name per hidden layer"),
        "output": Key("sigmoid", "str", choices=tuple(activations.OUTPUT_ACTIVATIONS),
                      doc="output activation: sigmoid (2 classes), softmax (2 or more classes: one output each), linear (regression)"),
        "loss": Key(None, "str", choices=tuple(losses.LOSSES),
                    doc="cross_entropy or mse (default: the output's natural loss)"),
        "init": Key("he_normal", "str", choices=tuple(initializers.INITIALIZERS), doc="weight initializer"),
        "batch_norm": Key(False, "bool",
                          doc="batch normalization of every hidden layer (no b there: γ and β; the output "
                              "layer is not normalised); a training batch needs 2 examples or more"),
        "batch_norm_decay": Key(0.9, "float", "in [0, 1)", lambda v: 0 <= v < 1,
                                doc="ρ of batch norm's running averages of μ and σ², used at test time: "
                                    "avg ← ρ·avg + (1 − ρ)·(the batch's value)"),
    },
    "training": {
        "optimizer": Key("gd", "str", choices=tuple(optimizers.OPTIMIZERS), doc="gd, momentum, rmsprop or adam"),
        "learning_rate": Key(0.01, "float", "a number > 0", lambda v: v > 0, doc="α, the learning rate"),
        "beta": Key(0.9, "float", "in [0, 1)", lambda v: 0 <= v < 1, doc="momentum's β"),
        "beta1": Key(0.9, "float", "in [0, 1)", lambda v: 0 <= v < 1, doc="Adam's β₁"),
        "beta2": Key(0.999, "float", "in [0, 1)", lambda v: 0 <= v < 1, doc="Adam's β₂"),
        "rmsprop_beta": Key(0.9, "float", "in [0, 1)", lambda v: 0 <= v < 1,
                            doc="RMSprop's β (as Hinton's lecture and Keras; no bias correction)"),
        "epsilon": Key(1e-8, "float", "a number > 0", lambda v: v > 0, doc="RMSprop's and Adam's ε"),
        "batch_size": Key(0, "int", "a whole number ≥ 0", lambda v: v >= 0,
                          doc="mini-batch size; 0 (or ≥ the training examples) is full batch"),
        "epochs": Key(15000, "int", "a whole number ≥ 1", lambda v: v >= 1, doc="epochs to train"),
        "l2": Key(0.0, "float", "a number ≥ 0", lambda v: v >= 0, doc="λ of the L2 penalty (λ/2m)·Σ‖W‖²"),
        "l1": Key(0.0, "float", "a number ≥ 0", lambda v: v >= 0, doc="λ₁ of the L1 penalty (λ₁/m)·Σ|W|"),
        "keep_prob": Key(1.0, "floats_or_float", "in (0, 1]", lambda v: 0 < v <= 1,
                         doc="dropout keep probability, one value or one per hidden layer; 1 is off"),
        "decay": Key("none", "str", choices=tuple(optimizers.SCHEDULES), doc="learning-rate schedule"),
        "decay_rate": Key(0.0, "float", "a number ≥ 0", lambda v: v >= 0, doc="the schedule's rate"),
        "decay_interval": Key(1, "int", "a whole number ≥ 1", lambda v: v >= 1,
                              doc="epochs per decay step: e = ⌊epoch / decay_interval⌋"),
        "early_stopping": Key(0, "int", "a whole number ≥ 0", lambda v: v >= 0,
                              doc="stop after this many evaluations without dev improvement; 0 is off"),
        "eval_every": Key(0, "int", "a whole number ≥ 0", lambda v: v >= 0,
                          doc="steps between evaluations; 0 is automatic"),
    },
}

#: Words of the notices a config may carry (``RunConfig.notices``): a file read with an older meaning.
MESSAGES.update({
    "rmsprop_beta_from_beta2": "RMSprop now has its own β (training.rmsprop_beta, default 0.9); this file's "
                               "training.beta2 = {value} was read as RMSprop's β",
})

_OPTIMIZER_KEYS = {"gd": (), "momentum": ("beta",), "rmsprop": ("rmsprop_beta", "epsilon"),
                   "adam": ("beta1", "beta2", "epsilon")}
#: The training keys each optimizer reads (public: the search space refuses a key no optimizer uses).
OPTIMIZER_KEYS = _OPTIMIZER_KEYS


def _coerce(key: str, spec: Key, value: Any) -> Any:
    """The value in its canonical type, or a ConfigError naming ``key`` and the rule."""
    def bad(rule: str) -> ConfigError:
        return ConfigError("bad_value", key=key, rule=rule, value=value)

    def number(v: Any, integer: bool) -> Any:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise bad(spec.rule or ("a whole number" if integer else "a number"))
        if integer:
            if isinstance(v, float) and not v.is_integer():
                raise bad(spec.rule or "a whole number")
            v = int(v)
        elif not math.isfinite(v):
            raise bad(spec.rule or "a finite number")
        else:
            v = float(v)
        if spec.check and not spec.check(v):
            raise bad(spec.rule)
        return v

    def name(v: Any) -> str:
        if not isinstance(v, str):
            raise bad("text" if not spec.choices else "one of: " + ", ".join(spec.choices))
        if spec.choices and v not in spec.choices:
            raise bad("one of: " + ", ".join(spec.choices))
        return v

    if value is None and spec.default is None:
        return None
    kind = spec.kind
    if kind in ("int", "float"):
        return number(value, kind == "int")
    if kind == "bool":
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if kind == "str":
        return name(value)
    if kind == "str_or_int":
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise bad("a column name or a column index")
        return value
    if kind == "names":
        if isinstance(value, str):
            return name(value) if key.endswith("activation") else [name(value)]
        if not isinstance(value, list) or not value:
            raise bad("a name or a non-empty list of names")
        return [name(v) for v in value]
    if kind == "ints":
        if not isinstance(value, list):
            raise bad(spec.rule)
        return [number(v, True) for v in value]
    if kind == "floats_or_float":
        if isinstance(value, list):
            if not value:
                raise bad("one value or one per hidden layer")
            return [number(v, False) for v in value]
        return number(value, False)
    raise AssertionError(kind)


class RunConfig(Mapping[str, Any]):
    """A validated run config: ``cfg["training"]["learning_rate"]`` or ``cfg.get_key("training.learning_rate")``.

    Immutable: ``replace({"training.learning_rate": 0.1})`` returns a new, re-validated config.
    ``base_dir`` is where relative paths (a CSV's ``path``) are resolved.
    """

    def __init__(self, values: dict[str, Any], base_dir: Path | None = None,
                 notices: tuple[tuple[str, dict[str, Any]], ...] = ()) -> None:
        self._values = values
        self.base_dir = base_dir or Path.cwd()
        #: (code, params) of what was read with an older meaning (``MESSAGES[code]`` words it);
        #: not part of the config's value.
        self.notices = notices

    def __getitem__(self, section: str) -> Any:
        return self._values[section]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    @property
    def seed(self) -> int:
        return self._values["seed"]

    @property
    def data(self) -> dict[str, Any]:
        return self._values["data"]

    @property
    def network(self) -> dict[str, Any]:
        return self._values["network"]

    @property
    def training(self) -> dict[str, Any]:
        return self._values["training"]

    @property
    def data_seed(self) -> int:
        s = self.data["seed"]
        return self.seed if s is None else s

    def to_dict(self) -> dict[str, Any]:
        """A deep copy, JSON- and TOML-able (None values left out)."""
        out: dict[str, Any] = {"seed": self.seed}
        for section in SECTIONS:
            out[section] = {k: copy.deepcopy(v) for k, v in self._values[section].items() if v is not None}
        return out

    def get_key(self, dotted: str) -> Any:
        section, key = _split_key(dotted)
        return self._values[key] if section == "" else self._values[section][key]

    def replace(self, changes: Mapping[str, Any]) -> "RunConfig":
        """A new config with ``changes`` (dotted keys); a value None leaves the key out (its default)."""
        raw = self.to_dict()
        for dotted, value in changes.items():
            section, key = _split_key(dotted)
            table = raw if section == "" else raw[section]
            table.pop(key, None)
            if value is not None:
                table[key] = value
        return parse(raw, self.base_dir)

    def moved_to(self, folder: str | Path) -> "RunConfig":
        """The same run, to be written as a file in ``folder``: a relative ``data.path`` is rewritten so
        that it still names the same file from there (absolute when no relative path reaches it)."""
        import os

        folder = Path(folder).resolve()
        path = self.data["path"]
        if not path or Path(path).is_absolute():
            return parse(self.to_dict(), folder)
        target = (self.base_dir / path).resolve()
        try:
            rel = os.path.relpath(target, folder)
        except ValueError:                      # another drive (Windows): no relative path
            rel = str(target)
        raw = self.to_dict()
        raw["data"]["path"] = Path(rel).as_posix()
        return parse(raw, folder)

    def optimizer_settings(self) -> dict[str, float]:
        """The settings the chosen optimizer uses (others in the table are ignored)."""
        t = self.training
        return {k: t[k] for k in _OPTIMIZER_KEYS[t["optimizer"]]}

    def __repr__(self) -> str:
        return f"RunConfig({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RunConfig) and self.to_dict() == other.to_dict()

    __hash__ = None   # type: ignore[assignment]


def _split_key(dotted: str) -> tuple[str, str]:
    section, _, key = dotted.rpartition(".")
    if section not in ("", *SECTIONS) or key not in SCHEMA[section]:
        valid = sorted([k for k in SCHEMA[""]] + [f"{s}.{k}" for s in SECTIONS for k in SCHEMA[s]])
        raise ConfigError("unknown_key", key=dotted, section=section or "top level", choices=", ".join(valid))
    return section, key


def parse(raw: Mapping[str, Any], base_dir: Path | None = None) -> RunConfig:
    """Validate a config given as nested dicts (as ``tomllib`` returns it)."""
    if not isinstance(raw, Mapping):
        raise ConfigError("bad_value", key="config", rule="a table of keys", value=type(raw).__name__)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in SECTIONS:
            if not isinstance(value, Mapping):
                raise ConfigError("bad_value", key=key, rule="a table ([" + key + "])", value=value)
            continue
        if key not in SCHEMA[""]:
            raise ConfigError("unknown_key", key=key, section="top level",
                              choices=", ".join([*SCHEMA[""], *(f"[{s}]" for s in SECTIONS)]))
    values["seed"] = _coerce("seed", SCHEMA[""]["seed"], raw.get("seed", SCHEMA[""]["seed"].default))
    notices: list[tuple[str, dict[str, Any]]] = []
    for section in SECTIONS:
        given = raw.get(section, {})
        if section == "training":
            given = _legacy_rmsprop(given, notices)
        table: dict[str, Any] = {}
        for key in given:
            if key not in SCHEMA[section]:
                raise ConfigError("unknown_key", key=f"{section}.{key}", section=f"[{section}]",
                                  choices=", ".join(SCHEMA[section]))
        for key, spec in SCHEMA[section].items():
            value = given.get(key, copy.deepcopy(spec.default))
            table[key] = _coerce(f"{section}.{key}", spec, value)
        values[section] = table
    _check_shipped(values, raw.get("data", {}))
    _check_together(values)
    return RunConfig(values, base_dir, tuple(notices))


def _legacy_rmsprop(given: Mapping[str, Any], notices: list) -> Mapping[str, Any]:
    """Before ``rmsprop_beta`` existed RMSprop read ``beta2``: a file naming rmsprop and beta2 but no
    rmsprop_beta keeps its meaning (beta2 is read as rmsprop_beta, Adam's beta2 takes its default)."""
    if given.get("optimizer") != "rmsprop" or "beta2" not in given or "rmsprop_beta" in given:
        return given
    moved = {k: v for k, v in given.items() if k != "beta2"}
    moved["rmsprop_beta"] = given["beta2"]
    notices.append(("rmsprop_beta_from_beta2", {"value": given["beta2"]}))
    return moved


def _check_shipped(v: dict[str, Any], given: Mapping[str, Any]) -> None:
    """A shipped data set refuses samples, noise and classes (they hold None then), names its own
    columns as features, and has as many classes as it has."""
    d = v["data"]
    entry = _data.SHIPPED.get(d["dataset"])
    if entry is None:
        return
    for key in FIXED_BY_SHIPPED:
        if given.get(key) is not None:
            raise ConfigError("bad_value", key=f"data.{key}", value=given[key],
                              rule=f"left out for the real data set {entry.name!r} (its {entry.rows} rows "
                                   f"and {entry.classes} classes are as recorded)")
        d[key] = None
    columns = _data.shipped_columns(entry.name)
    for f in d["features"] or ():
        if f not in columns:
            raise ConfigError("bad_value", key="data.features", value=f,
                              rule=f"column names of {entry.name!r}: " + ", ".join(columns))
    if v["network"]["output"] == "sigmoid" and entry.classes > 2:
        raise ConfigError("bad_value", key="network.output", value="sigmoid",
                          rule=f"softmax for the {entry.classes} classes of {entry.name!r} (sigmoid separates two)")


def _check_together(v: dict[str, Any]) -> None:
    """Rules that involve more than one key."""
    d, n, t = v["data"], v["network"], v["training"]
    if d["dev_fraction"] + d["test_fraction"] >= 1.0:
        raise ConfigError("bad_value", key="data.test_fraction", value=d["test_fraction"],
                          rule=f"such that dev_fraction + test_fraction < 1 (dev_fraction is {d['dev_fraction']})")
    if d["dataset"] == "csv" and not d["path"]:
        raise ConfigError("bad_value", key="data.path", value=None, rule='set when dataset = "csv"')
    if not _data.own_columns(d["dataset"]) and d["features"] is not None:   # generated or drawn: two columns
        for f in d["features"]:
            if f not in FEATURE_NAMES:
                raise ConfigError("bad_value", key="data.features", value=f, rule="names from: " + ", ".join(FEATURE_NAMES))
    if d["features"] is not None and len(set(d["features"])) != len(d["features"]):
        raise ConfigError("bad_value", key="data.features", value=d["features"], rule="a list without repeats")
    if t["decay"] == "exponential" and not 0 < t["decay_rate"] <= 1:
        raise ConfigError("bad_value", key="training.decay_rate", value=t["decay_rate"],
                          rule='in (0, 1] with decay = "exponential" (0 stops learning, above 1 the rate grows)')
    hidden = n["hidden"]
    if isinstance(n["activation"], list) and len(n["activation"]) != len(hidden):
        raise ConfigError("bad_value", key="network.activation", value=n["activation"],
                          rule=f"one name, or one per hidden layer ({len(hidden)})")
    if n["loss"] is not None and n["loss"] not in losses.VALID_LOSSES[n["output"]]:
        raise ConfigError("bad_value", key="network.loss", value=n["loss"],
                          rule=f"a loss that fits output {n['output']!r}: " + ", ".join(losses.VALID_LOSSES[n["output"]]))
    if isinstance(t["keep_prob"], list) and len(t["keep_prob"]) != len(hidden):
        raise ConfigError("bad_value", key="training.keep_prob", value=t["keep_prob"],
                          rule=f"one value, or one per hidden layer ({len(hidden)})")
    if n["batch_norm"] and t["batch_size"] == 1:
        raise ConfigError("bad_value", key="training.batch_size", value=1,
                          rule="0 or at least 2 while network.batch_norm is on (μ and σ² are taken over the batch)")
    if t["early_stopping"] and d["dev_fraction"] == 0:
        raise ConfigError("bad_value", key="training.early_stopping", value=t["early_stopping"],
                          rule="0 unless there is a dev set: set data.dev_fraction > 0")
    if d["dataset"] not in ("gauss", "spiral", "csv", "drawn", *_data.SHIPPED) and d["classes"] != 2:
        raise ConfigError("bad_value", key="data.classes", value=d["classes"],
                          rule=f"2 for the data set {d['dataset']!r} (only gauss and spiral take more classes)")
    generated_task = {"plane": "regression", "gauss_sum": "regression"}.get(d["dataset"], "classification")
    if d["dataset"] not in ("csv", "drawn"):
        if (n["output"] == "linear") != (generated_task == "regression"):
            need = "linear" if generated_task == "regression" else "sigmoid or softmax"
            raise ConfigError("bad_value", key="network.output", value=n["output"],
                              rule=f"{need} for the {generated_task} data set {d['dataset']!r}")
        if n["output"] == "sigmoid" and d["dataset"] in ("gauss", "spiral") and d["classes"] > 2:
            raise ConfigError("bad_value", key="network.output", value="sigmoid",
                              rule=f"softmax for {d['classes']} classes (sigmoid separates two)")


def load(path: str | Path) -> RunConfig:
    """Read and validate a TOML run config; relative paths inside it are relative to its folder."""
    path = Path(path)
    try:
        text = read_bytes(path, LIMITS.config_bytes, "a run config").decode("utf-8")
    except OSError as e:
        raise ConfigError("bad_file", path=str(path), reason=e.strerror or str(e)) from None
    except UnicodeDecodeError:
        raise ConfigError("bad_file", path=str(path), reason="not UTF-8 text") from None
    return loads(text, path.parent, str(path))


def loads(text: str, base_dir: Path | None = None, name: str = "<config>") -> RunConfig:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("bad_toml", path=name, reason=str(e)) from None
    return parse(raw, base_dir)


def to_toml(cfg: RunConfig) -> str:
    """The config as TOML text (a small writer: the config holds only scalars and flat lists)."""
    def char(c: str) -> str:
        """One character of a basic string: ", \\ and the control characters TOML forbids are escaped."""
        if c in '"\\':
            return "\\" + c
        return f"\\u{ord(c):04x}" if c < " " or c == "\x7f" else c

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return '"' + "".join(map(char, v)) + '"'
        if isinstance(v, float):
            return repr(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return str(v)

    d = cfg.to_dict()
    lines = [f"seed = {d['seed']}"]
    for section in SECTIONS:
        lines += ["", f"[{section}]"] + [f"{k} = {value(v)}" for k, v in d[section].items()]
    return "\n".join(lines) + "\n"


def default_config() -> dict:
    """The app's default project: the playground's, circle data, 2-4-2-1 tanh, α = 0.03, batch 10."""
    return {"seed": 1,
            "data": {"dataset": "circle", "samples": 300, "noise": 0.05, "test_fraction": 0.5},
            "network": {"hidden": [4, 2], "activation": "tanh", "output": "sigmoid", "init": "xavier_normal"},
            "training": {"optimizer": "gd", "learning_rate": 0.03, "batch_size": 10, "epochs": 100000}}

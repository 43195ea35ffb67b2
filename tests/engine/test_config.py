"""Run configs (nnsim.config): defaults, unknown keys, types and ranges, cross-key rules, TOML round trips.

Every rejection is a ``ConfigError`` whose ``params["key"]`` names the offending key (dotted,
``section.key``) and whose message shows it, so the command line and the app can point at it.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnsim import config
from nnsim.config import SCHEMA, SECTIONS, ConfigError
from nnsim.errors import InvalidValueError

# The defaults issue 3 documents (its TOML block), written out again here rather than read
# from SCHEMA, so a changed default is caught.
DOCUMENTED = {
    "seed": 1,
    "data": {"dataset": "circle", "samples": 300, "noise": 0.05, "classes": 2, "dev_fraction": 0.0,
             "test_fraction": 0.5, "standardize": True},
    "network": {"hidden": [10, 5], "activation": "relu", "output": "sigmoid", "init": "he_normal"},
    "training": {"optimizer": "gd", "learning_rate": 0.01, "batch_size": 0, "epochs": 15000, "l2": 0.0,
                 "l1": 0.0, "keep_prob": 1.0, "decay": "none", "early_stopping": 0, "eval_every": 0},
}


def raw_with(dotted: str, value) -> dict:
    """A raw config (as tomllib gives it) setting one dotted key."""
    section, _, key = dotted.rpartition(".")
    return {key: value} if not section else {section: {key: value}}


def all_keys() -> list[str]:
    return [k for k in SCHEMA[""]] + [f"{s}.{k}" for s in SECTIONS for k in SCHEMA[s]]


# -- defaults ------------------------------------------------------------------------------------
def test_an_empty_file_is_the_documented_defaults(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("", encoding="utf-8")
    cfg = config.load(path)
    assert cfg.seed == DOCUMENTED["seed"]
    for section in SECTIONS:
        for key, value in DOCUMENTED[section].items():
            got = cfg[section][key]
            assert got == value and type(got) is type(value), (section, key, got)
    # keys whose default is "derived": None in the config, resolved where used
    assert cfg.data["seed"] is None and cfg.data_seed == 1
    assert cfg.data["features"] is None and cfg.network["loss"] is None
    assert cfg.data["path"] is None and cfg.data["label"] is None
    assert cfg == config.loads("") == config.parse({})
    assert cfg.base_dir == tmp_path


def test_the_derived_defaults_resolve_as_documented():
    from nnsim.training import Trainer
    trainer = Trainer(config.loads("[data]\nsamples = 40\n"))
    assert trainer.problem.pipeline.feature_names == ("x1", "x2")     # features default
    assert trainer.spec.loss == "cross_entropy"                         # the output's natural loss
    assert trainer.spec.sizes == (2, 10, 5, 1)
    cfg = config.loads("seed = 7\n")
    assert cfg.data_seed == 7                                           # data.seed follows seed
    assert config.loads("seed = 7\n[data]\nseed = 3\n").data_seed == 3


def test_optimizer_settings_are_only_the_chosen_optimizers():
    assert config.loads("").optimizer_settings() == {}
    assert config.loads('[training]\noptimizer = "momentum"\nbeta = 0.8').optimizer_settings() == {"beta": 0.8}
    assert config.loads('[training]\noptimizer = "rmsprop"').optimizer_settings() == {
        "rmsprop_beta": 0.9, "epsilon": 1e-8}
    assert config.loads('[training]\noptimizer = "adam"\nbeta1 = 0.5').optimizer_settings() == {
        "beta1": 0.5, "beta2": 0.999, "epsilon": 1e-8}


# -- unknown keys and sections ---------------------------------------------------------------------
@pytest.mark.parametrize("text, key, valid", [
    ("sed = 1", "sed", ["seed", "[data]", "[network]", "[training]"]),
    ("[trainning]\nepochs = 3", "trainning", ["seed", "[data]", "[network]", "[training]"]),
    ("[Data]\nsamples = 3", "Data", ["seed", "[data]"]),
    ("[data]\nsample = 3", "data.sample", list(SCHEMA["data"])),
    ("[data]\nlearning_rate = 0.1", "data.learning_rate", list(SCHEMA["data"])),
    ("[network]\nhiden = [3]", "network.hiden", list(SCHEMA["network"])),
    ("[network]\nactivations = 'relu'", "network.activations", list(SCHEMA["network"])),
    ("[training]\nlr = 0.1", "training.lr", list(SCHEMA["training"])),
    ("[training]\nmomentum = 0.9", "training.momentum", list(SCHEMA["training"])),
    ("[training]\ndataset = 'xor'", "training.dataset", list(SCHEMA["training"])),
    ("[training.extra]\nx = 1", "training.extra", list(SCHEMA["training"])),
])
def test_unknown_keys_and_sections_are_named_with_the_valid_ones(text, key, valid):
    with pytest.raises(ConfigError) as info:
        config.loads(text)
    e = info.value
    assert e.code == "unknown_key"
    assert e.params["key"] == key
    assert repr(key) in str(e)
    for name in valid:
        assert name in e.params["choices"] and name in str(e)


# -- wrong types and out-of-range values ---------------------------------------------------------
BAD_VALUES = [
    ("seed", -1), ("seed", 1.5), ("seed", "1"), ("seed", True), ("seed", [1]),
    ("data.dataset", "circles"), ("data.dataset", 3), ("data.dataset", ["circle"]),
    ("data.seed", -3), ("data.seed", "x"),
    ("data.samples", 1), ("data.samples", 100_001), ("data.samples", "300"), ("data.samples", 2.5),
    ("data.samples", math.inf),
    ("data.noise", -0.1), ("data.noise", "a lot"), ("data.noise", math.nan), ("data.noise", math.inf),
    ("data.classes", 1), ("data.classes", 6), ("data.classes", 2.5),
    ("data.dev_fraction", -0.1), ("data.dev_fraction", 0.95), ("data.dev_fraction", False),
    ("data.test_fraction", 1.0), ("data.test_fraction", "half"),
    ("data.standardize", "yes"), ("data.standardize", 1),
    ("data.features", "x3"), ("data.features", []), ("data.features", [1]), ("data.features", ["x1", "cube"]),
    ("data.path", 3), ("data.label", 1.5), ("data.label", True), ("data.label", ["a"]),
    ("network.hidden", 5), ("network.hidden", [0]), ("network.hidden", [4, -1]), ("network.hidden", [1.5]),
    ("network.hidden", ["a"]), ("network.hidden", "10"),
    ("network.hidden", [10**9]),                  # would need gigabytes: refused before anything is allocated
    ("network.activation", "softmax"), ("network.activation", "relu6"), ("network.activation", []),
    ("network.activation", 3),
    ("network.output", "tanh"), ("network.output", "relu"), ("network.loss", "hinge"), ("network.loss", 0),
    ("network.init", "glorot"), ("network.init", 1),
    ("network.batch_norm", 1), ("network.batch_norm", "yes"),
    ("network.batch_norm_decay", 1.0), ("network.batch_norm_decay", -0.1), ("network.batch_norm_decay", "0.9"),
    ("training.optimizer", "sgd"), ("training.learning_rate", 0), ("training.learning_rate", -1),
    ("training.learning_rate", math.inf), ("training.learning_rate", math.nan), ("training.learning_rate", "0.1"),
    ("training.beta", 1.0), ("training.beta", -0.1), ("training.beta1", 1), ("training.beta2", 1.5),
    ("training.rmsprop_beta", 1.0), ("training.rmsprop_beta", -0.1),
    ("training.epsilon", 0), ("training.epsilon", -1e-8),
    ("training.batch_size", -1), ("training.batch_size", 1.5), ("training.batch_size", "full"),
    ("training.epochs", 0), ("training.epochs", -5), ("training.epochs", 1e3 + 0.5),
    ("training.l2", -1), ("training.l1", -0.5), ("training.l2", "none"),
    ("training.keep_prob", 0), ("training.keep_prob", 1.1), ("training.keep_prob", []),
    ("training.keep_prob", [0.5, 0.0]), ("training.keep_prob", "half"),
    ("training.decay", "step"), ("training.decay_rate", -1), ("training.decay_interval", 0),
    ("training.early_stopping", -1), ("training.early_stopping", 2.5),
    ("training.eval_every", -1), ("training.eval_every", "auto"),
]


@pytest.mark.parametrize("dotted, value", BAD_VALUES)
def test_wrong_types_and_out_of_range_values_name_the_key(dotted, value):
    with pytest.raises(ConfigError) as info:
        config.parse(raw_with(dotted, value))
    e = info.value
    assert e.code == "bad_value"
    assert e.params["key"] == dotted
    assert str(e).startswith(dotted + " must be")
    assert isinstance(e, InvalidValueError) and isinstance(e, ValueError)


def test_every_key_has_at_least_one_rejected_value_above():
    assert {dotted for dotted, _ in BAD_VALUES} == set(all_keys())


@pytest.mark.parametrize("dotted, value, canonical", [
    ("seed", 3.0, 3), ("training.epochs", 20.0, 20), ("training.learning_rate", 1, 1.0),
    ("data.features", "x1x2", ["x1x2"]), ("network.activation", ["tanh", "relu"], ["tanh", "relu"]),
    ("training.keep_prob", [0.5, 1], [0.5, 1.0]), ("data.samples", 100_000, 100_000),
    ("data.dev_fraction", 0.9, 0.9), ("training.beta", 0.0, 0.0), ("data.label", -1, -1),
])
def test_values_at_the_edges_are_accepted_in_their_canonical_type(dotted, value, canonical):
    raw = raw_with(dotted, value)
    if dotted == "data.dev_fraction":
        raw["data"]["test_fraction"] = 0.0
    cfg = config.parse(raw)
    got = cfg.get_key(dotted)
    assert got == canonical and type(got) is type(canonical)


# -- rules that involve several keys -----------------------------------------------------------
@pytest.mark.parametrize("raw, key", [
    ({"data": {"dev_fraction": 0.5, "test_fraction": 0.5}}, "data.test_fraction"),
    ({"data": {"dev_fraction": 0.6}}, "data.test_fraction"),                 # + the default 0.5
    ({"data": {"dev_fraction": 0.9, "test_fraction": 0.1}}, "data.test_fraction"),
    ({"training": {"keep_prob": [0.5]}}, "training.keep_prob"),               # two hidden layers
    ({"training": {"keep_prob": [0.5, 0.5, 0.5]}}, "training.keep_prob"),
    ({"network": {"hidden": [], "activation": ["relu"]}}, "network.activation"),
    ({"network": {"activation": ["relu"]}}, "network.activation"),
    ({"training": {"early_stopping": 5}}, "training.early_stopping"),         # no dev split
    ({"network": {"output": "linear"}}, "network.output"),                    # circle is classification
    ({"data": {"dataset": "plane"}}, "network.output"),                       # sigmoid on regression
    ({"data": {"dataset": "gauss_sum"}, "network": {"output": "softmax"}}, "network.output"),
    ({"data": {"dataset": "gauss", "classes": 3}}, "network.output"),         # sigmoid, 3 classes
    ({"data": {"dataset": "spiral", "classes": 5}}, "network.output"),
    ({"network": {"output": "softmax", "loss": "mse"}}, "network.loss"),
    ({"data": {"dataset": "plane"}, "network": {"output": "linear", "loss": "cross_entropy"}}, "network.loss"),
    ({"data": {"dataset": "csv"}}, "data.path"),
    ({"data": {"classes": 3}}, "data.classes"),                               # circle has two classes
    ({"data": {"dataset": "moons", "classes": 4}, "network": {"output": "softmax"}}, "data.classes"),
    ({"data": {"dataset": "plane", "classes": 3}, "network": {"output": "linear"}}, "data.classes"),
])
def test_cross_key_rules_name_a_key(raw, key):
    with pytest.raises(ConfigError) as info:
        config.parse(raw)
    assert info.value.code == "bad_value"
    assert info.value.params["key"] == key
    assert key in str(info.value)


@pytest.mark.parametrize("raw", [
    {"data": {"dev_fraction": 0.5, "test_fraction": 0.49}},
    {"training": {"keep_prob": [0.5, 0.8]}},
    {"network": {"activation": ["tanh", "relu"]}},
    {"network": {"hidden": [], "activation": "relu"}, "training": {"keep_prob": 0.5}},
    {"data": {"dev_fraction": 0.2}, "training": {"early_stopping": 5}},
    {"data": {"dataset": "plane"}, "network": {"output": "linear"}},
    {"data": {"dataset": "gauss", "classes": 3}, "network": {"output": "softmax"}},
    {"data": {"dataset": "gauss", "classes": 2}, "network": {"output": "sigmoid"}},
    {"data": {"dataset": "circle"}, "network": {"output": "softmax"}},
    {"network": {"output": "sigmoid", "loss": "mse"}},
    {"data": {"dataset": "csv", "path": "x.csv"}, "network": {"output": "linear"}},
    {"data": {"dataset": "csv", "path": "x.csv", "classes": 4}, "network": {"output": "softmax"}},
    {"data": {"dataset": "spiral", "classes": 5}, "network": {"output": "softmax"}},
])
def test_the_same_rules_let_fitting_combinations_through(raw):
    config.parse(raw)


# -- replace, to_toml ----------------------------------------------------------------------------
def test_replace_revalidates_and_leaves_the_original_alone():
    cfg = config.loads("[training]\nlearning_rate = 0.1\n")
    new = cfg.replace({"training.learning_rate": 0.5, "seed": 9, "data.dev_fraction": 0.2})
    assert new.training["learning_rate"] == 0.5 and new.seed == 9 and new.data["dev_fraction"] == 0.2
    assert cfg.training["learning_rate"] == 0.1 and cfg.seed == 1 and cfg.data["dev_fraction"] == 0.0
    assert new.to_dict()["network"] == cfg.to_dict()["network"]
    for changes, key, code in [
        ({"training.learning_rate": -1}, "training.learning_rate", "bad_value"),
        ({"training.lr": 1}, "training.lr", "unknown_key"),
        ({"data": {"samples": 3}}, "data", "unknown_key"),
        ({"data.dev_fraction": 0.6}, "data.test_fraction", "bad_value"),        # with test 0.5
        ({"network.hidden": [3]}, None, None),                                  # fine on its own
        ({"network.hidden": [3], "training.keep_prob": [0.5, 0.5]}, "training.keep_prob", "bad_value"),
    ]:
        if key is None:
            assert cfg.replace(changes).network["hidden"] == [3]
            continue
        with pytest.raises(ConfigError) as info:
            cfg.replace(changes)
        assert (info.value.code, info.value.params["key"]) == (code, key)
    assert cfg.training["learning_rate"] == 0.1


@pytest.mark.parametrize("text", [
    "",
    'seed = 4\n[data]\ndataset = "spiral"\nclasses = 3\nseed = 9\nfeatures = ["x1", "x2", "x1x2"]\n'
    '[network]\nhidden = [8, 4]\nactivation = ["tanh", "relu"]\noutput = "softmax"\n'
    '[training]\noptimizer = "adam"\nkeep_prob = [0.9, 0.8]\ndecay = "exponential"\ndecay_rate = 0.95\n',
    '[data]\ndataset = "csv"\npath = "dir with \\"quotes\\"\\\\and\\ttabs.csv"\nlabel = 2\n',
    '[data]\ndataset = "csv"\npath = "a.csv"\nlabel = "kind"\nfeatures = ["w", "h"]\n'
    '[network]\nhidden = []\noutput = "softmax"\n',
])
def test_to_toml_round_trips_through_loads(text):
    cfg = config.loads(text)
    again = config.loads(config.to_toml(cfg))
    assert again == cfg
    assert again.to_dict() == cfg.to_dict()


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    seed=st.integers(0, 2**63 - 1),
    lr=st.floats(min_value=1e-300, max_value=1e300, allow_nan=False, allow_infinity=False),
    noise=st.floats(min_value=0, max_value=1e300, allow_nan=False, allow_infinity=False),
    hidden=st.lists(st.integers(1, 1000), max_size=4),
    path=st.text(min_size=1, max_size=30),
    label=st.one_of(st.text(max_size=20), st.integers(-(2**63), 2**63 - 1)),
    keep=st.floats(min_value=1e-6, max_value=1.0),
)
def test_to_toml_round_trips_any_valid_values(seed, lr, noise, hidden, path, label, keep):
    """Every character a path or a label may hold (quotes, backslashes, control characters)."""
    cfg = config.parse({"seed": seed,
                        "data": {"dataset": "csv", "path": path, "label": label, "noise": noise},
                        "network": {"hidden": hidden},
                        "training": {"learning_rate": lr, "keep_prob": [keep] * len(hidden) or keep}})
    assert config.loads(config.to_toml(cfg)) == cfg


# -- files ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["seed = ", "[data\nsamples = 3", "seed = 1\nseed = 2", "x = 'unterminated",
                                  "[data]\nsamples = 3\n[data]\nnoise = 0.1"])
def test_bad_toml_is_a_bad_toml_error_naming_the_file(tmp_path, text):
    path = tmp_path / "run.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.load(path)
    assert info.value.code == "bad_toml"
    assert str(path) in str(info.value)


def test_unreadable_files_are_bad_file_errors(tmp_path):
    with pytest.raises(ConfigError) as info:
        config.load(tmp_path / "missing.toml")
    assert info.value.code == "bad_file"
    latin = tmp_path / "latin.toml"
    latin.write_bytes('seed = 1 # café'.encode("latin-1"))
    with pytest.raises(ConfigError) as info:
        config.load(latin)
    assert info.value.code == "bad_file" and "UTF-8" in str(info.value)


def test_a_table_where_a_value_belongs_and_back_is_rejected():
    with pytest.raises(ConfigError) as info:
        config.parse({"data": 3})
    assert info.value.params["key"] == "data"
    with pytest.raises(ConfigError) as info:
        config.loads("seed = 1\n[seed]\nx = 1")
    assert info.value.code == "bad_toml"        # TOML itself refuses to redefine seed


# -- RMSprop's own β: files written before it existed ---------------------------------------------
def test_rmsprop_beta_is_rmsprops_and_beta2_adams_only():
    cfg = config.loads('[training]\noptimizer = "rmsprop"\nrmsprop_beta = 0.8\nbeta2 = 0.95\n')
    assert cfg.notices == ()                           # both given: each means its own
    assert cfg.optimizer_settings() == {"rmsprop_beta": 0.8, "epsilon": 1e-8}
    assert config.loads('[training]\noptimizer = "adam"\nbeta2 = 0.95\n').optimizer_settings()["beta2"] == 0.95
    assert config.loads('[training]\noptimizer = "adam"\nbeta2 = 0.95\n').notices == ()


def test_legacy_rmsprop_beta2_loads_as_rmsprop_beta_with_a_notice():
    from nnsim.errors import MESSAGES
    cfg = config.loads('[training]\noptimizer = "rmsprop"\nbeta2 = 0.99\n')
    assert cfg.training["rmsprop_beta"] == 0.99
    assert cfg.training["beta2"] == 0.999                   # Adam's, its default again
    assert cfg.optimizer_settings() == {"rmsprop_beta": 0.99, "epsilon": 1e-8}
    assert cfg.notices == (("rmsprop_beta_from_beta2", {"value": 0.99}),)
    text = MESSAGES["rmsprop_beta_from_beta2"].format(**cfg.notices[0][1])
    assert "0.99" in text and "rmsprop_beta" in text
    # written back, the file says rmsprop_beta and reads without a notice
    again = config.loads(config.to_toml(cfg))
    assert again == cfg and again.notices == ()


def test_legacy_rmsprop_project_gives_the_notice_through_the_session(tmp_path):
    import json
    import zipfile

    from nnsim import project
    from nnsim import session as S
    from nnsim.training import Trainer
    cfg = config.loads('[data]\nsamples = 40\n[network]\nhidden = [3]\n'
                       '[training]\noptimizer = "rmsprop"\nrmsprop_beta = 0.99\nbatch_size = 10\n')
    trainer = Trainer(cfg)
    trainer.run(steps=2)
    path = project.save(trainer, tmp_path / "new.nnsim")
    old = tmp_path / "old.nnsim"                       # as a version without rmsprop_beta wrote it
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(old, "w") as out:
        for item in z.namelist():
            body = z.read(item)
            if item == project.MANIFEST:
                m = json.loads(body)
                m["config"]["training"]["beta2"] = m["config"]["training"].pop("rmsprop_beta")
                body = json.dumps(m).encode()
            out.writestr(item, body)
    loaded = project.load(old)
    assert loaded.config.training["rmsprop_beta"] == 0.99
    assert loaded.optimizer.hyper["rmsprop_beta"] == 0.99
    session = S.Session()
    session.handle(S.LoadProject(str(old)))
    infos = [n for n in session.outbox if getattr(n, "kind", None) == "info"]
    assert [(n.code, n.params) for n in infos] == [("rmsprop_beta_from_beta2", {"value": 0.99})]

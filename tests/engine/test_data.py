"""nnsim.data: generators, CSV files, the input pipeline and the split."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from nnsim import data
from nnsim.data import CLASSIFICATION, GENERATORS, REGRESSION
from nnsim.errors import MESSAGES, DataError, InvalidValueError, UnknownNameError

CLASSIFIERS = [g.name for g in GENERATORS.values() if g.task == CLASSIFICATION]
REGRESSORS = [g.name for g in GENERATORS.values() if g.task == REGRESSION]


# -- generators ---------------------------------------------------------------------------------
def test_registry_names():
    assert set(GENERATORS) == {"circle", "xor", "gauss", "spiral", "moons", "flower", "plane", "gauss_sum"}
    assert {g.name for g in GENERATORS.values() if g.multiclass} == {"gauss", "spiral"}
    assert set(REGRESSORS) == {"plane", "gauss_sum"}


@pytest.mark.parametrize("name", list(GENERATORS))
@pytest.mark.parametrize("samples", [2, 7, 300])
def test_generator_shapes_and_dtypes(name, samples):
    ds = data.generate(name, samples=samples, noise=0.1, seed=3)
    assert ds.X.shape == (samples, 2) and ds.X.dtype == np.float64
    assert ds.y.shape == (samples,)
    assert ds.columns == ("x1", "x2")
    assert np.isfinite(ds.X).all() and np.isfinite(ds.y).all()
    assert not ds.X.flags.writeable and not ds.y.flags.writeable
    assert json.loads(json.dumps(ds.source)) == {"dataset": name, "samples": samples, "noise": 0.1,
                                                  "seed": 3, "classes": 2}
    if GENERATORS[name].task == CLASSIFICATION:
        assert ds.task == CLASSIFICATION and ds.y.dtype == np.int64
        assert ds.classes == 2 and ds.label_names == ("0", "1")
        counts = np.bincount(ds.y, minlength=2)
        assert counts.sum() == samples and counts.max() - counts.min() <= 1
    else:
        assert ds.task == REGRESSION and ds.y.dtype == np.float64
        assert ds.classes == 0 and ds.label_names == ()


@pytest.mark.parametrize("name", ["gauss", "spiral"])
@pytest.mark.parametrize("classes", [2, 3, 4, 5])
def test_multiclass_counts(name, classes):
    ds = data.generate(name, samples=301, seed=0, classes=classes)
    counts = np.bincount(ds.y)
    assert len(counts) == classes == ds.classes
    assert counts.max() - counts.min() <= 1 and counts.sum() == 301
    assert ds.label_names == tuple(str(k) for k in range(classes))


@pytest.mark.parametrize("name", list(GENERATORS))
def test_determinism_by_seed(name):
    a, b = data.generate(name, 100, 0.1, seed=5), data.generate(name, 100, 0.1, seed=5)
    c = data.generate(name, 100, 0.1, seed=6)
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)
    assert not np.array_equal(a.X, c.X)


def test_generator_seed_may_be_a_numpy_generator():
    a = data.generate("moons", 50, 0.1, seed=np.random.default_rng(9))
    b = data.generate("moons", 50, 0.1, seed=np.random.default_rng(9))
    assert np.array_equal(a.X, b.X) and a.source["seed"] is None


@pytest.mark.parametrize("name", [n for n in GENERATORS if n != "flower"])
def test_size_about_one(name):
    ds = data.generate(name, 500, 0.05, seed=1, classes=2)
    assert 0.5 < np.abs(ds.X).max() < 2


def test_circle_disc_inside_ring_and_noise_widens_the_spread():
    clean = data.generate("circle", 1000, 0.0, seed=2)
    r = np.hypot(*clean.X.T)
    assert r[clean.y == 1].max() <= 0.5 and r[clean.y == 0].min() >= 0.7 and r.max() <= 1.0
    spreads = [np.hypot(*ds.X[ds.y == 0].T).std()
               for ds in (data.generate("circle", 1000, noise, seed=2) for noise in (0.0, 0.1, 0.3))]
    assert spreads[0] < spreads[1] < spreads[2]


@pytest.mark.parametrize("name", ["xor", "gauss", "moons", "spiral", "gauss_sum"])
def test_noise_is_added_to_x(name):
    # The same seed draws the same underlying points: the difference is the noise, std `noise`.
    a, b = data.generate(name, 4000, 0.0, seed=4), data.generate(name, 4000, 0.2, seed=4)
    assert np.array_equal(a.y, b.y)
    assert (b.X - a.X).std() == pytest.approx(0.2, rel=0.05)


def test_xor_quadrants_with_margin():
    ds = data.generate("xor", 1000, 0.0, seed=0)
    assert ((ds.X[:, 0] * ds.X[:, 1] > 0) == (ds.y == 1)).all()
    assert np.abs(ds.X).min() >= 0.05 and np.abs(ds.X).max() <= 1


def test_gauss_centres_on_unit_circle():
    ds = data.generate("gauss", 3000, 0.0, seed=0, classes=4)
    centres = np.array([ds.X[ds.y == k].mean(axis=0) for k in range(4)])
    assert np.hypot(*centres.T) == pytest.approx(np.ones(4), abs=0.03)


def test_spiral_arms_reach_radius_one():
    ds = data.generate("spiral", 500, 0.0, seed=0, classes=3)
    r = np.hypot(*ds.X.T)
    assert r.max() <= 1 and r.max() > 0.95


def test_flower_without_noise_lies_on_the_petals():
    ds = data.generate("flower", 400, 0.0, seed=0)
    x1, x2 = ds.X.T                            # x = (r sin t, r cos t), r = 4 sin 4t (r may be < 0)
    theta = np.arctan2(x1, x2)
    assert np.allclose(np.hypot(x1, x2), np.abs(4 * np.sin(4 * theta)), atol=1e-9)
    noisy = data.generate("flower", 400, 0.2, seed=0)
    off = np.abs(np.hypot(*noisy.X.T) - np.abs(4 * np.sin(4 * np.arctan2(*noisy.X.T))))
    assert off.mean() > 0.05
    assert 3 < np.abs(ds.X).max() <= 4
    assert GENERATORS["flower"].default_noise == 0.2


def test_regression_targets():
    plane = data.generate("plane", 500, 0.0, seed=0)
    assert np.allclose(plane.y, (plane.X[:, 0] + plane.X[:, 1]) / 2)
    noisy = data.generate("plane", 4000, 0.1, seed=0)
    assert (noisy.y - noisy.X.sum(axis=1) / 2).std() == pytest.approx(0.1, rel=0.05)
    bumps = data.generate("gauss_sum", 2000, 0.0, seed=0)
    assert bumps.y.min() < -0.5 and bumps.y.max() > 0.5 and np.abs(bumps.y).max() < 1.2


@pytest.mark.parametrize("kwargs, code", [
    ({"samples": 1}, "out_of_range"), ({"samples": 100_001}, "out_of_range"),
    ({"samples": 2.5}, "out_of_range"), ({"samples": True}, "out_of_range"),
    ({"noise": -0.1}, "out_of_range"), ({"noise": float("nan")}, "out_of_range"),
    ({"noise": float("inf")}, "out_of_range"), ({"noise": "0.1"}, "out_of_range"),
    ({"seed": -1}, "out_of_range"), ({"seed": 1.5}, "bad_type"),
])
def test_generator_bad_arguments(kwargs, code):
    with pytest.raises(DataError) as e:
        data.generate("circle", **kwargs)
    assert e.value.code == code and isinstance(e.value, ValueError)


def test_generator_classes_rules():
    for bad in (1, 6, 2.5):
        with pytest.raises(DataError) as e:
            data.generate("spiral", classes=bad)
        assert e.value.code == "out_of_range" and "classes" in str(e.value)
    with pytest.raises(DataError) as e:
        data.generate("moons", classes=3)
    assert e.value.code == "not_multiclass" and "'moons'" in str(e.value)
    assert "gauss, spiral" in str(e.value)
    with pytest.raises(DataError) as e:
        data.generate("spiral", samples=4, classes=5)    # a class would be empty
    assert e.value.code == "out_of_range"


def test_unknown_generator_lists_the_names():
    with pytest.raises(UnknownNameError) as e:
        data.generate("donut")
    assert e.value.code == "unknown_name"
    assert all(name in str(e.value) for name in GENERATORS)


def test_from_points():
    ds = data.from_points([[0.1, 0.2], [0.3, -0.4], [1, 1]], [0, 2, 1], classes=3)
    assert ds.source == {"dataset": "drawn"} and ds.classes == 3
    assert ds.label_names == ("0", "1", "2") and ds.y.dtype == np.int64
    empty = data.from_points([], [], classes=2)
    assert empty.X.shape == (0, 2)
    for X, y, classes in (([[0, 0]], [2], 2), ([[0, 0]], [0.5], 2), ([[0, 0, 0]], [0], 2),
                          ([[0, 0]], [0, 1], 2), ([[np.nan, 0]], [0], 2), ([[0, 0]], [0], 1)):
        with pytest.raises(DataError):
            data.from_points(X, y, classes)


# -- CSV ----------------------------------------------------------------------------------------
GOOD = "x1,x2,class\n0.5,1.5,cat\n-1,2,dog\n3,4e-1,cat\n"


def test_csv_with_header_and_string_labels():
    ds = data.parse_csv(GOOD)
    assert ds.columns == ("x1", "x2") and ds.task == CLASSIFICATION
    assert ds.X.tolist() == [[0.5, 1.5], [-1.0, 2.0], [3.0, 0.4]]
    assert ds.label_names == ("cat", "dog") and ds.y.tolist() == [0, 1, 0] and ds.classes == 2
    assert ds.source == {"dataset": "csv", "path": "<text>", "label": "class", "features": ["x1", "x2"]}


def test_csv_without_header():
    ds = data.parse_csv("1,2,0\n3,4,1\n5,6,1\n")
    assert ds.columns == ("c0", "c1") and ds.X.shape == (3, 2) and ds.y.tolist() == [0, 1, 1]
    words = data.parse_csv("1,2,b\n3,4,a\n")         # string labels do not make a header
    assert words.X.shape == (2, 2) and words.label_names == ("a", "b") and words.y.tolist() == [1, 0]


def test_csv_numeric_labels_are_mapped_in_numeric_order():
    ds = data.parse_csv("a,b,y\n0,0,2\n1,1,10\n2,2,1.0\n3,3,2\n")
    assert ds.label_names == ("1", "2", "10") and ds.y.tolist() == [1, 2, 0, 1]
    half = data.parse_csv("a,y\n0,0.5\n1,-1\n")
    assert half.label_names == ("-1", "0.5")


def test_csv_label_by_name_and_index_and_features_by_name():
    text = "id,x,label,y\n1,0.5,a,7\n2,0.25,b,8\n"
    by_name = data.parse_csv(text, label="label", features=["x", "y"])
    by_index = data.parse_csv(text, label=2, features=["x", "y"])
    negative = data.parse_csv(text, label=-2, features=["y", "x"])
    assert by_name.columns == by_index.columns == ("x", "y") and negative.columns == ("y", "x")
    assert by_name.X.tolist() == by_index.X.tolist() == [[0.5, 7.0], [0.25, 8.0]]
    assert by_name.label_names == ("a", "b") and by_name.source["label"] == "label"
    default = data.parse_csv("id,x,y\n1,0.5,a\n2,0.25,b\n")           # label: the last column
    assert default.columns == ("id", "x")
    headerless = data.parse_csv("1,0.5,a\n2,0.25,b\n", label="c2", features=["c1"])
    assert headerless.columns == ("c1",) and headerless.X.tolist() == [[0.5], [0.25]]


def test_csv_regression():
    ds = data.parse_csv("x1,x2,y\n0,1,0.5\n1,0,-2.25\n", task=REGRESSION)
    assert ds.task == REGRESSION and ds.y.dtype == np.float64 and ds.y.tolist() == [0.5, -2.25]
    assert ds.classes == 0 and ds.label_names == ()
    with pytest.raises(DataError) as e:
        data.parse_csv("x1,x2,y\n0,1,0.5\n1,0,big\n", task=REGRESSION)
    assert (e.value.code, e.value.params["line"], e.value.params["column"]) == ("csv_not_number", 3, "y")


def test_csv_tolerance():
    text = ('\ufeff x1 , "x2" ,class\r\n\r\n 0.5 , "1.5", cat \r\n\n  \n-1,2,"dog, big"\n\n')
    ds = data.parse_csv(text)
    assert ds.columns == ("x1", "x2") and ds.X.tolist() == [[0.5, 1.5], [-1.0, 2.0]]
    assert ds.label_names == ("cat", "dog, big")


@pytest.mark.parametrize("text, line, code, params", [
    ("", 1, "csv_empty", {}),
    ("\n \n\n", 1, "csv_empty", {}),
    ("\nx1,x2,y\n", 2, "csv_header_only", {}),
    ("x1,x2,y\n1,2,a\n3,4\n", 3, "csv_columns", {"found": 2, "expected": 3, "first_line": 1}),
    ("x1,x2,y\n1,2,a\n\n3,4,b,5\n", 4, "csv_columns", {"found": 4, "expected": 3}),
    ("1,2,0\n3,4,1\n5,6,7,8\n", 3, "csv_columns", {"found": 4, "expected": 3}),
    ("x1,x2,y\n1,2,a\n3,four,b\n", 3, "csv_not_number", {"column": "x2", "text": "four"}),
    ("x1,x2,y\n1,2,a\n3,,b\n", 3, "csv_empty_cell", {"column": "x2"}),
    ("x1,x2,y\n1,2,a\n3,4,\n", 3, "csv_empty_cell", {"column": "y"}),
    ("x1,x2,y\n1,2,a\n3,nan,b\n", 3, "csv_not_finite", {"column": "x2", "text": "nan"}),
    ("x1,x2,y\n1,2,a\n3,-inf,b\n", 3, "csv_not_finite", {"column": "x2", "text": "-inf"}),
    ("x1,x2,y\n1,2,a\n3,1e999,b\n", 3, "csv_not_finite", {"column": "x2"}),
    ("x1,x2,y\n1,2,0\n3,4,inf\n", 3, "csv_not_finite", {"column": "y"}),
    ("x1,x2,y\n1,2,a\n3,4,a\n\n5,6,a\n", 2, "csv_single_class", {"rows": 3, "label": "a"}),
    ("x1,x2,y\n1,2,1\n3,4,1.0\n", 2, "csv_single_class", {"rows": 2}),
    ("x,x,y\n1,2,a\n3,4,b\n", 1, "csv_duplicate_column", {"column": "x"}),
    ("y\n1\n2\n", 1, "csv_no_features", {}),
    ("x1,x2,y\n1,2,\"a\n", 2, "csv_open_quote", {}),
    ("x1,x2,y\n1,2,a\n3,\"4,b\n5,6,c\n", 3, "csv_open_quote", {}),
])
def test_csv_malformed(text, line, code, params):
    with pytest.raises(DataError) as e:
        data.parse_csv(text, name="f.csv")
    assert e.value.code == code, str(e.value)
    assert e.value.params["line"] == line and e.value.params["name"] == "f.csv"
    assert params.items() <= e.value.params.items()
    assert str(e.value).startswith(f"f.csv: line {line}: ")


def test_csv_label_and_feature_errors():
    text = "\nx1,x2,y\n1,2,a\n3,4,b\n"                       # header on line 2
    with pytest.raises(DataError) as e:
        data.parse_csv(text, label="class")
    assert e.value.code == "csv_no_label" and e.value.params["line"] == 2
    assert "'class'" in str(e.value) and "x1, x2, y" in str(e.value)
    with pytest.raises(DataError) as e:
        data.parse_csv(text, label=3)
    assert e.value.code == "csv_no_label"
    with pytest.raises(DataError) as e:
        data.parse_csv(text, features=["x1", "x3"])
    assert e.value.code == "csv_unknown_feature" and e.value.params["feature"] == "x3"
    assert "x1, x2, y" in str(e.value) and e.value.params["line"] == 2
    with pytest.raises(DataError) as e:
        data.parse_csv(text, features=["x1", "y"])
    assert e.value.code == "csv_label_is_feature"
    with pytest.raises(DataError) as e:
        data.parse_csv(text, features=[])
    assert e.value.code == "csv_no_features"
    with pytest.raises(DataError) as e:
        data.parse_csv(text, features=["x1", "x1"])
    assert e.value.code == "duplicate_feature"
    for bad in ({"label": 1.5}, {"label": True}, {"features": "x1"}, {"features": [1]}):
        with pytest.raises(DataError) as e:
            data.parse_csv(text, **bad)
        assert e.value.code == "bad_type"
    with pytest.raises(UnknownNameError):
        data.parse_csv(text, task="clustering")


def test_csv_unused_columns_are_not_checked():
    ds = data.parse_csv("name,x,y\nann,1,a\nbob,2,b\n", features=["x"])
    assert ds.X.tolist() == [[1.0], [2.0]]


def test_load_csv(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes("\ufeffx1,x2,label\n1,2,oui\n3,4,non\n".encode("utf-8"))
    ds = data.load_csv(path)
    assert ds.label_names == ("non", "oui") and ds.source["path"] == str(path)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"x1,x2,y\n1,2,a\n3,4,\xff\n")
    with pytest.raises(DataError) as e:
        data.load_csv(bad)
    assert e.value.code == "file_not_utf8" and e.value.params["line"] == 3
    with pytest.raises(DataError) as e:
        data.load_csv(tmp_path / "missing.csv")
    assert e.value.code == "file_unreadable" and "missing.csv" in str(e.value)
    short = tmp_path / "short.csv"
    short.write_text("x,y\n1,a\n", encoding="utf-8")
    with pytest.raises(DataError) as e:
        data.load_csv(short, label="nope")
    assert e.value.code == "csv_no_label" and str(tmp_path) in str(e.value)


NUMBER = st.one_of(st.integers(-1000, 1000).map(str),
                   st.floats(allow_nan=True, allow_infinity=True, width=32).map(repr),
                   st.sampled_from(["1e999", "-0", ".5", "1_000", "0x10", "+3", " 7 "]))
WORD = st.one_of(st.sampled_from(["cat", "dog", "x1", "label", "", " ", '"', '"a,b"', "nan", "inf"]),
                 st.text(max_size=5))
LINE = st.lists(st.one_of(NUMBER, WORD), min_size=0, max_size=5).map(",".join)
CSV_TEXT = st.one_of(st.text(max_size=200),
                     st.lists(LINE, max_size=8).map("\n".join),
                     st.lists(st.lists(NUMBER, min_size=3, max_size=3).map(",".join), max_size=6)
                     .map(lambda rows: "x1,x2,y\n" + "\n".join(rows)))


@settings(deadline=None, max_examples=200, derandomize=True)
@given(text=CSV_TEXT, label=st.sampled_from([None, 0, -1, "y", "c1"]),
       task=st.sampled_from([CLASSIFICATION, REGRESSION]))
def test_csv_random_text_gives_a_dataset_or_a_data_error(text, label, task):
    try:
        ds = data.parse_csv(text, label=label, task=task)
    except DataError as e:
        assert e.code in MESSAGES and str(e)
        assert not str(e).startswith(e.code + ":")       # every parameter its message needs is there
        return
    assert ds.X.ndim == 2 and len(ds.X) == len(ds.y) >= 1 and np.isfinite(ds.X).all()
    if task == CLASSIFICATION:
        assert ds.classes >= 2 and set(ds.y.tolist()) == set(range(ds.classes))
    if "label" not in ds.columns:                       # and whatever loads, round-trips
        back = data.parse_csv(data.to_csv_text(ds), label="label", task=task)
        assert back.columns == ds.columns and back.label_names == ds.label_names
        assert np.array_equal(back.X, ds.X) and np.array_equal(back.y, ds.y)


@pytest.mark.parametrize("ds", [
    data.generate("spiral", 40, 0.1, seed=1, classes=3),
    data.generate("gauss_sum", 30, 0.1, seed=1),
    data.parse_csv('a,b,c,kind\n1,2,3,"x, y"\n4,5,6,z\n'),
    data.parse_csv("p,q\n1,2.5\n2,10\n3,2.5\n"),
    data.from_points([[0.1, 0.2], [1 / 3, -2 / 7]], [1, 0], classes=2),
], ids=["spiral", "gauss_sum", "strings", "numeric", "drawn"])
def test_to_csv_text_round_trips(ds):
    back = data.parse_csv(data.to_csv_text(ds), label="label", task=ds.task)
    assert back.columns == ds.columns and back.label_names == ds.label_names
    assert np.array_equal(back.X, ds.X) and np.array_equal(back.y, ds.y)
    assert back.y.dtype == ds.y.dtype


def test_to_csv_text_refuses_a_column_called_label():
    ds = data.parse_csv("label,y\n1,a\n2,b\n")
    with pytest.raises(DataError) as e:
        data.to_csv_text(ds)
    assert e.value.code == "label_column_taken"


def test_dataset_validates():
    with pytest.raises(DataError):
        data.Dataset(np.zeros((2, 2)), np.array([0, 1]), ("x1",), CLASSIFICATION, 2, ("a", "b"), {})
    with pytest.raises(DataError):
        data.Dataset(np.zeros((2, 2)), np.array([0, 1]), ("x1", "x2"), CLASSIFICATION, 2, ("a",), {})
    with pytest.raises(DataError):
        data.Dataset(np.zeros((2, 2)), np.array([0.5, 1]), ("x1", "x2"), REGRESSION, 2, (), {})
    with pytest.raises(UnknownNameError):
        data.Dataset(np.zeros((2, 2)), np.array([0.5, 1]), ("x1", "x2"), "other", 0, (), {})


# -- features and the pipeline ------------------------------------------------------------------
def test_feature_registry():
    assert list(data.FEATURES) == ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"]
    assert data.FEATURES["x1^2"].title == "x₁²"


def test_standardisation_fitted_on_train_only():
    rng = np.random.default_rng(0)
    train = rng.normal([3.0, -2.0], [2.0, 0.5], (200, 2))
    pipe = data.fit_pipeline(train, ("x1", "x2"))
    Z = pipe.transform(train)
    assert np.allclose(Z.mean(axis=0), 0, atol=1e-12) and np.allclose(Z.std(axis=0), 1)
    new = np.array([[3.0, -2.0], [5.0, 0.0]])
    assert np.allclose(pipe.transform(new), (new - train.mean(axis=0)) / train.std(axis=0))
    assert pipe.feature_names == ("x1", "x2") and pipe.n_features == 2


def test_standardize_off_and_constant_columns():
    raw = np.array([[1.0, 5.0, 0.1], [3.0, 5.0, 0.1], [8.0, 5.0, 0.1]])
    off = data.fit_pipeline(raw, ("a", "b", "c"), standardize=False, features=None)
    assert off.mean.tolist() == [0, 0, 0] and off.scale.tolist() == [1, 1, 1]
    assert np.array_equal(off.transform(raw), raw)
    on = data.fit_pipeline(raw, ("a", "b", "c"), features=None)
    assert on.scale[1] == 1 and on.scale[2] == 1 and (on.transform(raw)[:, 1:] == 0).all()
    assert on.feature_names == ("a", "b", "c") and on.n_features == 3


def test_feature_map_then_standardisation_by_hand():
    """Map first, then standardise each mapped column with its training mean and std."""
    train = np.array([[0.0, 0.0], [2.0, 4.0]])
    names = ["x1x2", "x1^2", "sin_x1", "x2", "sin_x2", "x2^2", "x1"]
    pipe = data.fit_pipeline(train, ("x1", "x2"), features=names)
    # mapped training rows: 0 everywhere, then r = (8, 4, sin 2, 4, sin 4, 16, 2); with two rows the
    # mean is r/2 and the (population) std |r|/2, so a value f becomes (f − r/2)/(|r|/2)
    r = np.array([8.0, 4.0, np.sin(2.0), 4.0, np.sin(4.0), 16.0, 2.0])
    f = np.array([3.0, 9.0, np.sin(3.0), 1.0, np.sin(1.0), 1.0, 3.0])     # the map of (3, 1)
    X = pipe.transform([[3.0, 1.0]])
    np.testing.assert_allclose(X[0], (f - r / 2) / (np.abs(r) / 2), rtol=1e-14)
    assert X[0, 0] == pytest.approx(-0.25) and X[0, 1] == pytest.approx(3.5) and X[0, 6] == pytest.approx(2.0)
    T = pipe.transform(train)                          # ∓1, the sign of r (sin 4 < 0)
    np.testing.assert_allclose(T, [-np.sign(r), np.sign(r)], atol=1e-15)
    assert pipe.mean.tolist() == [0, 0] and pipe.scale.tolist() == [1, 1]


def test_every_column_the_network_sees_is_standardised_on_the_training_rows():
    from nnsim import config
    from nnsim.training import Trainer
    for dataset in ("circle", "xor", "spiral"):
        cfg = config.loads(f'[data]\ndataset = "{dataset}"\nsamples = 200\ndev_fraction = 0.2\n'
                           'features = ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"]\n'
                           f'[network]\noutput = "{"softmax" if dataset == "spiral" else "sigmoid"}"\n')
        X = Trainer(cfg).problem.X["train"]
        assert X.shape[1] == 7
        np.testing.assert_allclose(X.mean(axis=0), 0.0, atol=1e-12)
        np.testing.assert_allclose(X.std(axis=0), 1.0, atol=1e-12)


def test_feature_map_by_hand_standardised_before_the_map_as_format_1():
    train = np.array([[0.0, 0.0], [2.0, 4.0]])        # mean (1, 2), std (1, 2)
    pipe = data.fit_pipeline(train, ("x1", "x2"),
                             features=["x1x2", "x1^2", "sin_x1", "x2", "sin_x2", "x2^2", "x1"], before_map=True)
    X = pipe.transform([[3.0, 1.0]])                  # standardised: x1 = 2, x2 = -0.5
    assert X.shape == (1, 7) and X.dtype == np.float64
    assert X[0].tolist() == pytest.approx([-1.0, 4.0, np.sin(2.0), -0.5, np.sin(-0.5), 0.25, 2.0])
    assert pipe.n_features == 7 and pipe.feature_names[0] == "x1x2"


def test_feature_map_errors():
    two = np.zeros((3, 2))
    with pytest.raises(UnknownNameError) as e:
        data.fit_pipeline(two, ("x1", "x2"), features=["x1", "x3"])
    assert all(name in str(e.value) for name in data.FEATURES)
    with pytest.raises(DataError) as e:
        data.fit_pipeline(two, ("x1", "x2"), features=[])
    assert e.value.code == "empty_features"
    with pytest.raises(DataError) as e:
        data.fit_pipeline(np.zeros((3, 3)), ("a", "b", "c"))
    assert e.value.code == "features_need_two_columns" and "two-column" in str(e.value)
    with pytest.raises(DataError) as e:
        data.fit_pipeline(two, ("x1", "x2"), features=["x1", "x1"])
    assert e.value.code == "duplicate_feature"


def test_pipeline_input_checks():
    pipe = data.fit_pipeline(np.ones((2, 2)), ("x1", "x2"))
    for bad in (np.zeros((3, 3)), np.zeros(2), [[np.inf, 0]], [["a", "b"]]):
        with pytest.raises(DataError):
            pipe.transform(bad)
    assert pipe.transform(np.zeros((0, 2))).shape == (0, 2)
    with pytest.raises(DataError):
        data.fit_pipeline(np.zeros((0, 2)), ("x1", "x2"))
    with pytest.raises(DataError):
        data.fit_pipeline(np.zeros((2, 2)), ("x1", "x2"), standardize="yes")


def test_pipeline_dict_round_trip():
    raw = np.random.default_rng(1).normal(size=(50, 2))
    for features in (["x1", "x2^2", "sin_x2"], None):
        pipe = data.fit_pipeline(raw, ["u", "v"], features=features)
        d = json.loads(json.dumps(pipe.to_dict()))
        back = data.Pipeline.from_dict(d)
        assert back.columns == pipe.columns and back.features == pipe.features
        assert np.array_equal(back.mean, pipe.mean) and np.array_equal(back.scale, pipe.scale)
        assert np.array_equal(back.transform(raw), pipe.transform(raw))
    good = data.fit_pipeline(raw, ["u", "v"]).to_dict()
    for bad in (None, [], {**good, "extra": 1}, {k: v for k, v in good.items() if k != "mean"},
                {**good, "mean": [0.0]}, {**good, "scale": [1.0, 0.0]}, {**good, "scale": "x"},
                {**good, "mean": [0.0, float("nan")]}, {**good, "columns": "uv"},
                {**good, "features": ["x9"]}, {**good, "features": "x1"}, {**good, "columns": [1, 2]}):
        with pytest.raises(InvalidValueError):
            data.Pipeline.from_dict(bad)


# -- split --------------------------------------------------------------------------------------
@pytest.mark.parametrize("n, dev, test, sizes", [
    (100, 0.2, 0.3, (50, 20, 30)), (10, 0.0, 0.5, (5, 0, 5)), (10, 0.0, 0.0, (10, 0, 0)),
    (7, 0.25, 0.25, (3, 2, 2)), (1, 0.0, 0.0, (1, 0, 0)), (3, 0.1, 0.1, (3, 0, 0)),
])
def test_split_sizes_disjoint_cover(n, dev, test, sizes):
    s = data.split(n, dev, test, seed=0)
    assert (len(s.train), len(s.dev), len(s.test)) == sizes
    every = np.concatenate([s.train, s.dev, s.test])
    assert sorted(every.tolist()) == list(range(n))
    assert all(p.dtype == np.int64 for p in (s.train, s.dev, s.test))


def test_split_determinism():
    a, b, c = data.split(50, 0.2, 0.2, 3), data.split(50, 0.2, 0.2, 3), data.split(50, 0.2, 0.2, 4)
    assert all(np.array_equal(x, y) for x, y in zip((a.train, a.dev, a.test), (b.train, b.dev, b.test)))
    assert not np.array_equal(a.test, c.test)
    g1, g2 = data.split(50, 0.2, 0.2, np.random.default_rng(1)), data.split(50, 0.2, 0.2, np.random.default_rng(1))
    assert np.array_equal(g1.test, g2.test)


@pytest.mark.parametrize("args, code", [
    ((10, -0.1, 0.2), "out_of_range"), ((10, 0.2, 0.95), "out_of_range"),
    ((10, 0.5, 0.5), "out_of_range"), ((10, 0.9, 0.9), "out_of_range"),
    ((10, float("nan"), 0.0), "out_of_range"), ((0, 0.0, 0.0), "bad_count"),
    ((2, 0.45, 0.3), "split_no_train"), ((10, 0.1, "0.1"), "out_of_range"),
])
def test_split_bad_fractions(args, code):
    with pytest.raises(DataError) as e:
        data.split(*args, seed=0)
    assert e.value.code == code

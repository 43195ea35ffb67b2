"""CSV import that notices (issue 16 point 3): a row-index first column is left out, and said;
the text-label → class mapping (label_names) is shown by ``nnsim info`` and kept in every export."""
from __future__ import annotations

import json

import numpy as np
import pytest

from nnsim import cli, config, data, export
from nnsim import session as S
from nnsim.errors import MESSAGES, DataError

ROWS = ["1.0,2.0,cat", "1.5,2.5,dog", "0.5,2.0,cat", "1.7,2.9,dog", "0.4,1.0,cat", "1.9,3.0,dog"]


def with_index(header: str | None, index: list[str] | None = None) -> str:
    """ROWS with a first column (``index``, default 0, 1, 2, …) under ``header`` (None: no header line)."""
    index = index or [str(r) for r in range(len(ROWS))]
    lines = [f"{i},{row}" for i, row in zip(index, ROWS)]
    return "\n".join(([header] if header is not None else []) + lines) + "\n"


@pytest.mark.parametrize("header, code, column", [
    (",sepal,petal,species", "csv_index_blank", "c0"),                  # pandas' to_csv
    ("Unnamed: 0,sepal,petal,species", "csv_index_blank", "Unnamed: 0"),  # read back and written again
    ("id,sepal,petal,species", "csv_index_count", "id"),                # 0, 1, 2, … under a name
    (None, "csv_index_count", "c0"),                                    # no header at all
])
def test_a_row_index_first_column_is_left_out_and_said(header, code, column):
    ds = data.parse_csv(with_index(header), name="f.csv")
    assert ds.X.shape == (6, 2) and ds.X[:, 0].tolist() == [1.0, 1.5, 0.5, 1.7, 0.4, 1.9]
    assert ds.source["index_column"] == column and column not in ds.columns
    assert ds.notices == ((code, {"name": "f.csv", "column": column}),)
    assert "left out of the inputs" in MESSAGES[code].format(**ds.notices[0][1])


def test_a_blank_header_is_an_index_whatever_its_values():
    ds = data.parse_csv(with_index(",a,b,y", ["17", "3", "8", "1", "40", "2"]))   # a shuffled frame's index
    assert ds.columns == ("a", "b") and ds.notices[0][0] == "csv_index_blank"


@pytest.mark.parametrize("text, kwargs", [
    (with_index("n,a,b,y", ["1", "2", "3", "4", "5", "6"]), {}),          # counts from 1 under a name: data
    (with_index("n,a,b,y", ["0", "2", "1", "3", "4", "5"]), {}),          # not in order
    (with_index(",a,b,y"), {"features": ["c0", "a"]}),                  # the features chosen: as asked
    ("\n".join([",a,b"] + [f"{r},{r / 2},{r + 1}" for r in range(6)]), {"label": "c0", "task": "regression"}),
    # ^ the first column is the label
    ("\n".join(f"{r},{'ab'[r % 2]}" for r in range(6)), {}),             # the only input column
])
def test_what_is_not_taken_for_an_index(text, kwargs):
    ds = data.parse_csv(text, **kwargs)
    assert ds.notices == () and "index_column" not in ds.source


def test_nnsim_train_says_it_and_info_names_the_label_column_and_the_dropped_one(tmp_path, capsys):
    (tmp_path / "pets.csv").write_text(with_index(",sepal,petal,species"), encoding="utf-8")
    (tmp_path / "run.toml").write_text('[data]\ndataset = "csv"\npath = "pets.csv"\ntest_fraction = 0.3\n'
                                       "[network]\nhidden = [3]\n[training]\nepochs = 5\n", encoding="utf-8")
    run = tmp_path / "pets.nnsim"
    assert cli.main(["train", str(tmp_path / "run.toml"), "--quiet", "--save", str(run)]) == 0
    err = capsys.readouterr().err
    assert err.count("nnsim: note: ") == 1 and "the first column has no name" in err and "'c0'" in err
    assert cli.main(["info", str(run)]) == 0
    out = capsys.readouterr().out
    assert "label     column 'species'\n" in out
    assert "dropped   column 'c0', the file's first: a row index\n" in out
    assert "classes   0 = cat, 1 = dog\n" in out
    assert "columns sepal, petal," in out


def test_the_session_says_it_once_when_the_data_change(tmp_path):
    path = tmp_path / "pets.csv"
    path.write_text(with_index(",sepal,petal,species"), encoding="utf-8")
    session = S.Session()
    cfg = session.trainer.config.to_dict()
    cfg["data"].update(dataset="csv", path=str(path))
    session.handle(S.SetConfig(cfg))
    said = [n for n in session.outbox if getattr(n, "code", "") == "csv_index_blank"]
    assert len(said) == 1 and said[0].kind == "info" and said[0].params["column"] == "c0"
    session.outbox.clear()
    cfg["network"]["hidden"] = [2]                     # rebuilt, the data unchanged: nothing said again
    session.handle(S.SetConfig(cfg))
    assert not [n for n in session.outbox if getattr(n, "code", "") == "csv_index_blank"]


@pytest.mark.parametrize("suffix", [".npz", ".json", ".onnx", ".py"])
def test_text_labels_are_kept_in_every_export(tmp_path, suffix):
    path = tmp_path / "pets.csv"
    path.write_text("a,b,species\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    (tmp_path / "run.toml").write_text('[data]\ndataset = "csv"\npath = "pets.csv"\n[network]\nhidden = [3]\n'
                                       "[training]\nepochs = 2\n", encoding="utf-8")
    out = tmp_path / f"w{suffix}"
    assert cli.main(["train", str(tmp_path / "run.toml"), "--quiet", "--export", str(out)]) == 0
    if suffix in (".npz", ".json"):
        assert export.load(out)[2]["label_names"] == ["cat", "dog"]
    elif suffix == ".onnx":
        onnx = pytest.importorskip("onnx")
        props = {p.key: p.value for p in onnx.load(str(out)).metadata_props}
        assert json.loads(props["nnsim.spec"])["label_names"] == ["cat", "dog"]
    else:
        assert "LABELS = ['cat', 'dog']" in out.read_text(encoding="utf-8")


def test_a_dataset_refuses_malformed_notices():
    with pytest.raises(DataError, match="notices"):
        data.Dataset(np.zeros((2, 1)), np.array([0, 1]), ("a",), "classification", 2, ("x", "y"), {},
                     notices=(("code",),))
    ds = data.Dataset(np.zeros((2, 1)), np.array([0, 1]), ("a",), "classification", 2, ("x", "y"), {})
    assert ds.notices == () and config.DATASETS                  # the default: nothing noticed

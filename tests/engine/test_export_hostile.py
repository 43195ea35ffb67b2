"""No code from data: hostile names reach the exported artefacts only through an encoder.

Column names come from anyone's CSV header or anyone's project file, and the export's file
name from the user: the standalone ``.py`` script embeds them, so each one must stay a string.
Three checks, from the inside out:
- hypothesis feeds hostile names (quotes, triple quotes, backslashes, newlines, control
  characters, long unicode) and file names into the script; it must compile to exactly the
  statements a benign export has, hold the names as data and still predict;
- the two routes a learner takes (``nnsim train --export``, ``nnsim export RUN --to``) with a
  triple-quoted payload in a CSV header or a project manifest: running the script runs nothing;
- ``nnsim info`` prints no raw control character from a manifest.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnsim import cli, data
from nnsim import export as ex
from nnsim.network import Network, NetworkSpec

PAYLOAD = 'x"""+str(__import__("os").system("touch PWNED"))+"""'
NASTY = ['"""', "'''", "\\", '"', "'", "\n", "\r", "\x00", "\x1b[31m", "\x07", "{}", "{0}", "\\N{", "\u2028",
         "é", "数据", "\U0001f600", "#", "\t", "\\x", ")", "(", "\\\n"]
hostile_text = st.lists(st.sampled_from(NASTY) | st.text(max_size=8), min_size=1, max_size=12).map("".join)


def _pipeline(columns: tuple[str, ...]) -> data.Pipeline:
    n = len(columns)
    return data.Pipeline(columns, np.linspace(-1.0, 1.0, n), np.linspace(0.5, 2.0, n), None)


def _network(inputs: int) -> Network:
    return Network(NetworkSpec(inputs=inputs, hidden=(3,), activation="tanh", output="sigmoid", outputs=1),
                   init="xavier_normal", seed=2)


def _shape(tree: ast.Module) -> list[tuple[str, str]]:
    """The script's top-level statements, named: what an injection would have to change."""
    out = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.append((type(node).__name__, node.name))
        elif isinstance(node, ast.Assign):
            out.append(("Assign", ",".join(ast.unparse(t) for t in node.targets)))
        elif isinstance(node, ast.Expr):
            out.append(("Expr", type(node.value).__name__))
        else:
            out.append((type(node).__name__, ""))
    return out


BENIGN = _shape(ast.parse(ex.python_script(_network(2), ex._pipeline_parts(_pipeline(("a", "b")), _network(2)),
                                           {"task": "classification", "label_names": []}, "model.py")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(hostile_text, min_size=2, max_size=3, unique=True), stem=hostile_text,
       labels=st.lists(hostile_text, max_size=2))
def test_hostile_names_stay_data_in_the_python_script(names, stem, labels):
    columns = tuple(names)
    network, pipeline = _network(len(columns)), _pipeline(columns)
    file_name = stem.replace("/", "_") + ".py"
    text = ex.python_script(network, ex._pipeline_parts(pipeline, network),
                            {"task": "classification", "label_names": labels}, file_name)
    tree = ast.parse(text)                                # compiles at all
    assert _shape(tree) == BENIGN                         # nothing added, nothing split
    docstring = ast.get_docstring(tree, clean=False)
    for name in columns:
        assert name in docstring                          # the docstring says the names as they are
    assert file_name in docstring
    namespace: dict = {"__name__": "exported"}
    exec(compile(tree, "<exported>", "exec"), namespace)   # import it: defines, runs nothing else
    assert namespace["COLUMNS"] == list(columns)
    assert namespace["LABELS"] == [str(v) for v in labels]
    assert namespace["USAGE"] == f"usage: python {file_name} input.csv"
    raw = np.array([[0.3 * (j + 1) for j in range(len(columns))], [-1.0] * len(columns)])
    np.testing.assert_array_equal(namespace["predict"](raw), network.predict(pipeline.transform(raw)))


def _write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def _run_script(script, csv_path, cwd):
    return subprocess.run([sys.executable, "-I", str(script), str(csv_path)], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def payload_run(tmp_path):
    """A CSV whose header names a column with the triple-quoted payload, and a run config on it."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 2))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    _write_csv(tmp_path / "data.csv", [PAYLOAD, "b", "label"],
               [[repr(a), repr(b), int(c)] for (a, b), c in zip(X.tolist(), y)])
    (tmp_path / "run.toml").write_text(
        '[data]\ndataset = "csv"\npath = "data.csv"\ntest_fraction = 0.2\n'
        '[network]\nhidden = [3]\n[training]\nepochs = 3\nbatch_size = 16\n', encoding="utf-8")
    return tmp_path, X


def _check_predicts_and_runs_nothing(folder, script, X, names):
    _write_csv(folder / "in.csv", names, [[repr(a), repr(b)] for a, b in X[:5].tolist()])
    done = _run_script(script, folder / "in.csv", folder)
    assert done.returncode == 0, done.stderr
    assert not (folder / "PWNED").exists()
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0][:2] == list(names) and len(rows) == 6
    return rows


def test_a_payload_in_a_csv_header_runs_nothing_through_train_export(payload_run, capsys):
    folder, X = payload_run
    assert cli.main(["train", str(folder / "run.toml"), "--export", str(folder / "model.py"),
                     "--save", str(folder / "run.nnsim"), "--quiet"]) == 0
    ast.parse((folder / "model.py").read_text(encoding="utf-8"))
    import_only = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, ''); import model"], cwd=folder,
                                 capture_output=True, text=True, timeout=60)
    assert import_only.returncode == 0, import_only.stderr
    assert not (folder / "PWNED").exists()
    rows = _check_predicts_and_runs_nothing(folder, folder / "model.py", X, [PAYLOAD, "b"])
    want = subprocess.run([sys.executable, "-m", "nnsim", "predict", str(folder / "run.nnsim"),
                           "--input", str(folder / "in.csv")], capture_output=True, text=True, timeout=120)
    assert want.returncode == 0, want.stderr
    assert rows == list(csv.reader(io.StringIO(want.stdout)))     # the script predicts as nnsim does


def test_a_payload_in_a_project_manifest_runs_nothing_through_export(payload_run, capsys):
    folder, X = payload_run
    _write_csv(folder / "data.csv", ["PLACEHOLDER", "b", "label"],
               [[repr(a), repr(b), int(a + b > 0)] for a, b in X.tolist()])
    assert cli.main(["train", str(folder / "run.toml"), "--save", str(folder / "plain.nnsim"), "--quiet"]) == 0
    with zipfile.ZipFile(folder / "plain.nnsim") as z:
        members = {name: z.read(name) for name in z.namelist()}
    manifest = members["manifest.json"].decode("utf-8")
    assert "PLACEHOLDER" in manifest
    members["manifest.json"] = manifest.replace("PLACEHOLDER", json.dumps(PAYLOAD)[1:-1]).encode("utf-8")
    with zipfile.ZipFile(folder / "forged.nnsim", "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    odd_name = folder / 'it\'s "my" model.py'                     # quotes in the file name as well
    assert cli.main(["export", str(folder / "forged.nnsim"), "--to", str(odd_name)]) == 0
    assert PAYLOAD in ast.get_docstring(ast.parse(odd_name.read_text(encoding="utf-8")))
    _check_predicts_and_runs_nothing(folder, odd_name, X, [PAYLOAD, "b"])


def test_the_script_answers_help_instead_of_opening_a_file(tmp_path):
    network, pipeline = _network(2), _pipeline(("a", "b"))
    script = ex.export(network, pipeline, tmp_path / "m.py")
    for flag in ("-h", "--help"):
        done = subprocess.run([sys.executable, "-I", str(script), flag], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("usage: python m.py input.csv"), done
    done = subprocess.run([sys.executable, "-I", str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and "usage: python m.py input.csv" in done.stderr


def test_onnx_metadata_holds_the_names_as_json(tmp_path):
    onnx = pytest.importorskip("onnx")
    columns = (PAYLOAD, "a,b")
    network = _network(2)
    model = onnx.load(str(ex.export(network, _pipeline(columns), tmp_path / "m.onnx")))
    props = {p.key: p.value for p in model.metadata_props}
    assert json.loads(props["columns"]) == list(columns)
    assert json.dumps(list(columns), ensure_ascii=False) in model.graph.doc_string


def test_info_escapes_control_characters_from_a_manifest(payload_run, capsys):
    folder, X = payload_run
    _write_csv(folder / "data.csv", ["PLACEHOLDER", "b", "label"],
               [[repr(a), repr(b), "yes" if a + b > 0 else "no"] for a, b in X.tolist()])
    assert cli.main(["train", str(folder / "run.toml"), "--save", str(folder / "plain.nnsim"), "--quiet"]) == 0
    with zipfile.ZipFile(folder / "plain.nnsim") as z:
        members = {name: z.read(name) for name in z.namelist()}
    evil = "a\x1b[2J\x07\x9b"
    members["manifest.json"] = members["manifest.json"].decode().replace(
        "PLACEHOLDER", json.dumps(evil)[1:-1]).replace('"yes"', json.dumps("y\x1b]0;t\x07")).encode()
    with zipfile.ZipFile(folder / "forged.nnsim", "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    capsys.readouterr()
    assert cli.main(["info", str(folder / "forged.nnsim")]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\x9b")
    assert "a\\x1b[2J\\x07\\x9b" in out                             # escaped, still readable
    assert "classes   0 = no, 1 = y\\x1b]0;t\\x07" in out
    assert "outputs   out = P(class y\\x1b]0;t\\x07); class no below 0.5" in out

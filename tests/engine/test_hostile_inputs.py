"""Every input is bounded before it is read: hostile files exit 2 with a message, promptly and small.

Each case runs ``python -m nnsim`` in a child limited to 1 GB of address space, with a 60 s
guard against a hang, and asserts exit 2, a message naming the problem (never a traceback)
and a peak resident size under 500 MB (read from the child's own rusage). How long each
takes is not asserted: that is for benchmarks.
"""
from __future__ import annotations

import io
import json
import os
import re
import resource
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from nnsim import cli

GB = 1 << 30
RUN_TOML = """\
[data]
dataset = "circle"
samples = 100
[network]
hidden = [3]
[training]
epochs = 2
"""


CHILD = ("import atexit, resource, sys\n"
         "atexit.register(lambda: sys.stderr.write("
         "f'\\nPEAK_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n'))\n"
         "from nnsim.cli import main\n"
         "sys.exit(main(sys.argv[1:]))\n")


def run_limited(args, cwd):
    """(exit code, stderr, peak resident MB) of ``nnsim ARGS`` in a child under a 1 GB address space.

    The child reports its own peak resident size as it exits (an atexit hook)."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (GB, GB))
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *map(str, args)], cwd=cwd, preexec_fn=limit,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"nnsim {' '.join(map(str, args))} hung for 60 s")
    err, _, peak = err.rpartition("PEAK_KB ")
    assert peak.strip().isdigit(), err
    return proc.returncode, err, int(peak) / 1024


def assert_refused(args, cwd, *words):
    code, err, peak = run_limited(args, cwd)
    assert code == 2, err
    assert "Traceback" not in err and "MemoryError" not in err, err
    for w in words:
        assert w in err, err
    assert peak < 500, f"peak resident {peak:.0f} MB"
    return err


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    folder = tmp_path_factory.mktemp("saved")
    (folder / "run.toml").write_text(RUN_TOML)
    assert cli.main(["train", str(folder / "run.toml"), "--save", str(folder / "run.nnsim"), "--quiet"]) == 0
    with zipfile.ZipFile(folder / "run.nnsim") as z:
        return folder / "run.nnsim", json.loads(z.read("manifest.json")), z.read("arrays.npz")


def write_project(path, manifest, arrays_member=None, extra_arrays=None, big_member=0):
    """A project zip from its parts; ``big_member`` bytes of zeros as arrays.npz make a zip bomb."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        if big_member:
            with z.open("arrays.npz", "w", force_zip64=True) as f:
                chunk = bytes(1 << 24)
                for _ in range(big_member // len(chunk)):
                    f.write(chunk)
        else:
            if extra_arrays:
                buf = io.BytesIO()
                with np.load(io.BytesIO(arrays_member)) as npz:
                    np.savez(buf, **{k: npz[k] for k in npz.files}, **extra_arrays)
                arrays_member = buf.getvalue()
            z.writestr("arrays.npz", arrays_member)
    return path


@pytest.mark.slow
def test_a_zip_bomb_is_refused_by_its_declared_size(saved, tmp_path):
    _, manifest, _ = saved
    bomb = write_project(tmp_path / "bomb.nnsim", manifest, big_member=1100 * (1 << 20))
    assert bomb.stat().st_size < 3_000_000
    assert_refused(["info", bomb], tmp_path, "arrays.npz's size in bytes", "at most")


def test_an_array_the_manifest_does_not_name_is_refused(saved, tmp_path):
    _, manifest, arrays = saved
    path = write_project(tmp_path / "extra.nnsim", manifest, arrays, extra_arrays={"junk": np.zeros(10)})
    assert_refused(["info", path], tmp_path, "junk")


def test_a_manifest_declaring_a_huge_network_or_data_is_refused(saved, tmp_path):
    _, manifest, arrays = saved
    huge = json.loads(json.dumps(manifest))
    huge["network"]["hidden"] = [5000] * 50
    assert_refused(["info", write_project(tmp_path / "net.nnsim", huge, arrays)], tmp_path,
                   "number of parameters", "10,000,000")
    deep = json.loads(json.dumps(manifest))
    deep["network"]["hidden"] = [1] * 10_000_000
    assert_refused(["info", write_project(tmp_path / "deep.nnsim", deep, arrays)], tmp_path,
                   "number of weight layers", "64")
    rows = json.loads(json.dumps(manifest))
    rows["data"]["rows"] = 10 ** 12
    assert_refused(["info", write_project(tmp_path / "rows.nnsim", rows, arrays)], tmp_path, "rows × columns")


def test_a_shape_that_differs_from_the_manifest_is_refused_before_it_is_read(saved, tmp_path):
    _, manifest, arrays = saved
    buf = io.BytesIO()
    with np.load(io.BytesIO(arrays)) as npz:
        parts = {k: npz[k] for k in npz.files}
    parts["W1"] = np.zeros((3, 4000))
    np.savez(buf, **parts)
    assert_refused(["info", write_project(tmp_path / "shape.nnsim", manifest, buf.getvalue())], tmp_path,
                   "W1 has shape (3, 4000)")


def test_a_config_of_a_thousand_layers_of_a_thousand_units_is_refused(tmp_path):
    (tmp_path / "big.toml").write_text("[network]\nhidden = [" + ", ".join(["1000"] * 1000) + "]\n")
    assert_refused(["train", tmp_path / "big.toml"], tmp_path, "number of weight layers", "64")
    (tmp_path / "wide.toml").write_text("[network]\nhidden = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, "
                                        "1000, 1000, 1000]\n")
    assert_refused(["train", tmp_path / "wide.toml"], tmp_path, "number of parameters")


def csv_config(folder, csv_name):
    (folder / "c.toml").write_text(f'[data]\ndataset = "csv"\npath = "{csv_name}"\n[network]\nhidden = [2]\n'
                                   '[training]\nepochs = 1\n')
    return folder / "c.toml"


def test_a_csv_naming_twenty_thousand_classes_is_refused(tmp_path):
    (tmp_path / "many.csv").write_text("a,label\n" + "".join(f"{i},k{i}\n" for i in range(20_000)))
    assert_refused(["train", csv_config(tmp_path, "many.csv")], tmp_path, "number of classes", "100")


def test_a_csv_with_a_line_of_fifty_megabytes_is_refused(tmp_path):
    with open(tmp_path / "wide.csv", "wb") as f:
        f.write(b"a,b,label\n")
        f.write(b"1," * (25 * 1000 * 1000) + b"0\n")
    assert_refused(["train", csv_config(tmp_path, "wide.csv")], tmp_path, "line 2", "1,000,000")
    with open(tmp_path / "cols.csv", "w") as f:
        f.write(",".join(f"c{i}" for i in range(1500)) + "\n" + ",".join("1" * 1500) + "\n")
    assert_refused(["train", csv_config(tmp_path, "cols.csv")], tmp_path, "number of columns", "1,000")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_given_as_a_csv_is_refused(tmp_path, saved, device):
    assert_refused(["train", csv_config(tmp_path, device)], tmp_path, "not a regular file")
    assert_refused(["predict", saved[0], "--input", device], tmp_path, "not a regular file")


def test_a_fifo_is_refused_everywhere_without_hanging(tmp_path, saved):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_refused(["info", fifo], tmp_path, "not a regular file (a FIFO)")
    assert_refused(["export", fifo, "--to", tmp_path / "w.npz"], tmp_path, "not a regular file")
    assert_refused(["predict", saved[0], "--input", fifo], tmp_path, "not a regular file")
    assert_refused(["train", fifo], tmp_path, "not a regular file")
    assert_refused(["train", csv_config(tmp_path, "pipe")], tmp_path, "not a regular file")
    from nnsim import export
    with pytest.raises(export.ExportError, match="not a regular file"):
        export.load(fifo.rename(tmp_path / "pipe.npz"))


# -- the app's "ui" entry (nnsim.project_ui: read_ui, write_ui) ---------------------------------------
def with_ui(path, saved, ui):
    """The saved project with its manifest's "ui" entry set to ``ui``, written to ``path``."""
    _, manifest, arrays = saved
    return write_project(path, {**manifest, "ui": ui}, arrays)


@pytest.mark.parametrize(("ui", "words"), [
    ({"hidden_controls": ["row:l2"], "notes": "x" * 2_000_000}, "at most 100,000"),     # huge
    ({"hidden_controls": ["a"] * 100_000}, "at most 100,000"),
    ([["row:l2"]], "must be an object, not list"),                                      # oddly typed
    ("row:l2", "must be an object, not str"),
    (7, "must be an object, not int"),
    ({"hidden_controls": "row:l2"}, "a list of at most 200 names"),
    ({"hidden_controls": [{"id": "row:l2"}]}, "not a name of 1 to 100 characters"),
    ({"hidden_controls": ["x" * 5000]}, "not a name of 1 to 100 characters"),
    ({"hidden_controls": ["a", "a"]}, "twice"),
])
def test_a_hostile_ui_entry_is_refused_by_name_and_nothing_is_written(tmp_path, saved, ui, words):
    from nnsim import project
    path = with_ui(tmp_path / "run.nnsim", saved, ui)
    before = path.read_bytes()
    for call in (lambda: project.read_ui(path), lambda: project.load(path)):
        with pytest.raises(project.ProjectFileError, match="\"ui\" entry") as e:
            call()
        assert words in str(e.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(("ui", "words"), [
    ({"hidden_controls": ["row:l2"], "notes": "x" * 200_000}, "at most 100,000"),
    ({"hidden_controls": ["row:l2"], "when": object()}, "JSON values"),
    ({"hidden_controls": ["row:l2"], "scale": float("nan")}, "JSON values"),
    (["row:l2"], "must be an object"),
])
def test_write_ui_refuses_an_entry_over_the_limits_and_leaves_the_file_as_it_was(tmp_path, saved, ui, words):
    from nnsim import project
    path = with_ui(tmp_path / "run.nnsim", saved, {"hidden_controls": ["row:l1"]})
    before = path.read_bytes()
    with pytest.raises(project.ProjectFileError, match=words):
        project.write_ui(path, ui)
    assert path.read_bytes() == before and project.read_ui(path) == {"hidden_controls": ["row:l1"]}


def test_read_ui_and_write_ui_bound_the_file_before_reading_it(tmp_path, saved):
    """A FIFO, too many members, a manifest or a member that expands past the limits, a manifest that
    is not an object: a ProjectFileError naming the limit, promptly, and the file is left as it was."""
    from nnsim import project
    _, manifest, arrays = saved
    fifo = tmp_path / "pipe.nnsim"
    os.mkfifo(fifo)
    many = tmp_path / "many.nnsim"
    with zipfile.ZipFile(many, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for i in range(70):
            z.writestr(f"m{i}", b"")
    bomb = tmp_path / "bomb.nnsim"                              # a manifest of 60 MB of spaces, a few KB zipped
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest) + " " * 60_000_000)
        z.writestr("arrays.npz", arrays)
    huge = write_project(tmp_path / "huge.nnsim", manifest, big_member=(1 << 30) + (1 << 26))
    not_object = write_project(tmp_path / "list.nnsim", [manifest], arrays)
    cases = [(fifo, "not a regular file (a FIFO)"), (many, "the number of members is 71; at most 64"),
             (bomb, "manifest.json's size in bytes"), (not_object, "does not describe an NNSim project")]
    for path, words in cases:
        with pytest.raises(project.ProjectFileError, match=re.escape(words)):
            project.read_ui(path)
    for path, words in [*cases, (huge, "its members' size in bytes")]:
        before = None if path == fifo else path.stat().st_mtime_ns
        with pytest.raises(project.ProjectFileError, match=re.escape(words)):
            project.write_ui(path, {"hidden_controls": ["row:l2"]})
        assert path == fifo or path.stat().st_mtime_ns == before


# -- the words a limit or name error fills in are registered, so the app can translate them -------------
def _sample(node) -> str | None:
    """The text an argument expression gives, each variable part as "x"; None if not text."""
    import ast
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
    if isinstance(node, ast.BinOp):
        left, right = _sample(node.left), _sample(node.right)
        return (left or "x") + (right or "x")
    return None


def test_every_phrase_an_engine_error_fills_in_is_in_phrases():
    """Issue 14: a Vietnamese limit error showed the English words substituted for {what} and {kind}.
    The app translates them from ``nnsim.errors.PHRASES``; each one the engine's code passes must be there."""
    import ast
    from pathlib import Path

    import nnsim
    from nnsim import limits  # noqa: F401  (registers its phrases)
    from nnsim.errors import phrase
    calls = {"unknown": 0, "check": 0, "read_bytes": 2, "check_regular": 2, "check_network": 1}
    missing, seen = [], 0
    for path in sorted(Path(nnsim.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in calls or len(node.args) <= calls[name]:
                continue
            text = _sample(node.args[calls[name]])
            if text is None or (name == "check" and path.name == "limits.py"):
                continue                                          # a parameter passed on
            seen += 1
            if phrase(text) is None and not (name == "check_network" and phrase(f"{text}'s number of parameters")):
                missing.append(f"{path.name}:{node.lineno}: {text!r}")
    assert seen > 15 and missing == []


# -- the app's look at a CSV file's columns (nnsim.csv_head) -------------------------------------------
def test_csv_head_reads_the_columns_from_the_first_lines_only(tmp_path):
    from nnsim import csv_head, data
    from nnsim.errors import NNSimError
    named = tmp_path / "named.csv"
    named.write_text("\ufeff\nx, y,label\n1,2,a\n" + "broken,\"\n" * 1000, encoding="utf-8")
    assert csv_head.columns(named) == ("x", "y", "label")        # the broken rest is the engine's to find
    with pytest.raises(NNSimError):
        data.load_csv(named)
    bare = tmp_path / "bare.csv"
    bare.write_text("1,2,0\n3,4,1\n")
    ds = data.load_csv(bare)                                     # no header: the loader's c0, c1, …
    assert csv_head.columns(bare) == (*ds.source["features"], ds.source["label"]) == ("c0", "c1", "c2")
    long_line = tmp_path / "long.csv"
    long_line.write_bytes(b"a," * 600_000 + b"b\n")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for path, words in [(long_line, "line 1's length in bytes"), (fifo, "not a regular file (a FIFO)"),
                        (tmp_path / "none.csv", "cannot read the file")]:
        with pytest.raises(NNSimError, match=re.escape(words)):
            csv_head.columns(path)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(NNSimError, match="empty"):
        csv_head.columns(empty)

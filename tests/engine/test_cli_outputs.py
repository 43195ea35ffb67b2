"""Nothing lost at the command line: output paths checked first, Ctrl+C keeps the run, a saved run continues.

- a typo in an output path never destroys an input, and is found before any training;
- saves write through symbolic links, refuse read-only files, name the user's path, and clean
  up the temporary file of a save that was killed;
- Ctrl+C in ``nnsim train`` stops after the current step, writes what was asked with what was
  done, exits 130; ``nnsim train RUN.nnsim`` continues it bit for bit.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import numpy as np
import pytest

from nnsim import cli, project
from test_cli import RUN_TOML, write


@pytest.fixture
def run_toml(tmp_path):
    return write(tmp_path / "run.toml", RUN_TOML)


@pytest.fixture
def saved(tmp_path, run_toml):
    assert cli.main(["train", str(run_toml), "--save", str(tmp_path / "run.nnsim"), "--quiet"]) == 0
    return tmp_path / "run.nnsim"


def _refused(capsys, *words):
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for w in words:
        assert w in err, err
    return err


@pytest.mark.parametrize("flag, name", [("--out", "run.toml"), ("--save", "run.toml"), ("--out", "data.csv"),
                                        ("--export", "run.py")])
def test_train_never_writes_over_its_config_or_data(tmp_path, capsys, flag, name):
    (tmp_path / "data.csv").write_text("a,b,label\n" + "".join(f"{i},{-i},{i % 2}\n" for i in range(40)))
    cfg = write(tmp_path / "run.toml", '[data]\ndataset = "csv"\npath = "data.csv"\n[network]\nhidden = [2]\n'
                                       '[training]\nepochs = 2\n')
    os.symlink(tmp_path / "run.toml", tmp_path / "run.py")              # a link counts as its target
    before = {p.name: p.read_bytes() for p in (cfg, tmp_path / "data.csv")}
    target = tmp_path / name
    code = cli.main(["train", str(cfg), flag, str(target)])
    assert code == 2
    _refused(capsys, str(target))
    assert {p.name: p.read_bytes() for p in (cfg, tmp_path / "data.csv")} == before


def test_predict_export_and_train_refuse_the_run_itself_or_a_foreign_suffix(saved, tmp_path, capsys):
    before = saved.read_bytes()
    (tmp_path / "in.csv").write_text("x1,x2\n0.1,0.2\n")
    assert cli.main(["predict", str(saved), "--input", str(tmp_path / "in.csv"), "--out", str(saved)]) == 2
    _refused(capsys, "--out", ".csv")
    assert cli.main(["predict", str(saved), "--input", str(tmp_path / "in.csv"),
                     "--out", str(tmp_path / "in.csv")]) == 2
    _refused(capsys, "would overwrite the input")
    assert cli.main(["export", str(saved), "--to", str(tmp_path / "x.h5")]) == 2
    _refused(capsys, "--to", "x.h5")                                    # the flag given, not --export
    assert cli.main(["train", str(saved), "--save", str(tmp_path / "next.toml")]) == 2
    _refused(capsys, "--save", ".nnsim")
    assert cli.main(["train", str(saved), "--save", str(saved), "--epochs", "40"]) == 2
    _refused(capsys, "would overwrite the input")
    assert cli.main(["train", str(saved), "--out", str(tmp_path / "m.json"), "--export", str(tmp_path / "m.json")]) == 2
    _refused(capsys, "each output its own file")
    assert saved.read_bytes() == before


def test_a_bad_output_folder_or_read_only_file_is_found_before_training(run_toml, tmp_path, capsys, monkeypatch):
    from nnsim import training
    monkeypatch.setattr(training.Trainer, "run", lambda *a, **k: pytest.fail("trained before checking outputs"))
    missing = tmp_path / "no such folder" / "m.json"
    assert cli.main(["train", str(run_toml), "--out", str(missing)]) == 2
    _refused(capsys, str(missing), "no such folder")
    locked = write(tmp_path / "locked.json", "{}")
    locked.chmod(0o444)
    assert cli.main(["train", str(run_toml), "--out", str(locked)]) == 2
    _refused(capsys, str(locked), "read-only")
    assert locked.read_text() == "{}"


def test_saves_write_through_a_symlink_and_name_the_users_path(saved, tmp_path, capsys):
    real = tmp_path / "real.csv"
    link = tmp_path / "link.csv"
    real.write_text("old")
    os.symlink(real, link)
    (tmp_path / "in.csv").write_text("x1,x2\n0.1,0.2\n")
    assert cli.main(["predict", str(saved), "--input", str(tmp_path / "in.csv"), "--out", str(link)]) == 0
    assert link.is_symlink() and real.read_text().startswith("x1,x2,out")


def test_a_killed_saves_temporary_file_is_removed_by_the_next_save(tmp_path):
    from nnsim.io import write_text
    target = tmp_path / "m.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".m.json.{int(dead.stdout)}.abcd.tmp"          # left by a process that is gone
    stale.write_bytes(b"x" * 1000)
    mine = tmp_path / f".m.json.{os.getpid()}.efgh.tmp"                 # ours: maybe a save under way
    mine.write_bytes(b"y")
    write_text(target, "{}")
    assert target.read_text() == "{}"
    assert not stale.exists() and mine.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["m.json", mine.name])


def test_seed_is_refused_for_a_saved_run(saved, capsys):
    assert cli.main(["train", str(saved), "--seed", "4"]) == 2
    _refused(capsys, "--seed")


def _state(path):
    """Everything a run holds that continuing must reproduce: arrays, counters, RNG state, history."""
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        with np.load(z.open("arrays.npz")) as npz:
            arrays = {k: npz[k] for k in npz.files}
    return manifest["trainer"], arrays


def _assert_same_run(a, b, ignore_history_at=None):
    (sa, aa), (sb, ab) = _state(a), _state(b)
    assert sorted(aa) == sorted(ab)
    for k in aa:
        np.testing.assert_array_equal(aa[k], ab[k], err_msg=k)
    ha, hb = sa.pop("history"), sb.pop("history")
    if ignore_history_at is None:
        assert ha == hb
    else:     # the shorter run closed with one evaluation at its last step: the one record more
        assert [r for r in ha["records"] if r.get("step") != ignore_history_at] == \
            [r for r in hb["records"] if r.get("step") != ignore_history_at]
    for key in ("step_count", "epoch", "rng"):
        if key in sa:
            assert sa[key] == sb[key], key


def test_continuing_a_saved_run_to_more_epochs_equals_one_longer_run(tmp_path, run_toml, saved):
    assert cli.main(["train", str(saved), "--epochs", "60", "--save", str(tmp_path / "continued.nnsim"),
                     "--quiet"]) == 0
    assert cli.main(["train", str(run_toml), "--epochs", "60", "--save", str(tmp_path / "once.nnsim"),
                     "--quiet"]) == 0
    first = project.load(saved)
    assert first.epoch == 30
    _assert_same_run(tmp_path / "continued.nnsim", tmp_path / "once.nnsim", ignore_history_at=first.step_count)
    assert project.load(tmp_path / "continued.nnsim").config.training["epochs"] == 60
    # without --epochs it goes on to the file's own training.epochs: here already reached, nothing more
    assert cli.main(["train", str(tmp_path / "continued.nnsim"), "--save", str(tmp_path / "same.nnsim"),
                     "--quiet"]) == 0
    assert project.load(tmp_path / "same.nnsim").step_count == project.load(tmp_path / "once.nnsim").step_count


@pytest.mark.slow
def test_ctrl_c_saves_the_run_so_far_and_continuing_it_equals_the_uninterrupted_run(tmp_path):
    cfg = write(tmp_path / "long.toml", RUN_TOML.replace("epochs = 30", "epochs = 5000000"))
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "nnsim", "train", str(cfg), "--save", str(tmp_path / "cut.nnsim"),
                             "--out", str(tmp_path / "cut.json"), "--quiet"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2.5)                                      # well into training (imports take ~1 s)
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted after step" in err and "Traceback" not in err
    metrics = json.loads((tmp_path / "cut.json").read_text())
    assert metrics["interrupted"] is True
    cut = project.load(tmp_path / "cut.nnsim")
    assert 0 < cut.epoch < 5000000 and metrics["steps"] == cut.step_count
    # the rest of the run, from the file, against one uninterrupted run to the same epoch
    total = str(cut.epoch + 5)
    assert cli.main(["train", str(tmp_path / "cut.nnsim"), "--epochs", total, "--save",
                     str(tmp_path / "rest.nnsim"), "--quiet"]) == 0
    assert cli.main(["train", str(cfg), "--epochs", total, "--save", str(tmp_path / "once.nnsim"), "--quiet"]) == 0
    rest, once = _state(tmp_path / "rest.nnsim"), _state(tmp_path / "once.nnsim")
    for k in once[1]:
        np.testing.assert_array_equal(rest[1][k], once[1][k], err_msg=k)
    assert rest[0]["history"] == once[0]["history"]

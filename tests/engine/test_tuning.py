"""Hyperparameter search (nnsim.tuning, nnsim.tuning_space, ``nnsim tune``): issue 7's headless part.

The space file and each of its errors; log-scale sampling spread evenly over decades (a chi-square
test on log10 of the samples); a search on the ``tuning`` preset beats its deliberately poor
learning rate and repeats itself from the same seed; two worker processes share one study with no
trial lost or repeated, also when one is killed mid-trial; the command end to end; and the same
parallel search against a real PostgreSQL server (marker ``postgres``). A trial left RUNNING by a
dead process is failed on resume and not counted (journal: owner PID; PostgreSQL: heartbeat).
"""
from __future__ import annotations

import csv
import re
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest

optuna = pytest.importorskip("optuna")

from nnsim import cli, config, presets, tuning, tuning_owner, tuning_space  # noqa: E402
from nnsim.errors import NNSimError  # noqa: E402
from nnsim.training import Trainer  # noqa: E402
from nnsim.tuning_space import SpaceError  # noqa: E402

LR_SPACE = """
[training.learning_rate]
low = 1e-4
high = 1
log = true
"""


def preset(epochs: int) -> config.RunConfig:
    return presets.load("tuning").replace({"training.epochs": epochs})


def sample(space: tuning_space.SearchSpace, n: int, seed: int = 7) -> list[dict]:
    """``n`` configurations from the random sampler, as the workers draw them (in memory, no training)."""
    study = optuna.create_study(sampler=tuning.make_sampler("random", space, seed))
    out = []
    for _ in range(n):
        trial = study.ask()
        out.append(space.suggest(trial))
        study.tell(trial, 0.0)
    return out


def chi_square_uniform(values: np.ndarray, low: float, high: float, bins: int) -> float:
    counts, _ = np.histogram(values, bins=bins, range=(low, high))
    expected = len(values) / bins
    return float(((counts - expected) ** 2 / expected).sum())


# -- the space file ---------------------------------------------------------------------------------
def test_a_space_file_with_every_kind_of_table():
    space = tuning_space.loads("""
        [training.learning_rate]
        low = 1e-4
        high = 1
        log = true
        points = 5
        [training.beta]
        one_minus = true
        low = 0.001
        high = 0.1
        [training.batch_size]
        low = 8
        high = 128
        int = true
        log = true
        [network.hidden]
        choices = [[8], [16, 8], [32, 16, 8]]
        [network.activation]
        choices = ["tanh", "relu"]
        [seed]
        low = 0
        high = 9
    """)
    p = {q.key: q for q in space.params}
    assert space.keys == ["training.learning_rate", "training.beta", "training.batch_size", "network.hidden",
                          "network.activation", "seed"]
    assert p["training.learning_rate"].log and p["training.learning_rate"].points == 5
    assert p["training.beta"].one_minus and p["training.beta"].log and p["training.beta"].name == "1-training.beta"
    assert p["training.batch_size"].int and p["seed"].int        # whole-number keys give integer ranges
    assert p["network.hidden"].choices == ([8], [16, 8], [32, 16, 8])
    assert p["training.learning_rate"].grid() == pytest.approx([1e-4, 1e-3, 1e-2, 1e-1, 1])
    assert p["training.beta"].to_config(0.01) == pytest.approx(0.99)
    momentum = presets.load("tuning").replace({"training.optimizer": "momentum"})   # the run uses β
    space.check(momentum)                                       # every value fits the run config
    changes = sample(space, 5)
    for c in changes:
        cfg = presets.load("tuning").replace(c)                  # every sample is a valid run config
        assert 0.9 <= cfg.training["beta"] <= 0.999 and 8 <= cfg.training["batch_size"] <= 128
        assert cfg.network["hidden"] in ([8], [16, 8], [32, 16, 8])


@pytest.mark.parametrize("text, key, words", [
    ("[training.learnig_rate]\nlow = 1\nhigh = 2", "training.learnig_rate", "unknown key"),
    ("[training.learning_rate]\nlow = 1\nhigh = 0.1", "training.learning_rate", "low must be below high"),
    ("[training.learning_rate]\nlow = 1\nhigh = 1", "training.learning_rate", "low must be below high"),
    ("[training.l2]\nlow = 0\nhigh = 1\nlog = true", "training.l2", "log range needs low > 0"),
    ("[network.activation]\nchoices = []", "network.activation", "non-empty list"),
    ("[network.activation]\nchoices = \"relu\"", "network.activation", "non-empty list"),
    ("[network.activation]\nchoices = [\"relu\", \"relu\"]", "network.activation", "repeat"),
    ("[training.beta]\none_minus = true\nlow = 0.001\nhigh = 1.5", "training.beta", "(0, 1)"),
    ("[training.beta]\none_minus = true\nlow = 0\nhigh = 0.1", "training.beta", "(0, 1)"),
    ("[training.learning_rate]\nlow = 0.1", "training.learning_rate", "high is missing"),
    ("[training.learning_rate]\nlow = 0.1\nhigh = 1\nchoices = [0.5]", "training.learning_rate", "not both"),
    ("[network.activation]\nlow = 0\nhigh = 1", "network.activation", "choices"),
    ("[training.learning_rate]\nlow = 0.1\nhigh = 1\nint = true", "training.learning_rate", "int = true"),
    ("[training.batch_size]\nlow = 8.5\nhigh = 64", "training.batch_size", "whole number"),
    ("[training.learning_rate]\nlow = 0.1\nhigh = 1\npoints = 1", "training.learning_rate", "points"),
    ("[training.learning_rate]\nlow = 0.1\nhigh = 1\nstep = 0.1", "training.learning_rate", "unknown setting 'step'"),
    ("[training.learning_rate]\nlow = \"a\"\nhigh = 1", "training.learning_rate", "must be a number"),
    ("[training.learning_rate]\nlow = 0.1\nhigh = 1\nlog = 1", "training.learning_rate", "true or false"),
])
def test_each_mistake_is_an_error_naming_the_key(text, key, words):
    with pytest.raises(SpaceError) as info:
        tuning_space.loads(text)
    assert isinstance(info.value, NNSimError) and isinstance(info.value, ValueError)
    assert info.value.params["key"] == key
    assert key in str(info.value) and words in str(info.value)


def test_an_empty_space_a_bad_file_and_a_value_the_config_refuses():
    with pytest.raises(SpaceError, match="no table"):
        tuning_space.loads("# nothing to search\n")
    with pytest.raises(SpaceError, match="not valid TOML"):
        tuning_space.loads("[training.learning_rate\n")
    with pytest.raises(SpaceError, match="cannot read"):
        tuning_space.load("/nonexistent/space.toml")
    space = tuning_space.loads("[training.keep_prob]\nlow = 0.5\nhigh = 1.5")
    with pytest.raises(SpaceError) as info:
        space.check(presets.load("tuning"))                     # keep_prob must be in (0, 1]
    assert info.value.params["key"] == "training.keep_prob" and "1.5" in str(info.value)
    with pytest.raises(SpaceError, match="points"):             # the grid sampler needs a resolution
        tuning.check(preset(5), tuning_space.loads(LR_SPACE), "grid", "dev_loss", 4, 1)


def test_a_config_without_a_dev_set_is_refused_with_the_key_to_set():
    cfg = preset(5).replace({"data.dev_fraction": 0.0})
    with pytest.raises(tuning.TuningError) as info:
        tuning.check(cfg, tuning_space.loads(LR_SPACE), "random", "dev_loss", 4, 1)
    assert "dev_fraction" in str(info.value)


# -- sampling -------------------------------------------------------------------------------------------
def test_log_uniform_sampling_spreads_learning_rates_evenly_over_decades():
    rates = np.array([c["training.learning_rate"] for c in sample(tuning_space.loads(LR_SPACE), 400)])
    assert rates.min() >= 1e-4 and rates.max() <= 1
    logs = np.log10(rates)
    # 8 half-decade bins: chi-square with 7 degrees of freedom; 24.32 is its 0.001 quantile's upper point.
    assert chi_square_uniform(logs, -4, 0, 8) < 24.32
    per_decade, _ = np.histogram(logs, bins=4, range=(-4, 0))
    assert per_decade.min() > 70                                # about 100 in each decade, not 90% in the top one


def test_one_minus_beta_is_log_uniform_too():
    space = tuning_space.loads("[training.beta]\none_minus = true\nlow = 0.001\nhigh = 0.1")
    betas = np.array([c["training.beta"] for c in sample(space, 400)])
    assert betas.min() >= 0.9 - 1e-12 and betas.max() <= 0.999 + 1e-12
    assert chi_square_uniform(np.log10(1 - betas), -3, -1, 8) < 24.32
    assert (betas > 0.99).mean() == pytest.approx(0.5, abs=0.1)   # as many in [0.99, 0.999] as in [0.9, 0.99]


def test_the_random_sampler_gives_each_trial_number_the_same_values_whatever_the_order():
    space = tuning_space.loads(LR_SPACE)
    assert sample(space, 10, seed=3) == sample(space, 10, seed=3)
    assert sample(space, 10, seed=3) != sample(space, 10, seed=4)


# -- searches --------------------------------------------------------------------------------------------
def test_a_random_search_on_the_tuning_preset_beats_its_poor_learning_rate_and_repeats(tmp_path):
    cfg = preset(60)
    baseline = Trainer(cfg).run()["dev"]["accuracy"]
    space = tuning_space.loads(LR_SPACE)
    runs = []
    for name in ("a", "b"):
        result = tuning.tune(cfg, space, 20, jobs=1, storage=str(tmp_path / f"{name}.journal"),
                             objective="dev_accuracy", seed=11)
        assert len(result.trials) == 20 and result.ran == 20
        runs.append(result)
    best = runs[0].best
    assert best is not None and best.value > baseline + 0.05, (best, baseline)
    assert best.figures["dev_accuracy"] == best.value
    assert runs[0].final_check["test_accuracy"] is not None     # the test set: once, for the best trial
    assert runs[0].best_config.training["learning_rate"] == best.changes["training.learning_rate"]
    same = [[(t.number, t.state, t.value, t.changes) for t in r.trials] for r in runs]
    assert same[0] == same[1]                                   # the same seed gives the same trials


def test_a_finished_study_resumes_instead_of_starting_over(tmp_path):
    cfg, space = preset(10), tuning_space.loads(LR_SPACE)
    journal = str(tmp_path / "s.journal")
    first = tuning.tune(cfg, space, 3, jobs=1, storage=journal, do_final_check=False)
    again = tuning.tune(cfg, space, 5, jobs=1, storage=journal, do_final_check=False)
    assert first.study == again.study and again.ran == 2 and len(again.trials) == 5
    with pytest.raises(tuning.TuningError, match="another run config"):
        tuning.tune(cfg, space, 5, jobs=1, storage=journal, study=first.study, seed=99)


def test_the_grid_sampler_visits_every_point_once_with_one_job(tmp_path):
    space = tuning_space.loads(LR_SPACE.replace("log = true", "log = true\npoints = 3")
                               + "[network.activation]\nchoices = [\"tanh\", \"relu\"]\n")
    result = tuning.tune(preset(5), space, 6, jobs=1, sampler="grid", storage=str(tmp_path / "g.journal"),
                         do_final_check=False)
    points = {(t.changes["training.learning_rate"], t.changes["network.activation"]) for t in result.trials}
    assert points == {(lr, a) for lr in (1e-4, 1e-2, 1.0) for a in ("tanh", "relu")}


def check_shared_study(result, n: int) -> None:
    numbers = sorted(t.number for t in result.trials)
    assert numbers == list(range(n))                            # none lost
    assert all(t.state not in ("running", "failed", "invalid") for t in result.trials)
    rates = [t.changes["training.learning_rate"] for t in result.trials]
    assert len(set(rates)) == n                                 # none repeated (random sampler)


def first_running_trial(journal: str, study: str, timeout: float):
    """The first RUNNING trial of ``study`` whose worker has recorded itself (polled), None after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            trials = optuna.load_study(study_name=study, storage=tuning.open_storage(journal)).trials
        except KeyError:                                        # the study is not created yet
            continue
        running = [t for t in trials if t.state.name == "RUNNING" and "worker_started" in t.user_attrs]
        if running:
            return running[0]
    return None


@pytest.mark.slow
def test_two_worker_processes_on_a_journal_file_share_the_trials(tmp_path):
    result = tuning.tune(preset(30), tuning_space.loads(LR_SPACE), 12, jobs=2,
                         storage=str(tmp_path / "s.journal"), do_final_check=False)
    check_shared_study(result, 12)
    workers = {optuna.load_study(study_name=result.study, storage=tuning.open_storage(str(tmp_path / "s.journal")))
               .trials[t.number].user_attrs["worker"] for t in result.trials}
    assert len(workers) == 2                                    # both processes ran trials


@pytest.mark.slow
def test_a_worker_killed_mid_trial_leaves_its_trial_failed_and_the_study_finishes(tmp_path):
    journal = str(tmp_path / "s.journal")
    cfg, space = preset(1500), tuning_space.loads("[training.learning_rate]\nlow = 1e-3\nhigh = 1e-2\nlog = true")
    out: dict = {}
    thread = threading.Thread(target=lambda: out.update(result=tuning.tune(
        cfg, space, 4, jobs=2, storage=journal, study="kill", do_final_check=False)))
    thread.start()
    try:
        victim = first_running_trial(journal, "kill", 60)
        assert victim is not None, "no trial started within a minute"
        os.kill(int(victim.user_attrs["worker"].rsplit(":", 1)[1]), signal.SIGKILL)
    finally:
        thread.join(120)
    assert not thread.is_alive()
    result = out["result"]
    assert len(result.trials) == 4 and result.ran == 4
    killed = result.trials[victim.number]
    assert killed.state == "failed" and "exit code -9" in killed.figures["note"]
    assert [t.state for t in result.trials].count("failed") == 1
    assert optuna.load_study(study_name="kill", storage=tuning.open_storage(journal)).trials[
        victim.number].state.name == "FAIL"


# -- the command -------------------------------------------------------------------------------------------
def test_nnsim_tune_end_to_end(tmp_path, capsys):
    cfg_path, space_path = tmp_path / "lesson.toml", tmp_path / "space.toml"
    cfg_path.write_text(presets.text("tuning"), encoding="utf-8")
    space_path.write_text(LR_SPACE + '[network.hidden]\nchoices = [[8], [16, 8]]\n', encoding="utf-8")
    out, best = tmp_path / "results.csv", tmp_path / "best.toml"
    code = cli.main(["tune", str(cfg_path), "--space", str(space_path), "--trials", "6", "--jobs", "1",
                     "--epochs", "20", "--storage", str(tmp_path / "s.journal"), "--out", str(out),
                     "--apply", str(best), "--quiet"])
    printed = capsys.readouterr().out
    assert code == cli.EXIT_OK, printed
    assert "final check on the test set" in printed and "training.learning_rate" in printed
    with out.open(newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [*tuning.CSV_COLUMNS, "training.learning_rate", "network.hidden"]
    assert len(rows) == 7 and [r[0] for r in rows[1:]] == [str(i) for i in range(6)]
    applied = config.load(best)
    assert applied.training["epochs"] == 20 and applied.data == presets.load("tuning").data
    assert applied.network["hidden"] in ([8], [16, 8])
    best_row = min((r for r in rows[1:] if r[1] == "complete"), key=lambda r: float(r[2]))
    assert math.isclose(applied.training["learning_rate"], float(best_row[-2]))


def test_nnsim_tune_refuses_a_config_without_a_dev_set(tmp_path, capsys):
    cfg_path, space_path = tmp_path / "c.toml", tmp_path / "space.toml"
    cfg_path.write_text("[data]\ndataset = \"moons\"\n", encoding="utf-8")
    space_path.write_text(LR_SPACE, encoding="utf-8")
    code = cli.main(["tune", str(cfg_path), "--space", str(space_path), "--trials", "2"])
    assert code == cli.EXIT_BAD_INPUT and "set data.dev_fraction" in capsys.readouterr().err
    space_path.write_text("[training.nope]\nlow = 1\nhigh = 2\n", encoding="utf-8")
    cfg_path.write_text(presets.text("tuning"), encoding="utf-8")
    code = cli.main(["tune", str(cfg_path), "--space", str(space_path), "--trials", "2"])
    assert code == cli.EXIT_BAD_INPUT and "training.nope" in capsys.readouterr().err


# -- PostgreSQL ----------------------------------------------------------------------------------------------
PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _skip_or_fail(reason: str):
    if os.environ.get("NNSIM_REQUIRE_POSTGRES"):
        pytest.fail(f"NNSIM_REQUIRE_POSTGRES is set but {reason}", pytrace=False)
    print(f"skipping: {reason}")
    pytest.skip(reason)


@pytest.fixture
def postgres_url():
    """A throwaway PostgreSQL 15 cluster on a free localhost port: its database URL.

    As root the server runs as the postgres user (``runuser -u postgres``) in a private folder
    that user owns; otherwise as the current user. Skips with the reason where it cannot start
    (``NNSIM_REQUIRE_POSTGRES=1``, as .ci/run sets, makes that a failure instead).
    """
    if url := os.environ.get("NNSIM_TEST_POSTGRES_URL"):
        yield url
        return
    missing = [b for b in ("initdb", "pg_ctl", "createdb") if not (PG_BIN / b).exists()]
    if missing:
        _skip_or_fail(f"PostgreSQL 15 is not installed ({', '.join(missing)} missing from {PG_BIN}); "
                      "apt-get install postgresql")
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            _skip_or_fail("running as root without runuser to start PostgreSQL as the postgres user")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(tempfile.mkdtemp(prefix="nnsim-pg-"))          # tmp_path's parents are closed to postgres
    if as_user:
        shutil.chown(root, "postgres", "postgres")
    data, log = root / "data", root / "server.log"

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120)

    started = False
    try:
        r = run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                "--no-sync")
        if r.returncode:
            _skip_or_fail(f"initdb failed: {r.stderr.strip()[-300:]}")
        r = run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        if r.returncode:
            _skip_or_fail(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log.read_text()[-300:] if log.exists() else ''}")
        started = True
        r = run(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "nnsim_test")
        assert r.returncode == 0, r.stderr
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/nnsim_test"
    finally:
        if started:
            run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.postgres
@pytest.mark.slow
def test_two_worker_processes_share_one_study_on_postgresql(postgres_url):
    cfg, space = preset(30), tuning_space.loads(LR_SPACE)
    result = tuning.tune(cfg, space, 10, jobs=2, storage=postgres_url, study="pg-shared", do_final_check=False)
    check_shared_study(result, 10)
    assert "***" not in result.storage or "@" in result.storage
    again = tuning.tune(cfg, space, 12, jobs=2, storage=postgres_url, study="pg-shared", do_final_check=False)
    assert again.ran == 2
    check_shared_study(again, 12)                               # a second "machine" continued the same study


# -- a searched key the run does not use (issue 14 point 6) ------------------------------------------
@pytest.mark.parametrize(("optimizer", "space_text", "unused"), [
    ("adam", "[training.beta]\nlow = 0.8\nhigh = 0.99", "training.beta"),          # momentum's β on Adam
    ("momentum", "[training.beta1]\nlow = 0.8\nhigh = 0.99", "training.beta1"),
    ("gd", "[training.epsilon]\nlow = 1e-8\nhigh = 1e-6", "training.epsilon"),
    ("adam", "[training.decay_rate]\nlow = 0.1\nhigh = 1", "training.decay_rate"),  # no schedule
])
def test_a_searched_key_the_run_does_not_use_is_refused(optimizer, space_text, unused):
    cfg = config.loads(f'[training]\noptimizer = "{optimizer}"\n')
    with pytest.raises(tuning_space.SpaceError, match=re.escape(unused) + ".*does not use"):
        tuning_space.loads(space_text).check(cfg)


@pytest.mark.parametrize(("optimizer", "space_text"), [
    ("momentum", "[training.beta]\nlow = 0.8\nhigh = 0.99"),
    ("adam", "[training.beta1]\nlow = 0.8\nhigh = 0.99"),
    ("rmsprop", "[training.rmsprop_beta]\nlow = 0.8\nhigh = 0.99"),
    # searched together with an optimizer that uses it
    ("adam", '[training.optimizer]\nchoices = ["adam", "momentum"]\n[training.beta]\nlow = 0.8\nhigh = 0.99'),
    ("adam", '[training.decay]\nchoices = ["none", "inverse_time"]\n[training.decay_rate]\nlow = 0.1\nhigh = 1'),
])
def test_a_searched_key_some_trial_uses_is_accepted(optimizer, space_text):
    tuning_space.loads(space_text).check(config.loads(f'[training]\noptimizer = "{optimizer}"\n'))


def test_the_summary_says_what_pruned_means(capsys):
    from nnsim import cli
    from nnsim.tuning_results import TrialRecord, TuneResult

    trials = [TrialRecord(0, "complete", 0.5, {"training.learning_rate": 0.1}, {}),
              TrialRecord(1, "pruned", None, {"training.learning_rate": 1e-4}, {})]
    result = TuneResult("s", "mem", "dev_loss", "minimize", trials, trials[0], None, None)
    cli._print_trials(result, tuning_space.loads(LR_SPACE), top=0)
    out = capsys.readouterr().out
    assert "1 pruned" in out and "pruned: stopped early" in out and "median" in out
    result = TuneResult("s", "mem", "dev_loss", "minimize", trials[:1], trials[0], None, None)
    cli._print_trials(result, tuning_space.loads(LR_SPACE), top=0)
    assert "pruned" not in capsys.readouterr().out


def test_workers_end_when_nnsim_tune_is_killed(tmp_path):
    """Issue 14 point 6: after a SIGKILL of ``nnsim tune`` its workers ran on (88 s seen) and ended in
    tracebacks. Each worker now watches its parent and ends within about a second."""
    cfg_path, space_path = tmp_path / "run.toml", tmp_path / "space.toml"
    cfg_path.write_text(presets.text("tuning"), encoding="utf-8")
    space_path.write_text("[training.learning_rate]\nlow = 1e-3\nhigh = 1e-2\nlog = true\n", encoding="utf-8")
    journal = str(tmp_path / "s.journal")
    parent = subprocess.Popen([sys.executable, "-m", "nnsim", "tune", str(cfg_path), "--space", str(space_path),
                               "--trials", "8", "--jobs", "2", "--epochs", "100000", "--storage", journal,
                               "--study", "orphans"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 90
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                trials = optuna.load_study(study_name="orphans", storage=tuning.open_storage(journal)).trials
            except KeyError:
                continue
            workers |= {int(t.user_attrs["worker"].rsplit(":", 1)[1]) for t in trials
                        if t.state.name == "RUNNING" and "worker" in t.user_attrs}
        assert workers, "no worker started a trial within 90 s"
    finally:
        parent.kill()
        parent.wait(30)

    def alive(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return False
        return state != "Z"

    deadline = time.monotonic() + 15
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in workers), "workers still running 15 s after nnsim tune was killed"


def test_a_database_storage_in_the_frozen_bundle_says_it_is_not_in_this_build(monkeypatch):
    """Issue 17: the bundle leaves psycopg out; asking for PostgreSQL there names that, not a traceback.
    Optuna reports a missing driver as this ImportError (read off the frozen bundle, where
    scripts/check_bundle.py checks the real case); here RDBStorage raises it."""
    def no_driver(*args, **kwargs):
        raise ImportError("Failed to import DB access module for the specified storage URL. "
                          "Please install appropriate one.")

    monkeypatch.setattr(optuna.storages, "RDBStorage", no_driver)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(tuning.TuningError, match="not in this build.*psycopg.*journal file"):
        tuning.open_storage("postgresql+psycopg://nnsim:secret@localhost:1/nnsim")
    monkeypatch.setattr(sys, "frozen", False)
    with pytest.raises(tuning.TuningError, match="cannot open the study storage.*ImportError") as e:
        tuning.open_storage("postgresql+psycopg://nnsim:secret@localhost:1/nnsim")
    assert "secret" not in str(e.value)


def test_apply_into_another_folder_keeps_the_data_path_valid(tmp_path, monkeypatch):
    """Issue 14 point 6: ``tune --apply`` into another folder wrote the CSV path relative to the
    wrong folder, so ``nnsim train best.toml`` failed. It is now rewritten for the written file."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(80, 2)).tolist()
    runs, out = tmp_path / "runs", tmp_path / "elsewhere" / "deeper"
    runs.mkdir()
    (runs / "points.csv").write_text("x1,x2,y\n" + "".join(f"{a!r},{b!r},{int(a * b > 0)}\n" for a, b in X),
                                     encoding="utf-8")
    (runs / "run.toml").write_text('seed = 1\n[data]\ndataset = "csv"\npath = "points.csv"\ndev_fraction = 0.25\n'
                                   '[training]\nepochs = 3\n', encoding="utf-8")
    (runs / "space.toml").write_text(LR_SPACE, encoding="utf-8")
    out.mkdir(parents=True)
    monkeypatch.chdir(tmp_path)              # neither the config's folder nor the output's
    best = out / "best.toml"
    assert cli.main(["tune", str(runs / "run.toml"), "--space", str(runs / "space.toml"), "--trials", "2",
                     "--jobs", "1", "--storage", str(tmp_path / "s.journal"), "--apply", str(best), "--quiet"]) == 0
    applied = config.load(best)
    assert (applied.base_dir / applied.data["path"]).resolve() == (runs / "points.csv").resolve()
    assert applied.data["path"] == "../../runs/points.csv"          # relative, valid from best.toml's folder
    monkeypatch.chdir(out.parent)
    assert cli.main(["train", str(best), "--epochs", "1", "--quiet"]) == 0


# -- trials left RUNNING by a process that is gone (issue 14 point 6) ------------------------------------
def dead_pid() -> int:
    """The PID of a process that has ended (and been reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_a_resumed_search_fails_the_trials_of_dead_processes_and_does_not_count_them(tmp_path):
    cfg, space = preset(10), tuning_space.loads(LR_SPACE)
    journal = str(tmp_path / "s.journal")
    first = tuning.tune(cfg, space, 2, jobs=1, storage=journal, do_final_check=False)
    study = optuna.load_study(study_name=first.study, storage=tuning.open_storage(journal))
    host, me = socket.gethostname(), tuning.owner()
    owners = {"dead": {"worker": f"{host}:{dead_pid()}"},
              "reused": {"worker": me["worker"], "worker_started": "1"},     # this PID, another process's start
              "alive": me,
              "elsewhere": {"worker": "another-host:1"},                     # cannot tell: left alone
              "unowned": {}}
    numbers = {}
    for name, attrs in owners.items():
        trial = study.ask()
        for k, v in attrs.items():
            trial.set_user_attr(k, v)
        numbers[name] = trial.number
    again = tuning.tune(cfg, space, 6, jobs=1, storage=journal, do_final_check=False)
    by_number = {t.number: t for t in again.trials}
    for name in ("dead", "reused"):
        t = by_number[numbers[name]]
        assert t.state == "failed" and "is gone" in t.figures["note"] and "resumed" in t.figures["note"], t
    for name in ("alive", "elsewhere", "unowned"):
        assert by_number[numbers[name]].state == "running"
    # 6 = 2 finished before + 3 still running (they may finish) + 1 run now; the 2 lost ones are not counted
    assert again.ran == 1 and len(again.trials) == 8
    assert [t.state for t in again.trials].count("complete") == 3
    assert any(f"trials {numbers['dead']}, {numbers['reused']}" in n and "not counted" in n for n in again.notes)
    stored = optuna.load_study(study_name=first.study, storage=tuning.open_storage(journal))
    assert stored.trials[numbers["dead"]].state.name == "FAIL"
    assert tuning.counted(stored) == 6
    third = tuning.tune(cfg, space, 6, jobs=1, storage=journal, do_final_check=False)
    assert third.ran == 0 and not third.notes                  # nothing more to reap, nothing to run


@pytest.mark.slow
def test_a_search_killed_with_its_workers_resumes_with_the_killed_trial_failed_and_not_counted(tmp_path):
    """The issue's case: ``nnsim tune`` killed as a process group (SIGKILL) left its trial RUNNING for
    ever, counted towards --trials. Resumed, that trial is FAIL and the budget is run in full."""
    cfg_path, space_path = tmp_path / "run.toml", tmp_path / "space.toml"
    cfg_path.write_text(presets.text("tuning"), encoding="utf-8")
    space_path.write_text("[training.learning_rate]\nlow = 1e-3\nhigh = 1e-2\nlog = true\n", encoding="utf-8")
    journal = str(tmp_path / "s.journal")
    args = [sys.executable, "-m", "nnsim", "tune", str(cfg_path), "--space", str(space_path), "--trials", "2",
            "--jobs", "1", "--epochs", "3000", "--storage", journal, "--study", "killed", "--quiet"]
    search = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        victim = first_running_trial(journal, "killed", 90)
        assert victim is not None, "no trial started within 90 s"
    finally:
        os.killpg(search.pid, signal.SIGKILL)                     # the search and its worker together
        search.wait(30)
    worker = int(victim.user_attrs["worker"].rsplit(":", 1)[1])
    deadline = time.monotonic() + 10
    while tuning_owner.gone(victim.user_attrs) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert tuning_owner.gone(victim.user_attrs), f"worker {worker} still alive"
    resumed = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    trials = optuna.load_study(study_name="killed", storage=tuning.open_storage(journal)).trials
    killed = trials[victim.number]
    assert killed.state.name == "FAIL" and "is gone" in killed.user_attrs["note"]
    finished = [t for t in trials if t.state.name == "COMPLETE" or t.user_attrs.get("state") == "pruned"]
    assert len(finished) == 2 and len(trials) == 3                # the lost trial is not counted


@pytest.mark.postgres
def test_on_postgresql_a_trial_without_a_heartbeat_is_failed_on_resume_and_not_counted(postgres_url, monkeypatch):
    """A database's trials may belong to other machines: Optuna's heartbeat tells a lost one."""
    monkeypatch.setattr(tuning_owner, "HEARTBEAT_S", 1)
    monkeypatch.setattr(tuning_owner, "GRACE_S", 2)
    cfg, space = preset(10), tuning_space.loads(LR_SPACE)
    tuning.tune(cfg, space, 2, jobs=1, storage=postgres_url, study="pg-beat", do_final_check=False)
    storage = tuning.open_storage(postgres_url)
    try:
        with pytest.warns(UserWarning, match="Heartbeat"):            # Optuna: ask() outside optimize()
            trial = optuna.load_study(study_name="pg-beat", storage=storage).ask()
        trial.set_user_attr("worker", "another-host:1")              # not this host: only the heartbeat tells
        storage.record_heartbeat(trial._trial_id)
        time.sleep(3)                                                 # past the grace period
    finally:
        tuning.close_storage(storage)
    again = tuning.tune(cfg, space, 4, jobs=1, storage=postgres_url, study="pg-beat", do_final_check=False)
    lost = again.trials[trial.number]
    assert lost.state == "failed" and "no heartbeat" in lost.figures["note"], lost
    assert again.ran == 2 and len(again.trials) == 5
    assert any(f"trial {trial.number}," in n for n in again.notes)

"""Check a built bundle (dist/nnsim/) the way a classroom PC uses it, and time its start-up.

    python scripts/check_bundle.py [dist/nnsim] [--runs 5]

With an empty environment (``env -i``: no PATH, no Python, no QT_* variables):
``nnsim --version`` prints the version; ``nnsim train`` trains a lesson preset for a few
epochs and exports ONNX; ``nnsim tune`` runs 4 trials in 2 worker processes (spawned frozen); ``nnsim-gui --screenshot x.png --steps 100`` (offscreen) writes a
picture that is not blank. Then the same from a .tar.gz of the folder unpacked elsewhere under
another name. Last, where Xvfb and xdotool exist, the start-up time to the first window shown
on an X server (xcb), median of --runs runs. Prints the figures; exits 1 on any failure.
POSIX only (.ci/run): Windows and macOS smoke-test the bundle in .github/workflows/bundle.yml.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "resources" / "presets" / "xavier_he.toml"


def fail(message: str) -> None:
    print(f"check_bundle: FAILED: {message}", file=sys.stderr)
    raise SystemExit(1)


def run(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run(command, check=False, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        fail(f"{' '.join(map(str, command))} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def not_blank(png: Path) -> int:
    """The number of distinct colours in the PNG (Pillow); fails if it looks blank."""
    from PIL import Image

    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 24)
    if len(colours) < 50:
        fail(f"{png}: only {len(colours)} colours, a blank picture")
    return len(colours)


def check(bundle: Path, work: Path) -> None:
    """--version, train, a screenshot: each with an empty environment, from ``work``."""
    home = work / "home"
    home.mkdir(exist_ok=True)
    version = run([str(bundle / "nnsim"), "--version"], env={}, cwd=work).stdout.strip()
    if not version.startswith("nnsim "):
        fail(f"nnsim --version printed {version!r}")
    print(f"  env -i nnsim --version: {version}")
    shutil.copy(CONFIG, work / "config.toml")
    started = time.monotonic()
    run([str(bundle / "nnsim"), "train", "config.toml", "--epochs", "5", "--out", "metrics.json",
         "--export", "model.onnx", "--save", "run.nnsim", "--quiet"], env={"HOME": str(home)}, cwd=work)
    for name in ("metrics.json", "model.onnx", "run.nnsim"):
        if not (work / name).stat().st_size:
            fail(f"nnsim train wrote an empty {name}")
    print(f"  env -i nnsim train (5 epochs, ONNX export): {time.monotonic() - started:.1f} s")
    # `nnsim tune` spawns worker processes: the frozen executable must serve as their Python.
    (work / "space.toml").write_text("[training.learning_rate]\nlow = 1e-3\nhigh = 1\nlog = true\n")
    shutil.copy(ROOT / "resources" / "presets" / "tuning.toml", work / "tuning.toml")
    started = time.monotonic()
    run([str(bundle / "nnsim"), "tune", "tuning.toml", "--space", "space.toml", "--trials", "4", "--jobs", "2",
         "--epochs", "5", "--storage", "journal.log", "--out", "trials.csv", "--quiet"],
        env={"HOME": str(home)}, cwd=work)
    if len((work / "trials.csv").read_text().splitlines()) != 5:
        fail("nnsim tune did not write 4 trials")
    print(f"  env -i nnsim tune (4 trials, 2 worker processes): {time.monotonic() - started:.1f} s")
    # The bundle leaves the PostgreSQL driver out: asking for it says so (exit 2), no traceback.
    result = subprocess.run([str(bundle / "nnsim"), "tune", "tuning.toml", "--space", "space.toml", "--trials", "1",
                             "--storage", "postgresql+psycopg://nnsim@127.0.0.1:1/nnsim"], check=False,
                            env={"HOME": str(home)}, cwd=work, capture_output=True, text=True, timeout=120)
    if result.returncode != 2 or "not in this build" not in result.stderr or "Traceback" in result.stderr:
        fail(f"nnsim tune with a PostgreSQL storage: exit {result.returncode}\n{result.stderr}")
    print("  env -i nnsim tune --storage postgresql+psycopg://…: says it is not in this build")
    started = time.monotonic()
    result = run([str(bundle / "nnsim-gui"), "--screenshot", "x.png", "--steps", "100"],
                 env={"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}, cwd=work)
    if result.stderr.strip():
        fail(f"nnsim-gui --screenshot printed on stderr:\n{result.stderr}")
    colours = not_blank(work / "x.png")
    print(f"  env -i nnsim-gui --screenshot x.png --steps 100: {time.monotonic() - started:.1f} s, {colours} colours")


def startup_times(bundle: Path, work: Path, runs: int) -> list[float] | None:
    """Seconds from exec to the first NNSim window shown on a fresh Xvfb (xcb), ``runs`` times."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("  start-up: not measured (no Xvfb or xdotool)")
        return None
    number = next(n for n in range(150, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline:
                fail("Xvfb did not start")
            time.sleep(0.05)
        display = {"DISPLAY": f":{number}"}
        for i in range(runs):
            home = work / f"home-{i}"
            home.mkdir()
            env = {"HOME": str(home), "QT_QPA_PLATFORM": "xcb", **display}
            started = time.monotonic()
            app = subprocess.Popen([str(bundle / "nnsim-gui")], env=env, cwd=work, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "NNSim"],
                               env=display, capture_output=True, timeout=60, check=True)
                times.append(time.monotonic() - started)
            finally:
                os.killpg(app.pid, 15)
                app.wait(30)
    finally:
        server.terminate()
        server.wait(10)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "nnsim")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (median reported; 0: none)")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    for name in ("nnsim", "nnsim-gui"):
        if not (bundle / name).is_file():
            fail(f"{bundle / name}: missing (python scripts/build_bundle.py)")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        print(f"{bundle}:")
        (scratch / "here").mkdir()
        check(bundle, scratch / "here")
        archive = scratch / "nnsim.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname="nnsim")
        elsewhere = scratch / "unpacked" / "somewhere else"
        elsewhere.mkdir(parents=True)
        with tarfile.open(archive) as tar:
            tar.extractall(elsewhere, filter="tar")
        moved = elsewhere / "NNSim for class"
        (elsewhere / "nnsim").rename(moved)
        print(f"a tarball ({archive.stat().st_size / 1e6:.0f} MB) unpacked as {moved}:")
        (scratch / "there").mkdir()
        check(moved, scratch / "there")
        if args.runs > 0:
            times = startup_times(moved, scratch, args.runs)
            if times:
                print(f"start-up to the first window on Xvfb (xcb): median {statistics.median(times):.2f} s "
                      f"over {len(times)} runs ({', '.join(f'{t:.2f}' for t in times)})")
    print("check_bundle: all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time ``Trainer.step`` and ``Trainer.run(steps=200)`` against the phase path and a plain course-style NumPy
loop (issue 18): the ``trainer_…`` lines of benchmarks/engine.py alone.

Prints one ``name: value`` a line: for each trainer case of benchmarks/engine.py (2-4-2-1 tanh, gd,
batch 10; 2-8×6-1 ReLU, adam, batch 30) the median microseconds per step of each path
(``engine.trainer_callables``: compiled, numpy, numpy_unfused, step, phases, plain), measured
interleaved in one process with one BLAS thread (``engine.interleaved_steps``), and the medians of
each round's ratios to plain and of step and numpy to phases. This prints figures; nothing asserts a
time. ``NNSIM_NO_COMPILED=1`` leaves the compiled path out, as without the ``fast`` extra.

Usage: python benchmarks/trainer_step.py [--rounds N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import engine                                    # sets one BLAS thread before NumPy loads  # noqa: E402

PER_BLOCK = {"a_2-4-2-1_tanh_batch10_gd": 600, "b_2-8x6-1_relu_batch30_adam": 200}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=31, help="interleaved rounds per case")
    args = parser.parse_args(argv)
    print(f"numpy: {engine.np.__version__}")
    for name, raw in engine.TRAINER_CASES.items():
        fns = engine.trainer_callables(raw)
        times = engine.interleaved_steps(fns, PER_BLOCK[name], args.rounds)
        for n in fns:
            print(f"{name}_{n}_us: {statistics.median(times[n]):.2f}")
        for n in fns:
            if n != "plain":
                print(f"{name}_{n}_over_plain: {engine.ratio(times, n, 'plain'):.3f}")
        for n in ("step", "numpy"):
            print(f"{name}_{n}_over_phases: {engine.ratio(times, n, 'phases'):.3f}")


if __name__ == "__main__":
    main()

"""Time the engine's training step against the same step written as a plain NumPy loop.

Prints one ``name: value`` a line: for each case the median microseconds per step of the
engine (``Network.train_step`` with ``checked=True`` after validating the batch once, as a
trainer does) and of a plain course-style loop (lists of W and b; forward; backward;
update), and the ratio engine/plain. The two are measured interleaved (engine block,
plain block, plain block, engine block, …) so drifts in machine load hit both alike; the
times are medians over the blocks, the ratio the median of each round's ratio. One BLAS
thread, as the app runs (DESIGN.md).

Each case runs in a fresh process; the two large cases (c, d) run a second time with glibc's
malloc told not to return freed memory to the system (``_malloc_tuned``), which removes the
page faults of re-mapping big arrays every step (``…_page_faults_per_call`` count them).

Both sides compute the cost each step (the engine always does: it is the loss phase), and
both start from the same weights and train on the same fixed batch.

Cases (issue 2): (a) 2-4-2-1 tanh, sigmoid output, batch 10, gd; (b) 2-8-8-8-8-8-8-1 ReLU,
batch 30, adam; (c) 784-128-64-10 ReLU, softmax, batch 64, adam; (d) the forward pass of
(b) over a 100×100 grid. This prints figures; nothing asserts a time.

Then ``Trainer.run(steps=200)`` (issue 18 point 4, ``trainer_…`` lines), per step, as the engine process
calls it while playing (``train_steps(200)``): on the compiled path (the ``fast`` extra: ``…_compiled``,
absent without the extra or with ``NNSIM_NO_COMPILED=1``), on the NumPy path (``use_compiled=False``,
what runs without the extra: the fused step, ``…_numpy``) and on the NumPy path one ``train_step`` at a
time (``use_fused=False``, as before the fused step: ``…_numpy_unfused``), beside ``Trainer.step`` alone
(``…_step``, one step a call), the phase path (``…_phases``: ``phases(display=False)`` drained) and the
plain loop (``…_plain``, on one fixed batch), all on the trainer cases (a) and (b) (circle data, 300
rows; every trainer includes the batch, history, divergence watch and evaluation every ``eval_every``
steps), interleaved in one process (``interleaved_steps``: the order rotating each round), one BLAS
thread; medians of µs per step and of each round's ratio to plain. ``…_eval_share_*``: the
evaluation's share of training time on each path at its automatic cadence (``eval_share``:
``Trainer.evaluate`` against the steps of a twin that never evaluates, interleaved). ``…_drift_1000``: the largest relative difference
of a parameter between the compiled and NumPy paths after 1,000 steps from the same start (reported,
not asserted). ``benchmarks/trainer_step.py`` prints the same trainer figures alone.

Usage: python benchmarks/engine.py [--rounds N] [--quick] [--only-trainer]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"                       # before NumPy loads its BLAS

import argparse                                  # noqa: E402
import statistics                                # noqa: E402
import subprocess                                # noqa: E402
import sys                                       # noqa: E402
import time                                      # noqa: E402
from pathlib import Path                         # noqa: E402

import numpy as np                               # noqa: E402

try:                                             # belt and braces, where it is installed
    from threadpoolctl import threadpool_limits
    _LIMITS = threadpool_limits(limits=1)
    _THREADPOOLCTL = "yes"
except ImportError:                              # pragma: no cover - optional
    _THREADPOOLCTL = "not installed (environment variables only)"

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from nnsim import Network, NetworkSpec          # noqa: E402
from nnsim import optimizers                     # noqa: E402


# -- the plain NumPy loop: what a learner writes after the course -----------------------------
def _act(name, Z):
    if name == "tanh":
        return np.tanh(Z)
    if name == "relu":
        return np.maximum(Z, 0)
    if name == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    e = np.exp(Z - Z.max(axis=1, keepdims=True))          # softmax
    return e / e.sum(axis=1, keepdims=True)


def _dact(name, Z, A):
    if name == "tanh":
        return 1 - A**2
    if name == "relu":
        return (Z > 0).astype(float)
    return A * (1 - A)                                      # sigmoid


class PlainNet:
    """Lists of W (n_out, n_in) and b (n_out,), rows are examples: Z = A·Wᵀ + b."""

    def __init__(self, Ws, bs, acts, optimizer, lr):
        self.W, self.b, self.acts, self.opt, self.lr = list(Ws), list(bs), acts, optimizer, lr
        self.t = 0
        self.vW = [np.zeros_like(W) for W in Ws]
        self.vb = [np.zeros_like(b) for b in bs]
        self.sW = [np.zeros_like(W) for W in Ws]
        self.sb = [np.zeros_like(b) for b in bs]

    def forward(self, X):
        A, Zs, As = X, [], [X]
        for W, b, g in zip(self.W, self.b, self.acts):
            Z = A @ W.T + b
            A = _act(g, Z)
            Zs.append(Z)
            As.append(A)
        return Zs, As

    def step(self, X, Y):
        m = X.shape[0]
        Zs, As = self.forward(X)
        AL, ZL = As[-1], Zs[-1]
        # the cost from Z, as a careful learner writes it (a saturated A would give log 0)
        if self.acts[-1] == "softmax":
            zmax = ZL.max(axis=1, keepdims=True)
            cost = np.sum(np.log(np.exp(ZL - zmax).sum(axis=1)) + zmax[:, 0] - (Y * ZL).sum(axis=1)) / m
        else:
            cost = np.sum(np.maximum(ZL, 0) - ZL * Y + np.log1p(np.exp(-np.abs(ZL)))) / m
        dWs, dbs = [None] * len(self.W), [None] * len(self.W)
        dZ = AL - Y
        for k in range(len(self.W) - 1, -1, -1):
            dWs[k] = dZ.T @ As[k] / m
            dbs[k] = np.sum(dZ, axis=0) / m
            if k > 0:
                dA = dZ @ self.W[k]
                dZ = dA * _dact(self.acts[k - 1], Zs[k - 1], As[k])
        self.update(dWs, dbs)
        return cost

    def update(self, dWs, dbs):
        lr = self.lr
        if self.opt == "gd":
            for k in range(len(self.W)):
                self.W[k] = self.W[k] - lr * dWs[k]
                self.b[k] = self.b[k] - lr * dbs[k]
            return
        b1, b2, eps = 0.9, 0.999, 1e-8                  # adam
        self.t += 1
        c1, c2 = 1 - b1**self.t, 1 - b2**self.t
        for k in range(len(self.W)):
            self.vW[k] = b1 * self.vW[k] + (1 - b1) * dWs[k]
            self.vb[k] = b1 * self.vb[k] + (1 - b1) * dbs[k]
            self.sW[k] = b2 * self.sW[k] + (1 - b2) * dWs[k] ** 2
            self.sb[k] = b2 * self.sb[k] + (1 - b2) * dbs[k] ** 2
            self.W[k] = self.W[k] - lr * (self.vW[k] / c1) / (np.sqrt(self.sW[k] / c2) + eps)
            self.b[k] = self.b[k] - lr * (self.vb[k] / c1) / (np.sqrt(self.sb[k] / c2) + eps)


# -- the cases ----------------------------------------------------------------------------------
def _case(inputs, hidden, activation, output, outputs, batch, optimizer, lr, seed=0):
    rng = np.random.default_rng(seed)
    spec = NetworkSpec(inputs=inputs, hidden=hidden, activation=activation, output=output,
                       outputs=outputs)
    net = Network(spec, init="he_normal" if activation == "relu" else "xavier_normal", seed=seed)
    X = rng.normal(size=(batch, inputs))
    if output == "softmax":
        Y = np.eye(outputs)[rng.integers(0, outputs, batch)]
    else:
        Y = (X[:, :1] * X[:, 1:2] > 0).astype(float)
    X, Y = net.check_inputs(X), net.check_targets(Y, batch)      # validated once, as a trainer
    acts = list(spec.activations[1:])
    plain = PlainNet([w.copy() for w in net.weights[1:]], [b.copy() for b in net.biases[1:]],
                     acts, optimizer, lr)
    opt = optimizers.make(optimizer)

    def engine_step():
        net.train_step(X, Y, opt, lr, checked=True)

    def plain_step():
        plain.step(X, Y)

    return net, plain, engine_step, plain_step, X, Y


def _grid(n=100):
    u = np.linspace(-3, 3, n)
    g1, g2 = np.meshgrid(u, u)
    return np.column_stack([g1.ravel(), g2.ravel()])


def _faults() -> int:
    """Minor page faults of this process so far (0 where ``resource`` is missing)."""
    try:
        import resource
    except ImportError:                          # pragma: no cover - not on POSIX
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def _block(fn, n):
    """(µs per call, page faults per call) over ``n`` calls."""
    f0 = _faults()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    elapsed = time.perf_counter() - start
    return elapsed / n * 1e6, (_faults() - f0) / n


def interleaved(engine, plain, per_block, rounds):
    """Medians over alternating blocks of ``per_block`` calls: µs per call of each, the
    per-round ratio engine/plain (paired, so a burst of load on the machine that slows one
    round slows both of its halves), and page faults per call of each."""
    _block(engine, per_block)                # warm up caches and the allocator
    _block(plain, per_block)
    e, p = [], []
    for i in range(rounds):
        if i % 2:                            # alternate which goes first
            p.append(_block(plain, per_block))
            e.append(_block(engine, per_block))
        else:
            e.append(_block(engine, per_block))
            p.append(_block(plain, per_block))
    med = statistics.median
    return {"engine_us": med(t for t, _ in e), "plain_us": med(t for t, _ in p),
            "ratio": med(a[0] / b[0] for a, b in zip(e, p)),
            "engine_faults": med(f for _, f in e), "plain_faults": med(f for _, f in p)}


CASES = {
    "a_2-4-2-1_tanh_batch10_gd": (dict(inputs=2, hidden=[4, 2], activation="tanh", output="sigmoid",
                                       outputs=1, batch=10, optimizer="gd", lr=0.1), 400),
    "b_2-8x6-1_relu_batch30_adam": (dict(inputs=2, hidden=[8] * 6, activation="relu", output="sigmoid",
                                         outputs=1, batch=30, optimizer="adam", lr=0.01), 150),
    "c_784-128-64-10_relu_softmax_batch64_adam": (dict(inputs=784, hidden=[128, 64], activation="relu",
                                                       output="softmax", outputs=10, batch=64,
                                                       optimizer="adam", lr=0.001), 12),
    "d_forward_of_b_grid_100x100": (None, 10),
}


def _print(name, r):
    name += os.environ.get("NNSIM_BENCH_SUFFIX", "")
    print(f"{name}_engine_us: {r['engine_us']:.1f}")
    print(f"{name}_plain_us: {r['plain_us']:.1f}")
    print(f"{name}_ratio: {r['ratio']:.2f}")
    print(f"{name}_engine_page_faults_per_call: {r['engine_faults']:.0f}")
    print(f"{name}_plain_page_faults_per_call: {r['plain_faults']:.0f}")


def run_case(name: str, rounds: int, scale: float) -> None:
    kw, per_block = CASES[name]
    n = max(2, int(per_block * scale))
    if kw is not None:
        *_, engine_step, plain_step, _, _ = _case(**kw)
        _print(name, interleaved(engine_step, plain_step, n, rounds))
        return
    net, plain, *_ = _case(**CASES["b_2-8x6-1_relu_batch30_adam"][0])
    grid = _grid()
    _print(name, interleaved(lambda: net.forward(grid), lambda: plain.forward(grid), n, rounds))


# -- Trainer.run(steps=200): the compiled path, the NumPy path, step, phases, plain (issue 18) ------
TRAINER_CASES = {
    "a_2-4-2-1_tanh_batch10_gd": {"network": {"hidden": [4, 2], "activation": "tanh", "init": "xavier_normal"},
                                  "training": {"optimizer": "gd", "learning_rate": 0.03, "batch_size": 10}},
    "b_2-8x6-1_relu_batch30_adam": {"network": {"hidden": [8] * 6, "activation": "relu"},
                                    "training": {"optimizer": "adam", "learning_rate": 0.001, "batch_size": 30}},
}


def trainer_config(raw: dict, **training):
    """A trainer case's config: circle data, 300 rows, no epoch limit in reach; ``training`` overrides."""
    from nnsim import config
    raw = {"data": {"dataset": "circle", "samples": 300}, **raw}
    raw["training"] = {**raw["training"], "epochs": 10**9, **training}
    return config.parse(raw)


def _trainer(cfg, compiled: bool = True, fused: bool = True):
    from nnsim.training import Trainer
    t = Trainer(cfg)
    t.use_compiled, t.use_fused = compiled, fused
    return t


def trainer_callables(raw: dict) -> dict:
    """{name: (callable, steps a call)}: ``compiled`` (``run(steps=200)`` on the kernel, where the extra is
    installed), ``numpy`` (the same without it: the fused NumPy step), ``numpy_unfused`` (the NumPy path one
    ``train_step`` at a time, as before the fused step), ``step`` (``Trainer.step``), ``phases``
    (``phases(display=False)`` drained) and ``plain`` (``PlainNet.step`` on one fixed batch)."""
    cfg = trainer_config(raw)
    fns = {}
    compiled = _trainer(cfg)
    if compiled.compiled_gap() is None:
        compiled.run(steps=1)                    # compiled (or loaded from the disk cache) here
        fns["compiled"] = (lambda: compiled.train_steps(200), 200)
    numpy_run, unfused = _trainer(cfg, False), _trainer(cfg, False, False)
    stepper, ref = _trainer(cfg, False), _trainer(cfg, False)
    fns["numpy"] = (lambda: numpy_run.train_steps(200), 200)
    fns["numpy_unfused"] = (lambda: unfused.train_steps(200), 200)
    fns["step"] = (stepper.step, 1)

    def phases():
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            for _ in ref.phases(display=False):
                pass

    fns["phases"] = (phases, 1)
    net = stepper.network
    idx = np.arange(stepper.batch_size)
    X, Y = stepper.problem.X["train"][idx], stepper.problem.Y["train"][idx]
    plain = PlainNet([w.copy() for w in net.weights[1:]], [b.copy() for b in net.biases[1:]],
                     list(net.spec.activations[1:]), raw["training"]["optimizer"], raw["training"]["learning_rate"])
    fns["plain"] = (lambda: plain.step(X, Y), 1)
    return fns


def steps_block(fn_steps, n: int) -> float:
    """µs per step over about ``n`` steps (``fn_steps``: a callable and the steps one call makes)."""
    fn, steps = fn_steps
    calls = max(1, n // steps)
    start = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for _ in range(calls):
            fn()
    return (time.perf_counter() - start) / (calls * steps) * 1e6


def interleaved_steps(fns: dict, per_block: int, rounds: int) -> dict[str, list[float]]:
    """µs per step of each callable in ``fns`` ({name: (callable, steps a call)}), one block of about
    ``per_block`` steps each a round, the order rotating each round (so load on the shared machine hits
    them alike), after one warm-up block each: {name: [µs per step, one a round]}."""
    names = list(fns)
    for name in names:
        steps_block(fns[name], per_block)
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(rounds):
        for name in names[i % len(names):] + names[:i % len(names)]:
            times[name].append(steps_block(fns[name], per_block))
    return times


def ratio(times: dict[str, list[float]], a: str, b: str) -> float:
    """The median of each round's ratio a/b."""
    return statistics.median(x / y for x, y in zip(times[a], times[b]))


def eval_share(raw: dict, compiled: bool, rounds: int, per_block: int) -> tuple[float, int]:
    """(the evaluation's share of training time on one path at the automatic cadence, the cadence):
    ``Trainer.evaluate`` (every split, on the path's evaluation) against ``train_steps`` of a twin that
    never evaluates (``eval_every`` = 10⁹), interleaved; per round e / (e + eval_every · s), the median.
    (A checkpoint also copies the parameters it keeps and records the point: a few µs more.)"""
    cfg = trainer_config(raw)
    evaluating, silent = _trainer(cfg, compiled), _trainer(trainer_config(raw, eval_every=10**9), compiled)
    every = evaluating.eval_every
    evaluating.train_steps(every)                # the kernel's run made, where it evaluates
    n = max(per_block, every)
    times = interleaved_steps({"evaluate": (lambda: evaluating.evaluate(compiled), 1),
                               "step": (lambda: silent.train_steps(n), n)}, max(50, per_block // 20), rounds)
    shares = [e / (e + every * st) for e, st in zip(times["evaluate"], times["step"])]
    return statistics.median(shares), every


def _drift(cfg, steps: int = 1000) -> float:
    a, b = _trainer(cfg), _trainer(cfg, False)
    a.run(steps=steps)
    b.run(steps=steps)
    return max(float(np.max(np.abs(x - y) / np.maximum(np.abs(y), 1e-12)))
               for x, y in zip(a.network.parameters(), b.network.parameters()))


def trainer_run(rounds: int, scale: float) -> None:
    per_block = max(200, int(2000 * scale))
    for name, raw in TRAINER_CASES.items():
        fns = trainer_callables(raw)
        times = interleaved_steps(fns, per_block, rounds)
        for n in fns:
            print(f"trainer_{name}_{n}_us: {statistics.median(times[n]):.2f}")
        for n in fns:
            if n != "plain":
                print(f"trainer_{name}_{n}_over_plain: {ratio(times, n, 'plain'):.3f}")
        print(f"trainer_{name}_numpy_over_phases: {ratio(times, 'numpy', 'phases'):.3f}")
        for path in (["compiled"] if "compiled" in fns else []) + ["numpy"]:
            share, every = eval_share(raw, path == "compiled", max(5, rounds // 2), per_block)
            print(f"trainer_{name}_eval_share_{path}: {share:.3f} (every {every} steps)")
        if "compiled" in fns:
            print(f"trainer_{name}_drift_1000: {_drift(trainer_config(raw)):.3g}")
        else:
            print(f"trainer_{name}_compiled: not available (the fast extra is not installed or NNSIM_NO_COMPILED=1)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=41, help="interleaved blocks per case")
    parser.add_argument("--quick", action="store_true", help="fewer, shorter blocks")
    parser.add_argument("--case", choices=list(CASES), help=argparse.SUPPRESS)   # one case, in-process
    parser.add_argument("--only-trainer", action="store_true", help="only the Trainer.run(steps=200) figures")
    args = parser.parse_args(argv)
    rounds = 7 if args.quick else args.rounds
    scale = 0.2 if args.quick else 1.0
    if args.case:
        run_case(args.case, rounds, scale)
        return
    if args.only_trainer:
        from nnsim import training_path
        print(f"numpy: {np.__version__}")
        print(f"training_path: {training_path.describe()}")
        trainer_run(rounds, scale)
        return

    print(f"numpy: {np.__version__}")
    print(f"blas_threads: {os.environ['OPENBLAS_NUM_THREADS']} (threadpoolctl: {_THREADPOOLCTL})")
    print(f"rounds: {rounds}")
    # Each case in a fresh process: the C allocator's state (its mmap and trim thresholds move
    # as large arrays come and go) would otherwise carry from one case into the next.
    runs = [(name, {}) for name in CASES]
    # The large cases again with glibc told to keep freed memory (no unmapping or trimming, so
    # no page faults re-mapping big arrays every step): what the engine process could set.
    tuned = {"MALLOC_MMAP_THRESHOLD_": str(32 << 20), "MALLOC_TRIM_THRESHOLD_": str(256 << 20),
             "NNSIM_BENCH_SUFFIX": "_malloc_tuned"}
    runs += [(name, tuned) for name in CASES if name[0] in "cd"]
    for name, env in runs:
        cmd = [sys.executable, __file__, "--case", name, "--rounds", str(args.rounds)]
        if args.quick:
            cmd.append("--quick")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                             env={**os.environ, **env}).stdout
        print(out, end="", flush=True)
    trainer_run(rounds, scale)


if __name__ == "__main__":
    main()

"""The compiled training kernel (the optional ``fast`` extra, Numba): K whole steps per call.

What this is: forward, loss, backward and the optimizer's update of a small dense network
(no batch norm, no dropout, at most ``MAX_UNITS`` units a layer), written with explicit loops
and jitted by Numba; ``train_steps`` runs K mini-batches of an epoch's row order in one call,
``evaluate`` the forward pass, loss and accuracy of a whole split. Explicit loops beat BLAS on
layers this small, and Numba's ``np.dot`` would need SciPy.

What this is not: the reference. The formulas are those of ``model.py`` (the phases); the sums
here run in another order than BLAS's, so the results agree with the phase path within 1e-12
relative per step (tests/engine/test_compiled_path.py), not bit for bit. A run records which
path it trained on (``Trainer.paths``).

Two jitted signatures in all (every array float64 or int64, C-contiguous): compiled once and
cached on disk (``cache=True``) in ``NUMBA_CACHE_DIR``, which ``nnsim.training.compiled`` points
at the user's cache folder (``nnsim.training_path.cache_dir``) before Numba is imported.

Codes: activations ``ACT`` (hidden and output), optimizers ``OPT``, output/loss pairs ``OUT``.
"""
from __future__ import annotations

import math

import numpy as np

try:
    from numba import njit
except ImportError:          # without the fast extra the module still imports (plain, slow Python)
    def njit(*args, **kwargs):
        return args[0] if args and callable(args[0]) else (lambda f: f)

ACT = {"sigmoid": 0, "tanh": 1, "relu": 2, "leaky_relu": 3, "linear": 4, "softmax": 5}
OPT = {"gd": 0, "momentum": 1, "rmsprop": 2, "adam": 3}
#: (output, loss) → code: 0 sigmoid + cross-entropy, 1 softmax + cross-entropy, 2 linear + mse,
#: 3 sigmoid + mse.
OUT = {("sigmoid", "cross_entropy"): 0, ("softmax", "cross_entropy"): 1, ("linear", "mse"): 2,
       ("sigmoid", "mse"): 3}
LEAKY = 0.01


@njit(cache=True, inline="always")
def _g(code, z):
    if code == 0:
        if z >= 0.0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)
    if code == 1:
        return math.tanh(z)
    if code == 2:
        return z if z > 0.0 else 0.0
    if code == 3:
        return z if z > 0.0 else LEAKY * z
    return z


@njit(cache=True, inline="always")
def _dg(code, z, a):
    if code == 0:
        return a * (1.0 - a)
    if code == 1:
        return 1.0 - a * a
    if code == 2:
        return 1.0 if z > 0.0 else 0.0
    if code == 3:
        return 1.0 if z > 0.0 else LEAKY
    return 1.0


@njit(cache=True)
def _forward(p, sizes, woff, boff, acts, out, A, Z, m):
    """A[k, :m, :sizes[k]] and Z[k] for k = 1..L from A[0] (filled by the caller)."""
    L = sizes.shape[0] - 1
    for k in range(1, L + 1):
        n_in, n_out, wo, bo, code = sizes[k - 1], sizes[k], woff[k], boff[k], acts[k]
        for i in range(m):
            for u in range(n_out):
                acc = 0.0
                w = wo + u * n_in
                for j in range(n_in):
                    acc += A[k - 1, i, j] * p[w + j]
                z = acc + p[bo + u]
                Z[k, i, u] = z
                if code != 5:
                    A[k, i, u] = _g(code, z)
        if code == 5:                                  # softmax, row by row
            for i in range(m):
                zmax = Z[k, i, 0]
                for u in range(1, n_out):
                    zmax = max(zmax, Z[k, i, u])
                total = 0.0
                for u in range(n_out):
                    e = math.exp(Z[k, i, u] - zmax)
                    A[k, i, u] = e
                    total += e
                for u in range(n_out):
                    A[k, i, u] /= total


@njit(cache=True)
def _loss_sum(out, Z, A, Y, rows, m, n, L):
    """Σ over the m examples of the per-example loss (Y's rows ``rows``)."""
    total = 0.0
    for i in range(m):
        r = rows[i]
        if out == 1:
            zmax = Z[L, i, 0]
            for u in range(1, n):
                zmax = max(zmax, Z[L, i, u])
            s = 0.0
            yz = 0.0
            for u in range(n):
                s += math.exp(Z[L, i, u] - zmax)
                yz += Y[r, u] * Z[L, i, u]
            total += math.log(s) + zmax - yz
        else:
            for u in range(n):
                z, y = Z[L, i, u], Y[r, u]
                if out == 0:
                    total += max(z, 0.0) - z * y + math.log1p(math.exp(-abs(z)))
                else:
                    d = A[L, i, u] - y
                    total += 0.5 * d * d
    return total


@njit(cache=True)
def train_steps(p, v, s, X, Y, order, pos, batch, nsteps, sizes, woff, boff, acts, out, opt, hyper,
                lr, l2, l1, t0, costs):
    """Train ``nsteps`` steps on the batches order[pos:pos+batch], order[pos+batch:…], … (wrapping
    to 0 at the end of ``order``: a full batch). ``p`` the parameters [W1, b1, W2, b2, …] flattened
    (W⁽ᵏ⁾ row-major, shape (units_k, units_k−1)), ``v`` and ``s`` the optimizer's state alike (any
    size where unused), ``t0`` the optimizer's step count before. Writes each step's cost into
    ``costs``; returns the steps done (fewer when a cost is not finite: that step is the last)."""
    L = sizes.shape[0] - 1
    n_rows = order.shape[0]
    width = 0
    for k in range(L + 1):
        width = max(width, sizes[k])
    A = np.empty((L + 1, batch, width))
    Z = np.empty((L + 1, batch, width))
    dZ = np.empty((batch, width))
    dA = np.empty((batch, width))
    g = np.empty(p.shape[0])
    rows = np.empty(batch, np.int64)
    b1, b2, eps = hyper[0], hyper[1], hyper[2]
    for step in range(nsteps):
        if pos >= n_rows:
            pos = 0
        m = min(batch, n_rows - pos)
        for i in range(m):
            rows[i] = order[pos + i]
            for j in range(sizes[0]):
                A[0, i, j] = X[rows[i], j]
        pos += m
        _forward(p, sizes, woff, boff, acts, out, A, Z, m)
        n = sizes[L]
        loss = _loss_sum(out, Z, A, Y, rows, m, n, L) / m
        pen = 0.0
        if l2 != 0.0 or l1 != 0.0:
            sq = 0.0
            ab = 0.0
            for k in range(1, L + 1):
                for q in range(woff[k], boff[k]):
                    sq += p[q] * p[q]
                    ab += abs(p[q])
            if l2 != 0.0:
                pen += l2 / (2.0 * m) * sq
            if l1 != 0.0:
                pen += l1 / m * ab
        cost = loss + pen
        costs[step] = cost
        # backward: dZ⁽ᴸ⁾, then dW, db, dA⁽ᵏ⁻¹⁾ and dZ⁽ᵏ⁻¹⁾ layer by layer
        for i in range(m):
            r = rows[i]
            for u in range(n):
                d = A[L, i, u] - Y[r, u]
                if out == 3:
                    a = A[L, i, u]
                    d = d * a * (1.0 - a)
                dZ[i, u] = d
        for k in range(L, 0, -1):
            n_in, n_out, wo, bo = sizes[k - 1], sizes[k], woff[k], boff[k]
            for u in range(n_out):
                acc_b = 0.0
                for i in range(m):
                    acc_b += dZ[i, u]
                g[bo + u] = acc_b / m
                for j in range(n_in):
                    acc = 0.0
                    for i in range(m):
                        acc += dZ[i, u] * A[k - 1, i, j]
                    q = wo + u * n_in + j
                    gq = acc / m
                    if l2 != 0.0:
                        gq += (l2 / m) * p[q]
                    if l1 != 0.0:
                        w = p[q]
                        gq += (l1 / m) * (1.0 if w > 0.0 else (-1.0 if w < 0.0 else 0.0))
                    g[q] = gq
            if k > 1:
                code = acts[k - 1]
                for i in range(m):
                    for j in range(n_in):
                        acc = 0.0
                        for u in range(n_out):
                            acc += dZ[i, u] * p[wo + u * n_in + j]
                        dA[i, j] = acc * _dg(code, Z[k - 1, i, j], A[k - 1, i, j])
                for i in range(m):
                    for j in range(n_in):
                        dZ[i, j] = dA[i, j]
        # the update, every parameter in one pass
        t = t0 + step + 1
        if opt == 0:
            for q in range(p.shape[0]):
                p[q] = p[q] - lr * g[q]
        elif opt == 1:
            for q in range(p.shape[0]):
                v[q] = v[q] * b1 + (1.0 - b1) * g[q]
                p[q] = p[q] - lr * v[q]
        elif opt == 2:
            for q in range(p.shape[0]):
                s[q] = s[q] * b2 + (1.0 - b2) * (g[q] * g[q])
                p[q] = p[q] - lr * g[q] / (math.sqrt(s[q]) + eps)
        else:
            c1 = 1.0 - b1 ** t
            c2 = 1.0 - b2 ** t
            for q in range(p.shape[0]):
                v[q] = v[q] * b1 + (1.0 - b1) * g[q]
                s[q] = s[q] * b2 + (1.0 - b2) * (g[q] * g[q])
                p[q] = p[q] - lr * (v[q] / c1) / (math.sqrt(s[q] / c2) + eps)
        if not math.isfinite(cost):
            return step + 1
    return nsteps


@njit(cache=True)
def evaluate(p, X, Y, labels, sizes, woff, boff, acts, out, result):
    """The mean loss (no penalty, no dropout) over the rows of X, and the accuracy against
    ``labels`` (argmax of a softmax output, a sigmoid output ≥ 0.5) into result[0], result[1]
    (result[1] untouched for a linear output). In blocks of 256 rows."""
    L = sizes.shape[0] - 1
    n_rows = X.shape[0]
    width = 0
    for k in range(L + 1):
        width = max(width, sizes[k])
    block = min(256, max(n_rows, 1))
    A = np.empty((L + 1, block, width))
    Z = np.empty((L + 1, block, width))
    rows = np.empty(block, np.int64)
    total = 0.0
    right = 0
    n = sizes[L]
    for start in range(0, n_rows, block):
        m = min(block, n_rows - start)
        for i in range(m):
            rows[i] = start + i
            for j in range(sizes[0]):
                A[0, i, j] = X[start + i, j]
        _forward(p, sizes, woff, boff, acts, out, A, Z, m)
        total += _loss_sum(out, Z, A, Y, rows, m, n, L)
        for i in range(m):
            if out == 1:
                best = 0
                for u in range(1, n):
                    if A[L, i, u] > A[L, i, best]:
                        best = u
                cls = best
            else:
                cls = 1 if A[L, i, 0] >= 0.5 else 0
            if cls == labels[start + i]:
                right += 1
    result[0] = total / n_rows
    if out != 2:
        result[1] = right / n_rows

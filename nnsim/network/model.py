"""``Network``: the parameters of a ``NetworkSpec``, the forward and backward passes and the phases of a step."""
from __future__ import annotations

import copy as _copy
from typing import Any, Iterator, NamedTuple, Sequence

import numpy as np

from .. import activations as _act
from .. import initializers as _init
from .. import losses as _loss
from ..errors import InvalidValueError, ShapeError
from ..regularization import dropout_mask, penalty, penalty_gradient
from . import batchnorm as _bn
from .fast import FastStepMixin
from .parameters import ParameterMixin
from .results import Gradients, Phase, StepResult, Trace
from .spec import NetworkSpec

Array = np.ndarray


class _LayerGradients(NamedTuple):
    """What backward computed at layer k (dZ_tilde: dZ̃, only in a batch-normalised layer)."""
    k: int
    dA: Array | None
    dZ: Array
    dW: Array
    db: Array | None
    dA_prev: Array
    dgamma: Array | None
    dbeta: Array | None
    dZ_tilde: Array | None


class Network(ParameterMixin, FastStepMixin):
    """Parameters of a ``NetworkSpec``: ``weights[k]`` (units_k, units_{k−1}), ``biases[k]`` (units_k,).

    Built with an initializer by name and a seed (or a ``numpy.random.Generator``);
    biases start at zero. The lists' entries may be assigned (e.g. by a file loader
    or an optimizer); ``weights[0]`` and ``biases[0]`` are None.

    With ``spec.batch_norm`` every hidden layer k has ``gamma[k]`` (γ, starting at 1),
    ``beta[k]`` (β, at 0), ``running_mean[k]`` (at 0) and ``running_var[k]`` (at 1), all
    (units_k,), and ``biases[k]`` is None; these lists hold None at the other layers.
    """

    def __init__(self, spec: NetworkSpec, init: str = "he_normal",
                 seed: int | np.random.Generator | None = 0) -> None:
        initializer = _init.get(init)
        rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
        self.spec = spec
        self.init = init
        sizes = spec.sizes
        self.weights: list[Array | None] = [None] + [initializer(rng, sizes[k], sizes[k - 1])
                                                     for k in range(1, len(sizes))]
        layers = range(1, len(sizes))
        self._bn = [False] + [spec.normalised(k) for k in layers]
        self.biases: list[Array | None] = [None] + [None if self._bn[k] else np.zeros(sizes[k]) for k in layers]
        self.gamma: list[Array | None] = [None] + [np.ones(sizes[k]) if self._bn[k] else None for k in layers]
        self.beta: list[Array | None] = [None] + [np.zeros(sizes[k]) if self._bn[k] else None for k in layers]
        self.running_mean: list[Array | None] = [None] + [np.zeros(sizes[k]) if self._bn[k] else None
                                                          for k in layers]
        self.running_var: list[Array | None] = [None] + [np.ones(sizes[k]) if self._bn[k] else None
                                                         for k in layers]
        self._g = [None] + [_act.ACTIVATIONS[name] for name in spec.activations[1:]]   # type: ignore[index]
        self._init_slots()

    @property
    def depth(self) -> int:
        return self.spec.depth

    def activation(self, k: int) -> "_act.Activation":
        """g⁽ᵏ⁾, layer k's activation (k ≥ 1)."""
        return self._g[k]                                   # type: ignore[return-value]

    def copy(self) -> "Network":
        twin = _copy.copy(self)                 # spec, init and activations shared; arrays copied
        for name in ("weights", "biases", "gamma", "beta", "running_mean", "running_var"):
            setattr(twin, name, [None if a is None else a.copy() for a in getattr(self, name)])
        return twin

    # -- checking input -----------------------------------------------------------------------
    def check_inputs(self, X: Any) -> Array:
        """X as a float64 (m, inputs) array; a clear error for a wrong shape, NaN or infinity."""
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != self.spec.inputs:
            raise ShapeError("bad_shape", name="X", shape=X.shape,
                             expected=f"(examples, {self.spec.inputs})")
        _check_finite("X", X)
        return X

    def check_targets(self, Y: Any, m: int) -> Array:
        """Y as float64 (m, outputs); softmax also takes class indices of shape (m,)."""
        Y = np.asarray(Y)
        K = self.spec.outputs
        if Y.ndim == 1 and self.spec.output == "softmax":
            labels = Y.astype(float)
            _check_finite("Y", labels.reshape(-1, 1))
            bad = (labels != np.round(labels)) | (labels < 0) | (labels >= K)
            if bad.any():
                raise InvalidValueError("bad_labels", max_label=K - 1, value=Y[np.argmax(bad)].item())
            onehot = np.zeros((Y.shape[0], K))
            onehot[np.arange(Y.shape[0]), labels.astype(int)] = 1.0
            Y = onehot
        elif Y.ndim == 1 and K == 1:
            Y = Y.reshape(-1, 1)
        Y = np.asarray(Y, dtype=float)
        if Y.ndim != 2 or Y.shape[1] != K:
            raise ShapeError("bad_shape", name="Y", shape=Y.shape, expected=f"(examples, {K})")
        if Y.shape[0] != m:
            raise ShapeError("row_mismatch", x_rows=m, y_rows=Y.shape[0])
        if m < 1:                       # an empty batch: mean over no examples is NaN
            raise InvalidValueError("bad_count", name="the number of examples", minimum=1, value=m)
        _check_finite("Y", Y)
        return Y

    def keep_probs(self, keep_prob: float | Sequence[float]) -> tuple[float, ...]:
        """One keep probability per hidden layer, each in (0, 1]."""
        n = len(self.spec.hidden)
        probs = (keep_prob,) * n if np.isscalar(keep_prob) else tuple(keep_prob)    # type: ignore[arg-type]
        if len(probs) != n:
            raise InvalidValueError("out_of_range", name="keep_prob",
                                    rule=f"one value or one per hidden layer ({n})", value=keep_prob)
        # one value is checked even when there is no hidden layer to apply it to
        for p in ((keep_prob,) if np.isscalar(keep_prob) else probs):
            if not (isinstance(p, (int, float, np.floating)) and 0.0 < p <= 1.0):
                raise InvalidValueError("out_of_range", name="keep_prob", rule="in (0, 1]", value=p)
        return tuple(float(p) for p in probs)

    # -- the passes, layer by layer (the one place the mathematics is written) ----------------
    def _forward_layers(self, X: Array, keep: tuple[float, ...] | None, rng: np.random.Generator | None,
                        batch_stats: bool = True
                        ) -> Iterator[tuple[int, Array, Array, Array | None, "_bn.Normalised | None"]]:
        """Yield (k, Z⁽ᵏ⁾, A⁽ᵏ⁾, mask⁽ᵏ⁾, normalised⁽ᵏ⁾) for k = 1..L; dropout on hidden layers when
        ``keep`` is given. A batch-normalised layer: Z = A_prev·Wᵀ, Z̃ = γ ⊙ Z_norm + β, A = g(Z̃)
        (``batchnorm``), with the batch's μ and σ² when ``batch_stats``, else the running averages."""
        A = X
        L = self.depth
        for k in range(1, L + 1):
            norm = None
            if self._bn[k]:
                Z = A @ self.weights[k].T                                           # type: ignore[union-attr]
                norm = (_bn.normalise(Z, self.gamma[k], self.beta[k]) if batch_stats  # type: ignore[arg-type]
                        else _bn.normalise(Z, self.gamma[k], self.beta[k],            # type: ignore[arg-type]
                                           self.running_mean[k], self.running_var[k]))
                A = self._g[k].value(norm.Z_tilde)                                  # type: ignore[union-attr]
            else:
                Z = A @ self.weights[k].T + self.biases[k]     # type: ignore[union-attr]
                A = self._g[k].value(Z)                          # type: ignore[union-attr]
            mask = None
            if keep is not None and k < L and keep[k - 1] < 1.0:
                mask = dropout_mask(rng, A.shape, keep[k - 1])   # type: ignore[arg-type]
                A = A * mask
            yield k, Z, A, mask, norm

    def _output_dZ(self, trace: Trace, Y: Array) -> Array:
        L = self.depth
        return _loss.output_dZ(self.spec.loss, self.spec.output, trace.Z[L], trace.A[L], Y)   # type: ignore[arg-type]

    def _backward_layers(self, trace: Trace, Y: Array, l2: float, l1: float, display: bool = True
                         ) -> Iterator[_LayerGradients]:
        """Yield what backward computes at k = L..1 (``_LayerGradients``).

        dZ⁽ᴸ⁾ = A − Y for a fitting output/loss pair (else dA ⊙ g′(Z));
        dZ⁽ᵏ⁾ = (dA⁽ᵏ⁾ ⊙ mask⁽ᵏ⁾) ⊙ g′(Z⁽ᵏ⁾) below it;
        dW⁽ᵏ⁾ = (1/m)·dZ⁽ᵏ⁾ᵀ·A⁽ᵏ⁻¹⁾ + (λ/m)·W⁽ᵏ⁾ + (λ₁/m)·sign W⁽ᵏ⁾;  db⁽ᵏ⁾ = mean of dZ⁽ᵏ⁾;
        dA⁽ᵏ⁻¹⁾ = dZ⁽ᵏ⁾·W⁽ᵏ⁾.
        A batch-normalised layer: dZ̃ = (dA ⊙ mask) ⊙ g′(Z̃), then dZ, dγ, dβ (``batchnorm.backward``),
        and no db.

        dA⁽ᴸ⁾ is shown to the learner but never needed where dZ⁽ᴸ⁾ = A − Y is fused:
        ``display=False`` (fast training) skips it and yields None in its place.
        """
        L = self.depth
        m = Y.shape[0]
        A, masks = trace.A, trace.masks
        dA = (_loss.output_dA(self.spec.loss, self.spec.output, A[L], Y)   # type: ignore[arg-type]
              if display else None)
        for k in range(L, 0, -1):
            dgamma = dbeta = dZ_tilde = None
            if k == L:
                dZ = self._output_dZ(trace, Y)
            else:
                g = self._g[k]
                mask = masks[k]
                z = trace.pre_activation(k)
                # g′ needs a = g(z) before dropout scaled it
                a = A[k] if mask is None else g.value(z)     # type: ignore[union-attr]
                dZ = (dA if mask is None else dA * mask) * g.derivative(z, a)   # type: ignore[union-attr]
                if self._bn[k]:
                    dZ_tilde = dZ
                    dZ, dgamma, dbeta = _bn.backward(dZ_tilde, trace.norms[k], self.gamma[k],  # type: ignore
                                                     trace.batch_stats)
            W = self.weights[k]
            dW = dZ.T @ A[k - 1] / m
            if l2 or l1:                 # adding a 0.0 penalty would cost a pass over dW
                dW = dW + penalty_gradient(W, m, l2, l1)                  # type: ignore[arg-type]
            # db: the mean, bit for bit, without ndarray.mean's overhead; none where β takes its role
            db = None if self._bn[k] else dZ.sum(axis=0) / m
            dA_prev = dZ @ W                                              # type: ignore[operator]
            yield _LayerGradients(k, dA, dZ, dW, db, dA_prev, dgamma, dbeta, dZ_tilde)
            dA = dA_prev

    # -- public passes ------------------------------------------------------------------------
    def forward(self, X: Any, training: bool = False, keep_prob: float | Sequence[float] = 1.0,
                rng: np.random.Generator | None = None) -> Trace:
        """Forward propagation: Z⁽ᵏ⁾ = A⁽ᵏ⁻¹⁾·W⁽ᵏ⁾ᵀ + b⁽ᵏ⁾, A⁽ᵏ⁾ = g⁽ᵏ⁾(Z⁽ᵏ⁾), k = 1..L.

        Inverted dropout applies to hidden layers only, and only when ``training``
        and a keep probability below 1 are given; masks are drawn from ``rng``.
        Batch-normalised layers use the batch's μ and σ² when ``training`` (a batch of one
        is refused), else the running averages; forward never changes the running averages.
        """
        X = self.check_inputs(X)
        keep = self._dropout_plan(training, keep_prob, rng)
        batch_stats = training and self.spec.batch_norm
        if batch_stats:
            self.check_batch(X.shape[0])
        return self._trace(X, keep, rng, batch_stats)

    def check_batch(self, m: int) -> None:
        """With batch norm on, a training batch needs two examples at least (σ² of one is 0)."""
        if self.spec.batch_norm and m < 2:
            raise InvalidValueError("bad_count", name="the number of examples in a training batch while "
                                    "batch norm is on (μ and σ² are taken over the batch)", minimum=2, value=m)

    def _dropout_plan(self, training: bool, keep_prob, rng) -> tuple[float, ...] | None:
        if keep_prob.__class__ is float and keep_prob == 1.0:     # the common case, valid as it is
            return None
        keep = self.keep_probs(keep_prob)
        if not training or all(p == 1.0 for p in keep):
            return None
        if not isinstance(rng, np.random.Generator):
            raise InvalidValueError("bad_type", name="rng", expected="a numpy.random.Generator for dropout",
                                    actual=type(rng).__name__)
        return keep

    def forward_unchecked(self, X: Array) -> Trace:
        """``forward`` without checking X (an (m, inputs) float array already), without dropout, at test time
        (batch norm with the running averages)."""
        return self._trace(X, None, None, False)

    def _trace(self, X: Array, keep, rng, batch_stats: bool) -> Trace:
        Zs: list[Array | None] = [None]
        As: list[Array] = [X.copy()]
        masks: list[Array | None] = [None]
        norms: list[_bn.Normalised | None] = [None]
        for _, Z, A, mask, norm in self._forward_layers(X, keep, rng, batch_stats):
            Zs.append(Z)
            As.append(A)
            masks.append(mask)
            norms.append(norm)
        return Trace(Zs, As, masks, norms if self.spec.batch_norm else None, batch_stats)

    def predict(self, X: Any) -> Array:
        """The output A⁽ᴸ⁾ for X (no dropout; batch norm with the running averages)."""
        return self.forward(X).output

    def loss(self, trace: Trace, Y: Any) -> float:
        """The data part of the cost: (1/m)·Σᵢ L(a⁽ⁱ⁾, y⁽ⁱ⁾)."""
        Y = self.check_targets(Y, trace.A[0].shape[0])
        return self.data_loss(trace, Y)

    def data_loss(self, trace: Trace, Y: Array) -> float:
        """``loss`` without checking Y (an (m, outputs) float array already)."""
        return float(self._per_example_loss(trace, Y).mean())

    def _per_example_loss(self, trace: Trace, Y: Array) -> Array:
        L = self.depth
        return _loss.LOSSES[self.spec.loss].per_example(trace.Z[L], trace.A[L], Y, self.spec.output)  # type: ignore[index]

    def cost(self, trace: Trace, Y: Any, l2: float = 0.0, l1: float = 0.0) -> float:
        """J = (1/m)·Σᵢ L + (λ/2m)·Σ‖W‖² + (λ₁/m)·Σ|W|."""
        _check_lambdas(l2, l1)
        Y = self.check_targets(Y, trace.A[0].shape[0])
        return self.data_loss(trace, Y) + penalty(self.weights, Y.shape[0], l2, l1)

    def backward(self, trace: Trace, Y: Any, l2: float = 0.0, l1: float = 0.0) -> Gradients:
        """Backward propagation from the output to layer 1 (see ``_backward_layers`` for the formulas)."""
        _check_lambdas(l2, l1)
        Y = self.check_targets(Y, trace.A[0].shape[0])
        return self._gradients(trace, Y, l2, l1)

    def _gradients(self, trace: Trace, Y: Array, l2: float, l1: float) -> Gradients:
        L = self.depth
        grads = Gradients(*([None] * (L + 1) for _ in range(6)))            # type: ignore[arg-type]
        for lg in self._backward_layers(trace, Y, l2, l1):
            _store(grads, lg)
        return grads

    # -- one training step as phases ----------------------------------------------------------
    def phases(self, X: Any, Y: Any, optimizer=None, learning_rate: float = 0.0, l2: float = 0.0,
               l1: float = 0.0, keep_prob: float | Sequence[float] = 1.0,
               rng: np.random.Generator | None = None, checked: bool = False,
               display: bool = True) -> Iterator[Phase]:
        """One training step on the batch (X, Y), one phase at a time.

        Forward layer 1…L, loss, backward layer L…1, and, when an ``optimizer`` is
        given, the update. Nothing in the network changes before the update
        phase, so abandoning the generator part-way leaves the weights as they
        were (the dropout masks already drawn have advanced ``rng``). The update
        phase also moves batch norm's running averages towards this batch's μ and σ².
        ``checked=True`` skips input validation for callers that validated once;
        ``display=False`` (fast training) skips dA⁽ᴸ⁾, which only the step view shows.
        """
        if not checked:          # validated now, when called, not at the first next()
            _check_lambdas(l2, l1)
            X = self.check_inputs(X).copy()     # the Trace must not alias the caller's array
            Y = self.check_targets(Y, X.shape[0])
            _check_rate(learning_rate)
        self.check_batch(X.shape[0])
        keep = self._dropout_plan(True, keep_prob, rng)
        return self._phases(X, Y, optimizer, learning_rate, l2, l1, keep, rng, display)

    def _phases(self, X: Array, Y: Array, optimizer, learning_rate: float, l2: float, l1: float,
                keep: tuple[float, ...] | None, rng: np.random.Generator | None,
                display: bool) -> Iterator[Phase]:
        bn = self.spec.batch_norm
        Zs: list[Array | None] = [None]
        As: list[Array] = [X]
        masks: list[Array | None] = [None]
        norms: list[_bn.Normalised | None] = [None]
        for k, Z, A, mask, norm in self._forward_layers(X, keep, rng, True):
            Zs.append(Z)
            As.append(A)
            masks.append(mask)
            norms.append(norm)
            values = {"A_prev": As[k - 1], "W": self.weights[k], "b": self.biases[k],
                      "Z": Z, "A": A, "mask": mask, "activation": self._g[k]}
            if norm is not None:
                values.update(gamma=self.gamma[k], beta=self.beta[k], mu=norm.mu, var=norm.var,
                              Z_norm=norm.Z_norm, Z_tilde=norm.Z_tilde, epsilon=_bn.EPSILON)
            yield Phase("forward", k, values)
        trace = Trace(Zs, As, masks, norms if bn else None, True)
        per_example = self._per_example_loss(trace, Y)
        loss = float(per_example.sum()) / Y.shape[0]      # the mean (ndarray.mean is slower)
        cost = loss + penalty(self.weights, Y.shape[0], l2, l1)
        yield Phase("loss", None, {"A": As[-1], "Y": Y, "L": per_example, "loss": loss,
                                   "penalty": cost - loss, "cost": cost, "trace": trace})
        L = self.depth
        grads = Gradients(*([None] * (L + 1) for _ in range(6)))            # type: ignore[arg-type]
        dZ_above = None
        for lg in self._backward_layers(trace, Y, l2, l1, display):
            k = lg.k
            _store(grads, lg)
            values = {"dA": lg.dA, "dZ": lg.dZ, "dW": lg.dW, "db": lg.db, "dA_prev": lg.dA_prev,
                      "A_prev": As[k - 1], "W": self.weights[k]}
            if lg.dZ_tilde is not None:
                values.update(dZ_tilde=lg.dZ_tilde, dZ_norm=lg.dZ_tilde * self.gamma[k], dgamma=lg.dgamma,
                              dbeta=lg.dbeta, gamma=self.gamma[k], Z_norm=norms[k].Z_norm,  # type: ignore
                              var=norms[k].var)                                              # type: ignore
            if display:
                values.update(self._backward_display(k, trace, Y))
                # the one-weight chain (``nnsim.chain``): the layer above's W and dZ, or Y at the output
                values.update({"W_next": self.weights[k + 1], "dZ_next": dZ_above} if k < L else {"Y": Y})
            dZ_above = lg.dZ
            yield Phase("backward", k, values)
        result = StepResult(trace, grads, loss, cost)
        if optimizer is None:
            return
        old = {name: list(getattr(self, name)) for name in ("weights", "biases", "gamma", "beta",
                                                              "running_mean", "running_var")}
        before = self._batch_cost(X, Y, l2, l1) if display else None
        self.set_parameters_unchecked(optimizer.update(self.parameters(), self.gradient_list(grads),
                                                       learning_rate))
        values = {"W_old": old["weights"], "b_old": old["biases"], "W_new": list(self.weights),
                  "b_new": list(self.biases), "dW": grads.dW, "db": grads.db,
                  "learning_rate": learning_rate, "result": result}
        if display:                               # did the step help? J of this batch before and after it
            values.update(cost_before=before, cost_after=self._batch_cost(X, Y, l2, l1))
        if bn:
            rho = self.spec.batch_norm_decay
            for k in range(1, L):
                self.running_mean[k] = _bn.running_average(self.running_mean[k], norms[k].mu, rho)  # type: ignore
                self.running_var[k] = _bn.running_average(self.running_var[k], norms[k].var, rho)   # type: ignore
            values.update(gamma_old=old["gamma"], gamma_new=list(self.gamma), beta_old=old["beta"],
                          beta_new=list(self.beta), dgamma=grads.dgamma, dbeta=grads.dbeta,
                          mean_old=old["running_mean"], mean_new=list(self.running_mean),
                          var_old=old["running_var"], var_new=list(self.running_var), rho=rho)
        yield Phase("update", None, values)

    def _batch_cost(self, X: Array, Y: Array, l2: float, l1: float) -> float:
        """J of the batch (X, Y) at the current parameters, dropout off (the course's advice: J is not
        well defined with dropout), batch norm with the batch's own μ and σ² as in training."""
        trace = self._trace(X, None, None, self.spec.batch_norm)
        return self.data_loss(trace, Y) + penalty(self.weights, Y.shape[0], l2, l1)

    def _backward_display(self, k: int, trace: Trace, Y: Array) -> dict[str, Any]:
        """What the step view shows of backward layer k beside dZ: Z⁽ᵏ⁾ and its dropout mask; at a
        fused output (dZ = A − Y) A and Y, elsewhere g′ (m, nₖ) of g's input (Z⁽ᵏ⁾, or Z̃⁽ᵏ⁾ in a
        batch-normalised layer), as ``_backward_layers`` uses it."""
        out: dict[str, Any] = {"Z": trace.Z[k], "mask": trace.masks[k]}
        if k == self.depth and (self.spec.output, self.spec.loss) in _loss.FUSED:
            out.update(A=trace.A[k], Y=Y)
        else:
            g = self._g[k]
            z = trace.pre_activation(k)
            out["g_prime"] = g.derivative(z, g.value(z))         # type: ignore[union-attr]
        return out

    def train_step(self, X: Any, Y: Any, optimizer, learning_rate: float, l2: float = 0.0, l1: float = 0.0,
                   keep_prob: float | Sequence[float] = 1.0, rng: np.random.Generator | None = None,
                   checked: bool = False, display: bool = False) -> StepResult:
        """Drain ``phases``: one full step (forward, loss, backward, update); returns what it computed.

        For speed the display-only dA⁽ᴸ⁾ is skipped unless ``display`` (``gradients.dA[L]`` is None).
        """
        phase = None
        for phase in self.phases(X, Y, optimizer, learning_rate, l2, l1, keep_prob, rng, checked, display):
            pass
        return phase.values["result"]          # type: ignore[union-attr]


def _store(grads: Gradients, lg: _LayerGradients) -> None:
    """Put layer k's gradients in their per-layer lists (dA⁽ᵏ⁻¹⁾ too)."""
    k = lg.k
    grads.dA[k], grads.dZ[k], grads.dW[k], grads.db[k] = lg.dA, lg.dZ, lg.dW, lg.db   # type: ignore[call-overload]
    grads.dgamma[k], grads.dbeta[k] = lg.dgamma, lg.dbeta                            # type: ignore[index]
    grads.dA[k - 1] = lg.dA_prev


# -- shared checks ----------------------------------------------------------------------------
def _check_finite(name: str, a: Array) -> None:
    if not np.isfinite(a).all():
        row, col = np.argwhere(~np.isfinite(a))[0]
        raise InvalidValueError("not_finite", name=name, row=int(row), column=int(col))


def _check_lambdas(l2: float, l1: float) -> None:
    for name, value in (("l2", l2), ("l1", l1)):
        if not (isinstance(value, (int, float, np.floating)) and np.isfinite(value) and value >= 0):
            raise InvalidValueError("out_of_range", name=name, rule="a number ≥ 0", value=value)


def _check_rate(learning_rate: float) -> None:
    if not (isinstance(learning_rate, (int, float, np.floating)) and np.isfinite(learning_rate)
            and learning_rate >= 0):
        raise InvalidValueError("out_of_range", name="learning_rate", rule="a number ≥ 0",
                                value=learning_rate)

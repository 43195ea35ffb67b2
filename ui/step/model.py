"""What the step-by-step panel shows, as plain data: the phase's arrays in the course's column form.

What this is: ``build(view, example, neuron)`` turns one ``nnsim.stepper.PhaseView``
into a dict of named arrays and numbers, exactly the ones the panel writes out
(``nnsim_ui.step.html`` renders them, ``StepPanel.model`` keeps them for tests). The
engine stores one example per row, ``(m, units)``; the course writes examples
as columns, ``(units, m)``, so every per-example array here is the engine's
transposed (a read-only view, not a copy). Focusing one example keeps its
column only, as ``(units, 1)``; dW and db stay the batch's averages.

What this is not: mathematics. Every value is the engine's (a backward phase carries
g′(Z⁽ᵏ⁾), Z and the dropout mask of its layer, and A and Y at a fused output), with one
display exceptions named here: the scalar view's terms wⱼ·aⱼ (whose sum plus b is the
engine's z) and the update's ΔJ = J after − J before.

Keys (arrays are column form; "·" marks per-example arrays, (units, m) or (units, 1)):
- forward k: W, b (n, 1), A_prev·, Z·, A·, mask· (D/p, with dropout), keep_prob;
  scalar view: w, a, terms, b_i, z_i, a_i.
- loss: A·, Y·, L· (1, ·), loss, penalty, cost, l2, l1.
- backward k: dA·, gprime·, mask·, dZ·, dW, db (n, 1), dA_prev·, W_T; with the whole batch
  also dZ_batch, A_prev_T (m, n_prev) (the factors of dW); W when L2 or L1 is on; at a
  fused output A·, Y· (from the loss phase); scalar view: da_i, gprime_i, dz_i; the one-weight
  chain: weight (j), chain (an ``nnsim.chain.WeightChain``: its local derivatives, the engine's
  arithmetic) or chain_refused (batch norm).
- batch norm, forward k (b None): gamma, beta, mu, var (n, 1), Z_norm·, Z_tilde·, epsilon; scalar
  view: mu_i, var_i, gamma_i, beta_i, z_norm_i, z_tilde_i (b_i None). Backward k (db None):
  dZ_tilde·, dZ_norm·, dgamma, dbeta (n, 1), gamma (n, 1), Z_norm·, var (n, 1); scalar view
  dz_tilde_i, dz_norm_i.
- update, per layer k and parameter P in ``info["parameter_names"]`` (W, b or W, gamma, beta): P{k}_old, P{k}_new, dP{k}, v_P{k}, s_P{k}
  (as the optimizer has them after this update), for Adam v_hat_P{k}, s_hat_P{k} (the engine's
  bias-corrected v̂, ŝ), learning_rate, t, v_hat_divisor, s_hat_divisor; with batch norm also
  mean{k}_old, mean{k}_new, var{k}_old, var{k}_new (n, 1) and rho (ρ); cost_before, cost_after
  (the engine's J of this batch before and after the update, dropout off).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from nnsim import chain as _chain
from nnsim.errors import NNSimError

from ..engine.phases import column, depth_of

Array = np.ndarray


def _pick(a: Array | None, example: int | None) -> Array | None:
    """Column form of a per-example array: all examples, or only ``example``'s column."""
    col = column(a)
    if col is None or example is None:
        return col
    return col[:, example:example + 1]


def build(view: Any, example: int | None = None, neuron: int = 0, weight: int = 0) -> dict[str, Any]:
    """The panel's model for ``view``; ``example`` an index into the batch (None: the whole batch),
    ``neuron`` the focused unit of the phase's layer (clamped), ``weight`` the input j of the
    one-weight chain w⁽ᵏ⁾ᵢⱼ of a backward phase (clamped)."""
    m = len(view.batch)
    if example is not None and not 0 <= example < m:
        example = None
    model: dict[str, Any] = {"kind": view.kind, "layer": view.layer, "example": example, "m": m}
    builder = {"forward": _forward, "loss": _loss, "backward": _backward, "update": _update}[view.kind]
    builder(model, view, example, neuron)
    if view.kind == "backward":
        _weight_chain(model, view, weight)
    return model


def _weight_chain(model: dict, view: Any, weight: int) -> None:
    """``chain``: the engine's ``nnsim.chain.WeightChain`` of w⁽ᵏ⁾ᵢⱼ (i the focused neuron) for the
    scalar example; ``chain_refused`` with batch norm (its μ and σ² tie the batch's examples)."""
    n_prev = int(np.shape(view.values["W"])[1])
    j = int(np.clip(weight, 0, n_prev - 1))
    model["weight"] = j
    if view.info.get("batch_norm"):
        model["chain_refused"] = True
        return
    if view.values.get("W_next") is None and view.values.get("Y") is None:
        return                          # a phase recorded without the chain's arrays
    try:
        model["chain"] = _chain.from_phase(view, model["neuron"], j, model["scalar_example"])
    except NNSimError:
        model["chain_refused"] = True


def _scalar_example(example: int | None) -> int:
    """The scalar view follows one example: the focused one, else the batch's first."""
    return 0 if example is None else example


def _forward(model: dict, view: Any, example: int | None, neuron: int) -> None:
    v = view.values
    W = np.asarray(v["W"])
    model.update(W=W, b=column(v["b"]), A_prev=_pick(v["A_prev"], example), Z=_pick(v["Z"], example),
                 A=_pick(v["A"], example), activation=view.info["activations"][view.layer])
    if v.get("mask") is not None:
        model["mask"] = _pick(v["mask"], example)
        keep = view.info["keep_prob"]
        model["keep_prob"] = float(keep[view.layer - 1] if isinstance(keep, (tuple, list)) else keep)
    i = int(np.clip(neuron, 0, W.shape[0] - 1))
    e = _scalar_example(example)
    a = np.asarray(v["A_prev"])[e]
    model.update(neuron=i, scalar_example=e, w=W[i], a=a, terms=W[i] * a,      # display arithmetic
                 b_i=None if v["b"] is None else float(np.asarray(v["b"])[i]),
                 z_i=float(np.asarray(v["Z"])[e, i]), a_i=float(np.asarray(v["A"])[e, i]))
    if v.get("gamma") is not None:                                            # batch norm
        model.update({p: column(v[p]) for p in ("gamma", "beta", "mu", "var")},
                     Z_norm=_pick(v["Z_norm"], example), Z_tilde=_pick(v["Z_tilde"], example),
                     epsilon=float(v["epsilon"]))
        model.update({f"{p}_i": float(np.asarray(v[p])[i]) for p in ("gamma", "beta", "mu", "var")},
                     z_norm_i=float(np.asarray(v["Z_norm"])[e, i]), z_tilde_i=float(np.asarray(v["Z_tilde"])[e, i]))


def _loss(model: dict, view: Any, example: int | None, neuron: int) -> None:
    v = view.values
    L = np.asarray(v["L"]).reshape(1, -1)
    model.update(A=_pick(v["A"], example), Y=_pick(v["Y"], example),
                 L=L if example is None else L[:, example:example + 1],
                 loss=float(v["loss"]), penalty=float(v["penalty"]), cost=float(v["cost"]),
                 l2=float(view.info["l2"]), l1=float(view.info["l1"]),
                 loss_name=view.info["loss"], output=view.info["output"])


def _backward(model: dict, view: Any, example: int | None, neuron: int) -> None:
    v, info, k = view.values, view.info, view.layer
    L = depth_of(view)
    fused = k == L and bool(info["fused_output"])
    W = np.asarray(v["W"])
    model.update(activation=info["activations"][k], fused=fused, dZ=_pick(v["dZ"], example),
                 dW=np.asarray(v["dW"]), db=column(v["db"]), dA_prev=_pick(v["dA_prev"], example),
                 W_T=W.T, l2=float(info["l2"]), l1=float(info["l1"]))
    if v.get("dA") is not None:
        model["dA"] = _pick(v["dA"], example)
    if example is None:
        model.update(dZ_batch=column(v["dZ"]), A_prev_T=np.asarray(v["A_prev"]))
    if model["l2"] or model["l1"]:
        model["W"] = W
    if fused:
        if v.get("A") is not None:
            model.update(A=_pick(v["A"], example), Y=_pick(v["Y"], example))
    elif v.get("g_prime") is not None:
        model["gprime"] = _pick(v["g_prime"], example)       # the engine's g′(Z⁽ᵏ⁾), as backward used it
        if v.get("mask") is not None:
            model["mask"] = _pick(v["mask"], example)
            keep = info["keep_prob"]
            model["keep_prob"] = float(keep[k - 1] if isinstance(keep, (tuple, list)) else keep)
    i = int(np.clip(neuron, 0, W.shape[0] - 1))
    e = _scalar_example(example)
    model.update(neuron=i, scalar_example=e, dz_i=float(np.asarray(v["dZ"])[e, i]))
    if v.get("dA") is not None:
        model["da_i"] = float(np.asarray(v["dA"])[e, i])
    if v.get("dgamma") is not None:                                           # batch norm
        model.update(dZ_tilde=_pick(v["dZ_tilde"], example), dZ_norm=_pick(v["dZ_norm"], example),
                     Z_norm=_pick(v["Z_norm"], example), dgamma=column(v["dgamma"]),
                     dbeta=column(v["dbeta"]), gamma=column(v["gamma"]), var=column(v["var"]),
                     dz_tilde_i=float(np.asarray(v["dZ_tilde"])[e, i]),
                     dz_norm_i=float(np.asarray(v["dZ_norm"])[e, i]))
    if "gprime" in model:
        model["gprime_i"] = float(model["gprime"][i, 0 if example is not None else e])


def _update(model: dict, view: Any, example: int | None, neuron: int) -> None:
    v, info = view.values, view.info
    L = depth_of(view)
    state = {"v": v.get("v") or (), "s": v.get("s") or (),
             "v_hat": v.get("v_hat") or (), "s_hat": v.get("s_hat") or ()}
    model.update(optimizer=info["optimizer"], hyper=dict(info["hyper"]), t=int(info["t"]),
                 learning_rate=float(v["learning_rate"]), layers=L)
    for key in ("v_hat_divisor", "s_hat_divisor", "cost_before", "cost_after"):
        if key in v:
            model[key] = float(v[key])
    if "cost_after" in model:
        model["cost_change"] = model["cost_after"] - model["cost_before"]     # display arithmetic
    names = list(info["parameter_names"])             # optimizer state follows them: W1, b1 (or gamma1, beta1), …
    lists = {"W": ("W", "dW"), "b": ("b", "db"), "gamma": ("gamma", "dgamma"), "beta": ("beta", "dbeta")}
    for slot, name in enumerate(names):
        p, k = _split(name)
        prefix, grad = lists[p]
        shape = (lambda a: np.asarray(a)) if p == "W" else column
        model[f"{p}{k}_old"] = shape(v[f"{prefix}_old"][k])
        model[f"{p}{k}_new"] = shape(v[f"{prefix}_new"][k])
        model[f"d{p}{k}"] = shape(v[grad][k])
        for key, arrays in state.items():
            if len(arrays) > slot:
                model[f"{key}_{p}{k}"] = shape(arrays[slot])
    model["parameters"] = {k: [_split(n)[0] for n in names if _split(n)[1] == k] for k in range(1, L + 1)}
    if v.get("rho") is not None:                      # batch norm's running averages
        model["rho"] = float(v["rho"])
        for k in range(1, L + 1):
            if v["mean_new"][k] is not None:
                for key in ("mean_old", "mean_new", "var_old", "var_new"):
                    p, when = key.split("_")
                    model[f"{p}{k}_{when}"] = column(v[key][k])


def _split(name: str) -> tuple[str, int]:
    """"gamma12" -> ("gamma", 12): a parameter's file name as its letter and layer."""
    p = name.rstrip("0123456789")
    return p, int(name[len(p):])

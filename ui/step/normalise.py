"""What the step panel says about batch normalization: μ, σ², Z_norm, Z̃ forward, dγ, dβ backward.

What this is: the parts of ``nnsim_ui.step.phases`` for a batch-normalised layer (the
engine's phase carries ``gamma`` and no ``b``), written from the model of
``nnsim_ui.step.model``: the course's formulas, then the matrices with the engine's numbers.

What this is not: mathematics. Every number is the engine's; the formulas are written, not computed.
"""
from __future__ import annotations

from typing import Any

from .html import MINUS, frac, heading, math_line, note, sym, words


def forward(ctx: Any) -> list[str]:
    """μ, σ², Z_norm = (Z − μ)/√(σ² + ε), Z̃ = γ⊙Z_norm + β of layer k, with their numbers."""
    mo, k = ctx.model, ctx.model["layer"]
    nf = mo["neuron"]
    Z, Zn, Zt = ctx.var("Z", k), ctx.var("Z", k) + "<sub>norm</sub>", "<i>Z̃</i>" if not ctx.one else "<i>z̃</i>"
    Zt = f"{Zt}<sup>[{k}]</sup>"
    mu, var, g, b = sym("μ", k), f"{sym('σ', k)}<sup>2</sup>", sym("γ", k), sym("β", k)
    m = "<i>m</i>"
    out = [heading(words("Batch normalization of layer %1", str(k))),
           note(words("Each unit's Z is normalised over the mini-batch (mean 0, variance 1), then scaled "
                      "by γ and shifted by β, both learnt; β takes the place of b.")),
           math_line(f"{mu} = {frac('1', m)}·Σ<sub><i>i</i></sub> {sym('Z', k, '<i>i</i>')},   "
                     f"{var} = {frac('1', m)}·Σ<sub><i>i</i></sub> ({sym('Z', k, '<i>i</i>')} {MINUS} {mu})"
                     "<sup>2</sup>", big=True),
           note(words("over the whole batch (m = %1), even when one example is focused", str(mo["m"]))),
           ctx.eq([ctx.mat("mu", mu, row_focus=nf), "&nbsp;", ctx.mat("var", var, row_focus=nf)]),
           math_line(f"{Zn} = ({Z} {MINUS} {mu}) / √({var} + <i>ε</i>)", big=True),
           note(f"<i>ε</i> = {ctx.n(mo['epsilon'])}"),
           ctx.eq([Zn, "=", ctx.mat("Z_norm", Zn, "Z_norm", nf)]),
           math_line(f"{Zt} = {g} ⊙ {Zn} + {b}", big=True),
           ctx.eq([Zt, "=", ctx.mat("gamma", g, row_focus=nf), "⊙", ctx.mat("Z_norm", Zn, "Z_norm", nf), "+",
                   ctx.mat("beta", b, row_focus=nf), "=", ctx.mat("Z_tilde", Zt, "Z_tilde", nf)])]
    return out


def forward_scalar(ctx: Any, z: str) -> list[str]:
    """One neuron's z_norm and z̃ with its numbers."""
    mo = ctx.model
    i = mo["neuron"] + 1
    n = ctx.n
    zn, zt = f"{z}<sub>norm</sub>", f"<i>z̃</i><sub>{i}</sub>"
    return [math_line(f"{zn} = ({z} {MINUS} <i>μ</i><sub>{i}</sub>) / √(<i>σ</i><sub>{i}</sub><sup>2</sup> + "
                      f"<i>ε</i>) = ({n(mo['z_i'])} {MINUS} ({n(mo['mu_i'])})) / √({n(mo['var_i'])} + "
                      f"{n(mo['epsilon'])}) = <b>{n(mo['z_norm_i'])}</b>"),
            math_line(f"{zt} = <i>γ</i><sub>{i}</sub>·{zn} + <i>β</i><sub>{i}</sub> = ({n(mo['gamma_i'])})·"
                      f"({n(mo['z_norm_i'])}) + ({n(mo['beta_i'])}) = <b>{n(mo['z_tilde_i'])}</b>")]


def backward(ctx: Any) -> list[str]:
    """dγ, dβ and dZ through the normalisation, from dZ̃ = dA ⊙ g′(Z̃)."""
    mo, k = ctx.model, ctx.model["layer"]
    nf = mo["neuron"]
    dZt = f"d<i>{'z̃' if ctx.one else 'Z̃'}</i><sup>[{k}]</sup>"
    Zn = ctx.var("Z", k) + "<sub>norm</sub>"
    dZn = ctx.var("Z", k, d=True) + "<sub>norm</sub>"
    dZ = ctx.var("Z", k, d=True)
    g, var = sym("γ", k), f"{sym('σ', k)}<sup>2</sup>"
    m = "<i>m</i>"
    return [heading(words("Back through the batch normalization of layer %1", str(k))),
            note(words("The line above gives dZ̃, the derivative with respect to what g was applied to.")),
            ctx.eq([dZt, "=", ctx.mat("dZ_tilde", dZt, "dZ_tilde", nf)]),
            math_line(f"d{g} = {frac('1', m)}·Σ<sub><i>i</i></sub> d<i>Z̃</i><sub><i>i</i></sub> ⊙ "
                      f"<i>Z</i><sub>norm,<i>i</i></sub>,   d{sym('β', k)} = {frac('1', m)}·Σ<sub><i>i</i></sub> "
                      f"d<i>Z̃</i><sub><i>i</i></sub>", big=True),
            ctx.eq([ctx.mat("dgamma", f"d{g}", row_focus=nf), "&nbsp;",
                    ctx.mat("dbeta", f"d{sym('β', k)}", row_focus=nf)]),
            math_line(f"{dZn} = {dZt} ⊙ {g}", big=True),
            ctx.eq([dZn, "=", ctx.mat("dZ_tilde", dZt, "dZ_tilde", nf), "⊙", ctx.mat("gamma", g, row_focus=nf),
                    "=", ctx.mat("dZ_norm", dZn, "dZ_norm", nf)]),
            math_line(f"{dZ} = {frac('1', f'{m}·√({var} + <i>ε</i>)')}·({m}·{dZn} {MINUS} Σ<sub><i>i</i></sub> "
                      f"d<i>Z</i><sub>norm,<i>i</i></sub> {MINUS} {Zn}·Σ<sub><i>i</i></sub> "
                      f"d<i>Z</i><sub>norm,<i>i</i></sub>⊙<i>Z</i><sub>norm,<i>i</i></sub>)", big=True),
            note(words("Every example's Z moved μ and σ², so each dZ depends on the whole batch.")),
            ctx.eq([ctx.mat("var", var, row_focus=nf), "&nbsp;", ctx.mat("Z_norm", Zn, "Z_norm", nf), "→",
                    ctx.mat("dZ", dZ, "dZ", nf)])]


def running_averages(ctx: Any, k: int) -> list[str]:
    """The running averages of μ and σ² that test time uses, with ρ."""
    mo = ctx.model
    if f"mean{k}_new" not in mo:
        return []
    rho = ctx.n(mo["rho"])
    mu, var = sym("μ", k), f"{sym('σ', k)}<sup>2</sup>"
    return [math_line(f"<i>μ</i><sub>avg</sub> ← <i>ρ</i>·<i>μ</i><sub>avg</sub> + (1 {MINUS} <i>ρ</i>)·{mu},   "
                      f"<i>σ</i><sup>2</sup><sub>avg</sub> ← <i>ρ</i>·<i>σ</i><sup>2</sup><sub>avg</sub> + "
                      f"(1 {MINUS} <i>ρ</i>)·{var},   <i>ρ</i> = {rho}"),
            note(words("Not trained: averages of the batches' μ and σ², used at test time.")),
            ctx.eq([ctx.mat(f"mean{k}_old", words("old %1", "<i>μ</i><sub>avg</sub>")), "→",
                    ctx.mat(f"mean{k}_new", words("new %1", "<i>μ</i><sub>avg</sub>")), "&nbsp;",
                    ctx.mat(f"var{k}_old", words("old %1", "<i>σ</i><sup>2</sup><sub>avg</sub>")), "→",
                    ctx.mat(f"var{k}_new", words("new %1", "<i>σ</i><sup>2</sup><sub>avg</sub>"))])]


def backward_scalar(ctx: Any, symbols: str, values: str, dz: str) -> list[str]:
    """One neuron's dz̃ = da·g′(z̃), dz_norm = dz̃·γ, and the engine's dz through the normalisation."""
    mo = ctx.model
    i = mo["neuron"] + 1
    n = ctx.n
    dzt, dzn = f"d<i>z̃</i><sub>{i}</sub>", f"{dz}<sub>norm</sub>"
    return [math_line(f"{dzt} = {symbols} = {values} = <b>{n(mo['dz_tilde_i'])}</b>"),
            math_line(f"{dzn} = {dzt}·<i>γ</i><sub>{i}</sub> = <b>{n(mo['dz_norm_i'])}</b>"),
            math_line(f"{dz} = <b>{n(mo['dz_i'])}</b>"),
            note(words("dz needs the whole batch's dz_norm (the formula above), not only this example's."))]

"""What each phase of the step-by-step panel says: its formulas, the words, and its numbers.

What this is: ``render(model, view, max_cols, decimal)`` writes the panel's
HTML for one model of ``nnsim_ui.step.model`` (the numbers, already in column form)
and lists the matrices it wrote, so the panel can open any of them whole in a
scrollable table. A single example's vectors are written in lower case (z, a),
whole-batch matrices in upper case (Z, A), as the course does. The markup
pieces are ``nnsim_ui.step.html``'s.

Every word goes through ``QCoreApplication.translate`` in the "StepPanel"
context (``step_html.words``); the mathematics is not translated.

What this is not: mathematics. It writes out what the model holds.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import numpy as np

from nnsim.activations import ACTIVATIONS
from nnsim.losses import LOSSES

from ..text.names import formula, registry_title
from . import chainview, normalise
from .html import (
    MATH_FONT,
    MINUS,
    MUTED,
    TEXT,
    Mat,
    equation,
    formula_text,
    frac,
    heading,
    math_line,
    note,
    num,
    sym,
    words,
)
from .model import depth_of


@dataclass
class Context:
    model: dict
    view: Any
    max_cols: int
    decimal: str
    matrices: dict

    def eq(self, items: list) -> str:
        return equation(items, self.max_cols, self.decimal, self.matrices)

    def n(self, value: float) -> str:
        return num(value, self.decimal)

    @property
    def one(self) -> bool:
        """One example focused (vectors in lower case) rather than the whole batch."""
        return self.model["example"] is not None

    def var(self, letter: str, layer=None, d: bool = False, T: bool = False) -> str:
        """Z or z (with the example's superscript) depending on the focus."""
        if self.one:
            return sym(letter.lower(), layer, self.model["example"] + 1, d=d, T=T)
        return sym(letter, layer, d=d, T=T)

    def mat(self, key: str, label: str, batch_key: str | None = None, row_focus: int | None = None) -> Mat:
        batch = None
        if self.one and batch_key is not None:
            batch = self.view.values[batch_key]
        return Mat(key, label, self.model[key], None if batch is None else np.asarray(batch).T, row_focus)


def render(model: dict, view: Any, max_cols: int = 8, decimal: str = ".") -> tuple[str, dict]:
    """The panel's HTML for ``model`` (see ``nnsim_ui.step.model``), and the matrices in it by model key."""
    ctx = Context(model, view, max_cols, decimal, {})
    body = {"forward": _forward, "loss": _loss, "backward": _backward, "update": _update}[model["kind"]](ctx)
    foot = note(words("Examples are columns here, as in the course (the engine keeps one example per row; "
                      "this panel shows the transposes). Hover over a number to see all its digits."))
    page = (f'<html><body style="color: {TEXT};">{_focus_note(ctx)}{body}'
            f'<hr style="margin-top: 12px;"/>{foot}</body></html>')
    return page, ctx.matrices


def _focus_note(ctx: Context) -> str:
    m = ctx.model["m"]
    if not ctx.one:
        return note(words("The whole mini-batch: %1 examples, one per column.", str(m)))
    e = ctx.model["example"]
    row = int(np.asarray(ctx.view.batch)[e])
    if row < 0:                                  # the learner's drawing (SetBatchOfDrawn), no training row
        text = words("Your drawing (the drawing pad), the batch's only example, with the class you chose.")
    else:
        text = words("Example %1 of the batch's %2 (training row %3): its column only.", str(e + 1), str(m), str(row))
    if ctx.model["kind"] in ("backward", "update"):
        text += " " + words("dW and db stay averages over the whole batch.")
    return note(text)


def _forward(ctx: Context) -> str:
    mo, k = ctx.model, ctx.model["layer"]
    g = ACTIVATIONS[mo["activation"]]
    W, b = sym("W", k), sym("b", k)
    Z, A, A_prev = ctx.var("Z", k), ctx.var("A", k), ctx.var("A", k - 1)
    if "gamma" in mo:                                       # batch norm: no b, then the normalisation
        out = [math_line(f"{Z} = {W}·{A_prev}", big=True),
               ctx.eq([Z, "=", ctx.mat("W", W, row_focus=mo["neuron"]), "·", ctx.mat("A_prev", A_prev, "A_prev"),
                       "=", ctx.mat("Z", Z, "Z", row_focus=mo["neuron"])])]
        out += normalise.forward(ctx)
        Z = f"<i>{'z̃' if ctx.one else 'Z̃'}</i><sup>[{k}]</sup>"
    else:
        out = _forward_affine(ctx, W, b, Z, A_prev)
    gname = f"<i>g</i><sup>[{k}]</sup>"
    if "mask" in mo:
        D = sym("D", k) if not ctx.one else sym("d", k, mo["example"] + 1)
        p = mo["keep_prob"]
        out.append(math_line(f"{A} = {gname}({Z}) ⊙ {D} / <i>p</i>", big=True))
        out.append(note(words("%1 is %2:", gname, html.escape(_title(g.name))) + " "
                        + f'<span style="font-family: {MATH_FONT};">{formula_text(formula(g.formula))}</span>'))
        out.append(note(words("Dropout: each unit is kept with probability p = %1. The mask holds 0 for a "
                              "dropped unit and 1/p = %2 for a kept one, so the expected activation does not "
                              "change.", ctx.n(p), ctx.n(1.0 / p))))
        out.append(ctx.eq([f"{D}/<i>p</i>", "=", ctx.mat("mask", f"{D}/<i>p</i>", "mask", row_focus=mo["neuron"])]))
        out.append(ctx.eq([A, "=", ctx.mat("A", A, "A", row_focus=mo["neuron"])]))
    else:
        out.append(math_line(f"{A} = {gname}({Z})", big=True))
        out.append(note(words("%1 is %2:", gname, html.escape(_title(g.name))) + " "
                        + f'<span style="font-family: {MATH_FONT};">{formula_text(formula(g.formula))}</span>'))
        out.append(ctx.eq([A, "=", ctx.mat("A", A, "A", row_focus=mo["neuron"])]))
    out.append(_forward_scalar(ctx))
    return "".join(out)


def _forward_affine(ctx: Context, W: str, b: str, Z: str, A_prev: str) -> list[str]:
    """Z = W·A_prev + b with its numbers."""
    nf = ctx.model["neuron"]
    out = [math_line(f"{Z} = {W}·{A_prev} + {b}", big=True)]
    if ctx.one:
        out.append(note(words("The weights W multiply this example's inputs; the bias b is added.")))
    else:
        out.append(note(words("W multiplies every column of %1; b is added to every column.", A_prev)))
    out.append(ctx.eq([Z, "=", ctx.mat("W", W, row_focus=nf), "·", ctx.mat("A_prev", A_prev, "A_prev"),
                       "+", ctx.mat("b", b, row_focus=nf), "=", ctx.mat("Z", Z, "Z", row_focus=nf)]))
    return out


def _title(name: str) -> str:
    from ..text.names import activation_title
    return activation_title(name)


def _neuron_heading(ctx: Context) -> str:
    mo = ctx.model
    i, e = mo["neuron"] + 1, mo["scalar_example"] + 1
    if ctx.one:
        return heading(words("One neuron: neuron %1 of layer %2, example %3", str(i), str(mo["layer"]), str(e)))
    return heading(words("One neuron: neuron %1 of layer %2, on the batch's first example "
                         "(choose an example to follow another)", str(i), str(mo["layer"])))


def _forward_scalar(ctx: Context) -> str:
    mo, k = ctx.model, ctx.model["layer"]
    i, e = mo["neuron"] + 1, mo["scalar_example"] + 1
    z = sym("z", k, e, sub=str(i))
    wj, aj = sym("w", sub=f"{i}<i>j</i>") , sym("a", k - 1, e, sub="<i>j</i>")
    bn = mo["b_i"] is None                               # batch norm: no b
    out = [_neuron_heading(ctx),
           math_line(f"{z} = Σ<sub><i>j</i></sub> {wj}·{aj}" + ("" if bn else f" + {sym('b', sub=str(i))}"))]
    cells = [f'<tr><td style="padding: 1px 8px; color: {MUTED};"><i>j</i></td>'
             f'<td align="right" style="padding: 1px 8px;">{wj}</td>'
             f'<td align="right" style="padding: 1px 8px;">{aj}</td>'
             f'<td align="right" style="padding: 1px 8px;">{wj}·{aj}</td></tr>']
    for j, (w, a, t) in enumerate(zip(mo["w"], mo["a"], mo["terms"]), start=1):
        cells.append(f'<tr><td style="padding: 1px 8px; color: {MUTED};">{j}</td>'
                     f'<td align="right" style="padding: 1px 8px;">{ctx.n(w)}</td>'
                     f'<td align="right" style="padding: 1px 8px;">{ctx.n(a)}</td>'
                     f'<td align="right" style="padding: 1px 8px;">{ctx.n(t)}</td></tr>')
    out.append('<table cellspacing="0" cellpadding="0" style="margin-left: 12px;">' + "".join(cells) + "</table>")
    terms = " + ".join(f"({ctx.n(t)})" for t in mo["terms"][:6]) + (" + …" if len(mo["terms"]) > 6 else "")
    bias = "" if bn else f" + ({ctx.n(mo['b_i'])})"
    out.append(math_line(f"{z} = {terms}{bias} = <b>{ctx.n(mo['z_i'])}</b>"))
    a = sym("a", k, e, sub=str(i))
    if bn:
        out += normalise.forward_scalar(ctx, z)
        z, mo = f"<i>z̃</i><sub>{i}</sub>", dict(mo, z_i=mo["z_tilde_i"])
    if "mask" in mo:
        d = float(np.asarray(mo["mask"])[mo["neuron"], 0 if ctx.one else mo["scalar_example"]])
        out.append(math_line(f"{a} = <i>g</i>({z})·<i>d</i>/<i>p</i> = <i>g</i>({ctx.n(mo['z_i'])})·{ctx.n(d)} = "
                             f"<b>{ctx.n(mo['a_i'])}</b>"))
    else:
        out.append(math_line(f"{a} = <i>g</i>({z}) = <i>g</i>({ctx.n(mo['z_i'])}) = <b>{ctx.n(mo['a_i'])}</b>"))
    return "".join(out)


def _loss(ctx: Context) -> str:
    mo = ctx.model
    A, Y = ctx.var("A", depth_of(ctx.view)), ctx.var("Y")
    a, y = sym("a", None, "<i>i</i>"), sym("y", None, "<i>i</i>")
    m = "<i>m</i>"
    penalty = ""
    if mo["l2"]:
        penalty += f" + {frac('<i>λ</i>', '2' + m)}·Σ<sub><i>k</i></sub>‖{sym('W', '<i>k</i>')}‖<sup>2</sup>"
    if mo["l1"]:
        penalty += f" + {frac('<i>λ</i>₁', m)}·Σ<sub><i>k</i></sub>Σ|{sym('W', '<i>k</i>')}|"
    out = [math_line(f"<i>J</i> = {frac('1', m)}·Σ<sub><i>i</i></sub> <i>L</i>({a}, {y}){penalty}", big=True)]
    if mo["output"] == "softmax":
        L = (f"<i>L</i>(<i>a</i>, <i>y</i>) = {MINUS}Σ<sub><i>k</i></sub> <i>y<sub>k</sub></i>·log "
             "<i>a<sub>k</sub></i>")
    elif mo["loss_name"] == "mse":
        L = f"<i>L</i>(<i>a</i>, <i>y</i>) = ½·‖<i>a</i> {MINUS} <i>y</i>‖<sup>2</sup>"
    else:
        L = (f"<i>L</i>(<i>a</i>, <i>y</i>) = {MINUS}[<i>y</i>·log <i>a</i> + (1 {MINUS} <i>y</i>)·"
             f"log(1 {MINUS} <i>a</i>)]")
    out.append(math_line(L))
    title = html.escape(registry_title(LOSSES[mo["loss_name"]].title))
    if mo["loss_name"] == "mse":
        out.append(note(words("%1, the loss of each example, is half the squared distance between the output "
                              "A and the target Y: L = ½·‖a − y‖², summed over the output units.", title)))
    else:
        out.append(note(words("%1, the loss of each example, is computed from Z (never log 0).", title)))
    Lrow = sym("L") if not ctx.one else sym("L", None, mo["example"] + 1)
    out.append(ctx.eq([ctx.mat("A", A, "A"), ctx.mat("Y", Y, "Y"), ctx.mat("L", Lrow, None)]))
    out.append(math_line(f"{frac('1', m)}·Σ<sub><i>i</i></sub> <i>L</i> = {ctx.n(mo['loss'])}"
                         + "  " + words("(m = %1)", str(mo["m"]))))
    if mo["l2"] or mo["l1"]:
        terms = []
        if mo["l2"]:
            terms.append(words("L2 with λ = %1", ctx.n(mo["l2"])))
        if mo["l1"]:
            terms.append(words("L1 with λ₁ = %1", ctx.n(mo["l1"])))
        out.append(math_line(words("penalty (%1) = %2", ", ".join(terms), ctx.n(mo["penalty"]))))
    out.append(math_line(f"<b><i>J</i> = {ctx.n(mo['cost'])}</b>", big=True))
    if ctx.one:
        out.append(note(words("The cost J is over the whole batch; the table shows this example's part.")))
    return "".join(out)


def _backward(ctx: Context) -> str:
    mo, k = ctx.model, ctx.model["layer"]
    g = ACTIVATIONS[mo["activation"]]
    dZ, dA, Z = ctx.var("Z", k, d=True), ctx.var("A", k, d=True), ctx.var("Z", k)
    out = []
    nf = mo["neuron"]
    # dZ
    if mo["fused"]:
        A, Y = ctx.var("A", k), ctx.var("Y")
        out.append(math_line(f"{dZ} = {A} {MINUS} {Y}", big=True))
        out.append(note(words("At this output the loss's derivative simplifies exactly: dZ = A − Y.")))
        items = [dZ, "="]
        if "A" in mo and "Y" in mo:
            items += [ctx.mat("A", A, None, nf), MINUS, ctx.mat("Y", Y, None, nf), "="]
        out.append(ctx.eq(items + [ctx.mat("dZ", dZ, "dZ", nf)]))
    else:
        bn = "dgamma" in mo                     # batch norm: this line gives dZ̃ (g was applied to Z̃)
        if bn:
            Z = f"<i>{'z̃' if ctx.one else 'Z̃'}</i><sup>[{k}]</sup>"
            dZ = f"d{Z}"
        gp = f"<i>g</i><sup>[{k}]</sup>′({Z})"
        drop = ""
        if "mask" in mo:
            drop = f" ⊙ {sym('D', k) if not ctx.one else sym('d', k, mo['example'] + 1)}/<i>p</i>"
        out.append(math_line(f"{dZ} = {dA}{drop} ⊙ {gp}", big=True))
        out.append(note(words("⊙ multiplies element by element;") + " "
                        + f'<span style="font-family: {MATH_FONT};">{formula_text(formula(g.derivative_formula))}</span>'))
        items = [dZ, "="]
        if "dA" in mo:
            items += [ctx.mat("dA", dA, "dA", nf)]
        if "mask" in mo:
            items += ["⊙", ctx.mat("mask", "<i>D</i>/<i>p</i>", None, nf)]
        if "gprime" in mo:
            items += ["⊙", ctx.mat("gprime", gp, None, nf)]
        out.append(ctx.eq(items + ["=", ctx.mat("dZ_tilde", dZ, "dZ_tilde", nf) if bn
                                   else ctx.mat("dZ", dZ, "dZ", nf)]))
        if "mask" in mo:
            out.append(note(words("A unit dropped in the forward pass passes no gradient back.")))
        if bn:
            out += normalise.backward(ctx)
            dZ = ctx.var("Z", k, d=True)
    # dW
    m = "<i>m</i>"
    pen = ""
    if mo["l2"]:
        pen += f" + {frac('<i>λ</i>', m)}·{sym('W', k)}"
    if mo["l1"]:
        pen += f" + {frac('<i>λ</i>₁', m)}·sign({sym('W', k)})"
    dW = sym("W", k, d=True)
    out.append(math_line(f"{dW} = {frac('1', m)}·{sym('Z', k, d=True)}·{sym('A', k - 1, T=True)}{pen}", big=True))
    given = [f"<i>m</i> = {mo['m']}"]
    if mo["l2"]:
        given.append(f"<i>λ</i> = {ctx.n(mo['l2'])}")
    if mo["l1"]:
        given.append(f"<i>λ</i><sub>1</sub> = {ctx.n(mo['l1'])}")
    out.append(note(", ".join(given)))
    if ctx.one:
        out.append(note(words("dW and db are averages over the whole batch (m = %1), not this example's.",
                              str(mo["m"]))))
        out.append(ctx.eq([dW, "=", ctx.mat("dW", dW)]))
    else:
        items = [dW, "=", frac("1", str(mo["m"])), "·", ctx.mat("dZ_batch", sym("Z", k, d=True)), "·",
                 ctx.mat("A_prev_T", sym("A", k - 1, T=True))]
        if "W" in mo:                          # + (λ/m)·W  + (λ₁/m)·sign(W)
            if mo["l2"]:
                items += ["+", f"({ctx.n(mo['l2'])}/{mo['m']})·", ctx.mat("W", sym("W", k))]
            if mo["l1"]:
                items += ["+", f"({ctx.n(mo['l1'])}/{mo['m']})·sign(", ctx.mat("W", sym("W", k)), ")"]
        out.append(ctx.eq(items + ["=", ctx.mat("dW", dW)]))
    # db
    db = sym("b", k, d=True)
    if mo["db"] is not None:
        out.append(math_line(f"{db} = {frac('1', m)}·Σ<sub><i>i</i></sub> {sym('Z', k, '<i>i</i>', d=True)}",
                             big=True))
        out.append(ctx.eq([db, "=", ctx.mat("db", db, None, nf)]))
    # dA_prev
    dA_prev = ctx.var("A", k - 1, d=True)
    out.append(math_line(f"{dA_prev} = {sym('W', k, T=True)}·{dZ}", big=True))
    if k == 1:
        out.append(note(words("dA[0] is the derivative with respect to the inputs: training does not need it.")))
    else:
        out.append(note(words("This is what the layer below receives.")))
    out.append(ctx.eq([dA_prev, "=", ctx.mat("W_T", sym("W", k, T=True)), "·", ctx.mat("dZ", dZ, "dZ"), "=",
                       ctx.mat("dA_prev", dA_prev, "dA_prev")]))
    out.append(_backward_scalar(ctx))
    out.append(chainview.render(ctx))
    return "".join(out)


def _backward_scalar(ctx: Context) -> str:
    mo, k = ctx.model, ctx.model["layer"]
    i, e = mo["neuron"] + 1, mo["scalar_example"] + 1
    dz = sym("z", k, e, d=True, sub=str(i))
    out = [_neuron_heading(ctx)]
    if mo["fused"]:
        out.append(math_line(f"{dz} = {sym('a', k, e, sub=str(i))} {MINUS} {sym('y', None, e, sub=str(i))} = "
                             f"<b>{ctx.n(mo['dz_i'])}</b>"))
    elif "da_i" in mo and "gprime_i" in mo:
        da, z = sym("a", k, e, d=True, sub=str(i)), sym("z", k, e, sub=str(i))
        symbols, values = f"{da} · <i>g</i>′({z})", f"({ctx.n(mo['da_i'])}) · ({ctx.n(mo['gprime_i'])})"
        if "mask" in mo:
            d = float(np.asarray(mo["mask"])[mo["neuron"], 0 if ctx.one else mo["scalar_example"]])
            symbols = f"{da} · <i>d</i>/<i>p</i> · <i>g</i>′({z})"
            values = f"({ctx.n(mo['da_i'])}) · {ctx.n(d)} · ({ctx.n(mo['gprime_i'])})"
        if "dz_tilde_i" in mo:                              # batch norm: dz̃, then through the normalisation
            out += normalise.backward_scalar(ctx, symbols.replace("(<i>z</i>", "(<i>z̃</i>"), values, dz)
        else:
            out.append(math_line(f"{dz} = {symbols} = {values} = <b>{ctx.n(mo['dz_i'])}</b>"))
    else:
        out.append(math_line(f"{dz} = <b>{ctx.n(mo['dz_i'])}</b>"))
    return "".join(out)


_B, _B1, _B2 = "<i>β</i>", "<i>β</i><sub>1</sub>", "<i>β</i><sub>2</sub>"
_V, _S = "<i>v</i><sub>d{P}</sub>", "<i>s</i><sub>d{P}</sub>"
_RULES = {      # the course's rules, {P} the parameter (W or b)
    "gd": ["{P} ← {P} − <i>α</i>·d{P}"],
    "momentum": [f"{_V} ← {_B}·{_V} + (1 − {_B})·d{{P}}", f"{{P}} ← {{P}} − <i>α</i>·{_V}"],
    "rmsprop": [f"{_S} ← {_B}·{_S} + (1 − {_B})·(d{{P}})<sup>2</sup>",
                f"{{P}} ← {{P}} − <i>α</i>·d{{P}} / (√{_S} + <i>ε</i>)"],
    "adam": [f"{_V} ← {_B1}·{_V} + (1 − {_B1})·d{{P}}",
             f"{_S} ← {_B2}·{_S} + (1 − {_B2})·(d{{P}})<sup>2</sup>",
             f"<i>v̂</i> = {_V} / (1 − {_B1}<sup><i>t</i></sup>),   "
             f"<i>ŝ</i> = {_S} / (1 − {_B2}<sup><i>t</i></sup>)",
             "{P} ← {P} − <i>α</i>·<i>v̂</i> / (√<i>ŝ</i> + <i>ε</i>)"],
}
_HYPER = {"beta": _B, "beta1": _B1, "beta2": _B2, "rmsprop_beta": _B, "epsilon": "<i>ε</i>"}


def _update(ctx: Context) -> str:
    mo = ctx.model
    name = mo["optimizer"]
    out = [heading(words("Update with %1", html.escape(_optimizer_title(name))))]
    for line in _RULES.get(name, []):
        out.append(math_line(line.replace("−", MINUS).format(P="<i>W</i>"), big=True))
    settings = [f"<i>α</i> = {ctx.n(mo['learning_rate'])}"]
    settings += [f"{_HYPER.get(k, html.escape(k))} = {ctx.n(v)}" for k, v in mo["hyper"].items()]
    settings.append(f"<i>t</i> = {mo['t']}")
    out.append(math_line(",  ".join(settings)))
    if "v_hat_divisor" in mo:
        out.append(math_line(f"1 {MINUS} <i>β</i><sub>1</sub><sup><i>t</i></sup> = {ctx.n(mo['v_hat_divisor'])},  "
                             f"1 {MINUS} <i>β</i><sub>2</sub><sup><i>t</i></sup> = {ctx.n(mo['s_hat_divisor'])}"))
        out.append(math_line(f"<i>v̂</i> = <i>v</i> / {ctx.n(mo['v_hat_divisor'])},   "      # the rule above, in numbers
                             f"<i>ŝ</i> = <i>s</i> / {ctx.n(mo['s_hat_divisor'])}"))
        out.append(note(words("The bias correction: early on v and s are small because they start at 0; "
                              "dividing by these makes up for it.")))
    out.append(note(words("The same rule updates every W and every b. v and s are shown as they are after "
                          "this update, the values it used.")))
    for k in range(1, mo["layers"] + 1):
        out.append(heading(words("Layer %1", str(k))))
        for p in mo["parameters"][k]:
            P = {"gamma": "γ", "beta": "β"}.get(p, p)
            items = [ctx.mat(f"{p}{k}_old", words("old %1", sym(P, k))),
                     ctx.mat(f"d{p}{k}", sym(P, k, d=True))]
            for s, letter in (("v", "v"), ("s", "s"), ("v_hat", "v̂"), ("s_hat", "ŝ")):
                if f"{s}_{p}{k}" in mo:
                    items.append(ctx.mat(f"{s}_{p}{k}", f"<i>{letter}</i><sub>d<i>{P}</i></sub><sup>[{k}]</sup>"))
            items.append(ctx.mat(f"{p}{k}_new", words("new %1", sym(P, k))))
            spaced = []
            for n_item, item in enumerate(items):
                spaced += ([] if n_item == 0 else ["→" if n_item == len(items) - 1 else "&nbsp;"]) + [item]
            out.append(ctx.eq(spaced))
        out += normalise.running_averages(ctx, k)
    out.append(_cost_change(ctx))
    return "".join(out)


def _cost_change(ctx: Context) -> str:
    """J of this batch before and after the update: the one number that says the step helped."""
    mo = ctx.model
    if "cost_after" not in mo:
        return ""
    before, after = mo["cost_before"], mo["cost_after"]
    return (heading(words("Did the step help?"))
            + math_line(f"<i>J</i> = {ctx.n(before)} → <b>{ctx.n(after)}</b>   "
                        f"(Δ<i>J</i> = {ctx.n(mo['cost_change'])})", big=True)
            + note(words("The cost of this same mini-batch before and after the update, with dropout off.")))


def _optimizer_title(name: str) -> str:
    from nnsim.optimizers import OPTIMIZERS
    return registry_title(OPTIMIZERS[name].title) if name in OPTIMIZERS else name

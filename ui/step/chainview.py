"""The chain rule for one weight, drawn: w⁽ˡ⁾ᵢⱼ's path to the loss as a node graph with numbers.

What this is: the part of a backward phase that follows one weight (the panel's Neuron i and
Weight j) for one example: a row of nodes (w, zᵢ, g(zᵢ), aᵢ, … the loss), each showing its
forward value and its ∂ value (∂L/∂node), with each edge's local derivative on it; a hidden
unit's fan over every unit of the layer above (or a softmax's over every output), as a table
of branches summed; the product of the local derivatives; at the output the derivation
dA ⊙ σ′(Z) = A − Y with the numbers; then the mean over the batch (with L2's or L1's term)
beside the matrix formula's dW⁽ˡ⁾ᵢⱼ. The numbers are an ``nnsim.chain.WeightChain`` (the engine's
arithmetic, from the phase's own arrays) kept in the model under ``chain``.

What this is not: mathematics. It writes out what the chain holds.
"""
from __future__ import annotations

from typing import Any

from .html import MATH_FONT, MINUS, MUTED, frac, heading, math_line, note, sym, words

NODE_BG = "#eef4ff"
EDGE = "#5a6b85"
FAN_SHOWN = 8            # branches written out; the rest are summed in one line


def _node(title: str, forward: str | None, grad: str | None) -> str:
    rows = f'<tr><td align="center" style="padding: 2px 6px; white-space: nowrap; font-family: {MATH_FONT};"><b>{title}</b></td></tr>'
    if forward is not None:
        rows += f'<tr><td align="center" style="padding: 0 6px; white-space: nowrap;">{forward}</td></tr>'
    if grad is not None:
        rows += f'<tr><td align="center" style="padding: 0 6px 2px 6px; white-space: nowrap; color: #b03a2e;">{grad}</td></tr>'
    return (f'<td valign="middle"><table cellspacing="0" cellpadding="0" bgcolor="{NODE_BG}" '
            f'style="border: 1px solid {EDGE};">{rows}</table></td>')


def _edge(label: str, value: str) -> str:
    return (f'<td valign="middle" align="center" style="padding: 0 4px; color: {EDGE}; white-space: nowrap;">'
            f'<span style="font-family: {MATH_FONT};">{label}</span><br/>{value}<br/>────►</td>')


def render(ctx: Any) -> str:
    """The chain section of a backward phase (``ctx``: ``nnsim_ui.step.phases.Context``)."""
    mo = ctx.model
    if mo.get("chain_refused"):
        return (heading(words("The chain rule for one weight")) +
                note(words("Not shown with batch normalization: μ and σ² are taken over the whole batch, so "
                           "each example's z̃ depends on every other example's z, and one example's chain is "
                           "not a product of numbers. The normalisation's backward above writes it out as "
                           "matrices; turn batch norm off to follow one weight.")))
    c = mo.get("chain")
    if c is None:
        return ""
    n = ctx.n
    k, i, j, e = c.layer, c.i + 1, c.j + 1, c.example + 1
    w = sym("w", k, sub=f"{i}{j}")
    z, gz, a = sym("z", k, sub=str(i)), f"<i>g</i>({sym('z', k, sub=str(i))})", sym("a", k, sub=str(i))
    aj = sym("a", k - 1, sub=str(j))
    dL = "∂<i>L</i>/∂"
    out = [heading(words("The chain rule for one weight: %1 (neuron %2, input %3), example %4", w, str(i),
                         str(j), str(e))),
           note(words("Each box is a node: its name, its value in the forward pass and, in red, ∂L/∂node for "
                      "this example. On each arrow, the local derivative. Pick another weight with Neuron and "
                      "Weight above, or click a cell of dW in its table."))]
    cells = [_node(w, n(c.w), n(c.dw)), _edge(f"∂{z}/∂{w}", f"= {aj} = {n(c.dz_dw)}"), _node(z, n(c.z), n(c.dz))]
    if c.activation == "softmax":
        cells += [_edge(words("to every"), words("output")), _node(words("%1 outputs", str(len(c.fan))), None, None)]
    else:
        cells += [_edge(f"<i>g</i>′({z})", n(c.gprime)), _node(gz if c.mask is not None else a, n(c.g),
                                                                 None if c.mask is not None else n(c.da))]
        if c.mask is not None:
            cells += [_edge("<i>d</i>/<i>p</i>", n(c.mask)), _node(a, n(c.a), n(c.da))]
        if c.output:
            cells += [_edge(f"{dL}{a}", n(c.da)), _node("<i>L</i>", None, None)]
        else:
            cells += [_edge(words("to every"), words("unit")), _node(words("layer %1", str(k + 1)), None, None)]
    out.append('<table cellspacing="0" cellpadding="0" style="margin: 6px 0;"><tr>' + "".join(cells) + "</tr></table>")
    if c.fan:
        out += _fan(ctx, c, z, a)
    out += _product(ctx, c, w, z, a, aj)
    if c.output and c.fused:
        out += _derivation(ctx, c)
    out += _batch(ctx, c, w)
    return "".join(out)


def _fan(ctx: Any, c: Any, z: str, a: str) -> list[str]:
    n, k, i = ctx.n, c.layer, c.i + 1
    dL = "∂<i>L</i>/∂"
    if c.activation == "softmax":
        node, local, up = (lambda q: sym("a", k, sub=str(q)), lambda q: f"∂{sym('a', k, sub=str(q))}/∂{z}",
                           lambda q: f"{dL}{sym('a', k, sub=str(q))}")
        title = words("%1 reaches the loss through every output (softmax couples them):", z)
        total = f"{dL}{z} = Σ<sub><i>q</i></sub> {dL}<i>a</i><sub><i>q</i></sub> · ∂<i>a</i><sub><i>q</i></sub>/∂{z}"
    else:
        node, local, up = (lambda q: sym("z", k + 1, sub=str(q)), lambda q: sym("w", k + 1, sub=f"{q}{i}"),
                           lambda q: f"{dL}{sym('z', k + 1, sub=str(q))}")
        title = words("%1 reaches the loss through every unit q of layer %2, so its ∂ is a sum over them "
                      "(each ∂L/∂z as the backward phase of layer %2 computed it):", a, str(k + 1))
        total = (f"{dL}{a} = Σ<sub><i>q</i></sub> {dL}{sym('z', k + 1, sub='<i>q</i>')} · "
                 f"{sym('w', k + 1, sub=f'<i>q</i>{i}')}")
    pad = 'style="padding: 1px 8px;"'
    rows = [f'<tr><td {pad}><i>q</i></td><td {pad}>{words("edge")}</td><td {pad}>{words("local derivative")}</td>'
            f'<td {pad}>{words("∂ of the node")}</td><td {pad}>{words("product")}</td></tr>']
    for t in c.fan[:FAN_SHOWN]:
        q = t.unit + 1
        shown = "" if t.value != t.value else f" = {n(t.value)}"           # a softmax output's value
        rows.append(f'<tr><td {pad}>{q}</td><td {pad}>{"" if c.activation == "softmax" else a} ──► {node(q)}{shown}</td>'
                    f'<td align="right" {pad}>{local(q)} = {n(t.local)}</td>'
                    f'<td align="right" {pad}>{up(q)} = {n(t.upstream)}</td>'
                    f'<td align="right" {pad}>{n(t.product)}</td></tr>')
    if len(c.fan) > FAN_SHOWN:
        rest = sum(t.product for t in c.fan[FAN_SHOWN:])
        rows.append(f'<tr><td {pad}>…</td><td {pad} colspan="3" style="color: {MUTED};">'
                    f'{words("%1 more branches", str(len(c.fan) - FAN_SHOWN))}</td>'
                    f'<td align="right" {pad}>{n(rest)}</td></tr>')
    return [note(title),
            f'<table cellspacing="0" cellpadding="0" style="margin-left: 12px; font-family: {MATH_FONT};">'
            + "".join(rows) + "</table>",
            math_line(f"{total} = <b>{n(c.fan_sum)}</b>")]


def _product(ctx: Any, c: Any, w: str, z: str, a: str, aj: str) -> list[str]:
    n, dL = ctx.n, "∂<i>L</i>/∂"
    if c.activation == "softmax":
        symbols, values = f"{dL}{z} · {aj}", f"({n(c.dz)}) · ({n(c.dz_dw)})"
    else:
        drop = "" if c.mask is None else " · <i>d</i>/<i>p</i>"
        symbols = f"{dL}{a}{drop} · <i>g</i>′({z}) · {aj}"
        values = (f"({n(c.da)})" + ("" if c.mask is None else f" · {n(c.mask)}")
                  + f" · ({n(c.gprime)}) · ({n(c.dz_dw)})")
    return [heading(words("The product of the local derivatives")),
            math_line(f"{dL}{w} = {symbols} = {values} = <b>{n(c.dw)}</b>", big=True)]


def _derivation(ctx: Any, c: Any) -> list[str]:
    """dA ⊙ g′(Z) = A − Y at a fitting output, with this example's numbers."""
    n, k, i = ctx.n, c.layer, c.i + 1
    a, y = sym("a", k, sub=str(i)), sym("y", sub=str(i))
    av, yv = n(c.a), n(c.y)
    out = [heading(words("Why dZ = A − Y at this output"))]
    if c.activation == "sigmoid":
        out += [math_line(f"d{a} = {MINUS}{frac(y, a)} + {frac(f'1 {MINUS} {y}', f'1 {MINUS} {a}')} = "
                          f"{MINUS}{frac(yv, av)} + {frac(f'1 {MINUS} {yv}', f'1 {MINUS} {av}')} = {n(c.da)}"),
                math_line(f"σ′({sym('z', k, sub=str(i))}) = {a}(1 {MINUS} {a}) = {av}·(1 {MINUS} {av}) = "
                          f"{n(c.gprime)}"),
                math_line(f"d{a} · σ′ = ({MINUS}{frac(y, a)} + {frac(f'1 {MINUS} {y}', f'1 {MINUS} {a}')})·"
                          f"{a}(1 {MINUS} {a}) = {MINUS}{y}(1 {MINUS} {a}) + (1 {MINUS} {y}){a} = "
                          f"{a} {MINUS} {y}"),
                math_line(f"= {av} {MINUS} {yv} = <b>{n(c.dz)}</b>", big=True)]
    elif c.activation == "softmax":
        out += [math_line(f"Σ<sub><i>q</i></sub> ({MINUS}{frac('<i>y</i><sub><i>q</i></sub>', '<i>a</i><sub><i>q</i></sub>')})"
                          f"·<i>a</i><sub><i>q</i></sub>(δ<sub><i>q</i>{i}</sub> {MINUS} {a}) = "
                          f"{MINUS}{y} + {a}·Σ<sub><i>q</i></sub> <i>y</i><sub><i>q</i></sub> = {a} {MINUS} {y}"),
                note(words("(the y's of one example sum to 1)")),
                math_line(f"= {av} {MINUS} {yv} = <b>{n(c.dz)}</b>", big=True)]
    else:                                               # linear output, L = ½(a − y)²
        out += [math_line(f"d{a} = {a} {MINUS} {y},  <i>g</i>′ = 1,  so d{sym('z', k, sub=str(i))} = {a} {MINUS} {y} "
                          f"= {av} {MINUS} {yv} = <b>{n(c.dz)}</b>", big=True)]
    return out


def _batch(ctx: Any, c: Any, w: str) -> list[str]:
    n, k, i, j = ctx.n, c.layer, c.i + 1, c.j + 1
    dW = sym("W", k, d=True, sub=f"{i}{j}")
    m = "<i>m</i>"
    pen_sym, pen_val = "", ""
    if c.l2:
        pen_sym += f" + {frac('<i>λ</i>', m)}·{w}"
    if c.l1:
        pen_sym += f" + {frac('<i>λ</i>₁', m)}·sign({w})"
    if c.l2 or c.l1:
        pen_val = f" + ({n(c.penalty)})"
    terms = " + ".join(f"({n(p)})" for p in c.per_example[:6]) + (" + …" if c.m > 6 else "")
    out = [heading(words("Over the batch: the matrix formula's entry")),
           math_line(f"{dW} = {frac('1', m)}·Σ<sub><i>e</i></sub> ∂<i>L</i><sup>(<i>e</i>)</sup>/∂{w}{pen_sym}",
                     big=True),
           note(words("Each of the m = %1 examples has its own chain like the one above; dW averages their "
                      "products (the cost J is the mean of the losses).", str(c.m)))]
    out.append(math_line(f"= {frac('1', str(c.m))}·[{terms}]{pen_val} = <b>{n(c.total)}</b>"))
    if c.l2 or c.l1:
        out.append(note(words("The penalty's term enters once, after the mean: it is the derivative of "
                              "(λ/2m)·Σ‖W‖² (or (λ₁/m)·Σ|W|), part of J and of no single example's loss.")))
    verdict = words("equal") if c.matches else words("NOT equal")
    colour = "#1e7b34" if c.matches else "#b03a2e"
    out.append(math_line(f"{words('matrix formula')}: {dW} = ({frac('1', m)}·d{sym('Z', k)}·{sym('A', k - 1, T=True)}"
                         f"{pen_sym.replace(w, sym('W', k))})<sub>{i}{j}</sub> = <b>{n(c.matrix)}</b> "
                         f'<span style="color: {colour};">✓ {verdict}</span>' if c.matches else
                         f"{words('matrix formula')}: {dW} = <b>{n(c.matrix)}</b> "
                         f'<span style="color: {colour};">✗ {verdict}</span>'))
    return out

"""The step-by-step panel's mathematical markup: numbers, symbols, matrices and equations in HTML.

What this is: the pieces ``nnsim_ui.step.phases`` writes each phase with, for Qt's
rich text (QTextBrowser): numbers to 4 significant digits with every digit on
hover (the cell's ``title``, which Qt turns into the character's tooltip),
variables with real superscripts and subscripts in the course's notation
(layer k as a superscript [k], example i as (i)), matrices as HTML tables with
bracket borders, shown in part past the panel's width, and equations laid out
in one row when they fit, else one labelled matrix a line.

Every word goes through ``QCoreApplication.translate`` in the "StepPanel"
context (the panel's own ``tr`` context) with Qt-style %1 placeholders; the
translated text is HTML-escaped before the mathematics is put in, so a
translation can never break the markup. The mathematics itself is not
translated.

What this is not: mathematics. It formats numbers it is given.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from .. import palette
from ..text.numbers import MINUS, full
from ..text.numbers import math_short as short

MAX_ROWS = 10               # a matrix taller than this is shown in part (the rest a click away)
TEXT = palette.TEXT.name()
MUTED = palette.MUTED.name()
FOCUS_BG = "#fff1a8"         # the focused example's column, the focused neuron's row
BRACKET = f"1px solid {TEXT}"
MATH_FONT = "'Cambria Math', 'STIX Two Math', 'Latin Modern Math', 'DejaVu Serif', serif"


def tr(text: str) -> str:
    return QCoreApplication.translate("StepPanel", text)


def words(text: str, *math_html: str) -> str:
    """Translated ``text``, HTML-escaped, with %1, %2, … replaced by ``math_html`` (highest first)."""
    out = html.escape(tr(text), quote=False)
    for n in range(len(math_html), 0, -1):
        out = out.replace(f"%{n}", math_html[n - 1])
    return out


# -- numbers --------------------------------------------------------------------------------------
def num(value: float, decimal: str = ".") -> str:
    """A number in running text, its full precision on hover."""
    return f'<span title="{full(value)}">{short(value, decimal)}</span>'


# -- symbols --------------------------------------------------------------------------------------
def sym(letter: str, layer: int | str | None = None, example: int | str | None = None,
        d: bool = False, T: bool = False, sub: str = "") -> str:
    """A variable: ``d`` prefix, italic letter, subscript, superscripts [layer](example) and ᵀ."""
    sup = ""
    if layer is not None:
        sup += f"[{layer}]".replace("-", MINUS)
    if example is not None:
        sup += f"({example})"
    if T:
        sup += "T"
    out = ("d" if d else "") + f"<i>{letter}</i>"
    if sub:
        out += f"<sub>{sub}</sub>"
    if sup:
        out += f"<sup>{sup}</sup>"
    return out


def frac(top: str, bottom: str) -> str:
    return f"<sup>{top}</sup>&frasl;<sub>{bottom}</sub>"


def formula_text(text: str) -> str:
    """A registry formula (plain text, ``e^(−z)``) as HTML with superscripts."""
    out = html.escape(text, quote=False)
    out = re.sub(r"\^\(([^()]*)\)", r"<sup>\1</sup>", out)
    out = re.sub(r"\^(\w+)", r"<sup>\1</sup>", out)
    return out


def math_line(content: str, big: bool = False) -> str:
    """A line of mathematics; the product dot gets thin spaces (W · A, not W·A crowded by superscripts)."""
    size = "font-size: large; " if big else ""
    content = content.replace("·", "\u2009·\u2009")
    return f'<p style="{size}font-family: {MATH_FONT}; margin-top: 10px; margin-bottom: 4px;">{content}</p>'


def note(text_html: str) -> str:
    return f'<p style="color: {MUTED}; margin-top: 2px; margin-bottom: 6px;">{text_html}</p>'


def heading(text_html: str) -> str:
    return f'<p style="font-weight: 600; margin-top: 14px; margin-bottom: 2px;">{text_html}</p>'


# -- matrices -------------------------------------------------------------------------------------
@dataclass
class Mat:
    """A matrix to write out: its model key, its symbol, its values (column form).

    ``batch``: for one example's column, the whole batch's matrix it was cut from (opened
    in the table on request, the example's column highlighted).
    """
    key: str
    label: str
    values: Any
    batch: Any = None
    row_focus: int | None = None      # a row to highlight (the focused neuron)

    @property
    def shape(self) -> tuple[int, int]:
        a = np.asarray(self.values)
        return (a.shape[0], a.shape[1]) if a.ndim == 2 else (a.size, 1)


def _kept(n: int, limit: int) -> list[int | None]:
    """Indices to show of n, at most ``limit``: the first ones, an ellipsis (None), the last."""
    if n <= limit:
        return list(range(n))
    return [*range(limit - 2), None, n - 1]


def matrix_table(mat: Mat, max_cols: int, decimal: str) -> tuple[str, bool]:
    """The matrix as an HTML table with bracket borders; and whether some of it was left out."""
    a = np.atleast_2d(np.asarray(mat.values, dtype=float))
    if a.ndim != 2:
        a = a.reshape(a.shape[0], -1)
    rows, cols = _kept(a.shape[0], MAX_ROWS), _kept(a.shape[1], max(3, max_cols))
    cut = len(rows) < a.shape[0] or len(cols) < a.shape[1]
    out = ['<table cellspacing="0" cellpadding="0" style="border-collapse: collapse;">']
    last = len(rows) - 1
    for r_pos, r in enumerate(rows):
        top = f" border-top: {BRACKET};" if r_pos == 0 else ""
        bottom = f" border-bottom: {BRACKET};" if r_pos == last else ""
        cells = [f'<td width="3" style="border-left: {BRACKET};{top}{bottom}"></td>']
        focus = r is not None and r == mat.row_focus
        for c in cols:
            bg = f' bgcolor="{FOCUS_BG}"' if focus else ""
            if r is None or c is None:
                dots = "⋮" if r is None and c is not None else ("⋯" if c is None and r is not None else "⋱")
                cells.append(f'<td align="center" style="padding: 1px 6px; color: {MUTED};"{bg}>{dots}</td>')
            else:
                v = a[r, c]
                cells.append(f'<td align="right" style="padding: 1px 7px; white-space: nowrap;"{bg} '
                             f'title="{full(v)}">{short(v, decimal)}</td>')
        cells.append(f'<td width="3" style="border-right: {BRACKET};{top}{bottom}"></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out), cut


def _caption(mat: Mat, cut: bool, label: bool = True) -> str:
    r, c = mat.shape
    text = (f"{mat.label} " if label else "") + f'<span style="color: {MUTED};">{r}×{c}</span>'
    if cut:
        text += f' · <a href="matrix:{mat.key}">{words("show all")}</a>'
    elif mat.batch is not None:
        text += f' · <a href="matrix:{mat.key}">{words("whole batch")}</a>'
    return f'<span style="white-space: nowrap;">{text}</span>'


def _width(item: Any, max_cols: int) -> float:
    """Roughly how many number cells wide an item is (an operator counts half)."""
    if isinstance(item, Mat):
        return min(item.shape[1], max(3, max_cols))
    return 0.5 if len(re.sub(r"<[^>]+>", "", item)) <= 3 else 1.5


def equation(items: list, max_cols: int, decimal: str, matrices: dict) -> str:
    """Matrices and operators in one row when they fit ``max_cols`` cells, else one per line."""
    for item in items:
        if isinstance(item, Mat):
            matrices[item.key] = item
    mats = [i for i in items if isinstance(i, Mat)]
    if len(mats) >= 2 and sum(_width(i, max_cols) for i in items) <= max_cols:
        top, bottom = [], []
        for item in items:
            if isinstance(item, Mat):
                table, cut = matrix_table(item, max_cols, decimal)
                top.append(f'<td valign="middle" style="padding: 0 2px;">{table}</td>')
                bottom.append(f'<td align="center" style="padding: 2px 2px 0 2px;">{_caption(item, cut)}</td>')
            else:
                top.append(f'<td valign="middle" style="padding: 0 4px; font-family: {MATH_FONT};">{item}</td>')
                bottom.append("<td></td>")
        return ('<table cellspacing="0" cellpadding="0" style="margin-top: 4px; margin-bottom: 6px;">'
                f'<tr>{"".join(top)}</tr><tr>{"".join(bottom)}</tr></table>')
    # one matrix a line, each with its own symbol: "W⁽²⁾ = [matrix]  2×4"; the formula above
    # the numbers says how they combine
    rows, done = [], set()
    for item in items:
        if not isinstance(item, Mat) or item.key in done:    # W in "(λ/m)·W + (λ₁/m)·sign(W)": once
            continue
        done.add(item.key)
        table, cut = matrix_table(item, max_cols - 2, decimal)
        rows.append(f'<tr><td valign="middle" align="right" style="padding: 4px 6px 4px 0; white-space: nowrap; '
                    f'font-family: {MATH_FONT};">{item.label} =</td>'
                    f'<td valign="middle" style="padding: 4px 0;">{table}</td>'
                    f'<td valign="middle" style="padding: 4px 0 4px 8px;">{_caption(item, cut, label=False)}</td></tr>')
    return ('<table cellspacing="0" cellpadding="0" style="margin-top: 4px; margin-bottom: 6px;">'
            + "".join(rows) + "</table>")

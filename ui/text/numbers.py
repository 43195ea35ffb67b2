"""Numbers written for people: the one place the application formats and reads numbers.

What this is: every number format the windows use, each named for where it reads well —
- ``format_count``: whole numbers with thousands separators in the learner's locale ("14,200");
  the learner's locale is the one of the interface language (``i18n.NUMBER_LOCALES``: "14.200"
  and "0,03" in Vietnamese), never the system's;
- ``format_number``: figures to four (or ``digits``) significant digits in the learner's locale,
  "—" for none, ∞ and NaN spelled out (the figures panel, the boundary, Compare runs);
- ``format_percent``: a fraction as a percentage of four significant digits ("90.67 %");
- ``format_plain``: plain decimals without trailing zeros, as typed in a settings box
  (0.00001, 0.03, 10; below 10⁻⁵ an exponent, 1e-8), and ``format_short``, the same to four
  significant figures (the tuning tables); ``parse_number`` reads what was typed;
- ``format_g4``: four significant digits in a given locale, "?" for what is not a number
  (the canvas's tooltips and phase labels);
- ``whole_percent``: a share rounded to a whole percent ("37%", the instrument readings);
- ``math_short`` and ``full``: numbers inside the step panel's formulas (HTML: a true minus,
  ×10ⁿ rather than e±n) and every digit of one, for its tooltip.

What this is not: a place for mathematics. Every value arrives computed by the engine.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from .i18n import arg

DASH = "—"
MINUS = "\u2212"


def number_locale() -> QLocale:
    """The default locale, with thousands separators on even where it omits them (the C locale)."""
    loc = QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc


def format_count(n: int | None) -> str:
    """A whole number with thousands separators ("14,200"; "14.200" in Vietnamese); "—" if None."""
    if n is None:
        return DASH
    return number_locale().toString(int(n))


def format_number(x: float | None, digits: int = 4) -> str:
    """``x`` to ``digits`` significant digits in the learner's locale; "—" if None, "∞"/"NaN" spelled."""
    if x is None:
        return DASH
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x != 0 and 1e4 <= abs(x) < 1e9 and abs(x - round(x)) < 1e-9 * abs(x):
        return format_count(round(x))
    return number_locale().toString(x, "g", digits)


def format_percent(p: float | None) -> str:
    """A fraction as a percentage, four significant digits ("90.67 %"); "—" if None."""
    if p is None or not math.isfinite(float(p)):
        return DASH
    return arg(QCoreApplication.translate("FiguresPanel", "%1%"), format_number(100 * float(p)))


def format_plain(value: float) -> str:
    """Plain decimals without trailing zeros (0.00001, 0.03, 10); below 10⁻⁵ an exponent (1e-8)."""
    value = float(value)
    if value != 0 and abs(value) < 1e-5:
        mantissa, _, exponent = f"{value:g}".partition("e")
        return f"{mantissa}e{int(exponent)}"
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_short(value: float) -> str:
    """Four significant figures, plain where that reads well."""
    return format_plain(float(f"{value:.4g}"))


def parse_number(text: str) -> float | str:
    """The number typed, with '.' or ',' as its decimal mark whatever the language ("0.03", "0,03"),
    or the text itself (the config then says why). A lone comma is a decimal mark, never a
    thousands separator: nobody types a learning rate of "3,000"."""
    text = text.strip()
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        value, ok = QLocale().toDouble(text)
        return value if ok else text


def format_g4(value: Any, locale: QLocale | None = None) -> str:
    """Four significant digits in ``locale`` (default: the learner's); "?" if not a number."""
    try:
        return (locale or QLocale()).toString(float(value), "g", 4)
    except (TypeError, ValueError):
        return "?"


_DECIMAL = re.compile(r"(?<![\w.,])(-?\d+)\.(\d+)(?![\w.])")


def in_locale(text: str) -> str:
    """Decimals written by Python ("0.03", "1.5e-05") with the learner's decimal mark ("0,03" in
    Vietnamese): for numbers filled into a translated sentence; words, versions and names kept."""
    mark = QLocale().decimalPoint()
    return text if mark == "." else _DECIMAL.sub(lambda m: f"{m.group(1)}{mark}{m.group(2)}", text)


def whole_percent(x: float) -> str:
    """A share as a whole percentage ("37%")."""
    return f"{100 * x:.0f}%"


def math_short(value: float, decimal: str = ".") -> str:
    """``value`` to 4 significant digits as HTML: a true minus, ×10ⁿ rather than e±n."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return ("" if v > 0 else MINUS) + "∞"
    if v == 0:
        return "0"                     # and never "−0"
    text = f"{v:.4g}"
    exp = ""
    if "e" in text:
        text, e = text.split("e")
        exp = f"×10<sup>{int(e)}</sup>".replace("-", MINUS)
    return text.replace("-", MINUS).replace(".", decimal) + exp


def full(value: float) -> str:
    """Every digit of ``value`` (the shortest text that reads back as the same float)."""
    return repr(float(value))

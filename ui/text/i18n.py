"""The app's language: English (the source) or Vietnamese, switched at run time.

What this is: loading ``resources/translations/nnsim_<lang>.qm`` from the installed package
(``importlib.resources``, so it works from a wheel: the bytes are read and handed to
``QTranslator.load(data)``, which keeps no copy, so the bytes are kept alive here), the
language choice (the saved "language" setting, else the system locale), and the wording
of engine errors in the learner's language (``error_text``: the engine sends a code and
parameters; the template is ``nnsim.errors.MESSAGES[code]`` translated in context
"EngineErrors"; each parameter that is one of ``nnsim.errors.PHRASES`` is translated in
context "EngineErrorWords" first).
Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets
re-set their texts in ``changeEvent`` (``retranslate_tree`` does it for a panel of plain
labels, buttons, group boxes and combo boxes).

What this is not: the translations themselves (``resources/translations/nnsim_vi.ts``,
refreshed and compiled by ``scripts/update_translations.py``).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Any
from importlib import resources

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QWidget

from nnsim.errors import MESSAGES, PHRASE_FIELDS, phrase
from nnsim import stops as _stops  # noqa: F401  (registers the stop phrases in MESSAGES)

from ..resources import PACKAGE as RESOURCES

#: Language codes the app offers, with each language's own name (shown untranslated).
LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}
#: The locale whose numbers each language writes: 3,000.5 in English, 3.000,5 in Vietnamese. Files,
#: the command line and copied CSV keep the C locale (they never go through QLocale's default).
NUMBER_LOCALES = {"en": (QLocale.Language.English, QLocale.Country.UnitedStates),
                  "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam)}
SETTING = "language"

_state: dict = {"language": "en", "previous": "en", "translator": None, "data": None}


def _file(name: str):
    return resources.files(RESOURCES).joinpath("translations").joinpath(name)   # one part at a time (frozen)


def arg(text: str, *values: Any) -> str:
    """Fill Qt-style placeholders %1, %2, … (highest first, so %1 never eats %10; a translation may
    reorder them, and a missing one is no error)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def system_language() -> str:
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def saved_language() -> str:
    """The language to start in: the one last chosen, else the system's."""
    value = QSettings().value(SETTING)
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    return _state["language"]


def previous_language() -> str:
    """The language before the last switch (what the texts being retranslated were written in)."""
    return _state["previous"]


def set_language(lang: str, remember: bool = True) -> bool:
    """Install ``lang``'s translator (open windows retranslate at once); False if it cannot load."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    translator, data = None, None
    if lang != "en":
        data = _file(f"nnsim_{lang}.qm").read_bytes()
        translator = QTranslator(app)
        if not translator.load(data):
            return False
    old = _state["translator"]
    _state.update(previous=_state["language"], language=lang, translator=translator, data=data)
    QLocale.setDefault(QLocale(*NUMBER_LOCALES[lang]))     # numbers follow the language of the words
    if old is not None:
        app.removeTranslator(old)
    if translator is not None:
        app.installTranslator(translator)
    if remember:
        QSettings().setValue(SETTING, lang)
    return True


def install() -> str:
    """At start-up: the saved or the system language."""
    lang = saved_language()
    if not set_language(lang, remember=False):
        set_language("en", remember=False)
    return current_language()


# -- engine errors ---------------------------------------------------------------------------
_FIELDS = re.compile(r"{([a-z_0-9]*)[!:}]")


def error_text(code: str, params: dict | None = None, fallback: str = "") -> str:
    """An engine error ``code`` with its ``params`` in the current language.

    The English template is ``MESSAGES[code]``; its translation must keep the same {fields}.
    With an unknown code, or parameters that do not fit, ``fallback`` (the engine's English
    message) is returned.
    """
    template = MESSAGES.get(code)
    if template is None:
        return fallback or code
    params = {k: _words(v) if k in PHRASE_FIELDS else _LocalFloat(v) if type(v) is float else v
              for k, v in (params or {}).items()}
    return _fill(template, params) or fallback or template


class _LocalFloat(float):
    """A float that writes itself with the learner's decimal mark ("0,5" in Vietnamese) in a
    filled template, whatever the field's format ("{lr}", "{lr:g}", "{x:.3f}")."""

    def __format__(self, spec: str) -> str:
        text = float.__format__(float(self), spec)
        mark = QLocale().decimalPoint()
        return text if mark == "." or "," in text else text.replace(".", mark)

    def __str__(self) -> str:
        return self.__format__("")


def _fill(template: str, params: dict, context: str = "EngineErrors") -> str | None:
    """``template`` translated in ``context`` and filled; the English one if the translation's
    fields do not fit; None if neither does."""
    translated = QCoreApplication.translate(context, template)
    for text in (translated, template):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return None


def _words(value: Any, depth: int = 0) -> Any:
    """A field's value in the current language if it is one of the engine's ``PHRASES`` (the
    phrases inside it too: a limit's {what} in a loader's {reason}); else as it is."""
    found = phrase(value) if isinstance(value, str) and depth < 3 else None
    if found is None:
        return value
    template, fields = found
    fields = {k: _words(v, depth + 1) if k in PHRASE_FIELDS else v for k, v in fields.items()}
    return _fill(template, fields, "EngineErrorWords") or value


# -- retranslating a panel -------------------------------------------------------------------
@lru_cache(maxsize=None)
def _sources(lang: str) -> dict[str, str]:
    """Translation → English source, over every context of ``lang``'s .ts (ambiguous ones left out)."""
    if lang == "en":
        return {}
    root = ET.fromstring(_file(f"nnsim_{lang}.ts").read_bytes())
    found: dict[str, set[str]] = {}
    for message in root.iter("message"):
        source, tr = message.findtext("source"), message.find("translation")
        if source and tr is not None and tr.text and tr.get("type") != "unfinished":
            found.setdefault(tr.text, set()).add(source)
    return {t: next(iter(s)) for t, s in found.items() if len(s) == 1}


def retranslate_tree(root: QWidget, contexts: tuple[str, ...], previous: str) -> None:
    """Re-set the texts of ``root``'s labels, buttons, group boxes, combo items, plot axis labels and
    plot titles, and tooltips that
    were written in ``previous`` language, translating their English source in ``contexts``.

    Formatted texts (with values filled in) are not found this way: their owner re-sets them.
    """
    back = _sources(previous)

    def again(text: str) -> str:
        if not text:
            return text
        source = back.get(text, text)
        for ctx in contexts:
            out = QCoreApplication.translate(ctx, source)
            if out != source:
                return out
        return source

    for w in [root, *root.findChildren(QWidget)]:
        if w.toolTip():
            w.setToolTip(again(w.toolTip()))
        if isinstance(w, QLabel):
            w.setText(again(w.text()))
        elif isinstance(w, QAbstractButton):
            w.setText(again(w.text()))
        elif isinstance(w, QGroupBox):
            w.setTitle(again(w.title()))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                w.setItemText(i, again(w.itemText(i)))
                tip = w.itemData(i, 3)                        # Qt.ItemDataRole.ToolTipRole
                if isinstance(tip, str):
                    w.setItemData(i, "\n".join(again(line) for line in tip.split("\n")), 3)
        elif isinstance(w, pg.PlotWidget):                   # axis labels and titles are graphics items
            item = w.getPlotItem()
            for side in ("left", "bottom", "right", "top"):
                axis = item.getAxis(side)
                if axis.labelText:
                    axis.setLabel(again(axis.labelText))
            if item.titleLabel.text:
                item.setTitle(again(item.titleLabel.text))

"""The Vietnamese words a teacher's review chose (issue 12 point 5), checked in the translation
file and the glossary: one word for layer (lớp) and another for class (lớp nhãn / nhãn), tốc độ
học for the learning rate, tập dev for the dev set, seed ngẫu nhiên, He/Xavier named by their
distribution, Gradient descent kept in English as the course note does."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnsim_ui.text.glossary import TERMS

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "nnsim_vi.ts"


def translations() -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(TS).getroot().iter("message"):
        text = message.findtext("translation") or ""
        if text and message.find("translation").get("type") not in ("unfinished", "vanished", "obsolete"):
            pairs.append((message.findtext("source") or "", text))
    return pairs


PAIRS = translations()


def translated(source: str) -> list[str]:
    found = [t for s, t in PAIRS if s == source]
    assert found, f"{source!r} has no finished translation"
    return found


@pytest.mark.parametrize(("source", "expected"), [
    ("Learning rate", "Tốc độ học"), ("Decay rate", "Hệ số suy giảm"), ("Full batch", "Toàn bộ dữ liệu"),
    ("Seeds", "Seed ngẫu nhiên"), ("Classes", "Số lớp nhãn"), ("He normal", "He (phân phối chuẩn)"),
    ("He uniform", "He (phân phối đều)"), ("Xavier (Glorot) normal", "Xavier/Glorot (phân phối chuẩn)"),
    ("LeCun normal", "LeCun (phân phối chuẩn)"), ("Gradient descent", "Gradient descent (hạ gradient)"),
    ("Dev loss", "Mất mát trên tập dev"), ("pre-activation z = %1", "giá trị tiền kích hoạt z = %1"),
    ("Batch normalization", "Chuẩn hoá theo lô"), ("Dev", "Tập dev"),
])
def test_a_reviewed_term_is_the_translation(source: str, expected: str) -> None:
    assert set(translated(source)) == {expected}


@pytest.mark.parametrize("rejected", ["hệ số học", "mất mát phát triển", "độ chính xác phát triển", "hạt giống",
                                      "trước kích hoạt", "He chuẩn", "He đều"])
def test_a_rejected_word_is_gone(rejected: str) -> None:
    users = [s for s, t in PAIRS if rejected.casefold() in t.casefold()]
    assert not users, f"{rejected!r} still translates {users[:3]}"


def test_class_is_never_a_bare_lop() -> None:
    """Where the English speaks of classes (and not of layers), every "lớp" is "lớp nhãn"."""
    bare = re.compile(r"lớp(?! nhãn| đầu ra| đầu vào| ẩn)", re.IGNORECASE)
    offenders = [(s, t) for s, t in PAIRS
                 if re.search(r"\bclass(es)?\b", s, re.I) and not re.search(r"\blayers?\b", s.replace("output layer", ""))
                 and bare.search(t)]
    assert not offenders, offenders[:3]


def test_bias_correction_is_hieu_chinh_do_chech() -> None:
    users = [t for s, t in PAIRS if "bias correction" in s.casefold()]
    assert users and all("hiệu chỉnh độ chệch" in t.casefold() for t in users)


@pytest.mark.parametrize(("english", "vietnamese"), [
    ("class", "lớp nhãn"), ("learning rate", "tốc độ học"), ("logistic regression", "hồi quy logistic"),
    ("shallow neural network", "mạng nơ-ron nông"), ("derivative", "đạo hàm"), ("non-linear", "phi tuyến"),
    ("Xavier / He initialization", "khởi tạo Xavier / He"), ("bias correction", "hiệu chỉnh độ chệch"),
    ("learning rate decay", "giảm dần tốc độ học"), ("gradient checking", "kiểm tra gradient"),
    ("gradient descent", "gradient descent (hạ gradient)"),
])
def test_the_glossary_has_the_term(english: str, vietnamese: str) -> None:
    rows = [t for t in TERMS if t[0] == english]
    assert rows and vietnamese in rows[0][1]


# -- numbers: the interface language's locale ---------------------------------------------------
@pytest.fixture
def in_language(qapp):
    from nnsim_ui.text import i18n

    def switch(lang: str) -> None:
        assert i18n.set_language(lang, remember=False)
    yield switch
    i18n.set_language("en", remember=False)


def test_numbers_are_written_in_the_interface_languages_locale(in_language):
    from nnsim_ui.text.numbers import format_count, format_number, format_percent
    in_language("vi")
    assert format_count(3000) == "3.000"               # "3,000" reads as 3 in Vietnamese
    assert format_number(0.03) == "0,03" and format_number(1234.5) == "1.235"
    assert format_percent(0.9067).startswith("90,67")
    in_language("en")
    assert format_count(3000) == "3,000" and format_number(0.03) == "0.03"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_typed_numbers_take_either_decimal_mark(in_language, lang):
    from nnsim_ui.text.numbers import parse_number
    in_language(lang)
    assert parse_number("0,03") == parse_number("0.03") == 0.03
    assert parse_number("1e-4") == 1e-4 and parse_number("abc") == "abc"


def test_the_step_panels_numbers_use_a_decimal_comma_in_vietnamese(qtbot, in_language):
    from nnsim import session as S
    from nnsim_ui.step.panel import StepPanel
    from PySide6.QtCore import QObject

    class Stub(QObject):
        def send(self, command) -> None:
            pass

    in_language("vi")
    session = S.Session({"seed": 3, "data": {"dataset": "moons", "samples": 60},
                         "network": {"hidden": [3], "activation": "tanh", "init": "xavier_normal"}})
    session.handle(S.PhaseNext())
    snap = [m for m in session.take() if isinstance(m, S.Snapshot)][-1]
    panel = StepPanel(Stub())
    qtbot.addWidget(panel)
    panel.show_snapshot(snap)
    shown = re.findall(r">(−?\d+[.,]\d+)<", panel.html)
    assert shown and all("," in n for n in shown), shown[:5]


def test_vietnamese_prose_writes_decimals_with_a_comma():
    """Vietnamese writes 0,5 (and 10.000 for ten thousand): every decimal in a finished translation
    uses the comma, apart from a value typed into a configuration file (data.dev_fraction 0.2)."""
    decimal = re.compile(r"(?<![\w.,/])(\d+)\.(\d+)(?!\w)")
    wrong = [(source, m.group(0)) for source, text in PAIRS if "data.dev_fraction" not in text
             for m in decimal.finditer(text) if m.group(1) == "0" or len(m.group(2)) != 3]
    assert wrong == []


def test_numbers_filled_into_vietnamese_sentences_take_a_decimal_comma(in_language, monkeypatch):
    """The engine's numbers filled into a translated sentence (a lesson's goal, an engine message, a
    learning rate) are written 0,03 in Vietnamese, never 0.03; names and versions keep their dots."""
    from nnsim.errors import MESSAGES
    from nnsim_ui.lessons.texts import LESSONS
    from nnsim_ui.text import i18n
    from nnsim_ui.text.numbers import in_locale
    monkeypatch.setitem(MESSAGES, "test_float_field", "learning rate {lr}, {x:.2f} and {n} steps")
    in_language("vi")
    assert "0,03" in LESSONS["input_normalization"].goal_text()
    overfit = LESSONS["overfitting_regularization"].goal_text()
    assert "0,41" in overfit and "1,22" in overfit and "0.41" not in overfit
    assert i18n.error_text("test_float_field", {"lr": 0.005, "x": 1.5, "n": 3}) == \
        "learning rate 0,005, 1,50 and 3 steps"
    assert in_locale("α = 0.5 in data_v1.2.csv, 1e-05, nnsim 1.4.0") == "α = 0,5 in data_v1.2.csv, 1e-05, nnsim 1.4.0"
    in_language("en")
    assert "0.03" in LESSONS["input_normalization"].goal_text()
    assert i18n.error_text("test_float_field", {"lr": 0.005, "x": 1.5, "n": 3}) == "learning rate 0.005, 1.50 and 3 steps"

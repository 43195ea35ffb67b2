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

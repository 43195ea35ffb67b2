"""A contact sheet of every lesson as the learner sees it: ``python scripts/lesson_sheet.py``.

For each lesson (``nnsim.lessons.LESSONS``) and each language (English, Vietnamese), runs
``nnsim-gui --lesson ID --size 1280x720 --steps 300 --screenshot PNG`` on Qt's offscreen
platform (with a private settings folder, so no saved language or layout is read), then lays the
pictures out on one sheet, a row per lesson, English left and Vietnamese right, each captioned:
``docs/lessons-1280x720.png``. The full-size pictures of ``README_PICTURES`` are kept in
``docs/`` for the README. Options: ``--size WxH`` (another window size), ``--steps N``,
``--out PNG``, ``--keep DIR`` (keep every full-size picture there), ``--lessons ID ...``.

It only drives the app's own ``--lesson --screenshot``; it draws nothing of the window itself.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"en": ("en_GB.UTF-8", "English"), "vi": ("vi_VN.UTF-8", "Tiếng Việt")}
#: (lesson, language) pictures kept full size in docs/ for the README.
README_PICTURES = (("activations", "en"), ("optimizers", "en"), ("gradient_checking", "vi"))
SCALE = 0.4            # each picture on the sheet, of its full size
CAPTION = 28           # pixels above each picture for its caption
GAP = 12


def shoot(lesson: str, lang: str, size: str, steps: int, target: Path, settings: Path) -> None:
    locale, _name = LANGUAGES[lang]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": lang, "LANG": locale, "LC_ALL": locale,
           "XDG_CONFIG_HOME": str(settings)}
    command = [sys.executable, "-m", "nnsim_ui", "--lesson", lesson, "--size", size, "--steps", str(steps),
               "--screenshot", str(target)]
    result = subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"lesson_sheet: {' '.join(command)} exited with {result.returncode}:\n{result.stderr}")


def sheet(pictures: dict[tuple[str, str], Path], lessons: list[str], out: Path) -> None:
    """One PNG: a row per lesson, a column per language, each picture scaled and captioned."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    first = QImage(str(next(iter(pictures.values()))))
    w, h = round(first.width() * SCALE), round(first.height() * SCALE)
    langs = [lang for lang in LANGUAGES if any(k[1] == lang for k in pictures)]
    width = GAP + len(langs) * (w + GAP)
    height = GAP + len(lessons) * (h + CAPTION + GAP)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    for row, lesson in enumerate(lessons):
        y = GAP + row * (h + CAPTION + GAP)
        for col, lang in enumerate(langs):
            x = GAP + col * (w + GAP)
            picture = QImage(str(pictures[lesson, lang])).scaled(
                w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
            painter.setPen(QColor("#222"))
            painter.drawText(QRect(x, y, w, CAPTION), Qt.AlignmentFlag.AlignVCenter,
                             f"{lesson} — {LANGUAGES[lang][1]}")
            painter.drawImage(x, y + CAPTION, picture)
            painter.setPen(QColor("#999"))
            painter.drawRect(x, y + CAPTION, w - 1, h - 1)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_Indexed8)     # a palette: a third of the bytes
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"lesson_sheet: could not write {out}")


def main(argv: list[str] | None = None) -> int:
    from nnsim.lessons import LESSONS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="keep every full-size picture in this folder")
    parser.add_argument("--lessons", nargs="+", choices=tuple(LESSONS), default=list(LESSONS))
    args = parser.parse_args(argv)
    out = args.out or ROOT / "docs" / f"lessons-{args.size}.png"
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])      # fonts for the captions
    with tempfile.TemporaryDirectory(prefix="nnsim-sheet-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        settings = Path(tmp) / "settings"
        settings.mkdir()
        pictures = {}
        for lesson in args.lessons:
            for lang in LANGUAGES:
                target = folder / f"{lesson}-{lang}.png"
                shoot(lesson, lang, args.size, args.steps, target, settings)
                pictures[lesson, lang] = target
                print(f"{lesson} ({lang})", flush=True)
        sheet(pictures, args.lessons, out)
        if args.out is None and args.size == "1280x720":
            for lesson, lang in README_PICTURES:
                if (lesson, lang) in pictures:
                    (ROOT / "docs" / f"lesson-{lesson}-{lang}.png").write_bytes(pictures[lesson, lang].read_bytes())
    print(f"wrote {out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Documents the code cites are in the repository (issue 14: "code and pyproject.toml cite a
DESIGN.md that is not in the repository")."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CITING = [p for d in ("nnsim", "ui", "tests", "benchmarks", "scripts") for p in (ROOT / d).rglob("*.py")]
CITING.append(ROOT / "pyproject.toml")


def citations(name: str) -> list[tuple[Path, str]]:
    found = []
    for path in CITING:
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(rf"\b{re.escape(name)}\b", line):
                found.append((path, line))
    return found


def test_design_note_cited_by_the_code_is_in_docs() -> None:
    cited = citations("DESIGN.md")
    assert cited, "nothing cites DESIGN.md any more: drop docs/DESIGN.md and this test"
    note = (ROOT / "docs" / "DESIGN.md").read_text(encoding="utf-8")
    headings = {h.strip().lower() for h in re.findall(r"^#+ (.+)$", note, flags=re.MULTILINE)}
    assert any(h.startswith("known facts") for h in headings)
    # Every citation of a section names one the note has.
    for path, line in cited:
        if "Known facts" in line:
            assert any(h.startswith("known facts") for h in headings), (path, line)


def test_readme_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(((?!https?:)[^)#]+)\)", readme):
        assert (ROOT / target).exists(), f"README.md links to {target}, which is not in the repository"

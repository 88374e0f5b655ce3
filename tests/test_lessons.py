"""Every lesson plan has the sections a teacher needs, and agrees with its notebook."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted(p for p in (ROOT / "lessons").glob("[0-9][0-9]-*.md"))
HEADINGS = ["Objectives", "Standards", "Timing", "Preparation and materials", "Warm-up", "Steps",
            "Discussion questions", "Common misconceptions", "Differentiation", "Assessment",
            "Answer key"]


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## +(.+?)\s*$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def numbered(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"^\s*\d+\.\s+(.+)$", text, re.M)]


def test_every_notebook_has_a_plan_and_every_plan_a_notebook():
    notebooks = {p.stem for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert notebooks == {p.stem for p in PLANS}


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_plan_has_every_section(plan):
    found = sections(plan.read_text(encoding="utf-8"))
    for heading in HEADINGS:
        assert heading in found, f"{plan.name} has no '## {heading}'"
        assert len(found[heading]) > 40, f"{plan.name}: '## {heading}' is (nearly) empty"


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_plan_objectives_match_the_notebook(plan):
    objectives = numbered(sections(plan.read_text(encoding="utf-8"))["Objectives"])
    notebook = nbformat.read(ROOT / "notebooks" / f"{plan.stem}.ipynb", as_version=4)
    first = notebook.cells[0].source
    in_notebook = numbered(first.split("You will learn to", 1)[1].split("**You will need", 1)[0])
    assert objectives and objectives == in_notebook


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.stem)
def test_plan_timing_fits_a_class_session(plan):
    timing = sections(plan.read_text(encoding="utf-8"))["Timing"]
    minutes = [int(m) for m in re.findall(r"\|\s*(\d+)\s*(?:min)?\s*\|", timing)] or \
              [int(m) for m in re.findall(r"\((\d+) min", timing)]
    if minutes:
        assert 40 <= sum(minutes) <= 55, f"{plan.name}: {sum(minutes)} minutes"


def test_the_primer_has_its_sources_and_lesson_0_points_to_it():
    """Issue 18: a one-page primer on the events behind the article, with its sources."""
    primer = (ROOT / "lessons" / "primer.md").read_text(encoding="utf-8")
    found = sections(primer)
    sources = [line for line in found.get("Sources", "").splitlines() if line.startswith("- ")]
    assert len(sources) >= 3, "the primer names its sources"
    assert len(primer.split()) <= 700, "the primer must fit on one printed page"
    assert "primer.md" in (ROOT / "lessons" / "00-start-here.md").read_text(encoding="utf-8")
    notebook = nbformat.read(ROOT / "notebooks" / "00-start-here.ipynb", as_version=4)
    assert any("The story behind the article" in cell.source for cell in notebook.cells
               if cell.cell_type == "markdown")

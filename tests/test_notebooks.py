"""Every lesson notebook runs top to bottom, is committed without outputs, and reads as a
lesson: objectives, short code cells, a link to the next lesson.

Notebooks run in a temporary copy of their folder, so the answers files they write never
land in the repository.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from notebook_runner import execute

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
FORBIDDEN = re.compile(r"^\s*(def |class |import (?!medialit)|from (?!medialit))", re.M)


def stem_id(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("path", NOTEBOOKS, ids=stem_id)
def test_notebook_is_committed_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs") and not cell.get("execution_count"), path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=stem_id)
def test_notebook_reads_as_a_lesson(path):
    notebook = nbformat.read(path, as_version=4)
    first = notebook.cells[0]
    assert first.cell_type == "markdown"
    assert "You will learn to" in first.source and "Time" in first.source
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    assert "import medialit as ml" in setup.source
    assert f'ml.open_answers("{path.stem}")' in setup.source
    for cell in notebook.cells:
        if cell.cell_type == "code":
            lines = [line for line in cell.source.splitlines() if line.strip()]
            assert len(lines) <= 6 or '"""' in cell.source, f"a long code cell in {path.name}: {cell.source[:80]!r}"
            assert not FORBIDDEN.search(cell.source), f"logic in {path.name}: {cell.source[:80]!r}"
    if path.stem != NOTEBOOKS[-1].stem:
        following = NOTEBOOKS[NOTEBOOKS.index(path) + 1].name
        assert any(following in cell.source for cell in notebook.cells
                   if cell.cell_type == "markdown"), f"{path.name} does not link to {following}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=stem_id)
def test_notebook_runs_top_to_bottom(path, tmp_path):
    folder = tmp_path / "notebooks"
    shutil.copytree(path.parent, folder, ignore=shutil.ignore_patterns("*.answers.json",
                                                                       "my-answers"))
    notebook = execute(nbformat.read(folder / path.name, as_version=4), folder)
    errors = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    assert not errors

"""A made hunt as an nbgrader assignment (``medialit.hunts.assignment``): who the student is,
which version they get, and what ``write_assignment`` writes. The whole pipeline, through
nbgrader with three students on three versions, is in ``tests/test_course.py``."""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

import medialit as ml
from medialit.hunts import make_versions
from medialit.hunts.assignment import (VERSIONS_FILE, choose_version, fill_template,
                                       student_id, version_number, version_stem,
                                       write_assignment)

CLEAN = Path(__file__).resolve().parent / "articles" / "city-council-budget.txt"


@pytest.mark.parametrize("folder, expected", [
    ("/course/autograded/alice/week-1", "alice"),       # autograde runs the notebook here
    ("/course/submitted/ben/week-1", "ben"),
    ("/course/autograded/alice/other-week", None),      # another assignment's folder
    ("/home/cy/week-1", None),                          # the student's own copy
])
def test_the_student_is_named_by_nbgraders_folder_or_the_account(folder, expected, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "account-name")
    assert student_id("week-1", folder) == (expected or "account-name")


@pytest.mark.parametrize("account, hub_user, expected", [
    ("jovyan", "dana", "dana"),   # a hub's shared account: nbgrader uses the hub's user name
    ("jovyan", None, "jovyan"),
    ("jupyter-eli", "eli", "jupyter-eli"),  # The Littlest JupyterHub: nbgrader uses the account
])
def test_the_student_is_named_as_nbgrader_submit_names_them(account, hub_user, expected,
                                                             monkeypatch, tmp_path):
    monkeypatch.setattr("getpass.getuser", lambda: account)
    if hub_user:
        monkeypatch.setenv("JUPYTERHUB_USER", hub_user)
    else:
        monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    assert student_id("week-1", tmp_path) == expected


def test_versions_are_stable_spread_and_differ_between_assignments():
    students = [f"s{n}" for n in range(300)]
    first = [version_number("week-1", s, 3) for s in students]
    assert first == [version_number("week-1", s, 3) for s in students]
    assert all(80 <= first.count(v) <= 120 for v in (1, 2, 3)), "roughly a third each"
    assert first != [version_number("week-2", s, 3) for s in students]
    assert {version_number("week-1", s, 1) for s in students} == {1}


def test_a_missing_versions_list_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="Fetch the assignment again"):
        choose_version("week-1", tmp_path, "alice")


def test_the_template_is_filled_and_nothing_is_left_over():
    assert fill_template('"{{a}} and {{b}}"', {"a": 'say "hi"', "b": 6}) == '"say \\"hi\\" and 6"'
    with pytest.raises(KeyError):
        fill_template("{{missing}}", {})


@pytest.fixture(scope="module")
def hunts(nlp):
    return make_versions(ml.load_article(CLEAN).text, 2, errors=5, seed=3)


def test_write_assignment_writes_the_notebook_versions_and_keys(hunts, tmp_path):
    folder = write_assignment(hunts, tmp_path, "week-1", "council")
    assert folder == tmp_path / "solutions" / "week-1"
    listing = json.loads((folder / VERSIONS_FILE).read_text(encoding="utf-8"))
    assert listing["versions"] == ["council-v1.txt", "council-v2.txt"]
    for number, hunt in enumerate(hunts, 1):
        article = ml.load_article(folder / f"council-v{number}.txt")
        assert article.text == hunt.text
        assert ml.load_error_key(article) == hunt.key()
    notebook = nbformat.read(str(folder / "week-1.ipynb"), as_version=4)
    nbformat.validate(notebook)
    text = "\n".join(cell.source for cell in notebook.cells)
    assert "{{" not in text and 'ml.load_student_version("week-1")' in text
    mistakes = min(sum(entry["severity"] != "note" for entry in hunt.key()) for hunt in hunts)
    assert f"needed={max(1, round(0.6 * mistakes))})" in text
    assert f"**{mistakes} mistakes**" in text and "There are 2 versions" in text


def test_write_assignment_never_replaces_a_folder_unasked(hunts, tmp_path):
    write_assignment(hunts, tmp_path, "week-1", "council")
    with pytest.raises(ValueError, match="already exists"):
        write_assignment(hunts[:1], tmp_path, "week-1", "other")
    folder = write_assignment(hunts[:1], tmp_path, "week-1", "other", force=True)
    assert sorted(p.name for p in folder.glob("*.txt")) == ["other.txt"]  # one version: no -v1
    assert version_stem("other", 1, 1) == "other" and version_stem("x", 2, 3) == "x-v2"


@pytest.mark.parametrize("name", ["", "../escape", "week 1", "-x"])
def test_an_assignment_name_must_be_a_plain_folder_name(hunts, tmp_path, name):
    with pytest.raises(ValueError, match="cannot name an assignment"):
        write_assignment(hunts, tmp_path, name, "council")


def test_docstring_examples():
    import doctest

    import medialit.hunts.assignment as module

    failed, attempted = doctest.testmod(module)
    assert failed == 0 and attempted >= 2

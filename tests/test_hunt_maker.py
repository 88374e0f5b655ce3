"""The teacher's hunt maker (``medialit.widgets.hunt_maker``), driven as a teacher would: paste
an article, make the hunt, review it (keep, drop, re-roll), save it, try it as a student."""
from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

import medialit as ml
from medialit.widgets.hunt_maker import hunt_maker, plant_views, read_upload

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "tests" / "articles" / "city-council-budget.txt"


def test_an_uploaded_web_page_is_read_as_its_article():
    page = ROOT / "tests" / "pages" / "ferry-strike.mhtml"
    assert read_upload(page.name, page.read_bytes()) == ml.load_article(page).text


@pytest.fixture
def maker(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nbgrader_config.py").write_text("", encoding="utf-8")
    made = hunt_maker()
    made.paste.value = CLEAN.read_text(encoding="utf-8")
    made.errors.value, made.versions.value = 5, 2
    made.make_hunt()
    return made


def test_nothing_to_plant_in_says_so(nlp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    made = hunt_maker()
    made.make_hunt()
    assert "Paste an article, or choose its file, first" in made.status.value
    made.save_hunt()
    assert "Make the hunt first" in made.saved.value
    with pytest.raises(ValueError, match="There is no hunt yet"):
        made.article()


def test_each_planted_mistake_is_shown_beside_its_sentence(maker):
    assert "2 versions made" in maker.status.value
    assert maker.version.options == (("1", 0), ("2", 1))
    hunt = maker.hunts[0]
    views = plant_views(hunt)
    assert len(maker.review.children) == len(views) == len(hunt.key())
    for view, plant in zip(views, hunt.plants):
        assert f"<mark>{html.escape(plant.text)}</mark>" in view.after
        assert f"<mark>{html.escape(plant.original.text)}</mark>" in view.before
        assert view.before != view.after
    card = maker.review.children[0].children[0].value
    assert "Was:" in card and "Now:" in card and "How students can tell" in card


def test_dropped_mistakes_leave_the_saved_hunt_and_rerolls_replace_them(maker, tmp_path):
    first = maker.hunts[0].key()
    keep_drop = maker.review.children[0].children[1].children[0]
    keep_drop.value = "Drop"
    maker.reroll(0, 1)
    maker.name.value = "council"
    maker.save_hunt()
    assert "✔ Saved" in maker.saved.value
    saved = ml.load_article(tmp_path / "hunts" / "council-v1.txt")
    key = ml.load_error_key(saved)
    assert len(key) == len(first) - 1
    assert first[0]["span"]["text"] not in [e["span"]["text"] for e in key]
    assert maker.key() == key and maker.article().text == saved.text
    assert json.loads((tmp_path / "hunts" / "council-v2.errors.json").read_text())["errors"]


def test_the_saved_hunt_opens_in_the_error_hunt_with_its_key(maker):
    maker.save_hunt()
    box = ml.error_hunt(maker.article(), key=maker.key(), notebook="make-a-hunt")
    texts = [child.value for child in box.children if hasattr(child, "value")
             and isinstance(child.value, str)]
    assert not any("has no answer key" in text for text in texts)


def test_a_graded_assignment_is_written_to_the_course(maker, tmp_path):
    maker.graded.value, maker.assignment.value = True, "week-1"
    maker.save_hunt()
    assert "Graded assignment written" in maker.saved.value
    assert (tmp_path / "solutions" / "week-1" / "week-1.ipynb").exists()
    maker.assignment.value = "week 1"
    maker.save_hunt()
    assert "cannot name an assignment" in maker.saved.value
    maker.assignment.value = " "
    maker.save_hunt()
    assert "Give the graded assignment a name" in maker.saved.value
    with pytest.raises(ValueError, match="choose a number from 1 to 2"):
        maker.key(3)

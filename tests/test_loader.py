"""Lesson 6's own-article loader (medialit/widgets/loader.py) and the article view
(medialit/widgets/article_view.py): what a student pastes or uploads, what comes back after a
restart, what they are told when a file will not do; paragraphs that wrap at words and a long
article in a labelled scroll box. No language model needed."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import medialit as ml
from medialit.answers import AnswerStore
from medialit.widgets.loader import EXAMPLE, PASTED_FILE, article_loader

PAGES = Path(__file__).resolve().parent / "pages"
PASTE = "Council closes the old pool\n\nThe council voted on Monday to close the pool.\n\n" \
        "“It is a sad day,” said the mayor, Ana Ruiz."


def restarted(folder):
    """The loader as a new kernel builds it: a new answers store on the same folder."""
    return article_loader(AnswerStore("06-check-it-yourself", folder), folder=folder)


def test_the_example_until_the_student_loads_an_article(tmp_path):
    loader = article_loader(folder=tmp_path)
    assert loader.article.text == ml.make_article(EXAMPLE).text
    assert loader.status.value == ""
    assert list(tmp_path.iterdir()) == []  # nothing written until something is loaded


def test_a_pasted_article_is_used_and_comes_back_after_a_restart(tmp_path):
    loader = article_loader(folder=tmp_path)
    loader.paste.value = PASTE
    loader.use_text.click()
    assert loader.article.title.text == "Council closes the old pool"
    assert len(loader.article.paragraphs) == 3
    assert "✔ Loaded" in loader.status.value and "run the next cell" in loader.status.value
    assert (tmp_path / PASTED_FILE).read_text(encoding="utf-8") == PASTE
    again = restarted(tmp_path)
    assert again.article.text == loader.article.text
    assert again.paste.value == loader.article.text
    assert "from last time" in again.status.value


@pytest.mark.parametrize("page", ["ferry-strike.mhtml", "ferry-strike.html"])
def test_an_uploaded_saved_page_is_read_with_what_it_says_about_itself(tmp_path, page):
    loader = article_loader(folder=tmp_path)
    content = (PAGES / page).read_bytes()
    loader.upload.set_trait("value", ({"name": page, "type": "", "size": len(content),
                                       "content": memoryview(content),
                                       "last_modified": datetime.datetime.now()},))
    assert loader.article.from_web_page and loader.article.meta.stated
    assert loader.article.text == ml.load_article(PAGES / page).text
    assert (tmp_path / page).read_bytes() == content
    assert restarted(tmp_path).article.text == loader.article.text


@pytest.mark.parametrize("name, content, says", [
    ("notes.pdf", b"%PDF-1.7", "notes.pdf is a PDF file"),
    ("photo", b"\x89PNG", "a file with no type"),
    ("empty.txt", b"", "empty.txt is empty"),
    ("home.html", (PAGES / "home-page.html").read_bytes(), "no news article in it"),
    ("broken.mhtml", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n",
     "not a saved web page"),
])
def test_a_file_that_will_not_do_says_why_and_keeps_the_article(tmp_path, name, content, says):
    loader = article_loader(folder=tmp_path)
    loader.load_text(PASTE)
    assert loader.load_upload(name, content) is False
    assert says in loader.status.value and "✘" in loader.status.value
    assert loader.article.title.text == "Council closes the old pool"  # the last good one
    assert restarted(tmp_path).article.title.text == "Council closes the old pool"


def test_an_empty_paste_and_a_vanished_file_are_explained(tmp_path):
    loader = article_loader(folder=tmp_path)
    assert loader.load_text("  \n ") is False and "The box is empty" in loader.status.value
    loader.load_text(PASTE)
    (tmp_path / PASTED_FILE).unlink()
    again = restarted(tmp_path)
    assert "no longer beside" in again.status.value
    assert again.article.text == ml.make_article(EXAMPLE).text


def test_an_uploaded_name_cannot_leave_the_notebook_s_folder(tmp_path):
    folder = tmp_path / "lesson"
    folder.mkdir()
    loader = article_loader(folder=folder)
    assert loader.load_upload("../../outside.txt", PASTE.encode())
    assert (folder / "outside.txt").is_file() and not (tmp_path / "outside.txt").exists()


def test_the_controls_have_names():
    loader = article_loader(folder=Path(__import__("tempfile").mkdtemp()))
    assert loader.paste.description and loader.use_text.description
    assert loader.upload.accept == ".txt,.html,.htm,.mhtml,.mht"
    assert "Upload" in loader.upload.description


# -- the article view ------------------------------------------------------------------------

def test_paragraphs_wrap_at_words_without_the_page_details(seed):
    shown = ml.show_article(seed, paragraphs=[11, 12]).data
    assert re.findall(r"<b>\[(\d+)\]</b>", shown) == ["11", "12"]
    assert "overflow-wrap:anywhere" in shown and "word-break:normal" in shown
    assert "<pre" not in shown and "role='region'" not in shown
    assert "cannot tell who published it" not in shown  # the page's details go with the title


def test_the_whole_article_scrolls_in_a_focusable_labelled_box(seed):
    shown = ml.show_article(seed).data
    box = re.search(r"<div class='medialit-article' ([^>]*)>", shown).group(1)
    assert "tabindex='0'" in box and "role='region'" in box and "overflow-y:auto" in box
    label = re.search(r"aria-label='([^']*)'", box).group(1)
    assert label.startswith("The article: ") and seed.title.text[:20] in label
    assert len(re.findall(r"<b>\[\d+\]</b>", shown)) == len(seed.paragraphs)
    assert "cannot tell who published it" in shown.split("<div class='medialit-article'")[0]


def test_article_text_is_escaped():
    shown = ml.show_article(ml.make_article("A <b>bold</b> 'claim'\n\nSays <script>")).data
    assert "<script>" not in shown and "&lt;script&gt;" in shown

"""Run All gives nothing away: in a real browser, every lesson keeps its answers hidden until
the student acts.

For every lesson notebook, after "Run All Cells" the page shows no explanation, no reason for
an option, no model answer and no reveal's text from the lessons' data files
(``medialit/data/questions/``), and no feedback at all; then each thing appears when the
student does what it waits for: a wrong choice shows that option's reason, the right one the
explanation, a "Show …" button its text, "Show the comparison" the table of machine vs me.

It shares its JupyterLab server and browser helpers with ``test_browser.py`` (one server for
this module), and skips or fails the same way when the browser is missing. Screenshots of a
question before and after a wrong answer, at 1366 × 900, go to the same folder.
"""
from __future__ import annotations

import re
import time

import pytest
from test_browser import (LESSONS, _menu, _open, _panel, _shut_kernels_down, _wait_all_ran,
                          _widget, browser, lab)  # noqa: F401 (fixtures used by name)

from medialit.keys import load_reference_desk
from medialit.lesson_data import Question, all_questions, all_reveals

pytestmark = pytest.mark.usefixtures("nlp")
# feedback that only a student's action may bring
FEEDBACK = ("✔ Right", "✘ Not quite", "The answer is", "mistake in the key", "A model answer.")
SCREEN = {"width": 1366, "height": 900}  # a school laptop


def plain(text: str) -> str:
    """Text as the page shows it: no Markdown marks or list dashes, one space, lower case."""
    text = re.sub(r"^\s*-\s+", "", text, flags=re.MULTILINE)
    return " ".join(re.sub(r"[*_`]", "", text).split()).casefold()


def fragments(markdown: str) -> list[str]:
    """The prose lines of a reveal's Markdown (not its table rows), long enough to be telling."""
    return [line for line in markdown.splitlines()
            if not line.lstrip().startswith("|") and len(line.split()) >= 6]


def hidden_texts(notebook: str) -> dict[str, list[str]]:
    """For each question or reveal of the lesson, the texts that must wait for the student."""
    desk = {entry["id"]: entry["finding"] for entry in load_reference_desk()}
    hidden = {}
    for question in all_questions():
        if question.notebook == notebook:
            hidden[question.id] = [text for text in [question.explanation, *question.model_answers]
                                   + [option.reason for option in question.options] if text]
    for reveal in all_reveals():
        if reveal.notebook == notebook:
            entries = desk if "*" in reveal.desk else reveal.desk
            hidden[reveal.id] = [desk[i] for i in entries] + fragments(reveal.text)
    return hidden


def page_text(page) -> str:
    return plain(_panel(page).inner_text())


def outputs_text(page) -> str:
    """What the cells' outputs show (the lessons' own text describes the feedback too)."""
    return plain(" ".join(_panel(page).locator(".jp-OutputArea-output").all_inner_texts()))


def wait_shown(page, words: str) -> None:
    """Wait until ``words`` show in the notebook (rendered: no Markdown marks)."""
    deadline = time.monotonic() + 15
    while plain(words) not in page_text(page):
        assert time.monotonic() < deadline, f"not shown after the click: {words!r}"
        page.wait_for_timeout(250)


def try_choice(page, question: Question, shots, first: bool) -> None:
    """A wrong option shows its own reason, then the right one the explanation."""
    from playwright.sync_api import expect

    box = _widget(page, f"{question.saved_as}.", ".widget-radio-box")
    box.scroll_into_view_if_needed()
    texts = [option.text for option in question.options]
    wrong = next(n for n, text in enumerate(texts) if text != question.answer)
    if first:
        box.screenshot(path=str(shots / f"{question.id}-before.png"))
    box.locator(".widget-radio-box label").nth(wrong).click()
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text("✘ Not quite")
    expect(box).to_contain_text(question.options[wrong].reason)
    assert question.explanation not in box.inner_text()
    if first:
        page.screenshot(path=str(shots / f"{question.id}-wrong-page.png"))
        box.screenshot(path=str(shots / f"{question.id}-wrong.png"))
    box.locator(".widget-radio-box label").nth(texts.index(question.answer)).click()
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text("✔ Right")
    expect(box).to_contain_text(question.explanation)


@pytest.mark.parametrize("name", LESSONS)
def test_run_all_reveals_nothing_until_the_student_acts(name, lab, browser):  # noqa: F811
    from playwright.sync_api import expect

    page, console, shots = browser
    page.set_viewport_size(SCREEN)
    notebook = name.removesuffix(".ipynb")
    hidden = hidden_texts(notebook)
    try:
        _open(page, lab["url"], name)
        _menu(page, "Run", "Run All Cells")
        _wait_all_ran(page, lab["folder"] / name)
        expect(_panel(page).locator(".jp-OutputArea-output .widget-vbox").first).to_be_visible()
        page.wait_for_timeout(500)  # the last views are drawn
        shown = page_text(page)
        assert len(shown) > 2000, f"{name}: the page shows almost nothing: {shown[:200]!r}"
        for qid, texts in hidden.items():
            for words in texts:
                assert plain(words) not in shown, f"{name}: {qid} shows too soon: {words!r}"
        feedback = outputs_text(page)
        for words in FEEDBACK:
            assert plain(words) not in feedback, f"{name}: “{words}” shows before any answer"

        questions = [q for q in all_questions() if q.notebook == notebook]
        for number, question in enumerate(q for q in questions if q.kind == "choice"):
            try_choice(page, question, shots, first=number == 0)
        for question in questions:
            if question.model_answers:
                box = _widget(page, f"{question.saved_as}.", "textarea")
                box.scroll_into_view_if_needed()
                box.locator("button", has_text=re.compile(r"Show (a model answer|model answers)")).click()
                wait_shown(page, question.model_answers[0])
        for reveal in (r for r in all_reveals() if r.notebook == notebook):
            button = _panel(page).locator("button", has_text=reveal.button)
            button.scroll_into_view_if_needed()
            button.click()
            for words in hidden[reveal.id]:
                wait_shown(page, words)
            _panel(page).locator(".jp-OutputArea-output").filter(
                has=page.locator("button", has_text=reveal.button)).first.screenshot(
                path=str(shots / f"{reveal.id}-shown.png"))
        comparison = _panel(page).locator("button", has_text="Show the comparison")
        if comparison.count():
            comparison.first.scroll_into_view_if_needed()
            comparison.first.click()
            expect(_panel(page)).to_contain_text(
                re.compile("mistake in the key|This article has no answer key"))
        assert not console, f"{name}: the browser console shows errors: {console}"
    finally:
        _shut_kernels_down(page, lab["url"])
        page.set_viewport_size({"width": 1400, "height": 1000})

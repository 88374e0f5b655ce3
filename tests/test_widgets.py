"""The practice widgets, driven without a browser: set values, click buttons, read the HTML.

Everything is written to ``tmp_path`` (each widget gets an ``AnswerStore`` there, and the
current folder is ``tmp_path`` too). The widgets analyse the article with the English model,
so these tests skip, with a reason, when no model is installed (the ``nlp`` fixture).
"""
from __future__ import annotations

import errno
import html
import json
import os
import re

import ipywidgets as w
import pytest

import medialit
import medialit.analysis
import medialit.answers
import medialit.checks
import medialit.nlp
import medialit.quotes
import medialit.sources
from medialit import widgets
from medialit.analysis import analyze
from medialit.article import Article
from medialit.answers import AnswerStore
from medialit.grading import grade_error_marks
from medialit.keys import load_error_key, load_quote_key
from medialit.widgets import parts

pytestmark = pytest.mark.usefixtures("nlp")

NO_KEY_TEXT = (
    "Town library to open on Sundays\n\n"
    "The town library will open on Sundays from March, the council said on Tuesday.\n\n"
    "“Families have asked for this for years,” said Maria Lopez, the head librarian. "
    "“We are glad to say yes.”\n\n"
    "Not everyone is pleased. “It will cost too much,” said Tom Baker, a councillor. "
    "Critics say the plan was rushed.\n")
NO_QUOTES_TEXT = ("River rises after storm\n\nThe river rose two metres overnight. Roads in the "
                  "valley were closed on Monday morning.\n")
CONTROLS = (w.Button, w.Dropdown, w.Text, w.IntSlider, w.BoundedIntText)


# -- helpers ------------------------------------------------------------------------------------

def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find_all(widget, cls, description=None):
    return [x for x in walk(widget)
            if isinstance(x, cls) and (description is None or x.description == description
                                       or description.endswith(" …") and
                                       x.description.startswith(description[:-2]))]


def find(widget, cls, description=None):
    """The first ``cls`` control under ``widget`` (with that description, if given)."""
    found = find_all(widget, cls, description)
    assert found, f"no {cls.__name__} described {description!r} in the widget"
    return found[0]


def text(widget) -> str:
    """Everything the HTML parts of a widget say, as one string."""
    return "\n".join(part.value for part in find_all(widget, w.HTML))


def shown(control) -> bool:
    return control.layout.display != "none"


def saved(folder, notebook="t") -> dict:
    return json.loads((folder / "my-answers" / f"{notebook}.answers.json").read_text(
        encoding="utf-8"))["answers"]


def sentence_number(box, words: str) -> int:
    """The menu value of the sentence holding ``words`` in the error hunt's reading pane, where
    sentences are numbered by paragraph ("21", or "21.2" for the second sentence of 21)."""
    pane = find_all(box, w.HTML)[1].value
    for number, (_, body) in enumerate(re.findall(r"<b>\[(\d+(?:\.\d+)?)\]</b> (.*?)</p>", pane), 1):
        if html.escape(words) in body:
            return number
    raise AssertionError(f"no numbered sentence holds {words!r}")


def add_mark(box, words, kind, correction="", sentence_words=None):
    find(box, w.Dropdown, "Sentence").value = sentence_number(box, sentence_words or words)
    find(box, w.Text, "Words").value = words
    find(box, w.Dropdown, "What's wrong").value = kind
    find(box, w.Text, "Correction").value = correction
    find(box, w.Button, "Add mark").click()


def message(box) -> str:
    """The error hunt's message line (below the buttons)."""
    children = box.children
    buttons = next(i for i, c in enumerate(children) if isinstance(c, w.HBox)
                   and find_all(c, w.Button, "Add mark"))
    return children[buttons + 1].value


def confirm_reset(box):
    start = find(box, w.Button, "Start again")
    yes = find(box, w.Button, "Yes, erase my answers")
    no = find(box, w.Button, "No, keep them")
    return start, yes, no


def options(dropdown) -> list[str]:
    return [label for label, _ in dropdown.options]


# -- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def article(nlp) -> Article:
    """The seed article, read and analysed once for this module."""
    seed = medialit.load_article()
    analyze(seed)
    return seed


@pytest.fixture
def store(tmp_path, monkeypatch) -> AnswerStore:
    monkeypatch.chdir(tmp_path)
    return AnswerStore("t", folder=tmp_path)


@pytest.fixture
def no_key(nlp) -> Article:
    return medialit.make_article(NO_KEY_TEXT)


@pytest.fixture
def no_quotes(nlp) -> Article:
    return medialit.make_article(NO_QUOTES_TEXT)


def text_key(article):
    return [e for e in load_error_key(article) if e.get("detectable", "text") == "text"]


# -- error hunt ---------------------------------------------------------------------------------

def test_error_hunt_right_mark_and_false_alarm(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    assert "No marks yet" in text(box)

    add_mark(box, "British Foreign Minister", "role-conflict", "US Secretary of State")
    assert "Mark added" in message(box)
    marks = saved(tmp_path)["error_hunt"]
    assert marks == [{"start": 20, "end": 44, "text": "British Foreign Minister",
                      "kind": "role-conflict", "correction": "US Secretary of State"}]
    assert find(box, w.Text, "Words").value == "" and find(box, w.Text, "Correction").value == ""

    find(box, w.Button, "Check my marks").click()
    assert "✔ Right" in text(box)
    assert re.search(r"Score: 1</b> — you found 1 of \d+ mistakes, with 0 false alarms",
                     text(box))

    add_mark(box, "met", "spelling", sentence_words="Antony Blinken met")
    find(box, w.Button, "Check my marks").click()
    result = text(box)
    assert "✔ Right" in result and "✘ Not an error" in result
    assert "Score: 0.5</b>" in result and "with 1 false alarm." in result


def test_error_hunt_check_without_marks(article, store):
    box = widgets.error_hunt(article, answers=store)
    find(box, w.Button, "Check my marks").click()
    assert "Add some marks first" in text(box)


def test_error_hunt_words_not_in_the_sentence(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "purple elephants", "spelling", sentence_words="British Foreign Minister")
    assert "not in sentence 0." in message(box) and "Copy them exactly" in message(box)
    assert store.get("error_hunt") is None
    assert not (tmp_path / "my-answers" / "t.answers.json").exists()
    assert "No marks yet" in text(box)


def test_error_hunt_duplicate_mark_is_refused(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict")
    add_mark(box, "British Foreign Minister", "role-conflict")
    assert "already made that mark" in message(box)
    assert len(saved(tmp_path)["error_hunt"]) == 1
    assert len(find_all(box, w.Button, "Remove 2")) == 0


def test_error_hunt_long_correction_loses_nothing(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict", "US Secretary of State")
    before = (tmp_path / "my-answers" / "t.answers.json").read_bytes()
    add_mark(box, "ball", "inconsistent-term", "x" * 2000,
             sentence_words="alleged Chinese spy ball")
    assert "⚠" in message(box) and "2,000 characters" in message(box)
    assert "Traceback" not in message(box)
    assert (tmp_path / "my-answers" / "t.answers.json").read_bytes() == before
    assert store.get("error_hunt")[0]["correction"] == "US Secretary of State"
    assert len(store.get("error_hunt")) == 1


def test_error_hunt_remove_a_mark(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict")
    add_mark(box, "ball", "inconsistent-term", sentence_words="alleged Chinese spy ball")
    find(box, w.Button, "Remove 1").click()
    assert [m["text"] for m in saved(tmp_path)["error_hunt"]] == ["ball"]
    assert "1 mark so far" in text(box)


def test_error_hunt_hint_names_a_sentence(article, store):
    box = widgets.error_hunt(article, answers=store)
    places = [label.split(" · ")[0] for label, _ in find(box, w.Dropdown, "Sentence").options]
    for _ in range(3):
        find(box, w.Button, "Give me a hint").click()
        found = re.search(r"Hint:</b> look at paragraph (\d+)(?:, sentence (\d+\.\d+))?\.",
                          message(box))
        assert found, message(box)
        assert (found.group(2) or found.group(1)) in places
        assert not found.group(2) or found.group(2).split(".")[0] == found.group(1)
        add_mark(box, "British Foreign Minister", "role-conflict")


def test_error_hunt_start_again_asks_first(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict")
    start, yes, no = confirm_reset(box)
    assert shown(start) and not shown(yes) and not shown(no)

    start.click()
    assert shown(yes) and shown(no) and not shown(start)
    assert len(saved(tmp_path)["error_hunt"]) == 1  # asking erases nothing

    no.click()
    assert shown(start) and not shown(yes) and not shown(no)
    assert len(saved(tmp_path)["error_hunt"]) == 1

    start.click()
    yes.click()
    assert "error_hunt" not in saved(tmp_path)
    assert "No marks yet" in text(box) and "erased" in message(box)
    assert shown(start) and not shown(yes)


def test_error_hunt_rebuilt_after_a_restart_keeps_the_marks(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict")
    add_mark(box, "met", "spelling", sentence_words="Antony Blinken met")

    again = widgets.error_hunt(article, answers=AnswerStore("t", folder=tmp_path))
    assert "British Foreign Minister" in text(again)
    assert find_all(again, w.Button, "Remove 2") and not find_all(again, w.Button, "Remove 3")
    find(again, w.Button, "Check my marks").click()
    assert "✔ Right" in text(again) and "✘ Not an error" in text(again)


def test_error_hunt_marks_a_long_sentence(nlp, store, tmp_path):
    long_sentence = "The council " + "and the board " * 50 + "met on Tuesday."
    assert len(long_sentence) > 600
    box = widgets.error_hunt(medialit.make_article(f"Long sentence\n\n{long_sentence}\n"),
                             answers=store)
    find(box, w.Dropdown, "Sentence").value = 2
    find(box, w.Dropdown, "What's wrong").value = "other"
    find(box, w.Button, "Add mark").click()
    assert "characters long" not in message(box)
    (marks,) = [value for key, value in saved(tmp_path).items() if key.startswith("error_hunt")]
    assert len(marks) == 1


def test_error_hunt_asks_for_the_kind_before_adding(article, store, tmp_path):
    box = widgets.error_hunt(article, answers=store)
    find(box, w.Dropdown, "Sentence").value = 1
    find(box, w.Button, "Add mark").click()
    assert "Choose what is wrong" in message(box)
    assert not saved(tmp_path).get("error_hunt") \
        if (tmp_path / "my-answers" / "t.answers.json").exists() else True


@pytest.mark.parametrize("typed", ["british foreign minister", "China's Foreign Minister",
                                   "China’s  Foreign   Minister"])
def test_error_hunt_forgives_quotes_spaces_and_capitals(article, store, tmp_path, typed):
    box = widgets.error_hunt(article, answers=store)
    find(box, w.Dropdown, "Sentence").value = 1
    find(box, w.Text, "Words").value = typed
    find(box, w.Dropdown, "What's wrong").value = "role-conflict"
    find(box, w.Button, "Add mark").click()
    assert "not in sentence" not in message(box)
    assert saved(tmp_path)["error_hunt"][-1]["text"].lower().replace("’", "'").split() == \
        typed.lower().replace("’", "'").split()


def test_find_words_matches_whole_words_only():
    assert medialit.grading.find_words("Then he said the plan", "he") == (5, 7)
    assert medialit.grading.find_words("the theme", "he") is None
    assert medialit.grading.find_words("spy\u00a0ball  flew", "spy ball flew") == (0, 14)


# -- who said it? -------------------------------------------------------------------------------

def first_direct_quote(article):
    return next(q for q in load_quote_key(article) if q["kind"] == "direct")


def test_who_said_it_saves_checks_and_restores(article, store, tmp_path):
    box = widgets.who_said_it(article, answers=store)
    quote = first_direct_quote(article)
    qid = f"{quote['content']['start']}-{quote['content']['end']}"
    speaker = find(box, w.Dropdown, "Who said it?")
    assert find(box, w.IntSlider, "Quote").value == 1
    assert quote["speaker"] in options(speaker)

    speaker.value = quote["speaker"]
    assert saved(tmp_path)["who_said_it"] == {qid: quote["speaker"]}
    assert "1 of" in text(box) and "1 right" in text(box)

    wrong = next(name for name in options(speaker)[1:] if name != quote["speaker"])
    speaker.value = wrong  # changed before checking: the new choice is the answer
    assert saved(tmp_path)["who_said_it"] == {qid: wrong}
    assert quote["speaker"] not in text(box)  # no answer shown before the check
    find(box, w.Button, "Check").click()
    assert "✘ Not quite" in text(box)
    assert f"The answer is {html.escape(quote['speaker'])}" in text(box)
    assert "reporting verb" in text(box)

    # the answer is on screen now: a re-pick is not taken, the first checked choice counts
    assert speaker.disabled
    speaker.value = quote["speaker"]
    assert saved(tmp_path)["who_said_it"] == {qid: wrong}
    assert "0 right" in text(box)

    again = widgets.who_said_it(article, answers=AnswerStore("t", folder=tmp_path))
    assert find(again, w.Dropdown, "Who said it?").value == wrong
    assert find(again, w.Dropdown, "Who said it?").disabled  # a restart keeps it so
    assert "your first answer counts" in text(again)


def test_who_said_it_a_right_first_check(article, store, tmp_path):
    box = widgets.who_said_it(article, answers=store)
    quote = first_direct_quote(article)
    find(box, w.Dropdown, "Who said it?").value = quote["speaker"]
    find(box, w.Button, "Check").click()
    assert f"✔ Right: {html.escape(quote['speaker'])}" in text(box)
    assert "reporting verb" in text(box) and "1 right" in text(box)


def test_who_said_it_check_needs_a_choice(article, store):
    box = widgets.who_said_it(article, answers=store)
    find(box, w.Button, "Check").click()
    assert "Choose a speaker first" in text(box)


def test_who_said_it_slider_moves_the_context(article, store, tmp_path):
    box = widgets.who_said_it(article, answers=store)
    slider = find(box, w.IntSlider, "Quote")
    speaker = find(box, w.Dropdown, "Who said it?")
    context = box.children[2]
    quotes = [q for q in load_quote_key(article) if q["kind"] == "direct"]
    assert slider.max == len(quotes)
    first = context.value
    assert f"⟦{html.escape(quotes[0]['content']['text'])}⟧" in first

    speaker.value = quotes[0]["speaker"]
    slider.value = 2
    assert context.value != first
    assert f"⟦{html.escape(quotes[1]['content']['text'])}⟧" in context.value
    assert speaker.value == ""  # quote 2 is not answered yet
    slider.value = 1
    assert speaker.value == quotes[0]["speaker"]  # and quote 1's answer comes back
    assert len(saved(tmp_path)["who_said_it"]) == 1


def test_who_said_it_start_again(article, store, tmp_path):
    box = widgets.who_said_it(article, answers=store)
    speaker = find(box, w.Dropdown, "Who said it?")
    speaker.value = first_direct_quote(article)["speaker"]
    find(box, w.Button, "Check").click()
    start, yes, no = confirm_reset(box)
    start.click()
    assert shown(yes) and shown(no)
    assert saved(tmp_path)["who_said_it"]
    yes.click()
    assert "who_said_it" not in saved(tmp_path)
    assert speaker.value == ""
    assert "who_said_it_checked" not in saved(tmp_path) and not speaker.disabled


def test_who_said_it_every_right_answer_can_be_chosen(article, store):
    box = widgets.who_said_it(article, answers=store)
    slider = find(box, w.IntSlider, "Quote")
    speaker = find(box, w.Dropdown, "Who said it?")
    unreachable = []
    for position in range(1, slider.max + 1):
        slider.value = position
        speaker.value = widgets.NOBODY
        find(box, w.Button, "Check").click()
        answer = re.search(r"(?:✔ Right: |The answer is )(.*?)\.(?: The clue|</p>)", text(box))
        assert answer, text(box)
        # a quote the article leaves open has several answers: "A, B or C"
        values = [value for _, value in speaker.options]
        said = html.unescape(answer.group(1))
        for name in [said] if said in values else re.split(r", | or ", said):
            if name not in values:
                unreachable.append(name)
    assert unreachable == []


# -- source sorter ------------------------------------------------------------------------------

def picker_for(box, name):
    return next(p for p in find_all(box, w.Dropdown, "Group for …") if name in p.tooltip)


def test_source_sorter_saves_compares_restores_and_resets(article, store, tmp_path):
    box = widgets.source_sorter(article, answers=store)
    sources = analyze(article).sources
    assert len(find_all(box, w.Dropdown, "Group for …")) == len(sources)
    assert "Choose a group for each source" in text(box)

    agree, differ = sources[0], sources[1]
    agree_group = agree.affiliation or "Not stated"
    differ_engine = differ.affiliation or "Not stated"
    differ_group = next(g for g in widgets.GROUP_CHOICES if g != differ_engine)

    picker_for(box, agree.name).value = agree_group
    assert saved(tmp_path)["source_sorter"] == {agree.name: agree_group}
    assert "No differences yet" in text(box)

    picker_for(box, differ.name).value = differ_group
    assert saved(tmp_path)["source_sorter"] == {agree.name: agree_group, differ.name: differ_group}
    differences = text(box)
    assert html.escape(differ.name) in differences
    assert f"you chose “{html.escape(differ_group)}”" in differences
    assert f"the machine chose “{html.escape(differ_engine)}”" in differences
    assert f"<b>{html.escape(agree.name)}</b>: you chose" not in differences

    again = widgets.source_sorter(article, answers=AnswerStore("t", folder=tmp_path))
    assert picker_for(again, agree.name).value == agree_group
    assert picker_for(again, differ.name).value == differ_group
    assert html.escape(differ.name) in text(again)

    start, yes, no = confirm_reset(again)
    start.click()
    assert shown(yes) and shown(no)
    assert saved(tmp_path)["source_sorter"]  # nothing erased yet
    yes.click()
    assert not saved(tmp_path).get("source_sorter")
    assert all(p.value == "" for p in find_all(again, w.Dropdown, "Group for …"))
    assert not AnswerStore("t", folder=tmp_path).get("source_sorter")


# -- quote inspector ----------------------------------------------------------------------------

def test_quote_inspector_shows_every_quote(article):
    box = widgets.quote_inspector(article)
    picker = find(box, w.Dropdown, "Quote")
    view = box.children[2]
    quotes = analyze(article).quotes
    assert len(picker.options) == len(quotes)
    seen_brackets = seen_scare = False
    for (_, value), quote in zip(picker.options, quotes):
        picker.value = value
        assert f"⟦{html.escape(article.text[quote.start:quote.end])}⟧" in view.value
        assert "How the machine found it" in view.value
        if "[" in quote.text and "]" in quote.text:
            bracket = re.search(r"\[[^\]]+\]", quote.text).group(0)
            assert f"<b>Brackets:</b> “{html.escape(bracket)}”" in view.value
            seen_brackets = True
        if quote.form == "scare":
            assert "scare quote" in view.value
            assert "<b>Speaker:</b>" not in view.value
            seen_scare = True
    assert seen_brackets and seen_scare  # the seed has both: “[China]” and “floor”


def test_quote_inspector_china_quote(article):
    box = widgets.quote_inspector(article)
    picker = find(box, w.Dropdown, "Quote")
    china = next(value for label, value in picker.options if "[China]" in label)
    picker.value = china
    view = box.children[2].value
    assert "<b>Brackets:</b> “[China]”" in view
    assert "<b>Ellipsis:</b>" in view


# -- machine vs me ------------------------------------------------------------------------------

def hunt_three_marks(article, store):
    box = widgets.error_hunt(article, answers=store)
    add_mark(box, "British Foreign Minister", "role-conflict")  # right
    add_mark(box, "ball", "role-conflict", sentence_words="alleged Chinese spy ball")  # partly
    add_mark(box, "met", "spelling", sentence_words="Antony Blinken met")  # not an error
    return box


def test_machine_vs_me_counts_match_the_grading(article, store, tmp_path):
    hunt_three_marks(article, store)
    key = text_key(article)
    marks = saved(tmp_path)["error_hunt"]
    mine = grade_error_marks(marks, key)
    assert [r["verdict"] for r in mine] == ["right", "partly", "not-an-error"]
    findings = [{"start": f.start, "end": f.end, "text": f.text, "kind": f.kind}
                for f in analyze(article).issues]
    machine = grade_error_marks(findings, key)
    machine_right = sum(r["verdict"] in ("right", "note") for r in machine)
    machine_alarms = [r["mark"] for r in machine if r["verdict"] == "not-an-error"]

    box = widgets.machine_vs_me(article, answers=AnswerStore("t", folder=tmp_path))
    # the table lists the whole key: nothing of it shows before the student asks
    assert "<tr>" not in text(box) and "You found" not in text(box)
    find(box, w.Button, "Show the comparison").click()
    table = text(box)
    assert (f"You found 1 of the key's {len(key)} mistakes and notes; the machine found "
            f"{machine_right}.") in table
    assert "you raised 1." in table
    assert f"The machine raised {len(machine_alarms)} alarm" in table
    assert table.count("Machine alarm not in the key") == len(machine_alarms)
    for alarm in machine_alarms:
        assert html.escape(alarm["text"][:60]) in table
    row = re.search(r"<tr><td>“British Foreign Minister”</td><td>[^<]*</td><td>([^<]*)</td>",
                    table)
    assert row and row.group(1) == "✔ found"
    assert table.count("<tr>") == len(key) + 1

    assert box.children[2].value == widgets.compare_html(article, analyze(article),
                                                          load_error_key(article), marks)


def test_machine_vs_me_compare_again_sees_new_marks(article, store):
    hunt = widgets.error_hunt(article, answers=store)
    box = widgets.machine_vs_me(article, answers=store)
    assert "You found" not in text(box)
    find(box, w.Button, "Show the comparison").click()
    assert "You found 0 of" in text(box)
    add_mark(hunt, "British Foreign Minister", "role-conflict")
    find(box, w.Button, "Compare again").click()
    assert "You found 1 of" in text(box)


def test_compare_html_without_a_key(no_key):
    analysis = analyze(no_key)
    finding = analysis.issues[0]
    marks = [{"start": finding.start, "end": finding.end, "text": finding.text, "kind": "other"},
             {"start": 0, "end": 4, "text": no_key.text[:4], "kind": "other"}]
    result = widgets.compare_html(no_key, analysis, None, marks)
    assert "no answer key" in result
    assert f"You made 2 marks; the machine flagged {len(analysis.issues)} places." in result
    assert "You agree (1)" in result and "Only you (1)" in result
    assert f"Only the machine ({len(analysis.issues) - 1})" in result


# -- answers shared between widgets -------------------------------------------------------------

def test_default_widgets_do_not_overwrite_each_other(article, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hunt = widgets.error_hunt(article)
    who = widgets.who_said_it(article)
    add_mark(hunt, "British Foreign Minister", "role-conflict")
    find(who, w.Dropdown, "Who said it?").value = first_direct_quote(article)["speaker"]
    answers = medialit.answers.load_answers("practice", tmp_path)
    assert len(answers.get("error_hunt", [])) == 1
    assert len(answers.get("who_said_it", {})) == 1


def test_default_machine_vs_me_compare_again_sees_new_marks(article, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hunt = widgets.error_hunt(article)
    box = widgets.machine_vs_me(article)
    find(box, w.Button, "Show the comparison").click()
    add_mark(hunt, "British Foreign Minister", "role-conflict")
    find(box, w.Button, "Compare again").click()
    assert "You found 1 of" in text(box)


# -- an unreadable answers file -----------------------------------------------------------------



@pytest.mark.parametrize("build", [
    pytest.param(widgets.error_hunt, id="error_hunt"),
    pytest.param(widgets.who_said_it, id="who_said_it"),
    pytest.param(widgets.source_sorter, id="source_sorter"),
    pytest.param(widgets.machine_vs_me, id="machine_vs_me"),
])
def test_widgets_say_when_the_answers_file_was_unreadable(article, tmp_path, monkeypatch, build):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my-answers").mkdir()
    (tmp_path / "my-answers" / "t.answers.json").write_bytes(b"\x00\xff not json")
    box = build(article, answers=AnswerStore("t", folder=tmp_path))
    assert "could not be read" in text(box)
    assert list((tmp_path / "my-answers").glob("t.answers.unreadable-*.json"))


# -- other articles -----------------------------------------------------------------------------

def test_widgets_on_an_article_without_a_key(no_key, store, tmp_path):
    assert load_error_key(no_key) is None and load_quote_key(no_key) is None

    hunt = widgets.error_hunt(no_key, answers=store)
    assert "no answer key" in text(hunt)
    add_mark(hunt, "on Tuesday", "other")
    add_mark(hunt, "head librarian", "spelling")
    assert not find_all(hunt, w.Button, "Check my marks") and not find_all(hunt, w.Button, "Give me a hint")
    find(hunt, w.Button, "Compare with the machine").click()
    # compared, never scored: "on Tuesday" is flagged by the machine, "head librarian" is not
    assert "You agree (1)" in text(hunt) and "Only you (1)" in text(hunt)
    assert "Score:" not in text(hunt) and "Not an error" not in text(hunt)

    who = widgets.who_said_it(no_key, answers=store)
    assert "no answer key" in text(who)
    speaker = find(who, w.Dropdown, "Who said it?")
    assert "Maria Lopez" in options(speaker)
    speaker.value = "Maria Lopez"
    find(who, w.Button, "Check").click()
    assert "✔ Right: Maria Lopez" in text(who)
    find(who, w.IntSlider, "Quote").value = find(who, w.IntSlider, "Quote").max
    assert "Tom Baker" in text(who)

    sorter = widgets.source_sorter(no_key, answers=store)
    picker_for(sorter, "Maria Lopez").value = "Media"
    assert "Maria Lopez" in text(sorter) and "you chose “Media”" in text(sorter)

    inspector = widgets.quote_inspector(no_key)
    picker = find(inspector, w.Dropdown, "Quote")
    for _, value in picker.options:
        picker.value = value
        assert "⟦" in inspector.children[2].value

    versus = widgets.machine_vs_me(no_key, answers=store)
    find(versus, w.Button, "Show the comparison").click()
    assert "no answer key" in text(versus) and "You made 2 marks" in text(versus)

    answers = saved(tmp_path)
    # answers about another article than the seed carry its fingerprint, so they never mix
    assert {key.split("@")[0] for key in answers} == {"error_hunt", "who_said_it", "source_sorter",
                                                      "who_said_it_checked"}
    assert all("@" in key for key in answers)


def test_widgets_on_an_article_without_quotes(no_quotes, store):
    assert "nothing to attribute" in text(widgets.who_said_it(no_quotes, answers=store))
    assert "no sources to sort" in text(widgets.source_sorter(no_quotes, answers=store))
    assert "no quotes to inspect" in text(widgets.quote_inspector(no_quotes))

    hunt = widgets.error_hunt(no_quotes, answers=store)
    add_mark(hunt, "two metres", "other")
    find(hunt, w.Button, "Compare with the machine").click()
    assert "Only you (1)" in text(hunt) and "Score:" not in text(hunt)

    versus = widgets.machine_vs_me(no_quotes, answers=store)
    find(versus, w.Button, "Show the comparison").click()
    assert "You made 1 mark" in text(versus)


def test_widgets_accept_pasted_text(nlp, store):
    box = widgets.quote_inspector(NO_KEY_TEXT)
    assert "library will open on Sundays" in text(box)


# -- accessibility ------------------------------------------------------------------------------

def all_widgets(article, store, mark=None):
    """Every widget built on ``article``; ``mark`` (words, kind) is added in the error hunt so
    that its "Remove" buttons exist too."""
    hunt = widgets.error_hunt(article, answers=store)
    if mark:
        add_mark(hunt, *mark)
    return {"error_hunt": hunt,
            "who_said_it": widgets.who_said_it(article, answers=store),
            "source_sorter": widgets.source_sorter(article, answers=store),
            "quote_inspector": widgets.quote_inspector(article),
            "machine_vs_me": widgets.machine_vs_me(article, answers=store)}


def test_every_control_has_a_description(article, no_key, no_quotes, store):
    built = {"seed": all_widgets(article, store, ("British Foreign Minister", "role-conflict")),
             "no key": all_widgets(no_key, store, ("on Tuesday", "other")),
             "no quotes": all_widgets(no_quotes, store)}
    missing, counted = [], 0
    for label, boxes in built.items():
        for name, box in boxes.items():
            controls = find_all(box, CONTROLS)
            counted += len(controls)
            missing += [f"{label}/{name}: {type(c).__name__}" for c in controls
                        if not (c.description or "").strip()]
    assert find_all(built["seed"]["error_hunt"], w.Button, "Remove 1")
    assert counted > 50
    assert missing == []


# -- keyboard and screen readers (what the page does with these is tested in test_browser.py) ----

def page_script(box) -> str:
    """The script a kit widget runs in the page (empty when it has none)."""
    helpers = [part for part in box.children if isinstance(part, w.Output)
               and "ml-page-helper" in part._dom_classes]
    return "".join(output["data"].get("application/javascript", "")
                   for helper in helpers for output in helper.outputs)


def test_every_widget_is_drawn_in_a_kit_box(article, store):
    built = {**all_widgets(article, store),
             "choice_question": widgets.choice_question("q1", "Which?", ["a", "b"], "a", "Because.",
                                                        answers=store),
             "written_answer": widgets.written_answer("q2", "Why?", answers=store),
             "checkpoint": widgets.checkpoint("pre", answers=store)}
    for name, box in built.items():
        assert "medialit-widget" in box._dom_classes, name
        script = page_script(box)
        assert "data-lm-suppress-shortcuts" in script and "aria-live" in script, name
        helper = box.children[-1]
        assert helper.layout.display == "none", f"{name}: the page helper shows"


def groups(box) -> list[tuple[str, w.Widget]]:
    """Each question group in ``box``: (the question's words, its control)."""
    return [(group.children[0].value, group.children[1]) for group in walk(box)
            if isinstance(group, w.VBox) and "ml-group" in group._dom_classes
            and "ml-prompt" in group.children[0]._dom_classes]


def test_questions_are_groups_named_by_their_words(store):
    choice = widgets.choice_question("q1", "Who is quoted first?", ["Blinken", "Qin"], "Blinken",
                                     "He speaks first.", answers=store)
    [(words, control)] = groups(choice)
    assert "q1." in words and "Who is quoted first?" in words
    assert isinstance(control, w.RadioButtons)
    [(words, control)] = groups(widgets.written_answer("q2", "Why does it matter?", answers=store))
    assert "Why does it matter?" in words and isinstance(control, w.Textarea)
    items = widgets.load_checkpoint_items()
    found = groups(widgets.checkpoint("post", answers=store))
    assert len(found) == len(items)
    for (words, control), item in zip(found, items):
        assert f"post_{item['id']}." in words and html.escape(item["prompt"]) in words
        assert list(control.options) == item["options"]


def test_feedback_lines_are_live_regions(store):
    box = widgets.choice_question("q1", "Which?", ["a", "b"], "a", "Because.", answers=store)
    live = [part for part in walk(box) if "ml-live" in getattr(part, "_dom_classes", ())]
    find(box, w.Button, "Check").click()
    assert [part.value for part in live] == [parts.note_html("Choose an answer first.")]


def test_error_hunt_article_is_a_focusable_named_region(article, store):
    pane = find_all(widgets.error_hunt(article, answers=store), w.HTML)[1].value
    assert re.match(r"<div role='region' tabindex='0' aria-label='The article, sentence by "
                    r"sentence' style='height:300px;overflow:auto", pane)


def test_start_again_offers_the_safe_answer_first():
    """When "Start again" hides itself, focus moves to the control in its place: "No"."""
    row = parts.confirm_reset(lambda: None)
    assert [b.description for b in row.children] == ["Start again", "No, keep them",
                                                     "Yes, erase my answers"]


def test_quote_inspector_takes_a_typed_number(article):
    box = widgets.quote_inspector(article)
    number = find(box, w.BoundedIntText, "Quote number")
    picker = find(box, w.Dropdown, "Quote")
    assert (number.min, number.max) == (1, len(picker.options))
    number.value = len(picker.options)
    assert picker.value == len(picker.options) - 1
    assert picker.label.startswith(f"{len(picker.options)} · ")
    assert "⟦" in box.children[2].value
    picker.value = 2
    assert number.value == 3


def test_who_said_it_slider_is_as_wide_as_the_cell(article, store):
    assert find(widgets.who_said_it(article, answers=store), w.IntSlider, "Quote").layout.width \
        == "100%"


# -- speed: clicks never parse again ------------------------------------------------------------

def test_interactions_do_not_parse_again(article, store, monkeypatch, tmp_path):
    built = all_widgets(article, store, ("British Foreign Minister", "role-conflict"))

    def no_parsing(*args, **kwargs):
        raise AssertionError("a click parsed or analysed the article again")

    for module in (medialit.nlp, medialit.quotes, medialit):
        monkeypatch.setattr(module, "load_nlp", no_parsing)
    monkeypatch.setattr(Article, "doc", property(no_parsing))
    # analyze() imports the engine's steps from their modules when it runs them
    for module, name in ((medialit.quotes, "extract_quotes"), (medialit.sources, "build_sources"),
                         (medialit.checks, "run_checks")):
        monkeypatch.setattr(module, name, no_parsing)

    hunt = built["error_hunt"]
    add_mark(hunt, "ball", "inconsistent-term", sentence_words="alleged Chinese spy ball")
    add_mark(hunt, "met", "spelling", sentence_words="Antony Blinken met")
    find(hunt, w.Button, "Check my marks").click()
    find(hunt, w.Button, "Give me a hint").click()
    find(hunt, w.Button, "Remove 3").click()
    assert "✔ Right" in text(hunt)

    who = built["who_said_it"]
    find(who, w.Dropdown, "Who said it?").value = widgets.ANONYMOUS
    find(who, w.Button, "Check").click()
    find(who, w.IntSlider, "Quote").value = 5
    assert "Not quite" not in text(who) or "reporting verb" in text(who)

    sorter = built["source_sorter"]
    find(sorter, w.Dropdown, "Group for …").value = "Media"

    inspector = built["quote_inspector"]
    picker = find(inspector, w.Dropdown, "Quote")
    picker.value = picker.options[-1][1]

    find(built["machine_vs_me"], w.Button, "Show the comparison").click()
    assert "You found 2 of" in text(built["machine_vs_me"])
    assert len(saved(tmp_path)["error_hunt"]) == 2


# -- the pre-check and post-check -------------------------------------------------------------------

def test_pre_check_saves_each_choice_and_names_what_is_left(store, tmp_path):
    items = widgets.load_checkpoint_items()
    box = widgets.checkpoint("pre", store)
    pickers = find_all(box, w.RadioButtons)
    assert len(pickers) == len(items)
    pickers[0].value = items[0]["options"][0]
    assert saved(tmp_path) == {"pre_1": items[0]["options"][0]}
    find(box, w.Button, "I have answered").click()
    left = ", ".join("pre_" + item["id"] for item in items[1:])
    assert f"Still unanswered: {left}." in text(box)
    assert "answer is" not in text(box)  # the pre-check never gives answers away


def test_post_check_shows_answers_only_when_every_question_has_a_try(store, tmp_path):
    items = widgets.load_checkpoint_items()
    box = widgets.checkpoint("post", store)
    pickers = find_all(box, w.RadioButtons)
    pickers[0].value = items[0]["answer"]
    find(box, w.Button, "Check my answers").click()
    assert "Answer every question first. Still unanswered: post_2" in text(box)
    assert "the answer is" not in text(box)
    for picker, item in zip(pickers[1:], items[1:]):
        picker.value = next(option for option in item["options"] if option != item["answer"])
    find(box, w.Button, "Check my answers").click()
    assert f"1 of {len(items)} right." in text(box)
    assert html.escape(items[1]["explanation"]) in text(box)
    assert len(saved(tmp_path)) == len(items)
    # a new widget on the same file shows the saved choices again (after a kernel restart)
    again = widgets.checkpoint("post", AnswerStore("t", folder=tmp_path))
    assert [p.value for p in find_all(again, w.RadioButtons)] == [p.value for p in pickers]


# -- saves that fail, shown in every widget that saves ----------------------------------------------

def break_the_file(tmp_path, store, problem, monkeypatch):
    """Make the next saves fail. Root writes through a read-only mode, so the answers file's
    own read-only mode is checked by the kit; the folder and the disk are simulated."""
    store.set("setup", "done")  # the file exists
    if problem == "read-only file":
        (tmp_path / "my-answers" / "t.answers.json").chmod(0o444)
        return lambda: (tmp_path / "my-answers" / "t.answers.json").chmod(0o644)
    if problem == "read-only folder":
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(medialit.answers.tempfile, "mkstemp", refuse)
    else:
        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(os, "fsync", full)
    return monkeypatch.undo


PROBLEMS = {"read-only file": "the answers file is read-only",
            "read-only folder": "the folder of the answers file is read-only",
            "full disk": "the disk is full"}


@pytest.mark.parametrize("problem", PROBLEMS)
def test_choice_question_says_not_saved_and_keeps_the_choice(store, tmp_path, monkeypatch,
                                                            problem):
    box = widgets.choice_question("q1", "Pick", ["a", "b", "c"], "a", "Why.", store)
    fix = break_the_file(tmp_path, store, problem, monkeypatch)
    radio = find(box, w.RadioButtons)
    radio.value = "b"
    assert "Your answer is NOT saved: " + PROBLEMS[problem] in text(box)
    assert radio.value == "b" and store.get("q1") == "b"
    assert "q1" not in saved(tmp_path)
    find(box, w.Button, "Check").click()
    assert "Your answer is saved" not in text(box)  # not said while it is not true
    fix()
    radio.value = "c"
    assert saved(tmp_path)["q1"] == "c"
    assert "NOT saved" not in text(box)


@pytest.mark.parametrize("problem", PROBLEMS)
def test_written_answer_says_not_saved_and_saves_it_with_the_next_answer(store, tmp_path,
                                                                        monkeypatch, problem):
    box = widgets.written_answer("d1", "Why?", store)
    other = widgets.written_answer("d2", "And?", store)
    fix = break_the_file(tmp_path, store, problem, monkeypatch)
    area = find(box, w.Textarea)
    area.value = "My answer."
    assert "Your answer is NOT saved: " + PROBLEMS[problem] in text(box)
    assert "✔ Saved." not in text(box)
    assert area.value == "My answer." and "d1" not in saved(tmp_path)
    fix()
    find(other, w.Textarea).value = "Another answer."
    assert saved(tmp_path) == {"setup": "done", "d1": "My answer.", "d2": "Another answer."}
    again = widgets.written_answer("d1", "Why?", AnswerStore("t", folder=tmp_path))
    assert find(again, w.Textarea).value == "My answer."  # after a restart


def test_written_answer_with_half_an_emoji_says_not_saved(store, tmp_path):
    box = widgets.written_answer("d1", "Why?", store)
    area = find(box, w.Textarea)
    area.value = "whole 🙂"
    area.value = "half \ud83d"  # a lone surrogate: half of an emoji
    shown = text(box)
    assert "Your answer is NOT saved: it holds a broken character" in shown
    assert "earlier answer is still saved" in shown
    assert area.value == "half \ud83d"  # still there to be mended
    assert saved(tmp_path)["d1"] == "whole 🙂"


def test_error_hunt_says_not_saved_and_lists_the_mark_it_keeps(article, store, tmp_path,
                                                              monkeypatch):
    box = widgets.error_hunt(article, answers=store)
    fix = break_the_file(tmp_path, store, "read-only file", monkeypatch)
    add_mark(box, "British Foreign Minister", "role-conflict")
    assert "Your answer is NOT saved: the answers file is read-only" in message(box)
    assert "British Foreign Minister" in text(box).split("Your marks")[1]  # kept in memory
    assert "error_hunt" not in saved(tmp_path)
    find(box, w.Button, "Remove 1").click()
    assert "NOT saved" in message(box)
    fix()
    add_mark(box, "Qin Gang", "other")
    assert [mark["text"] for mark in saved(tmp_path)["error_hunt"]] == ["Qin Gang"]
    (tmp_path / "my-answers" / "t.answers.json").chmod(0o444)
    start, yes, _ = confirm_reset(box)
    start.click()
    yes.click()
    assert "NOT saved" in message(box) and "Your marks were erased" not in message(box)


@pytest.mark.parametrize("build", ["who_said_it", "source_sorter"])
def test_choosing_widgets_say_not_saved(article, store, tmp_path, monkeypatch, build):
    box = getattr(widgets, build)(article, answers=store)
    break_the_file(tmp_path, store, "full disk", monkeypatch)
    if build == "who_said_it":
        find(box, w.Dropdown, "Who said it?").value = first_direct_quote(article)["speaker"]
    else:
        find_all(box, w.Dropdown)[0].value = "Media"
    assert "Your answer is NOT saved: the disk is full" in text(box)
    assert saved(tmp_path) == {"setup": "done"}


def test_pre_check_says_not_saved_instead_of_saved(store, tmp_path, monkeypatch):
    items = widgets.load_checkpoint_items()
    box = widgets.checkpoint("pre", store)
    fix = break_the_file(tmp_path, store, "read-only file", monkeypatch)
    find_all(box, w.RadioButtons)[0].value = items[0]["options"][0]
    assert "Your answer is NOT saved" in text(box)
    find(box, w.Button, "I have answered").click()
    assert "✔ Saved" not in text(box) and "Your answers are saved" not in text(box)
    fix()
    find(box, w.Button, "I have answered").click()  # tries again, and says so
    assert saved(tmp_path)["pre_1"] == items[0]["options"][0]
    assert "Still unanswered" in text(box)


def test_error_hunt_with_hand_edited_marks_repairs_them_and_still_marks(article, tmp_path,
                                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    start = article.text.index("British Foreign Minister")
    end = start + len("British Foreign Minister")
    marks = [{"start": start, "end": end, "kind": "role-conflict"},  # no text
             {"start": start, "end": end, "text": 42, "kind": "other", "correction": 7},
             {"start": "x", "end": None, "text": "gone", "kind": "other"}]
    (tmp_path / "t.answers.json").write_text(json.dumps({"answers": {"error_hunt": marks}}),
                                             encoding="utf-8")  # where earlier kits kept it
    box = widgets.error_hunt(article, answers=AnswerStore("t", folder=tmp_path))
    assert "edited by hand" in text(box) and "3 parts of it were left out or repaired" in text(box)
    assert text(box).split("Your marks")[1].count("British Foreign Minister") == 2
    find(box, w.Button, "Check my marks").click()
    assert "Score:" in text(box)
    again = AnswerStore("t", folder=tmp_path)
    assert "machine" in text(widgets.machine_vs_me(article, answers=again))

"""The lessons' questions as data (medialit/lesson_data.py, medialit/data/questions/) and the
widgets built from them: no cell a student sees holds an answer, every id a notebook uses is
in the data, every option says why it is right or wrong, and reveals wait for a button."""
from __future__ import annotations

import json
import re
from pathlib import Path

import ipywidgets as w
import pytest

import medialit as ml
from medialit import lesson_data
from medialit.answers import AnswerStore, answers_path
from medialit.lesson_data import LessonDataError, all_questions, all_reveals, load_question

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*/*.ipynb"))
CALL = re.compile(r'\bml\.(question|reveal)\("([^"]+)"\)')
OLD_CALL = re.compile(r"\bml\.(choice_question|written_answer)\(")
LONG_ANSWER = 5  # words: a shorter answer ("A vague source") is a term the lesson must teach


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def plain(text: str) -> str:
    """Text as a student reads it: no Markdown emphasis, one space between words, lower case."""
    return " ".join(re.sub(r"[*_`]", "", text).split()).casefold()


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def shown_text(widget) -> str:
    """What the widget shows: its HTML parts and the Markdown its outputs hold."""
    parts = [x.value for x in walk(widget) if isinstance(x, w.HTML)]
    parts += [output["data"].get("text/markdown", "") for x in walk(widget)
              if isinstance(x, w.Output) for output in x.outputs]
    return "\n".join(parts)


def button(widget, label: str) -> w.Button:
    return next(x for x in walk(widget) if isinstance(x, w.Button) and x.description == label)


# -- the data ------------------------------------------------------------------------------------

def test_every_lesson_has_its_questions_file():
    assert lesson_data.lesson_notebooks() == [path.stem for path in LESSONS]


def test_every_choice_has_a_reason_and_one_answer():
    choices = [q for q in all_questions() if q.kind == "choice"]
    assert len(choices) >= 20
    for question in choices:
        texts = [option.text for option in question.options]
        assert texts.count(question.answer) == 1, question.id
        for option in question.options:
            # a wrong option says why it is wrong, in its own words, not the explanation again
            assert len(option.reason.split()) >= 6, (question.id, option.text)
            assert option.reason != question.explanation, question.id
        assert len({option.reason for option in question.options}) == len(texts), question.id


def test_every_id_in_the_notebooks_is_in_the_data_and_every_question_is_asked():
    questions = {q.id for q in all_questions()}
    reveals = {r.id for r in all_reveals()}
    used = set()
    for path in LESSONS:
        for cell in cells(path):
            source = "".join(cell["source"])
            assert not OLD_CALL.search(source), f"{path.name}: a question written in a cell"
            for kind, qid in CALL.findall(source):
                assert qid[:2] == path.name[:2], f"{path.name} uses {qid} of another lesson"
                assert qid in (questions if kind == "question" else reveals), f"{path.name}: {qid}"
                used.add(qid)
    assert used == questions | reveals


def test_answers_keep_their_ids():
    """A student mid-unit keeps their answers: the widget saves under the id it always used."""
    assert load_question("03-q1").saved_as == "q1"
    assert load_question("00-d2").saved_as == "d2"
    assert load_question("03-q1").notebook == "03-spot-the-errors"


def texts_to_hide() -> list[tuple[str, str]]:
    """(question id, text) for everything that must not be in a cell's source."""
    hidden = []
    for question in all_questions():
        hidden += [(question.id, question.explanation)] if question.explanation else []
        hidden += [(question.id, option.reason) for option in question.options]
        hidden += [(question.id, answer) for answer in question.model_answers]
        if question.kind == "choice":
            hidden.append((question.id, question.answer))
    hidden += [(reveal.id, paragraph) for reveal in all_reveals()
               for paragraph in reveal.text.split("\n\n") if len(paragraph.split()) >= 8]
    return hidden


@pytest.mark.parametrize("path", LESSONS + EXERCISES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_cell_shows_an_answer(path):
    """No cell's source holds an answer, a reason, an explanation or a model answer. A short
    answer ("A vague source") names an idea the lesson teaches before it asks, so only the code
    cells may not hold it."""
    for number, cell in enumerate(cells(path)):
        source = plain("".join(cell["source"]))
        for qid, words in texts_to_hide():
            if cell["cell_type"] == "markdown" and len(words.split()) < LONG_ANSWER:
                continue
            assert plain(words) not in source, f"{path.name}, cell {number}: {qid}: {words!r}"


def test_the_check_finds_an_answer_in_a_cell():
    """The test above can fail: the old cells, with their answers, are caught."""
    old = ('ml.choice_question("q1", "Why can\'t …", ["…"], "Beijing is China\'s own capital, '
           'and a country keeps embassies only in other countries", "…", answers)')
    assert any(plain(words) in plain(old) for _, words in texts_to_hide())


def test_a_file_that_cannot_be_trusted_is_refused(tmp_path, monkeypatch):
    data = json.loads((lesson_data.QUESTIONS_DIR / "03-spot-the-errors.json").read_text(
        encoding="utf-8"))
    data["questions"][0]["options"][0]["reason"] = ""
    (tmp_path / "03-spot-the-errors.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(lesson_data, "QUESTIONS_DIR", tmp_path)
    lesson_data.load_lesson_data.cache_clear()
    try:
        with pytest.raises(LessonDataError, match="03-q1: every option needs a reason"):
            load_question("03-q1")
        with pytest.raises(LessonDataError, match="No lesson has the question"):
            load_question("09-q1")
    finally:
        lesson_data.load_lesson_data.cache_clear()


# -- the widgets ---------------------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    return AnswerStore("03-spot-the-errors", folder=tmp_path)


def test_a_wrong_choice_is_told_why(store, tmp_path):
    question = load_question("03-q2")
    box = ml.question("03-q2", store)
    radio = next(x for x in walk(box) if isinstance(x, w.RadioButtons))
    assert question.explanation not in shown_text(box)
    for option in question.options:
        radio.value = option.text
        button(box, "Check").click()
        if option.text == question.answer:
            assert "✔ Right." in shown_text(box) and question.explanation in shown_text(box)
        else:
            assert "✘ Not quite." in shown_text(box)
            assert option.reason in shown_text(box)
            assert question.explanation not in shown_text(box)
    saved = json.loads(answers_path("03-spot-the-errors", tmp_path).read_text(encoding="utf-8"))
    assert saved["answers"] == {"q2": question.options[-1].text}


def test_a_question_opens_its_lessons_answers_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    box = ml.question("01-q3")
    radio = next(x for x in walk(box) if isinstance(x, w.RadioButtons))
    radio.value = radio.options[0]
    assert ml.load_answers("01-reading-closely", tmp_path) == {"q3": radio.options[0]}


def test_a_model_answer_waits_for_its_button(tmp_path):
    question = load_question("01-p2")
    box = ml.question("01-p2", AnswerStore("01-reading-closely", folder=tmp_path))
    assert question.model_answers[0] not in shown_text(box)
    button(box, "Show a model answer").click()
    assert question.model_answers[0] in shown_text(box)


def test_a_written_question_without_a_model_answer_has_no_button(tmp_path):
    box = ml.question("01-p1", AnswerStore("01-reading-closely", folder=tmp_path))
    assert not [x for x in walk(box) if isinstance(x, w.Button)]


@pytest.mark.parametrize("rid", [reveal.id for reveal in all_reveals()])
def test_a_reveal_waits_for_its_button(rid):
    reveal = lesson_data.load_reveal(rid)
    box = ml.reveal(rid)
    desk = {entry["id"]: entry for entry in ml.load_reference_desk()}
    findings = [desk[i]["finding"] for i in (desk if "*" in reveal.desk else reveal.desk)]
    assert shown_text(box).strip() == ""
    button(box, reveal.button).click()
    for words in findings + ([reveal.text.split("\n\n")[0]] if reveal.text else []):
        assert words in shown_text(box)


@pytest.mark.parametrize("notebook", lesson_data.lesson_notebooks())
def test_the_files_hold_only_the_documented_keys(notebook):
    """A misspelt key ("reasons", "model_answer") would be read as missing: refuse it here."""
    data = json.loads((lesson_data.QUESTIONS_DIR / f"{notebook}.json").read_text(encoding="utf-8"))
    assert set(data) <= {"schema_version", "notebook", "questions", "reveals"}
    for question in data["questions"]:
        assert set(question) <= {"id", "kind", "text", "options", "answer", "explanation",
                                 "model_answers", "move"}, question["id"]
        for option in question.get("options", []):
            assert set(option) == {"text", "reason"}, question["id"]
    for reveal in data.get("reveals", []):
        assert set(reveal) <= {"id", "button", "text", "desk"}, reveal["id"]


LATERAL = "read laterally"
LATERAL_LESSONS = ["01-reading-closely", "02-who-said-it", "03-spot-the-errors",
                   "06-check-it-yourself"]


def tagged_lateral() -> set[str]:
    """Ids of the questions whose data names the move "read laterally"."""
    return {question["id"] for path in sorted(lesson_data.QUESTIONS_DIR.glob("*.json"))
            for question in json.loads(path.read_text(encoding="utf-8"))["questions"]
            if question.get("move") == LATERAL}


def lateral_moves(notebook_cells: list[dict], tagged: set[str]) -> list[tuple[str, str]]:
    """(reveal, question) pairs: a reveal that opens reference-desk entries, after a Markdown
    cell that names the move, followed later by a question tagged as lateral reading."""
    moves, named, opened = [], False, None
    for cell in notebook_cells:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            named = named or LATERAL in plain(source)
            continue
        for kind, ident in CALL.findall(source):
            if kind == "reveal" and named and lesson_data.load_reveal(ident).desk:
                opened = ident
            elif kind == "question" and opened and ident in tagged:
                moves.append((opened, ident))
                opened = None
    return moves


@pytest.mark.parametrize("notebook", LATERAL_LESSONS)
def test_lateral_reading_is_practised_from_lesson_1(notebook):
    """Issue 18: the same move, named the same way, in lessons 1-3 and again in lesson 6."""
    moves = lateral_moves(cells(ROOT / "notebooks" / f"{notebook}.ipynb"), tagged_lateral())
    assert moves, f"{notebook}: no reference-desk reveal followed by a 'read laterally' question"


def test_a_lateral_move_needs_the_desk_and_the_tag():
    markdown = {"cell_type": "markdown", "source": ["### Read laterally: check one claim"]}
    desk = {"cell_type": "code", "source": ['ml.reveal("01-lateral")']}
    no_desk = {"cell_type": "code", "source": ['ml.reveal("01-missed")']}
    asked = {"cell_type": "code", "source": ['ml.question("01-q5")']}
    assert lateral_moves([markdown, desk, asked], {"01-q5"}) == [("01-lateral", "01-q5")]
    assert lateral_moves([markdown, desk, asked], set()) == []
    assert lateral_moves([markdown, no_desk, asked], {"01-q5"}) == []
    assert lateral_moves([desk, asked], {"01-q5"}) == []


def test_the_practice_article_of_lesson_4_needs_no_spacy_in_class():
    """Issue 18: transfer before lesson 6, on a practice article analysed when the kit is built."""
    from medialit.stored import load_stored

    sources = "".join("".join(cell["source"])
                      for cell in cells(ROOT / "notebooks" / "04-whose-voices.ipynb"))
    used = set(re.findall(r'load_practice_article\("([^"]+)"\)', sources))
    assert used, "lesson 4 uses no practice article"
    for name in used:
        assert load_stored(ml.load_practice_article(name)) is not None, name
    with pytest.raises(FileNotFoundError, match="football-club"):
        ml.load_practice_article("no-such-article")

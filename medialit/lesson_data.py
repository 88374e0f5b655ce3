"""The lessons' questions, answers and reveals, kept as data so that no notebook cell shows them.

Each lesson notebook has one file, ``medialit/data/questions/<notebook>.json`` (format:
``docs/lesson-questions.md``). A question's id starts with its lesson's number ("03-q1"); the
widget saves the student's answer under the rest of it ("q1"), in the lesson's answers file,
so an id never changes once a class has used it. A *reveal* is what a student should see only
after their own guess: a model text, and entries of the reference desk.

The loader refuses a file it cannot trust (an answer that is not an option, an option without
a reason), with a message that names the question: a teacher who edits a file learns at once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from medialit.article import Article

QUESTIONS_DIR = Path(__file__).resolve().parent / "data" / "questions"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option:
    """One choice of a multiple-choice question, and why it is right or wrong."""
    text: str
    reason: str


@dataclass(frozen=True)
class Question:
    """A question of a lesson: a choice (options, answer, explanation) or a written answer
    (model answers, shown only when the student asks)."""
    id: str
    notebook: str
    kind: Literal["choice", "written"]
    text: str
    options: tuple[Option, ...] = ()
    answer: str = ""
    explanation: str = ""
    model_answers: tuple[str, ...] = ()

    @property
    def saved_as(self) -> str:
        """The key of the answer in the lesson's answers file ("q1" for "03-q1")."""
        return self.id.split("-", 1)[1]

    def reason(self, choice: str) -> str:
        """Why ``choice`` is right or wrong."""
        return next(option.reason for option in self.options if option.text == choice)


@dataclass(frozen=True)
class Reveal:
    """Text (Markdown) and reference-desk entries shown only when the student presses the
    button, after their own guess."""
    id: str
    notebook: str
    button: str
    text: str
    desk: tuple[str, ...] = ()


class LessonDataError(ValueError):
    """A questions file that is not in the shape the kit expects; the message says where."""


@lru_cache(maxsize=None)
def load_lesson_data(notebook: str) -> tuple[dict[str, Question], dict[str, Reveal]]:
    """The questions and reveals of one lesson notebook ("03-spot-the-errors"), by id."""
    path = QUESTIONS_DIR / f"{notebook}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("schema_version") != SCHEMA_VERSION or data.get("notebook") != notebook:
        raise LessonDataError(f"{path.name}: schema_version must be {SCHEMA_VERSION} and "
                              f"notebook must be {notebook!r}")
    questions = {}
    for item in data.get("questions", []):
        question = Question(
            id=item["id"], notebook=notebook, kind=item["kind"], text=item["text"],
            options=tuple(Option(o["text"], o.get("reason", "")) for o in item.get("options", [])),
            answer=item.get("answer", ""), explanation=item.get("explanation", ""),
            model_answers=tuple(item.get("model_answers", [])))
        _check(question, path.name)
        questions[question.id] = question
    reveals = {item["id"]: Reveal(id=item["id"], notebook=notebook, button=item["button"],
                                  text=item.get("text", ""), desk=tuple(item.get("desk", [])))
               for item in data.get("reveals", [])}
    for rid in reveals:
        _check_id(rid, notebook, path.name)
    return questions, reveals


def _check_id(qid: str, notebook: str, where: str) -> None:
    if not qid.startswith(notebook[:2] + "-") or len(qid) < 4:
        raise LessonDataError(f"{where}: the id {qid!r} must start with {notebook[:2]}-")


def _check(question: Question, where: str) -> None:
    _check_id(question.id, question.notebook, where)
    if question.kind == "choice":
        texts = [option.text for option in question.options]
        if question.answer not in texts:
            raise LessonDataError(f"{where}, {question.id}: the answer is not one of the options")
        if len(set(texts)) != len(texts) or len(texts) < 2:
            raise LessonDataError(f"{where}, {question.id}: give two or more different options")
        if not all(option.reason.strip() for option in question.options):
            raise LessonDataError(f"{where}, {question.id}: every option needs a reason")
        if not question.explanation.strip():
            raise LessonDataError(f"{where}, {question.id}: the explanation is missing")
    elif question.kind != "written":
        raise LessonDataError(f"{where}, {question.id}: kind must be 'choice' or 'written'")


def lesson_notebooks() -> list[str]:
    """The notebooks that have a questions file, in lesson order."""
    return sorted(path.stem for path in QUESTIONS_DIR.glob("[0-9][0-9]-*.json"))


def _notebook_of(qid: str) -> str:
    for notebook in lesson_notebooks():
        if qid[:3] == notebook[:2] + "-":
            return notebook
    raise LessonDataError(f"No lesson has the question {qid!r}: an id looks like \"03-q1\" "
                          "(the lesson's number, a dash, the question).")


def load_question(qid: str) -> Question:
    """The question ``qid`` ("03-q1").

    >>> load_question("00-q1").saved_as
    'q1'
    """
    questions = load_lesson_data(_notebook_of(qid))[0]
    if qid not in questions:
        raise LessonDataError(f"Lesson {qid[:2]} has no question {qid!r}; it has "
                              f"{', '.join(questions)}.")
    return questions[qid]


def load_reveal(rid: str) -> Reveal:
    """The reveal ``rid`` ("05-r12")."""
    reveals = load_lesson_data(_notebook_of(rid))[1]
    if rid not in reveals:
        raise LessonDataError(f"Lesson {rid[:2]} has no reveal {rid!r}; it has "
                              f"{', '.join(reveals)}.")
    return reveals[rid]


def all_questions() -> list[Question]:
    """Every question of every lesson, in lesson order."""
    return [question for notebook in lesson_notebooks()
            for question in load_lesson_data(notebook)[0].values()]


def all_reveals() -> list[Reveal]:
    """Every reveal of every lesson, in lesson order."""
    return [reveal for notebook in lesson_notebooks()
            for reveal in load_lesson_data(notebook)[1].values()]


def load_practice_article(name: str = "football-club") -> Article:
    """One of the unit's practice articles (``seeds/practice-<name>.txt``), for a lesson that
    tries its skill on a text it has not practised on. Each ships with a stored analysis, so
    ``analyze`` needs no spaCy in class. Found beside the seed in a checkout of the kit.

    >>> load_practice_article().title.text[:17]
    'Ferrisford Rovers'
    """
    from medialit.article import load_article
    from medialit.stored import UNIT_ARTICLES

    path = UNIT_ARTICLES / f"practice-{name}.txt"
    if not path.is_file():
        names = sorted(found.stem.removeprefix("practice-")
                       for found in UNIT_ARTICLES.glob("practice-*.txt"))
        raise FileNotFoundError(f"There is no practice article called {name!r}. The kit has: "
                                f"{', '.join(names) or 'none (the seeds folder is missing)'}.")
    return load_article(path)

"""The class dashboard: what a whole class handed in, for the teacher.

Reads two things nbgrader leaves in the course folder (the folder of ``nbgrader_config.py``):

- the **gradebook** (``gradebook.db``, through ``nbgrader.api.Gradebook``): every student, every
  assignment and every autograded (or hand-marked) score;
- the **answers files** students handed in with their notebooks
  (``submitted/<student>/<assignment>/my-answers/<stem>.answers.json``, or beside the notebook
  where earlier versions of the kit saved them; the ``autograded/`` copy when the submission
  itself is gone): the error hunt's marks and the pre-check and post-check.

and turns them into charts (matplotlib figures, returned, never shown or kept) and a CSV file.
``teacher/class-dashboard.ipynb`` calls these functions; each works with no submissions, one,
or many, and with students who skipped an assignment.

The course folder is ``$MEDIALIT_COURSE`` when it is set, otherwise the kit's folder (the
parent of this one). Nothing here changes marks or students' files, and a missing gradebook is
never created; only ``export_csv`` writes, to the file it is given.

Limits, said out loud:

- The error charts are about the graded error hunt, q2 of ``03-spot-the-errors``: its article
  (``practice-bridge-toll.txt``, not the seed: lesson 3's practice hunt on the seed is not
  graded) and the key it is marked against (``medialit.grading.load_graded_key``:
  ``solutions/03-spot-the-errors/`` of the course if it holds one, else the key beside the
  kit's ``seeds/`` copy), and only the mistakes a reader can spot from the text alone
  (``"detectable": "text"``). A mark on a mistake that only other coverage reveals counts as
  "beyond the text", neither found nor a false alarm.
- Marks come from the error hunt (the answer ``medialit.answer_id("error_hunt", article)``
  of that article) or, when a student typed marks into q2 of ``03-spot-the-errors`` instead,
  from that cell. Both are marked by
  ``medialit.grading.score_error_hunt``, the scorer of the widget and the hidden test, so a
  mark is right, partly right (right place, wrong kind), too wide, a repeat, a false alarm or
  beyond the text here exactly as it was for the student and the autograder.
- The pre-check (``pre_1`` … ``pre_5``, lesson 0) and post-check (``post_1`` … ``post_5``,
  lesson 6) are read from whichever handed-in answers file holds them (first
  ``00-start-here.answers.json`` and ``06-check-it-yourself.answers.json``). The lesson
  notebooks are not nbgrader assignments, so these files reach the course folder only if
  someone puts them there, e.g. ``submitted/<student>/checkpoints/`` (``docs/jupyterhub.md``,
  "The class dashboard", has the commands for a JupyterHub).
"""
from __future__ import annotations

import ast
import csv
import html
import json
import math
import os
import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import ipywidgets as w
from matplotlib.ticker import MaxNLocator

import medialit as ml
from medialit.answers import find_answers_files, read_answers_file
from medialit.charts import GREY, OKABE_ITO, ChartFigure
from medialit.grading import (KIND_WORDS, PLAIN_QUOTES, load_graded_key, place_mark,
                              score_error_hunt)
from medialit.widgets import load_checkpoint_items

COURSE_VARIABLE = "MEDIALIT_COURSE"
KIT = Path(__file__).resolve().parent.parent
COURSE_ID = "medialit"
HUNT_NOTEBOOK = "03-spot-the-errors"  # the graded exercise whose q2 is the error hunt
HUNT_ARTICLE = "practice-bridge-toll.txt"  # the article of that hunt (its setup cell loads it)
CHECKPOINT_NOTEBOOKS = {"pre": "00-start-here", "post": "06-check-it-yourself"}
CSV_NAME = "class-results.csv"
STEPS = ("submitted", "autograded")  # where handed-in files are, the student's own copy first
BLUE, ORANGE, GREEN, VERMILION = OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2], OKABE_ITO[5]
TITLE_SIZE, LABEL_SIZE = 14, 11


@dataclass
class ClassData:
    """Everything the dashboard shows, read once by ``load_class``."""

    course: Path
    gradebook: Path | str | None  # None: no gradebook yet (nothing autograded)
    students: list[str] = field(default_factory=list)
    assignments: dict[str, float | None] = field(default_factory=dict)  # name -> max score
    scores: dict[tuple[str, str], dict] = field(default_factory=dict)  # (assignment, student)
    answers: dict[str, dict[str, dict]] = field(default_factory=dict)  # student -> stem -> answers
    typed_marks: dict[str, list[dict]] = field(default_factory=dict)  # student -> q2's typed marks
    error_key: list[dict] = field(default_factory=list)  # the graded hunt's key, every entry
    hunt_answer: str = ""  # the answer id under which the error hunt saves marks on that article
    checkpoint_items: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # files left out, and why


# -- reading -------------------------------------------------------------------------------------

def find_course(course: str | Path | None = None) -> Path:
    """The course folder: ``course``, else ``$MEDIALIT_COURSE``, else the kit's folder."""
    return Path(course or os.environ.get(COURSE_VARIABLE) or KIT).expanduser().resolve()


def load_class(course: str | Path | None = None, db_url: str | None = None,
               course_id: str = COURSE_ID, students: list[str] | None = None) -> ClassData:
    """Read the gradebook and the handed-in answers files of a course.

    ``db_url`` defaults to the course's ``gradebook.db`` (as ``nbgrader_config.py`` sets it);
    when that file does not exist the gradebook is simply empty (it is never created here).
    ``students``, a class list, keeps only those students (and lists every one of them, so
    who handed in nothing shows): one class of a course shared by several.

    A folder ``submitted/<student>/<name>/`` with no notebook in it (answers files only, such
    as the pre-check and post-check files a teacher copied there) adds answers, not an
    assignment.

    >>> data = load_class()                  # $MEDIALIT_COURSE, or the kit's folder
    >>> figure = plot_scores(data)
    """
    root = find_course(course)
    data = ClassData(course=root, gradebook=None)
    db_url = db_url or f"sqlite:///{root / 'gradebook.db'}"
    database = Path(db_url[len("sqlite:///"):]) if db_url.startswith("sqlite:///") else None
    if database is not None and not database.is_file():
        db_url = None  # opening it would create an empty gradebook
    if db_url:
        data.gradebook = database or db_url
        from sqlalchemy.exc import SQLAlchemyError

        try:
            data.students, data.assignments, data.scores = load_scores(db_url, course_id)
        except (SQLAlchemyError, OSError, ValueError) as error:  # locked or damaged: say so
            data.problems.append(f"The gradebook could not be read ({type(error).__name__}: "
                                 f"{error}); scores are left out.")
    article = load_hunt_article(root)
    data.hunt_answer = ml.answer_id("error_hunt", article)
    data.error_key = load_graded_key(HUNT_NOTEBOOK, article, root) or []
    if not data.error_key:
        data.problems.append(f"The answer key of the graded error hunt ({HUNT_ARTICLE}) could "
                             "not be read: the error charts are empty.")
    data.checkpoint_items = load_checkpoint_items()
    text_key = [error for error in data.error_key if error.get("detectable", "text") == "text"]
    stamps = {}  # (student, notebook stem) -> when the file in data.answers was last saved
    wanted = None if students is None else set(students)
    if wanted is not None:
        data.students = sorted(wanted)
        data.scores = {key: entry for key, entry in data.scores.items() if key[1] in wanted}
    for student, assignment, folder in handed_in_folders(root):
        if wanted is not None and student not in wanted:
            continue
        if student not in data.students:
            data.students.append(student)
        if any(folder.glob("*.ipynb")):
            data.assignments.setdefault(assignment, None)
        for stem, path in find_answers_files(folder).items():
            _add_answers(data, stamps, student, stem, path)
        notebook = folder / f"{HUNT_NOTEBOOK}.ipynb"
        if notebook.is_file() and text_key:
            typed = load_typed_marks(notebook, article, text_key)
            if typed:
                data.typed_marks[student] = typed
    data.students.sort()
    data.assignments = dict(sorted(data.assignments.items()))
    return data


def load_hunt_article(course: Path):
    """The article of the graded error hunt: the course's own copy in
    ``solutions/03-spot-the-errors/`` when it has one, else the kit's ``seeds/`` copy."""
    teachers = course / "solutions" / HUNT_NOTEBOOK / HUNT_ARTICLE
    return ml.load_article(teachers if teachers.is_file() else KIT / "seeds" / HUNT_ARTICLE)


def load_scores(db_url: str, course_id: str = COURSE_ID):
    """Students, assignments (name -> max score) and scores from an nbgrader gradebook.

    A score is ``{"score", "max_score", "needs_manual_grade"}``; a question that waits for the
    teacher counts 0 until it is marked (nbgrader's own rule).
    """
    from nbgrader.api import Gradebook

    with Gradebook(db_url, course_id=course_id) as gradebook:
        students = sorted(student.id for student in gradebook.students)
        assignments, scores = {}, {}
        for assignment in gradebook.assignments:
            assignments[assignment.name] = float(assignment.max_score or 0)
            for submission in assignment.submissions:
                scores[assignment.name, submission.student.id] = {
                    "score": float(submission.score or 0),
                    "max_score": float(submission.max_score or 0),
                    "needs_manual_grade": bool(submission.needs_manual_grade)}
    return students, assignments, scores


def handed_in_folders(course: Path):
    """(student, assignment, folder) for every handed-in assignment: the ``submitted/`` folder
    when it is there, else the ``autograded/`` copy."""
    seen = {}
    for step in STEPS:
        base = course / step
        if not base.is_dir():
            continue
        for folder in sorted(base.glob("*/*")):
            student, assignment = folder.parent.name, folder.name
            if folder.is_dir() and not student.startswith(".") and not assignment.startswith("."):
                seen.setdefault((student, assignment), folder)
    return [(student, assignment, folder) for (student, assignment), folder in sorted(seen.items())]


def _add_answers(data: ClassData, stamps: dict, student: str, stem: str, path: Path) -> None:
    """One answers file, read as the widgets read it (``medialit.answers.read_answers_file``);
    when two assignments hold the same notebook's file, the newer wins."""
    where = path.relative_to(data.course)
    try:
        answers, updated = read_answers_file(path)
    except (OSError, ValueError) as error:  # AnswerError is a ValueError
        data.problems.append(f"{where} could not be read ({error}); it is left out.")
        return
    mine = data.answers.setdefault(student, {})
    if stem not in mine or updated >= stamps[student, stem]:
        mine[stem], stamps[student, stem] = dict(answers), updated


def load_typed_marks(notebook: Path, article, key: list[dict]) -> list[dict]:
    """The marks a student typed into q2 of ``03-spot-the-errors`` (``q2_marks = [("words",
    "kind"), …]``), placed in the article as the hidden test places them
    (``medialit.grading.place_mark``). [] when none were typed or the cell is not plain data."""
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        cell = next(c for c in cells
                    if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "q2_answer")
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        typed = []
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "q2_marks"
                                                    for t in node.targets):
                typed = ast.literal_eval(node.value)
    except (OSError, ValueError, KeyError, StopIteration, SyntaxError, TypeError):
        return []
    if not isinstance(typed, list):
        return []
    placed = (place_mark(article.text, mark[0].strip(), mark[1], key) for mark in typed
              if isinstance(mark, tuple) and len(mark) == 2
              and all(isinstance(part, str) for part in mark))
    return [{**mark, "typed": True} for mark in placed if mark is not None]


# -- scores --------------------------------------------------------------------------------------

def score_summary(data: ClassData) -> dict[str, dict]:
    """Per assignment: max score, each student's score, who is missing, who waits for marking.

    >>> score_summary(ClassData(course=Path("."), gradebook=None))
    {}
    """
    summary = {}
    for name, max_score in data.assignments.items():
        scores = {student: entry["score"] for (assignment, student), entry in data.scores.items()
                  if assignment == name}
        values = sorted(scores.values())
        middle = len(values) // 2
        summary[name] = {
            "max_score": max_score,
            "scores": dict(sorted(scores.items())),
            "missing": [student for student in data.students if student not in scores],
            "waiting": sorted(student for (assignment, student), entry in data.scores.items()
                              if assignment == name and entry["needs_manual_grade"]),
            "mean": sum(values) / len(values) if values else None,
            "median": None if not values else values[middle] if len(values) % 2 else
                      (values[middle - 1] + values[middle]) / 2,
        }
    return summary


def plot_scores(data: ClassData) -> ChartFigure:
    """One histogram per assignment: how many students earned 0, 1, 2 … points (a score is
    counted in the whole point below it). The title says how many handed in."""
    summary = score_summary(data)
    if not summary:
        return _empty("Scores per assignment", "No assignments yet: nothing has been collected "
                      "or autograded. Run nbgrader collect and autograde (lessons/grading.md).")
    figure = ChartFigure(figsize=(9, 2.9 * len(summary)), layout="constrained")
    alts = []
    for ax, (name, entry) in zip(figure.subplots(len(summary), 1, squeeze=False)[:, 0],
                                 summary.items()):
        handed = len(entry["scores"])
        title = f"{name}: {handed} of {len(data.students)} handed in"
        if entry["max_score"] is None:
            _message(ax, f"{handed} collected, not autograded yet: run nbgrader autograde {name}.")
            ax.set_title(title, loc="left", fontsize=TITLE_SIZE)
            alts.append(f"{name}: collected, not autograded.")
            continue
        if not handed:
            _message(ax, "Nobody has handed this in yet.")
            ax.set_title(title, loc="left", fontsize=TITLE_SIZE)
            alts.append(f"{name}: no submissions.")
            continue
        top = max(1, math.ceil(entry["max_score"]))
        counts = Counter(min(top, math.floor(score + 1e-9)) for score in entry["scores"].values())
        points = list(range(top + 1))
        bars = ax.bar(points, [counts[p] for p in points], color=BLUE, edgecolor="black",
                      linewidth=0.6)
        ax.bar_label(bars, labels=[str(counts[p]) if counts[p] else "" for p in points])
        ax.axvline(entry["mean"], color=VERMILION, linestyle="--", linewidth=1.5,
                   label=f"mean {entry['mean']:.1f}")
        ax.legend(loc="upper left", frameon=False)
        ax.set_xticks(points)
        ax.set_xlabel(f"points (of {entry['max_score']:g}; 4.5 counts as 4)", fontsize=LABEL_SIZE)
        ax.set_ylabel("students", fontsize=LABEL_SIZE)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(0, max(counts.values()) * 1.25 + 0.5)
        notes = []
        if entry["missing"]:
            notes.append(f"not handed in: {', '.join(entry['missing'])}")
        if entry["waiting"]:
            notes.append(f"{len(entry['waiting'])} wait for your marks (counted 0 so far)")
        if notes:
            ax.text(1, 1.02, _wrap("; ".join(notes), 70), transform=ax.transAxes, ha="right",
                    va="bottom", fontsize=9)
        ax.set_title(title, loc="left", fontsize=TITLE_SIZE, pad=18 if notes else 6)
        _tidy(ax)
        alts.append(f"{name}: {handed} scores, mean {entry['mean']:.1f} of {entry['max_score']:g}.")
    figure.alt_text = "Histograms of scores per assignment. " + " ".join(alts)
    return figure


# -- the error hunt ------------------------------------------------------------------------------

def student_marks(data: ClassData, student: str) -> list[dict]:
    """The student's marks on the graded hunt's article: typed into q2 if any (they count
    then), else the error hunt's. Marks that are not well-formed are left out."""
    if data.typed_marks.get(student):
        return data.typed_marks[student]
    answers = data.answers.get(student, {})
    stems = [HUNT_NOTEBOOK] + sorted(stem for stem in answers if stem != HUNT_NOTEBOOK)
    for stem in stems:
        marks = answers.get(stem, {}).get(data.hunt_answer)
        if isinstance(marks, list) and marks:
            return [mark for mark in marks if isinstance(mark, dict)
                    and isinstance(mark.get("start"), int) and isinstance(mark.get("end"), int)
                    and isinstance(mark.get("kind"), str)]
    return []


def error_hunt_results(data: ClassData) -> dict[str, list[dict]]:
    """Each marking student's marks with a verdict, from ``medialit.grading.score_error_hunt``
    (the scorer of the widget and of the hidden test)."""
    return {student: score_error_hunt(marks, data.error_key).results
            for student in data.students if (marks := student_marks(data, student))}


def error_summary(data: ClassData) -> dict:
    """How often each mistake was found. ``errors`` lists every text-detectable mistake with
    ``found`` (right, or right place with another kind), ``partly`` (of those, the wrong kind),
    ``missed`` and the students who found it; ``hunters`` are the students who made marks."""
    results = error_hunt_results(data)
    key = [error for error in data.error_key if error.get("detectable", "text") == "text"]
    finders = defaultdict(dict)  # error id -> student -> verdict
    for student, graded in results.items():
        for result in graded:
            if result["verdict"] in ("right", "partly"):
                finders[result["error"]["id"]].setdefault(student, result["verdict"])
    errors = []
    for error in key:
        found = finders.get(error["id"], {})
        errors.append({"id": error["id"], "text": error["span"]["text"], "kind": error["kind"],
                       "severity": error.get("severity"), "found": len(found),
                       "partly": sum(1 for v in found.values() if v == "partly"),
                       "missed": len(results) - len(found), "students": sorted(found)})
    return {"hunters": sorted(results), "errors": errors}


def plot_errors(data: ClassData, top: int = 10) -> ChartFigure:
    """Two bar charts: the mistakes most students found, and those most students missed."""
    summary = error_summary(data)
    hunters = len(summary["hunters"])
    if not hunters:
        return _empty("Error hunt: found and missed", "No error-hunt marks handed in yet (they "
                      f"come with {HUNT_NOTEBOOK}: the error hunt, or marks typed into q2).")
    found = sorted((e for e in summary["errors"] if e["found"]),
                   key=lambda e: (-e["found"], e["id"]))[:top]
    # among mistakes missed equally often, real errors before style and sourcing notes
    rank = {"error": 0, "warning": 1, "note": 2}
    missed = sorted((e for e in summary["errors"] if e["missed"]),
                    key=lambda e: (-e["missed"], rank.get(e["severity"], 3), e["id"]))[:top]
    rows = max(len(found), len(missed), 1)
    figure = ChartFigure(figsize=(10, 1.6 + 2 * (1.2 + 0.42 * rows)), layout="constrained")
    found_ax, missed_ax = figure.subplots(2, 1)
    share = hunters or 1
    _hbars(found_ax, found, "found", GREEN, hunters,
           f"Found most often (by {hunters} student{'s' if hunters != 1 else ''} who marked)",
           "Nobody found any mistake in the key yet.",
           extra=lambda e: f" ({e['partly']} with another kind)" if e["partly"] else "")
    _hbars(missed_ax, missed, "missed", ORANGE, hunters, "Missed most often",
           "Every mistake was found by every student who marked. Well done!")
    best = found[0] if found else None
    figure.alt_text = (f"Error hunt of {hunters} students. "
                       + (f"Most found: {best['id']} “{best['text'][:40]}” by {best['found']} of "
                          f"{share}. " if best else "No mistake was found. ")
                       + ("Most missed: " + "; ".join(f"{e['id']} “{e['text'][:30]}” "
                                                       f"({e['missed']})" for e in missed[:3])
                          if missed else "None missed."))
    return figure


def false_alarms(data: ClassData) -> list[dict]:
    """Passages marked as mistakes where the key has none, grouped by their words (ignoring
    case, spacing and curly quotes): ``text``, ``count`` (marks), ``students``, ``kinds``."""
    groups = {}
    for student, graded in error_hunt_results(data).items():
        for result in graded:
            if result["verdict"] != "not-an-error":
                continue
            mark = result["mark"]
            text = str(mark.get("text") or "").strip()
            norm = " ".join(text.translate(PLAIN_QUOTES).casefold().split())
            group = groups.setdefault(norm, {"text": text, "count": 0, "students": set(),
                                             "kinds": Counter()})
            group["count"] += 1
            group["students"].add(student)
            group["kinds"][mark.get("kind", "")] += 1
    alarms = [{**group, "students": sorted(group["students"]), "kinds": dict(group["kinds"])}
              for group in groups.values()]
    return sorted(alarms, key=lambda a: (-len(a["students"]), -a["count"], a["text"].casefold()))


def plot_false_alarms(data: ClassData, top: int = 10) -> ChartFigure:
    """The passages most often flagged wrongly, by number of students."""
    alarms = false_alarms(data)[:top]
    if not alarms:
        hunters = len(error_hunt_results(data))
        return _empty("False alarms", "No false alarms: every mark was on a real mistake."
                      if hunters else "No error-hunt marks handed in yet.")
    figure = ChartFigure(figsize=(10, 1.4 + 0.45 * len(alarms)), layout="constrained")
    ax = figure.add_subplot()
    positions = list(range(len(alarms)))[::-1]
    values = [len(alarm["students"]) for alarm in alarms]
    ax.barh(positions, values, color=VERMILION, edgecolor="black", linewidth=0.6, hatch="//")
    ax.set_yticks(positions, [f"“{_short(a['text'], 45)}”" for a in alarms])
    for position, alarm, value in zip(positions, alarms, values):
        kinds = ", ".join(kind for kind, _ in Counter(alarm["kinds"]).most_common(3))
        ax.text(value, position, f" {value} · marked as {_short(kinds, 50)}", va="center",
                fontsize=9)
    ax.set_xlim(0, max(values) * 1.8 + 0.5)
    ax.set_xlabel("students who flagged it", fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("False alarms: passages flagged where there is no mistake", loc="left",
                 fontsize=TITLE_SIZE)
    _tidy(ax)
    figure.alt_text = "False alarms, most common first: " + "; ".join(
        f"“{_short(a['text'], 40)}” by {len(a['students'])}" for a in alarms) + "."
    return figure


# -- the pre-check and post-check --------------------------------------------------------------

def checkpoint_answers(data: ClassData, student: str, stage: str) -> dict[str, str]:
    """A student's pre-check or post-check answers (item id -> option), from the file of the
    lesson that asks them, else from any handed-in file that holds them; {} when not taken."""
    answers = data.answers.get(student, {})
    home = CHECKPOINT_NOTEBOOKS[stage]
    for stem in [home] + sorted(stem for stem in answers if stem != home):
        given = {item["id"]: answers.get(stem, {}).get(f"{stage}_{item['id']}")
                 for item in data.checkpoint_items}
        given = {qid: value for qid, value in given.items() if isinstance(value, str)}
        if given:
            return given
    return {}


def checkpoint_gains(data: ClassData) -> dict:
    """Right answers (of 5) before and after the unit, per student and for the class.

    ``students``: student -> {"pre", "post", "gain"} (None when that check was not taken; an
    unanswered question of a check that was taken counts as wrong). ``items``: per question,
    the share right before and after. ``class``: the means, the gain over students who took
    both.
    """
    items = data.checkpoint_items
    per_student, right = {}, {stage: Counter() for stage in CHECKPOINT_NOTEBOOKS}
    takers = {stage: 0 for stage in CHECKPOINT_NOTEBOOKS}
    for student in data.students:
        row = {}
        for stage in CHECKPOINT_NOTEBOOKS:
            given = checkpoint_answers(data, student, stage)
            if not given:
                row[stage] = None
                continue
            takers[stage] += 1
            correct = [item["id"] for item in items if given.get(item["id"]) == item["answer"]]
            right[stage].update(correct)
            row[stage] = len(correct)
        row["gain"] = row["post"] - row["pre"] if None not in (row["pre"], row["post"]) else None
        if row["pre"] is not None or row["post"] is not None:
            per_student[student] = row
    both = [row for row in per_student.values() if row["gain"] is not None]

    def mean(values):
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    return {
        "students": per_student,
        "items": [{"id": item["id"], "prompt": item["prompt"],
                   "pre": right["pre"][item["id"]] / takers["pre"] if takers["pre"] else None,
                   "post": right["post"][item["id"]] / takers["post"] if takers["post"] else None}
                  for item in items],
        "class": {"taken_pre": takers["pre"], "taken_post": takers["post"], "taken_both": len(both),
                  "mean_pre": mean(r["pre"] for r in per_student.values()),
                  "mean_post": mean(r["post"] for r in per_student.values()),
                  "mean_gain": mean(r["gain"] for r in both),
                  "out_of": len(items)},
    }


def plot_gain(data: ClassData) -> ChartFigure:
    """Pre-check and post-check: right answers per student, and the share of the class right
    per question, before and after."""
    gains = checkpoint_gains(data)
    if not gains["students"]:
        return _empty("Pre-check and post-check", "No pre-check or post-check answers handed "
                      f"in yet ({CHECKPOINT_NOTEBOOKS['pre']}.answers.json and "
                      f"{CHECKPOINT_NOTEBOOKS['post']}.answers.json in "
                      "submitted/<student>/<folder>/: see docs/jupyterhub.md).")
    whole, out_of = gains["class"], gains["class"]["out_of"]
    students = sorted(gains["students"])
    figure = ChartFigure(figsize=(11, 4.6), layout="constrained")
    people, questions = figure.subplots(1, 2, width_ratios=[max(2, len(students)), 3])
    width = 0.4
    for offset, stage, colour, hatch in ((-width / 2, "pre", GREY, "//"),
                                         (width / 2, "post", BLUE, None)):
        xs = [i + offset for i, s in enumerate(students) if gains["students"][s][stage] is not None]
        ys = [gains["students"][s][stage] for s in students
              if gains["students"][s][stage] is not None]
        if xs:
            bars = people.bar(xs, ys, width, color=colour, hatch=hatch, edgecolor="black",
                              linewidth=0.6, label=f"{stage}-check")
            people.bar_label(bars, fontsize=9)
    people.set_xticks(range(len(students)), students, rotation=45 if len(students) > 6 else 0,
                      ha="right" if len(students) > 6 else "center")
    people.set_ylim(0, out_of + 1)
    people.set_ylabel(f"right answers (of {out_of})", fontsize=LABEL_SIZE)
    people.legend(loc="upper left", frameon=False, ncols=2)
    if whole["mean_gain"] is not None:
        title = (f"Class gain: {whole['mean_gain']:+.1f} of {out_of} "
                 f"({whole['taken_both']} took both checks)")
    else:
        title = f"No gain yet: nobody has taken both checks ({whole['taken_pre']} pre, " \
                f"{whole['taken_post']} post)"
    people.set_title(title, loc="left", fontsize=TITLE_SIZE)
    _tidy(people)
    labels = [f"Q{item['id']}" for item in gains["items"]]
    for offset, stage, colour, hatch in ((-width / 2, "pre", GREY, "//"),
                                         (width / 2, "post", BLUE, None)):
        if whole[f"taken_{stage}"]:
            questions.bar([i + offset for i in range(len(labels))],
                          [100 * item[stage] for item in gains["items"]], width, color=colour,
                          hatch=hatch, edgecolor="black", linewidth=0.6, label=f"{stage}-check")
    questions.set_xticks(range(len(labels)), labels)
    questions.set_ylim(0, 115)
    questions.set_ylabel("% of the class right", fontsize=LABEL_SIZE)
    questions.legend(loc="upper left", frameon=False, ncols=2)
    questions.set_title("Per question", loc="left", fontsize=TITLE_SIZE)
    _tidy(questions)
    figure.alt_text = (f"Pre-check and post-check. {title}. " + "; ".join(
        f"{s}: {_num(gains['students'][s]['pre'])} before, {_num(gains['students'][s]['post'])} "
        "after" for s in students) + ".")
    return figure


# -- the performance task, before and after ----------------------------------------------------
#
# The task has two forms, one nbgrader assignment each (TASK_FORMS): half the class takes form A
# at the start of the unit and B at the end, the other half the other way round
# (lessons/performance-task.md). Nothing says which submission was the "before": a student's
# first task submission (by the time nbgrader recorded it) is their pre-task, the second their
# post-task, unless the teacher's ``first_forms`` says which form a student took first.

TASK_FORMS = {"task-form-a": "task-library-hours.txt", "task-form-b": "task-skatepark.txt"}
TASK_QUESTIONS = {"q1": "sources named", "q2": "problems found", "q3": "problems explained",
                  "q4": "missing voices", "q5": "claim checked"}


def load_task_submissions(db_url: str, course_id: str = COURSE_ID) -> list[dict]:
    """Every performance-task submission in an nbgrader gradebook: ``student``, ``form`` (the
    assignment), ``timestamp`` (when it was handed in; None if nbgrader has none), ``score``,
    ``max_score``, ``waiting`` (written answers not marked yet) and ``questions`` (grade id ->
    points: the teacher's mark when there is one, else the computer's; None while waiting)."""
    from nbgrader.api import Gradebook, MissingEntry

    found = []
    with Gradebook(db_url, course_id=course_id) as gradebook:
        for form in TASK_FORMS:
            try:
                assignment = gradebook.find_assignment(form)
            except MissingEntry:
                continue
            for submission in assignment.submissions:
                questions = {}
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        questions[grade.name] = None if grade.needs_manual_grade else \
                            float(grade.score or 0)
                found.append({"student": submission.student.id, "form": form,
                              "timestamp": submission.timestamp,
                              "score": float(submission.score or 0),
                              "max_score": float(submission.max_score or 0),
                              "waiting": bool(submission.needs_manual_grade),
                              "questions": questions})
    return found


ANSWERS_FOLDERS = ("my-answers", ".answers")  # where newer kits keep answers, beside the notebook


def task_answers_file(folder: Path, stem: str) -> Path | None:
    """A handed-in answers file: in the answers folder beside the notebook (``my-answers/``),
    or beside the notebook itself, where earlier versions of the kit kept it."""
    for path in [folder / name / f"{stem}.answers.json" for name in ANSWERS_FOLDERS] + \
            [folder / f"{stem}.answers.json"]:
        if path.is_file():
            return path
    return None


def task_problems_found(course: Path, student: str, form: str) -> int | None:
    """How many of the task article's mistakes the student found in q2 (marks typed into the
    notebook, else the error hunt's in the handed-in answers file), by the one scorer; None
    when nothing of theirs was handed in."""
    folder = next((course / step / student / form for step in STEPS
                   if (course / step / student / form).is_dir()), None)
    if folder is None:
        return None
    name = TASK_FORMS[form]
    copies = (folder / name, course / "solutions" / form / name)
    article = ml.load_article(next((path for path in copies if path.is_file()),
                                   KIT / "seeds" / name))
    key = load_graded_key(form, article, course) or []
    text_key = [error for error in key if error.get("detectable", "text") == "text"]
    marks = load_typed_marks(folder / f"{form}.ipynb", article, text_key)
    if not marks and (path := task_answers_file(folder, form)) is not None:
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))["answers"]
            marks = saved.get(ml.answer_id("error_hunt", article), [])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            marks = []
    return score_error_hunt(marks if isinstance(marks, list) else [], key).found if key else None


def task_gains(data: ClassData, first_forms: dict[str, str] | None = None) -> dict:
    """Each student's performance task before and after, and the class's gain.

    ``students``: student -> ``{"pre", "post", "gain"}``, where ``pre`` and ``post`` are
    ``{"form", "score", "max_score", "waiting", "questions", "problems_found"}`` or None, and
    ``gain`` is post minus pre in points (None unless both were taken). ``class``: how many
    took each, ``mean_pre``, ``mean_post``, ``mean_gain`` (over students who took both) and
    ``out_of``. ``questions``: per question, the class's mean points before and after.
    Written answers not marked yet count 0, as in nbgrader; ``waiting`` says so.

    >>> task_gains(ClassData(course=Path("."), gradebook=None))["class"]["mean_gain"] is None
    True
    """
    first_forms = first_forms or {}
    submissions = []
    if data.gradebook is not None:
        db_url = (data.gradebook if isinstance(data.gradebook, str)
                  else f"sqlite:///{data.gradebook}")
        from sqlalchemy.exc import SQLAlchemyError

        try:
            submissions = load_task_submissions(db_url)
        except (SQLAlchemyError, OSError, ValueError) as error:  # locked or damaged: say so
            data.problems.append(f"The performance task could not be read from the gradebook "
                                 f"({type(error).__name__}: {error}).")
    wanted = set(data.students) if data.students else None
    mine = defaultdict(list)
    for entry in submissions:
        if wanted is None or entry["student"] in wanted:
            mine[entry["student"]].append(entry)
    students = {}
    for student, taken in sorted(mine.items()):
        first = first_forms.get(student)
        taken.sort(key=lambda e: (e["form"] != first if first else False,
                                  e["timestamp"] is None, e["timestamp"] or 0, e["form"]))
        stages = dict(zip(("pre", "post"), taken))
        for entry in stages.values():
            entry["problems_found"] = task_problems_found(data.course, student, entry["form"])
        pre, post = stages.get("pre"), stages.get("post")
        students[student] = {"pre": pre, "post": post,
                             "gain": post["score"] - pre["score"] if pre and post else None}

    def mean(values):
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    rows = students.values()
    return {
        "students": students,
        "questions": {qid: {stage: mean((row[stage] or {}).get("questions", {}).get(qid)
                                        for row in rows if row[stage]) for stage in ("pre", "post")}
                      for qid in TASK_QUESTIONS},
        "class": {"taken_pre": sum(1 for r in rows if r["pre"]),
                  "taken_post": sum(1 for r in rows if r["post"]),
                  "taken_both": sum(1 for r in rows if r["gain"] is not None),
                  "mean_pre": mean(r["pre"]["score"] for r in rows if r["pre"]),
                  "mean_post": mean(r["post"]["score"] for r in rows if r["post"]),
                  "mean_gain": mean(r["gain"] for r in rows),
                  "waiting": sorted(s for s, r in students.items()
                                    if any(e and e["waiting"] for e in (r["pre"], r["post"]))),
                  "out_of": max((e["max_score"] for e in submissions), default=None)},
    }


def task_summary(gains: dict) -> str:
    """The task's results as a Markdown table: one row per student, then the class."""
    whole = gains["class"]
    if not gains["students"]:
        return ("No performance task in the gradebook yet: collect and autograde "
                f"{' and '.join(TASK_FORMS)} (lessons/performance-task.md).")

    def stage(entry):
        if entry is None:
            return "—"
        found = "" if entry["problems_found"] is None else f", {entry['problems_found']} found"
        return (f"{entry['score']:g} ({entry['form'][-1].upper()}{found})"
                + (" ✎" if entry["waiting"] else ""))

    lines = ["| student | before (form) | after (form) | gain |", "|---|---|---|---|"]
    for student, row in gains["students"].items():
        gain = "—" if row["gain"] is None else f"{row['gain']:+g}"
        lines.append(f"| {student} | {stage(row['pre'])} | {stage(row['post'])} | {gain} |")
    out_of = f" of {whole['out_of']:g}" if whole["out_of"] else ""
    lines.append("")
    lines.append(f"**Class:** before {_mean_words(whole['mean_pre'])}{out_of} "
                 f"({whole['taken_pre']} students), after {_mean_words(whole['mean_post'])}"
                 f"{out_of} ({whole['taken_post']}); mean gain "
                 + ("—" if whole["mean_gain"] is None else f"{whole['mean_gain']:+.1f} points")
                 + f" over the {whole['taken_both']} who took both.")
    if whole["waiting"]:
        lines.append(f"✎ Written answers still to mark in the formgrader (counted 0 until "
                     f"then): {', '.join(whole['waiting'])}.")
    return "\n".join(lines)


def _mean_words(value) -> str:
    return "—" if value is None else f"{value:.1f}"


def plot_task_gain(data: ClassData, first_forms: dict[str, str] | None = None) -> ChartFigure:
    """The performance task before and after: each student's points (left) and the class's
    mean points per question (right)."""
    gains = task_gains(data, first_forms)
    if not gains["students"]:
        return _empty("Performance task: before and after", task_summary(gains))
    whole, students = gains["class"], list(gains["students"])
    figure = ChartFigure(figsize=(11, 4.6), layout="constrained")
    people, questions = figure.subplots(1, 2, width_ratios=[max(2, len(students)), 3])
    width = 0.4
    for offset, stage, colour, hatch in ((-width / 2, "pre", GREY, "//"),
                                         (width / 2, "post", BLUE, None)):
        shown = [(i, gains["students"][s][stage]["score"]) for i, s in enumerate(students)
                 if gains["students"][s][stage]]
        if shown:
            bars = people.bar([i + offset for i, _ in shown], [v for _, v in shown], width,
                              color=colour, hatch=hatch, edgecolor="black", linewidth=0.6,
                              label="before" if stage == "pre" else "after")
            people.bar_label(bars, fmt="%g", fontsize=9)
    people.set_xticks(range(len(students)), students, rotation=45 if len(students) > 6 else 0,
                      ha="right" if len(students) > 6 else "center")
    people.set_ylim(0, (whole["out_of"] or 10) + 1.5)
    people.set_ylabel(f"points (of {whole['out_of'] or 10:g})", fontsize=LABEL_SIZE)
    people.legend(loc="upper left", frameon=False, ncols=2)
    title = (f"Class gain: {whole['mean_gain']:+.1f} points ({whole['taken_both']} took both)"
             if whole["mean_gain"] is not None else
             f"No gain yet: nobody has taken both forms ({whole['taken_pre']} before)")
    people.set_title(title, loc="left", fontsize=TITLE_SIZE)
    _tidy(people)
    labels = list(TASK_QUESTIONS)
    for offset, stage, colour, hatch in ((-width / 2, "pre", GREY, "//"),
                                         (width / 2, "post", BLUE, None)):
        values = [gains["questions"][qid][stage] for qid in labels]
        if any(v is not None for v in values):
            questions.bar([i + offset for i in range(len(labels))], [v or 0 for v in values],
                          width, color=colour, hatch=hatch, edgecolor="black", linewidth=0.6,
                          label="before" if stage == "pre" else "after")
    questions.set_xticks(range(len(labels)), [f"{q}\n{TASK_QUESTIONS[q]}" for q in labels],
                         fontsize=9)
    questions.set_ylim(0, 2.6)
    questions.set_ylabel("mean points (of 2)", fontsize=LABEL_SIZE)
    questions.legend(loc="upper left", frameon=False, ncols=2)
    questions.set_title("Per question", loc="left", fontsize=TITLE_SIZE)
    _tidy(questions)
    figure.alt_text = f"Performance task before and after. {title}. " + "; ".join(
        f"{s}: {_num((r['pre'] or {}).get('score'))} before, "
        f"{_num((r['post'] or {}).get('score'))} after"
        for s, r in gains["students"].items()) + "."
    return figure


# -- the table and the CSV ----------------------------------------------------------------------

def results_table(data: ClassData) -> list[dict]:
    """One row per student: each assignment's score (None if not handed in), the total, the
    error hunt and the checks. The columns of ``export_csv``."""
    results = error_hunt_results(data)
    gains = checkpoint_gains(data)["students"]
    possible = sum(v for v in data.assignments.values() if v is not None)
    rows = []
    for student in data.students:
        row = {"student": student}
        for name in data.assignments:
            entry = data.scores.get((name, student))
            row[name] = entry["score"] if entry else None
        graded = [e for (name, s), e in data.scores.items() if s == student]
        row["total_score"] = sum(e["score"] for e in graded) if graded else None
        row["max_score"] = possible
        row["waiting_for_teacher"] = " ".join(sorted(name for (name, s), e in data.scores.items()
                                                     if s == student and e["needs_manual_grade"]))
        verdicts = Counter(r["verdict"] for r in results.get(student, []))
        hunted = student in results
        row["errors_found"] = verdicts["right"] + verdicts["partly"] if hunted else None
        row["errors_partly"] = verdicts["partly"] if hunted else None
        row["false_alarms"] = verdicts["not-an-error"] if hunted else None
        row["beyond_the_text"] = verdicts["beyond-the-text"] if hunted else None
        check = gains.get(student, {})
        row["pre_check"], row["post_check"] = check.get("pre"), check.get("post")
        row["gain"] = check.get("gain")
        rows.append(row)
    return rows


def csv_columns(data: ClassData) -> list[str]:
    return ["student", *data.assignments, "total_score", "max_score", "waiting_for_teacher",
            "errors_found", "errors_partly", "false_alarms", "beyond_the_text", "pre_check",
            "post_check", "gain"]


def export_csv(path: str | Path = CSV_NAME, data: ClassData | None = None) -> Path:
    """Write the results table to a CSV file (UTF-8, one row per student; empty cells for what
    a student did not hand in) and return its path. With no data, the course is read now.

    >>> export_csv("class-results.csv", load_class())      # doctest: +SKIP
    """
    data = data or load_class()
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=csv_columns(data))
        writer.writeheader()
        for row in results_table(data):
            writer.writerow({name: _cell(value) for name, value in row.items()})
    return path


def export_button(path: str | Path = CSV_NAME, course: str | Path | None = None) -> w.VBox:
    """A button that reads the course again (new submissions included) and writes the CSV."""
    button = w.Button(description=f"Export {Path(path).name}", icon="download",
                      tooltip="Save every student's results as a spreadsheet (CSV)",
                      layout=w.Layout(width="auto"))
    status = w.HTML()

    def export(_):
        try:
            data = load_class(course)
            written = export_csv(path, data)
        except OSError as error:
            status.value = f"⚠ The file could not be written: {html.escape(str(error))}"
            return
        count = len(data.students)
        status.value = (f"✔ Saved {count} student{'s' if count != 1 else ''}"
                        f" to <code>{html.escape(str(written))}</code>.")

    button.on_click(export)
    return w.VBox([button, status])


def summary(data: ClassData) -> str:
    """A short Markdown overview: where the data comes from, who handed in what, problems."""
    lines = [f"**Course folder:** `{data.course}`"]
    if data.gradebook is None:
        lines.append("**Gradebook:** none yet (nothing has been autograded).")
    else:
        lines.append(f"**Gradebook:** `{data.gradebook}`")
    lines.append(f"**Students:** {len(data.students)}"
                 + (f" ({', '.join(data.students)})" if 0 < len(data.students) <= 40 else ""))
    scores = score_summary(data)
    if scores:
        lines += ["", "| assignment | handed in | not handed in | waiting for your marks | mean |",
                  "|---|---|---|---|---|"]
        for name, entry in scores.items():
            mean = ("—" if entry["mean"] is None else
                    f"{entry['mean']:.1f} of {entry['max_score']:g}" if entry["max_score"] else
                    f"{entry['mean']:.1f}")
            missing, waiting = ", ".join(entry["missing"]), ", ".join(entry["waiting"])
            lines.append(f"| {name} | {len(entry['scores'])} | {missing or '—'} "
                         f"| {waiting or '—'} | {mean} |")
    else:
        lines.append("Nothing has been collected yet: the charts below are empty.")
    typed = sorted(data.typed_marks)
    if typed:
        lines.append(f"\nMarks typed into q2 instead of the error hunt: {', '.join(typed)}.")
    if data.problems:
        lines += ["", "**Left out:**"] + [f"- {problem}" for problem in data.problems]
    return "\n".join(lines)


# -- drawing helpers ---------------------------------------------------------------------------

def _empty(title: str, message: str) -> ChartFigure:
    figure = ChartFigure(figsize=(9, 2.4), layout="constrained")
    ax = figure.add_subplot()
    _message(ax, message)
    ax.set_title(title, loc="left", fontsize=TITLE_SIZE)
    figure.alt_text = f"{title}: {message}"
    return figure


def _message(ax, message: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, _wrap(message, 70), ha="center", va="center", fontsize=LABEL_SIZE,
            transform=ax.transAxes)


def _hbars(ax, errors, measure, colour, hunters, title, nothing, extra=lambda e: "") -> None:
    if not errors:
        _message(ax, nothing)
        ax.set_title(title, loc="left", fontsize=TITLE_SIZE)
        return
    positions = list(range(len(errors)))[::-1]
    values = [e[measure] for e in errors]
    ax.barh(positions, values, color=colour, edgecolor="black", linewidth=0.6)
    ax.set_yticks(positions, [f"{e['id']} “{_short(e['text'], 32)}”" for e in errors])
    for position, error, value in zip(positions, errors, values):
        kind = KIND_WORDS.get(error["kind"], error["kind"]).lower()
        ax.text(value, position, f" {value} of {hunters} · {kind}{extra(error)}", va="center",
                fontsize=9)
    ax.set_xlim(0, hunters * 2.2)
    ax.set_xlabel("students", fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, loc="left", fontsize=TITLE_SIZE)
    _tidy(ax)


def _tidy(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _num(value) -> str:
    return "—" if value is None else f"{value:g}"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)

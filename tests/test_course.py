"""The graded exercises, through the real nbgrader pipeline, on a copy of the course.

``solutions/`` is the teacher's source, ``exercises/`` the student copy that
``nbgrader generate_assignment`` writes from it (``lessons/grading.md``). The module copies
``nbgrader_config.py`` and ``solutions/`` into a temporary folder and, there, runs the same
commands a teacher runs, with ``HOME`` and the exchange inside the temporary folder so that
nothing is written anywhere else:

- ``generate_assignment`` again, to compare with the committed ``exercises/``;
- ``validate`` on copies of the solutions and of the exercises (in the background, while
  autograde runs: validate never touches the gradebook);
- ``autograde`` of four students at once: ``teacher`` hands in the solutions, ``blank`` the
  untouched exercises, ``partial`` some right and some wrong answers (typed, and saved by the
  widgets in the answers file), ``broken`` wrong types and a cell that does not run;
- ``generate_feedback`` (without the hidden tests) and ``export`` of the grades to CSV.

Each nbgrader command starts a Python process (2–3 s) and each notebook a kernel (3–6 s), so
the whole module takes one to three minutes. Students are always named on the command line
(``--student=``): under root, nbgrader would otherwise take the user name "root".
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html import unescape
from pathlib import Path

import nbformat
import pytest

import medialit as ml
from kernel_noise import KERNEL_SHUTDOWN_RACE, without_kernel_shutdown_race

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
EXERCISES = ROOT / "exercises"
# the unit's five exercises; hunts a teacher made (a versions.json, below) are not the kit's
STEMS = sorted(path.name for path in SOLUTIONS.iterdir() if (path / f"{path.name}.ipynb").exists()
               and not (path / "versions.json").exists())
BIN = Path(sys.executable).parent  # the kit's .venv/bin: nbgrader, and alembic, which it calls
NBGRADER = shutil.which("nbgrader", path=str(BIN))
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS", re.S)
SOLUTION = re.compile(r"### BEGIN SOLUTION.*?### END SOLUTION", re.S)

pytestmark = pytest.mark.skipif(NBGRADER is None, reason=f"nbgrader is not installed in {BIN}")


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def grade_meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def cell_of(notebook, grade_id: str):
    return next(cell for cell in notebook.cells if grade_meta(cell).get("grade_id") == grade_id)


# -- the submissions ------------------------------------------------------------------------------

def quote_id(text: str) -> str:
    """The who-said-it widget's key for a quote of the seed: "start-end" of its words."""
    quote = next(q for q in ml.load_quote_key(ml.load_article()) if q["content"]["text"] == text)
    return f"{quote['content']['start']}-{quote['content']['end']}"


PRACTICE = SOLUTIONS / "06-check-it-yourself" / "practice-school-air.txt"
BRIDGE = SOLUTIONS / "03-spot-the-errors" / "practice-bridge-toll.txt"  # 03's graded hunt


def practice_hunt_key(path: Path = PRACTICE) -> str:
    """Where the error hunt files its marks about a practice article (not the seed)."""
    from medialit.answers import answer_id

    return answer_id("error_hunt", ml.load_article(path))


def mark(words: str, kind: str, article=None) -> dict:
    """A mark as the error hunt saves it, on the first whole-word occurrence of the words."""
    text = (article or ml.load_article()).text
    start = re.search(rf"\b{re.escape(words)}\b", text).start()
    return {"start": start, "end": start + len(words), "text": words, "kind": kind,
            "correction": None}


def practice_mark(words: str, kind: str, path: Path = PRACTICE) -> dict:
    return mark(words, kind, ml.load_article(path))


def answers_file(stem: str, answers: dict, where: str = "my-answers/") -> dict:
    """The answers file the widgets save (``where=""``: beside the notebook, where earlier
    versions of the kit saved it)."""
    return {f"{where}{stem}.answers.json": {"schema_version": 1, "notebook": stem, "answers": answers}}


# Answers for the ✎ cells (by grade_id) and the answers file, with the points they must earn.
PARTIAL = {
    "02-who-said-it": {
        "cells": {
            "q1_answer": 'q1_speaker = "Qin Gang"',
            # typed answers win; the empty ones fall back to the widget's saved choices
            "q2_answer": 'q2_speakers = {"thaw": "Biden", "very clear eyes": "", '
                         '"It’s not a good look,": "", "invitation for aggression": "Qin Gang"}',
            "q3_answer": 'q3_kinds = {"Matthew Miller": "named", "A senior US official": "vague", '
                         '"Analysts": "Vague", "China’s Foreign Ministry": ""}',
            "q4": "We cannot check who an anonymous source is.",
        },
        "answers": lambda: {"who_said_it": {
            quote_id("very clear eyes"): "An unnamed (anonymous) source",
            quote_id("It’s not a good look,"): "Mike Gallagher"}},
        "points": {"q1": 0, "q2": 1.0, "q3": 1.0, "q4": None},  # None: waits for the teacher
    },
    "03-spot-the-errors": {
        "cells": {"q1_answer": 'q1_job = "deputy mayor"',
                  "q3a_answer": 'q3a_word = " Association "'},
        # the error hunt's marks on the bridge article only: three right, one right place but
        # wrong kind, one false alarm; and marks on the seed (lesson 3's hunt), which never count
        "answers": lambda: {practice_hunt_key(BRIDGE): [
            practice_mark("pedestrains", "spelling", BRIDGE),
            practice_mark("Alliance", "inconsistent-term", BRIDGE),
            practice_mark("12.4 million", "self-contradiction", BRIDGE),
            practice_mark("reported", "vague-attribution", BRIDGE),
            practice_mark("town hall", "other", BRIDGE)],
            "error_hunt": [mark("ballon", "spelling"), mark("ball", "inconsistent-term")]},
        "points": {"q1": 1, "q2": 2.0, "q3a": 1, "q3b": 0, "q4": 0},  # q2: 4 × (3+½−½) / 6
    },
    "04-whose-voices": {
        "cells": {"q1_answer": 'q1_fewest = "chinese government"',
                  "q2_answer": 'q2_groups = {"Matthew Miller": "", "Mike Gallagher": "", '
                               '"Qin Gang": "", "Evan Medeiros": "", '
                               '"Dennis Wilder": "Not stated"}',
                  "q3_answer": 'q3_last_word = "Krishnamoorthi"'},
        "answers": lambda: {"source_sorter": {
            "Matthew Miller": "US government", "Mike Gallagher": "US government",
            "Qin Gang": "Chinese government", "Evan Medeiros": "Academics and think tanks",
            "Dennis Wilder": "US government"}},
        "points": {"q1": 1, "q2": 1.6, "q3": 1, "q4": 0},  # q2: four of five right, 0.4 each
    },
    "06-check-it-yourself": {
        "cells": {
            "q1_answer": 'q1_speaker = "Farrant"',
            "q3_answer": 'q3_kinds = {"Amira Haddad": "Named", "Peter Lowe": "named", '
                         '"A council officer": "vague", "Experts": "vague"}',
        },
        # the error hunt on the practice article: one right mark given twice (earns once), a
        # whole-sentence mark (much wider than its mistake: nothing), the right place with the
        # wrong kind (half), a false alarm (minus half): 1 of the 6 needed for 4 points (a
        # discussion note, such as "Experts", would earn nothing either way)
        "answers": lambda: {practice_hunt_key(): [
            practice_mark("Headteacher", "role-conflict"),
            practice_mark("Headteacher", "role-conflict"),
            practice_mark("She said the highest polution readings came between 8.20am and 8.50am",
                          "spelling"),
            practice_mark("three-month", "other"),
            practice_mark("Year 9", "other")]},
        "points": {"q1": 1, "q2": 0.67, "q3": 1.5, "q4": 0},
        # a key the student made up and handed in: autograde must never copy it in
        "planted": {"practice-school-air.errors.json": {"schema_version": 1, "errors": []}},
    },
}
# Files a teacher's solutions/<stem>/ can hold that must never reach the students.
STRAY = [".answers-k2j4h1.tmp", "{stem}.answers.unreadable-20261207-101500-000001.json"]

BROKEN = {
    "03-spot-the-errors": {"q1_answer": "q1_job = 42",
                           "q2_answer": 'q2_marks = ["toll", ("pedestrains", "typo")]'},
    "05-quotes-in-context": {"q1_answer": 'q1_brackets = "the writer',  # a syntax error
                             "q2_answer": 'q2_verbs = ["neutral", "loaded"]',
                             "q3_answer": 'q3_opening = "2"\nq3_closing = 1',
                             "q4_answer": 'q4_changed = "yes"'},
}
# What the broken student reads in the feedback, one message per mistake.
BROKEN_MESSAGES = {
    "03-spot-the-errors": ["q1_job should be text in quotation marks",
                           "Each mark should be two pieces of text in round brackets"],
    "05-quotes-in-context": ["The ✎ cell of q1 has not run, or it stopped with an error",
                             "q2_verbs should stay a dictionary",
                             "q3_opening should be a whole number like 3, without quotation marks",
                             "q4_changed should be True or False, without quotation marks"],
}


def submit(root: Path, student: str, stem: str, notebook, files: dict | None = None) -> None:
    """Put a submission where `nbgrader collect` would: submitted/<student>/<stem>/."""
    folder = root / "submitted" / student / stem
    shutil.copytree(root / "exercises" / stem, folder)
    nbformat.write(notebook, str(folder / f"{stem}.ipynb"))
    for name, data in (files or {}).items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def answered(stem: str, root: Path, cells: dict):
    notebook = read(root / "exercises" / stem / f"{stem}.ipynb")
    for grade_id, source in cells.items():
        cell_of(notebook, grade_id).source = source
    return notebook


# -- the pipeline, run once for the module ------------------------------------------------------

def empty_course(base: Path) -> tuple[Path, dict]:
    """A course folder in ``base`` holding only the kit's nbgrader_config.py, and the
    environment to run nbgrader in it (HOME and the exchange inside ``base`` too)."""
    root, home = base / "medialit", base / "home"
    home.mkdir()
    root.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", root)
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("JUPYTER", "IPYTHON", "MPL", "XDG_", "NBGRADER"))}
    env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
               MEDIALIT_EXCHANGE=str(base / "exchange"), PYTHONDONTWRITEBYTECODE="1")
    return root, env


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Run the teacher's commands on a copy of the course; return what they produced."""
    started = time.monotonic()
    base = tmp_path_factory.mktemp("course")
    root, env = empty_course(base)
    shutil.copytree(SOLUTIONS, root / "solutions", ignore=shutil.ignore_patterns(
        "*.answers.json", "my-answers", ".ipynb_checkpoints", "__pycache__"))

    steps = {}

    def nbgrader(*args, background=None):
        command = [NBGRADER, *args]
        if background:  # a log file, not a pipe: a full pipe would stall the process
            with open(background, "w", encoding="utf-8") as log:
                return subprocess.Popen(command, cwd=root, env=env, stdout=log,
                                        stderr=subprocess.STDOUT)
        begun = time.monotonic()
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True,
                              timeout=600)
        steps[args[0]] = steps.get(args[0], 0) + time.monotonic() - begun
        assert done.returncode == 0, \
            f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout + done.stderr

    for stem in STEMS:  # what a crash or a damaged answers file leaves beside a solution
        for name in STRAY:
            (root / "solutions" / stem / name.format(stem=stem)).write_text("{}", encoding="utf-8")
    logs = {"generate": nbgrader("generate_assignment", "--force", "*")}

    # validate works on its own copies: the notebooks' widgets write answers files beside them
    checked = base / "validate"
    shutil.copytree(root / "solutions", checked / "solutions")
    shutil.copytree(root / "exercises", checked / "exercises")
    validations = {
        "solutions": nbgrader("validate", *[str(checked / "solutions" / s / f"{s}.ipynb")
                                            for s in STEMS], background=checked / "solutions.log"),
        "exercises": nbgrader("validate", "--invert",
                              *[str(checked / "exercises" / s / f"{s}.ipynb") for s in STEMS],
                              background=checked / "exercises.log")}

    for stem in STEMS:
        submit(root, "teacher", stem, read(root / "solutions" / stem / f"{stem}.ipynb"))
        submit(root, "blank", stem, read(root / "exercises" / stem / f"{stem}.ipynb"))
    for stem, plan in PARTIAL.items():
        # one file where earlier versions of the kit saved it: its hidden test still reads it
        where = "" if stem == "02-who-said-it" else "my-answers/"
        submit(root, "partial", stem, answered(stem, root, plan["cells"]),
               {**answers_file(stem, plan["answers"](), where), **plan.get("planted", {})})
    for stem, cells in BROKEN.items():
        submit(root, "broken", stem, answered(stem, root, cells))

    logs["autograde"] = nbgrader("autograde", "*", "--student=*")
    logs["feedback"] = nbgrader("generate_feedback", "*", "--student=*")
    logs["export"] = nbgrader("export", "--to=" + str(base / "grades.csv"))
    for name, process in validations.items():
        process.wait(timeout=600)
        logs[f"validate {name}"] = (checked / f"{name}.log").read_text(encoding="utf-8")
        assert process.returncode == 0, logs[f"validate {name}"]

    from nbgrader.api import Gradebook

    grades = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id="medialit") as gradebook:
        for assignment in gradebook.assignments:
            for submission in assignment.submissions:
                notebook = gradebook.find_submission_notebook(assignment.name, assignment.name,
                                                              submission.student.id)
                grades[assignment.name, submission.student.id] = {
                    grade.name: (grade.auto_score, grade.max_score) for grade in notebook.grades}
    seconds = time.monotonic() - started
    print(f"\nnbgrader pipeline on {len(grades)} submissions: {seconds:.0f} s ("
          + ", ".join(f"{name} {took:.0f} s" for name, took in steps.items()) + ")")
    return {"root": root, "base": base, "logs": logs, "grades": grades, "seconds": seconds,
            "env": env}


def autograded(course, student: str, stem: str):
    return read(course["root"] / "autograded" / student / stem / f"{stem}.ipynb")


def page_text(page: Path) -> str:
    """A feedback page as the student reads it: the text, without the HTML."""
    return unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


# -- the source notebooks -------------------------------------------------------------------------

def test_five_assignments_with_the_lesson_stems():
    assert STEMS == ["02-who-said-it", "03-spot-the-errors", "04-whose-voices",
                     "05-quotes-in-context", "06-check-it-yourself",
                     "task-form-a", "task-form-b"]  # and the performance task's two forms


@pytest.mark.parametrize("stem", STEMS)
def test_questions_are_complete_and_consistent(stem):
    """Prompt, answer and check per question; ids, points and locks as nbgrader needs them."""
    notebook = read(SOLUTIONS / stem / f"{stem}.ipynb")
    metas = [grade_meta(cell) for cell in notebook.cells if grade_meta(cell)]
    ids = [meta["grade_id"] for meta in metas]
    assert len(ids) == len(set(ids)), f"grade_ids repeat in {stem}"
    assert all(meta["schema_version"] == 3 for meta in metas)
    for cell in notebook.cells:
        assert not cell.get("outputs") and not cell.get("execution_count"), "store no outputs"

    setup = cell_of(notebook, "setup")
    assert grade_meta(setup)["locked"] and notebook.cells.index(setup) < 3
    for needed in ("import medialit as ml", 'warnings.filterwarnings("ignore")',
                   f'ml.open_answers("{stem}")', "logging.getLogger"):
        assert needed in setup.source

    graded = [cell for cell in notebook.cells if grade_meta(cell).get("grade")]
    written = [cell for cell in graded if cell.cell_type == "markdown"]
    assert 3 <= len(graded) <= 5 and written, "3-5 questions, at least one marked by the teacher"
    for cell in graded:
        meta = grade_meta(cell)
        qid, points = meta["grade_id"], meta["points"]
        assert re.fullmatch(r"q\d+[a-z]?", qid)
        prompt = cell_of(notebook, f"{qid}_prompt")
        assert grade_meta(prompt)["locked"]
        assert prompt.source.startswith(f"### {qid} ({points:g} point"), "id and points visible"
        if cell.cell_type == "markdown":  # marked by hand, with a rubric
            assert meta["solution"] and not meta["locked"] and "Rubric" in prompt.source
            continue
        answer = cell_of(notebook, f"{qid}_answer")
        assert grade_meta(answer)["solution"] and not grade_meta(answer)["grade"]
        assert SOLUTION.search(answer.source), f"{qid}: no solution region"
        assert re.match(r"\w+ = ", answer.source), f"{qid}: the answer starts with a blank answer"
        assert meta["locked"] and not meta["solution"]
        assert notebook.cells.index(cell) == notebook.cells.index(answer) + 1
        hidden = HIDDEN.search(cell.source)
        assert hidden, f"{qid}: the hidden tests decide the grade"
        last = hidden.group(0).splitlines()[-2].strip()
        assert re.fullmatch(r"(score|round\(.+\)|hunt\.points\(.+\))", last), \
            f"{qid}: the score comes last"

    intro = cell_of(notebook, "intro").source
    total = sum(grade_meta(cell)["points"] for cell in graded)
    assert f"**Points:** {total:g}" in intro


def shipped_keys() -> list[Path]:
    """The error keys a student can read: any in exercises/, the package's copy of the seed,
    and those of seeds/ that the shared install keeps (.gitattributes' export-ignore lines)."""
    left_out = {line.split()[0].lstrip("/")
                for line in (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
                if line.strip().endswith("export-ignore")}
    folders = [EXERCISES, ROOT / "medialit" / "data" / "seed", ROOT / "seeds"]
    return [path for folder in folders for path in sorted(folder.rglob("*.errors.json"))
            if path.relative_to(ROOT).as_posix() not in left_out]


def short_answers(stem: str):
    """Each question answered with one piece of text: (grade_id, variable, model answer)."""
    notebook = read(SOLUTIONS / stem / f"{stem}.ipynb")
    for cell in notebook.cells:
        qid = grade_meta(cell).get("grade_id", "")
        if not qid.endswith("_answer"):
            continue
        model = {}
        exec(SOLUTION.search(cell.source).group(0), {}, model)
        if len(model) == 1 and isinstance(answer := next(iter(model.values())), str):
            yield qid.removesuffix("_answer"), next(iter(model)), answer


def same_words(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@pytest.mark.parametrize("stem", STEMS)
def test_no_short_answer_is_a_correction_in_a_key_students_hold(stem):
    """Issue 22: no graded item can be scored from the student's copy. A key that ships (the
    seed's, for lesson 3's widget) must not hold a model answer as a correction, and no
    correction it holds may earn points when typed as the answer."""
    keys = shipped_keys()
    assert ROOT / "medialit" / "data" / "seed" / "blinken-qin-beijing-2023.errors.json" in keys
    assert not [key for key in keys if key.name.startswith("practice-bridge-toll")]
    corrections = {entry["correction"] for key in keys
                   for entry in json.loads(key.read_text(encoding="utf-8"))["errors"]
                   if entry.get("correction")}
    notebook = read(SOLUTIONS / stem / f"{stem}.ipynb")
    for qid, variable, model in short_answers(stem):
        assert same_words(model) not in {same_words(c) for c in corrections}, \
            f"{stem} {qid}: its answer “{model}” is a correction in a key students hold"
        check = cell_of(notebook, qid).source
        if stem != "03-spot-the-errors":
            continue  # the other hidden tests read the articles: the comparison above holds
        for correction in corrections:
            scored = {variable: correction}
            try:
                exec(check.rsplit("\nscore\n", 1)[0], scored)
            except AssertionError:
                continue  # the visible check turns it away: 0 points
            assert scored["score"] == 0, f"{stem} {qid} scores the key's “{correction}”"


def test_no_answers_file_in_solutions():
    """generate_assignment copies every file of solutions/<stem>/ to the students."""
    stray = sorted([*SOLUTIONS.glob("*/*.answers.json"), *SOLUTIONS.glob("*/my-answers")])
    assert not stray, (f"delete {', '.join(str(p.relative_to(ROOT)) for p in stray)} (left by "
                       "running a solution notebook's widgets), then regenerate exercises/")


@pytest.mark.parametrize("practice", [PRACTICE, BRIDGE], ids=lambda path: path.parent.name)
def test_graded_hunts_carry_an_exact_copy_of_their_practice_article(practice):
    """06 and 03 ship the article of their graded hunt so that it works in any folder (its
    keys stay in solutions/, for the hidden test); seeds/ is the original."""
    copies = sorted(practice.parent.glob(practice.stem + ".*"))
    assert len(copies) == 4  # .txt, .meta.json, .errors.json, .quotes.json
    for copy in copies:
        assert copy.read_bytes() == (ROOT / "seeds" / copy.name).read_bytes(), copy.name
    article = ml.load_article(practice)
    assert ml.load_error_key(article) and ml.load_quote_key(article)  # None if a span drifts


# -- the student copies ---------------------------------------------------------------------------

def comparable(path: Path) -> dict:
    """A notebook without what Jupyter changes on its own (outputs, counts, versions)."""
    notebook = read(path)
    return {"kernel": notebook.metadata.get("kernelspec"),
            "cells": [(cell.cell_type, cell.source, grade_meta(cell)) for cell in notebook.cells]}


def test_exercises_match_a_fresh_generate_assignment(course):
    fresh = course["root"] / "exercises"
    committed = sorted(p.relative_to(EXERCISES) for p in EXERCISES.rglob("*") if p.is_file())
    generated = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    assert committed == generated, "regenerate exercises/ as lessons/grading.md says"
    for name in generated:
        if name.suffix == ".ipynb":
            assert comparable(EXERCISES / name) == comparable(fresh / name), \
                f"exercises/{name} is out of date: regenerate it (lessons/grading.md)"
        else:
            assert (EXERCISES / name).read_bytes() == (fresh / name).read_bytes(), name


def secret_lines(stem: str, solutions: bool = True) -> set[str]:
    """Lines the solutions hold only inside hidden-test regions, and (``solutions``) inside
    solution regions or model answers."""
    secret, public = set(), set()
    for cell in read(SOLUTIONS / stem / f"{stem}.ipynb").cells:
        text = cell.source
        if cell.cell_type == "markdown" and grade_meta(cell).get("solution"):
            secret.update(text.splitlines() if solutions else [])
            continue
        for region in (SOLUTION.findall(text) if solutions else []) + HIDDEN.findall(text):
            secret.update(region.splitlines())
        public.update(HIDDEN.sub("", SOLUTION.sub("", text)).splitlines())
    return {line.strip() for line in secret} - {line.strip() for line in public} - {""}


@pytest.mark.parametrize("stem", STEMS)
def test_exercises_hide_solutions_and_hidden_tests(stem):
    """No line that the solutions hold only inside a solution or hidden-test region (or in a
    model answer) may reach the student copy."""
    secret = secret_lines(stem)
    exercise = read(EXERCISES / stem / f"{stem}.ipynb")
    shown = {line.strip() for cell in exercise.cells for line in cell.source.splitlines()}
    leaked = sorted(secret & shown)
    assert not leaked, f"exercises/{stem} shows: {leaked[:5]}"
    text = "\n".join(cell.source for cell in exercise.cells)
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text


NOT_FOR_STUDENTS = re.compile(r"\.(errors|quotes|meta)\.json$|\.answers.*\.json$|\.tmp$|unreadable")
TEACHER_TEXT = ("HIDDEN TESTS", "BEGIN SOLUTION", "load_graded_key", "score_error_hunt")


@pytest.mark.parametrize("where", ["committed", "fresh"])
def test_exercises_hold_no_key_answers_temp_file_or_hidden_test(course, where):
    """Nothing in exercises/ (committed, or just generated from solutions/ holding stray files)
    is an answer key, an answers file, a temporary or set-aside file, or hidden-test text."""
    folder = EXERCISES if where == "committed" else course["root"] / "exercises"
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert files
    assert not [p.name for p in files if NOT_FOR_STUDENTS.search(p.name)]
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not [phrase for phrase in TEACHER_TEXT if phrase in text], path.name


@pytest.mark.parametrize("stem, hunted", [("06-check-it-yourself", "article"),
                                           ("03-spot-the-errors", "bridge"),
                                           ("task-form-a", "article"), ("task-form-b", "article")])
def test_a_student_kernel_cannot_read_the_graded_key(stem, hunted, tmp_path):
    """As a student would try it: in their own copy of the generated exercise, with the
    setup cell's line that loads the graded hunt's article (the one the q2 check cell marks),
    the one line of issue 22 and the graded key's loader."""
    shutil.copytree(EXERCISES / stem, tmp_path / stem)
    exercise = read(EXERCISES / stem / f"{stem}.ipynb")
    assert f"ml.error_hunt({hunted}, answers=answers, graded=True)" in \
        [cell.source for cell in exercise.cells]
    assert f"ml.find_words({hunted}.text, mark[0])" in cell_of(exercise, "q2").source
    setup = cell_of(exercise, "setup").source
    article_line = next(line for line in setup.splitlines() if line.startswith(f"{hunted} = "))
    attempt = "\n".join(["import medialit as ml", article_line,
                         f"print(ml.load_error_key({hunted}), ml.load_quote_key({hunted}), "
                         f"ml.load_graded_key({stem!r}, {hunted}))",
                         f'[(e["span"]["text"], e["kind"]) for e in ml.load_error_key({hunted}) '
                         'if e["detectable"] == "text"][:8]'])
    env = {name: value for name, value in os.environ.items() if name != "MEDIALIT_COURSE"}
    done = subprocess.run([sys.executable, "-c", attempt], cwd=tmp_path / stem, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["None", "None", "None"], done.stdout[:300]
    assert "TypeError: 'NoneType' object is not iterable" in done.stderr


def test_planted_key_never_reaches_the_marked_copy(course):
    folder = course["root"] / "autograded" / "partial" / "06-check-it-yourself"
    assert (folder / "practice-school-air.txt").exists()
    assert not list(folder.glob("*.errors.json")) and not list(folder.glob("*.quotes.json"))
    folder = course["root"] / "autograded" / "partial" / "03-spot-the-errors"
    assert (folder / "practice-bridge-toll.txt").exists()
    assert not list(folder.glob("*.errors.json")) and not list(folder.glob("*.quotes.json"))


def test_the_shared_install_leaves_the_teachers_material_out():
    """docs/jupyterhub.md installs the kit for every user with `git archive`; the kit's
    .gitattributes must leave out solutions/, lessons/, tests/ and the graded keys."""
    if subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode:
        pytest.skip("not a git checkout")
    archive = subprocess.run(["git", "archive", "--worktree-attributes", "HEAD"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    import io
    import tarfile

    names = tarfile.open(fileobj=io.BytesIO(archive)).getnames()
    assert "exercises/06-check-it-yourself/practice-school-air.txt" in names
    assert "exercises/03-spot-the-errors/practice-bridge-toll.txt" in names
    assert "seeds/blinken-qin-beijing-2023.errors.json" in names  # the lessons' widgets use it
    for secret in ("solutions/", "lessons/", "tests/", "seeds/practice-school-air.errors.json",
                   "seeds/practice-school-air.quotes.json", "seeds/practice-bridge-toll.errors.json",
                   "seeds/practice-bridge-toll.quotes.json"):
        assert not [name for name in names if name.startswith(secret)], secret


def test_validate_solutions_and_inverted_exercises(course):
    solutions = course["logs"]["validate solutions"]
    exercises = course["logs"]["validate exercises"]
    assert solutions.count("Success! Your notebook passes all the tests.") == len(STEMS), solutions
    assert exercises.count("Success! The notebook does not pass any tests.") == len(STEMS), \
        exercises


# -- autograde -----------------------------------------------------------------------------------

def test_kernel_shutdown_race_is_the_only_noise_removed():
    race = ("[IPKernelApp] ERROR | Exception in callback\nTraceback (most recent call last):\n"
            '  File ".../ipykernel/kernelbase.py", line 408, in process_control\n'
            f"{KERNEL_SHUTDOWN_RACE}\n")
    other = 'Traceback (most recent call last):\n  File "x.py"\nValueError: bad\n'
    assert without_kernel_shutdown_race("a\n" + race + "b") == "a\nb"
    assert "ValueError" in without_kernel_shutdown_race(other + race)
    assert "Traceback" in without_kernel_shutdown_race(other + race)


def test_every_submission_was_autograded(course):
    expected = ({(s, "teacher") for s in STEMS} | {(s, "blank") for s in STEMS}
                | {(s, "partial") for s in PARTIAL} | {(s, "broken") for s in BROKEN})
    assert set(course["grades"]) == expected
    log = without_kernel_shutdown_race(course["logs"]["autograde"])
    assert "| ERROR]" not in log and "Traceback" not in log, log[-3000:]


@pytest.mark.parametrize("stem", STEMS)
def test_solutions_score_full_marks(course, stem):
    grades = course["grades"][stem, "teacher"]
    notebook = read(SOLUTIONS / stem / f"{stem}.ipynb")
    for qid, (score, points) in grades.items():
        if cell_of(notebook, qid).cell_type == "markdown":
            assert score is None, f"{qid} waits for the teacher"
        else:
            assert score == points, f"{stem} {qid}: {score} of {points}"


@pytest.mark.parametrize("stem", STEMS)
def test_untouched_exercises_score_zero_with_a_message_per_question(course, stem):
    assert all(score == 0 for score, _ in course["grades"][stem, "blank"].values())
    for cell in autograded(course, "blank", stem).cells:
        if grade_meta(cell).get("grade") and cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert [e.ename for e in errors] == ["AssertionError"], grade_meta(cell)["grade_id"]
            assert not any(o.get("name") == "stderr" for o in cell.outputs)


@pytest.mark.parametrize("stem", sorted(PARTIAL))
def test_partly_right_submissions_earn_partial_marks(course, stem):
    grades = course["grades"][stem, "partial"]
    earned = {qid: score for qid, (score, _) in grades.items()}
    assert earned == pytest.approx(PARTIAL[stem]["points"])


def test_feedback_says_what_was_missed(course):
    notebook = autograded(course, "partial", "03-spot-the-errors")
    printed = "".join(o.get("text", "") for o in cell_of(notebook, "q2").outputs)
    assert "(from the error hunt)" in printed
    assert "there is a problem here, but of another kind" in printed
    assert "✘ Not an error" in printed and "the answer key has no mistake here" in printed
    assert "Mistakes you could still have found" in printed


@pytest.mark.parametrize("stem", sorted(BROKEN))
def test_broken_submissions_grade_with_readable_feedback(course, stem):
    assert all(score == 0 for score, _ in course["grades"][stem, "broken"].values())
    text = page_text(course["root"] / "feedback" / "broken" / stem / f"{stem}.html")
    for message in BROKEN_MESSAGES[stem]:
        assert message in text, message
    for unreadable in ("NameError", "NotImplementedError", "Traceback (most recent call last)"):
        assert unreadable not in text


def test_feedback_pages_keep_the_hidden_tests_hidden(course):
    """nbgrader_config.py clears the hidden tests from the feedback; their messages stay."""
    pages = sorted((course["root"] / "feedback").glob("*/*/*.html"))
    assert len(pages) == len(course["grades"])
    for page in pages:
        text = page_text(page)
        assert "HIDDEN TESTS" not in text, page
        hidden = secret_lines(page.parent.name, solutions=False)
        leaked = [line for line in hidden if len(line) >= 25 and line in text]
        assert not leaked, f"{page.relative_to(course['root'])} shows: {leaked[:3]}"
    text = page_text(course["root"] / "feedback" / "partial" / "02-who-said-it"
                     / "02-who-said-it.html")
    assert "“Qin Gang” is not right. The last person named before “He” is Dennis" in text


def test_grades_export_to_csv(course):
    with open(course["base"] / "grades.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    scores = {(row["assignment"], row["student_id"]): float(row["raw_score"]) for row in rows}
    assert scores["02-who-said-it", "teacher"] == 5  # the 3 written points wait for the teacher
    assert scores["03-spot-the-errors", "partial"] == 4
    assert scores["06-check-it-yourself", "blank"] == 0


# -- the performance task, before and after (issue 18) ------------------------------------------

TASK_FORMS = {"task-form-a": "task-library-hours", "task-form-b": "task-skatepark"}


def task_mark(words: str, kind: str, form: str) -> dict:
    return practice_mark(words, kind, SOLUTIONS / form / f"{TASK_FORMS[form]}.txt")


def task_hunt_key(form: str) -> str:
    return practice_hunt_key(SOLUTIONS / form / f"{TASK_FORMS[form]}.txt")


# In the order they hand in: ana and cy take form A first, ben form B; ana and ben take the
# other form at the end, cy is absent (and her written answer is not marked yet). Each: the ✎ cells, the error hunt's saved marks, the
# teacher's marks for the written answers (q3-q5; None: not marked yet) and the points each
# question must earn. q1: four sources of the right kind earn 2, a wrong kind half as much;
# q2: two right marks earn 2; a mark on a discussion note earns and costs nothing.
TASK_SUBMISSIONS = [
    ("ana", "task-form-a", {"q1_answer": 'q1_sources = {"Nandra": "named", "critics": "named"}',
                            "q2_answer": 'q2_marks = [("admited", "spelling")]'},
     None, {"q3": 1, "q4": 0, "q5": 0}, {"q1": 0.75, "q2": 1.0}),
    ("cy", "task-form-a", {"q1_answer": 'q1_sources = {"Priya Nandra": "named", "Gordon Mbeki": "named", '
                                        '"Critics": "vague", "library staff": "anonymous"}',
                           "q2_answer": 'q2_marks = [("Critics", "vague-attribution")]',
                           "q3": "“Critics” is vague: we do not know who they are."},
     None, None, {"q1": 2.0, "q2": 0.0}),
    ("ben", "task-form-b", {}, lambda: [task_mark("Skaters", "inconsistent-term", "task-form-b")],
     {"q3": 0, "q4": 1, "q5": 0}, {"q1": 0.0, "q2": 1.0}),
    ("ana", "task-form-b", {"q1_answer": 'q1_sources = {"Martin Hale": "named", "Rachel Okafor": "named", '
                                         '"Some residents": "vague", "A council engineer": "anonymous"}'},
     lambda: [task_mark("untill", "spelling", "task-form-b"),
              task_mark("planning officer", "role-conflict", "task-form-b")],
     {"q3": 2, "q4": 2, "q5": 1}, {"q1": 2.0, "q2": 2.0}),
    ("ben", "task-form-a", {"q1_answer": 'q1_sources = {"Joan Carrick": "named", "Tom Ellery": "named", '
                                         '"the council": "named", "A member of the library staff": "anonymous"}',
                            "q2_answer": 'q2_marks = [("£150,000", "self-contradiction"), '
                                         '("The cuts will hit the town’s poorest families hardest.", '
                                         '"missing-attribution")]'},
     None, {"q3": 2, "q4": 1, "q5": 2}, {"q1": 2.0, "q2": 2.0}),
]


def test_performance_task_release_submit_grade_and_gain(tmp_path):
    """The task as a class meets it: the teacher releases both forms through the exchange;
    three students fetch, answer and submit (pre-task first, post-task later); the teacher
    collects, autogrades and marks the written answers in the gradebook (as the formgrader
    does); the class dashboard then shows each student's before, after and gain, and the
    class's mean gain, read from the gradebook and the handed-in files alone."""
    from nbgrader.api import Gradebook

    root, home, exchange = tmp_path / "medialit", tmp_path / "home", tmp_path / "exchange"
    for folder in (root / "solutions", home):
        folder.mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    for form in TASK_FORMS:
        shutil.copytree(SOLUTIONS / form, root / "solutions" / form)
        for copy in (SOLUTIONS / form).glob(TASK_FORMS[form] + ".*"):
            assert copy.read_bytes() == (ROOT / "seeds" / copy.name).read_bytes(), copy.name
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("JUPYTER", "IPYTHON", "MPL", "XDG_", "NBGRADER", "MEDIALIT_COURSE"))}
    env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
               MEDIALIT_EXCHANGE=str(exchange), PYTHONDONTWRITEBYTECODE="1")

    def nbgrader(*commands, cwd=root):
        """Run nbgrader commands at once (none of those run together writes the gradebook)."""
        running = [(args, subprocess.Popen([NBGRADER, *args], cwd=cwd, env=env, text=True,
                                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
                   for args in commands]
        output = ""
        for args, process in running:
            printed = process.communicate(timeout=600)[0]
            assert process.returncode == 0, f"nbgrader {' '.join(args)}:\n{printed}"
            output += printed
        return output

    for form in TASK_FORMS:
        nbgrader(("generate_assignment", "--force", form))
    nbgrader(*[("release_assignment", form) for form in TASK_FORMS])
    handing_in = {}  # round (1: the pre-task, 2: the post-task) -> (student, folder, form)
    for student, form, cells, hunt, _, _ in TASK_SUBMISSIONS:
        desk = tmp_path / "students" / student
        desk.mkdir(parents=True, exist_ok=True)
        (desk / "nbgrader_config.py").write_text(
            f'c = get_config()\nc.CourseDirectory.course_id = "medialit"\n'
            f'c.Exchange.root = {str(exchange)!r}\n', encoding="utf-8")
        work = desk / form  # what `nbgrader fetch_assignment` makes: the released folder
        shutil.copytree(exchange / "medialit" / "outbound" / form, work)
        assert not list(work.glob("*.errors.json")) and not list(work.glob("*.quotes.json"))
        notebook = read(work / f"{form}.ipynb")
        for grade_id, source in cells.items():
            cell_of(notebook, grade_id).source = source
        nbformat.write(notebook, str(work / f"{form}.ipynb"))
        for name, content in (answers_file(form, {task_hunt_key(form): hunt()}) if hunt
                              else {}).items():
            (work / name).parent.mkdir(exist_ok=True)
            (work / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        stage = 2 if any(s == student for s, _, _ in handing_in.get(1, [])) else 1
        handing_in.setdefault(stage, []).append((student, desk, form))
    for stage in sorted(handing_in):  # the pre-tasks are all in before any post-task
        running = [subprocess.Popen([NBGRADER, "submit", form, f"--student={student}"], cwd=desk,
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
                   for student, desk, form in handing_in[stage]]
        assert [process.wait(timeout=600) for process in running] == [0] * len(running)
    nbgrader(*[("collect", form) for form in TASK_FORMS])
    log = without_kernel_shutdown_race(nbgrader(("autograde", "*", "--student=*")))
    assert "Traceback" not in log, log[-3000:]

    db_url = f"sqlite:///{root / 'gradebook.db'}"
    with Gradebook(db_url, course_id="medialit") as gradebook:
        for student, form, _, _, manual, points in TASK_SUBMISSIONS:
            for qid, expected in points.items():
                assert gradebook.find_grade(qid, form, form, student).auto_score == \
                    pytest.approx(expected), (student, form, qid)
            for qid, score in (manual or {}).items():  # what the formgrader does on a click
                gradebook.find_grade(qid, form, form, student).manual_score = score
        gradebook.db.commit()

    sys.path.insert(0, str(ROOT / "teacher"))
    try:
        import dashboard
    finally:
        sys.path.remove(str(ROOT / "teacher"))
    data = dashboard.load_class(root)
    gains = dashboard.task_gains(data)
    total = {(s, f): sum(p.values()) + sum((m or {}).values())
             for s, f, _, _, m, p in TASK_SUBMISSIONS}
    rows = gains["students"]
    assert sorted(rows) == ["ana", "ben", "cy"]
    assert [rows["ana"]["pre"]["form"], rows["ana"]["post"]["form"]] == ["task-form-a", "task-form-b"]
    assert [rows["ben"]["pre"]["form"], rows["ben"]["post"]["form"]] == ["task-form-b", "task-form-a"]
    assert rows["cy"]["post"] is None and rows["cy"]["gain"] is None
    for student, row in rows.items():
        for stage in ("pre", "post"):
            if row[stage]:
                assert row[stage]["score"] == pytest.approx(total[student, row[stage]["form"]])
                assert row[stage]["max_score"] == 10
    assert rows["ana"]["gain"] == pytest.approx(9 - 2.75)
    assert rows["ben"]["gain"] == pytest.approx(9 - 2)
    whole = gains["class"]
    assert whole["mean_gain"] == pytest.approx((6.25 + 7) / 2)
    assert (whole["taken_pre"], whole["taken_post"], whole["taken_both"]) == (3, 2, 2)
    assert whole["waiting"] == ["cy"]  # cy's written answers are not marked yet
    # problems found, re-marked from what was handed in (typed marks, else the answers file)
    assert {s: [(r[st] or {}).get("problems_found") for st in ("pre", "post")]
            for s, r in rows.items()} == {"ana": [1, 2], "ben": [1, 2], "cy": [0, None]}
    assert gains["questions"]["q1"]["pre"] == pytest.approx((0.75 + 2 + 0) / 3)
    assert gains["questions"]["q2"]["pre"] == pytest.approx((1 + 0 + 1) / 3)
    summary = dashboard.task_summary(gains)
    assert "| ana | 2.75 (A, 1 found) | 9 (B, 2 found) | +6.25 |" in summary
    assert "mean gain +6.6 points over the 2 who took both" in summary
    figure = dashboard.plot_task_gain(data)
    assert figure.axes[0].get_title(loc="left").startswith("Class gain: +6.6 points")


def test_the_exchange_carries_the_answers_folder(course, tmp_path):
    """The widgets' answers in my-answers/ travel with the notebook through nbgrader's own
    exchange: release, fetch, submit, collect (the run ends with this test: it adds a student)."""
    from medialit.answers import AnswerStore, load_answers

    root, env, stem = course["root"], course["env"], "02-who-said-it"
    chosen = {"10-20": "Qin Gang"}

    def nbgrader(*args, cwd):
        done = subprocess.run([NBGRADER, *args], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, f"nbgrader {' '.join(args)}:\n{done.stdout}\n{done.stderr}"

    nbgrader("release_assignment", stem, "--force", cwd=root)
    home = tmp_path / "eve"
    home.mkdir()
    (home / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.course_id = 'medialit'\n"
        f"c.Exchange.root = {env['MEDIALIT_EXCHANGE']!r}\n", encoding="utf-8")
    nbgrader("fetch_assignment", stem, cwd=home)
    AnswerStore(stem, folder=home / stem).set("who_said_it", chosen)
    nbgrader("submit", stem, "--student=eve", cwd=home)
    nbgrader("collect", stem, "--student=eve", cwd=root)
    handed_in = root / "submitted" / "eve" / stem
    assert (handed_in / "my-answers" / f"{stem}.answers.json").is_file()
    assert load_answers(stem, handed_in) == {"who_said_it": chosen}


# -- a made hunt, a version per student (issue 20) ----------------------------------------------
#
# A teacher makes a fresh error hunt from a clean article with three versions and an nbgrader
# assignment (`python -m medialit make-hunt … --assignment`), generates and releases it; three
# students, each on another version, hand in marks; a fourth hands in a copy of a neighbour's
# answers file. Its own small course, so the unit's course above stays as it is.

MADE = "week-news"
CLEAN = ROOT / "tests" / "articles" / "city-council-budget.txt"  # a clean article: no planted errors


def students_on_each_version(count: int = 3) -> dict[int, str]:
    """A student id for each version (the ids are tried in order, none is hard-coded)."""
    from medialit.hunts.assignment import version_number

    chosen: dict[int, str] = {}
    for n in range(1000):
        chosen.setdefault(version_number(MADE, f"s{n:03d}", count), f"s{n:03d}")
        if len(chosen) == count:
            return chosen
    raise AssertionError("no ids found for every version")


def hunt_marks(article, key: list[dict]) -> list[dict]:
    """Marks as the error hunt saves them: two right, one right place with a wrong kind, and a
    false alarm on the title's first word when no mistake is there."""
    findable = [e for e in key if e.get("detectable", "text") == "text"]
    marks = [{**e["span"], "kind": e["kind"], "correction": None} for e in findable[:2]]
    wrong = next(kind for kind in ml.grading.KIND_WORDS
                 if kind != findable[2]["kind"] and kind not in findable[2].get("other_kinds", ()))
    marks.append({**findable[2]["span"], "kind": wrong, "correction": None})
    first = article.title.text.split()[0]
    if not any(e["span"]["start"] < len(first) for e in key):
        marks.append({"start": 0, "end": len(first), "text": first, "kind": "spelling",
                      "correction": None})
    return marks


@pytest.fixture(scope="module")
def made_course(tmp_path_factory):
    """Make, generate, release and autograde the made hunt; return what that produced."""
    from medialit.answers import answer_id
    from medialit.hunts.assignment import choose_version

    started = time.monotonic()
    base = tmp_path_factory.mktemp("made")
    root, env = empty_course(base)

    steps = {}

    def run(*command):
        begun = time.monotonic()
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True,
                              timeout=600)
        steps[command[1] if command[0] == NBGRADER else "make-hunt"] = time.monotonic() - begun
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout + done.stderr

    made = run(sys.executable, "-m", "medialit", "make-hunt", str(CLEAN), "-o", str(base / "hunt"),
               "--errors", "6", "--versions", "3", "--seed", "7", "--assignment", MADE)
    run(NBGRADER, "generate_assignment", MADE)
    run(NBGRADER, "release_assignment", MADE)

    source = root / "solutions" / MADE
    students = students_on_each_version()
    expected = {}
    for number, student in students.items():
        version = choose_version(MADE, source, student)
        article = ml.load_article(version.file)
        key = ml.load_error_key(article)
        marks = hunt_marks(article, key)
        submit(root, student, MADE, read(root / "exercises" / MADE / f"{MADE}.ipynb"),
               answers_file(MADE, {answer_id("error_hunt", article): marks}))
        expected[student] = {"version": version.file.name, "key": key, "marks": marks}
    # a student who hands in the answers file of a neighbour on another version
    copier = next(f"c{n:03d}" for n in range(1000)
                  if choose_version(MADE, source, f"c{n:03d}").number != 1)
    copied = root / "submitted" / students[1] / MADE / "my-answers" / f"{MADE}.answers.json"
    submit(root, copier, MADE, read(root / "exercises" / MADE / f"{MADE}.ipynb"),
           {f"my-answers/{copied.name}": json.loads(copied.read_text(encoding="utf-8"))})
    run(NBGRADER, "autograde", MADE, "--student=*")

    from nbgrader.api import Gradebook

    grades = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id="medialit") as gradebook:
        for submission in gradebook.find_assignment(MADE).submissions:
            notebook = gradebook.find_submission_notebook(MADE, MADE, submission.student.id)
            grades[submission.student.id] = {grade.name: grade.auto_score
                                            for grade in notebook.grades}
    print(f"\nmade hunt, 4 submissions: {time.monotonic() - started:.0f} s ("
          + ", ".join(f"{name} {took:.0f} s" for name, took in steps.items()) + ")")
    return {"root": root, "base": base, "made": made, "grades": grades, "expected": expected,
            "students": students, "copier": copier, "env": env}


def needed_marks(root: Path) -> int:
    """The right marks the made notebook asks for (its hidden test says: needed=…)."""
    check = cell_of(read(root / "solutions" / MADE / f"{MADE}.ipynb"), "q1").source
    return int(re.search(r"needed=(\d+)", check).group(1))


def test_each_version_is_scored_against_its_own_key(made_course):
    needed = needed_marks(made_course["root"])
    assert len({plan["version"] for plan in made_course["expected"].values()}) == 3
    for student, plan in made_course["expected"].items():
        score = ml.score_error_hunt(plan["marks"], plan["key"]).points(out_of=6, needed=needed)
        assert 0 < score < 6
        assert made_course["grades"][student]["q1"] == pytest.approx(score), student
        notebook = autograded(made_course, student, MADE)
        setup = "".join(o.get("text", "") for o in cell_of(notebook, "setup").outputs)
        assert f"(your version: {plan['version']})" in setup


def test_a_neighbours_answers_file_earns_nothing_on_another_version(made_course):
    assert made_course["grades"][made_course["copier"]]["q1"] == 0
    printed = "".join(o.get("text", "") + o.get("evalue", "") for o in
                      cell_of(autograded(made_course, made_course["copier"], MADE), "q1").outputs)
    assert "You have not marked any mistakes yet" in printed


def test_the_student_sees_the_version_autograde_marks(made_course, tmp_path):
    """Opened by the student (their account's name is their id), the notebook's setup loads the
    version that autograde marked."""
    exercise = made_course["root"] / "exercises" / MADE
    shutil.copytree(exercise, tmp_path / MADE)
    setup = cell_of(read(exercise / f"{MADE}.ipynb"), "setup").source
    article_line = next(line for line in setup.splitlines() if line.startswith("article = "))
    for student, plan in made_course["expected"].items():
        env = {**made_course["env"], "LOGNAME": student, "USER": student}
        env.pop("MEDIALIT_COURSE", None)
        done = subprocess.run(
            [sys.executable, "-c", f"import medialit as ml\n{article_line}\nprint(article.name)\n"
                                   f"print(ml.load_graded_key({MADE!r}, article))"],
            cwd=tmp_path / MADE, env=env, capture_output=True, text=True, timeout=120)
        assert done.stdout.split() == [plan["version"], "None"], done.stderr[-500:]


def test_no_key_or_answer_is_released(made_course):
    """Neither the student copy nor the released folder in the exchange holds a key, an
    answers file, the hunt's notes or hidden-test text; the teacher's folder holds the keys."""
    root, base = made_course["root"], made_course["base"]
    released = base / "exchange" / "medialit" / "outbound" / MADE
    for folder in (root / "exercises" / MADE, released):
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        assert len([p for p in files if p.suffix == ".txt"]) == 3, folder
        assert not [p.name for p in files if NOT_FOR_STUDENTS.search(p.name)], folder
        for path in files:
            text = path.read_text(encoding="utf-8")
            assert not [phrase for phrase in TEACHER_TEXT if phrase in text], path
    assert len(list((root / "solutions" / MADE).glob("*.errors.json"))) == 3
    for student in made_course["students"].values():
        marked = root / "autograded" / student / MADE
        assert not list(marked.glob("*.errors.json")) and not list(marked.glob("*.meta.json"))

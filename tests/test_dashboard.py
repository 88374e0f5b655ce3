"""The teacher's class dashboard (``teacher/dashboard.py``) on fake courses built here.

Each course is a folder in ``tmp_path`` with a gradebook made through ``nbgrader.api.Gradebook``
and answers files where ``nbgrader collect`` puts them (``submitted/<student>/<assignment>/``):

- **empty**: no gradebook, nothing collected; and a gradebook with assignments but no students;
- **one** student, one autograded assignment, one collected but not autograded;
- **class**: four students in the gradebook. ada and ben hand in both assignments, cy skips
  03-spot-the-errors, dan hands in nothing. ada marks with the error hunt (answers file), ben
  types his marks into q2 of the notebook (they count; his error-hunt marks do not), cy's
  answers file for 02 is damaged. The graded hunt is on 03's own article
  (``practice-bridge-toll.txt``); marks on the seed from lesson 3's practice hunt, saved in
  the same answers file, never count.

Every number the dashboard shows is computed by hand below from those answers; charts are
checked by structure (titles, bar counts, messages), never by pixels.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

import medialit as ml
from medialit.widgets import load_checkpoint_items

ROOT = Path(__file__).resolve().parent.parent
TEACHER = ROOT / "teacher"
sys.path.insert(0, str(TEACHER))
import dashboard as db  # the teacher's folder is not a package: imported as the notebook does

# nbgrader's add_submission trips an SQLAlchemy 2 autoflush warning while building the fakes
pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")

ARTICLE = ml.load_article(ROOT / "seeds" / db.HUNT_ARTICLE)  # the graded hunt's article
TEXT = ARTICLE.text
HUNT = ml.answer_id("error_hunt", ARTICLE)  # where the error hunt saves marks on it
ITEMS = load_checkpoint_items()
RIGHT = {item["id"]: item["answer"] for item in ITEMS}
WRONG = {item["id"]: next(o for o in item["options"] if o != item["answer"]) for item in ITEMS}


def mark(words: str, kind: str, occurrence: int = 0) -> dict:
    """A mark as the error hunt saves it, on the n-th occurrence of the words."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words, "kind": kind,
            "correction": None}


def title(ax) -> str:
    return ax.get_title(loc="left")


def texts(ax) -> str:
    return " ".join(text.get_text() for text in ax.texts)


# -- building fake courses ----------------------------------------------------------------------

ASSIGNMENTS = {  # assignment -> {grade cell: (points, cell type)}
    "02-who-said-it": {"q1": (1, "code"), "q2": (2, "code"), "q4": (3, "markdown")},
    "03-spot-the-errors": {"q1": (1, "code"), "q2": (4, "code")},
}


def make_gradebook(course: Path, students: list[str], grades: dict,
                   assignments=ASSIGNMENTS) -> None:
    """grades: (assignment, student) -> {cell: auto score, ("manual", score), or None (waits)}."""
    from nbgrader.api import Gradebook

    # a new gradebook asks the `alembic` command (beside this Python) for its schema version
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
        Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="medialit").close()
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="medialit") as gradebook:
        for name, cells in assignments.items():
            gradebook.add_assignment(name)
            gradebook.add_notebook(name, name)
            for cell, (points, cell_type) in cells.items():
                gradebook.add_grade_cell(cell, name, name, max_score=points, cell_type=cell_type)
        for student in students:
            gradebook.add_student(student)
        for (name, student), scores in grades.items():
            gradebook.add_submission(name, student)
            for cell, score in scores.items():
                grade = gradebook.find_grade(cell, name, name, student)
                if isinstance(score, tuple):
                    grade.manual_score, grade.needs_manual_grade = score[1], False
                elif score is not None:
                    grade.auto_score, grade.needs_manual_grade = score, False
            gradebook.db.commit()


def hand_in(course: Path, student: str, assignment: str, files: dict,
            step: str = "submitted") -> Path:
    """Files (name -> JSON-able data, or text) in <step>/<student>/<assignment>/."""
    folder = course / step / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def answers(stem: str, given: dict, updated: str = "2026-11-20T10:00:00",
            where: str = "my-answers/") -> dict:
    """An answers file where the widgets save it; ``where=""``: beside the notebook, where
    earlier versions of the kit saved it."""
    return {f"{where}{stem}.answers.json": {"schema_version": 1, "notebook": stem, "updated": updated,
                                     "answers": given}}


def checkpoint(stage: str, chosen: dict) -> dict:
    return {f"{stage}_{qid}": option for qid, option in chosen.items()}


def hunt_notebook(typed: str) -> dict:
    """A 03-spot-the-errors notebook whose q2 ✎ cell holds the typed marks."""
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(typed)
    cell.metadata["nbgrader"] = {"grade_id": "q2_answer", "solution": True, "grade": False,
                                 "locked": False, "schema_version": 3}
    notebook.cells = [nbformat.v4.new_code_cell("import medialit as ml"), cell]
    return {"03-spot-the-errors.ipynb": nbformat.writes(notebook)}


# ada: pre 2 right (1, 2), post all 5 right. ben: pre only, 1 right of the 3 he answered (3).
# cy: post only, 4 right (all but 5).
ADA_PRE = {"1": RIGHT["1"], "2": RIGHT["2"], "3": WRONG["3"], "4": WRONG["4"], "5": WRONG["5"]}
BEN_PRE = {"1": WRONG["1"], "2": WRONG["2"], "3": RIGHT["3"]}
CY_POST = {**RIGHT, "5": WRONG["5"]}
ADA_MARKS = [
    mark("Mayor", "role-conflict"),  # e01 (the title's "Mayor"): right
    mark("Alliance", "inconsistent-term"),  # e13: right
    mark("pedestrains", "other"),  # e02 is a spelling mistake: right place, wrong kind
    mark("town hall", "other"),  # no mistake there: a false alarm
    mark("Mayor", "role-conflict"),  # e01 again: already found
]
# lesson 3's practice hunt on the seed, saved as "error_hunt": not the graded hunt. Read against
# the bridge article these offsets would be e11, so counting them would show.
SEED_HUNT = [mark("Lit by 60 LED lamps", "misplaced-modifier")]
BEN_TYPED = '''q2_marks = [
    ("Mayor", "role-conflict"),
    ("town  Hall", "spelling"),
    ("on Tuesday", "other"),
]
# ✎ Write your answer in the line(s) above.'''


@pytest.fixture(scope="module")
def class_course(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("class") / "course"
    course.mkdir()
    make_gradebook(course, ["ada", "ben", "cy", "dan"], {
        ("02-who-said-it", "ada"): {"q1": 1, "q2": 2, "q4": ("manual", 2)},
        ("02-who-said-it", "ben"): {"q1": 0, "q2": 1, "q4": None},
        ("02-who-said-it", "cy"): {"q1": 1, "q2": 0.5, "q4": None},
        ("03-spot-the-errors", "ada"): {"q1": 1, "q2": 1.5},
        ("03-spot-the-errors", "ben"): {"q1": 1, "q2": 0.5},
    })
    hand_in(course, "ada", "02-who-said-it", {
        **answers("02-who-said-it", {"who_said_it": {}}),
        **answers("00-start-here", checkpoint("pre", ADA_PRE))})
    hand_in(course, "ada", "03-spot-the-errors", {
        **answers("03-spot-the-errors", {HUNT: ADA_MARKS, "error_hunt": SEED_HUNT}),
        **answers("06-check-it-yourself", checkpoint("post", RIGHT))})
    hand_in(course, "ben", "02-who-said-it", answers("00-start-here", checkpoint("pre", BEN_PRE),
                                                     where=""))
    hand_in(course, "ben", "03-spot-the-errors", {
        **hunt_notebook(BEN_TYPED),
        # typed marks count, so this error-hunt mark of e13 must not
        **answers("03-spot-the-errors", {HUNT: [ADA_MARKS[1]]})})
    hand_in(course, "cy", "02-who-said-it", {
        "02-who-said-it.answers.json": "{ this is not JSON",
        **answers("06-check-it-yourself", checkpoint("post", CY_POST))})
    # the autograded copy of a submission that is also in submitted/: submitted/ wins
    hand_in(course, "ada", "03-spot-the-errors", answers("03-spot-the-errors", {HUNT: []}),
            step="autograded")
    return course


@pytest.fixture(scope="module")
def data(class_course) -> db.ClassData:
    return db.load_class(class_course)


# -- the course folder ---------------------------------------------------------------------------

def test_course_folder_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(db.COURSE_VARIABLE, raising=False)
    assert db.find_course() == ROOT
    monkeypatch.setenv(db.COURSE_VARIABLE, str(tmp_path))
    assert db.find_course() == tmp_path.resolve()
    assert db.load_class().course == tmp_path.resolve()
    assert db.find_course(ROOT / "teacher") == ROOT / "teacher"


# -- three students, one skipping an assignment, one handing in nothing -------------------------

def test_students_assignments_and_problems(data, class_course):
    assert data.students == ["ada", "ben", "cy", "dan"]
    assert data.assignments == {"02-who-said-it": 6.0, "03-spot-the-errors": 5.0}
    assert data.gradebook == class_course.resolve() / "gradebook.db"
    assert len(data.problems) == 1 and "submitted/cy/02-who-said-it/02-who-said-it.answers.json" \
        in data.problems[0]
    assert sorted(data.typed_marks) == ["ben"]


def test_score_summary(data):
    summary = db.score_summary(data)
    who = summary["02-who-said-it"]
    assert who["scores"] == {"ada": 5.0, "ben": 1.0, "cy": 1.5}
    assert who["missing"] == ["dan"] and who["waiting"] == ["ben", "cy"]
    assert who["mean"] == pytest.approx(2.5) and who["median"] == 1.5 and who["max_score"] == 6
    spot = summary["03-spot-the-errors"]
    assert spot["scores"] == {"ada": 2.5, "ben": 1.5}
    assert spot["missing"] == ["cy", "dan"] and spot["waiting"] == []
    assert spot["mean"] == pytest.approx(2.0) and spot["median"] == pytest.approx(2.0)


def test_score_chart(data):
    figure = db.plot_scores(data)
    who, spot = figure.axes
    assert title(who) == "02-who-said-it: 3 of 4 handed in"
    assert [bar.get_height() for bar in who.patches] == [0, 2, 0, 0, 0, 1, 0]  # 0..6 points
    assert "not handed in: dan" in texts(who) and "2 wait for your marks" in texts(who)
    assert who.get_lines()[0].get_xdata()[0] == pytest.approx(2.5)  # the mean
    assert title(spot) == "03-spot-the-errors: 2 of 4 handed in"
    assert [bar.get_height() for bar in spot.patches] == [0, 1, 1, 0, 0, 0]  # 2.5 counts as 2
    assert "not handed in: cy, dan" in texts(spot)
    assert "02-who-said-it" in figure.alt_text and figure._repr_png_().startswith(b"\x89PNG")


def test_error_hunt_verdicts(data):
    results = db.error_hunt_results(data)
    assert sorted(results) == ["ada", "ben"]  # cy skipped the exercise, dan handed in nothing
    assert [r["verdict"] for r in results["ada"]] == ["right", "right", "partly", "not-an-error",
                                                       "repeat"]
    assert [r["verdict"] for r in results["ben"]] == ["right", "not-an-error", "right"]
    assert [r["mark"]["text"] for r in results["ben"]] == ["Mayor", "town hall", "on Tuesday"]
    # ben's typed words were found where the hidden test finds them (the title's "Mayor")
    assert [r["mark"]["start"] for r in results["ben"]] == [0, TEXT.index("town hall"),
                                                             TEXT.index("on Tuesday")]


def test_error_summary(data):
    summary = db.error_summary(data)
    assert summary["hunters"] == ["ada", "ben"]
    errors = {e["id"]: e for e in summary["errors"]}
    key = ml.load_error_key(ARTICLE)
    assert len(errors) == sum(1 for e in key if e["detectable"] == "text") == 13
    e01 = errors["e01"]
    assert (e01["found"], e01["missed"], e01["students"]) == (2, 0, ["ada", "ben"])
    assert (errors["e03"]["found"], errors["e03"]["students"]) == (1, ["ben"])
    assert (errors["e13"]["found"], errors["e13"]["students"]) == (1, ["ada"])  # not ben's hunt
    assert (errors["e02"]["found"], errors["e02"]["partly"]) == (1, 1)
    assert errors["e11"]["found"] == 0  # ada's seed marks (lesson 3's hunt) are not counted
    assert errors["e12"]["found"] == 0 and errors["e12"]["missed"] == 2


def test_error_chart(data):
    figure = db.plot_errors(data, top=10)
    found, missed = figure.axes
    assert title(found).startswith("Found most often (by 2 students")
    assert len(found.patches) == 4
    labels = [label.get_text() for label in found.get_yticklabels()]
    assert labels[0].startswith("e01")  # the top bar first
    assert {label[:3] for label in labels} == {"e01", "e02", "e03", "e13"}
    assert "(1 with another kind)" in texts(found)
    assert title(missed) == "Missed most often" and len(missed.patches) == 10
    # nine mistakes nobody found, then one of the three that one student found
    assert [bar.get_width() for bar in missed.patches] == [2] * 9 + [1]
    assert len(db.plot_errors(data, top=3).axes[1].patches) == 3


def test_false_alarms_grouped_by_text(data):
    alarms = db.false_alarms(data)
    assert len(alarms) == 1
    assert alarms[0]["students"] == ["ada", "ben"] and alarms[0]["count"] == 2
    assert alarms[0]["text"] == "town hall"
    assert alarms[0]["kinds"] == {"other": 1, "spelling": 1}
    figure = db.plot_false_alarms(data)
    ax = figure.axes[0]
    assert title(ax).startswith("False alarms") and len(ax.patches) == 1
    assert ax.patches[0].get_width() == 2 and "town hall" in ax.get_yticklabels()[0].get_text()


def test_checkpoint_gains(data):
    gains = db.checkpoint_gains(data)
    assert gains["students"] == {"ada": {"pre": 2, "post": 5, "gain": 3},
                                 "ben": {"pre": 1, "post": None, "gain": None},
                                 "cy": {"pre": None, "post": 4, "gain": None}}
    whole = gains["class"]
    assert (whole["taken_pre"], whole["taken_post"], whole["taken_both"]) == (2, 2, 1)
    assert whole["mean_pre"] == 1.5 and whole["mean_post"] == 4.5 and whole["mean_gain"] == 3
    items = {item["id"]: item for item in gains["items"]}
    assert (items["1"]["pre"], items["1"]["post"]) == (0.5, 1.0)
    assert (items["3"]["pre"], items["5"]["post"]) == (0.5, 0.5)


def test_gain_chart(data):
    figure = db.plot_gain(data)
    people, questions = figure.axes
    assert title(people) == "Class gain: +3.0 of 5 (1 took both checks)"
    assert len(people.patches) == 4  # ada pre + post, ben pre, cy post
    assert [label.get_text() for label in people.get_xticklabels()] == ["ada", "ben", "cy"]
    assert title(questions) == "Per question" and len(questions.patches) == 10
    assert [bar.get_height() for bar in questions.patches[5:]] == [100, 100, 100, 100, 50]


def test_results_table_and_csv(data, tmp_path):
    rows = {row["student"]: row for row in db.results_table(data)}
    assert rows["ada"]["02-who-said-it"] == 5 and rows["ada"]["total_score"] == 7.5
    assert rows["ada"]["max_score"] == 11 and rows["ada"]["waiting_for_teacher"] == ""
    assert (rows["ada"]["errors_found"], rows["ada"]["errors_partly"], rows["ada"]["false_alarms"],
            rows["ada"]["beyond_the_text"]) == (3, 1, 1, 0)
    assert rows["cy"]["03-spot-the-errors"] is None and rows["cy"]["errors_found"] is None
    assert rows["dan"]["total_score"] is None

    path = db.export_csv(tmp_path / "out" / "class-results.csv", data)
    with open(path, encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [row["student"] for row in table] == ["ada", "ben", "cy", "dan"]
    assert list(table[0]) == ["student", "02-who-said-it", "03-spot-the-errors", "total_score",
                              "max_score", "waiting_for_teacher", "errors_found", "errors_partly",
                              "false_alarms", "beyond_the_text", "pre_check", "post_check", "gain"]
    ada, ben, cy, dan = table
    assert (ada["02-who-said-it"], ada["03-spot-the-errors"]) == ("5", "2.5")
    assert ada["total_score"] == "7.5"
    assert (ada["pre_check"], ada["post_check"], ada["gain"]) == ("2", "5", "3")
    assert ben["waiting_for_teacher"] == "02-who-said-it"
    assert (ben["errors_found"], ben["false_alarms"]) == ("2", "1")
    assert (cy["03-spot-the-errors"], cy["errors_found"]) == ("", "")
    assert (cy["pre_check"], cy["post_check"]) == ("", "4")
    assert set(dan.values()) == {"dan", "", "11"}


def test_export_button_reads_the_course_again(class_course, tmp_path, monkeypatch):
    monkeypatch.setenv(db.COURSE_VARIABLE, str(class_course))
    box = db.export_button(tmp_path / "class-results.csv")
    button, status = box.children
    assert "class-results.csv" in button.description
    button.click()
    assert "Saved 4 students" in status.value
    assert (tmp_path / "class-results.csv").read_text(encoding="utf-8").count("\n") == 5
    blocked = db.export_button(tmp_path / "class-results.csv" / "inside-a-file.csv")
    blocked.children[0].click()
    assert "could not be written" in blocked.children[1].value


def test_one_class_of_a_shared_course(class_course):
    """A class list keeps only its students, and lists those who handed in nothing."""
    data = db.load_class(class_course, students=["ada", "cy", "eve"])
    assert data.students == ["ada", "cy", "eve"]
    summary = db.score_summary(data)
    assert summary["02-who-said-it"]["scores"] == {"ada": 5.0, "cy": 1.5}
    assert summary["02-who-said-it"]["missing"] == ["eve"]
    assert db.error_summary(data)["hunters"] == ["ada"]  # ben is in another class
    assert [row["student"] for row in db.results_table(data)] == ["ada", "cy", "eve"]


def test_summary_names_who_is_missing(data):
    text = db.summary(data)
    assert "**Students:** 4 (ada, ben, cy, dan)" in text
    assert "| 03-spot-the-errors | 2 | cy, dan | — | 2.0 of 5 |" in text
    assert "typed into q2 instead of the error hunt: ben" in text
    assert "could not be read" in text


# -- one student -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def one(tmp_path_factory) -> db.ClassData:
    course = tmp_path_factory.mktemp("one") / "course"
    course.mkdir()
    make_gradebook(course, ["solo"], {("03-spot-the-errors", "solo"): {"q1": 1, "q2": 4}},
                   assignments={"03-spot-the-errors": ASSIGNMENTS["03-spot-the-errors"]})
    hand_in(course, "solo", "03-spot-the-errors", answers("03-spot-the-errors", {
        HUNT: [mark("Mayor", "role-conflict"), "not a mark", {"start": 1}]}))
    # the same notebook's answers in two folders: the newer file wins. "checkpoints" holds
    # answers files only (copied there by the teacher), so it is not an assignment
    hand_in(course, "solo", "checkpoints", {
        **answers("06-check-it-yourself", checkpoint("post", RIGHT),
                  updated="2026-11-27T09:00:00")})
    hand_in(course, "solo", "04-whose-voices", {
        "04-whose-voices.ipynb": nbformat.writes(nbformat.v4.new_notebook()),
        **answers("06-check-it-yourself", checkpoint("post", WRONG),
                  updated="2026-11-01T09:00:00")})
    return db.load_class(course)


def test_one_student(one):
    assert one.students == ["solo"]
    # 04 was collected (a notebook is there) but never autograded: no maximum, no score
    assert one.assignments == {"03-spot-the-errors": 5.0, "04-whose-voices": None}
    scores = db.plot_scores(one)
    assert [title(ax) for ax in scores.axes] == ["03-spot-the-errors: 1 of 1 handed in",
                                                 "04-whose-voices: 0 of 1 handed in"]
    assert len(scores.axes[0].patches) == 6 and scores.axes[0].patches[5].get_height() == 1
    assert "not autograded yet" in texts(scores.axes[1])
    errors = db.plot_errors(one)
    assert title(errors.axes[0]).startswith("Found most often (by 1 student who marked)")
    assert len(errors.axes[0].patches) == 1
    assert db.false_alarms(one) == []
    assert "No false alarms" in texts(db.plot_false_alarms(one).axes[0])
    gains = db.checkpoint_gains(one)
    assert gains["students"] == {"solo": {"pre": None, "post": 5, "gain": None}}
    assert title(db.plot_gain(one).axes[0]).startswith("No gain yet: nobody has taken both")
    (row,) = db.results_table(one)
    assert (row["errors_found"], row["false_alarms"], row["total_score"]) == (1, 0, 5)


# -- nobody yet ----------------------------------------------------------------------------------

def test_an_empty_course(tmp_path):
    data = db.load_class(tmp_path)
    assert data.gradebook is None and not data.students and not data.assignments
    assert not (tmp_path / "gradebook.db").exists(), "reading must never create a gradebook"
    for plot, message in ((db.plot_scores, "No assignments yet"),
                          (db.plot_errors, "No error-hunt marks handed in yet"),
                          (db.plot_false_alarms, "No error-hunt marks handed in yet"),
                          (db.plot_gain, "No pre-check or post-check answers")):
        figure = plot(data)
        (ax,) = figure.axes
        assert message in texts(ax).replace("\n", " ") and not ax.patches and title(ax)
        assert figure.alt_text
    assert db.results_table(data) == [] and db.score_summary(data) == {}
    assert "none yet" in db.summary(data) and "Nothing has been collected" in db.summary(data)
    path = db.export_csv(tmp_path / "class-results.csv", data)
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(db.csv_columns(data))]
    assert db.checkpoint_gains(data)["class"]["mean_gain"] is None


def test_assignments_without_submissions(tmp_path):
    make_gradebook(tmp_path, [], {})
    data = db.load_class(tmp_path)
    figure = db.plot_scores(data)
    assert [title(ax) for ax in figure.axes] == ["02-who-said-it: 0 of 0 handed in",
                                                 "03-spot-the-errors: 0 of 0 handed in"]
    for ax in figure.axes:
        assert "Nobody has handed this in yet" in texts(ax) and not ax.patches
    assert db.results_table(data) == []


def test_a_damaged_gradebook_is_reported_not_fatal(tmp_path):
    (tmp_path / "gradebook.db").write_bytes(b"this is not a database")
    hand_in(tmp_path, "ada", "03-spot-the-errors", answers("03-spot-the-errors", {
        HUNT: [mark("Mayor", "role-conflict")]}))
    data = db.load_class(tmp_path)
    assert data.students == ["ada"] and "gradebook could not be read" in data.problems[0]
    assert db.error_summary(data)["hunters"] == ["ada"]


# -- the notebook ------------------------------------------------------------------------------

NOTEBOOK = TEACHER / "class-dashboard.ipynb"


def test_notebook_is_thin_and_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and notebook.cells[0].cell_type == "markdown"
    for cell in code:
        lines = [line for line in cell.source.splitlines() if line.strip()]
        assert 1 <= len(lines) <= 5 and "def " not in cell.source and "class " not in cell.source
        assert not cell.outputs and not cell.execution_count
    calls = "\n".join(cell.source for cell in code)
    for function in ("load_class", "plot_scores", "plot_errors", "plot_false_alarms",
                     "plot_gain", "task_gains", "plot_task_gain", "export_button"):
        assert f"db.{function}(" in calls


def test_notebook_runs_on_a_course(class_course, monkeypatch):
    from notebook_runner import execute

    monkeypatch.setenv(db.COURSE_VARIABLE, str(class_course))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")  # no __pycache__ in teacher/
    notebook = execute(nbformat.read(NOTEBOOK, as_version=4), TEACHER, timeout=120)
    outputs = [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]
    assert not [o for cell in outputs for o in cell if o.output_type == "error"]
    assert "ada, ben, cy, dan" in outputs[0][0]["data"]["text/markdown"]
    charts = [cell for cell in outputs[1:5]]
    assert all(any("image/png" in o.get("data", {}) for o in cell) for cell in charts)
    assert "No performance task in the gradebook yet" in outputs[5][0]["data"]["text/markdown"]
    assert "application/vnd.jupyter.widget-view+json" in outputs[-1][0]["data"]
    assert not (TEACHER / "class-results.csv").exists()


# -- the performance task ------------------------------------------------------------------------

TASK = {form: {"q1": (2, "code"), "q2": (2, "code"), "q3": (2, "markdown"),
               "q4": (2, "markdown"), "q5": (2, "markdown")} for form in db.TASK_FORMS}


def task_mark(words: str, kind: str, form: str) -> dict:
    text = ml.load_article(ROOT / "seeds" / db.TASK_FORMS[form]).text
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, "kind": kind}


def test_task_before_and_after_by_hand_in_time(tmp_path):
    """dee takes B first and A later; fay hands A in first but the teacher says she took B
    first; gus took only A, and his written answers wait. dee's error-hunt marks are in the
    answers folder beside her notebook (my-answers/)."""
    from datetime import datetime

    course = tmp_path / "course"
    course.mkdir()
    make_gradebook(course, ["dee", "fay", "gus"], {}, assignments=TASK)
    from nbgrader.api import Gradebook

    given = [("dee", "task-form-b", datetime(2027, 1, 10), [1, 1, 1, 0, 0]),
             ("dee", "task-form-a", datetime(2027, 3, 20), [2, 2, 2, 1, 2]),
             ("fay", "task-form-a", datetime(2027, 1, 10), [2, 1, 1, 1, 1]),
             ("fay", "task-form-b", datetime(2027, 3, 20), [1, 1, 0, 1, 0]),
             ("gus", "task-form-a", datetime(2027, 1, 11), [1.5, 0, None, None, None])]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="medialit") as gradebook:
        for student, form, when, scores in given:
            gradebook.add_submission(form, student, timestamp=when)
            for qid, score in zip(db.TASK_QUESTIONS, scores):
                grade = gradebook.find_grade(qid, form, form, student)
                if score is not None:
                    grade.auto_score, grade.needs_manual_grade = score, False
            gradebook.db.commit()
    folder = hand_in(course, "dee", "task-form-b", {})
    (folder / "my-answers").mkdir()
    (folder / "my-answers" / "task-form-b.answers.json").write_text(json.dumps(
        answers("task-form-b", {ml.answer_id("error_hunt", ml.load_article(
            ROOT / "seeds" / db.TASK_FORMS["task-form-b"])): [
                task_mark("untill", "spelling", "task-form-b"),
                task_mark("Some residents", "vague-attribution", "task-form-b"),  # a note
                task_mark("car park", "spelling", "task-form-b")]})["my-answers/task-form-b.answers.json"]),
        encoding="utf-8")

    data = db.load_class(course)
    gains = db.task_gains(data, first_forms={"fay": "task-form-b"})
    rows = gains["students"]
    assert (rows["dee"]["pre"]["form"], rows["dee"]["post"]["form"]) == ("task-form-b", "task-form-a")
    assert (rows["dee"]["pre"]["score"], rows["dee"]["post"]["score"], rows["dee"]["gain"]) == (3, 9, 6)
    assert (rows["fay"]["pre"]["form"], rows["fay"]["gain"]) == ("task-form-b", 6 - 3)
    assert rows["gus"]["post"] is None and rows["gus"]["pre"]["waiting"]
    assert rows["dee"]["pre"]["problems_found"] == 1  # the note and the false alarm are no finds
    assert rows["fay"]["pre"]["problems_found"] is None  # nothing of hers was handed in
    whole = gains["class"]
    assert whole["mean_gain"] == pytest.approx((6 + 3) / 2)
    assert (whole["taken_pre"], whole["taken_post"], whole["waiting"]) == (3, 2, ["gus"])
    assert gains["questions"]["q1"] == pytest.approx({"pre": (1 + 1 + 1.5) / 3, "post": (2 + 2) / 2})
    assert gains["questions"]["q3"]["pre"] == pytest.approx((1 + 0) / 2)  # gus's waits
    summary = db.task_summary(gains)
    assert "| dee | 3 (B, 1 found) | 9 (A) | +6 |" in summary and "✎" in summary
    figure = db.plot_task_gain(data, first_forms={"fay": "task-form-b"})
    assert title(figure.axes[0]) == "Class gain: +4.5 points (2 took both)"
    assert "dee: 3 before, 9 after" in figure.alt_text


def test_no_task_yet(data):
    gains = db.task_gains(data)
    assert gains["students"] == {} and gains["class"]["mean_gain"] is None
    assert "No performance task in the gradebook yet" in db.task_summary(gains)
    assert title(db.plot_task_gain(data).axes[0]) == "Performance task: before and after"

"""nbgrader settings for the medialit course. Run every nbgrader command from this folder.

nbgrader reads this file only from the current folder, so ``cd`` here first: anywhere else
nbgrader finds no configuration and quietly starts an empty gradebook where it is.
The teacher's workflow, command by command: ``lessons/grading.md``.

Environment variable:
    MEDIALIT_EXCHANGE   the exchange folder, where released assignments and submissions meet.
                        Unset: ``<this folder>/.exchange``, which works on one computer
                        without administrator rights. On a JupyterHub whose users share one
                        filesystem (The Littlest JupyterHub) set it to ``/srv/nbgrader/exchange``
                        for the teacher, e.g. in the hub's ``c.Spawner.environment``; the
                        students' own config points ``c.Exchange.root`` at the same folder.
"""
import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821 (nbgrader provides get_config when it reads this file)

ROOT = os.path.dirname(os.path.abspath(__file__))

# The course's name; students' configs and the exchange use the same one.
c.CourseDirectory.course_id = "medialit"
# The course folder is the folder of this file, as an absolute path, wherever the repository is.
c.CourseDirectory.root = ROOT
# The teacher's notebooks, with solutions and hidden tests: solutions/<stem>/<stem>.ipynb.
c.CourseDirectory.source_directory = "solutions"
# The student copies that `nbgrader generate_assignment` writes: exercises/<stem>/<stem>.ipynb.
c.CourseDirectory.release_directory = "exercises"
# What never goes from solutions/<stem>/ to the students (generate_assignment) nor from a
# submission to the marked copy (autograde): the answer keys of the graded articles
# (*.errors.json, *.quotes.json: the hidden tests read them from solutions/, below), the
# articles' notes (*.meta.json: a made hunt's notes name its source and seed, enough to make
# the same hunt again, key included), and the temporary and set-aside files the answers file
# can leave behind. tests/test_course.py fails if any of them reaches exercises/.
c.CourseDirectory.ignore = [
    ".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback",  # nbgrader's own defaults
    "*.errors.json", "*.quotes.json", "*.meta.json", ".answers-*.tmp",
    "*.answers.unreadable-*.json",
]
# The hidden tests of the graded error hunts read their key from this course folder
# (medialit.grading.load_graded_key): autograde's kernels inherit this variable. Students'
# kernels never have it, and their copies hold no key.
os.environ["MEDIALIT_COURSE"] = ROOT
# The gradebook: one sqlite file in the course folder (git-ignored; it holds students' marks).
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(ROOT, "gradebook.db")

# The exchange folder (see the docstring). Everybody must be able to write to it, so it is
# created with mode 777 when this file is read; if that is not allowed it is left as it is.
EXCHANGE = os.environ.get("MEDIALIT_EXCHANGE") or os.path.join(ROOT, ".exchange")
c.Exchange.root = EXCHANGE
try:
    os.makedirs(EXCHANGE, exist_ok=True)
    os.chmod(EXCHANGE, 0o777)
except OSError:
    pass  # not ours (e.g. /srv/nbgrader/exchange made by an administrator): use it as it is

# Answers given through the practice widgets live in my-answers/<stem>.answers.json beside the
# notebook (earlier versions of the kit: <stem>.answers.json). submit and collect copy the
# folder with the notebook (nothing above ignores it). autograde copies every file of
# solutions/<stem>/ over the student's submission; a stray answers file there (a teacher who
# clicked a widget) would replace the student's answers. So no answers file is overwritten.
_SOURCE = os.path.join(ROOT, "solutions")
c.Autograde.exclude_overwriting = {
    stem: [f"my-answers/{stem}.answers.json", f"{stem}.answers.json"]
    for stem in (sorted(os.listdir(_SOURCE)) if os.path.isdir(_SOURCE) else [])
}

# What replaces a ### BEGIN SOLUTION ... ### END SOLUTION region in the student copy. Every
# answer cell starts with a blank answer above the region (q1_speaker = ""), so a comment
# replaces nbgrader's default `raise NotImplementedError()`: an untouched exercise runs to the
# end and scores 0 with a message per question, instead of failing at every answer cell.
c.ClearSolutions.code_stub = {"python": "# ✎ Write your answer in the line(s) above."}
# What replaces a model answer in a written (manually graded) Markdown cell.
c.ClearSolutions.text_stub = "✎ Double-click here and write your answer."

# A generous time limit per cell: the first analysis of an article loads the language model.
c.Execute.timeout = 120
# nbgrader stops a whole notebook when a cell's last output is more than nbclient's 4 s late
# (raise_on_iopub_timeout is on in nbgrader): on a busy school server, or a 2-core CI machine
# grading while it validates, that failed one student's lesson 5 ("There was an error
# processing assignment"). A late output is waited for, and a notebook that still fails is
# tried once more before it is reported.
c.Execute.iopub_timeout = 60
c.Execute.execute_retries = 1

# The feedback page students get. nbgrader puts each check cell's whole code in it, hidden
# tests included (by design: jupyter/nbgrader #917, #1156), which would hand out the answer
# key. ClearHiddenTests removes the hidden code from the page; the points and the messages the
# hidden tests printed ("✘ q1: ... ") stay. The autograded/ notebooks keep it: never share them.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]

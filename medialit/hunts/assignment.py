"""A made error hunt as a graded nbgrader assignment, with a version of the article per student.

``write_assignment`` writes ``<course>/solutions/<name>/``: the teacher's notebook (from the
template ``medialit/hunts/made-hunt.ipynb``), every version's article with its answer key
(``<stem>-v1.txt``, ``<stem>-v1.errors.json`` …, in the ``seeds/`` formats) and
``versions.json``, the list of the versions' article files. ``nbgrader generate_assignment``
then copies the notebook, the articles and the list to the students; ``nbgrader_config.py``
keeps every ``*.errors.json``, ``*.quotes.json`` and ``*.meta.json`` (it names the seed) on the
teacher's side.

In the student's notebook ``load_student_version`` picks the student's version by their
student id (``student_id``); autograde runs the notebook in ``autograded/<student>/<name>/``,
so the same student gets the same version there, and the hidden test marks it against that
version's key (``medialit.grading.load_graded_key``). Neighbours on different versions cannot
copy marks: the error hunt files its marks under a fingerprint of the article's text
(``medialit.answers.answer_id``), so marks made on another version are not read at all.

Limits, said out loud: the version follows the id nbgrader gives the student (the computer
account's name, or the JupyterHub user's). Students who share one computer account (and hand in
with ``--student=``) all see that account's version while they work, so give them one version.
The version is drawn from the id (a hash), not dealt round the class: with three versions and
thirty students each version goes to roughly ten, and two neighbours share one about a third of
the time.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from medialit.article import Article, load_article

VERSIONS_FILE = "versions.json"
TEMPLATE = Path(__file__).resolve().parent / "made-hunt.ipynb"
GRADING_FOLDERS = ("autograded", "submitted")  # nbgrader's {step}/{student}/{assignment}


@dataclass(frozen=True)
class VersionChoice:
    """Which version of a made hunt a student works on: ``number`` counts from 1."""

    student: str
    number: int
    count: int
    file: Path


def student_id(assignment: str, folder: str | Path | None = None) -> str:
    """Who the student is, as nbgrader names them.

    Inside nbgrader's marking folders (``autograded/<student>/<assignment>/``, where
    ``autograde`` runs the notebook, or ``submitted/…``) the folder says it. Elsewhere it is the
    name nbgrader's ``submit`` uses: the computer account's name, or the JupyterHub user's
    (``$JUPYTERHUB_USER``) when the account is the hub's shared ``jovyan``.

    >>> student_id("week-12", "/course/autograded/alice/week-12")
    'alice'
    """
    here = Path(folder or os.getcwd()).resolve()
    if here.name == assignment and here.parent.parent.name in GRADING_FOLDERS:
        return here.parent.name
    user = getpass.getuser()
    return os.environ.get("JUPYTERHUB_USER", user) if user == "jovyan" else user


def version_number(assignment: str, student: str, count: int) -> int:
    """The version (1 to ``count``) a student gets: the same for that student every time,
    different from one assignment to the next.

    >>> version_number("week-12", "alice", 3) == version_number("week-12", "alice", 3)
    True
    """
    digest = hashlib.sha256(f"{assignment}\n{student}".encode("utf-8")).hexdigest()
    return int(digest, 16) % count + 1


def choose_version(assignment: str, folder: str | Path | None = None,
                   student: str | None = None) -> VersionChoice:
    """The version of ``assignment`` for ``student`` (by default, the one running this), from
    ``versions.json`` in ``folder`` (by default, the notebook's folder)."""
    where = Path(folder or os.getcwd())
    listing = where / VERSIONS_FILE
    try:
        files = json.loads(listing.read_text(encoding="utf-8"))["versions"]
    except (OSError, ValueError, KeyError) as error:
        raise FileNotFoundError(
            f"{listing} is missing or damaged ({error}): it lists the versions of this error "
            "hunt. Fetch the assignment again, or ask your teacher.") from None
    student = student or student_id(assignment, where)
    number = version_number(assignment, student, len(files))
    return VersionChoice(student, number, len(files), where / files[number - 1])


def load_student_version(assignment: str, folder: str | Path | None = None,
                         student: str | None = None) -> Article:
    """The article this student hunts in: their version of the made hunt (``choose_version``)."""
    return load_article(choose_version(assignment, folder, student).file)


def version_stem(stem: str, number: int, count: int) -> str:
    """The file stem of version ``number``: ``<stem>-v2`` (just ``<stem>`` when there is one)."""
    return stem if count == 1 else f"{stem}-v{number}"


ASSIGNMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def write_assignment(hunts: list, course: str | Path, name: str, stem: str, *,
                     source: str | None = None, force: bool = False) -> Path:
    """Write ``<course>/solutions/<name>/`` for a made hunt and its versions (``hunts``, as
    ``medialit.hunts.make_versions`` returns them); return the folder.

    ``stem`` names the article files. The notebook has two questions: the hunt (6 points,
    earned in full by right marks on 60% of a version's mistakes, as in the graded hunts of
    lessons 3 and 6: 6 of 10) and a written one the teacher marks (3 points). An existing folder is replaced only with ``force``, so a teacher's edited notebook
    is never lost by accident.

    Raises:
        ValueError: the name is not a plain folder name, there are no hunts, or the folder
            exists and ``force`` is not given.
    """
    from medialit.hunts import write_hunt

    if not ASSIGNMENT_NAME.fullmatch(name):
        raise ValueError(f"“{name}” cannot name an assignment: use letters, digits, - and _ "
                         "only, starting with a letter or digit (e.g. week-12-news).")
    if not hunts:
        raise ValueError("There is no hunt to write: make one first.")
    folder = Path(course) / "solutions" / name
    if folder.exists() and any(folder.iterdir()) and not force:
        raise ValueError(f"{folder} already exists. Choose another assignment name, or replace "
                         "it (--force on the command line).")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():  # a replaced hunt leaves none of its files behind
        if old.is_file():
            old.unlink()
    files = []
    for number, hunt in enumerate(hunts, 1):
        written = write_hunt(hunt, folder, version_stem(stem, number, len(hunts)), source=source)
        files.append(Path(written["article"]).name)
    (folder / VERSIONS_FILE).write_text(json.dumps(
        {"schema_version": 1, "assignment": name, "versions": files}, indent=2) + "\n",
        encoding="utf-8")
    mistakes = min(sum(entry.get("severity") != "note" and entry.get("detectable", "text") == "text"
                       for entry in hunt.key()) for hunt in hunts)
    notebook = fill_template(TEMPLATE.read_text(encoding="utf-8"), {
        "assignment": name, "needed": max(1, round(0.6 * mistakes)), "mistakes": mistakes,
        "versions": len(hunts)})
    (folder / f"{name}.ipynb").write_text(notebook, encoding="utf-8")
    return folder


def fill_template(template: str, values: dict) -> str:
    """The template with each ``{{name}}`` replaced by its value (JSON-escaped, since the
    template is a notebook file); a name without a value is an error, never left in."""
    def value(match: re.Match) -> str:
        return json.dumps(str(values[match.group(1)]))[1:-1]

    return re.sub(r"\{\{(\w+)\}\}", value, template)

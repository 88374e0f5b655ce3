"""The answers file: where a student's answers live, so that none are ever lost.

Widget state disappears when the kernel restarts (ipywidgets issue #2369), so every widget
saves each answer as the student gives it to a small JSON file beside the notebook, and
reads it back when it is built again — after a restart, a reload, or next week. The graded
exercises' hidden tests read the same file. Shape::

    {"schema_version": 1, "notebook": "03-spot-the-errors",
     "updated": "2026-11-28T10:00:00", "answers": {"q1": ..., "error_hunt": [...]}}

Writes are atomic (a temporary file, then a rename), so a crash mid-write never leaves half
a file. A file that cannot be read is kept aside under another name, never overwritten.
"""
from __future__ import annotations

import datetime
import json
import os
import tempfile
from pathlib import Path

SCHEMA_VERSION = 1
MAX_TEXT = 600  # characters in one typed answer: a paragraph, not a pasted article


class AnswerError(ValueError):
    """An answer the file will not take; the message says why, for the student."""


class AnswerStore:
    """The answers of one notebook, read from and saved to ``<notebook>.answers.json``.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> store = AnswerStore("00-demo", folder=folder)
    >>> store.set("q1", "B")
    >>> AnswerStore("00-demo", folder=folder).get("q1")
    'B'
    """

    def __init__(self, notebook: str, folder: str | Path | None = None):
        self.notebook = notebook
        self.path = Path(folder or os.getcwd()) / f"{notebook}.answers.json"
        self.message = ""  # what happened when the file was read, for the student
        self._seen = None  # the file's modification time when last read
        self.answers = self._read()

    def _parse(self) -> dict:
        data = json.loads(self.path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("answers", {}), dict):
            raise ValueError("not an answers file")
        self._seen = self.path.stat().st_mtime_ns
        return dict(data.get("answers", {}))

    def _refresh(self) -> None:
        """Pick up what another widget of the same notebook saved since we last looked."""
        try:
            if self.path.exists() and self.path.stat().st_mtime_ns != self._seen:
                self.answers = self._parse()
        except (ValueError, UnicodeDecodeError, OSError):
            pass  # keep what we have; the next save writes a good file again

    def _read(self) -> dict:
        if not self.path.exists():
            return {}
        try:
            return self._parse()
        except (ValueError, UnicodeDecodeError, OSError):
            stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            kept = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}.json")
            number = 1
            while kept.exists():
                number += 1
                kept = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}-{number}.json")
            try:
                os.replace(self.path, kept)
                self.message = (f"Your saved answers file could not be read, so it was kept "
                                f"aside as {kept.name} (show it to your teacher). You are "
                                "starting with empty answers.")
            except OSError:
                self.message = ("Your saved answers file could not be read. Ask your teacher "
                                "to look at it before you answer again.")
            return {}

    def get(self, qid: str, default=None):
        """The saved answer to question ``qid``, or ``default``."""
        self._refresh()
        return self.answers.get(qid, default)

    def set(self, qid: str, value) -> None:
        """Save one answer now. Text longer than ``MAX_TEXT`` characters is refused, and an
        answer that cannot be saved leaves the saved answers as they were."""
        _check_size(value)
        self._refresh()
        before = dict(self.answers)
        self.answers[qid] = value
        try:
            self.save()
        except (TypeError, ValueError, OSError):
            self.answers = before
            raise

    def remove(self, *qids: str) -> None:
        """Forget some answers (used by a widget's reset, after the student confirms)."""
        self._refresh()
        for qid in qids:
            self.answers.pop(qid, None)
        self.save()

    def save(self) -> None:
        """Write the whole file atomically."""
        data = {"schema_version": SCHEMA_VERSION, "notebook": self.notebook,
                "updated": datetime.datetime.now().isoformat(timespec="seconds"),
                "answers": self.answers}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".answers-",
                                             suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)
            self._seen = self.path.stat().st_mtime_ns
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise


def _check_size(value) -> None:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise AnswerError(f"That answer is {len(value):,} characters long. Keep it under "
                          f"{MAX_TEXT} characters: a sentence or two is enough.")
    if isinstance(value, dict):
        for item in value.values():
            _check_size(item)
    if isinstance(value, list):
        for item in value:
            _check_size(item)


def answer_id(qid: str, article) -> str:
    """The key under which a widget saves its answer about ``article``: the plain question id
    for the seed article, the id plus a fingerprint of the text for any other article, so
    answers about two articles never mix ("error_hunt@3f2a9c1b")."""
    import hashlib

    from medialit.article import SEED_PATH

    if article.path and Path(article.path).resolve() == SEED_PATH:
        return qid
    return f"{qid}@{hashlib.sha1(article.text.encode('utf-8')).hexdigest()[:8]}"


def open_answers(notebook: str, folder: str | Path | None = None) -> AnswerStore:
    """The answers file of a notebook, in the notebook's folder (the current folder)."""
    return AnswerStore(notebook, folder)


def load_answers(notebook: str, folder: str | Path | None = None) -> dict:
    """The saved answers as a plain dict, for the graded exercises' hidden tests."""
    return dict(AnswerStore(notebook, folder).answers)


# -- marking the error hunt ------------------------------------------------------------------------

def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def grade_error_marks(marks: list[dict], key: list[dict]) -> list[dict]:
    """Each of a student's marks with a verdict against the answer key.

    A mark is ``{"start", "end", "text", "kind", ...}``. Verdicts: "right" (a key error of the
    same kind at that place), "partly" (a key error there, of another kind), "repeat" (a key
    error already credited to another mark), "not-an-error" (nothing in the key there). Each
    key error is credited once.

    >>> key = [{"span": {"start": 0, "end": 4, "text": "ball"}, "kind": "spelling"}]
    >>> [r["verdict"] for r in grade_error_marks([{"start": 1, "end": 3, "kind": "spelling"}], key)]
    ['right']
    """
    used: set[int] = set()  # errors already credited, fully or partly
    results = []
    for mark in marks:
        here = [(i, error) for i, error in enumerate(key)
                if _overlap(mark["start"], mark["end"], error["span"]["start"], error["span"]["end"])]
        same = [(i, e) for i, e in here if e["kind"] == mark.get("kind") and i not in used]
        fresh = [(i, e) for i, e in here if i not in used]
        if same:
            used.add(same[0][0])
            results.append({"mark": mark, "verdict": "right", "error": same[0][1]})
        elif fresh:
            used.add(fresh[0][0])
            results.append({"mark": mark, "verdict": "partly", "error": fresh[0][1]})
        elif here:
            results.append({"mark": mark, "verdict": "repeat", "error": here[0][1]})
        else:
            results.append({"mark": mark, "verdict": "not-an-error", "error": None})
    return results


def error_hunt_score(results: list[dict]) -> float:
    """Hits count 1, partly right ½, false alarms −½, a second mark on a mistake already
    credited 0 (never below 0): this rewards judgement, not suspicion."""
    score = sum({"right": 1.0, "partly": 0.5, "repeat": 0.0, "not-an-error": -0.5}[r["verdict"]]
                for r in results)
    return max(0.0, score)

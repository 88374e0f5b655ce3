"""Marking the error hunt: each student mark against the answer key, and a score.

The answers file the widgets save to is ``medialit.answers``.
"""
from __future__ import annotations


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

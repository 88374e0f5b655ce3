"""The marking of the error hunt (pure logic: no language model needed)."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from medialit.grading import error_hunt_score, grade_error_marks

KINDS = ["spelling", "role-conflict", "other", "ambiguous-pronoun"]


# -- marking the error hunt ---------------------------------------------------------------------

KEY = [
    {"span": {"start": 10, "end": 14, "text": "ball"}, "kind": "spelling"},
    {"span": {"start": 20, "end": 30, "text": "Washington"}, "kind": "role-conflict"},
    {"span": {"start": 40, "end": 42, "text": "it"}, "kind": "ambiguous-pronoun"},
]


def mark(start, end, kind):
    return {"start": start, "end": end, "text": "x" * (end - start), "kind": kind}


def verdicts(marks, key=KEY):
    return [r["verdict"] for r in grade_error_marks(marks, key)]


def test_right_partly_and_not_an_error():
    results = grade_error_marks([mark(11, 13, "spelling"), mark(18, 22, "spelling"),
                                 mark(0, 5, "other")], KEY)
    assert [r["verdict"] for r in results] == ["right", "partly", "not-an-error"]
    assert results[0]["error"] is KEY[0]
    assert results[1]["error"] is KEY[1]
    assert results[2]["error"] is None
    assert [r["mark"] for r in results] == [mark(11, 13, "spelling"), mark(18, 22, "spelling"),
                                             mark(0, 5, "other")]


def test_touching_is_not_overlapping():
    assert verdicts([mark(14, 20, "spelling"), mark(5, 10, "spelling")]) == [
        "not-an-error", "not-an-error"]


def test_each_key_error_is_credited_once():
    assert verdicts([mark(10, 14, "spelling"), mark(11, 12, "spelling")])[1] != "right"
    assert verdicts([mark(10, 14, "spelling"), mark(10, 14, "spelling")]) == ["right", "repeat"]
    # a mark over two errors is credited with the one of its kind
    wide = mark(0, 50, "ambiguous-pronoun")
    results = grade_error_marks([wide, dict(wide)], KEY)
    assert results[0]["verdict"] == "right" and results[0]["error"] is KEY[2]
    assert results[1]["verdict"] != "right"


def test_no_marks():
    assert grade_error_marks([], KEY) == []
    assert grade_error_marks([mark(0, 3, "other")], []) == [
        {"mark": mark(0, 3, "other"), "verdict": "not-an-error", "error": None}]
    assert error_hunt_score([]) == 0


def result(verdict):
    return {"mark": mark(0, 1, "other"), "verdict": verdict, "error": None}


@pytest.mark.parametrize("verdict_list, expected", [
    (["right"], 1.0),
    (["partly"], 0.5),
    (["right", "partly"], 1.5),
    (["right", "not-an-error"], 0.5),
    (["right", "right", "partly", "not-an-error"], 2.0),
    (["not-an-error"], 0.0),
    (["not-an-error"] * 5, 0.0),
    (["right", "not-an-error", "not-an-error", "not-an-error"], 0.0),
])
def test_score_weights_and_never_negative(verdict_list, expected):
    assert error_hunt_score([result(v) for v in verdict_list]) == expected


# -- properties ---------------------------------------------------------------------------------

spans = st.tuples(st.integers(0, 50), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1]))
marks_strategy = st.lists(st.builds(lambda span, kind: mark(span[0], span[1], kind), spans,
                                    st.sampled_from(KINDS)), max_size=12)


key_sizes = st.integers(0, len(KEY))


@settings(max_examples=200, deadline=None)
@given(marks_strategy, key_sizes)
def test_score_is_never_negative(marks, size):
    results = grade_error_marks(marks, KEY[:size])
    assert len(results) == len(marks)
    assert error_hunt_score(results) >= 0
    assert sum(r["verdict"] == "right" for r in results) <= size


@settings(max_examples=200, deadline=None)
@given(marks_strategy, key_sizes)
@example([mark(10, 14, "spelling"), mark(10, 14, "role-conflict"), mark(10, 14, "other")], 1)
def test_score_is_at_most_the_number_of_key_errors(marks, size):
    assert 0 <= error_hunt_score(grade_error_marks(marks, KEY[:size])) <= size

"""The answers file and the marking of the error hunt (pure logic: no language model needed)."""
from __future__ import annotations

import datetime
import json
import types

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import medialit.grading
from medialit.grading import (MAX_TEXT, AnswerError, AnswerStore, error_hunt_score,
                              grade_error_marks, load_answers, open_answers)

KINDS = ["spelling", "role-conflict", "other", "ambiguous-pronoun"]


def answers_file(folder, notebook="t"):
    return folder / f"{notebook}.answers.json"


def unreadable_copies(folder, notebook="t"):
    return sorted(folder.glob(f"{notebook}.answers.unreadable-*.json"))


# -- the answers file ---------------------------------------------------------------------------


def test_round_trip(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    assert store.answers == {} and store.message == ""
    store.set("q1", "B")
    store.set("error_hunt", [{"start": 1, "end": 4, "text": "ball", "kind": "spelling",
                              "correction": None}])
    store.set("who_said_it", {"10-20": "Ana Ruiz — “ü”"})

    again = AnswerStore("t", folder=tmp_path)
    assert again.get("q1") == "B"
    assert again.get("error_hunt")[0]["kind"] == "spelling"
    assert again.get("who_said_it") == {"10-20": "Ana Ruiz — “ü”"}
    assert again.get("missing", "default") == "default"
    assert again.message == ""

    data = json.loads(answers_file(tmp_path).read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert data["notebook"] == "t"
    assert data["answers"]["q1"] == "B"
    datetime.datetime.fromisoformat(data["updated"])  # a real timestamp


def test_open_answers_uses_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_answers("nb").set("q", 1)
    assert answers_file(tmp_path, "nb").exists()
    assert open_answers("nb").get("q") == 1


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    for number in range(5):
        store.set(f"q{number}", "x" * number)
    store.remove("q0")
    assert [p.name for p in tmp_path.iterdir()] == ["t.answers.json"]


def test_failed_write_keeps_the_old_file_and_no_temporary_file(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "kept")
    before = answers_file(tmp_path).read_bytes()
    with pytest.raises(TypeError):
        store.set("q2", {"not json": object()})  # json.dump fails half-way through the write
    assert answers_file(tmp_path).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["t.answers.json"]


@pytest.mark.parametrize("content", [
    pytest.param(b'{"answers": {"q1": "B"', id="invalid JSON"),
    pytest.param(b'["q1", "B"]', id="a JSON list"),
    pytest.param(b'{"answers": ["B"]}', id="answers not a dict"),
    pytest.param(bytes(range(256)) * 4, id="binary garbage"),
    pytest.param(b"\xff\xfe\x00\xd8garbage\x80\x81", id="undecodable bytes"),
])
def test_unreadable_file_is_moved_aside(tmp_path, content):
    answers_file(tmp_path).write_bytes(content)
    store = AnswerStore("t", folder=tmp_path)

    assert store.answers == {}
    assert store.get("q1") is None
    copies = unreadable_copies(tmp_path)
    assert len(copies) == 1
    assert copies[0].read_bytes() == content  # every byte preserved
    assert not answers_file(tmp_path).exists()
    assert "could not be read" in store.message
    assert copies[0].name in store.message
    assert "empty" in store.message

    # answering again starts a fresh file and leaves the kept copy alone
    store.set("q1", "C")
    assert AnswerStore("t", folder=tmp_path).get("q1") == "C"
    assert copies[0].read_bytes() == content


def test_two_unreadable_files_in_the_same_second_are_both_kept(tmp_path, monkeypatch):
    frozen = datetime.datetime(2026, 11, 28, 10, 0, 0)
    fake = types.SimpleNamespace(datetime=types.SimpleNamespace(now=lambda: frozen))
    monkeypatch.setattr(medialit.grading, "datetime", fake)
    answers_file(tmp_path).write_bytes(b"first broken file")
    AnswerStore("t", folder=tmp_path)
    answers_file(tmp_path).write_bytes(b"second broken file")
    AnswerStore("t", folder=tmp_path)
    kept = sorted(p.read_bytes() for p in unreadable_copies(tmp_path))
    assert kept == [b"first broken file", b"second broken file"]


def test_a_long_answer_is_refused_and_the_saved_one_kept(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    store.set("q1", "my first answer")
    with pytest.raises(AnswerError) as caught:
        store.set("q1", "x" * 2000)
    message = str(caught.value)
    assert "2,000 characters" in message and str(MAX_TEXT) in message
    assert "Traceback" not in message and "AnswerError" not in message
    assert store.get("q1") == "my first answer"
    assert AnswerStore("t", folder=tmp_path).get("q1") == "my first answer"


def test_a_long_text_inside_a_mark_is_refused(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    marks = [{"start": 0, "end": 4, "text": "ball", "kind": "other", "correction": None}]
    store.set("error_hunt", marks)
    with pytest.raises(AnswerError):
        store.set("error_hunt", marks + [{"start": 5, "end": 9, "text": "ball", "kind": "other",
                                          "correction": "y" * 2000}])
    assert AnswerStore("t", folder=tmp_path).get("error_hunt") == marks
    AnswerStore("t", folder=tmp_path).set("q", "z" * MAX_TEXT)  # exactly the limit is fine


def test_remove(tmp_path):
    store = AnswerStore("t", folder=tmp_path)
    for qid in ("a", "b", "c"):
        store.set(qid, qid.upper())
    store.remove("a")
    store.remove("b", "never-answered")
    assert store.answers == {"c": "C"}
    assert AnswerStore("t", folder=tmp_path).answers == {"c": "C"}
    store.remove()  # nothing to remove: still a valid file
    assert load_answers("t", tmp_path) == {"c": "C"}


def test_load_answers(tmp_path):
    assert load_answers("nobody", tmp_path) == {}
    AnswerStore("t", folder=tmp_path).set("q1", ["x"])
    answers = load_answers("t", tmp_path)
    assert answers == {"q1": ["x"]}
    assert type(answers) is dict
    answers["q2"] = "changed"  # a plain copy: changing it writes nothing
    assert load_answers("t", tmp_path) == {"q1": ["x"]}


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

"""The marking of the error hunt (pure logic, except the last tests, which
check that the widget, the hidden test and the dashboard give the same score)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import medialit
import medialit.grading
from medialit.answers import AnswerStore
from medialit.grading import (COURSE_VARIABLE, error_hunt_score, grade_error_marks,
                              load_graded_key, place_mark, score_error_hunt,
                              score_sources_named)

KINDS = ["spelling", "role-conflict", "other", "ambiguous-pronoun"]
ROOT = Path(__file__).resolve().parent.parent


# -- marking the error hunt ---------------------------------------------------------------------

TEXT = "The spy ball flew over Montana on Sunday, officials said. It was reported by nobody."
#       0         1         2         3         4         5         6         7         8
KEY = [
    {"id": "e1", "span": {"start": 8, "end": 12, "text": "ball"}, "kind": "inconsistent-term",
     "accepted_kinds": ["inconsistent-term", "spelling"], "severity": "error", "counts": "mistake",
     "detectable": "text"},
    {"id": "e2", "span": {"start": 23, "end": 30, "text": "Montana"}, "kind": "role-conflict",
     "severity": "error", "detectable": "text"},
    {"id": "e3", "span": {"start": 34, "end": 40, "text": "Sunday"}, "kind": "other",
     "severity": "warning", "detectable": "outside"},
    {"id": "e4", "span": {"start": 42, "end": 51, "text": "officials"}, "kind": "vague-attribution",
     "accepted_kinds": ["vague-attribution"], "severity": "note", "counts": "note",
     "detectable": "text"},
]


def mark(start, end, kind):
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": kind}


WHOLE_SENTENCE = (0, 57)  # "The spy ball ... officials said." around the one wrong word "ball"


@pytest.mark.parametrize("start, end, kind, verdict, points", [
    (8, 12, "inconsistent-term", "right", 1.0),          # exact, the key's kind
    (4, 12, "inconsistent-term", "right", 1.0),          # a little wider ("spy ball")
    (9, 11, "inconsistent-term", "right", 1.0),          # part of the mistake
    (8, 12, "spelling", "right", 1.0),                   # a defensible other kind in the key entry
    (8, 12, "role-conflict", "partly", 0.5),             # right place, wrong kind
    (*WHOLE_SENTENCE, "inconsistent-term", "too-wide", 0.0),  # much wider: not a find
    (13, 17, "spelling", "not-an-error", -0.5),          # "flew": outside any mistake
    (34, 40, "other", "beyond-the-text", 0.0),           # only other coverage shows it
    (42, 51, "vague-attribution", "note", 0.0),          # a discussion note: nothing either way
    (42, 51, "spelling", "note", 0.0),                   # a note with another kind: never a cost
])
def test_one_mark_against_the_key(start, end, kind, verdict, points):
    (result,) = grade_error_marks([mark(start, end, kind)], KEY)
    assert (result["verdict"], result["points"]) == (verdict, points)
    assert (result["error"] is None) == (verdict == "not-an-error")


def test_a_key_written_before_counts_and_accepted_kinds_is_read_the_same():
    older = [{**KEY[0], "other_kinds": ["spelling"]}, {**KEY[3]}]
    for entry in older:
        entry.pop("accepted_kinds"), entry.pop("counts")
    assert verdicts([mark(8, 12, "spelling"), mark(42, 51, "other")], older) == ["right", "note"]


def test_touching_is_not_overlapping():
    assert verdicts([mark(12, 13, "spelling"), mark(0, 8, "spelling")]) == [
        "not-an-error", "not-an-error"]


def verdicts(marks, key=KEY):
    return [r["verdict"] for r in grade_error_marks(marks, key)]


def test_each_mistake_counts_once_with_its_best_mark():
    assert verdicts([mark(8, 12, "inconsistent-term"), mark(9, 11, "spelling")]) == [
        "right", "repeat"]
    # a partly right mark first and a right one later: the right one counts, in any order
    marks = [mark(8, 12, "role-conflict"), mark(8, 12, "spelling")]
    assert verdicts(marks) == ["repeat", "right"]
    assert verdicts(marks[::-1]) == ["right", "repeat"]


def test_a_mark_over_two_mistakes_finds_the_one_of_its_kind():
    both = mark(4, 30, "role-conflict")  # "spy ball flew over Montana"
    results = grade_error_marks([both, dict(both)], KEY)
    assert results[0]["verdict"] == "right" and results[0]["error"] is KEY[1]
    assert results[1]["verdict"] == "partly" and results[1]["error"] is KEY[0]


@settings(max_examples=100, deadline=None)
@given(st.permutations([mark(8, 12, "role-conflict"), mark(8, 12, "spelling"), mark(0, 57, "other"),
                        mark(13, 17, "spelling"), mark(34, 40, "other"), mark(23, 30, "other")]))
def test_the_order_of_the_marks_does_not_change_the_score(marks):
    hunt = score_error_hunt(marks, KEY)
    assert (hunt.score, hunt.found, hunt.partly, hunt.alarms) == (1.0, 1, 1, 1)


def test_score_error_hunt_totals_and_notes_never_cost():
    hunt = score_error_hunt([mark(8, 12, "spelling"), mark(13, 17, "other")], KEY)
    assert (hunt.score, hunt.found, hunt.alarms) == (0.5, 1, 1)
    assert hunt.mistakes == 2  # e1 and e2: not the note, not the mistake beyond the text
    assert [e["id"] for e in hunt.missed] == ["e2"]  # the unmarked note is not "missed"
    assert hunt.points(out_of=4, needed=8) == 0.25
    assert score_error_hunt([mark(13, 17, "other")] * 3, KEY).score == 0  # never below 0
    assert score_error_hunt([mark(8, 12, "spelling")] * 20, KEY).points(4, 1) == 4  # capped


def test_typed_marks_are_placed_as_the_widget_places_them():
    typed = [("SPY  BALL", "spelling"), ("montana", "other"), ("purple", "other"), ("flew", "spelling")]
    hunt = score_error_hunt(typed, KEY, TEXT)
    assert [r["mark"]["text"] for r in hunt.results] == ["spy ball", "Montana", "flew"]
    assert [r["verdict"] for r in hunt.results] == ["right", "partly", "not-an-error"]
    assert hunt.unplaced == ["purple"]
    assert "“purple” is not in the article" in hunt.feedback()


@pytest.mark.parametrize("words, kind, expected", [
    ("ball", "spelling", (8, 12)),
    ("It’s", "other", None),                         # not there
    ("all", "other", None),                          # whole words only
    ("“said.", "other", None),
    ("officials  said", "other", (42, 56)),          # extra spaces forgiven
])
def test_place_mark(words, kind, expected):
    placed = place_mark(TEXT, words, kind, KEY)
    assert (None if placed is None else (placed["start"], placed["end"])) == expected


def test_words_found_twice_are_placed_where_they_score_best():
    text = "A ball here. The spy ball there."
    key = [{"span": {"start": 21, "end": 25, "text": "ball"}, "kind": "spelling"}]
    assert place_mark(text, "ball", "spelling", key)["start"] == 21
    assert place_mark(text, "ball", "spelling", [])["start"] == 2  # no key: the first place
    assert place_mark(text, "ball", "spelling", key, within=(0, 12))["start"] == 2


def test_no_marks_and_no_key():
    assert grade_error_marks([], KEY) == []
    assert grade_error_marks([mark(0, 3, "other")], []) == [
        {"mark": mark(0, 3, "other"), "verdict": "not-an-error", "error": None, "points": -0.5}]
    assert error_hunt_score([]) == 0
    with pytest.raises(ValueError, match="no answer key"):
        score_error_hunt([mark(0, 3, "other")], None)


def result(verdict):
    return {"mark": mark(0, 1, "other"), "verdict": verdict, "error": None, "points": 0}


@pytest.mark.parametrize("verdict_list, expected", [
    (["right"], 1.0),
    (["partly"], 0.5),
    (["right", "partly"], 1.5),
    (["right", "not-an-error"], 0.5),
    (["right", "right", "partly", "not-an-error"], 2.0),
    (["right", "too-wide", "repeat", "beyond-the-text"], 1.0),
    (["not-an-error"], 0.0),
    (["not-an-error"] * 5, 0.0),
    (["right", "not-an-error", "not-an-error", "not-an-error"], 0.0),
])
def test_score_weights_and_never_negative(verdict_list, expected):
    assert error_hunt_score([result(v) for v in verdict_list]) == expected


def test_the_quote_table_is_defined_once():
    """One table forgives curly quotes, dashes and non-breaking spaces everywhere."""
    import subprocess

    found = subprocess.run(["git", "grep", "-l", "maketrans", "--", "medialit", "teacher",
                            "solutions"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert found == ["medialit/grading.py"]


# -- the graded key stays with the teacher -------------------------------------------------------

def test_graded_key_is_read_from_the_course_folder(tmp_path, monkeypatch):
    article = medialit.load_article(ROOT / "seeds" / "practice-school-air.txt")
    student = tmp_path / "student"
    student.mkdir()
    (student / "practice-school-air.txt").write_bytes((ROOT / "seeds" / "practice-school-air.txt").read_bytes())
    theirs = medialit.load_article(student / "practice-school-air.txt")
    monkeypatch.delenv(COURSE_VARIABLE, raising=False)
    assert load_graded_key("06-check-it-yourself", theirs) is None  # a student's kernel
    monkeypatch.setenv(COURSE_VARIABLE, str(ROOT))  # autograde, as nbgrader_config.py sets it
    key = load_graded_key("06-check-it-yourself", theirs)
    assert key == medialit.load_error_key(article)
    assert load_graded_key("06-check-it-yourself", theirs, course=tmp_path) is None


# -- the widget, the hidden test and the dashboard agree -----------------------------------------

SEED_MARKS = [  # words on the seed article, kind, and what the scorer says
    ("British Foreign Minister", "role-conflict"),   # exact
    ("spy ball", "spelling"),                        # partial, a defensible other kind
    ("Chinese Embassy", "other"),                    # wrong kind
    ("North America", "other"),                      # outside any mistake
    ("five and a quarter hours", "other"),           # beyond the text
]
BRIDGE_MARKS = [  # words on 03's graded article (practice-bridge-toll), kind, and the verdict
    ("Mayor", "role-conflict"),                      # exact (the title's, not "Deputy Mayor")
    ("pedestrains", "other"),                        # wrong kind
    ("town hall", "other"),                          # outside any mistake
    ("Lit by 60 LED lamps", "misplaced-modifier"),   # exact
    ("Mayor", "role-conflict"),                      # the same mistake again
]
BRIDGE = ROOT / "seeds" / "practice-bridge-toll.txt"  # its key beside it, for the widget


def placed_marks(article, typed, wide_around):
    """The typed marks as the error hunt saves them, and a whole sentence (much wider than its
    mistake) around the words ``wide_around``."""
    marks = [dict(place_mark(article.text, words, kind), correction=None) for words, kind in typed]
    sentence = next(s for s in article.sentences if wide_around in s.text)
    marks.append({"start": sentence.start, "end": sentence.end, "text": sentence.text,
                  "kind": "self-contradiction", "correction": None})
    return marks


def widget_score(article, marks, folder) -> float:
    import ipywidgets as w

    from medialit.widgets import error_hunt

    store = AnswerStore("03-spot-the-errors", folder=folder)
    store.set(medialit.answer_id("error_hunt", article), marks)
    box = error_hunt(article, answers=store)
    check = next(c for c in _walk(box) if isinstance(c, w.Button) and c.description == "Check my marks")
    check.click()
    shown = " ".join(c.value for c in _walk(box) if isinstance(c, w.HTML))
    return float(re.search(r"Score: ([\d.]+)</b>", shown).group(1)), shown


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def hidden_test_points(bridge, q2_marks, folder, monkeypatch) -> float:
    """The check cell of q2 in solutions/03, visible part and hidden test, as autograde runs it."""
    import nbformat

    notebook = nbformat.read(ROOT / "solutions" / "03-spot-the-errors" / "03-spot-the-errors.ipynb", 4)
    cell = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "q2")
    *body, last = [line for line in cell.source.splitlines() if line and not line.startswith("###")]
    monkeypatch.chdir(folder)
    monkeypatch.setenv(COURSE_VARIABLE, str(ROOT))
    namespace = {"ml": medialit, "bridge": bridge, "q2_marks": q2_marks}
    exec("\n".join(body), namespace)
    return eval(last, namespace)


def dashboard_score(article, marks, folder) -> float:
    sys.path.insert(0, str(ROOT / "teacher"))
    import dashboard

    hand_in = folder / "course" / "submitted" / "ada" / "03-spot-the-errors"
    hand_in.mkdir(parents=True)
    (hand_in / "03-spot-the-errors.answers.json").write_text(json.dumps(
        {"schema_version": 1, "notebook": "03-spot-the-errors",
         "answers": {medialit.answer_id("error_hunt", article): marks}}))
    results = dashboard.error_hunt_results(dashboard.load_class(folder / "course"))
    return error_hunt_score(results["ada"]), [r["verdict"] for r in results["ada"]]


HUNTS = {  # article, marks, the words a whole-sentence mark goes round, verdicts, a verdict shown
    # lesson 3's practice hunt on the seed: every verdict, "beyond the text" included
    "seed": (None, SEED_MARKS, "Washington’s ambitions",
             ["right", "right", "partly", "not-an-error", "beyond-the-text", "too-wide"],
             "★ Beyond the text"),
    # 03's graded hunt, with the key beside the kit's seeds/ copy of its article
    "bridge": (BRIDGE, BRIDGE_MARKS, "Residents’ Alliance",
               ["right", "partly", "not-an-error", "right", "repeat", "too-wide"],
               "↺ Already found"),
}


def scored_hunt(name):
    """The article of one of ``HUNTS``, its marks as the error hunt saves them, and their score."""
    path, typed, wide_around, verdicts, _ = HUNTS[name]
    article = medialit.load_article(path)
    marks = placed_marks(article, typed, wide_around)
    hunt = score_error_hunt(marks, medialit.load_error_key(article))
    assert [r["verdict"] for r in hunt.results] == verdicts
    return article, marks, hunt


@pytest.mark.parametrize("name", sorted(HUNTS))
def test_widget_and_scorer_agree(nlp, tmp_path, name):
    article, marks, hunt = scored_hunt(name)
    assert hunt.score == 2.0
    shown_score, shown = widget_score(article, marks, tmp_path)
    assert shown_score == hunt.score
    assert shown.count("✔ Right") == 2 and "◌ Too wide" in shown and HUNTS[name][-1] in shown


def test_hidden_test_and_dashboard_agree_with_the_scorer(nlp, tmp_path, monkeypatch):
    """03's graded hunt: the hidden test (the key in the course's solutions/) and the
    dashboard give the marks the scorer's verdicts, and the widget's score (above)."""
    bridge, marks, hunt = scored_hunt("bridge")
    store = AnswerStore("03-spot-the-errors", folder=tmp_path)
    store.set(medialit.answer_id("error_hunt", bridge), marks)  # as the graded widget saves them

    assert dashboard_score(bridge, marks, tmp_path) == (hunt.score, [r["verdict"] for r in hunt.results])

    saved = hidden_test_points(bridge, [], tmp_path, monkeypatch)  # the widget's saved marks
    typed = hidden_test_points(bridge, [(m["text"], m["kind"]) for m in marks],
                               tmp_path / "course", monkeypatch)
    assert saved == typed == hunt.points(out_of=4, needed=6) == 1.33


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
def test_the_score_does_not_depend_on_the_order_of_the_marks(marks, size):
    assert error_hunt_score(grade_error_marks(marks, KEY[:size])) == \
        error_hunt_score(grade_error_marks(marks[::-1], KEY[:size]))


@settings(max_examples=200, deadline=None)
@given(marks_strategy, key_sizes)
@example([mark(10, 14, "spelling"), mark(10, 14, "role-conflict"), mark(10, 14, "other")], 1)
def test_score_is_at_most_the_number_of_key_errors(marks, size):
    assert 0 <= error_hunt_score(grade_error_marks(marks, KEY[:size])) <= size


def test_a_graded_hunt_has_no_check_or_hint_and_never_loads_the_key(nlp, tmp_path, monkeypatch):
    import ipywidgets as w

    from medialit import widgets
    from medialit.widgets import hunt

    def no_key(article):
        raise AssertionError("a graded hunt must not load the answer key")

    monkeypatch.setattr(hunt, "load_error_key", no_key)
    store = AnswerStore("06-check-it-yourself", folder=tmp_path)
    box = widgets.error_hunt(medialit.load_article(), answers=store, graded=True)
    buttons = [c.description for c in _walk(box) if isinstance(c, w.Button)]
    assert "Add mark" in buttons
    assert "Check my marks" not in buttons and "Give me a hint" not in buttons
    next(c for c in _walk(box) if isinstance(c, w.Dropdown) and c.description == "Sentence").value = 1
    next(c for c in _walk(box) if isinstance(c, w.Text) and c.description == "Words").value = \
        "British Foreign Minister"
    next(c for c in _walk(box) if isinstance(c, w.Dropdown) and c.description == "What's wrong").value = \
        "role-conflict"
    next(c for c in _walk(box) if isinstance(c, w.Button) and c.description == "Add mark").click()
    assert [m["text"] for m in store.get("error_hunt")] == ["British Foreign Minister"]
    shown = " ".join(c.value for c in _walk(box) if isinstance(c, w.HTML))
    assert "Mark added" in shown and "Check my marks" not in shown


# -- naming the sources (the performance task's q1) ---------------------------------------------

SOURCES = {"Priya Nandra": "named", "Critics": "vague", "A member of the library staff": "anonymous",
           "Marrowby town council": "named", "Friends of Marrowby Libraries": "named"}


@pytest.mark.parametrize("typed, kind, source, right", [
    ("Nandra", "named", "Priya Nandra", True),  # a surname names the person
    ("Councillor Priya Nandra", "Named ", "Priya Nandra", True),  # a title, capitals, spaces
    ("critics", "anonymous", "Critics", False),  # found, with the wrong kind
    ("library staff", "anonymous", "A member of the library staff", True),
    ("the council", "named", "Marrowby town council", True),
    ("Friends of Marrowby Libraries’", "named", "Friends of Marrowby Libraries", True),
    ("Priya", "", "Priya Nandra", False),  # named without a kind
])
def test_a_source_is_found_by_any_part_of_its_name(typed, kind, source, right):
    score = score_sources_named({typed: kind}, SOURCES)
    assert list(score.kinds) == [source] and score.right == int(right)


@pytest.mark.parametrize("typed, unmatched", [("Bob", ["Bob"]), ("Tom Ellery", ["Tom Ellery"]),
                                               ("Marrowby Library", ["Marrowby Library"]),
                                               ("", []), ("  ", [])])
def test_names_that_are_no_source_cost_nothing(typed, unmatched):
    score = score_sources_named({typed: "named"}, SOURCES)
    assert score.kinds == {} and score.points(2, 4) == 0 and score.unmatched == unmatched


def test_sources_points_and_feedback():
    named = {"Nandra": "named", "Priya Nandra": "vague", "Critics": "named",
             "staff": "anonymous", "the council": "named", "Zed": "vague"}
    score = score_sources_named(named, SOURCES)
    assert (score.right, score.wrong_kind) == (3, 1)  # Nandra counts once, with her best kind
    assert score.points(out_of=2, needed=4) == pytest.approx(2 * 3.5 / 4)
    assert score_sources_named({name: kind for name, kind in SOURCES.items()}, SOURCES).points(2, 4) == 2
    feedback = score.feedback(needed=4)
    assert "◐ Critics is a source, but a vague one, not named." in feedback
    assert "✘ “Zed” is not one of the people or groups" in feedback
    assert "Friends of Marrowby Libraries (named)" in feedback  # could still have named it
    with pytest.raises(ValueError, match="no answer key"):
        score_sources_named(named, None)

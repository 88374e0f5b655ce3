"""Pairing quotation marks (pure logic on hand-written text: no language model needed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.article import make_article, split_paragraphs
from medialit.marks import ALL_MARKS, pair_marks, provable_problems

HEAD = "Title\n\n"  # every body below is the article's first paragraph after a title


def pair(body):
    article = make_article(HEAD + body)
    spans, problems = pair_marks(article.text, article.paragraphs)
    return article, spans, problems


# (body, quoted texts in reading order, [(offset in body, problem)], balanced flags or None)
CASES = [
    # -- the families of marks
    pytest.param("“We will win,” she said.", ["We will win,"], [], [True], id="curly double"),
    pytest.param('"We will win," she said.', ["We will win,"], [], [True], id="straight double"),
    pytest.param('He said "yes" and then "no".', ["yes", "no"], [], [True, True],
                 id="two straight doubles"),
    pytest.param("‘We will win,’ she said.", ["We will win,"], [], [True], id="curly single"),
    pytest.param("‘We’re ready,’ said the union’s organiser.", ["We’re ready,"], [], [True],
                 id="curly single with apostrophes"),
    pytest.param("'We will win,' she said.", ["We will win,"], [], [True], id="straight single"),
    pytest.param("« Nous gagnerons », a-t-il dit.", ["Nous gagnerons"], [], [True],
                 id="guillemets spaced"),
    pytest.param("«Wir gewinnen», sagte sie.", ["Wir gewinnen"], [], [True], id="guillemets"),
    pytest.param("„Nie wiem”, powiedziała.", ["Nie wiem"], [], [True],
                 id="low-9 closed by right double"),
    pytest.param("”Vi vinner”, sa hon.", ["Vi vinner"], [], [True], id="Swedish"),
    pytest.param("„Wir werden gewinnen“, sagte sie.", ["Wir werden gewinnen"], [], [True],
                 id="low-9 German"),
    pytest.param("»Wir gewinnen«, sagte sie.", ["Wir gewinnen"], [], [True],
                 id="guillemets German reversed"),
    # -- apostrophes, feet and inches are not quotation marks
    pytest.param("I don't know O'Neill.", [], [], None, id="apostrophes straight"),
    pytest.param("I don’t know O’Neill’s plan.", [], [], None, id="apostrophes curly"),
    pytest.param("The players’ bus left in the ’90s.", [], [], None,
                 id="curly plural possessive and decade"),
    pytest.param("The players' bus left in the '90s.", [], [], None,
                 id="straight plural possessive and decade"),
    pytest.param("He is 6'2\" tall and she is 5'6\".", [], [], None, id="feet and inches"),
    pytest.param("A 12\" pizza costs more.", [], [], None, id="inches"),
    pytest.param('"I\'m 6\'2" and proud," he said.', ["I'm 6'2\" and proud,"], [], [True],
                 id="feet and inches inside a quote"),
    pytest.param("‘We gave the players’ union notice,’ she said.",
                 ["We gave the players’ union notice,"], [], [True],
                 id="plural possessive inside a single-quoted quote"),
    # -- quotes inside quotes
    pytest.param("“He told me ‘never again’ twice,” she said.",
                 ["He told me ‘never again’ twice,", "never again"], [], [True, True],
                 id="single inside double"),
    pytest.param("‘My father said “the boat stops” often,’ he said.",
                 ["My father said “the boat stops” often,", "the boat stops"], [], [True, True],
                 id="double inside single (British)"),
    # -- split quotes
    pytest.param("“A,” she said. “B.”", ["A,", "B."], [], [True, True], id="split quote"),
    pytest.param("“We tried,” he said, “but it failed.”", ["We tried,", "but it failed."], [],
                 [True, True], id="split inside one sentence"),
    # -- a quote running on into the next paragraph: one piece per paragraph, both balanced
    pytest.param("“First part of it.\n\n“Second part.”", ["First part of it.", "Second part."],
                 [], [True, True], id="run-on over two paragraphs"),
    pytest.param("“One.\n\n“Two.\n\n“Three.”", ["One.", "Two.", "Three."], [],
                 [True, True, True], id="run-on over three paragraphs"),
    pytest.param("“First part.\n \n“Second part.”", ["First part.", "Second part."], [],
                 [True, True], id="run-on, blank line holding a space"),
    pytest.param("“First part.\n\n“Second part, never closed.\n\nNext.",
                 ["First part.", "Second part, never closed."], [(14, "never-closed")],
                 [True, False], id="run-on never closed"),
    # -- marks that never close, or close what never opened
    pytest.param("“Never closed and more words.\n\nNext paragraph.",
                 ["Never closed and more words."], [(0, "never-closed")], [False],
                 id="unclosed to paragraph end"),
    pytest.param("“One open. “Two closed.”", ["One open.", "Two closed."], [(0, "never-closed")],
                 [False, True], id="unclosed before the next opening mark"),
    pytest.param('He said "never and left.', ["never and left."], [(8, "never-closed")],
                 [False], id="unclosed straight double"),
    pytest.param("“We will win, she said. Then she left.", ["We will win,"],
                 [(0, "never-closed")], [False], id="unclosed before its attribution"),
    pytest.param("A stray” closing mark.", [], [(7, "never-opened")], None,
                 id="stray right double"),
    pytest.param("A stray » mark.", [], [(8, "never-opened")], None, id="stray guillemet"),
    pytest.param("“", [], [(0, "never-closed")], None, id="a lone mark"),
    # -- markup left in plain text: the marks around attribute values are not quotes
    pytest.param('<tweet tweet-id="783499116076687360"><tweet/>. “Yes,” she said.', ["Yes,"], [],
                 [True], id="embed placeholder"),
    pytest.param('<img src="a.png" alt=\'A chart\' /> He said "no" <b>twice</b>.', ["no"], [],
                 [True], id="image and bold tags"),
    pytest.param('If 3 < 4 and “5 is more,” she said.', ["5 is more,"], [], [True],
                 id="a less-than sign is not a tag"),
    pytest.param("The U.N.'s record, “mixed,” she said.", ["mixed,"], [], [True],
                 id="apostrophe after a full stop"),
]


@pytest.mark.parametrize("body, texts, problems, balanced", CASES)
def test_pair_marks(body, texts, problems, balanced):
    article, spans, found = pair(body)
    assert [span.text for span in spans] == texts
    offset = len(HEAD)
    assert sorted((p.at - offset, p.problem) for p in found) == problems
    for problem in found:
        assert article.text[problem.at] == problem.mark
    if balanced is not None:
        assert [span.balanced for span in spans] == balanced
    for span in spans:
        assert article.text[span.start:span.end] == span.text
        assert article.text[span.open_at] == span.open_mark


def test_run_on_pieces_are_flagged():
    article, (first, second), problems = pair("“First part of it.\n\n“Second part.”")
    assert problems == []
    assert first.runs_on and not first.continues and first.close_mark is None
    assert second.continues and not second.runs_on and second.close_mark == "”"
    assert article.paragraph_index(first.start) == 1
    assert article.paragraph_index(second.start) == 2
    assert article.text[second.close_at] == "”"


def test_a_mark_opening_the_next_paragraph_without_a_run_on_is_a_new_quote():
    # the first quote closes, so the next paragraph's mark opens a quote of its own
    _, spans, problems = pair("“Closed,” she said.\n\n“New quote.”")
    assert [(s.text, s.runs_on, s.continues) for s in spans] == [
        ("Closed,", False, False), ("New quote.", False, False)]
    assert problems == []


def test_unclosed_quote_never_swallows_the_next_paragraph():
    article, spans, _ = pair("“Open and never closed.\n\nA second paragraph, no marks.")
    (span,) = spans
    assert "\n" not in span.text
    assert article.paragraph_index(span.end - 1) == 1


def provable(body):
    article, _, problems = pair(body)
    return [(p.at - len(HEAD), p.problem)
            for p in provable_problems(article.text, article.paragraphs, problems)]


@pytest.mark.parametrize("body, certain", [
    pytest.param("“Open and never closed. Then more.", [(0, "never-closed")],
                 id="one mark alone is certainly unpaired"),
    pytest.param("“I’d rather live in what he calls “hell” than here,” she said.", [],
                 id="a quote nested in the same marks: every mark has a partner"),
    pytest.param('"He said it is “too loud,” and left."', [],
                 id="straight marks around curly ones"),
    pytest.param("“First part of it, with “a word” in it.\n\n“Second part.”", [],
                 id="a run-on quote with a nested one"),
    pytest.param("” … he won the debate,” she wrote.", [(0, "never-opened")],
                 id="an opening mark typed the wrong way round is kept, its partner not"),
])
def test_provable_problems(body, certain):
    assert provable(body) == certain


# -- any mix of letters, spaces, newlines and marks ----------------------------------------------

MARKS = "".join(sorted(ALL_MARKS))
ALPHABET = "abAB 9.,?\n\t" + MARKS


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_pair_marks_on_any_text(text):
    layouts = [split_paragraphs(text)]
    if text.strip():
        layouts.append(make_article(text).paragraphs)
    for paragraphs in layouts:
        spans, problems = pair_marks(text, paragraphs)
        assert [span.start for span in spans] == sorted(span.start for span in spans)
        for span in spans:
            assert 0 <= span.open_at < span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
            assert span.text == span.text.strip()
            assert text[span.open_at] == span.open_mark
            if span.close_at is not None:
                assert span.end <= span.close_at < len(text)
                assert text[span.close_at] == span.close_mark
            # a piece of a quote never crosses a paragraph break
            inside = [p for p in paragraphs if p.start <= span.start and span.end <= p.end]
            assert len(inside) == 1
        for problem in problems:
            assert text[problem.at] == problem.mark
            assert problem.problem in ("never-closed", "never-opened")

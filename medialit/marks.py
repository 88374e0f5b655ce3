"""Quotation marks: which characters open and close quotes, and which are apostrophes.

Pairs marks paragraph by paragraph, by family (double or single), so one stray mark never
breaks the pairing of every later quote (the weakness of pairing marks in order). Handles
curly, straight, guillemet and low-9 marks; markup tags left in plain text (their attribute
values are not quotes); the journalistic convention of a quote running on
into the next paragraph (the opening mark repeated, no closing mark); and marks that open and
never close, which end at the next opening mark of the same family or at the paragraph's end
and are reported as problems, never as crashes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"
OPENERS = {"“": DOUBLE, "„": DOUBLE, "«": DOUBLE, "‘": SINGLE, "‚": SINGLE, "‹": SINGLE}
CLOSERS = {"”": DOUBLE, "»": DOUBLE, "’": SINGLE, "›": SINGLE}
STRAIGHT = {'"': DOUBLE, "'": SINGLE}
ALL_MARKS = set(OPENERS) | set(CLOSERS) | set(STRAIGHT)
_OPEN_BEFORE = set(" \t\n\u00a0([{—–-/") | set(OPENERS) | set(STRAIGHT)


@dataclass(frozen=True)
class QuotedSpan:
    """The words between a pair of quotation marks.

    ``start``/``end`` index the words without the marks. ``close_mark`` is None when the quote
    never closes; ``runs_on`` is True when it continues into the next paragraph by convention,
    and ``continues`` is True for the piece that carries it on there.
    """

    start: int
    end: int
    text: str
    open_mark: str
    open_at: int
    close_mark: str | None
    close_at: int | None
    runs_on: bool = False
    continues: bool = False

    @property
    def balanced(self) -> bool:
        return self.close_mark is not None or self.runs_on


@dataclass(frozen=True)
class MarkProblem:
    """A quotation mark that opens and never closes, or closes what never opened."""

    at: int
    mark: str
    problem: str  # "never-closed" or "never-opened"


def _role(text: str, i: int) -> str:
    """Say whether the mark at ``text[i]`` opens, closes or is an apostrophe (or unclear)."""
    mark = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in ("’", "'"):
        if before.isalnum() and after.isalpha():
            return "apostrophe"  # don't, O'Neill
        if before in _OPEN_BEFORE and after.isdigit():
            return "apostrophe"  # the '90s
        if mark == "'" and before.isdigit():
            return "apostrophe"  # 6'2" (feet)
        if before == "." and after == "s" and not text[i + 2:i + 3].isalpha():
            return "apostrophe"  # the U.N.'s record
    if mark == '"' and before.isdigit():
        return "apostrophe"  # 12" (inches): not a quotation mark
    if mark in OPENERS:
        if mark == "“" and not before.isspace() and before not in _OPEN_BEFORE and \
                (after.isspace() or i + 1 == len(text)):
            return "close"  # a closing mark typed the wrong way round: percent.“
        return "open"
    if mark in CLOSERS:
        if before in _OPEN_BEFORE and not after.isspace() and after not in ".,;:!?":
            return "open" if mark in ("”", "»", "›") else "close"  # Swedish ”…”, German »…«
        return "close"
    # straight marks: decide from the characters around them
    if before in _OPEN_BEFORE and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == len(text)):
        return "close"
    return "unclear"


def _family(mark: str) -> str:
    return OPENERS.get(mark) or CLOSERS.get(mark) or STRAIGHT[mark]


def pair_marks(text: str, paragraphs) -> tuple[list[QuotedSpan], list[MarkProblem]]:
    """Pair every quotation mark in ``text``, paragraph by paragraph.

    Args:
        text: the article text.
        paragraphs: spans with ``start`` and ``end`` (see ``Article.paragraphs``).

    Returns:
        The quoted spans in reading order, and the marks that could not be paired.

    >>> from medialit.article import make_article
    >>> art = make_article('Title\\n\\n“A,” she said. ‘Bravo’ isn’t "C".')
    >>> [q.text for q in pair_marks(art.text, art.paragraphs)[0]]
    ['A,', 'Bravo', 'C']
    """
    scan = _without_markup(_as_single_marks(text))
    quotes: list[QuotedSpan] = []
    problems: list[MarkProblem] = []
    carried = False  # a quote runs on from the previous paragraph
    for number, paragraph in enumerate(paragraphs):
        next_start = paragraphs[number + 1].start if number + 1 < len(paragraphs) else None
        carried = _pair_paragraph(scan, paragraph.start, paragraph.end, next_start, carried,
                                  quotes, problems)
    if scan is not text:
        quotes = [QuotedSpan(q.start, q.end, text[q.start:q.end], text[q.open_at], q.open_at,
                             None if q.close_at is None else text[q.close_at], q.close_at,
                             q.runs_on, q.continues) for q in quotes]
        problems = [MarkProblem(p.at, text[p.at], p.problem) for p in problems]
    quotes.sort(key=lambda quote: quote.start)
    return quotes, problems


def _as_single_marks(text: str) -> str:
    """The text with typewriter-style quotes (``…'' and ''…'', as in some newspaper
    archives) turned into single marks beside a space, so that offsets stay the same."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for match in re.finditer(r"``|''", text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        opening = match.group(0) == "``" or before in _OPEN_BEFORE
        chars[i], chars[i + 1] = (" ", "“") if opening else ("”", " ")
    return "".join(chars)


# an HTML or XML tag left in plain text: <tweet tweet-id="…">, <img src='…' />, </p>
_MARKUP_TAG = re.compile(
    r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s\"'<>]+))?)*"
    r"\s*/?>")


def _without_markup(text: str) -> str:
    """The text with every markup tag blanked out, so that the quotation marks around its
    attribute values (``tweet-id="…"``) are not read as quotes; offsets stay the same."""
    if "<" not in text:
        return text
    return _MARKUP_TAG.sub(lambda tag: " " * len(tag.group(0)), text)


def _pair_paragraph(text, start, end, next_start, carried, quotes, problems):
    stack: list[tuple[str, int, bool]] = []  # (mark, offset, continues) of marks still open
    if carried:
        # the run-on quote reopens with a mark at this paragraph's start: a new piece of it
        stack.append((text[start], start, True))
        start += 1
    for i in range(start, end):
        mark = text[i]
        if mark not in ALL_MARKS:
            continue
        role = _role(text, i)
        family = _family(mark)
        if role == "apostrophe":
            continue
        open_marks = [entry[0] for entry in stack]
        open_families = [_family(m) for m in open_marks]
        # German „…“ and »…«, Danish »…«: the usual opening mark closes these pairs
        if (mark == "“" and "„" in open_marks) or (mark == "«" and "»" in open_marks) or \
                (mark == "‘" and "‚" in open_marks) or (mark == "‹" and "›" in open_marks):
            role = "close"
        if role == "close" and mark in ("’", "'") and _plural_possessive(text, i, end):
            continue  # ‘We gave the players’ union a fair offer,’ he said.
        if role == "unclear":
            role = "close" if family in open_families else "open"
        if role == "close" and family not in open_families:
            if mark in ("’", "'"):
                continue  # most likely an apostrophe: the players’ bus
            if mark == '"':
                role = "open"
            else:
                problems.append(MarkProblem(i, mark, "never-opened"))
                continue
        if role == "open":
            if family in open_families:
                # the same family cannot nest: the earlier quote was never closed
                while stack and _family(stack[-1][0]) != family:
                    _close_unbalanced(text, stack.pop(), i, quotes, problems)
                _close_unbalanced(text, stack.pop(), i, quotes, problems)
            stack.append((mark, i, False))
            continue
        while stack and _family(stack[-1][0]) != family:
            _close_unbalanced(text, stack.pop(), i, quotes, problems)
        opener, at, continues = stack.pop()
        if family == SINGLE and i - at <= 3 and text[at + 1:i].isalpha():
            continue  # rock 'n' roll, 'em: letters dropped, not a quote
        _add(text, quotes, opener, at, i, mark, continues=continues)
    runs_on = bool(stack) and next_start is not None and text[next_start] in ALL_MARKS and \
        _family(text[next_start]) == _family(stack[0][0]) and _role(text, next_start) == "open"
    if runs_on:
        opener, at, continues = stack.pop(0)
        _add(text, quotes, opener, at, end, None, continues=continues, runs_on=True)
    for entry in reversed(stack):
        _close_unbalanced(text, entry, _attribution_break(text, entry[1], end), quotes, problems)
    return runs_on


def provable_problems(text: str, paragraphs, problems: list[MarkProblem]) -> list[MarkProblem]:
    """The problems a reader can be sure of: marks that are certainly unpaired, not marks the
    pairing could not place.

    A paragraph whose marks of one family (double or single) can all have partners, an even
    number of them with at least one that can close, has no missing mark: it nests a quote
    with the same marks ("he calls “hell”" inside “…”), mixes straight and curly marks, or
    types one the wrong way round. Its problems
    are dropped, except a closing mark that starts the paragraph, which can only be an opening
    mark typed the wrong way round. A quote left open at a paragraph's end is dropped when the
    next paragraph opens with a mark of its family (it runs on, by convention), and a straight
    mark that closes a paragraph after one that opened with a mark (it closes the run-on quote).
    """
    scan = _without_markup(_as_single_marks(text))
    starts = [paragraph.start for paragraph in paragraphs]
    counts: dict[tuple[int, str], int] = {}  # marks of a family in a paragraph, counted once
    certain = []
    for problem in problems:
        number = bisect.bisect_right(starts, problem.at) - 1
        if number < 0:
            continue
        paragraph = paragraphs[number]
        family = _family(scan[problem.at])
        if problem.problem == "never-opened" and _first_character(scan, paragraph) >= problem.at:
            certain.append(problem)
            continue
        if (number, family) not in counts:
            roles = [_role(scan, i) for i in range(paragraph.start, paragraph.end)
                     if scan[i] in ALL_MARKS and _family(scan[i]) == family]
            roles = [role for role in roles if role != "apostrophe"]
            # a plural's ’ before a noun ('the Traders’ Association') partners no mark
            roles = roles[:len(roles) - sum(
                1 for i in range(paragraph.start, paragraph.end) if scan[i] in ("’", "'") and
                _role(scan, i) == "close" and _plural_possessive(scan, i, paragraph.end))]
            # marks can only partner one another when one of them can close
            counts[number, family] = len(roles) if {"close", "unclear"} & set(roles) else 1
        if counts[number, family] % 2 == 0:
            continue
        following = starts[number + 1] if number + 1 < len(starts) else None
        if problem.problem == "never-closed" and (
                _opens_with(scan, following, family) or
                (_role(scan, problem.at) == "close" and number > 0 and
                 _opens_with(scan, starts[number - 1], family))):
            continue  # runs on into the next paragraph, or closes one run on from before
        certain.append(problem)
    return certain


def _first_character(text: str, paragraph) -> int:
    """Where the paragraph's first character that is not a space stands (its end if none)."""
    found = re.compile(r"\S").search(text, paragraph.start, paragraph.end)
    return found.start() if found else paragraph.end


def _opens_with(text: str, start: int | None, family: str) -> bool:
    """True when the paragraph starting at ``start`` opens with a mark of ``family``."""
    return start is not None and text[start] in ALL_MARKS and _family(text[start]) == family \
        and _role(text, start) == "open"


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """A ’ after a plural that is followed by a noun, with a later ’ that can close the quote:
    ‘the players’ union’, or a name ‘the Market Traders’ Association’ (a capital word after
    it that is no speaker: not ‘… the farmers’ Tom Hale said’)."""
    if i == 0 or text[i - 1] != "s":
        return False
    name = re.match(r" [A-Z][a-z]+\b(?! (?:[A-Z][\w’'-]*|said|says|told|added|asked)\b)",
                    text[i + 1:i + 40])
    if not re.match(r" [a-z]", text[i + 1:i + 3]) and not (name and text[i - 2:i].isalpha()):
        return False
    return any(_role(text, later) in ("close", "unclear")
               for later in range(i + 1, end) if text[later] == text[i])


_ATTRIBUTION = re.compile(
    r"[,.!?—–-]\s+(?:(?:he|she|they|we|I|it|[Tt]he\s+\w+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:also\s+)?(?P<verb>\w+)|(?P<inverted>\w+)\s+(?:[A-Z]|the\s|he\b|she\b))")


def _attribution_break(text: str, open_at: int, limit: int) -> int:
    """Where a quote that never closes most likely ends: just after the punctuation before
    ", he said" (the writer forgot the closing mark there), else at ``limit``."""
    from medialit.lexicons import reporting_verb_forms

    forms = reporting_verb_forms()
    for match in _ATTRIBUTION.finditer(text, open_at + 1, limit):
        verb = match.group("verb") or match.group("inverted")
        if verb and verb.lower() in forms and (verb.endswith(("ed", "id")) or
                                               verb.lower() in ("told", "wrote", "says", "adds")):
            return match.start() + 1
    return limit


def _close_unbalanced(text, entry, limit, quotes, problems):
    mark, at, continues = entry
    problems.append(MarkProblem(at, mark, "never-closed"))
    _add(text, quotes, mark, at, limit, None, continues=continues)


def _add(text, quotes, open_mark, open_at, end, close_mark, continues=False, runs_on=False):
    start = open_at + 1
    close_at = end if close_mark is not None else None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    quotes.append(QuotedSpan(start, end, text[start:end], open_mark, open_at, close_mark,
                             close_at, runs_on, continues))

"""A change between two figures and the size of that change, said anywhere in one sentence.

English gives the two figures of a change in a few shapes ('from £14,500 to £26,000', 'from
300,000 in 2020 to 450,000 last year', '£7.20, up from £6.50') and says how big the change
is before or after them, near or far: 'an increase of £9,500', 'a rise of 40 per cent',
'has grown 40 percent in five years', 'rose by 3,000', 'up 12%', '2,000 more', 'a 15 per
cent rise'. This module reads the sentence as a whole: one pair of figures, and one size of
change of the same kind (an amount, or a percentage of the first figure), tied to the pair by
nothing but commas and words (no 'and', 'while', 'but' or ';', which may start another
change). The rules figures.sum-in-words (amounts) and figures.percentage (percentages) report
what does not add up.

Limits: a sentence with two pairs, or two sizes of change, is left alone; so are rates that
differ ('from £500 a month …, £1,200 a year more'), percentage points, years, and hedged
figures that fit their hedge. The module cannot know which figure is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.registry import Spot
from medialit.checks.words import HEDGE_WORDS

FIGURE = (r"(?<![\d.,£$€])([£$€]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
          r"(?:\s?(million|billion|bn|m|k)\b)?(?![\d%]|[.,]\d|\s?(?:per\s?cent|percent|"
          r"[ap]\.?m\b|years?\s+old|-))")
SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
RATE = r"(?:\s+(?:a|per|each)\s+(year|month|week|day|head|person))?"
BETWEEN = r"(?:\s+(?:[A-Za-z’'-]+|(?:19|20)\d\d)){0,5}?"
PAIRS = (re.compile(rf"\bfrom\s+{FIGURE}{RATE}{BETWEEN}\s+to\s+{FIGURE}{RATE}"),
         re.compile(rf"{FIGURE}{RATE},?\s+(?:up|down)\s+from\s+{FIGURE}{RATE}"))
HEDGE = r"(?:((?i:" + "|".join((*HEDGE_WORDS, r"well\s+over")) + r")),?\s+)?"
NOUN = r"(?:increase|rise|growth|gain|jump|climb|fall|drop|decrease|reduction|cut|loss|" \
       r"decline|saving|hike|boost)"
VERB = r"(?:rose|risen|rise[sn]?|rising|grew|grown|grow(?:s|ing)?|increased?|increas(?:es|ing)|" \
       r"fell|fallen|fall(?:s|ing)?|dropped|drop(?:s|ping)?|decreased?|decreas(?:es|ing)|cut|" \
       r"climbed|climb(?:s|ing)?|jumped|jump(?:s|ing)?|went\s+up|gone\s+up|go(?:es)?\s+up|" \
       r"went\s+down|gone\s+down|shrank|shrunk|declined?|declin(?:es|ing)|up|down)"
PERCENT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)(?!\s+(?:of|points?)\b)"
STATED_PERCENT = re.compile(
    rf"\b(?:an?\s+|the\s+)?{HEDGE}{PERCENT}[- ]{NOUN}\b"
    rf"|\b{NOUN}\s+of\s+{HEDGE}{PERCENT}"
    rf"|\b{VERB}\s+(?:by\s+)?{HEDGE}{PERCENT}", re.I)
STATED_AMOUNT = re.compile(
    rf"\b{NOUN}\s+of\s+{HEDGE}{FIGURE}{RATE}(?!\s+(?:per\s?cent|percent|%))"
    rf"|\b{VERB}\s+by\s+{HEDGE}{FIGURE}{RATE}"
    rf"|\b(?:an\s+extra|an\s+additional|a\s+further)\s+{HEDGE}{FIGURE}{RATE}", re.I)
APART = re.compile(r"\b(?:and|while|whereas|but|compared|against|than|or|meanwhile|each)\b|[;:()]")


@dataclass(frozen=True)
class Figure:
    """One figure as written: where, its currency ('' for a count), size and rate."""

    start: int
    end: int
    currency: str
    value: float
    rate: str


def _figure(match: re.Match, first: int) -> Figure | None:
    """The figure whose currency group is ``first`` (then digits, scale, rate)."""
    digits = match.group(first + 1)
    if digits is None or (not match.group(first) and re.fullmatch(r"(?:1[89]|20)\d\d", digits)):
        return None
    end = match.end(first + 2) if match.group(first + 2) else match.end(first + 1)
    value = float(digits.replace(",", "")) * SCALE.get((match.group(first + 2) or "").lower(), 1)
    return Figure(match.start(first) if match.group(first) else match.start(first + 1), end,
                  match.group(first), value, match.group(first + 3) or "")


@dataclass(frozen=True)
class Change:
    """A change said as two figures, old first, and the span of text that says it."""

    old: Figure
    new: Figure
    start: int
    end: int


def pairs_in(text: str) -> list[Change]:
    """Each change the text gives as two figures ('from A to B', 'B, up from A')."""
    found = []
    for number, pattern in enumerate(PAIRS):
        for match in pattern.finditer(text):
            one, two = _figure(match, 1), _figure(match, 5)
            if one is None or two is None or one.currency != two.currency:
                continue
            old, new = (one, two) if number == 0 else (two, one)
            if match.group(3) and not match.group(7) and new.value < old.value / 100:
                new = Figure(new.start, new.end, new.currency,
                             new.value * SCALE[match.group(3).lower()], new.rate)
            found.append(Change(old, new, match.start(), match.end()))
    return found


def _hedged(text: str, figure: Figure) -> bool:
    return bool(re.search(r"\b(?:about|around|roughly|nearly|almost|some|approximately|more\s+"
                          r"than|over|under|less\s+than|up\s+to|at\s+least|estimated)\s+$",
                          text[max(0, figure.start - 25):figure.start], re.I))


def _fits(said: float, exact: float, hedge: str | None, loose: bool, unit: float) -> bool:
    """True when ``said`` may stand for ``exact``: to its last digit (``unit``), or, with a
    hedge, on the hedge's side and within a sixth."""
    hedge = re.sub(r"\s+", " ", (hedge or "").lower())
    if hedge in ("more than", "over", "just over", "well over", "at least"):
        return exact >= said * 0.97
    if hedge in ("less than", "under", "just under"):
        return exact <= said * 1.03
    if hedge or loose:
        return abs(exact - said) <= max(unit, exact / 6)
    return abs(exact - said) <= max(unit, 0.006 * exact)


def _one_change(article: Article, sentence, stated: re.Pattern):
    """The one pair of the sentence and the one size of change tied to it, or None."""
    text = sentence.text
    pairs, sizes = pairs_in(text), list(stated.finditer(text))
    if len(pairs) != 1 or len(sizes) != 1:
        return None
    pair, size = pairs[0], sizes[0]
    if pair.start < size.end() and size.start() < pair.end:
        return None
    gap = text[size.end():pair.start] if size.end() <= pair.start else text[pair.end:size.start()]
    if APART.search(gap) or re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", gap)) or \
            re.search(r"percentage\s+points?", text):
        return None
    return pair, size


def amount_changes(article: Article) -> Iterator[Spot]:
    """'Rent is due to rise from £14,500 a year to £26,000 when the lease ends, an increase of
    £9,500': from £14,500 to £26,000 is £11,500."""
    for sentence in article.sentences:
        found = _one_change(article, sentence, STATED_AMOUNT)
        if found is None:
            continue
        pair, size = found
        base = next(n for n in (2, 7, 12) if size.group(n) is not None)
        hedge = size.group(base - 1)
        said = _figure(size, base)
        if said is None or said.currency != pair.old.currency or said.rate and \
                said.rate != pair.old.rate:
            continue
        exact = abs(pair.new.value - pair.old.value)
        loose = _hedged(sentence.text, pair.old) or _hedged(sentence.text, pair.new)
        if not exact or _fits(said.value, exact, hedge, loose, 0.5):
            continue
        text, at = sentence.text, sentence.start
        shown = f"{said.currency}{exact:,.2f}".replace(".00", "") if exact % 1 else \
            f"{said.currency}{exact:,.0f}"
        start = at + (size.start(base - 1) if hedge else said.start)
        yield Spot(start, at + said.end,
                   f"From {text[pair.old.start:pair.old.end]} to "
                   f"{text[pair.new.start:pair.new.end]} is a change of {shown}, not "
                   f"{article.text[start:at + said.end]}. Which number is wrong?", shown,
                   ((at + pair.old.start, at + pair.old.end), (at + pair.new.start,
                                                               at + pair.new.end)))


def percent_changes(article: Article) -> Iterator[Spot]:
    """'Visitor numbers have grown 40 percent in five years, from 300,000 in 2020 to 450,000
    last year': a rise of 150,000 on 300,000 is 50 per cent."""
    for sentence in article.sentences:
        found = _one_change(article, sentence, STATED_PERCENT)
        if found is None:
            continue
        pair, size = found
        base = next(n for n in (2, 4, 6) if size.group(n) is not None)
        hedge, stated = size.group(base - 1), size.group(base)
        if not pair.old.value or pair.old.rate and pair.new.rate and pair.old.rate != pair.new.rate:
            continue
        exact = abs(pair.new.value - pair.old.value) / pair.old.value * 100
        unit = 10 ** -len(stated.split(".")[1]) if "." in stated else 1
        loose = _hedged(sentence.text, pair.old) or _hedged(sentence.text, pair.new)
        if _fits(float(stated), exact, hedge, loose, unit + 1e-9):
            continue
        text, at = sentence.text, sentence.start
        said = re.compile(PERCENT).match(text, size.start(base))
        start = at + (size.start(base - 1) if hedge else size.start(base))
        yield Spot(start, at + said.end(),
                   f"From {text[pair.old.start:pair.old.end]} to "
                   f"{text[pair.new.start:pair.new.end]} is a change of about {exact:.0f} per "
                   f"cent, not {article.text[start:at + said.end()]}. Which number is wrong?",
                   f"{exact:.0f} per cent",
                   ((at + pair.old.start, at + pair.old.end), (at + pair.new.start,
                                                               at + pair.new.end)))


# a share said as a percentage ('62%', '48 per cent', '12.5 percent'); the second may drop
# its sign ('from 81 to 64 per cent')
SHARE = r"(\d{1,3}(?:\.\d+)?)(\s?(?:%|per\s?cent\b|percent\b))?"
SHARE_PAIRS = (re.compile(rf"\bfrom\s+{SHARE}{BETWEEN}\s+to\s+{SHARE}"),
               re.compile(rf"(?<![\d.]){SHARE},?\s+(?:up|down)\s+from\s+{SHARE}"))
POINTS = r"(\d{1,3}(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
         r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))" \
         r"(?:\s+|-)(?:percentage(?:\s+|-))?points?\b"
STATED_POINTS = re.compile(rf"\b{NOUN}\s+of\s+{HEDGE}{POINTS}|\b{VERB}\s+(?:by\s+)?{HEDGE}{POINTS}"
                           rf"|\b(?:an?\s+)?{HEDGE}{POINTS}\s+{NOUN}", re.I)
POINT_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten "
                                          "eleven twelve thirteen fourteen fifteen sixteen "
                                          "seventeen eighteen nineteen twenty".split())}


def point_changes(article: Article) -> Iterator[Spot]:
    """'Turnout fell from 62% to 48%, a drop of 12 percentage points': a change between two
    percentages is said in points, their difference (14). One pair of
    percentages and one size in points in the sentence; both figures of the pair must be
    percentages unless the sign comes once at the end ('from 81 to 64 per cent')."""
    for sentence in article.sentences:
        text = sentence.text
        pairs = [m for pattern in SHARE_PAIRS for m in pattern.finditer(text)
                 if m.group(2) and m.group(4) or (m.group(4) and m.re is SHARE_PAIRS[0])
                 or (m.group(2) and m.re is SHARE_PAIRS[1])]
        sizes = list(STATED_POINTS.finditer(text))
        if len(pairs) != 1 or len(sizes) != 1:
            continue
        pair, size = pairs[0], sizes[0]
        gap = text[size.end():pair.start()] if size.end() <= pair.start() else \
            text[pair.end():size.start()]
        if pair.start() < size.end() and size.start() < pair.end() or APART.search(gap) or \
                re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", gap)):
            continue
        base = next(n for n in (2, 4, 6) if size.group(n) is not None)
        hedge, stated = size.group(base - 1), size.group(base)
        said = POINT_WORDS.get(stated.lower(), None)
        said = float(stated) if said is None else float(said)
        exact = abs(float(pair.group(1)) - float(pair.group(3)))
        unit = 10 ** -len(stated.split(".")[1]) if "." in stated else 1
        if _fits(said, exact, hedge, False, unit / 2 + 1e-9):
            continue
        at = sentence.start
        start = at + (size.start(base - 1) if hedge else size.start(base))
        end = at + size.end(base) + len(re.match(r"(?:\s+|-)(?:percentage(?:\s+|-))?points?",
                                                 text[size.end(base):]).group(0))
        shown = f"{exact:g}"
        old, new = (1, 3) if pair.re is SHARE_PAIRS[0] else (3, 1)
        yield Spot(start, end,
                   f"From {pair.group(old)} to {pair.group(new)} per cent is a change of {shown} "
                   f"percentage points, not {article.text[start:end]}. Which number is wrong?",
                   f"{shown} percentage points",
                   ((at + pair.start(1), at + pair.end(2) if pair.group(2) else at + pair.end(1)),
                    (at + pair.start(3), at + pair.end(4) if pair.group(4) else at + pair.end(3))))

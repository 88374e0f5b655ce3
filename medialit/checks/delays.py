"""How late one thing is, said twice: '20 months later than planned', later 'more than two
years late'; 'six weeks behind schedule', later 'the two-month delay'.

Each lateness is read with its hedge: 'more than two years' is above 24 months, 'almost a
year' a little under 12, 'about 18 months' near 18, a bare figure is itself. Two latenesses
that no single length fits cannot both be right.

Limits: the rule assumes the article is about one late thing; it stays quiet when it gives
three or more latenesses, or when a sentence says one part or phase was late ('the second
phase', 'the eastern section').
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.number_words import NUMBER_WORDS, TENS_WORDS, number_in_words
from medialit.checks.registry import Spot
from medialit.checks.spans import where

WORDS = "|".join(sorted([*NUMBER_WORDS, *TENS_WORDS, "a", "an"], key=len, reverse=True))
HEDGE = (r"(more\s+than|over|well\s+over|just\s+over|at\s+least|less\s+than|under|just\s+under|"
         r"almost|nearly|about|around|roughly|some|close\s+to)")
LENGTH = rf"(?:{HEDGE}\s+)?(\d{{1,3}}|(?i:{WORDS}))[- ](day|week|month|year)s?"
LATE = re.compile(rf"\b{LENGTH}\s+(?:late\b|later\s+than\s+(?:planned|expected|scheduled|"
                  rf"promised|first\s+planned)|behind\s+schedule|overdue)"
                  rf"|\b(?i:an?|the|its)\s+{LENGTH}\s+delay\b")
MONTHS_IN = {"day": 12 / 365, "week": 12 / 52, "month": 1, "year": 12}
# a part of the whole that may run late on its own
PART = re.compile(r"\b(?:phase|stage|section|part|element|first|second|third|final)\b", re.I)


@dataclass(frozen=True)
class Lateness:
    """One lateness: where its words stand, and the lowest and highest months it allows."""

    start: int
    end: int
    low: float
    high: float


def _range(hedge: str, months: float) -> tuple[float, float]:
    hedge = re.sub(r"\s+", " ", hedge.lower())
    if hedge in ("more than", "over", "well over", "just over", "at least"):
        return months, months * 2
    if hedge in ("less than", "under", "just under"):
        return 0, months
    if hedge in ("almost", "nearly", "close to"):
        return months * 0.8, months
    if hedge:
        return months * 0.85, months * 1.15
    return months * 0.97, months * 1.03


def latenesses(article: Article) -> list[Lateness]:
    found = []
    for match in LATE.finditer(article.text):
        groups = match.groups()
        hedge, number, unit = groups[0:3] if groups[1] else groups[3:6]
        value = 1 if number.lower() in ("a", "an") else number_in_words(number)
        sentence = next((s.text for s in article.sentences if s.start <= match.start() < s.end),
                        "")
        if value is None or PART.search(sentence):
            continue
        low, high = _range(hedge or "", value * MONTHS_IN[unit.lower()])
        found.append(Lateness(match.start(), match.end(), low, high))
    return found


def delays_given_two_ways(article: Article) -> Iterator[Spot]:
    """'20 months later than planned' and later 'more than two years late': no one length is
    both."""
    found = latenesses(article)
    if len(found) != 2:
        return
    first, later = found
    if max(first.low, later.low) <= min(first.high, later.high):
        return
    said = article.text[first.start:first.end]
    yield Spot(later.start, later.end,
               f"{where(article, first.start).capitalize()} says “{said}”; here it is "
               f"“{article.text[later.start:later.end]}”. Both cannot be right.",
               None, ((first.start, first.end),))

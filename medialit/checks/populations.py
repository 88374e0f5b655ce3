"""How many people live in one place, said twice with two numbers.

A report about a small place often gives its size twice: 'Brannay has 212 residents', later
'an island of barely 120 people'; 'the village's 640 inhabitants', later 'Ashby, a village of
about 900 people'. A place is named ('Ashby has', 'Ashby's', 'Ashby, a village of') or called
by its kind ('a village of 900 people'); a kind stands for a named place only when the article
names one place of that kind ('the village of Ashby', 'Ashby village', 'Ashby, a village').

Limits: the rule cannot know which number is right, nor whether the two counts are of the same
people (residents against people who work there); it stays quiet when the place is given three
sizes, and hedged numbers ('about', 'barely', 'more than') may be loose by a fifth.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.number_words import NUMBER_WORDS, TENS_WORDS, number_in_words
from medialit.checks.registry import Spot
from medialit.checks.spans import where

KINDS = r"(?:island|village|town|city|hamlet|community|parish|borough|suburb)"
PEOPLE = r"(?:people|residents|inhabitants|islanders|villagers|townspeople|souls|locals)"
HEDGE = (r"(?:barely|about|around|nearly|almost|roughly|some|only|just|fewer\s+than|"
         r"less\s+than|more\s+than|over|under|just\s+over|just\s+under|approximately)")
WORDS = "|".join(sorted([*NUMBER_WORDS, *TENS_WORDS], key=len, reverse=True))
COUNT = (rf"(?:({HEDGE})\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{WORDS}))"
         r"(?:\s+(million|thousand))?")
NAME = r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
ADJECTIVE = r"(?:(?:permanent|full-time|year-round|registered|adult)\s+)?"
# 'Brannay has 212 residents', 'Ashby is home to about 900 people', 'Ashby's 640 inhabitants'
NAMED = re.compile(rf"\b{NAME}(?:\s+(?:now\s+)?(?:has|had|is\s+home\s+to|was\s+home\s+to)\s+|"
                   rf"[’']s\s+){COUNT}\s+{ADJECTIVE}{PEOPLE}\b")
# 'Ashby, a village of 900 people' or just 'a village of 900 people'
KIND_OF = re.compile(rf"(?:\b{NAME},\s+)?\b(?i:an?|the|this|our|their)\s+(?:[a-z]+\s+)?({KINDS})"
                     rf"\s+of\s+{COUNT}\s+{ADJECTIVE}{PEOPLE}\b")
SKIP = frozenset("The A An It This That There Its Their His Her Our Last Next".split())


@dataclass(frozen=True)
class Headcount:
    """One count of the people of a place: where its number stands and its value."""

    place: str
    start: int
    end: int
    value: float
    hedged: bool


def _value(number: str, scale: str | None) -> float | None:
    value = number_in_words(number)
    if value is None:
        return None
    return value * {"million": 1e6, "thousand": 1e3}.get((scale or "").lower(), 1)


def _kind_names(article: Article) -> dict[str, set[str]]:
    """The places the article names for each kind ('island' -> {'Brannay'})."""
    names: dict[str, set[str]] = {}
    patterns = (rf"\b(?i:the)\s+({KINDS})\s+of\s+{NAME}", rf"\b{NAME}\s+({KINDS})\b(?![’'-])",
                rf"\b{NAME},\s+(?:a|an)\s+(?:[a-z]+\s+)?({KINDS})\b(?![’'-])")
    for number, pattern in enumerate(patterns):
        for match in re.finditer(pattern, article.text):
            kind, name = match.group(1, 2) if number == 0 else match.group(2, 1)
            if name.split()[0] not in SKIP:
                names.setdefault(kind.lower(), set()).add(name)
    return names


def headcounts(article: Article) -> list[Headcount]:
    """Every count of a place's people, with the place's name, in text order."""
    kinds = _kind_names(article)
    found = []
    for match in NAMED.finditer(article.text):
        value = _value(match.group(3), match.group(4))
        if value is not None and match.group(1).split()[0] not in SKIP:
            found.append(Headcount(match.group(1), match.start(3), match.end(4) if match.group(4)
                                   else match.end(3), value, bool(match.group(2))))
    for match in KIND_OF.finditer(article.text):
        value = _value(match.group(4), match.group(5))
        named = match.group(1) if match.group(1) and match.group(1).split()[0] not in SKIP \
            else None
        places = {named} if named else kinds.get(match.group(2).lower(), set())
        if value is not None and len(places) == 1:
            found.append(Headcount(places.pop(), match.start(4), match.end(5) if match.group(5)
                                   else match.end(4), value, bool(match.group(3))))
    return sorted(found, key=lambda count: count.start)


def _agrees(first: Headcount, later: Headcount) -> bool:
    slack = 0.2 if first.hedged or later.hedged else 0.0
    return abs(first.value - later.value) <= slack * max(first.value, later.value)


def populations_given_two_ways(article: Article) -> Iterator[Spot]:
    """'Brannay has 212 permanent residents' and later 'an island of barely 120 people' (the
    only island the article names): one place, two numbers of people."""
    counts = headcounts(article)
    for place in dict.fromkeys(count.place for count in counts):
        mine = [count for count in counts if count.place == place]
        if len({count.value for count in mine}) != 2:
            continue
        first = mine[0]
        later = next(count for count in mine if count.value != first.value)
        if _agrees(first, later):
            continue
        yield Spot(later.start, later.end,
                   f"{where(article, first.start).capitalize()} says "
                   f"{article.text[first.start:first.end]} people live in {place}; here it is "
                   f"{article.text[later.start:later.end]}. Which is right?",
                   article.text[first.start:first.end], ((first.start, first.end),))

"""Lengths of time the calendar settles: years since a year ('held on the square since
1998', later 'after 23 years on the square', in 2026), a record named two ways ('the driest
spring for 40 years', later 'the driest spring since 1976'), a person's age at a past event
against their age now ('Minter, 67,', later 'had his stroke at 69'), and an age at death
against the years of a life ('Ellen Corby (1888–1941)', later 'died there at 61').

Limits: two mentions are tied by words they share (the place after 'on', the superlative and
its noun, the surname); one year either way is allowed, and hedges ('more than', 'almost')
on their side. The rules cannot know which of the numbers is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import NUMBER_WORDS, count_of
from medialit.checks.registry import Spot
from medialit.checks.spans import where

YEAR = r"((?:1[6-9]|20)\d\d)\b"
SPAN_HEDGE = r"(?:(more\s+than|over|almost|nearly|about|around|some|just\s+over|just\s+under)\s+)?"
YEARS = rf"{SPAN_HEDGE}(\d{{1,3}}|(?i:{'|'.join(NUMBER_WORDS)}|thirty|forty|fifty|sixty))\s+" \
        r"(?:years|decades)"
TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
YEARS_ON = re.compile(rf"\b(?i:after|for|over|in|its|their|his|her)\s+(?:the\s+(?:last|past)\s+)?{YEARS}\s+"
                      r"(on|at|in|as|with|outside|inside|beside)\s+(?:the\s+|its\s+|their\s+)?"
                      r"([a-z]+)\b")
SUPERLATIVE = re.compile(rf"\b([a-z]+est|worst|best|most\s+[a-z]+|least\s+[a-z]+)\s+"
                         rf"(?:([A-Za-z]+)\s+)?(?:since\s+{YEAR}|(?:for|in)\s+{YEARS}\b(?!\s+ago))")


# records of a measure ('the highest level since 1990'): one article may give several series
SERIES = frozenset("""level levels point points rate rates number numbers figure figures amount
    amounts total totals price prices high low margin share pace value values since in for
    ever""".split())


def _years(word: str, said: str = "") -> int | None:
    """The years a number stands for ('forty'; 'four' in 'four decades' is 40)."""
    years = TENS.get(word.lower()) or count_of(word)
    return years * 10 if years and "decade" in said else years


def _fits(years: int, exact: int, hedge: str | None) -> bool:
    hedge = re.sub(r"\s+", " ", hedge or "")
    if hedge in ("more than", "over", "just over"):
        return exact >= years
    if hedge in ("almost", "nearly", "just under"):
        return years - 3 <= exact <= years
    if hedge:
        return abs(exact - years) <= max(2, years // 10)
    return abs(exact - years) <= 1


def years_since_named(article: Article, now: int) -> Iterator[Spot]:
    """'The market has been held on the square since 1998' and 'After 23 years on the
    square' in 2026 (28 years); 'the driest spring for 40 years' and 'the driest spring since
    1976' (50 years). The later of the two mentions is circled."""
    for match in YEARS_ON.finditer(article.text):
        years = _years(match.group(2), match.group(0))
        place = re.compile(rf"\b{match.group(3)}\s+(?:the\s+|its\s+|their\s+)?"
                           rf"{re.escape(match.group(4))}\b[^.;\n]{{0,80}}?\bsince\s+{YEAR}|"
                           rf"\bsince\s+{YEAR}[^.;\n]{{0,80}}?\b{match.group(3)}\s+"
                           rf"(?:the\s+|its\s+|their\s+)?{re.escape(match.group(4))}\b")
        sinces = {m.group(1) or m.group(2): m for m in place.finditer(article.text)}
        if years is None or len(sinces) != 1:
            continue
        (year, since), = sinces.items()
        if int(year) > now or _fits(years, now - int(year), match.group(1)):
            continue
        yield _later(article, (match.start(2), match.end(2) + len(" years")),
                     (since.start(1) if since.group(1) else since.start(2),
                      since.end(1) if since.group(1) else since.end(2)),
                     f"Since {year} is {now - int(year)} years in {now}, the year of the "
                     f"article, not {years}. Which number is wrong?")
    records: dict[tuple[str, str], list[re.Match]] = {}
    for match in SUPERLATIVE.finditer(article.text):
        if (match.group(2) or "level").lower() in SERIES:
            continue
        records.setdefault((match.group(1), match.group(2).lower()), []).append(match)
    for mentions in records.values():
        sinces = [m for m in mentions if m.group(3)]
        spans = [m for m in mentions if m.group(5)]
        if len({m.group(3) for m in sinces}) != 1 or len({m.group(5) for m in spans}) != 1:
            continue
        since, span = sinces[0], spans[0]
        years = _years(span.group(5), span.group(0))
        if years is None or int(since.group(3)) > now or \
                _fits(years, now - int(since.group(3)), span.group(4)):
            continue
        yield _later(article, (span.start(5), span.end()), (since.start(3), since.end(3)),
                     f"'{since.group(0)}' is {now - int(since.group(3))} years before {now}, "
                     f"the year of the article, but '{span.group(0)}' says {years}. Which "
                     "number is wrong?")


def _later(article: Article, first: tuple[int, int], second: tuple[int, int],
           message: str) -> Spot:
    """A finding on the later of two places, the earlier one related."""
    earlier, later = sorted((first, second))
    return Spot(*later, message, None, (earlier,))


NAME_AGE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?),\s(\d{1,3}),")
LIFE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+\(\s?(?:b\.\s?)?((?:1[5-9]|20)\d\d)\s?"
                  r"[–-]\s?((?:1[5-9]|20)\d\d)\s?\)")
AGE_THEN = r"(?:at|aged|at\s+the\s+age\s+of)\s+(\d{1,3})\b(?![\d.:,]\d|\s*(?:%|per\b|[ap]\.?m\b|" \
           r"mph|miles?|years|o[’']clock|[A-Z]))"


def ages_at_past_events(article: Article) -> Iterator[Spot]:
    """'For Harold Minter, 67, …' and later 'Minter, who had his stroke at 69': nobody is
    younger now than at something that has happened. The age now after the name between
    commas, the age then said with 'at' or 'aged' in a past clause of the same surname."""
    ages: dict[str, set[int]] = {}
    first: dict[str, re.Match] = {}
    for match in NAME_AGE.finditer(article.text):
        ages.setdefault(match.group(1), set()).add(int(match.group(2)))
        first.setdefault(match.group(1), match)
    for name, now in ages.items():
        if len(now) != 1:
            continue
        age_now = next(iter(now))
        then = re.compile(rf"\b{name},?\s+(?:(?:who|whose)\s+)?(?:[a-z]+\s+){{0,6}}?"
                          rf"(?:had|was|were|did|\w+ed)\b[^.;\n]{{0,50}}?\b{AGE_THEN}|"
                          rf"\b{name}\s+was\s+(\d{{1,3}})\s+when\b|"
                          rf"\b(?i:at|aged)\s+(\d{{1,3}}),\s+{name}\s+(?:had|was|\w+ed)\b")
        for match in then.finditer(article.text):
            group = next(n for n in (1, 2, 3) if match.group(n))
            if int(match.group(group)) <= age_now or re.search(
                    r"\b(?:will|would|could|might|expected|plans?|planned|hopes?|hoped|wants?|"
                    r"wanted|intends?|intended|aims?|aimed|due|set\s+to|likely)\b",
                    match.group(0)):
                continue
            said = first[name]
            yield Spot(match.start(group), match.end(group),
                       f"In {where(article, said.start())} {name} is {age_now} now, so "
                       f"{name} cannot have been {match.group(group)} when it happened. Which age "
                       "is wrong?", None, ((said.start(2), said.end(2)),))
            break


def ages_at_death(article: Article) -> Iterator[Spot]:
    """'Ellen Corby (1888–1941)' and later 'Corby, who … died there at 61': born in 1888 and
    dead in 1941, she died at 52 or 53. The years after the name in brackets, the age at
    death in a sentence with the surname."""
    for life in LIFE.finditer(article.text):
        name, born, died = life.group(1), int(life.group(2)), int(life.group(3))
        death = re.compile(rf"\b{name}\b[^.;\n]{{0,80}}?\bdied\b[^.;\n]{{0,30}}?\b{AGE_THEN}")
        for match in death.finditer(article.text, life.end()):
            age = int(match.group(1))
            if died - born - 1 <= age <= died - born or died <= born:
                continue
            yield Spot(match.start(1), match.end(1),
                       f"In {where(article, life.start())} {name} lived from {born} to {died}, "
                       f"so died at {died - born - 1} or {died - born}, not {age}. Which number "
                       "is wrong?", None, ((life.start(2), life.end(3)),))
            break

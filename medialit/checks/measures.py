"""Figures linked by what they measure: one thing, said twice, with two sizes.

Every figure with a unit is read with the thing it measures: 'a 400-metre stretch', 'the
crossing takes 35 minutes', 'Alfie Marsh, 9,', 'the 22-member team', 'the cabinet meets on 3
November', and a list that counts a group in parts ('the team's 14 seniors and 10 juniors').
A later definite mention ('the 600-metre section', 'the 50-minute crossing', 'the
11-year-old') refers back to a thing already named; when every earlier mention of that thing
gave one other size, both cannot be right.

Things are linked by their noun, or by nouns that name one thing twice ('stretch', 'section'),
listed in ``medialit/data/measures.json``; a person's age is linked to the one age the article
gave before. Limits: the rule cannot know which size is right, nor be sure that the two
mentions are one thing; it stays quiet when the article gives three sizes, when a sentence
says the size changed ('extended', 'instead', 'on average'), and when the later mention is
marked as another one ('the new 600-metre section').
"""
from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.figures import MONTHS
from medialit.checks.delays import delays_given_two_ways
from medialit.checks.journeys import journeys_timed_two_ways
from medialit.checks.populations import populations_given_two_ways
from medialit.checks.number_words import NUMBER_WORDS, TENS_WORDS, number_in_words
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import HEDGE_WORDS
from medialit.lexicons import DATA_DIR
from medialit.model import Quote

WORDS = "|".join(sorted([*NUMBER_WORDS, *TENS_WORDS], key=len, reverse=True))
NUMBER = rf"(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{WORDS}))"
HEDGE = "(" + "|".join((*HEDGE_WORDS, r"up\s+to")) + ")"
DEFINITE = frozenset("the this that its their his her our whose".split())


@functools.lru_cache(maxsize=1)
def load_measure_words() -> dict:
    """``measures.json``: units, nouns that name one thing twice, person nouns and the words
    that say a size changed."""
    data = json.loads((DATA_DIR / "measures.json").read_text(encoding="utf-8"))
    return {"units": {word: tuple(kind) for word, kind in data["units"]["words"].items()},
            "same": [frozenset(group) for group in data["same_things"]["groups"]],
            "bodies": frozenset(data["bodies"]["words"]),
            "people": frozenset(data["people"]["words"]),
            "other": frozenset(data["other_one"]["words"]),
            "kinds": frozenset(data["kinds_by_size"]["words"]),
            "changed": frozenset(data["changed"]["words"]),
            "timed": frozenset(data["timed_events"]["words"])}


@dataclass(frozen=True)
class Measure:
    """One figure with what it measures. ``start``/``end`` circle the figure as written
    ('400-metre', '35 minutes'); ``phrase`` is the words to quote in a message; ``value`` is
    in the unit's base (metres, seconds); ``noun`` is the thing measured ('' for a person)."""

    start: int
    end: int
    phrase: tuple[int, int]
    value: float
    dimension: str
    noun: str
    definite: bool
    hedged: bool
    number: tuple[int, int]  # where the number itself stands, to offer a correction


def _unit(word: str) -> tuple[str, float] | None:
    """What a unit word measures and its size in the base unit ('miles' -> length, 1609.3)."""
    units = load_measure_words()["units"]
    word = word.lower()
    singular = next((form for form in (word, word[:-1], word[:-2]) if form in units), None)
    return units[singular] if singular else None


# a 'noun' the parser gives a clause's place is a verb it mistook ('when the 84-year-old fell')
CLAUSE_PLACES = frozenset({"ROOT", "advcl", "ccomp", "relcl", "xcomp", "conj", "appos"})


def _noun_after(article: Article, offset: int) -> tuple[str, int, str]:
    """The noun that the words from ``offset`` describe ('stretch' in ' stretch of the canal',
    'care home' -> 'home'), with where it ends and its place in the parse; ('', offset, '')
    when none follows."""
    doc = article.doc
    noun, end, seen, place = "", offset, 0, ""
    for token in doc[bisect.bisect_left(article.token_starts, offset):]:
        if seen >= 3 or token.pos_ not in ("NOUN", "ADJ", "PROPN") or not token.is_alpha or \
                token.pos_ == "PROPN" and seen == 0:
            break
        seen += 1
        if token.pos_ == "NOUN":
            noun, end, place = token.lemma_.lower(), token.idx + len(token), token.dep_
    return noun, end, place


def _definite(word: str) -> bool:
    return word.lower() in DEFINITE


COMPOUND = re.compile(rf"\b(?i:(an?|the|this|that|its|their|his|her|our|whose))\s+(?:{HEDGE}\s+)?"
                      rf"{NUMBER}[- ]([a-z]+)(?:-(old|long|wide|high|deep|tall|strong))?\b"
                      r"(?![- ]?(?:per\s?cent|%))")
PREDICATE = re.compile(rf"\b(?i:(the|its|their|this|that|a|an))\s+((?:[a-z]+\s+){{0,2}}?)"
                       rf"([a-z]+),?\s+(?:(?:which|that)\s+)?(?:now\s+|usually\s+|still\s+|"
                       r"normally\s+)?"
                       r"(?:takes?|took|lasts?|lasted|is|was|will\s+be|will\s+take|will\s+last|"
                       r"will\s+run|would\s+last|would\s+run|is\s+to\s+last|measures?|"
                       r"measured|runs?|ran|stretches|stretched|covers?|covered|spans?)\s+"
                       rf"(?:for\s+|just\s+|only\s+)?(?:{HEDGE}\s+)?{NUMBER}\s+([a-z]+)\b")
OF_SIZE = re.compile(rf"\b(?i:(a|an|the|its|their))\s+([a-z]+)\s+of\s+(?:{HEDGE}\s+)?{NUMBER}"
                     r"\s+([a-z]+)\b")
# 'the eight weeks of the consultation', 'all 40 minutes of the crossing': the size first, then
# the thing it is the size of
SIZE_OF = re.compile(rf"\b(?i:(the|its|their|all|all\s+the))\s+(?:{HEDGE}\s+)?{NUMBER}\s+([a-z]+)"
                     r"\s+of\s+(?i:the|its|their|this|that)\s+(?=[a-z])")
NAME_AGE = re.compile(r"\b(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s(\d{1,3}),")
NAME_BRACKET_AGE = re.compile(r"\b(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s\((\d{1,3})\)")
AGED = re.compile(r"\b(?:aged|age)\s+(\d{1,3})\b(?!\s*(?:and|to|-|–)\s*\d)")
WHO_IS = re.compile(rf"\b[A-Z][a-z]+,\s+who\s+(?:is|was|turned|turns)\s+{NUMBER}(?:\s+years\s+old)?"
                    r"(?=[,.;])")


def measures_of(article: Article) -> list[Measure]:
    """Every figure of the article with its unit and the thing it measures, in text order."""
    found = [*_compounds(article), *_predicates(article), *_sizes_of(article),
             *_person_ages(article),
             *_meeting_dates(article), *_parts_of_groups(article)]
    return sorted(set(found), key=lambda m: (m.start, m.end))


def _compounds(article: Article) -> Iterator[Measure]:
    """'a 400-metre stretch', 'the 50-minute crossing', 'an 87-year-old resident', 'the
    22-member team', and the bare 'the 84-year-old' (a person)."""
    people = load_measure_words()["people"]
    for match in COMPOUND.finditer(article.text):
        value = number_in_words(match.group(3))
        if value is None:
            continue
        word, tail = match.group(4).lower(), (match.group(5) or "").lower()
        noun, end, place = _noun_after(article, match.end())
        if word in ("year", "years") and tail == "old":
            dimension, scale = "age", 1.0
            if not noun or noun in people or place in CLAUSE_PLACES:
                dimension, noun = "person age", ""
        elif tail == "old" or (unit := _unit(word)) is None:
            continue
        else:
            dimension, scale = unit
            if not noun or _unit(noun):  # 'a four-day week' names a kind of week, not a size
                continue
        yield Measure(match.start(3), match.end(), (match.start(), max(end, match.end())),
                      value * scale, dimension, noun, _definite(match.group(1)),
                      bool(match.group(2)), (match.start(3), match.end(3)))


def _predicates(article: Article) -> Iterator[Measure]:
    """'the crossing takes 35 minutes', 'the stretch is 400 metres long', 'a stretch of 400
    metres': the noun, a verb of size, and the figure with its unit."""
    for pattern, groups in ((PREDICATE, (1, 3, 4, 5, 6)), (OF_SIZE, (1, 2, 3, 4, 5))):
        for match in pattern.finditer(article.text):
            det, noun, hedge, number, word = (match.group(n) for n in groups)
            value, unit = number_in_words(number), _unit(word)
            if value is None or unit is None or not word.endswith("s") and value != 1:
                continue
            at = match.start(groups[1])
            tokens = article.doc[bisect.bisect_left(article.token_starts, at):]
            token = tokens[0] if len(tokens) else None
            if token is None or token.pos_ != "NOUN":
                continue
            yield Measure(match.start(groups[3]), match.end(groups[4]),
                          (match.start(), match.end()), value * unit[1], unit[0],
                          token.lemma_.lower(), _definite(det), bool(hedge),
                          (match.start(groups[3]), match.end(groups[3])))


def _sizes_of(article: Article) -> Iterator[Measure]:
    """'the eight weeks of the consultation': a length named before the thing it measures."""
    for match in SIZE_OF.finditer(article.text):
        value, unit = number_in_words(match.group(3)), _unit(match.group(4))
        if value is None or unit is None or not match.group(4).endswith("s") and value != 1:
            continue
        noun, end, _ = _noun_after(article, match.end())
        if not noun or _unit(noun):
            continue
        yield Measure(match.start(3), match.end(4), (match.start(), end), value * unit[1],
                      unit[0], noun, True, bool(match.group(2)),
                      (match.start(3), match.end(3)))


def _person_ages(article: Article) -> Iterator[Measure]:
    """'Alfie Marsh, 9,', 'Alfie Marsh (9)', 'aged 9' and 'Kai, who is three,': a person's
    age."""
    for pattern in (NAME_AGE, NAME_BRACKET_AGE, AGED, WHO_IS):
        for match in pattern.finditer(article.text):
            value = number_in_words(match.group(1))
            if value is not None:
                yield Measure(match.start(1), match.end(1), (match.start(), match.end()),
                              value, "person age", "", False, False,
                              (match.start(1), match.end(1)))


DATE = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(MONTHS)})|({'|'.join(MONTHS)})\s+" \
       r"(\d{1,2})\b)"
MEETS_ON = re.compile(rf"\b(?:((?i:before|to|when))\s+)?(?i:the|its|their)\s+"
                      rf"(?:[A-Za-z]+[’']s\s+)?(?:([a-z]+)\s+)??([a-z]+)(?:[’']s)?\s+(?:next\s+)?"
                      rf"(meets|meeting|sits)?\s*(?:on|for)\s+"
                      rf"(?:[A-Z][a-z]+day,?\s+)?{DATE}")


def _meeting_dates(article: Article) -> Iterator[Measure]:
    """'goes before the council's cabinet on 3 November', 'when the cabinet meets on 10
    November': the date a body that decides (a board, committee, cabinet) meets. The phrase
    starts at the word before the body, if any ('the planning committee')."""
    bodies = load_measure_words()["bodies"]
    for match in MEETS_ON.finditer(article.text):
        body = match.group(3).lower()
        if body not in bodies or not ((match.group(1) or "").lower() in ("before", "when") or
                                      match.group(4)):
            continue
        day, month = (match.group(5), match.group(6)) if match.group(5) else \
            (match.group(8), match.group(7))
        start = match.start(5) if match.group(5) else match.start(7)
        first = match.start(2) if match.group(2) else match.start(3)
        yield Measure(start, match.end(), (first, match.end()),
                      MONTHS.index(month) * 31 + int(day), "date", body, True, False,
                      (start, match.end()))


PARTS = re.compile(rf"\b(?i:the|its|their)\s+([a-z]+)[’']s\s+({NUMBER}\s+[a-z]+s\b"
                   rf"(?:(?:,\s+|,?\s+and\s+){NUMBER}\s+[a-z]+s\b(?:\s+and\s+[a-z]+s\b)?)+)")


def _parts_of_groups(article: Article) -> Iterator[Measure]:
    """'the team's 14 seniors and 10 juniors': a group counted in parts, a size of the group
    ('members'), to hold against 'the 22-member team'."""
    for match in PARTS.finditer(article.text):
        numbers = re.findall(NUMBER, match.group(2))
        values = [number_in_words(n) for n in numbers]
        if len(values) < 2 or None in values:
            continue
        yield Measure(match.start(2), match.end(2), (match.start(), match.end()), sum(values),
                      "members", match.group(1).lower(), True, False, (-1, -1))


def _same_thing(first: str, second: str) -> bool:
    return first == second or any(first in group and second in group
                                  for group in load_measure_words()["same"])


def _agrees(first: Measure, later: Measure) -> bool:
    if first.hedged or later.hedged:
        return abs(first.value - later.value) <= 0.2 * max(first.value, later.value)
    return abs(first.value - later.value) <= 1e-6 * max(first.value, later.value)


def _marked_other(article: Article, measure: Measure) -> bool:
    """'the new 600-metre section', or a sentence that says sizes changed or vary."""
    words = load_measure_words()
    sentence = next((s for s in article.sentences if s.start <= measure.start < s.end), None)
    if sentence is None:
        return False
    before = article.text[max(sentence.start, measure.phrase[0] - 30):measure.start].lower()
    before = re.sub(r"\b(?:will|would|to|which|that|should|could|may|might)\s+last\b", "",
                    before)  # 'last' the verb, not 'the last'

    after = article.text[measure.end:measure.phrase[1]].lower()
    return bool(set(before.split()[-3:] + after.split()) & words["other"] or
                set(re.findall(r"[a-z]+", sentence.text.lower())) & words["changed"])


@rule("figures.measure-two-ways", "self-contradiction", "warning",
      "one thing given two sizes ('a 400-metre stretch', later 'the 600-metre section'; 'Alfie "
      "Marsh, 9', later 'the 11-year-old')")
def measures_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A later definite mention of a thing ('the 600-metre section', 'the 11-year-old', 'the
    cabinet meets on 10 November') whose earlier mentions all gave it one other size. Nouns are
    linked when they are the same or name one thing twice; a person's age with the one age the
    article gave before. Quiet when the article gives the thing three sizes, when the later
    mention is marked as another ('the new …') and when a sentence says the size changed."""
    yield from journeys_timed_two_ways(article)
    yield from populations_given_two_ways(article)
    yield from delays_given_two_ways(article)
    measures = measures_of(article)
    for later in measures:
        if not later.definite:
            continue
        alike = [m for m in measures if m.dimension == later.dimension and
                 _same_thing(m.noun, later.noun)]
        earlier = [m for m in alike if m.end <= later.start]
        if later.dimension == "person age":
            earlier = _same_person(article, earlier, later)  # several people, several ages
        elif len({m.value for m in alike}) > 2 or \
                earlier and _maybe_two_things(article, earlier[0], later):
            continue
        if not earlier or len({m.value for m in earlier}) != 1 or \
                any(_agrees(m, later) for m in earlier):
            continue
        yield _spot(article, earlier[0], later)


NAMED_AFTER = re.compile(r"\s+(?:to|from|of|at|in|for|between|near)\s+(?:the\s+|a\s+|an\s+)?"
                         r"([A-Za-z]+)")


def _named_after(article: Article, measure: Measure) -> str | None:
    """What the thing is tied to right after it ('the 30-minute drive to Leeds', 'a 20-year
    plan for housing'), or the word before a body that meets ('the planning committee'): two
    drives to two places, or two committees, are two things."""
    if measure.dimension == "date":
        words = article.text[slice(*measure.phrase)].split()
        return words[0].lower() if words[1].lower() in load_measure_words()["bodies"] else None
    match = NAMED_AFTER.match(article.text, measure.phrase[1])
    if match is None:
        return None
    token = article.doc[min(bisect.bisect_left(article.token_starts, match.start(1)),
                            len(article.doc) - 1)]
    return None if token.pos_ in ("VERB", "AUX") else match.group(1).lower()  # 'to respond'



def _maybe_two_things(article: Article, first: Measure, later: Measure) -> bool:
    """True when the two mentions may be two things: one is marked as another or said to
    change, the noun names things by their size ('the 100-metre race'), or each is tied to
    its own place ('the drive to Leeds', 'the drive to York')."""
    places = (_named_after(article, first), _named_after(article, later))
    return (_marked_other(article, later) or _marked_other(article, first) or
            later.noun in load_measure_words()["kinds"] or
            None not in places and places[0] != places[1])


def _life_stage(age: float) -> int:
    return 0 if age < 18 else 1 if age < 65 else 2


def _same_person(article: Article, earlier: list[Measure], later: Measure) -> list[Measure]:
    """The earlier ages that 'the 11-year-old' may refer back to: ages of the same stage of
    life (a child, an adult, an older person) within five years of it (a slip changes an age a
    little; another person, introduced by 'the 62-year-old' after 'Ann Lee, 45', is usually
    further off), and of those the nearest when the article gave several people such ages and
    the nearest is close (two paragraphs)."""
    earlier = [m for m in earlier if _life_stage(m.value) == _life_stage(later.value)]
    if len({m.value for m in earlier}) > 1:
        gap = article.paragraph_index(later.start) - article.paragraph_index(earlier[-1].start)
        earlier = [m for m in earlier if m.value == earlier[-1].value] if gap <= 2 else []
    return [m for m in earlier if abs(m.value - later.value) <= 5]


def _spot(article: Article, first: Measure, later: Measure) -> Spot:
    text = article.text
    said, here = text[slice(*first.phrase)].strip(" ,"), text[slice(*later.phrase)].strip(" ,")
    what = {"person age": "person", "date": "meeting", "members": "group"}.get(
        later.dimension, "thing")
    which = {"person age": "age", "date": "date"}.get(later.dimension, "figure")
    place = where(article, first.start)
    if later.number == (-1, -1):
        message = (f"Here the parts (“{here}”) add up to {later.value:g}, but {place} says "
                   f"“{said}”. If it is the same group, which is right?")
    else:
        message = (f"{place[0].upper()}{place[1:]} says “{said}”; here “{here}”. If it is "
                   f"the same {what}, which {which} is right?")
    return Spot(later.start, later.end, message, _suggestion(article, first, later),
                ((first.start, first.end),))


def _suggestion(article: Article, first: Measure, later: Measure) -> str | None:
    """The later figure written with the earlier value ('84-year-old' -> '87-year-old'), in
    its own unit; None when the earlier value is no whole number of it."""
    text = article.text
    if later.dimension == "date":
        return text[first.start:first.end]
    if later.number == (-1, -1):
        return None
    said = text[slice(*later.number)]
    scale = later.value / (number_in_words(said) or 1)
    value = first.value / scale
    if abs(value - round(value)) > 1e-6:
        return None
    before = text[slice(*first.number)]
    number = before.lower() if said.isalpha() and before.isalpha() else str(round(value))
    if said[0].isupper():
        number = number[0].upper() + number[1:]
    return number + text[later.number[1]:later.end]

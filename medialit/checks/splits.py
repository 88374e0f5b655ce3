"""A count split into parts that the words say make up the whole: by place ('Of the 40
libraries, 20 are in Ashby, 12 in Brent and seven in Colne', when the article says the
libraries are in those three towns), by 'the remaining' ('Eighteen allotments are let and
the remaining ten are empty', against '30 allotments' elsewhere), and into two opposite
outcomes ('The trust runs nine pools. Five will stay open and three will close').

Limits: places are read as names with a capital after 'in' or 'at'; more than the whole is
always wrong, fewer only when the article names the same places for the whole, or 'the
remaining' says the parts are all. The whole of a remainder is the one count of the same noun
the article gives (all its mentions agree). The rules cannot know which number is wrong.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.number_words import number_in_words
from medialit.lexicons import DATA_DIR
from medialit.model import Quote

COUNT = (r"(\d{1,3}(?:,\d{3})*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
         r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|"
         r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
         r"eighteen|nineteen))")
PLACE = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
# one part of a split by place: '20 are in Ashby', '12 in Brent', 'just seven at Colne'
PLACE_PART = (rf"(?:(?i:just|only|a\s+further|another|some)\s+)?{COUNT}\s+(?:(?:are|is|were|was|"
              rf"will\s+be|sit|stand|lie)\s+)?(?:in|at)\s+(?:the\s+)?{PLACE}")
SEPARATOR = r"(?:,\s+(?:and\s+|while\s+|with\s+)?|\s+and\s+|;\s+)"
OF_THE = re.compile(rf"\b(?i:of)\s+(?:the|its|their|these|those|all)\s+(?:the\s+)?{COUNT}\s+"
                    rf"((?:[a-z-]+\s+){{0,2}}?[a-z]+s),\s+")
SPLIT = re.compile(rf"{PLACE_PART}(?:{SEPARATOR}{PLACE_PART}){{1,5}}\b")
# 'The 40 libraries are split between Ashby (20), Brent (12) and Colne (seven)'
PLACE_COUNT = rf"{PLACE}\s+\({COUNT}\)"
SPLIT_BETWEEN = re.compile(rf"(?<![\d,.£$€])\b{COUNT}\s+(?:[\w’'-]+\s+){{0,2}}?([a-z]+s),?\s+"
                           rf"(?:(?:are|is|were|was)\s+)?(?:split|divided|spread|shared)\s+"
                           rf"(?:between|among|across)\s+({PLACE_COUNT}(?:{SEPARATOR}{PLACE_COUNT})"
                           rf"{{1,5}})")
ONE_PART = re.compile(PLACE_PART)


def _value(said: str) -> int | None:
    number = number_in_words(said.replace(",", ""))
    return None if number is None else int(number)


def _listed(names: list[str]) -> str:
    """'Ashby, Brent and Colne'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _places_of(article: Article, noun: str, whole: int) -> set[str]:
    """The places the article gives for ``whole`` ``noun`` together ('40 libraries in Ashby,
    Brent and Colne'), or an empty set."""
    head = noun.split()[-1]
    listed = re.compile(rf"(?<![\d,.]){COUNT}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\s+"
                        rf"(?:across|in|at|between|among)\s+"
                        rf"((?:{PLACE}(?:,\s+|\s+and\s+|,\s+and\s+)"
                        rf"){{1,5}}{PLACE})")
    for match in listed.finditer(article.text):
        if _value(match.group(1)) == whole:
            return set(re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", match.group(2)))
    return set()


@rule("figures.split-by-place", "self-contradiction", "warning",
      "a count split between places that does not add up ('Of the 40 libraries, 20 are in "
      "Ashby, 12 in Brent and seven in Colne')")
def splits_by_place(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Of the 40 libraries, 20 are in Ashby, 12 in Brent and seven in Colne' (39): places
    do not overlap, so more than 40 is always wrong; fewer is wrong when the article says the
    40 libraries are in those three towns and no others. Also 'The 40 libraries are split
    between Ashby (20), Brent (12) and Colne (seven)'."""
    text = article.text
    for whole_match in OF_THE.finditer(text):
        split = SPLIT.match(text, whole_match.end())
        whole = _value(whole_match.group(1))
        if split is None or not whole:
            continue
        parts = list(ONE_PART.finditer(text, split.start(), split.end()))
        values = [_value(p.group(1)) for p in parts]
        if None in values or any(v >= whole for v in values):
            continue
        total = sum(values)
        places = {p.group(2) for p in parts}
        named = _places_of(article, whole_match.group(2), whole)
        if total == whole or total < whole and (len(places) < 2 or places != named):
            continue
        shown = " + ".join(str(value) for value in values)
        if total > whole:
            message = (f"{shown} is {total}, more than the {whole} "
                       f"{whole_match.group(2)}. Which number is wrong?")
        else:
            message = (f"{shown} is {total}, but the article puts all "
                       f"{whole} {whole_match.group(2)} in "
                       f"{_listed(sorted(named))}. Which number is wrong?")
        yield Spot(split.start(), split.end(), message, None,
                   ((whole_match.start(1), whole_match.end(1)),))
    for match in SPLIT_BETWEEN.finditer(text):
        whole = _value(match.group(1))
        parts = list(re.finditer(PLACE_COUNT, match.group(3)))
        values = [_value(p.group(2)) for p in parts]
        if not whole or None in values or sum(values) == whole:
            continue
        shown = " + ".join(str(value) for value in values)
        yield Spot(match.start(3), match.end(3),
                   f"{shown} is {sum(values)}, but all {match.group(1)} {match.group(2)} are "
                   f"said to be split between these places. Which number is wrong?", None,
                   ((match.start(1), match.end(1)),))


REMAINDER = re.compile(
    rf"(?<![\d,.£$€])\b{COUNT}\s+((?:[a-z-]+\s+){{0,2}}?[a-z]+s)\b[^.:?!]{{0,120}}?"
    rf"\b(?:the\s+(?:remaining|other|last|rest\s+of\s+the)|the\s+other)\s+{COUNT}\b"
    rf"(?!\s+(?:per\s?cent|percent|%|years?|months?|weeks?|days?|hours?|minutes?)\b)")


HEDGES = r"about|around|roughly|nearly|almost|some|more\s+than|over|under|less\s+than|up\s+to"


def _remainders(text: str) -> Iterator[re.Match]:
    """Each first part and remainder, the first part not itself the whole ('Of the 50 flats,
    35 flats … the remaining 12')."""
    start = 0
    while (match := REMAINDER.search(text, start)) is not None:
        start = match.start() + 1
        if not re.search(r"\b(?i:of)\s+(?:the|its|their|these|those|all)\s+$",
                         text[max(0, match.start() - 30):match.start()]):
            yield match
            start = match.end()


@rule("figures.remainder-of-count", "self-contradiction", "warning",
      "a count and 'the remaining' count that do not make the whole the article gives ('30 "
      "allotments'; 'Eighteen allotments are let and the remaining ten are empty')")
def remainders_of_counts(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Eighteen allotments are let and the remaining ten are empty', when the article counts
    30 allotments elsewhere ('Thirty council allotments', 'the 30 allotments'): 'the
    remaining' says 18 and 10 are all of them, 28. Only when every other count of the
    same noun in the article is the one whole, larger than each part."""
    text = article.text
    for match in _remainders(text):
        first, rest = _value(match.group(1)), _value(match.group(3))
        noun = match.group(2).split()[-1]
        if not first or not rest or re.search(rf"\b(?i:{HEDGES})\s+$", text[:match.start()]):
            continue
        counted = re.compile(rf"(?<![\d,.£$€])\b{COUNT}\s+(?:[\w’'-]+\s+){{0,3}}?"
                             rf"{re.escape(noun)}\b")
        wholes = [m for m in counted.finditer(text)
                  if not match.start() <= m.start() < match.end()
                  and not re.match(r"\s+of\b", text[m.end(1):])]
        values = {_value(m.group(1)) for m in wholes}
        if len(values) != 1 or None in values:
            continue
        (whole,) = values
        if whole == first + rest or whole <= max(first, rest):
            continue
        said = wholes[0]
        remainder = re.search(r"\bthe\s+\w+(?:\s+of\s+the)?\s+\S+$", text[:match.end(3)]).group(0)
        counted_as = text[said.start(1):said.end()]
        yield Spot(match.start(3), match.end(3),
                   f"{match.group(1)} and {remainder} make {first + rest}, but "
                   f"{where(article, said.start())} counts {counted_as[0].lower()}"
                   f"{counted_as[1:]}. Which number is wrong?", None,
                   ((said.start(1), said.end(1)), (match.start(1), match.end(1))))


HELPER = r"(?:(?:will|would|are\s+to|were\s+to|is\s+to|have|has|had|were|was|are|did|do|" \
         r"could)\s+)?" \
         r"(?:(?:now|all|both|also|then|be|been)\s+)*"
# a group counted just before: 'The trust runs nine pools.'
COUNTED = re.compile(rf"(?<![\d,.£$€])\b{COUNT}\s+(?:[\w’'-]+\s+){{0,2}}?([a-z]+s)\b")


@functools.lru_cache(maxsize=1)
def _outcome_pairs() -> list[re.Pattern]:
    """For each pair of opposite outcomes, a pattern for 'A will stay open and B will
    close', either side first."""
    data = json.loads((DATA_DIR / "measures.json").read_text(encoding="utf-8"))
    patterns = []
    for one, other in data["opposite_outcomes"]["pairs"]:
        for first, second in ((one, other), (other, one)):
            patterns.append(re.compile(
                rf"^(?:[^,.;:\d]{{0,40}},\s+)?(?:(?i:but|and|so)\s+)?{COUNT}\s+"
                rf"(?:of\s+(?:them|those|these)\s+)?{HELPER}"
                rf"(?:{first})\b[^.;:]{{0,60}}?(?:,\s*|\s+)(?:and|while|but|whereas)\s+"
                rf"(?:the\s+other\s+|another\s+)?{COUNT}\s+(?:of\s+(?:them|those|these)\s+)?"
                rf"{HELPER}(?:{second})\b"))
    return patterns


@rule("figures.split-in-two", "self-contradiction", "warning",
      "a group counted, then split into two opposite outcomes that do not make it up ('runs "
      "nine pools. Five will stay open and three will close')")
def splits_in_two(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The trust runs nine pools. Five will stay open and three will close': a pool either
    closes or stays open, so five and three should make nine. The group is the last
    count of things in the sentence before; the outcomes are opposite pairs from
    measures.json (close / stay open, pass / fail, sold / unsold)."""
    sentences = article.sentences
    for index, sentence in enumerate(sentences[1:], 1):
        for pattern in _outcome_pairs():
            match = pattern.match(sentence.text)
            if match is None:
                continue
            counts = list(COUNTED.finditer(sentences[index - 1].text))
            parts = _value(match.group(1)), _value(match.group(2))
            if not counts or None in parts:
                break
            group = counts[-1]
            whole = _value(group.group(1))
            if not whole or sum(parts) == whole or max(parts) >= whole or re.search(
                    rf"\b(?i:{HEDGES})\s+$", sentences[index - 1].text[:group.start()]):
                break
            at, before = sentence.start, sentences[index - 1].start
            yield Spot(before + group.start(1), before + group.end(1),
                       f"The next sentence splits the {whole} {group.group(2)}: {parts[0]} and "
                       f"{parts[1]} make {sum(parts)}, not {whole}. Is one "
                       "missing, or is a number wrong?",
                       None, ((at + match.start(1), at + match.end(1)),
                              (at + match.start(2), at + match.end(2))))
            break

"""Shares and multiples of a stated number that do not agree with it: a share of a whole also
given as a count ('40 per cent of the 250 members, or 120': it is 100; 'a third of its 900
pupils, about 450'), and a number said to have doubled from a figure that the lead's count
of the same things does not fit ('more than 14,000 potholes', later 'almost doubled, from
9,300').

Limits: the share rule reads one phrase, where the share, the whole and the count stand
together; the multiple rule trusts the lead's one count of the noun. Neither can know which
number is wrong. 'Of the 40 members, 12, or 40 per cent' is read
by figures.percentage.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.arithmetic import HEDGE, TIMES, agrees, sentence_around
from medialit.checks.fractions import (counts_as_fractions, percentages_as_fractions,
                                       sums_as_fractions)
from medialit.checks.proportions import percentages_of_amounts
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
             "two-thirds": 2 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4,
             "three quarters": 3 / 4, "three-quarters": 3 / 4, "a fifth": 1 / 5,
             "one fifth": 1 / 5, "a tenth": 1 / 10, "one tenth": 1 / 10}
FRACTION = "|".join(sorted(FRACTIONS, key=len, reverse=True))
SHARE = rf"(?:(\d{{1,3}}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)|((?i:{FRACTION})))"
WHOLE = (r"(?:the|its|their|all|all\s+the)\s+(\d{1,3}(?:,\d{3})+|\d+)\s+"
         r"((?:[a-z-]+\s+){0,2}?[a-z]+s)\b")
COUNT = r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d%]|[.,]\d|\s?per\b)"
THEN = (r"(?:,?\s+or\s+|,?\s+that\s+is\s+|\s*[(—–]\s*|,\s+(?=about|around|some|nearly|"
        r"almost|roughly|more\s+than|over|just))")
SHARE_THEN_COUNT = re.compile(rf"\b{SHARE}\s+of\s+{WHOLE}{THEN}{HEDGE}{COUNT}")
COUNT_THEN_SHARE = re.compile(rf"(?<![\d.,£$€]){COUNT}(?:\s+[a-z-]+){{0,2}}?{THEN}{HEDGE}{SHARE}"
                              rf"\s+of\s+{WHOLE}")


@rule("figures.share-of-whole", "self-contradiction", "warning",
      "a share of a whole that is not the count given with it ('40 per cent of the 250 "
      "members, or 120')")
def shares_of_wholes(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'40 per cent of the 250 members, or 120' and '120 members, or 40 per cent of the 250':
    40 per cent of 250 is 100. A percentage or a fraction ('a third', 'half') of a whole
    counted in the same phrase, and the count it makes; the percentage may be rounded, and
    'about' allows a tenth."""
    for match in SHARE_THEN_COUNT.finditer(article.text):
        yield from _disagree(article, match, share=1, whole=3, hedge=5, count=6)
    for match in COUNT_THEN_SHARE.finditer(article.text):
        yield from _disagree(article, match, share=3, whole=5, hedge=2, count=1)
    yield from counts_as_fractions(article)
    yield from percentages_as_fractions(article)
    yield from sums_as_fractions(article)
    read = [m.span() for pattern in (SHARE_THEN_COUNT, COUNT_THEN_SHARE)
            for m in pattern.finditer(article.text)]
    yield from (spot for spot in percentages_of_amounts(article)
                if not any(a <= spot.start < b for a, b in read))


def _disagree(article: Article, match: re.Match, share: int, whole: int, hedge: int,
              count: int) -> Iterator[Spot]:
    """A finding when the count in ``match`` is not the share of the whole (group numbers)."""
    total = int(match.group(whole).replace(",", ""))
    said = int(match.group(count).replace(",", ""))
    percent, fraction = match.group(share), match.group(share + 1)
    part = float(percent) / 100 if percent else FRACTIONS[fraction.lower()]
    exact = part * total
    if re.fullmatch(r"(?:19|20)\d\d", match.group(whole)) or said >= total or not said:
        return
    if percent:  # '40 per cent' may be 39.5 to 40.5: the count may be anywhere in that
        decimals = len(percent.split(".")[1]) if "." in percent else 0
        slack = 0.5 * 10 ** -decimals / 100 * total
        if abs(said - exact) <= slack + 1 or (match.group(hedge) and
                                              agrees(said, exact, match.group(hedge), str(said))):
            return
    elif agrees(said, exact, match.group(hedge), str(said)) or abs(said - exact) < 1:
        return
    share_text = f"{percent} per cent" if percent else fraction
    yield Spot(match.start(count), match.end(count),
               f"{share_text} of {match.group(whole)} is about {exact:,.0f}, not "
               f"{match.group(count)}. Which number is wrong?", None,
               ((min(match.start(share) if percent else match.start(share + 1),
                     match.start(whole)), match.end(whole + 1)),))


MULTIPLE_FROM = re.compile(
    rf"\b([a-z]+)\s+(?:[a-z]+\s+){{0,3}}?(?:has|have|had)\s+{HEDGE}({'|'.join(TIMES)})\b"
    r"(?:\s+(?:in|over|since)\s+[a-z0-9 ]{1,20}?)?,?\s+from\s+(?:about\s+|around\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d%]|[.,]\d|\s?per\b|\s+to\b)")


@rule("figures.multiple-of-lead", "self-contradiction", "warning",
      "a number said to have doubled (or halved) from a figure that the lead's count of the "
      "same things does not fit ('more than 14,000 potholes', later 'almost doubled, from "
      "9,300')")
def multiples_of_the_lead(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """The lead says 'a backlog of more than 14,000 reported potholes' and later 'the number
    of potholes has almost doubled in two years, from 9,300': 14,000 is about one and a half
    times 9,300. The count now is the one number the title and first paragraph give before
    the same plural noun; 'almost' allows down to 0.8 of the multiple, none a tenth."""
    lead_end = next((p.end for p in article.paragraphs[1:] if len(p.text.split()) > 15), None)
    if lead_end is None:
        return
    for match in MULTIPLE_FROM.finditer(article.text, lead_end):
        sentence = sentence_around(article, match.start())
        nouns = {w for w in re.findall(r"\b[a-z]{4,}s\b", sentence)}
        nows = {m.group(1): m for m in re.finditer(
            r"(?<![\d.,£$€])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d%]|[.,]\d)\s+(?:[a-z-]+\s+)?"
            r"([a-z]{4,}s)\b", article.text[:lead_end]) if m.group(2) in nouns}
        if len(nows) != 1:
            continue
        (now_text, now), = nows.items()
        before = int(match.group(4).replace(",", ""))
        after = int(now_text.replace(",", ""))
        times, ratio = TIMES[match.group(3)], after / before if before else 0
        if times < 1:
            times, ratio = 1 / times, before / after
        hedge = re.sub(r"\s+", " ", match.group(2) or "")
        if hedge in ("more than", "over", "just over"):
            fits = ratio >= times * 0.98
        elif hedge in ("almost", "nearly", "just under", "less than", "under"):
            fits = times * 0.8 <= ratio <= times * 1.02
        else:
            fits = abs(ratio - times) <= times * 0.1
        if fits or not before:
            continue
        yield Spot(match.start(4), match.end(4),
                   f"In {where(article, now.start())} there are {now_text} {now.group(2)}: "
                   f"{ratio if TIMES[match.group(3)] >= 1 else 1 / ratio:.2g} times "
                   f"{match.group(4)}, not {match.group(3)}. Which number is wrong?", None,
                   ((now.start(1), now.end(1)),))
        return

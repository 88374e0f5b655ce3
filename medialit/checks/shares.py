"""A share of a stated whole that is also given as a count, where the two do not agree: '40
per cent of the 250 members, or 120' (it is 100), 'a third of its 900 pupils, about 450'
(about 300), '120 staff, or half of the 300 who work there' (150).

Limits: the rule reads one phrase, where the share, the whole and the count stand together;
it cannot know which of the three is wrong. 'Of the 40 members, 12, or 40 per cent' is read
by figures.percentage.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.arithmetic import HEDGE, agrees
from medialit.checks.registry import Spot, rule
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

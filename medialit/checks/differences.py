"""Differences said in words, linked to the two figures they are the difference of.

'An increase of £2.60 on an adult return' is the gap between the two fares the article gave
for an adult return ('from £9.60 to £12.00'); '£14,400 short of its target' is the gap between
the target and the money raised; 'the remaining 40 per cent' is what the other shares of one
whole leave of 100. The rule finds each pair of figures (a change 'from A to B', 'B, up from A';
a target and a total raised), links a difference said later to the pair it speaks of (the pair
in its own sentence, or else the one whose sentence shares the most words with it), and does
the sum.

Limits: a difference that fits any pair of the article is left alone, and so are hedged
figures ('about £2.60'); the rule cannot know which figure is the wrong one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import HEDGE_WORDS
from medialit.model import Quote

MONEY = r"([£$€])(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)" \
        r"(?:\s?(million|billion|bn|m|k)\b)?" \
        r"|(\d+)p\b"
SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
HEDGE = re.compile(r"\b(?:" + "|".join((*HEDGE_WORDS, r"up\s+to", "estimated", r"well\s+over",
                                          r"well\s+north\s+of")) + r")\s+$", re.I)
FROM_TO = re.compile(rf"\bfrom\s+(?:{MONEY})\s+(?:a\s+\w+\s+|each\s+|per\s+\w+\s+)?to\s+"
                     rf"(?:{MONEY})")
UP_FROM = re.compile(rf"(?:{MONEY})(?:\s+(?:a|per|each|for\s+an?)\s+[a-z]+)?,?\s+"
                     rf"(?:up|down)\s+from\s+"
                     rf"(?:{MONEY})")
GAP = re.compile(rf"\b(?i:an?|the|its)\s+(?:(?:[a-z]+\s+)?(?:increase|rise|hike|cut|reduction|fall|"
                 rf"drop|jump|saving|difference)\s+of\s+(?:{MONEY})|(?:{MONEY})[- ](?:a-[a-z]+\s+|"
                 rf"[a-z]+\s+)?(?:increase|rise|hike|cut|reduction|fall|drop|jump)\b)"
                 rf"|\b(?:rise|rises|rising|rose|increase[sd]?|go(?:es)?\s+up|went\s+up|fall|falls|"
                 rf"fell|cut|cuts|drop|drops|dropped)\s+by\s+(?:{MONEY})")
TARGET = re.compile(rf"\b(?:(?i:an?|the|its|their)\s+(?:{MONEY})\s+(?:appeal|target|goal|"
                    rf"fundraising\s+target)|(?:target|goal)\s+of\s+(?:{MONEY})|"
                    rf"(?:aims?|aiming|hopes?|hoping|set\s+out)\s+to\s+raise\s+(?:{MONEY}))")
RAISED = re.compile(rf"\b(?:rais(?:ed|ing|es)|collected|collecting|brought\s+in)\s+"
                    rf"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+)?(?:{MONEY})")
SHORT = re.compile(rf"(?:{MONEY})\s+short\s+of\s+(?:its|the|their|his|her)\s+(?:target|goal)")
STEPPED = re.compile(r"\b(?:each|every|per|first|second|third|phase|step|stage|initial|"
                     r"a\s+year|a\s+month|a\s+week)\b", re.I)
WORD = re.compile(r"[A-Za-z][a-z]+")
COMMON = frozenset("""the a an and or but of to in on at for from with by as is are was were be
    been has have had will would said says say this that these those it its their they he she
    his her we our you new year years price prices cost costs fare fares increase rise cut
    which who what when where than more less also only about after before""".split())


@dataclass(frozen=True)
class Amount:
    """One sum of money as written: where, its currency and its size."""

    start: int
    end: int
    currency: str
    value: float


def _amounts(match: re.Match) -> list[Amount]:
    """The sums a match of a MONEY pattern holds, in order (each MONEY is four groups)."""
    found = []
    for first in range(1, (match.re.groups or 0) + 1, 4):
        if match.group(first):
            value = float(match.group(first + 1).replace(",", "")) * \
                SCALE.get(match.group(first + 2) or "", 1)
            found.append(Amount(match.start(first), match.end(first + 2) if
                                match.group(first + 2) else match.end(first + 1),
                                match.group(first), value))
        elif first + 3 <= (match.re.groups or 0) and match.group(first + 3):
            found.append(Amount(match.start(first + 3), match.end(first + 3) + 1, "£",
                                int(match.group(first + 3)) / 100))
    return found


def _hedged(article: Article, amount: Amount) -> bool:
    return bool(HEDGE.search(article.text[max(0, amount.start - 25):amount.start]))


def _shown(currency: str, value: float) -> str:
    if value >= 1e6:
        return f"{currency}{value / 1e6:g} million"
    return f"{currency}{value:,.2f}" if value % 1 else f"{currency}{value:,.0f}"


def _sentence(article: Article, offset: int):
    return next((s for s in article.sentences if s.start <= offset < s.end), None)


def _words(article: Article, offset: int) -> set[str]:
    sentence = _sentence(article, offset)
    text = sentence.text if sentence else ""
    return {word.lower() for word in WORD.findall(text)} - COMMON


def _pairs(article: Article) -> list[tuple[Amount, Amount]]:
    """Each change the article gives as two sums: 'from £9.60 to £12.00', '£7.20, up from
    £6.50' (the old sum first)."""
    pairs = []
    for pattern, old_first in ((FROM_TO, True), (UP_FROM, False)):
        for match in pattern.finditer(article.text):
            amounts = _amounts(match)
            if len(amounts) == 2 and amounts[0].currency == amounts[1].currency and \
                    not any(_hedged(article, a) for a in amounts):
                pairs.append(tuple(amounts) if old_first else (amounts[1], amounts[0]))
    return pairs


def _close(said: float, exact: float) -> bool:
    return abs(said - exact) < max(0.005, 0.002 * exact)


@rule("figures.difference-two-ways", "self-contradiction", "warning",
      "a difference said in words that is not the gap between the figures it speaks of ('from "
      "£9.60 to £12.00', later 'an increase of £2.60')")
def differences_said_in_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'An increase of £2.60 on an adult return' when the adult return goes 'from £9.60 to
    £12.00'; '£14,400 short of its target' when £23,600 of a £40,000 appeal was raised; 'the
    remaining 40 per cent' after 'around 70 per cent'. A change is linked to the pair in its
    own sentence, or else to the one pair whose sentence shares the most words with it."""
    yield from _gaps(article)
    yield from _shortfalls(article)
    yield from _remaining_shares(article)


def _gaps(article: Article) -> Iterator[Spot]:
    pairs = _pairs(article)
    for match in GAP.finditer(article.text):
        said = _amounts(match)
        if len(said) != 1 or _hedged(article, said[0]) or not pairs:
            continue
        gap = said[0]
        fitting = [p for p in pairs if p[0].currency == gap.currency]
        if not fitting or any(_close(gap.value, abs(new.value - old.value))
                              for old, new in fitting):
            continue
        own = _sentence(article, gap.start)
        if own is None or any(p[0].start in range(own.start, own.end) for p in fitting) or \
                STEPPED.search(own.text) or len(list(re.finditer(MONEY, own.text))) > 1:
            continue  # a pair in the same sentence (figures.sum-in-words reads it), or a gap
            # that may be one step of several ('a first rise of £1'), or beside other sums
        words = _words(article, gap.start)
        shared = sorted(((len(words & _words(article, p[0].start)), p) for p in fitting),
                        key=lambda item: -item[0])
        if shared[0][0] < 2 or len(shared) > 1 and shared[1][0] == shared[0][0]:
            continue
        old, new = shared[0][1]
        text = article.text
        yield Spot(gap.start, gap.end,
                   f"{where(article, old.start)[0].upper()}{where(article, old.start)[1:]} "
                   f"says it goes from {text[old.start:old.end]} to {text[new.start:new.end]}, "
                   f"a change of {_shown(gap.currency, abs(new.value - old.value))}; here it is "
                   f"{text[gap.start:gap.end]}. Which is right?",
                   _shown(gap.currency, abs(new.value - old.value)),
                   ((old.start, old.end), (new.start, new.end)))


def _shortfalls(article: Article) -> Iterator[Spot]:
    """'£14,400 short of its target': the target less the largest sum raised below it."""
    targets = {a.value: a for m in TARGET.finditer(article.text) for a in _amounts(m)}
    raised = [a for m in RAISED.finditer(article.text) for a in _amounts(m)]
    if len(targets) != 1:
        return
    (target,) = targets.values()
    below = [a for a in raised if a.currency == target.currency and a.value < target.value]
    if not below or _hedged(article, target):
        return
    total = max(below, key=lambda a: a.value)
    for match in SHORT.finditer(article.text):
        said = _amounts(match)[0]
        if said.currency != target.currency or _hedged(article, said) or \
                any(_close(said.value, target.value - a.value) for a in below) or \
                _hedged(article, total):
            continue
        text = article.text
        exact = target.value - total.value
        yield Spot(said.start, said.end,
                   f"The target is {text[target.start:target.end]}, and "
                   f"{where(article, total.start)} says {text[total.start:total.end]} was "
                   f"raised, so it is {_shown(said.currency, exact)} short, not "
                   f"{text[said.start:said.end]}. Which is right?",
                   _shown(said.currency, exact), ((target.start, target.end),
                                                  (total.start, total.end)))


PERCENT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
SHARE = re.compile(rf"(?<![\d.])(?:((?i:about|around|roughly|nearly|almost|some|approximately|"
                   rf"more\s+than|over|just\s+over|just\s+under|under|less\s+than))\s+)?{PERCENT}")
REMAINING = re.compile(rf"\b(?i:the)\s+(?:remaining|rest,?|other|final|last)\s+{PERCENT}")


def _remaining_shares(article: Article) -> Iterator[Spot]:
    """'Around 70 per cent of the cost came from the fund, and the remaining 40 per cent from
    reserves': the shares before 'the remaining' and the remaining share make 100."""
    for sentence in article.sentences:
        for match in REMAINING.finditer(sentence.text):
            before = [s for s in SHARE.finditer(sentence.text[:match.start()])]
            if not before or re.search(r"\bpercentage\s+points?\b|\bof\s+(?:those|them)\b",
                                       sentence.text):
                continue
            parts = sum(float(s.group(2)) for s in before)
            rest = float(match.group(1))
            hedged = any(s.group(1) for s in before)
            if abs(parts + rest - 100) <= (5 if hedged else 0.5) or parts >= 100:
                continue
            start = sentence.start + match.start(1)
            end = sentence.start + match.end()
            shares = " + ".join(s.group(0) for s in before)
            yield Spot(start, end,
                       f"{shares} and {article.text[start:end]} make {parts + rest:g} per cent, "
                       f"not 100. If they are shares of one whole, the rest is "
                       f"{100 - parts:g} per cent. Which is right?",
                       f"{100 - parts:g} per cent",
                       tuple((sentence.start + s.start(2), sentence.start + s.end())
                             for s in before))

"""A percentage said of a whole that the article's own two numbers do not give: a sum and its
share of a larger sum ('saves $640,000 a year, about 6 percent of its $21.3 million budget';
'12% of the £2.5m grant, or £450,000'), and a count out of a group followed by its share
('4,100 of the city's 41,000 households … That is roughly 1 percent').

Limits: the part, the percentage and the whole must stand in one phrase, or the count in one
sentence and 'That is … P percent' at the start of the next; a percentage is allowed its own
rounding, and a hedge ('about', 'roughly') a fifth of itself or a point. The rule cannot know
which of the three numbers is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import amount_of
from medialit.checks.registry import Spot

AMOUNT = (r"(?<![\d.,£$€-])([£$€]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
          r"(?:\s?(million|billion|bn|m|k)\b)?(?![\d%-]|[.,]\d|\s?(?:per\s?cent|percent))")
HEDGE = (r"(?:((?i:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|"
         r"less\s+than|under|just\s+over|just\s+under|close\s+to))\s+)?")
PERCENT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
OWNER = r"(?:(?:the|its|their|his|her|our|this|that|a|an)\s+|[A-Z]?[a-z]+(?:’s|'s)\s+)?"
RATE = r"(?:\s+(?:a|per|each|every)\s+(?:year|month|week)|\s+(?:annually|yearly))?"
# 'saves $640,000 a year, about 6 percent of its $21.3 million budget'
PART_THEN_SHARE = re.compile(
    rf"{AMOUNT}{RATE},?\s+(?:or\s+|(?:which\s+|that\s+)?(?:is|was|covers?|covered|makes?\s+up|"
    rf"made\s+up|represents?|represented|accounts?\s+for|accounted\s+for)\s+|[(—–]\s*)?"
    rf"{HEDGE}{PERCENT}\s+of\s+"
    rf"{OWNER}(?:[a-z’'-]+\s+){{0,3}}?{AMOUNT}")
# '6 percent of its $21.3 million budget, or $640,000'
SHARE_THEN_PART = re.compile(
    rf"{HEDGE}{PERCENT}\s+of\s+{OWNER}(?:[a-z’'-]+\s+){{0,3}}?{AMOUNT}(?:\s+[a-z-]+){{0,3}}?"
    rf"(?:,\s+|\s*[(—–]\s*)(?:or\s+|which\s+is\s+|that\s+is\s+)?{HEDGE}{AMOUNT}"
    r"(?!\s+(?:of\s+(?:which|it|that)|more|less|fewer|extra))")
# '4,100 of the city's 41,000 households …' then 'That is roughly 1 percent'
OUT_OF = re.compile(rf"(?<![\d.,£$€-])(\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d%]|[.,]\d)\s+"
                    rf"(?:out\s+)?of\s+"
                    rf"(?:the|its|their|all(?:\s+the)?)\s+(?:[A-Za-z]+(?:’s|'s)\s+)?"
                    r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d%]|[.,]\d)\s+[a-z]")
# '… 4,100 of the city's 41,000 households, or 1 percent, reported …': the share in the phrase
SAME_SENTENCE = re.compile(rf"[^.;%\d]{{0,80}}?(?:,\s+(?:or\s+)?|\s*[(—–]\s*|\s+or\s+){HEDGE}"
                           rf"{PERCENT}(?!\s+(?:more|less|fewer|higher|lower|up|down|above|below|"
                           r"rise|increase|fall|drop|of)\b)")
THAT_IS = re.compile(rf"(?:That|This|It)(?:\s+is|’s|'s|\s+was|\s+represents|\s+amounts\s+to|"
                     rf"\s+works\s+out\s+(?:at|to|as)|\s+means|\s+makes)\s+{HEDGE}{PERCENT}")


def _fits(exact: float, said: str, hedge: str | None) -> bool:
    """True when ``exact`` per cent may be written as ``hedge`` ``said`` per cent."""
    stated = float(said)
    hedge = re.sub(r"\s+", " ", (hedge or "").lower())
    if hedge in ("more than", "over", "just over"):
        return exact >= stated * 0.98
    if hedge in ("less than", "under", "just under", "nearly", "almost", "close to"):
        return stated * 0.7 <= exact <= stated * 1.02
    if hedge:
        return abs(exact - stated) <= max(1.0, 0.2 * stated)
    decimals = len(said.split(".")[1]) if "." in said else 0
    return abs(exact - stated) <= max(0.5 * 10 ** -decimals + 0.01, 0.06 * stated)


def _year(digits: str, symbol: str) -> bool:
    return not symbol and bool(re.fullmatch(r"(?:1[89]|20)\d\d", digits))


def _span(match: re.Match, group: int) -> tuple[int, int]:
    start = match.start(group) if match.group(group) else match.start(group + 1)
    return start, match.end(group + 2) if match.group(group + 2) else match.end(group + 1)


def percentages_of_amounts(article: Article) -> Iterator[Spot]:
    """'$640,000, about 6 percent of its $21.3 million budget': that is 3 per cent. The part
    and the whole must be of one kind (one currency, or both plain counts) and the part the
    smaller."""
    text = article.text
    for pattern, (part, hedge, share, whole) in ((PART_THEN_SHARE, (1, 4, 5, 6)),
                                                 (SHARE_THEN_PART, (7, 1, 2, 3))):
        for match in pattern.finditer(text):
            if any(_year(match.group(n + 1), match.group(n)) for n in (part, whole)) or \
                    match.group(part) != match.group(whole):
                continue
            small = amount_of(*match.group(part, part + 1, part + 2))[1]
            large = amount_of(*match.group(whole, whole + 1, whole + 2))[1]
            if not 0 < small < large:
                continue
            exact = 100 * small / large
            hedges = [match.group(hedge)] + ([match.group(6)] if pattern is SHARE_THEN_PART
                                             else [])
            if _fits(exact, match.group(share), next((h for h in hedges if h), None)):
                continue
            said = re.compile(PERCENT).match(text, match.start(share))
            shown = f"{exact:.1f}" if exact < 2 else f"{exact:.0f}"
            first, second = _span(match, part), _span(match, whole)
            yield Spot(match.start(share), said.end(),
                       f"{text[slice(*first)]} is about {shown} per cent of "
                       f"{text[slice(*second)]}, not {text[match.start(share):said.end()]}. "
                       "Which number is wrong?", None, (first, second))
    yield from _counts_then_share(article)


def _counts_then_share(article: Article) -> Iterator[Spot]:
    """'4,100 of the city's 41,000 households reported a missed pickup. That is roughly 1
    percent': one count out of a group in a sentence, and its share said in that phrase ('…
    households, or 1 percent, …') or at the start of the next sentence."""
    sentences = article.sentences
    for sentence, following in zip(sentences, sentences[1:] + [None]):
        counts = list(OUT_OF.finditer(sentence.text))
        if len(counts) != 1:
            continue
        said = SAME_SENTENCE.match(sentence.text, counts[0].end())
        if said is None:
            said = THAT_IS.match(following.text) if following else None
        else:
            following = sentence
        if said is None:
            continue
        part, whole = (int(counts[0].group(n).replace(",", "")) for n in (1, 2))
        if not 0 < part < whole or _year(counts[0].group(2), ""):
            continue
        exact = 100 * part / whole
        if _fits(exact, said.group(2), said.group(1)):
            continue
        start = following.start + said.start(2)
        end = following.start + said.end()
        shown = f"{exact:.1f}" if exact < 2 else f"{exact:.0f}"
        yield Spot(start, end,
                   f"{'The sentence before says ' if following is not sentence else ''}"
                   f"{counts[0].group(1)} of {counts[0].group(2)}: that is about {shown} per "
                   f"cent, not {article.text[start:end]}. Which number is wrong?", None,
                   ((sentence.start + counts[0].start(1), sentence.start + counts[0].end(2)),))

"""A cost said to be over (or under) its plan by a sum that is not the difference from the
plan the article gives: 'a budget of £11.5 million' and later 'the final bill is £18.6 million,
£5.1 million more than planned' (it is £7.1 million), or in one phrase '£18.6m, £5.1m over its
£11.5m budget'.

Limits: the plan must be the one budget (estimate, forecast) of that currency the article
gives; a hedge ('about', 'more than') allows a tenth. The rule cannot know which of the three
sums is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import amount_of
from medialit.checks.registry import Spot

AMOUNT = (r"([£$€])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
          r"(?:\s?(million|billion|bn|m|k)\b)?")
HEDGE = (r"(?:((?i:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|"
         r"less\s+than|under|just\s+over|just\s+under|close\s+to))\s+)?")
MORE = r"(more|higher|over|above|up\s+on|extra|less|lower|under|below|down\s+on)"
PLANNED = (r"(?:than\s+)?(?:was\s+|had\s+been\s+|it\s+was\s+|first\s+|originally\s+|initially\s+)*"
           r"(?:planned|budgeted|expected|forecast|estimated|agreed|promised|approved|"
           r"(?:the|its|their|an?)\s+(?:original\s+|initial\s+|first\s+|agreed\s+)?"
           r"(?:budget|estimate|forecast|plan)|budget|estimate)\b")
# 'the final bill is £18.6 million, £5.1 million more than planned'
OVER_PLAN = re.compile(rf"{AMOUNT},?\s+(?:or\s+|which\s+is\s+|some\s+)?{HEDGE}{AMOUNT}\s+{MORE}"
                       rf"\s+{PLANNED}")
# '£18.6m, £5.1m over its £11.5m budget'
OVER_NAMED = re.compile(rf"{AMOUNT},?\s+(?:or\s+|which\s+is\s+|some\s+)?{HEDGE}{AMOUNT}\s+{MORE}"
                        rf"\s+(?:than\s+)?(?:the|its|their|an?)\s+(?:original\s+|initial\s+|"
                        rf"first\s+|agreed\s+)?{AMOUNT}\s+(?:budget|estimate|forecast|plan)\b")
# the plan named once: 'with a budget of £11.5 million', 'expected to cost $4m', 'a £2m budget'
PLAN = re.compile(rf"\b(?:budget|estimate|estimated\s+cost|original\s+cost|forecast)\s+(?:of|was|"
                  rf"had\s+been|stood\s+at|set\s+at|at)\s+{HEDGE}{AMOUNT}|\b(?:budgeted|expected|"
                  rf"estimated|forecast|planned|due|meant|supposed)\s+(?:to\s+cost|at)\s+{HEDGE}"
                  rf"{AMOUNT}|(?:\b(?:a|an|the|its|their)|[a-z](?:’s|'s))\s+"
                  rf"(?:original\s+|initial\s+)?{AMOUNT}\s+"
                  r"(?:budget|estimate)\b")
LESS = ("less", "lower", "under", "below", "down on")


def _span(match: re.Match, group: int) -> tuple[int, int]:
    return match.start(group), match.end(group + 2) if match.group(group + 2) else \
        match.end(group + 1)


def _fits(said: float, exact: float, hedge: str | None) -> bool:
    if hedge:
        return abs(said - exact) <= 0.1 * max(said, exact)
    return abs(said - exact) <= max(0.5, 0.006 * exact)


def overruns(article: Article) -> Iterator[Spot]:
    """'£18.6 million, £5.1 million more than planned' against 'a budget of £11.5 million'
    (£7.1 million more): the final sum less the plan is the overrun."""
    text = article.text
    plans: dict[tuple[str, float], tuple[int, int]] = {}
    for match in PLAN.finditer(text):
        group = next(n for n in (2, 6, 9) if match.group(n))
        plans.setdefault(amount_of(*match.group(group, group + 1, group + 2)),
                         _span(match, group))
    found = [(m, (1, 4, 5, 9), None) for m in OVER_NAMED.finditer(text)]
    named = {m.start() for m, _, _ in found}
    found += [(m, (1, 4, 5, None), None) for m in OVER_PLAN.finditer(text)
              if m.start() not in named]
    for match, (final_at, hedge_at, said_at, plan_at), _ in found:
        final = amount_of(*match.group(final_at, final_at + 1, final_at + 2))
        said = amount_of(*match.group(said_at, said_at + 1, said_at + 2))
        if plan_at:
            plan, plan_span = amount_of(*match.group(plan_at, plan_at + 1, plan_at + 2)), \
                _span(match, plan_at)
        else:
            others = {p: s for p, s in plans.items() if p[0] == final[0] and p != final}
            if len(others) != 1:
                continue
            (plan, plan_span), = others.items()
        if len({final[0], said[0], plan[0]}) != 1 or said[1] >= final[1]:
            continue
        less = re.sub(r"\s+", " ", match.group(said_at + 3).lower()) in LESS
        exact = plan[1] - final[1] if less else final[1] - plan[1]
        if exact <= 0 or _fits(said[1], exact, match.group(hedge_at)):
            continue
        spans = [_span(match, n) for n in (final_at, said_at)]
        way = "less" if less else "more"
        shown = f"{final[0]}{exact / 1e6:g} million" if exact >= 1e6 else f"{final[0]}{exact:,.0f}"
        yield Spot(*spans[1],
                   f"The plan was {text[slice(*plan_span)]} and the sum is now "
                   f"{text[slice(*spans[0])]}: that is {shown} {way}, not "
                   f"{text[slice(*spans[1])]}. Which number is wrong?", None,
                   (plan_span, spans[0]))

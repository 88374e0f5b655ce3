"""A journey's length said in minutes or hours, against the clock times of its start and end.

A report of a rescue, a race or a trip often gives the time something set off ('left the
slipway at 11.52pm', 'set off at 9.15am', 'departed at 6:40 a.m.') and the time it got there
('reached the trawler at 12.31am', 'arrived at 10.05am'), and elsewhere names the trip by its
length ('the 25-minute run out', 'the two-hour drive', 'the crossing took 40 minutes'). The
journey is the one start and the first arrival after it; its length is the difference of the
two clock times, across midnight if need be.

Limits: only an article with exactly one start time and a trip noun said once with a length
is read; the length may be loose by a sixth (hedges widen it on their side). The rule cannot
know whether the clock or the length is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import CLOCK, NUMBER_WORDS, clock_minutes, count_of
from medialit.checks.registry import Spot
from medialit.checks.spans import where

# a time of day on a 12-hour clock ('7.15am', '6:40 p.m.') or a 24-hour one ('07.15', '19:40')
TIME = rf"(?:{CLOCK}|([01]?\d|2[0-3])[:.h]([0-5]\d)\b(?![.,:]\d|\s*(?:per|%|million|bn|km|m\b)))"
# setting off and getting there, in any tense ('left', 'leaves', 'will leave', 'is due to
# leave'), so a timetable told in the present reads like a rescue told in the past
START = re.compile(rf"\b(?:left|leaves?|leaving|launched|set(?:s|ting)?\s+(?:off|out)|"
                   rf"depart(?:s|ed|ing)?|took\s+off|takes?\s+off|sail(?:s|ed)|"
                   rf"pull(?:s|ed)\s+out|head(?:s|ed)\s+out|was\s+launched|were\s+launched)\b"
                   rf"[^.;]{{0,40}}?\bat\s+{TIME}", re.I)
END = re.compile(rf"\b(?:reach(?:ed|es)?|arriv(?:ed|es|e|ing)|gets?\s+(?:to|in|into|there)|"
                 rf"got\s+(?:to|in|into|there)|came\s+alongside|land(?:ed|s)|"
                 rf"pull(?:s|ed)\s+in|dock(?:ed|s)|touch(?:ed|es)\s+down|due\s+in)\b"
                 rf"[^.;]{{0,40}}?\bat\s+{TIME}", re.I)
TRIP = r"(?:run|trip|journey|crossing|drive|ride|passage|flight|voyage|dash|walk|climb|sail)"
AMOUNT = rf"(\d{{1,3}}|(?i:{'|'.join(NUMBER_WORDS)}))"
LENGTH = re.compile(
    rf"\b(?:(?i:the|a|an|their|her|his|its)\s+)?((?i:about|around|nearly|almost|roughly|"
    rf"more\s+than|less\s+than|just\s+over|just\s+under|over|under)\s+)?{AMOUNT}[- ]"
    rf"(minute|hour)s?[- ](?:[a-z]+\s+)?{TRIP}\b"
    rf"|\b{TRIP}\s+"
    rf"(?:took|takes|lasts|lasted|(?:will|should|would)\s+(?:take|last))\s+"
    rf"((?i:about|around|nearly|almost|roughly|more\s+than|less\s+than|just\s+over|just\s+"
    rf"under|over|under)\s+)?{AMOUNT}\s+(minute|hour)s?\b")


def _minutes(match: re.Match) -> int:
    if match.group(3):
        return clock_minutes(*match.group(1, 2, 3))
    return int(match.group(4)) * 60 + int(match.group(5))


def _fits(said: float, exact: float, hedge: str) -> bool:
    hedge = re.sub(r"\s+", " ", hedge.lower().strip())
    if hedge in ("more than", "over", "just over"):
        return exact >= said * 0.95
    if hedge in ("less than", "under", "just under"):
        return exact <= said * 1.05
    return abs(exact - said) <= max(3, said / 6)


def journeys_timed_two_ways(article: Article) -> Iterator[Spot]:
    """'Left the slipway at 11.52pm … reached the trawler at 12.31am' and later 'the 25-minute
    run out': the clock says 39 minutes."""
    text = article.text
    starts = list(START.finditer(text))
    lengths = list(LENGTH.finditer(text))
    if len(starts) != 1 or len(lengths) != 1:
        return
    start = starts[0]
    end = next(iter(END.finditer(text, start.end() + 1)), None)
    if end is None or end.start() - start.end() > 400:
        return
    minutes = (_minutes(end) - _minutes(start)) % 1440
    length = lengths[0]
    first = 1 if length.group(2) else 4
    said = count_of(length.group(first + 1))
    if said is None or not minutes or minutes > 12 * 60:
        return
    said *= 60 if length.group(first + 2).lower() == "hour" else 1
    if _fits(said, minutes, length.group(first) or ""):
        return
    at = length.start(first) if length.group(first) else length.start(first + 1)
    unit_end = length.end(first + 2)
    circled = (at, unit_end + (text[unit_end:unit_end + 1] == "s"))
    shown = f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours {minutes % 60} minutes"
    starting, ending = ((m.start(1) if m.group(1) else m.start(4),
                         m.end() - bool(re.search(r"\d\s?[ap]m\.$", m.group(0))))
                        for m in (start, end))
    if circled[0] < start.start():
        # the length was said first, so the clock times said later are what disagree
        yield Spot(*ending,
                   f"{where(article, circled[0]).capitalize()} says “{text[slice(*circled)]}”, "
                   f"but leaving at {text[slice(*starting)]} and getting there at "
                   f"{text[slice(*ending)]} takes {shown}. Which is right?", None,
                   (circled, starting))
        return
    yield Spot(*circled,
               f"It set off at {text[slice(*starting)]} and got there at "
               f"{text[slice(*ending)]}: that is {shown}. Here it is "
               f"“{text[slice(*circled)]}”. Which is right?", None, (starting, ending))

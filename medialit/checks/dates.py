"""Dates and lengths of time that the article gives two ways: the age of a thing against the
year it opened ('the 35-year-old pool', 'the pool, which opened in 1998', in 2026), the day a
change starts in the first paragraph and again at the end ('from 11 January', later 'the
changes begin on 18 January'), the hours between two times of day against 'the six-hour
switch-off', and how often a thing happens ('weekly collections', later 'the fortnightly
rounds').

Limits: the rules tie two mentions together by the noun they share, or by the article's
lead; they cannot know which of the two values is the true one.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.arithmetic import sentence_around
from medialit.checks.figures import (ANY_MONTH, CLOCK, MONTHS, NUMBER_WORDS, WEEKDAYS,
                                     clock_minutes, count_of, month_named)
from medialit.checks.lifetimes import ages_at_death, ages_at_past_events
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

AGED = re.compile(rf"\b(?i:the|its|this|that)\s+(\d{{1,3}}|{'|'.join(NUMBER_WORDS)})-year-old\s+"
                  r"(?:[a-z]+\s+){0,2}?([a-z]+)\b")
BEGAN = re.compile(r"\b(?i:the|its)\s+(?:[a-z]+\s+){0,2}?([a-z]+),?\s+(?:which\s+|that\s+)?"
                   r"(?:was\s+|were\s+|first\s+)?(opened|built|founded|established|completed|"
                   r"launched|set\s+up)\s+in\s+((?:18|19|20)\d\d)\b")


@rule("figures.age-from-year", "self-contradiction", "warning",
      "the age of a thing that does not fit the year it began ('the pool, which opened in "
      "1998', later 'the 35-year-old pool', in 2026)")
def ages_from_years(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The pool, which opened in 1998' and 'the 35-year-old pool' in an article dated 2026:
    the pool is 27 or 28. Only when the article's first lines carry its date, and the age and
    the year belong to the same noun; one year either way is allowed (the birthday may not
    have come). A person's age after the name ('Lee, 45,') is read against 'born in'."""
    yield from ages_at_past_events(article)
    yield from ages_at_death(article)
    dated = dateline(article)
    if dated is None:
        return
    now = dated[0].year
    began = {}
    for match in BEGAN.finditer(article.text):
        began.setdefault(match.group(1).lower(), []).append(match)
    for match in AGED.finditer(article.text):
        years = began.get(match.group(2).lower(), [])
        age = count_of(match.group(1))
        if len({m.group(3) for m in years}) != 1 or age is None:
            continue
        year = int(years[0].group(3))
        if now - year - 1 <= age <= now - year or year > now:
            continue
        yield Spot(match.start(1), match.end(1) + len("-year-old"),
                   f"In {where(article, years[0].start())} it {years[0].group(2)} in {year}; in "
                   f"{now}, the year of the article, that makes it {now - year - 1} or "
                   f"{now - year} years old, not {age}. Which number is wrong?", None,
                   ((years[0].start(3), years[0].end(3)),))
    yield from _ages_from_births(article, now)


NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
AGE_AFTER_NAME = re.compile(rf"\b{NAME},\s(\d{{1,3}}),")
BORN = re.compile(rf"\b{NAME},?\s+(?:who\s+was\s+|was\s+)?born\s+in\s+((?:19|20)\d\d)\b")


def _ages_from_births(article: Article, now: int) -> Iterator[Spot]:
    """'Ann Lee, 45, runs the shop' and 'Lee, who was born in 1975,' in an article of 2026:
    she is 50 or 51. The age after a name between commas, the year after the same name."""
    born: dict[str, list[re.Match]] = {}
    for match in BORN.finditer(article.text):
        born.setdefault(match.group(1), []).append(match)
    for match in AGE_AFTER_NAME.finditer(article.text):
        years = born.get(match.group(1), [])
        if len({m.group(2) for m in years}) != 1:
            continue
        year, age = int(years[0].group(2)), int(match.group(2))
        if now - year - 1 <= age <= now - year:
            continue
        yield Spot(match.start(2), match.end(2),
                   f"In {where(article, years[0].start())} {match.group(1)} was born in {year}; "
                   f"in {now}, the year of the article, that makes {match.group(1)} "
                   f"{now - year - 1} or {now - year}, not {age}. Which number is wrong?", None,
                   ((years[0].start(2), years[0].end(2)),))
        return


MONTH = rf"(?:{'|'.join(MONTHS)})"
# AP style shortens the longer months in a dateline ('Dec. 2, 2026')
SHORT_MONTHS = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September",
                "Sep.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December"}
LINE_MONTH = rf"(?:{'|'.join(MONTHS)}|{'|'.join(re.escape(m) for m in SHORT_MONTHS)})"
DATED = re.compile(rf"\b(?:(\d{{1,2}})\s+({MONTH})|({LINE_MONTH})\s+(\d{{1,2}}),?)\s+"
                   r"((?:19|20)\d\d)\b")


def dateline(article: Article) -> tuple[datetime.date, re.Match] | None:
    """The article's own date and where it stands: a full date at the head of one of the first
    three paragraphs ('HAVERLEIGH, 4 December 2026 —', 'LOWFORD, Monday 7 December 2026'),
    not a date the story tells of."""
    for paragraph in article.paragraphs[:3]:
        head = min(paragraph.end, paragraph.start + 45)
        match = DATED.search(article.text, paragraph.start, head)
        if match is None:
            continue
        try:
            day = int(match.group(1) or match.group(4))
            month = match.group(2) or SHORT_MONTHS.get(match.group(3), match.group(3))
            return datetime.date(int(match.group(5)), MONTHS.index(month) + 1, day), match
        except ValueError:
            return None
    return None
DATE = (rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})|({MONTH})\s+(\d{{1,2}})\b"
        rf"(?!,?\s*\d{{4}}\s*[—–-])|({MONTH}))")
LEAD_START = re.compile(rf"\b(?:from|starting|beginning|effective)\s+(?:on\s+|in\s+)?"
                        rf"(?:[A-Z][a-z]+day,?\s+)?"
                        rf"{DATE}(?!\s+(?:to|until|till)\b|\s+and\s+(?:\d|{MONTH})|\s*[-–]\s*\d)")
# what a news story says starts on a date: a change, and the kinds of change it may name
CHANGES = frozenset("""change changes ban bans cut cuts rise rises increase increases charge
    charges fee fees fare fares price prices tax taxes closure closures restriction restrictions
    limit limits rule rules scheme trial switch-off shutdown timetable timetables service
    services collection collections strike strikes curfew levy toll tolls merger
    downgrade policy system""".split())
# a change the lead names one way may be named later another way ('will pay $10 … starting
# May 1', later 'the new fee would begin on June 1')
CHANGE_FAMILIES = (frozenset("""pay paying charge charges charged charging fee fees fare fares price
                                prices toll tolls levy""".split()),
                   frozenset("ban bans banned restriction restrictions limit limits curfew".split()),
                   frozenset("close closed closing closure closures shutdown shut".split()))
LATER_START = (r"\b(?i:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(NOUNS)\b,?\s+(?:which\s+|that\s+)?"
               r"(?:will\s+|is\s+|are\s+|is\s+due\s+to\s+|are\s+due\s+to\s+|would\s+)?"
               r"(?:begins?|starts?|takes?\s+effect|take\s+effect|comes?\s+into\s+force|"
               r"come\s+into\s+force|is\s+due|are\s+due|due|kicks?\s+in|kick\s+in)\s+"
               r"(?:on|in|from)\s+(?:[A-Z][a-z]+day,?\s+)?" + DATE)


def end_of_lead(article: Article) -> int | None:
    """Where the first paragraph of the story ends: the first after the title longer than a
    dateline or a byline (more than 15 words)."""
    return next((p.end for p in article.paragraphs[1:] if len(p.text.split()) > 15), None)


# a date in the lead that is not when the change starts: a consultation, a sale, an exhibition
NOT_THE_CHANGE = re.compile(r"\b(?:consultations?|consulting|consulted|survey\w*|book\w*|"
                            r"tickets?|appl\w*|regist\w*|exhibit\w*|display\w*|runs?|running|"
                            r"nominations?|entries|vot\w*|hearing|inquiry)\b", re.I)
LATER_PHASES = frozenset("""first second third final full next later further last remaining
    rest other another whole complete main""".split())


def _date_of(match: re.Match, first: int) -> tuple[str, int | None]:
    """(month, day or None) of the DATE whose first group is ``first``."""
    day, month, month2, day2, bare = match.group(*range(first, first + 5))
    return (month or month2 or bare), int(day or day2) if (day or day2) else None


@rule("figures.start-two-dates", "self-contradiction", "warning",
      "the change the article reports given two start dates ('from 11 January' in the first "
      "paragraph, later 'the changes begin on 18 January')")
def start_given_two_dates(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """The first paragraph says what changes and 'from' when ('will cut a fourth route from
    11 January'); later 'the changes begin on 18 January', or 'the ban, which begins in
    February'. The later start belongs to the lead's change when its noun is 'change' or a
    word of change ('ban', 'rise', 'closure') of the title or the first paragraph. Only when
    the lead gives one start (a date after 'a consultation', 'tickets', 'voting' and the like
    is not the change's); days are compared when both give one, else months."""
    lead_end = end_of_lead(article)
    if lead_end is None:
        return
    lead = article.text[:lead_end]
    starts = [m for m in LEAD_START.finditer(lead)
              if not NOT_THE_CHANGE.search(lead[max(0, m.start() - 50):m.start()])]
    dates = {_date_of(m, 1) for m in starts}
    if len({month for month, _ in dates}) != 1:
        return
    month, day = max(dates, key=lambda date: date[1] or 0)
    first = next(m for m in starts if _date_of(m, 1) == (month, day))
    words = {w.lower() for w in re.findall(r"[A-Za-z-]{3,}", lead)}
    words |= {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}
    words |= {w for family in CHANGE_FAMILIES if family & words for w in family}
    nouns = "|".join(sorted(CHANGES & (words | {"change", "changes"}), key=len, reverse=True))
    later = re.compile(LATER_START.replace("NOUNS", nouns))
    for match in later.finditer(article.text, lead_end):
        named = article.text[match.start():match.start(1)].lower().split()
        if set(named) & LATER_PHASES:
            continue  # 'the full ban starts in April': a later step of the change
        when = _date_of(match, 2)
        if when[0] == month and (when[1] is None or day is None or when[1] == day):
            continue
        start = min(match.start(n) for n in range(2, 7) if match.group(n))
        end = max(match.end(n) for n in range(2, 7) if match.group(n))
        said = article.text[first.start(1 if first.group(1) else 3 if first.group(3) else 5):
                            first.end()]
        yield Spot(start, end,
                   f"Here the start is {article.text[start:end]}, but in "
                   f"{where(article, first.start())} it is from {said}. If it is the same "
                   "change, which date is right?", None, ((first.start(), first.end()),))
        return


TIME = rf"(?:(midnight)|(midday|noon)|{CLOCK})"
TIME_SPAN = re.compile(rf"\b(?:from|between)\s+{TIME}\s+(?:to|until|till|and)\s+{TIME}", re.I)
NAMED_HOURS = re.compile(rf"\b(?i:the|this|that|a|an)\s+(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})"
                         r"-hour\s+"
                         r"([a-z]+(?:-[a-z]+)?)\b")


def _minutes(match: re.Match, first: int) -> int:
    """The minutes after midnight of the TIME whose first group is ``first``."""
    if match.group(first):
        return 0
    if match.group(first + 1):
        return 12 * 60
    return clock_minutes(*match.group(first + 2, first + 3, first + 4))


@rule("figures.hours-named", "self-contradiction", "warning",
      "a span of the clock named later by another number of hours ('between midnight and 5am', "
      "later 'the six-hour switch-off')")
def hours_named(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'lights switched off between midnight and 5am' and later 'the six-hour switch-off':
    five hours. Only in an article with one span of the clock, and 'the N-hour thing' named
    by a word of the span's sentence ('switch-off' after 'switched off', 'closure' after
    'closed')."""
    spans = {(_minutes(m, 1), _minutes(m, 6)): m for m in TIME_SPAN.finditer(article.text)}
    if len(spans) != 1:
        return
    ((start, end), span), = spans.items()
    minutes = (end - start) % (24 * 60) or 24 * 60
    if minutes % 60:
        return
    sentence = next((s.text.lower() for s in article.sentences
                     if s.start <= span.start() < s.end), "")
    for match in NAMED_HOURS.finditer(article.text, span.end()):
        hours, noun = count_of(match.group(1)), match.group(2).split("-")[0]
        stem = noun[:max(4, len(noun) - 3)]
        if hours is None or hours == minutes // 60 or hours == 24 or \
                not re.search(rf"\b{re.escape(stem)}", sentence):
            continue
        yield Spot(match.start(1), match.end(1) + len("-hour"),
                   f"In {where(article, span.start())} it is {span.group(0)}: that is "
                   f"{minutes // 60} hours, not {hours}. Which is wrong?", None,
                   ((span.start(), span.end()),))
        return


FREQUENCIES = {"daily": 1, "weekly": 7, "fortnightly": 14, "monthly": 30, "quarterly": 91,
               "yearly": 365, "annual": 365}
OFTEN = re.compile(rf"\b({'|'.join(FREQUENCIES)})\s+((?:[a-z]+-)?[a-z]+)\s+([a-z]+)?")
CONTRAST = re.compile(r"\b(?:instead|rather|replac\w*|currently|now|used\s+to|previously|"
                      r"switch\w*|mov(?:e|ed|ing)|chang\w*|than|until|still|old|former|"
                      r"existing|not|"
                      r"from\s+(?:every|once|twice|daily|weekly|fortnightly|monthly))\b", re.I)


@rule("figures.frequency-two-ways", "self-contradiction", "warning",
      "one service said to run at two frequencies ('weekly food-waste collections', later 'the "
      "fortnightly food-waste rounds')")
def frequencies_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'weekly food-waste collections' in the title and later 'the fortnightly food-waste
    rounds': the thing the title or the first paragraph describes by the word after the
    frequency is later given another. Left alone when either sentence compares (instead,
    replaces, than, still, now, 'from weekly') or names two frequencies, which is how an
    article tells an old frequency from a new one."""
    lead_end = end_of_lead(article) or article.title.end
    seen: dict[str, re.Match] = {}
    for match in OFTEN.finditer(article.text):
        sentence = sentence_around(article, match.start())
        if CONTRAST.search(sentence) or len(re.findall("|".join(FREQUENCIES), sentence)) > 1:
            continue
        word = match.group(2).lower()
        if match.start() < lead_end:
            seen.setdefault(word, match)
            continue
        earlier = seen.get(word)
        if earlier is None or earlier.group(1) == match.group(1):
            continue
        yield Spot(match.start(1), match.end(1),
                   f"Here it is {match.group(1)}, but {where(article, earlier.start())} says "
                   f"“{earlier.group(0).strip()}”. Which is right?",
                   earlier.group(1), ((earlier.start(1), earlier.end(1)),))
        return


DAY_AND_DATE = re.compile(
    rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"({ANY_MONTH})|({ANY_MONTH})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b)(?!,?\s+\d{{4}})")


@rule("figures.weekday-near-dateline", "self-contradiction", "warning",
      "a weekday that does not fit a date without a year, read in the year of the article's "
      "date ('Thursday 14 January' in an article of December 2026)")
def weekdays_near_the_dateline(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The authority will vote on Thursday 14 January' in an article dated 9 December 2026:
    14 January 2027 is a Thursday, so that is right; 'Friday 14 January' is not. The date is
    read in the year that puts it nearest the article's date (a January date in December is
    next year's); only when the first lines carry a full date."""
    found = dateline(article)
    if found is None:
        return
    now, dated = found
    for match in DAY_AND_DATE.finditer(article.text, dated.end()):
        month = MONTHS.index(month_named(match.group(3) or match.group(4))) + 1
        day = int(match.group(2) or match.group(5))
        dates = []
        for year in (now.year - 1, now.year, now.year + 1):
            try:
                dates.append(datetime.date(year, month, day))
            except ValueError:
                continue
        if not dates:
            continue
        date = min(dates, key=lambda d: abs((d - now).days))
        weekday = WEEKDAYS[date.weekday()]
        if weekday == match.group(1) or abs((date - now).days) > 200:
            continue
        # the weekday and the date together: either may be the wrong one
        yield Spot(match.start(1), match.end(),
                   f"The article is dated {dated.group(0)}, so {day} {MONTHS[month - 1]} is "
                   f"{date.day} {MONTHS[month - 1]} {date.year}, a {weekday}, not a "
                   f"{match.group(1)}. Is the day or the date wrong?", weekday,
                   ((dated.start(), dated.end()),))


DECISION = re.compile(
    r"\b(?:vote|votes|voting|decide|decides|deciding|make\s+(?:a|its|their)\s+(?:final\s+)?"
    r"decision)\s+(?:on\s+|about\s+|whether\s+to\s+\w+\s+)?(?:the|its|their)\s+(?:[a-z-]+\s+)?"
    r"(plans?|proposals?|scheme|application|bid|budget|merger|closure|offer|deal|changes)\b"
    r"([^.;]{0,80}?)\b(?:on|in|at\s+(?:the|its|their))\s+(?:[A-Z][a-z]+day,?\s+)?" + DATE)
RESCHEDULED = re.compile(r"\b(?:if|unless|final|again|second|further|full|postpon\w*|delay\w*|"
                         r"defer\w*|put\s+back|brought\s+forward|moved|reschedul\w*|originally|"
                         r"was\s+due|had\s+been\s+due|previous\w*|last)\b", re.I)


@rule("figures.decision-two-dates", "self-contradiction", "warning",
      "one decision on one plan given two dates ('will vote on the plan on 14 January', later "
      "'will decide the plan when they meet in February')")
def decisions_given_two_dates(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The authority will vote on the plan on Thursday 14 January' and later 'members will
    decide the plan when they meet in February': one decision on one plan, in two months.
    Left alone when either sentence tells of a second or final vote, a condition or a date
    moved ('postponed', 'originally'), and when the plan has three or more dates."""
    dated: dict[str, list[re.Match]] = {}
    for match in DECISION.finditer(article.text):
        if RESCHEDULED.search(sentence_around(article, match.start())) or \
                re.search(r"\b(?:which|that|who|was|were|had|has|after|before)\b", match.group(2)):
            continue  # 'the budget, which was cut in March': the date of something else
        dated.setdefault(match.group(1).rstrip("s"), []).append(match)
    for mentions in dated.values():
        when = [_date_of(m, 3) for m in mentions]
        if len({month for month, _ in when}) != 2:
            continue
        first = mentions[0]
        later = next(m for m, date in zip(mentions, when) if date[0] != when[0][0])
        start = min(later.start(n) for n in range(3, 8) if later.group(n))
        first_start = min(first.start(n) for n in range(3, 8) if first.group(n))
        yield Spot(start, later.end(),
                   f"Here the decision on the {later.group(1)} is in "
                   f"{article.text[start:later.end()]}, but in {where(article, first.start())} "
                   f"it is on {article.text[first_start:first.end()]}. If it is the same "
                   "decision, which date is right?", None, ((first_start, first.end()),))
        return


ROUND_THE_CLOCK = re.compile(r"\b(?:open|opens|opened|run|runs|ran|staffed)\s+(?:for\s+)?"
                             r"(?:24\s+hours\s+a\s+day|24/7|round\s+the\s+clock|"
                             r"around\s+the\s+clock|day\s+and\s+night)\b", re.I)
HOURS_LOST = re.compile(rf"\b(?:lose|loses|losing|lost|gain|gains|gaining|give\s+up)\s+"
                        rf"(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+hours?\b[^.;]{{0,40}}?"
                        r"\b(?:a|every|each|per)\s+(?:day|night)\b", re.I)


@rule("figures.hours-lost", "self-contradiction", "warning",
      "hours lost a day that are not 24 less the new opening hours ('open 24 hours a day', now "
      "'from 8am to 10pm': 'lose 12 hours every night')")
def hours_lost(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The library, open 24 hours a day, would open from 8am to 10pm instead' and later
    'students will lose 12 hours of library time every night': 14 hours open leaves 10
    lost. Only in an article with one thing open round the clock, and one span of the clock
    in its sentence or the next (the new hours). A closing time moved ('at 8pm instead of
    10pm') is held to the hours said lost or earlier ('lose four hours every weekday')."""
    yield from _hours_moved(article)
    always = list(ROUND_THE_CLOCK.finditer(article.text))
    if len(always) != 1:
        return
    sentences = article.sentences
    at = next((n for n, s in enumerate(sentences) if s.start <= always[0].start() < s.end), None)
    if at is None:
        return
    near = sentences[at:at + 2]  # the new hours: in the same sentence or the next
    spans = {(_minutes(m, 1), _minutes(m, 6)): m for m in TIME_SPAN.finditer(article.text)
             if near[0].start <= m.start() < near[-1].end}
    if len(spans) != 1:
        return
    ((start, end), span), = spans.items()
    open_minutes = (end - start) % (24 * 60) or 24 * 60
    if open_minutes % 60:
        return
    lost = 24 - open_minutes // 60
    for match in HOURS_LOST.finditer(article.text):
        said = count_of(match.group(1))
        if said is None or said == lost:
            continue
        yield Spot(match.start(1), match.end(1) + len(" hours"),
                   f"Open {span.group(0)} is {open_minutes // 60} hours, so {lost} of the 24 "
                   f"are lost, not {said}. Which number is wrong?", None,
                   ((span.start(), span.end()), (always[0].start(), always[0].end())))
        return


MOVED = re.compile(
    rf"\b(?:close|closes|closing|shut|shuts|open|opens|opening|finish|finishes|end|ends|start|"
    rf"starts|stop|stops)\s+(?:[a-z]+\s+){{0,4}}?at\s+{CLOCK},?\s+(?:instead\s+of|rather\s+than|"
    rf"not|(?:down|up|back)\s+from|compared\s+with)\s+(?:the\s+current\s+|at\s+)?"
    rf"{CLOCK}|\b(?:closing|opening)\s+times?\s+(?:will\s+)?(?:be\s+)?(?:move|moves|moved|change|"
    rf"changes|changed|goes|go|brought\s+forward|pushed\s+back)"
    rf"\s+from\s+{CLOCK}\s+to\s+{CLOCK}", re.I)
HOURS_SAID = re.compile(
    rf"\b(?:lose|loses|losing|lost|cut|cuts|cutting|gain|gains|gaining)\s+(?:an?\s+extra\s+|"
    rf"another\s+)?(\d{{1,2}}|{'|'.join(NUMBER_WORDS)}|an)\s+hours?\b(?=[^.;]{{0,40}}?\b(?:(?:a|every|"
    rf"each|per)\s+(?:day|evening|night|weekday|morning)|daily|nightly|on\s+weekdays|of\s+"
    rf"opening))|"
    rf"\b(\d{{1,2}}|{'|'.join(NUMBER_WORDS)}|an)\s+hours?\s+(?:earlier|later|less|fewer|shorter)\b",
    re.I)
SUMMED = re.compile(r"[^.;]{0,40}?\b(?:a|per|each|every)\s+(?:week|month|year|term)\b|"
                    r"[^.;]{0,40}?\b(?:weekly|in\s+total|altogether|in\s+all)\b", re.I)


def _hours_moved(article: Article) -> Iterator[Spot]:
    """'will close its library at 8pm instead of 10pm' and later 'will lose four hours of
    opening every weekday' (or 'four hours earlier'): the day loses two. Only when the
    article moves one time, and the hours said are lost each day (or of opening), not summed
    over a week or a term."""
    moves = {}
    if len(MOVED.findall(article.text)) != 1:
        return  # two times moved ('close at 7pm instead of 9pm, open at 8am …'): hours add
    for match in MOVED.finditer(article.text):
        groups = match.groups()
        first = 0 if groups[0] else 6
        new = clock_minutes(*groups[first:first + 3])
        old = clock_minutes(*groups[first + 3:first + 6])
        shift = abs(new - old) % (24 * 60)
        moves.setdefault(min(shift, 24 * 60 - shift), match)
    if len(moves) != 1:
        return
    (shift, moved), = moves.items()
    if not shift or shift % 60:
        return
    for match in HOURS_SAID.finditer(article.text):
        group = 1 if match.group(1) else 2
        said = 1 if match.group(group).lower() == "an" else count_of(match.group(group))
        verbs = {_end_or_start(v) for v in re.findall(
            r"\b(?:open|opens|opening|start|starts|close|closes|closing|shut|shuts|finish|"
            r"finishes|end|ends|stop|stops)\b", article.text[max(0, match.start() - 40):
                                                           match.start()], re.I)}
        if verbs and _end_or_start(moved.group(0).split()[0]) not in verbs:
            continue  # another time moved ('will also open an hour later at weekends')
        if said is None or said == shift // 60 or SUMMED.match(article.text, match.end()):
            continue
        yield Spot(match.start(group), match.end(),
                   f"In {where(article, moved.start())} the time moves by {shift // 60} "
                   f"hours ({moved.group(0)}), not {match.group(group)}. Which number is "
                   "wrong?", None, ((moved.start(), moved.end()),))
        return


def _end_or_start(verb: str) -> str:
    """'end' for a word that ends the day's hours (close, shut, finish), 'start' otherwise."""
    return "end" if re.match(r"(?i)clos|shut|finish|end|stop", verb) else "start"


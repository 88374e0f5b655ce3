"""Time between two points the article fixes itself: a year and the 'years ago' said beside
it ('the mill was sold in 2011, ten years ago', in an article of 2026), an unbroken run since
a year against the years since it was last broken ('has sung at every service since 1980',
later 'the first time in 30 years'), and a clock time said to be so many minutes into
something whose start the article gives ('The concert began at 7.30pm … at 8.15pm, 25 minutes
into the concert').

Limits: 'now' is the year of the article's dateline, so an article without one is left
alone; a year and its 'years ago' must stand side by side; a run and its break must share a
noun; only one start time is read. One year either way is allowed (the months are not
known), and hedges ('more than', 'almost', 'about') on their side. The rules cannot know which
figure is wrong.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.dates import dateline
from medialit.checks.figures import CLOCK, MONTHS, clock_minutes
from medialit.checks.measures import load_measure_words
from medialit.checks.number_words import TENS_WORDS, number_in_words
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

YEAR = r"((?:1[6-9]|20)\d\d)"
# 'nine', '55', 'fifty-five', 'a decade', 'two decades', 'half a century'
AMOUNT = (rf"(\d{{1,3}}|(?i:(?:{'|'.join(TENS_WORDS)})(?:[- ](?:one|two|three|four|five|six|seven|"
          r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a|an|half\s+a))")
HEDGE = r"(?:((?i:more\s+than|over|almost|nearly|about|around|some|roughly|just\s+over|" \
        r"just\s+under|well\s+over|less\s+than|under))\s+)?"
YEARS = rf"{HEDGE}{AMOUNT}\s+(years?|decades?|century|centuries)"
# a year and the years since it, side by side, either way round
YEAR_THEN_AGO = re.compile(rf"\b{YEAR}\)?\s*(?:,|—|–|\(|\s-)\s*{YEARS}\s+ago\b")
AGO_THEN_YEAR = re.compile(rf"\b{YEARS}\s+ago\s*(?:,|—|–|\(|\s-)?\s*(?:(?i:in|back\s+in))\s+"
                           rf"{YEAR}\b")


def years_in(amount: str, unit: str) -> float | None:
    """'nine' 'years' -> 9, 'fifty-five' -> 55, 'a' 'decade' -> 10, 'half a' 'century' -> 50."""
    amount = re.sub(r"\s+", " ", amount.lower())
    size = {"decade": 10, "century": 100}.get(unit.lower().rstrip("s").replace("centurie",
                                                                              "century"), 1)
    if amount in ("a", "an"):
        return float(size)
    if amount == "half a":
        return size / 2
    value = number_in_words(amount)
    return None if value is None else value * size


def fits_years(said: float, exact: float, hedge: str | None, unit: str = "years") -> bool:
    """True when ``said`` years may stand for ``exact`` (whole years between two years, so
    one either way for the months; decades are round, so a quarter, at least three years);
    a hedge loosens it on its side."""
    hedge = re.sub(r"\s+", " ", (hedge or "").lower())
    slack = 1.0 if unit.lower().startswith("year") else max(3.0, said * 0.25)
    if hedge in ("about", "around", "some", "roughly"):
        slack = max(slack, said * 0.1)
    if hedge in ("more than", "over", "just over", "well over"):
        return exact >= said - 1
    if hedge in ("less than", "under", "just under"):
        return exact <= said + 1
    if hedge in ("almost", "nearly"):
        return said - slack - 1 <= exact <= said + 1
    return abs(exact - said) <= slack


@rule("figures.years-ago", "self-contradiction", "warning",
      "a year and the 'years ago' said beside it that the article's date contradicts ('sold "
      "in 2011, ten years ago' in 2026)")
def years_ago(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The mill was sold in 2011, ten years ago' in an article dated 2026: that was 15
    years ago. Also 'two decades ago, in 1996' and '40 years ago (in 1976)'."""
    found = dateline(article)
    if found is None:
        return
    now, dated = found
    for pattern in (YEAR_THEN_AGO, AGO_THEN_YEAR):
        for match in pattern.finditer(article.text, dated.end()):
            year_group, hedge, amount, unit = (1, 2, 3, 4) if pattern is YEAR_THEN_AGO else \
                (4, 1, 2, 3)
            year = int(match.group(year_group))
            said = years_in(match.group(amount), match.group(unit))
            if said is None or year > now.year or \
                    fits_years(said, now.year - year, match.group(hedge), match.group(unit)):
                continue
            start = match.start(hedge) if match.group(hedge) else match.start(amount)
            end = match.end(unit) + len(" ago") if pattern is YEAR_THEN_AGO else \
                match.end(unit) + len(re.match(r"\s+ago", article.text[match.end(unit):])
                                      .group(0))
            yield Spot(start, end,
                       f"The article is dated {now.year}, and {year} was "
                       f"{now.year - year} years before that, not "
                       f"“{article.text[start:end]}”. Is the year or the number wrong?",
                       f"{now.year - year} years ago",
                       ((match.start(year_group), match.end(year_group)),
                        (dated.start(), dated.end())))


RUN_SINCE = re.compile(
    rf"\b(?i:every|each)\s+(?:[\w’'-]+\s+){{0,6}}?since\s+{YEAR}\b"
    rf"|\b(?i:without\s+(?:a\s+)?(?:break|fail|interruption|a\s+gap)|unbroken|continuously|"
    rf"non-stop|every\s+year|each\s+year|annually|ever\s+since)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:since\s+)?{YEAR}\b"
    rf"|\b(?i:not|never)\s+missed\s+(?:a|an|one|any)?\s*(?:[\w’'-]+\s+){{0,4}}?since\s+{YEAR}\b")
BROKEN = re.compile(
    rf"\b(?i:first\s+(?:[a-z]+\s+){{1,4}}?in)\s+{YEARS}\b"
    rf"|\b(?i:an?|the|its|their)\s+{HEDGE}{AMOUNT}[- ](year)[- ](?i:run|streak|tradition|"
    rf"record\s+of|unbroken)\b"
    rf"|\b{HEDGE}{AMOUNT}\s+(years?)\s+(?i:in\s+a\s+row|running|unbroken|without\s+a\s+break)\b"
    rf"|\b{HEDGE}{AMOUNT}\s+(?i:straight|consecutive|successive|unbroken)\s+(years?)\b")
PLAIN = frozenset("""year years time times first every each since the a an it its their his her
    this that there will be been has have had was were is are not no without""".split())


def _nouns(article: Article, start: int) -> set[str]:
    """The nouns of the sentence around ``start``, as lemmas and as written (the tagger may
    give a name two lemmas: 'Drovers', 'drover')."""
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    tokens = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or ()
    return {form for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.is_alpha
            for form in (t.lemma_.lower(), t.lower_) if form not in PLAIN}


@rule("figures.run-since-year", "self-contradiction", "warning",
      "an unbroken run since a year against the years the article says it has lasted ('every "
      "service since 1980', in 2026 'the first time in 30 years')")
def runs_since_a_year(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The choir has sung at every service since 1980' and, in 2026, 'the first time in 30
    years that the service goes ahead without the choir': the run is 46 years long, so the
    last service without the choir was at least 46 years ago. Also 'a 25-year streak' and '30
    consecutive years'. Only one run since a year in the article, sharing a noun with the
    break."""
    found = dateline(article)
    if found is None:
        return
    now, dated = found
    runs = list(RUN_SINCE.finditer(article.text, dated.end()))
    if len({_year_of(m) for m in runs}) != 1:
        return
    run = runs[0]
    year = int(_year_of(run))
    exact = now.year - year
    for match in BROKEN.finditer(article.text, dated.end()):
        groups = next(n for n in (1, 4, 7, 10) if match.group(n + 1) is not None)
        hedge, amount = match.group(groups), match.group(groups + 1)
        unit = match.group(groups + 2) or "years"
        said = years_in(amount, unit)
        if said is None or not _nouns(article, run.start()) & _nouns(article, match.start()):
            continue
        if _same_sentence(article, run.start(), match.start()) and \
                not re.fullmatch(r"\s*[,—–(]\s*(?:or\s+|some\s+)?",
                                 article.text[run.end():match.start()]):
            continue  # 'every summer since 1990, and has won prizes for 30 consecutive years'
        first_time = groups == 1  # the break may be older than the run: only too few is wrong
        if first_time and said >= exact - 1 or not first_time and fits_years(said, exact, hedge,
                                                                              unit):
            continue
        start = match.start(groups) if hedge else match.start(groups + 1)
        end = match.end(groups + 2) if match.group(groups + 2) else match.end()
        group = next(n for n in range(1, 4) if run.group(n))
        year_at = (run.start(group), run.end(group))
        yield Spot(start, end,
                   f"{where(article, run.start()).capitalize()} says “{run.group(0)}”: by "
                   f"{now.year}, the year of the article, that is {exact} years. Here it is "
                   f"“{article.text[start:end]}”. Which is right?", f"{exact} years",
                   (year_at, (dated.start(), dated.end())))


MONTH = "|".join(MONTHS)
# a place closed on a date: 'the brewery closed the Drovers in October 2024', 'the pool shut
# on 3 March 2023', 'the cinema closed its doors in 2019'
CLOSED = re.compile(rf"\b(?:closed|shut|closed\s+down|shut\s+down|boarded\s+up|was\s+abandoned)"
                    rf"\b[^.;]{{0,50}}?\b(?:in|on)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                    rf"(?:({MONTH})\s+)?"
                    rf"(?:\d{{1,2}},?\s+)?{YEAR}\b")
STATE = r"(?:empty|closed|shut|derelict|vacant|disused|unused|boarded\s+up)"
SPAN = rf"{HEDGE}{AMOUNT}\s+(years?|months?|decades?)"
EMPTY_FOR = (
    re.compile(rf"\b(?i:for|after|in)\s+(?:the\s+(?:last\s+|past\s+)?)?{SPAN}\s+(?:that\s+)?"
               rf"(?:[\w’'-]+\s+){{0,4}}?(?:has\s+|had\s+|have\s+)?(?:stood|lain|lay|sat|been|"
               rf"remained|was|were)\s+{STATE}"),
    re.compile(rf"\b(?:stood|lain|lay|sat|been|remained)\s+{STATE}\s+(?:for\s+)?"
               rf"(?:the\s+(?:last\s+|past\s+)?)?{SPAN}"),
    re.compile(rf"\b(?i:after)\s+{SPAN}\s+{STATE}\b"))


@rule("figures.empty-since-closed", "self-contradiction", "warning",
      "the years a place is said to have stood empty against the date it closed and the "
      "article's date ('the cinema closed in March 2021', in 2026 'for the eight years it "
      "stood empty')")
def empty_since_closed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The brewery closed the cinema in March 2021' and, in an article of June 2026, 'for the
    eight years the cinema stood empty': it has been empty for about five years. Only when
    the article gives one closing date, in a sentence sharing a noun with the length."""
    found = dateline(article)
    if found is None:
        return
    now, dated = found
    closings = [m for m in CLOSED.finditer(article.text, dated.end())]
    if len({m.group(0)[-4:] + (m.group(1) or "") for m in closings}) != 1:
        return
    closed = closings[0]
    month = MONTHS.index(closed.group(1)) + 1 if closed.group(1) else 7
    then = datetime.date(int(closed.group(2)), month, 15 if closed.group(1) else 1)
    if then >= now:
        return
    exact = (now - then).days / 365.25
    for pattern in EMPTY_FOR:
        for match in pattern.finditer(article.text, dated.end()):
            hedge, amount, unit = match.group(1, 2, 3)
            said = years_in(amount, unit if not unit.lower().startswith("month") else "years")
            if said is None or _same_sentence(article, closed.start(), match.start()) or \
                    not _nouns(article, closed.start()) & _nouns(article, match.start()):
                continue
            if unit.lower().startswith("month"):
                said /= 12
            slack = 0.5 if closed.group(1) else 1.0
            hedge_said = re.sub(r"\s+", " ", (hedge or "").lower())
            if hedge_said in ("more than", "over", "just over", "well over") and \
                    exact >= said - 0.1 \
                    or hedge_said in ("almost", "nearly", "just under", "less than", "under") and \
                    said - 1 <= exact <= said + 0.1 or abs(exact - said) <= slack + \
                    (said * 0.1 if hedge_said in ("about", "around", "some", "roughly") else 0):
                continue
            start = match.start(1) if hedge else match.start(2)
            shown = f"about {exact:.0f} years" if exact >= 2 else \
                f"about {round(exact * 12)} months"
            when = article.text[closed.start(1) if closed.group(1) else closed.start(2):
                                closed.end()]
            yield Spot(start, match.end(3),
                       f"{where(article, closed.start()).capitalize()} dates the closing "
                       f"“{when}”, and the article is dated {dated.group(0)}: that is {shown}, not "
                       f"“{article.text[start:match.end(3)]}”. Which is right?", None,
                       ((closed.start(2) if not closed.group(1) else closed.start(1),
                         closed.end()), (dated.start(), dated.end())))


def _year_of(run: re.Match) -> str:
    return next(year for year in run.groups() if year)


def _same_sentence(article: Article, one: int, two: int) -> bool:
    return any(s.start <= one < s.end and s.start <= two < s.end for s in article.sentences)


START = re.compile(rf"\b(?:began|begun|started|starts|begins|kicked\s+off|got\s+under\s*way|"
                   rf"went\s+up|opened|was\s+due\s+to\s+(?:start|begin))\s+(?:[a-z]+\s+){{0,2}}?"
                   rf"at\s+{CLOCK}", re.I)
INTO = re.compile(rf"\bat\s+{CLOCK},?\s+(?:just\s+|only\s+|barely\s+)?{HEDGE}"
                  rf"(\d{{1,3}}|(?i:[a-z]+(?:[- ][a-z]+)?|half\s+an|an|a))\s+(minutes?|hours?)\s+"
                  rf"(?:into|after\s+(?:the\s+)?(?:start|it\s+(?:began|started))|after\s+the\s+"
                  rf"([a-z]+)\s+(?:began|started|kicked\s+off|got\s+under\s*way))\b", re.I)


@rule("figures.minutes-into", "self-contradiction", "warning",
      "a clock time said to be so many minutes into something that the start time the "
      "article gives contradicts ('began at 7.30pm', later 'at 8.15pm, 25 minutes into the "
      "concert')")
def minutes_into(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The concert began at 7.30pm. The power failed at 8.15pm, 25 minutes into the
    concert': 8.15pm is 45 minutes after 7.30pm. Only when the article gives one start time
    before."""
    starts = list(START.finditer(article.text))
    if len({m.group(0) for m in starts}) != 1:
        return
    begun = starts[0]
    zero = clock_minutes(*begun.group(1, 2, 3))
    for match in INTO.finditer(article.text, begun.end()):
        amount, unit = match.group(5), match.group(6)
        said = _minutes(amount, unit)
        if said is None or not _counts_from_start(article, begun, match):
            continue
        exact = (clock_minutes(*match.group(1, 2, 3)) - zero) % (24 * 60)
        hedge = (match.group(4) or "").lower()
        slack = said / 6 if hedge else 0
        if hedge in ("more than", "over", "just over", "well over") and exact >= said or \
                hedge in ("less than", "under", "just under") and exact <= said or \
                abs(exact - said) <= slack:
            continue
        start = match.start(4) if match.group(4) else match.start(5)
        zero_at, then_at = _clock(article, begun), _clock(article, match)
        yield Spot(start, match.end(6),
                   f"{where(article, begun.start()).capitalize()} gives the start as "
                   f"{article.text[slice(*zero_at)]}; {article.text[slice(*then_at)]} is "
                   f"{_said_minutes(exact)} later, not “{article.text[start:match.end(6)]}”. "
                   "Which time is wrong?", _said_minutes(exact), (zero_at, then_at))


def _clock(article: Article, match: re.Match) -> tuple[int, int]:
    """Where the clock time of ``match`` stands, without a full stop that ends the sentence
    ('7.30pm.')."""
    end = match.end(3)
    if re.search(r"\d\s?[ap]m\.$", article.text[match.start(1):end]):
        end -= 1
    return match.start(1), end


INTO_WHAT = re.compile(r"\s*(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:([a-z]+)\s+)?([a-z]+)")


def _counts_from_start(article: Article, begun: re.Match, into: re.Match) -> bool:
    """True when what the time is 'into' began when the article says: the thing that began
    ('The concert began … 25 minutes into the concert'), its first part ('the first act'), a whole
    event ('the game') or 'it', and no later part ('the second half', 'the sermon')."""
    after = article.text[into.end():]
    if into.group(7):  # '40 minutes after the race started'
        words = [into.group(7).lower()]
    elif re.match(r"\s*(?:it|the\s+start)\b", after) or "after" in into.group(0).lower():
        return True
    else:
        what = INTO_WHAT.match(after)
        if what is None:
            return False
        words = [w.lower() for w in what.groups() if w]
    if any(w in ("second", "third", "fourth", "final", "last", "next", "later", "closing")
           for w in words):
        return False
    sentence = next(s for s in article.sentences if s.start <= begun.start() < s.end)
    return words[0] == "first" or words[-1] in load_measure_words()["timed"] or \
        re.search(rf"\b{words[-1]}\b", sentence.text, re.I) is not None


def _minutes(amount: str, unit: str) -> float | None:
    amount = re.sub(r"\s+", " ", amount.lower())
    size = 60 if unit.lower().startswith("hour") else 1
    if amount in ("a", "an"):
        return float(size)
    if amount == "half an":
        return size / 2
    value = years_in(amount, "years")
    return None if value is None else value * size


def _said_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minutes"
    return f"{hours} hour{'s' if hours > 1 else ''}" + (f" {rest} minutes" if rest else "")

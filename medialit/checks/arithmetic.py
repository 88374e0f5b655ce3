"""Sums the article does for the reader that arithmetic or the calendar contradicts: a
difference of two opening hours ('9am to 5pm', later '7am to 7pm: three hours longer'), a
change given as 'N extra' after 'up from' ('64 stalls, up from 48', later 'the 20 extra
stalls'), a price times a count against a total ('£18 each … 1,200 of them … a total of
£26,100'), and a span of months between two dates ('from April 2027 to the end of June
2028, an 18-month build').

Limits: each rule reads the numbers of one sentence or two close sentences and the words
that tie them together; it cannot know which of the numbers is the wrong one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import (CLOCK, MONEY, MONTHS, NUMBER_WORDS, amount_of,
                                     clock_minutes, count_of, given_two_ways)
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

COUNT = rf"(\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{'|'.join(NUMBER_WORDS)}))"
CLOCK_SPAN = re.compile(rf"\b(?:from|between)\s+{CLOCK}\s+(?:to|until|till|and)\s+{CLOCK}", re.I)
HOURS_MORE = re.compile(rf"\b{COUNT}\s+(?:more\s+|extra\s+|fewer\s+|less\s+)?hours?\s+"
                        r"(?:a\s+(?:day|week)\s+)?(?:longer|shorter|more|less|fewer)\b", re.I)


def _span_hours(match: re.Match) -> float:
    start = clock_minutes(*match.group(1, 2, 3))
    end = clock_minutes(*match.group(4, 5, 6))
    return ((end - start) % (24 * 60) or 24 * 60) / 60


@rule("figures.hours-difference", "self-contradiction", "warning",
      "opening hours compared wrongly ('9am to 5pm', then '7am to 7pm: three hours longer')")
def hours_difference(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'It opened from 9am to 5pm. Now it opens from 7am to 7pm: three hours a day longer.'
    Eight hours and twelve hours differ by four. Only two clock spans in one paragraph, each
    a whole number of hours, followed in that paragraph by 'N hours longer' (or shorter,
    more, less); the machine cannot tell which of the three numbers is wrong."""
    for block in re.finditer(r"[^\n]+", article.text):
        paragraph, offset = block.group(0), block.start()
        spans = list(CLOCK_SPAN.finditer(paragraph))
        if len(spans) != 2:
            continue
        hours = [_span_hours(span) for span in spans]
        said = HOURS_MORE.search(paragraph, spans[1].end())
        if said is None or any(h % 1 for h in hours) or said.start() - spans[1].end() > 200:
            continue
        stated, difference = count_of(said.group(1)), abs(hours[1] - hours[0])
        if stated is None or not difference or stated == difference:
            continue
        clocks = [span.group(0).split(None, 1)[1].rstrip(".") for span in spans]
        yield Spot(offset + said.start(), offset + said.end(),
                   f"From {clocks[0]} is {hours[0]:g} hours and from {clocks[1]} is "
                   f"{hours[1]:g} hours: a difference of {difference:g}, not {stated}. Which "
                   "number is wrong?", None,
                   ((offset + spans[0].start(), offset + spans[0].end()),
                    (offset + spans[1].start(), offset + spans[1].end())))


UP_FROM = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+([a-z]+s),?\s+(up|down)\s+from\s+"
                     r"(\d{1,3}(?:,\d{3})*|\d+)\b(?![.,]\d|\s?%|\s?per)")


@rule("figures.change-from", "self-contradiction", "warning",
      "a change that is not the difference of its numbers ('64 stalls, up from 48', then "
      "'the 20 extra stalls')")
def changes_from(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'room for 64 stalls, up from 48 last year' and later 'the 20 extra stalls': 64 less
    48 is 16. Only counts of one plural noun, the change said with 'extra', 'additional',
    'more' (after 'up') or 'fewer' (after 'down') right before the same noun."""
    for match in UP_FROM.finditer(article.text):
        now, before = (int(g.replace(",", "")) for g in match.group(1, 4))
        noun, way = match.group(2), match.group(3)
        words = "extra|additional|more|new" if way == "up" else "fewer"
        change = re.compile(rf"\b{COUNT}\s+(?:{words})\s+{noun}\b")
        for said in change.finditer(article.text, match.end()):
            stated = count_of(said.group(1).replace(",", ""))
            if stated is None or stated == abs(now - before) or \
                    re.search(r"(?i)\b(?:another|about|around|nearly|almost|over|some)\s+$",
                              article.text[max(0, said.start() - 10):said.start()]):
                continue
            yield Spot(said.start(), said.end(),
                       f"In {where(article, match.start())} it is {now} {noun}, {way} from "
                       f"{before}: a change of {abs(now - before)}, not {stated}. Which number "
                       "is wrong?", None, ((match.start(), match.end()),))
            break


def _money(symbol: str, value: float) -> str:
    """A sum written as the article would ('£21,600', '£6.8 million')."""
    return f"{symbol}{value:,.0f}" if value < 1e6 else f"{symbol}{value / 1e6:g} million"


EACH = re.compile(rf"{MONEY}\s+(?:each|apiece|a\s+piece)\b")
TOTAL = re.compile(rf"(?:(?:a|the)\s+total(?:\s+(?:cost|bill|price|spend))?\s+of\s+|totalling\s+|"
                   rf"totaling\s+){MONEY}|{MONEY}\s+(?:in\s+total|altogether|in\s+all)\b")
PLAIN_COUNT = re.compile(r"(?<![\d.,£$€])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%]|\s?(?:per|am|pm|"
                         r"a\.m|p\.m)\b)\s+(?:of\s+them|[a-z]+s)\b")


@rule("figures.price-times-count", "self-contradiction", "warning",
      "a price times a count that is not the total ('£18 each … 1,200 of them … a total of "
      "£26,100')")
def price_times_count(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The pouches cost £18 each, and the school ordered 1,200 of them, at a total cost of
    £26,100' (it is £21,600): one sentence with one price 'each', one count and one total.
    Years are not counts; a sentence with two counts is left alone (which is counted?)."""
    for sentence in article.sentences:
        text = sentence.text
        prices, totals = list(EACH.finditer(text)), list(TOTAL.finditer(text))
        if len(prices) != 1 or len(totals) != 1:
            continue
        money = [m.span() for m in re.finditer(MONEY, text)]
        counts = [m for m in PLAIN_COUNT.finditer(text)
                  if not any(a <= m.start() < b for a, b in money) and
                  not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
        if len(counts) != 1:
            continue
        price = amount_of(*prices[0].group(1, 2, 3))
        whole = totals[0].group(1, 2, 3) if totals[0].group(1) else totals[0].group(4, 5, 6)
        total = amount_of(*whole)
        count = int(counts[0].group(1).replace(",", ""))
        if price[0] != total[0] or abs(price[1] * count - total[1]) <= 0.5 + total[1] * 0.005:
            continue
        figure = _money(price[0], price[1] * count)
        group = 1 if totals[0].group(1) else 4
        start = sentence.start + totals[0].start(group)
        end = sentence.start + totals[0].end(group + 2 if totals[0].group(group + 2) else group + 1)
        yield Spot(start, end,
                   f"{counts[0].group(1)} at {prices[0].group(0).split()[0]} each is {figure}, "
                   f"not {article.text[start:end]}. One of the numbers is wrong: which?", None,
                   ((sentence.start + prices[0].start(), sentence.start + prices[0].end()),
                    (sentence.start + counts[0].start(), sentence.start + counts[0].end())))


MONTH_YEAR = rf"({'|'.join(MONTHS)})\s+((?:19|20)\d\d)"
MONTH_SPAN = re.compile(
    rf"\b(?:from|in|on|since)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{MONTH_YEAR}\b"
    rf"[^.;\n]{{0,60}}?\b(?:to|until|till|by|in)\s+(?:the\s+end\s+of\s+)?{MONTH_YEAR}"
    rf"(?:,\s*|\s*[(—–]\s*|\s+)(?:(?:an?|the|for|over|lasting)\s+)?{COUNT}[- ]months?\b")


@rule("figures.months-span", "self-contradiction", "warning",
      "a span of months that does not fit its two dates ('from April 2027 to June 2028, an "
      "18-month build')")
def months_span(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'due to start in April 2027 and finish by the end of June 2028, an 18-month build':
    the calendar gives 14 or 15 months (counting the last month or not); any other number
    of months cannot be right."""
    for match in MONTH_SPAN.finditer(article.text):
        first = int(match.group(2)) * 12 + MONTHS.index(match.group(1))
        last = int(match.group(4)) * 12 + MONTHS.index(match.group(3))
        stated = count_of(match.group(5).replace(",", ""))
        if stated is None or last <= first or stated in (last - first, last - first + 1):
            continue
        yield Spot(match.start(5), match.end(),
                   f"From {match.group(1)} {match.group(2)} to {match.group(3)} "
                   f"{match.group(4)} is {last - first} or {last - first + 1} months, not "
                   f"{stated}. Is a date or the number of months wrong?", None,
                   ((match.start(1), match.end(4)),))


YEAR = r"((?:19|20)\d\d)\b"
START_END = re.compile(
    rf"\b(?:start|starts|started|begin|begins|began|begun|open|opens|opened|launch|launches|"
    rf"launched)\s+(?:in\s+|by\s+)(?:(?:early|late|mid-?)\s*)?{YEAR}(?![-–/]\d)"
    rf"[^.;\n]{{0,120}}?\bby\s+(?:the\s+(?:end|start|middle)\s+of\s+)?"
    rf"(?:(?:early|late|mid-?)\s*)?{YEAR}(?![-–/]\d)")
FINISH = re.compile(r"\b(?:finish|finished|end|ended|complete|completed|ready|done|running|"
                    r"generating|working|open|opened|closed?|built)\b")


@rule("figures.end-before-start", "self-contradiction", "warning",
      "something that ends before it starts ('building could start in 2028 and finish by 2027')")
def end_before_start(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'construction could start in 2028 and the turbines could be generating by the end of
    2027': in one sentence, a thing that starts in one year and is finished (running, ready,
    open) by an earlier one. The machine cannot tell which year is wrong."""
    for match in START_END.finditer(article.text):
        between = article.text[match.end(1):match.start(2)]
        if int(match.group(2)) >= int(match.group(1)) or not FINISH.search(between) or \
                re.search(r"\b(?:had|replac\w*|previous|earlier|old)\b", between):
            continue
        yield Spot(match.start(2), match.end(2),
                   f"It starts in {match.group(1)} but is finished by {match.group(2)}, before "
                   "it starts. Which year is wrong?", None, ((match.start(1), match.end(1)),))


# sums an article names as one thing: 'the £13 million road budget', 'a budget of £11 million'
SUM_NOUNS = r"(budget|grant|deficit|fine|loan|debt|fund|contract|bonus|settlement|shortfall)"
SUM_BEFORE = re.compile(rf"\b((?i:the|its|their|this|that|a|an))\s+{MONEY}(?:\s+a\s+year)?\s+"
                        rf"(?:[a-z]+\s+){{0,2}}?{SUM_NOUNS}\b")
SUM_AFTER = re.compile(rf"\b{SUM_NOUNS}\s+(?:(?:that|which)\s+(?:has\s+|had\s+)?"
                       rf"(?:stayed|stood|remained|was|is)\s+at|of|worth|totalling|totaling)\s+"
                       rf"{MONEY}")


@rule("figures.sum-two-ways", "self-contradiction", "warning",
      "one sum given two values ('a budget of £11 million', later 'the £13 million budget')")
def sums_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'a road maintenance budget that has stayed at £11 million a year' and later 'the £13
    million road budget': a sum spoken of as the one already named ('the', 'its') with
    another value. Only when the article gives that kind of sum exactly two values (with
    three or more it speaks of several budgets)."""
    by_noun: dict[str, list[tuple]] = {}
    for match in SUM_BEFORE.finditer(article.text):
        end = match.end(4) if match.group(4) else match.end(3)
        by_noun.setdefault(match.group(5).lower(), []).append(
            (match.start(2), end, amount_of(*match.group(2, 3, 4)),
             match.group(1).lower() not in ("a", "an")))
    for match in SUM_AFTER.finditer(article.text):
        end = match.end(4) if match.group(4) else match.end(3)
        by_noun.setdefault(match.group(1).lower(), []).append(
            (match.start(2), end, amount_of(*match.group(2, 3, 4)), False))
    for noun, mentions in by_noun.items():
        mentions.sort()  # 'a budget of £4 million' named before: 'the £4 million budget' is it
        kept = [m for n, m in enumerate(mentions)
                if not (m[3] and m[2] in {earlier[2] for earlier in mentions[:n]})]
        yield from given_two_ways(article, kept, noun)


# parts that make up a whole: 'the authority is paying £4.2 million and the council the
# remaining £2.6 million' (or 'the rest, £2.6 million'); the whole is what the article costs
# as one thing: 'a £6.3 million flood defence scheme'
REMAINING = re.compile(rf"{MONEY}[^.;\n]{{0,60}}?\bthe\s+(?:remaining|other|rest,?|balance,?)"
                       rf"\s+(?:of\s+)?{MONEY}")
WHOLE = re.compile(rf"\b(?i:a|an|the|its|this)\s+{MONEY}\s+(?:[a-z-]+\s+){{0,3}}?"
                   r"(scheme|project|plan|deal|contract|programme|program|package|bill|"
                   r"redevelopment|refurbishment|renovation|upgrade|bid|appeal)\b")


@rule("figures.parts-of-whole", "self-contradiction", "warning",
      "parts that do not make up the whole ('a £6.3 million scheme', '£4.2 million and the "
      "remaining £2.6 million')")
def parts_of_whole(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'A £6.3 million flood defence scheme' and later 'the authority is paying £4.2 million
    and the council the remaining £2.6 million' (£6.8 million): 'the remaining' says the two
    parts make up the whole. Only when the article costs one thing (a scheme, a project, a
    deal) at one sum, larger than each part."""
    wholes = {amount_of(*m.group(1, 2, 3)): m for m in WHOLE.finditer(article.text)}
    if len(wholes) != 1:
        return
    (total, whole), = wholes.items()
    for match in REMAINING.finditer(article.text):
        parts = amount_of(*match.group(1, 2, 3)), amount_of(*match.group(4, 5, 6))
        if parts[0][0] != parts[1][0] or parts[0][0] != total[0] or \
                max(parts[0][1], parts[1][1]) >= total[1]:
            continue
        sum_ = parts[0][1] + parts[1][1]
        if abs(sum_ - total[1]) <= max(0.5, total[1] * 0.005):
            continue
        figure = _money(total[0], sum_)
        start, end = match.start(4), match.end(6) if match.group(6) else match.end(5)
        first_end = match.end(3) if match.group(3) else match.end(2)
        whole_end = whole.end(3) if whole.group(3) else whole.end(2)
        yield Spot(start, end,
                   f"These parts add up to {figure}, but in {where(article, whole.start())} the "
                   f"whole {whole.group(4)} is {article.text[whole.start(1):whole_end]}. "
                   "Which number is wrong?", None,
                   ((match.start(1), first_end), (whole.start(1), whole_end)))


DATELINE = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|(?:{'|'.join(MONTHS)})\s+\d{{1,2}},?)"
                      rf"\s+((?:19|20)\d\d)\b")
FOUNDED = re.compile(r"\b([A-Za-z]+),?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:founded|formed|"
                     r"established|set\s+up|created)\s+in\s+((?:18|19|20)\d\d)\b")


@rule("figures.years-since", "self-contradiction", "warning",
      "an age in years that does not fit the year something began ('founded in 1985', 'for 31 "
      "years' in 2026)")
def years_since(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The orchestra, which has given free concerts for 31 years' and later 'The orchestra,
    founded in 1985': in an article dated 2026, that is 41 years. Only when the article's
    first lines carry its date, and 'has … for N years' belongs to the same noun as
    'founded' (read from the parse); 'about', 'more than' and one year either way are
    allowed."""
    dated = DATELINE.search(article.text[:400])
    if dated is None or not article.doc.has_annotation("DEP"):
        return
    now = int(dated.group(1))
    founded = {m.group(1).lower(): m for m in FOUNDED.finditer(article.text)}
    for token in article.doc:
        if token.lower_ != "years" or token.head.lower_ != "for":
            continue
        number = [c for c in token.children if c.dep_ == "nummod"]
        value = count_of(number[0].text) if number and not list(number[0].children) else None
        verb = token.head.head
        if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
            continue  # 'ran it for 12 years': a span in the past, not a span until now
        noun = _subject_noun(verb)
        match = founded.get(noun) if noun else None
        if value is None or match is None or abs(now - int(match.group(2)) - value) <= 1:
            continue
        yield Spot(match.start(2), match.end(2),
                   f"In {where(article, number[0].idx)} it has been {value} years, but "
                   f"{match.group(2)} was {now - int(match.group(2))} years before {now}, the "
                   "year of the article. Which number is wrong?", None,
                   ((number[0].idx, token.idx + len(token.text)),))
        return


def _subject_noun(verb) -> str | None:
    """The noun a verb's clause is about: its subject, or the noun a relative clause ('which
    has given …') hangs from; lower case."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects:
        return None
    subject = subjects[-1]  # the nearest: a dateline ('DOVER, March 5 —') may hang there too
    if subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        return verb.head.lower_
    return subject.lower_ if subject.pos_ in ("NOUN", "PROPN") else None

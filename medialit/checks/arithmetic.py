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
from medialit.checks.figures import (CLOCK, MONEY, MONTHS, NUMBER_WORDS, WEEKDAYS, amount_of,
                                     clock_minutes, count_of, given_two_ways)
from medialit.checks.fractions import changes_by_fractions
from medialit.checks.lifetimes import years_since_named
from medialit.checks.overruns import overruns
from medialit.checks.registry import Spot, rule
from medialit.checks.tallies import sums_to_each, tally_over_body
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
    Years are not counts; a sentence with two counts is left alone (which is counted?).
    A sum 'to each of the eight tenants' is held to the whole paid to the eight elsewhere."""
    yield from sums_to_each(article)
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
    if dated is not None:
        yield from years_since_named(article, int(dated.group(1)))
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


# a sum, with a currency and a scale: '£420,000', '£4.5m', '$2 million'
AMOUNT = (r"([£$€])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
          r"(?:\s?(million|billion|bn|m|k)\b)?")
HEDGE = r"(?:(about|around|roughly|nearly|almost|some|approximately|more\s+than|over|" \
        r"less\s+than|under|just\s+over|just\s+under|(?<!add\s)(?<!adds\s)(?<!added\s)up\s+to)\s+)?"
PER = {"year": 1, "annum": 1, "month": 12, "week": 52, "day": 365}
RATE_AS_RATE = re.compile(
    rf"{AMOUNT}\s+(?:(?:a|per|each|every)\s+(year|month|week)|(annually|yearly)|"
    rf"(?:[a-z]+\s+){{0,5}}?(?:in|over)\s+(?:the\s+)?(?:last\s+|past\s+|previous\s+)?"
    rf"(?:financial\s+)?(year))\b,?\s*"
    rf"(?:or|which\s+is|that\s+is|about|[(—–])\s*{HEDGE}{AMOUNT}\s+(?:a|per|each|every)\s+"
    rf"(year|month|week|day)\b")


# a price offered two ways ('£30 a month, or £300 a year if paid upfront') is two offers,
# not one sum said twice
PRICE_OPTIONS = re.compile(r"\b(?:costs?|price[sd]?|subscriptions?|membership|tickets?|pass|"
                           r"fees?|tariffs?|plans?|upfront|up-front|in\s+advance|option|"
                           r"either|choose|discount)\b", re.I)
# a deal whose yearly sum changes, or whose total holds more than the yearly sums
UNEVEN = re.compile(r"\b(?:includ\w*|plus|bonus\w*|add-ons?|extras?|ris\w*|increas\w*|up\s+to|"
                    r"initial|first\s+year|then|average|potentially|could|depending)\b", re.I)


def sentence_around(article: Article, offset: int) -> str:
    """The text of the sentence holding ``offset`` ('' between sentences)."""
    return next((s.text for s in article.sentences if s.start <= offset < s.end), "")


def agrees(stated: float, exact: float, hedge: str | None, digits: str) -> bool:
    """True when ``stated`` may stand for ``exact``: rounded to its own last digit, or, after
    a hedge ('about', 'more than', 'nearly'), within a tenth and on the hedge's side."""
    hedge = re.sub(r"\s+", " ", hedge or "")
    if hedge in ("more than", "over", "just over"):
        return exact >= stated * 0.999
    if hedge in ("less than", "under", "just under", "nearly", "almost", "up to"):
        return stated * 0.85 <= exact <= stated * 1.001
    if hedge:
        return abs(exact - stated) <= 0.1 * stated
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    step = 10 ** -decimals * stated / float(digits.replace(",", "") or 1)
    return abs(exact - stated) < max(step / 2, stated * 0.005)


@rule("figures.rate-two-ways", "self-contradiction", "warning",
      "one sum given by the year and by the month (or week) that do not match ('£420,000 a "
      "year, or about £45,000 a month')")
def rates_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'lost £420,000 in the last financial year, or about £45,000 a month': a year is twelve
    months, so it is £35,000. One sum said twice, by two lengths of time, joined by 'or' (or a
    bracket); 'about' allows a tenth either way, 'more than' only more. A price offered two
    ways ('costs £30 a month, or £300 a year') is two offers, and is left alone."""
    for match in RATE_AS_RATE.finditer(article.text):
        if PRICE_OPTIONS.search(sentence_around(article, match.start())):
            continue
        first = amount_of(*match.group(1, 2, 3))
        second = amount_of(*match.group(8, 9, 10))
        per_first = PER[(match.group(4) or "year").lower()]
        per_second = PER[match.group(11).lower()]
        if first[0] != second[0] or per_first == per_second:
            continue
        exact = first[1] * per_first / per_second
        if agrees(second[1], exact, match.group(7), match.group(9)):
            continue
        end = match.end()
        first_end = match.end(3) if match.group(3) else match.end(2)
        said = article.text[match.start(8):match.end(10) if match.group(10) else match.end(9)]
        yield Spot(match.start(8), end,
                   f"{article.text[match.start(1):first_end]} a "
                   f"{'year' if per_first == 1 else match.group(4)} is about "
                   f"{_money(first[0], round(exact, -2 if exact > 1000 else 0))} a "
                   f"{match.group(11)}, not {said}. Which number is wrong?", None,
                   ((match.start(1), first_end),))


TERM = re.compile(rf"\b({COUNT[1:-1]})[- ]years?[- ](?:[a-z]+\s+){{0,2}}?(?:contract|deal|"
                  r"agreement|lease|sponsorship|partnership|franchise|concession)\b|\bfor\s+"
                  rf"({COUNT[1:-1]})\s+years\b", re.I)
YEARLY = re.compile(rf"{AMOUNT}\s+(?:a|per|each|every)\s+year\b")
TERM_TOTAL = re.compile(rf"(?:(?:a|the)\s+total\s+of\s+|totalling\s+|totaling\s+)"
                        rf"{HEDGE}{AMOUNT}|{HEDGE}{AMOUNT}\s+(?:in\s+total|altogether|in\s+all)\b")


@rule("figures.term-total", "self-contradiction", "warning",
      "a yearly sum times the years that is not the total ('a ten-year deal … £450,000 a year, "
      "a total of £4 million')")
def term_totals(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The ten-year contract will pay £450,000 a year, a total of £4 million': ten times
    £450,000 is £4.5 million. One sentence with one term in years, one sum a year and one
    total; 'about' allows a tenth, 'more than' only more. A sentence that says the sum
    changes or the total holds more ('rising', 'including bonuses') is left alone."""
    for sentence in article.sentences:
        text = sentence.text
        terms, yearly = list(TERM.finditer(text)), list(YEARLY.finditer(text))
        totals = list(TERM_TOTAL.finditer(text))
        if len(terms) != 1 or len(yearly) != 1 or len(totals) != 1 or UNEVEN.search(text):
            continue
        years = count_of(terms[0].group(1) or terms[0].group(2))
        rate = amount_of(*yearly[0].group(1, 2, 3))
        total = totals[0]
        first = 2 if total.group(2) else 6
        whole = amount_of(*total.group(first, first + 1, first + 2))
        hedge = total.group(1) if first == 2 else total.group(5)
        if not years or rate[0] != whole[0] or \
                agrees(whole[1], rate[1] * years, hedge, total.group(first + 1)):
            continue
        end = total.end(first + 2) if total.group(first + 2) else total.end(first + 1)
        start = sentence.start + total.start(first)
        yield Spot(start, sentence.start + end,
                   f"{years} years at {text[yearly[0].start():yearly[0].end()]} is "
                   f"{_money(rate[0], rate[1] * years)}, not {text[total.start(first):end]}. "
                   "Which number is wrong?", None,
                   ((sentence.start + terms[0].start(), sentence.start + terms[0].end()),
                    (sentence.start + yearly[0].start(), sentence.start + yearly[0].end())))


FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+|(?i:" + "|".join(NUMBER_WORDS) + r"))"
OF_THE = re.compile(rf"\b(?i:of)\s+(?:the\s+|its\s+|their\s+|all\s+)?{FIGURE}\s+((?:[a-z-]+\s+)"
                    r"{1,3}?)(?:who|that|which)\s+((?:[a-z]+\s+){0,2}?(?:voted|replied|responded|"
                    r"answered|took\s+part|were\s+asked|were\s+surveyed|were\s+polled|cast\s+"
                    r"(?:a\s+)?(?:vote|ballot)s?|returned\s+[a-z]+\s+forms?))\b[^,;.]{0,40}?,\s+")
# the two sides of a vote or a survey: a part of each side, so parts never overlap
FOR_WORDS = r"backed|supported|approved|favoured|favored|agreed|backing|supporting|in\s+favou?r|" \
            r"for|yes"
AGAINST_WORDS = r"opposed|objected|rejected|disagreed|opposing|against|no"
PART = re.compile(rf"{FIGURE}(?![\d,.]|\s?%|\s?per\s?cent|\s+of\b)\s+(?:[a-z]+\s+){{0,2}}?"
                  rf"(?:voted\s+|were\s+|was\s+|said\s+)?(?:({FOR_WORDS})|({AGAINST_WORDS}))\b")
@rule("figures.parts-over-whole", "self-contradiction", "warning",
      "the parts of a vote or survey that do not make up those who took part ('Of the 612 "
      "who replied, 355 backed it and 275 opposed it')")
def parts_over_whole(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Of the 612 parents who replied, 355 backed the trial and 275 opposed it': 630 is
    more than replied. Only parts on the two sides (for, against), which cannot overlap. More
    than the whole is always wrong; fewer only for those who voted, split in two, with no
    one said to abstain. A body of N members ('the 12-member committee') cannot vote by
    more than N votes either."""
    for match in OF_THE.finditer(article.text):
        whole = count_of(match.group(1).replace(",", ""))
        rest = re.match(r"[^.;]*", article.text[match.end():]).group(0)
        parts = list(PART.finditer(rest))
        if whole is None or len(parts) not in (2, 3) or \
                re.search(r"\b(?:per\s?cent|percent)\b|%|\b(?:other|rest|remaining|abstain\w*|"
                          r"spoil\w*|blank|undecided|unsure|neither|not\s+sure|did\s+not|"
                          r"didn[’']t|don[’']t\s+know)\b", rest):
            continue
        values = [count_of(p.group(1).replace(",", "")) for p in parts]
        if None in values or not any(p.group(2) for p in parts) or \
                not any(p.group(3) for p in parts):
            continue
        total = sum(values)
        voted = "vote" in match.group(3) or "ballot" in match.group(3)
        if total == whole or (total < whole and not (voted and len(parts) == 2)):
            continue
        last = parts[-1]
        start, end = match.end() + last.start(1), match.end() + last.end(1)
        others = [(match.end() + p.start(1), match.end() + p.end(1)) for p in parts[:-1]]
        if total < whole:  # the parts may be right and the whole wrong: circle the whole
            others.append((start, end))
            start, end = match.start(1), match.end(1)
        else:
            others.insert(0, (match.start(1), match.end(3)))
        yield Spot(start, end,
                   f"{' + '.join(p.group(1) for p in parts)} is {total:,}, but "
                   f"{match.group(1)} {match.group(2).strip()} {match.group(3)}. "
                   f"{'More answered than took part.' if total > whole else 'Who are the rest?'}"
                   " Which number is wrong?", None, tuple(others))
    yield from tally_over_body(article)


DIFFERENCE = re.compile(
    rf"\bfrom\s+{AMOUNT.replace('([£$€])', '([£$€]?)')}(?:\s+(?:in|at\s+the\s+end\s+of)\s+"
    rf"(?:\d{{4}}|[A-Z][a-z]+(?:\s+\d{{4}})?)|\s+(?:last|this|a)\s+year|\s+[a-z]+s)?\s+to\s+"
    rf"{AMOUNT.replace('([£$€])', '([£$€]?)')}(?!\s?%|\s?per)(?:\s+(?:in|by)\s+(?:\d{{4}}|"
    rf"[A-Z][a-z]+(?:\s+\d{{4}})?)|\s+(?:last|this|next)\s+(?:year|month|week)|\s+[a-z]+s)?,?"
    rf"\s+(?:a|an)\s+(fall|drop|decrease|reduction|cut|loss|rise|increase|jump|gain|climb)"
    rf"\s+of\s+{HEDGE}{AMOUNT.replace('([£$€])', '([£$€]?)')}(?!\s?%|\s?per|\d|,\d)")


@rule("figures.difference", "self-contradiction", "warning",
      "a rise or fall that is not the difference of its two numbers ('from 1,450 to 1,180, a "
      "fall of 370')")
def differences(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Births have fallen from 1,450 in 2023 to 1,180 last year, a fall of 370': the fall is
    270. Two numbers of one unit, and the change between them said right after; years
    ('from 2019 to 2023') are not numbers of things, and percentages are read elsewhere.
    'Doubled from 9,300 to 14,000' is the same sum said with a multiple."""
    yield from _multiples_wrong(article)
    yield from changes_by_fractions(article)
    yield from overruns(article)
    for match in DIFFERENCE.finditer(article.text):
        before, after, stated = (amount_of(match.group(n) or "#", *match.group(n + 1, n + 2))
                                 for n in (1, 4, 9))
        if len({before[0], after[0], stated[0]}) != 1 or any(
                re.fullmatch(r"(?:19|20)\d\d", g) for g in match.group(2, 5)):
            continue
        exact = abs(after[1] - before[1])
        if agrees(stated[1], exact, match.group(8), match.group(10)):
            continue
        first, second, said = (_amount_span(match, n) for n in (1, 4, 9))
        text = article.text
        shown = f"{exact:,.0f}" if before[0] == "#" else _money(before[0], exact)
        yield Spot(*said,
                   f"From {text[slice(*first)]} to {text[slice(*second)]} is a "
                   f"{match.group(7)} of {shown}, not {text[slice(*said)]}. Which number is "
                   "wrong?", None, (first, second))


TIMES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
MULTIPLE = re.compile(
    rf"\b{HEDGE}({'|'.join(TIMES)})\b(?:\s+(?:in|over|since)\s+[a-z0-9 ]{{1,20}}?)?,?\s+from\s+"
    rf"{AMOUNT.replace('([£$€])', '([£$€]?)')}(?:\s+(?:in|at\s+the\s+end\s+of)\s+(?:\d{{4}}|"
    rf"[A-Z][a-z]+(?:\s+\d{{4}})?)|\s+(?:last|this|a)\s+year)?\s+to\s+"
    rf"{AMOUNT.replace('([£$€])', '([£$€]?)')}(?!\s?%|\s?per|\d|,\d)")


def _multiples_wrong(article: Article) -> Iterator[Spot]:
    """'has more than doubled, from 9,300 to 14,000': that is half as many again. 'Almost'
    and 'nearly' allow down to 0.8 of the multiple, 'more than' only more, none a tenth."""
    for match in MULTIPLE.finditer(article.text):
        before, after = (amount_of(match.group(n) or "#", *match.group(n + 1, n + 2))
                         for n in (3, 6))
        if before[0] != after[0] or not before[1] or any(
                re.fullmatch(r"(?:19|20)\d\d", g) for g in match.group(4, 7)):
            continue
        times, ratio = TIMES[match.group(2)], after[1] / before[1]
        hedge = re.sub(r"\s+", " ", match.group(1) or "")
        if times < 1:
            times, ratio, = 1 / times, before[1] / after[1]
        if hedge in ("more than", "over", "just over"):
            fits = ratio >= times * 0.98
        elif hedge in ("almost", "nearly", "just under", "less than", "under"):
            fits = times * 0.8 <= ratio <= times * 1.02
        else:
            fits = abs(ratio - times) <= times * 0.1
        if fits:
            continue
        first, second = _amount_span(match, 3), _amount_span(match, 6)
        yield Spot(match.start(1) if match.group(1) else match.start(2), match.end(2),
                   f"From {article.text[slice(*first)]} to {article.text[slice(*second)]} is "
                   f"{after[1] / before[1]:.2g} times as much, not {match.group(2)}. Which "
                   "number is wrong?", None, (first, second))


def _amount_span(match: re.Match, group: int) -> tuple[int, int]:
    """Where the amount whose symbol is ``group`` stands (its digits, if no symbol)."""
    start = match.start(group) if match.group(group) else match.start(group + 1)
    end = match.end(group + 2) if match.group(group + 2) else match.end(group + 1)
    return start, end


DAYS = re.compile(rf"\b{COUNT}\s+(?:[a-z]+\s+)?days\b|\b{COUNT}-day\s+week\b|\b(?:from\s+)?"
                  rf"({'|'.join(WEEKDAYS)})s?\s+(?:to|until|till|through)\s+"
                  rf"({'|'.join(WEEKDAYS)})s?\b")
WEEK_HOURS = re.compile(rf"\b{HEDGE}(\d+(?:\.\d+)?|(?i:{'|'.join(NUMBER_WORDS)}))\s+hours?\s+"
                        r"(?:a|per|each|every)\s+week\b")


@rule("figures.week-hours", "self-contradiction", "warning",
      "hours a week that are not the days times the day's hours ('four days, from 8.30am to "
      "4.45pm, 35 hours a week')")
def week_hours(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The four longer days, from 8.30am to 4.45pm, add up to 35 hours a week': a day of 8
    hours 15 minutes four times is 33 hours. One sentence with one count of days (or 'Monday
    to Thursday'), one span of the clock and one number of hours a week. Up to an hour a day
    fewer is left alone: the days may have breaks ('9am to 5.30pm, 37.5 hours a week')."""
    for sentence in article.sentences:
        text = sentence.text
        days, spans = list(DAYS.finditer(text)), list(CLOCK_SPAN.finditer(text))
        weekly = list(WEEK_HOURS.finditer(text))
        if len(days) != 1 or len(spans) != 1 or len(weekly) != 1:
            continue
        match = days[0]
        if match.group(3):
            count = (WEEKDAYS.index(match.group(4)) - WEEKDAYS.index(match.group(3))) % 7 + 1
        else:
            count = count_of(match.group(1) or match.group(2))
        stated = weekly[0].group(2)
        hours = float(stated) if stated[0].isdigit() else NUMBER_WORDS[stated.lower()]
        exact = (count or 0) * _span_hours(spans[0])
        if not count or count > 7 or agrees(hours, exact, weekly[0].group(1), stated) or \
                exact - count <= hours < exact:
            continue  # fewer hours, by up to an hour a day, are the day's breaks
        yield Spot(sentence.start + weekly[0].start(2), sentence.start + weekly[0].end(),
                   f"{count} days {spans[0].group(0)} make {exact:g} hours a week, not "
                   f"{stated}. Which number is wrong?", None,
                   ((sentence.start + match.start(), sentence.start + match.end()),
                    (sentence.start + spans[0].start(), sentence.start + spans[0].end())))


EACH_CHARGE = re.compile(rf"{MONEY}\s+(?:on|for)\s+each\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|"
                         rf"their\s+)?{COUNT}\s+(?:[a-z]+\s+)?(?:charges|counts|offences|"
                         r"offenses|breaches)\b")
FINED = re.compile(rf"\bfined\s+(?:[A-Za-z]+\s+)?(?:a\s+total\s+of\s+)?{MONEY}(?!\s+(?:on|for)\s+"
                   rf"each)|\b(?:a\s+|the\s+)?(?:total\s+)?fine\s+of\s+{MONEY}|\bfines\s+"
                   rf"(?:totalling|totaling|of)\s+{MONEY}")


@rule("figures.fine-per-charge", "self-contradiction", "warning",
      "a fine on each charge that does not make the fine the article gives ('fined £13,500', "
      "later '£5,500 on each of the three charges')")
def fines_per_charge(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'A landlord has been fined £13,500' and later 'fined him £5,500 on each of the three
    charges': three times £5,500 is £16,500. Only when the article gives one fine besides the
    fine on each charge, and the one fine is more than it (a whole, not a part)."""
    each = list(EACH_CHARGE.finditer(article.text))
    fines = {}
    for match in FINED.finditer(article.text):
        group = next(n for n in (1, 4, 7) if match.group(n))
        if not any(m.start() <= match.start(group) < m.end() for m in each):
            fines.setdefault(amount_of(*match.group(group, group + 1, group + 2)),
                             (match.start(group), _amount_span(match, group)[1]))
    if len(each) != 1 or len(fines) != 1:
        return
    (total, where_total), = fines.items()
    match = each[0]
    part, count = amount_of(*match.group(1, 2, 3)), count_of(match.group(4).replace(",", ""))
    if not count or part[0] != total[0] or total[1] <= part[1] or \
            abs(part[1] * count - total[1]) <= 0.5:
        return
    end = _amount_span(match, 1)[1]
    yield Spot(match.start(1), end,
               f"{count} times {article.text[match.start(1):end]} is "
               f"{_money(part[0], part[1] * count)}, but in {where(article, where_total[0])} "
               f"the fine is {article.text[slice(*where_total)]}. Which number is wrong?",
               None, (where_total,))

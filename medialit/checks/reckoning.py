"""Sums a sentence does for the reader, read from the words that say which sum it is, not from
one sentence's layout: parts and the whole they make ('46 … and 38, a combined roll of 94';
'$412,000 … Of that, $250,000 … and the remaining $152,000'), a change between two numbers
('from 3.1 million to 5.4 million, an extra 1.3 million'), a count out of a group and its
percentage ('Of the 48 that answered, 36, or 70%'), a vote's tally against the members said to
have voted each way, a match's score against its winning margin, and a date a number of weeks
after another.

Limits: the numbers must be of one kind (one currency, one scale) and stand in one sentence
(the whole of a remainder may stand in the sentence before); the rules cannot know which
number is the wrong one.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.changes import amount_changes, pairs_in
from medialit.checks.figures import MONTHS, NUMBER_WORDS, count_of
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
QUANTITY = (rf"(?<![\d.,£$€-])([£$€]?)(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
            rf"\b(?i:{WORDS})\b)(?:\s?(million|billion|bn|m|k)\b)?"
            r"(?![\d%-]|[.,]\d|\s?(?:per\s?cent|percent|[ap]\.?m\b|years?\s+old|am\b|pm\b))")
SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
# a hedge on a whole said after its parts: the sum may be rounded ('so … about 9,400')
SO_HEDGE = r"(?:(?i:about|around|roughly|nearly|almost|some|approximately|just\s+over|" \
           r"just\s+under|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?"
WHOLE_CUE = re.compile(rf"(?:\b(?:a|an|the|their|its)\s+(?:combined|joint|total|overall)\s+"
                       rf"(?:[a-z]+\s+){{0,2}}?(?:of\s+)?|\ba\s+total\s+of\s+|\btotall?ing\s+|"
                       rf"\bmaking\s+|\b(?i:in\s+all|in\s+total|altogether|all\s+told),\s+|"
                       rf"\b(?:bringing|taking|raising|lifting|pushing|putting)\s+(?:the|its|their)\s+"
                       rf"(?:[A-Za-z’'-]+\s+){{0,3}}?to\s+{SO_HEDGE}|"
                       rf"(?:,\s+so|;\s+so|,\s+which\s+means|,\s+meaning|,\s+giving|\btogether|"
                       rf"\bbetween\s+them|\bcombined),?\s+(?:(?!and\b|or\b|but\b)[A-Za-z’'-]+\s+)"
                       rf"{{0,8}}?{SO_HEDGE})"
                       rf"{QUANTITY}"
                       rf"|{QUANTITY}\s+(?:[a-z]+\s+){{0,2}}?(?:in\s+total|altogether|in\s+all|"
                       r"all\s+told|combined|between\s+them)\b")
CHANGE_CUE = re.compile(rf"\bfrom\s+{QUANTITY}(?:\s+[a-z0-9]+){{0,4}}?\s+to\s+{QUANTITY}"
                        rf"(?:\s+[A-Za-z0-9]+){{0,3}}?,?\s+(?:an?\s+)?(?:extra|additional|further|"
                        rf"(?:increase|rise|growth|gain|jump|fall|drop|decrease|reduction|cut|"
                        rf"loss)\s+of)\s+{QUANTITY}")
REMAINDER = re.compile(rf"\b(?i:of)\s+(?:that|this|which|it|the\s+total|the\s+money|those|"
                       rf"these),?\s+(?:[^.;]*?\s)?{QUANTITY}[^.;]*?\b(?:the\s+(?:remaining|"
                       rf"rest\s+of\s+\w+,?|other|balance\s+of)|the\s+other)\s+{QUANTITY}")
PERCENT_OF = re.compile(rf"\b(?i:of|out\s+of|among)\s+(?:the\s+|its\s+|their\s+|all\s+"
                        rf"(?:the\s+)?)?{QUANTITY}\s+[^.;()%]{{0,80}}?,\s+{QUANTITY},?\s+"
                        rf"(?:or\s+)?((?:about|some|roughly|nearly|almost|around)\s+)?"
                        r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)")
HEDGES = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|"
                    r"over|less\s+than|under|up\s+to|at\s+least|estimated|expected)\s+$", re.I)
# a cap on a part ('up to 30 survivors') makes the whole a cap too: the parts at their most
CAPS = re.compile(r"\b(?:up\s+to|as\s+many\s+as|a\s+maximum\s+of|at\s+most)\s+$", re.I)
# the parts of a whole named first ('60 children in all: 35 in the nursery and 25 after school')
PARTS_AFTER = re.compile(r"(?:\s+[a-z]+){0,4}?\s*(?:[:—–(]|\s-\s|,\s+(?:namely|made\s+up\s+of|"
                         r"of\s+whom|of\s+which)\b)")


def _value(symbol: str, digits: str, scale: str | None) -> tuple[str, float] | None:
    """The currency and size of one quantity; None for a year, a word that is not a number."""
    if re.fullmatch(r"(?:1[89]|20)\d\d", digits) and not symbol:
        return None
    number = count_of(digits) if digits[0].isalpha() else float(digits.replace(",", ""))
    return None if number is None else (symbol, number * SCALE.get(scale or "", 1))


def _hedged(text: str, start: int, caps: bool = False) -> bool:
    """True when a hedge stands before ``start``; a cap ('up to') only when ``caps``."""
    before = text[max(0, start - 25):start]
    return bool(HEDGES.search(before)) and (caps or not CAPS.search(before))


def _shown(symbol: str, value: float) -> str:
    if value >= 1e6:
        return f"{symbol}{value / 1e6:g} million"
    return f"{symbol}{value:,.2f}".replace(".00", "") if value % 1 else f"{symbol}{value:,.0f}"


def _quantities(text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, float]]]:
    found = []
    for match in re.finditer(QUANTITY, text[start:end]):
        value = _value(*match.group(1, 2, 3))
        if value and not re.match(r"\s*(?:" + "|".join(MONTHS) + r")\b", text[start + match.end():]) \
                and not re.search(r"(?:" + "|".join(MONTHS) + r")\s+$", text[start:start + match.start()]):
            found.append((start + match.start(), start + match.end(), value))
    return found


@rule("figures.sum-in-words", "self-contradiction", "warning",
      "parts and the whole a sentence says they make that do not add up ('46 pupils and 38, a "
      "combined roll of 94'; 'from 3.1 million to 5.4 million, an extra 1.3 million')")
def sums_said_in_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A whole named as one ('combined', 'in total', 'altogether', 'a total of') after exactly
    two numbers of its kind in the sentence; a remainder ('Of that, $250,000 …, and the
    remaining $152,000') against the whole said just before; a change ('an extra', 'a rise of')
    after 'from A to B'; a count out of a group with its percentage. The whole may also follow
    'so', 'meaning', 'together' or 'bringing the herd to' ('3,100 patients and 5,300, so the
    new practice will have about 9,400'), then only near the sum of two parts joined by 'and'.
    A hedge on a part leaves the sum alone; one on the whole ('about') allows a tenth."""
    text = article.text
    for sentence in article.sentences:
        for match in WHOLE_CUE.finditer(sentence.text):
            group = 1 if match.group(2) else 4
            whole = _value(*match.group(group, group + 1, group + 2))
            start = sentence.start + match.start(group + 1) - len(match.group(group))
            end = sentence.start + match.end(group + 2 if match.group(group + 2) else group + 1)
            parts = _parts(text, sentence.start, sentence.start + match.start(), whole)
            after = PARTS_AFTER.match(text, sentence.start + match.end())
            if len(parts) != 2 and after:  # 'a total of 60 children: 35 … and 25 …'
                parts = _parts(text, after.end(), sentence.end, whole)
            capped = any(CAPS.search(text[max(0, q[0] - 25):q[0]]) for q in parts)
            rounded = ROUNDED.search(text[max(0, start - 25):start])
            if not whole or len(parts) != 2 or (_hedged(text, start, caps=not capped) and
                                                not rounded) or any(
                    _hedged(text, q[0]) for q in parts) or abs(parts[0][2][1] + parts[1][2][1]
                                                                - whole[1]) < 0.5:
                continue
            total = parts[0][2][1] + parts[1][2][1]
            if whole[1] > 1e5 and abs(total - whole[1]) < 0.006 * whole[1] or \
                    rounded and _rounded_fits(total, whole[1], rounded.group(1)):
                continue
            loose = LOOSE_CUE.match(match.group(0))
            if loose and not (
                    max(q[2][1] for q in parts) < whole[1] and
                    0.67 * total <= whole[1] <= 1.5 * total and
                    re.search(r"\b(?:and|plus|while|with|join\w*|added\s+to|alongside)\b",
                              text[parts[0][1]:parts[1][0]])):
                continue  # 'so', 'together': only a whole near the sum of two joined parts
            nouns = {m.group(1) for q in parts
                     if (m := re.match(r"\s+(?:[a-z-]+\s+)?([a-z]+s)\b", text[q[1]:q[1] + 30]))}
            if loose and len(nouns) > 1:
                continue  # '300 members and 40 volunteers, so …': two kinds of thing
            said = [_with_cap(text, q[0], q[1]) for q in parts]
            yield Spot(start, end, f"{said[0]} and {said[1]} make "
                       f"{'up to ' if capped else ''}{_shown(whole[0], total)}, not "
                       f"{text[start:end]}. Which number is wrong?", None,
                       tuple((q[0], q[1]) for q in parts))
    said = set()
    for spot in _changes(article):
        sentence = next(s for s in article.sentences if s.start <= spot.start < s.end)
        said.add(spot.start)
        if len(pairs_in(sentence.text)) < 2:  # 'from A to B and from B to C, a rise of …'
            yield spot
    yield from (spot for spot in amount_changes(article) if spot.start not in said)
    yield from _remainders(article)
    yield from _percentages(article)


ROUNDED = re.compile(r"\b(about|around|roughly|nearly|almost|some|approximately|just\s+over|"
                     r"just\s+under|more\s+than|fewer\s+than|less\s+than|over|under)\s+$", re.I)
LOOSE_CUE = re.compile(r"[,;]|(?i:together|between|combined|(?:bringing|taking|raising|lifting|"
                       r"pushing|putting)\s+(?:the|its|their)\s+(?!(?:total|number)\b))")


def _rounded_fits(total: float, whole: float, hedge: str) -> bool:
    """True when the sum ``total`` may be called ``hedge`` ``whole`` ('about 9,400')."""
    hedge = re.sub(r"\s+", " ", hedge.lower())
    if hedge in ("more than", "over", "just over"):
        return total >= whole * 0.98
    if hedge in ("fewer than", "less than", "under", "just under", "nearly", "almost"):
        return whole * 0.85 <= total <= whole * 1.02
    return abs(total - whole) <= 0.1 * whole


def _with_cap(text: str, start: int, end: int) -> str:
    """A part as written, with its cap if it has one ('up to 30')."""
    cap = CAPS.search(text[max(0, start - 25):start])
    return (cap.group(0) if cap else "") + text[start:end]


def _parts(text: str, start: int, end: int, whole: tuple[str, float] | None
           ) -> list[tuple[int, int, tuple[str, float]]]:
    """The quantities of the whole's kind between ``start`` and ``end``."""
    parts = [q for q in _quantities(text, start, end) if whole and q[2][0] == whole[0]]
    if len(parts) > 2:  # 'the two libraries lent 4,200 and 3,900': words count things
        parts = [q for q in parts if text[q[0]].isdigit() or text[q[0]] in "£$€"]
    return parts


def _span(match: re.Match, group: int) -> tuple[int, int]:
    end = match.end(group + 2) if match.group(group + 2) else match.end(group + 1)
    return match.start(group + 1) - len(match.group(group)), end


def _changes(article: Article) -> Iterator[Spot]:
    text = article.text
    for match in CHANGE_CUE.finditer(text):
        values = [_value(*match.group(n, n + 1, n + 2)) for n in (1, 4, 7)]
        if None in values or len({v[0] for v in values}) != 1 or any(
                _hedged(text, _span(match, n)[0]) for n in (1, 4, 7)):
            continue
        before, after, said = (v[1] for v in values)
        if match.group(3) and not match.group(6) and after < before:
            after *= SCALE[match.group(3)]  # 'from 3.1 million to 5.4 million'
        exact = abs(after - before)
        if abs(exact - said) < max(0.5, 0.006 * exact):
            continue
        spans = [_span(match, n) for n in (1, 4, 7)]
        yield Spot(*spans[2], f"From {text[slice(*spans[0])]} to {text[slice(*spans[1])]} is a "
                   f"change of {_shown(values[0][0], exact)}, not {text[slice(*spans[2])]}. "
                   "Which number is wrong?", None, (spans[0], spans[1]))


def _remainders(article: Article) -> Iterator[Spot]:
    text = article.text
    sentences = article.sentences
    for index, sentence in enumerate(sentences):
        for match in REMAINDER.finditer(sentence.text):
            part = _value(*match.group(1, 2, 3))
            rest = _value(*match.group(4, 5, 6))
            start = sentence.start + match.start()
            before = _quantities(text, sentences[index - 1].start if index else sentence.start,
                                 start)
            wholes = [q for q in before if part and rest and q[2][0] == part[0] == rest[0]]
            if not wholes or not part or not rest or not part[0]:
                continue
            whole = wholes[-1]
            spans = [(sentence.start + s, sentence.start + e) for s, e in
                     (_span(match, 1), _span(match, 4))]
            if _hedged(text, whole[0]) or any(_hedged(text, s) for s, _ in spans) or \
                    abs(part[1] + rest[1] - whole[2][1]) < 0.5 or part[1] >= whole[2][1]:
                continue
            yield Spot(*spans[1], f"{text[slice(*spans[0])]} out of "
                       f"{text[whole[0]:whole[1]]} leaves {_shown(part[0], whole[2][1] - part[1])}, "
                       f"not {text[slice(*spans[1])]}. Which number is wrong?", None,
                       ((whole[0], whole[1]), spans[0]))


def _percentages(article: Article) -> Iterator[Spot]:
    text = article.text
    for match in PERCENT_OF.finditer(text):
        whole, part = _value(*match.group(1, 2, 3)), _value(*match.group(4, 5, 6))
        if not whole or not part or whole[0] or part[0] or not 0 < part[1] < whole[1]:
            continue
        stated, exact = match.group(8), 100 * part[1] / whole[1]
        decimals = len(stated.split(".")[1]) if "." in stated else 0
        if abs(exact - float(stated)) < (3 if match.group(7) else 10 ** -decimals + 1e-9):
            continue
        said = re.compile(r"\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)").match(text, match.start(8))
        yield Spot(match.start(8), said.end(),
                   f"{match.group(5)} out of {match.group(2)} is about {exact:.0f} per cent, not "
                   f"{text[match.start(8):said.end()]}. Which number is wrong?", None,
                   (_span(match, 1), _span(match, 4)))


COUNT = rf"(\d{{1,3}}|(?i:{WORDS}))"
TALLIES = (re.compile(rf"\bvot(?:ed|es?|ing)\s+(?:by\s+)?{COUNT}\s?(?:[-–]|to)\s?{COUNT}\b"),
           re.compile(rf"\bby\s+{COUNT}\s+votes?\s+to\s+{COUNT}\b"),
           re.compile(rf"(?<![\d.,:/-]){COUNT}\s?[-–]\s?{COUNT}\s+(?:vote|decision|majority)\b"),
           re.compile(rf"\b(?:approved|passed|rejected|adopted|endorsed|carried|defeated|"
                      rf"backed)\s+(?:[a-z]+\s+){{0,3}}?(?:by\s+(?:a\s+)?)?(\d{{1,2}})\s?[-–]\s?"
                      r"(\d{1,2})(?![\d-])(?!\s+(?:vote|decision|majority)\b)"))
VOTERS = re.compile(rf"(?<![\d.,])\b{COUNT}\s+(?:(?!of\b)[a-z-]+\s+){{0,3}}?(?:(?:who|that)\s+)?"
                    r"(?:had\s+)?voted\s+(for|against|in\s+favou?r)\b")
# the members of a body said to be on one side in other words: 'the four board members who
# backed the plan', 'the two dissenting councillors', 'three commissioners opposed it'
MEMBERS = (r"(?:members|councillors|councilors|commissioners|trustees|directors|governors|"
           r"justices|judges|senators|supervisors|aldermen|alderpersons|selectmen|regents|"
           r"ministers|lawmakers|legislators|delegates|representatives|MPs|MSPs|jurors)")
SIDES = {"backed": "for", "supported": "for", "approved": "for", "favoured": "for",
         "favored": "for", "endorsed": "for", "voted yes": "for", "voted aye": "for",
         "opposed": "against", "rejected": "against", "dissented": "against",
         "objected": "against", "voted no": "against", "voted nay": "against",
         "dissenting": "against", "opposing": "against", "supporting": "for"}
# the words between the count and the members name them ('board'), never a time ('eight
# months after councillors rejected it')
NAMING = r"(?:(?![a-z]+s\b|after\b|before\b|since\b|of\b|when\b|until\b|ago\b)[a-z-]+\s+)"
SIDED = re.compile(rf"(?<![\d.,])\b{COUNT}\s+(?:(?:dissenting|opposing|supporting)\s+)?"
                   rf"{NAMING}{{0,2}}?{MEMBERS}\s+(?:(?:who|that)\s+)?(?:had\s+)?"
                   r"(backed|supported|approved|favou?red|endorsed|opposed|rejected|dissented|"
                   r"objected|voted\s+(?:yes|aye|no|nay))\b|(?<![\d.,])\b"
                   rf"{COUNT}\s+(dissenting|opposing|supporting)\s+{NAMING}{{0,2}}?"
                   rf"{MEMBERS}\b")


@rule("figures.vote-count", "self-contradiction", "warning",
      "a vote's tally against the number said to have voted one way ('voted six to two', "
      "later 'the three members who voted against')")
def votes_counted_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The cabinet voted by six to two', later 'one of the three members who voted against':
    the tally says two. Only in an article whose votes all have one tally (a second vote may
    be another body's); the larger side is read as those for, the smaller as those against."""
    tallies = {}
    for pattern in TALLIES:
        for match in pattern.finditer(article.text):
            sides = count_of(match.group(1)), count_of(match.group(2))
            if None not in sides and sides[0] != sides[1]:
                tallies.setdefault((max(sides), min(sides)), (match.start(), match.end()))
    if len(tallies) != 1:
        return
    (tally, where_said), = tallies.items()
    sided = [(m.start(1), m.end(1), m.group(1), "against") if m.group(2) == "against"
             else (m.start(1), m.end(1), m.group(1), "for") for m in VOTERS.finditer(article.text)]
    for m in SIDED.finditer(article.text):
        group = 1 if m.group(1) else 3
        side = SIDES[re.sub(r"\s+", " ", m.group(group + 1).lower())]
        sided.append((m.start(group), m.end(group), m.group(group).lower(), side))
    for start, end, words, side in sorted(sided):
        said = count_of(words)
        expected = tally[1] if side == "against" else tally[0]
        if said is None or said == expected or start <= where_said[1] and \
                end + 40 >= where_said[0] or re.search(r"\b(?:at\s+least|all|other)\s+$",
                                                       article.text[:start][-12:], re.I):
            continue
        yield Spot(start, end,
                   f"Here {words} voted {side}, but the vote in "
                   f"{where(article, where_said[0])} "
                   f"(“{article.text[where_said[0]:where_said[1]]}”) means {expected} voted "
                   f"{side}. Which is right?", None, (where_said,))


MARGIN = re.compile(rf"(?<![\d.,-])\b{COUNT}[- ](?:point|goal)\s+(?:win|victory|defeat|loss|"
                    r"margin|triumph|winning\s+margin)\b", re.I)


# a score of up to three figures each ('148-136' in basketball or robotics); not a range
# ('between 100-150 fans')
MATCH_SCORE = re.compile(r"(?<![\d.,:/-])(?<!(?i:between) )(?<!(?i:from) )(?<!(?i:about) )"
                         r"(?<!(?i:around) )(?<!(?i:some) )(?<!(?i:of) )(\d{1,3}) ?[-–] ?(\d{1,3})"
                         r"(?![\d.,:/-]|%| per)")


@rule("figures.winning-margin", "self-contradiction", "warning",
      "a winning margin that is not the difference of the score ('won 27-22', later 'the "
      "eight-point win')")
def margins_against_the_score(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'beat Ashcott 27-22', later 'Saturday's eight-point win': the score makes it five. Only
    in an article that gives one score of a match, beside words of sport and not of votes."""
    from medialit.checks.figures import POLITICS, SPORT
    scores = {}
    for sentence in article.sentences:
        if SPORT.search(sentence.text) and not POLITICS.search(sentence.text):
            for match in MATCH_SCORE.finditer(sentence.text):
                pair = int(match.group(1)), int(match.group(2))
                scores.setdefault(abs(pair[0] - pair[1]), (sentence.start + match.start(),
                                                           sentence.start + match.end()))
    if len(scores) != 1:
        return
    (difference, spot), = scores.items()
    for match in MARGIN.finditer(article.text):
        said = count_of(match.group(1))
        if said and difference and said != difference:
            yield Spot(match.start(), match.end(),
                       f"The score in {where(article, spot[0])} is "
                       f"{article.text[spot[0]:spot[1]]}, a margin of {difference}, not "
                       f"{said}. Which is right?", None, (spot,))


DAY = rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(MONTHS)})|({'|'.join(MONTHS)})\s+(\d{{1,2}})\b)"
LENGTH = {"day": 1, "week": 7, "fortnight": 14}
DATE_LENGTH_DATE = re.compile(
    rf"\b{DAY}[^.;]{{0,40}}?\b(?:runs?|running|ran|lasts?|lasting|lasted|for)\s+(?:for\s+)?"
    rf"{COUNT}\s+(days?|weeks?)\b[^.;\d]{{0,30}}?\b(?:closing|ending|finishing|until|till|to|"
    rf"closes|ends|finishes)\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?{DAY}")


@rule("figures.date-after-length", "self-contradiction", "warning",
      "a start date, a length and an end date that the calendar contradicts ('opens on 11 "
      "January and runs for eight weeks, closing on 22 February')")
def dates_after_a_length(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'opens on 11 January and runs for eight weeks, closing on 22 February': eight weeks
    after 11 January is 8 March. One sentence, in that order; a day either way is allowed,
    since some count the first day and some do not."""
    for match in DATE_LENGTH_DATE.finditer(article.text):
        first = _date(*match.group(1, 2, 3, 4))
        second = _date(*match.group(7, 8, 9, 10))
        length = count_of(match.group(5))
        if not first or not second or not length:
            continue
        days = (second - first).days % 365
        exact = length * LENGTH[match.group(6).lower().rstrip("s")]
        if abs(days - exact) <= 1:
            continue
        end = first + datetime.timedelta(days=exact)
        start = match.start(7) if match.group(7) else match.start(9)
        yield Spot(start, match.end(),
                   f"{match.group(5)[:1].upper()}{match.group(5)[1:]} {match.group(6)} after "
                   f"{article.text[match.start():match.end(2) if match.group(2) else match.end(4)]} "
                   f"is {end.day} {MONTHS[end.month - 1]}, not {article.text[start:match.end()]}. "
                   "Is the length or a date wrong?", None, ((match.start(), match.end(6)),))


def _date(day: str | None, month: str | None, month_first: str | None,
          day_after: str | None) -> datetime.date | None:
    try:
        return datetime.date(2023, MONTHS.index(month or month_first) + 1, int(day or day_after))
    except ValueError:
        return None


SINCE_EVENT = re.compile(rf"\b((?i:more\s+than|over|almost|nearly|about|around|some|just\s+over|"
                         rf"just\s+under)\s+)?{COUNT}\s+(weeks|months|years)\s+(?:since|after)\s+"
                         r"([^,.;:!?\"“”]{5,60})")
PER_UNIT = {"weeks": 7, "months": 30.44, "years": 365.25}


@rule("figures.time-since-event", "self-contradiction", "warning",
      "a length of time since an event that the event's own date and the dateline contradict "
      "('went live on March 3', dated April 8: 'in the eight weeks since the camera went live')")
def times_since_dated_events(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The camera went live on March 3' and, in a story dated April 8, 'in the eight weeks
    since the camera went live': five weeks. The event is found again by its verb and its
    subject ('camera … went'), in a sentence that gives it a date; a week, a month or a year
    either way is allowed, and hedges on their side."""
    from medialit.checks.dates import dateline
    dated = dateline(article)
    if dated is None:
        return
    today = dated[0]
    doc = article.doc
    for match in SINCE_EVENT.finditer(article.text):
        said = count_of(match.group(2))
        clause = doc.char_span(match.start(4), match.end(4), alignment_mode="expand")
        verbs = [t for t in clause or () if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
        subjects = [c for v in verbs[:1] for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not said or not verbs or not subjects:
            continue
        particles = {c.lemma_ for c in verbs[0].children if c.dep_ in ("prt", "advmod", "acomp")}
        when = _dated_event(article, (verbs[0].lemma_, particles), subjects[0].lemma_,
                            match.start(), today)
        if when is None:
            continue
        exact = (today - when[0]).days / PER_UNIT[match.group(3)]
        hedge = re.sub(r"\s+", " ", (match.group(1) or "").strip().lower())
        low, high = ((said, 1e9) if hedge in ("more than", "over", "just over") else
                     (said - 1, said + 0.1) if hedge in ("almost", "nearly", "just under") else
                     (said - 1, said + 1))
        if exact < 0 or low <= exact <= high:
            continue
        yield Spot(match.start(2), match.end(3),
                   f"The article is dated {dated[1].group(0).strip(' ,—–-')}, and "
                   f"{where(article, when[1][0])} says it happened "
                   f"{article.text[slice(*when[1])]}: that is about {exact:.0f} "
                   f"{match.group(3)} before, not {match.group(2)}. Which is right?", None,
                   (when[1],))


EVENT_DATE = re.compile(rf"\b(?:on|in|since)\s+(?:[A-Z][a-z]+day,?\s+)?(?:{DAY}(?:,?\s+((?:19|20)"
                        rf"\d\d))?|({'|'.join(MONTHS)})\s+((?:19|20)\d\d))")


def _dated_event(article: Article, verb: tuple[str, set[str]], subject: str, skip: int,
                 today: datetime.date) -> tuple[datetime.date, tuple[int, int]] | None:
    """The date given, in another sentence, to the event whose verb (with its particles:
    'went live') and subject are named: the subject before the verb in its sentence, since the
    parse of a long subject ('The camera, mounted on a pole, went live') may lose the tie."""
    for sentence in article.sentences:
        if sentence.start <= skip < sentence.end:
            continue
        tokens = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in tokens or ():
            if token.lemma_ != verb[0] or not verb[1] <= {c.lemma_ for c in token.children} or \
                    not any(t.lemma_ == subject for t in tokens if t.i < token.i):
                continue
            for date in EVENT_DATE.finditer(article.text, token.idx,
                                            min(sentence.end, token.idx + 60)):
                try:
                    if date.group(6):
                        when = datetime.date(int(date.group(7)), MONTHS.index(date.group(6)) + 1, 15)
                    else:
                        month = MONTHS.index(date.group(2) or date.group(3)) + 1
                        day = int(date.group(1) or date.group(4))
                        year = int(date.group(5) or today.year)
                        when = datetime.date(year, month, day)
                        if not date.group(5) and when > today:
                            when = when.replace(year=year - 1)
                except ValueError:
                    continue
                return when, (date.start(), date.end())
    return None


STAKE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),?\s+(?:which\s+|who\s+)?"
                   r"(?:will\s+|would\s+|now\s+|still\s+)?(?:own|owns|hold|holds|control|controls|"
                   r"keep|keeps)\s+(?:a\s+|the\s+remaining\s+)?(\d{1,2}(?:\.\d+)?)\s?(?:%|per\s?cent|"
                   r"percent)\s+(?:stake\s+in|share\s+of|of)\s+(?:the\s+|its\s+)?([a-z]+)\b")
TITLES = frozenset("The A An Mr Mrs Ms Miss Dr Sir Lady Lord Group Company Ltd Inc Plc".split())
CHANGED = re.compile(r"\b(?:was|were|had|previously|formerly|before|until|once|from|up|down|"
                     r"rais\w*|increas\w*|cut|cuts|reduc\w*|sold|sell\w*|bought|buy\w*|"
                     r"would\s+(?:rise|fall)|after|if|could|may|might|plans?|offer\w*)\b", re.I)


@rule("figures.stake-two-ways", "self-contradiction", "warning",
      "one owner's share of one thing given two ways ('Tidewater will own 70 per cent of the "
      "pier', later 'Tidewater, which holds 80 per cent of the pier')")
def stakes_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """The same owner, the same thing owned, two percentages. A sentence that tells of a change
    of hands or of a share ('was', 'bought', 'raised', 'from', 'plans') is left alone: the stake
    may have moved."""
    seen = []
    for sentence in article.sentences:
        if CHANGED.search(sentence.text):
            continue
        for match in STAKE.finditer(sentence.text):
            owner = match.group(1)
            names = set(owner.split()) - TITLES
            said = float(match.group(2))
            start = sentence.start + match.start(2)
            end = sentence.start + re.compile(r"\S+(?:\s?(?:per\s?cent|percent))?").match(
                sentence.text, match.start(2)).end()
            earlier = [s for s in seen if s[0] & names and s[1] == match.group(3)]
            if earlier and earlier[0][2] != said:
                first = earlier[0][3]
                yield Spot(start, end,
                           f"Here {owner} has {article.text[start:end]} of the "
                           f"{match.group(3)}, but in {where(article, first[0])} it has "
                           f"{article.text[slice(*first)]}. Which is right?", None, (first,))
            seen.append((names, match.group(3), said, (start, end)))


AGE_IN_YEAR = re.compile(r"\b(?:in|by)\s+((?:19|20)\d\d),?\s+(?:at|aged|at\s+the\s+age\s+of|when\s+"
                         r"(?:I|she|he)\s+was)\s+(\d{1,2})\b(?![\d.,]\d)|\b(?:at|aged|at\s+the\s+"
                         r"age\s+of)\s+(\d{1,2}),?\s+in\s+((?:19|20)\d\d)\b|\b(?:in|since)\s+"
                         r"((?:19|20)\d\d),?\s+when\s+[^.;]{0,80}?(?:\bat\s+the\s+age\s+of|\baged|"
                         r"\b(?:I|she|he|they)\s+was|\b(?:I|she|he|they)\s+were)\s+(\d{1,2})\b"
                         r"(?![\d.,]\d|\s*(?:%|[ap]\.?m\b|o[’']clock))")
BEGAN = r"\b(?:left|leaving|joined|joining|started|starting|began|beginning|took\s+up|" \
        r"taking\s+up)\b[^.;,]{0,40}?\bat\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b(?![\d.:,]\d|" \
        r"\s*(?:%|[ap]\.?m\b|o[’']clock|years))"
SPAN_YEARS = rf"\bfor\s+(?:the\s+(?:last|past)\s+)?((?i:more\s+than|over|almost|nearly|about|" \
             rf"around|some)\s+)?(\d{{1,2}}|(?i:{WORDS}))\s+years\b"
# 'who left school at 16 and has fished for 46 years'; 'has fished for 46 years, since he
# left school at 16': the years since an age cannot be more than the age now less that age
SINCE_AGE = (re.compile(rf"{BEGAN}[^.;]{{0,30}}?\b(?:has|have|had)\b[^.;]{{0,60}}?{SPAN_YEARS}"),
             re.compile(rf"{SPAN_YEARS},?\s+(?:ever\s+)?since\s+[^.;]{{0,40}}?{BEGAN}"))


@rule("figures.age-against-past", "self-contradiction", "warning",
      "a person's age now against their age in a year they name ('Dr Kaul, 61,' in 2025, and "
      "'I qualified in 1989, at the age of 23')")
def ages_against_a_dated_past(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Dr Priya Kaul, 61, …: “I qualified in 1989, at the age of 23”', in a story of 2025:
    born in 1965 or 1966, so 59 or 60 now ('since 1962, when he showed his first calf at the
    age of 12' is the same sum). 'Laing, 58, who left school at 16 and has fished for 46
    years' needs no date: 46 years since 16 make 62. Only in the paragraph of the one person
    whose age is given there; a year either way is allowed, for birthdays."""
    from medialit.checks.dates import dateline
    from medialit.checks.lifetimes import NAME_AGE
    for paragraph in article.paragraphs:
        for person in NAME_AGE.finditer(paragraph.text):
            yield from _years_since_an_age(paragraph, person)
    alone = [(p, people[0]) for p in article.paragraphs
             if len(people := list(NAME_AGE.finditer(p.text))) == 1]
    dated = dateline(article)
    if dated is None:
        return
    for paragraph, person in alone:
        age_now = int(person.group(2))
        for match in AGE_IN_YEAR.finditer(paragraph.text, person.end()):
            year, age = (int(match.group(1)), int(match.group(2))) if match.group(1) else \
                (int(match.group(4)), int(match.group(3))) if match.group(3) else \
                (int(match.group(5)), int(match.group(6)))
            exact = dated[0].year - year + age
            if abs(exact - age_now) <= 1 or year > dated[0].year:
                continue
            start = paragraph.start + person.start(2)
            yield Spot(start, start + len(person.group(2)),
                       f"{person.group(1)} was {age} in {year}, so about {exact} in "
                       f"{dated[0].year}, not {age_now}. Which age is right?", None,
                       ((paragraph.start + match.start(), paragraph.start + match.end()),))
            break


def _years_since_an_age(paragraph, person: re.Match) -> Iterator[Spot]:
    """'Davey Laing, 58, who left school at 16 and has fished for 46 years': 58 less 16 is
    at most 42 years (43 with a birthday). Read in the sentence of the person's age, up to
    the next person's age."""
    age_now = int(person.group(2))
    stop = re.compile(r"[.!?](?:\s|$)|\b[A-Z][a-z]+,\s\d{1,3},").search(paragraph.text,
                                                                     person.end())
    limit = stop.start() if stop else len(paragraph.text)
    for number, pattern in enumerate(SINCE_AGE):
        for match in pattern.finditer(paragraph.text, person.end(), limit):
            groups = match.groups()
            began, hedge, said = (groups[0], groups[1], groups[2]) if number == 0 else \
                (groups[2], groups[0], groups[1])
            years = count_of(said)
            if years is None or not 3 <= int(began) < age_now or re.search(
                    r"\b(?:lived|living|resided|known|married|owned|owns)\b", match.group(0)):
                continue
            most = age_now - int(began) + 1
            hedge = re.sub(r"\s+", " ", (hedge or "").lower())
            if years <= most or hedge in ("almost", "nearly", "about", "around", "some") and \
                    years - 1 <= most:
                continue
            index = 3 if number == 0 else 2
            start = paragraph.start + match.start(index)
            end = paragraph.start + match.end(index) + len(" years")
            yield Spot(start, end,
                       f"{person.group(1)} is {age_now} and began at {began}, so that can be at "
                       f"most {age_now - int(began)} years, not {said}. Which number is wrong?",
                       None, ((paragraph.start + person.start(2), paragraph.start +
                               person.end(2)), (paragraph.start + match.start(1 if number == 0
                                                                             else 3),
                                                paragraph.start + match.end(1 if number == 0
                                                                           else 3))))
            return

"""Figures that cannot all be right: the same count given two values ('12 buses', later 'the
14 buses'), a total that is not the sum of its parts, one match with two scores, a date whose
weekday is wrong, one event given two dates.

Limits: the rules compare the article with itself and with arithmetic and the calendar; they
cannot know which of two values is the true one.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import event_groups
from medialit.model import Quote

NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
# plural nouns that measure rather than count a set of things: two values are two amounts
MEASURES = frozenset("""year month week day hour minute second time point percent per cent
    dollar pound euro cent mile kilometre kilometer metre meter foot feet inch yard acre ton
    tonne kilogram gram degree vote seat poll people person member resident case death
    voter student pupil child adult worker employee""".split())
OTHER_SET = frozenset("""other more additional extra remaining further first last next previous
    former another few fewer latest""".split())
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONEY = r"([£$€])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(million|billion|bn|m|k)\b)?"


def _number(token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdecimal():
        return int(text)
    return NUMBER_WORDS.get(text)


@rule("figures.count-two-ways", "self-contradiction", "warning",
      "the same group of things counted two different ways ('12 buses', later 'the 14 buses')")
def counts_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The council bought 12 buses' and later 'the 14 buses': a definite group ('the',
    'these', 'all'), or a group described the same way ('140 parking spaces', later 'the loss
    of 170 parking spaces'), whose count differs from the count given before. Nouns that measure
    (years, votes, people) and groups marked as other ('more', 'remaining') are left alone,
    and so is a noun counted three or more ways (the article then speaks of several groups)."""
    yield from _vote_counted_two_ways(article)
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    counted: dict[str, list] = {}
    for token in doc:
        head = token.head
        value = _number(token)
        if token.dep_ != "nummod" or head.tag_ != "NNS" or value is None or value >= 1000:
            continue
        if head.lemma_.lower() in MEASURES or any(c.dep_ in ("quantmod", "advmod") for c in token.children):
            continue
        modifiers = {c.lower_ for c in head.children if c.i < head.i}
        after_noun = token.i > 1 and doc[token.i - 1].lower_ == "of" and \
            doc[token.i - 2].pos_ == "NOUN"  # 'the loss of 170 parking spaces'
        if modifiers & OTHER_SET or (token.i > 0 and not after_noun and doc[token.i - 1].lower_ in
                                     ("of", "than", "about", "around", "nearly", "almost",
                                      "over", "under", "some", "another", "per", "each")):
            continue
        definite = bool(modifiers & {"the", "these", "those", "all", "its", "their", "both"})
        described = frozenset(c.lemma_.lower() for c in head.children
                              if c.dep_ in ("amod", "compound") and c.i < head.i)
        counted.setdefault(head.lemma_.lower(), []).append((token, head, value, definite, described))
    groups = list(counted.values())
    for mentions in counted.values():  # '140 parking spaces' apart from '36 spaces'
        by_description: dict[frozenset, list] = {}
        for mention in mentions:
            if mention[4]:
                by_description.setdefault(mention[4], []).append(mention)
        groups += [same for same in by_description.values() if len(same) < len(mentions)]
    for mentions in groups:
        if len({mention[2] for mention in mentions}) != 2:
            continue
        first = mentions[0]
        for token, head, value, definite, described in mentions[1:]:
            if value != first[2] and (definite and described <= first[4] or
                                      described and described == first[4]):
                start, end = token.idx, head.idx + len(head.text)
                earlier = (first[0].idx, first[1].idx + len(first[1].text))
                yield Spot(start, end,
                           f"Here it is “{article.text[start:end]}”, but in "
                           f"{where(article, earlier[0])} “{article.text[earlier[0]:earlier[1]]}”. "
                           "If it is the same group, both numbers cannot be right.",
                           None, (earlier,))
                break


CHANGE = re.compile(r"\b(?:(the|its|this|that)\s+)?(\d+(?:\.\d+)?)(?:\s?%|\s?per\s?cent|\s?percent)"
                    r"[ -]+(rise|increase|cut|fall|drop|hike|reduction|decline|jump)\b", re.I)


@rule("figures.change-two-ways", "self-contradiction", "warning",
      "one change given two sizes ('an 11 per cent rise', later 'the 16 per cent rise')")
def changes_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'an 11 per cent rise' in the headline and later 'the 16 per cent rise': a
    change spoken of as the one already named ('the', 'its'), with another size than the one
    given before. Only when the article gives that change exactly two sizes: with more, it
    speaks of several changes."""
    by_noun: dict[str, list[re.Match]] = {}
    for match in CHANGE.finditer(article.text):
        by_noun.setdefault(match.group(3).lower(), []).append(match)
    for mentions in by_noun.values():
        if len({float(m.group(2)) for m in mentions}) != 2:
            continue
        first = mentions[0]
        later = next((m for m in mentions[1:] if m.group(1) and
                      float(m.group(2)) != float(first.group(2))), None)
        if later is not None:
            here = article.text[later.start(2):later.end(3)]
            before = article.text[first.start(2):first.end(3)]
            yield Spot(later.start(2), later.end(3),
                       f"Here the change is “{here}”, but in {where(article, first.start())} it "
                       f"is “{before}”. If it is the same change, both sizes cannot be right.",
                       None, ((first.start(2), first.end(3)),))


TALLY = re.compile(r"\bvoted\s+(\d+)\s*(?:to|-|–)\s*(\d+)\b")
VOTERS = re.compile(r"\b(?:the|all|those)\s+(\d+)\s+(?:[a-z]+\s+){0,2}?who\s+(?:had\s+)?voted\s+"
                    r"(in\s+favou?r|for|yes|against|no)\b")


def _vote_counted_two_ways(article: Article) -> Iterator[Spot]:
    """'The council voted 27 to 12' and later 'the 29 councillors who had voted in favour':
    in an article with one tally, the side that voted one way counted two ways."""
    tallies = list(TALLY.finditer(article.text))
    if len({match.group(1, 2) for match in tallies}) != 1:
        return
    tally = tallies[0]
    for match in VOTERS.finditer(article.text):
        against = match.group(2) in ("against", "no")
        side = tally.group(2) if against else tally.group(1)
        if int(match.group(1)) != int(side):
            yield Spot(match.start(1), match.end(1),
                       f"Here {match.group(1)} voted {match.group(2)}, but in "
                       f"{where(article, tally.start())} the vote was "
                       f"{article.text[tally.start(1):tally.end()]}: {side} "
                       f"{'against' if against else 'in favour'}. Which number is right?",
                       side, ((tally.start(), tally.end()),))


def _amount(symbol: str, digits: str, scale: str | None) -> tuple[str, float]:
    multiplier = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}.get(scale or "", 1)
    return symbol, float(digits.replace(",", "")) * multiplier


def _count(word: str) -> int | None:
    return int(word) if word.isdecimal() else NUMBER_WORDS.get(word.lower())


@rule("figures.total", "self-contradiction", "error",
      "a total that is not the sum of its parts ('two payments of £2,000 each, £5,000 in total')")
def totals_that_do_not_add_up(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'two payments of £2,000 each, £5,000 in total', '£300 and £400, a total of £800':
    arithmetic in one sentence that does not work out."""
    total = rf"(?:{MONEY}\s+(?:in total|altogether|in all)|(?:a total of|totalling|totaling)\s+{MONEY})"
    counts = "|".join(NUMBER_WORDS)
    each = re.compile(rf"\b(\d+|(?i:{counts}))\s+(?:[a-z]+\s+){{0,2}}of\s+{MONEY}\s+each\b[^.;]{{0,40}}?{total}")
    both = re.compile(rf"{MONEY}\s+and\s+{MONEY},?\s+{total}")
    for match in each.finditer(article.text):
        count = _count(match.group(1))
        part = _amount(*match.group(2, 3, 4))
        whole = _amount(*(match.group(5, 6, 7) if match.group(5) else match.group(8, 9, 10)))
        if count and part[0] == whole[0] and abs(count * part[1] - whole[1]) > 0.5:
            yield _total_spot(match, 5 if match.group(5) else 8, whole, count * part[1])
    for match in both.finditer(article.text):
        parts = [_amount(*match.group(1, 2, 3)), _amount(*match.group(4, 5, 6))]
        whole = _amount(*(match.group(7, 8, 9) if match.group(7) else match.group(10, 11, 12)))
        if parts[0][0] == parts[1][0] == whole[0] and abs(parts[0][1] + parts[1][1] - whole[1]) > 0.5:
            yield _total_spot(match, 7 if match.group(7) else 10, whole, parts[0][1] + parts[1][1])


def _total_spot(match: re.Match, group: int, whole: tuple[str, float], sum_: float) -> Spot:
    start = match.start(group)
    end = match.end(group + 2) if match.group(group + 2) else match.end(group + 1)
    figure = f"{whole[0]}{sum_:,.0f}" if sum_ < 1e6 else f"{whole[0]}{sum_ / 1e6:g} million"
    return Spot(start, end,
                f"The parts in this sentence add up to {figure}, not "
                f"{match.string[start:end]}. One of the numbers is wrong: which?",
                None, ((match.start(), match.end()),))


SCORE = re.compile(r"(?<![\d.,:/-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d.,:/-]|%| per)")
SPORT = re.compile(r"\b(?:win|wins|won|victory|defeat|defeated|lost|lose|beat|beaten|draw|drew|"
                   r"drawn|score|scored|scoreline|goals?|match|game|final|derby|fixture|half-time)\b",
                   re.I)
POLITICS = re.compile(r"\b(?:vote[sd]?|voting|ruling|court|justices|senate|senators|house|"
                      r"council|committee|margin|poll|majority|record)\b", re.I)


@rule("figures.score-two-ways", "self-contradiction", "warning",
      "one match given two different scores")
def scores_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'won 3-1' and later 'the 3-2 win': an article about one match gives two scores. Only
    articles with exactly two scores, both beside words of sport and not of votes, and both
    sentences naming the same team or place."""
    found = []
    for sentence in article.sentences:
        if not SPORT.search(sentence.text) or POLITICS.search(sentence.text):
            continue
        for match in SCORE.finditer(sentence.text):
            names = set(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", sentence.text))
            found.append((sentence.start + match.start(), sentence.start + match.end(),
                          tuple(sorted((int(match.group(1)), int(match.group(2))))), names))
    if len({score for _, _, score, _ in found}) != 2:
        return
    first = found[0]
    for start, end, score, names in found[1:]:
        if score != first[2] and names & first[3]:
            yield Spot(start, end,
                       f"Here the score is {article.text[start:end]}, but in "
                       f"{where(article, first[0])} it is {article.text[first[0]:first[1]]}. "
                       "Is it the same match? Then one score is wrong.",
                       None, ((first[0], first[1]),))
            return


WEEKDAY_DATE = re.compile(
    rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:({'|'.join(MONTHS)})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({'|'.join(MONTHS)}),?)\s+((?:19|20)\d\d)\b")


@rule("figures.wrong-weekday", "self-contradiction", "error",
      "a date whose weekday is wrong ('Monday, 4 March 2025' was a Tuesday)")
def wrong_weekdays(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A full date with its weekday and year that the calendar contradicts."""
    for match in WEEKDAY_DATE.finditer(article.text):
        month = match.group(2) or match.group(5)
        day = int(match.group(3) or match.group(4))
        try:
            date = datetime.date(int(match.group(6)), MONTHS.index(month) + 1, day)
        except ValueError:
            yield Spot(match.start(), match.end(),
                       f"There is no {day} {month} in {match.group(6)}. Which date is meant?")
            continue
        weekday = WEEKDAYS[date.weekday()]
        if weekday != match.group(1):
            yield Spot(match.start(1), match.end(1),
                       f"{day} {month} {match.group(6)} was a {weekday}, not a "
                       f"{match.group(1)}. Is the day or the date wrong?", weekday)


DAY = rf"(?:{'|'.join(WEEKDAYS)}|(?:{'|'.join(MONTHS)}) \d{{1,2}}\b|\d{{1,2}} (?:{'|'.join(MONTHS)}))"


@rule("figures.event-two-dates", "self-contradiction", "warning",
      "one event given two different days or dates")
def events_given_two_dates(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the meeting on Tuesday' and later 'Wednesday’s meeting': one event (a noun of one
    event group, spoken of as the only one) on two days; or something that happens once
    'opened on' two dates. Weekdays are compared with weekdays
    and dates with dates; a noun given three or more days is left alone (several events)."""
    nouns = {noun: n for n, group in enumerate(event_groups()) for noun in group}
    names = "|".join(sorted(nouns, key=len, reverse=True))
    on_day = re.compile(rf"\b(?i:the|its|his|her|their) ({names}),?\s+(?:\w+\s+){{0,3}}?"
                        rf"(?:on|for)\s+({DAY})")
    day_of = re.compile(rf"\b({DAY})(?:’s|'s)?\s+({names})\b")
    dated: dict[tuple[int, bool], list[tuple[int, int, str]]] = {}
    for match in on_day.finditer(article.text):
        day = match.group(2)
        dated.setdefault((nouns[match.group(1)], day in WEEKDAYS), []).append(
            (match.start(2), match.end(2), day))
    for match in day_of.finditer(article.text):
        day = match.group(1)
        dated.setdefault((nouns[match.group(2)], day in WEEKDAYS), []).append(
            (match.start(1), match.end(1), day))
    yield from _opened_twice(article)
    for mentions in dated.values():
        mentions.sort()
        if len({day for _, _, day in mentions}) != 2:
            continue
        first = mentions[0]
        other = next(m for m in mentions if m[2] != first[2])
        yield Spot(other[0], other[1],
                   f"Here the event is on {other[2]}, but in {where(article, first[0])} it is on "
                   f"{first[2]}. If it is the same event, which day is right?",
                   first[2], ((first[0], first[1]),))


OPENED = re.compile(rf"\b(\w+)\s+(?:has\s+|had\s+)?(opened|launched)\s+on\s+"
                    rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:({'|'.join(MONTHS)}) (\d{{1,2}})\b|"
                    rf"(\d{{1,2}}) ({'|'.join(MONTHS)}))")


def _opened_twice(article: Article) -> Iterator[Spot]:
    """'the track opened on Monday 30 November' and later 'since it opened on 23 November': a
    thing opens once, so 'it' (or the same noun) cannot open on another date."""
    first: dict[str, re.Match] = {}
    for match in OPENED.finditer(article.text):
        subject, verb = match.group(1).lower(), match.group(2)
        day = (match.group(3) or match.group(6), match.group(4) or match.group(5))
        earlier = first.setdefault(verb, match)
        earlier_day = (earlier.group(3) or earlier.group(6), earlier.group(4) or earlier.group(5))
        if earlier is match or subject not in ("it", earlier.group(1).lower()) or day == earlier_day:
            continue
        start = match.start(3) if match.group(3) else match.start(5)
        before = earlier.start(3) if earlier.group(3) else earlier.start(5)
        yield Spot(start, match.end(),
                   f"Here it {verb} on {article.text[start:match.end()]}, but in "
                   f"{where(article, before)} on {article.text[before:earlier.end()]}. A thing "
                   f"is {verb} once: which date is right?",
                   article.text[before:earlier.end()], ((before, earlier.end()),))
        return

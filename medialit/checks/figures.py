"""Figures that cannot all be right: the same count given two values ('12 buses', later 'the
14 buses'), a total that is not the sum of its parts, a percentage that is not its own numbers,
a time span that is not its hours, one match or vote with two scores, a date whose weekday is
wrong, one date with two weekdays, one event given two dates.

Limits: the rules compare the article with itself and with arithmetic and the calendar; they
cannot know which of two values is the true one.
"""
from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.changes import percent_changes, point_changes
from medialit.checks.number_words import NUMBER_WORDS, count_start, token_count
from medialit.checks.registry import Spot, rule
from medialit.checks.retold_days import (WEEKDAYS, body_meets_twice, deeds_named_again,
                                         deeds_retold, sitting_named_again)
from medialit.checks.spans import where
from medialit.checks.words import event_groups
from medialit.lexicons import DATA_DIR
from medialit.model import Quote
from medialit.people import name_chains

# plural nouns that measure rather than count a set of things: two values are two amounts
MEASURES = frozenset("""year month week day hour minute second time point percent per cent
    dollar pound euro cent mile kilometre kilometer metre meter foot feet inch yard acre ton
    tonne kilogram gram degree vote seat poll people person member resident case death
    voter student pupil child adult worker employee""".split())
OTHER_SET = frozenset("""other more additional extra remaining further first last next previous
    former another few fewer latest""".split())
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# the short forms of months (AP 'Oct. 1', British 'Tue 1 Oct'), read only beside a weekday or
# a day number, where 'Mar' or 'May' cannot be another word
SHORT_MONTH = (r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![\w'’])"
               r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.")
ANY_MONTH = rf"(?:{'|'.join(MONTHS)}|{SHORT_MONTH})"
MONEY = r"([£$€])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(million|billion|bn|m|k)\b)?"


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
        value = token_count(token)
        if token.dep_ != "nummod" or head.tag_ != "NNS" or value is None or value >= 1000:
            continue
        if head.lemma_.lower() in MEASURES or any(c.dep_ in ("quantmod", "advmod") for c in token.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
            continue  # 'ten spaces for disabled drivers': a part of the group, not the group
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
    for mention in _hyphen_counts(doc):  # 'the 150-space car park', after '120 spaces'
        if mention[1].lemma_.lower() in counted:
            counted[mention[1].lemma_.lower()].append(mention)
            counted[mention[1].lemma_.lower()].sort(key=lambda m: m[0].i)
    groups = list(counted.values())
    for mentions in counted.values():  # '140 parking spaces' apart from '36 spaces'
        by_description: dict[frozenset, list] = {}
        for mention in mentions:  # the plain '9 flats', '8 flats' apart from '2 top-floor flats'
            by_description.setdefault(mention[4], []).append(mention)
        groups += [same for same in by_description.values() if len(same) < len(mentions)]
    for mentions in groups:
        if len({mention[2] for mention in mentions}) != 2:
            continue
        first = mentions[0]
        for token, head, value, definite, described in mentions[1:]:
            said_before = {m[2] for m in counted[head.lemma_.lower()] if m[0].i < token.i}
            if value != first[2] and (definite and described <= first[4] or
                                      described and described == first[4]) and \
                    value not in said_before and \
                    not _part_named_before(article, value, count_start(token)):
                start, end = count_start(token), head.idx + len(head.text)
                earlier = (count_start(first[0]), first[1].idx + len(first[1].text))
                yield Spot(start, end,
                           f"Here it is “{article.text[start:end]}”, but in "
                           f"{where(article, earlier[0])} “{article.text[earlier[0]:earlier[1]]}”. "
                           "If it is the same group, both numbers cannot be right.",
                           None, (earlier,))
                break


def _part_named_before(article: Article, value: int, before: int) -> bool:
    """True when ``value`` was given before as a part of a group ('Four of the town's
    toilets will close', 'just four in Pellbury'): 'the four blocks' later names that part,
    not the whole group counted another way."""
    words = [str(value)] + [word for word, n in NUMBER_WORDS.items() if n == value]
    return re.search(rf"\b(?i:{'|'.join(words)})\s+(?:of|in|at|will|would|are|were|is|have|"
                     r"had)\b", article.text[:before]) is not None


HYPHEN_COUNT = re.compile(rf"\b(?i:the|its|their|this|that)\s+"
                          rf"(\d+|{'|'.join(NUMBER_WORDS)})-([a-z]+)\b")


def _hyphen_counts(doc) -> list[tuple]:
    """Counts written before a noun they describe, with a hyphen, in a definite phrase
    ('the 150-space car park'): a mention of a group counted before ('120 spaces')."""
    found = []
    for match in HYPHEN_COUNT.finditer(doc.text):
        number = doc.char_span(match.start(1), match.end(1))
        noun = doc.char_span(match.start(2), match.end(2))
        value = None if number is None else token_count(number[0])
        if noun is None or value is None or noun[0].lemma_.lower() in MEASURES or \
                noun[0].lemma_.lower() + "s" in MEASURES:
            continue
        found.append((number[0], noun[0], value, True, frozenset()))
    return found


CHANGE = re.compile(r"\b(?:(the|its|this|that)\s+)?(\d+(?:\.\d+)?)(?:\s?%|\s?per\s?cent|\s?percent)"
                    r"[ -]+(rise|increase|cut|fall|drop|hike|reduction|decline|jump)\b", re.I)


@rule("figures.change-two-ways", "self-contradiction", "warning",
      "one change given two sizes ('an 11 per cent rise', later 'the 16 per cent rise')")
def changes_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'an 11 per cent rise' in the headline and later 'the 16 per cent rise': a
    change spoken of as the one already named ('the', 'its'), with another size than the one
    given before. Only when the article gives that change exactly two sizes: with more, it
    speaks of several changes."""
    yield from _money_changes_given_two_ways(article)
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


def given_two_ways(article: Article, mentions: list[tuple], what: str,
                    suggest: bool = False) -> Iterator[Spot]:
    """Of mentions ``(start, end, value, definite)`` of one ``what``, the first later definite
    one ('the …') whose value is not the first one's, when the article gives exactly two
    values (with three or more it speaks of several things). ``suggest``: offer the first."""
    mentions = sorted(mentions)
    if len({mention[2] for mention in mentions}) != 2:
        return
    first = mentions[0]
    later = next((m for m in mentions[1:] if m[3] and m[2] != first[2]), None)
    if later is not None:
        before = article.text[first[0]:first[1]]
        yield Spot(later[0], later[1],
                   f"Here the {what} is “{article.text[later[0]:later[1]]}”, but in "
                   f"{where(article, first[0])} it is “{before}”. If it is the same {what}, both "
                   "cannot be right: which is?",
                   before if suggest else None, ((first[0], first[1]),))


# a sum cut or added: the verb with 'by' ('cut the budget by £180,000') or the noun after the
# sum ('the £150,000 saving'); 'about', 'nearly' and the like make a sum a guess, left alone
CHANGE_WAYS = {"down": ("cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
                        "saving", "savings", "reduction", "reductions"),
               "up": ("rise", "rises", "rising", "rose", "raise", "raises", "raised", "raising",
                      "increase", "increases", "increased", "increasing", "hike")}


def _money_changes_given_two_ways(article: Article) -> Iterator[Spot]:
    """'voted to cut the budget by £180,000' and later 'the £150,000 saving': one sum cut
    (or added) given two sizes. Only when the article gives sums of that way exactly two
    sizes, and the later one is spoken of as the one already named ('the', 'this')."""
    for words in CHANGE_WAYS.values():
        verbs = "|".join(words)
        by = re.compile(rf"\b(?:{verbs})\b[^.;\n]{{0,40}}?\bby\s+{MONEY}")
        noun = re.compile(rf"\b((?i:the|its|this|that|a|an))\s+{MONEY}\s+(?:{verbs})\b")
        sums = [(m.start(1), m.end(3) if m.group(3) else m.end(2), amount_of(*m.group(1, 2, 3)),
                 False) for m in by.finditer(article.text)]
        sums += [(m.start(2), m.end(4) if m.group(4) else m.end(3), amount_of(*m.group(2, 3, 4)),
                  m.group(1).lower() in ("the", "its", "this", "that"))
                 for m in noun.finditer(article.text)]
        yield from given_two_ways(article, sums, "sum", suggest=True)


TALLY = re.compile(r"\bvoted\s+(\d+)\s*(?:to|-|–)\s*(\d+)\b")
VOTERS = re.compile(rf"\b(?i:the|all|those)\s+(\d+|(?i:{'|'.join(NUMBER_WORDS)}))\s+"
                    r"(?:[a-z]+\s+){0,2}?who\s+(?:had\s+)?voted\s+"
                    r"(in\s+favou?r|for|yes|against|no|to\s+[a-z]+)\b")


def _vote_counted_two_ways(article: Article) -> Iterator[Spot]:
    """'The council voted 27 to 12' (or 'refused it by seven votes to four') and later 'the
    29 councillors who had voted in favour': in an article with one tally, the side that
    voted one way counted two ways. After 'by … votes to …' the side is not known, so only
    a number that is neither side counts ('the eight councillors who voted to refuse')."""
    tallies = [(m, True) for m in TALLY.finditer(article.text)]
    tallies += [(m, False) for m in re.finditer(
        rf"\bby\s+{COUNT}\s+votes?\s+to\s+{COUNT}\b", article.text)]
    if len({tuple(count_of(g) for g in m.group(1, 2)) for m, _ in tallies}) != 1:
        return
    tally, ordered = tallies[0]
    sides = [count_of(g) for g in tally.group(1, 2)]
    for match in VOTERS.finditer(article.text):
        voters = count_of(match.group(1))
        against = match.group(2) in ("against", "no")
        if ordered and not match.group(2).startswith("to "):
            side = sides[1] if against else sides[0]
            if voters == side:
                continue
            why = f"{side} {'against' if against else 'in favour'}"
        elif voters in sides:
            continue
        else:
            side, why = None, "neither side has that number"
        yield Spot(match.start(1), match.end(1),
                   f"Here {match.group(1)} voted {match.group(2)}, but in "
                   f"{where(article, tally.start())} the vote was "
                   f"{article.text[tally.start(1):tally.end()]}: {why}. Which number is right?",
                   None if side is None else str(side), ((tally.start(), tally.end()),))


def amount_of(symbol: str, digits: str, scale: str | None) -> tuple[str, float]:
    multiplier = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}.get(scale or "", 1)
    return symbol, float(digits.replace(",", "")) * multiplier


def count_of(word: str) -> int | None:
    return int(word) if word.isdecimal() else NUMBER_WORDS.get(word.lower())


@rule("figures.total", "self-contradiction", "error",
      "a total that is not the sum of its parts ('two payments of £2,000 each, £5,000 in total')")
def totals_that_do_not_add_up(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'two payments of £2,000 each, £5,000 in total', '12 payments of £50, a total of £650',
    '£300 and £400, a total of £800':
    arithmetic in one sentence that does not work out."""
    total = rf"(?:{MONEY}\s+(?:in total|altogether|in all)|(?:a total of|totalling|totaling)\s+{MONEY})"
    counts = "|".join(NUMBER_WORDS)
    each = re.compile(rf"\b(\d+|(?i:{counts}))\s+(?:[a-z]+\s+){{0,2}}of\s+{MONEY}"
                      rf"(?:\s+each)?\b[^.;£$€]{{0,40}}?{total}")
    both = re.compile(rf"{MONEY}\s+and\s+{MONEY},?\s+{total}")
    for match in each.finditer(article.text):
        count = count_of(match.group(1))
        part = amount_of(*match.group(2, 3, 4))
        whole = amount_of(*(match.group(5, 6, 7) if match.group(5) else match.group(8, 9, 10)))
        if count and part[0] == whole[0] and abs(count * part[1] - whole[1]) > 0.5:
            yield _total_spot(match, 5 if match.group(5) else 8, whole, count * part[1])
    for match in both.finditer(article.text):
        parts = [amount_of(*match.group(1, 2, 3)), amount_of(*match.group(4, 5, 6))]
        whole = amount_of(*(match.group(7, 8, 9) if match.group(7) else match.group(10, 11, 12)))
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
                   r"drawn|score|scored|scoreline|goals?|match|game|final|derby|fixture|half-time|"
                   r"halftime|full-time|leading|led|trailing|trailed|level|abandoned|replay(?:ed)?|"
                   r"innings|overtime|extra\s+time|penalties)\b",
                   re.I)
POLITICS = re.compile(r"\b(?:vote[sd]?|voting|ruling|court|justices|senate|senators|house|"
                      r"council|committee|margin|poll|majority|record)\b", re.I)


COUNT = rf"(\d{{1,3}}|(?i:{'|'.join(NUMBER_WORDS)}))"
VOTE_BY = re.compile(rf"\bby\s+{COUNT}\s+votes?\s+to\s+{COUNT}\b")
VOTE_THE = re.compile(rf"\b(?i:the|its|this|that|their)\s+(?:[a-z]+[’']s\s+)?(\d{{1,3}})\s?[-–]\s?"
                      rf"(\d{{1,3}})\s+(?:vote|decision|ruling|verdict|majority|result)\b"
                      r"(?!\s+(?:on|over|about|for|against|in|to)\b)")  # 'the 5-4 vote on …'


VOTE_WAS = re.compile(r"\bvot(?:e|ed|ing)\s+(?:was\s+|of\s+|ended\s+)?(\d{1,3})\s?(?:[-–]|to)\s?"
                      r"(\d{1,3})\b")


def _votes_given_two_tallies(article: Article) -> Iterator[Spot]:
    """'passed by two votes to one' and later 'the 3-0 vote': one vote given two tallies. Only
    in an article with exactly two tallies, the later one spoken of as the vote already
    named ('the', 'its') and not given a subject of its own ('the 5-4 vote on parking')."""
    tallies = [(m.start(), m.end(), (count_of(m.group(1)), count_of(m.group(2))), False)
               for m in VOTE_BY.finditer(article.text)]
    tallies += [(m.start(1), m.end(2), (int(m.group(1)), int(m.group(2))), definite)
                for pattern, definite in ((VOTE_THE, True), (VOTE_WAS, False))
                for m in pattern.finditer(article.text)]
    yield from given_two_ways(article, tallies, "vote")


@rule("figures.score-two-ways", "self-contradiction", "warning",
      "one match or vote given two different scores")
def scores_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'won 3-1' and later 'the 3-2 win': an article about one match gives two scores. Only
    articles with exactly two scores, both beside words of sport and not of votes, and both
    sentences naming the same team or place. Votes are read apart: 'by two votes to one',
    later 'the 3-0 vote'."""
    yield from _votes_given_two_tallies(article)
    found, days = [], {}
    for number, sentence in enumerate(article.sentences):
        sporting = SPORT.search(sentence.text)
        before = article.sentences[number - 1].text if number else ""
        for match in SCORE.finditer(sentence.text):
            if not sporting and not THE_SCORE.match(sentence.text, match.end()):
                continue
            near = sentence.text[max(0, match.start() - 18):match.end() + 15]
            if POLITICS.search(near):
                continue  # 'the committee voted 5-2', not a match
            names = set(re.findall(r"\b[A-Z][a-z]+", before + " " + sentence.text)) - NOT_NAMES
            days[sentence.start + match.start()] = set(re.findall(
                rf"\b(?:{'|'.join(WEEKDAYS)})\b", sentence.text))
            found.append((sentence.start + match.start(), sentence.start + match.end(),
                          tuple(sorted((int(match.group(1)), int(match.group(2))))), names))
    if len({score for _, _, score, _ in found}) != 2:
        return
    first = found[0]
    for start, end, score, names in found[1:]:
        if score != first[2] and days[start] and days[first[0]] and days[start] != days[first[0]]:
            continue  # two matches, each told with its day
        if score != first[2] and (names & first[3] or THE_SCORE.match(article.text, end)
                                  and article.text[start - 4:start].lower() == "the "):
            yield Spot(start, end,
                       f"Here the score is {article.text[start:end]}, but in "
                       f"{where(article, first[0])} it is {article.text[first[0]:first[1]]}. "
                       "Is it the same match? Then one score is wrong.",
                       None, ((first[0], first[1]),))
            return


# a score named as the one result ('the 2-2 draw'), so it points back to the match told of
THE_SCORE = re.compile(r"\s+(?:score|scoreline|result|draw|win|victory|defeat|loss)\b")
# capitalised words that start sentences and name no team or place
NOT_NAMES = frozenset("""The A An It He She They We I In On At But And After When This That
    There Their His Her Its On Under Over With By For From If As""".split())


CLOCK = r"(\d{1,2})(?:[:.](\d\d))?\s?([ap]\.?m\.?)"
HOURS_SPAN = re.compile(
    rf"\b(?:from|between)\s+{CLOCK}\s+(?:to|until|till|and)\s+{CLOCK}"
    rf"(?:,\s*|\s*[(—–]\s*|\s+for\s+|,?\s+(?:a|an)\s+)"
    rf"(\d{{1,2}}|(?i:{'|'.join(NUMBER_WORDS)}))[- ]hours?\b(?!\s+and\s+a\s+half)"
    r"(?!\s+(?:a\s+(?:day|week)\s+)?(?:longer|shorter|more|less|fewer|earlier|later)\b)", re.I)


def clock_minutes(hour: str, minute: str | None, half: str) -> int:
    return (int(hour) % 12 + (12 if half[0].lower() == "p" else 0)) * 60 + int(minute or 0)


@rule("figures.hours-span", "self-contradiction", "error",
      "a time span and its number of hours that disagree ('from 8am to 10pm, twelve hours')")
def hours_that_do_not_match(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'closed from 8am to 10pm, twelve hours': the clock says 14 hours. Only when the hours
    follow the span directly (after a comma, a bracket, a dash, 'for' or 'a'), so they are
    the span's own length; 'and a half' is left alone."""
    for match in HOURS_SPAN.finditer(article.text):
        start = clock_minutes(*match.group(1, 2, 3))
        end = clock_minutes(*match.group(4, 5, 6))
        span = (end - start) % (24 * 60) or 24 * 60
        stated = count_of(match.group(7))
        if stated is None or span % 60 or span // 60 == stated:
            continue
        yield Spot(match.start(7), match.end(),
                   f"From {article.text[match.start(1):match.end(3)]} to "
                   f"{article.text[match.start(4):match.end(6)]} is {span // 60} hours, not "
                   f"{stated}. Is a time or the number of hours wrong?", None,
                   ((match.start(), match.end(6)),))


PERCENT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
SHARE = re.compile(rf"\b{NUMBER}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?{NUMBER}\b"
                   rf"[^.;()\d]{{0,40}}?(?:,\s*or\s+|\s*\(\s*){PERCENT}")
CHANGE_FROM = re.compile(rf"\bby\s+{PERCENT},?\s+from\s+([£$€]?){NUMBER}(\s?(?:million|billion))?"
                         rf"\s+to\s+([£$€]?){NUMBER}(\s?(?:million|billion))?")


def _off(stated: str, exact: float) -> bool:
    """True when ``exact`` cannot be rounded (or cut) to ``stated``: more than one unit of its
    last digit away ('33' for 33.3 or 34.0 is fine)."""
    decimals = len(stated.split(".")[1]) if "." in stated else 0
    return abs(exact - float(stated)) >= 10 ** -decimals + 1e-9


@rule("figures.percentage", "self-contradiction", "warning",
      "a percentage that does not match its own numbers ('12 of the 40 members, or 40 per cent')")
def percentages_that_do_not_match(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'12 of the 40 members, or 40 per cent' (it is 30 per cent) and 'rose by 11 per cent,
    from £178 to £205' (it is 15 per cent): a percentage in one phrase with the numbers it is
    made of, that arithmetic contradicts. Rounding is allowed; years ('from 2019 to 2023') are
    not read as amounts."""
    for match in SHARE.finditer(article.text):
        part, whole = (float(g.replace(",", "")) for g in match.group(1, 2))
        if whole and part <= whole and _off(match.group(3), 100 * part / whole):
            yield Spot(match.start(3), match.end(),
                       f"{match.group(1)} of {match.group(2)} is about "
                       f"{100 * part / whole:.0f} per cent, not {match.group(3)}. Which number "
                       "is wrong?", None, ((match.start(), match.end(2)),))
    said = set()
    for match in CHANGE_FROM.finditer(article.text):
        before, after = (float(g.replace(",", "")) for g in match.group(3, 6))
        if match.group(2) != match.group(5) or (match.group(4) or "") != (match.group(7) or "") \
                or not before or re.fullmatch(r"(?:19|20)\d\d", match.group(3)):
            continue
        exact = abs(after - before) / before * 100
        if _off(match.group(1), exact):
            said.add(match.start(1))
            end = re.compile(PERCENT).match(article.text, match.start(1)).end()
            yield Spot(match.start(1), end,
                       f"From {article.text[match.start(2):match.end(3)]} to "
                       f"{article.text[match.start(5):match.end(6)]} is a change of about "
                       f"{exact:.0f} per cent, not {match.group(1)}. Which number is wrong?",
                       None, ((match.start(2), match.end()),))
    yield from (spot for spot in percent_changes(article) if spot.start not in said)
    yield from point_changes(article)


@rule("figures.age-two-ways", "self-contradiction", "warning",
      "one person given two ages ('Ann Lee, 45,', later 'Lee, 54,')")
def ages_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Ann Lee, 45, runs the shop' and later 'Lee, 54, said': an age written after a name
    between commas, given twice with two values. A surname two people of the article share
    ('Tom Lee', 'Ann Lee') is left alone: the ages may be theirs."""
    people = {tuple(words) for words in name_chains(article).values() if len(words) >= 2}
    surnames = [words[-1] for words in people]
    for words in people:
        if surnames.count(words[-1]) > 1:
            continue
        named = "|".join(re.escape(w) for w in (" ".join(words), words[-1]))
        ages = list(re.finditer(rf"(?<![\w-])(?:{named}),\s(\d{{1,3}}),", article.text))
        first = ages[0] if ages else None
        later = next((m for m in ages[1:] if m.group(1) != first.group(1)), None)
        if later is not None:
            yield Spot(later.start(1), later.end(1),
                       f"Here {' '.join(words)} is {later.group(1)}, but in "
                       f"{where(article, first.start())} {first.group(1)}. Which age is right?",
                       None, ((first.start(), first.end(1)),))


WEEKDAY_DATE = re.compile(
    rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:({ANY_MONTH})\s*(\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({ANY_MONTH}),?)\s+((?:19|20)\d\d)\b")


def month_named(word: str) -> str:
    """The full name of a month written in full or short ('Oct.', 'Sept', 'Dec' -> December)."""
    stem = word.rstrip(".")[:3].title()
    return next(month for month in MONTHS if month.startswith(stem))


@rule("figures.wrong-weekday", "self-contradiction", "error",
      "a date whose weekday is wrong ('Monday, 4 March 2025' was a Tuesday)")
def wrong_weekdays(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A full date with its weekday and year that the calendar contradicts."""
    for match in WEEKDAY_DATE.finditer(article.text):
        month = month_named(match.group(2) or match.group(5))
        day = int(match.group(3) or match.group(4))
        try:
            date = datetime.date(int(match.group(6)), MONTHS.index(month) + 1, day)
        except ValueError:
            yield Spot(match.start(), match.end(),
                       f"There is no {day} {month} in {match.group(6)}. Which date is meant?")
            continue
        weekday = WEEKDAYS[date.weekday()]
        if weekday != match.group(1):
            yield Spot(match.start(1), match.end(),
                       f"{day} {month} {match.group(6)} was a {weekday}, not a "
                       f"{match.group(1)}. Is the day or the date wrong?", weekday)


DATED_DAY = re.compile(
    rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:({ANY_MONTH})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"|(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({ANY_MONTH}))"
    rf"(,?\s+(?:19|20)\d\d)?")


@rule("figures.date-two-weekdays", "self-contradiction", "error",
      "one date given two different weekdays ('Tuesday 3 March', later 'Thursday 3 March')")
def dates_given_two_weekdays(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Tuesday 3 March' and later 'Thursday 3 March': a date falls on one weekday, so one of
    the two is wrong. Dates given with two different years are left alone."""
    seen: dict[tuple[str, int], re.Match] = {}
    for match in DATED_DAY.finditer(article.text):
        date = (month_named(match.group(2) or match.group(5)),
                int(match.group(3) or match.group(4)))
        earlier = seen.setdefault(date, match)
        years = {m.group(6).strip(" ,") for m in (earlier, match) if m.group(6)}
        if earlier.group(1) != match.group(1) and len(years) < 2:
            yield Spot(match.start(1), match.end(),
                       f"Here {date[1]} {date[0]} is a {match.group(1)}, but in "
                       f"{where(article, earlier.start())} it is a {earlier.group(1)}. One date "
                       "falls on one day of the week: which is right?",
                       earlier.group(1), ((earlier.start(1), earlier.end(1)),))


@functools.lru_cache(maxsize=1)
def one_off_events() -> frozenset[str]:
    """Nouns for an event held once, on one day ('auction', 'funeral'), from measures.json."""
    data = json.loads((DATA_DIR / "measures.json").read_text(encoding="utf-8"))
    return frozenset(data["one_off_events"]["words"])


DAY = rf"(?:{'|'.join(WEEKDAYS)}|(?:{'|'.join(MONTHS)}) \d{{1,2}}\b|\d{{1,2}} (?:{'|'.join(MONTHS)}))"


@rule("figures.event-two-dates", "self-contradiction", "warning",
      "one event given two different days or dates")
def events_given_two_dates(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the meeting on Tuesday' and later 'Wednesday’s meeting': one event (a noun of one
    event group, spoken of as the only one) on two days; or something that happens once
    'opened on' two dates; or a body that meets ('the Council when it meets on Wednesday')
    and its meeting on another weekday. Weekdays are compared with weekdays and dates with
    dates; a noun given three or more days is left alone (several events)."""
    groups = [*event_groups(), *([noun] for noun in one_off_events())]
    nouns = {noun: n for n, group in enumerate(groups) for noun in group}
    names = "|".join(sorted(nouns, key=len, reverse=True))
    # 'the auction on Saturday', and an event held once without 'the': 'sold at auction on'
    once = "|".join(sorted(one_off_events(), key=len, reverse=True))
    on_day = re.compile(rf"\b(?:(?i:the|its|his|her|their) ({names})|(?i:at|an?) ({once})),?\s+"
                        rf"(?:\w+\s+){{0,3}}?(?:on|for)\s+({DAY})")
    day_of = re.compile(rf"\b({DAY})(?:’s|'s)?\s+({names})\b")
    dated: dict[tuple[int, bool], list[tuple[int, int, str]]] = {}
    for match in on_day.finditer(article.text):
        day = match.group(3)
        dated.setdefault((nouns[(match.group(1) or match.group(2)).lower()], day in WEEKDAYS),
                         []).append((match.start(3), match.end(3), day))
    for match in day_of.finditer(article.text):
        day = match.group(1)
        dated.setdefault((nouns[match.group(2)], day in WEEKDAYS), []).append(
            (match.start(1), match.end(1), day))
    yield from _opened_twice(article)
    yield from _event_months(article)
    yield from body_meets_twice(article)
    yield from deeds_named_again(article)
    yield from deeds_retold(article)
    yield from sitting_named_again(article)
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


# kinds of event that recur month by month ('the March meeting', 'the April meeting' are two
# meetings): a month names them, so two months are two events
RECURRING = frozenset({"meeting", "game", "match"})
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"


def _event_months(article: Article) -> Iterator[Spot]:
    """'a two-day visit to the home on 15 and 16 September' and later 'the October visit':
    one event dated to a day of one month and later named by another month. Events that
    recur (meetings, matches) are named by their month and left alone, and so is an event
    the article dates to three or more months."""
    groups = [group for group in event_groups() if not group & RECURRING]
    nouns = {noun: n for n, group in enumerate(groups) for noun in group}
    names = "|".join(sorted(nouns, key=len, reverse=True))
    months = "|".join(MONTHS)
    dated = re.compile(rf"\b(?i:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?({names})\b"
                       rf"[^.;\n]{{0,40}}?\b(?:on|from)\s+(?:{ORDINAL}\s+(?:and|to|-|–)\s+)?"
                       rf"(?:{ORDINAL}\s+({months})|({months})\s+{ORDINAL})\b")
    named = re.compile(rf"\b(?i:the)\s+({months})\s+({names})\b")
    dates: dict[int, list[re.Match]] = {}
    for match in dated.finditer(article.text):
        dates.setdefault(nouns[match.group(1).lower()], []).append(match)
    for match in named.finditer(article.text):
        group = dates.get(nouns[match.group(2).lower()], ())
        earlier = [m for m in group if m.start() < match.start()]
        months_given = {m.group(2) or m.group(3) for m in earlier}
        if len(months_given) != 1 or match.group(1) in months_given:
            continue
        first = earlier[0]
        at = first.start(2) if first.group(2) else first.start(3)
        month = first.group(2) or first.group(3)
        yield Spot(match.start(1), match.end(1),
                   f"Here it is the {match.group(1)} {match.group(2)}, but in "
                   f"{where(article, first.start())} the {first.group(1)} is in {month}. If it "
                   "is the same event, which month is right?", month, ((at, at + len(month)),))
        return


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

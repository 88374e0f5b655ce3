"""Time said to have passed since something, held against the date the article gave for it.

'The park was left to the county in 1952 by the Harrowden family' and, in an article dated
2026, 'the Harrowden family's gift had been honoured for more than 80 years' (74 years); 'the
grant, which the city has paid every year since 2004' and 'after 12 years of support' (22). A
length of time that runs up to the day of the article ('for', 'after … of', '… after her first
complaint') is linked to the one dated past event whose sentence shares the most words with
its own (two words or pairs of words at least: 'Harrowden', 'family',
'Harrowden family'), and measured against the dateline.

A length may also be named by what was done in it ('the 12 years Corvane has served the
island'), when a name is the subject.

Limits: the link is made by shared words, not by meaning; a length of time in a sentence that
gives its own date or year ('in 2019, after 12 years') is left alone, and so are a person's
own spans ('has worked there for 20 years') and lengths that fit with their hedge ('more
than', 'almost'); the rule cannot know which figure is wrong.
"""
from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.dates import dateline
from medialit.checks.figures import MONTHS
from medialit.checks.measures import HEDGE, NUMBER, load_measure_words
from medialit.checks.number_words import number_in_words
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

UNIT_DAYS = {"week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5}
LENGTH = rf"(?:{HEDGE}\s+)?{NUMBER}\s+(weeks?|months?|years?|decades?)"
SO_FAR = re.compile(rf"\b(?:(?i:for|after)\s+(?:the\s+(?:last|past)\s+)?{LENGTH}\b"
                    rf"|\b(?i:(almost|nearly|more\s+than|over|about|some))?\s*{NUMBER}\s+"
                    r"(weeks?|months?|years?)\s+(?:after|since)\s+(?:his|her|their|its|the)\b)")
# 'the 12 years Corvane has served the island': a length up to now named by what was done
SO_FAR_NAMED = re.compile(rf"\b(?i:the)\s+{LENGTH}\s+(?:that\s+|in\s+which\s+)?"
                          r"(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:has|have|had)\s+(?:been\s+)?"
                          r"(?:[a-z]+ed|run|flown|led|kept|held|taught|built|sold|grown|won|sung)\b")
YEAR = r"((?:1[89]|20)\d\d)"
PAST = re.compile(rf"\b(?:(\d{{1,2}})\s+({'|'.join(MONTHS)})|({'|'.join(MONTHS)})\s+(\d{{1,2}})\b)"
                  rf"(?:,?\s+{YEAR})?|\b({'|'.join(MONTHS)})\s+{YEAR}|\b(?:in|since|of)\s+{YEAR}\b")
COMMON = frozenset("""the a an and or but of to in on at for from with by as is are was were be
    been has have had will would said says say this that these those it its their they he she
    his her we our you year years month months week weeks day days time which who what when
    where than more less also only about after before since every first last other new one two
    three four five six seven eight nine ten said told added there then now still not no""".split())


def _words(article: Article, sentence) -> set[str]:
    """The content words of a sentence (nouns, names, verbs, adjectives) as lemmas, and each
    pair of names or nouns in a row ('harrowden family'), which links more surely."""
    tokens = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or ()
    words, previous = set(), None
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and not token.is_stop and \
                lemma not in COMMON and token.is_alpha:
            words.add(lemma)
            if previous is not None and token.pos_ in ("NOUN", "PROPN"):
                words.add(f"{previous} {lemma}")
            previous = lemma if token.pos_ in ("NOUN", "PROPN") else None
        else:
            previous = None
    return words


def _dated(match: re.Match, today: datetime.date) -> datetime.date | None:
    """The day a PAST match names: 1 July of a year named alone, the 15th of a month named
    with its year; a day and month with no year is the last such day before ``today``."""
    try:
        if match.group(8):
            return datetime.date(int(match.group(8)), 7, 1)
        if match.group(6):
            return datetime.date(int(match.group(7)), MONTHS.index(match.group(6)) + 1, 15)
        month = MONTHS.index(match.group(2) or match.group(3)) + 1
        day = datetime.date(int(match.group(5) or today.year), month,
                            int(match.group(1) or match.group(4)))
    except ValueError:
        return None
    return None if day > today and not match.group(5) else day  # a coming day, or last year's


PERSONAL = frozenset("i we you he she they who".split())


def _said_of_a_person(article: Article, offset: int) -> bool:
    """True when the length of time belongs to a verb whose subject is a person ('Dr Jones
    has worked at the hospital for 20 years'): a person's own span, not the age of the thing
    dated elsewhere."""
    tokens = article.doc[bisect.bisect_left(article.token_starts, offset):]
    verb = tokens[0] if len(tokens) else None
    for _ in range(4):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    people = load_measure_words()["people"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in PERSONAL or c.ent_type_ == "PERSON" or c.lemma_.lower() in people)
        for c in verb.children)


def _fits(said: float, exact: float, hedge: str) -> bool:
    hedge = re.sub(r"\s+", " ", hedge.lower())
    if hedge in ("more than", "over", "just over"):
        return exact >= said * 0.97
    if hedge in ("almost", "nearly", "just under"):
        return said * 0.75 <= exact <= said * 1.03
    slack = max(1.0, said * (0.2 if hedge else 0.1))
    return abs(exact - said) <= slack


@rule("figures.time-since-dated", "self-contradiction", "warning",
      "a length of time up to now that the date of the event it counts from contradicts ('left "
      "to the county in 1952', in 2026 'for more than 80 years')")
def times_since_dated(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'For more than 80 years' in an article of 2026, when the thing it counts from is dated
    1952 in a sentence sharing at least two words with it ('Harrowden family'), and no other
    dated sentence shares as many. Lengths in a sentence with a year or date of their own, or
    in the past tense of a finished span ('ran it for 12 years until 2010'), are left alone."""
    dated = dateline(article)
    if dated is None:
        return
    today, head = dated
    past = []
    for match in PAST.finditer(article.text):
        when = _dated(match, today)
        if when is not None and when < today and not head.start() <= match.start() < head.end():
            past.append((match, when))
    for sentence in article.sentences:
        for match in [*SO_FAR.finditer(sentence.text), *SO_FAR_NAMED.finditer(sentence.text)]:
            yield from _against(article, sentence, match, past, today)


def _against(article: Article, sentence, match: re.Match, past: list, today: datetime.date
             ) -> Iterator[Spot]:
    """The length ``match`` in ``sentence`` against the dated event it is linked to."""
    own = [p for p in past if sentence.start <= p[0].start() < sentence.end]
    if own or re.search(r"\b(?:until|till|ago|before|between|from)\b", sentence.text) or \
            re.search(r"\b(?:will|would|could|next|another|more)\b",
                      sentence.text[max(0, match.start() - 12):match.start()]):
        return
    if _said_of_a_person(article, sentence.start + match.start()):
        return
    hedge = match.group(1) or (match.group(4) if match.re.groups > 3 else None) or ""
    number, unit = (match.group(2), match.group(3)) if match.group(2) else \
        (match.group(5), match.group(6))
    said = number_in_words(number)
    if said is None or said == 0:
        return
    words = _words(article, sentence)
    per = UNIT_DAYS[unit.rstrip("s")]
    scored = []
    for event, when in past:
        home = next(s for s in article.sentences if s.start <= event.start() < s.end)
        if 0.4 * said <= (today - when).days / per <= 2.5 * said:  # a span of that order
            scored.append((len(words & _words(article, home)), event, when))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0] and \
            scored[1][2] != scored[0][2]:
        return
    _, event, when = scored[0]
    exact = (today - when).days / per
    if _fits(said, exact, hedge):
        return
    start = sentence.start + match.start(2 if match.group(2) else 5)
    if hedge:
        start = sentence.start + (match.start(1) if match.group(1) else match.start(4))
    end = sentence.start + (match.end(3) if match.group(2) else match.end(6))
    shown, dated = f"{exact:.0f} {unit.rstrip('s')}s", f"{today.day} {MONTHS[today.month - 1]} " \
        f"{today.year}"
    length = article.text[start:end]
    at = (event.start(8), event.end(8)) if event.group(8) else (event.start(), event.end())
    if event.start() < start:
        yield Spot(start, end, f"{_place(article, event.start())} dates it “{event.group(0)}”, "
                   f"and the article is dated {dated}: that is about {shown}, not “{length}”. "
                   "Which is right?", None, (at,))
    else:  # the later of the two mentions is circled
        yield Spot(*at,
                   f"{_place(article, start)} says “{length}”, and the article is dated "
                   f"{dated}; here it dates it “{event.group(0)}”, which is about {shown} ago. "
                   "Which is right?", None, ((start, end),))


def _place(article: Article, offset: int) -> str:
    place = where(article, offset)
    return place[0].upper() + place[1:]

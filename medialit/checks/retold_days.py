"""A day told once and retold later on another weekday: a body that meets on one day and its
meeting or vote on another ('when it meets on Thursday 17 December', later 'Wednesday's vote');
a deed of the lead named again as a noun ('won on Sunday', later 'Saturday's win'); a deed
told again in a clause that points back to it ('reached the zoo on Tuesday', later 'since
they arrived on Wednesday').

Limits: the rules cannot be sure the two mentions are one event; they stay quiet when the
article gives the deed several days, or marks the later one as another ('next', 'second').
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot
from medialit.checks.spans import where

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


MEETS = re.compile(rf"\b([A-Z][a-z]+),?\s+(?:when|where)\s+(?:it|they)\s+(?:next\s+)?meets?\s+"
                   rf"(?:on|for)\s+({'|'.join(WEEKDAYS)})")
BODY_MEETING = re.compile(rf"\b(?i:the)\s+([A-Z][a-z]+)(?:[’']s)?\s+meeting\s+(?:on|for)\s+"
                          rf"({'|'.join(WEEKDAYS)})")


def body_meets_twice(article: Article) -> Iterator[Spot]:
    """'the university's governing Council when it meets on Wednesday 16 December' and later
    'outside the Council meeting on Thursday': the body named with a capital meets on one
    day. Only one meeting day said with 'when it meets', and one other weekday after it."""
    meets = list(MEETS.finditer(article.text))
    if len({(m.group(1), m.group(2)) for m in meets}) != 1:
        return
    first = meets[0]
    for match in BODY_MEETING.finditer(article.text, first.end()):
        if match.group(1) != first.group(1) or match.group(2) == first.group(2):
            continue
        yield Spot(match.start(2), match.end(2),
                   f"Here the {match.group(1)} meeting is on {match.group(2)}, but in "
                   f"{where(article, first.start())} the {first.group(1)} meets on "
                   f"{first.group(2)}. If it is the same meeting, which day is right?",
                   first.group(2), ((first.start(2), first.end(2)),))
        return


# a thing done, and the nouns that name it afterwards ('won on Sunday', 'Saturday's win')
DEEDS = {"won": "win|victory|triumph", "beat": "win|victory", "lost": "defeat|loss",
         "drew": "draw", "cut the ribbon": "ribbon-cutting|opening", "opened": "opening",
         "voted": "vote", "met": "meeting", "marched": "march", "protested": "protest",
         "signed": "signing", "launched": "launch", "unveiled": "unveiling",
         "walked out": "walkout|strike"}


def deeds_named_again(article: Article) -> Iterator[Spot]:
    """'won promotion on Sunday' in the lead and later 'Saturday's win': the lead's deed
    (a verb in a sentence with one weekday) named again as a noun on another weekday. Only
    when every sentence with the verb and one weekday gives the same weekday (an article of
    several games, each won on its day, is left alone)."""
    lead = article.paragraphs[1:3]
    if not lead:
        return
    weekday = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
    for verb, nouns in DEEDS.items():
        days, in_lead = {}, False
        for sentence in article.sentences:
            found = set(weekday.findall(sentence.text))
            if len(found) == 1 and re.search(rf"\b{verb}\b", sentence.text):
                day = found.pop()
                days.setdefault(day, sentence.start + sentence.text.index(day))
                in_lead = in_lead or sentence.start < lead[-1].end
        if len(days) != 1 or not in_lead:
            continue
        (day, at), = days.items()
        later = re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:[’']s)\s+(?:[\w-]+\s+)?(?:{nouns})\b|"
                           rf"\b(?i:the)\s+(?:{nouns})\s+on\s+({'|'.join(WEEKDAYS)})\b")
        for match in later.finditer(article.text):
            group = 1 if match.group(1) else 2
            if match.group(group) == day or OTHER_DEED.search(_sentence_of(article, match)) or \
                    group == 1 and _is_compound(article, match.end() - 1):
                continue  # another one ('next Tuesday's vote'), or a noun of a noun ('win bonus')
            yield Spot(match.start(group), match.end(group),
                       f"In {where(article, at)} it happened on {day}; here it is "
                       f"{match.group(group)}. If it is the same event, which day is right?",
                       day, ((at, at + len(day)),))
            return


# words that make a later deed another one: to come, or a second of its kind
OTHER_DEED = re.compile(r"\b(?:next|upcoming|another|second|final|expected|will|would|planned|"
                        r"scheduled|due|previous|earlier|last\s+week|first)\b", re.I)


def _sentence_of(article: Article, match: re.Match) -> str:
    return next((s.text for s in article.sentences if s.start <= match.start() < s.end), "")


def _is_compound(article: Article, offset: int) -> bool:
    """True when the word at ``offset`` qualifies the noun after it ('victory' in 'victory
    rally')."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return False
    token = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
    return token is not None and token.dep_ == "compound"


DAY = rf"({'|'.join(WEEKDAYS)})"
BODIES = r"(?:committee|council|board|cabinet|commission|panel|authority|trustees|governors|jury)"
# a body that decides, and the one weekday it meets or decides on
BODY_SITS = re.compile(
    rf"\b(?i:the)\s+(?:[A-Za-z’'-]+\s+){{0,3}}?({BODIES})\b(?![’'-])[^.;]{{0,90}}?"
    rf"\b(?:(?:when|where)\s+(?:it|they)\s+(?:next\s+)?meets?|(?:will|is\s+due\s+to|is\s+to|is\s+"
    rf"expected\s+to|are\s+due\s+to)\s+(?:meet|vote|decide|sit|rule))\s+(?:on|next)\s+{DAY}")
SITTING_NAMED = re.compile(rf"\b{DAY}(?:’s|'s)\s+(?:[a-z-]+\s+)?"
                           rf"(vote|meeting|decision|hearing)\b|"
                           rf"\b(?i:the)\s+(vote|meeting|decision|hearing)\s+on\s+{DAY}")
PAST_OR_OTHER = re.compile(r"\b(?:last|previous|earlier|second|first|full|final|another|"
                           r"separate|was|were|had)\s+$", re.I)


def sitting_named_again(article: Article) -> Iterator[Spot]:
    """'The committee is expected to approve the plan when it meets on Thursday 17 December',
    later 'before next Wednesday's vote': the body decides on one day, so its vote, meeting or
    decision cannot be on another. Only when the article gives one body one such day, and the
    later sentence names no other body."""
    sits = list(BODY_SITS.finditer(article.text))
    if len({m.group(2) for m in sits}) != 1:
        return
    first = sits[0]
    body = first.group(1).lower()
    for match in SITTING_NAMED.finditer(article.text, first.end()):
        day = match.group(1) or match.group(4)
        at = match.start(1) if match.group(1) else match.start(4)
        sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
        if day == first.group(2) or sentence is None or \
                PAST_OR_OTHER.search(article.text[max(sentence.start, match.start() - 12):
                                                  match.start()]) or \
                set(re.findall(rf"\b{BODIES}\b", sentence.text.lower())) - {body}:
            continue
        yield Spot(at, at + len(day),
                   f"{where(article, first.start()).capitalize()} says the {body} meets on "
                   f"{first.group(2)}; here the {match.group(2) or match.group(3)} is on {day}. "
                   "If it is the same one, which day is right?",
                   first.group(2), ((first.start(2), first.end(2)),))
        return


# one deed, and the verbs that tell it ('reached', later 'since they arrived')
RETOLD = {"arrive": r"arrived|reached|got\s+to|got\s+into|landed|docked",
          "leave": r"left|departed|set\s+off|set\s+out",
          "die": r"died|was\s+killed|were\s+killed",
          "open": r"opened|reopened"}
# a clause that points back to a deed already told
POINTS_BACK = r"(?:since|after|when|once|until|before)\s+(?:they|it|he|she|we|the\s+[a-z]+)\s+"


def deeds_retold(article: Article) -> Iterator[Spot]:
    """'They reached Mossbury early on Tuesday 3 March' and later 'Since they arrived on
    Wednesday': a deed told with one weekday, then pointed back to ('since they …') on
    another. Only when every sentence telling the deed with one weekday gives the same day."""
    weekday = re.compile(rf"\b{DAY}\b")
    for verbs in RETOLD.values():
        told = re.compile(rf"\b(?:{verbs})\b", re.I)
        back = re.compile(rf"\b(?i:{POINTS_BACK})(?:first\s+|finally\s+)?(?:{verbs})\b"
                          rf"[^.;]{{0,30}}?\bon\s+{DAY}")
        days: dict[str, int] = {}
        for sentence in article.sentences:
            found = set(weekday.findall(sentence.text))
            if len(found) == 1 and told.search(sentence.text) and not back.search(sentence.text):
                day = found.pop()
                days.setdefault(day, sentence.start + sentence.text.index(day))
        if len(days) != 1:
            continue
        (day, at), = days.items()
        for match in back.finditer(article.text, at):
            clause = article.text[max(0, match.start() - 25):match.end()]
            if match.group(1) == day or OTHER_DEED.search(clause):
                continue
            yield Spot(match.start(1), match.end(1),
                       f"{where(article, at).capitalize()} says it happened on {day}; here it "
                       f"is {match.group(1)}. If it is the same event, which day is right?",
                       day, ((at, at + len(day)),))
            return

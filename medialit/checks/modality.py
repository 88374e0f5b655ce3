"""Whether 'should' and 'must' judge, or only tell a timetable or a rule.

'The council should resign' and 'Ministers must act now' are opinions a reader wants a source
for. 'Work should be finished before the season opens in September' only says when
something is expected, and 'From Monday, households must not use a hosepipe' only says what
a rule requires: both are plain reporting, and the rule attribution.unsourced-opinion leaves
them alone.
"""
from __future__ import annotations

import re

from medialit.article import Article

# what a timetable expects to happen ('should open in May', 'should be finished by June')
SCHEDULED = frozenset({"finish", "complete", "open", "reopen", "close", "start", "begin",
                       "arrive", "end", "last", "take", "resume", "return", "follow", "clear",
                       "run", "launch", "conclude", "expire", "arrive", "land", "reach"})
READY = frozenset({"finished", "completed", "complete", "ready", "done", "open", "back", "over",
                   "operational", "running", "delivered", "installed", "built", "repaired",
                   "restored", "fixed", "available", "known", "published", "announced"})
# what tells that a 'must' is a rule's ('under the ban', 'could be fined')
RULE_WORDS = re.compile(r"\b(?:ban|bans|banned|rules?|law|laws|regulations?|bylaws?|by-laws?|"
                        r"order|restrictions?|requirements?|licen[cs]e|permit|fined?|fines|"
                        r"penalt(?:y|ies)|prohibited|forbidden|allowed|illegal|legally|"
                        r"mandatory|compulsory|under the)\b", re.I)
EVERYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "all", "nobody", "no one"})


def plain_modal(article: Article, start: int, end: int, marker: str) -> bool:
    """True when the sentence at ``start``–``end`` uses ``marker`` ('should', 'must') for a
    timetable or a rule, not a judgement: 'should' with a verb of a timetable and a time
    ('should arrive in January'), or 'must' said of people at large ('households', 'anyone')
    in a paragraph about a rule."""
    word = marker.lower()
    if word not in ("should", "must") or not article.doc.has_annotation("DEP"):
        return False
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for modal in (t for t in span if t.lower_ == word and t.dep_ == "aux"):
        verb = modal.head
        if word == "should" and _timed(span) and (
                verb.lemma_.lower() in SCHEDULED or
                verb.lemma_ == "be" and any(c.lower_ in READY for c in verb.children) or
                verb.lower_ in READY and any(c.dep_ == "auxpass" for c in verb.children)):
            return True
        if word == "must" and _people_at_large(verb) and RULE_WORDS.search(
                article.text, *_paragraph(article, start)):
            return True
    return False


def _timed(span) -> bool:
    """True when the sentence says when: a date or a time ('in January', 'by the spring')."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in span) or \
        re.search(r"\b(?:by|before|after|until|within|in)\s+(?:the\s+)?(?:spring|summer|autumn|"
                  r"fall|winter|weekend|end of)\b", span.text, re.I) is not None


def _people_at_large(verb) -> bool:
    """True when the verb's subject is people in general: a bare plural ('households',
    'dog owners') or 'anyone', 'everyone', 'all visitors'."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in EVERYONE:
        return True
    return subject.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") and c.lower_ != "all" for c in subject.children) \
        and not any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in subject.subtree)


def _paragraph(article: Article, at: int) -> tuple[int, int]:
    paragraph = article.paragraphs[article.paragraph_index(at)]
    return paragraph.start, paragraph.end

"""Counts foretold as sure: what a scheme 'will' do to a number of things.

'It will take around 4,000 car journeys a week off the roads', 'The factory will create 350
jobs', 'The line is expected to attract 12,000 passengers a day': somebody (the council, the
company, a study) worked the figure out, and a reader needs to know who to judge it. The rule
attribution.unsourced-figure asks who says so when no source stands near. Limits: only the
effects of ``EFFECTS`` are read; a size or a capacity ('will carry 80 passengers') is not a
forecast, and a body's own plan ('the council will cut 40 posts') is its own deed.
"""
from __future__ import annotations

import re

from medialit.article import Article
from medialit.checks.careers import BODY_KINDS
from medialit.lexicons import load_source_words

# a count, in digits or words, with the hedge before it ('around 4,000', 'up to 300', 'two
# hundred', 'thousands of')
NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
FORETOLD = re.compile(
    r"(?:(?:around|about|some|roughly|nearly|almost|up\s+to|more\s+than|over|as\s+many\s+as|"
    r"an\s+estimated|at\s+least)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{2,}|" + NUMBER_WORDS + r"\s+(?:hundred|thousand|million)|"
    r"hundreds|thousands|millions)\b(?:\s+of)?(?:\s+[\w’'-]+){0,2}", re.I)
# what a plan or a scheme is foretold to do to a count of things: create jobs, take cars off
# the road, save lives, attract visitors
EFFECTS = frozenset({"create", "generate", "attract", "bring", "draw", "save", "prevent",
                     "avoid", "remove", "divert", "take", "keep", "cut", "reduce", "lift",
                     "support", "safeguard", "secure", "protect", "help", "boost", "add",
                     "produce", "stop", "get", "power", "heat", "supply", "employ", "lure",
                     "welcome", "treat"})
# a forecast with nobody making it: 'is expected to', 'is forecast to', 'is projected to'
FORESEEING = frozenset({"expect", "forecast", "predict", "project", "estimate", "set"})
# bodies whose count of what they have done is their own record ('the society has taken 900
# bookings'), beside the kinds of workplace
DOERS = frozenset({"society", "organisation", "organization", "group", "show", "event",
                   "festival", "owner"})
# what is counted in time or size, not an effect ('will take three years', 'will add 20 metres')
MEASURE_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second",
                           "metre", "meter", "mile", "kilometre", "foot", "feet", "acre",
                           "hectare", "percent", "cent", "point", "degree"})


def foretold_count(article: Article, sentence) -> re.Match | None:
    """'It will take around 4,000 car journeys a week off the roads.', 'The bypass will
    create 300 jobs.', 'The crossing has prevented 12 crashes.', 'It will cut the waiting
    list by 3,000.': the main verb, with 'will' or 'has', says what something (a scheme, a
    plan; not a person nor a body, whose own deeds these would be) will do or has done
    (``EFFECTS``) to a count of things, in digits or words: a forecast or a count somebody
    made, stated as sure. Left alone: 'would', 'could', 'if'; a time or a size ('will take
    three years'); what a body or a show has done ('the society has taken 900 bookings', its
    own record). 'Is expected to', 'is forecast to' with no 'by …' foretell as surely as
    'will'."""
    span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None or re.search(r"\b(?:would|could|might|may|if|unless)\b", sentence.text, re.I):
        return None
    verb = span.root
    foreseen = verb.lemma_.lower() in FORESEEING and \
        any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if foreseen:  # 'The scheme is expected to take 4,000 cars off the road': by whom?
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    # 'will create', or already done: 'has saved 40 lives', 'have taken 900 cars off'
    foretold = foreseen or any(c.dep_ == "aux" and c.lower_ in ("will", "’ll", "'ll")
                               for c in verb.children)
    done = verb.tag_ == "VBN" and \
        any(c.dep_ == "aux" and c.lower_ in ("has", "have", "’ve", "'ve") for c in verb.children) \
        and (verb.lemma_.lower() != "take" or
             any(c.lower_ in ("off", "out", "away") for c in verb.children))
    if verb.lemma_.lower() not in EFFECTS or any(c.dep_ == "neg" for c in verb.children) or \
            not foretold and not done:
        return None
    words = load_source_words()
    if subject is None or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
            subject.pos_ == "PRON" and subject.lower_ not in ("it", "this") or \
            subject.lemma_.lower() in words["people"] | words["institutions"] or \
            not foretold and subject.lemma_.lower() in BODY_KINDS | DOERS:
        return None
    # the count is what the verb acts on, or by how much ('will cut crashes by 40')
    by = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "by"
          for c in p.children if c.dep_ == "pobj"]
    counted = next((c for c in verb.children if c.dep_ == "dobj" and
                    c.lemma_.lower() not in MEASURE_NOUNS and
                    any(t.like_num or t.lower_ in ("hundreds", "thousands", "millions")
                        for t in c.subtree)), None) or \
        next((c for c in by if c.like_num and not re.search(r"%|per", c.head.text + " " +
                                                            " ".join(t.text for t in c.subtree))),
             None)
    if counted is None:
        return None
    return FORETOLD.search(sentence.text, counted.left_edge.idx - sentence.start,
                           counted.right_edge.idx + len(counted.right_edge.text) - sentence.start)

"""Vague sources that are not vague after all: a question asked, a share of those surveyed.

'Customers who … ask whether the ban affects them' asks, and claims nothing; 'The survey
found that … most said they would not walk' gives a share of the people the survey asked,
and the survey is the source. The rule sourcing.vague leaves both alone.
"""
from __future__ import annotations

import re

from medialit.article import Article
from medialit.model import Quote

VAGUE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "various", "numerous"})
# what says that people were counted: a survey, a poll, 'asked 240 shoppers', 'found that'
COUNTED = re.compile(r"\b(?:surveys?|polls?|polled|questionnaires?|census)\b|"
                     r"\basked\s+(?:\w+\s+)?\d[\d,]*|\b(?:found|showed|shows|finds)\s+that\b", re.I)


def asks_a_question(article: Article, quote: Quote) -> bool:
    """True when the reporting verb asks a question ('Customers who want to …, or ask whether
    the ban affects them, can call …'): nobody claims anything."""
    return quote.cue is not None and quote.cue.lower().startswith(("ask", "wonder", "inquir")) \
        and re.search(r"\b(?:whether|if|why|how|what|when)\s*$",
                      article.text[max(0, quote.start - 12):quote.start], re.I) is not None


def share_of_those_asked(article: Article, quote: Quote) -> bool:
    """True for 'most' or 'many' alone where its sentence or the one before reports a survey
    ('It found that … and that most said …'): a share of the people counted, who are its
    source."""
    if (quote.speaker or "").lower() not in VAGUE_QUANTIFIERS or quote.cue_start is None:
        return False
    number = next((n for n, s in enumerate(article.sentences)
                   if s.start <= quote.cue_start < s.end), None)
    return number is not None and any(COUNTED.search(s.text) for s in
                                      article.sentences[max(0, number - 1):number + 1])

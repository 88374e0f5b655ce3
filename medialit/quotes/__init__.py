"""Who said what: direct quotes, indirect speech, their reporting verbs and their speakers.

The method follows the rule-based tradition of quote attribution (Pareti et al. 2013; the
Gender Gap Tracker's syntactic and floating passes), rebuilt for spaCy 3 and extended:

1. Quotation marks are paired by family, paragraph by paragraph (``medialit.marks``).
2. Reporting verbs come from ``data/reporting_verbs.txt``; a verb with a reported clause
   (``ccomp``, a directive's ``xcomp``, an accusation's ``of``/``for`` phrase) is indirect
   speech, as is "according to X" (``clauses``).
3. A quote takes the reporting verb that governs it in the parse, else what introduces it
   without one (a sign-off "― Dana Reyes", a colon after "Reyes agreed", a title-case
   headline's subject, a noun whose text is quoted: ``introductions``), else the nearest verb
   in its sentence (``cues``); with none, a quote of three words or more continues the paragraph's
   last speaker and a shorter one is a scare quote, a term nobody is quoted as saying
   (``building``).
4. A speaker is the verb's subject, or the speaker the grammar puts elsewhere: after the
   verb in an inversion ("asked campaign manager Dana Reyes"), between a quote and a verb the
   parser left without a subject (``clauses``; ``speakers``). Pronouns go to the most recent compatible
   subject in the same paragraph, then to the most recent speaker, then to the most recent
   person named (``pronouns``); surnames go to the full name; "the official" goes back to
   "a senior official" (``phrases``).

Every quote records the rule that found it (``rule``) and how its speaker was chosen
(``speaker_reason``), so a lesson can show why, and where the engine went wrong. Without an
English model the quotes are found by word patterns instead (``patterns``).

Limits: no statistical coreference (pronouns resolve by the rules above, and say when they
are ambiguous); beliefs ("X thinks that") are left out unless asked for; a quote attributed
only by a sentence two sentences away is missed.
"""
from __future__ import annotations

from medialit.article import Article
from medialit.marks import MarkProblem, pair_marks
from medialit.model import Quote
from medialit.nlp import has_parser, load_nlp
from medialit.quotes.parsed import quotes_from_parse
from medialit.quotes.patterns import extract_quotes_by_pattern

__all__ = ["extract_quotes", "speech_quotes", "quote_problems"]


def extract_quotes(article: Article, include_beliefs: bool = False) -> list[Quote]:
    """Find every quote and every attribution in ``article``, in reading order.

    Scare quotes are included with ``form="scare"`` and no speaker, so nothing in quotation
    marks is silently dropped; use ``speech_quotes`` to leave them out.

    >>> from medialit.article import make_article
    >>> art = make_article("Talks\\n\\n“We will try,” said Ana Ruiz, the mayor.")
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(art)]
    [('We will try,', 'Ana Ruiz', 'said')]
    """
    spans, _ = _paired_marks(article)
    if not has_parser(load_nlp()):
        return extract_quotes_by_pattern(article, spans)
    return quotes_from_parse(article, spans, include_beliefs)


def speech_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes somebody is said to have said: scare quotes left out."""
    return [quote for quote in quotes if quote.form != "scare"]


def quote_problems(article: Article) -> list[MarkProblem]:
    """Quotation marks that open and never close, or close and never opened."""
    return _paired_marks(article)[1]


def _paired_marks(article: Article) -> tuple[list, list[MarkProblem]]:
    """The article's quotation marks paired once (the quotes and three checks all ask), as
    fresh lists each time so that no caller changes another's."""
    if "paired_marks" not in article.memo:
        article.memo["paired_marks"] = pair_marks(article.text, article.paragraphs)
    spans, problems = article.memo["paired_marks"]
    return list(spans), list(problems)

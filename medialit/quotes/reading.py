"""One pass over one article: its parse, where its quotes are, and who has spoken so far.

Every step of quote attribution reads the same things (the sentences, which characters stand
inside quotation marks, the article's names and roles), so ``QuoteReading`` makes them once.
``SpeakerHistory`` keeps the speakers resolved so far in reading order, because "he" and
"the official" point back to them.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from medialit.article import Article
from medialit.lexicons import load_reporting_verbs, load_source_words
from medialit.marks import QuotedSpan
from medialit.model import Speaker
from medialit.people import find_roles, is_title_case, name_chains


class QuoteReading:
    """The parse of one article with the quotation marks paired, looked up by offset."""

    def __init__(self, article: Article, spans: list[QuotedSpan], include_beliefs: bool):
        self.article = article
        self.text = article.text
        self.doc = article.doc
        self.spans = sorted(spans, key=lambda span: span.start)  # reading order, as from pair_marks
        self.span_starts = [span.start for span in self.spans]
        self.token_starts = article.token_starts
        self.ents = article.entities
        self.ent_starts = [ent.start for ent in self.ents]
        self.ent_start_chars = [ent.start_char for ent in self.ents]
        self.opened_closing_at: dict[int, list[int]] = {}  # where the quotes closing there open
        for span in self.spans:
            self.opened_closing_at.setdefault(span.close_at, []).append(span.open_at)
        self.verbs = load_reporting_verbs()
        self.words = load_source_words()
        self.include_beliefs = include_beliefs
        self.sentences = list(self.doc.sents)
        self.sentence_of = {}
        for number, sentence in enumerate(self.sentences):
            for token in sentence:
                self.sentence_of[token.i] = number
        self.outer_of = self._nesting()
        self.inside = self._inside_quotes()
        self.names = name_chains(article)
        self.roles = find_roles(article)
        # where prose starts: a title-case headline's capitals say nothing about names
        self.prose_start = article.paragraphs[1].start if len(article.paragraphs) > 1 and \
            is_title_case(article.paragraphs[0].text) else 0
        # where the body starts: a headline's words ("Mayor Says Yes") never become a speaker
        # that the body's "the mayor" or "the council" points back to
        self.body_start = article.paragraphs[1].start if len(article.paragraphs) > 1 else 0

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph holding this offset."""
        return self.article.paragraph_index(offset)

    def tokens_between(self, start: int, end: int):
        """The tokens starting at an offset from ``start`` up to ``end`` (excluded)."""
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [self.doc[i] for i in range(first, last)]

    def token_in_quote(self, token) -> bool:
        """True when the token stands inside quotation marks (an outermost quote's)."""
        return self.inside[token.idx]

    def entity_at(self, i: int):
        """The named entity holding token ``i``, or None (entities never overlap)."""
        number = bisect.bisect_right(self.ent_starts, i) - 1
        if number >= 0 and i < self.ents[number].end:
            return self.ents[number]
        return None

    def quote_opens_between(self, after: int, before: int) -> bool:
        """True when a quote's words start after offset ``after`` and before ``before``."""
        i = bisect.bisect_right(self.span_starts, after)
        return i < len(self.span_starts) and self.span_starts[i] < before

    def _nesting(self) -> dict:
        """Each quote inside another quote (‘…’ within “…”), mapped to the quote around
        it: the one opening last before it among those ending where it ends or later."""
        found = {}
        around: list[QuotedSpan] = []  # quotes opened so far that may hold a later one
        # in the order the marks open, keep a stack whose ends decrease: what a quote pops
        # ends before it, so it cannot hold it nor any quote opening later that it cannot hold
        for number in sorted(range(len(self.spans)), key=lambda number: self.spans[number].open_at):
            span = self.spans[number]
            while around and around[-1].end < span.end:
                around.pop()
            if around and around[-1].open_at < span.open_at:  # every mark opens one quote
                found[number] = around[-1]
            around.append(span)
        return {self.spans[number]: found[number] for number in sorted(found)}

    def _inside_quotes(self) -> list[bool]:
        inside = [False] * len(self.text)
        for span in self.spans:
            if span in self.outer_of:
                continue
            first = span.open_at
            last = span.close_at if span.close_at is not None else span.end - 1
            for i in range(first, last + 1):
                inside[i] = True
        return inside


class Spoken(NamedTuple):
    """A speaker resolved at an offset, with the token that named them."""

    offset: int
    speaker: Speaker
    token: object


class SpeakerHistory:
    """The speakers resolved so far, in reading order."""

    def __init__(self):
        self.spoken: list[Spoken] = []
        self._named_by_token: dict[int, Speaker] = {}  # id of a speaker's token: its last name

    def add(self, offset: int, speaker: Speaker, token) -> None:
        """Remember a speaker resolved at ``offset`` from the words of ``token``."""
        self.spoken.append(Spoken(offset, speaker, token))
        if speaker.name:
            self._named_by_token[id(token)] = speaker

    def latest_first(self):
        """The speakers so far, the most recent first."""
        return reversed(self.spoken)

    def named_by(self, token) -> Speaker | None:
        """The last speaker with a name whose token is this very object (looked up by the
        object's id: the speakers' tokens are all kept alive in ``spoken``)."""
        return self._named_by_token.get(id(token))

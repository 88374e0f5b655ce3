"""Which reporting verb each pair of quotation marks belongs to.

A quote takes the reporting verb that governs it in the parse, else the nearest one in its
sentence, else a bare "X said." in the next sentence, else a "He said:" closing the sentence
before. A quote nested in another looks only at the verbs inside the outer quote; the pieces
of a quote running over several paragraphs share one verb.
"""
from __future__ import annotations

import bisect

from medialit.marks import QuotedSpan
from medialit.quotes.clauses import Attribution, ClauseFinder, Cues
from medialit.quotes.introductions import Introductions
from medialit.quotes.reading import QuoteReading


class CueLinker:
    """Links the quotes of one article to the reporting verbs found by ``ClauseFinder``."""

    def __init__(self, reading: QuoteReading, clauses: ClauseFinder):
        self.reading = reading
        self.clauses = clauses
        self.introductions = Introductions(reading, clauses)

    def cues_by_quote(self, attributions: list[Attribution]) -> dict[QuotedSpan, Attribution | None]:
        """Every quote with its reporting verb, or None when no verb is said to say it."""
        cues = Cues(attributions)
        by_quote = {}
        for span in self.reading.spans:
            outer = self.reading.outer_of.get(span)
            if outer is None:
                by_quote[span] = self._cue_for(span, cues)
            else:
                inside = self.clauses.attributions_inside(outer, span)
                by_quote[span] = self._cue_for(span, Cues(inside))
        self._share_cues_along_run_ons(by_quote)
        return by_quote

    def next_cue_in_paragraph(self, span: QuotedSpan) -> Attribution | None:
        """The reporting verb of the next quote in the paragraph ("“…” “…,” she said")."""
        reading = self.reading
        paragraph = reading.paragraph_of(span.start)
        # the quotes after this one, in reading order, as long as they are in its paragraph
        for number in range(bisect.bisect_right(reading.span_starts, span.end), len(reading.spans)):
            later = reading.spans[number]
            if reading.paragraph_of(later.start) != paragraph:
                return None
            token_span = reading.doc.char_span(later.start, later.end, alignment_mode="expand")
            if token_span is None:
                continue
            sentence = reading.sentence_of[token_span[0].i]
            for token in reading.sentences[sentence]:
                verb = reading.verbs.get(token.lemma_.lower())
                if verb and not reading.token_in_quote(token) and token.pos_ == "VERB":
                    return self.clauses.attribution(token, verb)
            return None
        return None

    def _cue_for(self, span: QuotedSpan, cues: Cues) -> Attribution | None:
        reading = self.reading
        tokens = reading.tokens_between(span.start, span.end)
        if not tokens:
            return None
        sentence_numbers = {reading.sentence_of[t.i] for t in tokens}
        by_token = cues.by_token
        # 1. a reporting verb that governs the quote in the parse (the outermost one)
        governing = []
        for token in tokens:
            for distance, ancestor in enumerate(token.ancestors):
                if ancestor.idx in by_token and not span.open_at <= ancestor.idx <= (span.close_at or span.end):
                    governing.append((distance, by_token[ancestor.idx]))
        if governing:
            return min(governing, key=lambda pair: (
                pair[1].speaker_token is None and not pair[1].no_agent, pair[0]))[1]
        # 2. a sign-off after the quote, or a colon before it: “…” ― Dana Reyes; Reyes agreed:
        introduced = self.introductions.sign_off_or_colon(span, cues)
        if introduced is not None:
            return introduced
        # 3. a reporting verb elsewhere in the same sentence
        same = cues.in_sentences(sentence_numbers)
        if same:
            return min(same, key=lambda a: min(abs(a.cue_start - span.start),
                                               abs(a.cue_start - span.end)))
        # 4. “…,” then a bare "Chief Chuck Jordan said Monday." as the next sentence
        last = max(sentence_numbers)
        following = [a for a in cues.in_sentences([last + 1]) if a.content is None and
                     reading.paragraph_of(a.cue_start) == reading.paragraph_of(span.start)
                     and not reading.quote_opens_between(span.end, a.cue_start)]
        if following:
            return following[0]
        # 5. "He said:" closing the sentence before
        first = min(sentence_numbers)
        if first > 0:
            previous = reading.sentences[first - 1]
            if previous.text.rstrip().endswith(":") and \
                    reading.paragraph_of(previous.start_char) >= reading.paragraph_of(span.start) - 1:
                colon = cues.in_sentences([first - 1])
                if colon:
                    return colon[-1]
        # 6. a noun whose text is quoted: the email's subject line, “It worked!”
        return self.introductions.noun(span)

    def _share_cues_along_run_ons(self, by_quote: dict) -> None:
        """The pieces of a quote running over several paragraphs share one reporting verb."""
        chain: list[QuotedSpan] = []
        for span in self.reading.spans + [None]:
            if span is not None and span.continues and chain:
                chain.append(span)
                continue
            cues = [by_quote[piece] for piece in chain if by_quote[piece] is not None]
            for piece in chain:
                if by_quote[piece] is None and cues:
                    by_quote[piece] = cues[0]
            chain = [span] if span is not None and span.runs_on else []

"""Quote attribution on the parse of the English model: the engine's main pass.

Reporting verbs and their clauses are found first (``clauses``), then each quote is linked to
its verb (``cues``); quotes and indirect speech are then built in reading order
(``building``), so that "the last speaker" is known at each point when a speaker is
resolved (``speakers``, ``phrases``, ``pronouns``).
"""
from __future__ import annotations

from medialit.article import Article
from medialit.marks import QuotedSpan
from medialit.model import Quote
from medialit.quotes.building import QuoteBuilder, speakers_of_repeated_quotes
from medialit.quotes.clauses import ClauseFinder
from medialit.quotes.cues import CueLinker
from medialit.quotes.reading import QuoteReading
from medialit.quotes.speakers import SpeakerResolver


def quotes_from_parse(article: Article, spans: list[QuotedSpan], include_beliefs: bool) -> list[Quote]:
    """Every direct quote and every piece of indirect speech in ``article``, in reading order."""
    reading = QuoteReading(article, spans, include_beliefs)
    clauses = ClauseFinder(reading)
    cues = CueLinker(reading, clauses)
    speakers = SpeakerResolver(reading)
    builder = QuoteBuilder(reading, cues, speakers)
    attributions = clauses.find_attributions()
    by_quote = cues.cues_by_quote(attributions)
    # resolve speakers in reading order, so "the last speaker" is known at each point
    events = [(a.cue_start, "attribution", a) for a in attributions]
    events += [(span.start, "quote", span) for span in reading.spans]
    events.sort(key=lambda event: (event[0], event[1] == "quote"))
    quotes: list[Quote] = []
    last_in_paragraph: dict[int, Quote] = {}
    for _, what, item in events:
        if what == "attribution":
            speakers.speaker_of(item)
            if item.content is not None:
                quote = builder.indirect(item)
                quotes.append(quote)
                last_in_paragraph[quote.paragraph] = quote
            continue
        quote = builder.direct(item, by_quote[item], last_in_paragraph)
        quotes.append(quote)
        if quote.form != "scare" and item not in reading.outer_of:
            last_in_paragraph[quote.paragraph] = quote
    speakers_of_repeated_quotes(quotes)
    quotes.sort(key=lambda quote: (quote.start, quote.kind))
    return quotes

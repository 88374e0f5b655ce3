"""Quote records from quotation marks and reporting verbs.

A quote with a reporting verb takes its speaker. Without one, a transcript line ("WALLACE: …")
takes the label's name; a quote of three words or more continues the paragraph's last
speaker; a shorter one, a title or a word after "so-called" is a scare quote (a term nobody
is quoted as saying). Every quote records the rule that built it.
"""
from __future__ import annotations

import re

from medialit.marks import QuotedSpan
from medialit.model import Quote
from medialit.people import canonical_name, name_words
from medialit.quotes.clauses import Attribution
from medialit.quotes.cues import CueLinker
from medialit.quotes.introductions import NOUN_RULE
from medialit.quotes.reading import QuoteReading
from medialit.quotes.speakers import SpeakerResolver

SCARE_CUES = {"so-called", "so called", "dubbed", "known as", "termed", "nicknamed", "branded",
              "labelled", "labeled", "the term", "the word", "the phrase", "what", "called"}
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}): ")


class QuoteBuilder:
    """Builds the direct and indirect quotes of one article."""

    def __init__(self, reading: QuoteReading, cues: CueLinker, speakers: SpeakerResolver):
        self.reading = reading
        self.cues = cues
        self.speakers = speakers

    def direct(self, span: QuotedSpan, attribution: Attribution | None,
               last_in_paragraph: dict[int, Quote]) -> Quote:
        """The quote between a pair of quotation marks, given its reporting verb (or None) and
        the last speaking quote of each paragraph so far."""
        paragraph = self.reading.paragraph_of(span.start)
        quote = Quote(span.start, span.end, span.text, "direct", paragraph=paragraph,
                      open_mark=span.open_mark, close_mark=span.close_mark, balanced=span.balanced)
        words = quote.words
        if attribution is not None and not self._scare_cue(span) and \
                not (_is_title_case(span.text) and words >= 2 and self._form(span) == "partial"):
            self._fill(quote, attribution)
            quote.rule = f"quotation marks + {attribution.rule}"
        elif self._scare_cue(span) or (words <= 2 and not _is_sentence(span.text)) or \
                _is_title_case(span.text) or span in self.reading.outer_of:
            quote.form = "scare"
            quote.rule = "quotation marks, no one said to say it: a term or scare quote"
            quote.speaker_reason = "nobody in the sentence is said to say these words"
            return quote
        elif TRANSCRIPT_LABEL.match(span.text):
            # an interview transcript: "WALLACE: Let's start with …"
            label = TRANSCRIPT_LABEL.match(span.text).group(1)
            name = canonical_name(name_words(label.title()), self.reading.names)
            quote.speaker, quote.speaker_kind = name, "named"
            quote.speaker_start = span.start
            quote.speaker_end = span.start + len(label)
            quote.rule = "quotation marks around a transcript line"
            quote.speaker_reason = f"the transcript labels this line with the speaker's name, {label}"
        elif not self._continue_or_follow(quote, span, last_in_paragraph):
            return quote
        quote.form = self._form(span)
        return quote

    def indirect(self, attribution: Attribution) -> Quote:
        """The reported clause of a reporting verb as indirect speech."""
        start, end = attribution.content
        quote = Quote(start, end, self.reading.text[start:end], "indirect",
                      paragraph=attribution.paragraph)
        self._fill(quote, attribution)
        quote.rule = attribution.rule
        return quote

    def _continue_or_follow(self, quote: Quote, span: QuotedSpan, last_in_paragraph) -> bool:
        """A quote with no reporting verb of its own: the words of the paragraph's last
        speaker, or of the next reporting verb in the paragraph. False when it is a term."""
        paragraph = quote.paragraph
        previous = last_in_paragraph.get(paragraph)
        if previous is None and self._starts_paragraph(span):
            previous = last_in_paragraph.get(paragraph - 1)
        if previous is None and quote.words <= 5 and not _is_sentence(span.text):
            quote.form = "scare"
            quote.rule = "quotation marks around a few words, no one said to say them: a term"
            quote.speaker_reason = "nobody nearby is said to say these words"
            return False
        if previous is not None and previous.speaker_reason:
            for key in ("speaker", "speaker_kind", "speaker_start", "speaker_end", "alternatives"):
                setattr(quote, key, getattr(previous, key))
            quote.rule = "quotation marks, no reporting verb: continues the last speaker"
            quote.speaker_reason = (f"no reporting verb here, so it continues the words of "
                                    f"{previous.speaker or 'the previous speaker'}")
            return True
        following = self.cues.next_cue_in_paragraph(span)
        if following is not None:
            self._fill(quote, following)
            quote.rule = "quotation marks, attributed by the next reporting verb"
        else:
            quote.rule = "quotation marks, no reporting verb nearby"
            quote.speaker_reason = "the article does not say who said this"
        return True

    def _fill(self, quote: Quote, attribution: Attribution) -> None:
        speaker = self.speakers.speaker_of(attribution)
        verb = self.reading.verbs.get(attribution.lemma)
        quote.speaker, quote.speaker_kind = speaker.name, speaker.kind
        quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
        quote.speaker_reason, quote.alternatives = speaker.reason, list(speaker.alternatives)
        quote.cue, quote.cue_start, quote.cue_end = attribution.cue, attribution.cue_start, attribution.cue_end
        quote.cue_lemma = attribution.lemma
        quote.stance = verb.stance if verb else "neutral"
        if attribution.rule == NOUN_RULE and speaker.name:
            quote.speaker_reason = f"the quoted words are the text of {speaker.name!r}, not speech"

    def _starts_paragraph(self, span: QuotedSpan) -> bool:
        article = self.reading.article
        return span.open_at == article.paragraphs[article.paragraph_index(span.start)].start

    def _scare_cue(self, span: QuotedSpan) -> bool:
        before = self.reading.text[max(0, span.open_at - 14):span.open_at].lower()
        return any(before.rstrip().endswith(cue) for cue in SCARE_CUES if cue != "what") or \
            bool(re.search(r"\bwhat (\w+ )?(calls?|called|describes?|described)\s*$", before))

    def _form(self, span: QuotedSpan) -> str:
        reading = self.reading
        token_span = reading.doc.char_span(span.start, span.end, alignment_mode="expand")
        sentence = reading.sentences[reading.sentence_of[token_span[0].i]] if token_span else None
        lead = reading.text[sentence.start_char:span.open_at].strip() if sentence is not None else ""
        starts = not lead or lead.endswith((":", ",", "—", "–"))
        if starts and span.text[:1].isupper() and len(span.text.split()) >= 3:
            return "full"
        if span.text.rstrip().endswith((".", "!", "?", ".”")) and span.text[:1].isupper() \
                and len(span.text.split()) >= 4:
            return "full"
        return "partial"


def speakers_of_repeated_quotes(quotes: list[Quote]) -> None:
    """A quote with no speaker whose words are quoted again with one (a headline quoting
    the body, a quote repeated later) takes that speaker."""
    def words(text):
        return " ".join(re.findall(r"\w+", text.lower()))

    attributed = [(q, words(q.text)) for q in quotes if q.kind == "direct" and q.speaker]
    for quote in quotes:
        if quote.kind != "direct" or quote.speaker or quote.form == "scare" or quote.words < 2:
            continue
        mine = words(quote.text)
        source = next((q for q, said in attributed if q is not quote and mine in said), None)
        if source is not None:
            quote.speaker, quote.speaker_kind = source.speaker, source.speaker_kind
            quote.speaker_reason = (f"the same words are quoted elsewhere in the article, from "
                                    f"{source.speaker}")


def _is_sentence(text: str) -> bool:
    """“We failed.”: a whole sentence, however short, is speech, not a term."""
    return text[:1].isupper() and text.rstrip("”’\"' ").endswith((".", "!", "?"))


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)]
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at"}
    return 0 < len(words) <= 12 and all(w[0].isupper() or w.lower() in small for w in words) \
        and words[0][0].isupper() and len(words) >= 1 and not text.rstrip().endswith((".", "!", "?"))

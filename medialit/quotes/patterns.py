"""Quote attribution by word patterns, for when no English spaCy model is installed.

Without a parser the engine cannot see sentence structure, so it looks for a reporting verb
next to the quote and a name or pronoun next to the verb ("…,” she said", "Ana Ruiz said:").
It finds direct quotes as well as the full engine does (the marks are the same) but misses
most indirect speech and resolves pronouns only to the last name it saw.
"""
from __future__ import annotations

import re

from medialit.article import Article
from medialit.lexicons import load_reporting_verbs, load_source_words, reporting_verb_forms
from medialit.marks import QuotedSpan
from medialit.model import Quote

_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|of|de|van|von|bin))*)"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_DETERMINED = r"(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}[a-z]+)"


def extract_quotes_by_pattern(article: Article, spans: list[QuotedSpan]) -> list[Quote]:
    """Direct quotes with a speaker found by patterns, and "X said that …" as indirect speech."""
    forms = reporting_verb_forms()
    verbs = load_reporting_verbs()
    vague = load_source_words()["vague"]
    text = article.text
    quotes, last_name = [], None
    sentences = article.sentences
    for span in spans:
        paragraph = article.paragraph_index(span.start)
        sentence = next((s for s in sentences if s.start <= span.start < s.end),
                        article.paragraphs[paragraph])
        quote = Quote(span.start, span.end, span.text, "direct", paragraph=paragraph,
                      open_mark=span.open_mark, close_mark=span.close_mark, balanced=span.balanced)
        found = _nearest_cue(text, sentence, spans, span, forms)
        if found:
            speaker, speaker_at, verb = found
            cue = verb.group(1)
            quote.cue, quote.cue_lemma = cue, forms[cue.lower()]
            quote.cue_start, quote.cue_end = verb.start(1), verb.end(1)
            quote.stance = verbs[quote.cue_lemma].stance
            if speaker is None:
                quote.speaker_reason = f"no name next to '{cue}'"
            elif speaker.lower() in ("he", "she", "they"):
                quote.speaker = last_name
                quote.speaker_reason = f"'{speaker}' taken to be the last person named, {last_name!r}"
            else:
                speaker = speaker.rstrip(".")
                quote.speaker = speaker
                quote.speaker_reason = f"the name next to '{cue}'"
                last_name = speaker if speaker[0].isupper() else last_name
            if speaker is not None:  # the words naming the speaker, a pronoun included
                quote.speaker_start, quote.speaker_end = speaker_at, speaker_at + len(speaker)
            quote.speaker_kind = _kind(quote.speaker, vague)
            quote.rule = "quotation marks + a reporting verb in the sentence (word patterns)"
        elif len(span.text.split()) <= 2:
            quote.form = "scare"
            quote.rule = "quotation marks, no reporting verb next to them: a term or scare quote"
        else:
            quote.rule = "quotation marks, no reporting verb next to them (word patterns)"
            quote.speaker_reason = "no rule matched: the speaker is unknown"
        quote.form = quote.form or ("full" if span.text[:1].isupper() else "partial")
        quotes.append(quote)
    quotes += _said_that(article, spans, forms, verbs, vague)
    return sorted(quotes, key=lambda quote: quote.start)


def _said_that(article: Article, spans, forms, verbs, vague) -> list[Quote]:
    """'Ana Ruiz said (that) the budget was cut.': indirect speech in its simplest shape."""
    found = []
    pattern = re.compile(rf"({_NAME}|{_PRONOUN}|{_DETERMINED})\s+(?:also\s+)?(\w+)\s+(?:that\s+)?"
                         r"([^.!?“”\"]{8,})[.!?]")
    for sentence in article.sentences:
        if any(q.open_at < sentence.end and (q.close_at or q.end) > sentence.start for q in spans):
            continue
        match = pattern.match(sentence.text)
        if not match or match.group(2).lower() not in forms or \
                verbs[forms[match.group(2).lower()]].type == "belief":
            continue
        speaker = match.group(1).rstrip(".")
        start = sentence.start + match.start(3)
        end = sentence.start + match.end(3)
        quote = Quote(start, end, article.text[start:end], "indirect",
                      paragraph=article.paragraph_index(start), speaker=speaker,
                      speaker_kind=_kind(speaker, vague),
                      speaker_start=sentence.start + match.start(1),
                      speaker_end=sentence.start + match.start(1) + len(speaker),
                      cue=match.group(2), cue_start=sentence.start + match.start(2),
                      cue_end=sentence.start + match.end(2), cue_lemma=forms[match.group(2).lower()],
                      rule="'X said that …' (word patterns)",
                      speaker_reason=f"the words before '{match.group(2)}'")
        quote.stance = verbs[quote.cue_lemma].stance
        found.append(quote)
    return found


_PAST = re.compile(r"\b([A-Za-z]+)\b")


def _nearest_cue(text, sentence, spans, span, forms):
    """The reporting verb nearest the quote in its sentence, outside any quote (its match),
    with the name or pronoun right before it (or right after it: "said Ana Ruiz") and where
    that starts."""
    best = None
    for match in _PAST.finditer(text, sentence.start, sentence.end):
        word = match.group(1)
        lemma = forms.get(word.lower())
        if lemma is None or any(q.open_at <= match.start() <= (q.close_at or q.end) for q in spans):
            continue
        if not (word.endswith(("ed", "id")) or word.lower() in ("told", "wrote", "says", "adds",
                                                              "tells", "writes", "claims")):
            continue
        distance = min(abs(match.start() - span.open_at), abs(match.start() - span.end))
        if best is None or distance < best[0]:
            best = (distance, match)
    if best is None:
        return None
    match = best[1]
    before = text[sentence.start:match.start()]
    after = text[match.end():sentence.end]
    subject = re.search(rf"({_NAME}|{_PRONOUN}|{_DETERMINED})\s+(?:also\s+|has\s+|had\s+)?$", before)
    if subject:
        return subject.group(1), sentence.start + subject.start(1), match
    inverted = re.match(rf"\s+({_NAME}|{_DETERMINED})", after)
    if inverted:
        return inverted.group(1), match.end() + inverted.start(1), match
    return None, None, match


def _kind(speaker: str | None, vague: set[str]) -> str:
    if not speaker:
        return "unknown"
    head = speaker.split()[-1].lower()
    if head in vague:
        return "vague"
    return "named" if speaker[:1].isupper() and not speaker.lower().startswith(("a ", "an ", "the ")) \
        else "anonymous"

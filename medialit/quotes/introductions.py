"""Quotes introduced without a verb of saying: a sign-off, a colon, a noun.

English introduces a quote in three ways that need no reporting verb:

- a sign-off after it: “…” ― Dana Reyes (a dash, then a name closing the sentence);
- a colon after a clause or a noun phrase: Reyes agreed: “…”, Her reply: “…” (the speaker is
  the clause's subject, or whoever owns the noun phrase);
- a noun in apposition: the email's subject line, “It worked!” (quoted text: its source is
  the text the noun names, not a person).

Each gives an ``Attribution`` whose cue is the word that stands where the verb would, so a
lesson can show what introduced the quote.
"""
from __future__ import annotations

import bisect
import re

from medialit.marks import QuotedSpan
from medialit.nlp import load_nlp
from medialit.people import name_run, strip_possessive
from medialit.quotes.clauses import Attribution, ClauseFinder, Cues
from medialit.quotes.reading import QuoteReading

SIGN_OFF = re.compile(r"[ \t\u00a0]*[―—–]{1,2}[ \t\u00a0]*|[ \t\u00a0]+--?[ \t\u00a0]+")
NOUN_RULE = "a noun whose text is quoted"
SPEAKING_PRONOUNS = {"he", "she", "they", "i", "we", "her", "his", "their", "my", "our"}


class Introductions:
    """Finds what introduces a quote when no reporting verb does."""

    def __init__(self, reading: QuoteReading, clauses: ClauseFinder):
        self.reading = reading
        self.clauses = clauses
        words = reading.words
        self.speaking_nouns = set(words["people"]) | set(words["anonymous"]) | \
            set(words["institutions"])
        self._headline_doc = None  # the title-case headline parsed in sentence case

    def sign_off_or_colon(self, span: QuotedSpan, cues: Cues) -> Attribution | None:
        """The headline, the sign-off or the colon introducing ``span``, or None."""
        if span.start < self.reading.prose_start:
            return self._headline(span)
        return self._sign_off(span) or self._colon(span, cues)

    def _headline(self, span: QuotedSpan) -> Attribution | None:
        """A quote in a title-case headline (Black Lawmakers Rip Trump As A ‘Fraud’):
        headlines leave out "says", so the headline's subject is the speaker. The capitals
        of title case mislead the parser, so the headline is parsed again in sentence case,
        keeping the capitals of the words the body writes with one (names)."""
        reading = self.reading
        if self._headline_doc is None:
            self._headline_doc = load_nlp()(sentence_case(reading.text[:reading.prose_start],
                                                          reading.text[reading.prose_start:]))
        doc = self._headline_doc
        quoted = {t.i for t in doc if span.open_at <= t.idx <= (span.close_at or span.end)}
        for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.i not in quoted):
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i not in quoted]
            if subjects and self._can_speak(subjects[0]):
                return self.clauses.introduction(self._token_at(root.idx),
                                                 self._token_at(subjects[0].idx),
                                                 "a headline's subject: a headline leaves out 'says'")
        return None

    def noun(self, span: QuotedSpan) -> Attribution | None:
        """“It worked!” after "the email's subject line,": the noun whose text is quoted."""
        reading = self.reading
        words = span.text.rstrip("”’\"' ,")
        if not (words[:1].isupper() and words.endswith((".", "!", "?"))):
            return None  # a sentence of text (“It worked!”), not a title or a term
        comma = _previous_mark(reading.text, span.open_at)
        if comma is None or reading.text[comma] != ",":
            return None
        token = self._token_at(comma)
        if token.i == 0:
            return None
        noun = token.doc[token.i - 1]
        if noun.pos_ != "NOUN" or reading.token_in_quote(noun) or \
                noun.lemma_.lower() in self.speaking_nouns:
            return None
        return self.clauses.introduction(noun, noun, NOUN_RULE)

    def _sign_off(self, span: QuotedSpan) -> Attribution | None:
        reading, text = self.reading, self.reading.text
        if span.close_at is None:
            return None
        dash = SIGN_OFF.match(text, span.close_at + 1)
        if dash is None or dash.end() >= len(text):
            return None
        first = self._token_at(dash.end())
        if first.idx != dash.end() or first.pos_ != "PROPN" or not first.text[:1].isupper():
            return None
        entity = reading.entity_at(first.i)
        run = entity if entity is not None and entity.label_ == "PERSON" and \
            entity.start == first.i else name_run(first)
        if not re.match(r"\.?[ \t\u00a0]*(\n|$)|,", text[run.end_char:run.end_char + 80]):
            return None  # the name must close its line: “…” — Reyes said is the verb's
        cue = self._token_at(dash.start() + len(dash.group(0)) - len(dash.group(0).lstrip()))
        return self.clauses.introduction(cue, run[-1], "a sign-off: a dash and a name after the quote")

    def _colon(self, span: QuotedSpan, cues: Cues) -> Attribution | None:
        reading = self.reading
        colon_at = _previous_mark(reading.text, span.open_at)
        if colon_at is None or reading.text[colon_at] != ":":
            return None
        colon = self._token_at(colon_at)
        head = colon.head
        if head.i > colon.i or reading.token_in_quote(head):
            return None
        for word in [head, *head.children]:
            if word.i < colon.i and word.idx in cues.by_token:
                return cues.by_token[word.idx]  # "He said:", "Said Ellis:": the verb itself
        if head.pos_ in ("VERB", "AUX"):
            speaker = self.clauses.subject_of(head)
        elif head.pos_ in ("NOUN", "PROPN"):
            # "Her reply:", "Sanders made the following comment:": the noun's owner, else the
            # subject of the verb it is the object of, else the noun itself ("The council:")
            owners = [c for c in head.children if c.dep_ == "poss"]
            speaker = owners[0] if owners else head
            if not owners and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
                speaker = self.clauses.subject_of(head.head) or head
        else:
            return None
        if speaker is None or not self._can_speak(speaker):
            return None
        return self.clauses.introduction(head, speaker, "a colon introducing the quote")

    def _can_speak(self, token) -> bool:
        """A person, a group or an organisation, not a thing ("The question is simple:")."""
        if token.pos_ == "PRON":
            return token.lower_ in SPEAKING_PRONOUNS
        return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
            strip_possessive(token.lower_) in self.reading.names or \
            token.lemma_.lower() in self.speaking_nouns

    def _token_at(self, offset: int):
        """The token holding the character at ``offset``."""
        number = bisect.bisect_right(self.reading.token_starts, offset) - 1
        return self.reading.doc[max(number, 0)]


def _previous_mark(text: str, before: int) -> int | None:
    """Where the last character before ``before`` that is not white space stands, or None."""
    at = before - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at if at >= 0 else None


def sentence_case(headline: str, body: str) -> str:
    """A title-case headline as a sentence would write it, the same length: each word
    after the first in lower case unless the body writes it only with a capital (a name)."""
    def lower_unless_name(match):
        word = match.group(0)
        if match.start() == 0 or re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body) and \
                not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", body):
            return word
        return word.lower() if len(word.lower()) == len(word) else word

    return re.sub(r"[A-Za-z][\w’'-]*", lower_unless_name, headline)

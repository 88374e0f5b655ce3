"""Reporting verbs and what they report: "she said (that) …", "he urged them to …", "according to X".

A verb from ``data/reporting_verbs.txt`` with a reported clause (``ccomp``, a directive's
``xcomp``, an accusation's ``of``/``for`` phrase) is indirect speech; without one it may still
be the cue of a direct quote. Each is an ``Attribution``: the verb, the token naming whoever
it gives as the speaker, and the clause.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from medialit.model import Speaker
from medialit.quotes.reading import QuoteReading

CONTENT_DEPS = {"ccomp"}
DIRECTIVE_DEPS = {"ccomp", "xcomp", "dobj"}
EVALUATIVE_PREPS = {"of", "for", "over", "about", "as"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NOUN_PHRASE_POS = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}
DOCUMENT_NOUNS = {"figure", "data", "report", "statement", "survey", "study", "document",
                  "record", "estimate", "filing", "letter", "poll", "analysis", "account",
                  "website", "post", "tweet", "memo", "research", "calculation", "count"}


@dataclass
class Attribution:
    """A reporting verb (or "according to") with whoever it gives as the speaker."""

    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    speaker_token: object | None  # the spaCy token naming the speaker
    content: tuple[int, int] | None  # the reported clause, for indirect speech
    rule: str
    sentence: int
    paragraph: int
    no_agent: bool = False  # a passive with nobody doing the reporting ("it was reported")
    resolved: Speaker | None = None  # who the verb gives as the speaker, once resolved


class Cues:
    """A list of attributions, looked up by the offset of their verb and by sentence."""

    def __init__(self, attributions: list[Attribution]):
        self.by_token = {a.cue_start: a for a in attributions}
        self.by_sentence: dict[int, list[tuple[int, Attribution]]] = {}
        for number, attribution in enumerate(attributions):
            self.by_sentence.setdefault(attribution.sentence, []).append((number, attribution))

    def in_sentences(self, sentences) -> list[Attribution]:
        """The attributions in these sentences, in the order of the list."""
        found = [pair for sentence in sentences for pair in self.by_sentence.get(sentence, ())]
        return [attribution for _, attribution in sorted(found, key=lambda pair: pair[0])]


class ClauseFinder:
    """Finds the reporting verbs of one article and their reported clauses."""

    def __init__(self, reading: QuoteReading):
        self.reading = reading

    def find_attributions(self) -> list[Attribution]:
        """Every reporting verb outside quotation marks, in reading order; a verb inside
        another's reported clause keeps no clause of its own."""
        doc, verbs = self.reading.doc, self.reading.verbs
        found = []
        for token in doc:
            if self.reading.token_in_quote(token):
                continue
            if token.lower_ == "according" and token.i + 1 < len(doc) and \
                    doc[token.i + 1].lower_ == "to":
                attribution = self._according_to(token)
                if attribution:
                    found.append(attribution)
                continue
            verb = verbs.get(token.lemma_.lower())
            if verb is None or token.pos_ not in ("VERB", "AUX") and token.tag_ != "VBD":
                continue
            if any(child.dep_ == "neg" and not self.reading.token_in_quote(child)
                   for child in token.children):
                continue  # "it did not say how many": a refusal to say is not a statement
            if verb.type == "belief" and not self.reading.include_beliefs:
                continue
            if token.dep_ in ("amod", "compound", "acl") and token.tag_ in ("VBN", "VBG") \
                    and not any(c.dep_ == "ccomp" for c in token.children):
                continue  # "the alleged spy balloon", "a reported sighting"
            attribution = self.attribution(token, verb)
            if attribution is not None:
                found.append(attribution)
        _keep_outermost_clauses(found)
        return found

    def attributions_inside(self, outer, span) -> list[Attribution]:
        """Reporting verbs inside a quote, for a quote nested in it ("and said, ‘Well done’")."""
        found = []
        for token in self.reading.tokens_between(outer.start, outer.end):
            if not span.open_at <= token.idx <= span.end:
                verb = self.reading.verbs.get(token.lemma_.lower())
                if verb and token.pos_ in ("VERB", "AUX") and verb.type != "belief":
                    attribution = self.attribution(token, verb)
                    if attribution is not None:
                        attribution.content = None
                        found.append(attribution)
        return found

    def attribution(self, verb_token, verb) -> Attribution | None:
        """The attribution a reporting verb makes, or None when it reports nothing."""
        subject, no_agent = self._subject(verb_token)
        if subject is None and not no_agent and verb_token.tag_ in ("VBG", "VB", "VBN") \
                and verb_token.dep_ != "ROOT":
            return None  # "its refusal of condemning Russia": nobody is reporting anything
        if no_agent and not any(c.dep_ == "nsubjpass" and c.lower_ == "it"
                                for c in verb_token.children) and verb_token.dep_ != "ROOT":
            return None  # "Beijing needed to be told": being told is not saying
        content = self._content(verb_token, verb)
        if content and re.match(r"(not )?to be (named|identified|quoted)",
                                 self.reading.text[content[0]:content[1]]):
            content = None  # "who asked not to be named": the reason for anonymity
        if content and content[0] <= verb_token.idx < content[1]:
            content = None  # “A,” she said, “B.”: the clause wraps round its own verb
        sentence = self.reading.sentence_of[verb_token.i]
        rule = f"reporting verb '{verb_token.text}'" + (" with a reported clause" if content else "")
        return Attribution(verb_token.idx, verb_token.idx + len(verb_token.text), verb_token.text,
                           verb.lemma, subject, content, rule, sentence,
                           self.reading.paragraph_of(verb_token.idx), no_agent)

    def introduction(self, cue_token, speaker_token, rule: str) -> Attribution:
        """An attribution made without a reporting verb (a colon after "Reyes agreed", a
        sign-off dash): ``cue_token`` stands where the verb would, ``speaker_token`` names
        the speaker."""
        reading = self.reading
        return Attribution(cue_token.idx, cue_token.idx + len(cue_token.text), cue_token.text,
                           cue_token.lemma_.lower(), speaker_token, None, rule,
                           reading.sentence_of[cue_token.i], reading.paragraph_of(cue_token.idx))

    def subject_of(self, verb_token):
        """The token naming who does what a verb says (reporting verb or not), or None."""
        return self._subject(verb_token)[0]

    def _subject(self, verb_token):
        """The token naming who speaks, and whether the verb is a passive with nobody doing it."""
        in_quote = self.reading.token_in_quote
        token = verb_token
        passive = any(c.dep_ == "auxpass" and not in_quote(c) for c in verb_token.children)
        if passive and \
                not any(c.dep_ in ("agent", "nsubjpass") for c in verb_token.children):
            return None, True
        if verb_token.dep_ == "acl" and verb_token.tag_ == "VBG":
            return verb_token.head, False  # "Lumen Rail, claiming it had lost …"
        for _ in range(4):
            for child in token.children:
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0], False
                if child.dep_ in ("nsubj", "csubj") and in_quote(child) and not in_quote(token):
                    # “Hello,” said Ana Ruiz: the quoted word is not the speaker; the name is
                    named = [c for c in token.children if c.i > token.i and c.pos_ == "PROPN"
                             and not in_quote(c)]
                    if named:
                        return named[0], False
                    continue
                if child.dep_ in ("nsubj", "csubj"):
                    if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                        return token.head, False  # "the nurse who said …": the nurse
                    people = [c for c in child.children if c.dep_ == "conj" and
                              c.ent_type_ == "PERSON"]
                    if people and child.ent_type_ != "PERSON" and child.pos_ != "PROPN":
                        return people[0], False  # "Outside court, Sergeant X said" misparsed
                    return child, False
                if child.dep_ == "nsubjpass":
                    if child.lower_ == "it" or token.tag_ == "VBN":
                        return None, True
                    return child, False
            # "X cited the story and urged Y": the second verb shares the first one's subject
            if token.dep_ in ("conj", "xcomp", "advcl") and token.head is not token:
                if token.dep_ == "advcl" and token.tag_ != "VBG":
                    if token.tag_ in FINITE_TAGS and token.head.tag_ == "VBG" and \
                            not any(c.dep_ == "mark" for c in token.children):
                        token = token.head  # "Protesters marching … chanted": no "when" or
                        continue            # "as" makes it a clause: the participle's subject
                    break
                if in_quote(token.head) and not in_quote(verb_token):
                    break  # the quote's own verb lends no subject to the verb reporting it
                token = token.head
                continue
            break
        if verb_token.tag_ == "VBN" and passive:
            return None, True
        return (self.inverted_subject(verb_token) or self._named_after_quote(verb_token) or
                self._name_just_before(verb_token)), False

    def _name_just_before(self, verb_token):
        """"…, Obama and Clinton call them": a finite verb the parser left without a subject,
        right after a name it hung elsewhere; the name is the subject."""
        doc = verb_token.doc
        if verb_token.tag_ not in FINITE_TAGS or verb_token.i == 0:
            return None
        before = doc[verb_token.i - 1]
        if self.reading.token_in_quote(before) or before.pos_ != "PROPN" or \
                before.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return None
        return before

    def _named_after_quote(self, verb_token):
        """“…,” Flynn, a top surrogate, said: the words between a closing quotation mark and
        a verb the parser left without a subject name the speaker (a person's name first,
        else the first noun), as long as they hold no other verb."""
        reading, doc = self.reading, verb_token.doc
        sentence = reading.sentences[reading.sentence_of[verb_token.i]]
        first = verb_token.i
        while first > sentence.start and not reading.token_in_quote(doc[first - 1]):
            first -= 1
        if first == sentence.start or not reading.token_in_quote(doc[first - 1]):
            return None  # no quote just before: the verb really has no subject
        between = [t for t in doc[first:verb_token.i] if not (t.is_punct or t.is_space)]
        if not between or len(between) > 12 or not all(
                t.pos_ in NOUN_PHRASE_POS or t.text[:1].isupper() for t in between):
            return None  # not a noun phrase: "… twice since May, and accused"
        people = [t for t in between if t.ent_type_ == "PERSON"]
        if people:
            return next((t for t in people if t.dep_ not in ("compound", "flat")), people[-1])
        nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN") and
                 t.ent_type_ not in ("DATE", "TIME")]
        found = nouns[0] if nouns else None
        while found is not None and found.dep_ in ("compound", "flat") and \
                found.head.i > found.i and found.head in between:
            found = found.head
        return found

    def inverted_subject(self, verb_token):
        """The speaker named after the verb in a quotative inversion (“Too little?” asked the
        manager, Dana Reyes; Said Ellis: “…”), or None. Inversion needs the verb to follow a
        quote or to open its sentence; the speaker is the first noun phrase after the verb,
        before any quotation mark, colon or preposition, read up to its head noun."""
        reading, doc = self.reading, verb_token.doc
        sentence = reading.sentences[reading.sentence_of[verb_token.i]]
        before = verb_token.i - 1
        while before >= sentence.start and (doc[before].is_space or doc[before].text == ","):
            before -= 1
        opens_sentence = all(t.is_punct or t.is_space for t in doc[sentence.start:verb_token.i])
        if not opens_sentence and not (before >= 0 and reading.token_in_quote(doc[before])):
            return None
        found = None
        for token in doc[verb_token.i + 1:sentence.end]:
            if reading.token_in_quote(token) or token.text in (":", ";") or token.pos_ == "ADP":
                return None
            if token.ent_type_ in ("DATE", "TIME") or token.pos_ in ("DET", "ADJ", "ADV", "PUNCT", "SPACE"):
                continue
            if token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("he", "she", "they"):
                found = token
            break
        while found is not None and found.dep_ in ("compound", "flat", "amod") and \
                found.head.i > found.i and found.head.pos_ in ("NOUN", "PROPN") and \
                not reading.token_in_quote(found.head):
            found = found.head
        if found is not None and opens_sentence:
            # "Said Ellis: “…”", not "Told the news, Reyes wept": a name closing the clause
            after = doc[found.i + 1] if found.i + 1 < sentence.end else None
            if found.pos_ != "PROPN" or after is not None and after.text != ":" and \
                    not reading.token_in_quote(after):
                return None
        return found

    def _content(self, verb_token, verb) -> tuple[int, int] | None:
        """The reported clause of an indirect quote, or None when the verb has none."""
        parts = []
        for child in verb_token.children:
            if child.dep_ in CONTENT_DEPS:
                parts.append(child)
            elif verb.type == "directive" and child.dep_ in DIRECTIVE_DEPS:
                parts.append(child)
            elif verb.type == "evaluative" and child.dep_ == "prep" and \
                    child.lower_ in EVALUATIVE_PREPS and child.i > verb_token.i:
                parts.append(child)
                parts.extend(c for c in verb_token.children if c.dep_ == "dobj")
        parts = [p for p in parts if p.i > verb_token.i or p.dep_ == "ccomp"]
        if not parts:
            return None
        if verb.type == "directive" and not any(p.dep_ in ("ccomp", "xcomp") for p in parts) \
                and verb.lemma not in ("warn", "caution", "urge"):
            return None
        start = min(p.left_edge.idx for p in parts)
        end = max(p.right_edge.idx + len(p.right_edge.text) for p in parts)
        return self._trim_clause(start, end)

    def _trim_clause(self, start: int, end: int) -> tuple[int, int] | None:
        text, inside = self.reading.text, self.reading.inside
        match = re.match(r"(that|whether|if)\s+", text[start:end], re.I)
        if match and end - start > match.end():
            start += match.end()
        while end > start and (text[end - 1] in ".,;: \n\t\u00a0"):
            end -= 1
        while start < end and text[start] in ",;: \n\t\u00a0":
            start += 1
        if end - start < 3:
            return None
        if end < len(text) and text[end] in "”’»\"'" and inside[end] and \
                any(open_at >= start for open_at in self.reading.opened_closing_at.get(end, ())):
            end += 1  # keep the closing mark of a quote that ends the clause
        if sum(inside[start:end]) / (end - start) > 0.8:
            return None  # the clause is a direct quote: the quote itself carries it
        return start, end

    def _according_to(self, token) -> Attribution | None:
        reading = self.reading
        to = reading.doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return None
        source = pobj = objects[0]
        owners = [c for c in source.children if c.dep_ == "poss"]
        if source.lemma_.lower() in DOCUMENT_NOUNS and owners:
            source = owners[0]  # "according to the ministry's own figures": the ministry
        sentence = reading.sentences[reading.sentence_of[token.i]]
        phrase_start = token.idx
        phrase_end = pobj.right_edge.idx + len(pobj.right_edge.text)
        before = (sentence.start_char, phrase_start)
        after = (phrase_end, sentence.end_char)
        chosen = before if before[1] - before[0] >= after[1] - after[0] else after
        content = self._trim_clause(*chosen)
        return Attribution(token.idx, to.idx + len(to.text),
                           reading.text[token.idx:to.idx + len(to.text)], "according to",
                           source, content, "'according to'", reading.sentence_of[token.i],
                           reading.paragraph_of(token.idx))


def _keep_outermost_clauses(found: list[Attribution]) -> None:
    """A reporting verb inside another's reported clause is part of what was reported ("she
    said he told them ..."), not a new source: it loses its clause. In reading order, so a
    clause already let go no longer holds anything."""
    clauses = sorted((a.content[0], number) for number, a in enumerate(found) if a.content)
    clause_starts = [start for start, _ in clauses]
    # the furthest any of the first n clauses reaches: no need to look further back
    reach = list(itertools.accumulate((found[number].content[1] for _, number in clauses), max))
    for attribution in found:
        at = attribution.cue_start
        i = bisect.bisect_right(clause_starts, at) - 1
        while i >= 0 and reach[i] > at:
            other = found[clauses[i][1]]
            if other is not attribution and other.content and \
                    other.content[0] <= at < other.content[1]:
                attribution.content = None
                break
            i -= 1

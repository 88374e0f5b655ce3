"""Who said what: direct quotes, indirect speech, their reporting verbs and their speakers.

The method follows the rule-based tradition of quote attribution (Pareti et al. 2013; the
Gender Gap Tracker's syntactic and floating passes), rebuilt for spaCy 3 and extended:

1. Quotation marks are paired by family, paragraph by paragraph (``medialit.marks``).
2. Reporting verbs come from ``data/reporting_verbs.txt``; a verb with a reported clause
   (``ccomp``, a directive's ``xcomp``, an accusation's ``of``/``for`` phrase) is indirect
   speech, as is "according to X".
3. A quote takes the reporting verb that governs it in the parse, else the nearest one in its
   sentence; with none, a quote of three words or more continues the paragraph's last speaker
   and a shorter one is a scare quote (a term nobody is quoted as saying).
4. A speaker is the verb's subject. Pronouns go to the most recent compatible subject in the
   same paragraph, then to the most recent speaker, then to the most recent person named;
   surnames go to the full name; "the official" goes back to "a senior official".

Every quote records the rule that found it (``rule``) and how its speaker was chosen
(``speaker_reason``), so a lesson can show why, and where the engine went wrong.

Limits: no statistical coreference (pronouns resolve by the rules above, and say when they
are ambiguous); beliefs ("X thinks that") are left out unless asked for; a quote attributed
only by a sentence two sentences away is missed.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from medialit.article import Article
from medialit.lexicons import load_reporting_verbs, load_source_words
from medialit.marks import MarkProblem, QuotedSpan, pair_marks
from medialit.model import Quote, Speaker
from medialit.nlp import has_parser, load_nlp
from medialit.people import (canonical_name, find_roles, name_chains, name_run, name_words,
                             strip_possessive)

PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person",
            "they": "plural", "them": "plural", "it": "thing", "we": "speaker", "i": "speaker"}
SCARE_CUES = {"so-called", "so called", "dubbed", "known as", "termed", "nicknamed", "branded",
              "labelled", "labeled", "the term", "the word", "the phrase", "what", "called"}
CONTENT_DEPS = {"ccomp"}
DIRECTIVE_DEPS = {"ccomp", "xcomp", "dobj"}
EVALUATIVE_PREPS = {"of", "for", "over", "about", "as"}
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


class _Cues:
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


def extract_quotes(article: Article, include_beliefs: bool = False) -> list[Quote]:
    """Find every quote and every attribution in ``article``, in reading order.

    Scare quotes are included with ``form="scare"`` and no speaker, so nothing in quotation
    marks is silently dropped; use ``speech_quotes`` to leave them out.

    >>> from medialit.article import make_article
    >>> art = make_article("Talks\\n\\n“We will try,” said Ana Ruiz, the mayor.")
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(art)]
    [('We will try,', 'Ana Ruiz', 'said')]
    """
    spans, _ = pair_marks(article.text, article.paragraphs)
    if not has_parser(load_nlp()):
        from medialit.fallback import extract_quotes_by_pattern

        return extract_quotes_by_pattern(article, spans)
    return _Extractor(article, spans, include_beliefs).run()


def speech_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes somebody is said to have said: scare quotes left out."""
    return [quote for quote in quotes if quote.form != "scare"]


def quote_problems(article: Article) -> list[MarkProblem]:
    """Quotation marks that open and never close, or close and never opened."""
    return pair_marks(article.text, article.paragraphs)[1]


class _Extractor:
    """One pass over one article; holds the parse and what has been resolved so far."""

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
        self._organisations = None  # the ORG entities with their words, made on first use
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
        self.speakers_so_far: list[tuple[int, Speaker, object]] = []  # (offset, speaker, token)
        self._named_by_token: dict[int, Speaker] = {}  # id of a speaker's token: its last name
        self._subjects: dict[int, list] = {}  # sentence number: its main subjects
        self._mentions: dict[tuple, tuple | None] = {}  # (subject, pronoun kind): its words
        self._phrases: dict[tuple, Speaker] = {}  # phrases resolved without the speakers so far
        self._role_words = None  # each person's roles as words, made on first use

    # -- where the quotes are ------------------------------------------------------------

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

    def _tokens_between(self, start: int, end: int):
        """The tokens starting at an offset from ``start`` up to ``end`` (excluded)."""
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [self.doc[i] for i in range(first, last)]

    def _attributions_inside(self, outer: QuotedSpan, span: QuotedSpan) -> list[Attribution]:
        """Reporting verbs inside a quote, for a quote nested in it ("and said, ‘Well done’")."""
        found = []
        for token in self._tokens_between(outer.start, outer.end):
            if not span.open_at <= token.idx <= span.end:
                verb = self.verbs.get(token.lemma_.lower())
                if verb and token.pos_ in ("VERB", "AUX") and verb.type != "belief":
                    attribution = self._attribution(token, verb)
                    if attribution is not None:
                        attribution.content = None
                        found.append(attribution)
        return found

    def _share_cues_along_run_ons(self, by_quote: dict) -> None:
        """The pieces of a quote running over several paragraphs share one reporting verb."""
        chain: list[QuotedSpan] = []
        for span in self.spans + [None]:
            if span is not None and span.continues and chain:
                chain.append(span)
                continue
            cues = [by_quote[piece] for piece in chain if by_quote[piece] is not None]
            for piece in chain:
                if by_quote[piece] is None and cues:
                    by_quote[piece] = cues[0]
            chain = [span] if span is not None and span.runs_on else []

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

    def _token_in_quote(self, token) -> bool:
        return self.inside[token.idx]

    # -- the main pass ----------------------------------------------------------------------

    def run(self) -> list[Quote]:
        attributions = self._find_attributions()
        cues = _Cues(attributions)
        by_quote = {}
        for span in self.spans:
            outer = self.outer_of.get(span)
            if outer is None:
                by_quote[span] = self._cue_for(span, cues)
            else:
                by_quote[span] = self._cue_for(span, _Cues(self._attributions_inside(outer, span)))
        self._share_cues_along_run_ons(by_quote)
        # resolve speakers in reading order, so "the last speaker" is known at each point
        events = [(a.cue_start, "attribution", a) for a in attributions]
        events += [(span.start, "quote", span) for span in self.spans]
        events.sort(key=lambda event: (event[0], event[1] == "quote"))
        quotes: list[Quote] = []
        last_in_paragraph: dict[int, Quote] = {}
        for _, what, item in events:
            if what == "attribution":
                if item.resolved is None:
                    item.resolved = self._resolve(item)
                if item.content is not None:
                    quote = self._indirect(item)
                    quotes.append(quote)
                    last_in_paragraph[quote.paragraph] = quote
                continue
            quote = self._direct(item, by_quote[item], last_in_paragraph)
            quotes.append(quote)
            if quote.form != "scare" and item not in self.outer_of:
                last_in_paragraph[quote.paragraph] = quote
        _speakers_of_repeated_quotes(quotes)
        quotes.sort(key=lambda quote: (quote.start, quote.kind))
        return quotes

    # -- reporting verbs and their clauses --------------------------------------------------

    def _find_attributions(self) -> list[Attribution]:
        found = []
        for token in self.doc:
            if self._token_in_quote(token):
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and \
                    self.doc[token.i + 1].lower_ == "to":
                attribution = self._according_to(token)
                if attribution:
                    found.append(attribution)
                continue
            verb = self.verbs.get(token.lemma_.lower())
            if verb is None or token.pos_ not in ("VERB", "AUX") and token.tag_ != "VBD":
                continue
            if any(child.dep_ == "neg" for child in token.children):
                continue  # "it did not say how many": a refusal to say is not a statement
            if verb.type == "belief" and not self.include_beliefs:
                continue
            if token.dep_ in ("amod", "compound", "acl") and token.tag_ in ("VBN", "VBG") \
                    and not any(c.dep_ == "ccomp" for c in token.children):
                continue  # "the alleged spy balloon", "a reported sighting"
            attribution = self._attribution(token, verb)
            if attribution is not None:
                found.append(attribution)
        # keep only the outermost: a reporting verb inside another's reported clause is
        # part of what was reported ("she said he told them ..."), not a new source. In
        # reading order, so a clause already let go no longer holds anything.
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
        return found

    def _attribution(self, verb_token, verb) -> Attribution | None:
        subject, no_agent = self._subject(verb_token)
        if subject is None and not no_agent and verb_token.tag_ in ("VBG", "VB", "VBN") \
                and verb_token.dep_ != "ROOT":
            return None  # "its refusal of condemning Russia": nobody is reporting anything
        if no_agent and not any(c.dep_ == "nsubjpass" and c.lower_ == "it"
                                for c in verb_token.children) and verb_token.dep_ != "ROOT":
            return None  # "Beijing needed to be told": being told is not saying
        content = self._content(verb_token, verb)
        if content and re.match(r"(not )?to be (named|identified|quoted)",
                                 self.text[content[0]:content[1]]):
            content = None  # "who asked not to be named": the reason for anonymity
        if content and content[0] <= verb_token.idx < content[1]:
            content = None  # “A,” she said, “B.”: the clause wraps round its own verb
        sentence = self.sentence_of[verb_token.i]
        rule = f"reporting verb '{verb_token.text}'" + (" with a reported clause" if content else "")
        return Attribution(verb_token.idx, verb_token.idx + len(verb_token.text), verb_token.text,
                           verb.lemma, subject, content, rule, sentence,
                           self.article.paragraph_index(verb_token.idx), no_agent)

    def _subject(self, verb_token):
        """The token naming who speaks, and whether the verb is a passive with nobody doing it."""
        token = verb_token
        if any(c.dep_ == "auxpass" for c in verb_token.children) and \
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
                if child.dep_ in ("nsubj", "csubj") and self._token_in_quote(child) and \
                        not self._token_in_quote(token):
                    # “Hello,” said Ana Ruiz: the quoted word is not the speaker; the name is
                    named = [c for c in token.children if c.i > token.i and c.pos_ == "PROPN"
                             and not self._token_in_quote(c)]
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
                    break
                token = token.head
                continue
            break
        if verb_token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb_token.children):
            return None, True
        return None, False

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
        text = self.text
        match = re.match(r"(that|whether|if)\s+", text[start:end], re.I)
        if match and end - start > match.end():
            start += match.end()
        while end > start and (text[end - 1] in ".,;: \n\t\u00a0"):
            end -= 1
        while start < end and text[start] in ",;: \n\t\u00a0":
            start += 1
        if end - start < 3:
            return None
        if end < len(text) and text[end] in "”’»\"'" and self.inside[end] and \
                any(open_at >= start for open_at in self.opened_closing_at.get(end, ())):
            end += 1  # keep the closing mark of a quote that ends the clause
        inside = sum(self.inside[start:end])
        if inside / (end - start) > 0.8:
            return None  # the clause is a direct quote: the quote itself carries it
        return start, end

    def _according_to(self, token) -> Attribution | None:
        to = self.doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            return None
        source = pobj = objects[0]
        owners = [c for c in source.children if c.dep_ == "poss"]
        if source.lemma_.lower() in DOCUMENT_NOUNS and owners:
            source = owners[0]  # "according to the ministry's own figures": the ministry
        sentence = self.sentences[self.sentence_of[token.i]]
        phrase_start = token.idx
        phrase_end = pobj.right_edge.idx + len(pobj.right_edge.text)
        before = (sentence.start_char, phrase_start)
        after = (phrase_end, sentence.end_char)
        chosen = before if before[1] - before[0] >= after[1] - after[0] else after
        content = self._trim_clause(*chosen)
        return Attribution(token.idx, to.idx + len(to.text),
                           self.text[token.idx:to.idx + len(to.text)], "according to",
                           source, content, "'according to'", self.sentence_of[token.i],
                           self.article.paragraph_index(token.idx))

    # -- which reporting verb a quote belongs to ---------------------------------------------

    def _cue_for(self, span: QuotedSpan, cues: _Cues) -> Attribution | None:
        tokens = self._tokens_between(span.start, span.end)
        if not tokens:
            return None
        sentence_numbers = {self.sentence_of[t.i] for t in tokens}
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
        # 2. a reporting verb elsewhere in the same sentence
        same = cues.in_sentences(sentence_numbers)
        if same:
            return min(same, key=lambda a: min(abs(a.cue_start - span.start),
                                               abs(a.cue_start - span.end)))
        # 3. “…,” then a bare "Chief Chuck Jordan said Monday." as the next sentence
        last = max(sentence_numbers)
        following = [a for a in cues.in_sentences([last + 1]) if a.content is None and
                     self.article.paragraph_index(a.cue_start) == self.article.paragraph_index(span.start)
                     and not self._quote_opens_between(span.end, a.cue_start)]
        if following:
            return following[0]
        # 4. "He said:" closing the sentence before
        first = min(sentence_numbers)
        if first > 0:
            previous = self.sentences[first - 1]
            if previous.text.rstrip().endswith(":") and \
                    self.article.paragraph_index(previous.start_char) >= \
                    self.article.paragraph_index(span.start) - 1:
                colon = cues.in_sentences([first - 1])
                if colon:
                    return colon[-1]
        return None

    def _quote_opens_between(self, after: int, before: int) -> bool:
        """True when a quote's words start after offset ``after`` and before ``before``."""
        i = bisect.bisect_right(self.span_starts, after)
        return i < len(self.span_starts) and self.span_starts[i] < before

    # -- building quotes --------------------------------------------------------------------

    def _direct(self, span: QuotedSpan, attribution, last_in_paragraph) -> Quote:
        paragraph = self.article.paragraph_index(span.start)
        quote = Quote(span.start, span.end, span.text, "direct", paragraph=paragraph,
                      open_mark=span.open_mark, close_mark=span.close_mark, balanced=span.balanced)
        words = quote.words
        if attribution is not None and not self._scare_cue(span) and \
                not (_is_title_case(span.text) and words >= 2 and self._form(span) == "partial"):
            if attribution.resolved is None:
                attribution.resolved = self._resolve(attribution)
            self._fill(quote, attribution)
            quote.rule = f"quotation marks + {attribution.rule}"
        elif self._scare_cue(span) or (words <= 2 and not _is_sentence(span.text)) or \
                _is_title_case(span.text) or span in self.outer_of:
            quote.form = "scare"
            quote.rule = "quotation marks, no one said to say it: a term or scare quote"
            quote.speaker_reason = "nobody in the sentence is said to say these words"
            return quote
        elif _TRANSCRIPT_LABEL.match(span.text):
            # an interview transcript: "WALLACE: Let's start with …"
            label = _TRANSCRIPT_LABEL.match(span.text).group(1)
            name = canonical_name(name_words(label.title()), self.names)
            quote.speaker, quote.speaker_kind = name, "named"
            quote.speaker_start = span.start
            quote.speaker_end = span.start + len(label)
            quote.rule = "quotation marks around a transcript line"
            quote.speaker_reason = f"the transcript labels this line with the speaker's name, {label}"
        else:
            previous = last_in_paragraph.get(paragraph)
            if previous is None and self._starts_paragraph(span):
                previous = last_in_paragraph.get(paragraph - 1)
            if previous is None and words <= 5 and not _is_sentence(span.text):
                quote.form = "scare"
                quote.rule = "quotation marks around a few words, no one said to say them: a term"
                quote.speaker_reason = "nobody nearby is said to say these words"
                return quote
            if previous is not None and previous.speaker_reason:
                self._copy_speaker(quote, previous)
                quote.rule = "quotation marks, no reporting verb: continues the last speaker"
                quote.speaker_reason = (f"no reporting verb here, so it continues the words of "
                                        f"{previous.speaker or 'the previous speaker'}")
            else:
                following = self._next_cue_in_paragraph(span)
                if following is not None:
                    if following.resolved is None:
                        following.resolved = self._resolve(following)
                    self._fill(quote, following)
                    quote.rule = "quotation marks, attributed by the next reporting verb"
                else:
                    quote.rule = "quotation marks, no reporting verb nearby"
                    quote.speaker_reason = "the article does not say who said this"
        quote.form = self._form(span)
        return quote

    def _next_cue_in_paragraph(self, span: QuotedSpan):
        paragraph = self.article.paragraph_index(span.start)
        # the quotes after this one, in reading order, as long as they are in its paragraph
        for number in range(bisect.bisect_right(self.span_starts, span.end), len(self.spans)):
            later = self.spans[number]
            if self.article.paragraph_index(later.start) != paragraph:
                return None
            token_span = self.doc.char_span(later.start, later.end, alignment_mode="expand")
            if token_span is None:
                continue
            sentence = self.sentence_of[token_span[0].i]
            for token in self.sentences[sentence]:
                verb = self.verbs.get(token.lemma_.lower())
                if verb and not self._token_in_quote(token) and token.pos_ == "VERB":
                    return self._attribution(token, verb)
            return None
        return None

    def _starts_paragraph(self, span: QuotedSpan) -> bool:
        paragraph = self.article.paragraphs[self.article.paragraph_index(span.start)]
        return span.open_at == paragraph.start

    def _scare_cue(self, span: QuotedSpan) -> bool:
        before = self.text[max(0, span.open_at - 14):span.open_at].lower()
        return any(before.rstrip().endswith(cue) for cue in SCARE_CUES if cue != "what") or \
            bool(re.search(r"\bwhat (\w+ )?(calls?|called|describes?|described)\s*$", before))

    def _form(self, span: QuotedSpan) -> str:
        token_span = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        sentence = self.sentences[self.sentence_of[token_span[0].i]] if token_span else None
        lead = self.text[sentence.start_char:span.open_at].strip() if sentence is not None else ""
        starts = not lead or lead.endswith((":", ",", "—", "–"))
        if starts and span.text[:1].isupper() and len(span.text.split()) >= 3:
            return "full"
        if span.text.rstrip().endswith((".", "!", "?", ".”")) and span.text[:1].isupper() \
                and len(span.text.split()) >= 4:
            return "full"
        return "partial"

    def _indirect(self, attribution: Attribution) -> Quote:
        start, end = attribution.content
        quote = Quote(start, end, self.text[start:end], "indirect",
                      paragraph=attribution.paragraph)
        self._fill(quote, attribution)
        quote.rule = attribution.rule
        return quote

    def _fill(self, quote: Quote, attribution: Attribution) -> None:
        speaker = attribution.resolved
        verb = self.verbs.get(attribution.lemma)
        quote.speaker, quote.speaker_kind = speaker.name, speaker.kind
        quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
        quote.speaker_reason, quote.alternatives = speaker.reason, list(speaker.alternatives)
        quote.cue, quote.cue_start, quote.cue_end = attribution.cue, attribution.cue_start, attribution.cue_end
        quote.cue_lemma = attribution.lemma
        quote.stance = verb.stance if verb else "neutral"

    @staticmethod
    def _copy_speaker(quote: Quote, previous: Quote) -> None:
        for key in ("speaker", "speaker_kind", "speaker_start", "speaker_end", "alternatives"):
            setattr(quote, key, getattr(previous, key))

    # -- who the speaker is ------------------------------------------------------------------

    def _resolve(self, attribution: Attribution) -> Speaker:
        """The speaker of one reporting verb."""
        token = attribution.speaker_token
        if token is None:
            if attribution.no_agent:
                result = Speaker(None, "vague", None, None,
                          f"'{attribution.cue}' has nobody doing the reporting "
                          "(a passive such as 'it was reported')", ())
            else:
                result = Speaker(None, "unknown", None, None,
                          f"'{attribution.cue}' has no subject: the article does not say who", ())
            return result
        start, end = _mention_bounds(token)
        mention = self.text[start:end]
        if not any(character.isalpha() for character in mention):
            return Speaker(None, "unknown", None, None,
                    f"'{attribution.cue}' has no subject made of words: the article does not say who", ())
        if token.lower_ in PRONOUNS and token.pos_ == "PRON":
            result = self._resolve_pronoun(token, start, end)
        else:
            result = self._resolve_phrase(token, start, end, mention)
        self.speakers_so_far.append((start, result, token))
        if result.name:
            self._named_by_token[id(token)] = result
        return result

    def _resolve_phrase(self, token, start, end, mention):
        """``_phrase``, kept for the next time unless the phrase is a description pointing
        back ("the official"), which depends on the speakers found so far."""
        settled = not (_is_definite(token) and token.pos_ != "PROPN")
        key = (token.i, start, end)  # ``mention`` is always the text from start to end
        if settled and key in self._phrases:
            return self._phrases[key]
        result = self._phrase(token, start, end, mention)
        if settled:
            self._phrases[key] = result
        return result

    def _phrase(self, token, start, end, mention):
        named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if named and token.pos_ != "PROPN":
            # "the mayor, Ana Ruiz, said": the name in the apposition is the speaker
            inner_start, inner_end = _mention_bounds(named[0])
            result = self._resolve_phrase(named[0], inner_start, inner_end,
                                          self.text[inner_start:inner_end])
            return Speaker(result.name, result.kind, start, end,
                    f"{_clean(mention)!r} is named right after it: {result.name!r}", ())
        name = self._person_name(token)
        if name:
            reason = f"the subject of the reporting verb is {mention!r}"
            if name != _clean(mention):
                reason += f", the person the article calls {name!r}"
            return Speaker(name, "named", start, end, reason, ())
        head = token.lower_
        phrase = _clean(mention)
        if token.ent_type_ in ("ORG", "GPE", "NORP") or token.pos_ == "PROPN" or \
                any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE", "CARDINAL", "")
                    for t in token.subtree if start <= t.idx < end):
            if head not in self.words["anonymous"] and head not in self.words["vague"]:
                return Speaker(phrase, "named", start, end,
                        f"the subject of the reporting verb is the name {phrase!r}" +
                        (", an organisation" if token.ent_type_ == "ORG" else ""), ())
        if _is_definite(token) and token.pos_ != "PROPN":
            antecedent = self._same_head_before(token, start)
            if antecedent is not None:
                return Speaker(antecedent[0], antecedent[1], start, end,
                        f"{mention!r} refers back to {antecedent[0]!r}", ())
        if re.search(r"\b(familiar with|close to|with knowledge of|briefed on|on condition of|"
                     r"not authori[sz]ed|asked not to be|declined to be)\b", phrase.lower() + " " +
                     self.text[end:end + 60].lower()):
            return Speaker(phrase, "anonymous", start, end,
                    f"{phrase!r} is a source the article does not name", ())
        bare_plural = token.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "nummod", "poss", "compound", "amod") for c in token.children)
        if head in self.words["vague"] or phrase.lower() in self.words["vague"] or \
                (bare_plural and (head in self.words["people"] or token.lemma_.lower() in self.words["people"])):
            return Speaker(phrase, "vague", start, end,
                    f"{phrase!r} does not say who exactly: a vague source", ())
        if head in self.words["anonymous"] or head in self.words["people"]:
            return Speaker(phrase, "anonymous", start, end,
                    f"{phrase!r} is a source the article does not name", ())
        if head in self.words["institutions"]:
            return Speaker(phrase, "named", start, end, f"{phrase!r} is an organisation", ())
        return Speaker(phrase, "unknown", start, end, f"could not tell what kind of source {phrase!r} is", ())

    def _person_name(self, token) -> str | None:
        """The full name of the person a subject token names, or None."""
        if token.pos_ == "PROPN" and strip_possessive(token.text).lower() in self.names:
            run = name_run(token)
            return canonical_name(name_words(run.text), self.names)
        possessed = {t.i for child in token.children if child.dep_ == "poss" for t in child.subtree}
        candidates = [t for t in token.subtree if t.ent_type_ == "PERSON"
                      and t.i <= token.i and t.i not in possessed]
        if not candidates:
            return None
        if token.ent_type_ == "PERSON":
            entity = self._entity_at(token.i)
        else:
            entity = self._entity_at(candidates[0].i)
            entity = entity if entity is not None and entity.label_ == "PERSON" else None
        words = name_words(entity.text if entity is not None else token.text)
        return canonical_name(words, self.names)

    def _entity_at(self, i: int):
        """The named entity holding token ``i``, or None (entities never overlap)."""
        number = bisect.bisect_right(self.ent_starts, i) - 1
        if number >= 0 and i < self.ents[number].end:
            return self.ents[number]
        return None

    def _same_head_before(self, token, start):
        """An earlier source with the same head noun: "the official" → "a senior official"."""
        for offset, result, earlier in reversed(self.speakers_so_far):
            if offset < start and earlier.lemma_.lower() == token.lemma_.lower() and result.name:
                return result.name, result.kind
        head = token.lemma_.lower()
        if self._role_words is None:
            # each name, where its last word first appears, and the words of its roles
            self._role_words = [(name, self.text.find(name.split()[-1]) if name.split() else None,
                                 [re.findall(r"[\w-]+", role.lower()) for role in described])
                                for name, described in self.roles.items()]
        for name, first_seen, roles in self._role_words:
            if first_seen is not None and first_seen < start and \
                    any(head in words for words in roles):
                return name, "named"  # "the mayor" → the person described as the mayor
        if self._organisations is None:
            self._organisations = [(e, re.findall(r"[\w-]+", e.text.lower()))
                                   for e in self.ents if e.label_ == "ORG"]
        organisations = [e for e, words in self._organisations if head in words]
        before = [e for e in organisations if e.end_char <= start]
        if before or len({e.text for e in organisations}) == 1:
            ent = (before or organisations)[-1]
            return re.sub(r"^the\s+", "", ent.text, flags=re.I), "named"
        if head in self.words["institutions"]:
            # "the company" → the organisation that spoke last, in this or the last paragraph
            paragraph = self.article.paragraph_index(start)
            for offset, result, earlier in reversed(self.speakers_so_far):
                if self.article.paragraph_index(offset) < paragraph - 1:
                    break
                if offset < start and result.kind == "named" and result.name and \
                        earlier.ent_type_ != "PERSON" and earlier.lower_ not in self.names:
                    return result.name, result.kind
        return None

    def _resolve_pronoun(self, token, start, end):
        want = PRONOUNS[token.lower_]
        pronoun = token.text
        if want == "speaker":
            return Speaker(None, "unknown", start, end,
                    f"'{pronoun}' is the speaker talking about themselves; the article must "
                    "name them nearby", ())
        paragraph = self.article.paragraph_index(token.idx)
        sentence = self.sentence_of[token.i]
        candidates = []
        # 1. the subject of an earlier sentence in the same paragraph
        for number in range(sentence - 1, -1, -1):
            sent = self.sentences[number]
            if self.article.paragraph_index(sent.start_char) != paragraph:
                break
            if number not in self._subjects:
                self._subjects[number] = _main_subjects(sent, self.names)
            for subject in self._subjects[number]:
                if self._token_in_quote(subject):
                    continue
                described = self._describe(subject, want)
                if described:
                    candidates.append((described, f"'{pronoun}' refers to {described[0]!r}, "
                                       "the subject of an earlier sentence in this paragraph"))
        subjects = list(candidates)
        # 2. the most recent speaker
        for offset, result, earlier in reversed(self.speakers_so_far):
            if offset >= token.idx or result.name is None:
                continue
            if self.article.paragraph_index(offset) < paragraph - 3:
                break
            if _compatible(want, earlier, result.kind, self.words, self.names):
                candidates.append(((result.name, result.kind),
                                   f"'{pronoun}' refers to {result.name!r}, the most recent speaker"))
                break
        # 3. the most recent person named in the two sentences before
        for number in range(sentence - 1, max(-1, sentence - 3), -1):
            for ent in reversed(self.article.entities_within(self.sentences[number])):
                if ent.label_ == "PERSON" and want == "person":
                    name = canonical_name(name_words(ent.text), self.names)
                    candidates.append(((name, "named"), f"'{pronoun}' refers to {name!r}, "
                                       "the last person named before it"))
        if not candidates:
            return Speaker(None, "unknown", start, end,
                    f"could not tell who '{pronoun}' is: nobody fitting is named before it", ())
        (speaker, kind), reason = candidates[0]
        if subjects:
            # the paragraph has its own subject: ambiguous only if it has two different ones
            rivals = [name for (name, _), _ in subjects]
        else:
            rivals = self._people_in_paragraph(token, want)
        others = []
        for name in rivals:
            if name != speaker and name not in others:
                others.append(name)
        return Speaker(speaker, kind, start, end, reason, tuple(others))

    def _people_in_paragraph(self, token, want) -> list[str]:
        """People named before the pronoun in its paragraph, outside quotation marks."""
        if want != "person":
            return []
        paragraph = self.article.paragraphs[self.article.paragraph_index(token.idx)]
        names = []
        first = bisect.bisect_left(self.ent_start_chars, paragraph.start)
        last = bisect.bisect_left(self.ent_start_chars, token.idx)
        for ent in self.ents[first:last]:
            if ent.label_ == "PERSON" and not self.inside[ent.start_char]:
                names.append(canonical_name(name_words(ent.text), self.names))
        return names

    def _describe(self, subject, want):
        """(name, kind) for a sentence subject that a pronoun of kind ``want`` can stand for."""
        if subject.pos_ == "PRON":
            # the last speaker whose token is this very object and who has a name (looked up
            # by the object's id: the speakers' tokens are all kept alive in speakers_so_far)
            result = self._named_by_token.get(id(subject))
            return (result.name, result.kind) if result else None
        key = (subject.i, want)
        if key not in self._mentions:
            compatible = _compatible(want, subject, None, self.words, self.names)
            self._mentions[key] = _mention_bounds(subject) if compatible else None
        if self._mentions[key] is None:
            return None
        start, end = self._mentions[key]
        resolved = self._resolve_phrase(subject, start, end, self.text[start:end])
        return (resolved.name, resolved.kind) if resolved.name else None


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}): ")


def _speakers_of_repeated_quotes(quotes: list[Quote]) -> None:
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


# -- helpers on tokens and names ----------------------------------------------------------------

def _mention_bounds(token) -> tuple[int, int]:
    """The words naming the speaker: the subject with its modifiers, without appositions,
    relative clauses or anything after a comma."""
    left = token.left_edge.i
    right = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ in ("compound", "flat", "prep", "amod", "nummod") \
                and not any(t.text in ",(" for t in token.doc[token.i:child.i]):
            right = max(right, child.right_edge.i)
    doc = token.doc
    if token.pos_ == "PROPN":
        left = min(left, name_run(token).start)
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    for i in range(left, token.i):
        if doc[i].text in (",", "(", "—"):
            left = i + 1
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    return start, end


def _main_subjects(sentence, names=()):
    """Subjects of the main clause, last first; a name opening the sentence counts too,
    since the parser sometimes misreads "Nair laughs when …"."""
    subjects = []
    first = next((t for t in sentence if not t.is_space and not t.is_punct), None)
    if first is not None and first.pos_ == "PROPN" and first.lower_ in names and \
            first.dep_ not in ("poss",) and not first.text.endswith(("’s", "'s")) and \
            not (first.i + 1 < len(sentence.doc) and sentence.doc[first.i + 1].dep_ == "case"):
        chain_end = first.i
        while chain_end + 1 < sentence.end and sentence.doc[chain_end + 1].pos_ == "PROPN":
            chain_end += 1
        subjects.append(sentence.doc[chain_end])
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ == "ROOT" or
                                                     token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT"):
            if token not in subjects:
                subjects.append(token)
    return sorted(subjects, key=lambda t: -t.i)


def _compatible(want: str, token, kind, words, names=()) -> bool:
    lower = token.lower_
    if token.pos_ == "PRON":
        return PRONOUNS.get(lower) == want
    plural = token.tag_ in ("NNS", "NNPS")
    if want == "person":
        return not plural and (token.ent_type_ == "PERSON" or lower in words["people"] or
                               lower in words["anonymous"] or
                               token.pos_ == "PROPN" and strip_possessive(lower) in names)
    if want == "plural":
        return plural or token.ent_type_ in ("ORG", "NORP", "GPE") or lower in words["institutions"]
    if want == "thing":
        return not plural and (token.ent_type_ in ("ORG", "GPE") or lower in words["institutions"])
    return False


def _is_definite(token) -> bool:
    """'the official', 'this company', 'their union': a description pointing back."""
    return any(child.dep_ in ("det", "poss") and
               child.lower_ in ("the", "this", "that", "their", "its", "his", "her")
               for child in token.children)


def _is_sentence(text: str) -> bool:
    """“We failed.”: a whole sentence, however short, is speech, not a term."""
    return text[:1].isupper() and text.rstrip("”’\"' ").endswith((".", "!", "?"))


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)]
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at"}
    return 0 < len(words) <= 12 and all(w[0].isupper() or w.lower() in small for w in words) \
        and words[0][0].isupper() and len(words) >= 1 and not text.rstrip().endswith((".", "!", "?"))


def _clean(mention: str) -> str:
    mention = re.sub(r"\s+", " ", mention).strip()
    return mention[:1].upper() + mention[1:] if mention else mention

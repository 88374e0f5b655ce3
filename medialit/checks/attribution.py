"""Attribution and sourcing: who said it, and can a reader check them?

Reporting with nobody doing it, quotes nobody said and opinions stated as facts are notes:
each depends on the parser finding (or missing) a speaker, which it can get wrong, so the
message asks the reader to look. Anonymous and vague sources are notes for discussion, with the journalism rule behind
them: they are sometimes justified, and the lesson is to ask why.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import Stretches
from medialit.checks.words import opinion_markers, word_set
from medialit.people import find_roles, known_person, load_affiliation_tables, people_named
from medialit.lexicons import load_reporting_verbs, load_source_words
from medialit.model import Quote
from medialit.quotes import speech_quotes


@rule("attribution.no-subject", "missing-attribution", "note",
      "a reporting verb with no subject")
def reporting_without_subject(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.speaker_kind == "unknown" and quote.cue and \
                quote.speaker_start is None:
            yield Spot(quote.cue_start, quote.cue_end,
                       f"Who {quote.cue} this? The machine could not find who is speaking "
                       "or reporting here: can you? If the article never says, a reader cannot "
                       "check it.",
                       f"Name the source: 'The Times {quote.cue} …'.")


@rule("attribution.no-speaker", "missing-attribution", "note",
      "a quote with no reporting verb and no earlier speaker")
def quote_without_speaker(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.kind == "direct" and not quote.cue:
            yield Spot(quote.start, quote.end,
                       "These words are in quotation marks, but the machine could not find "
                       "who said them: can you? If the article never says, that is a problem.")


@rule("attribution.unsourced-opinion", "missing-attribution", "note",
      "an opinion word in a sentence with no source")
def opinion_as_fact(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A judgement stated as fact, perhaps just before the article introduces the person it
    is from."""
    sourced = _sourced_sentences(article, quotes)
    speakers: dict[int, list[Quote]] = {}  # the quotes with a speaker and a verb, by paragraph
    for quote in speech_quotes(quotes):
        if quote.speaker and quote.cue_start is not None:
            speakers.setdefault(article.paragraph_index(quote.cue_start), []).append(quote)
    for sentence in article.sentences:
        if sourced(sentence):
            continue  # the sentence has a source of its own, even a parenthetical "he said"
        marker = next((m for p in opinion_markers() for m in [p.search(sentence.text)] if m), None)
        if marker is None:
            continue
        paragraph = article.paragraph_index(sentence.start)
        nearby = sorted(speakers.get(paragraph, []),
                        key=lambda q: abs(q.cue_start - sentence.start))
        if nearby:
            who = nearby[0]
            yield Spot(sentence.start, sentence.end,
                       f"“{marker.group(0)}” makes this sentence sound like someone's opinion, "
                       f"but the article states it as a fact. Is it the view of {who.speaker}, "
                       "who is quoted nearby? If so, the article should say so.",
                       f"Attribute it: '…, according to {who.speaker}.'",
                       ((who.cue_start, who.cue_end),))
        else:
            yield Spot(sentence.start, sentence.end,
                       f"“{marker.group(0)}” makes this sentence sound like an opinion, but "
                       "nobody is given as its source. Whose view is it?")


def _sourced_sentences(article: Article, quotes: list[Quote]):
    """A test of whether a sentence of the article has a source of its own: a quote, a
    reporting verb, even a parenthetical "he said"."""
    attributed = Stretches([(q.start, q.end) for q in quotes] +
                           [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None])
    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}

    def sourced(sentence) -> bool:
        return attributed.overlap(sentence.start, sentence.end) or \
            any(t.lemma_.lower() in verbs for t in article.doc.char_span(
                sentence.start, sentence.end, alignment_mode="expand") or [])
    return sourced


@rule("attribution.unsourced-claim", "missing-attribution", "note",
      "a cause, effect or judgement set apart in a paragraph of its own, with no source")
def claims_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The recount was needed only because staff were careless.' as a paragraph of its own:
    a claim of cause, of an effect with a figure, of a record or of someone's conduct
    (``claim_markers.txt``), in one sentence that names no source and quotes nobody. Set
    apart like that it reads as settled fact; the lesson is to ask who says so."""
    sourced = _sourced_sentences(article, quotes)
    for number, paragraph in enumerate(article.paragraphs):
        sentences = [s for s in article.sentences if paragraph.start <= s.start < paragraph.end]
        if number == 0 or len(sentences) != 1 or sourced(sentences[0]) or \
                re.search(r"[“”\"]", sentences[0].text):
            continue
        sentence = sentences[0]
        marker = next((m for p in opinion_markers("claim_markers")
                       for m in [p.search(sentence.text)] if m), None)
        if marker is not None:
            yield Spot(sentence.start, sentence.end,
                       f"Who says so? “{marker.group(0)}” makes this a claim, but the article "
                       "states it as a fact with no source. A reader cannot check it.")


RECORD_SCOPE = re.compile(r"(?:[\w’'-]+\s+){0,6}?(?:(?:in|at|of)\s+(?:the\s+)?(?:any\s+)?"
                          r"(?:country|world|nation|history|region|state)\b|on\s+record\b|ever\b)")


@rule("attribution.unsourced-record", "missing-attribution", "note",
      "a record claimed with no source ('the steepest rise in the country')")
def records_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'…, the steepest increase at any university in the country.': a superlative measured
    against a whole country, the world or history, in a sentence that names no source. A
    reader cannot check a record unless someone is named as having compared."""
    sourced = _sourced_sentences(article, quotes)
    for sentence in article.sentences:
        if article.paragraph_index(sentence.start) == 0 or sourced(sentence):
            continue
        span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or []
        for token in span:
            if token.tag_ not in ("JJS", "RBS"):
                continue
            scope = RECORD_SCOPE.match(article.text, token.idx + len(token.text) + 1, sentence.end)
            if scope is None or re.search(r"\b(?:I|we|you)\b", scope.group(0)):
                continue  # 'the greatest fear I have ever seen' is someone speaking
            start = token.idx
            if token.i > 0 and token.doc[token.i - 1].lower_ == "the":
                start = token.doc[token.i - 1].idx
            yield Spot(start, scope.end(),
                       f"“{article.text[start:scope.end()]}”: who says so? A record is a big "
                       "claim, and the sentence does not say who made the comparison.")
            break


@rule("attribution.passive-judgement", "missing-attribution", "warning",
      "a passive judgement with nobody judging")
def judged_by_nobody(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The trip will only be considered successful if …': considered by whom?"""
    judging = word_set("judging_verbs")
    quoted = Stretches((q.start, q.end) for q in quotes)
    for token in article.doc:
        if token.lemma_.lower() not in judging or \
                not any(c.dep_ == "auxpass" for c in token.children) or \
                any(c.dep_ == "agent" for c in token.children) or \
                not any(c.dep_ in ("oprd", "acomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
                        for c in token.children):
            continue
        sentence = token.sent
        if quoted.overlap(sentence.start_char, sentence.end_char):
            continue
        start, end = sentence.start_char, sentence.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        yield Spot(start, end,
                   f"“{token.text}” by whom? The sentence gives a judgement but not who makes "
                   "it, so it reads like a fact.")


@rule("attribution.unintroduced-source", "missing-attribution", "note",
      "a named source with no role anywhere in the article")
def unintroduced_sources(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A person quoted by name whom the article never introduces: who is Dennis Wilder?"""
    roles = find_roles(article)
    people = people_named(article)
    known = load_affiliation_tables()["people"]
    seen = set()
    for quote in speech_quotes(quotes):
        name = quote.speaker
        if quote.speaker_kind != "named" or name not in people or name in seen or \
                _has_role(name, roles) or known_person(name, known) or \
                quote.speaker_start is None or article.paragraph_index(quote.speaker_start) == 0:
            continue  # a headline is no place to introduce anyone
        seen.add(name)
        mention = article.text[quote.speaker_start:quote.speaker_end]
        if len(mention.split()) > len(name.split()) or _described_in_a_clause(article, name):
            continue  # "Mayor Bill de Blasio", "Joseph, who has four children"
        yield Spot(quote.speaker_start, quote.speaker_end,
                   f"Who is {name}? The machine found no job or role for {name} in the "
                   "article: can you? A reader needs to know who a source is to judge them.",
                   f"Introduce the source: '{name}, a … at …, said'.")


def _has_role(name: str, roles: dict[str, list[str]]) -> bool:
    """True when the article gives the person a role, under the full name or the last part of
    it ("Holtz-Eakin" is found as "Eakin": the parse splits a hyphenated name)."""
    if roles.get(name):
        return True
    return any(described and name.endswith(key) and name[-len(key) - 1:-len(key)] in (" ", "-")
               for key, described in roles.items())


def _described_in_a_clause(article: Article, name: str) -> bool:
    """True when a mention of the person carries a description of its own: an apposition
    ("Joseph, a mother of four"), a relative clause ("Joseph, who has four children"), where
    they are from ("Johnnie Wilson, of Springfield") or a word for what they do before the
    name ("NBC News moderator Matt Lauer")."""
    last = name.replace("-", " ").split()[-1]
    for token in article.doc:
        if token.text != last or token.pos_ != "PROPN":
            continue
        after = [t for t in token.subtree if t.i > token.i]
        if any(t.dep_ in ("relcl", "appos") and t.pos_ in ("VERB", "AUX", "NOUN") or
               t.dep_ == "prep" and t.lower_ == "of" and t.head.i == token.i for t in after):
            return True
        if any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in token.lefts):
            return True
    return False


VAGUE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "various", "numerous"})


def _source_kind(quote: Quote, article: Article | None = None) -> str:
    """The quote's kind of source, where a group counted only as 'some' or 'many' ('Some
    residents', 'Many lecturers') is vague, whatever its noun: it could be two people or two
    hundred; so is a bare plural that the quote engine could not place ('Long-serving
    council watchers say'): no 'the', no number, no name."""
    first = (quote.speaker or "").split(maxsplit=1)[:1]
    if quote.speaker_kind in ("anonymous", "unknown") and first and \
            first[0].lower() in VAGUE_QUANTIFIERS:
        return "vague"
    if quote.speaker_kind == "unknown" and article is not None and _bare_plural(article, quote):
        return "vague"
    return quote.speaker_kind


PEOPLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")  # watchers, observers, analysts


def _bare_plural(article: Article, quote: Quote) -> bool:
    """True when the quote's speaker is a plural common noun with nothing that picks out
    which people: no determiner, number, possessive or name ('Industry observers')."""
    if quote.speaker_start is None or not article.doc.has_annotation("TAG"):
        return False
    span = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if span is None or span.root.tag_ != "NNS":
        return False
    head = span.root.lemma_.lower()
    words = load_source_words()
    if head not in words["people"] | words["vague"] and not head.endswith(PEOPLE_ENDINGS):
        return False  # 'exit polls', 'federal data': not people
    return not any(t.dep_ in ("det", "nummod", "poss") or t.pos_ in ("PROPN", "NUM", "PRON")
                   for t in span)


def _sources_of_kind(quotes: list[Quote], kind: str,
                     article: Article | None = None) -> Iterator[tuple[Quote, int, int]]:
    """The first quote of each source of ``kind`` ("anonymous", "vague"), with where the
    source stands: its words, or else its reporting verb."""
    seen = set()
    for quote in speech_quotes(quotes):
        start = quote.speaker_start if quote.speaker_start is not None else quote.cue_start
        end = quote.speaker_end if quote.speaker_end is not None else quote.cue_end
        if _source_kind(quote, article) == kind and quote.speaker not in seen and start is not None:
            seen.add(quote.speaker)
            yield quote, start, end


@rule("sourcing.anonymous", "anonymous-source", "note",
      "a source described but not named (AP, Reuters and SPJ guidance)")
def anonymous_sources(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A source the article describes and never names. Left alone: a description in the
    headline (the body names people), one person described with "the" ("the Indiana governor
    said": someone the article has introduced), and a counted group the next paragraphs name
    ("Two senior lawmakers said …", then both names)."""
    found = []
    for quote, start, end in _sources_of_kind(quotes, "anonymous"):
        if article.paragraph_index(start) == 0 or _named_elsewhere(article, start, end):
            continue
        found.append((start, end, quote.speaker or article.text[start:end]))
    found += [spot for spot in _unnamed_spokespeople(article, quotes)
              if not any(start < spot[1] and spot[0] < end for start, end, _ in found)]
    for start, end, who in sorted(found):
        yield Spot(start, end,
                   f"The article does not name “{who}”. "
                   "Journalists should keep a source's name secret only when there is no other "
                   "way to get the information, and tell readers why. Does the article say why?")


def _unnamed_spokespeople(article: Article, quotes: list[Quote]) -> Iterator[tuple[int, int, str]]:
    """'A spokesman for the regulator, the Water Services Board, said …': one person who
    speaks for a body, introduced with 'a' at the start of a sentence and never named, where
    the quote engine gave the words to the body itself. The posts are ``anonymous_posts`` in
    check_words.json."""
    posts = "|".join(sorted(word_set("anonymous_posts")))
    pattern = re.compile(rf"\b(?:A|An|a|an)\s+(?:[a-z]+\s+){{0,2}}?(?:{posts})\b"
                         r"(?:\s+(?:for|at|in|of|from)\s+(?:the\s+)?[\w’' -]{1,50}?)?"
                         r"(?=,|\s+(?:said|says|told))")
    spoken = [(q.cue_start, q.cue_end) for q in speech_quotes(quotes) if q.cue_start is not None]
    people = [(ent.start_char, ent.end_char) for ent in article.doc.ents if ent.label_ == "PERSON"]
    openings = {sentence.start for sentence in article.sentences}
    for match in pattern.finditer(article.text):
        if article.paragraph_index(match.start()) == 0 or match.start() not in openings:
            continue  # in the headline, or not the sentence's subject ('Tom Hale, a spokesman')
        following = article.text[match.end():match.end() + 120]
        said = next(((start, end) for start, end in spoken if
                     match.end() <= start <= match.end() + 120 and "." not in
                     article.text[match.end():start].replace("St.", "")), None)
        if said is None or any(match.start() <= start < said[0] for start, _ in people):
            continue  # no reporting verb of its own, or a name given ('a spokesman, Tom Hale,')
        if following.startswith(",") and re.match(r",\s+(?:the\s+)?[A-Z]", following) is None and \
                article.text[match.end():said[0]].count(",") > 1:
            continue
        yield match.start(), match.end(), match.group(0)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2, "2": 2, "3": 3, "4": 4}


def _named_elsewhere(article: Article, start: int, end: int) -> bool:
    """True when the description at ``start``–``end`` points to people the article names: one
    person with "the" (a reference back), or a counted group with as many new names in its
    own and the next two paragraphs."""
    words = article.text[start:end].split()
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if not words or span is None:
        return False
    if article.doc.has_annotation("TAG"):
        plural = span.root.tag_ in ("NNS", "NNPS")
    else:  # no tagger (no English model): an -s ending is the best guess
        plural = words[-1].lower().endswith("s")
    if words[0].lower() == "the" and not plural:
        return True
    count = next((_COUNTS[word.lower()] for word in words[:2] if word.lower() in _COUNTS), None)
    if count is None:
        return False
    paragraph = article.paragraph_index(start)
    last = article.paragraphs[min(paragraph + 2, len(article.paragraphs) - 1)].end
    before = {ent.text for ent in article.doc.ents if ent.label_ == "PERSON" and ent.start_char < start}
    named = {ent.text for ent in article.doc.ents if ent.label_ == "PERSON" and
             end <= ent.start_char < last and ent.text not in before}
    return len(named) >= count


@rule("sourcing.vague", "vague-attribution", "note",
      "a vague group, or a passive such as 'it was reported'")
def vague_sources(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Vague groups quoted ('critics say'), and vague groups whose feelings or beliefs are
    reported as the news ('Many parents feel the council …')."""
    yield from _vague_believers(article)
    for quote, start, end in _sources_of_kind(quotes, "vague", article):
        if quote.speaker:
            message = f"“{quote.speaker}” is a vague source: which people exactly?"
        else:
            message = f"“{article.text[start:end]}” by whom? The article does not say."
        yield Spot(start, end,
                   f"{message} A reader cannot check a claim when nobody in particular stands "
                   "behind it.")


BELIEF_VERBS = frozenset({"feel", "believe", "think", "fear", "worry", "suspect", "reckon",
                          "doubt"})


def _vague_believers(article: Article) -> Iterator[Spot]:
    """'Many parents feel the council has …': a group counted only as 'many' or 'some' whose
    view is reported as a clause, with nobody in it named. Not inside quotation marks (the
    speaker's own words)."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    for verb in doc:
        if verb.lemma_.lower() not in BELIEF_VERBS or verb.pos_ != "VERB" or \
                not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NNS" or not any(
                c.lower_ in VAGUE_QUANTIFIERS for c in subject.children if c.dep_ in ("amod", "det")):
            continue
        if any(t.pos_ == "PROPN" for t in subject.subtree) or _in_quotation(article, subject.idx):
            continue
        start, end = subject.left_edge.idx, verb.idx + len(verb.text)
        yield Spot(start, end,
                   f"“{article.text[start:end]}”: which people, and how many? Who asked them? A "
                   "reader cannot check a view when nobody in particular stands behind it.")


def _in_quotation(article: Article, at: int) -> bool:
    """True when ``at`` is inside a paragraph's quotation marks (an odd number of marks
    before it in its paragraph)."""
    paragraph = article.paragraphs[article.paragraph_index(at)]
    before = article.text[paragraph.start:at]
    return (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1

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
from medialit.checks.anonymity import (bare_plural, named_after_lede, named_nearby, not_a_post,
                                      person_word, unnamed_workers, who_follows)
from medialit.checks.causes import ascribed_cause
from medialit.checks.modality import plain_modal
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import Stretches
from medialit.checks.vagueness import (VAGUE_QUANTIFIERS, asks_a_question, felt_by_many,
                                      moods_of_a_crowd, only_a_name, share_of_those_asked,
                                      told_by_someone, vague_by_name,
                                      views_voiced_by_a_crowd)
from medialit.checks.words import opinion_markers, word_set
from medialit.people import find_roles, known_person, load_affiliation_tables, people_named
from medialit.lexicons import load_job_titles, load_reporting_verbs, load_source_words
from medialit.model import Quote
from medialit.quotes import speech_quotes


@rule("attribution.no-subject", "missing-attribution", "note",
      "a reporting verb with no subject")
def reporting_without_subject(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.speaker_kind == "unknown" and quote.cue and \
                quote.speaker_start is None and not _has_subject(article, quote):
            yield Spot(quote.cue_start, quote.cue_end,
                       f"Who {quote.cue} this? The machine could not find who is speaking "
                       "or reporting here: can you? If the article never says, a reader cannot "
                       "check it.",
                       f"Name the source: 'The Times {quote.cue} …'.")


def _has_subject(article: Article, quote: Quote) -> bool:
    """True when the reporting verb has a subject the quote engine did not take: a noun just
    before it ('which the chief executive, Tim Cook, called …', 'the sum experts say'), or
    one the parse gives it; or the verb is an order to the reader ('Now tell us …')."""
    span = article.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    before = [t for t in verb.sent if t.i < verb.i and not t.is_punct and not t.is_space]
    if before and before[-1].pos_ in ("NOUN", "PROPN", "PRON"):
        return True  # 'experts say', 'Tim Cook, called', '“The Journal” wrote'
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or \
        verb.dep_ == "relcl" or (verb.tag_ == "VB" and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) and verb.dep_ == "ROOT")


@rule("attribution.no-speaker", "missing-attribution", "note",
      "a quote with no reporting verb and no earlier speaker")
def quote_without_speaker(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.kind == "direct" and not quote.cue and \
                not _not_speech(article, quote):
            yield Spot(quote.start, quote.end,
                       "These words are in quotation marks, but the machine could not find "
                       "who said them: can you? If the article never says, that is a problem.")


TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "and",
                         "or", "with", "from", "into", "over"})


def _not_speech(article: Article, quote: Quote) -> bool:
    """True when quotation marks hold something other than a person's words, or words
    whose speaker the sentence gives another way: the headline; a short title in capitals
    (a show, a book, a plan: NBC's “Nightly News”); words after a colon ('Her reply: “Not
    today.”', 'the bylaws: “…”'), which the words before the colon introduce."""
    if article.paragraph_index(quote.start) == 0:
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", quote.text)
    if 0 < len(words) <= 5 and all(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL):
        return True
    before = article.text[max(0, quote.start - 4):quote.start].rstrip("“\"'‘ ")
    return before.endswith(":")


@rule("attribution.unsourced-opinion", "missing-attribution", "note",
      "an opinion word in a sentence with no source")
def opinion_as_fact(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A judgement stated as fact, perhaps just before the article introduces the person it
    is from."""
    sourced = sourced_sentences(article, quotes)
    speakers: dict[int, list[Quote]] = {}  # the quotes with a speaker and a verb, by paragraph
    for quote in speech_quotes(quotes):
        if quote.speaker and quote.cue_start is not None:
            speakers.setdefault(article.paragraph_index(quote.cue_start), []).append(quote)
    for sentence in article.sentences:
        if sourced(sentence):
            continue  # the sentence has a source of its own, even a parenthetical "he said"
        marker = next((m.group(0) for p in opinion_markers() for m in [p.search(sentence.text)]
                       if m and not plain_modal(article, sentence.start, sentence.end,
                                                m.group(0))), None) or \
            _judged_conduct(article, sentence.start, sentence.end)
        if marker is None:
            continue
        paragraph = article.paragraph_index(sentence.start)
        nearby = sorted(speakers.get(paragraph, []),
                        key=lambda q: abs(q.cue_start - sentence.start))
        if nearby:
            who = nearby[0]
            yield Spot(sentence.start, sentence.end,
                       f"“{marker}” makes this sentence sound like someone's opinion, "
                       f"but the article states it as a fact. Is it the view of {who.speaker}, "
                       "who is quoted nearby? If so, the article should say so.",
                       f"Attribute it: '…, according to {who.speaker}.'",
                       ((who.cue_start, who.cue_end),))
        else:
            yield Spot(sentence.start, sentence.end,
                       f"“{marker}” makes this sentence sound like an opinion, but "
                       "nobody is given as its source. Whose view is it?")


ORDER_WORDS = frozenset({"first", "second", "third", "last", "next", "only", "main", "same",
                         "other", "original", "previous", "final", "latest", "usual"})


def _judged_conduct(article: Article, start: int, end: int) -> str | None:
    """'Stiffing vendors is fair game.', 'Profiting off the crash was good business.': an
    action (a clause in -ing) judged with 'is' and an adjective, in the writer's own voice
    (no 'I' or 'we', not in quotation marks). Returns the judging words."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.lemma_ != "be" or in_quotation(article, start) or \
            any(t.lower_ in ("i", "we", "my", "our", "me", "us") for t in span) or \
            not any(c.dep_ == "csubj" and c.tag_ == "VBG" for c in span.root.children):
        return None
    for child in span.root.children:
        if child.dep_ == "acomp" and child.pos_ == "ADJ":
            return child.text
        adjectives = [c for c in child.children if c.dep_ == "amod" and c.pos_ == "ADJ" and
                      c.lower_ not in ORDER_WORDS]
        if child.dep_ == "attr" and adjectives:
            return f"{adjectives[0].text} {child.text}"
    return None


def sourced_sentences(article: Article, quotes: list[Quote], verbs_only: bool = False):
    """A test of whether a sentence of the article has a source of its own: a quote, a
    reporting verb, even a parenthetical "he said"; with ``verbs_only``, a reporting word
    counts only as a verb ('380 claims' is no source), and not one that describes a noun
    ('the proposed runway', 'the reported figures', 'the asking price'). 'The sums do not
    add up' reports nobody."""
    attributed = Stretches([(q.start, q.end) for q in quotes] +
                           [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None])
    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}

    def sourced(sentence) -> bool:
        return attributed.overlap(sentence.start, sentence.end) or \
            any(t.lemma_.lower() in verbs and
                (not verbs_only or t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")) and
                not any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children)
                for t in article.doc.char_span(
                sentence.start, sentence.end, alignment_mode="expand") or [])
    return sourced


@rule("attribution.unsourced-claim", "missing-attribution", "note",
      "a cause, effect or judgement set apart in a paragraph of its own, with no source")
def claims_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The recount was needed only because staff were careless.' as a paragraph of its own:
    a claim of cause, of an effect with a figure, of a record or of someone's conduct
    (``claim_markers.txt``), in one sentence that names no source and quotes nobody. Set
    apart like that it reads as settled fact; the lesson is to ask who says so."""
    sourced = sourced_sentences(article, quotes, verbs_only=True)
    for number, paragraph in enumerate(article.paragraphs):
        sentences = [s for s in article.sentences if paragraph.start <= s.start < paragraph.end]
        if number == 0 or len(sentences) != 1 or sourced(sentences[0]) or \
                re.search(r"[“”\"]", sentences[0].text):
            continue
        sentence = sentences[0]
        marker = next((m.group(0) for p in opinion_markers("claim_markers")
                       for m in [p.search(sentence.text)] if m), None) or \
            _ranking(article, sentence.start, sentence.end) or \
            ascribed_cause(article, sentence.start, sentence.end)
        if marker is not None:
            yield Spot(sentence.start, sentence.end,
                       f"Who says so? “{marker}” makes this a claim, but the article "
                       "states it as a fact with no source. A reader cannot check it.")


def _ranking(article: Article, start: int, end: int) -> str | None:
    """The words that rank something above all others in what the sentence says ('is the
    only safe place', 'will hit … hardest'), when it has them: a comparison somebody made, a
    claim. Only in the main verb's complement: not in its subject ('The only person to …' is
    a matter of record), nor in another clause ('how best to …'), nor an order in time
    ('the latest chapter') or a limit ('at least')."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return None  # a fragment or a list item, not a statement
    root = span.root
    for token in span:
        only = token.lower_ == "only" and token.i > 0 and token.nbor(-1).lower_ == "the"
        if not only and (token.tag_ not in ("JJS", "RBS") or token.lower_ in NOT_RANKING or
                         token.head.lower_ == "at"):
            continue
        head = token
        while head.head.i not in (head.i, root.i) and head.head.pos_ not in ("VERB", "AUX"):
            head = head.head
        # what a forecast will make of something ('will turn the riverfront into the
        # liveliest corner of the city'): a ranking somebody foresees
        foretold = head.dep_ == "prep" and head.lower_ in ("into", "to", "as") and \
            any(c.lower_ == "will" and c.dep_ == "aux" for c in root.children)
        if head.head.i == root.i and (head.dep_ in ("attr", "acomp", "advmod", "oprd") or foretold):
            return f"the only {token.head.text}" if only and token.head.i == token.i + 1 else \
                ("the only" if only else token.text)
    return None


NOT_RANKING = frozenset({"most", "least", "latest", "last", "earliest", "first", "next"})


RECORD_SCOPE = re.compile(r"(?:[\w’'-]+\s+){0,6}?(?:(?:in|at|of)\s+(?:the\s+)?(?:any\s+)?"
                          r"(?:country|world|nation|history|region|state)\b|on\s+record\b|ever\b)")


@rule("attribution.unsourced-record", "missing-attribution", "note",
      "a record claimed with no source ('the steepest rise in the country')")
def records_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'…, the steepest increase at any university in the country.': a superlative measured
    against a whole country, the world or history, in a sentence that names no source. A
    reader cannot check a record unless someone is named as having compared."""
    sourced = sourced_sentences(article, quotes)
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
    """A person quoted by name whom the article never introduces: who is Dennis Wilder?
    Left alone: a name that comes with its description ('NBC News moderator Matt Lauer',
    'said Luis Rubio, who heads …', 'Ann Cole, 34, of Leeds', 'wrote Ann Cole for …'),
    a pronoun, and a speaker that is a company or a website rather than a person."""
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
        if _described(article, name, quote.speaker_start, quote.speaker_end):
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


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame"})
# words before a name that say nothing of what the person does
NOT_JOBS = HONORIFICS | {"the", "of", "dr", "lady", "lord", "state", "foreign", "prime", "vice"}
DESCRIPTION_AFTER = re.compile(r",\s+(?:a|an|the|who|whose|which|one|now|then|\d+|[A-Z][\w.-]*[’']s)\b|"
                               r",?\s+(?:of|for|at|from|with)\s+(?:the\s+)?[A-Z]")


def _described(article: Article, name: str, start: int, end: int) -> bool:
    """True when the speaker at ``start``–``end`` is described where the article names them:
    words beside the name in the speaker itself (a job, a possessive: 'Scott's niece'), or a
    description right after one of the name's mentions; or is no person (a pronoun, a body)."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ == "PRON" or \
            not any(t.ent_type_ == "PERSON" for t in span) and any(t.ent_type_ for t in span):
        return True
    extra = [t for t in span if t.is_alpha and t.text not in name.split() and
             t.lower_.rstrip(".") not in HONORIFICS]
    if extra:
        return True
    if DESCRIPTION_AFTER.match(article.text, end):
        return True  # 'Tidewater, which holds …': described where it speaks
    last = re.escape(name.split()[-1])
    if any(DESCRIPTION_AFTER.match(article.text, m.end())
           for m in re.finditer(rf"\b{last}\b", article.text)):
        return True
    titles = load_job_titles()["name-title"]  # 'the Rev. Al Sharpton', 'Commissioner Ann Cole'
    if any(ent.label_ == "PERSON" and ent.text.split()[-1] == name.split()[-1] and
           ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in titles
           for ent in article.doc.ents):
        return True
    # the same with a name the parser split: 'Mayor Wendell Pruitt'
    if any(m.group(1).lower().rstrip(".") in titles - NOT_JOBS for m in re.finditer(
            rf"\b([A-Z][a-z]*\.?)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}{last}\b", article.text)):
        return True
    # a short form of a body named in full before: 'Brackwater' after 'Brackwater Water'
    return any(ent.label_ == "ORG" and ent.start_char < start and
               ent.text.startswith(name + " ") for ent in article.doc.ents)




def _source_kind(quote: Quote, article: Article | None = None) -> str:
    """The quote's kind of source, where a group counted only as 'some' or 'many' ('Some
    residents', 'Many lecturers') is vague, whatever its noun: it could be two people or two
    hundred; so is a bare plural that the quote engine could not place ('Long-serving
    council watchers say'): no 'the', no number, no name."""
    first = (quote.speaker or "").split(maxsplit=1)[:1]
    if quote.speaker_kind in ("anonymous", "unknown") and first and \
            first[0].lower() in VAGUE_QUANTIFIERS:
        return "vague"
    if quote.speaker_kind in ("unknown", "named", "anonymous") and article is not None and \
            bare_plural(article, quote, quote.speaker_kind == "named") and \
            (quote.speaker_kind != "anonymous" or not_a_post(article, quote)):
        return "vague"  # 'named' too: 'Groups in the town say' names no one
    if quote.speaker_kind == "unknown" and re.match(r"(?i)one\s+(?:of\s+)?[\w’' -]*$", quote.speaker or "") \
            and (person_word(quote.speaker.split()[-1].lower().rstrip("s")) or
                 who_follows(article, quote)):
        return "anonymous"  # 'One of the traders', 'One senior librarian': one person, not named
    if quote.speaker_kind == "unknown" and re.fullmatch(r"(?i)(?:a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?",
                                                        quote.speaker or "") and \
            who_follows(article, quote):
        return "anonymous"  # 'A regular, who has drunk there since 1970,': one person
    return quote.speaker_kind


def _sources_of_kind(quotes: list[Quote], kind: str,
                     article: Article | None = None) -> Iterator[tuple[Quote, int, int]]:
    """The first quote of each source of ``kind`` ("anonymous", "vague"), with where the
    source stands: its words, or else its reporting verb."""
    seen = set()
    for quote in speech_quotes(quotes):
        start = quote.speaker_start if quote.speaker_start is not None else quote.cue_start
        end = quote.speaker_end if quote.speaker_end is not None else quote.cue_end
        if start is None or quote.speaker in seen:
            continue
        seen.add(quote.speaker)  # a source is of the kind its first mention makes it
        if _source_kind(quote, article) == kind:
            yield quote, start, end


@rule("sourcing.anonymous", "anonymous-source", "note",
      "a source described but not named (AP, Reuters and SPJ guidance)")
def anonymous_sources(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A source the article describes and never names. Left alone: a description in the
    headline (the body names people), one person described with "the" ("the Indiana governor
    said": someone the article has introduced), and a counted group the next paragraphs name
    ("Two senior lawmakers said …", then both names)."""
    found = []
    for quote, start, end in _sources_of_kind(quotes, "anonymous", article):
        if article.paragraph_index(start) == 0 or _named_elsewhere(article, start, end) or \
                named_after_lede(article, quotes, start, end):
            continue
        found.append((start, end, quote.speaker or article.text[start:end]))
    found += [spot for spot in _unnamed_spokespeople(article, quotes)
              if not any(start < spot[1] and spot[0] < end for start, end, _ in found) and
              not named_nearby(article, article.doc.char_span(spot[0], spot[1],
                                                               alignment_mode="expand"))]
    found += [spot for spot in unnamed_workers(article, quotes)
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


POINTING = frozenset({"the", "its", "their"})
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
    if words[0].lower() in POINTING and not plural:
        return True  # 'the Indiana governor', 'its owner': the one person of something named
    if not plural and named_nearby(article, span):
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
    for start, end in felt_by_many(article):
        yield Spot(start, end, f"“{article.text[start:end]}”: which people, and how many? A "
                   "reader cannot check a feeling when nobody in particular stands behind it.")
    yield from _views_of_nobody(article)
    for start, end in moods_of_a_crowd(article):
        yield Spot(start, end, f"“{article.text[start:end]}”: felt by whom, and how many? The "
                   "article does not say who feels this or who asked them: can you check it?")
    for start, end in views_voiced_by_a_crowd(article):
        yield Spot(start, end, f"“{article.text[start:end]}”: which of them, and how many? The "
                   "article names none of them, so a reader cannot check it.")
    cues = Stretches((q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None)
    yield from (spot for spot in _nobody_passives(article) if not cues.overlap(spot.start, spot.end))
    for quote, start, end in _sources_of_kind(quotes, "vague", article):
        if not quote.speaker and _has_agent(article, start, end):
            continue  # 'It was announced by the mayor that …' says who
        if _a_named_document(quote.speaker) or asks_a_question(article, quote) or \
                share_of_those_asked(article, quote) or only_a_name(article, quote):
            continue  # 'the report said': the one report the article is about
        if quote.speaker:
            message = f"“{quote.speaker}” is a vague source: which people exactly?"
        else:
            message = f"“{article.text[start:end]}” by whom? The article does not say."
        yield Spot(start, end,
                   f"{message} A reader cannot check a claim when nobody in particular stands "
                   "behind it.")


DOCUMENTS = frozenset({"report", "study", "survey", "review", "audit", "inquiry"})


def _a_named_document(speaker: str | None) -> bool:
    """True for one document pointed back to ('the report', 'the council's study'): it is the
    document the article names, not an unknown one ('a report', 'reports', 'studies')."""
    words = (speaker or "").lower().split()
    return len(words) >= 2 and words[-1] in DOCUMENTS and \
        (words[0] in ("the", "this", "that") or words[0].endswith(("’s", "'s")))


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
        feeling = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in FEELINGS and any(
            g.dep_ in ("ccomp", "prep") for g in c.children) for c in verb.children)
        # a view as a clause ('feel the council has …'), or a feeling ('feel let down')
        views = ("ccomp", "acomp", "oprd", "xcomp") if verb.lemma_.lower() == "feel" else ("ccomp",)
        if not feeling and (verb.lemma_.lower() not in BELIEF_VERBS or verb.pos_ != "VERB" or
                            not any(c.dep_ in views for c in verb.children)):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (_vague_group(subject) or feeling and _people_at_large(subject)
                                   or vague_by_name(subject)):
            continue
        if feeling:
            verb = next(c for c in verb.children if c.dep_ == "acomp")
        # a name in the group names someone ('Some friends of Ann Cole'); a place it is in
        # ('Some business owners in Hensby') does not
        placed = {t.i for c in subject.children if c.dep_ == "prep" and
                  c.lower_ in ("in", "across", "around", "near", "outside", "from")
                  for t in c.subtree}
        if any(t.pos_ == "PROPN" and t.i not in placed for t in subject.subtree) or \
                in_quotation(article, subject.idx) or told_by_someone(verb):
            continue
        start, end = subject.left_edge.idx, verb.idx + len(verb.text)
        yield Spot(start, end,
                   f"“{article.text[start:end]}”: which people, and how many? Who asked them? A "
                   "reader cannot check a view when nobody in particular stands behind it.")


def _vague_group(subject) -> bool:
    """'Many parents', 'Some in the town', 'Others in the party': people counted only as
    'many' or 'some', alone or with where they are ('in', 'among', 'across')."""
    if subject.lower_ in VAGUE_QUANTIFIERS | {"others"}:
        # 'Many believe …' alone, at the start of a sentence, points back at nobody
        opens = subject.i == subject.sent.start and subject.lower_ in ("many", "some", "few")
        return opens or any(c.dep_ == "prep" and c.lower_ in ("in", "among", "across", "within",
                                                              "at", "on", "around", "near",
                                                              "outside")
                            for c in subject.children)
    return subject.tag_ == "NNS" and any(c.lower_ in VAGUE_QUANTIFIERS for c in subject.children
                                         if c.dep_ in ("amod", "det"))


VOICED_VIEWS = frozenset({"complaint", "concern", "criticism", "accusation", "allegation",
                          "claim", "suggestion", "rumour", "rumor", "call", "warning", "fear"})


def _views_of_nobody(article: Article) -> Iterator[Spot]:
    """'There have been complaints that …', 'There were calls for …': views reported with
    an empty 'there' and nobody who holds them (no 'from …', 'by …', 'among …'); and
    'Questions have been raised about …', 'Concerns were voiced …' with no 'by …'."""
    for noun in article.doc:
        if noun.dep_ == "nsubjpass" and noun.lemma_.lower() in VOICED_VIEWS | {"question"} and \
                noun.head.lemma_.lower() in ("raise", "voice", "express", "level") and \
                not any(c.dep_ == "agent" for c in noun.head.children) and \
                not in_quotation(article, noun.idx) and \
                not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            end = noun.head.idx + len(noun.head.text)
            yield Spot(noun.left_edge.idx, end,
                       f"“{article.text[noun.left_edge.idx:end]}” by whom? The article does "
                       "not say who: a reader cannot check it.")
            continue
        if noun.lemma_.lower() not in VOICED_VIEWS or noun.dep_ != "attr" or \
                noun.head.lemma_ != "be" or in_quotation(article, noun.idx) or \
                not any(c.dep_ == "expl" and c.lower_ == "there" for c in noun.head.children) or \
                any(c.dep_ == "prep" and c.lower_ in ("from", "by", "among") for c in noun.children) or \
                any(a.lemma_.lower() in load_reporting_verbs() for a in noun.head.ancestors):
            continue  # 'Lawmakers say there are concerns' says whose
        start = min(c.idx for c in noun.head.children if c.dep_ == "expl")
        yield Spot(start, noun.idx + len(noun.text),
                   f"“{article.text[start:noun.idx + len(noun.text)]}”: from whom? The article "
                   "does not say who, or how many: a reader cannot check it.")


FEELINGS = frozenset({"worried", "angry", "concerned", "furious", "unhappy", "upset",
                      "frustrated", "anxious", "afraid", "fearful", "delighted", "outraged"})


def _people_at_large(subject) -> bool:
    """'Parents are worried that …': a plural word for people with nothing that says which
    ('the', a number, a name, 'whose')."""
    people = load_source_words()["people"]
    return subject.tag_ == "NNS" and (subject.lemma_.lower() in people or
                                      subject.lower_ in people) and \
        not any(c.dep_ in ("det", "nummod", "poss", "relcl", "compound") or c.pos_ == "PROPN"
                for c in subject.children)


def _has_agent(article: Article, start: int, end: int) -> bool:
    """True when the verb at ``start``–``end`` is a passive with its 'by …' ('was announced
    by the mayor')."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "agent" for t in span for c in t.children)


IT_PASSIVE_VERBS = frozenset({"understand", "believe", "think", "say", "claim", "report",
                              "rumour", "rumor", "know", "fear", "suggest", "allege", "feel"})


def _nobody_passives(article: Article) -> Iterator[Spot]:
    """'It is understood that …', 'It is thought the work …': a view or a report given to
    nobody, with an empty 'it' and no 'by …'. Not inside quotation marks."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    for verb in doc:
        if verb.lemma_.lower() not in IT_PASSIVE_VERBS or \
                not any(c.dep_ == "auxpass" for c in verb.children) or \
                any(c.dep_ == "agent" for c in verb.children) or in_quotation(article, verb.idx):
            continue
        empty_it = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
        if not (empty_it and any(c.dep_ == "ccomp" for c in verb.children)):
            if verb.lemma_.lower() != "know" and _said_to(verb):
                aux = min(c.idx for c in verb.children if c.dep_ == "auxpass")
                yield Spot(aux, verb.idx + len(verb.text),
                           f"“{article.text[aux:verb.idx + len(verb.text)]}” by whom? The "
                           "article does not say who says or thinks this: a reader cannot check it.")
            continue
        start = min(c.idx for c in verb.children if c.lower_ == "it")
        end = verb.idx + len(verb.text)
        yield Spot(start, end,
                   f"“{article.text[start:end]}” by whom? The article does not say who "
                   "understands, thinks or says this, so a reader cannot check it.")


def _said_to(verb) -> bool:
    """'Shopkeepers are said to be worried', 'He is thought to have left': a passive of
    saying or thinking with a subject of its own and 'to' + a verb."""
    return any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def in_quotation(article: Article, at: int) -> bool:
    """True when ``at`` is inside a paragraph's quotation marks (an odd number of marks
    before it in its paragraph)."""
    paragraph = article.paragraphs[article.paragraph_index(at)]
    before = article.text[paragraph.start:at]
    return (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1

"""Who an anonymous source is: one person described by a job and a workplace, never named.

'A senior administrator at the hospital said …', 'An engineer at the water company, speaking
privately, said …', 'One nurse on the ward told …': a single person, introduced with 'a',
'an' or 'one', whose job (and often where they work) the article gives but whose name it
keeps back. The quote engine may call such a speaker unknown, or named (for the company in
it); the rule sourcing.anonymous asks whether the article says why the name is withheld.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.words import word_set
from medialit.lexicons import load_job_titles, load_reporting_verbs, load_source_words
from medialit.model import Quote
from medialit.quotes import speech_quotes

# the opening of such a speaker: one person, counted with 'a', 'an' or 'one'
ONE_PERSON = re.compile(r"(?:a|an|one)\s", re.I)
JOB_ENDINGS = ("er", "or", "ist", "ian")  # engineer, administrator, economist, librarian
# words with those endings that are things, not people ('A letter from the council said')
THINGS = frozenset({"letter", "paper", "newspaper", "order", "number", "answer", "chapter",
                    "register", "newsletter", "flyer", "poster", "banner", "cover", "meter",
                    "computer", "folder", "filter", "error", "factor", "sector", "mirror",
                    "motor", "monitor", "list", "corridor", "door", "floor", "tower", "center",
                    "centre", "theater", "theatre", "charter", "matter", "quarter", "master",
                    "counter", "shelter", "header", "trailer", "ledger", "tracker", "flier",
                    "calendar", "questionnaire", "christian", "librarian's", "sticker",
                    "editorial", "radio", "video", "social", "trial", "dossier"})
# where a person works, after their job: 'at the hospital', 'for the council', 'on the ward'
WORKPLACE = frozenset({"at", "for", "in", "with", "from", "on", "of", "inside", "within"})


def unnamed_workers(article: Article, quotes: list[Quote]) -> Iterator[tuple[int, int, str]]:
    """Each speaker of the shape 'a/an/one + words + a job (+ at/for/in … a workplace)', with
    no name in it or beside it, and not in the headline: where it stands and its words."""
    seen = set()
    if not article.doc.has_annotation("DEP"):
        return  # no parser (no English model): no job to read
    for span, verb in _speakers(article, quotes):
        if span is None or span.start_char in seen or \
                article.paragraph_index(span.start_char) == 0:
            continue
        seen.add(span.start_char)
        if _one_worker(span) and not _supposed(verb) and not named_nearby(article, span) and \
                not named_after_lede(article, quotes, span.start_char, span.end_char) and \
                not in_marks(article, span.start_char) and \
                not any(c.dep_ == "neg" for c in getattr(verb, "children", ())):
            yield span.start_char, span.end_char, span.text


def _speakers(article: Article, quotes: list[Quote]):
    """Each speaker with its reporting verb: those the quote engine found, then the subject
    of each reporting verb in the parse, up to a comma ('Speaking on condition of anonymity,
    a manager at the factory said …', where the engine may find none)."""
    for quote in speech_quotes(quotes):
        if quote.speaker_start is not None:
            cue = None if quote.cue_start is None else article.doc.char_span(
                quote.cue_start, quote.cue_end, alignment_mode="expand")
            yield article.doc.char_span(quote.speaker_start, quote.speaker_end,
                                        alignment_mode="expand"), None if cue is None else cue.root
    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}
    for verb in article.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            end = next((t.i for t in subject.subtree if t.i > subject.i and t.text == ","),
                       subject.right_edge.i + 1)
            yield article.doc[subject.left_edge.i:end], verb
            continue
        # a subject the parse lost: the words between the last comma and the verb
        start = max((t.i + 1 for t in verb.sent if t.i < verb.i and t.text in (",", "—")),
                    default=verb.sent.start)
        if start < verb.i:
            yield article.doc[start:verb.i], verb


def _one_worker(span) -> bool:
    """True for 'A senior administrator at the hospital', 'An engineer at Brackwater', 'one
    official in the mayor's office': a singular job word after 'a', 'an' or 'one', with only
    words that describe it before it, only where the person works after it, and no name."""
    if not ONE_PERSON.match(span.text) or any(t.ent_type_ == "PERSON" for t in span):
        return False
    workplace = next((t for t in span[1:] if t.lower_ in WORKPLACE), None)
    described = [t for t in span if workplace is None or t.i < workplace.i]
    job = described[-1]
    return len(described) >= 2 and job.tag_ == "NN" and \
        _job_word(job.lower_, by_ending=workplace is not None) and \
        job.ent_type_ not in ("ORG", "GPE") and \
        all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PUNCT") or t.lower_ == "one"
            for t in described[:-1])


SUPPOSING = frozenset({"would", "could", "might", "may", "should", "can", "will", "must"})


def _supposed(verb) -> bool:
    """True when the person only might speak ('a reader would ask …'): someone imagined, not
    a source."""
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in SUPPOSING
                                    for c in verb.children)


def _job_word(word: str, by_ending: bool = True) -> bool:
    """A word for one person by what they do: a job title, a post, a word for people, or
    (``by_ending``, when a workplace follows it) an agent noun ('administrator', 'engineer')."""
    words = load_source_words()
    titles = load_job_titles()
    return word not in THINGS and (
        word in words["people"] or word in words["anonymous"] or
        word in word_set("anonymous_posts") or word in titles.get("office", ()) or
        word in titles.get("role-word", ()) or
        by_ending and word.endswith(JOB_ENDINGS) and len(word) > 4)


def named_nearby(article: Article, span) -> bool:
    """True when the one person described by ``span`` is named beside it ('A spokeswoman for
    the council, Ann Cole, said') or by the same job in this or the next two paragraphs ('The
    spokesman, Tom Hale, added …', 'Tom Hale, the company's spokesman, …')."""
    if span is None:
        return False
    head = span.root.text.lower()
    paragraph = article.paragraph_index(span.start_char)
    last = article.paragraphs[min(paragraph + 2, len(article.paragraphs) - 1)].end
    job = rf"(?:the|a|an|its|their|his|her|[\w’'.-]+[’']s)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}s?\b"
    for ent in article.doc.ents:
        if ent.label_ != "PERSON" or not span.start_char <= ent.start_char < last:
            continue
        before = article.text[max(span.start_char, ent.start_char - 80):ent.start_char]
        after = article.text[ent.end_char:ent.end_char + 80]
        if ent.start_char <= span.end_char + 2 and re.search(r",\s*$", before) or \
                re.search(rf"\b{re.escape(head)}s?(?:\s+(?:for|at|of)\s+[\w ’'-]{{1,40}})?,\s*$",
                          before, re.I) or re.match(rf",\s+{job}", after, re.I):
            return True
    return False


def named_after_lede(article: Article, quotes: list[Quote], start: int, end: int) -> bool:
    """True when the source at ``start``–``end`` is a group of officials or one person by
    their job in the opening paragraph ('hospital officials said Tuesday', 'A former party
    chairman says …') and somebody is quoted by name, with a description, in the next three
    paragraphs: the summary a lead sentence gives, not a source kept secret."""
    if not article.doc.has_annotation("DEP"):
        return False
    span = article.doc.char_span(start, end, alignment_mode="expand")
    paragraph = article.paragraph_index(start)
    openings = [number for number, p in enumerate(article.paragraphs)
                if number and len(article.text[p.start:p.end].split()) >= 15]
    if span is None or not openings or paragraph != openings[0] or \
            not (_one_worker(span) or span.root.tag_ == "NNS" and
                 span.root.lower_ in load_source_words()["anonymous"]):
        return False
    last = article.paragraphs[min(paragraph + 3, len(article.paragraphs) - 1)].end
    return any(q.speaker_kind == "named" and q.speaker_start is not None and
               article.paragraphs[paragraph].end <= q.speaker_start < last and
               any(t.ent_type_ == "PERSON" for t in article.doc.char_span(
                   q.speaker_start, q.speaker_end, alignment_mode="expand") or []) and
               re.match(r",\s+(?:the|a|an|who|[\w’'-]+[’']s)\s", article.text[q.speaker_end:])
               for q in speech_quotes(quotes))


def in_marks(article: Article, at: int) -> bool:
    """True when ``at`` is inside a paragraph's quotation marks (an odd number of marks
    before it in its paragraph): someone's words, not the writer's."""
    paragraph = article.paragraphs[article.paragraph_index(at)]
    before = article.text[paragraph.start:at]
    return (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1


def who_follows(article: Article | None, quote: Quote) -> bool:
    """True when the speaker's words are followed by 'who' ('One regular, who has drunk at
    the pub for fifty years, said'): whatever the noun ('regular', 'local', 'woman'), 'who'
    says it is a person."""
    return article is not None and quote.speaker_end is not None and \
        re.match(r",?\s+who\b", article.text[quote.speaker_end:quote.speaker_end + 8]) is not None


def person_word(word: str) -> bool:
    """A word for a person ('trader', 'librarian')."""
    return word in load_source_words()["people"] or word.endswith(PEOPLE_ENDINGS)


def not_a_post(article: Article, quote: Quote) -> bool:
    """True when a bare plural is people in general ('Care workers across the county'), not
    people who hold a post and speak for a body ('Officials said')."""
    span = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    return span is not None and span.root.lower_ not in load_source_words()["anonymous"]


PEOPLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")  # watchers, observers, analysts


def bare_plural(article: Article, quote: Quote, named: bool = False) -> bool:
    """True when the quote's speaker is a plural common noun with nothing that picks out
    which people: no determiner, number, possessive or name ('Industry observers'), where a
    place after it does not pick them out either ('Groups in the town': which groups?)."""
    if quote.speaker_start is None or not article.doc.has_annotation("TAG"):
        return False
    span = article.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if span is None or span.root.tag_ != "NNS":
        return False
    head = span.root.lemma_.lower()
    words = load_source_words()
    groups = words["groups"]
    group = head in groups or span.root.lower_ in groups
    if head not in words["people"] | words["vague"] and not group and \
            not head.endswith(PEOPLE_ENDINGS):
        return False  # 'exit polls', 'federal data': not people
    if group and any(c.lower_ == "of" for c in span.root.children):
        return False  # 'small groups of protesters': a crowd, not a body that speaks
    if (named and not any(c.dep_ == "prep" for c in span.root.children)) or \
            any(t.pos_ == "PROPN" for t in span):
        return False  # 'Republicans in Congress', 'Parents at Hill School'
    own = [t for t in span if t.i == span.root.i or t.head.i == span.root.i and t.dep_ != "prep"]
    return not any(t.dep_ in ("det", "nummod") or t.dep_ == "poss" and not unpicked(t) or
                   t.pos_ in ("NUM", "PRON") for t in own)


def unpicked(owner) -> bool:
    """True for an owner that picks out nobody: a bare plural ('Tenants’ groups')."""
    return owner.tag_ == "NNS" and \
        not any(c.dep_ in ("det", "nummod", "poss") for c in owner.children)

"""Words that point to the wrong thing, or to too many: 'he' with two men in the paragraph,
'the latter' after three names, a description of a person hung on a place."""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes, names_before
from medialit.lexicons import load_source_words
from medialit.model import Quote
from medialit.quotes import speech_quotes


@rule("references.ambiguous-speaker", "ambiguous-pronoun", "note",
      "a pronoun speaker with more than one person it could mean")
def ambiguous_speakers(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'He said' when the paragraph offers more than one man it could be."""
    seen = set()
    for quote in speech_quotes(quotes):
        if quote.speaker_start is None or not quote.alternatives or quote.speaker_start in seen:
            continue
        pronoun = article.text[quote.speaker_start:quote.speaker_end]
        if pronoun.lower() not in ("he", "she"):
            continue
        seen.add(quote.speaker_start)
        people = [quote.speaker, *quote.alternatives]
        listed = ", ".join(people[:-1]) + f" or {people[-1]}"
        yield Spot(quote.speaker_start, quote.speaker_end,
                   f"Who is “{pronoun}”? It could be {listed}. The machine guessed "
                   f"{quote.speaker} but is often wrong here: who do you think it is? If a "
                   "reader has to guess, the writer should give the name.",
                   f"Replace “{pronoun}” with the speaker's name.")


@rule("references.latter-former", "ambiguous-pronoun", "warning",
      "'the latter' or 'the former' after more than two names")
def latter_among_many(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    doc = article.doc
    for match in re.finditer(r"\bthe (latter|former)(?:’s|'s)?", article.text, re.I):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and \
                not match.group(0).endswith(("’s", "'s")):
            continue  # "the former minister": an adjective, not a pointer
        named = names_before(article, span.sent, span.start)
        if len(named) >= 3:
            yield Spot(match.start(), match.end(),
                       f"“The {match.group(1)}” means one of two things, but this sentence "
                       f"names {len(named)}: {', '.join(named)}. Which one is meant?")


@rule("references.their", "ambiguous-pronoun", "note",
      "'their' with two groups it could mean")
def their_with_two_groups(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for token in article.doc:
        if token.lower_ != "their" or not any(t.lower_ == "they" for t in token.sent if t.i < token.i):
            continue
        if plural_subject_above(token) is not None:
            continue  # "if they did not confirm their status": the clause says whose
        named = names_before(article, token.sent, token.i, labels=("ORG", "GPE", "NORP"))
        if len(named) >= 2:
            yield Spot(token.idx, token.idx + len(token.text),
                       f"Whose? “Their” could point to {' or '.join(named[-2:])}. The reader "
                       "has to guess.")


def plural_subject_above(token):
    """The nearest subject that governs ``token`` and can own a "their": "they", or a plural
    noun or a people ("the Chinese pledged to cut their emissions"). None when there is none,
    or when an organisation is the subject on the way up ("they feared the FBI would publish
    their findings": the FBI's, or theirs?)."""
    head = token.head
    seen = set()
    while head.i not in seen:
        seen.add(head.i)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
        for subject in subjects:
            if subject.lower_ in ("they", "we") or subject.tag_ in ("NNS", "NNPS") or \
                    subject.ent_type_ == "NORP":
                return subject
            if subject.ent_type_ in ("ORG", "GPE") or subject.tag_ == "NNP":
                return None
        if head.dep_ == "ROOT":
            break
        head = head.head
    return None


@rule("modifiers.person-after-place", "misplaced-modifier", "warning",
      "a description of a person placed after a place name")
def person_described_after_place(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A description of a person hung on a place: "met Wang Yi in Vienna, China’s
    highest-ranking foreign policy official" reads as if Vienna were the official. Not
    inside a direct quote: spoken words are given as they were said."""
    people = load_source_words()["people"]
    quoted = direct_quotes(quotes)
    for token in article.doc:
        if token.dep_ != "appos" or token.lemma_.lower() not in people or quoted.holds(token.idx):
            continue
        place = token.head
        if place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj":
            continue
        person = next((e for e in reversed(article.entities) if e.label_ == "PERSON" and
                       e.end <= place.i and e.sent == place.sent), None)
        start = place.idx
        end = token.right_edge.idx + len(token.right_edge.text)
        description = article.text[token.left_edge.idx:end]
        suggestion = None
        if person is not None:
            suggestion = f"{person.text}, {description}, {place.head.text} {place.text}"
        yield Spot(start, end,
                   f"Read literally, this says {place.text} is “{description}”. A place cannot "
                   "be a person: the description should stand right next to the person it "
                   "describes.", suggestion)


@rule("modifiers.place-after-between", "misplaced-modifier", "warning",
      "a place attached to the first of two people after 'between'")
def place_after_between(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'between Biden in Bali and Xi': the place stuck to one person."""
    for match in re.finditer(r"\bbetween ((?:[A-Z][\w.’']*\s+)*[A-Z][\w.’']*) (in [A-Z][\w-]+) and ",
                             article.text):
        yield Spot(match.start(2), match.end(2),
                   f"“{match.group(2)}” is stuck to {match.group(1)} only, as if the other "
                   "person were somewhere else. Put the place after both people.")

"""How words are used: doubt words on facts, 'refusal of condemning', 'accuses X that',
'at the same.', 'Hiroshima Japan', a day that is never dated, 'was not clear if he will'.

The patterns and word lists are in ``medialit/data/usage.json``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.people import load_affiliation_tables
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes
from medialit.checks.words import load_usage, word_set
from medialit.lexicons import load_reporting_verbs
from medialit.model import Quote


@rule("wording.doubt-word", "other", "note",
      "a word that casts doubt on a fact (doubt_words in usage.json)")
def doubt_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the rumored deal': outside quotes, and not 'supposed to' (meaning 'due to'), nor a
    naming word ('so-called') before a term of art."""
    usage = load_usage()["doubt_words"]
    words, naming = set(usage["words"]), set(usage["naming_words"])
    quoted = direct_quotes(quotes)
    for match in re.finditer(r"[A-Za-z-]+", article.text):
        word = match.group(0).lower()
        if word in words and not quoted.holds(match.start()) and \
                not re.match(r"\s+to\b", article.text[match.end():match.end() + 4]) and \
                not (word in naming and _names_a_term(article, match.end())):
            yield Spot(match.start(), match.end(),
                       f"“{match.group(0)}” casts doubt on what follows. Is it really in doubt, or "
                       "does the article itself treat it as a fact elsewhere? Doubt words can "
                       "slant a story.")


def _names_a_term(article: Article, at: int) -> bool:
    """True when the noun phrase starting at ``at`` is a term of art or a name rather than a
    label: several words ("so-called carried interest", "so-called like-kind exchanges") or a
    capitalised name ("the so-called Trans-Pacific Partnership"). A label a writer doubts is
    usually one word ("so-called experts")."""
    following = [token for token in article.doc if token.idx >= at][:1]
    if not following:
        return False
    if not article.doc.has_annotation("DEP"):  # no parser (no English model): names only
        return following[0].text[:1].isupper()
    chunk = next((chunk for chunk in article.doc.noun_chunks
                  if chunk.start <= following[0].i < chunk.end), None)
    if chunk is None:
        return False
    words = [token for token in chunk if token.idx >= at and token.is_alpha]
    return len(words) >= 2 or (bool(words) and words[0].text[0].isupper())


# what a loaded verb suggests that colours the speaker rather than the words: doubt about
# them, guilt ('admitted'), showing off ('boasted'), moaning ('grumbled'), contempt ('scoffed'),
# a speaker under attack ('protested'), a bad temper ('snapped')
SLANTS = ("doubt", "owned up", "gave in", "guilt", "showing off", "moaning", "grumbling",
          "contempt", "defensive", "bad-tempered")


@functools.lru_cache(maxsize=1)
def _doubt_verbs() -> dict[str, str]:
    """The reporting verbs that cast doubt, with what each suggests to the reader."""
    return {lemma: verb.suggests for lemma, verb in load_reporting_verbs().items()
            if verb.suggests and any(slant in verb.suggests for slant in SLANTS)}


@rule("wording.doubt-verb", "other", "note", "a reporting verb that casts doubt")
def doubt_verbs(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'claimed that …', 'admitted that …', '“…,” she insisted.' where 'said' would be
    neutral: indirect speech and direct quotes alike, for the verb colours the speaker either
    way. Not a scare quote, and not a passive ('were admitted' to a country is not speech)."""
    for quote in quotes:
        verb = None if quote.cue_lemma is None else _doubt_verbs().get(quote.cue_lemma)
        if verb and quote.cue_start is not None and quote.form != "scare" and \
                not _passive(article, quote.cue_start, quote.cue_end):
            yield Spot(quote.cue_start, quote.cue_end,
                       f"“{quote.cue}” is not a neutral word like “said”. It {verb}. Is that "
                       "fair to the speaker, or is the writer taking sides?", "said")


def _passive(article: Article, start: int, end: int) -> bool:
    """True when the verb at ``start``–``end`` is passive ('14 Catholics were admitted')."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(c.dep_ in ("auxpass", "nsubjpass")
                                    for token in span for c in token.children)


@rule("wording.noun-to-verb", "other", "warning", "a noun that takes 'to' + verb")
def noun_of_ing(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'refusal of condemning' for 'refusal to condemn'."""
    nouns = "|".join(load_usage()["noun_then_infinitive"]["words"])
    for match in re.finditer(rf"\b((?i:{nouns})) of ([a-z]+ing)\b", article.text):
        verb = _base_form(article, match.start(2), match.end(2))
        yield Spot(match.start(), match.end(),
                   f"We say “{match.group(1)} to {verb}”, not “{match.group(0)}”.",
                   f"{match.group(1)} to {verb}…")


def _base_form(article: Article, start: int, end: int) -> str:
    """The verb's base form from the parse ('condemning' → 'condemn'), else its -ing cut off."""
    span = article.doc.char_span(start, end)
    lemma = span[0].lemma_ if span is not None and len(span) == 1 else ""
    word = article.text[start:end]
    return lemma if lemma and lemma != word else word[:-3]


@rule("wording.verb-that", "other", "warning", "'accuse' followed by 'that'")
def verb_then_that(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'accused Washington that it is trying' for 'accused Washington of trying' (the verbs
    are ``verb_then_of`` in usage.json)."""
    verbs = set(load_usage()["verb_then_of"]["words"])
    for token in article.doc:
        if token.lemma_.lower() in verbs and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in token.children):
            clause = next(c for c in token.children if c.dep_ == "ccomp")
            yield Spot(token.idx, clause.idx + len(clause.text),
                       f"We {token.lemma_} someone “of” doing something, not “that” they do it. "
                       "As written, the sentence is hard to follow and may say the opposite of "
                       "what it means.", f"{token.text} … of …-ing")


@rule("wording.unfinished-phrase", "other", "error", "a fixed phrase missing its last word")
def unfinished_phrases(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'at the same.' for 'at the same time.'."""
    for phrase in load_usage()["unfinished_phrases"]["phrases"]:
        for match in re.finditer(phrase["pattern"], article.text, re.I):
            yield Spot(match.start(), match.end(),
                       f"“{match.group(0)}” looks unfinished: a word is missing. The phrase is "
                       f"“{phrase['phrase']}”.", phrase["phrase"])


@rule("wording.city-country-comma", "other", "warning",
      "a city followed by its country with no comma")
def place_without_comma(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Hiroshima Japan' for 'Hiroshima, Japan'."""
    countries = [c["name"] for c in load_affiliation_tables()["countries"]]
    name_starts = word_set("place_name_starts")
    pattern = rf"\b([A-Z][a-z]+)[ \u00a0]({'|'.join(re.escape(c) for c in countries)})\b"
    for match in re.finditer(pattern, article.text):
        place = article.doc.char_span(match.start(1), match.end(1))
        if any(c.endswith(f"{match.group(1)} {match.group(2)}") for c in countries):
            continue  # "Equatorial Guinea" is one name
        if match.group(1).lower() in name_starts or match.group(1) in countries or place is None or \
                place[0].ent_type_ not in ("GPE", "LOC") or place[0].pos_ != "PROPN":
            continue
        yield Spot(match.start(), match.end(),
                   f"A place and its country are separated by a comma: “{match.group(1)}, "
                   f"{match.group(2)}”.", f"{match.group(1)}, {match.group(2)}")


_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? "
                   r"\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2} (?:January|February|March|April|"
                   r"May|June|July|August|September|October|November|December) \d{4}\b|"
                   r"\b\d{4}-\d{2}-\d{2}\b")


@rule("wording.undated-day", "other", "note", "a day named without a date anywhere in the article")
def undated_day(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'on Sunday' in an article that never gives its own date: which Sunday?"""
    if _DATE.search(article.text):
        return
    match = re.search(load_usage()["relative_dates"]["pattern"], article.text)
    if match:
        yield Spot(match.start(), match.end(),
                   f"The article says “{match.group(0)}” but never gives its own date. Which "
                   f"{_day_word(match.group(0))}? A reader next month cannot tell.")


def _day_word(phrase: str) -> str:
    last = phrase.split()[-1]
    return last if last[:1].isupper() and last.lower() not in ("today", "yesterday") else \
        {"today": "day", "yesterday": "day"}.get(last.lower(), last.lower())


@rule("wording.will-after-past", "other", "warning", "'will' after a past-tense 'if' or 'whether'")
def will_after_past(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'It was not clear if he will resign': after 'was … if' we write 'would'."""
    for match in re.finditer(r"\b(?:was|were|had|did)\b[^.;?!]{0,40}?\b(?:if|whether)\b[^.;?!]{0,30}?\b(will)\b",
                             article.text):
        yield Spot(match.start(1), match.end(1),
                   "The sentence starts in the past and jumps to the future: after “was … if” "
                   "we write “would”.", "would")

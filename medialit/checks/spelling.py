"""Spelling: words that are not English, nouns written as verbs, and American and British
spelling mixed in one article.

Names, capitalised words and words the article uses twice are left alone: the article
establishes them.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.words import british_endings, load_usage, word_set
from medialit.lexicons import load_spellchecker
from medialit.model import Quote


def spellchecker():
    """The English word list with word frequencies (pyspellchecker), loaded once."""
    return load_spellchecker()


@functools.lru_cache(maxsize=100_000)
def is_known_word(word: str) -> bool:
    """True for an English word, in US or British spelling, with its usual endings (remembered:
    the same words come back in every article)."""
    if "-" in word:
        return all(not part or is_known_word(part) for part in word.split("-"))
    spell = spellchecker()
    if word in spell:
        return True
    variants = {word}
    for ending in word_set("word_endings"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            variants.update({stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem})
    for variant in list(variants):
        for pattern, replacement in british_endings():
            variants.add(pattern.sub(replacement, variant))
        variants.add(variant.replace("our", "or"))
    return any(variant in spell for variant in variants)


@rule("spelling.unknown-word", "spelling", "error",
      "a word missing from the English word list, or a rare word one letter away from a common one")
def unknown_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Words that are not English, or a rare word one letter away from a word the article
    uses ("ballon" beside "balloon")."""
    spell = spellchecker()
    text = article.text
    counts: dict[str, int] = {}
    for match in re.finditer(r"[A-Za-z][\w’'-]*", text):
        counts[match.group(0).lower()] = counts.get(match.group(0).lower(), 0) + 1
    vocabulary = set(counts)
    for match in re.finditer(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z](?![\w’'-])", text):
        word = match.group(0).replace("’", "'")
        if len(word) < 4 or counts.get(match.group(0).lower(), 0) > 1 or "'" in word:
            continue
        suggestion = None
        if not is_known_word(word):
            candidate = spell.correction(word)
            if candidate and candidate != word and (spell.word_usage_frequency(candidate) >= 5e-7
                                                    or candidate in vocabulary):
                suggestion = candidate
        elif spell.word_usage_frequency(word) < 1e-7:
            neighbours = [w for w in spell.edit_distance_1(word) if w in vocabulary and
                          spell.word_usage_frequency(w) > 100 * spell.word_usage_frequency(word)]
            if neighbours:
                suggestion = max(neighbours, key=spell.word_usage_frequency)
        if suggestion:
            yield Spot(match.start(), match.end(),
                       f"“{match.group(0)}” looks like a typo. Did the writer mean “{suggestion}”?",
                       suggestion)


@rule("spelling.noun-as-verb", "spelling", "warning", "a one-word noun used as a verb")
def compounds_as_verbs(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'to crackdown on': the noun is one word, the verb two ('crack down')."""
    compounds = load_usage()["closed_compounds"]["words"]
    pattern = rf"\b(?:to|will|would|can|could|should|must|might|may|and|or|not)\s+({'|'.join(compounds)})\b(?=\s+(?:on|in|over|out|with|against|for|down|up)\b)"
    for match in re.finditer(pattern, article.text, re.I):
        word = match.group(1)
        token = article.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        before = match.group(0).split()[0].lower()
        token = token[0] if token is not None else None
        used_as_verb = token is not None and (
            token.pos_ == "VERB" or before not in ("to", "and", "or") or
            (token.dep_ == "conj" and token.head.pos_ == "VERB"))
        if used_as_verb:
            yield Spot(match.start(1), match.end(1),
                       f"“{word}” as one word is a noun (a {word}). Used as a verb it is two "
                       f"words: “{compounds[word.lower()]}”.", compounds[word.lower()])


@rule("spelling.mixed-system", "spelling", "warning",
      "American and British spelling mixed in one article")
def mixed_spelling_systems(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """An article that mixes American and British spelling ("rumored" but "criticised"): the
    words of the less used system are circled."""
    systems = load_usage()["spelling_systems"]
    spell = spellchecker()
    american, british = [], []
    for match in re.finditer(r"\b[a-z]{4,}\b", article.text):
        word = match.group(0)
        if word in systems["american_words"] or (re.search(r"iz(e|ed|es|ing|ation|ations)$", word)
                                                 and word in spell and len(word) > 6):
            american.append(match)
        elif word in systems["british_words"] or (word not in spell and any(
                pattern.sub(replacement, word) in spell for pattern, replacement in british_endings()
                if pattern.search(word))):
            british.append(match)
    if not american or not british or len(american) == len(british):
        return
    minority, system = (british, "American") if len(american) > len(british) else (american, "British")
    other = "British" if system == "American" else "American"
    for match in minority:
        yield Spot(match.start(), match.end(),
                   f"The article uses {system} spelling elsewhere, but “{match.group(0)}” is "
                   f"spelled the {other} way. Pick one and keep to it.")

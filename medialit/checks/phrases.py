"""Short words lost or doubled in fixed phrases: 'according a report', 'in the middle the
night', 'instead the station', 'the the', 'should of spoken'.

A phrase that cannot go on without its short word is listed in
``medialit/data/fixed_phrases.txt`` with the word and what may follow; the parse tells a
verb or a subject where the list asks ('in a bid improve'; 'Instead the council voted' is
right, 'instead the station.' is not).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.lexicons import DATA_DIR
from medialit.model import Quote


@functools.lru_cache(maxsize=1)
def fixed_phrases() -> list[tuple[re.Pattern, str, str]]:
    """Each fixed phrase of ``fixed_phrases.txt`` as a pattern that finds it with its required
    word missing, with that word and where it goes: "end" (after the words found) or "gap"
    (at the phrase's ``_``, as in ``as _ result of``)."""
    noun_phrase = r"(?:(?:the|a|an|his|her|their|its|our|this|these|those)\b|[A-Z][a-z]+\b|\d)"
    found = []
    for line in (DATA_DIR / "fixed_phrases.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|", 2)]  # a pattern may hold "|"
        before, required = fields[0], fields[1]
        place = "gap" if "_" in before.split() else "end"
        following = fields[2] if len(fields) > 2 and fields[2] else noun_phrase
        # checked on the parse: the next word is a plain verb ("VERB"), or, after words that
        # only a verb may follow ("VERB!": 'is expected', 'able'), a word that reads as one;
        # or a noun phrase that is no subject of a verb ("OBJECT": 'instead the station.',
        # not 'Instead the council voted')
        verb = following if following in ("VERB", "VERB!", "OBJECT") else ""
        following = OBJECT_OPENING if verb == "OBJECT" else r"[a-z]+\b" if verb else following
        # the phrase in lower case but for its first letter ('in the Middle East' is a name)
        words = r"[ \t]+".join(re.escape(word) for word in before.split() if word != "_")
        words = f"(?i:{words[:1]}){words[1:]}"
        if place == "gap":
            # the whole phrase is there but for its short word: nothing need follow
            pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])")
        else:
            pattern = re.compile(rf"(?<![\w-]){words}(?=[ \t]+(?:{following}))"
                                 r"(?![ \t]+(?:the|a) (?:next|following|same|last|first)\b)")
        found.append((pattern, required, before if place == "gap" else "", verb))
    return found


def _verb_follows(article: Article, end: int, read_again: bool = False) -> bool:
    """True when the word after ``end`` is a verb in its plain form ('in a bid improve').
    With ``read_again``, after words that only a verb may follow, the parser, lost in a
    sentence that lacks its 'to', may call that verb an adjective or a noun ('is expected
    open', 'will be able vote'): a word in lower case that it does not call an adverb, a
    particle or a preposition ('is set back', 'is expected soon') is read again after a
    'to' of its own."""
    token = article.doc.char_span(end, end + 1, alignment_mode="expand")
    after = [t for t in article.doc[token.start:token.start + 2] if not t.is_space] \
        if token is not None else []
    if not after:
        return False
    word = after[0]
    return word.tag_ in ("VB", "VBP") or \
        word.pos_ == "VERB" and word.lemma_ == word.lower_ or \
        read_again and word.text.isalpha() and word.text.islower() and \
        word.lower_ not in PLACES_AND_TIMES and \
        not word.lower_.endswith("ed") and \
        word.tag_ not in ("RB", "RBR", "RP", "IN", "TO", "DT", "CD") and _verb_after_to(word.text)


# what opens the noun phrase after a phrase marked OBJECT: a word that can only open one
OBJECT_OPENING = r"(?:the|a|an|his|her|their|its|our|this|these|those)\b"


def _subject_follows(article: Article, start: int) -> bool:
    """True when the noun phrase that begins at ``start`` is the subject of a verb ('At the
    end the crowd cheered', 'Instead the council voted'): the phrase before it is then an
    adverb that needs no 'of'. True also where the parse cannot be read."""
    span = article.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return True
    word = span[0]
    # from 'the' or 'its' up to the noun they belong to ('the Dunmore station')
    while word.dep_ in ("det", "poss", "compound", "amod", "nummod", "nmod") and \
            word.head.i > word.i:
        word = word.head
    # a subject ('Instead the council voted'), or what a subject is ('it was instead an
    # expression of …')
    return word.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "attr") or word.pos_ == "VERB"


# words that follow 'is expected' or 'is set' as where or when, not as a verb ('is expected
# home tonight'), though 'to home in on' makes a verb of one of them
PLACES_AND_TIMES = frozenset({"home", "back", "here", "there", "away", "abroad", "today",
                              "tonight", "tomorrow", "overnight", "now", "next", "last"})


@functools.lru_cache(maxsize=512)
def _verb_after_to(word: str) -> bool:
    """True when ``word`` reads as a plain verb after 'to' ('They want to open it.')."""
    from medialit.nlp import load_nlp  # the parser the article was read with, loaded once
    doc = load_nlp()(f"They want to {word} it.")
    return len(doc) > 3 and doc[3].tag_ == "VB"


@rule("slips.missing-word", "other", "warning",
      "a fixed phrase missing its short word ('according a report', 'as result of')")
def missing_short_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'according a report', 'in spite the rain', 'a row broke out the two parties', 'for
    first time': a phrase that cannot go on without its short word (fixed_phrases.txt).
    A phrase missing a word in its middle is not looked for in the headline, which drops
    small words by habit ('Mayor wins for first time'). A phrase inside one already found
    ('as result' in 'as result of') is not found twice."""
    found: list[tuple[int, int]] = []
    for pattern, required, gapped, verb in fixed_phrases():
        for match in pattern.finditer(article.text):
            words = match.group(0)
            if gapped and article.paragraph_index(match.start()) == 0 or \
                    any(start < match.end() and match.start() < end for start, end in found):
                continue
            if verb == "OBJECT":
                if _subject_follows(article, match.end() + 1):
                    continue
            elif verb and not _verb_follows(article, match.end() + 1, verb == "VERB!"):
                continue
            if gapped:
                mended = _fill_gap(words, gapped, required)
                needs = f"“{words}” needs “{required}”: “{mended}”."
            else:
                mended = f"{words} {required}"
                needs = f"“{words}” needs “{required}” after it: “{mended} …”."
            found.append((match.start(), match.end()))
            yield Spot(match.start(), match.end(),
                       f"{needs} A short word seems to be missing in "
                       f"{where(article, match.start())}.", mended)


@rule("slips.doubled-word", "other", "warning",
      "a small word written twice in a row ('the the')")
def doubled_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'in the the town centre': a small word that is never right twice in a row, typed
    twice. Words that may rightly come twice ('had had', 'that that', 'in in 2012') are left
    alone."""
    for match in DOUBLED.finditer(article.text):
        yield Spot(match.start(), match.end(),
                   f"“{match.group(0)}”: the word “{match.group(1)}” is written twice. Is one "
                   "too many?", match.group(1))


DOUBLED = re.compile(r"(?<![\w’'-])(the|a|an|of|and|to|with|from)[ \t]+\1(?![\w’'-])", re.I)


@rule("slips.of-for-have", "other", "error",
      "'of' written for 'have' after 'should', 'could', 'would' ('should of spoken')")
def of_for_have(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the trust should of spoken to families': 'should've' heard as 'should of'. Only
    before a past participle, so 'it could, of course,' and 'would of course be' stay."""
    for match in OF_FOR_HAVE.finditer(article.text):
        after = article.doc.char_span(match.start(2), match.end(2))
        if after is not None and after[0].tag_ in ("VBN", "VBD"):
            mended = f"{match.group(1)} have"
            yield Spot(match.start(), match.end(1) + 3,
                       f"“{match.group(1)} of” is how “{match.group(1).lower()}’ve” sounds; "
                       f"the words are “{mended}”.", mended)


OF_FOR_HAVE = re.compile(r"(?<![\w’'-])(should|could|would|must|might|may)[ \t]+of[ \t]+([a-z]+)\b",
                         re.I)


def _fill_gap(words: str, gapped: str, required: str) -> str:
    """The words found with the required word put back at the phrase's ``_`` ('As result of',
    'as _ result of', 'a' → 'As a result of')."""
    found = words.split()
    at = gapped.split().index("_")
    return " ".join(found[:at] + [required] + found[at:])

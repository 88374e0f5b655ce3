"""Slips of the keyboard that a spellchecker passes: a real word one letter away from a term
the article repeats (alone, beside the same word, or between the same two words), a misspelt
form of a word the article spells right elsewhere, two words run together.

Each rule reads the article's own vocabulary: what the article says again and again is taken
to be right, and a form that differs by one letter and occurs once is the odd one out.
Short words left out of fixed phrases are ``phrases.py``'s.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.spelling import is_known_word, spellchecker
from medialit.checks.words import word_set
from medialit.lexicons import DATA_DIR
from medialit.model import Quote

WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+(?:[’'][A-Za-z]+)?(?![\w-])")
EVERYDAY = 1e-4  # a word this common ('three', 'there') is taken to be meant, not a slip
COMMON = 1e-6  # how common (pyspellchecker's frequency) a part of a run-together word must be
SHORT_WORDS = frozenset({"of", "to", "in", "on", "at", "by", "an", "is", "it", "as", "or", "be",
                         "we", "he", "no", "so", "up", "do", "if", "my", "us", "me"})
INFLECTIONS = ("s", "es", "d", "ed", "r", "er", "n", "y", "ly")


@functools.lru_cache(maxsize=None)
def slip_words(name: str) -> frozenset[str]:
    """The words of one list of ``slips.json``.

    >>> "the" in slip_words("function_words")
    True
    """
    doc = json.loads((DATA_DIR / "slips.json").read_text(encoding="utf-8"))
    return frozenset(doc[name]["words"])


def one_edit_apart(one: str, other: str) -> bool:
    """True when ``other`` is ``one`` with one letter changed, added, dropped, or two
    neighbouring letters swapped.

    >>> one_edit_apart("ballot", "ballet"), one_edit_apart("form", "from"), one_edit_apart("cat", "dog")
    (True, True, False)
    """
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other)) == 1 or _swapped(one, other)
    shorter, longer = sorted((one, other), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


# prefixes that say the same, so a writer may put one for the other ('dismountable' for
# 'demountable', 'unflammable' for 'inflammable'); never a prefix against none ('manned',
# 'unmanned') or against its opposite ('increase', 'decrease'), which the writer may mean
SAME_SENSE_PREFIXES = (("de", "dis"), ("un", "in", "im", "non"))
SHORTEST_ROOT = 6


def prefix_swapped(one: str, other: str) -> bool:
    """True when two words are one root with two prefixes of the same sense, the root at
    least six letters ('dismountable', 'demountable').

    >>> prefix_swapped("dismountable", "demountable"), prefix_swapped("unmanned", "manned")
    (True, False)
    """
    for group in SAME_SENSE_PREFIXES:
        for first in group:
            for second in group:
                if first != second and one.startswith(first) and other.startswith(second) and \
                        one[len(first):] == other[len(second):] and \
                        len(one) - len(first) >= SHORTEST_ROOT:
                    return True
    return False


def inflected(one: str, other: str) -> bool:
    """True when one word is the other with an ending ('vote', 'voter'; 'cost', 'costs';
    'terrorism', 'terrorist')."""
    if len(one) == len(other) >= 7 and one[:-1] == other[:-1]:
        return True
    if len(one) == len(other) and one[:-3] == other[:-3] and {one[-3:], other[-3:]} == {"man", "men"}:
        return True  # 'businessman', 'businessmen'
    shorter, longer = sorted((one, other), key=len)
    # an 'e' dropped before an ending ('hope', 'hoped'; 'stone', 'stony'), but never before
    # a lone consonant ('base' and 'bass' are two words)
    dropped = longer[len(shorter) - 1:]
    return longer.startswith(shorter) and longer[len(shorter):] in INFLECTIONS or \
        (shorter[-1:] == "e" and longer.startswith(shorter[:-1]) and
         dropped in INFLECTIONS and (len(dropped) > 1 or dropped == "y"))


@functools.lru_cache(maxsize=100_000)
def _bare(word: str) -> str:
    """The word in lower case without a possessive ending (remembered: words come back)."""
    return re.sub(r"[’']s?$", "", word.lower())


def _words(text: str) -> list[re.Match]:
    return list(WORD.finditer(text))


@rule("slips.near-term", "inconsistent-term", "warning",
      "a real word once, one letter from a noun the article repeats (in the noun's place, or a "
      "rare noun)")
def near_terms(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the trade ballet' once where the article says 'the trade ballot' again and again: a
    real word, so no spellchecker circles it, but the article's own term is one letter away.

    The repeated term is two words seen at least twice, its changing word at least three
    times; the odd form occurs once in the article and keeps the term's other word (not a
    small word like 'the'), so it stands in the same kind of context. A noun used once is
    also circled when one letter from a noun the article repeats, beside the same neighbour
    or, when the odd noun is rare English, far less common than the term
    (``_odd_words_out``)."""
    text = article.text
    stop = word_set("stop_words") | SHORT_WORDS | slip_words("function_words")
    every_word = _words(text)
    words = [m for m in every_word if article.paragraph_index(m.start()) > 0]
    counts = Counter(_bare(m.group(0)) for m in words)
    pairs = [(first, second) for first, second in zip(words, words[1:])
             if text[first.end():second.start()] == " "]
    # the headline names the article's terms too ('… cycle track'), so it counts for them
    pair_counts = Counter((_bare(a.group(0)), _bare(b.group(0)))
                          for a, b in zip(every_word, every_word[1:])
                          if text[a.end():b.start()] == " ")
    # the pairs by their first and by their second word, each list in the order of pair_counts
    by_first: dict[str, list] = {}
    by_second: dict[str, list] = {}
    for pair, seen in pair_counts.items():
        by_first.setdefault(pair[0], []).append((pair, seen))
        by_second.setdefault(pair[1], []).append((pair, seen))
    swapped = _swapped_letters(words, counts, stop)
    circled = set(swapped)
    for start, term_word in sorted(swapped.items()):
        odd = next(m for m in words if m.start() == start)
        yield _odd_word_spot(words, odd, term_word, "with two letters swapped")
    for first, second in pairs:
        for odd, kept, side in ((second, first, 1), (first, second, 0)):
            odd_word, kept_word = _bare(odd.group(0)), _bare(kept.group(0))
            if odd.start() in circled or counts[odd_word] != 1 or kept_word in stop or odd_word in stop or len(odd_word) < 4:
                continue
            if not is_known_word(odd_word):
                continue  # not a word at all: the spelling rules say so
            for (a, b), seen in (by_first if side else by_second).get(kept_word, ()):
                term_word = b if side else a
                prefixed = prefix_swapped(odd_word, term_word)
                if term_word in stop or not (one_edit_apart(odd_word, term_word) or prefixed) \
                        or inflected(odd_word, term_word):
                    continue
                uses = [p for p in pairs if (_bare(p[0].group(0)), _bare(p[1].group(0))) == (a, b)]
                if not uses or (seen < 2 or counts[term_word] < 3) and \
                        not _same_compound(article, (first, second), uses[0], side, prefixed):
                    continue
                term = uses[0]
                how = "with another beginning" if prefixed else "one letter different"
                yield Spot(odd.start(), odd.end(),
                           f"Elsewhere the article says “{_pair(*term)}”; here it says "
                           f"“{_pair(first, second)}”, {how}. Is it the "
                           "same thing? Then it is a slip that no spellchecker catches.",
                           match_case(odd.group(0), term_word),
                           ((term[0].start(), term[1].end()),))
                circled.add(odd.start())
                break
    for odd, term in _between_term_words(article, every_word, counts, stop, circled):
        circled.add(odd[1].start())
        yield _term_slip_spot(article, odd, term, odd[1], term[1])
    for odd, term in _grammar_word_in_term(article, every_word, stop, circled):
        circled.add(odd[0].start())
        yield _term_slip_spot(article, odd, term, odd[0], term[0])
    for odd, term_word in _odd_words_out(article, words, counts, stop, circled):
        yield _odd_word_spot(words, odd, term_word, "one letter different")


def _grammar_word_in_term(article: Article, every_word: list[re.Match], stop: set[str],
                          circled: set[int]) -> Iterator[tuple[tuple, tuple]]:
    """'the here scheme' where the article writes 'the hire scheme' twice or more: a word of
    grammar that never stands between 'the' (or 'a', 'its', …) and a noun (``slips.json``,
    ``not_before_nouns``), one letter from the first word of a two-word term the article
    repeats, before the term's second word: the word and its neighbour, with the term."""
    text = article.text
    pairs = [(a, b) for a, b in zip(every_word, every_word[1:])
             if text[a.end():b.start()] == " "]
    seen = Counter((_bare(a.group(0)), _bare(b.group(0))) for a, b in pairs)
    opening, misplaced = slip_words("determiners"), slip_words("not_before_nouns")
    for (before, odd), (odd_again, after) in zip(pairs, pairs[1:]):
        if odd_again is not odd or odd.start() in circled or not odd.group(0).islower() or \
                _bare(before.group(0)) not in opening or _bare(odd.group(0)) not in misplaced or \
                _bare(after.group(0)) in stop or article.paragraph_index(odd.start()) == 0:
            continue
        term = next((pair for pair in pairs if _bare(pair[1].group(0)) == _bare(after.group(0))
                     and pair[0].group(0).islower() and _bare(pair[0].group(0)) not in stop and
                     seen[(_bare(pair[0].group(0)), _bare(after.group(0)))] >= 2 and
                     one_edit_apart(_bare(odd.group(0)), _bare(pair[0].group(0)))), None)
        if term is not None:
            yield (odd, after), term



def _term_slip_spot(article: Article, odd: tuple, term: tuple, slip, meant) -> Spot:
    """The spot for a word slipped inside a repeated term: ``odd`` and ``term`` are the word
    matches of the two runs, ``slip`` the odd run's slipped word and ``meant`` the term's."""
    return Spot(slip.start(), slip.end(),
                f"{where(article, term[0].start()).capitalize()} says “{_words_of(term)}”; "
                f"here ({where(article, odd[0].start())}) it says “{_words_of(odd)}”, one "
                "letter different. Is it the same thing? Then it is a slip that no "
                "spellchecker catches.", match_case(slip.group(0), _bare(meant.group(0))),
                ((term[0].start(), term[-1].end()),))

def _words_of(matches: tuple) -> str:
    return " ".join(m.group(0) for m in matches)


def _between_term_words(article: Article, every_word: list[re.Match], counts: Counter,
                        stop: set[str], circled: set[int]) -> Iterator[tuple[tuple, tuple]]:
    """A word between the two outer words of a three-word term, one letter from the term's
    middle word: 'the cycle here scheme' where the article writes 'cycle hire scheme'. With
    both neighbours the same, the middle word may be any word, even one of grammar ('here')
    or one the article uses elsewhere; the term's middle word must be a content word the
    article uses twice (the headline counts), and the two must be no forms of one word
    ('prices rose sharply', 'prices rise sharply'). The odd run is written once; the term's
    is written more often, or its middle word is the more used."""
    text, doc = article.text, article.doc
    threes = [run for run in zip(every_word, every_word[1:], every_word[2:])
              if text[run[0].end():run[1].start()] == " " == text[run[1].end():run[2].start()]]
    by_ends: dict[tuple[str, str], list[tuple]] = {}
    for run in threes:
        by_ends.setdefault((_bare(run[0].group(0)), _bare(run[2].group(0))), []).append(run)
    everywhere = Counter(_bare(m.group(0)) for m in every_word)
    for run in threes:
        first, middle, last = (_bare(m.group(0)) for m in run)
        if run[1].start() in circled or not run[1].group(0).islower() or first in stop or \
                last in stop or article.paragraph_index(run[1].start()) == 0 or len(first) < 3 \
                or len(last) < 3:
            continue
        written = Counter(_bare(other[1].group(0)) for other in by_ends[(first, last)])
        if written[middle] > 1:
            continue  # the term written so twice is the article's own ('car park charges')
        # the term written so more often, or its middle word more used ('car part charges'
        # once, 'car park charges' twice)
        terms = [term for term in by_ends[(first, last)]
                 if _meant_between(_bare(term[1].group(0)), middle, stop, everywhere) and
                 (written[_bare(term[1].group(0))] > 1 or
                  everywhere[_bare(term[1].group(0))] > everywhere[middle]) and
                 term[1].group(0).islower() and not _same_lemma(doc, run[1], term[1])]
        if terms:  # shown from the story rather than the headline where it can be
            yield run, next((t for t in terms if article.paragraph_index(t[0].start()) > 0),
                            terms[0])


def _meant_between(meant: str, middle: str, stop: set[str], everywhere: Counter) -> bool:
    """True when ``meant``, a term's middle word, may be the word ``middle`` was typed for."""
    return meant != middle and meant not in stop and everywhere[meant] >= 2 and \
        one_edit_apart(middle, meant) and not inflected(middle, meant)


def _same_lemma(doc, one: re.Match, other: re.Match) -> bool:
    """True when the parse reads two words as forms of one ('rose', 'rise')."""
    spans = [doc.char_span(m.start(), m.end()) for m in (one, other)]
    return any(span is None for span in spans) or spans[0][0].lemma_ == spans[1][0].lemma_


def _same_compound(article: Article, pair: tuple, term: tuple, side: int,
                   prefixed: bool = False) -> bool:
    """True when a term written once or twice before ('a new sluice gate') comes back later
    as one word of the same two-word noun with one letter changed ('the slice gate', 'the
    summer curse' after 'a summer course'): both are nouns in lower case, and the shared word
    stands to each in the same relation (a noun in a compound noun, under the same word).
    A word with another prefix of the same sense (``prefixed``: 'dismountable barriers'
    after 'demountable barriers') may describe the noun, and be rare: spelling leaves it."""
    if term[0].start() > pair[0].start() or not pair[side].group(0).islower() or \
            not term[side].group(0).islower() or not prefixed and \
            spellchecker().word_usage_frequency(_bare(pair[side].group(0))) < NOT_A_WORD:
        return False  # the rarest ('ballon') are spelling's to name
    doc = article.doc
    tokens = [doc.char_span(m.start(), m.end()) for m in (*pair, *term)]
    if any(span is None for span in tokens):
        return False
    odd_first, odd_second, term_first, term_second = (span[0] for span in tokens)
    odd, term_word = (odd_first, odd_second)[side], (term_first, term_second)[side]
    classes = ("NOUN", "ADJ") if prefixed else ("NOUN",)
    if odd.pos_ not in classes or term_word.pos_ not in classes or \
            odd.lemma_ == term_word.lemma_:
        return False  # 'crises' beside 'crisis' is one word
    # one word hangs on the other in the same way in both ('sluice gate', 'slice gate';
    # 'two years ago', 'two tears ago')
    for child, head, term_child, term_head in ((odd_first, odd_second, term_first, term_second),
                                               (odd_second, odd_first, term_second, term_first)):
        if child.head.i == head.i and term_child.head.i == term_head.i and \
                (child.dep_ == term_child.dep_ or prefixed and
                 {child.dep_, term_child.dep_} <= {"amod", "compound"}) and \
                child.dep_ not in ("punct", "dep", "conj"):
            return True
    return False


def _odd_word_spot(words: list[re.Match], odd: re.Match, term_word: str, how: str) -> Spot:
    """The finding for a word used once where the article elsewhere writes ``term_word``."""
    elsewhere = next(m for m in words if _bare(m.group(0)) == term_word)
    return Spot(odd.start(), odd.end(),
                f"Everywhere else the article says “{elsewhere.group(0)}”; here it says "
                f"“{odd.group(0)}”, {how}. Is it the same thing? Then it is a slip that no "
                "spellchecker catches.",
                match_case(odd.group(0), term_word), ((elsewhere.start(), elsewhere.end()),))


NEIGHBOUR = re.compile(r"[\w’'-]+")
RARER = 5  # how many times more common in English the article's term must be than the odd word
RARE = 1e-6  # an odd word this rare in English ('leeks') is more likely a slip than meant
NOT_A_WORD = 1e-7  # rarer still, the spelling rule calls it a typo (spelling.unknown-word)
# a word this long one letter from another used in the same place is often its relative
# ('analysts', 'analyses'; 'businessmen', 'businessman'), so only a rare one is circled
LONG = 7


def _odd_words_out(article: Article, words: list[re.Match], counts: Counter, stop: set[str],
                   circled: set[int]) -> Iterator[tuple[re.Match, str]]:
    """Nouns used once, in lower case, one letter from a noun whose family ('leak', 'leaks')
    the article uses again: the odd noun with that term. Either the two stand in the same
    place: beside the same neighbour ('four ballet papers', 'the ballot papers'; 'the 14
    rout', 'the 14 route'), under the same word in the same role ('raising tapes', 'raising
    taxes') or with the same describing word (``_same_slot``), or a verb stands where a noun
    must ('hear the came,'); or the odd noun is rare English, the term comes three times and
    is far more common, and the odd noun's sentence is about what the term's sentences are
    about (two content words in common): 'the largest leeks will be repaired' in an article about repairing leaks, but not
    'the army suffered a rout' in one about a ferry route. Two forms of one word ('crises',
    'crisis') are left alone, and so are everyday words ('care', 'life') but in the term's
    place. Needs the tagger (no English model: none)."""
    doc, text = article.doc, article.text
    if not doc.has_annotation("TAG"):
        return
    spell = spellchecker()
    family = Counter()  # each word with its inflections ('leak' and 'leaks' both count)
    for word, seen in counts.items():
        for other in counts:
            if other == word or inflected(word, other):
                family[other] += seen
    for match in words:
        odd = _bare(match.group(0))
        if match.start() in circled or not match.group(0).islower() or counts[odd] != 1 or \
                odd in stop or len(odd) < 4 or not is_known_word(odd) or \
                spell.word_usage_frequency(odd) < NOT_A_WORD:
            continue  # the rarest ('ballon') are spelling's to name
        token = doc.char_span(match.start(), match.end())
        misplaced = token is not None and _verb_as_noun(token[0])
        if token is None or (token[0].pos_ != "NOUN" and not misplaced):
            continue
        near = [word for word in counts if family[word] >= 2 and word not in stop and
                len(word) >= 4 and one_edit_apart(odd, word) and not inflected(odd, word) and
                is_known_word(word)]
        for term in near:
            # the odd word's own family ('rout', 'routs') once; 'routes' is the term's
            if any(inflected(odd, word) and not inflected(term, word) and word not in (term, odd)
                   for word in counts):
                continue
            uses = [m for m in words if _bare(m.group(0)) == term]
            tokens = [t for m in uses for t in doc.char_span(m.start(), m.end()) or ()]
            kin = [t for m in words if inflected(term, _bare(m.group(0)))
                   for t in doc.char_span(m.start(), m.end()) or ()]
            if sum(t.pos_ == "NOUN" for t in tokens + kin) * 2 <= len(tokens + kin) or \
                    any(t.lemma_.lower() == token[0].lemma_.lower() for t in tokens):
                continue  # the term is no noun, or the odd word is a form of it ('crises')
            beside = _neighbours(text, match.start(), match.end())
            shared = any(beside & _neighbours(text, m.start(), m.end()) for m in uses) or \
                _same_slot(token[0], tokens)
            if len(odd) >= LONG:
                shared = misplaced = False  # 'analysts' beside 'analyses': relatives, not slips
            if spell.word_usage_frequency(odd) >= EVERYDAY and not shared:
                continue  # an everyday word ('care', 'life') is meant, unless its place says not
            # a term the article uses five times or more is its subject, however rare in
            # English ('potholes'): a rare word one letter from it is then the odd one out
            rarer = family[term] >= 3 and spell.word_usage_frequency(odd) < RARE and \
                (RARER * spell.word_usage_frequency(odd) < spell.word_usage_frequency(term) or
                 family[term] >= 5) and \
                len(_content(token[0].sent) & set().union(*(_content(t.sent) for t in tokens + kin))) >= 2
            if shared or rarer or misplaced:
                yield match, term
                break


def _verb_as_noun(token) -> bool:
    """True for a verb standing where a noun must, after 'the' or 'a' and before a full stop,
    comma or 'of' ('judges who will hear the came,'): a slip for a noun, not a verb."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ in ("VBD", "VBZ", "VBP", "VB") and token.i > 0 and \
        token.nbor(-1).lower_ in ("the", "a", "an") and \
        after is not None and (after.is_punct or after.lower_ == "of")


def _same_slot(token, uses: list) -> bool:
    """True when a word stands where the article puts its term: under the same word in the
    same role ('raising tapes' beside 'raising taxes', 'the court ruled' beside 'the count
    ruled'), or with the same describing word ('federal income tapes', 'income taxes')."""
    def described(word) -> set[str]:
        return {c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound") and
                not c.is_stop and c.is_alpha}

    own = described(token)
    for use in uses:
        if use.head.i != use.i and use.dep_ == token.dep_ and token.head.i != token.i and \
                use.head.lemma_.lower() == token.head.lemma_.lower() and \
                use.head.pos_ in ("VERB", "NOUN", "ADJ", "PROPN"):
            return True
        if own & described(use):
            return True
    return False


def _content(sentence) -> set[str]:
    """The lemmas of a sentence's nouns, verbs and adjectives that are not stop words: what it
    is about ('the largest leeks will be repaired' shares 'repair' with the article's leaks;
    'the army suffered a rout' shares nothing with its ferry route)."""
    return {t.lemma_.lower() for t in sentence if t.is_alpha and not t.is_stop and
            t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN")}


def _neighbours(text: str, start: int, end: int) -> set[tuple[int, str]]:
    """The words (or numbers) just before and just after a word, on its own line, that are
    not small words: ``(-1, word)`` and ``(1, word)``."""
    found = set()
    before = NEIGHBOUR.findall(text[max(0, start - 40):start].split("\n")[-1])
    after = NEIGHBOUR.findall(text[end:end + 40].split("\n")[0])
    small = SHORT_WORDS | slip_words("function_words")
    if before and before[-1].lower() not in small:
        found.add((-1, _bare(before[-1])))
    if after and after[0].lower() not in small:
        found.add((1, _bare(after[0])))
    return found


def _swapped_letters(words: list[re.Match], counts: Counter, stop: set[str]) -> dict[int, str]:
    """Where a real word that occurs once is a word the article uses at least three times
    with two neighbouring letters swapped ('trail' for 'trial'): its start, with the term.
    Everyday words ('three' beside 'there') are left alone: they are rarely slips."""
    spell = spellchecker()
    terms = {word: order for order, word in enumerate(
        word for word, seen in counts.items() if seen >= 3 and word not in stop)}
    found = {}
    for match in words:
        odd = _bare(match.group(0))
        if counts[odd] != 1 or odd in stop or len(odd) < 4 or not is_known_word(odd) or \
                spell.word_usage_frequency(odd) >= EVERYDAY:
            continue
        # every word with two neighbouring letters of ``odd`` swapped; the term first in the
        # article's order wins
        swaps = {odd[:i] + odd[i + 1] + odd[i] + odd[i + 2:] for i in range(len(odd) - 1)
                 if odd[i] != odd[i + 1]}
        term = min((word for word in swaps if word in terms), key=terms.get, default=None)
        if term is not None:
            found[match.start()] = term
    return found


def _swapped(one: str, other: str) -> bool:
    """True when ``other`` is ``one`` with two neighbouring letters swapped ('trail', 'trial')."""
    differ = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(one) == len(other) and len(differ) == 2 and differ[1] == differ[0] + 1 and \
        one[differ[0]] == other[differ[1]] and one[differ[1]] == other[differ[0]]


def _pair(first: re.Match, second: re.Match) -> str:
    return f"{first.group(0)} {second.group(0)}"


def match_case(template: str, word: str) -> str:
    """``word`` with a capital when ``template`` has one ('Fare' for 'Fire')."""
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


@rule("slips.misspelt-article-word", "spelling", "error",
      "a name or possessive that is not a word, one letter away from a word the article repeats")
def misspelt_article_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the commitee’s report' where the article writes 'committee' elsewhere: a possessive or
    a capitalised word, which the word-list check leaves alone, that is not English and is one
    letter from a word the article uses at least twice."""
    words = _words(article.text)
    counts = Counter(_bare(m.group(0)) for m in words)
    for match in words:
        word = match.group(0)
        if not (word[:1].isupper() or re.search(r"[’']s?$", word)) or word.isupper():
            continue
        bare = _bare(word)
        if len(bare) < 5 or counts[bare] != 1 or is_known_word(bare):
            continue
        near = [other for other, seen in counts.items() if seen >= 2 and len(other) >= 5
                and one_edit_apart(bare, other) and is_known_word(other)]
        if near and not (word[:1].isupper() and _capitalised_elsewhere(words, bare)):
            right = max(near, key=counts.__getitem__)
            end = match.start() + len(re.sub(r"[’']s?$", "", word))
            elsewhere = next(m for m in words if _bare(m.group(0)) == right)
            yield Spot(match.start(), end,
                       f"“{word}” is not an English word, and elsewhere the article writes "
                       f"“{right}”. Is it a typing slip?", match_case(word, right),
                       ((elsewhere.start(), elsewhere.end()),))


def _capitalised_elsewhere(words: list[re.Match], bare: str) -> bool:
    """True when a word one letter from ``bare`` is written with a capital elsewhere (two
    names, 'Hanson' and 'Hansen', may both be right)."""
    return any(m.group(0)[:1].isupper() and one_edit_apart(bare, _bare(m.group(0)))
               for m in words)


@rule("slips.run-together", "spelling", "error",
      "two words run together into one that is not a word ('thebridge')")
def run_together(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A word that is not English, occurs once, and splits into two common English words
    ('the Councildecision', 'saidthe'). One part must be a small word of grammar, or one part
    must be used on its own elsewhere in the article (a capitalised first part with its
    capital), or the article must write the two apart elsewhere ('postoffice' beside 'post
    office'); words that often make closed compounds ('counter…', '…less') are left
    alone, since the word list lacks many such compounds ('pushback', 'hourlong'), unless
    the other part opens a noun phrase ('underthe': no compound ends in 'the'). A short word
    (under seven letters) is circled here only when both parts are small words ('ofthe'), or
    the article writes them apart; other short ones are ``slips.run-together-short``'s."""
    for match, (left, right), sure in _run_together_words(article):
        if sure:
            yield _run_together_spot(match, left, right, "Is a space missing?")


@rule("slips.run-together-short", "spelling", "warning",
      "a short non-word that looks like a small word and an everyday word run together "
      "('aswell', 'halfa')")
def run_together_short(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A short word (under seven letters) that is not English and splits into a small word of
    grammar and an everyday word ('aswell', 'halfa', 'alot'). Short words have many splits,
    and a name or a foreign word may look like one, so the machine asks."""
    for match, (left, right), sure in _run_together_words(article):
        if not sure:
            yield _run_together_spot(match, left, right,
                                     "The machine could not be sure: is a space missing?")


def _run_together_spot(match: re.Match, left: str, right: str, question: str) -> Spot:
    return Spot(match.start(), match.end(),
                f"“{match.group(0)}” is not a word: it looks like “{left}” and “{right}” run "
                f"together. {question}", f"{left} {right}")


def _run_together_words(article: Article) -> Iterator[tuple[re.Match, tuple[str, str], bool]]:
    """Each word that looks like two run together, with its split and whether the split is
    sure (a long word, both parts small words, or the two written apart elsewhere)."""
    spell = spellchecker()
    words = _words(article.text)
    counts = Counter(m.group(0).lower() for m in words)
    written = Counter(m.group(0) for m in words)
    grammar = slip_words("function_words")
    for match in words:
        word = match.group(0)
        if len(word) < 4 or not word.isalpha() or counts[word.lower()] != 1 or \
                not word[1:].islower() or is_known_word(word.lower()):
            continue
        # a capital that only opens a sentence ('Ofthe many plans') says nothing of a name
        before = article.text[max(0, match.start() - 4):match.start()]
        opening = match.start() == 0 or \
            re.search(r"(?:\n|[.!?][\"”’']?[ \t]+)$", before) is not None
        apart = _written_apart(word, article.text)
        split = apart or _best_split(word, spell, counts, written)
        if split is None and opening:
            split = _opening_split(word, spell, counts, written)
        if split is None:
            continue
        sure = len(word) >= 7 or apart is not None or {p.lower() for p in split} <= grammar
        if sure or _sure_short_split(word, split, article.text):
            yield match, split, sure


def _written_apart(word: str, text: str) -> tuple[str, str] | None:
    """The split of a lower-case ``word`` into two words that the article writes apart
    elsewhere ('postoffice' where it writes 'post office', 'upto' beside 'up to'): the
    article's own spelling shows the space."""
    if not word.islower():
        return None
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        if (len(left) >= 2 or left == "a") and (len(right) >= 2 or right == "a") and \
                re.search(rf"(?<![\w-]){left}[ \t]+{right}(?![\w-])", text, re.I):
            return left, right
    return None


def _sure_short_split(word: str, split: tuple[str, str], text: str) -> bool:
    """True when a short run-together word (under seven letters) is surely two words: both
    parts are small words of grammar ('ofthe', 'upto'), or one is and the other is an
    everyday word ('aswell', 'halfa'), or the article writes the two apart elsewhere."""
    parts = {part.lower() for part in split}
    grammar = slip_words("function_words") | SHORT_WORDS
    if parts <= grammar or _written_apart(word, text) == split:
        return True
    spell = spellchecker()
    return bool(parts & grammar) and all(
        part in grammar or spell.word_usage_frequency(part) >= EVERYDAY for part in parts)


def _opening_split(word: str, spell, counts: Counter, written: Counter) -> tuple[str, str] | None:
    """The split of a word that opens a sentence, read as if in lower case ('Ofthe' → 'Of',
    'the'), only when both parts are grammar words or one is 'the', 'a', … beside a small
    word: a name may open a sentence too ('Ifill' is no 'If ill')."""
    split = _best_split(word.lower(), spell, counts, written)
    if split is None:
        return None
    parts = set(split)
    grammar = slip_words("function_words") | SHORT_WORDS
    if "a" in parts and not (parts - {"a"}) <= grammar:
        return None  # 'Amore said': a name, not 'a more'
    if parts <= grammar or parts & slip_words("determiners") and parts & grammar:
        return word[:len(split[0])], word[len(split[0]):]
    return None


def _best_split(word: str, spell, counts: Counter, written: Counter) -> tuple[str, str] | None:
    """The most common split of ``word`` into two common words that passes the tests of
    ``run_together``; None when there is none."""
    small = slip_words("function_words")
    best, best_score = None, 0.0
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        parts = (left.lower(), right.lower())
        if "a" in parts and (not word.islower() or
                             spell.word_usage_frequency(parts[cut == 1]) < EVERYDAY):
            continue  # 'halfa', 'alot': a lost 'a' goes only beside an everyday word, and a
            # name is no 'a' and a word ('Amore')
        if len(left) == 1 and left != "a" or len(right) == 1 and right != "a":
            continue
        if not all(part in SHORT_WORDS or part == "a" or (len(part) >= 3 and
                                           spell.word_usage_frequency(part) >= COMMON)
                   for part in parts):
            continue
        # 'underthe', 'thehouse'; 'upto': two words of grammar make no compound
        phrase = bool(set(parts) & slip_words("determiners")) or \
            set(parts) <= small | SHORT_WORDS
        if not phrase and (parts[0] in slip_words("compound_heads") or
                           parts[1] in slip_words("compound_tails")):
            continue
        grammar = bool(small & set(parts)) and not word[:1].isupper()
        used = any(written[part] >= 1 and len(part) >= 4 for part in (left, right))
        if not (grammar or used):
            continue
        score = min(spell.word_usage_frequency(part) for part in parts)
        if score > best_score:
            best, best_score = (left, right), score
    return best

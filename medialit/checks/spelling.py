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
from medialit.checks.spans import where
from medialit.checks.words import (british_endings, british_spellings, calendar_names,
                                   common_misspellings, load_usage, two_spellings, word_set)
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
    if word in common_misspellings():
        return False
    spell = spellchecker()
    if word in spell or word in british_spellings():
        return True
    variants = {word}
    for ending in word_set("word_endings"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if _doubles_its_last_letter(stem, ending):
                continue  # 'occured': the list writes 'occurred', so one 'r' is a slip
            variants.update({stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem})
            if ending[0] in "aeiouy":
                variants.add(stem + "e")  # 'hoping' is 'hope' + 'ing'; before a consonant
                # English keeps the e ('management', 'likely'): 'managment' is a slip
    for variant in list(variants):
        for pattern, replacement in british_endings():
            variants.add(pattern.sub(replacement, variant))
        variants.add(variant.replace("our", "or"))
    return any(variant in spell or variant in british_spellings() for variant in variants)


def _doubles_its_last_letter(stem: str, ending: str) -> bool:
    """True when English doubles the stem's last letter before a vowel ending and the word
    list has that form, common, while it lacks the stem with the ending as written ('occur' +
    'ed' is 'occurred', 'admit' + 'ing' is 'admitting'): the single letter is a slip."""
    if ending[:1] not in ("e", "i") or len(stem) < 3 or stem[-1] in "aeiouwxy" or \
            stem[-2] not in "aeiou" or stem[-3] in "aeiou":
        return False
    doubled = stem + stem[-1] + ending
    spell = spellchecker()
    return doubled in spell and spell.word_usage_frequency(doubled) >= 1e-6


def british_spelling(word: str) -> bool:
    """True for a British spelling of an English word that the American word list lacks
    ("neighbours", "organise", "jewellery"); False for a word the list has.

    >>> british_spelling("organise"), british_spelling("organize"), british_spelling("orgnaise")
    (True, False, False)
    """
    spell = spellchecker()
    if word in spell or not word.isalpha():
        return False
    endings = ("s", "es", "ed", "ing", "ly")
    if word in british_spellings() or any(word[: -len(e)] in british_spellings()
                                          for e in endings if word.endswith(e)):
        return True
    forms = {pattern.sub(replacement, word) for pattern, replacement in british_endings()}
    forms.add(word.replace("our", "or"))
    return any(form != word and (form in spell or _regular_form(form)) for form in forms)


def _british_neighbours(word: str) -> list[str]:
    """British spellings one edit from ``word`` ('neighbuors' → 'neighbours', 'orgnaise' →
    'organise'), which the American word list cannot offer."""
    spell = spellchecker()
    return sorted(w for w in spell.edit_distance_1(word) if w != word and len(w) >= 5 and
                  british_spelling(w) and _american_frequency(w) >= 1e-6)


def _american_frequency(word: str) -> float:
    """How common the American form of a British spelling is (1.0 for a word of the British
    list, which is common enough to be listed)."""
    if word in british_spellings():
        return 1.0
    spell = spellchecker()
    forms = {pattern.sub(replacement, word) for pattern, replacement in british_endings()}
    forms.add(word.replace("our", "or"))
    return max(spell.word_usage_frequency(form) for form in forms)


def _keeps_letters(word: str, meant: str) -> bool:
    """True when every letter typed is in ``meant`` in order: two letters swapped or one
    left out ('neighbuors' → 'neighbours', 'colur' → 'colour'), not one typed wrong."""
    if len(meant) == len(word):
        return _two_letters_swapped(word, meant)
    return len(meant) == len(word) + 1 and any(meant[:i] + meant[i + 1:] == word
                                                 for i in range(len(meant)))


def _writes_british(text: str) -> int:
    """How many more British than American spellings the article has (negative: American)."""
    systems = load_usage()["spelling_systems"]
    words = re.findall(r"\b[a-z]{4,}\b", text)
    british = sum(w in systems["british_words"] or british_spelling(w) for w in words)
    american = sum(w in systems["american_words"] or
                   (re.search(r"iz(e|ed|es|ing|ation|ations)$", w) is not None and
                    british_spelling(w.replace("iz", "is"))) for w in words)
    return british - american


@rule("spelling.unknown-word", "spelling", "error",
      "a word missing from the English word list (US or British), or a rare word one letter "
      "away from a common one")
def unknown_words(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Words that are not English, or a rare word one letter away from a word the article
    uses ("ballon" beside "balloon").

    An error must be near-certain, so a word is circled only when it looks like a slip of the
    fingers, not a word the list lacks: typing slips rarely change a word's first letter, and a
    different last letter usually makes another form of a word ("masse", "fundraised"); short
    words (4 letters or fewer) have too many neighbours to tell a clipping ("tech") from a slip;
    a word with several English neighbours ("tased": taxed, taped, tamed) may be meant as any of
    them, or be a word the list lacks, unless exactly one of them is written elsewhere in the
    article ("importent" beside "important"; "realy" beside "really", not "relay"), or exactly
    one has two neighbouring letters swapped, the commonest slip ("recieve": receive, not
    relieve), or exactly one is the word with a letter left out ("temporarly": temporarily,
    not temporary); a hyphenated word of English parts ("loop-hole") is a choice of hyphens
    (``terms.hyphenated``); a rare word that is a regular form of a known word ("derided",
    "balking") is English; and a British spelling is as common as its American form
    ("mould" is no rare word beside "mound")."""
    spell = spellchecker()
    text = article.text
    counts: dict[str, int] = {}
    for match in re.finditer(r"[A-Za-z][\w’'-]*", text):
        counts[match.group(0).lower()] = counts.get(match.group(0).lower(), 0) + 1
    vocabulary = set(counts)
    for match in re.finditer(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z](?![\w’'-])", text):
        word = match.group(0).replace("’", "'")
        if len(word) < 5 or counts.get(match.group(0).lower(), 0) > 1 or "'" in word:
            continue
        if not is_known_word(word):
            neighbours = [w for w in spell.candidates(word) or () if w != word and
                          _slip_of_the_fingers(word, w) and
                          (spell.word_usage_frequency(w) >= 5e-7 or w in vocabulary or
                           len(word) >= LONG_SLIP and _keeps_letters(word, w))]
            neighbours = _with_british(word, neighbours, text) or _doubling_moved(word)
        elif word_frequency(word) < 1e-7 and "-" not in word and not _regular_form(word) and \
                not _prefixed(word):
            neighbours = [w for w in spell.edit_distance_1(word) if w in vocabulary and
                          _slip_of_the_fingers(word, w) and
                          spell.word_usage_frequency(w) > 100 * spell.word_usage_frequency(word)]
        else:
            continue
        swaps = [w for w in neighbours if _two_letters_swapped(word, w)]
        used = [w for w in neighbours if w in vocabulary]
        if len(neighbours) > 1 and len(used) == 1 and not is_known_word(word):
            neighbours = used  # 'importent': important or impotent? The one the article uses
        elif len(neighbours) > 1 and len(swaps) == 1 and not is_known_word(word):
            neighbours = swaps  # 'recieve': receive or relieve? Two letters swapped is the slip
        elif len(neighbours) > 1 and not is_known_word(word) and \
                word not in common_misspellings():  # a listed slip is named as common there
            left_out = [w for w in neighbours if len(w) == len(word) + 1 and _keeps_letters(word, w)]
            if len(left_out) == 1:
                neighbours = left_out  # 'temporarly': temporarily or temporary? A letter
                # left out is the commoner slip than one typed in
        if len(neighbours) == 1 or (neighbours and is_known_word(word)):
            suggestion = max(neighbours, key=spell.word_usage_frequency)
            yield Spot(match.start(), match.end(),
                       f"“{match.group(0)}” looks like a typo. Did the writer mean “{suggestion}”?",
                       suggestion)
    yield from _capitalised_slips(text, counts)


# a word this long that is no English, with a letter left out of a word of the list or two
# swapped, is a slip even when the word meant is rare in print ('accountabilty')
LONG_SLIP = 9
# a word that opens a sentence is read as in lower case only when the word meant is common
OPENER_COMMON = 2e-6


def _capitalised_slips(text: str, counts: dict[str, int]) -> Iterator[Spot]:
    """Capitalised words that are no English and no name: a day or a month with two letters
    swapped or one left out ('Wendesday', 'Janaury', 'Thrusday'), anywhere; and a long word
    that opens a sentence, written once, that is a common word with two letters swapped or
    one left out ('Residnets say …'). A name keeps its own spelling, so any other capitalised
    word is left alone; a word written twice is the article's own, and a listed slip
    ('Occured') is spelling.common-misspelling's to name."""
    spell = spellchecker()
    for match in re.finditer(r"(?<![\w’'-])[A-Z][a-z]{4,}(?![\w’'-])", text):
        written = match.group(0)
        word = written.lower()
        if counts.get(word, 0) > 1 or word in common_misspellings() or is_known_word(word):
            continue  # (a listed slip is spelling.common-misspelling's to name)
        # (not a letter added, nor a last letter changed: 'Augusta', 'Frida' are names)
        days = [name for name in calendar_names() if _keeps_letters(word, name) and
                _slip_of_the_fingers(word, name)]
        if len(days) == 1:
            meant = days[0]
        elif _opens_sentence(text, match.start()) and len(word) >= 6:
            common = [w for w in spell.candidates(word) or () if w != word and
                      _slip_of_the_fingers(word, w) and _keeps_letters(word, w) and
                      spell.word_usage_frequency(w) >= OPENER_COMMON]
            if len(common) != 1:
                continue
            meant = common[0]
        else:
            continue
        meant = meant[:1].upper() + meant[1:]
        yield Spot(match.start(), match.end(),
                   f"“{written}” looks like a typo. Did the writer mean “{meant}”?", meant)


def _opens_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a paragraph or a sentence (after a full stop,
    a question or exclamation mark, perhaps with a quotation mark between)."""
    before = text[:start].rstrip(" \t\"“‘'")
    return not before or before.endswith(("\n", ".", "?", "!")) and \
        not re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|No)\.$", before)


def word_frequency(word: str) -> float:
    """How common a word is; for a British spelling, how common its American form is
    ('mould' is as common as 'mold', though the American list lacks it)."""
    spell = spellchecker()
    if word in spell:
        return spell.word_usage_frequency(word)
    return _american_frequency(word) if british_spelling(word) else 0.0


def _with_british(word: str, neighbours: list[str], text: str) -> list[str]:
    """The neighbours of a misspelt word, with its British neighbours ('neighbuors':
    'neighbours' beside 'neighbors'). When both systems offer one, the article's own system
    decides; in an article that shows neither, the neighbour that keeps every letter typed
    ('colur' → 'colour', not 'color')."""
    british = [w for w in _british_neighbours(word) if _slip_of_the_fingers(word, w)]
    if not british:
        return neighbours
    if not neighbours:
        return british
    leaning = _writes_british(text)
    if leaning:
        return british if leaning > 0 else neighbours
    kept = [w for w in british + neighbours if _keeps_letters(word, w)]
    return kept or neighbours


def _doubling_moved(word: str) -> list[str]:
    """Common words that double another letter than ``word`` does ('reccomended' →
    'recommended', 'tommorow' → 'tomorrow', 'neccesary' → 'necessary'): which letter is
    doubled is the commonest slip in a long word, and two edits away no list offers it."""
    spell = spellchecker()
    found = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            continue
        single = word[:i] + word[i + 1:]
        for j in range(1, len(single) - 1):
            if abs(j - i) > 0 and single[j].isalpha() and single[j] not in "aeiouy" and \
                    single[j] != single[j - 1] and single[j] != single[j + 1]:
                meant = single[:j + 1] + single[j] + single[j + 1:]
                if meant in spell and spell.word_usage_frequency(meant) >= 1e-6:
                    found.add(meant)
    return sorted(found)


def _two_letters_swapped(word: str, meant: str) -> bool:
    """True when ``word`` is ``meant`` with two neighbouring letters swapped ('recieve')."""
    differ = [i for i, (a, b) in enumerate(zip(word, meant)) if a != b]
    return len(word) == len(meant) and len(differ) == 2 and differ[1] == differ[0] + 1 and \
        word[differ[0]] == meant[differ[1]] and word[differ[1]] == meant[differ[0]]


def _slip_of_the_fingers(word: str, meant: str) -> bool:
    """True when ``word`` differs from ``meant`` only inside the word: same first letter, same
    last letter (a changed ending is another form of a word more often than a slip)."""
    return word[0] == meant[0] and word[-1] == meant[-1]


def _prefixed(word: str) -> bool:
    """True when a known word is a common word with a prefix ('resit', 'unmask'): rare in
    print, but a word of its own, not a slip of the commoner word beside it ('reset')."""
    return any(word.startswith(prefix) and len(word) - len(prefix) >= 3 and
               word_frequency(word[len(prefix):]) >= 1e-6
               for prefix in ("re", "un", "pre", "co", "mis", "over", "under", "out"))


def _regular_form(word: str) -> bool:
    """True when ``word`` is a known word with a regular ending ("derided", "balking")."""
    spell = spellchecker()
    for ending in ("ing", "ed", "d", "s", "es", "er", "ers"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            doubled = stem[:-1] if stem[-1:] == stem[-2:-1] else stem
            if any(base in spell for base in (stem, stem + "e", doubled) if base != word):
                return True
    return False


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


def american_forms(word: str) -> set[str]:
    """The American spellings a British spelling may stand for ('snowplough' → 'snowplow',
    'colours' → 'colors', 'travelled' → 'traveled'); empty for a word no pattern changes.

    >>> sorted(american_forms("colour")), sorted(american_forms("travelled"))
    (['color'], ['traveled'])
    """
    patterns, words, _ = two_spellings()
    forms = {words[word]} if word in words else set()
    forms |= {pattern.sub(american, word, count=1) for pattern, american in patterns}
    return forms - {word}


def _spelled_two_ways(article: Article) -> Iterator[tuple[re.Match, re.Match, str]]:
    """Each place where the article writes a word in the rarer of two spellings it uses
    ('snowplough' once, 'snowplow' three times), with the first place of the other spelling
    and which system the odd one is ("British" or "American"). Only words in lower case: a
    name keeps its own spelling ('Pearl Harbor' in a British report on harbours). With as
    many of each, the odd ones are those of the system the article uses less, or the later."""
    _, _, different = two_spellings()
    places: dict[str, list[re.Match]] = {}
    for match in re.finditer(r"(?<![\w’'-])[a-z]{4,}(?![\w’'-])", article.text):
        places.setdefault(match.group(0), []).append(match)
    leaning = None
    for british in sorted(places):
        # the other form singular or plural ('snowplough' beside 'snowplows')
        forms = american_forms(british)
        forms |= {form + "s" for form in forms} | {form[:-1] for form in forms
                                                   if form.endswith("s")}
        for american in sorted(forms & set(places)):
            if not is_known_word(american) or any(
                    frozenset((one, other)) in different for one in _singulars(british)
                    for other in _singulars(american)):
                continue
            mine, theirs = places[british], places[american]
            if len(mine) == len(theirs):
                leaning = _writes_british(article.text) if leaning is None else leaning
                odd_is_british = leaning < 0 if leaning else mine[0].start() > theirs[0].start()
            else:
                odd_is_british = len(mine) < len(theirs)
            odd, other = (mine, theirs) if odd_is_british else (theirs, mine)
            shown = next((m for m in other if article.paragraph_index(m.start()) > 0), other[0])
            for match in odd:
                yield match, shown, "British" if odd_is_british else "American"


def _singulars(word: str) -> set[str]:
    return {word, word[:-1]} if word.endswith("s") else {word}


@rule("spelling.two-spellings", "inconsistent-term", "warning",
      "one word spelled two ways in one article ('snowplow' and 'snowplough')")
def two_spellings_of_a_word(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'snowplow' three times and 'snowplough' once: the same word in its American and its
    British spelling (-or/-our, -ize/-ise, -er/-re, -se/-ce, one l or two, and words of their
    own such as 'gray'/'grey'). The rarer spelling is circled. Two words that only look like
    one ('licence' and 'license' in British English) are listed apart in two_spellings.json."""
    for odd, other, system in _spelled_two_ways(article):
        there, here = where(article, other.start()), where(article, odd.start())
        said = f"Elsewhere in {here} the article writes" if there == here else \
            f"{there[:1].upper()}{there[1:]} writes"
        yield Spot(odd.start(), odd.end(),
                   f"{said} “{other.group(0)}”; here ({here}) it is “{odd.group(0)}”, the "
                   f"{system} spelling of the same word. Which spelling does the report use?",
                   other.group(0), ((other.start(), other.end()),))


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
    # one word spelled both ways is spelling.two-spellings' to name
    taken = {odd.start() for odd, _, _ in _spelled_two_ways(article)}
    minority, system = (british, "American") if len(american) > len(british) else (american, "British")
    other = "British" if system == "American" else "American"
    for match in (m for m in minority if m.start() not in taken):
        yield Spot(match.start(), match.end(),
                   f"The article uses {system} spelling elsewhere, but “{match.group(0)}” is "
                   f"spelled the {other} way. Pick one and keep to it.")

"""A person or a term written once with other letters: 'Okoro said' after 'Sandra Okafor',
'a good-waste service' in an article about food-waste collections.

Each rule reads the article's own names and terms: what the article introduces or repeats is
taken to be right, and a near form used once, where only that one could be meant, is the odd
one out.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.slips import EVERYDAY, near_terms, one_edit_apart
from medialit.checks.spelling import is_known_word, spellchecker
from medialit.lexicons import load_given_names
from medialit.model import Quote
from medialit.people import is_country_name, load_affiliation_tables, name_chains

# words that stand before a surname alone ('Mrs Rawal'), and verbs that follow one ('Okoro
# said'): the places where a news story gives a person it has already introduced
TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|"
                          r"Mayor|Sgt|Sergeant|Det|Detective|Insp|Inspector|Supt|Capt|Captain|"
                          r"Lt|Lieutenant|Col|Colonel|Gen|Cmdr|Commander|Constable|PC|Officer|"
                          r"Deputy|Trooper|Judge|Justice|Sen|Senator|Rep|Gov|Governor|Coach|Rev)"
                          r"\.?[ \u00a0]+$")
SAID_AFTER = re.compile(r"(?:[’']s)?[ \u00a0]+(?:said|says|told|added|adds|explained|argued|"
                        r"claimed|insisted|warned|wrote|replied|agreed|admitted|believes|"
                        r"thinks|hopes|wants|accepted|denied|conceded|stressed)\b")
CALENDAR_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December""".split())
SAID_BEFORE = re.compile(r"\b(?:said|says|added|according to)[ \u00a0]+$")
SURNAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])")
OFTEN = 4  # how often a noun is written to be the article's term wherever it first comes
ALIKE = 0.7  # how alike (difflib's ratio) a surname alone and an introduced one must be
NEAR = 0.6  # how alike they must be with the same first letter ('Hoyle', 'Hale')


@rule("terms.surname-respelt", "inconsistent-term", "warning",
      "a surname given alone ('Okoro said') that no one in the article has, close to the "
      "surname of someone introduced ('Sandra Okafor')")
def surnames_respelt(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Okoro said …' where the article introduced 'Sandra Okafor' and no Okoro: a news
    story gives a surname alone only for someone it has named in full, so a surname alone that
    belongs to no one named is another's surname misspelt. Circled when exactly one person
    introduced earlier has a surname much like it (``_may_be``: much alike, or, when the title
    fits the person, half remembered or alike at its start: 'Mr Hoyle' for 'Neil Hale',
    'Insp. Fairbank' for 'Inspector Mark Fairley'); the surname alone stands where a person
    is given (after a title, 'Mrs' or 'Mayor', before 'said'), every time it is
    written, and is no plural ('Officials said') and no country or capital ('Moscow said'). A
    surname that is an English word ('Price' for 'Pryce') is a name there too. Names one
    letter apart that are no English word are ``terms.name-spelled-twice``'s."""
    text = article.text
    chains = name_chains(article)
    full_names = {tuple(words) for words in chains.values() if len(words) >= 2 and
                  not TITLE_BEFORE.search(words[0] + " ")}  # 'Miss Fenton' introduces no one
    given = {word for words in full_names for word in words}
    alone: dict[str, list[re.Match]] = {}
    for match in SURNAME.finditer(text):
        alone.setdefault(match.group(0), []).append(match)
    for word, places in alone.items():
        if word in given or len(word) < 4 or len(places) > 2 or \
                not all(_stands_alone(article, place) for place in places):
            continue
        first = places[0]
        title = _title_before(text, first.start())
        introduced = [words for words in full_names if words[-1] != word and
                      _first_use(text, words) < first.start() and
                      _may_be(word, title, words, _titles_of(text, words))]
        meant = {words[-1] for words in introduced}
        if len(meant) != 1 or _taken_by_name_spelled_twice(word, next(iter(meant))):
            continue
        surname = next(iter(meant))
        person = " ".join(next(words for words in introduced if words[-1] == surname))
        where_first = _first_use(text, person.split())
        for place in places:
            yield Spot(place.start(), place.end(),
                       f"No one called “{word}” is introduced in the article, but "
                       f"{person} is. Is “{word}” {person} with the surname misspelt? A name "
                       "should be spelled the same way every time.", surname,
                       ((where_first, where_first + len(person)),))


def _may_be(word: str, title: str, words: tuple[str, ...], titles: set[str]) -> bool:
    """True when a surname alone, under ``title`` ('' when none), may be the introduced
    person ``words`` with the surname misspelt: much alike (``_alike``); or with the same
    first letter and most letters alike (``NEAR``: 'Hoyle said' for 'Neil Hale'), under no
    title or one that fits the person; or half remembered under a title that fits (the title
    the article gives them, 'Inspector Fairbank' for 'Inspector Mark Fairley'; or one of
    their sex, 'Mr Hoyle'): the title narrows who can be meant, and a title that fits someone
    else ('Mr Reade' for 'Fiona Reid', 'Mayor Hoyle') says it is another person."""
    surname = words[-1]
    same_title = bool(title) and title in titles
    if _alike(word, surname, same_title):
        return True
    fits = same_title or _title_fits(title, words)
    if title and not fits:
        return False
    ratio = difflib.SequenceMatcher(None, word, surname).ratio()
    return fits and _misremembered(word, surname) or word[0] == surname[0] and ratio >= NEAR


def _titles_of(text: str, words: tuple[str, ...]) -> set[str]:
    """The titles the article writes before a person: before the full name ('Inspector Mark
    Fairley') and before the surname alone ('Mr Hale')."""
    places = [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w-])",
                                             text)]
    return {_title_before(text, place) for place in [_first_use(text, words), *places]} - {""}


def _alike(word: str, surname: str, same_title: bool) -> bool:
    """True when a surname alone may be an introduced surname misspelt: the same first letter
    and much the same letters (``ALIKE``), or the first four letters ('Whitford',
    'Whitlock'); under the title the introduced person has ('Mayor Pereira' after 'Mayor Luis
    Ferreira': a town has one mayor) the first letter may differ."""
    ratio = difflib.SequenceMatcher(None, word, surname).ratio()
    if word[0] != surname[0]:
        return same_title and ratio >= ALIKE
    return ratio >= ALIKE or len(word) >= 6 and word[:4] == surname[:4] and ratio >= 0.6


def _misremembered(word: str, surname: str) -> bool:
    """True when a surname alone may be an introduced surname half remembered: both five
    letters or more, the same first three letters and lengths within one ('Fenton',
    'Fenwick'; 'Ashdown', 'Ashford')."""
    return min(len(word), len(surname)) >= 5 and word[:3] == surname[:3] and \
        abs(len(word) - len(surname)) <= 1


def _title_fits(title: str, words: tuple[str, ...]) -> bool:
    """True when the title before a surname alone says the person's sex ('Miss', 'Mr') and
    the introduced person's first name is one of that sex ('Chloe'): then 'Miss Fenton' can
    only be Chloe Fenwick."""
    sex = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(title)
    return sex is not None and len(words) >= 2 and load_given_names().get(words[0]) == sex


# a title's short form and its full form are one title ('Sgt Holmes', 'Sergeant Amy Holden')
TITLE_FORMS = {"prof": "professor", "cllr": "councillor", "sgt": "sergeant", "det": "detective",
               "insp": "inspector", "supt": "superintendent", "capt": "captain",
               "cmdr": "commander", "pc": "constable",
               "lt": "lieutenant", "col": "colonel", "gen": "general", "sen": "senator",
               "rep": "representative", "gov": "governor"}


def _title_before(text: str, start: int) -> str:
    """The title just before a name ('Mayor', 'Sergeant' for 'Sgt'), in full and in small
    letters; '' when none."""
    found = TITLE_BEFORE.search(text[max(0, start - 20):start])
    title = found.group(0).strip().rstrip(".").lower() if found else ""
    return TITLE_FORMS.get(title, title)


def _first_use(text: str, words: list[str] | tuple[str, ...]) -> int:
    """Where a full name is first written (its words with spaces between), or the end."""
    found = re.search(r"[ \u00a0]+".join(map(re.escape, words)), text)
    return found.start() if found else len(text)


def _stands_alone(article: Article, place: re.Match) -> bool:
    """True when a capitalised word stands where a story gives a person already introduced:
    after a title ('Mrs Rawal'), before 'said' ('Okoro said') or after it at a sentence's end
    ('said Okoro.', 'according to Okoro,'), or owning what opens a sentence ('Okoro’s two
    goals'), with no first name before it and no capitalised
    word after it, outside the headline; not a plural, a people ('Britons'), a country or a
    day or month ('said Monday.')."""
    text = article.text
    if article.paragraph_index(place.start()) == 0:
        return False
    before = text[max(0, place.start() - 20):place.start()]
    titled = TITLE_BEFORE.search(before) is not None
    said = SAID_AFTER.match(text, place.end()) is not None or \
        SAID_BEFORE.search(before) is not None and re.match(r"[.,]", text[place.end():])
    # 'Murrow’s two goals …' opening a sentence: a person's deeds, given by the surname
    owning = re.match(r"[’']s[ \u00a0]+[a-z]", text[place.end():]) is not None and \
        re.search(r"(?:^|[.!?”\"] |\n)$", text[:place.start()]) is not None
    if not (titled or said or owning) or place.group(0) in CALENDAR_WORDS:
        return False
    if not titled and re.search(r"[A-Z][\w’'-]*[ \u00a0]+$", before):
        return False  # a first name or another capitalised word before it
    if re.match(r"[ \u00a0]+[A-Z]", text[place.end():]):
        return False
    span = article.doc.char_span(place.start(), place.end(), alignment_mode="expand")
    countries = load_affiliation_tables()["countries"]
    return not is_country_name(place.group(0), countries) and \
        (span is None or span[0].tag_ not in ("NNS", "NNPS") and span[0].ent_type_ != "NORP")


def _taken_by_name_spelled_twice(word: str, surname: str) -> bool:
    """True when two names one letter apart are both no English word: the older rule
    (``terms.name-spelled-twice``) speaks of them."""
    if is_known_word(word.lower()) or is_known_word(surname.lower()) or \
            len(word) != len(surname) or word[0] != surname[0]:
        return False  # that rule keeps the first letter ('Lorensen', 'Sorensen' are this one's)
    return sum(a != b for a, b in zip(word, surname)) == 1



COMPOUND = re.compile(r"(?<![\w’'-])([a-z]{2,})-([a-z]{2,})(?![\w-])")
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty hundred first second third half multi""".split())


@rule("terms.compound-respelt", "inconsistent-term", "warning",
      "a hyphenated term written once with one part a letter away from the article's term "
      "('good-waste' for 'food-waste')")
def compounds_respelt(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'a good-waste service' in an article about food-waste collections, 'a consultant-lead
    unit' beside 'consultant-led unit': a hyphenated term written once, that keeps one part
    of a term the article uses three times or more (with a hyphen or a space: 'food waste'
    counts), or twice before the same word, and has the other part one letter away. Both
    are real words, so no spellchecker circles it. Two forms of one word ('cost-cut',
    'cost-cuts') and number compounds ('one-day', 'one-way') are left alone. The term may open
    a sentence ('Sixth-form students …' beside 'the sixth-from students'); the odd form is in
    small letters, since a name with a hyphen is no term."""
    text = article.text
    lower = text.lower()
    found = list(COMPOUND.finditer(lower if len(lower) == len(text) else text))
    written = Counter(m.group(0) for m in found)
    for odd in found:
        if written[odd.group(0)] != 1 or re.search(rf"\b{odd.group(1)} {odd.group(2)}\b", lower) \
                or not text[odd.start():odd.end()].islower():
            continue
        for term in {m.group(0): m for m in found}.values():
            pair = _one_part_changed(odd, term)
            if pair is None:
                continue
            uses = [m for m in found if m.group(0) == term.group(0)]
            spaced = len(re.findall(rf"\b{term.group(1)} {term.group(2)}\b", lower))
            same_next = {_next_word(text, m.end()) for m in uses} & {_next_word(text, odd.end())}
            if len(uses) + spaced >= 3 or len(uses) >= 2 and same_next - {""}:
                yield Spot(odd.start(), odd.end(),
                           f"Elsewhere the article says “{text[term.start():term.end()]}”; "
                           f"here it says “{odd.group(0)}”, one letter different. Is it the "
                           "same thing? Then it is a slip that no spellchecker catches.",
                           term.group(0), ((term.start(), term.end()),))
                break


def _one_part_changed(odd: re.Match, term: re.Match) -> tuple[str, str] | None:
    """The two parts in which two hyphenated terms differ, when one part is the same and the
    other one letter away and not another form of the same word; else None."""
    if odd.group(0) == term.group(0):
        return None
    for kept, changed in ((1, 2), (2, 1)):
        same, one, other = odd.group(kept), odd.group(changed), term.group(changed)
        if same != term.group(kept) or same in NUMBER_WORDS or min(len(one), len(other)) < 3:
            continue
        if one_edit_apart(one, other) and not _same_word(one, other):
            return one, other
    return None


def _same_word(one: str, other: str) -> bool:
    """True when one word is the other with an ending ('cut', 'cuts'; 'use', 'used')."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter) and longer[len(shorter):] in ("s", "es", "d", "ed", "r",
                                                                   "er", "n", "y")


def _next_word(text: str, end: int) -> str:
    """The word just after a place, in lower case ('' when none)."""
    found = re.match(r"[ \u00a0]+([A-Za-z]+)", text[end:end + 30])
    return found.group(1).lower() if found else ""


@rule("terms.modifier-respelt", "inconsistent-term", "warning",
      "a noun used once to describe another, one letter from a describing noun the article "
      "repeats ('meditation system' beside 'medication errors')")
def modifiers_respelt(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'a new electronic meditation system' in an article about medication errors and
    medication records: a noun that describes the next noun (a compound: '… system'), used
    once, one letter from a noun the article uses at least twice, and at least once in that
    same way. Both are real words, so no spellchecker circles it; a writer who means another
    thing rarely picks a word a letter away from the article's own term. The two start with
    the same letter (slips keep the first letter: 'estate tax' beside 'state law' is meant),
    and are not two forms of one word; the odd one is English but no everyday word ('police
    officers' beside 'policy'). What ``slips.near-term`` circles is left to it. Needs the
    parser."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    spell = spellchecker()
    taken = {spot.start for spot in near_terms(article, quotes)}
    written = Counter(t.lower_ for t in doc if t.is_alpha)
    nouns: dict[str, list] = {}
    for token in doc:
        if token.pos_ == "NOUN" and token.text.islower():
            nouns.setdefault(token.lemma_.lower(), []).append(token)
    for token in doc:
        odd = token.lower_
        if token.dep_ != "compound" or token.pos_ != "NOUN" or not token.text.islower() or \
                len(odd) < 4 or written[odd] != 1 or token.idx in taken or \
                len(nouns.get(token.lemma_.lower(), ())) != 1 or \
                article.paragraph_index(token.idx) == 0 or not is_known_word(odd) or \
                spell.word_usage_frequency(odd) >= EVERYDAY:
            continue  # not a word is spelling's; an everyday word ('police officers') is meant
        for term, uses in nouns.items():
            if len(uses) < 2 or len(term) < 4 or term[0] != odd[0] or \
                    not one_edit_apart(odd, term) or _same_word(odd, term) or \
                    not any(use.dep_ == "compound" for use in uses):
                continue
            every = [t for t in doc if t.lemma_.lower() == term]
            if len(uses) * 2 < len(every):
                continue  # mostly no noun ('read' beside 'head')
            first = next(use for use in uses if use.dep_ == "compound")
            yield Spot(token.idx, token.idx + len(token.text),
                       f"Elsewhere the article says “{first.text} {first.head.text}”; here it "
                       f"says “{token.text} {token.head.text}”, one letter different. Is it "
                       "the same thing? Then it is a slip that no spellchecker catches.", term,
                       ((first.idx, first.idx + len(first.text)),))
            break


@rule("terms.topic-word-respelt", "inconsistent-term", "warning",
      "'the' and a noun used once, one letter from a noun of the article's opening that it "
      "repeats ('the contact' in an article about a contract)")
def topic_words_respelt(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'She said the contact included a break clause' in an article that opens with a
    ten-year contract: 'the' points back to a thing the reader knows, yet the article never
    spoke of a contact; it spoke of its contract, one letter away. Circled when the noun with
    'the' is used once, is English but no everyday word, comes after the opening paragraphs,
    starts with the same letter as the term, is not a form of it and not 'the … of' ('the
    form of'); the term is a noun written at least twice, once in the headline or the first two
    paragraphs; and the two sentences are about the same things (two content words in
    common). What ``slips.near-term`` circles is left to it. Needs the parser."""
    doc, text = article.doc, article.text
    if not doc.has_annotation("DEP") or len(article.paragraphs) < 3:
        return
    spell = spellchecker()
    taken = {spot.start for spot in near_terms(article, quotes)}
    opening_end = article.paragraphs[2].start + len(article.paragraphs[2].text)
    written = Counter(t.lower_ for t in doc if t.is_alpha)
    lemmas = Counter(t.lemma_.lower() for t in doc if t.is_alpha)
    nouns: dict[str, list] = {}
    for token in doc:
        if token.pos_ == "NOUN" and token.text.islower() and not _in_compound(text, token):
            nouns.setdefault(token.lemma_.lower(), []).append(token)
    for token in doc:
        odd = token.lower_
        if token.pos_ != "NOUN" or not token.text.islower() or len(odd) < 4 or \
                written[odd] != 1 or lemmas[token.lemma_.lower()] != 1 or token.idx in taken or \
                article.paragraph_index(token.idx) < 3 or not is_known_word(odd) or \
                spell.word_usage_frequency(odd) >= EVERYDAY or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                re.match(r"[ \u00a0]+of\b", text[token.idx + len(token.text):]):
            continue
        for term, uses in nouns.items():
            if len(uses) < 2 or term[0] != odd[0] or len(term) < 4 or _same_word(odd, term):
                continue
            about = set().union(*(content_words(use.sent) for use in uses))
            shared = content_words(token.sent) & about - {token.lemma_.lower(), term}
            in_opening = any(use.idx < opening_end for use in uses) and \
                one_edit_apart(odd, term) and len(shared) >= 2
            # a term written again and again is the article's wherever it first comes; one
            # word beside both is enough then ('the stalks that sell food' beside 'stalls
            # selling meat')
            repeated = len(uses) >= OFTEN and _one_letter_apart(token, term, uses) and \
                bool(shared) and _same_neighbour(token, uses)
            if not (in_opening or repeated):
                continue
            first = uses[0]
            yield Spot(token.idx, token.idx + len(token.text),
                       f"The article speaks of “{first.text}”, but here it says “the "
                       f"{token.text}”, one letter different, a word it has not used before. "
                       "Is it the same thing? Then it is a slip that no spellchecker catches.",
                       term, ((first.idx, first.idx + len(first.text)),))
            break


def _in_compound(text: str, token) -> bool:
    """True for a word joined to another by a hyphen ('form' in 'sixth-form'): part of
    another term, not the noun itself."""
    return text[token.idx - 1:token.idx] == "-" or \
        text[token.idx + len(token.text):token.idx + len(token.text) + 1] == "-"


def _one_letter_apart(token, term: str, uses: list) -> bool:
    """True when a noun is one letter from a term, as written or in the same number ('the
    stalks' beside 'stalls' and 'a stall'), and not the same word."""
    odd, lemma = token.lower_, token.lemma_.lower()
    return one_edit_apart(odd, term) or one_edit_apart(lemma, term) or \
        any(one_edit_apart(odd, use.lower_) for use in uses)


def _same_neighbour(token, uses: list) -> bool:
    """True when a noun and some use of the term hang on, or carry, one content word
    ('sell' in 'the stalks that sell food' and '38 stalls selling meat')."""
    def neighbours(word) -> set[str]:
        return {t.lemma_.lower() for t in (word.head, *word.children) if t is not word and
                t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN")}
    return bool(neighbours(token) & set().union(*(neighbours(use) for use in uses)))


def content_words(sentence) -> set[str]:
    """The lemmas of a sentence's nouns, verbs, adjectives and names that are not stop words:
    what it is about."""
    return {t.lemma_.lower() for t in sentence if t.is_alpha and not t.is_stop and
            t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN")}

"""Planters of wrong words: a plain misspelling, a real-word slip, a thing or a person named
two ways. Each plants a word the article itself proves wrong, because it writes the same word
or name correctly elsewhere.
"""
from __future__ import annotations

import re

from medialit.checks.spelling import is_known_word, spellchecker
from medialit.checks.words import word_set
from medialit.hunts.places import Site, load_hunt_words
from medialit.hunts.records import Draft
from medialit.people import name_chains

REAL_WORD = 1e-6  # how common (pyspellchecker's frequency) a slip must be to count as a word
LETTERS = "abcdefghijklmnopqrstuvwxyz"
SUFFIX_SLIPS = (("ent", "ant"), ("ant", "ent"), ("ence", "ance"), ("ance", "ence"),
                ("able", "ible"), ("ible", "able"), ("ary", "ery"), ("ery", "ary"))
WORD_ENDINGS = (("ement", "ment"), ("ument", "uement"), ("gment", "gement"), ("ful", "full"),
                ("ssion", "sion"), ("ously", "usly"), ("ately", "atly"))
VOWEL_SLIPS = {"a": "e", "e": "a", "o": "u", "u": "o", "i": "y", "y": "i"}


def misspellings(word: str) -> list[str]:
    """The typical misspellings of a word that are not English words: a doubled letter
    written once ("committee" → "comittee"), "ie" and "ei" swapped, a look-alike ending
    ("independent" → "independant"); two inner letters swapped only when none of these
    applies.

    >>> misspellings("necessary")
    ['necesary', 'necessery']
    """
    found = [word[:i] + word[i + 1:] for i in range(1, len(word) - 1) if word[i] == word[i + 1]]
    found += [word.replace(a, b, 1) for a, b in (("ie", "ei"), ("ei", "ie")) if a in word[1:]]
    found += [word[:-len(a)] + b for a, b in SUFFIX_SLIPS
              if word.endswith(a) and len(word) > len(a) + 3]
    found += [word[:-len(a)] + b for a, b in WORD_ENDINGS
              if word.endswith(a) and len(word) > len(a) + 2]
    if not found and len(word) >= 7:
        found = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 3)
                 if word[i] != word[i + 1]]
    spell = spellchecker()
    return [typo for typo in dict.fromkeys(found)
            if not is_known_word(typo) and spell.word_usage_frequency(typo) == 0]


def plant_misspellings(site: Site) -> list[Draft]:
    """spelling: a word of five letters or more that the article writes at least twice,
    misspelt once (outside quotation marks). The evidence is the word spelt right."""
    drafts = []
    for word, spots in site.words.items():
        everywhere = site.all_words[word]
        if len(word) < 5 or len(everywhere) < 2:
            continue
        typos = misspellings(word)
        for spot in spots:
            token = site.token_at(spot.start)
            if not typos or not spot.text.islower() or token is None or token.pos_ == "PROPN":
                continue
            typo = typos[spot.start % len(typos)]
            alike = [s for s in everywhere if s.text == spot.text and s.start != spot.start]
            evidence = _nearest(alike or everywhere, spot)
            written = "" if evidence.text == spot.text else f" (“{evidence.text}”)"
            drafts.append(Draft(
                planter="misspelling", kind="spelling", edit=spot, replacement=typo,
                flag=(spot.start, spot.start + len(typo)), reach=site.reach(spot.start, spot.end),
                related=(evidence,),
                explanation=(f"A spelling mistake: the word is “{spot.text}”, as the article "
                             f"spells it in {site.place(evidence.start)}{written}."),
                correction=spot.text, check=None,
                hint="Find the same word somewhere else in the article and compare the "
                     "spelling letter by letter."))
    return drafts


def _nearest(spans, spot):
    """The other occurrence of a word nearest to ``spot``: the evidence a student compares."""
    others = [span for span in spans if span.start != spot.start]
    return min(others, key=lambda span: abs(span.start - spot.start))


def is_inflection(one: str, other: str) -> bool:
    """True when one word is the other with an ending ("vote", "votes", "voted", "voter"), or
    its plural ("woman", "women")."""
    shorter, longer = sorted((one, other), key=len)
    stem = shorter[:-1] if shorter.endswith("e") else shorter
    plural = {one, other} == {one[:-3] + "man", one[:-3] + "men"}
    return plural or (longer.startswith(stem) and len(longer) - len(stem) <= 3)


def is_spelling_variant(one: str, other: str) -> bool:
    """True when two words may be one word spelt two accepted ways: they differ by an "e" or
    a "u" ("judgment", "judgement"; "color", "colour") or by a doubled letter ("traveled",
    "travelled")."""
    shorter, longer = sorted((one, other), key=len)
    if len(longer) != len(shorter) + 1:
        return False
    for i, letter in enumerate(longer):
        if longer[:i] + longer[i + 1:] == shorter:
            doubled = (i and longer[i - 1] == letter) or longer[i + 1:i + 2] == letter
            if letter in "eu" or doubled:
                return True
    return False


def real_word_slips(word: str, used: set[str]) -> list[str]:
    """Common English words one letter or one swap away from ``word`` ("union" → "onion"),
    not an ending of it and not a word the article already uses; the commonest first."""
    spell, stop = spellchecker(), word_set("stop_words")
    edits = {word[:i] + word[i + 1:] for i in range(len(word))}
    edits |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in LETTERS}
    edits |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in LETTERS}
    edits |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    frequency = spell.word_frequency.dictionary  # looked up directly: tens of thousands of edits
    total = spell.word_frequency.total_words
    slips = [edit for edit in edits if frequency.get(edit, 0) >= REAL_WORD * total
             and len(edit) >= 4 and edit != word and edit not in used and edit not in stop
             and not is_inflection(word, edit) and not is_spelling_variant(word, edit)]
    return sorted(slips, key=lambda edit: (-spell.word_usage_frequency(edit), edit))


def plant_slips(site: Site) -> list[Draft]:
    """inconsistent-term (also a spelling mistake): a noun the article uses at least twice,
    written once as a real word one letter away ("union" → "onion"), or a two-word term used
    twice with its second word cut to a shorter real word ("spy balloon" → "spy ball"). A
    spellchecker passes both; the article's other uses of the term give them away."""
    drafts = []
    used = set(site.all_words)
    for word, spots in site.words.items():
        # a capitalised use is often a name ("Bill" Clinton is no "bill"): only lower-case
        # uses show that the article repeats the word as a term
        everywhere = [spot for spot in site.all_words[word] if spot.text.islower()]
        if len(word) < 4 or len(everywhere) < 2:
            continue
        slips = None
        for spot in spots:
            token = site.token_at(spot.start)
            if token is None or token.pos_ != "NOUN" or not spot.text.islower() or \
                    (token.i and token.nbor(-1).lower_ == "per"):  # "per cent" is one term
                continue
            slips = real_word_slips(word, used) if slips is None else slips
            if slips:
                slip = slips[spot.start % min(len(slips), 2)]
                drafts.append(_slip_draft(site, spot, slip, _nearest(everywhere, spot),
                                          "one letter different"))
    return drafts + _cut_terms(site, used)


def _cut_terms(site: Site, used: set[str]) -> list[Draft]:
    """"spy balloon" twice: one "spy ball" (the second word cut to a real word)."""
    spell, stop = spellchecker(), word_set("stop_words")
    terms: dict[tuple[str, str], list] = {}
    for match in re.finditer(r"(?<![\w’'-])([A-Za-z][a-z]+) ([a-z]{6,})(?![\w’'-])", site.text):
        if match.group(1).lower() not in stop and match.group(2) not in stop:
            terms.setdefault((match.group(1).lower(), match.group(2)), []).append(match)
    drafts = []
    for (_, second), matches in terms.items():
        cut = next((second[:n] for n in range(len(second) - 2, 3, -1)
                    if spell.word_usage_frequency(second[:n]) >= REAL_WORD
                    and not is_inflection(second, second[:n]) and second[:n] not in used), None)
        if len(matches) < 2 or cut is None:
            continue
        for match in matches:
            spot = site.span(match.start(2), match.end(2))
            token = site.token_at(spot.start)
            if site.in_quote(spot.start, spot.end) or token is None or token.pos_ != "NOUN":
                continue
            evidence = next(m for m in matches if m is not match)
            drafts.append(_slip_draft(site, spot, cut, site.span(evidence.start(), evidence.end()),
                                      "cut short"))
    return drafts


def _slip_draft(site: Site, spot, slip: str, evidence, how: str) -> Draft:
    return Draft(
        planter="slip", kind="inconsistent-term", edit=spot, replacement=slip,
        flag=(spot.start, spot.start + len(slip)), reach=site.reach(spot.start, spot.end),
        related=(evidence,), other_kinds=("spelling",),
        explanation=(f"In {site.place(evidence.start)} the article says “{evidence.text}”; "
                     f"here the word is “{slip}”, {how}. “{slip}” is a real word, so a "
                     "spellchecker will not catch it, but it does not fit the sentence."),
        correction=spot.text,
        hint="Read the sentence slowly: does every word make sense? Compare it with the same "
             "idea elsewhere in the article.")


def plant_renamings(site: Site) -> list[Draft]:
    """inconsistent-term: the same thing or person named two ways. A name of two words or
    more that the article writes twice gets its last word changed once ("Holtmere Residents’
    Association" → "… Alliance", from ``hunt_words.json``); a surname the article writes
    twice is respelt once ("Kettle" → "Ketle")."""
    return _renamed_things(site) + _respelt_surnames(site)


def _renamed_things(site: Site) -> list[Draft]:
    heads = load_hunt_words()["name_heads"]
    drafts, seen = [], set()
    for entity in site.article.entities:
        name = entity.text
        if entity.label_ not in ("ORG", "FAC", "GPE", "LOC", "EVENT") or len(entity) < 2 or \
                name in seen or entity[-1].text not in heads:
            continue
        seen.add(name)
        places = [m for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", site.text)]
        if len(places) < 2:
            continue
        first = site.span(places[0].start(), places[0].end())
        for match in places[1:]:
            head_start = match.end() - len(entity[-1].text)
            spot = site.span(head_start, match.end())
            if site.in_quote(match.start(), match.end()):
                continue
            new = heads[spot.text]
            renamed = name[:len(name) - len(spot.text)] + new
            drafts.append(Draft(
                planter="renamed", kind="inconsistent-term", edit=spot, replacement=new,
                flag=(head_start, head_start + len(new)),
                reach=site.reach(match.start(), match.end()),
                related=(first,),
                explanation=(f"In {site.place(first.start)} the article writes “{name}”; here "
                             f"it has become “{renamed}”. A reader could think a second "
                             "organisation or place is meant."),
                correction=spot.text,
                hint="Compare this name, word by word, with the same name earlier in the article."))
    return drafts


def respellings(name: str) -> list[str]:
    """A surname misspelt as people do: a doubled letter written once ("Kettle" → "Ketle"),
    or an inner vowel changed ("Munro" → "Monro"); only forms that are not English words."""
    found = [name[:i] + name[i + 1:] for i in range(1, len(name) - 1) if name[i] == name[i + 1]]
    found += [name[:i] + VOWEL_SLIPS[name[i]] + name[i + 1:] for i in range(1, len(name) - 1)
              if name[i] in VOWEL_SLIPS]
    return [form for form in found if not is_known_word(form.lower())]


def _respelt_surnames(site: Site) -> list[Draft]:
    entities = site.article.entities
    persons = {entity.text for entity in entities if entity.label_ == "PERSON"}
    places = " ".join(entity.text for entity in entities if entity.label_ != "PERSON")
    people = {tuple(words) for words in name_chains(site.article).values()
              if len(words) >= 2 and " ".join(words) in persons and " ".join(words) not in places}
    place_words = set(load_hunt_words()["place_words"])
    drafts = []
    for words in sorted(people):
        surname = words[-1]
        # a surname two people share ("Hillary Clinton", "Chelsea Clinton") is left alone
        if len({n for n in persons if n.split()[-1] == surname and len(n.split()) >= 2}) > 1 or \
                len(surname) < 4 or not surname.isalpha() or surname in place_words:
            continue
        places = [m for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", site.text)]
        forms = [form for form in respellings(surname) if form not in site.text]
        if len(places) < 2 or not forms:
            continue
        for match in places[1:]:
            if site.in_quote(match.start(), match.end()):
                continue
            spot = site.span(match.start(), match.end())
            form = forms[match.start() % len(forms)]
            full = " ".join(words)
            evidence = site.span(places[0].start(), places[0].end())
            drafts.append(Draft(
                planter="renamed", kind="inconsistent-term", edit=spot, replacement=form,
                flag=(spot.start, spot.start + len(form)), reach=site.reach(spot.start, spot.end),
                related=(evidence,), other_kinds=("spelling",),
                explanation=(f"The article spells this name “{surname}” in "
                             f"{site.place(evidence.start)} ({full}); here it is “{form}”. A "
                             "name spelt two ways makes a reader wonder whether two people "
                             "are meant."),
                correction=surname,
                hint="Check how the article spells this person's name every time it appears."))
    return drafts


"""Measure how the error checks generalise: plant errors in articles they have never seen.

``scripts/evaluate_checks.py`` measures the checks on the seed's answer key, the errors they
were written for. This script measures them the other way round. It takes the clean test
articles (``tests/articles/*.txt`` and ``tests/articles/heldout/*.txt``: invented news
stories, read as UTF-8 and never modified), plants ONE error at a time in a fresh copy in
memory, the way a journalist's mistakes happen, and asks whether the checks find it.

- ``PLANTERS`` has one small function per kind of error. Each is a general text
  transformation that chooses its place by simple rules and a seeded random generator, and
  returns ``(new_text, (start, end), kind)``, the planted span indexing ``new_text``, or None
  when the article offers no place for that error ("no place"). The planters need no
  language model: only the measurement runs the checks.
- A plant is **detected** when a finding of the same kind overlaps the planted span by at
  least one character, and that finding was not already there in the clean article.
- **False alarms**: findings of the kinds that must stay quiet (spelling, inconsistent-term,
  role-conflict) on the clean, unplanted articles, per 1,000 words.

Run: ``.venv/bin/python scripts/evaluate_planted.py [FILES…] [--seed N] [--trials K] [--show]
[--json FILE]``. ``--trials K`` plants each kind K times per article with different random
draws (identical plants are counted once). The exit status is always 0: this is a
measurement, not a gate.
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "medialit" / "data"
ARTICLE_GLOBS = ("tests/articles/*.txt", "tests/articles/heldout/*.txt")
QUIET_KINDS = ("spelling", "inconsistent-term", "role-conflict")

Plant = tuple  # (new_text, (start, end), kind)

# pyspellchecker's list holds oddities ("ballon", "lin"), so "a word" is decided by frequency:
REAL_WORD = 1e-6  # a cut-down term must clearly be a word: "ball", "cross", "memo"
NOT_A_WORD = 1e-7  # a typo must clearly not be one: "recieve", "ballon"


# -- shared tables and text helpers ------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def word_frequency(word: str) -> float:
    """How common a word is in pyspellchecker's English list (0.0 when absent)."""
    return _speller().word_usage_frequency(word.lower())


@functools.lru_cache(maxsize=1)
def countries() -> list[dict]:
    """The countries of ``medialit/data/countries.json`` that have a capital and a demonym."""
    table = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))["countries"]
    return [c for c in table if c.get("capital") and c.get("demonyms")]


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for people (``source_words.json``) plus the titles written before names."""
    data = json.loads((DATA_DIR / "source_words.json").read_text(encoding="utf-8"))
    extra = {"dr", "dr.", "prof", "prof.", "sergeant", "coach", "professor", "judge", "captain",
             "neuroscientist", "guitarist", "singer", "economist", "researcher", "organiser",
             "councillor", "director", "spokesperson", "barrister", "nurse", "chancellor",
             "premier", "officer", "minister", "president", "secretary", "governor", "mayor"}
    return frozenset(set(data["people"]["heads"]) | extra)


def _is_person_noun(word: str) -> bool:
    return re.sub(r"[’']s$", "", word.lower().strip(",.;:")) in person_nouns()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks between blank lines); the headline, the first
    line, is paragraph 0."""
    spans = [(m.start(), m.start() + len(m.group(0).rstrip()))
             for m in re.finditer(r"\S[^\n]*(?:\n[ \t\u00a0]*\S[^\n]*)*", text)]
    if spans and "\n" in text[spans[0][0]:spans[0][1]]:
        start, end = spans[0]
        newline = text.index("\n", start)
        rest = re.search(r"\S", text[newline:end])
        spans[0:1] = [(start, newline), (newline + rest.start(), end)]
    return spans


def headline_end(text: str) -> int:
    spans = paragraphs(text)
    return spans[0][1] if spans else 0


def quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """The quotation marks of one paragraph, paired: (opening, closing) offsets, closing None
    for a mark that never closes. Curly marks pair by shape; a straight mark opens when none
    of its family is open and closes otherwise; an inch mark (6'2") and an apostrophe
    (don't, the '90s, crews’ rotas) are skipped."""
    pairs, open_at = [], {"double": None, "single": None}
    for i in range(start, end):
        mark = text[i]
        if mark not in "“”\"‘’'":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        family = "double" if mark in "“”\"" else "single"
        opening = mark in "“‘" or (mark in "\"'" and open_at[family] is None)
        if mark == '"' and before.isdigit():
            continue
        if family == "single" and (
                (before.isalnum() and after.isalnum()) or (opening and after.isdigit())
                or (opening and mark == "'" and not (before.isspace() or before in "“\"(—"))
                or (not opening and open_at[family] is None)):
            continue
        if opening:
            if open_at[family] is not None:
                pairs.append((open_at[family], None))
            open_at[family] = i
        elif open_at[family] is not None:
            pairs.append((open_at[family], i))
            open_at[family] = None
    pairs += [(at, None) for at in open_at.values() if at is not None]
    return sorted(pairs)


def inside_quote(text: str, offset: int) -> bool:
    """True when ``offset`` stands between quotation marks (or after one left open)."""
    for start, end in paragraphs(text):
        if start <= offset < end:
            return any(o < offset < (c if c is not None else end) for o, c in quote_pairs(text, start, end))
    return False


def ends_open(text: str, start: int, end: int) -> bool:
    """True for a paragraph that leaves a quote open (a quote running on, or a broken one)."""
    return any(close is None for _, close in quote_pairs(text, start, end))


def paragraph_ends(text: str) -> list[int]:
    """The ends of the body paragraphs after which a sentence can be added: they end a
    sentence and leave no quote open."""
    return [end for start, end in paragraphs(text)[1:]
            if text[end - 1] in ".!?”’\"" and not ends_open(text, start, end)]


def _match_case(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


# -- people and their descriptions (rules on the text, no language model) ----------------------

NAME = r"[A-Z](?:[a-z]+|[’'][A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
NAME_RUN = re.compile(rf"(?<![\w’'-]){NAME}(?: {NAME})+(?![\w-])")
NOT_NAMES = {"the", "a", "an", "in", "on", "at", "and", "but", "when", "as", "after", "before",
             "last", "later", "outside", "under", "according", "asked", "many", "is", "it", "if",
             "this", "that", "tonight", "tomorrow", "nobody", "people", "our", "we", "they",
             "port", "mount", "lake", "fort", "cape", "saint", "st"}
TITLES = {"minister", "president", "secretary", "dr", "dr.", "prof", "prof.", "professor",
          "sergeant", "judge", "coach", "director", "mayor", "governor", "senator", "ambassador",
          "chancellor", "premier", "general", "captain", "inspector", "detective", "constable",
          "chairman", "chairwoman", "commissioner", "councillor", "spokesman", "spokeswoman",
          "spokesperson", "king", "queen", "prince", "princess", "sir", "mr", "mrs", "ms"}
HONORIFICS = {"dr", "dr.", "prof", "prof.", "mr", "mrs", "ms", "sir"}
PLACE_HEADS = {"street", "road", "avenue", "bay", "falls", "ridge", "general", "hospital",
               "university", "council", "court", "ministry", "department", "radio", "courier",
               "wire", "trust", "study", "report", "authority", "association", "police", "rail",
               "ferries", "partners", "furniture", "group", "state", "city", "festival",
               "service", "union", "party", "company", "station", "times", "news", "press"}
SPEECH_AFTER = re.compile(r"(?:[’']s\b|,? (?:who|whose|said|says|told|added|admitted|insisted|"
                          r"wrote|asked|claimed|denied|laughs|first)\b)")


def _title_before(text: str, start: int) -> int | None:
    """Where a title written just before a name starts ("Transport Minister", "Brennan Ridge
    coach", "Dr"), or None: the capitalised words and person nouns right before it, on its
    line, up to a punctuation mark, holding at least one person noun."""
    line_start = text.rfind("\n", 0, start) + 1
    words = list(re.finditer(r"\S+", text[line_start:start]))
    title = []
    for match in reversed(words):
        word = match.group(0)
        if word[-1] in ",.;:”\"’)" or not (word[0].isupper() or _is_person_noun(word)):
            break
        title.insert(0, match)
    while title and title[0].group(0).lower() in NOT_NAMES:
        title.pop(0)
    if not any(_is_person_noun(m.group(0)) for m in title):
        return None
    return line_start + title[0].start()


def find_people(text: str) -> dict[str, list[tuple[int, int]]]:
    """The people an article names, by full name, with the offsets of each full mention.

    A candidate is a run of two or three capitalised words after any title ("Transport
    Minister Tomas Brandt" gives "Tomas Brandt"), not ending in a place or organisation word
    ("Harlow Falls", "Lumen Rail"). It is a person when the article gives evidence: a title
    before it, an age or "who" after it, a description beside it ("the mayor, Ana Ruiz";
    "Irene Sato, a spokeswoman"), "X is a …", or the surname alone with "said" or "’s".
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for run in NAME_RUN.finditer(text):
        words = [(run.start() + w.start(), run.start() + w.end())
                 for w in re.finditer(r"\S+", run.group(0))]
        titles = [i for i, (s, e) in enumerate(words) if text[s:e].lower() in TITLES]
        if titles:
            words = words[titles[-1] + 1:]
        while words and text[words[0][0]:words[0][1]].lower() in NOT_NAMES:
            words = words[1:]
        if not 2 <= len(words) <= 3 or text[words[-1][0]:words[-1][1]].lower() in PLACE_HEADS:
            continue
        found.setdefault(text[words[0][0]:words[-1][1]], []).append((words[0][0], words[-1][1]))
    people = {}
    for name, spots in found.items():
        evidence = any(
            _title_before(text, s) is not None
            or re.match(r",? (?:\d+,|who\b|whose\b|is (?:a|an|the)\b)", text[e:])
            or _appositions(text, s, e)
            for s, e in spots) or any(
            SPEECH_AFTER.match(text, e) for s, e in surname_mentions(text, name))
        if evidence:
            people[name] = spots
    return people


@dataclass(frozen=True)
class Role:
    """One description of a person: ``text[start:end]``; ``form`` is "title" (before the
    name), "after" or "before" (an apposition) or "is-a"."""

    name: str
    start: int
    end: int
    text: str
    form: str

    def as_apposition(self) -> str:
        """The description as it would stand beside a name: "Transport Minister" → "the
        transport minister"; "The festival's director" → "the festival's director"."""
        words = self.text.split()
        if self.form == "title":  # titles go lower case beside a name: "the foreign minister"
            words = [w.lower() if _is_person_noun(w) or w in PORTFOLIOS or w.lower() in
                     ("prime", "vice", "deputy", "athletic", "senior") else w for w in words]
            if words[0].lower() not in ("the", "a", "an", "his", "her"):
                words.insert(0, "the")
        if words[0] in ("The", "A", "An", "His", "Her"):
            words[0] = words[0].lower()
        return " ".join(words)


_AFTER = re.compile(r", ((?:the|a|an|his|her|[A-Z]\w*[’']s) [^,.;:—“”\"()]+?)(?= who\b| whose\b|[,.;:—])")
_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[A-Z]\w*[’']s)(?: [\w’'-]+){0,4}), $")
_IS_A = re.compile(r" is ((?:a|an|the) [^,.;:—]+)")


def _appositions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Descriptions next to the name at text[start:end]: (start, end, form)."""
    found = []
    after = _AFTER.match(text, end)
    words = after.group(1).split() if after else []
    if words and any(_is_person_noun(w) for w in words[:4] + words[-1:]):
        found.append((after.start(1), after.end(1), "after"))
    window = max(0, start - 80)
    before = _BEFORE.search(text[window:start])
    if before and _is_person_noun(before.group(1).split()[-1]):
        found.append((window + before.start(1), window + before.end(1), "before"))
    is_a = _IS_A.match(text, end)
    if is_a and any(_is_person_noun(w) for w in is_a.group(1).split()[:4]):
        found.append((is_a.start(1), is_a.end(1), "is-a"))
    return found


def find_roles(text: str, people: dict[str, list[tuple[int, int]]] | None = None) -> list[Role]:
    """Every description of a named person, in reading order."""
    people = find_people(text) if people is None else people
    roles = []
    for name, spots in people.items():
        for s, e in spots:
            title = _title_before(text, s)
            if title is not None and text[title:s - 1].lower() not in HONORIFICS:
                roles.append(Role(name, title, s - 1, text[title:s - 1], "title"))
            for start, end, form in _appositions(text, s, e):
                roles.append(Role(name, start, end, text[start:end], form))
    return sorted(set(roles), key=lambda role: (role.start, role.name))


def surname_mentions(text: str, name: str, after: int = 0) -> list[tuple[int, int]]:
    """Mentions of a person by surname alone (not inside a longer name, not in a quote)."""
    surname = name.split()[-1]
    spots = []
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text):
        before = text[max(0, m.start() - 30):m.start()]
        if m.start() >= after and not re.search(rf"{NAME} $", before) and \
                not re.match(rf" {NAME}", text[m.end():]) and not inside_quote(text, m.start()):
            spots.append((m.start(), m.end()))
    return spots


@functools.lru_cache(maxsize=1)
def _country_words() -> tuple[dict[str, dict], re.Pattern]:
    """Every name, alias and demonym of the countries table, and one pattern for them all
    (group 2 is a possessive ’s after the word)."""
    words: dict[str, dict] = {}
    for country in countries():
        for word in [country["name"], *country.get("aliases", []), *country["demonyms"]]:
            words.setdefault(word, country)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return words, re.compile(rf"(?<![\w-])({alternatives})(?=([’']s)?(?![\w-]))")


def _country_mentioned(text: str) -> dict | None:
    """The first country of the table the article names (by name or demonym), or None."""
    words, pattern = _country_words()
    m = pattern.search(text)
    return words[m.group(1)] if m else None


def _demonym(country: dict) -> str:
    return country.get("short") or country["demonyms"][0]


# -- the planters ---------------------------------------------------------------------------------

PORTFOLIOS = ["Foreign", "Defence", "Finance", "Transport", "Health", "Interior", "Education",
              "Justice", "Trade", "Energy"]
OFFICE_SWAPS = [  # a job, and a different job a careless writer might put in its place
    (r"secretary of state", ["foreign minister"]), (r"prime minister", ["president"]),
    (r"president", ["prime minister"]), (r"ambassador", ["trade minister"]),
    (r"mayor", ["governor"]), (r"governor", ["mayor"]), (r"senator", ["governor"]),
    (r"chancellor", ["president"]), (r"councillor", ["mayor"]), (r"minister", ["ambassador"]),
    (r"spokes(?:woman|man|person)", ["chief executive"]), (r"director", ["spokesperson"]),
    (r"chief executive", ["finance director"]), (r"officer", ["director"]),
    (r"coach", ["athletic director"]), (r"barrister", ["prosecutor"]), (r"judge", ["prosecutor"]),
    (r"sergeant", ["inspector"]), (r"nurse", ["doctor"]), (r"neuroscientist", ["cardiologist"]),
    (r"researcher", ["surgeon"]), (r"economist", ["engineer"]), (r"organiser", ["treasurer"]),
    (r"guitarist", ["drummer"]), (r"professor", ["student"]),
]
FOREIGN_OFFICES = ["foreign minister", "finance minister", "ambassador", "trade minister",
                   "interior minister"]


def swap_role(role: str, rng: random.Random) -> str | None:
    """The description with its country or its job changed ("the US ambassador" → "the
    French ambassador", "Transport Minister" → "Finance Minister"), or None."""
    words, pattern = _country_words()
    m = pattern.search(role)
    if m:
        other = rng.choice([c for c in countries() if c["name"] != words[m.group(1)]["name"]])
        new = other["name"] if m.group(2) else _demonym(other)
        return role[:m.start()] + new + role[m.end():]
    portfolio = re.search(rf"\b({'|'.join(PORTFOLIOS)})(?= (?:minister|secretary)\b)", role, re.I)
    if portfolio:
        new = rng.choice([p for p in PORTFOLIOS if p.lower() != portfolio.group(1).lower()])
        return role[:portfolio.start()] + _match_case(portfolio.group(1), new.lower()) + role[portfolio.end():]
    for pattern, replacements in OFFICE_SWAPS:
        m = re.search(rf"\b{pattern}\b", role, re.I)
        if m:
            new = rng.choice(replacements)
            if m.group(0)[:1].isupper():
                new = new.title()
            return role[:m.start()] + new + role[m.end():]
    return None


def _headline_with(text: str, name: str, description: str) -> tuple[str, int]:
    """The article with ``description`` given to ``name`` in the headline: as an apposition
    after the surname when the headline names the person, otherwise as a headline of the
    form "Full Name, description, says …". Returns the new text and where the description
    starts."""
    end = headline_end(text)
    m = re.search(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w’'-])", text[:end])
    if m and not inside_quote(text, m.start()):
        closing = "" if text[m.end():m.end() + 1] in (",", ":") else ","
        new = text[:m.end()] + f", {description}{closing}" + text[m.end():]
        return new, m.end() + 2
    first = re.match(r"(\S+)( \S+)?", text)
    headline = text[:end]
    if word_frequency(first.group(1)) >= REAL_WORD and not (first.group(2) or " x")[1].isupper():
        headline = headline[0].lower() + headline[1:]
    prefix = f"{name}, {description}, says "
    return prefix + headline + text[end:], len(name) + 2


def plant_role_conflict(text: str, rng: random.Random | None = None) -> Plant | None:
    """role-conflict: one person given two jobs, or two countries.

    Finds the people the body describes ("Transport Minister Tomas Brandt", "Irene Sato, a
    spokeswoman for the company") and changes one description's country (countries.json) or
    job (``OFFICE_SWAPS``; "Transport Minister" → "Finance Minister"). The changed description
    goes, at random, into the headline (when it names the person) or beside a later mention
    of the surname ("Finance Minister Brandt said", "Lind, the opposition’s transport chief
    executive, said"); with neither, into a headline "Full Name, description, says …". The
    original stays where it was. With no description to change, a described person gets a
    headline apposition "X, the <Demonym> <office>,". Planted span: the changed description.
    """
    rng = rng or random.Random(0)
    body = headline_end(text)
    roles = [r for r in find_roles(text) if r.start > body]
    options = [(role, wrong) for role in roles for wrong in [swap_role(role.text, rng)] if wrong]
    if not options:
        if not roles:
            return None
        role = rng.choice(roles)
        office = rng.choice([o for o in FOREIGN_OFFICES if not set(o.split()) & set(role.text.lower().split())]
                            or FOREIGN_OFFICES)
        new, at = _headline_with(text, role.name, f"the {_demonym(rng.choice(countries()))} {office}")
        return new, (at, new.index(",", at)), "role-conflict"
    role, wrong = rng.choice(options)
    wrong_role = Role(role.name, 0, 0, wrong, role.form)
    later = [(s, e) for s, e in surname_mentions(text, role.name, after=role.end)
             if role.form == "title" or not text[e:].startswith(("’", "'"))]
    places = ["headline"] * bool(re.search(rf"\b{re.escape(role.name.split()[-1])}\b", text[:body])) + later
    place = rng.choice(places) if places else "headline"
    if place == "headline":
        new, at = _headline_with(text, role.name, wrong_role.as_apposition())
        length = len(wrong_role.as_apposition())
    elif role.form == "title":
        new, at, length = text[:place[0]] + wrong + " " + text[place[0]:], place[0], len(wrong)
    else:
        closing = "" if text[place[1]] == "," else ","
        description = wrong_role.as_apposition()
        new = text[:place[1]] + f", {description}{closing}" + text[place[1]:]
        at, length = place[1] + 2, len(description)
    return new, (at, at + length), "role-conflict"


FUNCTION_WORDS = set("""the a an of in on at to and or for with his her their its this that these
those is was be it he she they we had has have were are been not from by as but said who which
what where when while would could should will shall must might also only just more most some
many much very every each other both such than then there them after before about above across
against along among around behind below beside between beyond during except inside into near
onto outside over since through toward towards under until upon within without one two three
four five six seven eight nine ten eleven twelve first second third last next hundred thousand
million""".split())


def plant_inconsistent_term(text: str, rng: random.Random | None = None) -> Plant | None:
    """inconsistent-term: one occurrence of a repeated term written another way.

    Either a two-word term used at least twice ("spy balloon", "Dorn crossing") gets its
    second word cut, in one occurrence, to its longest prefix of four letters or more that is
    still a common English word ("spy ball", "Dorn cross"; a plain plural does not count), or a
    title of three words used at least twice ("Secretary of State") is hyphenated once
    ("secretary-of-state"). Planted span: the cut word, or the hyphenated title.
    """
    rng = rng or random.Random(0)
    options = []
    terms: dict[tuple[str, str], list[re.Match]] = {}
    for m in re.finditer(r"(?<![\w’'-])([A-Za-z][a-z]+)(?= ([a-z]{6,})(?![\w’'-]))", text):
        if not {m.group(1).lower(), m.group(2)} & FUNCTION_WORDS:
            terms.setdefault((m.group(1).lower(), m.group(2)), []).append(m)
    for (_, second), matches in sorted(terms.items()):
        prefix = next((second[:n] for n in range(len(second) - 2, 3, -1)
                       if word_frequency(second[:n]) >= REAL_WORD), None)
        if len(matches) >= 2 and prefix and second not in (prefix + "s", prefix + "es"):
            for m in matches:
                start = m.end(1) + 1
                options.append((start, start + len(second), prefix))
    titles: dict[str, list[re.Match]] = {}
    for m in re.finditer(r"(?<![\w’'-])[A-Z][a-z]+ (?:of|for|and) [A-Z][a-z]+(?![\w’'-])", text):
        titles.setdefault(m.group(0).lower(), []).append(m)
    for matches in titles.values():
        if len(matches) >= 2:
            options += [(m.start(), m.end(), m.group(0).lower().replace(" ", "-")) for m in matches]
    if not options:
        return None
    start, end, replacement = rng.choice(sorted(options))
    new = text[:start] + replacement + text[end:]
    return new, (start, start + len(replacement)), "inconsistent-term"


def typos(word: str) -> list[str]:
    """A word's typical typos: one letter of a double dropped ("balloon" → "ballon"), or two
    inner letters swapped ("receive" → "recieve"); only those that are not English words."""
    found = {word[:i] + word[i + 1:] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 2)
              if word[i] != word[i + 1]}
    return sorted(t for t in found if word_frequency(t) < NOT_A_WORD)


def plant_spelling(text: str, rng: random.Random | None = None) -> Plant | None:
    """spelling: one occurrence of a word misspelled.

    Picks a lower-case word of five letters or more that the article uses at least twice and
    misspells one occurrence with one of its ``typos`` (a doubled letter dropped, two inner
    letters swapped), checking with pyspellchecker that the typo is not an English word.
    Planted span: the misspelled word.
    """
    rng = rng or random.Random(0)
    words: dict[str, list[re.Match]] = {}
    for m in re.finditer(r"(?<![\w’'-])[a-z]{5,}(?![\w’'-])", text):
        words.setdefault(m.group(0), []).append(m)
    options = [(word, matches) for word, matches in sorted(words.items())
               if len(matches) >= 2 and typos(word)]
    if not options:
        return None
    word, matches = rng.choice(options)
    m, typo = rng.choice(matches), rng.choice(typos(word))
    return text[:m.start()] + typo + text[m.end():], (m.start(), m.start() + len(typo)), "spelling"


def plant_unbalanced_quote(text: str, rng: random.Random | None = None) -> Plant | None:
    """unbalanced-quote: a quote whose closing mark was lost.

    Picks a quote of two words or more that opens and closes in one paragraph, in a paragraph
    whose marks all pair, and deletes its closing mark. Skipped: a quote that ends its
    paragraph when the next paragraph opens with a mark of its family, since the run-on
    convention makes that correct. Planted span: the opening mark.
    """
    rng = rng or random.Random(0)
    spans = paragraphs(text)
    options = []
    for number, (start, end) in enumerate(spans):
        pairs = quote_pairs(text, start, end)
        if any(close is None for _, close in pairs):
            continue
        following = text[spans[number + 1][0]] if number + 1 < len(spans) else ""
        for opening, close in pairs:
            family = "“”\"" if text[opening] in "“”\"" else "‘’'"
            last = not any(o > close and text[o] in family for o, _ in pairs)
            if " " in text[opening:close] and not (last and following and following in family):
                options.append((opening, close))
    if not options:
        return None
    opening, close = rng.choice(options)
    return text[:close] + text[close + 1:], (opening, opening + 1), "unbalanced-quote"


_SAID = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"’] ))((?:[Tt]he )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) said( that)?(?= )")


def plant_missing_attribution(text: str, rng: random.Random | None = None) -> Plant | None:
    """missing-attribution: a report with nobody reporting it.

    Takes a sentence that opens "X said (that) …" outside quotation marks, and either deletes
    the subject so that it reads "said (that) …" (nothing capitalised, as when a name is cut
    in editing; planted span: "said") or replaces "X said (that)" with "reported earlier that"
    (planted span: those words). The second is only done before an ordinary word, not before
    a quotation or a colon.
    """
    rng = rng or random.Random(0)
    options = [m for m in _SAID.finditer(text, headline_end(text)) if not inside_quote(text, m.start())]
    if not options:
        return None
    m = rng.choice(options)
    if rng.random() < 0.5 and re.match(r" [a-z]", text[m.end():]):
        phrase = "reported earlier that"
        return text[:m.start()] + phrase + text[m.end():], (m.start(), m.start() + len(phrase)), \
            "missing-attribution"
    new = text[:m.start()] + text[m.end(1) + 1:]
    return new, (m.start(), m.start() + 4), "missing-attribution"


def plant_self_contradiction(text: str, rng: random.Random | None = None) -> Plant | None:
    """self-contradiction: a country's embassy in its own capital.

    Adds "The talks took place at the <Demonym> Embassy in <capital>." to the end of a body
    paragraph (one that leaves no quote open), for the first country of countries.json the
    article names, else a random one. Planted span: "<Demonym> Embassy in <capital>".
    """
    rng = rng or random.Random(0)
    ends = paragraph_ends(text)
    if not ends:
        return None
    country = _country_mentioned(text) or rng.choice(countries())
    end = rng.choice(ends)
    phrase = f"{_demonym(country)} Embassy in {country['capital']}"
    lead = " The talks took place at the "
    new = text[:end] + lead + phrase + "." + text[end:]
    return new, (end + len(lead), end + len(lead) + len(phrase)), "self-contradiction"


def plant_misplaced_modifier(text: str, rng: random.Random | None = None) -> Plant | None:
    """misplaced-modifier: a description of a person hung on a place.

    Where the article says "met <Person> in <Place>", adds the person's description after
    the place. Otherwise adds "<Surname of someone else> met <Person> in <Capital>,
    <description>." (or "She met …" when nobody else is named) at the end of a body
    paragraph after the person's description; the capital is that of the country the
    article names, else a random one. Planted span: "<Place>, <description>".
    """
    rng = rng or random.Random(0)
    people = find_people(text)
    roles = [r for r in find_roles(text, people) if r.start > headline_end(text)]
    if not roles:
        return None
    described = {role.name: role for role in reversed(roles)}  # each person's first description
    for m in re.finditer(rf"\bmet ((?:{NAME} )*{NAME}) in ({NAME}(?: {NAME})?)(?=[.,])", text):
        role = described.get(m.group(1))
        if role and not inside_quote(text, m.start()):
            new = text[:m.end()] + ", " + role.as_apposition() + text[m.end():]
            return new, (m.start(2), m.end() + 2 + len(role.as_apposition())), "misplaced-modifier"
    role = rng.choice(roles)
    ends = [e for e in paragraph_ends(text) if e > role.end] or paragraph_ends(text)
    if not ends:
        return None
    others = sorted(name.split()[-1] for name in people if name != role.name)
    subject = rng.choice(others) if others else "She"
    country = _country_mentioned(text) or rng.choice(countries())
    end = rng.choice(ends)
    lead = f" {subject} met {role.name} in "
    phrase = f"{country['capital']}, {role.as_apposition()}"
    new = text[:end] + lead + phrase + "." + text[end:]
    return new, (end + len(lead), end + len(lead) + len(phrase)), "misplaced-modifier"


def plant_ambiguous_pronoun(text: str, rng: random.Random | None = None) -> Plant | None:
    """ambiguous-pronoun: "he said" when two people could be meant.

    After a body paragraph that names two different people (by full name or surname, and
    leaves no quote open), adds "“It is not over,” he said." ("he" or "she" at random,
    matching nobody in particular; quotation marks in the article's own style), at random
    either as a paragraph of its own or as the paragraph's last sentence. Planted span: the
    pronoun.
    """
    rng = rng or random.Random(0)
    people = find_people(text)
    options = []
    for start, end in paragraphs(text)[1:]:
        block = text[start:end]
        named = {name for name in people
                 if re.search(rf"(?<![\w’'-]){re.escape(name.split()[-1])}(?![\w-])", block)}
        if len(named) >= 2 and not ends_open(text, start, end):
            options.append(end)
    if not options:
        return None
    style = Counter(m for m in text if m in "“\"‘").most_common(1)
    opening = style[0][0] if style else "“"
    closing = {"“": "”", '"': '"', "‘": "’"}[opening]
    pronoun = rng.choice(["he", "she"])
    end = rng.choice(options)
    sentence = f"{opening}It is not over,{closing} {pronoun} said."
    joint = rng.choice(["\n\n", " "])  # a paragraph of its own, or the paragraph's last sentence
    at = end + len(joint) + sentence.index(f" {pronoun} said") + 1
    return text[:end] + joint + sentence + text[end:], (at, at + len(pronoun)), "ambiguous-pronoun"


PLANTERS = {
    "role-conflict": plant_role_conflict,
    "inconsistent-term": plant_inconsistent_term,
    "spelling": plant_spelling,
    "unbalanced-quote": plant_unbalanced_quote,
    "missing-attribution": plant_missing_attribution,
    "self-contradiction": plant_self_contradiction,
    "misplaced-modifier": plant_misplaced_modifier,
    "ambiguous-pronoun": plant_ambiguous_pronoun,
}


# -- the measurement ------------------------------------------------------------------------------

def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when two half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def words_in(text: str) -> int:
    return len(re.findall(r"\w+", text))


def edit_map(old: str, new: str):
    """A function taking an offset in ``new`` to the same place in ``old``, or None for an
    offset inside the one region where the two differ."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    shift = len(new) - len(old)

    def to_old(offset: int) -> int | None:
        if offset <= prefix:
            return offset
        if offset >= len(new) - suffix:
            return offset - shift
        return None
    return to_old


def context(text: str, start: int, end: int, width: int = 70) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "[[" + text[start:end] + "]]" + right).replace("\n", " ⏎ ")


def article_paths(files: list[str]) -> list[Path]:
    if files:
        return [Path(f) for f in files]
    return [p for pattern in ARTICLE_GLOBS for p in sorted(ROOT.glob(pattern))]


def evaluate(paths: list[Path], seed: int = 0, trials: int = 1) -> dict:
    """Plant every kind in every article (``trials`` draws each), run the checks, and count."""
    from medialit.analysis import analyze
    from medialit.article import make_article

    kinds = {kind: {"planted": 0, "detected": 0, "no_place": 0, "other_kind": 0} for kind in PLANTERS}
    plants, clean_counts, clean_examples, words = [], Counter(), [], 0
    for path in paths:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        clean = make_article(text, str(path))
        assert clean.text == text, f"{path}: the article reader changed the text"
        clean_findings = analyze(clean).issues
        words += words_in(text)
        for finding in clean_findings:
            if finding.kind in QUIET_KINDS:
                clean_counts[finding.kind] += 1
                clean_examples.append({"article": path.name, "kind": finding.kind,
                                       "text": finding.text, "suggestion": finding.suggestion,
                                       "context": context(text, finding.start, finding.end)})
        clean_keys = {(f.kind, f.start, f.end) for f in clean_findings}
        for kind, planter in PLANTERS.items():
            seen = set()
            for trial in range(trials):
                plant = planter(text, random.Random(f"{seed}:{trial}:{path.stem}:{kind}"))
                if plant is None:
                    kinds[kind]["no_place"] += trial == 0
                    continue
                new_text, (start, end), planted_kind = plant
                if new_text in seen:
                    continue
                seen.add(new_text)
                to_old = edit_map(text, new_text)
                findings = analyze(make_article(new_text, str(path))).issues
                fresh = [f for f in findings
                         if (f.kind, to_old(f.start), to_old(f.end)) not in clean_keys]
                hit = next((f for f in fresh if f.kind == planted_kind and
                            overlaps(start, end, f.start, f.end)), None)
                near = sorted({f.kind for f in fresh if overlaps(start, end, f.start, f.end)})
                kinds[kind]["planted"] += 1
                kinds[kind]["detected"] += hit is not None
                kinds[kind]["other_kind"] += hit is None and bool(near)
                plants.append({"article": path.name, "kind": planted_kind, "trial": trial,
                               "start": start, "end": end, "text": new_text[start:end],
                               "detected": hit is not None, "found_kinds_here": near,
                               "finding": hit.message if hit else None,
                               "context": context(new_text, start, end)})
    for figures in kinds.values():
        figures["recall"] = figures["detected"] / figures["planted"] if figures["planted"] else None
    planted = sum(f["planted"] for f in kinds.values())
    detected = sum(f["detected"] for f in kinds.values())
    quiet = sum(clean_counts.values())
    return {
        "seed": seed, "trials": trials, "articles": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths],
        "kinds": kinds,
        "overall": {"planted": planted, "detected": detected,
                    "recall": detected / planted if planted else None},
        "clean": {"words": words, "counts": {k: clean_counts[k] for k in QUIET_KINDS},
                  "false_alarms": quiet,
                  "per_thousand_words": 1000 * quiet / words if words else None,
                  "examples": clean_examples},
        "plants": plants,
    }


def report(result: dict, show: bool) -> None:
    print(f"Planted errors in {len(result['articles'])} clean articles "
          f"(seed {result['seed']}, {result['trials']} trial(s) per article and kind)")
    print(f"{'kind':<21}{'planted':>8}{'detected':>10}{'recall':>8}{'no place':>10}{'other kind':>12}")
    for kind, f in result["kinds"].items():
        recall = "—" if f["recall"] is None else f"{f['recall']:.2f}"
        print(f"{kind:<21}{f['planted']:>8}{f['detected']:>10}{recall:>8}{f['no_place']:>10}{f['other_kind']:>12}")
    overall = result["overall"]
    recall = "—" if overall["recall"] is None else f"{overall['recall']:.2f}"
    print(f"{'overall':<21}{overall['planted']:>8}{overall['detected']:>10}{recall:>8}")
    clean = result["clean"]
    counts = ", ".join(f"{k} {v}" for k, v in clean["counts"].items())
    print(f"False alarms on the clean articles ({clean['words']:,} words): {counts} = "
          f"{clean['per_thousand_words']:.2f} per 1,000 words")
    print("('other kind': missed, but a finding of another kind covers the planted span.)")
    if show:
        misses = [p for p in result["plants"] if not p["detected"]]
        print(f"\nMisses ({len(misses)}):")
        for p in misses:
            also = f"  [found here: {', '.join(p['found_kinds_here'])}]" if p["found_kinds_here"] else ""
            print(f"- {p['kind']} in {p['article']}: {p['text']!r}{also}\n    …{p['context']}…")
        print(f"\nFalse alarms on the clean articles ({len(clean['examples'])}):")
        for e in clean["examples"]:
            print(f"- {e['kind']} in {e['article']}: {e['text']!r} → {e['suggestion']!r}\n    …{e['context']}…")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="clean articles (default: the test articles)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the planters")
    parser.add_argument("--trials", type=int, default=1,
                        help="random draws per article and kind (identical plants count once)")
    parser.add_argument("--show", action="store_true", help="list the misses and false alarms")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    result = evaluate(article_paths(args.files), args.seed, max(1, args.trials))
    result["seconds"] = time.perf_counter() - started
    report(result, args.show)
    print(f"Runtime: {result['seconds']:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

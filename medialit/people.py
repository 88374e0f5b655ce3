"""The people in an article: their names, what the article says they are, whom they speak for.

Names: a person is a PERSON entity, or a proper name the article describes as a person that
the entity recogniser missed; each first name and surname leads back to the full name
(``name_chains``), so "Ruiz" later in the article is Ana Ruiz. Roles: every description of a
person, with where it stands (``find_role_mentions``). Affiliation: the editable tables in
``medialit/data`` (``affiliations.json`` sectors, ``countries.json``, ``known_people.json``)
and the lookups of the country, sector and party a description names.

Quotes, sources and checks all ask who is who here; this module imports only the article and
the word lists below it.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from medialit.article import Article
from medialit.lexicons import DATA_DIR, load_job_titles, load_reporting_verbs, load_source_words

NAME_TITLES = load_job_titles()["name-title"]  # words written before a name: "Dr", "Senator"
_BARE_TITLES = {t.rstrip(".") for t in NAME_TITLES}
_ROLE_WORDS = load_job_titles()["role-word"]  # words that make a run of words a job title
_NOT_NAMES = {"ministry", "department", "government", "council", "committee", "union", "party",
              "agency", "office", "court", "police", "senators", "house", "senate", "company",
              "group", "association", "institute", "university", "school", "hospital", "board",
              "commission", "authority", "service", "bank", "news", "times", "post", "rail",
              "ferries", "partners", "inc", "ltd", "corp", "club", "team", "foundation"}


# -- names -------------------------------------------------------------------------------------

def strip_possessive(text: str) -> str:
    """"Ruiz’s" is Ruiz."""
    return re.sub(r"[’']s?$", "", text)


def name_words(text: str) -> list[str]:
    """The words of a name without the titles and job words in front ("Headteacher Amira
    Haddad" is Amira Haddad). A job word goes only when two words are left: "Dean Smith" keeps
    its first name."""
    jobs = load_source_words()["people"]
    words = [strip_possessive(w) for w in text.split()]
    while len(words) > 1:
        first = words[0].lower().rstrip(".")
        if first in _BARE_TITLES or (first in jobs and len(words) > 2):
            words = words[1:]
        else:
            break
    return words


def is_not_a_person(word: str) -> bool:
    """True for a word that never names a person or an organisation, capital or not: a
    disease ("Covid", "Covid-19"), a storm (the ``not_people`` list of source_words.json)."""
    not_people = load_source_words()["not_people"]
    lower = strip_possessive(word).lower()
    return lower in not_people or lower.split("-")[0] in not_people


def name_run(token):
    """The proper name a token is part of, read from the words around it: the parser
    sometimes splits "Ana Ruiz" into two unrelated words."""
    doc = token.doc
    first = last = token.i
    def is_name(t):
        return t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in NAME_TITLES and \
            t.ent_type_ in ("", "PERSON", "ORG") and not t.is_punct
    while first > 0 and is_name(doc[first - 1]) and not doc[first - 1].whitespace_ == "" and \
            "\n" not in doc[first - 1].whitespace_:
        first -= 1
    while last + 1 < len(doc) and is_name(doc[last + 1]) and "\n" not in doc[last].whitespace_ \
            and not doc[last].text.endswith(("’s", "'s")):
        last += 1
    return doc[first:last + 1]


def name_chains(article: Article) -> dict[str, list[str]]:
    """Full names of people by each of their first and last words: 'wilder' -> ['Dennis',
    'Wilder']; made once per article."""
    if "name_chains" not in article.memo:
        chains = _name_chains(article.doc, load_source_words()["people"], set(load_reporting_verbs()))
        article.memo["name_chains"] = _checked_against_body(chains, article)
    return article.memo["name_chains"]


def is_title_case(text: str) -> bool:
    """A headline in title case ("Mayor Calls On Council To Act"): nearly every word of three
    letters or more starts with a capital, so the capitals say nothing about names."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _checked_against_body(chains: dict[str, list[str]], article: Article) -> dict[str, list[str]]:
    """The names, less those read only off a title-case headline: in a headline every word
    has a capital, so "Mayor Calls" is a name only if the body uses it too."""
    if len(article.paragraphs) < 2 or not is_title_case(article.paragraphs[0].text):
        return chains
    body = article.text[article.paragraphs[1].start:]
    kept = {}
    for key, words in chains.items():
        if all(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body) for word in words):
            kept[key] = words
    return kept


def canonical_name(words: list[str], chains: dict[str, list[str]]) -> str:
    """The full name a name's words stand for: a lone surname becomes the whole name."""
    if len(words) == 1:
        full = chains.get(words[0].lower())
        if full:
            return " ".join(full)
    return " ".join(words)


def people_named(article: Article) -> set[str]:
    """The full names of the people the article names."""
    if "people" not in article.memo:
        article.memo["people"] = {" ".join(words) for words in name_chains(article).values()}
    return article.memo["people"]


def _name_chains(doc, people_nouns: set[str], verbs: set[str] = frozenset()) -> dict[str, list[str]]:
    """Full names of people by each of their words: 'wilder' -> ['Dennis', 'Wilder'].

    A name is a PERSON entity, or a proper name the article describes as a person
    ("Raja Krishnamoorthi is the top Democrat", "Tom Hale, a spokesman") that the entity
    recogniser missed.
    """
    # a verb the recogniser ran into a name ("Said Ellis: …") is not part of it
    names = [ent[next((i for i, t in enumerate(ent) if t.pos_ not in ("VERB", "AUX")), 0):].text
             for ent in doc.ents if ent.label_ == "PERSON"]
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON"):
            continue
        chain = name_run(token)
        # "the mayor, Ana Ruiz": a name in apposition to a word for a person
        if token.dep_ == "appos" and token.head.lemma_.lower() in people_nouns:
            names.append(chain.text)
        # "Marcus Bell, 67, said": a two- or three-word proper name speaking
        elif token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs and 2 <= len(chain) <= 3 \
                and all(t.text[:1].isupper() and t.ent_type_ in ("", "PERSON") for t in chain) \
                and token.lower_ not in people_nouns and token.lower_ not in _NOT_NAMES:
            names.append(chain.text)
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or token.lower_ in _NOT_NAMES:
            continue
        first = name_run(token).start
        # "Marcus Bell, 67, said": an age after a name marks a person whatever the tagger thought
        age = any(c.like_num and c.text.isdecimal() and 0 < int(c.text) < 120 and
                  c.i == token.i + 2 and doc[token.i + 1].text == ","
                  for c in list(token.children) + list(token.head.children))
        # "Tom Hale said he …": the speaker talks about himself or herself as he or she
        verb = token.head if token.dep_ == "nsubj" else None
        self_reference = verb is not None and verb.lemma_.lower() in verbs and any(
            t.lower_ in ("he", "she") and t.dep_ == "nsubj" for c in verb.children
            if c.dep_ == "ccomp" for t in c.subtree)
        if age or (self_reference and token.i - first >= 1):
            names.append(doc[first:token.i + 1].text)
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass") or \
                token.ent_type_ in ("GPE", "NORP", "LOC", "FAC", "DATE"):
            continue
        described = [c for c in token.children if c.dep_ == "appos"]
        if token.head.lemma_ == "be":
            described += [c for c in token.head.children if c.dep_ == "attr"]
        if any(d.lemma_.lower() in people_nouns or d.lower_ in people_nouns for d in described):
            first = min([c.i for c in token.children if c.dep_ in ("compound", "flat")] + [token.i])
            names.append(doc[first:token.i + 1].text)
    chains: dict[str, list[str]] = {}
    for name in names:
        words = name_words(name)
        if not words or any(is_not_a_person(word) for word in words):
            continue  # "Covid" tagged as a person is still a disease
        for key in (words[0].lower(), words[-1].lower()):
            if len(words) > len(chains.get(key, [])):
                chains[key] = words
    return chains


# -- roles -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RoleMention:
    """One place where the article says what a person is."""

    name: str  # the person's full name
    start: int
    end: int
    text: str  # the description, as written
    pattern: str  # "title", "apposition" or "is-a"


def find_role_mentions(article: Article) -> list[RoleMention]:
    """Every description of a person, with where it stands, in reading order.

    Three patterns: a title before the name ("US Secretary of State Antony Blinken"), an
    apposition ("Matthew Miller, spokesperson for the State Department,") and a sentence
    of the form "X is the top Democrat in the House China Committee".
    """
    if "role_mentions" in article.memo:
        return article.memo["role_mentions"]
    doc, text = article.doc, article.text
    people_nouns = load_source_words()["people"]
    names = name_chains(article)
    mentions: list[RoleMention] = []

    def add(name_text: str, start: int, end: int, pattern: str) -> None:
        while start < end and text[start] in " ,;:—–-\n":
            start += 1
        while end > start and text[end - 1] in " ,;:—–-\n":
            end -= 1
        role = text[start:end]
        if len(role) < 3 or role.lower() in ("he", "she") or "\n" in role:
            return
        name = canonical_name(name_words(name_text), names)
        mentions.append(RoleMention(name, start, end, role, pattern))

    for token in doc:
        is_name = token.ent_type_ == "PERSON" or (
            token.pos_ == "PROPN" and re.sub(r"[’']s?$", "", token.lower_) in names)
        if not is_name or token.dep_ in ("compound", "flat"):
            continue
        first = name_run(token).start  # the name itself, without a title run into it
        name_text = doc[first:token.i + 1].text
        title_start = _title_before(text, doc[first].idx, people_nouns)
        if title_start is not None:
            add(name_text, title_start, doc[first].idx, "title")
        for child in token.children:
            if child.dep_ == "appos":
                add(name_text, child.left_edge.idx,
                    child.right_edge.idx + len(child.right_edge.text), "apposition")
        if token.dep_ == "appos" and token.head.lemma_.lower() in people_nouns:
            # "the mayor, Ana Ruiz": the description stands before the name
            head = token.head
            add(name_text, head.left_edge.idx, head.idx + len(head.text), "apposition")
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            for attr in token.head.children:
                if attr.dep_ == "attr":
                    add(name_text, attr.left_edge.idx,
                        attr.right_edge.idx + len(attr.right_edge.text), "is-a")
    article.memo["role_mentions"] = mentions
    return mentions


def find_roles(article: Article) -> dict[str, list[str]]:
    """What the article says each person is, by full name: the descriptions in reading order,
    a one-word title ("Sen.", "Sergeant") after an apposition that says more ("Sergeant Alan
    Threlfall, a spokesperson for the police")."""
    mentions = find_role_mentions(article)
    described = {m.name for m in mentions if m.pattern != "title"}
    mentions = sorted(mentions, key=lambda m: m.pattern == "title" and len(m.text.split()) == 1
                      and m.name in described)
    roles: dict[str, list[str]] = {}
    for mention in mentions:
        described = roles.setdefault(mention.name, [])
        if mention.text not in described:
            described.append(mention.text)
    return roles


_TITLE_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|of|for|the|and|[a-z]+)$")


def _title_before(text: str, start: int, people_nouns: set[str]) -> int | None:
    """Where a title written just before a name starts ('China’s Foreign Minister', 'CIA
    Director'), or None when the name has no title."""
    window = max(0, start - 80, text.rfind("\n", 0, start) + 1)
    words = list(re.finditer(r"\S+", text[window:start]))
    title: list[re.Match] = []
    for match in reversed(words):
        word = match.group(0)
        abbreviated = word.lower() in NAME_TITLES and word.endswith(".")  # "Sen.", "Gov."
        if word.endswith((",", ".", ";", ":", ")", "”")) and not abbreviated or \
                not _TITLE_WORD.match(word):
            break
        if word[0].islower() and word not in ("of", "for", "and") and \
                word.lower() not in people_nouns:
            break
        title.insert(0, match)
    while title and title[0].group(0) in ("of", "for", "and", "the"):
        title.pop(0)
    # a hyphenated title is read by its parts ('Vice-President', 'Vice-Chancellor')
    parts = [part for m in title for part in strip_possessive(m.group(0).lower()).split("-")]
    if not title or not any(part in people_nouns or part in _ROLE_WORDS for part in parts):
        return None
    return window + title[0].start()


# -- whom they speak for: the affiliation tables -----------------------------------------------

@functools.lru_cache(maxsize=1)
def load_affiliation_tables() -> dict:
    """Sectors, countries and public figures, read once from ``medialit/data``."""
    def read(name, key):
        path = DATA_DIR / name
        return json.loads(path.read_text(encoding="utf-8"))[key] if path.exists() else []

    return {"sectors": read("affiliations.json", "sectors"),
            "countries": read("countries.json", "countries"),
            "people": read("known_people.json", "people")}


def known_person(name: str, people: list[dict]) -> dict | None:
    """The public figure of the table with this name or alias, or None."""
    for person in people:
        if name == person["name"] or name in person.get("aliases", []):
            return person
    return None


def country_in(described: str, countries: list[dict]) -> str | None:
    """The country named nearest the start of the description (its own demonym or name)."""
    best = None
    for country, words in zip(countries, _country_words(countries)):
        # a match is one of the words as written: most countries are ruled out without a regex
        if not any(word in described for word in words):
            continue
        match = _words_pattern(words).search(described)
        if match:
            institution = re.sub(r"(’s|'s)$", "", match.group(0)) in country.get("institutions", [])
            rank = (0 if institution else 1, match.start())
            if best is None or rank < best[0]:
                best = (rank, country["name"])
    return best[1] if best else None


def is_capital_name(name: str, countries: list[dict]) -> bool:
    """True when the name is a capital city's ("Beijing said…" means the Chinese government)."""
    return any(name in (country.get("capital") or "", *country.get("capital_aliases", []))
               for country in countries if country.get("capital"))


def is_country_name(name: str, countries: list[dict]) -> bool:
    """True when the name is a country's or its capital's ("China says…", "Beijing accuses…")."""
    for country in countries:
        if name in (country["name"], *country.get("aliases", []), country.get("capital", "")):
            return True
    return False


def sector_in(described: str, sectors: list[dict]) -> str | None:
    """The first sector of the table whose words the description uses, or None."""
    lower = described.lower()
    for sector in sectors:
        if any(word in lower and _word_pattern(word).search(lower) for word in sector["words"]):
            return sector["name"]
    return None


@functools.lru_cache(maxsize=None)
def _word_pattern(word: str) -> re.Pattern:
    """One word or phrase on its own (not inside a longer word), compiled once."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def party_in(described: str) -> str | None:
    """The political party a description names, or None."""
    match = re.search(r"\b(Republican|Democrat|Democratic|Labour|Conservative|Liberal Democrat|"
                      r"Green|Tory|Socialist)s?\b", described)
    if not match:
        return None
    return {"Democratic": "Democrat", "Tory": "Conservative"}.get(match.group(1), match.group(1))


@functools.lru_cache(maxsize=None)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of the words on its own, longest first, with or without a possessive; made once."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in
                                                 sorted(words, key=len, reverse=True)) + r")(?:’s|'s)?(?![\w-])")


def _country_words(countries: list[dict]) -> list[tuple[str, ...]]:
    """For each country, every word that names it (the table's, made once)."""
    if countries is load_affiliation_tables()["countries"]:
        return _table_country_words()
    return [_words_naming(country) for country in countries]


@functools.lru_cache(maxsize=1)
def _table_country_words() -> list[tuple[str, ...]]:
    return [_words_naming(country) for country in load_affiliation_tables()["countries"]]


def _words_naming(country: dict) -> tuple[str, ...]:
    words = [country["name"], *country.get("aliases", []), *country.get("demonyms", []),
             country.get("capital", ""), *country.get("capital_aliases", []),
             *country.get("institutions", [])]
    return tuple(word for word in words if word)

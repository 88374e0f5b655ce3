"""Who is quoted: the roster of sources, their roles, their side, and how much space they get.

A source's *affiliation* is the group it speaks for ("US government", "Chinese government",
"US lawmakers", "Academics and think tanks"), read from the words the article uses for it
(its roles, its name, the institution it speaks for) with the editable tables in
``medialit/data``: ``affiliations.json`` (sectors), ``countries.json`` and
``known_people.json``. When the article gives no clue, the affiliation is "Not stated":
that absence is itself something for students to notice.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from medialit.article import Article
from medialit.lexicons import DATA_DIR, load_job_titles
from medialit.model import Quote, Source
from medialit.quotes import speech_quotes

NOT_STATED = "Not stated"
NO_SOURCE = "(no source given)"


@functools.lru_cache(maxsize=1)
def load_affiliation_tables() -> dict:
    """Sectors, countries and public figures, read once from ``medialit/data``."""
    def read(name, key):
        path = DATA_DIR / name
        return json.loads(path.read_text(encoding="utf-8"))[key] if path.exists() else []

    return {"sectors": read("affiliations.json", "sectors"),
            "countries": read("countries.json", "countries"),
            "people": read("known_people.json", "people")}


def build_sources(article: Article, quotes: list[Quote]) -> list[Source]:
    """The roster of sources in order of first appearance, with counts of quotes and words.

    A quote's words are counted once even when a partial quote sits inside reported speech.

    >>> from medialit.article import make_article
    >>> from medialit.quotes import extract_quotes
    >>> art = make_article("T\\n\\nAna Ruiz, the mayor of Dover, said the plan was “bold”.")
    >>> [(s.name, s.role, s.quotes) for s in build_sources(art, extract_quotes(art))]
    [('Ana Ruiz', 'the mayor of Dover', 1)]
    """
    roles = find_roles(article)
    person_names = people_named(article)
    grouped: dict[str, list[Quote]] = {}
    for quote in speech_quotes(quotes):
        grouped.setdefault(quote.speaker or NO_SOURCE, []).append(quote)
    sources = []
    for name, said in grouped.items():
        kind = _source_kind(said)
        described = roles.get(name, [])
        source = Source(name=name, kind=kind, role=described[0] if described else None,
                        roles=described, first_at=min(q.start for q in said))
        source.quotes = len({q.cue_start if q.cue_start is not None else -q.start for q in said})
        source.words = _words_in(article.text, said)
        is_person = name in person_names
        source.affiliation, source.party = affiliation_of(name, kind, described, is_person)
        sources.append(source)
    sources.sort(key=lambda source: source.first_at)
    return sources


def _source_kind(said: list[Quote]) -> str:
    kinds = [q.speaker_kind for q in said]
    for kind in ("named", "anonymous", "vague"):
        if kind in kinds:
            return kind
    return "vague"


def _words_in(text: str, said: list[Quote]) -> int:
    covered = sorted((q.start, q.end) for q in said)
    merged: list[list[int]] = []
    for start, end in covered:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return sum(len(re.findall(r"\w+(?:[’'-]\w+)*", text[start:end])) for start, end in merged)


def people_named(article: Article) -> set[str]:
    """The full names of the people the article names."""
    from medialit.quotes import name_chains

    if "people" not in article.memo:
        article.memo["people"] = {" ".join(words) for words in name_chains(article).values()}
    return article.memo["people"]


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
    from medialit.quotes import _canonical, _name_words, name_chains
    from medialit.lexicons import load_source_words

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
        name = _canonical(_name_words(name_text), names)
        mentions.append(RoleMention(name, start, end, role, pattern))

    for token in doc:
        is_name = token.ent_type_ == "PERSON" or (
            token.pos_ == "PROPN" and re.sub(r"[’']s?$", "", token.lower_) in names)
        if not is_name or token.dep_ in ("compound", "flat"):
            continue
        from medialit.quotes import _name_run

        first = _name_run(token).start  # the name itself, without a title run into it
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
    """What the article says each person is, by full name: the descriptions in reading order."""
    roles: dict[str, list[str]] = {}
    for mention in find_role_mentions(article):
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
        if word.endswith((",", ".", ";", ":", ")", "”")) or not _TITLE_WORD.match(word):
            break
        if word[0].islower() and word not in ("of", "for", "and") and \
                word.lower() not in people_nouns:
            break
        title.insert(0, match)
    while title and title[0].group(0) in ("of", "for", "and", "the"):
        title.pop(0)
    if not title or not any(m.group(0).lower().strip("’'s") in people_nouns or
                            m.group(0).lower() in _TITLES for m in title):
        return None
    return window + title[0].start()


_TITLES = load_job_titles()["role-word"]


def affiliation_of(name: str, kind: str, roles: list[str],
                   is_person: bool = False) -> tuple[str, str | None]:
    """The group a source speaks for, and its party when the article gives one.

    >>> affiliation_of("Ana Ruiz", "named", ["a professor at Leeds University"])[0]
    'Academics and think tanks'
    """
    tables = load_affiliation_tables()
    if name == NO_SOURCE:
        return NOT_STATED, None
    described = " ".join([name, *roles])
    person = _known_person(name, tables["people"])
    # a person's own name says nothing about a country ("Victoria Nuland" is not from the
    # Seychelles): look for countries in the roles, and in the name only of a group
    where = " ".join(roles) if is_person else described
    country = person["country"] if person else _country_in(where, tables["countries"])
    sector = "government" if person else _sector_in(described, tables["sectors"])
    party = _party_in(described)
    if sector is None and country and _is_country_name(name, tables["countries"]):
        sector = "government"  # "China says…", "Beijing accuses…"
    if sector is None:
        return (NOT_STATED if kind == "named" else kind.capitalize()), party
    spec = next(s for s in tables["sectors"] if s["name"] == sector)
    if "{country}" in spec["label"]:
        if not country:
            return spec["label"].replace("{country} ", "").capitalize(), party
        short = next((c.get("short") or c["name"] for c in tables["countries"]
                      if c["name"] == country), country)
        return spec["label"].replace("{country}", short), party
    return spec["label"], party


def _known_person(name: str, people: list[dict]) -> dict | None:
    for person in people:
        if name == person["name"] or name in person.get("aliases", []):
            return person
    return None


def _words_pattern(words: list[str]) -> re.Pattern | None:
    words = [w for w in words if w]
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in
                                                 sorted(words, key=len, reverse=True)) + r")(?:’s|'s)?(?![\w-])")


def _country_in(described: str, countries: list[dict]) -> str | None:
    """The country named nearest the start of the description (its own demonym or name)."""
    best = None
    for country, pattern in zip(countries, _country_patterns(countries)):
        match = pattern.search(described) if pattern else None
        if match:
            institution = re.sub(r"(’s|'s)$", "", match.group(0)) in country.get("institutions", [])
            rank = (0 if institution else 1, match.start())
            if best is None or rank < best[0]:
                best = (rank, country["name"])
    return best[1] if best else None


def _country_patterns(countries: list[dict]) -> list[re.Pattern | None]:
    """One pattern per country for all the words that name it (the table's, made once)."""
    if countries is load_affiliation_tables()["countries"]:
        return _table_country_patterns()
    return [_country_pattern(country) for country in countries]


@functools.lru_cache(maxsize=1)
def _table_country_patterns() -> list[re.Pattern | None]:
    return [_country_pattern(country) for country in load_affiliation_tables()["countries"]]


def _country_pattern(country: dict) -> re.Pattern | None:
    return _words_pattern([country["name"], *country.get("aliases", []),
                           *country.get("demonyms", []), country.get("capital", ""),
                           *country.get("capital_aliases", []), *country.get("institutions", [])])


def _is_country_name(name: str, countries: list[dict]) -> bool:
    for country in countries:
        if name in (country["name"], *country.get("aliases", []), country.get("capital", "")):
            return True
    return False


def _sector_in(described: str, sectors: list[dict]) -> str | None:
    lower = described.lower()
    for sector in sectors:
        if any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lower) for word in sector["words"]):
            return sector["name"]
    return None


def _party_in(described: str) -> str | None:
    match = re.search(r"\b(Republican|Democrat|Democratic|Labour|Conservative|Liberal Democrat|"
                      r"Green|Tory|Socialist)s?\b", described)
    if not match:
        return None
    return {"Democratic": "Democrat", "Tory": "Conservative"}.get(match.group(1), match.group(1))

"""Who is quoted: the roster of sources, their roles, their side, and how much space they get.

A source's *affiliation* is the group it speaks for ("US government", "Chinese government",
"US lawmakers", "Academics and think tanks"), read from the words the article uses for it
(its roles, its name, the institution it speaks for) with the editable tables of
``medialit.people``. When the article gives no clue, the affiliation is "Not stated":
that absence is itself something for students to notice.
"""
from __future__ import annotations

import re

from medialit.article import Article
from medialit.model import Quote, Source
from medialit.people import (country_in, find_roles, is_capital_name, is_country_name,
                             known_person, load_affiliation_tables, party_in, people_named,
                             sector_in)
from medialit.quotes import speech_quotes

NOT_STATED = "Not stated"
NO_SOURCE = "(no source given)"


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
        source.shown_as = shown_as(source)
        sources.append(source)
    sources.sort(key=lambda source: source.first_at)
    return sources


def shown_as(source: Source) -> str:
    """The source's name as a student should read it: a capital city that speaks stands for
    its government, and says so ("Beijing (Chinese government)"); any other name as it is.

    >>> shown_as(Source(name="Beijing", kind="named", affiliation="Chinese government"))
    'Beijing (Chinese government)'
    """
    if source.affiliation and source.affiliation != NOT_STATED and \
            is_capital_name(source.name, load_affiliation_tables()["countries"]):
        return f"{source.name} ({source.affiliation})"
    return source.name


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
    person = known_person(name, tables["people"])
    # a person's own name says nothing about a country ("Victoria Nuland" is not from the
    # Seychelles): look for countries in the roles, and in the name only of a group
    where = " ".join(roles) if is_person else described
    country = person["country"] if person else country_in(where, tables["countries"])
    sector = "government" if person else sector_in(described, tables["sectors"])
    party = party_in(described)
    if sector is None and country and is_country_name(name, tables["countries"]):
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

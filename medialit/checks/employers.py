"""One person who speaks or acts for two sides: 'Rachel Stott, a spokesperson for the
university', later 'Stott, the Students’ Union’s campaigns officer'; 'Pratley’s barrister,
Simon Teale', later 'Simon Teale, the tenants’ barrister'.

A spokesperson speaks for one body, and a lawyer acts for one client in a case: a person
described as speaking for one body and working at another of another kind, or as the lawyer
of two clients, is given two sides, and the reader cannot tell whose voice the quote is.
Limits: the machine cannot know that a person moved, so the rule is a warning; a
description in another time ('former', 'until May') or giving two bodies at once is left
alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.careers import FIRM_KINDS, firm_words, with_firm
from medialit.checks.contradictions import (CHANGED_OR_SHARED, WORKPLACES, post_appositions,
                                            relative_mentions, role_conflicts, two_posts)
from medialit.checks.posts import two_single_posts
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import not_now_pattern
from medialit.model import Quote
from medialit.people import RoleMention, find_role_mentions, name_chains

SPEAKS_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|press officer|speaks for|"
                        r"spoke for|speaking for)\b", re.I)
LAWYER = re.compile(r"\b(?:lawyer|attorney|solicitor|barrister|counsel|advocate)s?\b", re.I)
# descriptions that give no one employer: a member or fellow of many bodies at once
NO_EMPLOYER = re.compile(r"\b(?:member|fellow|trustee|governor|volunteer|supporter|student|"
                         r"patron|adviser|advisor|consultant|visiting)\b", re.I)
# a place's own government, said many ways: 'the city', 'the council', 'county officials'
LOCAL_GOVERNMENT = frozenset({"city", "town", "county", "borough", "district"})
PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our", "your"})


@rule("roles.two-sides", "role-conflict", "warning",
      "one person who speaks for one body and works at another, or a lawyer of two clients "
      "('a spokesperson for the university', later 'the students’ union’s officer')")
def two_sides(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """One person described as a spokesperson for a body ('a spokesperson for the university',
    'who speaks for the Rivers Authority') and elsewhere at a body of another kind ('the
    Students’ Union’s campaigns officer', 'a hydrologist at the University of Ensdale'); or
    as the lawyer of two clients ('Pratley’s barrister', 'the tenants’ barrister'). Bodies
    are compared by kind (``WORKPLACES``: a university, a union, an authority), so two names
    of one body ('the university', 'the University of Ensdale') agree. The later
    description is circled."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    full_names = {" ".join(words) for words in name_chains(article).values() if len(words) > 1}
    by_person: dict[str, list[tuple[RoleMention, str, set[str]]]] = {}
    seen = set()
    for mention in [*find_role_mentions(article), *post_appositions(article),
                    *relative_mentions(article)]:
        name = _full_name(mention.name, full_names)
        if (name, mention.start) in seen or len(name.split()) < 2 or \
                not_now_pattern().search(mention.text) or CHANGED_OR_SHARED.search(mention.text):
            continue
        seen.add((name, mention.start))
        side = _side(article, mention)
        if side is not None:
            by_person.setdefault(name, []).append((mention, *side))
    taken = [(spot.start, spot.end) for found in (role_conflicts, two_posts, two_single_posts)
             for spot in found(article, quotes)]
    for name, sides in by_person.items():
        sides.sort(key=lambda side: side[0].start)
        clash = _first_clash(sides)
        if clash is None:
            continue
        first, second, why = clash
        if any(start < second.end and second.start < end for start, end in taken):
            continue
        yield Spot(second.start, second.end,
                   f"In {where(article, second.start)} the article describes {name} with "
                   f"“{second.text}”, but in {where(article, first.start)} with "
                   f"“{first.text}”: {why}. Which side is this person on? The machine could not "
                   "tell whether they changed sides; if not, one description is wrong.", None,
                   ((first.start, first.end),))


def _first_clash(sides: list[tuple[RoleMention, str, set[str]]]) -> tuple | None:
    """The first two descriptions of one person that give two sides, with why."""
    for i, (first, first_role, first_bodies) in enumerate(sides):
        for second, second_role, second_bodies in sides[i + 1:]:
            if first_bodies & second_bodies:
                continue
            if first_role == second_role == "lawyer":
                return first, second, "one lawyer acting for two clients"
            roles = {first_role, second_role}
            if roles == {"speaks"}:
                return first, second, "one person speaking for two different bodies"
            if "speaks" in roles and roles <= {"speaks", "works"}:
                return first, second, "one person speaking for one body and working at another"
    return None


def _side(article: Article, mention: RoleMention) -> tuple[str, set[str]] | None:
    """What a description says the person does and for whom: ('lawyer', the client's
    words), ('speaks', the kinds of body spoken for) or ('works', the kinds of body worked
    at); None when it names no one."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    if LAWYER.search(mention.text):
        clients = {t.lemma_.lower() for t in span if t.dep_ == "poss" and
                   t.lower_ not in PRONOUNS}
        return ("lawyer", clients) if clients else None
    if NO_EMPLOYER.search(mention.text):
        return None
    kinds = set()
    for token in span:
        if token.lower_ in ("at", "for", "of", "in") or token.dep_ == "poss":
            kinds |= {t.lemma_.lower() for t in token.subtree if t.lemma_.lower() in WORKPLACES}
    kinds |= {t.lemma_.lower() for token in span if token.lower_ in ("for", "of")
              for t in token.subtree if t.lemma_.lower() in FIRM_KINDS | LOCAL_GOVERNMENT}
    before = re.search(r"(?i)\b(\w+)\s+spokes(?:man|woman|person)\b", mention.text)
    if before and before.group(1).lower() in (WORKPLACES | LOCAL_GOVERNMENT) - {"police",
                                                                              "department"}:
        kinds.add(before.group(1).lower())  # 'City spokeswoman Glenna Ortiz'
    named = frozenset(t.lower_ for t in span if t.pos_ == "PROPN")
    if not kinds and named:  # a firm named by its name alone ('Carrick Marine’s project manager')
        kinds = set(with_firm(named, firm_words(article)) - named)
    if not kinds:
        return None
    kinds = {"company" if kind in FIRM_KINDS else "council" if kind in LOCAL_GOVERNMENT else
             kind for kind in kinds}  # a firm, a company; the city, the council
    return ("speaks" if SPEAKS_FOR.search(mention.text) else "works"), kinds


def _full_name(name: str, full_names: set[str]) -> str:
    """A surname alone given in full when exactly one full name of the article ends with it."""
    words = [w for w in name.split() if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr", "Prof")]
    ending = {full for full in full_names if words and full.split()[-1] == words[-1]}
    return next(iter(ending)) if len(ending) == 1 else " ".join(words)

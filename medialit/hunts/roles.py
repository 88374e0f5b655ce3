"""The role-conflict planter: a person given a second, different job or country.

The engine finds every description of a person (``medialit.people.find_role_mentions``). The
planter takes one, changes its job, portfolio or country (``hunt_words.json``) and gives the
changed description to a later bare mention of the same surname: "Finance Minister Brandt
said" where the article called him "Transport Minister Tomas Brandt", or "Kettle, the union’s
regional treasurer, said" where she was "the union’s regional organiser". The original stays,
so the article contradicts itself.
"""
from __future__ import annotations

import re

from medialit.hunts.places import Site, load_hunt_words, with_case
from medialit.hunts.records import Draft
from medialit.people import NAME_TITLES, find_role_mentions, name_chains

ARTICLES = {"a", "an", "the", "his", "her", "their", "its"}


def wrong_roles(role: str) -> list[str]:
    """The description with a different job, portfolio or country, each way it can be
    changed ("the US ambassador" → "the US trade minister", "the French ambassador").

    >>> wrong_roles("Transport Minister")[0]
    'Foreign Minister'
    """
    words = load_hunt_words()
    found = []
    portfolios = "|".join(words["portfolios"])
    portfolio = re.search(rf"\b({portfolios})(?= (?:[Mm]inister|[Ss]ecretary)\b)", role)
    if portfolio:
        other = next(p for p in words["portfolios"] if p != portfolio.group(1))
        found.append(role[:portfolio.start()] + other + role[portfolio.end():])
    for job in sorted(words["jobs"], key=len, reverse=True):
        match = re.search(rf"(?<![\w-]){re.escape(job)}(?![\w-])", role, re.I)
        if match and not portfolio:
            new = words["jobs"][job]
            if match.group(0)[:1].isupper():  # "Vice-President", as a title is written
                new = re.sub(r"(?<![\w])(\w)", lambda m: m.group(1).upper(), new)
            found.append(_fix_article(role[:match.start()] + new + role[match.end():]))
            break
    for demonym in words["demonyms"] + ["US", "U.S.", "UK", "EU"]:
        match = re.search(rf"(?<![\w.-]){re.escape(demonym)}(?![\w-])", role)
        if match:
            other = next(d for d in words["demonyms"] if d != demonym)
            found.append(_fix_article(role[:match.start()] + other + role[match.end():]))
            break
    return found


def _fix_article(text: str) -> str:
    """"a" or "an" agreeing with the word after it ("a engineer" → "an engineer")."""
    def agree(match: re.Match) -> str:
        article = "an" if match.group(2)[0].lower() in "aeiou" else "a"
        return with_case(match.group(1), article) + " " + match.group(2)
    return re.sub(r"\b([Aa]n?) (\w+)", agree, text)


def _plain_description(site: Site, evidence) -> bool:
    """False for a description the engine cut badly: one holding a person's name ("President
    Obama and") or ending on a small word."""
    last = evidence.text.split()[-1].lower() if evidence.text.split() else ""
    named = any(entity.label_ == "PERSON" and entity.start_char < evidence.end and
                evidence.start < entity.end_char for entity in site.article.entities)
    return not named and last not in ("and", "or", "of", "the", "a", "an", "to", "for", "with")


def plant_role_conflicts(site: Site) -> list[Draft]:
    """role-conflict: see the module's docstring. A title is written before the surname
    (when the original is a title), an apposition between commas after a surname that is the
    subject of the verb right after it (otherwise)."""
    chains = name_chains(site.article)
    people = {" ".join(words): words for words in chains.values() if len(words) >= 2}
    surnames = [words[-1] for words in people.values()]
    drafts = []
    for mention in find_role_mentions(site.article):
        words = people.get(mention.name)
        if words is None or surnames.count(words[-1]) > 1 or \
                site.in_quote(mention.start, mention.end):
            continue
        # a description ends at its first comma ("a nurse at Wrenfield General, where she …")
        end = site.text.find(",", mention.start, mention.end)
        evidence = site.span(mention.start, mention.end if end < 0 else end)
        if len(evidence.text.split()) > 6 or not _plain_description(site, evidence):
            continue
        for wrong in wrong_roles(evidence.text):
            for token in site.bare_mentions(words):
                if site.sentence_at(token.idx) == site.sentence_at(mention.start):
                    continue
                draft = _placed(site, token, mention, wrong, evidence)
                if draft is not None:
                    drafts.append(draft)
    return drafts


def _placed(site: Site, token, mention, wrong: str, evidence) -> Draft | None:
    at = token.idx
    if mention.pattern == "title":
        before = token.doc[token.i - 1].lower_ if token.i else ""
        if before in ARTICLES or before.rstrip(".") in NAME_TITLES or not wrong[:1].isupper() \
                or token.dep_ in ("compound", "amod"):
            return None  # "the Brandt", "Mr. Governor Alexander", "an Obama administration"
        shown, correction = wrong, evidence.text
        insert, flag = wrong + " ", (at, at + len(wrong))
    else:
        place = site.apposition_place(token)
        if not wrong.split()[0].lower() in ARTICLES or place is None:
            return None
        after, closing = place
        description = wrong[0].lower() + wrong[1:]
        shown, correction = description, evidence.text[0].lower() + evidence.text[1:]
        insert, at = f", {description}{closing}", after
        flag = (after + 2, after + 2 + len(description))
    surname = token.text
    return Draft(
        planter="role", kind="role-conflict", edit=site.span(at, at), replacement=insert,
        flag=flag, reach=site.reach(token.idx, token.idx + len(token)), related=(evidence,),
        explanation=(f"Here {surname} is called “{shown}”, but in "
                     f"{site.place(mention.start)} the article calls {mention.name} "
                     f"“{evidence.text}”. One person cannot be both, so one of them is wrong."),
        correction=correction,
        hint=f"Compare what the article calls {surname} here with the first time "
             f"{surname} is described.")

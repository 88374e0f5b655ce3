"""One player given two positions of different lines of a football team: 'shot past
goalkeeper Ana Ruiz', later 'Centre-back Ana Ruiz blocked a late shot'.

A match report names a player by position ('striker Keisha Morrow', 'Ruiz, the goalkeeper,'),
and a player keeps one line of the team in a game: a goalkeeper is no defender, a defender
no striker. Limits: players do move ('moved to centre-back after the break'), so a sentence
that says so is left alone and the rule is a warning; positions of one line ('striker',
'forward') never conflict.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import load_check_words
from medialit.model import Quote
from medialit.people import name_chains

PERSON = r"([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){0,2})"
# a sentence that says a player changed position, or speaks of another time
MOVED = re.compile(r"\b(?:moved|switched|converted|dropped back|pushed up|played as|playing as|"
                   r"in place of|replaced|former|formerly|usual|usually|normally|natural|"
                   r"turned|became|now)\b", re.I)


@functools.lru_cache(maxsize=1)
def position_lines() -> dict[str, str]:
    """Each playing position of ``check_words.json`` (``playing_positions``), in lower case,
    with the line of the team it belongs to ('centre back' → 'defender')."""
    groups = load_check_words()["playing_positions"]["groups"]
    return {_spaced(position): line for line, positions in groups.items()
            for position in positions}


@rule("roles.two-positions", "role-conflict", "warning",
      "one player given positions of two lines of a team ('goalkeeper Ana Ruiz', later "
      "'centre-back Ana Ruiz')")
def two_positions(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A player named with a position before the name ('goalkeeper Ana Ruiz', 'Center back
    Ana Ruiz') or after it ('Ruiz, the goalkeeper,'), and elsewhere with a position of
    another line of the team (``playing_positions`` in check_words.json: goalkeeper,
    defender, midfielder, forward). The later position is circled. A surname alone counts
    for the one full name of the article that ends with it; a sentence that says the player
    moved, or speaks of another time ('former', 'usually'), is left alone."""
    lines = position_lines()
    words = "|".join(sorted((r"[ \u00a0-]+".join(map(re.escape, re.split(r"[ -]", p)))
                             for p in lines), key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])((?i:{words}))[ \u00a0]+{PERSON}")
    after = re.compile(rf"{PERSON},[ \u00a0]+(?:the|a|an|their|its|[A-Z][\w’'-]+[’']s?)"
                       rf"[ \u00a0]+(?:[a-z-]+(?:[’']s?)?[ \u00a0]+)?({words})\b(?![ \u00a0-]+(?:coach|"
                       rf"coaches|union))")
    surnames = {words[-1]: " ".join(words) for words in name_chains(article).values()
                if len(words) > 1}
    named: dict[str, tuple[str, int, int, str]] = {}
    found = [(m.group(2), m.start(1), m.end(1), m.group(1)) for m in before.finditer(article.text)
             if m.group(1)[:1].islower() or _opens_sentence(article.text, m.start())]
    found += [(m.group(1), m.start(2), m.end(2), m.group(2)) for m in after.finditer(article.text)]
    for person, start, end, position in sorted(found, key=lambda f: f[1]):
        line = lines.get(_spaced(position))
        words = person.split()
        if line is None or _moved(article, start):
            continue
        name = " ".join(words) if len(words) > 1 else surnames.get(words[-1])
        if name is None or surnames.get(words[-1]) not in (None, name):
            continue
        earlier = named.setdefault(name, (line, start, end, position))
        if earlier[0] != line:
            yield Spot(start, end,
                       f"Here {name} is {_a(position.lower())}, but in "
                       f"{where(article, earlier[1])} {_a(earlier[3].lower())}. A player keeps "
                       "one position in a game: did the player move? If not, which is right?",
                       earlier[3].lower(), ((earlier[1], earlier[2]),))
            return


def _spaced(position: str) -> str:
    """A position in lower case with spaces for hyphens ('Centre-back' → 'centre back')."""
    return re.sub(r"[ \u00a0-]+", " ", position.lower())


def _opens_sentence(text: str, start: int) -> bool:
    """True when a capitalised word opens a sentence or a paragraph ('Center back Ana Ruiz,
    who …'), so that its capital says nothing of a name."""
    return re.search(r"(?:^|[.!?][\"”’']?[ \u00a0]+|\n)$", text[:start]) is not None


def _moved(article: Article, start: int) -> bool:
    """True when the sentence of a position says the player moved or speaks of another time."""
    span = article.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    return MOVED.search(article.text[sentence.start_char:sentence.end_char]) is not None


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun

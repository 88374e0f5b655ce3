"""Where an article gives a person a rank of the police or the armed forces: a title before
the name, written out or shortened in British or US style ('Sergeant Ana Brook', 'Sgt. Luis
Carmona', 'DS Brook', 'Lt Col'), or a rank in a description beside the name ('Carmona, a
sergeant in the training unit'; 'the unit's lieutenant, Luis Carmona'). One person holds one
rank at a time, so the rule roles.two-ranks compares them.

Ranks that start the names of things ('General', 'Major', 'Private') are left out, and so are
ranks in small letters that also name a job or a post outside the forces ('inspector': a
health inspector; 'superintendent': of schools; 'captain': of a team; 'commander': of a unit).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# each way of writing a rank, full or shortened, and the rank it stands for
RANK_FORMS = {
    "Constable": "Constable", "Const": "Constable", "PC": "Constable", "DC": "Constable",
    "Sergeant": "Sergeant", "Serjeant": "Sergeant", "Sgt": "Sergeant", "Sergt": "Sergeant",
    "DS": "Sergeant",
    "Inspector": "Inspector", "Insp": "Inspector", "DI": "Inspector", "DCI": "Inspector",
    "Superintendent": "Superintendent", "Supt": "Superintendent", "DSupt": "Superintendent",
    "Lieutenant": "Lieutenant", "Lt": "Lieutenant", "Lieut": "Lieutenant",
    "Corporal": "Corporal", "Cpl": "Corporal", "Corp": "Corporal",
    "Colonel": "Colonel", "Col": "Colonel",
    "Captain": "Captain", "Capt": "Captain", "Cpt": "Captain",
    "Commander": "Commander", "Cmdr": "Commander", "Cdr": "Commander",
    "Admiral": "Admiral", "Adm": "Admiral",
    "Brigadier": "Brigadier", "Brig": "Brigadier",
    "Commissioner": "Commissioner",
}
# ranks in small letters that name nothing but a rank
SMALL_RANKS = ("sergeant", "lieutenant", "corporal", "colonel", "brigadier", "constable")
# words before a rank that make it another post or another rank of the same kind
QUALIFIERS = r"(?:Detective|Det\.?|Chief|Deputy|Assistant|Police|Staff|Master|First|Second|Lance)"
NAME_WORD = r"[A-Z][a-z’'-]+"
# 'Lt. Gov.', 'Lieutenant Colonel', 'Inspector General': another post or a rank of two words
NOT_A_NAME = re.compile(r"(?:General|Gen|Gov|Governor|Major|Maj|Commander|Colonel|Col|"
                        r"Commodore|Marshal)\b")
TITLE_RANK = re.compile(
    rf"(?<![\w.-])(?:{QUALIFIERS}\s+)*((?:{'|'.join(sorted(RANK_FORMS, key=len, reverse=True))})"
    rf"(?:(?<=[a-z])\.)?)\s+(?!{NOT_A_NAME.pattern})((?:{NAME_WORD}\s+)?{NAME_WORD})\b")
_SMALL = "|".join(SMALL_RANKS)
# 'Carmona, a sergeant in the unit' and 'the unit’s sergeant, Luis Carmona'
RANK_AFTER_NAME = re.compile(
    rf"(?<![\w’'-])((?:{NAME_WORD}\s+)?{NAME_WORD}),\s+(?:a|an|the|[A-Z][\w’'-]*[’']s?)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?({_SMALL})\b(?!\s+(?:general|governor|colonel|commander|major)\b)")
RANK_BEFORE_NAME = re.compile(
    rf"(?<![\w’'-])(?:a|an|the|[A-Z][\w’'-]*[’']s?)\s+(?:[\w’'-]+\s+){{0,3}}?({_SMALL}),\s+"
    rf"((?:{NAME_WORD}\s+)?{NAME_WORD})\b")


@dataclass(frozen=True)
class RankMention:
    """A rank given to a name: where the rank's words stand, the rank they stand for, and
    the words of the name."""

    start: int
    end: int
    rank: str
    name: tuple[str, ...]


def rank_mentions(text: str) -> list[RankMention]:
    """Every rank the text gives a name, in reading order: titles first read, then ranks in
    descriptions beside a name."""
    found = [RankMention(m.start(1), m.end(1), RANK_FORMS[m.group(1).rstrip('.')], tuple(m.group(2).split()))
             for m in TITLE_RANK.finditer(text)]
    for pattern, rank_at, name_at in ((RANK_AFTER_NAME, 2, 1), (RANK_BEFORE_NAME, 1, 2)):
        for m in pattern.finditer(text):
            if any(f.start <= m.start(rank_at) < f.end for f in found):
                continue
            found.append(RankMention(m.start(rank_at), m.end(rank_at),
                                     m.group(rank_at).capitalize(),
                                     tuple(m.group(name_at).split())))
    return sorted(found, key=lambda mention: mention.start)

"""Small questions about places in the text that several rules ask."""
from __future__ import annotations

import bisect
import itertools
import re

from medialit.article import Article
from medialit.model import Quote


class Stretches:
    """Stretches of the text, ``(start, end)``, that can be asked whether any of them
    overlaps another stretch without reading them all."""

    def __init__(self, stretches):
        ordered = sorted(stretches)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """True when some stretch begins before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self.starts, end)  # the stretches beginning before ``end``
        return before > 0 and self.reach[before - 1] > start

    def holds(self, offset: int) -> bool:
        """True when some stretch covers the character at ``offset``."""
        return self.overlap(offset, offset + 1)


def direct_quotes(quotes: list[Quote]) -> Stretches:
    """Where the direct quotes stand, to ask whether an offset is inside one."""
    return Stretches((q.start, q.end) for q in quotes if q.kind == "direct")


def where(article: Article, offset: int) -> str:
    """"the title" or "paragraph N", for a message."""
    number = article.paragraph_index(offset)
    return "the title" if number == 0 else f"paragraph {number}"


def names_before(article: Article, sentence, before: int,
                 labels=("PERSON", "ORG", "GPE", "NORP")) -> list[str]:
    """The names of ``labels`` in ``sentence`` that end before token ``before``, once each."""
    names = []
    for ent in article.entities_within(sentence):
        if ent.label_ in labels and ent.end <= before:
            name = re.sub(r"(’s|'s)$", "", ent.text)
            if name not in names:
                names.append(name)
    return names

"""One thing tied to one figure, named two ways: 'a $2 facility fee' and later 'the $2
convenience fee'; 'a slow zone' where scooters are held to 8 mph and later 'the no-ride zone,
which capped scooters at 8 mph'. A figure with a unit ('$2', '8 mph', '15%') links the two
terms: the same figure beside the same kind of thing (one head noun: 'fee', 'zone') is one
thing, so a second describing word is the first one changed.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes, where
from medialit.checks.words import word_set
from medialit.model import Quote

# a figure with its unit: money, a share or a measure ('$2', '£1.50', '8 mph', '15 per cent')
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
FIGURE = re.compile(rf"(?<![\w.,])(?:[$£€]{NUMBER}(?:[ \u00a0]*(?:million|billion|bn|m)\b)?"
                    rf"|{NUMBER}(?:%|[ \u00a0-]+(?:per[ \u00a0]cent|percent|mph|km/h|kph|"
                    r"miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|ft|kg|"
                    r"kilograms?|tonnes?|tons?|pounds?|dollars?|euros?|pence|cents?)\b))")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@dataclass(frozen=True)
class TiedTerm:
    """A describing word and the noun it describes ('facility', 'fee'), in a sentence that
    gives a figure."""

    start: int  # where the describing word starts
    end: int  # where the noun ends
    modifier: str
    head: str
    figure: str
    sentence: tuple[int, int]  # where the sentence starts and ends


@rule("terms.same-figure-renamed", "inconsistent-term", "warning",
      "one thing tied to one figure given two names ('a $2 facility fee', later 'the $2 "
      "convenience fee')")
def renamed_beside_one_figure(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the $2 convenience fee' where the article set 'a $2 facility fee': one figure with
    its unit, written in two sentences only, each time beside the same noun ('fee') with a
    different describing word just before it. The first one is taken to be right. Quiet when
    one sentence names both, when the later term is written again elsewhere, when one
    describing word holds the other ('slow zone', 'downtown slow zone'), and inside direct
    quotes (a speaker's words are what they said). The machine cannot know the two are not
    two things that cost or measure the same, so it asks."""
    terms = tied_terms(article)
    figures = Counter(m.group(0).lower() for m in FIGURE.finditer(article.text))
    text_lower = article.text.lower()
    quoted = direct_quotes(quotes)
    for odd in terms:
        if figures[odd.figure] != 2 or quoted.holds(odd.start):
            continue
        for usual in terms:
            if usual.start >= odd.start or usual.sentence == odd.sentence or \
                    usual.head != odd.head or usual.figure != odd.figure or \
                    _one_holds_other(usual.modifier, odd.modifier):
                continue
            if text_lower.count(f"{odd.modifier} {odd.head}") != 1 or \
                    usual.modifier in text_lower[slice(*odd.sentence)]:
                continue
            shown = article.text[usual.start:usual.end]
            here = article.text[odd.start:odd.end]
            yield Spot(odd.start, odd.end,
                       f"In {where(article, usual.start)} the {odd.figure} {odd.head} is a "
                       f"“{shown}”; here it is a “{here}”. Is it the same {odd.head}? Then "
                       "it should have the same name.", shown, ((usual.start, usual.end),))
            break


def tied_terms(article: Article) -> list[TiedTerm]:
    """Every noun with a describing word just before it ('slow zone', 'no-ride zone'), tied
    to a figure with a unit (``_figure_of``)."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return []
    stop = word_set("stop_words")
    found = []
    for sent in doc.sents:
        figures = {m.group(0).lower(): m.end() + sent.start_char
                   for m in FIGURE.finditer(sent.text)}
        for token in sent:
            if token.pos_ != "NOUN" or not token.text.islower() or token.i == 0:
                continue
            before = doc[token.i - 1]
            if before.dep_ not in MODIFIER_DEPS or before.head.i != token.i or \
                    not before.text.islower() or not before.is_alpha or before.lower_ in stop:
                continue
            first = before
            while first.i > sent.start and doc[first.i - 1].text == "-" and first.i - 2 >= sent.start:
                first = doc[first.i - 2]  # 'no-ride', 'all-weather'
            modifier = article.text[first.idx:before.idx + len(before.text)].lower()
            figure = _figure_of(article.text, first.idx, token.idx + len(token.text), figures)
            if figure is None:
                continue
            found.append(TiedTerm(first.idx, token.idx + len(token.text), modifier,
                                  token.lemma_.lower(), figure,
                                  (sent.start_char, sent.end_char)))
    return found


def _figure_of(text: str, start: int, end: int, figures: dict[str, int]) -> str | None:
    """The figure a term is tied to: the one just before it ('a £15 congestion charge'), or
    just after it ('the charge of £15', 'the charge, set at £15,'), or else the sentence's
    only figure ('held to 8 mph in the slow zone'); None when none of these."""
    for figure, figure_end in figures.items():
        if re.fullmatch(r"[ \u00a0]*", text[figure_end:start]):
            return figure
    after = re.match(r",?[ \u00a0]+(?:of|at|(?:set|fixed|capped|held)[ \u00a0]+at)[ \u00a0]+",
                     text[end:end + 30])
    if after:
        found = FIGURE.match(text, end + after.end())
        if found and found.group(0).lower() in figures:
            return found.group(0).lower()
    return next(iter(figures)) if len(figures) == 1 else None


def _one_holds_other(one: str, other: str) -> bool:
    """True when one describing word is part of the other ('slow', 'very slow') or both
    are one word ('fee', 'fees')."""
    return one in other or other in one

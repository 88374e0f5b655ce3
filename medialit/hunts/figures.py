"""The figure planter: a figure the article gives twice, changed once, so the two disagree.

A figure is a number with the noun it counts ("48 hours", "£14.2 million", "412 votes"); when
the article writes the same figure with the same noun in two sentences, one of them gets a
different value: its digits swapped ("14.2" → "41.2", as a tired typist does), or one more
("three" → "four"). The other stays, and proves the change wrong. A person's age, given once
("Marcus Bell, 67,"), is given again, differently, at a later mention ("Bell, 76, said").
"""
from __future__ import annotations

import re

from medialit.hunts.places import Site, with_case
from medialit.hunts.records import Draft

AGE = re.compile(r", (\d\d),")
# "for 40 years" in one sentence and "his 40 years in office" in another are often two
# different spans of time: a time figure is planted only when the noun it describes matches
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]


def other_value(figure: str) -> str | None:
    """A different value for a figure as a careless writer gives it: two neighbouring digits
    swapped, else the last digit one more; a number word one more.

    >>> other_value("14.2"), other_value("48"), other_value("2"), other_value("three")
    ('41.2', '84', '3', 'four')
    """
    lower = figure.lower()
    if lower in NUMBER_WORDS[:-1]:
        return with_case(figure, NUMBER_WORDS[NUMBER_WORDS.index(lower) + 1])
    if not re.fullmatch(r"\d[\d,.]*", figure):
        return None
    if re.fullmatch(r"(19|20)\d\d", figure):  # a year: one earlier, a swap would leave the century
        return figure[:3] + str((int(figure[3]) + 9) % 10)
    digits = [i for i, c in enumerate(figure) if c.isdigit()]
    for a, b in zip(digits, digits[1:]):
        if figure[a] != figure[b] and not (a == 0 and figure[b] == "0"):
            swapped = list(figure)
            swapped[a], swapped[b] = figure[b], figure[a]
            return "".join(swapped)
    last = digits[-1]
    return figure[:last] + str((int(figure[last]) + 1) % 10) + figure[last + 1:]


def _counted(token):
    """The noun a number counts ("48 hours", "412 votes to 57"), or None."""
    head = token.head
    if token.dep_ in ("nummod", "quantmod", "compound") and head.pos_ == "NOUN" and \
            head.i > token.i:
        return head
    return None


def plant_figures(site: Site) -> list[Draft]:
    """self-contradiction: see the module's docstring."""
    return _repeated_figures(site) + plant_ages(site)


def _repeated_figures(site: Site) -> list[Draft]:
    groups: dict[tuple[str, str], list] = {}
    for token in site.article.doc:
        if not token.like_num or token.pos_ != "NUM":
            continue
        noun = _counted(token)
        if noun is not None:
            # "40 years" and "a 40-year career" count different things: the noun's own head
            # is part of the figure when the noun only describes it
            described = noun.head.lemma_.lower() if noun.dep_ in ("amod", "compound") else None
            key = (token.lower_, noun.lemma_.lower(), described)
            if noun.lemma_.lower() in TIME_UNITS and described is None:
                continue
            groups.setdefault(key, []).append((token, noun))
    drafts = []
    for figures in groups.values():
        sentences = {site.sentence_at(token.idx) for token, _ in figures}
        new = other_value(figures[0][0].text)
        if len(sentences) < 2 or new is None:
            continue
        for token, noun in figures:
            if site.in_quote(token.idx, noun.idx + len(noun)):
                continue
            here = site.sentence_at(token.idx)
            evidence_token, evidence_noun = next(
                (t, n) for t, n in figures if site.sentence_at(t.idx) != here)
            evidence = site.span(evidence_token.idx, evidence_noun.idx + len(evidence_noun))
            spot = site.span(token.idx, token.idx + len(token))
            new = with_case(token.text, other_value(token.text) or new)
            written = new + site.text[spot.end:noun.idx + len(noun)]  # "41-year", "seven years"
            drafts.append(Draft(
                planter="figure", kind="self-contradiction", edit=spot, replacement=new,
                flag=(spot.start, spot.start + len(new)), reach=site.reach(spot.start, spot.end),
                related=(evidence,),
                explanation=(f"Here the article says “{written}”, but in "
                             f"{site.place(evidence.start)} it says “{evidence.text}”. Both "
                             "cannot be right."),
                correction=token.text,
                hint="Find every place the article gives this figure. Do they match?"))
    return drafts


def other_age(age: str) -> str:
    """A different age, as a slip gives it: the digits swapped ("67" → "76") when that leaves
    an adult, else ten years more ("41" → "51").

    >>> other_age("67"), other_age("41"), other_age("55")
    ('76', '51', '65')
    """
    swapped = age[::-1]
    return swapped if swapped != age and int(swapped) >= 18 else str(int(age) + 10)


def plant_ages(site: Site) -> list[Draft]:
    """self-contradiction: a person whose age the article gives once ("Marcus Bell, 67,")
    gets another at a later mention by surname ("Bell, 76, said")."""
    drafts = []
    for entity in site.article.entities:
        match = AGE.match(site.text, entity.end_char)
        if entity.label_ != "PERSON" or len(entity) < 2 or match is None or \
                int(match.group(1)) < 12 or site.in_quote(entity.start_char, match.end()):
            continue
        age, other = match.group(1), other_age(match.group(1))
        evidence = site.span(entity.start_char, match.end(1))
        for token in site.bare_mentions(entity.text.split()):
            place = site.apposition_place(token)
            if place is None or token.idx < match.end() or \
                    site.sentence_at(token.idx) == site.sentence_at(entity.start_char):
                continue
            at, closing = place
            drafts.append(Draft(
                planter="figure", kind="self-contradiction", edit=site.span(at, at),
                replacement=f", {other}{closing}", flag=(at + 2, at + 2 + len(other)),
                reach=site.reach(token.idx, token.idx + len(token)), related=(evidence,),
                explanation=(f"Here {token.text} is {other}, but in {site.place(evidence.start)} "
                             f"the article gives the age as {age} (“{evidence.text}”). Both "
                             "cannot be right."),
                correction=age,
                hint="Find the first time this person is named. How old are they there?"))
    return drafts

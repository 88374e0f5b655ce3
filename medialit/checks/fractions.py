"""Fractions said in words ('nearly three-quarters', 'a third', 'half') against the numbers
they stand beside: a count out of a group counted just before ('asked 240 shoppers … 150 of
them, nearly three-quarters'), a percentage restated as a fraction ('40 per cent of the
average, less than a third of what is usual'), a sum said to be a fraction of a cost the
article gives once ('the $12 million unit … a quarter of the cost, $4 million'), and a change
by a fraction between two numbers ('cut by a third, from £2.4 million to £1.9 million').

Limits: a fraction in words is loose, so each hedge ('nearly', 'about', 'more than') is read
on its own side and plain fractions are allowed a tenth either way; only the numbers of one
phrase, or the one whole the article names, are compared. The rules cannot know which of the
numbers is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import MONEY, amount_of
from medialit.checks.registry import Spot
from medialit.checks.spans import where

FRACTION_WORDS = {"half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3,
                  "one third": 1 / 3, "one-third": 1 / 3, "two thirds": 2 / 3,
                  "two-thirds": 2 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4,
                  "one-quarter": 1 / 4, "three quarters": 3 / 4, "three-quarters": 3 / 4,
                  "a fifth": 1 / 5, "one fifth": 1 / 5, "one-fifth": 1 / 5,
                  "two-fifths": 2 / 5, "two fifths": 2 / 5, "three-fifths": 3 / 5,
                  "three fifths": 3 / 5, "four-fifths": 4 / 5, "four fifths": 4 / 5,
                  "a tenth": 1 / 10, "one tenth": 1 / 10, "one-tenth": 1 / 10}
# 'three in four', 'one out of five': a share said as so many of so many
SMALL = {word: n for n, word in enumerate("zero one two three four five six seven eight nine "
                                          "ten".split())}
IN_EVERY = r"(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+" \
           r"(?:two|three|four|five|six|seven|eight|nine|ten)(?!\s+(?:of|years|days|weeks))"
WORDED = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True)) + "|" + IN_EVERY
# a hedge on a fraction says on which side of it the true share lies
LOOSE_HEDGE = (r"(?:((?i:about|around|roughly|approximately|some|nearly|almost|close\s+to|"
               r"more\s+than|over|well\s+over|just\s+over|a\s+little\s+over|less\s+than|under|"
               r"well\s+under|just\s+under|a\s+little\s+under|fewer\s+than|barely|only|just|"
               r"little\s+more\s+than))\s+)?")
FRACTION = rf"{LOOSE_HEDGE}\b((?i:{WORDED}))\b(?![- ](?:hour|day|week|month|year|time|way|mile))"
NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+)"
PERCENT = r"(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"


def fraction_of(words: str) -> float:
    """The share a fraction in words stands for: 'a third' 1/3, 'three in four' 0.75."""
    words = re.sub(r"\s+", " ", words.lower())
    if words in FRACTION_WORDS:
        return FRACTION_WORDS[words]
    part, whole = words.split()[0], words.split()[-1]
    return SMALL[part] / SMALL[whole]


def fraction_fits(share: float, fraction: float, hedge: str | None) -> bool:
    """True when ``share`` (0 to 1) may be called ``hedge`` ``fraction``: 'nearly' and
    'almost' up to it from 15 per cent of it below, 'more than' above it, 'less than' below,
    'about' within 15 per cent of it, a plain fraction within a tenth (or two points)."""
    hedge = re.sub(r"\s+", " ", (hedge or "").lower())
    if hedge in ("more than", "over", "well over", "just over", "a little over",
                 "little more than"):
        return share >= fraction * 0.98
    if hedge in ("less than", "under", "well under", "just under", "a little under",
                 "fewer than", "barely", "only", "just"):
        return share <= fraction * 1.02
    if hedge in ("nearly", "almost", "close to"):
        return fraction * 0.85 <= share <= fraction * 1.02
    slack = 0.15 if hedge else 0.1
    return abs(share - fraction) <= max(fraction * slack, 0.02)


def _said(hedge: str | None, fraction: str) -> str:
    return f"{hedge.lower()} {fraction}" if hedge else fraction


OF_THEM = re.compile(rf"(?<![\d.,£$€]){NUMBER}\s+(?:of\s+(?:them|those|these)|out\s+of\s+"
                     rf"(?:them|those))\b,?\s+(?:or\s+|that\s+is\s+|[(—–]\s*)?{FRACTION}"
                     r"(?!\s+of\b)")
# 'Of those, 690, roughly a third, …': the same link, the part after 'of those'
THOSE_FIRST = re.compile(rf"\b(?i:of)\s+(?:them|those|these|that\s+number),?\s+{NUMBER}"
                         rf"(?![\d%]|[.,]\d),?\s+(?:or\s+|that\s+is\s+|[(—–]\s*)?{FRACTION}"
                         r"(?!\s+of\b)")
COUNTED = re.compile(rf"(?<![\d.,£$€]){NUMBER}(?![\d%]|[.,]\d|\s?per\b)\s+(?:[a-z-]+\s+)?"
                     r"(?:[a-z]+s|people|children|men|women|staff)\b")
# 'The stolen accounts make up roughly a fifth of the app's 95,000 users': a group named
# without its count, said to be a fraction of a whole counted in the same breath
GROUP_AS_FRACTION = re.compile(
    rf"^(?:The|These|Those|They|That|This)\b[^,.;:\d]{{0,40}}?\b(?:make\s+up|makes\s+up|"
    rf"made\s+up|are|were|is|was|represent|represents|represented|account\s+for|"
    rf"accounts\s+for|accounted\s+for)\s+{FRACTION}\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    rf"(?:[A-Za-z'’]+\s+){{0,2}}?{NUMBER}(?![\d%]|[.,]\d)\s+")


def counts_as_fractions(article: Article) -> Iterator[Spot]:
    """'The survey asked 240 shoppers … It found that 150 of them, nearly three-quarters,
    walk': 150 of 240 is five-eighths. The whole is the last count of a plural noun before
    'of them' in that sentence or the one before, larger than the part."""
    matches = [*OF_THEM.finditer(article.text), *THOSE_FIRST.finditer(article.text)]
    for match in matches:
        before = [s for s in article.sentences if s.start <= match.start()][-2:]
        start = before[0].start if before else 0
        wholes = [m for m in COUNTED.finditer(article.text, start, match.start())
                  if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
        part = int(match.group(1).replace(",", ""))
        if not wholes:
            continue
        whole = int(wholes[-1].group(1).replace(",", ""))
        fraction = fraction_of(match.group(3))
        if whole <= part or fraction_fits(part / whole, fraction, match.group(2)):
            continue
        said = _said(match.group(2), match.group(3))
        yield Spot(match.start(2) if match.group(2) else match.start(3), match.end(3),
                   f"{part:,} of {whole:,} is {100 * part / whole:.0f} per cent, not {said}. "
                   "Which number is wrong?", None,
                   ((wholes[-1].start(), wholes[-1].end()), (match.start(1), match.end(1))))

    yield from _groups_as_fractions(article)
    yield from _subsets_as_fractions(article)


# 'failed 12 of the 40 restaurants', '12 out of its 40 members': a part of a counted whole
PART_OF_WHOLE = re.compile(rf"(?<![\d.,£$€]){NUMBER}\s+(?:out\s+)?of\s+(?:the|its|their|all|"
                           rf"[A-Z][\w’'-]*(?:’s|'s))\s+(?:the\s+)?{NUMBER}(?![\d%]|[.,]\d)\s+"
                           rf"(?:[a-z-]+\s+){{0,2}}?([a-z]+s)\b")
# 'more than half of the city's total', 'nearly half the bins', 'a third of all wards'
FRACTION_OF = re.compile(rf"{FRACTION}\s+(?:of\s+)?(?:the\s+[a-z]+(?:’s|'s)|[A-Za-z]+(?:’s|'s)|"
                         rf"all\s+the|the|its|their|all)\s+(?:[a-z-]+\s+)??([a-z]+)\b")
PLAIN_VERBS = frozenset("be have do say make get go take give".split())


def _subsets_as_fractions(article: Article) -> Iterator[Spot]:
    """'Inspectors failed 12 of the 40 restaurants' and later 'The failed restaurants, more
    than half of the total': 12 of 40 is 30 per cent. The later sentence names the same
    things (the noun, or 'total') and the same deed (a verb of the count's sentence, or an
    adjective made from it: 'failed'); the article gives that noun as a part of a whole only
    once."""
    counts: dict[str, list[re.Match]] = {}
    for match in PART_OF_WHOLE.finditer(article.text):
        counts.setdefault(match.group(3), []).append(match)
    for noun, found in counts.items():
        if len({(m.group(1), m.group(2)) for m in found}) != 1:
            continue
        count = found[0]
        part, whole = (int(count.group(n).replace(",", "")) for n in (1, 2))
        if not 0 < part < whole or re.fullmatch(r"(?:19|20)\d\d", count.group(2)):
            continue
        home = _sentence_at(article, count.start())
        deeds = _deeds(article, home) - {noun.rstrip("s")}
        for match in FRACTION_OF.finditer(article.text):
            sentence = _sentence_at(article, match.start())
            if sentence is home or match.group(3) not in (noun, "total") or \
                    not re.search(rf"\b{noun}\b", sentence.text) or \
                    not deeds & _deeds(article, sentence):
                continue
            fraction = fraction_of(match.group(2))
            if fraction_fits(part / whole, fraction, match.group(1)):
                continue
            said = _said(match.group(1), match.group(2))
            where_count = where(article, count.start())
            yield Spot(match.start(1) if match.group(1) else match.start(2), match.end(2),
                       f"{where_count[0].upper()}{where_count[1:]} says {part:,} of the "
                       f"{whole:,} {noun}; that is {100 * part / whole:.0f} per cent, not "
                       f"{said}. Which is right?", None,
                       ((count.start(), count.end()),))


def _sentence_at(article: Article, offset: int):
    return next(s for s in article.sentences if s.start <= offset < s.end)


def _deeds(article: Article, sentence) -> set[str]:
    """The lemmas of the verbs of ``sentence`` and the verbs that its adjectives in '-ed'
    come from ('the closed wards': 'close')."""
    tokens = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or ()
    deeds = set()
    for token in tokens:
        if token.pos_ == "VERB" or token.tag_ in ("VBN", "VBD"):
            deeds.add(token.lemma_.lower())
        elif token.pos_ == "ADJ" and token.lower_.endswith("ed"):
            deeds |= {token.lower_[:-1], token.lower_[:-2]}
    return deeds - PLAIN_VERBS


def _groups_as_fractions(article: Article) -> Iterator[Spot]:
    """'About 38,000 people … The stolen accounts make up roughly a fifth of the app's 95,000
    users': the group is the last count of the sentence before (38,000 of 95,000 is two
    fifths). A hedge on the count ('about') widens what the fraction may be."""
    sentences = article.sentences
    for index, sentence in enumerate(sentences[1:], 1):
        match = GROUP_AS_FRACTION.match(sentence.text)
        if not match:
            continue
        before = sentences[index - 1]
        counts = [m for m in COUNTED.finditer(before.text)
                  if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
        whole = int(match.group(3).replace(",", ""))
        if not counts:
            continue
        count = counts[-1]
        part = int(count.group(1).replace(",", ""))
        fraction = fraction_of(match.group(2))
        hedged = re.search(r"\b(?:about|around|roughly|nearly|almost|some|more\s+than|over|"
                           r"up\s+to|at\s+least)\s+$", before.text[:count.start()], re.I)
        share = part / whole
        if whole <= part or fraction_fits(share, fraction, match.group(1)) or hedged and (
                fraction_fits(share * 0.85, fraction, match.group(1)) or
                fraction_fits(share * 1.15, fraction, match.group(1))):
            continue
        said = _said(match.group(1), match.group(2))
        start = sentence.start + (match.start(1) if match.group(1) else match.start(2))
        yield Spot(start, sentence.start + match.end(2),
                   f"{where(article, before.start)[0].upper()}{where(article, before.start)[1:]}"
                   f" says {count.group(1)}; {count.group(1)} of {whole:,} is about "
                   f"{100 * share:.0f} per cent, not {said}. Which is right?", None,
                   ((before.start + count.start(1), before.start + count.end(1)),
                    (sentence.start + match.start(3), sentence.start + match.end(3))))


PERCENT_AS_FRACTION = re.compile(
    rf"\b{PERCENT}(?:\s+of\s+[^,;.()\n]{{1,60}}?)?,\s+(?:or\s+|that\s+is\s+|which\s+is\s+)?"
    rf"{FRACTION}(?:\s+of\b|[,.;]|\s+(?:what|the)\b)")
# words that say a fraction is of the same whole as the percentage before it
SAME_WHOLE = frozenset("""what that it this those these them all normal usual average expected
    typical""".split())


def _another_whole(said: str, after: str) -> bool:
    """True when the fraction after a percentage is of another whole ('40 per cent of the
    vote, nearly half of the seats'): a noun after 'of' the percentage's words lack."""
    whole = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?([a-z]+)", after)
    return whole is not None and whole.group(1) not in SAME_WHOLE and \
        whole.group(1) not in said.lower().split(",")[0]


FRACTION_AS_PERCENT = re.compile(
    rf"{FRACTION}\s+of\s+[^,;.()\n]{{1,60}}?,?\s+(?:or\s+|that\s+is\s+|[(—–]\s*)"
    rf"{LOOSE_HEDGE}{PERCENT}")


def percentages_as_fractions(article: Article) -> Iterator[Spot]:
    """'Rainfall was 40 per cent of the average, less than a third of what is usual': 40 per
    cent is more than a third. A percentage and a fraction of one phrase that restate each
    other (side by side after a comma, or 'a third of them, or 45 per cent')."""
    for match in PERCENT_AS_FRACTION.finditer(article.text):
        percent = float(match.group(1))
        fraction = fraction_of(match.group(3))
        if fraction_fits(percent / 100, fraction, match.group(2)) or \
                _another_whole(match.group(0), article.text[match.end(3):match.end(3) + 40]):
            continue
        said = _said(match.group(2), match.group(3))
        yield Spot(match.start(2) if match.group(2) else match.start(3), match.end(3),
                   f"{match.group(1)} per cent is {'more' if percent / 100 > fraction else 'less'}"
                   f" than {match.group(3)} ({100 * fraction:.0f} per cent), so it is not "
                   f"{said}. Which is right?", None, ((match.start(1), match.end(1)),))
    for match in FRACTION_AS_PERCENT.finditer(article.text):
        percent, fraction = float(match.group(4)), fraction_of(match.group(2))
        if fraction_fits(percent / 100, fraction, match.group(1)) or match.group(3):
            continue
        yield Spot(match.start(4), match.end(),
                   f"{match.group(2)} is about {100 * fraction:.0f} per cent, not "
                   f"{match.group(4)} per cent. Which is right?", None,
                   ((match.start(2), match.end(2)),))


OF_A_SUM = re.compile(rf"{FRACTION}\s+of\s+(?:the|its|their|this|that)\s+(?:total\s+|overall\s+|"
                      r"whole\s+)?(?:cost|costs|bill|budget|price|funding|money|sum|total|"
                      rf"spending)\b,?\s+(?:or\s+|[(—–]\s*)?(?:about\s+|around\s+|some\s+)?{MONEY}")
# a sum given as what one thing costs: 'the $12 million, 16-bed unit', 'a £6m scheme',
# 'which cost £2.4 million', 'the cost of £9 million'
WHOLE_SUM = re.compile(rf"\b(?:(?i:a|an|the|its|this)\s+(?:new\s+|planned\s+|proposed\s+)?{MONEY},?\s+(?:[\w-]+\s+){{0,3}}?"
                       r"[a-z]+\b(?<!\bof)(?<!\bin)(?<!\ba)(?<!\bfor)(?!\s+(?:of|a|per|each)\b)|"
                       rf"\bcost(?:s|ing)?\s+(?:of\s+)?(?:about\s+|around\s+)?{MONEY})")


def sums_as_fractions(article: Article) -> Iterator[Spot]:
    """'The $12 million, 16-bed unit …' and later 'about a quarter of the cost, $4 million':
    a quarter of $12 million is $3 million. The whole is the one sum the article gives as the
    cost of a thing ('the $12 million unit', 'costing £6 million'); a fraction that fits any
    sum of the article in that currency is left alone (the cost may be another's)."""
    wholes: dict[tuple[str, float], re.Match] = {}
    for match in WHOLE_SUM.finditer(article.text):
        first = 1 if match.group(1) else 4
        wholes.setdefault(amount_of(*match.group(first, first + 1, first + 2)), match)
    sums = {amount_of(*m.group(1, 2, 3)) for m in re.finditer(MONEY, article.text)}
    for match in OF_A_SUM.finditer(article.text):
        part = amount_of(*match.group(3, 4, 5))
        fraction = fraction_of(match.group(2))
        larger = {w: m for w, m in wholes.items() if w[0] == part[0] and w[1] > part[1]}
        if len(larger) != 1 or any(s[0] == part[0] and s[1] > part[1] and
                                   fraction_fits(part[1] / s[1], fraction, match.group(1))
                                   for s in sums):
            continue
        (whole, named), = larger.items()
        first = 1 if named.group(1) else 4
        end = named.end(first + 2) if named.group(first + 2) else named.end(first + 1)
        said = _said(match.group(1), match.group(2))
        share = part[1] / whole[1]
        yield Spot(match.start(3), match.end(5) if match.group(5) else match.end(4),
                   f"The whole is {article.text[named.start(first):end]}: "
                   f"{article.text[match.start(3):match.end()]} of it is "
                   f"{100 * share:.0f} per cent, not {said}. Which number is wrong?", None,
                   ((named.start(first), end),
                    (match.start(1) if match.group(1) else match.start(2), match.end(2))))


AMOUNT = r"([£$€]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(million|billion|bn|m|k)\b)?"
# when each number stands: 'in 2019', 'last year', 'at the end of March', 'a year earlier'
WHEN = (r"(?:\s+(?:in|at\s+the\s+(?:end|start)\s+of|by|during)\s+(?:the\s+)?"
        r"(?:\d{4}(?:[-/]\d{2,4})?|[A-Z][a-z]+(?:\s+\d{4})?|(?:first|last|previous)\s+"
        r"(?:year|month|quarter|season|term))|\s+(?:last|this|next|a|the\s+previous|"
        r"the\s+following|each|every|per)\s+(?:year|month|week|day|season|term|quarter)"
        r"(?:\s+(?:earlier|before|later))?){0,2}")
BY_FRACTION = re.compile(
    rf"\bby\s+{FRACTION}(?:\s+(?:since|in|over|between)\s+[\w ]{{1,20}}?)?,?\s+from\s+"
    rf"(?:about\s+|around\s+)?{AMOUNT}{WHEN}\s+to\s+"
    rf"(?:about\s+|around\s+)?{AMOUNT}(?![\d%]|\s?per\b)")
# the change said after the two numbers: 'a drop of a third', 'down by a quarter', 'or a
# fifth fewer', 'roughly a third less'
FROM_TO_FRACTION = re.compile(
    rf"\bfrom\s+{AMOUNT}{WHEN}\s+to\s+{AMOUNT}(?![\d%]|\s?per\b){WHEN},?"
    rf"\s+(?:(?:a|an)\s+(?:fall|drop|decrease|reduction|cut|loss|decline|rise|increase|jump|"
    rf"gain|climb)\s+of|(?:down|up)(?:\s+by)?|or)\s+{FRACTION}|"
    rf"\bfrom\s+{AMOUNT}{WHEN}\s+to\s+{AMOUNT}(?![\d%]|\s?per\b){WHEN},?\s+(?:or\s+)?"
    rf"{FRACTION}\s+(?:fewer|less|lower|more|higher|up|down)\b")


def changes_by_fractions(article: Article) -> Iterator[Spot]:
    """'has cut its grant by a third since 2015, from £2.4 million to £1.9 million': that is
    a cut of a fifth. A rise or fall by a fraction of the first number, with both numbers in
    the phrase; years are not amounts."""
    for match, (hedge, word, before, after) in (
            [(m, (1, 2, 3, 6)) for m in BY_FRACTION.finditer(article.text)] +
            [(m, (7, 8, 1, 4) if m.group(8) else (15, 16, 9, 12))
             for m in FROM_TO_FRACTION.finditer(article.text)]):
        if match.group(before) != match.group(after) or any(
                re.fullmatch(r"(?:19|20)\d\d", match.group(n + 1)) for n in (before, after)):
            continue
        first = amount_of(match.group(before) or "#", *match.group(before + 1, before + 2))
        second = amount_of(match.group(after) or "#", *match.group(after + 1, after + 2))
        fraction = fraction_of(match.group(word))
        if not first[1] or fraction_fits(abs(second[1] - first[1]) / first[1], fraction,
                                         match.group(hedge)):
            continue
        said = _said(match.group(hedge), match.group(word))
        spans = [(match.start(n) if match.group(n) else match.start(n + 1),
                  match.end(n + 2) if match.group(n + 2) else match.end(n + 1))
                 for n in (before, after)]
        yield Spot(match.start(hedge) if match.group(hedge) else match.start(word),
                   match.end(word),
                   f"From {article.text[slice(*spans[0])]} to {article.text[slice(*spans[1])]} "
                   f"is a change of {100 * abs(second[1] - first[1]) / first[1]:.0f} per cent, "
                   f"not {said}. Which number is wrong?", None, tuple(spans))

"""Counts and the parts the article splits them into: a count followed by its list of parts
('the block's five labs, two for chemistry, one for biology and one for physics'; 'has hired
120 people: 85 on the floor and 45 in the office'), a team's wins, draws and losses against
the games it played ('won 15, drew four and lost two of its 22 games'), and a vote's sides and
abstentions against the members of the body, or those at the meeting ('voted nine to four,
with two abstentions, at a meeting attended by all 14 of its members').

Limits: a list is read only when it follows its count at once and closes with 'and'; a list
that says it is not all ('including', 'among them', 'the rest') is left alone. The rules
cannot know whether the count or a part is wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.figures import MONEY, NUMBER_WORDS, amount_of, count_of
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.model import Quote

FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+|(?i:" + "|".join(NUMBER_WORDS) + r"))"
# the count and the thing counted; 'about 120 people' is not a count a list can be held to
WHOLE = re.compile(rf"(?<![\d.,£$€-]){FIGURE}(?![\d%]|[.,]\d|\s?per\b|[-–]\d)\s+"
                   r"((?:[a-z-]+\s+){0,2}?(?:[a-z-]+s|people|staff|children|men|women))\b(?:\s+so\s+far|\s+(?:this|last)\s+"
                   r"(?:year|season|week|month|time)|\s+in\s+(?:total|all))?\s*(?::|,|—|–|\(|\s-)\s*"
                   r"(?:with\s+|of\s+(?:whom|which|them)\s+)?")
ITEM = (rf"(?:^|,\s+|,?\s+and\s+){FIGURE}(?![\d%]|[.,]\d|\s?per\b|[-–]\d)\s+"
        r"(?:(?:[a-z-]+\s+){0,2}?(?:for|on|in|at|from|as|to|NOUN)\b|KINDS)")
# after a colon or a dash a part may name a kind of the thing counted ('1,340 entries: 620
# cattle, 540 sheep and 230 pigs'); after a comma that is only a list of counts
KIND = r"[a-z]+(?=\s*(?:,|\band\b|[.;]|$))"
NOT_ALL = re.compile(r"\b(?:includ\w*|among|such\s+as|others?|rest|remaining|remainder|at\s+least|"
                     r"more\s+than|fewer\s+than|less\s+than|about|around|nearly|almost|some|"
                     r"roughly|mostly|mainly|majority|each|per|both|either|latest|new)\b", re.I)
HEDGED = re.compile(r"\b(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least|"
                    r"up\s+to|fewer\s+than|less\s+than|under|approximately|another|other|"
                    r"extra|more|further|additional)\s+$", re.I)


# 'N cameras would give one to each of the 48 deputies, with six spares': N is 48 and six
ONE_EACH = re.compile(
    rf"(?<![\d.,£$€-]){FIGURE}(?![\d%]|[.,]\d)\s+(?:[a-z-]+\s+){{0,2}}?([a-z]+s)\b[^.;:]{{0,60}}?"
    r"\b(?:one|a\s+[a-z]+)\s+(?:each\s+)?(?:to|for)\s+(?:each|every)\s+(?:one\s+)?(?:of\s+)?"
    rf"(?:(?:the|its|their|his|her|our|[A-Za-z]+(?:’s|'s))\s+)*{FIGURE}(?![\d%]|[.,]\d)\s+"
    r"(?:[a-z-]+\s+){0,2}?[a-z]+\b[^.;:]{0,30}?\b(?:with|plus|and|leaving|keeping)\s+(?:another\s+)?"
    rf"{FIGURE}\s+(?:(?:as\s+)?spares?\b|spare\b|extra\b|left\s+over|in\s+reserve|(?:for|as)\s+"
    r"(?:back-?ups?|reserves?)\b)")


def one_each_and_spares(article: Article) -> Iterator[Spot]:
    """'58 cameras would give one to each of the office's 48 deputies, with six spares': one
    each for 48 and six spares is 54. The count, the one each and the spares in one sentence;
    a hedge on the count ('about 60') leaves it alone."""
    for match in ONE_EACH.finditer(article.text):
        whole, each, spare = (count_of(match.group(n).replace(",", "")) for n in (1, 3, 4))
        if None in (whole, each, spare) or whole == each + spare or HEDGED.search(
                article.text[max(0, match.start() - 20):match.start()]):
            continue
        yield Spot(match.start(3), match.end(4),
                   f"One each for {match.group(3)} and {match.group(4)} spare make "
                   f"{each + spare}, not {match.group(1)}. Which number is wrong?", None,
                   ((match.start(1), match.end(2)),))


@rule("figures.count-parts", "self-contradiction", "warning",
      "a count whose parts, listed right after it, do not add up to it ('the five labs, two "
      "for chemistry, one for biology and one for physics')")
def counts_and_their_parts(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The block's five labs, two for chemistry, one for biology and one for physics' (four)
    and 'has hired 120 people so far: 85 on the floor and 45 in the office' (130): a count
    followed at once by a closed list of its parts ('…, N for …, and N for …'). Hedged counts
    ('about 120') and lists that say they are not all ('including', 'the rest') are left
    alone; so are a team's wins, draws and losses against its games. A count given as one
    each for a group and some spares is held to their sum."""
    yield from one_each_and_spares(article)
    for sentence in article.sentences:
        text = sentence.text
        listed = 0  # a part of a list is no count of its own ('two chemistry labs, …')
        for whole in WHOLE.finditer(text):
            if whole.start() < listed or HEDGED.search(text[max(0, whole.start() - 20):
                                                            whole.start()]):
                continue
            rest = re.match(r"[^;.!?\n]*", text[whole.end():]).group(0)
            items = _items(rest, whole.group(2).split()[-1],
                           bool(re.search(r"[:—–(]\s*(?:with\s+|of\s+\w+\s+)?$", whole.group(0))))
            total = count_of(whole.group(1).replace(",", ""))
            if len(items) < 2:
                continue
            listed = whole.end() + items[-1].end()
            tail = re.match(r"[^,;]*,?\s*(?:\w+\s+){0,2}\w*", rest[items[-1].end():]).group(0)
            if total is None or NOT_ALL.search(rest[:items[-1].end()]) or \
                    re.search(r"\b(?:among|others?|rest|remaining|etc|elsewhere|besides)\b", tail):
                continue
            values = [count_of(i.group(1).replace(",", "")) for i in items]
            if None in values or sum(values) == total or re.fullmatch(r"(?:19|20)\d\d",
                                                                       whole.group(1)):
                continue
            base = sentence.start + whole.end()
            circled = (base + items[-1].start(1), base + items[-1].end(1))
            counted = (sentence.start + whole.start(1), sentence.start + whole.end(2))
            if sum(values) < total:  # the parts may be right and the count wrong
                circled, counted = (counted[0], sentence.start + whole.end(1)), circled
            yield Spot(*circled,
                       f"The parts ({' + '.join(i.group(1) for i in items)}) make {sum(values):,}, not "
                       f"{whole.group(1)} {whole.group(2)}. Is the count or a part wrong?", None,
                       (counted,))
            break
    yield from _records(article)


def _items(rest: str, noun: str, kinds: bool = False) -> list[re.Match]:
    """The parts of a list that starts ``rest``: each after the one before, the last after
    'and'; [] when the text does not start with a part or the list is not closed. A part is
    a number before a place or use ('two for chemistry', '85 on the floor') or before the
    counted noun itself ('two chemistry labs', 'one physics lab'), or, with ``kinds``, a
    number before one word that ends the part ('620 cattle')."""
    stem = re.escape(noun[:-1] if noun.endswith("s") else noun)
    items, at = [], 0
    pattern = ITEM.replace("NOUN", rf"{stem}s?").replace("KINDS", KIND if kinds else "(?!)")
    for item in re.finditer(pattern, rest):
        if item.start() != at and not re.fullmatch(r"[^,]*", rest[at:item.start()]):
            break
        if items and not re.match(r",|\s+and\b", item.group(0)):
            break
        if not items and item.start() != 0:
            return []
        items.append(item)
        at = item.end()
        if re.match(r",?\s+and\b", item.group(0)):
            return items
    return []


OUTCOME = re.compile(rf"\b(won|drew|drawn|lost)\s+{FIGURE}(?![\d-]|[.,]\d|\s?[-–]\s?\d)|"
                     rf"(?<![\d.,-]){FIGURE}\s+(wins?|victories|draws?|defeats?|losses)\b")
GAMES = re.compile(rf"\b(?i:of|from|in|out\s+of)\s+(?:its|their|the|his|her|all)?\s*"
                   rf"(?:[a-z]+\s+)?{FIGURE}\s+(?:[a-z]+\s+)?(?:games|matches|fixtures|races|"
                   rf"bouts|fights|contests)\b|\bplayed\s+{FIGURE}\b(?![-–])")
SIDE = {"won": "won", "win": "won", "wins": "won", "victories": "won", "drew": "drew",
        "drawn": "drew", "draw": "drew", "draws": "drew", "lost": "lost", "defeat": "lost",
        "defeats": "lost", "losses": "lost"}


def _records(article: Article) -> Iterator[Spot]:
    """'Won 15, drew four and lost two of its 22 league games': 21 results for 22 games. One
    sentence with the games played and each of the three outcomes once (or two that already
    make more than the games)."""
    for sentence in article.sentences:
        games = list(GAMES.finditer(sentence.text))
        outcomes = list(OUTCOME.finditer(sentence.text))
        if len(games) != 1 or not 2 <= len(outcomes) <= 3:
            continue
        sides = {SIDE[(m.group(1) or m.group(4)).lower()]: m for m in outcomes}
        played = count_of((games[0].group(1) or games[0].group(2)).replace(",", ""))
        values = [count_of((m.group(2) or m.group(3)).replace(",", "")) for m in sides.values()]
        if len(sides) != len(outcomes) or played is None or None in values or \
                sum(values) == played or (len(sides) == 2 and sum(values) < played) or \
                outcomes[-1].start() - outcomes[0].end() > 40:
            continue  # outcomes far apart may be two teams' ('won 5 …, while Rovers lost 4')
        last = max(sides.values(), key=lambda m: m.start())
        group = 2 if last.group(2) else 3
        yield Spot(sentence.start + last.start(group), sentence.start + last.end(group),
                   f"{' + '.join(m.group(2) or m.group(3) for m in sides.values())} results "
                   f"make {sum(values)}, not the {played} games played. Which number is wrong?",
                   None, ((sentence.start + games[0].start(), sentence.start + games[0].end()),))


BODY = re.compile(rf"\b{FIGURE}[- ]members?(?:\s+[a-z]+)?\s+(?:committee|board|panel|council|"
                  r"cabinet|jury|authority|assembly|bench|court|commission|body)\b|"
                  rf"(?:[’']s|\b(?i:its|their|all))\s+{FIGURE}\s+(?:members|councillors|"
                  r"trustees|governors|directors|justices|judges|commissioners)\b"
                  r"(?!\s+(?:who|that)\b)|"
                  rf"\b(?:all|attended\s+by(?:\s+all)?)\s+{FIGURE}\s+(?:of\s+(?:its|their|the)\s+)?"
                  r"(?:members|councillors|trustees|governors|directors)\b")
ABSTAINED = re.compile(rf"\b(?:with\s+)?{FIGURE}\s+(?:abstentions?|(?:[a-z]+\s+)?(?:abstained|"
                       r"abstaining))\b")


def tally_over_body(article: Article) -> Iterator[Spot]:
    """'The 12-member authority' and 'voted 9 to 4': 13 votes from 12 members; 'voted nine to
    four, with two abstentions, at a meeting attended by all 14 of its members': 15. Only
    when the article names one size of body and one tally, and the tally's sentence names the
    body ('the committee voted') or follows the body's own ('It voted')."""
    bodies = {count_of(next(g for g in m.groups() if g).replace(",", "")): m
              for m in BODY.finditer(article.text)}
    tallies = list(re.finditer(rf"\bvoted\s+{FIGURE}\s*(?:to|-|–)\s*{FIGURE}\b|\bby\s+{FIGURE}"
                               rf"\s+votes?\s+to\s+{FIGURE}\b", article.text))
    if len(bodies) != 1 or len(tallies) != 1:
        return
    (size, body), = bodies.items()
    tally = tallies[0]
    kind = re.search(r"[a-z]+$", body.group(0)).group(0)
    near = [s for s in article.sentences if s.start <= body.start() < s.end or
            s.start <= tally.start() < s.end]
    around = next((s for s in article.sentences if s.start <= tally.start() < s.end), None)
    if around is None or kind not in around.text and not (
            len(near) == 2 and near[1].start <= tally.start() and
            re.match(r"(?:It|They)\b", near[1].text) and near[0].end + 2 >= near[1].start):
        return
    sides = [count_of(g.replace(",", "")) for g in tally.groups() if g]
    abstained = [m for m in ABSTAINED.finditer(around.text)]
    sides += [count_of(m.group(1).replace(",", "")) for m in abstained[:1]]
    if size is None or None in sides or sum(sides) <= size:
        return
    figure = next(n for n in range(1, 4) if body.group(n))
    circled, shown = (tally.start(), tally.end()), \
        (body.start(figure) if figure > 1 else body.start(), body.end())
    if figure == 3:  # those at the meeting, counted once: the likelier slip
        circled, shown = (body.start(3), body.end(3)), circled
    yield Spot(*circled,
               f"{' + '.join(map(str, sides))} is {sum(sides)}, but in "
               f"{where(article, body.start())} the body has {size} members. Which number is "
               "wrong?", None, (shown,))


EACH_OF = re.compile(rf"{MONEY}\s+(?:each\s+)?(?:to|for|on)\s+(?:each\s+of\s+|every\s+one\s+of\s+)?"
                     rf"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?{FIGURE}\s+(?:[a-z-]+\s+){{0,2}}?"
                     r"([a-z]+s|people|staff|children)\b")
PAID_EACH = re.compile(rf"(?<![\d.,£$€]){FIGURE}\s+(?:[a-z-]+\s+){{0,2}}?([a-z]+s|people|staff|"
                       r"children)\s+(?:will\s+|would\s+|are\s+to\s+|were\s+)?(?:each\s+)?"
                       r"(?:get|gets|receive|received|got|be\s+paid|paid|be\s+awarded|awarded)\s+"
                       rf"{MONEY}(?:\s+each|\s+apiece)?")


def sums_to_each(article: Article) -> Iterator[Spot]:
    """'She ordered him to pay £4,000 to each of the eight tenants' and, elsewhere, 'ordered
    to pay £36,000 in damages to eight of his tenants': eight times £4,000 is £32,000. The
    whole is a sum in another sentence that names the same count of the same people; any
    such sum that fits leaves the rule quiet."""
    for match, (money, figure, noun) in (
            [(m, (1, 4, 5)) for m in EACH_OF.finditer(article.text)
             if "each" in m.group(0) or "every" in m.group(0)] +
            [(m, (3, 1, 2)) for m in PAID_EACH.finditer(article.text)
             if re.search(r"\beach|apiece\b", m.group(0))]):
        part = amount_of(*match.group(money, money + 1, money + 2))
        count = count_of(match.group(figure).replace(",", ""))
        if not count or count < 2:
            continue
        counted = re.compile(rf"\b(?i:{re.escape(match.group(figure))})\s+(?:of\s+(?:the|his|"
                             rf"her|its|their)\s+)?(?:[a-z-]+\s+){{0,2}}?{match.group(noun)}\b")
        wholes = []
        for sentence in article.sentences:
            if sentence.start <= match.start() < sentence.end or \
                    re.search(r"\beach\b|\bapiece\b", sentence.text) or \
                    not counted.search(sentence.text):
                continue
            wholes += [(sentence.start + m.start(), sentence.start + m.end(), amount_of(*m.groups()))
                       for m in re.finditer(MONEY, sentence.text)]
        wholes = [w for w in wholes if w[2][0] == part[0] and w[2][1] > part[1]]
        if not wholes or any(abs(part[1] * count - w[2][1]) <= max(0.5, w[2][1] * 0.005)
                             for w in wholes) or len({w[2] for w in wholes}) != 1:
            continue
        start = match.start(money)
        end = match.end(money + 2) if match.group(money + 2) else match.end(money + 1)
        total = part[1] * count
        shown = f"{part[0]}{total:,.0f}" if total < 1e6 else f"{part[0]}{total / 1e6:g} million"
        yield Spot(start, end,
                   f"{count} times {article.text[start:end]} is {shown}, but in "
                   f"{where(article, wholes[0][0])} the whole is "
                   f"{article.text[wholes[0][0]:wholes[0][1]]}. Which number is wrong?", None,
                   ((wholes[0][0], wholes[0][1]),))

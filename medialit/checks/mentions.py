"""Names that must agree. Every capitalised name of an article is a mention (its words, less a
title such as 'Mayor' or 'Sgt.' and a leading 'The'); two mentions of the same length that
differ in one word are linked, and the one written once is set beside the one the article
keeps using: 'Iron Hawks' in a story about the Iron Herons, 'Brackenfold House' for
'Brackenfold Lodge', 'Councillor Gordon Pellow' for 'Councillor Graham Pellow'.

What the article writes again and again, or writes first, is taken to be right; a form written
once, where nothing says it is someone or something else, is the odd one out. Two bodies or
people can share a word ('Senate Judiciary Committee', 'House Judiciary Committee'; a mother
and son with one surname), so the machine keeps quiet when a sentence names both, when three
names fill the changed slot, when the odd word is used elsewhere, or when family words stand
near.
"""
from __future__ import annotations

import difflib
import functools
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks.registry import Spot
from medialit.checks.spans import direct_quotes, where
from medialit.checks.spelling import is_known_word, spellchecker
from medialit.checks.words import name_word_kinds, word_set
from medialit.lexicons import DATA_DIR, load_given_names
from medialit.model import Quote

# words written before a name that say what a person is, not who ('Mayor Luis Ferreira')
TITLE_WORDS = frozenset("""mr mrs ms miss mx dr prof professor cllr councillor councilman
    councilwoman councilmember councilor alderman mayor sgt sergeant det detective insp inspector
    supt superintendent pc constable officer capt captain lt lieutenant col colonel gen general
    maj major cmdr commander judge justice sen senator rep representative gov governor president
    sir dame lord lady rev reverend father bishop coach chief deputy trustee commissioner
    supervisor chair chairman chairwoman minister secretary""".split())
ABBREVIATED = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Sgt|Det|Insp|Supt|Capt|Lt|Col|Gen|Maj|Cmdr|Sen|" \
              r"Rep|Gov|Rev|St)\."
WORD = rf"(?:{ABBREVIATED}|[A-Z][\w’'&-]*)"
JOIN = r"(?:[ \u00a0]+(?:(?:of|for)(?:[ \u00a0]+the)?|and|de|du|da|van|von|&)" \
       r"(?=[ \u00a0]+[A-Z]))?[ \u00a0]+"  # 'Friends of the Earth', not 'Later the Holtby'
MENTION = re.compile(rf"(?<![\w’'-]){WORD}(?:{JOIN}{WORD})*(?![\w-])")
CONNECTORS = frozenset({"of", "and", "for", "the", "de", "du", "da", "van", "von", "&"})
# words near a name that say two people share a surname because they are family
FAMILY = re.compile(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|mum|dad|"
                    r"parents?|family|cousin|uncle|aunt|grand\w+|twins?|niece|nephew|widow|"
                    r"widower|partner|née|children|child)\b", re.I)
ALIKE = 0.75  # how alike (difflib's ratio) two words of a name must be to be one misspelt
SOUNDS_ALIKE = 0.65  # how alike a person's surname and its new form must be, first name kept
RARE = 2e-7  # how often in English a word is used, at most, to be rare ('larkspur', 'kestrel')


@dataclass(frozen=True)
class Mention:
    """One name as written: where its words are, the words, and the title before them."""

    start: int
    end: int
    words: tuple[str, ...]
    title: str


def extract_mentions(article: Article) -> list[Mention]:
    """The article's names: runs of capitalised words (with 'of', 'and', '&' between), less a
    title ('Mayor', 'District Judge') and 'The' before them and a word that only opens a
    sentence ('Defending Heronvale'). Two names joined by 'and' are read apart ('Crayford Road
    and Elmridge Lane'); when one side has one word the whole run is a name too ('Fire and
    Rescue Service'). The name after 'of' in a longer one is a name too ('Tenants of Hollinby
    Homes' → 'Hollinby Homes'). Made once per article.

    >>> from medialit.article import article_from_text
    >>> [m.words for m in extract_mentions(article_from_text("Hi\\n\\nMayor Luis Ferreira said."))]
    [('Hi',), ('Luis', 'Ferreira')]
    """
    if "mentions" in article.memo:
        return article.memo["mentions"]
    text, mentions = article.text, []
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for run in MENTION.finditer(text):
        for start, end in _parts(text, run.start(), run.end()):
            mention = _mention(text, start, end, lower)
            if mention is not None:
                mentions.append(mention)
            tail = re.search(r"[ \u00a0]of[ \u00a0]+(?=\S+[ \u00a0]+\S)", text[start:end])
            if mention is not None and tail and len(mention.words) > 2:
                mentions.append(_mention(text, start + tail.end(), end, lower))
    article.memo["mentions"] = mentions
    return mentions


def _parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run cut at ' and ' when both sides have two words or more."""
    pieces = re.split(r"([ \u00a0]+and[ \u00a0]+)", text[start:end])
    names = pieces[::2]
    if len(names) == 1:
        yield start, end
        return
    heads = set().union(*name_word_kinds(), *name_slots())
    if any(len(name.split()) < 2 for name in names) or \
            names[0].split()[-1].lower() not in heads:
        # 'Fire and Rescue Service' is one name; 'Crayford Road' is one too. And 'the Halloway
        # Sleep and Memory Study' is one: a name ends with a word that can end one ('Road')
        yield start, end
        if names[0].split()[-1].lower() not in heads:
            return
    for n, name in enumerate(names):
        if len(name.split()) >= 2:
            yield start, start + len(name)
        start += len(name) + (len(pieces[2 * n + 1]) if 2 * n + 1 < len(pieces) else 0)


def _mention(text: str, start: int, end: int, lower: set[str]) -> Mention | None:
    """One run read as a mention, or None when nothing is left of it."""
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    words = [text[a:b] for a, b in spans]
    before = text[max(0, start - 3):start]
    opens = re.search(r"(?:^|[.!?:;”\"‘“(]\s*|\n)$", before) is not None
    cut = 0
    if opens and words and (words[0].lower() in lower or words[0].lower() in word_set("stop_words")
                            or re.search(r"(?:ing|ly)$", words[0])) and \
            words[0].rstrip(".").lower() not in TITLE_WORDS:
        cut = 1  # 'Passing sentence', 'Defending Heronvale': a word that opens the sentence
    title = ""
    for n in range(cut, len(words) - 1):
        if words[n].rstrip(".").lower() in TITLE_WORDS and _before_a_person(words, n):
            title, cut = words[n], n + 1  # 'District Judge Alan Mercer' → 'Alan Mercer'
    if cut < len(words) and words[cut] == "The":
        cut += 1
    while cut < len(words) and words[cut] in CONNECTORS:
        cut += 1
    if cut >= len(words):
        return None
    last = len(words)
    name = tuple(re.sub(r"[’'](?:s\b)?$", "", w) if i == last - 1 else w
                 for i, w in enumerate(words[cut:last], cut))  # 'the Herons’ robot'
    return Mention(spans[cut][0], spans[last - 1][1], name, title)


def _before_a_person(words: list[str], at: int) -> bool:
    """True when the title word ``at`` stands before a person's name: a short form ('Sgt.',
    'Mr'), a first name after it, or a last word that is no English word ('Mayor Bradford');
    not 'Carrowby General Hospital'."""
    if words[at].endswith(".") or words[at] in ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Mx"):
        return True
    return words[at + 1] in load_given_names() or not is_known_word(words[-1].lower())


def names_with_a_word_changed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Brackenfold House' once in a story that says 'Brackenfold Lodge', 'Brannock Sealink'
    for 'Brannock Ferries', 'Longfield Park' for 'Lowfield Park', 'Gordon Pellow' for 'Graham
    Pellow': a name of two words or more written once, which agrees with a name the article
    wrote first in every word but one (``linked_names``). Not inside a direct quote: a
    speaker's words are what they said. The rule ``terms.organisation-renamed`` gives these."""
    quoted = direct_quotes(quotes)
    for odd, at, usual in linked_names(article):
        word_start = _word_start(article.text, odd, at)
        if quoted.holds(word_start):
            continue
        new, old = odd.words[at], usual.words[at]
        yield Spot(word_start, word_start + len(new),
                   f"In {where(article, usual.start)} the name is “{_shown(article, usual)}”; "
                   f"here it is “{_shown(article, odd)}”. Is it the same "
                   f"{_what(article, odd)}? A name should be written the same way every "
                   "time.", old, ((usual.start, usual.end),))


def _word_start(text: str, mention: Mention, at: int) -> int:
    """Where word ``at`` of a mention starts."""
    words = re.finditer(r"\S+", text[mention.start:mention.end])
    return [m.start() + mention.start for m in words][at]


def _shown(article: Article, mention: Mention) -> str:
    """A mention as the student reads it, with its title ('Mayor Luis Ferreira')."""
    written = article.text[mention.start:mention.end].replace("\u00a0", " ")
    return f"{mention.title} {written}" if mention.title else written


def _what(article: Article, mention: Mention) -> str:
    """'person' for a person's name, else 'place or group'."""
    return "person" if _is_person(article, mention) else "place or group"


def linked_names(article: Article) -> Iterator[tuple[Mention, int, Mention]]:
    """Each name written once that agrees with an earlier name in all its words but one: the
    odd mention, the place of the changed word and the usual mention. Linked when no sentence
    names both, no third name fills the changed slot, the odd word comes in no other name that
    shares a word with it nor is a whole name listed with 'and' ('Ferguson and Brown'), no
    family word stands near, and one of these says the two are one:

    - the two changed words look alike ('Longfield', 'Lowfield'; 'Ray', 'Roy'), or, for a
      surname after one first name or a name of two words kept, are misremembered forms
      ('Ashdown', 'Ashford'; 'Development Consent Order', 'Development Control Order'), or,
      for a person's surname, sound alike (``_sounds_alike``: 'Megan Reid', 'Megan Reade');
    - they are two words of one kind of name ('Lane', 'Road'; 'Borough', 'District';
      'Airways', 'Airlines'; 'Point', 'Head'; 'Credit', 'Benefit'; 'Arms', 'Inn'), beside a
      name no English word has, or two words kept, or a usual name written twice, or a word
      kept that the article writes alone as the name twice ('the Plough'), or between the same words ('her first Universal Credit payment', 'her
      first Universal Benefit payment'), or before the same noun ('the Larkspur Road bridge');
    - the changed word is the last, written once, and both names stand before the same noun
      in the singular ('a Warm Homes grant', 'the Warm Houses grant');
    - they are two first names of one sex with one first letter before one surname, with the
      same title or one without ('Gordon Pellow', 'Graham Pellow');
    - they are two names no English word has, with the same first three letters, the odd
      written once and the usual twice or more ('Fenmoor Water', 'Fenwold Water');
    - the usual word is the article's: written more often than the odd word and twice or
      more (the headline counts); the odd word, when last, is no noun the article writes in
      small letters (it speaks of 'the council' and of 'Stanmere City Council'); the words
      kept are no place ('New York Times', 'New York City'); and the words kept hold a name
      no English word has ('Brackenfold'), or are two words or more before the changed last
      word in a name written twice ('Smoky Chicken Club'; not 'House Intelligence Committee'
      beside 'House Judiciary Committee'), or the changed word is the last and the usual
      one stands alone as the name elsewhere ('the Herons'). A first word changed needs a name no English
      word has among the words kept ('European Union', 'Soviet Union'), or three words kept;
    - the usual name is long: three words kept, or two with a name no English word has ('Save
      Carrow Fell', 'Protect Carrow Fell'), and the odd word is written nowhere else.
    """
    text = article.text
    mentions = extract_mentions(article)
    keys = Counter(m.words for m in mentions)
    capitals = Counter(re.findall(r"(?<![\w’'-])[A-Z][\w-]*", text))  # 'Renford’s' counts
    alone = Counter(m.words[0] for m in mentions if len(m.words) == 1)
    for odd in mentions:
        if len(odd.words) < 2 or keys[odd.words] != 1 or article.paragraph_index(odd.start) == 0:
            continue
        for usual in mentions:
            if usual.start >= odd.start or len(usual.words) != len(odd.words):
                continue
            changed = [i for i, (a, b) in enumerate(zip(odd.words, usual.words)) if a != b]
            if len(changed) != 1:
                continue
            at = changed[0]
            new, old = odd.words[at], usual.words[at]
            if {new.lower(), old.lower()} & CONNECTORS or not _apart_enough(new, old) or \
                    at == len(odd.words) - 1 and {new.lower(), old.lower()} & TITLE_WORDS:
                continue  # 'Foreign Minister', 'Foreign Ministry': a post and a body
            if _listed_alone(odd.words, at):
                continue  # 'Ferguson and Brown', 'Ferguson and Charlotte': two lists of names
            if _told_apart(article, mentions, odd, usual, at):
                continue
            if _one_name(article, odd, usual, at, (capitals, alone, keys)):
                yield odd, at, usual
                break


def _listed_alone(words: tuple[str, ...], at: int) -> bool:
    """True when the changed word is a whole name at an end of a run joined by 'and' or '&'
    ('Ferguson and Brown'): a list of names, not one name ('Fire and Rescue Service')."""
    joins = ("and", "&")
    return at == len(words) - 1 and at > 0 and words[at - 1] in joins or \
        at == 0 and len(words) > 1 and words[1] in joins


def _apart_enough(new: str, old: str) -> bool:
    """False for two forms of one word ('Park', 'Parks'; 'Lodge', 'Lodge’s')."""
    new, old = new.lower().rstrip("’'"), old.lower().rstrip("’'")
    shorter, longer = sorted((new, old), key=len)
    return not longer.startswith(shorter) or len(longer) - len(shorter) > 2


def _told_apart(article: Article, mentions: list[Mention], odd: Mention, usual: Mention,
                at: int) -> bool:
    """True when something says the two names are two things: a sentence names both, a third
    word fills the slot ('Wrenfield Road', 'Lane', 'Street'), the odd word comes alone or in
    another name that shares a word with the odd one, or, for a person, the odd person is
    introduced on their own ('Tim Whitlock, 34,') or, for a first name changed, a family word
    stands near."""
    new = odd.words[at]
    kept = {w for i, w in enumerate(odd.words) if i != at} - CONNECTORS
    same_slot = {m.words[at] for m in mentions if len(m.words) == len(odd.words) and
                 all(a == b for i, (a, b) in enumerate(zip(m.words, odd.words)) if i != at)}
    if len(same_slot) > 2:
        return True
    if any(new in m.words and (kept & set(m.words) or len(m.words) == 1) and
           not _overlap(m, odd) for m in mentions):
        return True  # 'the MV Sula' and 'the Sula' beside 'the MV Corran': two ships
    sentence = _sentence(article, odd.start)
    if any(sentence[0] <= m.start < sentence[1] and m.words == usual.words for m in mentions):
        return True
    if _is_person(article, odd):
        # family shares a surname, not a first name: it tells apart only a first name changed
        first_name = at < len(odd.words) - 1
        near = [sentence, _sentence(article, usual.start)]
        if first_name and any(FAMILY.search(article.text[a:b]) for a, b in near):
            return True
        after = article.text[odd.end:odd.end + 40]
        own = r",[ \u00a0]+(?:\d|aged|an?[ \u00a0]|the[ \u00a0]|who\b)"
        if re.match(rf"[’']s\b|{own}" if first_name else own, after):
            return True  # a person of their own: 'Tim Whitlock, 34,' or 'Whitlock’s son'
    return False


def _overlap(one: Mention, other: Mention) -> bool:
    """True when two mentions share characters (a run and a name cut from it)."""
    return one.start < other.end and other.start < one.end


def _one_name(article: Article, odd: Mention, usual: Mention, at: int,
              counts: tuple[Counter, Counter, Counter]) -> bool:
    """True when one of the reasons of ``linked_names`` says the two names are one."""
    new, old = odd.words[at], usual.words[at]
    capitals, alone, uses = counts
    kept = [w for i, w in enumerate(odd.words) if i != at and w not in CONNECTORS]
    given = load_given_names()
    person = _is_person(article, odd, usual)
    first_name_slot = person and at < len(odd.words) - 1
    if first_name_slot:
        titles = {odd.title.rstrip(".").lower(), usual.title.rstrip(".").lower()}
        sexes = {given.get(new), given.get(old)} - {None}
        one_sex = len(sexes) == 1 and new in given and old in given
        return (one_sex and new[0] == old[0] or _look_alike(new, old) and len(sexes) <= 1) \
            and (len(titles) == 1 or "" in titles)
    if _look_alike(new, old) or person and _misremembered(new, old) and \
            all(w in given for w in kept):
        return True  # 'Margaret Ashdown', 'Margaret Ashford'
    if person and at == len(odd.words) - 1 and _sounds_alike(new, old):
        return True  # 'Megan Reid', later 'Megan Reade'
    if len([w for w in kept if w.lower() not in CONNECTORS]) >= 2 and _misremembered(new, old):
        return True  # 'Development Consent Order', 'Development Control Order'
    pair = {new.lower(), old.lower()}
    distinct = any(not is_known_word(w.lower()) and w not in given for w in kept)
    # the kept word written alone as the name ('the Plough', twice): the article's short name
    shortened = any(alone[w] >= 2 for w in kept)
    if _one_kind(pair) and (distinct or len(kept) >= 2 or uses[usual.words] >= 2 or shortened or
                            _same_setting(article, odd, usual) or
                            _same_noun_after(article, odd, usual)):
        return True  # not 'Orrin Lane' and 'Orrin Close', once each: two streets may share a word
    if person:
        return False  # 'Tom Smith' and 'Tom Jones' are two people
    # not a body's kind ('the Labour Party leader', 'the Labour Group leader': two posts)
    if at == len(odd.words) - 1 and capitals[new] == 1 and \
            not pair & word_set("organisation_types") and _same_noun_after(article, odd, usual):
        return True  # 'a Warm Homes grant', later 'the Warm Houses grant'
    if at == len(odd.words) - 1 and any(t.lower_ == new.lower() and t.text.islower() and
                                         t.pos_ == "NOUN" for t in article.doc):
        return False  # 'Stanmere City Council' beside 'the council': a body of its own
    if not is_known_word(new.lower()) and not is_known_word(old.lower()) and \
            new[:3] == old[:3] and capitals[new] == 1 and capitals[old] >= 2:
        return True  # a place's name misremembered: 'Fenmoor Water' for 'Fenwold Water'
    if _a_place(article, odd, at) or _a_place(article, odd, at, kept=False) and \
            _a_place(article, usual, at, kept=False):
        return False  # 'New York City' beside 'New York Times'; 'Democrat of California'
    if at == 0 and not distinct and len(kept) < 3:
        return False  # 'Soviet Union' beside 'European Union'
    if capitals[new] == 1 and (len(kept) >= 3 or len(kept) == 2 and distinct):
        return True  # a long name given first: 'Save Carrow Fell', 'Allied … Workers’ Union'
    repeated = len(kept) >= 2 and uses[usual.words] >= 2 and at == len(odd.words) - 1
    return capitals[old] >= 2 and capitals[old] > capitals[new] and \
        (distinct or repeated or at == len(odd.words) - 1 and alone[old] >= 2)


def _one_kind(pair: set[str]) -> bool:
    """True when two words of a name fill its slot with one kind of thing: a street's type
    ('Lane', 'Road'), a body's ('Borough', 'District'), a firm's trade ('Airways',
    'Airlines'; 'Systems', 'Solutions'), a headland ('Point', 'Head'), a benefit ('Credit',
    'Benefit')."""
    return any(pair <= group for group in name_word_kinds() + name_slots()) or \
        pair <= word_set("body_kinds")


@functools.lru_cache(maxsize=1)
def _name_slots_data() -> dict:
    return json.loads((DATA_DIR / "name_slots.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def name_slots() -> list[frozenset[str]]:
    """The groups of ``data/name_slots.json``: words that fill a name's last slot with one
    kind of thing."""
    return [frozenset(group) for group in _name_slots_data()["groups"]]


def place_name_endings() -> frozenset[str]:
    """Endings of English place names (``name_endings`` in check_words.json and in
    name_slots.json): 'West-cliff', 'West-combe', 'Ash-ford'."""
    return word_set("name_endings") | frozenset(_name_slots_data()["name_endings"])


def _same_setting(article: Article, odd: Mention, usual: Mention) -> bool:
    """True when both names stand between the same words, one of them no small word: 'her
    first Universal Credit payment' and 'her first Universal Benefit payment' are one
    payment."""
    text = article.text
    stop = word_set("stop_words")
    around = []
    for mention in (odd, usual):
        before = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(0, mention.start - 30):mention.start])
        after = re.match(r"[ \u00a0]+([a-z]+)", text[mention.end:mention.end + 30])
        around.append((before.group(1).lower() if before else "", after.group(1) if after else ""))
    (odd_before, odd_after), (usual_before, usual_after) = around
    return odd_after == usual_after != "" and odd_after not in stop and \
        odd_before == usual_before != ""


def is_own_word(word: str) -> bool:
    """True for a word of a name that is no English word ('Brackenfold') or a rare one
    ('Larkspur', 'Hoyle'): a place's or a person's own word, not one that many names share
    ('Church', 'Station', 'High')."""
    word = word.lower()
    return not is_known_word(word) or spellchecker().word_usage_frequency(word) <= RARE


def _same_noun_after(article: Article, odd: Mention, usual: Mention) -> bool:
    """True when both names describe the same noun, one thing in the singular, just after
    them: 'the Larkspur Lane car park' and 'the Larkspur Road car park', 'a Warm Homes grant'
    and 'the Warm Houses grant'. One name gives the kind of a single thing twice."""
    heads = []
    for mention in (odd, usual):
        span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(article.doc):
            return False
        after = article.doc[span.end]
        while after.dep_ == "compound" and after.head.i > after.i:
            after = after.head  # 'the Larkspur Lane car park': the park
        if after.pos_ != "NOUN" or after.tag_ != "NN" or not after.text.islower() or \
                after.is_stop or article.doc[span.end].idx > mention.end + 2:
            return False
        heads.append(after.lemma_.lower())
    return heads[0] == heads[1]


def _a_place(article: Article, mention: Mention, at: int, kept: bool = True) -> bool:
    """True when the parser reads the words kept (or, with ``kept=False``, the word changed)
    as a place or a people ('New York' in 'New York City' and 'New York Times'; 'Democratic'
    in 'Democratic National Committee'): one place has many bodies, and two places are two."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    changed = _word_start(article.text, mention, at)
    return any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in span
               if (t.idx <= changed < t.idx + len(t.text)) != kept)


def _look_alike(new: str, old: str) -> bool:
    """True for two words of a name that look like one misspelt: the same first two letters
    and much the same letters ('Longfield', 'Lowfield'), or one letter changed ('Ray', 'Roy')."""
    if new[:1] != old[:1]:
        return False
    if len(new) == len(old) >= 3 and sum(a != b for a, b in zip(new, old)) == 1:
        return True
    return len(min(new, old, key=len)) >= 5 and new[:2] == old[:2] and \
        difflib.SequenceMatcher(None, new, old).ratio() >= ALIKE


def _sounds_alike(new: str, old: str) -> bool:
    """True for two surnames of four letters or more with the same first letter and most
    letters alike (difflib's ratio, ``SOUNDS_ALIKE``): 'Reid', 'Reade'; 'Sandhu', 'Sidhu'."""
    return min(len(new), len(old)) >= 4 and new[0] == old[0] and \
        difflib.SequenceMatcher(None, new, old).ratio() >= SOUNDS_ALIKE


def _misremembered(new: str, old: str) -> bool:
    """True for two words of five letters or more with the same first three letters and
    lengths within one ('Consent', 'Control'; 'Ashdown', 'Ashford')."""
    return len(new) >= 5 and new[:3].lower() == old[:3].lower() and abs(len(new) - len(old)) <= 1


def _is_person(article: Article, *mentions: Mention) -> bool:
    """True when names read as a person's: one has a title before it or a known first name,
    or the parser reads all as people and one ends with a word no English word has, or a
    rare one ('Hoyle'; it reads 'Brackenfold Lodge' as a person's name too)."""
    if any(m.title or set(m.words[:-1]) & set(load_given_names()) for m in mentions):
        return True
    if not any(is_own_word(m.words[-1]) for m in mentions):
        return False  # 'Brackenfold Lodge', 'Brackenfold House': no surnames ('Hoyle' may be)
    spans = [article.doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    return all(span is not None and any(t.ent_type_ == "PERSON" for t in span) for span in spans)


def _sentence(article: Article, offset: int) -> tuple[int, int]:
    """The start and end of the sentence holding ``offset``: the parser's, or the text
    between full stops when that is longer (the parser cuts 'Ferrisford Rovers beat
    Ferrisford Town' after 'Rovers')."""
    text = article.text
    start = max(text.rfind(mark, 0, offset) for mark in (". ", "! ", "? ", "\n")) + 1
    ends = [end for end in (text.find(mark, offset) for mark in (". ", "! ", "? ", "\n"))
            if end >= 0]
    end = min(ends, default=len(text))
    span = article.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return start, end
    sent = span[0].sent
    return min(start, sent.start_char), max(end, sent.end_char)


TERM_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
TERM_LINKS = frozenset({"of"})  # 'units of dental activity'


def linked_terms(article: Article) -> Iterator[tuple[tuple[int, int], int, tuple[int, int]]]:
    """Terms of art written once with one word changed: 'the automatic period' where the
    article called it 'the autonomous period', 'tax incentive financing' for 'tax increment
    financing'. A term is two to four words in small letters, with no punctuation between,
    that start and end with a word that is no small word; the odd term is written once, the
    usual one earlier, and the two changed words are misremembered forms of each other (the
    same first three letters, lengths within one, five letters or more), or the changed word
    is a middle one the article shortens the usual term to ('the early warning system',
    'the warning system') and the odd one is written nowhere else in any case
    (``_shortened_to_word``; both terms then name one thing, in the singular); neither is
    written anywhere else nor are they two forms of one word, and the usual one is English (a
    misspelt term is the spellchecker's). Yields the odd term's span (the longest one), the place of the
    changed word and the usual term's span."""
    text = article.text
    vocab = article.doc.vocab
    stop = {w for w in set(TERM_WORD.findall(text)) if vocab[w].is_stop} | word_set("stop_words")
    words = [(m.group(0), m.start(), m.end()) for m in TERM_WORD.finditer(text)]
    written = Counter(word for word, _, _ in words)
    in_any_case = Counter(re.findall(r"[a-z]+", text.lower()))  # 'Detection rates' counts too
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for n in (2, 3, 4):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if any(not re.fullmatch(r"[ \u00a0]", text[a[2]:b[1]]) for a, b in zip(run, run[1:])):
                continue  # a comma, a stop or a line between
            gram = tuple(word for word, _, _ in run)
            if gram[0] in stop or gram[-1] in stop or \
                    any(w in stop and w not in TERM_LINKS for w in gram):
                continue
            grams.setdefault(gram, []).append((run[0][1], run[-1][2]))
    by_slot: dict[tuple, list[tuple[str, ...]]] = {}
    for gram in grams:
        for at in range(len(gram)):
            by_slot.setdefault((len(gram), at, gram[:at] + gram[at + 1:]), []).append(gram)
    found: dict[int, tuple[tuple[int, int], int, tuple[int, int]]] = {}
    for (n, at, kept), forms in by_slot.items():
        if len(forms) != 2 or not any(len(w) >= 4 for w in kept if w not in TERM_LINKS):
            continue
        odd, usual = sorted(forms, key=lambda gram: -grams[gram][0][0])
        new, old = odd[at], usual[at]
        # a word swapped for one that begins otherwise must be written nowhere else at all
        shortened = _shortened_to_word(grams, odd, usual, at) and in_any_case[new] == 1 and \
            all(_one_thing(article, spans[0][1]) for spans in (grams[odd], grams[usual]))
        if len(grams[odd]) != 1 or written[new] != 1 or not is_known_word(old) or \
                not _misremembered(new, old) and not _held_by_two(new, old, n, at) and \
                not shortened or not _apart_enough(new, old) or min(len(new), len(old)) < 5:
            continue
        span = grams[odd][0]
        sentence = _sentence(article, span[0])
        if any(sentence[0] <= start < sentence[1] for start, _ in grams[usual]) or \
                not _two_things(article, _word_start(text, Mention(*span, odd, ""), at),
                                _word_start(text, Mention(*grams[usual][0], usual, ""), at)):
            continue
        changed = _word_start(text, Mention(*span, odd, ""), at)
        if changed not in found or found[changed][0][1] - found[changed][0][0] < span[1] - span[0]:
            found[changed] = (span, at, grams[usual][0])  # the longest term: 'tax … financing'
    yield from found.values()


def _shortened_to_word(grams: dict[tuple[str, ...], list[tuple[int, int]]],
                       odd: tuple[str, ...], usual: tuple[str, ...], at: int) -> bool:
    """True when the article shortens the usual term to the changed word and what follows
    it ('the early warning system', later 'the warning system'), so that word is what names
    the thing, while the odd term's tail is written nowhere else ('the early detection
    system'): a middle word swapped for another of the same kind."""
    if not 0 < at < len(usual) - 1:
        return False
    return len(grams.get(usual[at:], ())) > len(grams[usual]) and \
        len(grams.get(odd[at:], ())) == 1


def _one_thing(article: Article, end: int) -> bool:
    """True when the word ending at ``end`` is a noun in the singular ('system'): a term for
    one thing, not a group ('health officials', 'safety officials')."""
    span = article.doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and span[-1].tag_ == "NN"


def _held_by_two(new: str, old: str, length: int, at: int) -> bool:
    """True when a term's changed word sits between two words kept ('public service
    obligation', 'public sector obligation') and the two changed words share their first two
    letters and have lengths within one: two words kept hold the term, so a changed word
    that begins alike is the same word half remembered."""
    return 0 < at < length - 1 and new[:2] == old[:2] and abs(len(new) - len(old)) <= 1


def _two_things(article: Article, one: int, other: int) -> bool:
    """True when the words at two places are nouns or adjectives with two lemmas ('incentive',
    'increment'), not two forms of one verb ('developing', 'developed') or pronouns
    ('anybody', 'anyone')."""
    tokens = [article.doc.char_span(at, at + 1, alignment_mode="expand") for at in (one, other)]
    if any(span is None for span in tokens):
        return False
    first, second = tokens[0][0], tokens[1][0]
    return first.lemma_.lower() != second.lemma_.lower() and \
        {first.pos_, second.pos_} <= {"NOUN", "ADJ", "PROPN"}

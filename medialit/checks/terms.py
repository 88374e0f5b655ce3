"""One thing named two ways: "spy ball" beside "spy balloon", a name spelled twice
differently, "secretary-of-state" beside "Secretary of State", an event both "postponed" and
"cancelled"."""
from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.mentions import (is_own_word, linked_terms, names_with_a_word_changed,
                                      place_name_endings)
from medialit.checks.spans import direct_quotes, where
from medialit.checks.spelling import is_known_word, spellchecker
from medialit.checks.words import event_groups, load_usage, word_set
from medialit.model import Quote


@rule("terms.shortened", "inconsistent-term", "warning",
      "a shortened form of a term the article uses more often")
def shortened_terms(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the spy ball' where the article mostly says 'the spy balloon'. Not inside a direct
    quote: a speaker's words are what they said, not the writer's choice of term."""
    text = article.text
    quoted = direct_quotes(quotes)
    stop, derived = word_set("stop_words"), word_set("derived_endings")
    word_counts = Counter(re.findall(r"[a-z]+", text.lower()))
    by_first: dict[str, dict[str, list]] = {}
    for match in re.finditer(r"\b([A-Za-z][a-z]+)(?=[ \t\u00a0]([a-z]{3,})\b)", text):
        by_first.setdefault(match.group(1).lower(), {}).setdefault(match.group(2), []).append(match)
    for first, seconds in by_first.items():
        if first in stop:
            continue  # "the balloon", "the ball": nothing to say, however many words follow
        for short, long in prefix_pairs(list(seconds)):
            if len(long) - len(short) < 2 or long[len(short):] in derived:
                continue
            if word_counts[short] >= word_counts[long]:
                continue
            longer = seconds[long][0]
            for match in seconds[short]:
                if quoted.holds(match.start(2)):
                    continue
                yield Spot(match.start(2), match.end(2),
                           f"Elsewhere the article says “{_pair_text(text, longer)}”; here it "
                           f"says “{_pair_text(text, match)}”. Is it the same thing? If so, use "
                           "the same words.", long, ((longer.start(), longer.end(2)),))


def prefix_pairs(words: list[str]) -> list[tuple[str, str]]:
    """Every (short, long) pair of different words where long starts with short, in the order
    of ``words`` (as a loop over all pairs would give them, without trying every pair)."""
    order = {word: n for n, word in enumerate(words)}
    ranked = sorted(words)
    pairs = []
    for n, short in enumerate(ranked):
        for long in itertools.takewhile(lambda w, short=short: w.startswith(short), ranked[n + 1:]):
            pairs.append((short, long))
    return sorted(pairs, key=lambda pair: (order[pair[0]], order[pair[1]]))


def _pair_text(text: str, match: re.Match) -> str:
    return text[match.start():match.end(2)].replace("\u00a0", " ")


@rule("terms.relabelled", "inconsistent-term", "note", "one thing given two different labels")
def relabelled_things(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the weather balloon' for what the article called a 'spy balloon': one thing given two
    labels in the writer's own voice, as if it were settled which one is right."""
    labels_of: dict[str, set] = {}
    bare: Counter = Counter()
    for token in article.doc:
        if token.pos_ == "NOUN" and token.tag_ == "NN":
            compounds = [c.lemma_.lower() for c in token.children if c.dep_ == "compound"]
            labels_of.setdefault(token.lemma_.lower(), set()).update(compounds)
            if not compounds and any(c.lower_ == "the" for c in token.children):
                bare[token.lemma_.lower()] += 1
    first_label: dict[str, object] = {}
    quoted = direct_quotes(quotes)
    for token in article.doc:
        if token.pos_ != "NOUN" or token.tag_ != "NN" or quoted.holds(token.idx):
            continue
        if bare[token.lemma_.lower()] < 2 or len(labels_of.get(token.lemma_.lower(), ())) != 2:
            continue  # one salient thing ("the balloon" again and again) with two labels
        labels = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                  and c.i == token.i - 1]
        if not labels:
            continue
        label = labels[0]
        head = token.lemma_.lower()
        earlier = first_label.get(head)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if earlier is None:
            first_label[head] = label
        elif earlier.lemma_.lower() != label.lemma_.lower() and definite and \
                not _one_label_acts_on_other(article.doc, earlier, label):
            yield Spot(label.idx, token.idx + len(token.text),
                       f"Earlier the article calls it a “{earlier.text} {earlier.head.text}”; "
                       f"here it is “the {label.text} {token.text}”. Are these the same thing? "
                       "If so, the new label quietly takes a side.",
                       f"{earlier.text} {token.text}",
                       ((earlier.idx, earlier.head.idx + len(earlier.head.text)),))


def _one_label_acts_on_other(doc, one, other) -> bool:
    """True when the article uses one label as a verb with the other as its object ('must
    not use a hosepipe' beside 'the hosepipe ban' and 'the use ban'): two views of one
    thing, a ban on using hosepipes, not two rival names for it."""
    pairs = {(one.lemma_.lower(), other.lemma_.lower()), (other.lemma_.lower(), one.lemma_.lower())}
    return any(token.pos_ == "VERB" and child.dep_ in ("dobj", "obj") and
               (token.lemma_.lower(), child.lemma_.lower()) in pairs
               for token in doc for child in token.children)


@rule("terms.organisation-renamed", "inconsistent-term", "warning",
      "a name (a body's, a place's, a thing's or a person's) given once with one word changed")
def organisations_renamed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Holtmere Residents’ Association' and later 'Holtmere Residents’ Alliance', 'Dover
    Chamber of Commerce' and later 'Dover Chamber of Trade': one organisation whose name
    changes its last word (or, by ``mentions.names_with_a_word_changed``, any one word of
    any name: 'Iron Hawks' for 'Iron Herons', 'Gordon Pellow' for 'Graham Pellow'). The new
    form occurs once; the first form twice (a longer name ending with it counts: 'Marrowby University
    Students’ Union' for 'Students’ Union'), or once when the words they share hold a name that
    is no English word ('Holtmere'), so that the two cannot be two bodies of one kind
    ('National Security Council', 'National Security Agency')."""
    types = word_set("organisation_types")
    pattern = r"\b((?:The )?(?:[A-Z][\w’'-]+ ){1,4})([A-Z][a-z]+)\b"
    names = [m for m in re.finditer(pattern, article.text) if m.group(2).lower() in types]
    of_pattern = r"\b((?:[A-Z][\w’'-]+ ){1,2}([A-Z][a-z]+) of )([A-Z][a-z]+)\b"
    names += [m for m in re.finditer(of_pattern, article.text) if m.group(2).lower() in types
              and _holds_a_name(m.group(1))]
    names.sort(key=lambda m: m.start())
    yield from names_with_a_word_changed(article, quotes)
    uses = Counter(m.group(0) for m in names)
    first_seen: dict[str, re.Match] = {}
    for match in names:
        stem, last = re.sub(r"^The ", "", match.group(1)), match.group(match.lastindex)
        earlier = first_seen.get(stem)
        if earlier is None:
            first_seen[stem] = match
        elif earlier.group(earlier.lastindex) != last and uses[match.group(0)] == 1 and \
                (_uses_ending(names, earlier) >= 2 or _holds_a_name(stem)) and \
                not _named_together(article, match, earlier) and \
                not re.match(r"[ \u00a0]+(?:on|for)[ \u00a0]+[A-Z]", article.text[match.end():]):
            # 'European Council on Foreign Relations' goes on: another body's longer name
            yield Spot(match.start(match.lastindex), match.end(match.lastindex),
                       f"Earlier the article says “{earlier.group(0)}”; here “{match.group(0)}”. "
                       "Is it the same organisation? A name should be given the same way every "
                       "time.", earlier.group(earlier.lastindex),
                       ((earlier.start(), earlier.end()),))


def _uses_ending(names: list[re.Match], name: re.Match) -> int:
    """How many names of the article are ``name`` or end with it ('Marrowby University
    Students’ Union' is a use of 'Students’ Union': the short form of one body)."""
    short = re.sub(r"^The ", "", name.group(0))
    return sum(re.sub(r"^The ", "", m.group(0)).endswith(short) for m in names)


def _named_together(article: Article, odd: re.Match, usual: re.Match) -> bool:
    """True when a sentence names both forms ('the Ashford District Council and the Ashford
    Borough Council'): two bodies side by side, not one named two ways."""
    sentence = article.doc.char_span(odd.start(), odd.end(), alignment_mode="expand")
    if sentence is None:
        return False
    sent = sentence[0].sent
    other = re.sub(r"^The ", "", usual.group(0))
    text = article.text
    start = max(text.rfind(". ", 0, odd.start()), text.rfind("\n", 0, odd.start()), 0)
    ends = [end for end in (text.find(". ", odd.end()), text.find("\n", odd.end())) if end >= 0]
    by_stops = text[start:min(ends, default=len(text))]  # a sentence the parser cut short
    return any(other in part.replace(odd.group(0), "")
               for part in (text[sent.start_char:sent.end_char], by_stops))


def _holds_a_name(stem: str) -> bool:
    """True when the words of ``stem`` (two or more) include one that is no English word:
    a place or a person ('Holtmere Residents’')."""
    words = re.findall(r"[A-Za-z]+(?=[’']|\b)", stem)
    return len(words) >= 2 and any(not is_known_word(word.lower()) for word in words
                                   if word.lower() not in ("of", "s"))


@rule("terms.term-word-changed", "inconsistent-term", "warning",
      "a term written once with one word changed for a word much like it ('the automatic "
      "period' for 'the autonomous period')")
def terms_with_a_word_changed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'the hardest part was the automatic period' in a story that named 'the autonomous
    period', 'tax incentive financing' for 'tax increment financing': a term of art written
    once with one word swapped for one that starts the same way (``mentions.linked_terms``).
    A term has an exact meaning, and the new word names something else. Not inside a direct
    quote: a speaker's words are what they said."""
    text = article.text
    quoted = direct_quotes(quotes)
    for (start, end), at, (usual_start, usual_end) in linked_terms(article):
        words = list(re.finditer(r"\S+", text[start:end]))
        usual = text[usual_start:usual_end]
        word_start = start + words[at].start()
        if quoted.holds(word_start):
            continue
        yield Spot(word_start, start + words[at].end(),
                   f"In {where(article, usual_start)} the term is “{usual}”; here it is "
                   f"“{text[start:end]}”. Is it the same thing? A term should be written the "
                   "same way every time.", usual.split()[at], ((usual_start, usual_end),))


@rule("terms.hyphenated", "inconsistent-term", "warning",
      "a hyphenated form of a term written without hyphens elsewhere")
def hyphenated_variants(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'secretary-of-state' beside 'Secretary of State'."""
    elsewhere: dict[str, re.Match | None] = {}  # each term, written with spaces, found once
    for match in re.finditer(r"\b[A-Za-z]+(?:-[A-Za-z]+){2,}\b", article.text):
        spaced = match.group(0).replace("-", " ")
        if spaced not in elsewhere:
            elsewhere[spaced] = re.search(rf"\b{re.escape(spaced)}\b", article.text, re.I)
        other = elsewhere[spaced]
        after = article.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        following = after.doc[after.end] if after is not None and after.end < len(after.doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue  # "a face-to-face meeting": a compound adjective is hyphenated by rule
        if other:
            yield Spot(match.start(), match.end(),
                       f"“{match.group(0)}” is written with hyphens here, but as "
                       f"“{other.group(0)}” elsewhere. Pick one way and use it everywhere.",
                       other.group(0), ((other.start(), other.end()),))


@rule("terms.name-spelled-twice", "inconsistent-term", "error", "a name spelled two ways")
def names_spelled_twice(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Two proper names one or two letters apart ("Krishnamoorthi", "Krishnamurthi"), or a
    name the article writes once, that is no English word, one letter from a person's name it
    repeats, where nothing says it is someone else (``_respelt_person``): "Hillary Clynton"
    beside "Hillary Clinton", a bare "Werren said" beside "Elizabeth Warren"."""
    spell = spellchecker()
    names = _names(article.text)
    spelled = sorted(names, key=lambda name: -len(names[name]))
    for common in spelled:
        for rare in spelled:
            if len(names[rare]) > len(names[common]) or rare[0] != common[0] or rare == common:
                continue
            if rare.rstrip("s") == common.rstrip("s") or abs(len(rare) - len(common)) > 2:
                continue
            if rare != common and (common.startswith(rare) or rare.startswith(common)) and \
                    abs(len(rare) - len(common)) >= 2:
                continue  # 'Tarrow' and 'Tarrowby': a place and a place named from it
            ratio = difflib.SequenceMatcher(None, rare, common).ratio()
            far = ratio >= 0.85 and len(names[common]) >= 2 and min(len(rare), len(common)) >= 6 \
                and rare.lower() not in spell and common.lower() not in spell and \
                len(names[rare]) < len(names[common])
            if far or _respelt_person(article.text, names, rare, common):
                for match in names[rare]:
                    yield Spot(match.start(), match.end(),
                               f"“{rare}” is spelled “{common}” elsewhere in the article. Which "
                               "is right? A name should be spelled the same way every time.",
                               common, ((names[common][0].start(), names[common][0].end()),))


@rule("terms.name-ending-changed", "inconsistent-term", "warning",
      "a place or person named once with another ending ('Ashford' for 'Ashworth')")
def name_endings_changed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Kettlesby' once where the article first wrote 'Kettlesham', 'Ashford said' after
    'Gemma Ashworth': a name written once (one of the two no English word), whose stem the article
    gave earlier with another ending of English names ('-by', '-ham', '-ford', '-worth',
    ``name_endings`` in check_words.json and name_slots.json), or with any other ending when
    the two share four letters, one is no English word or a rare one, and they stand before
    the same noun ('the Saltmoor estate', later 'the Saltwick estate': one estate). Two real places may share a stem, so the machine
    asks, and keeps silent when a sentence names both, when the two stand beside different
    words ('Stanford University', 'Stanley said'), or when each has its own first name."""
    text = article.text
    lower = set(re.findall(r"\b[a-z]{4,}\b", text))
    names: dict[str, list[re.Match]] = {}
    for match in re.finditer(r"\b[A-Z][a-z]{3,}\b", text):  # 'Ashford said' opens a sentence
        if match.group(0).lower() not in lower:
            names.setdefault(match.group(0), []).append(match)
    endings = place_name_endings()
    for rare, places in names.items():
        place = places[0]
        if len(places) != 1 or article.paragraph_index(place.start()) == 0:
            continue
        for common, found in names.items():
            if common == rare or found[0].start() > place.start():
                continue
            # two names of the word list ('Stanford', 'Stanley') are both real
            swapped = _ending_swapped(rare, common, endings) and \
                not (is_known_word(common.lower()) and is_known_word(rare.lower()))
            alike = rare[:4] == common[:4] and (is_own_word(rare) or is_own_word(common)) and \
                _before_same_noun(article, place, found)
            if not (swapped or alike):
                continue
            if _told_apart(article, place, found):
                continue
            yield Spot(place.start(), place.end(),
                       f"Earlier the article writes “{common}”; here “{rare}”. Is it the same "
                       "place or person? The machine could not tell: a name should be written "
                       "the same way every time.", common,
                       ((found[0].start(), found[0].end()),))
            break


def _before_same_noun(article: Article, place: re.Match, found: list[re.Match]) -> bool:
    """True when a name and some use of another stand just before the same noun in small
    letters ('the Saltmoor estate', 'the Saltwick estate'): one thing of that kind."""
    def noun_after(match: re.Match) -> str:
        span = article.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.end >= len(article.doc):
            return ""
        after = article.doc[span.end]
        is_noun = after.pos_ == "NOUN" and after.text.islower() and not after.is_stop
        return after.lemma_.lower() if is_noun and after.idx <= match.end() + 2 else ""
    noun = noun_after(place)
    return bool(noun) and any(noun_after(match) == noun for match in found)


def _ending_swapped(rare: str, common: str, endings: frozenset[str]) -> bool:
    """True when the two names share a stem of three letters or more and end with two
    different endings of English names ('Ash-ford', 'Ash-worth')."""
    for cut in range(3, min(len(rare), len(common))):
        if rare[:cut] != common[:cut]:
            break
        if rare[cut:] != common[cut:] and rare[cut:].lower() in endings and \
                common[cut:].lower() in endings:
            return True
    return False


def _told_apart(article: Article, place: re.Match, found: list[re.Match]) -> bool:
    """True when something says two near names are two places or people: a sentence names
    both, the capitalised word after them differs ('Elmwood House', 'Elmwood Road'), or the
    odd one has a first name the other never has."""
    text = article.text
    sentence = article.doc.char_span(place.start(), place.end(), alignment_mode="expand")
    if sentence is not None:
        sent = sentence[0].sent
        if any(sent.start_char <= m.start() < sent.end_char for m in found):
            return True
    def after(match: re.Match) -> str:
        word = re.match(r"[ \u00a0]+([A-Z][\w’'-]*)", text[match.end():match.end() + 30])
        return word.group(1) if word else ""
    # a name given bare once and once with a kind of place ('Hollinmoor', 'Hollinmere
    # Reservoir') tells nothing apart; two kinds do ('Elmwood House', 'Elmwood Road')
    others = {after(m) for m in found} - {""}
    if after(place) and others and after(place) not in others:
        return True
    first = _word_before(text, place.start())
    return bool(first) and first not in {_word_before(text, m.start()) for m in found}


def _names(text: str) -> dict[str, list[re.Match]]:
    """The capitalised words of four letters or more, each with its places, that the article
    never writes in lower case and that are no English word or are written at least once
    inside a sentence ('Clinton', 'King': names here, though the word list has them)."""
    lower = set(re.findall(r"\b[a-z]{4,}\b", text))
    names: dict[str, list[re.Match]] = {}
    # 'Clinton', 'McKinley', 'Castañeda'
    for match in re.finditer(r"\b[A-Z][a-zß-ÿ]*(?:[A-Z][a-zß-ÿ]+)?\b", text):
        if len(match.group(0)) >= 4 and match.group(0).lower() not in lower:
            names.setdefault(match.group(0), []).append(match)
    inside = re.compile(r"[a-z,;]\s+$")
    return {name: found for name, found in names.items()
            if any(inside.search(text[max(0, m.start() - 3):m.start()]) for m in found) or
            not is_known_word(name.lower())}


TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator",
                    "governor", "mayor", "judge", "justice", "gen", "prof", "sir", "dame", "lord"})


NAME_PARTICLES = frozenset({"al", "bin", "bint", "ibn", "abu", "de", "da", "del", "della", "der",
                            "den", "di", "du", "la", "le", "van", "von"})


def _respelt_person(text: str, names: dict[str, list[re.Match]], rare: str, common: str) -> bool:
    """True when ``rare`` (once, no English word) is ``common`` with one letter changed, two
    swapped or a double letter written once, ``common`` is a person's surname the article
    gives earlier with a first name, and ``rare`` stands alone or after a title ('Mr. Kyng'),
    or with that same first name, or, when ``common`` comes twice, with a first name the
    article uses elsewhere ('Hillary'): a person the article never introduces, so no second
    person of a near name."""
    if len(names[rare]) != 1 or names[common][0].start() > names[rare][0].start() or \
            is_known_word(rare.lower()) or \
            not (_one_letter_apart(rare, common) or _double_letter_apart(rare, common)):
        return False  # the odd form comes after the person is introduced
    place = names[rare][0]
    after = re.match(r"[ \u00a0]+([A-Za-z]+)", text[place.end():place.end() + 30])
    if after and (after.group(1)[:1].isupper() or after.group(1) in NAME_PARTICLES):
        return False  # the first word of another full name ('Osama bin Laden')
    first_names = {_word_before(text, m.start()) for m in names[common]} - {""}
    before = _word_before(text, place.start())
    if not before:
        return bool(first_names)  # a bare surname: of someone introduced, if anyone
    # the first name alone elsewhere ('Hillary said'): one person, called by it
    alone = re.search(rf"\b{re.escape(before)}\b(?![ \u00a0]+[A-Z])", text)
    return before in first_names or len(names[common]) >= 2 and alone is not None


def _one_letter_apart(one: str, other: str) -> bool:
    """True when two words of one length differ in one letter, or in two neighbouring letters
    swapped ('Clinton', 'Clynton'; 'Rubio', 'Ruibo')."""
    differ = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(one) == len(other) and (len(differ) == 1 or len(differ) == 2 and
                                       differ[1] == differ[0] + 1 and
                                       one[differ[0]] == other[differ[1]] and
                                       one[differ[1]] == other[differ[0]])


def _word_before(text: str, start: int) -> str:
    """The capitalised word just before ``start`` in its sentence that may be a first name
    ('Hillary'); '' after a small word, a title ('Mr.', 'Sen.'), 'The', a small word opening
    the sentence ('At Hollinmere Reservoir'), or none."""
    found = re.search(r"([A-Z][\w’'-]*)(\.?)[ \u00a0]+$", text[max(0, start - 30):start])
    if found is None or found.group(2) or found.group(1).lower() in TITLES | {"the"} or \
            found.group(1).lower() in word_set("stop_words"):
        return ""  # no first name: a title, or a small word opening the sentence ('At')
    return found.group(1)


def _double_letter_apart(one: str, other: str) -> bool:
    """True when one name is the other with a doubled letter written once ('Efron',
    'Effron'; 'Meks', 'Meeks'), the commonest slip in a name."""
    shorter, longer = sorted((one, other), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1:] == shorter
        for i in range(len(longer) - 1))


@rule("terms.event-verbs", "inconsistent-term", "warning",
      "one event described with two incompatible verbs")
def event_told_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """One event told two incompatible ways: a trip both 'canceled' and 'postponed'."""
    pairs = load_usage()["contradicting_verbs"]["pairs"]
    doc = article.doc
    done: dict[int, list] = {}
    # without the model's parser (the rule-based fallback) no word has an object, and spaCy
    # can crash when asked for the children of words it never parsed
    for token in doc if doc.has_annotation("DEP") else ():
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        for obj in objects:
            for number, group in enumerate(event_groups()):
                if obj.lemma_.lower() in group:
                    done.setdefault(number, []).append(token)
    for verbs in done.values():
        lemmas = {token.lemma_.lower() for token in verbs}
        for first, second in pairs:
            if first in lemmas and second in lemmas:
                one = next(t for t in verbs if t.lemma_.lower() == first)
                other = next(t for t in verbs if t.lemma_.lower() == second)
                yield Spot(one.idx, one.idx + len(one.text),
                           f"Here it was “{one.text}”, but in {where(article, other.idx)} it was "
                           f"“{other.text}”. Both cannot be true of the same event: which is it?",
                           None, ((other.idx, other.idx + len(other.text)),))


@rule("terms.grade-renamed", "inconsistent-term", "warning",
      "one grade of a scale named with two scale words ('Category 1 hazards', later 'Class 1 "
      "hazards')")
def grades_renamed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Category 1 hazards' and later 'the Class 1 hazards', 'Tier 3 rules' and later 'Level 3
    rules': one grade of one thing (the same number before the same noun) named with two
    words of a scale (``grade_words``). Such a term has an exact meaning, often in law, so it
    must be written the same way every time. The later form is circled, unless a sentence
    names both (two scales compared)."""
    scales = "|".join(word_set("grade_words"))
    pattern = re.compile(rf"(?<![\w-])({scales})[ \u00a0]+(\d+|[IVX]+|[A-E])[ \u00a0]+([a-z]+)",
                         re.I)
    first: dict[tuple[str, str], re.Match] = {}
    for match in pattern.finditer(article.text):
        if not match.group(1)[:1].isupper() or len(match.group(3)) < 3 or \
                match.group(3) in word_set("stop_words"):
            continue  # 'the top class 1 hurdle': a scale's word has a capital; 'Stage 2 of
            # the plan' names a part, not a grade of a thing
        grade = (match.group(2), re.sub(r"e?s$", "", match.group(3)))
        earlier = first.setdefault(grade, match)
        if earlier.group(1).lower() == match.group(1).lower():
            continue
        sentence = article.doc.char_span(match.start(), match.end(), alignment_mode="expand")
        sent = sentence[0].sent if sentence is not None else None
        if sent is not None and sent.start_char <= earlier.start() < sent.end_char:
            continue
        yield Spot(match.start(1), match.end(2),
                   f"Earlier the article says “{earlier.group(1)} {earlier.group(2)} "
                   f"{earlier.group(3)}”; here “{match.group(0)}”. Is it the same grade? A term "
                   "with an exact meaning should be written the same way every time.",
                   f"{earlier.group(1)} {earlier.group(2)}", ((earlier.start(), earlier.end()),))

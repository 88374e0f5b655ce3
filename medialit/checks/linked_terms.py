"""Linked mentions: a noun written once that stands where the article's own term stands, a
slip away ('the new fire' in an article about ferry fares, 'each fight is logged' in one
about drone flights, 'a mobile hoist … the host was locked away', 'Harper, the team
caption').

The whole article is read first: each noun written once (three letters or more; a
three-letter word only to the article's subject, pointing back) is linked to every noun of the
article one typing slip away (a letter changed, added, dropped, two letters swapped, or a
doubled letter typed as another: 'shuffle', 'shuttle'), with all the forms of that term
('fare', 'fares'). Then the mentions are compared, and the evidence is weighed:

- **the same slot**: the odd word has a describing word the term has ('the new fire', 'the
  new fares'), hangs on the same content word in the same role, has the same neighbour, or
  the same quantifier ('each fight', 'every flight'), or the same preposition of place with
  'the' ('on the pier' … 'on the peer');
- **it refers back**: the odd word is definite ('the', 'this', 'each'), or has the possessive
  an earlier mention has ('at its berth' … 'at its birth', which is the same slot too), has
  no complement of its own ('the form of …'), and the term came before it, so the writer
  means a thing already named ('a mobile hoist … the host'), while the odd word was never
  introduced;
- **it is pointed at**: the odd word brings in a thing ('a smoke censor') and the term's first
  mention, just after, points back at one ('The same sensor', 'this sensor');
- **it names people**: a 'who' opens a clause on it ('library stuff who work evenings') in an
  article about the term, and no mention of the term has one;
- **the term is the article's subject**: the article uses it far more than English does
  (``KEYWORD`` times more often per word than its frequency in English);
- **a person's role**: the odd word stands beside a person's name where the article
  elsewhere gives that person a job or title up to two letters away ('team captain Leo
  Harper' … 'Harper, the team caption'): a person described by a thing; or a title a slip
  from the title given before, with the same describing word ('drum major Kayla Brooks' …
  'Brooks, the drum mayor');
- **no noun fits**: the odd word stands where a noun must stand but is none that fits there:
  a plural after 'a' or 'every' ('a feet of 450 scooters'), or a word read as an adjective
  after 'the' or 'its' and a describing word, before its verb ('the current least ends');
  then the term may be named once, before or after it. An adjective standing alone as a
  verb's subject ('the least also gives …', 'the bakery's least runs out') may be meant
  ('the poor'), so it must point back; pointing back at the article's subject, or in the
  term's slot ('the four-day weak'), it is a slip even of an everyday term;
- **the same scene**: a term named once, paragraphs back, is pointed at when the two share a
  thing or an action above them ('water pouring in through her hull' … 'the water coming
  through the hill').

Verbs used once are linked too, to a verb of the article a slip away that governs the same
thing, time or place ('will resit the exam in November' … 'want to reset maths in
November'); when each is used once, the slip is the commoner word.

A slot and the article's subject make a warning (for an everyday odd word it must refer back
too), and so do a person's role, the subject pointing back at the odd word, and a word that
is no English in the term's slot or pointing back at it ('the backlot', where the article
writes 'backlog'). Referring back to the subject alone makes a note, a question the machine
could not settle, and so do two verbs, a commoner odd word, bare, pointing back at a term
the article talks of four times or more ('the contact' beside 'the contract'), and a word
that names people. No noun fitting makes a warning. A word ending a set phrase ('left in the
dark') is never linked. What the machine cannot know is the meaning: a writer may mean both
words ('the town hall' in an article about a wall; ``_own_describer``). Needs the tagger and
parser.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from medialit.article import Article
from medialit.checks.careers import load_jobs
from medialit.checks.registry import Spot, rule
from medialit.checks.slips import (EVERYDAY, LONG, NOT_A_WORD, SHORT_WORDS, inflected,
                                   match_case, misspelt_article_words, one_edit_apart,
                                   slip_words)
from medialit.checks.misspellings import common_misspelling
from medialit.checks.spans import where
from medialit.checks.spelling import is_known_word, unknown_words, word_frequency
from medialit.checks.words import word_set
from medialit.lexicons import load_job_titles
from medialit.model import Quote

# a note needs an odd word rarer than this in English: commoner words ('form', 'weeks') are
# too often meant where they point back at nothing named
QUESTION_RARER = 5e-5
# a three-letter word ('pup' for 'pub') is linked only to the article's subject, pointing back
SHORTEST_WORD = 3
TALKED_OF = 4  # uses of a term that make it what the article talks of, again and again
SHORTEST = 300  # words: a shorter text is counted as this long (two uses in a paragraph
# make no subject)
KEYWORD = 100  # how many times more often per word than in English the term must be used
# determiners that say 'the one already named' ('the', 'this'), or 'each of them' ('each',
# 'every'); the quantifiers of one group are the same slot ('each fight', 'every flight')
# (not a possessive: 'their rent' names a thing of theirs for the first time)
DEFINITE = frozenset({"the", "this", "that", "these", "those", "each", "every"})
QUANTIFIERS = {"each": "every", "every": "every", "this": "this", "that": "this",
               "these": "this", "those": "this"}
DESCRIBING = ("amod", "compound", "nmod", "nummod")
ONE_THING = frozenset({"a", "an", "another", "each", "every"})
THE_ONE = frozenset({"the", "this", "that", "its", "their", "our", "his", "her"})
# describing words that rank rather than describe ('the second best', 'the next best')
ORDERS = frozenset({"first", "second", "third", "next", "last", "very", "same", "only",
                    "other", "previous", "final"})


@dataclass(frozen=True)
class Link:
    """A noun written once (``odd``) and the article's term a slip away, with the evidence
    that the odd word stands in the term's place."""

    odd: object  # the spaCy token of the odd word
    term: str
    mentions: tuple  # the tokens of the term and its forms, in order
    same_slot: bool
    refers_back: bool
    subject: bool
    english: bool  # False for a word that is no English ('backlot')
    for_person: bool = False  # the odd word names a person's role ('Harper, the team caption')
    misfit: str = ""  # "certain" or "likely": no noun of its own here ('a feet', 'the least')
    pointed_at: bool = False  # the term, named later, points back at it ('the same sensor')
    people: bool = False  # a 'who' makes it name people ('library stuff who work evenings')

    @property
    def everyday(self) -> bool:
        return word_frequency(self.odd.lower_) >= EVERYDAY


def link_mentions(article: Article) -> Iterator[Link]:
    """Each noun written once in lower case, linked to each term of the article one slip
    away, with the evidence weighed (see the module's docstring)."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    stop = word_set("stop_words") | SHORT_WORDS | slip_words("function_words")
    words = [t for t in doc if t.is_alpha]
    # a name ('Thames Valley Police') is no use of the word 'police'
    counts = Counter(t.lower_ for t in words if t.pos_ != "PROPN" or t.text.islower())
    # the words and the plain forms of the nouns ('fare' of 'fares'): a slip may be of either
    forms = set(counts) | {t.lemma_.lower() for t in words if t.pos_ == "NOUN"}
    vocabulary = sorted(w for w in forms if w.isalpha() and w not in stop and
                        len(w) >= SHORTEST_WORD and is_known_word(w))
    typos = None  # found once, when a word that is no English comes up
    for odd in words:
        word = odd.lower_
        misfit = _misfit(odd)
        # 'at least' twice and 'the least' once: a word out of its class is counted where it
        # heads a noun phrase
        uses = sum(t.lower_ == word and _headed(t) for t in words) if misfit else counts[word]
        if not odd.text.islower() or uses != 1 or word in stop or len(word) < SHORTEST_WORD:
            continue
        english = is_known_word(word) and word_frequency(word) >= NOT_A_WORD
        if not english:
            typos = _typos(article) if typos is None else typos
            if odd.idx in typos:
                continue  # a typo the spelling rules circle ('ballon')
        # the tagger calls a word it does not know, in lower case, a name
        if not misfit and odd.pos_ not in (("NOUN",) if english else ("NOUN", "PROPN")) or \
                _has_own_forms(odd, words):
            continue
        for term in vocabulary:
            role = _role_of_person(odd, word, term, words)
            # ('backlot' is no form of 'backlog', though two English words that differ in
            # their last letter often are: 'terrorism', 'terrorist')
            if not (_one_slip_apart(word, term) or role) or english and inflected(word, term):
                continue
            if min(len(word), len(term)) < 4 and len(word) != len(term):
                continue  # a three-letter word has a letter changed ('pup', 'pub'), no more
            mentions = tuple(t for t in words if t.i != odd.i and _written_small(t) and
                             (t.lower_ == term or inflected(term, t.lower_)))
            if not mentions or not role and \
                    sum(t.pos_ == "NOUN" for t in mentions) * 2 <= len(mentions) or \
                    any(t.lemma_.lower() == odd.lemma_.lower() or
                        english and inflected(t.lemma_.lower(), odd.lemma_.lower())
                        for t in mentions):
                continue  # no noun, or a relative of the odd word ('crises', 'crisis';
                # 'voters', 'votes')
            # the term is this person's role elsewhere ('team captain Leo Harper')
            for_person = role and any(_person_of(m) is not None and
                                      _person_of(m).text == _person_of(odd).text
                                      for m in mentions)
            if role and not for_person and not _one_slip_apart(word, term):
                continue
            if _joined(odd, mentions):
                continue  # 'a site of this size': one hangs on the other, two things
            if misfit and odd.tag_ == "NNS" and not any(m.tag_ == "NN" for m in mentions):
                continue  # 'a feet': the word meant is one thing ('fleet', not 'fees')
            subject = _subject(term, mentions, len(words))
            # a term named once, far back, is pointed at only when the article is about it
            # ('at its berth' … 'at its birth': the same owner's thing in the same frame)
            refers_back = _refers_back(odd, mentions) and \
                (_named_near(article, odd, mentions) or subject and misfit or
                 (subject or misfit) and (
                    _same_scene(odd, mentions) or any(_same_frame(odd, m) for m in mentions)))
            yield Link(odd, term, mentions, _same_slot(odd, mentions), refers_back, subject,
                       english, for_person, misfit, _pointed_at(article, odd, mentions),
                       _names_people(odd) and not any(_names_people(m) for m in mentions))


def link_verbs(article: Article) -> Iterator[Link]:
    """Each verb used once, linked to a verb of the article one slip away with which it
    shares a word it governs: the same object, subject or place or time ('Ravi will resit
    the exam in November' … 'pupils who want to reset maths in November')."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return
    stop = word_set("stop_words") | SHORT_WORDS | slip_words("function_words")
    words = [t for t in doc if t.is_alpha]
    verbs = Counter(t.lemma_.lower() for t in words if t.pos_ == "VERB")
    for odd in words:
        lemma = odd.lemma_.lower()
        if odd.pos_ != "VERB" or verbs[lemma] != 1 or not odd.text.islower() or \
                len(lemma) < 4 or lemma in stop or not is_known_word(lemma):
            continue
        for term in sorted(verbs):
            if term == lemma or not _one_slip_apart(lemma, term) or inflected(lemma, term) \
                    or term in stop or not is_known_word(term):
                continue
            mentions = tuple(t for t in words if t.pos_ == "VERB" and t.lemma_.lower() == term
                             and _written_small(t) and article.paragraph_index(t.idx) > 0)
            if not mentions:
                continue  # a headline's verb ('Railing Against …') is no use in the story
            # two verbs used once each: the slip is the commoner word, the term the one the
            # article needs ('resit', not 'reset', in a story on exam results)
            if len(mentions) == 1 and word_frequency(lemma) <= word_frequency(term):
                continue
            if _governed(odd) & set().union(*(_governed(m) for m in mentions)):
                yield Link(odd, term, mentions, True, False,
                           _subject(term, mentions, len(words)), True)


def _governed(verb) -> set[str]:
    """The content words a verb governs: its subject and object, and the words after its
    prepositions ('November' of 'resit it in November')."""
    found = set()
    for child in verb.children:
        heads = [child] if child.dep_ in ("nsubj", "dobj", "nsubjpass", "npadvmod") else \
            [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        # a thing, a time or a place, not a person: one person does many things
        found |= {h.lemma_.lower() for h in heads if h.is_alpha and not h.is_stop and
                  (h.pos_ == "NOUN" or h.ent_type_ in ("DATE", "TIME", "FAC", "LOC"))}
    return found


def _misfit(token) -> str:
    """How sure it is that a word stands where a noun must stand but is no noun that fits
    there: "certain" for a plural after 'a', 'another', 'each' or 'every' ('a feet of 450
    scooters', not 'a further 20 people') and for a word the tagger still reads as an
    adjective or an adverb though 'the' or 'its' and a describing word of its own stand before
    it ('the current least ends'); "likely" for such a word with only 'the' or 'its' before
    it that is the subject or object of a verb ('the least also gives the city …'; an
    adjective may stand alone there: 'the poor', 'the best is yet to come', so the machine
    asks for more); "" otherwise."""
    children = list(token.children)
    # the parser, lost, may hang 'the' on the verb after the word ('the current least ends')
    lost = [c for c in token.head.children if c.i < token.i and c.dep_ in ("det", "poss")] \
        if token.dep_ == "amod" and token.head.pos_ == "VERB" and token.head.i > token.i else []
    # an owner's name ('the bakery's least') stands where 'its' would
    determiners = {"its" if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") else c.lower_
                   for c in children + lost if c.dep_ in ("det", "poss")}
    before = token.doc[min([c.i for c in children] + [token.i]):token.i]
    if token.tag_ == "NNS" and token.lemma_.lower() != token.lower_ and \
            determiners & ONE_THING and not any(t.like_num or t.tag_ == "CD" for t in before):
        return "certain"
    if token.i >= 2 and token.doc[token.i - 2].lower_ in THE_ONE and \
            token.doc[token.i - 1].tag_ == "JJ":
        determiners.add(token.doc[token.i - 2].lower_)
    if token.tag_ not in ("JJ", "JJR", "JJS", "RB", "RBR", "RBS") or \
            not determiners & THE_ONE or token.i + 1 >= len(token.doc):
        return ""
    after = token.doc[token.i + 1]
    # 'the least we can do', 'the best of them', 'the poor' before their noun: defined where
    # they stand
    if after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PRON") or after.lower_ in ("of", "that") or \
            any(c.dep_ in ("relcl", "acl", "prep") for c in children):
        return ""
    described = [c for c in children if c.dep_ == "amod" and c.i < token.i and
                 c.pos_ == "ADJ" and c.lower_ not in ORDERS and c.tag_ == "JJ"]
    # the parser, lost, may hang 'the' on the describing word: read the words as written
    # ('the current least ran out', 'its present least expires')
    doc = token.doc
    written = token.i >= 2 and doc[token.i - 1].tag_ == "JJ" and \
        doc[token.i - 1].lower_ not in ORDERS and doc[token.i - 2].lower_ in THE_ONE and \
        doc[token.i + 1].tag_ in ("VBZ", "VBD", "VBP", "MD")
    if described or lost or written:
        return "certain"
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.pos_ == "VERB" and \
            token.head.lemma_ not in ("be", "have", "do"):
        return "likely"
    # 'once the least ran out': 'the' and the word, then a verb that has no other subject;
    # the parser, lost, hangs the word on the verb as an adverb
    if token.i >= 1 and (doc[token.i - 1].lower_ in THE_ONE or doc[token.i - 1].tag_ == "POS") \
            and token.head.i == token.i + 1 and \
            doc[token.i + 1].tag_ in ("VBZ", "VBD", "VBP", "MD") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
        return "likely"
    return ""


def _headed(token) -> bool:
    """True when a word heads a noun phrase of its own: it has 'the', 'a' or a possessive,
    or is read as out of its class there (``_misfit``)."""
    return any(c.dep_ in ("det", "poss") for c in token.children) or bool(_misfit(token))


def _role_of_person(odd, word: str, term: str, words: list) -> bool:
    """True when the odd word stands beside a person's name as the name's role ('Harper, the
    team caption', 'caption Leo Harper'), and the term, one or two slips away, is a job or
    title ('captain'): a person is described by a thing. An odd word that is a title itself
    ('mayor') must keep the describing word the term has beside that name ('drum major Kayla
    Brooks' … 'Brooks, the band's drum mayor'): one person given two titles a slip apart."""
    roles = _roles()
    if word in roles:
        return _one_slip_apart(word, term) and _person_of(odd) is not None and any(
            t.lower_ == term and t.i < odd.i and _describers(t) & _describers(odd) and
            _person_of(t) is not None and _person_of(t).text == _person_of(odd).text and
            not (t.pos_ == "NOUN" and _thing_for_title(t, word)) for t in words)
    return _thing_for_title(odd, term)


def _roles() -> frozenset[str]:
    titles = load_job_titles()
    return titles.get("office", frozenset()) | titles.get("name-title", frozenset())


def _thing_for_title(odd, term: str) -> bool:
    """True when a word that names no job ('caption', 'couch') stands as a person's role
    and ``term``, a title up to two slips away, is one ('captain', 'coach'). A job of its own
    ('chef' beside 'chief') is no thing: then the later of the two is the odd one."""
    word = odd.lower_
    if term not in _roles() or word in _roles() or word in load_jobs() or \
            word[:2] != term[:2]:
        return False
    return _person_of(odd) is not None and _within_two_slips(word, term)


def _person_of(token):
    """The name a word stands beside as its role ('Harper' of 'Harper, the team captain',
    of 'team captain Leo Harper' and of 'the team captain, Leo Harper'), or None. A name is a
    person's when the article names a person with it anywhere (the entity finder may miss
    one that opens a sentence)."""
    # ('drum major Kayla Brooks': the parser may read a title as a describing word)
    near = [token.head] if token.dep_ in ("appos", "compound", "amod") else []
    near += [child for child in token.children if child.dep_ == "appos"]
    people = {word.text for ent in token.doc.ents if ent.label_ == "PERSON" for word in ent}
    return next((name for name in near if name.pos_ == "PROPN" and name.text in people), None)


def _within_two_slips(one: str, other: str) -> bool:
    """True when at most two letters are changed, added or dropped ('caption', 'captain')."""
    if abs(len(one) - len(other)) > 2:
        return False
    previous = list(range(len(other) + 1))
    for i, letter in enumerate(one, 1):
        current = [i]
        for j, other_letter in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (letter != other_letter)))
        previous = current
    return previous[-1] <= 2


def _typos(article: Article) -> set[int]:
    """Where the spelling rules circle a word that is no English ('backlot' they leave: its
    last letter differs from every neighbour's)."""
    quotes: list[Quote] = []
    return {spot.start for found in (unknown_words, common_misspelling, misspelt_article_words)
            for spot in found(article, quotes)}


def _written_small(token) -> bool:
    """True for a word in lower case, or with a capital only because it opens a sentence."""
    return token.text.islower() or token.is_sent_start and token.text[1:].islower() and \
        token.pos_ != "PROPN"


def _has_own_forms(odd, words: list) -> bool:
    """True when the article uses another form of the odd word ('rout', 'routs'): then it is
    a word of the article, not a slip."""
    lemma = odd.lemma_.lower()
    return any(t.i != odd.i and t.lemma_.lower() in (lemma, odd.lower_) and
               t.lower_ != odd.lower_ for t in words)


def _one_slip_apart(one: str, other: str) -> bool:
    """True when one typing slip turns ``one`` into ``other``: one letter changed, added or
    dropped, two neighbours swapped, or a doubled letter typed as another ('shuffle',
    'shuttle')."""
    if one_edit_apart(one, other):
        return True
    if len(one) != len(other):
        return False
    differ = [i for i, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and \
        one[differ[0]] == one[differ[1]] and other[differ[0]] == other[differ[1]]


def _joined(odd, mentions: tuple) -> bool:
    """True when the odd word hangs on a mention of the term, or a mention on it, directly or
    through one word ('a site of this size', 'the size of the site')."""
    near = {odd.head.i, odd.head.head.i}
    return any(m.i in near or odd.i in (m.head.i, m.head.head.i) for m in mentions)


def _own_describer(odd, mentions: tuple) -> bool:
    """True when the odd word has a describing word that no mention of the term has ('the
    town hall' in an article about a wall, 'the battle lines' in one about mines): a thing of
    its own."""
    own = _describers(odd)
    return bool(own) and not any(own & _describers(m) for m in mentions)


def _describers(token) -> set[str]:
    return {c.lemma_.lower() for c in token.children
            if c.dep_ in DESCRIBING and c.is_alpha and not c.is_stop}


def _quantifier(token) -> set[str]:
    return {QUANTIFIERS[c.lower_] for c in token.children
            if c.dep_ == "det" and c.lower_ in QUANTIFIERS}


def _neighbours(token) -> set[tuple[int, str]]:
    """The content words just before and after a word ('14 rout', 'ballet papers')."""
    doc, found = token.doc, set()
    for side in (-1, 1):
        j = token.i + side
        if 0 <= j < len(doc) and (doc[j].is_alpha or doc[j].like_num) and not doc[j].is_stop \
                and "\n" not in doc[j].whitespace_ + token.whitespace_:
            found.add((side, doc[j].lower_))
    return found


def _same_slot(odd, mentions: tuple) -> bool:
    """True when the odd word stands where a mention of the term stands: the same describing
    word ('the new fire', 'the new fares'), the same content word above it in the same role
    (not for a long word, where relatives share roles: 'analysts', 'analyses'), the same
    neighbour, or a quantifier of the same kind ('each fight', 'every flight')."""
    own, near, counted = _describers(odd), _neighbours(odd), _quantifier(odd)
    for mention in mentions:
        if own & _describers(mention) or near & _neighbours(mention) or \
                counted & _quantifier(mention) or _same_frame(odd, mention):
            return True
        # (a word out of its class has a role the parser guessed: its verb is enough)
        if len(odd.text) < LONG and (mention.dep_ == odd.dep_ or _misfit(odd)) and \
                mention.head.i != mention.i and odd.head.i != odd.i and \
                mention.head.lemma_.lower() == odd.head.lemma_.lower() and \
                odd.head.pos_ in ("VERB", "NOUN", "ADJ"):
            return True
    return False


def _same_frame(odd, mention) -> bool:
    """True when both stand after the same preposition of place or time with the same
    possessive, or both with 'the' ('at its berth', 'at its birth'; 'on the pier', 'on the
    peer'): one thing of one owner, or the one thing named, in one kind of place. ('of the'
    is no frame: it joins any two things.)"""
    if not (odd.dep_ == mention.dep_ == "pobj" and odd.head.lower_ == mention.head.lower_):
        return False
    if _possessor(odd):
        return _possessor(odd) == _possessor(mention)
    return odd.head.lower_ not in ("of", "for", "with", "as", "like") and \
        _the(odd) and _the(mention)


def _the(token) -> bool:
    """True when 'the' opens the word's noun phrase and no other word describes it."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
        not any(c.dep_ in DESCRIBING for c in token.children)


def _slip_rank(link: Link) -> int:
    """Which of two terms a slip more likely came from: a letter dropped is the commonest
    typing slip ('feet' of 'fleet'), then one changed or two swapped, then one added ('feet'
    of 'fee')."""
    odd, term = len(link.odd.text), len(link.term)
    return 0 if odd < term else 1 if odd == term else 2


def _refers_back(odd, mentions: tuple) -> bool:
    """True when the odd word is definite ('the host', 'each fight', 'the chain's …') and the
    term came before it: the writer points back at a thing already named. A possessive
    ('its', 'their') points back when an earlier mention has the same one ('at its berth' …
    'at its birth'): the same owner's thing; alone ('their rent') it may name a new one."""
    # ('the club's least runs out': a word out of its class after an owner's name)
    owned = odd.i >= 1 and odd.doc[odd.i - 1].tag_ == "POS" and bool(_misfit(odd))
    definite = owned or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in odd.children) or \
        bool(_possessor(odd)) and any(_possessor(m) == _possessor(odd) for m in mentions
                                      if m.i < odd.i)
    # 'the form of …', 'the weeks leading up to …': a definite word with its own
    # complement is defined where it stands, not pointing back
    defined_here = any(c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ == "of"
                       for c in odd.children)
    if defined_here:
        return False
    earlier = [m for m in mentions if m.i < odd.i]
    if not definite or not earlier:
        return False
    return True


def _names_people(token) -> bool:
    """True when a 'who' or 'whom' opens a clause on the word ('library stuff who work
    evenings'): the word names people, so a word for things is a slip for one that does."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i > token.i
                                         for w in c.children) for c in token.children)


def _in_idiom(token) -> bool:
    """True when a word ends a set phrase that names no thing ('left in the dark', 'in the
    end'; ``slips.json``, ``idioms``)."""
    before = token.doc[max(0, token.i - 3):token.i + 1].text.lower()
    return any(before.endswith(idiom) for idiom in slip_words("idioms"))


def _possessor(token) -> str:
    """The possessive word before a noun ('its' of 'its berth'), or ""."""
    return next((c.lower_ for c in token.children if c.dep_ == "poss" and
                 c.lower_ in ("its", "their", "his", "her", "our")), "")


# words that make a noun point back at one thing named before ('the same sensor', 'this
# sensor'), never a first mention
POINTING = frozenset({"this", "that", "these", "those"})


def _pointed_at(article: Article, odd, mentions: tuple) -> bool:
    """True when the odd word brings in a thing ('a smoke censor') and the term's first
    mention, just after it (the same or the next paragraph), points back at a thing named
    before ('The same sensor was replaced', 'this sensor'): the only thing named before is
    the odd word, so it is the term misspelt."""
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE | THE_ONE for c in odd.children):
        return False  # the odd word points back itself: it brings in nothing
    first = min(mentions, key=lambda m: m.i)
    near = article.paragraph_index(first.idx) - article.paragraph_index(odd.idx) in (0, 1)
    return first.i > odd.i and near and any(
        c.dep_ == "det" and c.lower_ in POINTING or c.dep_ == "amod" and c.lower_ == "same"
        for c in first.children)


def _same_scene(odd, mentions: tuple) -> bool:
    """True when the odd word and a mention of the term share a thing or an action among the
    words above them (four steps up the parse, with their subjects and objects): 'the water
    coming through the hill' and 'water pouring in through a split in her hull'."""
    def scene(token) -> set[str]:
        found, head = set(), token
        for _ in range(4):
            if head.head.i == head.i:
                break
            head = head.head
            found |= {w.lemma_.lower() for w in [head, *head.children]
                      if (w is head or w.dep_ in ("nsubj", "nsubjpass", "dobj")) and
                      (w.pos_ in ("NOUN", "VERB") or w.is_sent_start and w.pos_ == "PROPN")
                      and not w.is_stop and w.i != token.i}
        return found
    own = scene(odd)
    return any(own & scene(m) for m in mentions)


def _named_near(article: Article, odd, mentions: tuple) -> bool:
    """True when the term is used twice, or named in the odd word's paragraph."""
    paragraph = article.paragraph_index(odd.idx)
    return len(mentions) >= 2 or any(article.paragraph_index(m.idx) == paragraph
                                     for m in mentions if m.i < odd.i)


def _subject(term: str, mentions: tuple, length: int) -> bool:
    """True when the article uses the term far more often than English does: it is what the
    article is about ('fares' in a story on ferry fares, not 'times' anywhere)."""
    english = max(word_frequency(m.lower_) for m in mentions) or word_frequency(term)
    return len(mentions) / max(length, SHORTEST) >= KEYWORD * max(english, NOT_A_WORD)


def _spot(article: Article, link: Link, question: str) -> Spot:
    odd = link.odd
    # the nearest mention before the odd word, a form of the term itself if there is one
    # ('strike' rather than 'striker')
    plain = [m for m in link.mentions if m.lemma_.lower() == link.term or m.lower_ == link.term]
    earlier = [m for m in plain or link.mentions if m.i < odd.i]
    shown = earlier[-1] if earlier else (plain or link.mentions)[0]
    there, here = where(article, shown.idx), where(article, odd.idx)
    said = f"{'Earlier' if shown.i < odd.i else 'Later'} in {here} the article says" \
        if there == here else \
        f"{there[:1].upper()}{there[1:]} says"
    return Spot(odd.idx, odd.idx + len(odd.text),
                f"{said} “{shown.text}”; here ({here}) it says “{odd.text}”, "
                f"{'one letter' if _one_slip_apart(odd.lower_, link.term) else 'two letters'} "
                f"different. {question}", match_case(odd.text, link.term),
                ((shown.idx, shown.idx + len(shown.text)),))


def _links(article: Article, quotes: list[Quote]) -> Iterator[tuple[Link, str]]:
    """Each odd word once, with the strongest link and its severity ("warning" or "note").
    Where ``slips.near-term`` circles the same word, a student sees it once."""
    best: dict[int, tuple[Link, str]] = {}
    for link in chain(link_mentions(article), link_verbs(article)):
        # a word out of its class in the term's slot, pointing back at it, needs no subject
        if not (link.subject or link.for_person or link.misfit == "certain" or
                link.misfit and link.same_slot and link.refers_back) or \
                _in_idiom(link.odd):
            continue
        if len(link.odd.text) <= SHORTEST_WORD and not (link.subject and link.refers_back):
            continue  # three letters: many words are a slip apart, so it must point back
        repeated = len(link.mentions) >= 2
        if link.misfit == "certain":
            level = "warning"  # no noun here that fits: the term, a slip away, does
        elif link.pointed_at and link.subject:
            level = "warning"  # 'the same sensor' points back at 'a smoke censor'
        elif link.people and link.subject and link.odd.lemma_.lower() not in _roles() and \
                link.odd.lemma_.lower() not in load_jobs():
            level = "note"  # 'stuff who work evenings' in an article about the staff; but
            # 'the crow who nests on the mast': some write 'who' of an animal
        elif link.misfit and link.refers_back:
            level = "warning"  # a word in a noun's place, pointing back at the subject
        elif link.odd.pos_ == "VERB":
            if not (link.same_slot and link.subject and
                    word_frequency(link.odd.lower_) < QUESTION_RARER):
                continue
            level = "note"  # two verbs a slip apart with one object, time or place
        elif link.for_person:
            level = "warning"  # a person's role: a thing in its place makes no sense
        elif not link.english and (link.same_slot or link.refers_back):
            level = "warning"  # no English word: a slip of the term, but for its meaning
        elif link.same_slot and (link.refers_back or repeated and not link.everyday):
            level = "warning"
        elif link.refers_back and not _own_describer(link.odd, link.mentions) and (
                word_frequency(link.odd.lower_) < QUESTION_RARER or
                len(link.mentions) >= TALKED_OF and not link.everyday and
                all(c.dep_ == "det" for c in link.odd.children)):
            level = "note"  # a commoner odd word, bare ('the contact', not 'the shop on
            # deck 5'), only beside a term the article talks of again and again ('the
            # contract', five times)
        else:
            continue
        held = best.get(link.odd.idx)
        if held is None or held[1] == "note" and level == "warning" or \
                held[1] == level and _slip_rank(link) < _slip_rank(held[0]):
            best[link.odd.idx] = (link, level)
    for start in sorted(best):
        yield best[start]


@rule("slips.linked-term", "inconsistent-term", "warning",
      "a noun written once in the place of the article's subject, one letter from it ('the "
      "new fire' beside 'the new fares')")
def linked_terms(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A noun used once, one slip from a noun the article is about, in the same slot as it:
    the same describing word, role, neighbour or quantifier ('the new fire' in a story on
    'the new fares'). See the module's docstring for the evidence weighed."""
    for link, level in _links(article, quotes):
        if level == "warning":
            yield _spot(article, link, "Which is right? If it is the same thing, it is a slip "
                                       "that no spellchecker catches.")


@rule("slips.linked-term-question", "inconsistent-term", "note",
      "a noun written once that points back at the article's subject, one letter from it "
      "('a mobile hoist … the host')")
def linked_term_questions(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A noun used once with 'the', 'this', 'each' or a possessive, one slip from a noun the
    article is about and named before it ('a mobile hoist … the host was locked away'): the
    writer points back at something, and the only thing named is the term. The machine
    could not be sure, so it asks."""
    for link, level in _links(article, quotes):
        if level == "note":
            yield _spot(article, link, "The machine could not be sure: is it the same thing? "
                                       "Which is right?")

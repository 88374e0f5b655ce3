"""Vague sources that are not vague after all: a question asked, a share of those surveyed.

'Customers who … ask whether the ban affects them' asks, and claims nothing; 'The survey
found that … most said they would not walk' gives a share of the people the survey asked,
and the survey is the source. The rule sourcing.vague leaves both alone.
"""
from __future__ import annotations

import re

from medialit.article import Article
from medialit.checks.anonymity import in_marks
from medialit.lexicons import load_reporting_verbs, load_source_words
from medialit.model import Quote

VAGUE_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "various", "numerous"})
# what says that people were counted: a survey, a poll, 'asked 240 shoppers', 'found that'
COUNTED = re.compile(r"\b(?:surveys?|polls?|polled|questionnaires?|census)\b|"
                     r"\basked\s+(?:\w+\s+)?\d[\d,]*|\b(?:found|showed|shows|finds)\s+that\b", re.I)


def asks_a_question(article: Article, quote: Quote) -> bool:
    """True when the reporting verb asks a question ('Customers who want to …, or ask whether
    the ban affects them, can call …'): nobody claims anything."""
    return quote.cue is not None and quote.cue.lower().startswith(("ask", "wonder", "inquir")) \
        and re.search(r"\b(?:whether|if|why|how|what|when)\s*$",
                      article.text[max(0, quote.start - 12):quote.start], re.I) is not None


def share_of_those_asked(article: Article, quote: Quote) -> bool:
    """True for 'most' or 'many' alone where its sentence or the one before reports a survey
    ('It found that … and that most said …'): a share of the people counted, who are its
    source."""
    if (quote.speaker or "").lower() not in VAGUE_QUANTIFIERS or quote.cue_start is None:
        return False
    number = next((n for n, s in enumerate(article.sentences)
                   if s.start <= quote.cue_start < s.end), None)
    return number is not None and any(COUNTED.search(s.text) for s in
                                      article.sentences[max(0, number - 1):number + 1])


def vague_by_name(subject) -> bool:
    """True for a bare plural that is vague by its very word ('Observers believe …', 'Critics
    fear …'): no 'the', number, owner or name to say which of them ('Experts at the Met
    Office' are picked out)."""
    return subject.tag_ == "NNS" and subject.lower_ in load_source_words()["vague"] and \
        not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in subject.children) and \
        not any(t.pos_ == "PROPN" for t in subject.subtree)


def felt_by_many(article: Article) -> list[tuple[int, int]]:
    """Where 'Some residents feel ignored', 'Many parents feel let down' stands, when the
    parser takes 'feel' for a passive's helper: a group counted only as 'some' or 'many'
    whose feeling is the news. Not inside quotation marks."""
    found = []
    if not article.doc.has_annotation("DEP"):
        return found  # no parser (no English model): nothing to read
    for verb in article.doc:
        feel = next((c for c in verb.children if c.dep_ == "auxpass" and c.lemma_ == "feel"), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if feel is None or subject is None or subject.tag_ != "NNS" or \
                not any(c.lower_ in VAGUE_QUANTIFIERS for c in subject.children
                        if c.dep_ in ("det", "amod")) or \
                any(t.pos_ == "PROPN" for t in subject.subtree) or in_marks(article, subject.idx):
            continue
        found.append((subject.left_edge.idx, feel.idx + len(feel.text)))
    return found


NAMING_VERBS = frozenset({"call", "dub", "nickname", "name", "term", "christen", "know"})


def only_a_name(article: Article, quote: Quote) -> bool:
    """True when the quoted words are what a group calls something ('a climb that local
    cyclists call “the Ladder”', 'what regulars have dubbed “the Shed”'): a name, not a
    claim anyone must stand behind. A naming verb with a short quote of up to four words, or
    in a clause that names a thing ('that … call', 'what … call')."""
    if (quote.cue_lemma or "").lower() not in NAMING_VERBS or quote.cue_start is None:
        return False
    if quote.balanced and len(quote.text.split()) <= 4:
        return True
    cue = article.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    verb = None if cue is None else cue.root
    return verb is not None and (verb.dep_ == "relcl" or any(
        c.lower_ in ("what", "which", "that") and c.dep_ in ("dobj", "mark", "nsubj")
        for c in verb.children))


def told_by_someone(verb) -> bool:
    """True when the view is reported inside what someone named or pointed to says ('She
    said parents were worried', 'Ms Cole told the meeting that many families feel …'): the
    speaker stands behind it, and the rule asks about their words, not a vague group."""
    verbs = {lemma for lemma, entry in load_reporting_verbs().items() if entry.type != "belief"}
    for above in verb.ancestors:
        if above.lemma_.lower() in verbs and above.pos_ == "VERB":
            subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.pos_ == "PRON" and subject.lower_ != "it" or
                                        any(t.pos_ == "PROPN" for t in subject.subtree) or
                                        subject.ent_type_ in ("PERSON", "ORG")):
                return True
    return False


# a mood a group is said to share: news only when someone counted or asked who feels it
MOODS = frozenset({"anger", "frustration", "unease", "discontent", "resentment", "fury",
                   "dismay", "alarm", "disquiet", "anxiety", "worry", "opposition",
                   "support", "enthusiasm", "scepticism", "skepticism", "suspicion",
                   "distrust", "mistrust", "bitterness", "outrage", "disappointment",
                   "dissatisfaction", "despair", "resistance", "concern", "fear", "feeling",
                   "feelings"})
# verbs that say a mood spreads ('Anger is growing among parents')
SPREADING = frozenset({"grow", "build", "mount", "rise", "spread", "simmer", "swell",
                       "deepen", "increase"})
# words that say a mood is shared widely, with nobody named ('widespread anger')
WIDELY = frozenset({"growing", "widespread", "mounting", "increasing", "rising",
                    "deepening", "general", "wide", "broad", "considerable", "strong"})


# 'there is', 'there has been' just before a mood and the words that describe it
THERE_IS = re.compile(r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
                      r"remains?|seems?\s+to\s+be)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a group named by a bare plural after 'among' ('among clubs', 'among some local residents'):
# no 'the', owner, number or name to say which
AMONG_A_CROWD = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?among(?:st)?\s+"
                           r"(?!(?:the|its|their|his|her|our|those|these|them|us)\b)"
                           r"(?:(?:some|many|several|other|more|most)\s+)?"
                           r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")


def moods_of_a_crowd(article: Article) -> list[tuple[int, int]]:
    """Where 'There is growing anger among clubs', 'Frustration is mounting among parents',
    'There is widespread unease that …' stands: a mood given to a group named only by a bare
    plural after 'among', with 'there is' or a verb of spreading; or, with 'there is' and a
    word such as 'widespread', to nobody at all. Not in quotation marks, not in a sentence
    where someone is reported as saying it ('She said there was growing anger among clubs'
    is hers), nor a mood that belongs to someone ('their anger')."""
    found = []
    if not article.doc.has_annotation("DEP"):
        return found
    reporting = load_reporting_verbs()
    for noun in article.doc:
        opens = noun.i == noun.sent.start  # 'Frustration is …' is often tagged as a name
        if noun.lower_ not in MOODS and noun.lemma_.lower() not in MOODS or \
                noun.tag_ not in ("NN", "NNS") and not (opens and noun.tag_ == "NNP") or \
                in_marks(article, noun.idx):
            continue
        sentence = noun.sent
        before = article.text[sentence.start_char:noun.idx]
        if re.search(r"\b(?:the|their|its|his|her|our|this|that|such|no|any)\s+(?:[\w-]+\s+)?$",
                     before, re.I) or \
                any(t.lemma_.lower() in reporting and t.pos_ == "VERB" for t in sentence):
            continue
        there = THERE_IS.search(before)
        spreading = noun.head.lemma_.lower() in SPREADING and noun.dep_ in ("nsubj", "dobj") or \
            any(c.lemma_.lower() in SPREADING and c.dep_ == "amod" for c in noun.children) or \
            re.match(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                     r"(?:growing|building|mounting|rising|spreading|simmering|deepening|"
                     r"running\s+high)\b",
                     article.text[noun.idx + len(noun.text):sentence.end_char]) is not None
        after = noun.idx + len(noun.text)
        among = AMONG_A_CROWD.match(article.text, after, sentence.end_char)
        if among is None:
            among = re.match(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"[a-z]+ing" + AMONG_A_CROWD.pattern, article.text[after:sentence.end_char])
            end = None if among is None else after + among.end()
        else:
            end = among.end()
        widely = any(w.lower() in WIDELY for w in re.findall(r"[\w-]+", before[-30:]))
        if end is not None and (there or spreading):
            start = sentence.start_char + there.start() if there else \
                (noun.left_edge.idx if noun.left_edge.i >= sentence.start else noun.idx)
        elif there and widely and not re.match(r"\s+(?:in|across|from|by|of|within|at|inside)\b",
                                               article.text[after:after + 10]):
            start, end = sentence.start_char + there.start(), after
        else:
            continue
        found.append((start, end))
    return found


VOICING = frozenset({"raise", "voice", "express", "air"})
VIEWS_VOICED = frozenset({"concern", "fear", "worry", "complaint", "doubt", "objection",
                          "criticism"})


def views_voiced_by_a_crowd(article: Article) -> list[tuple[int, int]]:
    """Where 'Locals have raised concerns about the road', 'Parents voiced fears that …'
    stands: a bare plural for people ('locals', 'parents': no 'the', number or name) who
    raise, voice or express concerns, fears or complaints. Which of them, and how many? Not
    in quotation marks, nor inside what someone is reported as saying."""
    found = []
    if not article.doc.has_annotation("DEP"):
        return found
    words = load_source_words()
    for verb in article.doc:
        if verb.lemma_.lower() not in VOICING or verb.pos_ != "VERB" or in_marks(article, verb.idx):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        views = [c for c in verb.children if c.dep_ == "dobj" and
                 c.lemma_.lower() in VIEWS_VOICED and c.tag_ == "NNS"]
        if subject is None or not views or subject.tag_ != "NNS" or \
                not ({subject.lemma_.lower(), subject.lower_} & (words["people"] | words["vague"])
                     or subject.lower_ == "locals") or \
                any(c.dep_ in ("det", "nummod", "poss", "relcl", "compound", "appos") or
                    c.pos_ == "PROPN" for c in subject.children) or told_by_someone(verb):
            continue
        found.append((subject.left_edge.idx, views[0].idx + len(views[0].text)))
    return found

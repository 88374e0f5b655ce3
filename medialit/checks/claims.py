"""Claims stated as fact with no source: a statistic nobody counted, an accusation nobody
makes, a verdict ('the most dangerous road') nobody gives.

Edited news states many plain facts without a source (dates, places, what happened at a
public meeting), and those stay silent: these rules read only what a reader would want a
source for, and every finding is a note that asks the reader to look.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.attribution import RECORD_SCOPE, in_quotation, sourced_sentences
from medialit.checks.forecasts import FORETOLD, foretold_count
from medialit.checks.motives import money_motive
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import Stretches
from medialit.checks.spelling import is_known_word
from medialit.checks.vagueness import VAGUE_QUANTIFIERS
from medialit.checks.words import opinion_markers, word_set
from medialit.lexicons import load_given_names, load_reporting_verbs, load_source_words
from medialit.model import Quote

# a share in words ('almost half of', 'two thirds of', 'one in five') as well as in digits
PROPORTION = (r"\b(?:(?:a|one|two|three|four)[\s-]+(?:third|quarter|fifth|tenth)s?|half)\s+of\b|"
              r"\bhalf\s+(?:the|all|its|their)\b(?!\s+(?:time|way|battle|story)\b)|"
              r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+"
              r"(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|"
              r"\d+)\b|"
              # a percentage in words, as a sentence must open ('Seventy percent of …')
              r"\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per\s+cent)\b")
# by how much, in words ('has risen by a third', 'fell by half')
SHARE_CHANGE = (r"\bby\s+(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|over\s+|about\s+|"
                r"around\s+|roughly\s+|just\s+(?:over|under)\s+)?"
                r"(?:(?:a|one|two)[\s-]+(?:third|quarter|fifth|tenth)s?|half)\b")
FIGURE = re.compile(r"(?:[$£€]\s?\d[\d,.]*(?:\s(?:million|billion|trillion|bn|m)\b)?|"
                    r"\b\d[\d,.]*\s?(?:%|percent\b|per\scent\b)|" + PROPORTION + "|" +
                    SHARE_CHANGE + ")", re.I)
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "if", "unless", "need"})
# verbs that say what something amounts to ('the share exceeds 7%', 'bonuses were $500',
# 'flooding has cost the town £20 million')
# by how much something changed ('crime has risen by 20%')
CHANGES = frozenset({"rise", "fall", "drop", "climb", "jump", "grow", "increase", "decrease",
                     "decline", "soar", "plunge", "shrink"})
# harm counted over a stretch of time ('more than 300 people are hurt on the road every
# year'): a count somebody kept, though no share or sum is given
HARM_RATE = re.compile(r"\b\d[\d,]*\s+(?:[a-z]+\s+){0,3}"
                       r"(?:are|is|were|was|get|gets|(?:have|has)\s+been)\s+(?:\w+\s+)?"
                       r"(?:hurt|killed|injured|treated|admitted|diagnosed|attacked|bitten|"
                       r"robbed)\b", re.I)
PER_PERIOD = re.compile(r"\b(?:every|each|a|per)\s+(?:year|month|week|day|winter|summer)\b",
                        re.I)
# a change that is itself a figure ('the number of rough sleepers has doubled')
# ('crowds have more than tripled', 'sales doubled last year', 'visits have risen fivefold')
MULTIPLIED = re.compile(r"(?:\b(?:has|have|had)\s+(?:now\s+|since\s+)?)?"
                        r"(?:\b(?:more\s+than|almost|nearly|roughly|about|all\s+but|close\s+to|"
                        r"just\s+over|just\s+under|over)\s+)?"
                        r"\b(?:doubled|trebled|tripled|quadrupled|halved|"
                        r"(?:risen|rose|grown|grew|increased|jumped|climbed|soared|fallen|fell|"
                        r"dropped)\s+(?:\w+-)?(?:two|three|four|five|six|seven|eight|nine|ten|"
                        r"\d+)-?fold)\b", re.I)
AMOUNTING = frozenset({"be", "comprise", "total", "exceed", "reach", "approach", "represent",
                       "equal", "account", "amount", "top", "average", "cost",
                       # and what a plan is said to save, stated as a sure thing ('the merger
                       # will save £1.2 million a year')
                       "save"}) | CHANGES
# what a plan will do to something, told as a sure thing only with 'will' ('the bypass will
# cut journey times by 20%'); 'the council cut the grant by 5%' is an event, not a forecast
FORECASTS = frozenset({"cut", "reduce", "lower", "raise", "boost", "increase"})


@rule("attribution.unsourced-figure", "missing-attribution", "note",
      "a share or a sum of money stated as a fact, with no source near it")
def figures_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'98 percent of the refugees are …', 'Bonuses were $500 to $2,000.', 'The merger will
    save £1.2 million a year.', 'Around one in six homes has …': a statistic, a percentage or
    a sum that is what the sentence is about (its subject, a share that opens it, or what
    its main verb says the subject is, saves or has seen change; something that doubled;
    how many are hurt each year), in a sentence that names no source (no reporting verb, no
    quote, no 'according to', no poll, data or report: ``figure_sources.txt``), after a
    sentence of its paragraph that names none either, or whose only source is 'some' or
    'many' of a group ('Some regulars say …', who cannot have counted), and not just after
    a paragraph that cites a document. Left alone: a sum someone spends or gives (an event, not a
    statistic), a hypothetical ('would cost', 'if'), a question, the headline."""
    sourced = sourced_sentences(article, quotes, verbs_only=True)
    documents = opinion_markers("figure_sources")
    documented = [any(p.search(s.text) for p in documents) for s in article.sentences]
    has_source = [sourced(s) or documented[i] for i, s in enumerate(article.sentences)]
    paragraphs = [article.paragraph_index(s.start) for s in article.sentences]
    # the paragraphs with a sentence that cites a document ('A survey of parents was
    # published on Monday.', 'an analysis of the reports shows'): the next one may use it
    citing = {paragraphs[i] for i, s in enumerate(article.sentences)
              if documented[i] and _cites(article, s, documents)}
    captioned = captioned_paragraphs(article)
    crowd_only = [not documented[i] and _only_a_crowd_speaks(s, quotes)
                  for i, s in enumerate(article.sentences)]
    for number, sentence in enumerate(article.sentences):
        paragraph = paragraphs[number]
        if paragraph in captioned:
            continue
        # the sentence before sources the figure in its own paragraph, or, across a paragraph
        # break, a paragraph that cites a document
        if paragraph == 0 or re.search(r"[“”\"?]", sentence.text) or \
                has_source[number] or number and (
                    has_source[number - 1] and paragraphs[number - 1] == paragraph and
                    not crowd_only[number - 1] or
                    paragraphs[number - 1] != paragraph and paragraphs[number - 1] in citing):
            continue
        figure = next((m for m in FIGURE.finditer(sentence.text)
                       if _statistic(article, sentence.start + m.start(),
                                     sentence.start + m.end()) or
                       _opening_share(sentence.text, m)), None) or \
            _multiplied(article, sentence) or _harm_rate(sentence.text) or \
            MAJORITY_VIEW.search(sentence.text) or _trend(article, sentence) or \
            _counted(sentence.text) or foretold_count(article, sentence)
        if figure is not None and figure.re is FORETOLD:
            yield Spot(sentence.start + figure.start(), sentence.start + figure.end(),
                       f"Who says so? Somebody worked out “{figure.group(0).strip()}” (the "
                       "council, the company, a study), but the article states it as sure and "
                       "the machine found no source here or just before: can you?")
        elif figure is not None and figure.re is MAJORITY_VIEW:
            yield Spot(sentence.start + figure.start(), sentence.start + figure.end(),
                       f"How does the article know that “{figure.group(0).strip()}”? It "
                       "states what most of a group think as a fact, but the machine found no "
                       "poll, survey or count behind it: can you?")
        elif figure is not None and figure.re is TREND:
            yield Spot(sentence.start + figure.start(), sentence.start + figure.end(),
                       f"Who measured this? “{figure.group(0).strip()}” is a change somebody "
                       "must have counted, but the article states it as a fact and the machine "
                       "found no source here or just before: can you?")
        elif figure is not None:
            yield Spot(sentence.start + figure.start(), sentence.start + figure.end(),
                       f"Where does “{figure.group(0).strip()}” come from? The article gives "
                       "the figure as a fact, but the machine could not find who counted it, "
                       "here or just before: can you?")


def _only_a_crowd_speaks(sentence, quotes: list[Quote]) -> bool:
    """True when every source of the sentence is a group counted only as 'some' or 'many'
    ('Some regulars say the centre is too far.'): they give a view, and cannot stand behind a
    figure in the next sentence ('Nine in ten of the people who use it walk there'), which
    somebody must have counted."""
    speakers = [q.speaker for q in quotes
                if q.cue_start is not None and sentence.start <= q.cue_start < sentence.end]
    return bool(speakers) and all(
        speaker and speaker.split()[0].lower() in VAGUE_QUANTIFIERS and len(speaker.split()) <= 4
        for speaker in speakers)


# what most of a group think, a count nobody is said to have made ('Most residents oppose the
# plan.', 'The majority of parents now back the change.'): a poll or a survey must stand
# behind it
MAJORITY_VIEW = re.compile(
    r"\b(?:most|(?:the|a) (?:large |clear |vast )?majority of|nearly all|almost all|few|hardly any)"
    r"(?: of)?(?: the| its| their)?(?: [\w’'-]+){0,2}? [a-z]+s"
    r"(?: (?:in|on|at|across|around|near) (?:the )?[\w’'-]+(?: [\w’'-]+)?)? (?:now |still |strongly )?"
    r"(?:oppose|support|back|want|favou?r|reject|welcome|agree|disagree|prefer|dislike|"
    r"blame|trust|distrust)\b", re.I)


SOURCE_LINE = re.compile(r"\s*(?:Sources?|Data|Figures):\s+\S", re.I)


def captioned_paragraphs(article: Article) -> set[int]:
    """The paragraphs of a chart or a box that ends with its source line ('Source: NATO.',
    'Data: ONS'): each paragraph up to three before that line. Their figures have a source,
    given the way charts give it."""
    found = set()
    for number, paragraph in enumerate(article.paragraphs):
        if SOURCE_LINE.match(article.text, paragraph.start) and \
                paragraph.end - paragraph.start < 120:
            found.update(range(max(1, number - 3), number))
    return found


def _harm_rate(text: str) -> re.Match | None:
    """'Every year, more than 300 people are hurt on the road.': how many are harmed in each
    year, week or day, with no 'would', 'could' or 'if' to make it a supposition."""
    if PER_PERIOD.search(text) is None or \
            re.search(r"\b(?:would|could|might|if|unless)\b", text, re.I):
        return None
    return HARM_RATE.search(text)


# a change over a stretch of time, told with no figure ('Footfall has dropped sharply since
# the bypass opened', 'Crime on the estate has risen every year'): somebody counted it
TREND = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:risen|fallen|dropped|climbed|"
                   r"soared|plummeted|plunged|slumped|grown|increased|decreased|declined|"
                   r"shrunk|dwindled)\b(?:\s+(?:sharply|steadily|dramatically|steeply))?", re.I)
OVER_TIME = re.compile(r"\b(?:since|every\s+year|each\s+year|year\s+on\s+year|over\s+the\s+"
                       r"(?:past|last)|in\s+recent\s+(?:years|months)|sharply|steadily|"
                       r"dramatically|steeply)\b", re.I)


# counts somebody kept: how many use or visit a place in each day, week or year ('Around
# 2,000 people use the pool every month', 'The park draws more than 50,000 visitors a
# year'), a change against last year ('Thefts are up 40% on last year'), a multiple of a
# rate or an average ('twice the national rate'), one of a group in every other group ('One
# child in every class')
COUNTED = (
    re.compile(r"\b\d[\d,]*\s+(?:people|visitors|passengers|pupils|students|patients|users|"
               r"drivers|families|residents|customers|children|cars|vehicles|lorries|cyclists)\s+"
               r"(?:\w+\s+){0,2}?(?:use|uses|visit|visits|ride|rides|attend|attends|cross|crosses|"
               r"pass|passes|travel|travels)\b(?=[^.;]*\b(?:every|each|a|per)\s+"
               r"(?:day|week|month|year|weekend)\b)", re.I),
    re.compile(r"\b(?:draws|attracts|welcomes|serves|carries|sees|handles)\s+(?:more\s+than\s+|"
               r"about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?\d[\d,]*\s+\w+\s+"
               r"(?:a|per|every|each)\s+(?:day|week|month|year)\b", re.I),
    re.compile(r"\b(?:up|down)\s+(?:by\s+)?(?:almost\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s?"
               r"(?:%|percent\b|per\s+cent\b)(?:\s+(?:on|from|compared\s+with)\s+(?:last|the\s+"
               r"previous|a)\s+(?:year|month|week|season))?", re.I),
    re.compile(r"\b(?:twice|three\s+times|four\s+times|half)\s+the\s+(?:national|regional|"
               r"county|state|city|average|usual|normal)\s*(?:rate|average|level|figure)?\b", re.I),
    re.compile(r"\b(?:one|two|three)\s+\w+\s+in\s+(?:every|each)\s+\w+", re.I),
)


def _counted(text: str) -> re.Match | None:
    """A count somebody kept (``COUNTED``), in a sentence with no 'would', 'could', 'if'."""
    if re.search(r"\b(?:would|could|might|if|unless)\b", text, re.I):
        return None
    return next((m for pattern in COUNTED for m in [pattern.search(text)] if m), None)


def _trend(article: Article, sentence) -> re.Match | None:
    """'Footfall in the town centre has dropped sharply since the bypass opened.': the main
    verb says a thing counted (not a person or a body, who may 'have grown' in office) rose or
    fell over a stretch of time, a count somebody must have kept."""
    match = TREND.search(sentence.text)
    if match is None or not OVER_TIME.search(sentence.text, match.start()) or re.search(r"\b(?:would|could|might|if)\b", sentence.text, re.I):
        return None
    span = article.doc.char_span(sentence.start + match.start(), sentence.start + match.end(),
                                 alignment_mode="expand")
    verb = next((t for t in span or () if t.pos_ == "VERB"), None)
    if verb is None or verb.i != verb.sent.root.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in load_source_words()["people"]:
        return None
    # a common noun that opens the sentence may be tagged as a name, even a person's
    # ('Footfall has …', 'Attendance has …'): a word of English is taken at its word
    opening_word = subject.i == subject.sent.start and subject.pos_ == "PROPN" and \
        is_known_word(subject.lower_) and subject.text not in load_given_names() and \
        not any(t.ent_type_ for t in subject.subtree if t.i != subject.i)
    common = subject.pos_ == "NOUN" or subject.tag_ == "VBG" or opening_word
    return match if common and (opening_word or _impersonal(subject)) else None


def _multiplied(article: Article, sentence) -> re.Match | None:
    """'The number of rough sleepers has doubled.': the main verb says something doubled,
    trebled or halved, and what did is a thing counted, not a person or a body (who may
    double an offer)."""
    match = MULTIPLIED.search(sentence.text)
    if match is None:
        return None
    words = article.doc.char_span(sentence.start + match.start(), sentence.start + match.end(),
                                  alignment_mode="expand")
    verb = None if words is None else \
        next((t for t in words if t.pos_ == "VERB" and t.dep_ == "ROOT"), words[-1])
    # the subject hangs on the verb, or on its 'have' when a hedge comes between them
    # ('Crowds … have more than tripled')
    subject = None if verb is None else next(
        (c for t in [verb, *(a for a in verb.children if a.dep_ == "aux")] for c in t.children
         if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb is None or verb.dep_ != "ROOT" or _hypothetical(verb, verb) or \
            any(c.dep_ in ("dobj", "prt") and not c.lower_.endswith("fold")
                for c in verb.children) or not _impersonal(subject):
        return None
    return match


def _cites(article: Article, sentence, documents: list[re.Pattern]) -> bool:
    """True when a sentence names a document as a source, not in passing: 'A survey was
    published', 'The figures show', 'in a report', 'according to data', but not 'paid for
    from its own budget' (a document that is only where money comes from or goes)."""
    for pattern in documents:
        for match in pattern.finditer(sentence.text):
            span = article.doc.char_span(sentence.start + match.start(),
                                         sentence.start + match.end(), alignment_mode="expand")
            word = None if span is None else span.root
            if word is None or word.dep_ != "pobj" or word.head.lower_ in ("in", "to"):
                return True
    return False


# words that may come before a share that opens a sentence ('Nearly a third of …')
APPROXIMATELY = re.compile(r"(?:(?:around|about|nearly|almost|roughly|some|over|under|only|"
                           r"(?:more|fewer|less) than|just (?:over|under))\s+)?", re.I)


def _opening_share(text: str, figure: re.Match) -> bool:
    """True when a share in words, or a percentage of something, opens the sentence ('Around
    one in six homes has …', 'Nearly a third of what households throw away is food', 'About
    80% of shoppers arrive by car'): what the sentence counts,
    however the parser reads the words before it."""
    share = re.fullmatch(PROPORTION, figure.group(0), re.I) is not None or \
        re.fullmatch(r"\d[\d,.]*\s?(?:%|percent|per\scent)", figure.group(0), re.I) is not None \
        and re.match(r"\s+of\s", text[figure.end():]) is not None  # 'About 80% of shoppers …'
    return share and APPROXIMATELY.fullmatch(text[:figure.start()]) is not None and \
        not re.search(r"\b(?:would|could|might|will|if|unless)\b", text, re.I)


def _statistic(article: Article, at: int, end: int) -> bool:
    """True when the figure at ``at``–``end`` is what its sentence states, not an amount
    someone handles nor a figure that describes a thing: the main clause's subject ('35
    percent of jobs depend …'), or what a main verb with a subject that is not a person or
    body says it is ('the share exceeds 7%') or saves, with no verb between but a change the
    subject saw ('have seen attendance rise by 6%'), in a clause with no 'would' and a
    sentence with no 'if'."""
    tokens = [t for t in article.doc if t.idx <= at < t.idx + len(t.text)]
    if not tokens:
        return False
    token = tokens[0]
    root = token.sent.root
    if root.pos_ not in ("VERB", "AUX") or _hypothetical(token, root):
        return False
    head = token
    while head.head.i != head.i and head.head.i != root.i:
        below, head = head, head.head
        if head.pos_ in ("VERB", "AUX"):
            # 'schools have seen attendance rise by 6%': a change that the subject saw
            return head.head.i == root.i and _seen_change(root) and \
                below.lower_ in ("by", "to") and \
                _impersonal(next((c for c in root.children if c.dep_ == "nsubj"), None))
            # otherwise 'capable of earning $6,000': an amount in another clause
    if head.lower_ in ("average", "median") and head.dep_ in ("dobj", "attr") and \
            root.tag_ in ("VBZ", "VBP") and _impersonal(next(
                (c for c in root.children if c.dep_ == "nsubj"), None)):
        return True  # 'Island routes lose an average of £38 a passenger': a rate counted
    if not (at <= head.idx < end or head.like_num or head.lower_ in ("by", "to") or
            head.tag_ in ("JJR", "RBR") or  # 'prices are 30% higher than …'
            head.lower_ in ("%", "percent", "$", "£", "€", "million", "billion", "trillion")):
        return False  # 'The £6.8 million scheme …': a figure that describes a thing
    if head.dep_ in ("nsubj", "nsubjpass"):
        # unless the verb has another subject: 'The $12 million, 16-bed unit was …' is a
        # figure that describes the unit, parsed as a subject of its own
        # a figure parsed as a subject of its own, or with 'the' and a comma after it ('The $30
        # million, 200-seat theatre was …'): it describes the thing named after it
        return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i
                       for c in head.head.children) and \
            not (re.match(r"\s*,", article.text[end:end + 3]) and
                 any(c.dep_ == "det" for c in head.children))
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.lemma_.lower() == "cost" and not any(c.dep_ in ("dobj", "dative") and c.i != head.i
                                                 and not c.like_num for c in root.children):
        return False  # a price ('parking will cost £10'), not a loss ('has cost the town £20m')
    if subject is not None and head.dep_ in ("dobj", "attr") and _impersonal(subject) and \
            any(c.lower_ in ("average", "typical") for c in subject.children):
        return True  # 'the average household throws away £700 of food a year'
    if head.dep_ in ("dobj", "npadvmod") and root.tag_ in ("VBZ", "VBP") and subject is not None and \
            subject.pos_ != "PRON" and not any(t.ent_type_ == "PERSON" for t in subject.subtree) \
            and re.search(PROPORTION + r"|%|\bper\s?cent\b", article.text[at:end], re.I):
        return True  # 'The company loses a quarter of its water …': what a body does, as a rate
    forecast = root.lemma_.lower() in FORECASTS and head.lower_ == "by" and \
        any(c.lower_ == "will" for c in root.children)  # 'the scheme will cut … by 20%'
    return (root.lemma_.lower() in AMOUNTING or forecast or
            _seen_change(root) and head.lower_ in ("by", "to")) and \
        head.dep_ in ("attr", "dobj", "acomp", "prep", "npadvmod") and _impersonal(subject)


def _seen_change(root) -> bool:
    """True when the main verb is 'see' with a change for its object ('have seen attendance
    rise by 6%'): the figure says by how much, whichever verb the parser hangs it on."""
    return root.lemma_.lower() == "see" and \
        any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in CHANGES for c in root.children)


def _impersonal(subject) -> bool:
    """True for a subject that is a thing, not a pronoun nor a named person, body or place
    (whose figures are their own: 'the council spent £2m')."""
    if subject is None or subject.pos_ == "PRON":
        return False
    # a name inside what describes the subject ('injuries treated at Harlan General
    # Hospital', 'visitors from Leeds') does not make the figure that body's own
    described = {t.i for c in subject.children if c.dep_ in ("prep", "acl", "relcl")
                 for t in c.subtree}
    return not any(t.ent_type_ in ("PERSON", "ORG", "GPE") for t in subject.subtree
                   if t.i not in described)


def _hypothetical(token, root) -> bool:
    """True when the figure's own clause is a supposition: 'would', 'could', 'might' … on the
    main verb or on a verb above the figure, or an 'if' or 'unless' anywhere in the sentence.
    A 'could' in another clause ('…, and most of it could have been eaten') leaves the
    figure a plain statement."""
    above = {root.i} | {t.i for t in token.ancestors}
    # 'need' as the main verb of a figure that is its subject ('60% of bridges need repairs')
    # states a fact; 'the town would need £2m' is a supposition
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return any(t.lower_ in HYPOTHETICAL and (t.lower_ in ("if", "unless") or t.head.i in above)
               and not (t.i == root.i and token.i in subject)
               for t in token.sent)


# a comparison that can only come from counting: 'twice as likely', 'three times as many',
# 'four times more likely', 'half as often'
RATIO = re.compile(r"\b(?:twice|half|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
                   r"\s+times)\s+(?:as\s+(?:likely|unlikely|many|much|often|common|high|low)|"
                   r"(?:more|less)\s+(?:likely|common|often)|"
                   r"(?:higher|lower|greater|bigger|larger|faster|longer)\s+than)\b", re.I)


@rule("attribution.unsourced-comparison", "missing-attribution", "note",
      "a comparison only a count could show ('twice as likely to'), with no source near it")
def comparisons_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Fires in rural homes are twice as likely to kill someone as fires in towns.': a
    ratio that somebody must have measured, in the writer's voice, where neither its sentence
    nor the one before it in its paragraph names a source (a reporting verb, a quote,
    'according to', a study or figures: ``figure_sources.txt``). A source in an earlier
    paragraph is not enough: it backs the figures it gave, not a new comparison."""
    sourced = sourced_sentences(article, quotes, verbs_only=True)
    documents = opinion_markers("figure_sources")
    has_source = [sourced(s) or any(p.search(s.text) for p in documents)
                  for s in article.sentences]
    captioned = captioned_paragraphs(article)
    crowd_only = [not any(p.search(s.text) for p in documents) and
                  _only_a_crowd_speaks(s, quotes) for s in article.sentences]
    for number, sentence in enumerate(article.sentences):
        same_paragraph = number and article.paragraph_index(article.sentences[number - 1].start) \
            == article.paragraph_index(sentence.start)
        if not _writers_voice(article, sentence) or has_source[number] or \
                (same_paragraph and has_source[number - 1] and not crowd_only[number - 1]) or \
                article.paragraph_index(sentence.start) in captioned:
            continue
        ratio = RATIO.search(sentence.text)
        if ratio is not None:
            yield Spot(sentence.start + ratio.start(), sentence.start + ratio.end(),
                       f"“{ratio.group(0)}”: who measured this? A comparison like this comes "
                       "from counting, but the article gives it as a fact and the machine "
                       "found no source here or just before: can you?")


FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "you", "your"})


def _writers_voice(article: Article, sentence) -> bool:
    """True when the sentence speaks in the writer's own voice: not the headline, no
    quotation marks, not inside a quotation, no 'I', 'we' or 'you', not a question."""
    return article.paragraph_index(sentence.start) != 0 and \
        not re.search(r"[“”\"?]", sentence.text) and not in_quotation(article, sentence.start) and \
        not any(w.lower() in FIRST_PERSON for w in re.findall(r"[A-Za-z]+", sentence.text))


@rule("attribution.unsourced-accusation", "missing-attribution", "note",
      "wrongdoing stated as fact, with no source in its sentence")
def accusations_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Managers ignored repeated warnings.', 'The firm has a history of missing deadlines.':
    conduct a reader would call wrongdoing (``accusation_markers.txt``), stated in the
    writer's voice by a sentence that names no source. An accusation needs its own source,
    even after a sentence that has one: the reader must know who accuses."""
    said = [q for q in quotes if q.speaker is not None]  # 'had been warned that' is no source
    attributed = Stretches([(q.start, q.end) for q in said] +
                           [(q.cue_start, q.cue_end) for q in said if q.cue_start is not None])
    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}
    for sentence in article.sentences:
        if not _writers_voice(article, sentence) or \
                attributed.overlap(sentence.start, sentence.end) or \
                re.search(r"\baccording to\b", sentence.text, re.I):
            continue
        match = next((m for p in opinion_markers("accusation_markers")
                      for m in [p.search(sentence.text)] if m), None)
        motive = money_motive(article, sentence) if match is None else None
        if motive is not None and not _sourced_before(article, sentence, quotes):
            yield Spot(sentence.start, sentence.end,
                       f"Who says so? “{motive}” gives money as the reason for what was done, but "
                       "the sentence states it as a fact and names nobody who says that was the "
                       "reason. Only the people who decided, or someone who found out, can say "
                       "why: who is it?")
            continue
        marker = None if match is None else article.doc.char_span(
            sentence.start + match.start(), sentence.start + match.end(), alignment_mode="expand")
        if marker is not None and not any(t.pos_ == "VERB" and t.lemma_.lower() in verbs and
                                          not _told_by_nobody(t) for t in marker[0].ancestors) \
                and not _allowed_or_possible(marker[0]):
            yield Spot(sentence.start, sentence.end,
                       f"Who says so? “{match.group(0)}” accuses someone, but the sentence "
                       "states it as a fact and names nobody who makes the accusation. The "
                       "machine could not tell whether the article backs it up: can you?")


def _sourced_before(article: Article, sentence, quotes: list[Quote]) -> bool:
    """True when the sentence before, in the same paragraph, has a source that may go on
    speaking in this one."""
    index = next((i for i, s in enumerate(article.sentences) if s.start == sentence.start), 0)
    if index == 0:
        return False
    before = article.sentences[index - 1]
    return article.paragraph_index(before.start) == article.paragraph_index(sentence.start) and \
        sourced_sentences(article, quotes, verbs_only=True)(before) and _speaks_on(article, before)


PERMISSION = frozenset({"can", "may", "might", "must", "should", "could"})


def _allowed_or_possible(token) -> bool:
    """True when the conduct is what someone may, can or should do ('Voters can register
    without telling the council'): a rule or a possibility, not something done."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in PERMISSION
                                    for c in verb.children)


def _told_by_nobody(verb) -> bool:
    """True for a passive of telling with no 'by …' ('had been warned that …'): it says who
    was told, not who tells, so it is no source."""
    return any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


EVALUATIVE_SUPERLATIVES = frozenset({"best", "worst", "greatest", "finest", "safest",
                                     "fairest", "wisest", "weakest", "poorest"})


@rule("attribution.unsourced-verdict", "missing-attribution", "note",
      "a verdict ('the most dangerous road', 'a far better place than') with no source")
def verdicts_without_source(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'The B4120 is now the most dangerous road in Westmoor.', 'The riverside is a far
    better setting than the square ever was.': a judgement that ranks or compares, in what
    the main verb says, in the writer's voice, where neither this sentence nor the one
    before it in its paragraph names a source (a reporting verb, not a noun: '380 claims').
    'The price is far too low.' is a verdict too. Left alone: a measure ('the largest
    city', 'more than 400 homes') and a ranking in the sentence's subject ('The best seats
    went …')."""
    sourced = sourced_sentences(article, quotes, verbs_only=True)
    previous = None
    for sentence in article.sentences:
        before, previous = previous, sentence
        if not _writers_voice(article, sentence) or sourced(sentence) or \
                (before is not None and sourced(before) and _speaks_on(article, before) and
                 article.paragraph_index(before.start) == article.paragraph_index(sentence.start)):
            continue
        span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        verdict = None if span is None else _verdict(span)
        if verdict is not None and not any(p.search(sentence.text) for p in opinion_markers()) \
                and not RECORD_SCOPE.match(article.text, verdict[1] + 1, sentence.end):
            # an opinion word or a record ('the best … ever') is circled by its own rule
            yield Spot(verdict[0], verdict[1],
                       f"“{article.text[verdict[0]:verdict[1]]}”: who judges this? The article "
                       "states a verdict as a fact, and the machine found no source for it "
                       "here or just before: can you?")


def _speaks_on(article: Article, sentence) -> bool:
    """True when a sentence's source may go on speaking in the next one: quotation marks, or
    a reporting verb in its main clause. A participle beside another deed ('The brewery
    closed the pub, saying it was losing money, …') sources only what it says, not a verdict
    after it ('The asking price was far too high.')."""
    if re.search(r"[“”\"‘]", sentence.text):
        return True
    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}
    span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or []
    return any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and
               not (t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "acl"))
               for t in span) or not any(t.lemma_.lower() in verbs for t in span)


def _verdict(span) -> tuple[int, int] | None:
    """Where the sentence's main verb judges its subject: 'most'/'least' + an adjective or a
    word such as 'best' in the complement ('is the most dangerous road'), or 'better',
    'worse', 'more' + an adjective with a 'than' to compare against."""
    root = span.root
    if root.pos_ == "VERB" and root.lemma_.lower() != "be":
        return _compared_deeds(span)
    if root.pos_ != "AUX" or root.lemma_.lower() != "be":
        return None
    excess = _excess(span) or _judged_thing(span)
    if excess is not None:
        return excess
    for token in span:
        lower = token.lower_
        most = lower in ("most", "least") and token.tag_ == "RBS" and token.head.pos_ == "ADJ"
        better = lower in ("better", "worse") or (lower in ("more", "less") and
                                                  token.tag_ == "RBR" and token.head.pos_ == "ADJ")
        than = any(t.lower_ == "than" and t.i > token.i + 1 for t in span)
        if not (most or lower in EVALUATIVE_SUPERLATIVES or (better and than)):
            continue
        head, steps = token, 0
        while head.head.i not in (head.i, root.i) and steps < 2:
            head, steps = head.head, steps + 1  # 'the most dangerous road': two steps up
        # 'is the best news …': right after the main 'be', whatever the parser hangs it on
        right_after = token.i == root.i + 2 and token.doc[root.i + 1].lower_ in ("the", "a") and \
            lower in EVALUATIVE_SUPERLATIVES
        if head.head.i == root.i and head.dep_ in ("attr", "acomp") or right_after:
            start = token.i
            if start > span.start and token.doc[start - 1].lower_ in ("the", "a", "far", "much"):
                start -= 1
            end = token.head.i if token.head.i > token.i and token.head.i <= head.i else token.i
            return token.doc[start].idx, token.doc[end].idx + len(token.doc[end].text)
    return None


def _excess(span) -> tuple[int, int] | None:
    """'The price is far too low.': 'too' and an adjective that the main 'be' says of a
    subject that is not a pronoun ('It is too early to say' judges nothing)."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    for token in span:
        if token.lower_ == "too" and token.head.pos_ == "ADJ" and token.head.dep_ == "acomp" \
                and token.head.head.i == root.i and token.head.i == token.i + 1:
            start = token.i - 1 if token.i > span.start and \
                token.doc[token.i - 1].lower_ in ("far", "much", "way", "simply") else token.i
            return token.doc[start].idx, token.head.idx + len(token.head.text)
    return None


def _judged_thing(span) -> tuple[int, int] | None:
    """'The camera is a fair way to keep buses moving.', 'The merger was a sensible
    decision.': the main 'be' calls its subject, a thing and not a pronoun nor a name, 'a'
    + a judging adjective (``evaluative_adjectives``) + a noun; or an action in -ing ('Closing
    the library was a terrible decision'). Not 'a good deal of' (an
    amount) nor a subject that is a person ('She is a fine player' describes her game)."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ or \
            subject.lemma_.lower() in load_source_words()["people"]:
        return None
    judging = word_set("evaluative_adjectives")
    verdicts = word_set("evaluative_nouns")
    for noun in root.children:
        if noun.dep_ != "attr" or noun.pos_ != "NOUN":
            continue
        judged_noun = noun.lower_ in verdicts
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and \
                noun.lower_ != "waste":
            continue  # 'a good deal of', 'a success of' ('a waste of money' judges)
        adjective = next((c for c in noun.children if c.dep_ == "amod" and
                          c.lower_ in judging and c.i < noun.i), None)
        article_word = next((c for c in noun.children if c.dep_ == "det"), None)
        if article_word is None:
            continue
        if article_word.lower_ in ("a", "an") and (adjective is not None or judged_noun) or \
                article_word.lower_ == "the" and adjective is not None and \
                adjective.lower_ in ("right", "wrong"):
            return article_word.idx, noun.idx + len(noun.text)
    return None


def _compared_deeds(span) -> tuple[int, int] | None:
    """'The trust spent more on its offices than it gave the orchestra.': the main verb
    weighs one deed against another, a clause after 'than' with a verb of its own."""
    root = span.root
    for token in span:
        if token.lower_ in ("more", "less", "fewer") and root.i in (token.head.i, token.head.head.i) \
                and any(t.lower_ == "than" and t.head.pos_ == "VERB" and t.head.i != root.i and
                        t.i > token.i and any(c.dep_ == "nsubj" for c in t.head.children)
                        for t in span):
            return root.idx, token.idx + len(token.text)
    return None

"""Planters of sourcing and quotation errors: an attribution removed from a claim that needs
it, a quotation mark left unclosed, and (a discussion note) a neutral "said" swapped for a
loaded verb.
"""
from __future__ import annotations

from medialit.hunts.places import Site, load_hunt_words, quoted_words
from medialit.hunts.records import Draft
from medialit.lexicons import load_reporting_verbs

MARKS = "“”‘’\"'«»„"
# a claim left with one of these words has nobody it could refer to once its source is gone
PRONOUNS = {"he", "she", "his", "her", "him", "they", "their", "them", "it", "its", "i", "we",
            "our", "my", "me", "us", "you", "your", "this", "these"}
ATTRIBUTION_PARTS = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "prep",
                     "dobj", "dative", "punct", "agent", "tmod"}


def _neutral_verbs() -> set[str]:
    verbs = load_reporting_verbs()
    return {lemma for lemma, verb in verbs.items() if verb.stance == "neutral" and
            verb.type == "speech"}


def plant_unattributed(site: Site) -> list[Draft]:
    """missing-attribution: a sentence that reports what somebody said ("The contract gives
    Bayline little reason to settle, critics say."; "Kettle said the rotas had been torn
    up.") loses its source and states the claim as plain fact. Only sentences with no
    quotation marks, whose claim is a whole clause without pronouns (which would lose what
    they refer to) and whose reporting verb does nothing else ("… and accused …"). The claim
    must be one a reader needs a source for (``needs_a_source``: a forecast, a comparison or a
    figure), not a plain fact, and the next sentence must not point back at the source ("He
    added …"), which would be left pointing at nobody."""
    verbs = _neutral_verbs()
    drafts = []
    for sent in site.article.doc.sents:
        root = sent.root
        last = [t for t in sent if not t.is_space][-1]
        if site.in_quote(sent.start_char, sent.end_char) or last.text != "." or \
                site.article.paragraph_index(sent.start_char) == 0 or _points_back(sent):
            continue
        according = next((t for t in sent if t.lower_ == "according" and t.i + 1 < sent.end
                          and t.nbor(1).lower_ == "to"), None)
        if according is not None:
            draft = _without_according_to(site, sent, last, according)
            drafts += [draft] if draft is not None else []
            continue
        if root.lemma_ not in verbs or any(child.dep_ in ("conj", "cc") for child in root.children):
            continue
        clauses = [child for child in root.children if child.dep_ == "ccomp"]
        subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")]
        if len(clauses) != 1 or len(subjects) != 1 or _credited_before(sent, subjects[0]):
            continue
        draft = _without_source(site, sent, last, root, clauses[0], subjects[0])
        if draft is not None:
            drafts.append(draft)
    return drafts


def _without_source(site: Site, sent, last, verb, clause, subject) -> Draft | None:
    tokens = list(clause.subtree)
    if tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
        tokens = tokens[1:]
    if len(tokens) < 7 or any(t.lower_ in PRONOUNS for t in tokens) or \
            any(t.lower_ in ("that", "those") and t.dep_ in ("nsubj", "nsubjpass")
                for t in tokens) or not needs_a_source(tokens):
        return None
    following = site.text[last.idx + 1:last.idx + 4].lstrip()[:1]
    if following and following in MARKS:  # it introduces a quote, whose source comes with it
        return None
    rest = [t for t in sent if (t.i < tokens[0].i or t.i > tokens[-1].i) and t.i < last.i]
    # everything but the claim must belong to the attribution: "X said", "said X on Tuesday"
    attribution = {t.i for t in subject.subtree} | {verb.i}
    for child in verb.children:
        if child.dep_ in ATTRIBUTION_PARTS and child.i != clause.i:
            attribution |= {t.i for t in child.subtree}
    if any(t.i not in attribution and not (t.dep_ == "mark" and t.head.i == clause.i)
           for t in rest):
        return None
    start, stop, end = sent.start_char, last.idx, last.idx + 1
    if tokens[0].i == sent.start:  # the claim first: "…, critics say."
        comma = tokens[-1].i + 1
        if sent.doc[comma].text != ",":
            return None
        edit, replacement = site.span(sent.doc[comma].idx, stop), ""
    elif tokens[-1].i == last.i - 1:  # the source first: "Kettle said (that) …"
        edit = site.span(start, tokens[0].idx + 1)
        replacement = tokens[0].text[0].upper()
    else:
        return None
    claim = site.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    return _unsourced(site, edit, replacement, (start, end), claim,
                      _named_elsewhere(site, subject, sent))


def _without_according_to(site: Site, sent, last, according) -> Draft | None:
    """"C, according to X." → "C."; "According to X, C." → "C." (capitalised)."""
    phrase = list(according.subtree)
    first, final = phrase[0], phrase[-1]
    text = site.text
    start, end = sent.start_char, last.idx + 1
    if first.i == sent.start and final.i + 1 < last.i and text[final.idx + len(final)] == ",":
        claim_start = sent.doc[final.i + 2].idx
        edit = site.span(start, claim_start + 1)
        replacement = text[claim_start].upper()
        claim = text[claim_start:last.idx]
    elif final.i == last.i - 1 and text[first.idx - 2:first.idx] == ", ":
        edit = site.span(first.idx - 2, last.idx)
        replacement = ""
        claim = text[start:first.idx - 2]
    else:
        return None
    words = claim.split()
    if len(words) < 7 or any(w.strip(",.;:").lower() in PRONOUNS for w in words):
        return None
    if not needs_a_source([t for t in sent if claim_at(t, text, claim, start, end)]):
        return None
    return _unsourced(site, edit, replacement, (start, end), claim)


def claim_at(token, text: str, claim: str, start: int, end: int) -> bool:
    """True when ``token`` lies inside the claim's words within the sentence at start..end."""
    at = text.find(claim, start, end)
    return at >= 0 and at <= token.idx < at + len(claim)


# a personal pronoun that opens the next sentence's subject points back at the source
POINTING_BACK = {"he", "she", "they", "his", "her", "their", "the former", "the latter"}


def needs_a_source(tokens) -> bool:
    """True when a claim is one a reader would ask "who says so?" about: a forecast or a
    judgement with a modal verb ("will cost", "should resign"), a comparison ("the worst",
    "higher than"), or a figure ("40 per cent", "£2m", "11,491 refugees"). A plain report of
    what happened ("The council met on Tuesday", "asked two operators") is left alone:
    removing its source teaches nothing."""
    for token in tokens:
        if token.tag_ in ("MD", "JJR", "JJS", "RBR", "RBS"):
            return True
        if token.like_num and (token.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or
                               any(ch.isdigit() for ch in token.text) and
                               token.ent_type_ not in ("DATE", "TIME", "ORDINAL")):
            return True
    return False


def _credited_before(sent, subject) -> bool:
    """True when the claim would still read as the source's after the cut: the source is a
    pronoun ("…, he said": the sentence before names him), or its name is in the sentence
    before ("CNS reported …. CNS said that …")."""
    if subject.pos_ == "PRON":
        return True
    names = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    start = sent.start
    if not names or start == 0:
        return False
    before = sent.doc[start - 1].sent
    if looks_like_heading(before.text):
        return False
    return any(t.lower_ in names for t in before)


def looks_like_heading(text: str) -> bool:
    """A title or subheading: eight words or fewer and no sentence-final mark."""
    words = text.strip()
    return len(words.split()) <= 8 and words[-1:] not in ".!?”\"’'"


def _points_back(sent) -> bool:
    """True when the sentence after ``sent`` (in the same paragraph or the next) has a
    pronoun among its first words: "He added that …" would point at the source that was cut."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end:min(len(doc), sent.end + 6)]
    words = [t.lower_ for t in following if not t.is_space and not t.is_punct]
    return any(word in POINTING_BACK for word in words[:4]) or \
        " ".join(words[:2]) in POINTING_BACK


def _unsourced(site: Site, edit, replacement: str, reach: tuple[int, int], claim: str,
               named=None) -> Draft:
    """The draft of a sentence whose source was cut: ``edit`` becomes ``replacement`` in the
    sentence at ``reach``; ``named`` is another mention of the source, if the article has one."""
    start, end = reach
    elsewhere = (f" The article names {named.text} in {site.place(named.start)}: if this is "
                 f"what {named.text} said, the sentence should say so.") if named else ""
    return Draft(
        planter="unattributed", kind="missing-attribution", edit=edit, replacement=replacement,
        flag=(start, end - (edit.end - edit.start) + len(replacement)), reach=reach,
        related=(named,) if named else (),
        explanation=(f"This sentence states “{quoted_words(claim)}” as a plain fact, but "
                     f"nobody is named as saying it. Who says so? A reader cannot check a "
                     f"claim without knowing where it comes from.{elsewhere}"),
        correction=site.text[start:end], check="complete-sentence",
        hint="Who says so? Could you check this sentence without knowing where it comes from?")


def _named_elsewhere(site: Site, subject, sent):
    """Another mention, outside this sentence, of the proper name the source had."""
    names = [t for t in subject.subtree if t.pos_ == "PROPN"]
    if not names:
        return None
    name = names[-1].text
    for spot in site.all_words.get(name.lower(), []):
        if spot.text == name and not sent.start_char <= spot.start < sent.end_char and \
                not _in_heading(site, spot.start):
            return spot
    return None


def _in_heading(site: Site, offset: int) -> bool:
    """True in the title or a subheading: a short paragraph with no sentence-final mark
    ("House", "What happens next"), where a capitalised word is a heading, not a person."""
    number = site.article.paragraph_index(offset)
    if number == 0:
        return True
    paragraph = site.article.paragraphs[number]
    return looks_like_heading(site.text[paragraph.start:paragraph.end])


def plant_loaded_verbs(site: Site) -> list[Draft]:
    """other, a discussion note: "said" or "says" outside quotation marks swapped for a
    loaded verb ("claimed", "admitted", from ``hunt_words.json``). It never costs points:
    it asks the student what the verb does to the reader."""
    swaps = load_hunt_words()["loaded_verbs"]
    verbs = load_reporting_verbs()
    drafts = []
    said = [t for t in site.article.doc if t.lower_ in swaps and t.lemma_ == "say"
            and not site.in_quote(t.idx, t.idx + len(t))]
    for token in said:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        if "?" in token.doc[max(0, token.i - 3):token.i].text:
            continue  # "“You winning?” she said": a question is asked, never admitted
        following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        options = [v for v in swaps[token.lower_] if not (following in ("on", "in") and
                                                          v.startswith("insist"))]
        loaded = options[token.idx % len(options)]
        lemma = next(lemma for lemma in verbs if loaded.startswith(lemma[:-1]))
        neutral = next((t for t in said if t.i != token.i and
                        site.sentence_at(t.idx) != site.sentence_at(token.idx)), None)
        elsewhere = (f", the word the article uses in {site.place(neutral.idx)}"
                     if neutral is not None else "")
        evidence = () if neutral is None else (site.span(neutral.idx, neutral.idx + len(neutral)),)
        suggests = verbs[lemma].suggests or "colours what was said"
        spot = site.span(token.idx, token.idx + len(token))
        drafts.append(Draft(
            planter="loaded-verb", kind="other", edit=spot, replacement=loaded,
            flag=(spot.start, spot.start + len(loaded)), reach=site.reach(spot.start, spot.end),
            related=evidence,
            severity="note",
            explanation=(f"“{loaded.capitalize()}” {suggests}; "
                         f"the neutral word is “{token.text}”{elsewhere}. A reporting verb can "
                         "take sides without the reader noticing."),
            correction=token.text,
            hint=f"Swap “{loaded}” for “{token.text}”. Does the sentence feel different?"))
    return drafts


def plant_unclosed_quotes(site: Site) -> list[Draft]:
    """unbalanced-quote: a quotation of three words or more loses its closing mark. Only in a
    paragraph whose marks all pair, and not where the quote ends its paragraph and the next
    paragraph opens with a mark (a quote running on is written that way on purpose)."""
    article, text = site.article, site.text
    by_paragraph: dict[int, list] = {}
    for quote in site.quotes:
        by_paragraph.setdefault(article.paragraph_index(quote.open_at), []).append(quote)
    drafts = []
    for number, quotes in by_paragraph.items():
        if any(q.close_at is None or q.runs_on or q.continues for q in quotes):
            continue
        paragraph = article.paragraphs[number]
        following = article.paragraphs[number + 1] if number + 1 < len(article.paragraphs) else None
        for quote in quotes:
            nested = any(outer.open_at < quote.open_at and quote.close_at < outer.close_at
                         for outer in quotes)
            if len(quote.text.split()) < 3 or nested:  # a quote within a quote is its words
                continue
            ends_paragraph = not text[quote.close_at + 1:paragraph.end].strip(" .,")
            if ends_paragraph and following is not None and text[following.start] in MARKS:
                continue
            later = [q for q in quotes if q.open_at > quote.close_at]
            drafts.append(Draft(
                planter="unclosed-quote", kind="unbalanced-quote",
                edit=site.span(quote.close_at, quote.close_at + 1), replacement="",
                flag=(quote.open_at, quote.open_at + 1), reach=(paragraph.start, paragraph.end),
                related=tuple(site.span(q.open_at, q.open_at + 1) for q in later[:1]),
                explanation=(f"This quotation mark opens the words “{quoted_words(quote.text, 6)}” "
                             "but is never closed, so the reader cannot tell where the quoted "
                             "words stop and the writer’s begin. The closing mark belongs after "
                             f"“{' '.join(quote.text.split()[-3:])}”."),
                correction=None, check=None,
                hint="Count the opening and closing quotation marks in this paragraph."))
    return drafts

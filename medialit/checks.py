"""What a careful editor would circle: one ``check_*`` function per kind of problem.

Each check is a general rule that works on any article and returns ``Finding`` objects with
a message a 14-year-old can follow, a suggested correction where one exists, the rule that
fired and a severity. ``CHECKS`` lists them; ``run_checks`` runs them all. Notes (severity
"note") are for discussion, not errors: anonymous and vague sourcing is sometimes justified,
and the lesson is to ask why.

Limits: the checks read the article alone. They cannot know that a meeting lasted five and a
half hours rather than five and a quarter; that needs other coverage (lateral reading).
"""
from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
from collections import Counter

from medialit.article import Article
from medialit.lexicons import DATA_DIR, load_job_titles
from medialit.model import Finding, Quote
from medialit.quotes import quote_problems, speech_quotes

def _finding(article: Article, start: int, end: int, kind: str, message: str,
             suggestion: str | None, rule: str, severity: str, related=()) -> Finding:
    return Finding(start, end, article.text[start:end], kind, message, suggestion, rule,
                   severity, list(related))


class _Stretches:
    """Stretches of the text, ``(start, end)``, that can be asked whether any of them
    overlaps another stretch without reading them all."""

    def __init__(self, stretches):
        ordered = sorted(stretches)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlap(self, start: int, end: int) -> bool:
        """True when some stretch begins before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self.starts, end)  # the stretches beginning before ``end``
        return before > 0 and self.reach[before - 1] > start

    def holds(self, offset: int) -> bool:
        """True when some stretch covers the character at ``offset``."""
        return self.overlap(offset, offset + 1)


def _where(article: Article, offset: int) -> str:
    number = article.paragraph_index(offset)
    return "the title" if number == 0 else f"paragraph {number}"


# -- quotation marks ---------------------------------------------------------------------------

def check_unbalanced_quotes(article: Article, quotes: list[Quote]) -> list[Finding]:
    """A quotation mark that opens and never closes (or closes and never opened)."""
    findings = []
    for problem in quote_problems(article):
        if problem.problem == "never-closed":
            message = (f"This {problem.mark} opens a quote that is never closed, so a reader "
                       "cannot tell where the speaker's words end.")
            rule = "an opening quotation mark with no closing mark in its paragraph"
        else:
            message = f"This {problem.mark} closes a quote that was never opened."
            rule = "a closing quotation mark with no opening mark before it"
        findings.append(_finding(article, problem.at, problem.at + 1, "unbalanced-quote",
                                 message, None, rule, "error"))
    return findings


def check_quote_integrity(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Words added in [brackets] or cut with an ellipsis inside a quote, and a quote given
    two different ways: signs that the quote is not exactly what was said."""
    findings = []
    direct = [q for q in speech_quotes(quotes) if q.kind == "direct"]
    for quote in direct:
        for match in re.finditer(r"\[[^\]]+\]", quote.text):
            start = quote.start + match.start()
            findings.append(_finding(
                article, start, start + len(match.group(0)), "other",
                f"The words {match.group(0)} are in square brackets: the writer added them to "
                "the speaker's words, to explain them. Check that they do not change the meaning.",
                None, "quote integrity: square brackets inside a quote", "note"))
        for match in re.finditer(r"(?:\.[\s\u00a0]*){3}|…", quote.text):
            start = quote.start + match.start()
            findings.append(_finding(
                article, start, start + len(match.group(0).rstrip()), "other",
                "An ellipsis (…) inside a quote means words were left out. What might the "
                "speaker have said in the gap, and could it change the meaning?",
                None, "quote integrity: an ellipsis inside a quote", "note"))
    for first, second in _alike_quotes(direct):
        findings.append(_finding(
            article, second.start, second.end, "other",
            f"This quote appears earlier in {_where(article, first.start)} with "
            "different words. A quote must be given exactly as it was said.",
            None, "quote integrity: the same quote given two ways", "note",
            [(first.start, first.end)]))
    return findings


def _alike_quotes(quotes: list[Quote]) -> list[tuple[Quote, Quote]]:
    """Pairs of quotes of five words or more, earlier one first, whose texts differ but are
    at least 80% alike (difflib's ratio, capitals ignored).

    Quotes repeated word for word are compared once, and only quotes of about the same length
    with about the same letters (difflib's cheap upper bounds of the ratio) letter by letter.
    """
    at: dict[str, list[int]] = {}  # each text, and where it stands in ``quotes``
    for number, quote in enumerate(quotes):
        if quote.words >= 5:
            at.setdefault(quote.text, []).append(number)
    lowered = {text: text.lower() for text in at}
    letters = {text: Counter(lowered[text]) for text in at}
    by_length = sorted(at, key=lambda text: len(lowered[text]))
    alike: dict[str, list[str]] = {text: [] for text in at}
    for number, short in enumerate(by_length):
        for long in itertools.islice(by_length, number + 1, None):
            size = len(lowered[short]) + len(lowered[long])
            if 2.0 * len(lowered[short]) / size < 0.8:
                break  # the lengths alone are too far apart, and only grow further
            if 2.0 * sum((letters[short] & letters[long]).values()) / size >= 0.8:
                alike[short].append(long)
                alike[long].append(short)
    ratios: dict[tuple[str, str], float] = {}
    pairs = []
    for number, first in enumerate(quotes):
        # a short quote has no text in ``alike``; a text's quotes all have the same words
        later = sorted(other for text in alike.get(first.text, ()) for other in at[text]
                       if other > number)
        for other in later:
            key = (first.text, quotes[other].text)
            if key not in ratios:
                matcher = difflib.SequenceMatcher(None, lowered[key[0]], lowered[key[1]])
                ratios[key] = matcher.ratio()
            if ratios[key] >= 0.8:
                pairs.append((first, quotes[other]))
    return pairs


# -- sources ---------------------------------------------------------------------------------

def check_missing_attribution(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Reporting with nobody doing it, quotes nobody said, and opinions stated as facts."""
    findings = []
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.speaker_kind == "unknown" and quote.cue and \
                quote.speaker_start is None:
            findings.append(_finding(
                article, quote.cue_start, quote.cue_end, "missing-attribution",
                f"Who {quote.cue} this? The sentence does not say who is speaking or reporting, "
                "so a reader cannot check it.",
                f"Name the source: 'The Times {quote.cue} …'.",
                "a reporting verb with no subject", "error"))
        elif quote.speaker is None and quote.kind == "direct" and not quote.cue:
            findings.append(_finding(
                article, quote.start, quote.end, "missing-attribution",
                "These words are in quotation marks, but the article never says who said them.",
                None, "a quote with no reporting verb and no earlier speaker", "error"))
    findings += _opinions_as_facts(article, quotes)
    return findings


@functools.lru_cache(maxsize=1)
def _opinion_markers() -> list[re.Pattern]:
    lines = (DATA_DIR / "opinion_markers.txt").read_text(encoding="utf-8").splitlines()
    return [re.compile(rf"(?<![\w-]){line.strip()}(?![\w-])", re.I) for line in lines
            if line.strip() and not line.startswith("#")]


def _opinions_as_facts(article: Article, quotes: list[Quote]) -> list[Finding]:
    """A judgement stated as fact just before the article introduces the person it is from."""
    attributed = _Stretches([(q.start, q.end) for q in quotes] +
                            [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None])
    from medialit.lexicons import load_reporting_verbs

    verbs = {lemma for lemma, verb in load_reporting_verbs().items() if verb.type != "belief"}
    findings = []
    speakers: dict[int, list[Quote]] = {}  # the quotes with a speaker and a verb, by paragraph
    for quote in speech_quotes(quotes):
        if quote.speaker and quote.cue_start is not None:
            speakers.setdefault(article.paragraph_index(quote.cue_start), []).append(quote)
    for sentence in article.sentences:
        if attributed.overlap(sentence.start, sentence.end) or \
                any(t.lemma_.lower() in verbs for t in article.doc.char_span(
                    sentence.start, sentence.end, alignment_mode="expand") or []):
            continue  # the sentence has a source of its own, even a parenthetical "he said"
        marker = next((m for p in _opinion_markers() for m in [p.search(sentence.text)] if m), None)
        if marker is None:
            continue
        paragraph = article.paragraph_index(sentence.start)
        nearby = sorted(speakers.get(paragraph, []),
                        key=lambda q: abs(q.cue_start - sentence.start))
        if nearby:
            who = nearby[0]
            message = (f"“{marker.group(0)}” makes this sentence sound like someone's opinion, "
                       f"but the article states it as a fact. Is it the view of {who.speaker}, "
                       "who is quoted nearby? If so, the article should say so.")
            suggestion = f"Attribute it: '…, according to {who.speaker}.'"
            related = [(who.cue_start, who.cue_end)]
        else:
            message = (f"“{marker.group(0)}” makes this sentence sound like an opinion, but "
                       "nobody is given as its source. Whose view is it?")
            suggestion, related = None, []
        findings.append(_finding(
            article, sentence.start, sentence.end, "missing-attribution", message, suggestion,
            "an opinion word in a sentence with no source", "warning", related))
    return findings + _judged_by_nobody(article, quotes) + _unintroduced_sources(article, quotes)


def _judged_by_nobody(article: Article, quotes: list[Quote]) -> list[Finding]:
    """'The trip will only be considered successful if …': considered by whom?"""
    findings = []
    quoted = _Stretches((q.start, q.end) for q in quotes)
    for token in article.doc:
        if token.lemma_.lower() not in ("consider", "see", "regard", "view", "deem", "judge") or \
                not any(c.dep_ == "auxpass" for c in token.children) or \
                any(c.dep_ == "agent" for c in token.children) or \
                not any(c.dep_ in ("oprd", "acomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
                        for c in token.children):
            continue
        sentence = token.sent
        if quoted.overlap(sentence.start_char, sentence.end_char):
            continue
        start, end = sentence.start_char, sentence.end_char
        while end > start and article.text[end - 1].isspace():
            end -= 1
        findings.append(_finding(
            article, start, end, "missing-attribution",
            f"“{token.text}” by whom? The sentence gives a judgement but not who makes it, so it "
            "reads like a fact.", None, "a passive judgement with nobody judging", "warning"))
    return findings


def _unintroduced_sources(article: Article, quotes: list[Quote]) -> list[Finding]:
    """A person quoted by name whom the article never introduces: who is Dennis Wilder?"""
    from medialit.people import find_roles, known_person, load_affiliation_tables, people_named

    roles = find_roles(article)
    people = people_named(article)
    known = load_affiliation_tables()["people"]
    findings, seen = [], set()
    for quote in speech_quotes(quotes):
        name = quote.speaker
        if quote.speaker_kind != "named" or name not in people or name in seen or \
                roles.get(name) or known_person(name, known) or quote.speaker_start is None:
            continue
        seen.add(name)
        findings.append(_finding(
            article, quote.speaker_start, quote.speaker_end, "missing-attribution",
            f"Who is {name}? The article quotes {name} but never says who they are or why "
            "their view matters, so a reader cannot judge the source.",
            f"Introduce the source: '{name}, a … at …, said'.",
            "a named source with no role anywhere in the article", "warning"))
    return findings


def check_sourcing(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Anonymous and vague sources: notes for discussion, with the journalism rule behind them."""
    findings, seen = [], set()
    for quote in speech_quotes(quotes):
        key = (quote.speaker, quote.speaker_kind)
        start = quote.speaker_start if quote.speaker_start is not None else quote.cue_start
        end = quote.speaker_end if quote.speaker_end is not None else quote.cue_end
        if key in seen or start is None:
            continue
        if quote.speaker_kind == "anonymous":
            seen.add(key)
            findings.append(_finding(
                article, start, end, "anonymous-source",
                f"The article does not name “{quote.speaker or article.text[start:end]}”. "
                "Journalists should use anonymous sources only for information they cannot "
                "get on the record, and tell readers why the source was not named. Does the "
                "article say why?",
                None, "a source described but not named (AP, Reuters and SPJ guidance)", "note"))
        elif quote.speaker_kind == "vague":
            seen.add(key)
            if quote.speaker:
                message = f"“{quote.speaker}” is a vague source: which people exactly?"
            else:
                message = f"“{article.text[start:end]}” by whom? The article does not say."
            findings.append(_finding(
                article, start, end, "vague-attribution",
                f"{message} A reader cannot check a claim when nobody in particular stands "
                "behind it.",
                None, "a vague group, or a passive such as 'it was reported'", "note"))
    return findings


def check_ambiguous_pronouns(article: Article, quotes: list[Quote]) -> list[Finding]:
    """'He said' when the paragraph offers more than one man it could be."""
    findings, seen = [], set()
    for quote in speech_quotes(quotes):
        if quote.speaker_start is None or not quote.alternatives or quote.speaker_start in seen:
            continue
        pronoun = article.text[quote.speaker_start:quote.speaker_end]
        if pronoun.lower() not in ("he", "she"):
            continue
        seen.add(quote.speaker_start)
        people = [quote.speaker, *quote.alternatives]
        listed = ", ".join(people[:-1]) + f" or {people[-1]}"
        findings.append(_finding(
            article, quote.speaker_start, quote.speaker_end, "ambiguous-pronoun",
            f"Who is “{pronoun}”? It could be {listed}. The engine guessed {quote.speaker}, "
            "but a reader should not have to guess: the writer should give the name.",
            f"Replace “{pronoun}” with the speaker's name.",
            "a pronoun speaker with more than one person it could mean", "warning"))
    return findings


# -- people and their roles ---------------------------------------------------------------------

OFFICES = load_job_titles()["office"]
DOMAINS = {"foreign", "interior", "home", "transport", "transportation", "finance", "treasury",
           "defence", "defense", "health", "education", "justice", "trade", "commerce",
           "agriculture", "energy", "environment", "labour", "labor", "culture", "housing",
           "economy", "economic", "immigration", "security", "tourism", "sport", "sports"}


MAIN_OFFICES = load_job_titles()["main-office"]
RANKS = {"deputy", "vice", "assistant", "associate", "junior", "shadow", "under"}


def _ranks(role: str) -> set[str]:
    return set(re.findall(r"[a-z]+", role.lower())) & RANKS


def _domains(role: str) -> set[str]:
    return set(re.findall(r"[a-z]+", role.lower())) & DOMAINS


PAST = re.compile(r"\b(former|ex|then|once|previous|outgoing|incoming|future|would-be|acting)\b", re.I)


def check_role_conflicts(article: Article, quotes: list[Quote]) -> list[Finding]:
    """One person given two incompatible jobs or countries ("British Foreign Minister" in the
    title, "US Secretary of State" in the body)."""
    from medialit.people import country_in, find_role_mentions, load_affiliation_tables

    countries = load_affiliation_tables()["countries"]
    by_person: dict[str, list] = {}
    for mention in find_role_mentions(article):
        if not PAST.search(mention.text):
            by_person.setdefault(mention.name, []).append(mention)
    findings = []
    for name, mentions in by_person.items():
        described = []
        for mention in mentions:
            words = set(re.findall(r"[a-z]+", mention.text.lower()))
            offices = words & OFFICES
            if offices:
                described.append((mention, offices, country_in(mention.text, countries)))
        conflict = None
        for i, (first, first_offices, first_country) in enumerate(described):
            for second, second_offices, second_country in described[i + 1:]:
                if first_country and second_country and first_country != second_country:
                    conflict = (first, second, f"{first_country} and {second_country}")
                elif first_offices & second_offices and _ranks(first.text) != _ranks(second.text):
                    conflict = (first, second, "two different ranks")
                elif first_offices & second_offices and _domains(first.text) and \
                        _domains(second.text) and not _domains(first.text) & _domains(second.text):
                    conflict = (first, second, "two different ministries or departments")
                elif not first_offices & second_offices and \
                        len(first_offices | second_offices) >= 2 and \
                        MAIN_OFFICES & first_offices and MAIN_OFFICES & second_offices:
                    conflict = (first, second, "two different jobs")
                if conflict:
                    break
            if conflict:
                break
        if conflict is None:
            continue
        first, second, why = conflict
        wrong, right = (first, second) if article.paragraph_index(first.start) == 0 else (second, first)
        findings.append(_finding(
            article, wrong.start, wrong.end, "role-conflict",
            f"The article calls {name} “{wrong.text}” in {_where(article, wrong.start)} but "
            f"“{right.text}” in {_where(article, right.start)}: {why}. One person cannot be "
            "both, so one of them is wrong. Which one can you trust, and why?",
            right.text, "one person given incompatible roles or countries", "error",
            [(right.start, right.end)]))
    return findings


# -- words -----------------------------------------------------------------------------------------

_BRITISH = [(re.compile(pattern), replacement) for pattern, replacement in [
    (r"isation$", "ization"), (r"ise$", "ize"), (r"ised$", "ized"), (r"ising$", "izing"),
    (r"ises$", "izes"), (r"yse$", "yze"), (r"ysed$", "yzed"), (r"our$", "or"),
    (r"ours$", "ors"), (r"ence$", "ense"), (r"tre$", "ter"), (r"tres$", "ters"),
    (r"elled$", "eled"), (r"elling$", "eling"), (r"ogue$", "og"), (r"amme$", "am")]]


@functools.lru_cache(maxsize=1)
def _spellchecker():
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


@functools.lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    """True for an English word, in US or British spelling, with its usual endings (remembered:
    the same words come back in every article)."""
    if "-" in word:
        return all(not part or _known(part) for part in word.split("-"))
    spell = _spellchecker()
    if word in spell:
        return True
    variants = {word}
    for ending in ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "ment", "ments",
                   "ful", "able", "hood", "ite", "ites"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            variants.update({stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem})
    for variant in list(variants):
        for pattern, replacement in _BRITISH:
            variants.add(pattern.sub(replacement, variant))
        variants.add(variant.replace("our", "or"))
    return any(variant in spell for variant in variants)


def check_spelling(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Words that are not English, or a rare word one letter away from a word the article
    uses ("ballon" beside "balloon"). Names, capitalised words and words the article uses
    twice are left alone: the article establishes them."""
    spell = _spellchecker()
    text = article.text
    words = list(re.finditer(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z](?![\w’'-])", text))
    counts: dict[str, int] = {}
    for match in re.finditer(r"[A-Za-z][\w’'-]*", text):
        counts[match.group(0).lower()] = counts.get(match.group(0).lower(), 0) + 1
    vocabulary = set(counts)
    findings = []
    for match in words:
        word = match.group(0).replace("’", "'")
        if len(word) < 4 or counts.get(match.group(0).lower(), 0) > 1 or "'" in word:
            continue
        suggestion = None
        if not _known(word):
            candidate = spell.correction(word)
            if candidate and candidate != word and (spell.word_usage_frequency(candidate) >= 5e-7
                                                    or candidate in vocabulary):
                suggestion = candidate
        elif spell.word_usage_frequency(word) < 1e-7:
            neighbours = [w for w in spell.edit_distance_1(word) if w in vocabulary and
                          spell.word_usage_frequency(w) > 100 * spell.word_usage_frequency(word)]
            if neighbours:
                suggestion = max(neighbours, key=spell.word_usage_frequency)
        if suggestion:
            findings.append(_finding(
                article, match.start(), match.end(), "spelling",
                f"“{match.group(0)}” looks like a typo. Did the writer mean “{suggestion}”?",
                suggestion, "a word missing from the English word list, or a rare word one "
                "letter away from a common one", "error"))
    return findings


def check_inconsistent_terms(article: Article, quotes: list[Quote]) -> list[Finding]:
    """The same thing named two ways: "spy ball" beside "spy balloon", a name spelled twice
    differently, "secretary-of-state" beside "Secretary of State"."""
    text = article.text
    findings = []
    pairs = list(re.finditer(r"\b([A-Za-z][a-z]+)(?=[ \t\u00a0]([a-z]{3,})\b)", text))
    word_counts: dict[str, int] = {}
    for word in re.findall(r"[a-z]+", text.lower()):
        word_counts[word] = word_counts.get(word, 0) + 1
    by_first: dict[str, dict[str, list]] = {}
    for match in pairs:
        by_first.setdefault(match.group(1).lower(), {}).setdefault(match.group(2), []).append(match)
    for first, seconds in by_first.items():
        if first in _STOP:
            continue  # "the balloon", "the ball": nothing to say, however many words follow
        for short, long in _prefix_pairs(list(seconds)):
            short_matches, long_matches = seconds[short], seconds[long]
            if len(long) - len(short) < 2 or re.fullmatch(_DERIVED, long[len(short):]):
                continue
            if word_counts[short] >= word_counts[long]:
                continue
            for match in short_matches:
                findings.append(_finding(
                    article, match.start(2), match.end(2), "inconsistent-term",
                    f"Elsewhere the article says “{_pair_text(text, long_matches[0])}”; here it "
                    f"says “{_pair_text(text, match)}”. Is it the same thing? If so, use the "
                    "same words.",
                    long, "a shortened form of a term the article uses more often", "error",
                    [(long_matches[0].start(), long_matches[0].end(2))]))
    findings += _relabelled(article, quotes)
    findings += _organisation_renamed(article)
    findings += _hyphenated_variants(article)
    findings += _names_spelled_twice(article)
    return findings


def _prefix_pairs(words: list[str]) -> list[tuple[str, str]]:
    """Every (short, long) pair of different words where long starts with short, in the order
    of ``words`` (as a loop over all pairs would give them, without trying every pair)."""
    order = {word: n for n, word in enumerate(words)}
    ranked = sorted(words)
    pairs = []
    for n, short in enumerate(ranked):
        for long in itertools.takewhile(lambda w, short=short: w.startswith(short), ranked[n + 1:]):
            pairs.append((short, long))
    return sorted(pairs, key=lambda pair: (order[pair[0]], order[pair[1]]))


_DERIVED = r"s|es|ed|d|ing|er|ers|or|ors|lor|lors|ler|lers|r|rs|ist|ists|ian|ians|al|ally|ly|ship|ion|ions|ation|ations|ment|ments|ness|ity|ive|ic|ical|ism|ize|ise|ized|ised"


def _pair_text(text: str, match: re.Match) -> str:
    return text[match.start():match.end(2)].replace("\u00a0", " ")


_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "with", "his", "her",
         "their", "its", "this", "that", "is", "was", "be", "it", "he", "she", "they", "we"}


ORGANISATION_TYPES = {"united", "rovers", "city", "athletic", "town", "wanderers", "fc",
                      "association", "alliance", "society", "union", "league", "federation",
                      "trust", "foundation", "institute", "group", "partners", "council",
                      "committee", "club", "party", "network", "coalition", "campaign"}


def _organisation_renamed(article: Article) -> list[Finding]:
    """'Holtmere Residents’ Association' and later 'Holtmere Residents’ Alliance': one
    organisation whose name changes its last word."""
    pattern = r"\b((?:[A-Z][\w’'-]+ ){1,3})([A-Z][a-z]+)\b"
    names = [m for m in re.finditer(pattern, article.text) if m.group(2).lower() in ORGANISATION_TYPES]
    uses = Counter(m.group(0) for m in names)
    first_seen: dict[str, re.Match] = {}
    findings = []
    for match in names:
        stem, last = match.group(1), match.group(2)
        earlier = first_seen.get(stem)
        if earlier is None:
            first_seen[stem] = match
        elif earlier.group(2) != last and uses[match.group(0)] == 1 and uses[earlier.group(0)] >= 2:
            findings.append(_finding(
                article, match.start(2), match.end(2), "inconsistent-term",
                f"Earlier the article says “{earlier.group(0)}”; here “{match.group(0)}”. Is it "
                "the same organisation? A name should be given the same way every time.",
                earlier.group(2), "an organisation's name given two ways", "warning",
                [(earlier.start(), earlier.end())]))
    return findings


def _relabelled(article: Article, quotes: list[Quote]) -> list[Finding]:
    """'the weather balloon' for what the article called a 'spy balloon': one thing given two
    labels in the writer's own voice, as if it were settled which one is right."""
    first_label: dict[str, object] = {}
    labels_of: dict[str, set] = {}
    bare: Counter = Counter()
    for token in article.doc:
        if token.pos_ == "NOUN" and token.tag_ == "NN":
            compounds = [c.lemma_.lower() for c in token.children if c.dep_ == "compound"]
            labels_of.setdefault(token.lemma_.lower(), set()).update(compounds)
            if not compounds and any(c.lower_ == "the" for c in token.children):
                bare[token.lemma_.lower()] += 1
    findings = []
    quoted = _direct_quotes(quotes)
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
        elif earlier.lemma_.lower() != label.lemma_.lower() and definite:
            findings.append(_finding(
                article, label.idx, token.idx + len(token.text), "inconsistent-term",
                f"Earlier the article calls it a “{earlier.text} {earlier.head.text}”; here it "
                f"is “the {label.text} {token.text}”. Are these the same thing? If so, the new "
                "label quietly takes a side.",
                f"{earlier.text} {token.text}", "one thing given two different labels",
                "warning", [(earlier.idx, earlier.head.idx + len(earlier.head.text))]))
    return findings


def _hyphenated_variants(article: Article) -> list[Finding]:
    findings = []
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
            findings.append(_finding(
                article, match.start(), match.end(), "inconsistent-term",
                f"“{match.group(0)}” is written with hyphens here, but as “{other.group(0)}” "
                "elsewhere. Pick one way and use it everywhere.",
                other.group(0), "a hyphenated form of a term written without hyphens elsewhere",
                "warning", [(other.start(), other.end())]))
    return findings


def _names_spelled_twice(article: Article) -> list[Finding]:
    """Two proper names one or two letters apart ("Krishnamoorthi", "Krishnamurthi")."""
    spell = _spellchecker()
    names: dict[str, list[re.Match]] = {}
    for match in re.finditer(r"\b[A-Z][a-z]{4,}\b", article.text):
        if match.group(0).lower() not in spell:  # names, not ordinary words in capitals
            names.setdefault(match.group(0), []).append(match)
    findings = []
    spelled = sorted(names, key=lambda name: -len(names[name]))
    for i, common in enumerate(spelled):
        for rare in spelled[i + 1:]:
            if len(names[rare]) >= len(names[common]) or rare[0] != common[0]:
                continue
            if rare.rstrip("s") == common.rstrip("s") or abs(len(rare) - len(common)) > 2:
                continue
            ratio = difflib.SequenceMatcher(None, rare, common).ratio()
            if ratio >= 0.85 and len(names[common]) >= 2 and min(len(rare), len(common)) >= 6:
                for match in names[rare]:
                    findings.append(_finding(
                        article, match.start(), match.end(), "inconsistent-term",
                        f"“{rare}” is spelled “{common}” elsewhere in the article. Which is "
                        "right? A name should be spelled the same way every time.",
                        common, "a name spelled two ways", "error",
                        [(names[common][0].start(), names[common][0].end())]))
    return findings


# -- things that cannot all be true ------------------------------------------------------------

SELF_HARM = {"contain", "undermine", "block", "weaken", "hurt", "damage", "sabotage", "curb",
             "restrict", "attack", "oppose", "harm", "threaten", "limit", "suppress"}


def check_self_contradictions(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Things that cannot be true as written: a country's embassy in its own capital, an
    actor working against its own interests, the same figure given two ways."""
    return _embassy_at_home(article) + _acting_against_itself(article) + _figures_two_ways(article)


def _figures_two_ways(article: Article) -> list[Finding]:
    """'£14.2 million' here and '£12.4 million' there (the same digits swapped), or a
    'six-week study' that is elsewhere a 'three-month study'."""
    text = article.text
    findings = []
    amounts: dict[tuple, re.Match] = {}
    for match in re.finditer(r"([£$€])\s?(\d+(?:\.\d+)?)\s?(million|billion|bn|m)?\b", text):
        digits = "".join(sorted(match.group(2).replace(".", "")))
        key = (match.group(1), match.group(3) or "", digits, len(match.group(2)))
        earlier = amounts.get(key)
        if earlier is not None and earlier.group(2) != match.group(2):
            findings.append(_finding(
                article, match.start(), match.end(), "self-contradiction",
                f"Here it is {match.group(0)}, but earlier {earlier.group(0)}: the same digits in "
                "another order. Which figure is right?", None,
                "the same figure given two ways (swapped digits)", "warning",
                [(earlier.start(), earlier.end())]))
        amounts.setdefault(key, match)
    durations: dict[str, re.Match] = {}
    pattern = r"\b([\w]+)-(day|week|month|year|hour|minute)(?:-long)? ([a-z]+)\b"
    for match in re.finditer(pattern, text):
        noun = match.group(3)
        earlier = durations.get(noun)
        if earlier is not None and (earlier.group(1), earlier.group(2)) != (match.group(1), match.group(2)) \
                and _the_only(text, noun):
            findings.append(_finding(
                article, match.start(), match.end(), "self-contradiction",
                f"Here it is a “{match.group(0)}”, but earlier a “{earlier.group(0)}”. If it is "
                "the same thing, both cannot be right.", None,
                "the same thing given two different lengths", "warning",
                [(earlier.start(), earlier.end())]))
        durations.setdefault(noun, match)
    return findings


def _the_only(text: str, noun: str) -> bool:
    """True when the article speaks of one such thing: 'the study', never 'two studies'."""
    return bool(re.search(rf"\b(?:the|this|their|its|our) {noun}\b", text)) and \
        not re.search(rf"\b{noun}s\b", text)


def _embassy_at_home(article: Article) -> list[Finding]:
    from medialit.people import country_in, load_affiliation_tables

    countries = load_affiliation_tables()["countries"]
    capitals = {}
    for country in countries:
        for capital in [country.get("capital"), *country.get("capital_aliases", [])]:
            if capital:
                capitals.setdefault(capital, country["name"])
    findings = []
    pattern = (r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) [Ee]mbassy in "
               r"([A-Z][\w’'.-]+(?:\s(?:[A-Z][\w’'.-]+|la|of|de|del|do|es|el))*)")
    for match in re.finditer(pattern, article.text):
        owner = country_in(match.group(1), countries)
        words = []
        for word in match.group(2).split():
            words.append(word.rstrip("."))
            if word.endswith("."):
                break  # the sentence ends here
        city = next((capitals[" ".join(words[:n])] for n in range(len(words), 0, -1)
                     if " ".join(words[:n]) in capitals), None)
        if owner and owner == city:
            findings.append(_finding(
                article, match.start(), match.end(), "self-contradiction",
                f"A country keeps its embassies in other countries' capitals, so there is no "
                f"{match.group(1)} embassy in {match.group(2)}, its own capital. Where did the "
                "meeting really take place? Check another report.",
                None, "a country's embassy placed in its own capital (countries table)", "error"))
    return findings


def _acting_against_itself(article: Article) -> list[Finding]:
    findings = []
    for token in article.doc:
        if token.lemma_.lower() not in SELF_HARM or token.pos_ != "VERB":
            continue
        owners = [c for obj in token.children if obj.dep_ == "dobj"
                  for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not owners:
            continue
        actor = _actor_of(token)
        owner = owners[0]
        if actor is not None and actor.lower_ == owner.lower_:
            start = owner.idx
            end = owner.head.idx + len(owner.head.text)
            findings.append(_finding(
                article, start, end, "self-contradiction",
                f"As written, {owner.text} is the one trying to {token.lemma_} "
                f"{article.text[start:end]}: it would be working against itself. The sentence "
                "has probably mixed up who is doing what to whom.",
                None, "an actor acting against its own interests", "error",
                [(actor.idx, actor.idx + len(actor.text))]))
    return findings


def _actor_of(verb):
    """Who does ``verb``: its subject, climbing 'trying to' and replacing 'it' by the
    thing accused ("accuses Washington that it is trying to …" → Washington)."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "PRON":
                clause_head = token
                while clause_head.dep_ not in ("ccomp", "ROOT") and clause_head.head is not clause_head:
                    clause_head = clause_head.head
                accuser = clause_head.head
                objects = [c for c in accuser.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                return objects[0] if objects else None
            return subject
        if token.dep_ in ("xcomp", "conj") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def check_misplaced_modifiers(article: Article, quotes: list[Quote]) -> list[Finding]:
    """A description of a person hung on a place: "met Wang Yi in Vienna, China’s
    highest-ranking foreign policy official" reads as if Vienna were the official."""
    from medialit.lexicons import load_source_words

    people = load_source_words()["people"]
    findings = []
    for token in article.doc:
        if token.dep_ != "appos" or token.lemma_.lower() not in people:
            continue
        place = token.head
        if place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj":
            continue
        person = next((e for e in reversed(article.entities) if e.label_ == "PERSON" and
                       e.end <= place.i and e.sent == place.sent), None)
        start = place.idx
        end = token.right_edge.idx + len(token.right_edge.text)
        description = article.text[token.left_edge.idx:end]
        suggestion = None
        if person is not None:
            suggestion = f"{person.text}, {description}, {place.head.text} {place.text}"
        findings.append(_finding(
            article, start, end, "misplaced-modifier",
            f"Read literally, this says {place.text} is “{description}”. A place cannot be a "
            "person: the description should stand right next to the person it describes.",
            suggestion, "a description of a person placed after a place name", "warning"))
    return findings


# -- how words are used ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _usage() -> dict:
    import json

    return json.loads((DATA_DIR / "usage.json").read_text(encoding="utf-8"))


def check_word_use(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Words used the wrong way: doubt words on facts, 'refusal of condemning', 'accuses X
    that', 'to crackdown on', 'at the same.', 'Hiroshima Japan', a date that is never given,
    'was not clear if he will'."""
    return (_doubt_words(article, quotes) + _wrong_complements(article) +
            _compounds_as_verbs(article) + _unfinished_phrases(article) +
            _place_without_comma(article) + _undated(article) + _tense_shift(article) +
            _brackets_outside_quotes(article, quotes))


def _direct_quotes(quotes: list[Quote]) -> _Stretches:
    """Where the direct quotes stand, to ask whether an offset is inside one."""
    return _Stretches((q.start, q.end) for q in quotes if q.kind == "direct")


def _doubt_words(article: Article, quotes: list[Quote]) -> list[Finding]:
    words = set(_usage()["doubt_words"]["words"])
    findings = []
    quoted = _direct_quotes(quotes)
    for match in re.finditer(r"[A-Za-z-]+", article.text):
        if match.group(0).lower() in words and not quoted.holds(match.start()) and \
                not re.match(r"\s+to\b", article.text[match.end():match.end() + 4]):
            findings.append(_finding(
                article, match.start(), match.end(), "other",
                f"“{match.group(0)}” casts doubt on what follows. Is it really in doubt, or does "
                "the article itself treat it as a fact elsewhere? Doubt words can slant a story.",
                None, "a word that casts doubt on a fact (doubt_words in usage.json)", "warning"))
    for quote in quotes:
        verb = None if quote.cue_lemma is None else _doubt_verbs().get(quote.cue_lemma)
        if verb and quote.cue_start is not None and quote.kind == "indirect":
            findings.append(_finding(
                article, quote.cue_start, quote.cue_end, "other",
                f"“{quote.cue}” is not a neutral word like “said”: it {verb}. Is the writer "
                "taking sides?", "said", "a reporting verb that casts doubt", "note"))
    return findings


@functools.lru_cache(maxsize=1)
def _doubt_verbs() -> dict[str, str]:
    from medialit.lexicons import load_reporting_verbs

    return {lemma: verb.suggests for lemma, verb in load_reporting_verbs().items()
            if verb.suggests and "doubt" in verb.suggests}


def _wrong_complements(article: Article) -> list[Finding]:
    usage = _usage()
    nouns = "|".join(usage["noun_then_infinitive"]["words"])
    findings = []
    for match in re.finditer(rf"\b((?i:{nouns})) of ([a-z]+ing)\b", article.text):
        verb = match.group(2)[:-3]
        findings.append(_finding(
            article, match.start(), match.end(), "other",
            f"We say “{match.group(1)} to …”, not “{match.group(1)} of …-ing”.",
            f"{match.group(1)} to {verb}…", "a noun that takes 'to' + verb", "warning"))
    verbs = set(usage["verb_then_of"]["words"])
    for token in article.doc:
        if token.lemma_.lower() in verbs and any(
                c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in token.children):
            clause = next(c for c in token.children if c.dep_ == "ccomp")
            end = clause.idx + len(clause.text)
            findings.append(_finding(
                article, token.idx, end, "other",
                f"We {token.lemma_} someone “of” doing something, not “that” they do it. As "
                "written, the sentence is hard to follow and may say the opposite of what it means.",
                f"{token.text} … of …-ing", f"'{token.lemma_}' followed by 'that'", "warning"))
    return findings


def _compounds_as_verbs(article: Article) -> list[Finding]:
    compounds = _usage()["closed_compounds"]["words"]
    pattern = rf"\b(?:to|will|would|can|could|should|must|might|may|and|or|not)\s+({'|'.join(compounds)})\b(?=\s+(?:on|in|over|out|with|against|for|down|up)\b)"
    findings = []
    for match in re.finditer(pattern, article.text, re.I):
        word = match.group(1)
        token = article.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        before = match.group(0).split()[0].lower()
        token = token[0] if token is not None else None
        used_as_verb = token is not None and (
            token.pos_ == "VERB" or before not in ("to", "and", "or") or
            (token.dep_ == "conj" and token.head.pos_ == "VERB"))
        if not used_as_verb:
            continue
        findings.append(_finding(
            article, match.start(1), match.end(1), "spelling",
            f"“{word}” as one word is a noun (a {word}). Used as a verb it is two words: "
            f"“{compounds[word.lower()]}”.", compounds[word.lower()],
            "a one-word noun used as a verb", "warning"))
    return findings


def _unfinished_phrases(article: Article) -> list[Finding]:
    findings = []
    for rule in _usage()["unfinished_phrases"]["phrases"]:
        for match in re.finditer(rule["pattern"], article.text, re.I):
            findings.append(_finding(
                article, match.start(), match.end(), "other",
                f"“{match.group(0)}” looks unfinished: a word is missing. The phrase is "
                f"“{rule['phrase']}”.", rule["phrase"], "a fixed phrase missing its last word",
                "error"))
    return findings


def _place_without_comma(article: Article) -> list[Finding]:
    from medialit.people import load_affiliation_tables

    countries = [c["name"] for c in load_affiliation_tables()["countries"]]
    directions = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                  "Central", "New", "Upper", "Lower", "Greater", "Republic", "Democratic"}
    pattern = rf"\b([A-Z][a-z]+)[ \u00a0]({'|'.join(re.escape(c) for c in countries)})\b"
    findings = []
    for match in re.finditer(pattern, article.text):
        place = article.doc.char_span(match.start(1), match.end(1))
        if any(c.endswith(f"{match.group(1)} {match.group(2)}") for c in countries):
            continue  # "Equatorial Guinea" is one name
        if match.group(1) in directions or match.group(1) in countries or place is None or \
                place[0].ent_type_ not in ("GPE", "LOC") or place[0].pos_ != "PROPN":
            continue
        findings.append(_finding(
            article, match.start(), match.end(), "other",
            f"A place and its country are separated by a comma: “{match.group(1)}, "
            f"{match.group(2)}”.", f"{match.group(1)}, {match.group(2)}",
            "a city followed by its country with no comma", "warning"))
    return findings


_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? "
                   r"\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2} (?:January|February|March|April|"
                   r"May|June|July|August|September|October|November|December) \d{4}\b|"
                   r"\b\d{4}-\d{2}-\d{2}\b")


def _undated(article: Article) -> list[Finding]:
    if _DATE.search(article.text):
        return []
    match = re.search(_usage()["relative_dates"]["pattern"], article.text)
    if not match:
        return []
    return [_finding(
        article, match.start(), match.end(), "other",
        f"The article says “{match.group(0)}” but never gives its own date. Which "
        f"{_day_word(match.group(0))}? A reader next month cannot tell.",
        None, "a day named without a date anywhere in the article", "note")]


def _day_word(phrase: str) -> str:
    last = phrase.split()[-1]
    return last if last[:1].isupper() and last.lower() not in ("today", "yesterday") else \
        {"today": "day", "yesterday": "day"}.get(last.lower(), last.lower())


def _tense_shift(article: Article) -> list[Finding]:
    findings = []
    for match in re.finditer(r"\b(?:was|were|had|did)\b[^.;?!]{0,40}?\b(?:if|whether)\b[^.;?!]{0,30}?\b(will)\b",
                             article.text):
        findings.append(_finding(
            article, match.start(1), match.end(1), "other",
            "The sentence starts in the past and jumps to the future: after “was … if” we "
            "write “would”.", "would", "'will' after a past-tense 'if' or 'whether'", "warning"))
    return findings


def _brackets_outside_quotes(article: Article, quotes: list[Quote]) -> list[Finding]:
    findings = []
    quoted = _direct_quotes(quotes)
    for match in re.finditer(r"\[[^\]\n]{2,}\]", article.text):
        if not quoted.holds(match.start()):
            findings.append(_finding(
                article, match.start(), match.end(), "other",
                "Square brackets belong inside quotations, to mark words the writer added. "
                "Here they stand in the writer's own sentence: left over from a quote that was "
                "rewritten?", None, "square brackets outside a quotation", "note"))
    return findings


def check_spelling_system(article: Article, quotes: list[Quote]) -> list[Finding]:
    """An article that mixes American and British spelling ("rumored" but "criticised")."""
    systems = _usage()["spelling_systems"]
    spell = _spellchecker()
    american, british = [], []
    for match in re.finditer(r"\b[a-z]{4,}\b", article.text):
        word = match.group(0)
        if word in systems["american_words"] or (re.search(r"iz(e|ed|es|ing|ation|ations)$", word)
                                                 and word in spell and len(word) > 6):
            american.append(match)
        elif word in systems["british_words"] or (word not in spell and any(
                pattern.sub(replacement, word) in spell for pattern, replacement in _BRITISH
                if pattern.search(word))):
            british.append(match)
    if not american or not british or len(american) == len(british):
        return []
    minority, system = (british, "American") if len(american) > len(british) else (american, "British")
    return [_finding(
        article, match.start(), match.end(), "spelling",
        f"The article uses {system} spelling elsewhere, but “{match.group(0)}” is spelled "
        f"the {'British' if system == 'American' else 'American'} way. Pick one and keep to it.",
        None, "American and British spelling mixed in one article", "warning")
        for match in minority]


def check_unclear_references(article: Article, quotes: list[Quote]) -> list[Finding]:
    """'The latter' in a sentence that names many things; 'their' with two groups it could
    mean; 'between Biden in Bali and Xi' (the place stuck to one person)."""
    findings = []
    doc = article.doc
    for match in re.finditer(r"\bthe (latter|former)(?:’s|'s)?", article.text, re.I):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and \
                not match.group(0).endswith(("’s", "'s")):
            continue  # "the former minister": an adjective, not a pointer
        named = _names_before(article, span.sent, span.start)
        if len(named) >= 3:
            findings.append(_finding(
                article, match.start(), match.end(), "ambiguous-pronoun",
                f"“The {match.group(1)}” means one of two things, but this sentence names "
                f"{len(named)}: {', '.join(named)}. Which one is meant?", None,
                "'the latter' or 'the former' after more than two names", "warning"))
    for token in doc:
        if token.lower_ != "their" or not any(t.lower_ == "they" for t in token.sent if t.i < token.i):
            continue
        named = _names_before(article, token.sent, token.i, labels=("ORG", "GPE", "NORP"))
        if len(named) >= 2:
            findings.append(_finding(
                article, token.idx, token.idx + len(token.text), "ambiguous-pronoun",
                f"Whose? “Their” could point to {' or '.join(named[-2:])}. The reader has to "
                "guess.", None, "'their' with two groups it could mean", "warning"))
    for match in re.finditer(r"\bbetween ((?:[A-Z][\w.’']*\s+)*[A-Z][\w.’']*) (in [A-Z][\w-]+) and ",
                             article.text):
        findings.append(_finding(
            article, match.start(2), match.end(2), "misplaced-modifier",
            f"“{match.group(2)}” is stuck to {match.group(1)} only, as if the other person were "
            "somewhere else. Put the place after both people.", None,
            "a place attached to the first of two people after 'between'", "warning"))
    return findings


def _names_before(article: Article, sentence, before: int,
                  labels=("PERSON", "ORG", "GPE", "NORP")) -> list[str]:
    names = []
    for ent in article.entities_within(sentence):
        if ent.label_ in labels and ent.end <= before:
            name = re.sub(r"(’s|'s)$", "", ent.text)
            if name not in names:
                names.append(name)
    return names


_EVENT_GROUPS = [{"trip", "visit", "journey", "tour", "flight"}, {"meeting", "talks", "summit"},
                 {"vote", "ballot"}, {"match", "game"}, {"offer", "deal", "proposal", "plan", "bill"}]


def check_event_contradictions(article: Article, quotes: list[Quote]) -> list[Finding]:
    """One event told two incompatible ways: a trip both 'canceled' and 'postponed'; a 'visit
    to China' that elsewhere is a 'trip from China'."""
    usage = _usage()["contradicting_verbs"]
    doc = article.doc
    done: dict[int, list] = {}
    # without the model's parser (the rule-based fallback) no word has an object, and spaCy
    # can crash when asked for the children of words it never parsed
    for token in doc if doc.has_annotation("DEP") else ():
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        for obj in objects:
            for number, group in enumerate(_EVENT_GROUPS):
                if obj.lemma_.lower() in group:
                    done.setdefault(number, []).append(token)
    findings = []
    for verbs in done.values():
        lemmas = {token.lemma_.lower() for token in verbs}
        for first, second in usage["pairs"]:
            if first in lemmas and second in lemmas:
                one = next(t for t in verbs if t.lemma_.lower() == first)
                other = next(t for t in verbs if t.lemma_.lower() == second)
                findings.append(_finding(
                    article, one.idx, one.idx + len(one.text), "inconsistent-term",
                    f"Here it was “{one.text}”, but in {_where(article, other.idx)} it was "
                    f"“{other.text}”. Both cannot be true of the same event: which is it?",
                    None, "one event described with two incompatible verbs", "warning",
                    [(other.idx, other.idx + len(other.text))]))
    text = article.text
    for match in re.finditer(r"\b(?:trip|visit|journey|flight)s?\s+from\s+([A-Z][\w-]+)", text):
        place = match.group(1)
        to = re.search(rf"\b(?:trip|visit|journey|flight)s?\s+to\s+{re.escape(place)}\b", text)
        if to:
            start = match.group(0).rfind("from") + match.start()
            findings.append(_finding(
                article, start, start + 4, "self-contradiction",
                f"Elsewhere the article speaks of a trip to {place}; here it is a trip from "
                f"{place}. Which way was the traveller going?", "to",
                "a trip 'from' a place the article elsewhere travels 'to'", "warning",
                [(to.start(), to.end())]))
    return findings


CHECKS = [check_unbalanced_quotes, check_quote_integrity, check_missing_attribution,
          check_sourcing, check_ambiguous_pronouns, check_role_conflicts, check_spelling,
          check_inconsistent_terms, check_self_contradictions, check_misplaced_modifiers,
          check_word_use, check_spelling_system, check_unclear_references,
          check_event_contradictions]


def run_checks(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Every check on one article, sorted by position."""
    findings = [finding for check in CHECKS for finding in check(article, quotes)]
    return sorted(findings, key=lambda finding: (finding.start, finding.kind))

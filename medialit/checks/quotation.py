"""Quotation marks and quotes: marks that never close, quotes changed by the writer.

Brackets and ellipses inside a quote are notes, not errors: they are allowed, but a reader
should ask what was added or cut.
"""
from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes, where
from medialit.lexicons import reporting_verb_forms
from medialit.marks import MarkProblem, pair_marks, provable_problems
from medialit.model import Quote
from medialit.quotes import quote_problems, speech_quotes


@rule("quotes.unclosed", "unbalanced-quote", "error",
      "an opening quotation mark with no closing mark in its paragraph")
def unclosed_marks(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for problem in _certain_problems(article):
        if problem.problem != "never-closed":
            continue
        wrong = _closed_with_other_mark(article, problem)
        if wrong is not None:
            yield Spot(wrong, wrong + 1,
                       f"This quote opens with {problem.mark} but ends with "
                       f"{article.text[wrong]}: the two marks do not match, so the "
                       f"{problem.mark} is never closed.", CLOSING[problem.mark],
                       ((problem.at, problem.at + 1),))
        else:
            yield Spot(problem.at, problem.at + 1,
                       f"This {problem.mark} opens a quote that is never closed, so a reader "
                       "cannot tell where the speaker's words end.")
    for span, reporter in _reporter_inside(article):
        yield Spot(span.open_at, span.open_at + 1,
                   f"This {span.open_mark} opens a quote in the middle of a sentence, but it is "
                   f"never closed. The words “{reporter}” after it are the reporter's, not the "
                   "speaker's: where should the quote end?", None)
    for span, speaker, other in _run_on_to_another(article, quotes):
        yield Spot(span.open_at, span.open_at + 1,
                   f"This {span.open_mark} opens {speaker}'s words, which are never closed. "
                   "A quote may run on into the next paragraph, but the next paragraph's "
                   f"quote is {other}'s: the closing mark is missing.")


CLOSING = {"“": "”", "‘": "’", '"': '"', "'": "'"}
# a mark of the other family just after a quote's last punctuation and before a space: it
# closes a quote (an apostrophe never follows a comma or a full stop)
OTHER_CLOSE = {"“": re.compile(r"[,.!?]([’'])(?=\s)"), '"': re.compile(r"[,.!?]([’'])(?=\s)"),
               "‘": re.compile(r"[,.!?]([”\"])(?=\s)"), "'": re.compile(r"[,.!?]([”\"])(?=\s)")}


def _closed_with_other_mark(article: Article, problem: MarkProblem) -> int | None:
    """Where a quote that is never closed ends with a closing mark of the other kind
    ('“We have taken every pack off our shelves,’ said Mr Everett.'): the first such mark
    before the paragraph ends or another quote opens, or None."""
    pattern = OTHER_CLOSE.get(problem.mark)
    if pattern is None:
        return None
    paragraph = article.paragraphs[article.paragraph_index(problem.at)]
    end = paragraph.end
    reopen = article.text.find(problem.mark, problem.at + 1, end)
    if reopen != -1 and problem.mark in "“‘":
        end = reopen
    match = pattern.search(article.text, problem.at + 1, end)
    if match is None or _closes_its_own(article.text, paragraph.start, match.start(1)):
        return None
    return match.start(1)


def _closes_its_own(text: str, start: int, at: int) -> bool:
    """True when the mark at ``at`` closes a quote of its own kind opened earlier in the
    paragraph: the outer quote around a quote within a quote ('"My dad used to say, \'Nobody
    is coming, and I believed him," she said.'), or the inner one ('"He told us, \'It is
    safe.\' Now it is gone.'). Then the mark is right, and the other quote is the one never
    closed."""
    double = text[at] in "”\""
    before = text[start:at]
    opening = r"“" if double else r"‘"
    straight = '"' if double else "'"
    opened = len(re.findall(opening, before)) + \
        len(re.findall(rf"(?:^|(?<=[\s(—–]))[{straight}](?=\w)", before))
    closed = len(re.findall("”" if double else r"’(?=[\s,.;:!?]|$)", before)) + \
        len(re.findall(rf"(?<=[\w,.!?])[{straight}](?=[\s,.;:!?]|$)", before))
    return opened > closed


# the reporter's own words about the speaker: 'and said she', 'but promised', ', adding that',
# 'she said', 'said he' (the verb is read against the reporting verbs' forms)
REPORTER = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:he|she|they)\s+)?(?P<joined>[a-z]+)\b|"
                      r"\b(?:he|she|they)\s+(?P<after>[a-z]+)\b|"
                      r"\b(?P<before>said)\s+(?:he|she|they)\b|"
                      r",\s+(?P<aside>[a-z]+ing)\b")
PAST_IRREGULAR = frozenset({"said", "told", "wrote", "spoke", "gave", "made", "took", "felt",
                            "thought", "swore", "sought", "put"})
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|me|my|mine|we|we’re|we're|us|our|ours)\b")


def _reporter_inside(article: Article):
    """Quotes opened in the middle of a sentence ('She called the prices ‘madness for a
    shed, and said she …') and never closed, which the pairing reads as running on because
    the next paragraph opens with a quote: a quote runs on only when the speaker's words run
    to the paragraph's end, and these go on in the reporter's voice ('and said she', ',
    adding that', 'he said'), with no 'I', 'we' or 'us' anywhere in them. Each such opening
    mark, with the reporter's words."""
    spans = pair_marks(article.text, article.paragraphs)[0]
    for span in spans:
        if not span.runs_on or span.continues:
            continue
        before = article.text[:span.open_at].rsplit("\n", 1)[-1]
        if not re.search(r"[A-Za-z]\s+$", before):
            continue  # a quote that opens a sentence, or follows 'said,' or ':', may run on
        reporter = next((m for m in REPORTER.finditer(article.text, span.open_at, span.end)
                         if _reports(m)), None)
        if reporter is None or FIRST_PERSON.search(article.text, span.open_at, span.end):
            continue
        words = re.match(r"[ \w’'-]*", article.text[reporter.start():span.end].lstrip(" ,"))
        yield span, " ".join(words.group(0).split()[:5])


def _reports(match: re.Match) -> bool:
    """True when the verb a ``REPORTER`` match found is a reporting verb in the past ('said',
    'promised') or, after a comma, in -ing ('adding')."""
    forms = reporting_verb_forms()
    verb = next(word for word in match.groups() if word)
    if match.group("aside"):
        return verb in forms
    return verb in forms and (verb.endswith("ed") or verb in PAST_IRREGULAR)


def _run_on_to_another(article: Article, quotes: list[Quote]):
    """Quotes left open at a paragraph's end as if they ran on into the next one, where the
    next paragraph's quote is given to somebody else ('…, said Tom Ellery'): a quote runs
    on only when the same person goes on speaking, so the first was never closed."""
    spoken = [q for q in speech_quotes(quotes) if q.speaker_kind == "named" and q.speaker]
    spans = pair_marks(article.text, article.paragraphs)[0]
    closed = {s.open_at for s in spans if s.close_mark is not None}
    for span in spans:
        if not span.runs_on or not article.text[:span.open_at].rsplit("\n", 1)[-1].strip():
            continue  # a quote that opens its paragraph (a transcript's turns) may run on
        number = article.paragraph_index(span.open_at)
        if number + 1 >= len(article.paragraphs):
            continue
        following = article.paragraphs[number + 1]
        # who speaks in the paragraph before the quote opens ('Okoro said. “We know …'): the
        # quote engine may give the open quote to the next paragraph's speaker
        opening = article.paragraphs[number].start
        first = next((q for q in reversed(spoken) if q.speaker_start is not None and
                      opening <= q.speaker_start < span.open_at), None)
        later = next((q for q in spoken if following.start <= q.start < following.end and
                      q.speaker_start is not None and q.cue is not None and
                      following.start <= q.speaker_start < following.end), None)
        if first is not None and later is not None and later.start <= following.start + 2 and \
                following.start in closed and \
                first.speaker != later.speaker and \
                later.speaker.split()[-1] not in first.speaker.split():
            yield span, first.speaker, later.speaker


@rule("quotes.unopened", "unbalanced-quote", "error",
      "a closing quotation mark with no opening mark before it")
def unopened_marks(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for problem in _certain_problems(article):
        if problem.problem != "never-closed" and not _starts_paragraph(article, problem.at):
            yield Spot(problem.at, problem.at + 1,
                       f"This {problem.mark} closes a quote that was never opened.")


@rule("quotes.wrong-way", "unbalanced-quote", "warning",
      "a closing quotation mark where a quote opens (typed the wrong way round)")
def marks_the_wrong_way(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'” … he delivered a mix of charm,” she wrote': the quote can still be read, so this is a
    warning; the opening mark should be “."""
    for problem in _certain_problems(article):
        if problem.problem != "never-closed" and _starts_paragraph(article, problem.at):
            yield Spot(problem.at, problem.at + 1,
                       f"This {problem.mark} stands where a quote opens, but it is a closing "
                       "mark: it is typed the wrong way round.")
    for opener, wrong in _opening_marks_that_close(article):
        words = " ".join(article.text[opener + 1:wrong].split()[-3:])
        yield Spot(opener, opener + 1,
                   f"This {article.text[opener]} opens a quote, but the mark after “{words}” is "
                   f"another {article.text[wrong]} turned the wrong way, not a closing mark "
                   f"({CLOSING[article.text[wrong]]}). So nothing closes the quote: where do "
                   "the speaker's words end?", None, ((wrong, wrong + 1),))
    for match in CLOSING_AT_THE_START.finditer(article.text):
        yield Spot(match.start(), match.start() + 1,
                   "This ” stands where a quote opens, but it is a closing mark: it is typed "
                   "the wrong way round. It should be “.", "“")


# an opening mark where a quote ends: after its last word or punctuation, before a space or
# the paragraph's end ('… within a year,“ said Ms Cole'); a single one only after punctuation
# (after a letter it may be a misprinted apostrophe, another slip)
OPENING_AT_THE_END = re.compile(r"(?<=[\w,.!?…])“(?=\s|$)|(?<=[,.!?…])‘(?=\s|$)", re.M)


# a closing double mark where a quote opens inside a paragraph: after a space, a bracket or a
# dash and before a word ('called it ”a disgrace”'); a single one there may be an apostrophe
# ('’til', '’90s'), and one at a paragraph's start is the rule's first case
CLOSING_AT_THE_START = re.compile(r"(?<=[ \t(—–])”(?=\w)")


def _opening_marks_that_close(article: Article) -> Iterator[tuple[int, int]]:
    """Each quote closed with an opening mark turned the wrong way: the offset of the quote's
    own opening mark (or of the wrong mark, when none opens before it in its paragraph) and of
    the wrong mark."""
    for paragraph in article.paragraphs:
        for match in OPENING_AT_THE_END.finditer(article.text, paragraph.start, paragraph.end):
            wrong = match.start()
            mark = article.text[wrong]
            before = article.text[paragraph.start:wrong]
            opener = next((paragraph.start + m.start() for m in reversed(list(
                re.finditer(rf"(?:^|(?<=[\s(—–]))[{mark}](?=\S)", before)))), None)
            if opener is not None and CLOSING[mark] in article.text[opener:wrong]:
                opener = None  # that quote is closed; this mark stands alone
            yield (wrong if opener is None else opener), wrong


def _starts_paragraph(article: Article, at: int) -> bool:
    return not article.text[:at].rsplit("\n", 1)[-1].strip()


def _certain_problems(article: Article) -> list[MarkProblem]:
    """The quotation marks that are certainly unpaired (an error must be near-certain)."""
    return provable_problems(article.text, article.paragraphs, quote_problems(article))


def _direct_speech(quotes: list[Quote]) -> list[Quote]:
    return [q for q in speech_quotes(quotes) if q.kind == "direct"]


@rule("quotes.brackets", "other", "note", "quote integrity: square brackets inside a quote")
def brackets_in_quotes(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in _direct_speech(quotes):
        for match in re.finditer(r"\[[^\]]+\]", quote.text):
            start = quote.start + match.start()
            yield Spot(start, start + len(match.group(0)),
                       f"The words {match.group(0)} are in square brackets: the writer added "
                       "them to the speaker's words, to explain them. Check that they do not "
                       "change the meaning.")


@rule("quotes.ellipsis", "other", "note", "quote integrity: an ellipsis inside a quote")
def ellipses_in_quotes(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for quote in _direct_speech(quotes):
        for match in re.finditer(r"(?:\.[\s\u00a0]*){3}|…", quote.text):
            start = quote.start + match.start()
            yield Spot(start, start + len(match.group(0).rstrip()),
                       "An ellipsis (…) inside a quote means words were left out. What might "
                       "the speaker have said in the gap, and could it change the meaning?")


@rule("quotes.given-two-ways", "other", "note", "quote integrity: the same quote given two ways")
def quotes_given_two_ways(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    for first, second in alike_quotes(_direct_speech(quotes)):
        yield Spot(second.start, second.end,
                   f"This quote appears earlier in {where(article, first.start)} with "
                   "different words. A quote must be given exactly as it was said.",
                   related=((first.start, first.end),))


def alike_quotes(quotes: list[Quote]) -> list[tuple[Quote, Quote]]:
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
    alike = _alike_texts(lowered)
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


def _alike_texts(lowered: dict[str, str]) -> dict[str, list[str]]:
    """For each text, the others whose length and letters allow a ratio of 0.8 or more."""
    letters = {text: Counter(lowered[text]) for text in lowered}
    by_length = sorted(lowered, key=lambda text: len(lowered[text]))
    alike: dict[str, list[str]] = {text: [] for text in lowered}
    for number, short in enumerate(by_length):
        for long in itertools.islice(by_length, number + 1, None):
            size = len(lowered[short]) + len(lowered[long])
            if 2.0 * len(lowered[short]) / size < 0.8:
                break  # the lengths alone are too far apart, and only grow further
            if 2.0 * sum((letters[short] & letters[long]).values()) / size >= 0.8:
                alike[short].append(long)
                alike[long].append(short)
    return alike


@rule("quotes.brackets-outside", "other", "note", "square brackets outside a quotation")
def brackets_outside_quotes(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    quoted = direct_quotes(quotes)
    for match in re.finditer(r"\[[^\]\n]{2,}\]", article.text):
        if not quoted.holds(match.start()):
            yield Spot(match.start(), match.end(),
                       "Square brackets belong inside quotations, to mark words the writer "
                       "added. Here they stand in the writer's own sentence: left over from a "
                       "quote that was rewritten?")

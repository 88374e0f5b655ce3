"""The clean article as the planters see it: parsed once, cut into sentences, with the words
inside quotation marks fenced off (altering what someone said is a different lesson).
"""
from __future__ import annotations

import bisect
import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from medialit.article import Article, Span, make_article
from medialit.lexicons import DATA_DIR
from medialit.marks import pair_marks

WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+(?![\w’'-])")


@functools.lru_cache(maxsize=1)
def load_hunt_words() -> dict:
    """The swaps the planters use (``medialit/data/hunt_words.json``)."""
    return json.loads((DATA_DIR / "hunt_words.json").read_text(encoding="utf-8"))


@dataclass
class Site:
    """A clean article ready for planting.

    ``quoted`` are the stretches from each opening quotation mark to its closing mark (or to
    the end of its paragraph when it never closes); ``memo`` keeps what the planters work out
    once (the candidates of each planter).
    """

    article: Article
    sentences: list[Span]
    quoted: list[tuple[int, int]]
    quotes: list
    memo: dict = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> int:
        """The number of the sentence holding ``offset`` (the nearest before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def reach(self, start: int, end: int) -> tuple[int, int]:
        """The whole sentences that the stretch ``start:end`` touches."""
        first = self.sentences[self.sentence_at(start)]
        last = self.sentences[self.sentence_at(max(start, end - 1))]
        return first.start, max(last.end, end)

    def paragraph_reach(self, offset: int) -> tuple[int, int]:
        paragraph = self.article.paragraphs[self.article.paragraph_index(offset)]
        return paragraph.start, paragraph.end

    def in_quote(self, start: int, end: int) -> bool:
        """True when the stretch touches a quotation, its marks included."""
        end = max(end, start + 1)
        return any(open_at < end and start < close_end for open_at, close_end in self.quoted)

    def place(self, offset: int) -> str:
        """Where an offset stands, in a reader's words: "the headline" or "paragraph 3"."""
        number = self.article.paragraph_index(offset)
        return "the headline" if number == 0 else f"paragraph {number}"

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    @functools.cached_property
    def words(self) -> dict[str, list[Span]]:
        """Every word outside quotation marks, by its lower-case form, in reading order."""
        found = defaultdict(list)
        for match in WORD.finditer(self.text):
            if not self.in_quote(match.start(), match.end()):
                found[match.group(0).lower()].append(self.span(match.start(), match.end()))
        return found

    @functools.cached_property
    def all_words(self) -> dict[str, list[Span]]:
        """Every word, quotations included, by its lower-case form."""
        found = defaultdict(list)
        for match in WORD.finditer(self.text):
            found[match.group(0).lower()].append(self.span(match.start(), match.end()))
        return found

    @functools.cached_property
    def tokens_by_text(self) -> dict[str, list]:
        """The tokens of the parse by their text, in reading order."""
        found = defaultdict(list)
        for token in self.article.doc:
            found[token.text].append(token)
        return found

    def bare_mentions(self, full_name: list[str]):
        """Tokens where a person is named by surname alone ("Kettle said"), outside quotation
        marks: not part of a longer name, nor followed by one."""
        doc = self.article.doc
        for token in self.tokens_by_text.get(full_name[-1], ()):
            if self.in_quote(token.idx, token.idx + len(token)):
                continue
            before = doc[token.i - 1] if token.i else None
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if before is not None and (before.text in full_name or before.text[:1].isupper() and
                                       before.is_alpha and not before.is_sent_start):
                continue
            if after is not None and after.text[:1].isupper() and after.is_alpha:
                continue
            yield token

    def apposition_place(self, token) -> tuple[int, str] | None:
        """Where ", …," can follow a name without breaking its sentence, and the comma that
        closes it: after the subject of a main verb ("Kettle, the union’s organiser, said",
        "Harrow, 51, would serve") or before a comma that opens a relative clause ("Harrow,
        51, who wore …": the closing comma is already there). None elsewhere: "the figures
        Nair, a doctor, cited" reads badly."""
        after = token.idx + len(token)
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is None or token.head.dep_ in ("relcl", "acl", "advcl", "pcomp", "parataxis"):
            return None
        if following.text == "," and token.i + 2 < len(token.doc) and \
                token.doc[token.i + 2].lower_ in ("who", "whose"):
            return after, ""
        helper = following.head.i == token.head.i and following.dep_ in ("aux", "auxpass", "neg")
        if token.dep_ not in ("nsubj", "nsubjpass") or self.text[after:after + 1] != " " or \
                not (following.i == token.head.i or helper):
            return None
        return after, ","

    def token_at(self, offset: int):
        """The token of the parse that starts at ``offset``, or None."""
        starts = self.article.token_starts
        i = bisect.bisect_left(starts, offset)
        return self.article.doc[i] if i < len(starts) and starts[i] == offset else None


def read_site(text: str) -> Site:
    """Parse the clean article once for every planter."""
    article = make_article(text)
    quotes, _ = pair_marks(article.text, article.paragraphs)
    quoted = []
    for quote in quotes:
        close = quote.close_at if quote.close_at is not None else \
            article.paragraphs[article.paragraph_index(quote.open_at)].end
        quoted.append((quote.open_at, close + 1))
    return Site(article=article, sentences=list(article.sentences), quoted=quoted, quotes=quotes)


def with_case(template: str, word: str) -> str:
    """``word`` capitalised as ``template`` is ("Bay" → "Cove", "bay" → "cove")."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def quoted_words(text: str, limit: int = 8) -> str:
    """The first words of a passage, shortened for an explanation."""
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")

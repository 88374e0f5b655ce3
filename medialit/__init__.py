"""medialit: the analysis engine of a media-literacy teaching kit.

>>> import medialit as ml
>>> article = ml.load_article()          # the seed article
>>> result = ml.analyze(article)         # quotes, sources and issues
"""
from __future__ import annotations

# reading articles
from medialit.article import Article, ArticleError, Span, load_article, make_article

# the language pipeline
from medialit.nlp import load_nlp

# quotes, sources and problems
from medialit.quotes import Quote, extract_quotes, speech_quotes
from medialit.sources import Source, build_sources
from medialit.checks import Finding, run_checks
from medialit.analysis import Analysis, analyze

__all__ = [
    "Article", "ArticleError", "Span", "load_article", "make_article",
    "load_nlp",
    "Quote", "extract_quotes", "speech_quotes",
    "Source", "build_sources",
    "Finding", "run_checks",
    "Analysis", "analyze",
]

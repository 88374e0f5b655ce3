"""The whole analysis of one article: quotes, sources and issues, in the shape the command
line prints as JSON (the contract documented in docs/engine.md)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from medialit.article import Article
from medialit.checks import run_checks
from medialit.nlp import load_nlp
from medialit.model import Finding, Quote, Source
from medialit.quotes import extract_quotes, speech_quotes
from medialit.sources import build_sources


@dataclass
class Analysis:
    """Everything the engine found in one article."""

    article: Article
    quotes: list[Quote]  # scare quotes included, with form == "scare"
    sources: list[Source]
    issues: list[Finding]

    @property
    def speech(self) -> list[Quote]:
        return speech_quotes(self.quotes)

    @property
    def scare_quotes(self) -> list[Quote]:
        return [quote for quote in self.quotes if quote.form == "scare"]

    def as_dict(self) -> dict:
        """The JSON contract: path, title, meta (author, date, site, url of a saved web page),
        quotes, sources, issues (and a few extra keys)."""
        return {
            "path": self.article.path or self.article.name,
            "title": self.article.title.text,
            "meta": self.article.meta.as_dict(),
            "quotes": [quote.as_dict() for quote in self.speech],
            "sources": [source.as_dict() for source in self.sources],
            "issues": [issue.as_dict() for issue in self.issues],
            "scare_quotes": [{"start": q.start, "end": q.end, "text": q.text, "rule": q.rule}
                             for q in self.scare_quotes],
            "warnings": list(self.article.warnings),
        }


def analyze(article: Article) -> Analysis:
    """Run the whole engine on an article, once: later calls return the same analysis.

    >>> from medialit.article import make_article
    >>> result = analyze(make_article("Title\\n\\n“Hello,” said Ana Ruiz."))
    >>> [s.name for s in result.sources]
    ['Ana Ruiz']
    """
    if "analysis" not in article.memo:
        quotes = extract_quotes(article)
        article.memo["analysis"] = Analysis(article, quotes, build_sources(article, quotes),
                                            run_checks(article, quotes))
    return article.memo["analysis"]


def analyze_many(articles: Iterable[Article], batch_size: int = 16) -> list[Analysis]:
    """Analyse several articles, parsing them together with spaCy's ``nlp.pipe``.

    The results are the same as ``analyze`` on each article in turn; parsing in batches saves
    a little time (under a tenth of spaCy's time, on a CPU). An article already parsed or
    analysed keeps what it has. Every parse stays cached on its article, so memory grows with
    the number of articles: give a long list in slices.

    >>> from medialit.article import make_article
    >>> results = analyze_many([make_article("Vote\\n\\n“No,” said Ana Ruiz."),
    ...                         make_article("Rain\\n\\nIt rained all day.")])
    >>> [[s.name for s in result.sources] for result in results]
    [['Ana Ruiz'], []]
    """
    articles = list(articles)
    # Article.doc is a cached property: a parse set on the instance is the one analyze() uses
    unparsed = [article for article in articles
                if "analysis" not in article.memo and "doc" not in vars(article)]
    parses = load_nlp().pipe((article.text for article in unparsed), batch_size=batch_size)
    for article, doc in zip(unparsed, parses):
        article.doc = doc
    return [analyze(article) for article in articles]

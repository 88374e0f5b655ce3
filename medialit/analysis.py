"""The whole analysis of one article: quotes, sources and issues, in the shape the command
line prints as JSON (the contract documented in the README)."""
from __future__ import annotations

from dataclasses import dataclass

from medialit.article import Article
from medialit.checks import Finding, run_checks
from medialit.quotes import Quote, extract_quotes, speech_quotes
from medialit.sources import Source, build_sources


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
        """The JSON contract: path, title, quotes, sources, issues (and a few extra keys)."""
        return {
            "path": self.article.path or self.article.name,
            "title": self.article.title.text,
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

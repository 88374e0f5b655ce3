"""The whole analysis of one article: quotes, sources and issues, in the shape the command
line prints as JSON (the contract documented in docs/engine.md).

Importing this module is light: the engine (and with it spaCy) is imported on the first
analysis of an article that has no stored analysis (``medialit.stored``), so a lesson on the
seed or a practice article never loads spaCy.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medialit.article import Article
from medialit.model import Finding, Quote, Source
from medialit.stored import load_stored, stored_path, unit_articles, write_stored


@dataclass
class Analysis:
    """Everything the engine found in one article."""

    article: Article
    quotes: list[Quote]  # scare quotes included, with form == "scare"
    sources: list[Source]
    issues: list[Finding]

    @property
    def speech(self) -> list[Quote]:
        """The quotes somebody is said to have said (as ``quotes.speech_quotes``, without
        loading the quote engine for a stored analysis)."""
        return [quote for quote in self.quotes if quote.form != "scare"]

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


def analyze(article: Article, stored: bool = True) -> Analysis:
    """Run the whole engine on an article, once: later calls return the same analysis.

    With ``stored`` (the default), an article whose analysis this engine stored (the seed and
    the practice articles) gets it without spaCy; ``stored=False`` always runs the engine.

    >>> from medialit.article import make_article
    >>> result = analyze(make_article("Title\\n\\n“Hello,” said Ana Ruiz."))
    >>> [s.name for s in result.sources]
    ['Ana Ruiz']
    """
    if "analysis" not in article.memo and not (stored and _use_stored(article)):
        from medialit.checks import run_checks
        from medialit.quotes import extract_quotes
        from medialit.sources import build_sources

        quotes = extract_quotes(article)
        article.memo["analysis"] = Analysis(article, quotes, build_sources(article, quotes),
                                            run_checks(article, quotes))
    return article.memo["analysis"]


def _use_stored(article: Article) -> bool:
    """Give the article its stored analysis, with the sentences and people the widgets would
    otherwise ask of the parse; False when this engine stored none for it."""
    found = load_stored(article)
    if found is None:
        return False
    vars(article).setdefault("sentences", found.sentences)  # Article.sentences is cached
    article.memo.setdefault("people", found.people)  # what people.people_named caches
    article.memo["analysis"] = Analysis(article, found.quotes, found.sources, found.issues)
    return True


def analyze_many(articles: Iterable[Article], batch_size: int = 16,
                 stored: bool = True) -> list[Analysis]:
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
                if "analysis" not in article.memo and "doc" not in vars(article)
                and not (stored and _use_stored(article))]
    if unparsed:
        from medialit.nlp import load_nlp

        parses = load_nlp().pipe((article.text for article in unparsed), batch_size=batch_size)
        for article, doc in zip(unparsed, parses):
            article.doc = doc
    return [analyze(article, stored) for article in articles]


def fresh_unit_records() -> dict[Path, dict]:
    """A fresh analysis (never a stored one) of each of the unit's articles, in its stored
    form, by the file it is stored in."""
    from medialit.article import load_article
    from medialit.stored import record_of

    records = {}
    for path in unit_articles():
        article = load_article(path)
        records[stored_path(article.text)] = record_of(analyze(article, stored=False))
    return records


def store_unit_analyses() -> list[Path]:
    """Analyse the seed and the practice articles afresh and store their analyses (run after
    any change to the engine: ``python -m medialit store-analyses``). Returns the files."""
    records = fresh_unit_records()
    if not records:  # no unit articles here (an installed kit): keep the stored ones
        return []
    write_stored(records)
    return list(records)

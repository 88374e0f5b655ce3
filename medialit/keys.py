"""Answer keys kept beside an article (``<stem>.errors.json``, ``<stem>.quotes.json``).

The formats are documented in ``seeds/README.md``. A key is used only if every span in it
still matches the article's text, so an edited article never gets a wrong key.
"""
from __future__ import annotations

import json
from pathlib import Path

from medialit.article import Article


def _load(article: Article, suffix: str, part: str) -> list[dict] | None:
    if not article.path:
        return None
    path = Path(article.path)
    key_path = path.with_name(path.stem + suffix)
    if not key_path.exists():
        return None
    try:
        entries = json.loads(key_path.read_text(encoding="utf-8"))[part]
    except (ValueError, KeyError, OSError):
        return None
    text = article.text
    for entry in entries:
        for name in ("span", "content", "speaker_mention", "cue"):
            span = entry.get(name)
            if span and text[span["start"]:span["end"]] != span["text"]:
                return None
    return entries


def load_error_key(article: Article) -> list[dict] | None:
    """The article's error answer key, or None when it has none (or it no longer fits)."""
    return _load(article, ".errors.json", "errors")


def load_quote_key(article: Article) -> list[dict] | None:
    """The article's quote answer key, or None."""
    return _load(article, ".quotes.json", "quotes")


def load_reference_desk(article: Article | None = None) -> list[dict]:
    """Facts from other coverage of an article's story, for practising lateral reading offline.

    Kept beside the article as ``<stem>.reference-desk.json`` (format: ``seeds/README.md``):
    each entry has a ``question``, the ``claim`` as the article makes it (a span), what other
    reports say (``finding``) and the ``sources`` it comes from. With no article, the seed's.
    """
    from medialit.article import load_article

    article = article or load_article()
    if not article.path:
        return []
    path = Path(article.path)
    desk = path.with_name(path.stem + ".reference-desk.json")
    if not desk.exists():
        return []
    entries = json.loads(desk.read_text(encoding="utf-8"))["entries"]
    return [entry for entry in entries
            if article.text[entry["claim"]["start"]:entry["claim"]["end"]] == entry["claim"]["text"]]

"""Write a made hunt as the kit's files: the altered article and its keys, in the ``seeds/``
formats (``seeds/README.md``), so that the error-hunt widget and the scorer read it as they
read the practice articles.
"""
from __future__ import annotations

import json
from pathlib import Path

from medialit.article import Article, Span, load_article, make_article
from medialit.hunts.records import Hunt

MACHINE_NOTE = ("Made by the engine (python -m medialit make-hunt), not by a person: a teacher "
                "should check it before using it as an answer key.")


def read_article(path: str | Path) -> Article:
    """Read a clean article for a hunt: a text file, a saved web page (.html) or a page saved
    as one file (.mhtml), through the kit's article reader (``medialit.article``).

    Raises:
        ArticleError: the file cannot be read; the message says why, in plain words.
    """
    return load_article(path)


def quote_key(text: str, article_file: str) -> dict:
    """The engine's quotes of an article in the ``<stem>.quotes.json`` format, marked as
    machine-made for the teacher to check."""
    from medialit.quotes import extract_quotes

    article = make_article(text)
    quotes, scare = [], []
    for quote in extract_quotes(article):
        content = Span(quote.start, quote.end, text[quote.start:quote.end]).as_dict()
        if quote.form == "scare":
            scare.append({"id": f"s{len(scare) + 1:02d}", "span": content,
                          "note": "Found by the engine: nobody is quoted as saying it."})
            continue
        entry = {
            "id": f"q{len(quotes) + 1:02d}", "kind": quote.kind,
            "form": quote.form if quote.kind == "direct" else None, "content": content,
            "speaker": quote.speaker, "speaker_kind": quote.speaker_kind,
            "speaker_mention": _span(text, quote.speaker_start, quote.speaker_end),
            "cue": _span(text, quote.cue_start, quote.cue_end),
        }
        if not quote.balanced:
            entry["unbalanced"] = True
        if quote.speaker_reason:
            entry["note"] = f"Found by the engine ({quote.rule}): {quote.speaker_reason}"
        quotes.append(entry)
    return {"schema_version": 1, "article": article_file, "machine_made": True,
            "note": MACHINE_NOTE, "quotes": quotes, "scare_quotes": scare}


def _span(text: str, start: int | None, end: int | None) -> dict | None:
    if start is None or end is None:
        return None
    return Span(start, end, text[start:end]).as_dict()


def write_hunt(hunt: Hunt, directory: str | Path, stem: str, *,
               source: str | None = None) -> dict[str, Path]:
    """Write ``<stem>.txt`` (the altered article), ``<stem>.errors.json`` (the answer key),
    ``<stem>.quotes.json`` (the engine's quotes) and ``<stem>.meta.json`` into ``directory``,
    made if missing. Returns the paths by part: "article", "errors", "quotes", "meta".

    Raises:
        OSError: the folder or a file cannot be written.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = {part: directory / f"{stem}{suffix}" for part, suffix in
             (("article", ".txt"), ("errors", ".errors.json"), ("quotes", ".quotes.json"),
              ("meta", ".meta.json"))}
    article_file = paths["article"].name
    meta = hunt.meta(source=source)
    meta["file"] = article_file
    errors = {"schema_version": 1, "article": article_file, "machine_made": True,
              "note": MACHINE_NOTE, "errors": hunt.key()}
    paths["article"].write_bytes(hunt.text.encode("utf-8"))
    for part, document in (("errors", errors), ("quotes", quote_key(hunt.text, article_file)),
                           ("meta", meta)):
        paths[part].write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    return paths

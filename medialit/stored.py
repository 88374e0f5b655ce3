"""Stored analyses: the unit's articles analysed once, when the kit is built, not per student.

Thirty students opening a lesson at once would otherwise each load spaCy and its model and
analyse the same seed article. The seed and the practice articles (``seeds/``) therefore ship
with their analysis in ``medialit/data/analyses/<sha256 of the text>.json``: the contract's
JSON and the full records (every quote, scare quotes included, every source and finding) plus
what the widgets read from the parse (the sentences and the people the article names).

A stored analysis is used only when both the article's text and the engine are exactly those
it was made from: its ``engine`` fingerprint hashes the engine's source and data files and
the spaCy model in use. Any other article, or a changed engine, is analysed as usual.
Regenerate after changing the engine with ``python -m medialit store-analyses``;
tests/test_stored_analyses.py fails while a stored analysis is missing or stale.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.util
import json
import re
from pathlib import Path

from medialit.article import Article, Span
from medialit.model import Finding, Quote, Source

PACKAGE = Path(__file__).resolve().parent
STORE = PACKAGE / "data" / "analyses"
UNIT_ARTICLES = PACKAGE.parent / "seeds"  # the seed and the practice articles, in a checkout
# modules of the classroom and the command line: they show analyses but never change one
# (``hunts`` makes new articles from clean ones: it changes texts, never an analysis)
CLASSROOM_MODULES = frozenset({"__init__.py", "__main__.py", "cli.py", "widgets", "charts.py",
                               "report.py", "answers.py", "grading.py", "keys.py", "friendly.py",
                               "lesson_data.py", "hunts"})
# data the engine never reads: the stored analyses themselves, the seed's copy with its answer
# keys (an article's text is matched by its own hash), the lessons' checkpoint questions and
# their other questions, the word swaps of made hunts
CLASSROOM_DATA = frozenset({"analyses", "seed", "checkpoint.json", "questions",
                            "hunt_words.json"})


@dataclasses.dataclass
class StoredAnalysis:
    """What a stored analysis gives back: the engine's records and the parse's results the
    widgets use, so that nothing needs spaCy."""

    quotes: list[Quote]
    sources: list[Source]
    issues: list[Finding]
    sentences: list[Span]
    people: set[str]


def text_hash(text: str) -> str:
    """The sha256 of an article's text (after reading: ``Article.text``), its key in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def engine_files() -> list[Path]:
    """The files whose content decides an analysis: the engine's modules and data files."""
    modules = [path for path in PACKAGE.rglob("*.py")
               if path.relative_to(PACKAGE).parts[0] not in CLASSROOM_MODULES]
    data = [path for path in (PACKAGE / "data").rglob("*")
            if path.is_file() and path.relative_to(PACKAGE / "data").parts[0] not in CLASSROOM_DATA]
    return sorted(path for path in modules + data if "__pycache__" not in path.parts)


@functools.lru_cache(maxsize=1)
def _files_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in engine_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        # line endings made \n, so a checkout on Windows gives the same fingerprint
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def _package_folder(name: str) -> Path | None:
    """Where an installed package is, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0])


def _model_in_use() -> str:
    """The English model ``load_nlp`` would load, by name and version, and spaCy's version,
    found without importing spaCy (nor importlib.metadata, slow to import)."""
    from medialit.nlp import MODEL_PACKAGES

    spacy_folder = _package_folder("spacy")
    about = spacy_folder / "about.py" if spacy_folder else None
    found = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", about.read_text(encoding="utf-8")) \
        if about and about.is_file() else None
    spacy_version = found.group(1) if found else "none"
    for name in MODEL_PACKAGES:
        folder = _package_folder(name)
        if folder is None:
            continue
        meta = folder / "meta.json"
        model = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
        return f"spacy {spacy_version}, {name} {model.get('version', '?')}"
    return f"spacy {spacy_version}, no model"


def engine_fingerprint() -> str:
    """A hash of the engine's files and of the model in use: a stored analysis is valid only
    for the engine that made it."""
    return hashlib.sha256(f"{_files_fingerprint()}\n{_model_in_use()}".encode()).hexdigest()[:20]


def stored_path(text: str) -> Path:
    return STORE / f"{text_hash(text)}.json"


def load_stored(article: Article) -> StoredAnalysis | None:
    """The stored analysis of this article made by this engine, or None (no stored analysis,
    another engine, or a record that cannot be read)."""
    path = stored_path(article.text)
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("engine") != engine_fingerprint():
            return None
        return StoredAnalysis(
            quotes=[Quote(**quote) for quote in record["quotes"]],
            sources=[Source(**source) for source in record["sources"]],
            issues=[Finding(**dict(issue, related=[tuple(pair) for pair in issue["related"]]))
                    for issue in record["issues"]],
            sentences=[Span(start, end, article.text[start:end])
                       for start, end in record["sentences"]],
            people=set(record["people"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_of(analysis) -> dict:
    """The stored form of a fresh ``Analysis``: everything ``load_stored`` gives back, the
    contract's JSON (without the path, meta and warnings, which depend on how the file was
    read) and
    the paragraphs, for anyone reading the file without the kit."""
    from medialit.people import people_named

    article = analysis.article
    contract = {key: value for key, value in analysis.as_dict().items()
                if key not in ("path", "meta", "warnings")}
    return {
        "engine": engine_fingerprint(),
        "model": _model_in_use(),
        "sha256": text_hash(article.text),
        "title": article.title.text,
        "contract": contract,
        "quotes": [dataclasses.asdict(quote) for quote in analysis.quotes],
        "sources": [dataclasses.asdict(source) for source in analysis.sources],
        "issues": [dict(dataclasses.asdict(issue), related=[list(pair) for pair in issue.related])
                   for issue in analysis.issues],
        "sentences": [[sentence.start, sentence.end] for sentence in article.sentences],
        "paragraphs": [[paragraph.start, paragraph.end] for paragraph in article.paragraphs],
        "people": sorted(people_named(article)),
    }


def unit_articles() -> list[Path]:
    """The articles whose analyses are stored: the seed and the practice articles."""
    return sorted(UNIT_ARTICLES.glob("*.txt"))


def write_stored(records: dict[Path, dict]) -> None:
    """Write stored analyses (file -> record) and remove every other stored file, so none is
    left behind for an article that changed."""
    STORE.mkdir(parents=True, exist_ok=True)
    for old in STORE.glob("*.json"):
        if old not in records:
            old.unlink()
    for path, record in records.items():
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

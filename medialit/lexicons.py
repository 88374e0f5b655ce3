"""The word lists behind the engine, kept as plain files in ``medialit/data`` so a teacher can
add a reporting verb or a kind of source without touching Python."""
from __future__ import annotations

import functools
import json
import marshal
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class ReportingVerb:
    """One line of ``reporting_verbs.txt``."""

    lemma: str
    stance: str  # "neutral" or "loaded"
    type: str  # "speech", "directive", "evaluative" or "belief"
    suggests: str | None = None  # what a loaded verb suggests to the reader


@functools.lru_cache(maxsize=1)
def load_reporting_verbs() -> dict[str, ReportingVerb]:
    """The reporting verbs by lemma.

    >>> load_reporting_verbs()["claim"].stance
    'loaded'
    """
    verbs = {}
    for line in (DATA_DIR / "reporting_verbs.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lemma, stance, kind, *rest = re.split(r"\t+|\s{2,}", line.strip(), maxsplit=3)
        verbs[lemma.lower()] = ReportingVerb(lemma.lower(), stance, kind, rest[0] if rest else None)
    return verbs


@functools.lru_cache(maxsize=1)
def load_source_words() -> dict[str, set[str]]:
    """Head nouns by kind of source: ``anonymous``, ``vague``, ``people``, ``institutions``,
    ``not_people`` (things that never speak: "Covid"), ``groups`` (bodies of people that are
    not people words: "groups", "charities") and ``vague_phrases``."""
    data = json.loads((DATA_DIR / "source_words.json").read_text(encoding="utf-8"))
    words = {key: set(data[key]["heads"]) for key in ("anonymous", "vague", "people", "institutions",
                                                      "not_people", "groups")}
    words["vague_phrases"] = set(data["vague"]["phrases"])
    return words


_IRREGULAR = {"say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
              "write": ["wrote", "written", "writes", "writing"], "think": ["thought", "thinks"],
              "feel": ["felt", "feels"], "know": ["knew", "known", "knows"],
              "find": ["found", "finds"], "quip": ["quipped", "quips"], "snap": ["snapped", "snaps"]}


@functools.lru_cache(maxsize=1)
def reporting_verb_forms() -> dict[str, str]:
    """Every inflected form of every reporting verb, mapped to its lemma.

    Used by the rule-based pipeline, which has no lemmatizer.
    """
    forms = {}
    for lemma in load_reporting_verbs():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        candidates = [lemma, lemma + "s", stem + "ed", stem + "ing"]
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            candidates += [lemma[:-1] + "ies", lemma[:-1] + "ied"]
        if lemma.endswith(("sh", "ch", "ss", "x")):
            candidates.append(lemma + "es")
        candidates += _IRREGULAR.get(lemma, [])
        for form in candidates:
            forms.setdefault(form, lemma)
    return forms


@functools.lru_cache(maxsize=1)
def load_job_titles() -> dict[str, frozenset[str]]:
    """The words of ``job_titles.txt`` by use: ``name-title``, ``role-word``, ``office`` and
    ``main-office`` (what each means is written at the top of the file).

    >>> "mayor" in load_job_titles()["main-office"]
    True
    """
    uses: dict[str, set[str]] = {}
    for line in (DATA_DIR / "job_titles.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, *word_uses = line.split()
        for use in word_uses:
            uses.setdefault(use, set()).add(word.lower())
    return {use: frozenset(words) for use, words in uses.items()}


@functools.lru_cache(maxsize=1)
def load_given_names() -> dict[str, str]:
    """Given names that news pairs with "she" ("f") or "he" ("m"), from ``given_names.json``;
    names given to either sex are not in it.

    >>> load_given_names()["Hillary"], load_given_names()["Chris"], "Jordan" in load_given_names()
    ('f', 'm', False)
    """
    data = json.loads((DATA_DIR / "given_names.json").read_text(encoding="utf-8"))
    return {name: sex for sex in ("f", "m") for name in data[sex]}


@functools.lru_cache(maxsize=1)
def load_spellchecker():
    """pyspellchecker's English word list with word frequencies (edits of distance 1), once.

    The library unpacks a compressed JSON file each time (about a tenth of the first analysis
    of an article); the word list it makes is kept in the user's cache folder
    (``~/.cache/medialit``) and read back from there the next time. The copy is named after the
    library's and Python's versions, so it never outlives them; when the folder cannot be
    written or the copy cannot be read, the library's own loading is used.
    """
    from spellchecker import SpellChecker
    from spellchecker import __version__ as library_version

    cache = _cache_folder() / (f"spelling-en-{library_version}-py{sys.version_info[0]}"
                               f"{sys.version_info[1]}.marshal")
    try:
        words = marshal.loads(cache.read_bytes())
        if isinstance(words, dict) and words:
            spell = SpellChecker(language=None, distance=1)
            spell.word_frequency.load_json(words)
            return spell
    except (OSError, EOFError, ValueError, TypeError):
        pass
    spell = SpellChecker(distance=1)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        partial.write_bytes(marshal.dumps(dict(spell.word_frequency.dictionary)))
        os.replace(partial, cache)
    except OSError:
        pass
    return spell


def _cache_folder() -> Path:
    """Where the kit keeps what it can remake: ``$XDG_CACHE_HOME/medialit`` or the platform's."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "medialit"

"""The word lists the checks read, from ``medialit/data`` (``check_words.json`` and
``usage.json``), each loaded once.

A teacher edits the lists, not the code: what each list is for is written beside it in the
file, with the ids of the rules that read it.
"""
from __future__ import annotations

import functools
import json
import re

from medialit.lexicons import DATA_DIR

# words that make a figure approximate ('about 300', 'more than £2m', 'just under a third'),
# as regular expressions: each figure rule joins them with the few its own shapes need
HEDGE_WORDS = ("about", "around", "roughly", "nearly", "almost", "some", "approximately",
               r"more\s+than", "over", r"less\s+than", "under", r"just\s+over", r"just\s+under",
               r"close\s+to", r"at\s+least")


@functools.lru_cache(maxsize=1)
def load_usage() -> dict:
    """``usage.json``: the word-use patterns (doubt words, closed compounds, …)."""
    return json.loads((DATA_DIR / "usage.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_check_words() -> dict:
    """``check_words.json``: the other word lists, by name."""
    return json.loads((DATA_DIR / "check_words.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The words of one list of ``check_words.json``.

    >>> "deputy" in word_set("job_ranks")
    True
    """
    return frozenset(load_check_words()[name]["words"])


@functools.lru_cache(maxsize=1)
def event_groups() -> list[frozenset[str]]:
    """Groups of nouns for one kind of event ("trip", "visit", …), from usage.json."""
    return [frozenset(group) for group in load_usage()["contradicting_verbs"]["event_groups"]]


@functools.lru_cache(maxsize=1)
def name_word_kinds() -> list[frozenset[str]]:
    """Groups of words that fill one slot of a name with one kind of thing ('lane', 'road';
    'philharmonic', 'symphony'), from usage.json."""
    return [frozenset(group) for group in load_usage()["name_word_kinds"]["groups"]]


@functools.lru_cache(maxsize=1)
def british_endings() -> list[tuple[re.Pattern, str]]:
    """Each British ending as a pattern that finds it at a word's end, with its American form."""
    endings = load_check_words()["british_endings"]["endings"]
    return [(re.compile(re.escape(british) + "$"), american)
            for british, american in endings.items()]


@functools.lru_cache(maxsize=1)
def british_spellings() -> frozenset[str]:
    """The British spellings of ``british_spellings.txt`` that no ending rule derives
    ("jewellery", "kerb").

    >>> "kerb" in british_spellings()
    True
    """
    lines = (DATA_DIR / "british_spellings.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def not_now_pattern() -> re.Pattern:
    """Finds a word that puts a role in another time ("former", "incoming")."""
    words = "|".join(re.escape(word) for word in load_check_words()["not_now_words"]["words"])
    return re.compile(rf"\b({words})\b", re.I)


@functools.lru_cache(maxsize=None)
def opinion_markers(name: str = "opinion_markers") -> list[re.Pattern]:
    """The patterns of ``<name>.txt`` (``opinion_markers``, ``claim_markers``), one a line
    ("#" starts a comment)."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [re.compile(rf"(?<![\w-]){line.strip()}(?![\w-])", re.I) for line in lines
            if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def common_misspellings() -> dict[str, str]:
    """``misspellings.txt``: common English misspellings, each with the word meant.

    >>> common_misspellings()["occured"]
    'occurred'
    """
    lines = (DATA_DIR / "misspellings.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split(None, 1) for line in lines if line.strip() and not line.startswith("#"))
    return {wrong: right.strip() for wrong, right in pairs}


@functools.lru_cache(maxsize=1)
def two_spellings() -> tuple[list[tuple[re.Pattern, str]], dict[str, str], frozenset]:
    """``two_spellings.json``: the patterns that turn a British spelling into the American
    one, the British words no pattern turns (with their usual endings), and the pairs that
    are two different words ('licence', 'license')."""
    doc = json.loads((DATA_DIR / "two_spellings.json").read_text(encoding="utf-8"))
    patterns = [(re.compile(british), american) for british, american in doc["patterns"]["pairs"]]
    words = {}
    for british, american in doc["words"]["pairs"].items():
        for ending in ("", "s", "es", "ed", "d", "ing", "er", "ers", "y", "ly"):
            words[british + ending] = american + ending
    different = frozenset(frozenset(pair) for pair in doc["different_words"]["pairs"])
    return patterns, words, different


@functools.lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """The days and months in lower case (``slips.json``, ``calendar_names``).

    >>> "wednesday" in calendar_names()
    True
    """
    doc = json.loads((DATA_DIR / "slips.json").read_text(encoding="utf-8"))
    return frozenset(doc["calendar_names"]["words"])

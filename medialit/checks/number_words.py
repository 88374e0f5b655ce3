"""Numbers said in words, read the one way every figure rule needs: 'nine', 'Twenty-four',
'fifty five', and a count the parser split in three tokens ('Twenty', '-', 'four').

Limits: whole numbers below a hundred; 'a hundred' and larger are left to digits, as news
style writes them.
"""
from __future__ import annotations

import re

NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}


def number_in_words(said: str) -> float | None:
    """'24' -> 24, 'nine' -> 9, 'Twenty-four' or 'twenty four' -> 24, '1,200' -> 1200; None
    for no number.

    >>> number_in_words("Fifty-five")
    55.0
    """
    said = re.sub(r"\s+", " ", said.lower().replace(",", ""))
    tens, _, ones = said.partition("-") if "-" in said else said.partition(" ")
    if tens in TENS_WORDS and ones:
        value = NUMBER_WORDS.get(ones)
        return None if value is None or not 0 < value < 10 else float(TENS_WORDS[tens] + value)
    if said in NUMBER_WORDS:
        return float(NUMBER_WORDS[said])
    if said in TENS_WORDS:
        return float(TENS_WORDS[said])
    try:
        return float(said)
    except ValueError:
        return None


def token_count(token) -> int | None:
    """The count a spaCy token says; 'Twenty-four' is one count (24), read at its 'four'
    (the token the noun hangs on), and its 'Twenty' is none."""
    text = token.lower_.replace(",", "")
    if text.isdecimal():
        return int(text)
    doc = token.doc
    if count_start(token) != token.idx:
        ones = NUMBER_WORDS.get(text)
        return TENS_WORDS[doc[token.i - 2].lower_] + ones if ones and ones < 10 else None
    if text in TENS_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–"):
        return None
    return NUMBER_WORDS.get(text)


def count_start(token) -> int:
    """Where the count of ``token`` begins: at 'Twenty' for the 'four' of 'Twenty-four'."""
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text in ("-", "–") and \
            doc[token.i - 2].lower_ in TENS_WORDS:
        return doc[token.i - 2].idx
    return token.idx

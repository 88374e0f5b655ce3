"""Common English misspellings ('occured', 'seperate', 'calender'), from a general list
(``misspellings.txt``): slips that English writers make again and again, which the word list
of ``spelling.unknown-word`` may hold as words or derive from a known stem."""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.slips import misspelt_article_words, run_together, run_together_short
from medialit.checks.spelling import unknown_words
from medialit.checks.words import common_misspellings
from medialit.model import Quote


@rule("spelling.common-misspelling", "spelling", "error",
      "a common English misspelling ('occured', 'seperate', 'eachother')")
def common_misspelling(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A word of ``misspellings.txt``, the slips English writers make again and again:
    circled even where the word list has the slip as a word ('calender') or derives it from
    a known stem ('occur' + 'ed'). A possessive ending is kept apart ('eachother’s'); two words
    run together ('aswell') are ``slips.run-together``'s to name when it finds them, and a
    slip that ``spelling.unknown-word`` circles is left to it; a listed pair that neither
    splits ('sofar') is circled here. Unlike that rule, this one circles a slip
    written twice too: a writer who misspells a common word usually does it every time."""
    misspellings = common_misspellings()
    taken = {spot.start for found in (misspelt_article_words, unknown_words, run_together,
                                      run_together_short)
             for spot in found(article, quotes)}
    for match in re.finditer(r"(?<![\w’'-])([A-Za-z]+)(?:[’']s)?(?![\w’'-])", article.text):
        word = match.group(1)
        meant = misspellings.get(word.lower())
        if meant is None or (word[1:].lower() != word[1:]):
            continue  # not on the list, or a name in capitals
        if match.start(1) in taken:
            continue  # the word list's rule or slips says so already ('recieve', 'the
            # commitee’s report' beside 'committee', 'aswell')
        meant = meant[:1].upper() + meant[1:] if word[:1].isupper() else meant
        yield Spot(match.start(1), match.end(1),
                   f"“{word}” is a common misspelling of “{meant}”.", meant)

"""A body's name given once with a whole part of it changed: 'the Harlowmere and District
Youth Football League' and later 'the Harlowmere Junior League'; 'the Corran Valley
Ramblers’ Association', later 'the Corran Walking Association'. The place that starts the
name and the kind of body that ends it are kept, and the words between are new: a reader may
think a second body is involved.

Limits: a place may have two bodies of one kind (a junior and a senior league, a town and a
district council), so the rule is a warning, leaves councils, schools and other bodies that
come in sets alone, and keeps quiet when a sentence names both, when the new words come in
another name of the article, or when the name is in a direct quote.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes, where
from medialit.checks.spelling import is_known_word
from medialit.model import Quote

# last words of a name of a body that a place usually has one of
ONE_A_PLACE = ("League", "Association", "Club", "Society", "Federation", "Alliance", "Trust",
               "Foundation", "Partnership", "Forum", "Network", "Campaign", "Union", "Guild")
_WORD = r"[A-Z][\w’'-]*"
BODY = re.compile(rf"(?<![\w’'-])(?:The[ \u00a0]+)?(?!The\b)({_WORD})"
                  rf"((?:[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?{_WORD}){{0,5}}?)[ \u00a0]+"
                  rf"({'|'.join(ONE_A_PLACE)})\b")


@rule("terms.body-renamed", "inconsistent-term", "warning",
      "a body's name given once with its middle words changed ('the Harlowmere and District "
      "Football League', later 'the Harlowmere Junior League')")
def bodies_renamed(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A name that starts with a place no English word spells ('Harlowmere') and ends with a
    kind of body a place has one of ('League'), written once, after a name with the same
    first and last words whose words between share none with it. Quiet when a sentence names
    both or the new words come in another name."""
    text = article.text
    names = list(BODY.finditer(text))
    uses = Counter(_key(m) for m in names)
    quoted = direct_quotes(quotes)
    for i, odd in enumerate(names):
        place, middle, kind = odd.group(1), _middle(odd), odd.group(3)
        if uses[_key(odd)] != 1 or is_known_word(place.lower()) or quoted.holds(odd.start()) \
                or not middle:
            continue
        usual = next((m for m in names[:i] if m.group(1) == place and m.group(3) == kind and
                      _middle(m) and not _middle(m) & middle), None)
        if usual is None or _sentence_with_both(text, usual.group(0), odd.group(0)):
            continue
        elsewhere = text[:odd.start()] + text[odd.end():]
        if any(re.search(rf"\b{re.escape(word)}\b", elsewhere, re.I) for word in middle) or \
                re.match(r",[ \u00a0]+(?:a|an|the|for|which|whose)\b", text[odd.end():]):
            continue  # the new words are the article's own, or the body is introduced apart
        others = [m for m in names if _key(m) not in (_key(odd), _key(usual))]
        if any(middle & _middle(m) for m in others):
            continue
        name, usual_name = text[odd.start(1):odd.end()], text[usual.start(1):usual.end()]
        yield Spot(odd.start(1), odd.end(),
                   f"{where(article, usual.start()).capitalize()} names the “{usual_name}”; "
                   f"here it is the “{name}”. Is it the same {kind.lower()}? A name should be "
                   "given the same way every time.", usual_name,
                   ((usual.start(1), usual.end()),))


def _key(match: re.Match) -> str:
    """A name as one string, without 'The'."""
    return re.sub(r"\s+", " ", match.string[match.start(1):match.end()])


def _middle(match: re.Match) -> frozenset[str]:
    """The words between the place and the kind of body, without 'and' and 'of'."""
    return frozenset(w.lower() for w in match.group(2).split() if w not in ("and", "of", "&"))


def _sentence_with_both(text: str, one: str, other: str) -> bool:
    return any(one in sentence and other in sentence
               for sentence in re.split(r"\n\s*\n|(?<=[.!?])\s+", text))

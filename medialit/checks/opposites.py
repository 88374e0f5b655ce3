"""A term written once with its first half turned into its opposite: an article that explains
'single-stream recycling, where everything goes into one cart' and later says 'the new
dual-stream system'; 'a full-time post', later 'the part-time post'; 'the one-way scheme',
later 'the two-way scheme'. The two halves (``opposite_modifiers.txt``) name two different
things, so one of them is a slip.

Limits: articles often set the two against each other ('moved from dual-stream to
single-stream'), so the rule stays quiet when any sentence names both, when a word of contrast
stands near the odd one ('instead of', 'the old', 'rather than', 'unlike'), or when the odd
one is as common as the first. Inside a direct quote a speaker's words are left alone.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import direct_quotes, where
from medialit.lexicons import DATA_DIR
from medialit.model import Quote

# a hyphenated term and the noun it describes ('single-stream recycling', 'part-time post')
TERM = re.compile(r"(?<![\w-])([A-Za-z]+)-([a-z]+)\b(?![-])(?:\s+([a-z]+))?")
# words near the odd term that set it against the other: a contrast, not a slip
CONTRAST = re.compile(r"\b(?:old|older|former|previous|earlier|original|instead|rather|"
                      r"unlike|than|versus|vs|from|replace[sd]?|replacing|switch\w*|"
                      r"compared|opposed|not|nor|or|either|neither|both|each|other|"
                      r"alternative|whether|between|used to|until|once|before)\b", re.I)
# a determiner just before the odd term: it points back to a thing the reader already knows
# ('the new dual-stream system'), where a rival term would be named afresh ('a one-way scheme')
THE_KNOWN = re.compile(r"(?i)\b(?:the|this|that|these|those|its|their|our)\s+(?:new\s+|"
                       r"current\s+|city's\s+|council's\s+)?$")
# second halves that count, measure or name a kind of a thing: 'one-year' and 'two-year'
# deals are two deals, 'single-decker' and 'double-decker' buses two kinds of bus
MEASURED = frozenset("""year years month months week weeks day days hour hours minute minutes
    second seconds times mile miles metre metres meter meters foot feet inch inches
    percent point points goal goals run runs game games seat seats storey story bedroom
    bedrooms room door lane lanes star stars hand handed page decker deckers bed beds glazed
    glazing figure figures digit digits""".split())


@functools.lru_cache(maxsize=1)
def opposite_pairs() -> frozenset[frozenset[str]]:
    """Every pair of first halves that ``opposite_modifiers.txt`` sets against each other."""
    pairs = set()
    for line in (DATA_DIR / "opposite_modifiers.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        pairs |= {frozenset((a, b)) for a in words for b in words if a != b}
    return frozenset(pairs)


@rule("terms.opposite-modifier", "inconsistent-term", "warning",
      "a term written once with its first half turned into its opposite ('single-stream "
      "recycling', later 'the dual-stream system')")
def opposite_modifiers(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """The first term an article writes with a hyphenated first half ('single-stream'),
    later written once after 'the' or 'its' (a thing the reader should know) with another
    first half of the same pair ('the new dual-stream system'), when no sentence names both
    and no word of contrast stands near the odd one."""
    text, pairs = article.text, opposite_pairs()
    terms = [m for m in TERM.finditer(text) if m.group(2) not in MEASURED]
    uses = Counter((m.group(1).lower(), m.group(2)) for m in terms)
    quoted = direct_quotes(quotes)
    for i, odd in enumerate(terms):
        key = (odd.group(1).lower(), odd.group(2))
        if uses[key] != 1 or quoted.holds(odd.start()) or article.paragraph_index(odd.start()) == 0:
            continue
        usual = next((m for m in terms[:i] if m.group(2) == odd.group(2) and
                      frozenset((m.group(1).lower(), key[0])) in pairs), None)
        if usual is None:
            continue
        if not THE_KNOWN.search(text[max(0, odd.start() - 25):odd.start()]) or \
                _named_together(article, key, (usual.group(1).lower(), usual.group(2))) or \
                CONTRAST.search(_near(text, odd.start(), odd.end())):
            continue
        yield Spot(odd.start(1), odd.end(2),
                   f"{where(article, usual.start()).capitalize()} says “{usual.group(0).strip()}”; "
                   f"here it is “{odd.group(0).strip()}”. These are not the same thing. Which is right?",
                   f"{usual.group(1)}-{odd.group(2)}", ((usual.start(), usual.end(2)),))
        return


def _near(text: str, start: int, end: int) -> str:
    """The words within 30 characters of a term, inside its own sentence."""
    before = re.split(r"[.!?][”’\"']?\s|\n", text[max(0, start - 30):start])[-1]
    after = re.split(r"[.!?][”’\"']?\s|\n", text[end:end + 30])[0]
    return f"{before} {after}"


def _named_together(article: Article, one: tuple[str, str], other: tuple[str, str]) -> bool:
    """True when a sentence names both terms: two things set side by side."""
    forms = [rf"\b{re.escape(a)}[- ]{re.escape(b)}\b" for a, b in (one, other)]
    return any(all(re.search(form, block, re.I) for form in forms)
               for block in re.split(r"\n\s*\n|(?<=[.!?])\s+", article.text))

"""Make an error hunt: choose where to plant, check each plant with the parse, and build the
hunt; versions that differ, and a teacher's drop and re-roll.

Every planter proposes all the errors it could plant (``Draft``); the chooser takes them in
turn, one planter after another in a seeded order, so a hunt mixes its kinds. A draft is kept
only when it is far from the others (no two plants in one sentence, no plant on another's
evidence) and its altered sentence still parses as the original did (``keeps_grammar``).
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from medialit.hunts.figures import plant_figures
from medialit.hunts.places import Site, read_site
from medialit.hunts.records import Draft, Hunt, apply_drafts
from medialit.hunts.roles import plant_role_conflicts
from medialit.hunts.sourcing import plant_loaded_verbs, plant_unattributed, plant_unclosed_quotes
from medialit.hunts.wording import plant_misspellings, plant_renamings, plant_slips


@dataclass(frozen=True)
class Planter:
    """One way of planting an error: its name (for ``--kinds``), the key kind it plants and
    what it does, in a teacher's words."""

    name: str
    kind: str
    plant: Callable[[Site], list[Draft]]
    description: str


PLANTERS = {planter.name: planter for planter in (
    Planter("role", "role-conflict", plant_role_conflicts,
            "a person given a job or country that contradicts the article elsewhere"),
    Planter("slip", "inconsistent-term", plant_slips,
            "a real word one letter from a term the article uses (“spy ball”)"),
    Planter("misspelling", "spelling", plant_misspellings,
            "a word misspelt that the article spells right elsewhere"),
    Planter("renamed", "inconsistent-term", plant_renamings,
            "the same thing or person named two ways"),
    Planter("unclosed-quote", "unbalanced-quote", plant_unclosed_quotes,
            "a quotation mark left unclosed"),
    Planter("unattributed", "missing-attribution", plant_unattributed,
            "a claim whose source was removed"),
    Planter("figure", "self-contradiction", plant_figures,
            "a figure given two different values"),
    Planter("loaded-verb", "other", plant_loaded_verbs,
            "“said” swapped for a loaded verb (a discussion note, worth no points)"),
)}
NOTE_SHARE = 10  # at most one discussion note for every ten errors asked for (at least one)
MOST_QUOTE_MARKS = 2  # unclosed quotes in one hunt: more and the hunt becomes a mark count


def planter_names(kinds: Sequence[str] | None) -> tuple[str, ...]:
    """The planters that ``kinds`` asks for: planter names ("slip") or key kinds
    ("inconsistent-term", which means every planter of that kind); all with None.

    >>> planter_names(["inconsistent-term", "figure"])
    ('slip', 'renamed', 'figure')

    Raises:
        ValueError: a kind that is neither, with the names that exist.
    """
    if not kinds:
        return tuple(PLANTERS)
    unknown = [k for k in kinds if k not in PLANTERS and
               not any(p.kind == k for p in PLANTERS.values())]
    if unknown:
        known = ", ".join(list(PLANTERS) + sorted({p.kind for p in PLANTERS.values()}))
        raise ValueError(f"Unknown kind of error: {', '.join(unknown)}. The kinds are: {known}.")
    return tuple(name for name, p in PLANTERS.items() if name in kinds or p.kind in kinds)


def candidates(site: Site, name: str) -> list[Draft]:
    """Every draft one planter proposes for the article, worked out once per article."""
    key = ("candidates", name)
    if key not in site.memo:
        site.memo[key] = PLANTERS[name].plant(site)
    return site.memo[key]


# -- the parse check ------------------------------------------------------------------------

def keeps_grammar(site: Site, draft: Draft) -> bool:
    """True when the altered sentence still parses as a sentence should.

    "same-shape": the words around the change keep their parts of speech (at most one
    differs) and a replaced word keeps its own ("union" → "onion" stays a noun).
    "complete-sentence": one sentence with a verb and its subject. Drafts with no check (a
    misspelling, a lost quotation mark) are kept: their point is that they are wrong.
    """
    if draft.check is None:
        return True
    from medialit.nlp import load_nlp

    text, (start, end) = site.text, draft.reach
    altered = text[start:draft.edit.start] + draft.replacement + text[draft.edit.end:end]
    nlp = load_nlp()
    new = nlp(altered)
    if draft.check == "complete-sentence":
        sentences = list(new.sents)
        root = sentences[0].root if len(sentences) == 1 else None
        return root is not None and root.pos_ in ("VERB", "AUX") and any(
            child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in root.children)
    old = [t for t in site.article.doc if start <= t.idx < end]
    cut_start = draft.edit.start - start
    cut_end_old, cut_end_new = draft.edit.end - start, cut_start + len(draft.replacement)
    outside_old = [t.pos_ for t in old
                   if t.idx - start + len(t) <= cut_start or t.idx - start >= cut_end_old]
    outside_new = [t.pos_ for t in new if t.idx + len(t) <= cut_start or t.idx >= cut_end_new]
    if len(outside_old) != len(outside_new) or \
            sum(a != b for a, b in zip(outside_old, outside_new)) > 1:
        return False
    replaced_old = [t.pos_ for t in old if cut_start <= t.idx - start < cut_end_old]
    replaced_new = [t.pos_ for t in new if cut_start <= t.idx < cut_end_new]
    if replaced_old and draft.edit.end > draft.edit.start:
        return _same_class(replaced_old[-1], replaced_new[-1] if replaced_new else "")
    return True


def _same_class(old: str, new: str) -> bool:
    nouns = ("NOUN", "PROPN")
    return old == new or (old in nouns and new in nouns)


# -- choosing ---------------------------------------------------------------------------------

def _sentences(site: Site, draft: Draft) -> set[int]:
    first, last = draft.reach[0], max(draft.reach[0], draft.reach[1] - 1)
    return set(range(site.sentence_at(first), site.sentence_at(last) + 1))


def _fits(site: Site, draft: Draft, chosen: list[Draft]) -> bool:
    """No two plants in one sentence, no plant on another's evidence, no two plants proved by
    the same evidence (one person given a wrong job once is enough) and no word changed twice
    ("talks" → "walks" once is enough)."""
    mine = _sentences(site, draft)
    word = draft.edit.text.lower()
    for other in chosen:
        if mine & _sentences(site, other) or set(draft.related) & set(other.related):
            return False
        if word.isalpha() and other.edit.text.lower() == word:
            return False
        for edit, related in ((draft.edit, other.related), (other.edit, draft.related)):
            if any(edit.start <= span.end and span.start <= edit.end for span in related):
                return False
    return True


def choose(site: Site, names: Sequence[str], errors: int, rng: random.Random,
           chosen: Sequence[Draft] = (), used: set[int] = frozenset(),
           barred: set[int] = frozenset()) -> list[Draft]:
    """Add drafts to ``chosen`` until there are ``errors``, taking the planters in turn.

    ``used`` are sentences earlier versions planted in: they are taken last, so versions
    differ. ``barred`` are sentences never to plant in (a re-rolled plant's own place).
    """
    chosen = list(chosen)
    order = list(names)
    rng.shuffle(order)
    pools = {}
    for name in order:
        drafts = [d for d in candidates(site, name) if not _sentences(site, d) & barred]
        rng.shuffle(drafts)
        drafts.sort(key=lambda d: bool(_sentences(site, d) & used))  # fresh places first
        pools[name] = drafts
    most = {name: max(2, -(-errors * 3 // 10)) for name in order}
    most.update({"loaded-verb": max(1, errors // NOTE_SHARE), "unclosed-quote": MOST_QUOTE_MARKS})
    while len(chosen) < errors and any(pools.values()):
        for name in order:
            if len(chosen) >= errors:
                break
            pool = pools[name]
            if sum(d.planter == name for d in chosen) >= most[name]:
                pool.clear()
            while pool:
                draft = pool.pop(0)
                if _fits(site, draft, chosen) and keeps_grammar(site, draft):
                    chosen.append(draft)
                    break
    return chosen


def _hunt(site: Site, drafts: list[Draft], *, seed: int, version: int, names: tuple[str, ...],
          errors: int, title: str | None, made: bool = True) -> Hunt:
    """The hunt of the chosen drafts; ``made`` False for a teacher's edit, which is not
    a shortfall to explain."""
    text, plants = apply_drafts(site.text, drafts)
    notes = []
    if made and len(plants) < errors:
        notes.append(f"Only {len(plants)} of the {errors} errors asked for fit this article "
                     "(each needs a sentence of its own and evidence elsewhere in the article): "
                     "a longer article, or more kinds of error, leaves room for more.")
    return Hunt(original=site.text, text=text, plants=plants, seed=seed, version=version,
                planters=names, asked=errors, title=title or site.article.title.text,
                notes=notes, site=site)


def _versions(site: Site, count: int, errors: int, kinds: Sequence[str] | None, seed: int,
              title: str | None) -> list[Hunt]:
    names = planter_names(kinds)
    hunts, used = [], set()
    for version in range(count):
        rng = random.Random(f"medialit-hunt:{seed}:{version}")
        drafts = choose(site, names, errors, rng, used=used)
        for draft in drafts:
            used |= _sentences(site, draft)
        hunts.append(_hunt(site, drafts, seed=seed, version=version, names=names,
                           errors=errors, title=title))
    return hunts


def make_hunt(text: str, *, errors: int = 10, kinds: Sequence[str] | None = None, seed: int = 0,
              version: int = 0, title: str | None = None) -> Hunt:
    """Plant ``errors`` errors in a clean article and return the hunt.

    ``text`` is read as ``medialit.article.make_article`` reads it (an HTML page becomes its
    article, line endings become ``\\n``): ``Hunt.original`` is that text, and every offset
    indexes it or ``Hunt.text``.
    ``kinds`` are planter names or key kinds (``PLANTERS``; all when None). The same text,
    seed and version give the same hunt; ``version`` k is the k-th hunt of
    ``make_versions`` (its errors in other places than versions 0 to k-1). When the article
    has room for fewer errors, fewer are planted and ``Hunt.notes`` says so.

    >>> hunt = make_hunt(open("seeds/practice-bridge-toll.txt").read(), errors=3)  # doctest: +SKIP
    """
    if errors < 0:
        raise ValueError("The number of errors cannot be negative.")
    return _versions(read_site(text), version + 1, errors, kinds, seed, title)[version]


def make_versions(text: str, versions: int, **kw) -> list[Hunt]:
    """``versions`` different hunts of one article, for neighbours who cannot copy: each
    version plants first where no earlier version did. Takes ``make_hunt``'s keywords."""
    kw.pop("version", None)
    if versions < 1:
        raise ValueError("Ask for at least one version.")
    errors, kinds = kw.pop("errors", 10), kw.pop("kinds", None)
    seed, title = kw.pop("seed", 0), kw.pop("title", None)
    if kw:
        raise TypeError(f"make_versions() got unexpected keywords: {', '.join(sorted(kw))}")
    return _versions(read_site(text), versions, errors, kinds, seed, title)


def drop_plant(hunt: Hunt, index: int) -> Hunt:
    """The hunt without its plant number ``index`` (0-based, in reading order): the text
    there goes back to the article's own words."""
    drafts = [d for i, d in enumerate(hunt.drafts) if i != index]
    if len(drafts) == len(hunt.plants):
        raise IndexError(f"The hunt has no plant number {index}.")
    return _rebuilt(hunt, drafts)


def reroll_plant(hunt: Hunt, index: int, seed: int) -> Hunt:
    """The hunt with plant ``index`` replaced by another of any of the hunt's kinds, at a
    place no plant uses (nor the replaced one). When nothing else fits, the plant is
    dropped and ``Hunt.notes`` says so."""
    drafts = hunt.drafts
    if not 0 <= index < len(drafts):
        raise IndexError(f"The hunt has no plant number {index}.")
    site = hunt.site if isinstance(hunt.site, Site) else read_site(hunt.original)
    gone = drafts[index]
    kept = drafts[:index] + drafts[index + 1:]
    rng = random.Random(f"medialit-reroll:{hunt.seed}:{hunt.version}:{seed}")
    chosen = choose(site, hunt.planters, len(kept) + 1, rng, chosen=kept,
                    barred=_sentences(site, gone))
    rebuilt = _rebuilt(replace(hunt, site=site), chosen)
    if len(chosen) == len(kept):
        rebuilt.notes.append("No other error fits this article: the plant was dropped.")
    return rebuilt


def _rebuilt(hunt: Hunt, drafts: list[Draft]) -> Hunt:
    site = hunt.site if isinstance(hunt.site, Site) else read_site(hunt.original)
    return _hunt(site, drafts, seed=hunt.seed, version=hunt.version, names=hunt.planters,
                 errors=hunt.asked, title=hunt.title, made=False)

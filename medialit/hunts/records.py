"""What a made error hunt is: the planted errors as typed records, and the hunt that holds them.

A planter proposes a ``Draft``: one edit of the clean article, in the clean article's offsets.
A ``Hunt`` applies its drafts to the clean text and turns each into a ``Plant``, whose offsets
index the altered text a student reads. The answer key (``Hunt.key()``) and the metadata
(``Hunt.meta()``) are in the ``seeds/`` formats (``seeds/README.md``).
"""
from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from medialit.article import Span

Severity = Literal["error", "warning", "note"]


@dataclass(frozen=True)
class Draft:
    """One error a planter proposes, before it is placed in the hunt.

    ``edit`` is the stretch of the clean article that changes (empty for an insertion) and
    ``replacement`` what takes its place. ``flag`` is the span a student should circle, in
    the text after this one edit. ``reach`` covers the sentences (or the paragraph) the error
    touches in the clean article: no other plant may come near it. ``related`` are the places
    in the clean article that prove the error (they are never edited).
    """

    planter: str  # the planter's name ("slip", "role" …): PLANTERS in medialit.hunts.planting
    kind: str  # the key kind ("inconsistent-term", "role-conflict" …)
    edit: Span
    replacement: str
    flag: tuple[int, int]
    reach: tuple[int, int]
    related: tuple[Span, ...]
    explanation: str
    correction: str | None
    hint: str
    severity: Severity = "error"
    other_kinds: tuple[str, ...] = ()
    check: str | None = "same-shape"  # how the parse checks the altered sentence, or None

    @property
    def delta(self) -> int:
        return len(self.replacement) - (self.edit.end - self.edit.start)


@dataclass(frozen=True)
class Plant:
    """One planted error in a made hunt; ``start``/``end``/``text`` index ``Hunt.text``.

    ``original`` is what the clean article said where the text was changed (clean offsets)
    and ``replacement`` what the hunt says instead, at ``changed`` (altered offsets).
    ``related`` index the altered text. ``sentence`` and ``original_sentence`` are the
    sentence (or paragraph) as the student reads it and as the article had it, for a teacher
    reviewing the plant.
    """

    kind: str
    start: int
    end: int
    text: str
    original: Span
    replacement: str
    changed: Span
    other_kinds: tuple[str, ...]
    severity: Severity
    explanation: str
    correction: str | None
    related: tuple[Span, ...]
    hint: str
    planter: str
    sentence: str
    original_sentence: str
    draft: Draft = field(repr=False, compare=False)

    @property
    def is_note(self) -> bool:
        """A discussion note (a loaded reporting verb): it never costs a student points."""
        return self.severity == "note"

    def key_entry(self, number: int) -> dict:
        """This plant as an entry of ``<stem>.errors.json`` (``seeds/README.md``)."""
        return {
            "id": f"e{number:02d}",
            "span": Span(self.start, self.end, self.text).as_dict(),
            "kind": self.kind,
            "other_kinds": list(self.other_kinds),
            "severity": self.severity,
            "detectable": "text",
            "explanation": self.explanation,
            "correction": self.correction,
            "related": [span.as_dict() for span in self.related],
            "source": None,
            "hint": self.hint,
            "planted": {"planter": self.planter, "was": self.original.text,
                        "now": self.replacement},
        }


def shifted(drafts: list[Draft], offset: int) -> int:
    """Where an offset of the clean article (outside every edit) stands after the drafts."""
    return offset + sum(d.delta for d in drafts if d.edit.end <= offset)


def apply_drafts(original: str, drafts: list[Draft]) -> tuple[str, list[Plant]]:
    """The altered text and its plants, for drafts whose reaches do not overlap."""
    drafts = sorted(drafts, key=lambda d: d.edit.start)
    pieces, at, before = [], 0, 0
    plants = []
    for draft in drafts:
        pieces += [original[at:draft.edit.start], draft.replacement]
        at = draft.edit.end
        start, end = (offset + before for offset in draft.flag)
        changed_at = draft.edit.start + before
        reach_start = draft.reach[0] + before
        reach_end = draft.reach[1] + before + draft.delta
        plants.append((draft, start, end, changed_at, reach_start, reach_end))
        before += draft.delta
    pieces.append(original[at:])
    text = "".join(pieces)
    made = []
    for draft, start, end, changed_at, reach_start, reach_end in plants:
        related = tuple(_moved(drafts, span) for span in draft.related)
        made.append(Plant(
            kind=draft.kind, start=start, end=end, text=text[start:end], original=draft.edit,
            replacement=draft.replacement,
            changed=Span(changed_at, changed_at + len(draft.replacement), draft.replacement),
            other_kinds=draft.other_kinds, severity=draft.severity,
            explanation=draft.explanation, correction=draft.correction, related=related,
            hint=draft.hint, planter=draft.planter, sentence=text[reach_start:reach_end],
            original_sentence=original[draft.reach[0]:draft.reach[1]], draft=draft))
    return text, made


def _moved(drafts: list[Draft], span: Span) -> Span:
    start = shifted(drafts, span.start)
    end = shifted(drafts, span.end - 1) + 1 if span.end > span.start else start
    return Span(start, end, span.text)


@dataclass
class Hunt:
    """An error hunt made from a clean article: the altered text and its planted errors.

    ``original`` is the clean article, ``text`` what students read, ``plants`` the errors in
    reading order. ``planters`` are the kinds of error the hunt may use, ``asked`` how many
    errors were asked for and ``notes`` what the maker wants the teacher to know (fewer
    errors fitted than were asked for, say).
    """

    original: str
    text: str
    plants: list[Plant]
    seed: int = 0
    version: int = 0
    planters: tuple[str, ...] = ()
    asked: int = 0
    title: str | None = None
    notes: list[str] = field(default_factory=list)
    site: object = field(default=None, repr=False, compare=False)  # the parsed clean article

    @property
    def drafts(self) -> list[Draft]:
        return [plant.draft for plant in self.plants]

    def key(self) -> list[dict]:
        """The answer key: one entry per plant in the ``errors`` format of ``seeds/README.md``.

        >>> Hunt("A", "A", []).key()
        []
        """
        return [plant.key_entry(number) for number, plant in enumerate(self.plants, 1)]

    def meta(self, source: str | None = None) -> dict:
        """The hunt's ``<stem>.meta.json``: where the article comes from and how it was made."""
        first_line = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        kinds = sorted({plant.kind for plant in self.plants})
        return {
            "schema_version": 1,
            "title": first_line,
            "file": None,
            "sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            "original_file_name": source,
            "description": (f"An error hunt made by medialit's make-hunt from "
                            f"{source or 'an article'}: {len(self.plants)} errors were planted "
                            "by machine. A teacher should read each one (the explanation says "
                            "why it is wrong) before students see the hunt."),
            "based_on": {"outlet": None, "date": None, "subject": self.title or first_line},
            "deliberate_errors": True,
            "language": "en",
            "made_by": "python -m medialit make-hunt",
            "machine_made": True,
            "source": source,
            "seed": self.seed,
            "version": self.version,
            "kinds": kinds,
            "planters": list(self.planters),
            "errors": {"asked": self.asked, "planted": len(self.plants),
                       "notes": sum(plant.is_note for plant in self.plants)},
            "date": datetime.date.today().isoformat(),
            "notes": list(self.notes),
        }

"""The engine's results as typed records: what a quote, a source and a finding are.

Every other module of the engine imports these downward; this one imports nothing of the kit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "indirect"]
SpeakerKind = Literal["named", "anonymous", "vague", "unknown"]


@dataclass
class Quote:
    """One attribution: a direct quote or a piece of indirect speech.

    Offsets index ``article.text``. For a direct quote ``start``/``end`` cover the words
    without the marks; for indirect speech, the reported clause.
    """

    start: int
    end: int
    text: str
    kind: QuoteKind
    form: str | None = None  # direct: "full", "partial" or "scare"; indirect: None
    speaker: str | None = None
    speaker_kind: SpeakerKind = "unknown"
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_lemma: str | None = None
    stance: str | None = None  # "neutral" or "loaded"
    rule: str = ""
    speaker_reason: str = ""
    paragraph: int = 0
    open_mark: str | None = None
    close_mark: str | None = None
    balanced: bool = True
    alternatives: list[str] = field(default_factory=list)  # other people "he" could be

    @property
    def words(self) -> int:
        return len(re.findall(r"\w+(?:[’'-]\w+)*", self.text))

    def as_dict(self) -> dict:
        """The JSON shape of a quote (see the contract in docs/engine.md)."""
        keys = ("start", "end", "text", "kind", "speaker", "speaker_kind", "speaker_start",
                "speaker_end", "cue", "cue_start", "cue_end", "form", "stance", "rule",
                "speaker_reason", "balanced", "alternatives")
        return {key: getattr(self, key) for key in keys}


@dataclass(frozen=True)
class Speaker:
    """Who a reporting verb gives as the speaker, and why the engine thinks so.

    ``name`` is None when the article does not say who; ``start``/``end`` index the words
    naming the speaker in ``article.text`` (None with no such words); ``alternatives`` are the
    other people a pronoun could stand for, so an ambiguous "he" can be shown as ambiguous.
    """

    name: str | None
    kind: SpeakerKind
    start: int | None
    end: int | None
    reason: str
    alternatives: tuple[str, ...] = ()


@dataclass
class Source:
    """Everyone quoted or cited, with what the article says about them."""

    name: str
    kind: str  # "named", "anonymous" or "vague"
    role: str | None = None  # the first description the article gives
    roles: list[str] = field(default_factory=list)  # every description, in order
    affiliation: str | None = None
    party: str | None = None
    quotes: int = 0
    words: int = 0
    first_at: int = 0  # offset of the source's first quote
    shown_as: str | None = None  # the name as a student sees it: "Beijing (Chinese government)"

    def as_dict(self) -> dict:
        keys = ("name", "kind", "role", "affiliation", "quotes", "words", "roles", "party")
        record = {key: getattr(self, key) for key in keys}
        if self.shown_as and self.shown_as != self.name:
            record["shown_as"] = self.shown_as  # only where the name alone would mislead
        return record


KINDS = ("spelling", "inconsistent-term", "role-conflict", "unbalanced-quote",
         "missing-attribution", "anonymous-source", "vague-attribution", "ambiguous-pronoun",
         "self-contradiction", "misplaced-modifier", "other")
SEVERITIES = ("error", "warning", "note")


@dataclass
class Finding:
    """One problem found in the article; ``start``/``end`` index ``article.text``."""

    start: int
    end: int
    text: str
    kind: str
    message: str
    suggestion: str | None = None
    rule: str = ""  # the id of the rule that found it ("quotes.unclosed"; docs/rules.md)
    severity: str = "warning"  # "error", "warning" or "note"
    related: list[tuple[int, int]] = field(default_factory=list)  # places that show the problem

    def as_dict(self) -> dict:
        keys = ("start", "end", "text", "kind", "message", "suggestion", "rule", "severity")
        found = {key: getattr(self, key) for key in keys}
        found["related"] = [{"start": start, "end": end} for start, end in self.related]
        return found

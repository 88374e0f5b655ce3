"""The register of rules: each rule declares its id, kind, severity and description once.

A rule is a function ``(article, quotes) -> iterable of Spot`` decorated with ``@rule(...)``.
It says only where the problem is and how to explain it; the register adds what the rule
declared (its kind, its severity, its id as the finding's ``rule``), so those never drift
between call sites. Ids are dotted and lower case (``quotes.unclosed``), as proselint names its
checks, and stay fixed: tests, saved analyses and teachers refer to rules by them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from medialit.article import Article
from medialit.model import KINDS, SEVERITIES, Finding, Quote

ID_PATTERN = re.compile(r"[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+")


@dataclass(frozen=True)
class Spot:
    """One place a rule circles: ``start``/``end`` index ``article.text``; ``related`` are
    other ``(start, end)`` places that show the problem."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    related: tuple[tuple[int, int], ...] = field(default_factory=tuple)


Find = Callable[[Article, list[Quote]], Iterable[Spot]]


@dataclass(frozen=True)
class Rule:
    """One registered rule. ``description`` is one line saying what the rule circles."""

    id: str
    kind: str
    severity: str
    description: str
    find: Find

    def run(self, article: Article, quotes: list[Quote]) -> list[Finding]:
        """The rule's findings on one article, in the order the rule finds them.

        A place the rule circles twice (one reporting verb shared by several quotes) is
        reported once: a reader sees one problem there, not four."""
        findings, circled = [], set()
        for spot in self.find(article, quotes):
            if (spot.start, spot.end) in circled:
                continue
            circled.add((spot.start, spot.end))
            findings.append(Finding(spot.start, spot.end, article.text[spot.start:spot.end],
                                    self.kind, spot.message, spot.suggestion, self.id,
                                    self.severity, list(spot.related)))
        return findings


RULES: dict[str, Rule] = {}  # every rule by id, in the order the checks run


def rule(id: str, kind: str, severity: str, description: str) -> Callable[[Find], Find]:
    """Register the decorated function as the rule ``id``; the function itself is unchanged."""
    if not ID_PATTERN.fullmatch(id):
        raise ValueError(f"rule id {id!r} is not dotted lower-case words, like 'quotes.unclosed'")
    if id in RULES:
        raise ValueError(f"rule id {id!r} is registered twice")
    if kind not in KINDS:
        raise ValueError(f"rule {id!r}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if severity not in SEVERITIES:
        raise ValueError(f"rule {id!r}: severity {severity!r} is not one of "
                         f"{', '.join(SEVERITIES)}")
    if not description.strip() or "\n" in description:
        raise ValueError(f"rule {id!r}: the description must be one line")

    def register(find: Find) -> Find:
        RULES[id] = Rule(id, kind, severity, description, find)
        return find

    return register


def rules(ids: Iterable[str] | None = None) -> list[Rule]:
    """The registered rules in the order they run; only those in ``ids`` when given.

    An id that names no rule raises ``ValueError`` (a typo must not silently run nothing).
    """
    if ids is None:
        return list(RULES.values())
    wanted = set(ids)
    unknown = sorted(wanted - set(RULES))
    if unknown:
        raise ValueError(f"no rule with the id {', '.join(map(repr, unknown))}; "
                         f"the ids are listed in docs/rules.md")
    return [found for id, found in RULES.items() if id in wanted]


SEVERITY_RANK = {"error": 0, "warning": 1, "note": 2}


def run_checks(article: Article, quotes: list[Quote],
               only: Iterable[str] | None = None) -> list[Finding]:
    """Every rule (or only the rules whose ids are in ``only``) on one article, sorted by
    position.

    Two rules may circle the same words for the same kind of problem (a weekday that fits
    neither the other mention nor the dateline); a student sees that spot once, with the
    more severe rule's message, or the earlier-registered rule's when they are equal.
    """
    findings = [finding for chosen in rules(only) for finding in chosen.run(article, quotes)]
    kept: dict[tuple[int, int, str], Finding] = {}
    for finding in findings:
        spot = (finding.start, finding.end, finding.kind)
        if spot not in kept or (SEVERITY_RANK.get(finding.severity, 1) <
                                SEVERITY_RANK.get(kept[spot].severity, 1)):
            kept[spot] = finding
    return sorted(kept.values(), key=lambda finding: (finding.start, finding.kind))

"""What a careful editor would circle: a register of rules, one per kind of problem.

Each rule is a general rule that works on any article. It is registered with a stable id
(``quotes.unclosed``), the kind of problem, a severity and a one-line description, and returns
findings with a message a 14-year-old can follow and a suggested correction where one exists.
``RULES`` (or ``rules()``) lists them, in the order they run; ``run_checks`` runs them all, or
the ones chosen by id. Notes (severity "note") are for discussion, not errors: anonymous and
vague sourcing is sometimes justified, and the lesson is to ask why. The list of ids is in
docs/rules.md.

To add a rule: write a function ``(article, quotes) -> iterable of Spot`` in the module of its
subject, decorate it with ``@rule(id, kind, severity, description)``, give it a row in
tests/test_checks.py that makes it fire and a near miss it must leave alone, and rewrite
docs/rules.md with scripts/write_rules_doc.py. Word lists go in ``medialit/data/``.

>>> RULES["quotes.unclosed"].severity
'error'
"""
from __future__ import annotations

from medialit.checks.registry import RULES, Rule, Spot, rule, rules, run_checks

# the subjects, imported to register their rules; this order is the order the rules run in
from medialit.checks import (quotation, attribution, claims, references,  # noqa: F401
                             contradictions, spelling, terms, wording, slips, figures,
                             arithmetic, dates, shares, tallies, misspellings, respellings,
                             posts, employers, positions, reckoning, measures,
                             differences, elapsed)
from medialit.checks import linked_terms, jobs  # noqa: F401
from medialit.checks import tied_terms  # noqa: F401
from medialit.checks import opposites, renamed_bodies  # noqa: F401
from medialit.checks import time_between, splits  # noqa: F401
from medialit.checks import phrases  # noqa: F401

__all__ = ["RULES", "Rule", "Spot", "rule", "rules", "run_checks"]

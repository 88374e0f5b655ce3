"""Write docs/rules.md: every registered error rule with its id, kind, severity and description.

Run after adding or changing a rule (tests/test_checks.py fails while the page is out of date):

    PYTHONPATH=$PWD .venv/bin/python scripts/write_rules_doc.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "rules.md"

INTRO = """# The error rules

What the engine's checks circle (`medialit/checks/`). Each rule has a fixed id: the `rule` of
an issue in the JSON (`python -m medialit analyze --json`), and the name tests and teachers use
for it. The kind is one of the issue kinds of the JSON contract (docs/engine.md); a note is for discussion, not an
error. The description is one line; analyses saved before the ids existed give it as their
`rule`, and `scripts/compare_analysis.py` maps it back to the id. The word lists the rules read
are in `medialit/data/` (`check_words.json`, `usage.json`, `opinion_markers.txt`,
`slips.json`, `fixed_phrases.txt`, `british_spellings.txt`, `workplace_posts.txt`,
`figure_sources.txt`; the quote engine reads `given_names.json` to tell whom a "he" or "she" can
mean).

This page is written by `scripts/write_rules_doc.py` from the register; do not edit it by hand.

| id | kind | severity | description |
|---|---|---|---|
"""


def rules_doc() -> str:
    """The page's text, from the rules in the order they run."""
    from medialit.checks import rules

    rows = [f"| `{rule.id}` | {rule.kind} | {rule.severity} | "
            f"{rule.description.replace('|', '/')} |" for rule in rules()]
    return INTRO + "\n".join(rows) + "\n"


def main() -> int:
    DOC.write_text(rules_doc(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

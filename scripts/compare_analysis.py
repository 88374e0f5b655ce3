"""Save the engine's analysis of a fixed set of articles, or compare it with a saved one.

A change that should not alter what the engine finds (a refactor, a speed-up, stored
analyses) is checked by saving before and comparing after:

    .venv/bin/python scripts/compare_analysis.py --save /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python scripts/compare_analysis.py --against /tmp/before.jsonl

The set: the seed and the practice articles (``seeds/``), every test article
(``tests/articles/`` and its ``heldout/`` folder; the ``blind/`` articles, kept for measuring
the checks' recall, are left out so that the set stays the same) and, when the workspace has it, the PolNeAR
development corpus (``../shared/corpora/polnear-dev/text/``, or ``../../shared/…`` from a
git worktree). Each article gives one line: its
JSON contract (as ``python -m medialit analyze --json`` prints it), with the path made relative.
The seed and the test articles are also analysed without the English model (``--no-model``
pipeline), so the rule-based path is compared too. Exit status 1 when anything differs.

An issue's ``rule`` is a rule id (``quotes.unclosed``, listed in docs/rules.md). Files saved
before the ids existed hold the rule's old prose instead ("an opening quotation mark with no
closing mark in its paragraph"); each rule's registered description is exactly that prose, so
a saved prose ``rule`` is mapped to its id through the register before comparing.

Only the keys the saved file has are compared: a key added to the JSON contract later (adding
keys is allowed, as ``meta`` was) does not count as a difference, so an older saved file still
checks that the analysis itself is unchanged.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the workspace's shared folder is beside the checkout, or one level up from a git worktree
POLNEAR = next((base / "shared" / "corpora" / "polnear-dev" / "text"
                for base in (ROOT.parent, ROOT.parent.parent)
                if (base / "shared" / "corpora" / "polnear-dev" / "text").is_dir()),
               ROOT.parent / "shared" / "corpora" / "polnear-dev" / "text")


def article_paths(include_polnear: bool = True) -> tuple[list[Path], list[Path]]:
    """(articles analysed with the model, articles also analysed without it)."""
    articles = ROOT / "tests" / "articles"
    kit = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted(articles.glob("*.txt")),
           *sorted((articles / "heldout").glob("*.txt"))]
    corpus = sorted(POLNEAR.glob("*.txt")) if include_polnear and POLNEAR.is_dir() else []
    return kit + corpus, kit


def analyses(include_polnear: bool = True) -> dict[str, dict]:
    """Every article's analysis as the JSON contract, keyed by "model:" or "rules:" and its path."""
    from medialit import nlp
    from medialit.analysis import analyze, analyze_many
    from medialit.article import load_article

    with_model, without_model = article_paths(include_polnear)
    results = {}
    # stored=False: always the engine's fresh analysis, never one stored for the seed and the
    # practice articles (tests/test_stored_analyses.py checks those are identical to fresh ones)
    fresh = analyze_many((load_article(p) for p in with_model), stored=False)
    for path, result in zip(with_model, fresh):
        results["model:" + _relative(path)] = _portable(result.as_dict(), path)
    # the rule-based pipeline, as on a machine with no English model installed
    nlp.load_nlp.cache_clear()
    nlp._load_model = lambda: None
    for path in without_model:
        result = analyze(load_article(path), stored=False)
        results["rules:" + _relative(path)] = _portable(result.as_dict(), path)
    return results


def _relative(path: Path) -> str:
    for base in (ROOT, POLNEAR.parent.parent.parent):
        if path.is_relative_to(base):
            return str(path.relative_to(base))
    return path.name


def _portable(data: dict, path: Path) -> dict:
    return dict(data, path=_relative(path))


def with_rule_ids(analysis: dict) -> dict:
    """``analysis`` with each issue's old prose ``rule`` replaced by the id of the rule whose
    description it is (ids and unknown strings are left as they are)."""
    from medialit.checks import rules

    ids = {found.description: found.id for found in rules()}
    issues = [dict(issue, rule=ids.get(issue.get("rule"), issue.get("rule")))
              for issue in analysis.get("issues", [])]
    return dict(analysis, issues=issues) if "issues" in analysis else analysis


def differences(before: dict[str, dict], after: dict[str, dict], limit: int = 20) -> list[str]:
    """Lines describing what differs, at most ``limit`` of them."""
    lines = []
    for key in sorted(set(before) | set(after)):
        if key not in after:
            lines.append(f"{key}: missing now")
        elif key not in before:
            lines.append(f"{key}: new (not in the saved file)")
        elif before[key] != after[key]:
            for part in sorted(set(before[key]) | set(after[key])):
                old, new = before[key].get(part), after[key].get(part)
                if old != new:
                    lines.append(f"{key}: '{part}' differs\n  before: {_short(old)}\n  after:  {_short(new)}")
        if len(lines) >= limit:
            break
    return lines


def _saved_keys_only(data: dict, saved: dict | None) -> dict:
    """``data`` without the keys that are new since ``saved`` was written."""
    return data if saved is None else {part: value for part, value in data.items() if part in saved}


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) < 400 else text[:400] + " …"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", metavar="FILE", help="write the analyses to FILE (JSON Lines)")
    action.add_argument("--against", metavar="FILE", help="compare with analyses saved earlier")
    parser.add_argument("--no-polnear", action="store_true", help="only the kit's own articles")
    args = parser.parse_args(argv)
    results = analyses(include_polnear=not args.no_polnear)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for key, data in results.items():
                out.write(json.dumps({"key": key, "analysis": data}, ensure_ascii=False) + "\n")
        print(f"saved {len(results)} analyses to {args.save}")
        return 0
    saved = {}
    with open(args.against, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            saved[row["key"]] = with_rule_ids(row["analysis"])
    if args.no_polnear:
        saved = {key: value for key, value in saved.items() if "polnear" not in key}
    results = {key: _saved_keys_only(data, saved.get(key)) for key, data in results.items()}
    found = differences(saved, results)
    for line in found:
        print(line)
    same = sum(1 for key in results if saved.get(key) == results[key])
    print(f"{same} of {len(set(saved) | set(results))} analyses identical")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

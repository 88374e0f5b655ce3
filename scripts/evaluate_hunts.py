"""Measure make-hunt (``medialit.hunts``): would a teacher keep its plants, does the engine see
them, and how long does a hunt take?

- **Keep-rate**: ``scripts/judged_plants.tsv`` holds hand verdicts on plants of made hunts
  (article, seed, version, planter, kind, start, end, planted words, verdict, reason). The
  script makes each judged hunt again and counts a verdict only while the plant is still
  made at the same place with the same words (a planter change makes old verdicts stale; they
  are reported as such, not counted).
- **Detection**: each article's hunt is analysed by the engine (``medialit.analysis``); a plant
  is found when a finding of its kind (or one of its other kinds) overlaps the planted span
  and was not already in the clean article. The planters plant what teaches, not what the
  engine can find, so this figure is reported, not aimed at.
- **Time**: reading the article (``load_article``) plus making the hunt plus the engine's quote
  key (``write_hunt`` into a temporary folder), per article, after spaCy is loaded once; and
  spaCy's load itself.

Run: ``PYTHONPATH=$PWD .venv/bin/python scripts/evaluate_hunts.py [FILES…] [--errors N]
[--seed S] [--show]``. ``--show`` prints every plant of the hunts, for judging. The exit
status is always 0: this is a measurement.
"""
from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "scripts" / "judged_plants.tsv"
POLNEAR = Path("/work/shared/corpora/polnear-dev/text")


def default_articles() -> list[Path]:
    """The clean test articles, the held-out ones, and (when on this machine) one PolNeAR text
    of each outlet, read in place."""
    paths = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "articles" / "heldout").glob("*.txt"))
    if POLNEAR.is_dir():
        outlets = defaultdict(list)
        for path in sorted(POLNEAR.glob("*.txt")):
            outlets[path.name.split("_")[0]].append(path)
        paths += [found[0] for found in outlets.values()]
    return paths


def find_article(name: str, paths: list[Path]) -> Path | None:
    return next((p for p in paths if p.name == name), None) or \
        next((p for p in [ROOT / name, POLNEAR / name] if p.exists()), None)


def keep_rates(paths: list[Path]) -> dict:
    """The judged plants that are still made, by planter: kept, judged, stale."""
    from medialit.hunts import make_hunt

    rows = []
    if JUDGED.exists():
        rows = list(csv.DictReader(JUDGED.open(encoding="utf-8"), delimiter="\t"))
    hunts, figures = {}, defaultdict(Counter)
    for row in rows:
        path = find_article(row["article"], paths)
        key = (row["article"], int(row["seed"]), int(row["version"]), int(row["errors"]))
        if path is not None and key not in hunts:
            hunts[key] = make_hunt(path.read_text(encoding="utf-8"), errors=key[3], seed=key[1],
                                   version=key[2])
        hunt = hunts.get(key)
        still = hunt is not None and any(
            p.planter == row["planter"] and p.start == int(row["start"]) and
            p.end == int(row["end"]) and p.text[:40] == row["text"] for p in hunt.plants)
        counts = figures[row["planter"]]
        if not still:
            counts["stale"] += 1
            continue
        counts["judged"] += 1
        counts["kept"] += row["verdict"] == "yes"
    return figures


def detection(hunts: list) -> dict:
    """Plants the engine finds, by planter: (found, planted)."""
    from medialit.analysis import analyze
    from medialit.article import make_article

    found = defaultdict(Counter)
    for hunt in hunts:
        clean = {(i.kind, i.text) for i in analyze(make_article(hunt.original)).issues}
        issues = [i for i in analyze(make_article(hunt.text)).issues
                  if (i.kind, i.text) not in clean]
        for plant in hunt.plants:
            kinds = {plant.kind, *plant.other_kinds}
            hit = any(i.kind in kinds and i.start < max(plant.end, plant.start + 1) and
                      plant.start < i.end for i in issues)
            found[plant.planter]["planted"] += 1
            found[plant.planter]["found"] += hit
    return found


def show(name: str, hunt) -> None:
    print(f"\n=== {name} (seed {hunt.seed}, version {hunt.version}) {' '.join(hunt.notes)}")
    for plant in hunt.plants:
        print(f"{plant.planter}\t{plant.kind}\t{plant.start}\t{plant.end}\t{plant.text[:40]!r}"
              f"\n    was: {plant.original_sentence[:260]!r}\n    now: {plant.sentence[:260]!r}"
              f"\n    why: {plant.explanation}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="clean articles (default: see above)")
    parser.add_argument("--errors", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="print every plant, for judging")
    args = parser.parse_args(argv)
    started, started_cpu = time.perf_counter(), time.process_time()
    from medialit.nlp import load_nlp

    load_nlp()
    loading, loading_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    from medialit.article import load_article
    from medialit.hunts import make_hunt, write_hunt

    paths = args.files or default_articles()
    hunts, seconds, cpu = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            began, began_cpu = time.perf_counter(), time.process_time()
            hunt = make_hunt(load_article(path).text, errors=args.errors, seed=args.seed)
            write_hunt(hunt, folder, path.stem, source=path.name)
            seconds.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
            hunts.append(hunt)
            if args.show:
                show(path.name, hunt)
                print(f"    ({seconds[-1]:.2f} s)")
    planted = Counter(p.planter for h in hunts for p in h.plants)
    print(f"\nmake-hunt on {len(paths)} clean articles, {args.errors} errors asked for each "
          f"(seed {args.seed}): {sum(planted.values())} planted")
    found = detection(hunts)
    judged = keep_rates(paths)
    print(f"{'planter':<16}{'kind':<21}{'planted':>8}{'engine':>8}{'judged':>8}{'kept':>6}"
          f"{'rate':>7}{'stale':>7}")
    from medialit.hunts import PLANTERS

    totals = Counter()
    for name, planter in PLANTERS.items():
        f, j = found[name], judged[name]
        rate = f"{j['kept'] / j['judged']:.0%}" if j["judged"] else "—"
        print(f"{name:<16}{planter.kind:<21}{planted[name]:>8}{f['found']:>8}{j['judged']:>8}"
              f"{j['kept']:>6}{rate:>7}{j['stale']:>7}")
        totals.update({"found": f["found"], "planted": planted[name], **j})
    rate = f"{totals['kept'] / totals['judged']:.0%}" if totals["judged"] else "—"
    print(f"{'all':<37}{totals['planted']:>8}{totals['found']:>8}{totals['judged']:>8}"
          f"{totals['kept']:>6}{rate:>7}{totals['stale']:>7}")
    share = totals["found"] / totals["planted"] if totals["planted"] else 0
    print(f"The engine finds {totals['found']} of {totals['planted']} plants ({share:.0%}) "
          "in the altered articles.")
    print(f"Time per article (reading, planting, quote key; spaCy loaded): median "
          f"{statistics.median(seconds):.2f} s, longest {max(seconds):.2f} s (processor time "
          f"{statistics.median(cpu):.2f} s and {max(cpu):.2f} s); loading spaCy once: "
          f"{loading:.2f} s ({loading_cpu:.2f} s). On a shared machine the processor time is "
          "the steadier figure.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

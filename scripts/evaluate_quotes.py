"""Measure the quote engine against hand-made answer keys, PolNeAR and textacy.

Usage (from the repository root, in the project's virtual environment):

    python scripts/evaluate_quotes.py [--json FILE] [--targets] [--show-errors]
                                      [--polnear DIR | --no-polnear] [--overlap ggt|longer]

What it measures, and how (the figures are meant to sit beside the Gender Gap Tracker's and
Citron's published ones):

* Gold data. The seed article's key (``seeds/*.quotes.json``) and every test article that has
  a key (``tests/articles/*.quotes.json``); then, for evaluation only and read in place, the
  PolNeAR development split (brat standoff; never copied into the repository).
* Spans. Offsets are Python string indices into the article text. A span may have several
  fragments (PolNeAR's ``start end;start end``); its length is the sum of its fragments.
* Overlap. As the Gender Gap Tracker's ``evaluate_quotes.py`` does: the characters a
  prediction shares with a gold span, divided by the length of the *gold* span
  (``--overlap ggt``, the default). ``--overlap longer`` divides by the longer of the two
  spans instead, which is stricter (a prediction running over the whole paragraph no longer
  matches). A pair matches at threshold t when that ratio is >= t, for t = 0.3 and 0.8 (GGT
  writes a strict ``>``; on characters the two differ only at a ratio of exactly t).
* Matching. One to one and greedy: all gold-prediction pairs are ranked by overlap ratio
  (ties: by overlap over the longer span, then reading order), and each pair is taken if
  neither side is taken yet. GGT instead walks the gold quotes in order; best-first is
  order-independent.
* Precision, recall, F1. Micro-averaged: true positives, predictions and gold items are summed
  over articles before dividing. Empty cases are defined, not errors: with no prediction the
  precision is 1.0 (nothing false was claimed), with no gold item the recall is 1.0, and F1 is
  0.0 when both precision and recall are 0.
* Direct quotes: gold ``kind == "direct"``; predictions ``kind == "direct"`` without scare
  quotes (``form == "scare"``). Indirect speech: ``kind == "indirect"`` on both sides.
* Speaker accuracy: over the pairs matched at 0.3, the share whose predicted speaker equals the
  gold one after ``normalise_speaker`` (case, leading a/an/the, possessive 's, spaces and
  surrounding punctuation). It is strict: "Ruiz" is not "Ana Ruiz", since the keys give the
  fullest name the article uses. A gold ``null`` speaker matches only a predicted ``None``.
* PolNeAR: every attribution with a Content span is gold; it is direct when its content holds
  a double quotation mark (" “ ” „ « ») or an opening single one (‘), else indirect
  (’ is left out: it is mostly an apostrophe). Figures: direct contents vs predicted direct quotes;
  all contents vs every prediction but scare quotes, with and without ``include_beliefs``;
  source accuracy over matched pairs whose gold has a Source, two ways: the predicted speaker
  mention overlaps the Source span, or the predicted speaker's words include the Source's last
  word (PolNeAR sources are often pronouns, which the engine resolves to names). Also a
  Citron-style content overlap: characters shared by the union of gold contents and the union
  of predictions, over each union's size (Citron counts tokens; this counts characters).
* textacy: ``textacy.extract.triples.direct_quotations`` on the same spaCy Doc, content marks
  stripped, speaker = its speaker tokens joined by spaces. An article on which it raises
  ``ValueError`` (an odd number of quotation marks) counts as no prediction and is reported.
* Timing: spaCy's parse alone against parse + ``extract_quotes`` on a fresh article (so the
  parse is counted once), interleaved text by text, over every text above; and
  ``extract_quotes`` alone once the parse is cached.

Exit status 0, or 1 with ``--targets`` when a target in ``TARGETS`` is missed.
"""

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.3, 0.8)
DEFAULT_POLNEAR = ROOT / ".." / "shared" / "corpora" / "polnear-dev"
POLNEAR_MARKS = set('"“”„«»‘')
STRIP_MARKS = " \t\n\"“”„«»‘’'‹›"
ARTICLES = {"a", "an", "the"}
TARGETS = {  # (group, measure): minimum
    ("seed", "direct F1@0.3"): 0.95,
    ("seed", "direct speaker accuracy"): 0.90,
    ("tests (micro)", "direct F1@0.3"): 0.90,
    ("tests (micro)", "direct speaker accuracy"): 0.85,
}


@dataclass
class Item:
    """One gold or predicted attribution: its content span, speaker and speaker mention."""

    span: tuple
    speaker: str | None = None
    mention: tuple | None = None


# ---------------------------------------------------------------- metric functions (pure)

def fragments(span) -> tuple[tuple[int, int], ...]:
    """A span as a tuple of (start, end) fragments; accepts one (start, end) pair or several."""
    if span and isinstance(span[0], int):
        return (tuple(span),)
    return tuple(tuple(fragment) for fragment in span)


def span_length(span) -> int:
    """The number of characters a span covers (its fragments do not overlap)."""
    return sum(max(0, end - start) for start, end in fragments(span))


def overlap_chars(a, b) -> int:
    """The number of characters two spans share."""
    return sum(max(0, min(a_end, b_end) - max(a_start, b_start))
               for a_start, a_end in fragments(a) for b_start, b_end in fragments(b))


def overlap_ratio(gold, pred, denominator: str = "ggt") -> float:
    """Shared characters over the gold span's length ("ggt") or the longer span's ("longer").

    0.0 when the denominator is empty, so an empty span never matches anything.
    """
    size = span_length(gold) if denominator == "ggt" else max(span_length(gold), span_length(pred))
    return overlap_chars(gold, pred) / size if size else 0.0


def greedy_match(gold: list, pred: list, threshold: float, denominator: str = "ggt"):
    """One-to-one pairs (gold index, predicted index) whose overlap ratio is >= ``threshold``.

    Pairs are taken best ratio first (ties: higher overlap over the longer span, then reading
    order), each gold span and each prediction at most once; returned in gold order.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, pred_span in enumerate(pred):
            ratio = overlap_ratio(gold_span, pred_span, denominator)
            if ratio > 0 and ratio >= threshold:
                tie = overlap_ratio(gold_span, pred_span, "longer")
                candidates.append((-ratio, -tie, g, p))
    taken_gold, taken_pred, pairs = set(), set(), []
    for _, _, g, p in sorted(candidates):
        if g not in taken_gold and p not in taken_pred:
            taken_gold.add(g)
            taken_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 from counts; empty cases are defined (see the module docstring)."""
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def accuracy(correct: int, total: int) -> float | None:
    """``correct / total``, or None when there is nothing to judge."""
    return correct / total if total else None


def normalise_speaker(name: str | None) -> str | None:
    """A speaker's name reduced for comparison: lower case, curly apostrophes straight,
    possessive 's (and plural s') dropped, a leading a/an/the dropped, spaces collapsed,
    surrounding punctuation stripped. Empty names become None.

    >>> normalise_speaker("  The Union’s ")
    'union'
    """
    if name is None:
        return None
    text = re.sub(r"'s\b", "", name.replace("’", "'").casefold())
    text = re.sub(r"s'(?=\s|$)", "s", text)
    words = text.strip(" \t\n,.;:!?\"“”'‘").split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words) or None


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """True when both names are the same after ``normalise_speaker`` (both None counts)."""
    return normalise_speaker(gold) == normalise_speaker(pred)


def compare(gold: list[Item], pred: list[Item], checks: dict | None = None,
            denominator: str = "ggt") -> Counter:
    """Counts for one article: gold, pred, tp@t per threshold, and for each named check
    (a function of a matched gold and predicted item returning True, False or None for "does
    not apply") ``NAME_ok`` and ``NAME_n`` over the pairs matched at the lowest threshold."""
    counts = Counter(gold=len(gold), pred=len(pred))
    for threshold in THRESHOLDS:
        pairs = greedy_match([g.span for g in gold], [p.span for p in pred], threshold, denominator)
        counts[f"tp@{threshold}"] = len(pairs)
        if threshold != THRESHOLDS[0]:
            continue
        for name, check in (checks or {}).items():
            for g, p in pairs:
                verdict = check(gold[g], pred[p])
                if verdict is not None:
                    counts[f"{name}_n"] += 1
                    counts[f"{name}_ok"] += bool(verdict)
    return counts


def char_overlap(gold: list[Item], pred: list[Item]) -> Counter:
    """Citron-style counts: characters in both unions, in the predicted union, in the gold one."""
    def covered(items):
        return {i for item in items for start, end in fragments(item.span)
                for i in range(start, end)}

    gold_chars, pred_chars = covered(gold), covered(pred)
    return Counter(shared=len(gold_chars & pred_chars), pred_chars=len(pred_chars),
                   gold_chars=len(gold_chars))


def figures(counts: Counter, checks=()) -> dict:
    """The reported numbers for summed counts: P/R/F1 per threshold and each check's accuracy."""
    out = {"gold": counts["gold"], "pred": counts["pred"]}
    for threshold in THRESHOLDS:
        tp = counts[f"tp@{threshold}"]
        out[f"at_{threshold}"] = {"matched": tp, **prf(tp, counts["pred"], counts["gold"])}
    for name in checks:
        correct, total = counts[f"{name}_ok"], counts[f"{name}_n"]
        out[name] = {"accuracy": accuracy(correct, total), "correct": correct, "of": total}
    if counts.keys() & {"shared", "pred_chars", "gold_chars"}:
        out["char_overlap"] = {"shared": counts["shared"],
                               **prf(counts["shared"], counts["pred_chars"], counts["gold_chars"])}
    return out


def speaker_check(gold: Item, pred: Item) -> bool:
    """The speaker check for the kit's answer keys."""
    return same_speaker(gold.speaker, pred.speaker)


SPEAKER = {"speaker": speaker_check}


def mention_check(gold: Item, pred: Item) -> bool | None:
    """PolNeAR: the predicted speaker mention overlaps the gold Source span."""
    if gold.mention is None:
        return None
    return pred.mention is not None and overlap_chars(gold.mention, pred.mention) > 0


def last_word_check(gold: Item, pred: Item) -> bool | None:
    """PolNeAR: the predicted speaker's words include the gold Source's last word."""
    source = normalise_speaker(gold.speaker)
    if gold.mention is None or source is None:
        return None
    return source.split()[-1] in (normalise_speaker(pred.speaker) or "").split()


# ---------------------------------------------------------------- gold data

def span_of(entry: dict | None):
    """A key's span object as a (start, end) pair, or None."""
    return (entry["start"], entry["end"]) if entry else None


def read_key(path: Path) -> tuple[Path, dict[str, list[Item]]]:
    """An answer key: its article's path and its direct and indirect items."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items = {"direct": [], "indirect": []}
    for quote in data["quotes"]:
        mention = span_of(quote.get("speaker_mention"))
        items[quote["kind"]].append(Item(span_of(quote["content"]), quote.get("speaker"), mention))
    return path.with_name(data.get("article") or path.name.replace(".quotes.json", ".txt")), items


def find_keys() -> list[tuple[str, Path]]:
    """(group, key path) for the seed and every test article key present now."""
    folders = (("seed", ROOT / "seeds"), ("tests", ROOT / "tests" / "articles"),
               ("held-out", ROOT / "tests" / "articles" / "heldout"))
    # the practice articles live beside the seed but are a group of their own: the seed's
    # targets are about the seed, and the practice articles hide errors in their attributions
    return [("practice" if path.name.startswith("practice-") else group, path)
            for group, folder in folders for path in sorted(folder.glob("*.quotes.json"))]


def read_ann(path: Path, text: str) -> list[tuple[str, Item]]:
    """PolNeAR attributions with a Content span, as ("direct"|"indirect", Item)."""
    spans, found = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            offsets = fields[1].split(" ", 1)[1]
            spans[fields[0]] = tuple(tuple(map(int, f.split())) for f in offsets.split(";"))
        elif line.startswith("E") and len(fields) >= 2:
            roles: dict[str, list] = {}
            for argument in fields[1].split()[1:]:
                role, ref = argument.split(":")
                roles.setdefault(role.rstrip("0123456789"), []).extend(spans.get(ref, ()))
            if roles.get("Content"):
                content = tuple(sorted(roles["Content"]))
                source = tuple(sorted(roles["Source"])) if roles.get("Source") else None
                words = " ".join(text[s:e] for s, e in source) if source else None
                found.append((polnear_kind(text, content), Item(content, words, source)))
    return found


def polnear_kind(text: str, content) -> str:
    """"direct" when a PolNeAR content holds a mark from POLNEAR_MARKS, else "indirect"."""
    quoted = any(POLNEAR_MARKS & set(text[start:end]) for start, end in fragments(content))
    return "direct" if quoted else "indirect"


def find_polnear(folder: Path) -> list[tuple[Path, Path]]:
    """(text, first annotation file in sorted order) per PolNeAR article."""
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        annotations.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(folder / "text" / f"{stem}.txt", ann) for stem, ann in sorted(annotations.items())
            if (folder / "text" / f"{stem}.txt").exists()]


# ---------------------------------------------------------------- predictions

def predict(article, include_beliefs: bool = False) -> dict[str, list[Item]]:
    """The engine's direct quotes (scare quotes left out) and indirect speech as Items."""
    from medialit.quotes import extract_quotes

    items = {"direct": [], "indirect": []}
    for quote in extract_quotes(article, include_beliefs=include_beliefs):
        if quote.form == "scare":
            continue
        mention = None if quote.speaker_start is None else (quote.speaker_start, quote.speaker_end)
        items[quote.kind].append(Item((quote.start, quote.end), quote.speaker, mention))
    return items


def load_textacy():
    """textacy's direct-quotation extractor, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def predict_textacy(direct_quotations, doc) -> list[Item] | None:
    """textacy's direct quotes on ``doc``, marks stripped; None when it gives up (ValueError)."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    items = []
    for triple in triples:
        start, end = triple.content.start_char, triple.content.end_char
        while start < end and doc.text[start] in STRIP_MARKS:
            start += 1
        while end > start and doc.text[end - 1] in STRIP_MARKS:
            end -= 1
        speaker = triple.speaker
        mention = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
        items.append(Item((start, end), " ".join(t.text for t in speaker) or None, mention))
    return items


# ---------------------------------------------------------------- the evaluation

def evaluate_keys(keys, textacy, denominator) -> dict:
    """Counts per kit article (engine and textacy) and the articles' texts, grouped."""
    from medialit.article import load_article

    results = {}
    for group, key_path in keys:
        try:
            text_path, gold = read_key(key_path)
            article = load_article(text_path)
        except (OSError, ValueError, KeyError) as error:
            print(f"skipped {key_path.name}: {error}")
            continue
        pred = predict(article)
        result = {"group": group, "path": text_path, "gold": gold, "pred": pred}
        for part in ("direct", "indirect"):
            result[part] = compare(gold[part], pred[part], SPEAKER, denominator)
        if textacy:
            found = predict_textacy(textacy, article.doc)
            result["textacy_gave_up"] = found is None
            result["textacy"] = compare(gold["direct"], found or [], SPEAKER, denominator)
        results[text_path.stem] = result
    return results


def evaluate_polnear(folder: Path, textacy, denominator) -> dict:
    """Summed counts over PolNeAR: direct, all contents, all with beliefs, textacy."""
    from medialit.article import load_article

    sources = {"mention": mention_check, "last_word": last_word_check}
    totals = {name: Counter() for name in ("direct", "all", "all_beliefs", "textacy")}
    gave_up, paths = [], []
    for text_path, ann_path in find_polnear(folder):
        article = load_article(text_path)
        if article.text != text_path.read_text(encoding="utf-8"):
            print(f"warning: load_article changes {text_path.name}; its offsets may not match")
        gold = read_ann(ann_path, article.text)
        direct = [item for kind, item in gold if kind == "direct"]
        every = [item for _, item in gold]
        pred = predict(article)
        with_beliefs = predict(article, include_beliefs=True)
        everything = pred["direct"] + pred["indirect"]
        totals["direct"] += compare(direct, pred["direct"], sources, denominator)
        totals["all"] += compare(every, everything, sources, denominator)
        totals["all"] += char_overlap(every, everything)
        totals["all_beliefs"] += compare(every, with_beliefs["direct"] + with_beliefs["indirect"],
                                         sources, denominator)
        if textacy:
            found = predict_textacy(textacy, article.doc)
            gave_up += [text_path.stem] if found is None else []
            totals["textacy"] += compare(direct, found or [], sources, denominator)
        paths.append(text_path)
    return {"totals": totals, "gave_up": gave_up, "paths": paths}


def time_analysis(paths: list[Path]) -> dict:
    """Seconds for spaCy's parse alone, for parse + extract_quotes on a fresh article, and for
    extract_quotes again once the parse is cached.

    The first two are timed text by text, taking turns at going first, so that other load on
    the machine and spaCy's warm caches fall on both alike.
    """
    from medialit.article import load_article
    from medialit.nlp import load_nlp
    from medialit.quotes import extract_quotes

    nlp = load_nlp()
    seconds = Counter()
    for index, path in enumerate(paths):
        article = load_article(path)  # fresh: no parse cached yet
        runs = [("parse", lambda: nlp(article.text)), ("analysis", lambda: extract_quotes(article))]
        for name, run in runs if index % 2 else runs[::-1]:
            start = time.perf_counter()
            run()
            seconds[name] += time.perf_counter() - start
        start = time.perf_counter()
        extract_quotes(article)
        seconds["extract"] += time.perf_counter() - start
    return {"texts": len(paths), "characters": sum(len(load_article(p).text) for p in paths),
            "parse_seconds": seconds["parse"], "analysis_seconds": seconds["analysis"],
            "extract_only_seconds": seconds["extract"],
            "ratio": seconds["analysis"] / seconds["parse"] if seconds["parse"] else None}


def sum_counts(results: dict, part: str, group: str | None = None) -> Counter:
    """Counts of ``part`` summed over the articles of ``group`` (all articles for None)."""
    total = Counter()
    for result in results.values():
        if part in result and group in (None, result["group"]):
            total += result[part]
    return total


# ---------------------------------------------------------------- printing

def cell(value) -> str:
    """A table cell: proportions with three decimals, None as a dash."""
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_table(title: str, headers: list[str], rows: list[list]) -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    rows = [[cell(value) for value in row] for row in rows]
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)]
    print(f"\n{title}")
    for row in [headers, ["-" * w for w in widths], *rows]:
        print("  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w)
                        for i, (x, w) in enumerate(zip(row, widths))))


def span_row(name: str, numbers: dict, extra: list[str]) -> list:
    """One table row: counts, P/R/F1 at each threshold, then the named checks as 'acc (k/n)'."""
    row = [name, numbers["gold"], numbers["pred"]]
    for threshold in THRESHOLDS:
        scores = numbers[f"at_{threshold}"]
        row += [scores["precision"], scores["recall"], scores["f1"]]
    for check in extra:
        c = numbers[check]
        row.append(f"{cell(c['accuracy'])} ({c['correct']}/{c['of']})")
    return row


def span_headers(extra: list[str]) -> list[str]:
    """Headers matching ``span_row``."""
    heads = ["", "gold", "pred"]
    for threshold in THRESHOLDS:
        heads += [f"P@{threshold}", f"R@{threshold}", f"F1@{threshold}"]
    return heads + extra


def report_keys(results: dict) -> dict:
    """Print the per-article tables for the answer keys; return their figures."""
    out = {"articles": {}, "overall": {}}
    groups = [("practice (micro)", "practice"), ("tests (micro)", "tests"),
              ("held-out (micro)", "held-out"), ("all (micro)", None)]
    for part, title in (("direct", "Direct quotes (scare quotes left out)"),
                        ("indirect", "Indirect speech")):
        rows = []
        for name, result in results.items():
            numbers = figures(result[part], ["speaker"])
            out["articles"].setdefault(name, {})[part] = numbers
            rows.append(span_row(name, numbers, ["speaker"]))
        for label, group in groups:
            numbers = figures(sum_counts(results, part, group), ["speaker"])
            out["overall"].setdefault(label, {})[part] = numbers
            rows.append(span_row(label, numbers, ["speaker"]))
        print_table(title, span_headers(["speaker"]), rows)
    out["overall"]["seed"] = {part: figures(sum_counts(results, part, "seed"), ["speaker"])
                              for part in ("direct", "indirect")}
    return out


def report_polnear(polnear: dict) -> dict:
    """Print PolNeAR's overall table; return its figures."""
    checks = ["mention", "last_word"]
    labels = {"direct": "direct contents vs direct quotes",
              "all": "all contents vs all predictions",
              "all_beliefs": "all contents vs all, beliefs on"}
    out = {name: figures(polnear["totals"][name], checks) for name in labels}
    rows = [span_row(labels[name], out[name], checks) for name in labels]
    print_table(f"PolNeAR dev, {len(polnear['paths'])} articles (source: mention overlaps | "
                "speaker has the source's last word)", span_headers(checks), rows)
    chars = out["all"].get("char_overlap") or prf(0, 0, 0)
    print(f"Content character overlap (Citron-style), all contents: P {cell(chars['precision'])}  "
          f"R {cell(chars['recall'])}  F1 {cell(chars['f1'])}")
    return out


def report_textacy(results: dict, polnear: dict | None) -> dict:
    """Print the engine and textacy side by side; return textacy's figures."""
    rows, out = [], {}
    for label, group in (("seed", "seed"), ("tests (micro)", "tests")):
        for system, part in (("medialit", "direct"), ("textacy", "textacy")):
            numbers = figures(sum_counts(results, part, group), ["speaker"])
            rows.append(span_row(f"{label}: {system}", numbers, ["speaker"]))
            out.setdefault(label, {})[system] = numbers
    print_table("textacy side by side: direct quotes", span_headers(["speaker"]), rows)
    gave_up = [name for name, result in results.items() if result.get("textacy_gave_up")]
    print(f"textacy gave up (odd number of quotation marks) on {len(gave_up)} of "
          f"{len(results)} kit articles{': ' + ', '.join(gave_up) if gave_up else ''}")
    out["kit_gave_up"] = gave_up
    if polnear:
        checks = ["mention", "last_word"]
        pol = {system: figures(polnear["totals"][part], checks)
               for system, part in (("medialit", "direct"), ("textacy", "textacy"))}
        print_table("textacy side by side: PolNeAR direct contents", span_headers(checks),
                    [span_row(system, numbers, checks) for system, numbers in pol.items()])
        print(f"textacy gave up on {len(polnear['gave_up'])} of {len(polnear['paths'])} "
              "PolNeAR articles")
        out["polnear"] = {**pol, "gave_up": polnear["gave_up"]}
    return out


def report_errors(results: dict, denominator: str) -> None:
    """Print, per kit article, gold items missed, spurious predictions and wrong speakers."""
    for name, result in results.items():
        text = result["path"].read_text(encoding="utf-8")

        def show(item):
            return " ".join(text[s:e] for s, e in fragments(item.span))[:80]

        print(f"\n== {name}")
        for part in ("direct", "indirect"):
            gold, pred = result["gold"][part], result["pred"][part]
            pairs = greedy_match([g.span for g in gold], [p.span for p in pred], THRESHOLDS[0],
                                 denominator)
            matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
            for g, item in enumerate(gold):
                if g not in matched_gold:
                    print(f"  {part} missed:   {show(item)!r} ({item.speaker})")
            for p, item in enumerate(pred):
                if p not in matched_pred:
                    print(f"  {part} spurious: {show(item)!r} ({item.speaker})")
            for g, p in pairs:
                if not same_speaker(gold[g].speaker, pred[p].speaker):
                    print(f"  {part} speaker:  {show(gold[g])!r}: gold {gold[g].speaker!r}, "
                          f"predicted {pred[p].speaker!r}")


def check_targets(kit: dict) -> dict:
    """Each target with the measured value and whether it is met (missing data is not met)."""
    verdicts = {}
    for (group, measure), minimum in TARGETS.items():
        direct = kit["overall"].get(group, {}).get("direct")
        value = None
        if direct and direct["gold"]:
            value = direct["at_0.3"]["f1"] if "F1" in measure else direct["speaker"]["accuracy"]
        verdicts[f"{group}: {measure}"] = {"value": value, "minimum": minimum,
                                           "met": value is not None and value >= minimum}
    return verdicts


def main(argv: list[str] | None = None) -> int:
    """Run every part, print the tables, write the JSON; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--targets", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR, help="PolNeAR dev folder")
    parser.add_argument("--no-polnear", action="store_true", help="skip PolNeAR")
    parser.add_argument("--overlap", choices=("ggt", "longer"), default="ggt",
                        help="overlap denominator: the gold span (GGT) or the longer span")
    parser.add_argument("--show-errors", action="store_true", help="list misses and wrong speakers")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    base = "gold span's length (as GGT)" if args.overlap == "ggt" else "longer span's length"
    print(f"Overlap: shared characters / the {base}; match when >= "
          f"{' or '.join(map(str, THRESHOLDS))}; one-to-one, best overlap first; micro-averaged; "
          "speaker = exact after normalising")

    textacy = load_textacy()
    if textacy is None:
        print("textacy is not installed: the textacy comparison is skipped "
              "(pip install -r requirements-eval.txt)")
    results = evaluate_keys(find_keys(), textacy, args.overlap)
    output = {"settings": {"overlap": args.overlap, "thresholds": list(THRESHOLDS)},
              "kit": report_keys(results)}
    if args.show_errors:
        report_errors(results, args.overlap)

    polnear = None
    if args.no_polnear:
        print("\nPolNeAR skipped (--no-polnear)")
    elif not (args.polnear / "attributions").is_dir():
        print(f"\nPolNeAR skipped: {args.polnear} is missing (give its folder with --polnear)")
    else:
        polnear = evaluate_polnear(args.polnear, textacy, args.overlap)
        output["polnear"] = report_polnear(polnear)
    if textacy:
        output["textacy"] = report_textacy(results, polnear)

    paths = [result["path"] for result in results.values()] + (polnear["paths"] if polnear else [])
    timing = output["timing"] = time_analysis(paths)
    print(f"\nTiming over {timing['texts']} texts ({timing['characters']:,} characters): "
          f"spaCy parse {timing['parse_seconds']:.2f} s, parse + extract_quotes "
          f"{timing['analysis_seconds']:.2f} s, ratio {cell(timing['ratio'])}; extract_quotes "
          f"alone on a cached parse {timing['extract_only_seconds']:.2f} s")

    output["targets"] = check_targets(output["kit"])
    print("\nTargets")
    for name, verdict in output["targets"].items():
        print(f"  {'met ' if verdict['met'] else 'MISSED'}  {name}: {cell(verdict['value'])} "
              f"(>= {verdict['minimum']})")
    output["seconds"] = time.perf_counter() - started
    print(f"\nDone in {output['seconds']:.1f} s")
    if args.json:
        text = json.dumps(output, indent=2, ensure_ascii=False)
        args.json.write_text(text + "\n", encoding="utf-8")
    missed = not all(verdict["met"] for verdict in output["targets"].values())
    return 1 if args.targets and missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""How fast the engine and the widgets are, and how much memory they take. Prints numbers, never
asserts: the tests check behaviour, this shows the cost.

Usage (from the repository root, in the project's virtual environment):

    python scripts/benchmark.py [--quick] [--polnear DIR | --no-polnear] [--repeat N] [--cli-runs N]

What it measures:

* the spaCy model's load time (``medialit.load_nlp()``, once per process);
* for each article (the seed; the test articles in tests/articles/ and tests/articles/heldout/;
  and the PolNeAR development texts when ``../shared/corpora/polnear-dev/text`` exists): the
  parse alone (``Article.doc`` on a fresh article) against the whole analysis
  (``medialit.analyze`` on another fresh article, so its parse is counted once), the share of
  the whole that is the parse, and words per second of the whole analysis;
* memory (resident set size) after the imports, after the model is loaded and after every
  article is analysed, and the peak;
* on the seed: the time to build each practice widget on an article already analysed (as the
  lessons do: one ``article`` shared by every widget), the first widget on a fresh article
  (which pays for the analysis), and one click of the error hunt (Add mark, then Check my
  marks), counting the parses and analyses the click causes (it should be none);
* ``python -m medialit analyze --json`` on the seed in a new process: the cold start a
  teacher waits for at the command line.

``--quick`` measures the seed only (and skips the test articles and PolNeAR).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("MPLBACKEND", "Agg")  # charts are drawn, never shown

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-dev" / "text"
MB = 1024 * 1024


def rss_mb() -> float:
    """The resident set size of this process now, in MiB (psutil, or /proc on Linux)."""
    try:
        import psutil

        return psutil.Process().memory_info().rss / MB
    except ImportError:
        try:
            pages = int(Path("/proc/self/statm").read_text().split()[1])
            return pages * os.sysconf("SC_PAGE_SIZE") / MB
        except (OSError, ValueError):
            return float("nan")


def peak_mb() -> float:
    """The peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def table(headers: list[str], rows: list[list], aligns: str | None = None) -> str:
    """A plain-text table: text columns left-aligned, numbers right-aligned."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    aligns = aligns or "l" + "r" * (len(headers) - 1)

    def line(row):
        return "  ".join(cell.ljust(w) if a == "l" else cell.rjust(w)
                         for cell, w, a in zip(row, widths, aligns))

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *map(line, cells)])


# -- the articles ------------------------------------------------------------------------------

def article_paths(quick: bool, polnear: Path | None) -> list[tuple[str, Path]]:
    from medialit.article import SEED_PATH

    paths = [("seed", SEED_PATH)]
    if quick:
        return paths
    paths += [("test", p) for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    heldout = ROOT / "tests" / "articles" / "heldout"
    paths += [("heldout", p) for p in sorted(heldout.glob("*.txt"))]
    if polnear is not None and polnear.is_dir():
        paths += [("polnear", p) for p in sorted(polnear.glob("*.txt"))]
    return paths


def measure_articles(paths: list[tuple[str, Path]], repeat: int = 1) -> list[dict]:
    """Parse alone, then the whole analysis, each on a fresh article, text by text (the best
    of ``repeat`` runs of each, to damp the noise of a busy machine)."""
    import medialit

    results = []
    for group, path in paths:
        parse = whole = float("inf")
        for _ in range(repeat):
            fresh = medialit.load_article(path)
            seconds, _ = timed(lambda article=fresh: article.doc)
            parse = min(parse, seconds)
            fresh = medialit.load_article(path)
            seconds, analysis = timed(medialit.analyze, fresh)
            whole = min(whole, seconds)
        words = len(fresh.text.split())
        results.append({"group": group, "name": path.stem, "chars": len(fresh.text),
                        "words": words, "parse": parse, "whole": whole,
                        "quotes": len(analysis.speech), "issues": len(analysis.issues)})
    return results


# -- the widgets -------------------------------------------------------------------------------

def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _find(widget, cls_name: str, description: str):
    for part in _walk(widget):
        if type(part).__name__ == cls_name and getattr(part, "description", None) == description:
            return part
    raise LookupError(f"no {cls_name} {description!r} in the widget")


def _html(widget) -> str:
    return "\n".join(part.value for part in _walk(widget) if type(part).__name__ == "HTML")


class ParseCounter:
    """Counts spaCy parses and whole analyses while it is active."""

    def __init__(self):
        self.parses = self.analyses = 0

    def __enter__(self):
        import medialit.analysis
        import medialit.nlp

        self._load_nlp, self._extract = medialit.nlp.load_nlp, medialit.analysis.extract_quotes
        counter = self

        def load_nlp(*args, **kwargs):  # Article.doc calls it once per parse
            counter.parses += 1
            return counter._load_nlp(*args, **kwargs)

        def extract_quotes(*args, **kwargs):  # analyze() calls it once per analysis
            counter.analyses += 1
            return counter._extract(*args, **kwargs)

        medialit.nlp.load_nlp = load_nlp
        medialit.analysis.extract_quotes = extract_quotes
        return self

    def __exit__(self, *exc):
        import medialit.analysis
        import medialit.nlp

        medialit.nlp.load_nlp = self._load_nlp
        medialit.analysis.extract_quotes = self._extract


def measure_widgets() -> tuple[list[list], list[list], str]:
    """Build every widget on the analysed seed; then one error-hunt click, counting parses."""
    import medialit
    from medialit.grading import AnswerStore

    rows = []
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        store = AnswerStore("benchmark", folder)
        fresh = medialit.load_article()
        first, _ = timed(medialit.error_hunt, fresh, store)
        rows.append(["error_hunt on a fresh article (parse + analysis + widget)", first, "", ""])
        article = medialit.load_article()
        analysis_time, _ = timed(medialit.analyze, article)
        rows.append(["analyze(article) once, as the lesson's setup cell does", analysis_time,
                     "", ""])
        builders = {
            "error_hunt": lambda: medialit.error_hunt(article, store),
            "who_said_it": lambda: medialit.who_said_it(article, store),
            "source_sorter (chart built, PNG not drawn)":
                lambda: medialit.source_sorter(article, store),
            "quote_inspector": lambda: medialit.quote_inspector(article),
            "machine_vs_me": lambda: medialit.machine_vs_me(article, store),
            "choice_question": lambda: medialit.choice_question(
                "q1", "Which?", ["a", "b"], "a", "Because.", store),
            "written_answer": lambda: medialit.written_answer("d1", "Why?", store),
            "checkpoint('post')": lambda: medialit.checkpoint("post", store),
        }
        built = {}
        for name, build in builders.items():
            with ParseCounter() as counter:
                seconds, built[name] = timed(build)
            rows.append([f"build {name} (article already analysed)", seconds, counter.parses,
                         counter.analyses])

        hunt = built["error_hunt"]
        sorter = built["source_sorter (chart built, PNG not drawn)"]
        _find(hunt, "Dropdown", "Sentence").value = 1
        _find(hunt, "Text", "Words").value = "British Foreign Minister"
        _find(hunt, "Dropdown", "What's wrong").value = "role-conflict"

        # outside a kernel the Output widget only prints the figure; draw it as the notebook does
        from medialit.charts import plot_group_comparison

        def draw_chart():
            figure = plot_group_comparison(medialit.analyze(article),
                                           {"The US State Department": "Media"})
            figure.savefig(io.BytesIO(), format="png")

        actions = [
            ("click Add mark (saves to the answers file)", _find(hunt, "Button", "Add mark").click),
            ("click Check my marks", _find(hunt, "Button", "Check my marks").click),
            ("source_sorter: choose a group (chart redrawn)",
             lambda: setattr(_find(sorter, "Dropdown", "Group for The US State Department"),
                             "value", "Media")),
            ("  + drawing that chart as a PNG (what the notebook shows)", draw_chart),
        ]
        click_rows = []
        for name, action in actions:
            with ParseCounter() as counter:
                seconds, _ = timed(action)
            click_rows.append([name, seconds, counter.parses, counter.analyses])
        verdict = "✔ Right" in _html(hunt)
        parses = sum(row[2] for row in click_rows)
        analyses = sum(row[3] for row in click_rows)
        note = (f"the clicks caused {parses} parse(s) and {analyses} analysis(es); "
                f"the error hunt {'says' if verdict else 'does NOT say'} “✔ Right”")
    return rows, click_rows, note


# -- the command line, cold ----------------------------------------------------------------------

def measure_cli(runs: int) -> list[list]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    rows = []
    for label, command in (("python -c 'import medialit' (imports only)",
                            [sys.executable, "-c", "import medialit"]),
                           ("python -m medialit analyze --json (seed)",
                            [sys.executable, "-m", "medialit", "analyze", "--json"])):
        times, status = [], None
        for _ in range(runs):
            seconds, done = timed(subprocess.run, command, capture_output=True, env=env, cwd=ROOT)
            times.append(seconds)
            status = done.returncode
        rows.append([label, min(times), statistics.median(times), status])
    return rows


# -- main --------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the seed only")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR text folder")
    parser.add_argument("--no-polnear", action="store_true", help="leave PolNeAR out")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per article; the best is shown (default 1)")
    parser.add_argument("--cli-runs", type=int, default=1, help="runs of the cold command line")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    memory = [["after the imports (medialit, spaCy, ipywidgets)", None]]
    import_time, _ = timed(__import__, "medialit")
    memory[0][1] = rss_mb()
    import medialit

    load_time, nlp = timed(medialit.load_nlp)
    memory.append(["after loading the spaCy model", rss_mb()])
    warm, _ = timed(nlp, "A short warm-up sentence, said Ana Ruiz.")
    # the first analysis also loads the word lists and the spelling dictionary, once
    first_analysis, _ = timed(medialit.analyze, medialit.make_article(
        "Warm-up\n\n“We will try,” said Ana Ruiz, the mayor. Critics say it is late."))
    print(f"medialit benchmark · Python {sys.version.split()[0]} · spaCy pipeline "
          f"{nlp.meta.get('name', '?')} {nlp.meta.get('version', '')} "
          f"({'model' if medialit.nlp.has_parser(nlp) else 'rule-based fallback'}) · "
          f"{os.cpu_count()} CPUs · load average {os.getloadavg()[0]:.1f}")
    print()
    print(table(["startup", "seconds"],
                [["import medialit", f"{import_time:.2f}"],
                 ["load the spaCy model (load_nlp, once per process)", f"{load_time:.2f}"],
                 ["first parse (warm-up, one sentence)", f"{warm:.3f}"],
                 ["first analysis (warm-up: loads word lists, spelling dictionary)",
                  f"{first_analysis:.3f}"]]))

    polnear = None if args.no_polnear else args.polnear
    paths = article_paths(args.quick, polnear)
    results = measure_articles(paths, max(1, args.repeat))
    memory.append([f"after analysing all {len(results)} articles", rss_mb()])

    print()
    print("Per article: parse alone vs the whole analysis (each on a fresh Article)")
    rows = []
    groups: dict[str, list[dict]] = {}
    for r in results:
        groups.setdefault(r["group"], []).append(r)
    shown = [r for r in results if r["group"] != "polnear"]
    for r in shown:
        rows.append([f"{r['group']}: {r['name'][:44]}", r["chars"], r["words"], f"{r['parse']:.3f}",
                     f"{r['whole']:.3f}", f"{r['whole'] - r['parse']:.3f}",
                     f"{r['parse'] / r['whole']:.0%}", f"{r['words'] / r['whole']:,.0f}",
                     r["quotes"], r["issues"]])
    for group, items in groups.items():
        if len(items) < 2 and group != "polnear":
            continue
        parse = sum(r["parse"] for r in items)
        whole = sum(r["whole"] for r in items)
        words = sum(r["words"] for r in items)
        slowest = max(items, key=lambda r: r["whole"])
        rows.append([f"{group}: all {len(items)} (sum)", sum(r["chars"] for r in items), words,
                     f"{parse:.3f}", f"{whole:.3f}", f"{whole - parse:.3f}", f"{parse / whole:.0%}",
                     f"{words / whole:,.0f}", sum(r["quotes"] for r in items),
                     sum(r["issues"] for r in items)])
        if group == "polnear":
            rows.append([f"polnear: slowest ({slowest['name'][:30]})", slowest["chars"],
                         slowest["words"], f"{slowest['parse']:.3f}", f"{slowest['whole']:.3f}",
                         f"{slowest['whole'] - slowest['parse']:.3f}",
                         f"{slowest['parse'] / slowest['whole']:.0%}",
                         f"{slowest['words'] / slowest['whole']:,.0f}", slowest["quotes"],
                         slowest["issues"]])
    parse = sum(r["parse"] for r in results)
    whole = sum(r["whole"] for r in results)
    words = sum(r["words"] for r in results)
    rows.append([f"ALL {len(results)} articles", sum(r["chars"] for r in results), words,
                 f"{parse:.3f}", f"{whole:.3f}", f"{whole - parse:.3f}", f"{parse / whole:.0%}",
                 f"{words / whole:,.0f}", sum(r["quotes"] for r in results),
                 sum(r["issues"] for r in results)])
    print(table(["article", "chars", "words", "parse s", "whole s", "rest s", "parse/whole",
                 "words/s", "quotes", "issues"], rows))

    print()
    print("Widgets on the seed")
    widget_rows, click_rows, note = measure_widgets()
    memory.append(["after building the widgets", rss_mb()])
    print(table(["widget", "seconds", "parses", "analyses"],
                [[name, f"{s:.3f}", p, a] for name, s, p, a in widget_rows + click_rows]))
    print(f"  → {note}")

    print()
    print("The command line in a new process (cold start: imports + model + analysis)")
    cli_rows = measure_cli(max(1, args.cli_runs))
    print(table(["command", "best s", "median s", "exit status"],
                [[name, f"{best:.2f}", f"{median:.2f}", status]
                 for name, best, median, status in cli_rows]))

    print()
    memory.append(["peak (ru_maxrss) over the whole run", peak_mb()])
    print(table(["memory (resident set size)", "MiB"],
                [[name, f"{mb:,.0f}"] for name, mb in memory]))
    print()
    print(f"total benchmark time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

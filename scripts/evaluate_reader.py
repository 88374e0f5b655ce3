"""Measure how well the kit reads saved news pages: the text it shows (title and paragraphs)
against each page's article as people marked it.

The pages and their articles come from a public benchmark of real news pages saved as HTML,
read straight from a git snapshot of its repository (nothing is copied into the project):
ScrapingHub's article-extraction-benchmark (``html/<id>.html.gz`` and ``ground-truth.json``
with each page's ``articleBody``; 181 pages). Get a snapshot with the search tool's ``fetch``
of ``github:scrapinghub/article-extraction-benchmark``, then:

    PYTHONPATH=$PWD .venv/bin/python scripts/evaluate_reader.py \
        --benchmark /work/.mirror/scrapinghub+article-extraction-benchmark/repo

Each page is written to a temporary ``.html`` file and read with ``load_article``, as a student's
saved page would be. The measure is the benchmark's own kind: shingles of 4 words (lower-cased
word tokens), counted with repeats; precision is the share of the kit's shingles that are in
the article, recall the share of the article's shingles that the kit kept, F1 their harmonic
mean; each is averaged over pages. A page the kit refuses scores 0 on all three and is counted
as refused. ``--per-page`` prints one line per page; ``--trafilatura`` scores trafilatura's
own plain-text output on the same pages, for comparison. Run it with ``PYTHONPATH`` set to
another checkout to measure that checkout's reader (the "before" figures).

``--metadata DIR`` checks ``Article.meta`` instead, on the real pages of trafilatura's own
tests (a snapshot of ``github:adbar/trafilatura``: ``tests/evaldata.json`` gives, for each page
in ``tests/eval/`` and ``tests/cache/``, the author and date people expect): for each field,
how often the kit gives the expected value when the page states one, and how often it gives a
value when the expected one is empty. Authors match ignoring case and order of several names;
dates match exactly (YYYY-MM-DD).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

BENCHMARK = Path("/work/.mirror/scrapinghub+article-extraction-benchmark/repo")
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    """The text's runs of ``size`` consecutive words, lower-cased, with how often each occurs."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def score(found: str, expected: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``found``'s shingles against ``expected``'s."""
    got, want = shingles(found), shingles(expected)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def benchmark_pages(git_dir: Path) -> list[tuple[str, bytes, str]]:
    """(page id, the page's bytes, its article) for every page of the snapshot."""
    def show(name: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"],
                              check=True, capture_output=True).stdout

    truth = json.loads(show("ground-truth.json"))
    return [(page_id, gzip.decompress(show(f"html/{page_id}.html.gz")), entry["articleBody"])
            for page_id, entry in sorted(truth.items())]


def kit_text(page_id: str, data: bytes, folder: Path) -> str | None:
    """What the kit shows of the page (title and paragraphs), or ``None`` if it refuses it."""
    from medialit.article import ArticleError, load_article

    path = folder / f"{page_id}.html"
    path.write_bytes(data)
    try:
        article = load_article(path)
    except ArticleError:
        return None
    return "\n\n".join(paragraph.text for paragraph in article.paragraphs)


def trafilatura_text(page_id: str, data: bytes, folder: Path) -> str | None:
    import trafilatura

    return trafilatura.extract(data.decode("utf-8", errors="replace"), include_comments=False)


def metadata_pages(git_dir: Path) -> list[tuple[str, bytes, dict]]:
    """(file name, the page's bytes, its expected author and date) from trafilatura's tests."""
    def show(name: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{name}"],
                              check=True, capture_output=True).stdout

    listed = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "--name-only",
                             "HEAD", "tests/eval", "tests/cache"], check=True,
                            capture_output=True, text=True).stdout.splitlines()
    where = {name.rsplit("/", 1)[-1]: name for name in listed}
    pages = []
    for entry in json.loads(show("tests/evaldata.json")).values():
        if "author" in entry and "date" in entry and entry["file"] in where:
            pages.append((entry["file"], show(where[entry["file"]]), entry))
    return pages


def _names(author: str | list | None) -> set[str]:
    if isinstance(author, list):
        author = "; ".join(author)
    return {name.strip().lower() for name in re.split(r";|,| and ", author or "") if name.strip()}


def evaluate_metadata(git_dir: Path, per_page: bool) -> None:
    from medialit.article import ArticleError, load_article

    counts = {field: {"stated": 0, "right": 0, "unstated": 0, "invented": 0}
              for field in ("author", "date")}
    refused = 0
    pages = metadata_pages(git_dir)
    with tempfile.TemporaryDirectory() as folder:
        for name, data, expected in pages:
            path = Path(folder) / "page.html"
            path.write_bytes(data)
            try:
                meta = load_article(path).meta
            except ArticleError:
                refused += 1
                continue
            found = {"author": meta.author, "date": meta.date}
            for field, count in counts.items():
                want, got = expected[field] or None, found[field]
                same = _names(want) == _names(got) if field == "author" else want == got
                if want:
                    count["stated"] += 1
                    count["right"] += same
                else:
                    count["unstated"] += 1
                    count["invented"] += got is not None
            if per_page:
                print(f"{name[:40]:<40} author {found['author']!r} (expected "
                      f"{expected['author']!r}), date {found['date']} (expected {expected['date']})")
    print(f"metadata: {len(pages)} pages, {refused} read as having no article")
    for field, count in counts.items():
        print(f"  {field}: right on {count['right']} of {count['stated']} pages that state one "
              f"({count['right'] / max(count['stated'], 1):.0%}); given on {count['invented']} of "
              f"{count['unstated']} pages whose expected {field} is empty")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK,
                        help="git directory of the benchmark's snapshot")
    parser.add_argument("--per-page", action="store_true", help="one line per page")
    parser.add_argument("--trafilatura", action="store_true",
                        help="score trafilatura's own output instead of the kit's")
    parser.add_argument("--metadata", type=Path, metavar="DIR",
                        help="check Article.meta on trafilatura's test pages (its git directory)")
    args = parser.parse_args(argv)
    if args.metadata:
        evaluate_metadata(args.metadata, args.per_page)
        return 0
    read = trafilatura_text if args.trafilatura else kit_text
    totals, refused, pages = [0.0, 0.0, 0.0], [], 0
    with tempfile.TemporaryDirectory() as folder:
        for page_id, data, expected in benchmark_pages(args.benchmark):
            pages += 1
            found = read(page_id, data, Path(folder))
            if found is None:
                refused.append(page_id)
                measures = (0.0, 0.0, 0.0)
            else:
                measures = score(found, expected)
            totals = [total + value for total, value in zip(totals, measures)]
            if args.per_page:
                shown = "refused" if found is None else " ".join(f"{v:.3f}" for v in measures)
                print(f"{page_id[:12]}  {shown}")
    precision, recall, f1 = (total / pages for total in totals)
    who = "trafilatura" if args.trafilatura else "medialit"
    print(f"{who}: {pages} pages, {len(refused)} refused ({len(refused) / pages:.0%}); "
          f"shingle F1 {f1:.3f} (precision {precision:.3f}, recall {recall:.3f}), "
          "refused pages counted as 0")
    if refused and len(refused) < pages:
        kept = pages - len(refused)
        print(f"  on the {kept} pages read: F1 {totals[2] / kept:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

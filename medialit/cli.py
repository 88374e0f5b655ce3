"""The command line: ``python -m medialit analyze [FILE ...] [--json]``,
``python -m medialit report [FILE] -o report.html``, ``python -m medialit make-hunt ARTICLE
-o DIR [--assignment NAME]`` (a fresh error hunt, ``medialit.hunts``; with an nbgrader
assignment, ``medialit.hunts.assignment``) and, for the kit's maintainers,
``python -m medialit store-analyses``.

With no file it analyses the seed article. A file that cannot be read gets one line on
stderr naming it and the problem; the other files are still analysed, and the exit status
is 2 if any file failed. Output that cannot be written gets one line too (a full disk: exit
status 2), or none when whoever reads it stops early (``| head``: exit status 1, as Python's
documentation on SIGPIPE recommends).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap

from medialit.analysis import Analysis, analyze, analyze_many
from medialit.article import ArticleError, load_article


NAMES_LIKE_OPTIONS = ('a file whose name starts with "-" goes after "--", as in: '
                      "python -m medialit {command} -- -notes.txt")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status: 0 done, 1 output cut short, 2 a problem."""
    try:
        status = run_command(argv)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left (``| head``): no one is there to tell
        _stdout_to_nowhere()
        return 1
    except OSError as error:  # the output cannot be written (``> /dev/full``, a full disk)
        _stdout_to_nowhere()
        print(f"medialit: could not write the output ({error.strerror or error}).",
              file=sys.stderr)
        return 2
    return status


def _stdout_to_nowhere() -> None:
    """Point stdout at the null device, so Python's own flush at exit cannot fail again."""
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a test's capture)
        pass


def run_command(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m medialit",
        description="Check who said what in a news article: quotes, sources and problems.",
        epilog=NAMES_LIKE_OPTIONS.format(command="analyze"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    analyze_parser = commands.add_parser(
        "analyze", help="analyse articles (the seed article when no file is given)",
        description="Analyse one or more articles saved as text or HTML files.",
        epilog=NAMES_LIKE_OPTIONS.format(command="analyze"))
    analyze_parser.add_argument("files", nargs="*", metavar="FILE",
                                help="article files; none means the seed article")
    analyze_parser.add_argument("--json", action="store_true",
                                help="print one JSON object per file (JSON Lines)")
    report_parser = commands.add_parser(
        "report", help="write a one-page HTML report (the seed article when no file is given)",
        description="Write a self-contained HTML report: the article with quotes highlighted, "
                    "the sources, charts and problems found. Open it in a browser; print it or "
                    "'Save as PDF' from the browser's print dialog.",
        epilog=NAMES_LIKE_OPTIONS.format(command="report"))
    report_parser.add_argument("file", nargs="?", metavar="FILE", help="article file")
    report_parser.add_argument("-o", "--output", default="report.html", metavar="OUT",
                               help="where to write the report (default: report.html)")
    add_assignment_arguments(add_make_hunt_parser(commands))
    commands.add_parser(
        "store-analyses", help="store the seed's and practice articles' analyses (after an "
                               "engine change)",
        description="Analyse the seed and the practice articles (seeds/) afresh and store the "
                    "results in medialit/data/analyses/, so that lessons need no spaCy.")
    args = parser.parse_args(argv)
    if args.command == "store-analyses":
        return run_store_analyses()
    if args.command == "report":
        return run_report(args.file, args.output)
    if args.command == "make-hunt":
        return run_make_hunt(args)
    if args.command != "analyze":
        parser.print_help()
        return 0 if args.command is None else 2
    return run_analyze(args.files or [None], as_json=args.json)


def add_make_hunt_parser(commands) -> argparse.ArgumentParser:
    """The ``make-hunt`` command's options (returned, so that more can be added)."""
    parser = commands.add_parser(
        "make-hunt", help="make a fresh error hunt from a clean article",
        description="Plant errors in a clean news article (text, HTML or MHTML) and write the "
                    "altered article with its answer key, in the kit's formats: DIR/<stem>.txt, "
                    "<stem>.errors.json, <stem>.quotes.json and <stem>.meta.json. With "
                    "--versions V, the versions are <stem>-v1.txt … <stem>-vV.txt (with their "
                    "keys), each with its errors in other places.",
        epilog=NAMES_LIKE_OPTIONS.format(command="make-hunt"))
    parser.add_argument("article", metavar="ARTICLE", help="the clean article's file")
    parser.add_argument("-o", "--output", required=True, metavar="DIR",
                        help="the folder to write the hunt to (made if missing)")
    parser.add_argument("--errors", type=int, default=10, metavar="N",
                        help="how many errors to plant (default: 10)")
    parser.add_argument("--kinds", metavar="K,…",
                        help="only these kinds, separated by commas: planter names (role, slip, "
                             "misspelling, renamed, unclosed-quote, unattributed, figure, "
                             "loaded-verb) or key kinds (spelling, inconsistent-term …)")
    parser.add_argument("--seed", type=int, default=0, metavar="S",
                        help="another seed gives another hunt (default: 0)")
    parser.add_argument("--versions", type=int, default=1, metavar="V",
                        help="write V different hunts of the article (default: 1)")
    parser.add_argument("--stem", metavar="NAME",
                        help="the name of the written files (default: the article's file name)")
    return parser


def run_make_hunt(args: argparse.Namespace) -> int:
    """Make the hunt (or its versions) and write its files; say what was written."""
    from pathlib import Path

    from medialit.hunts import make_versions, read_article, write_hunt

    if args.errors < 1 or args.versions < 1:
        print("medialit: --errors and --versions need a number of 1 or more.", file=sys.stderr)
        return 2
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()] if args.kinds else None
    try:
        article = read_article(args.article)
        hunts = make_versions(article.text, args.versions, errors=args.errors, kinds=kinds,
                              seed=args.seed)
    except (ArticleError, ValueError) as error:
        print(f"medialit: {error}", file=sys.stderr)
        return 2
    for warning in article.warnings:
        print(f"medialit: {warning}", file=sys.stderr)
    stem = args.stem or Path(args.article).stem
    source = Path(args.article).name
    for number, hunt in enumerate(hunts, 1):
        name = stem if len(hunts) == 1 else f"{stem}-v{number}"
        target = Path(args.output) / f"{name}.txt"
        if target.resolve() == Path(args.article).resolve():
            print(f"medialit: writing {target} would replace the clean article: choose another "
                  "folder with -o, or another name with --stem.", file=sys.stderr)
            return 2
        try:
            paths = write_hunt(hunt, args.output, name, source=source)
        except OSError as error:
            print(f"medialit: could not write to {args.output} ({error.strerror or error}).",
                  file=sys.stderr)
            return 2
        notes = sum(plant.is_note for plant in hunt.plants)
        counted = f"{len(hunt.plants) - notes} errors" + (f" and {notes} discussion note" +
                                                          "s" * (notes > 1) if notes else "")
        print(f"{paths['article']}: {counted} planted; key in {paths['errors'].name}.")
        for note in hunt.notes:
            print(f"  {note}")
    print("Read every planted error in the key before students see the hunt: the machine "
          "planted them.")
    return run_make_assignment(args, hunts, stem, source)


def add_assignment_arguments(parser: argparse.ArgumentParser) -> None:
    """``make-hunt``'s options for a graded nbgrader assignment (``run_make_assignment``)."""
    parser.add_argument("--assignment", metavar="NAME",
                        help="also write the graded nbgrader assignment solutions/NAME/ in the "
                             "course folder (the current folder): a version per student")
    parser.add_argument("--force", action="store_true",
                        help="with --assignment: replace solutions/NAME/ if it exists")


def run_make_assignment(args: argparse.Namespace, hunts: list, stem: str,
                        source: str | None = None) -> int:
    """Write the made hunts as the nbgrader assignment ``args.assignment`` (if asked) in the
    course folder, the current one, where ``nbgrader_config.py`` is."""
    from pathlib import Path

    from medialit.hunts.assignment import write_assignment

    if not args.assignment:
        return 0
    if not Path("nbgrader_config.py").exists():
        print("medialit: --assignment writes solutions/NAME/ in the course folder: run this "
              "command in the kit's folder (the one holding nbgrader_config.py).",
              file=sys.stderr)
        return 2
    try:
        folder = write_assignment(hunts, Path.cwd(), args.assignment, stem, source=source,
                                  force=args.force)
    except (ValueError, OSError) as error:
        print(f"medialit: {error}", file=sys.stderr)
        return 2
    print(f"Assignment written to {folder}{os.sep} ({len(hunts)} version"
          f"{'s' if len(hunts) != 1 else ''}, one per student by their id). Next: "
          f"nbgrader generate_assignment {args.assignment}, then nbgrader release_assignment "
          f"{args.assignment} (lessons/grading.md).")
    return 0


def run_store_analyses() -> int:
    """Regenerate the stored analyses (``medialit.stored``) and say which files were written."""
    from medialit.analysis import store_unit_analyses

    written = store_unit_analyses()
    for path in written:
        print(f"stored {path}")
    if not written:
        print("medialit: no articles to analyse: run this in a checkout of the kit (seeds/).",
              file=sys.stderr)
        return 2
    return 0


def run_report(path: str | None, output: str) -> int:
    """Write the HTML report of one article."""
    from medialit.report import write_report

    if output.lower().endswith(".pdf"):
        print("medialit: the report is written as HTML. To get a PDF, write report.html, open "
              "it in a web browser and choose Print, then 'Save as PDF'.", file=sys.stderr)
        return 2
    try:
        article = load_article(path)
    except ArticleError as error:
        print(f"medialit: {error}", file=sys.stderr)
        return 2
    for warning in article.warnings:
        print(f"medialit: {warning}", file=sys.stderr)
    try:
        written = write_report(analyze(article), output)
    except OSError as error:
        print(f"medialit: could not write {output} ({error.strerror or error}).", file=sys.stderr)
        return 2
    print(f"Report written to {written}. Open it in a web browser.")
    return 0


def run_analyze(paths: list[str | None], as_json: bool, batch_size: int = 16) -> int:
    """Analyse the paths, ``batch_size`` files at a time (parsed together, see
    ``analyze_many``); report unreadable files on stderr and keep going."""
    status = 0
    for first in range(0, len(paths), batch_size):
        articles = []
        for path in paths[first:first + batch_size]:
            try:
                article = load_article(path)
            except ArticleError as error:
                print(f"medialit: {error}", file=sys.stderr)
                status = 2
                continue
            for warning in article.warnings:
                print(f"medialit: {warning}", file=sys.stderr)
            articles.append(article)
        # no article read: no need to load the language model at all
        for result in analyze_many(articles, batch_size) if articles else []:
            if as_json:
                print(json.dumps(result.as_dict(), ensure_ascii=False))
            else:
                print(format_report(result))
            sys.stdout.flush()
    return status


def format_report(result: Analysis, width: int = 100) -> str:
    """A plain-text report for a teacher at a terminal."""
    article = result.article
    lines = [f"ARTICLE  {article.name}", f"TITLE    {article.title.text}"]
    if article.from_web_page:  # what the page says about itself: who, when, where
        lines += [f"{label.upper():<13}{value}" for label, value in article.meta.rows()]
    lines.append("")
    speech = result.speech
    direct = sum(1 for q in speech if q.kind == "direct")
    lines.append(f"QUOTES   {direct} direct, {len(speech) - direct} indirect, "
                 f"{len(result.scare_quotes)} scare quotes")
    for quote in speech:
        line, column = article.line_col(quote.start)
        words = quote.text.replace("\n", " ")
        shown = f"“{_shorten(words, 70)}”" if quote.kind == "direct" else _shorten(words, 72)
        speaker = quote.speaker or "no one named"
        cue = f", {quote.cue}" if quote.cue else ""
        lines.append(f"  {line:>3}:{column:<4} {quote.kind:<8} {shown}")
        lines.append(f"{'':12}— {speaker} ({quote.speaker_kind}{cue})")
    if result.scare_quotes:
        terms = ", ".join(f"“{q.text}”" for q in result.scare_quotes)
        lines.append(f"  Scare quotes or terms nobody is quoted as saying: {terms}")
    lines += ["", "SOURCES"]
    if result.sources:
        lines.append(f"  {'name':<28} {'kind':<10} {'quotes':>6} {'words':>6}  affiliation / role")
        for source in result.sources:
            about = source.affiliation or ""
            if source.role:
                about += f" / {source.role}"
            lines.append(f"  {_shorten(source.name, 28):<28} {source.kind:<10} {source.quotes:>6} "
                         f"{source.words:>6}  {_shorten(about, width - 56)}")
    else:
        lines.append("  Nobody is quoted or cited in this article.")
    lines += ["", f"ISSUES   {len(result.issues)} found"]
    for issue in result.issues:
        line, column = article.line_col(issue.start)
        head = f"  {line:>3}:{column:<4} {issue.kind} ({issue.severity}): "
        body = textwrap.fill(issue.message, width=width, initial_indent=head,
                             subsequent_indent=" " * 12)
        lines.append(body)
        if issue.suggestion:
            lines.append(textwrap.fill(f"Suggestion: {issue.suggestion}", width=width,
                                       initial_indent=" " * 12, subsequent_indent=" " * 12))
    return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

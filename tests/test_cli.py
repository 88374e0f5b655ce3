"""The command line: ``python -m medialit analyze [FILE ...] [--json]`` and its JSON contract.

Two end-to-end runs in a subprocess (the seed as JSON; a batch of bad files); everything else
calls ``medialit.cli.main`` in-process, which is much faster.
"""
from __future__ import annotations

import json
import os
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.article import MAX_BYTES, SEED_PATH
from medialit.model import KINDS
from medialit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")

NULLABLE_INT = (int, type(None))
NULLABLE_STR = (str, type(None))
# the JSON contract (docs/engine.md): key -> allowed types
TOP = {"path": (str,), "title": (str,), "meta": (dict,), "quotes": (list,), "sources": (list,),
       "issues": (list,)}
META = {"author": NULLABLE_STR, "date": NULLABLE_STR, "site": NULLABLE_STR, "url": NULLABLE_STR}
PAGES = ROOT / "tests" / "pages"
QUOTE = {"start": (int,), "end": (int,), "text": (str,), "kind": (str,), "speaker": NULLABLE_STR,
         "speaker_kind": (str,), "speaker_start": NULLABLE_INT, "speaker_end": NULLABLE_INT,
         "cue": NULLABLE_STR, "cue_start": NULLABLE_INT, "cue_end": NULLABLE_INT}
SOURCE = {"name": (str,), "kind": (str,), "role": NULLABLE_STR, "affiliation": NULLABLE_STR,
          "quotes": (int,), "words": (int,)}
ISSUE = {"start": (int,), "end": (int,), "kind": (str,), "message": (str,),
         "suggestion": NULLABLE_STR}
# docs/engine.md's "Extra keys today"
EXTRA = {"top": {"scare_quotes", "warnings"},
         "quotes": {"form", "stance", "rule", "speaker_reason", "alternatives", "balanced"},
         "sources": {"roles", "party", "shown_as"},
         "issues": {"text", "rule", "severity", "related"}}

OPTIONAL = {"sources": {"shown_as"}}  # given only where the name alone would mislead

GOOD_ARTICLE = "Ferry strike\n\n“We will not back down,” said Moira Kettle, the union organiser.\n"


def run_module(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "medialit", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=300)


def check_types(item: dict, spec: dict, where: str) -> None:
    for key, types in spec.items():
        assert key in item, f"{where}: no key {key!r}"
        value = item[key]
        assert type(value) in types, f"{where}.{key} = {value!r}"  # bool is not an int here


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- the seed, end to end ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_run(nlp):
    """``python -m medialit analyze --json`` on the seed, run once for this module."""
    return run_module("analyze", "--json")


@pytest.fixture(scope="module")
def seed_json(seed_run):
    return json.loads(seed_run.stdout)


def test_seed_json_is_one_line(seed_run):
    assert seed_run.returncode == 0, seed_run.stderr
    assert seed_run.stdout.endswith("\n")
    assert seed_run.stdout.count("\n") == 1
    assert isinstance(json.loads(seed_run.stdout), dict)
    assert "Traceback" not in seed_run.stderr
    assert seed_run.stderr == ""


def test_seed_json_follows_the_contract(seed_json):
    check_types(seed_json, TOP, "top")
    check_types(seed_json["meta"], META, "meta")
    assert set(seed_json["meta"]) == set(META)
    assert set(seed_json["meta"].values()) == {None}  # a text file says nothing about itself
    for number, quote in enumerate(seed_json["quotes"]):
        check_types(quote, QUOTE, f"quotes[{number}]")
    for number, source in enumerate(seed_json["sources"]):
        check_types(source, SOURCE, f"sources[{number}]")
    for number, issue in enumerate(seed_json["issues"]):
        check_types(issue, ISSUE, f"issues[{number}]")
    assert seed_json["quotes"] and seed_json["sources"] and seed_json["issues"]


def test_seed_json_has_only_documented_keys(seed_json):
    assert set(seed_json) == set(TOP) | EXTRA["top"]
    for part, spec in (("quotes", QUOTE), ("sources", SOURCE), ("issues", ISSUE)):
        for item in seed_json[part]:
            keys = set(item) | (OPTIONAL.get(part, set()) & (set(spec) | EXTRA[part]))
            assert keys == set(spec) | EXTRA[part], (part, set(item) - set(spec) - EXTRA[part])


def test_seed_json_values_are_in_the_allowed_sets(seed_json):
    for quote in seed_json["quotes"]:
        assert quote["kind"] in ("direct", "indirect")
        assert quote["speaker_kind"] in ("named", "anonymous", "vague", "unknown")
        assert quote.get("form") != "scare"  # scare quotes are listed apart
    for source in seed_json["sources"]:
        assert source["kind"] in ("named", "anonymous", "vague")
        assert source["quotes"] >= 1 and source["words"] >= 0
    assert len({source["name"] for source in seed_json["sources"]}) == len(seed_json["sources"])
    for issue in seed_json["issues"]:
        assert issue["kind"] in KINDS
        assert issue["message"].strip()


def test_seed_json_spans_index_the_file_text(seed_json):
    text = SEED_TEXT
    for quote in seed_json["quotes"]:
        assert 0 <= quote["start"] < quote["end"] <= len(text)
        assert text[quote["start"]:quote["end"]] == quote["text"]
        if quote["cue"] is not None:
            assert text[quote["cue_start"]:quote["cue_end"]] == quote["cue"]
        else:
            assert quote["cue_start"] is None and quote["cue_end"] is None
        if quote["speaker_start"] is not None:
            assert 0 <= quote["speaker_start"] < quote["speaker_end"] <= len(text)
            mention = text[quote["speaker_start"]:quote["speaker_end"]]
            assert mention == mention.strip() and "\n" not in mention
        else:
            assert quote["speaker_end"] is None
    for scare in seed_json["scare_quotes"]:
        assert text[scare["start"]:scare["end"]] == scare["text"]
    for issue in seed_json["issues"]:
        assert 0 <= issue["start"] < issue["end"] <= len(text)
        if "text" in issue:
            assert text[issue["start"]:issue["end"]] == issue["text"]


def test_seed_json_title_and_path(seed_json):
    assert seed_json["title"] == SEED_TEXT.splitlines()[0]
    assert Path(seed_json["path"]).resolve() == SEED_PATH


# -- bad files, end to end -----------------------------------------------------------------------

def make_bad_files(tmp_path: Path) -> list[Path]:
    missing = tmp_path / "missing-article.txt"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.dat"
    binary.write_bytes(bytes(range(256)) * 4)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse
    return [missing, folder, empty, binary, huge]


def test_bad_files_in_one_call(tmp_path, nlp):
    bad = make_bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    result = run_module("analyze", "--json", *map(str, bad[:3]), str(good), *map(str, bad[3:]))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    (line,) = lines_of(result.stdout)
    data = json.loads(line)
    assert data["path"] == str(good)
    assert data["title"] == "Ferry strike"
    errors = lines_of(result.stderr)
    assert len(errors) == len(bad), result.stderr
    for error, path in zip(errors, bad):
        assert error.startswith("medialit: ")
        assert path.name in error


# -- in-process ----------------------------------------------------------------------------------

def test_text_report_of_the_seed(capsys, nlp):
    assert main(["analyze"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    for heading in ("TITLE", "QUOTES", "SOURCES", "ISSUES"):
        assert re.search(rf"^{heading}\b", out, re.M), heading
    assert f"TITLE    {SEED_TEXT.splitlines()[0]}" in out
    positions = re.findall(r"^\s+(\d+):(\d+)\s", out, re.M)
    assert positions
    lines = SEED_TEXT.split("\n")
    for line, column in positions:  # every line:column points inside the article
        assert 1 <= int(line) <= len(lines)
        assert 1 <= int(column) <= len(lines[int(line) - 1])


def test_several_files_give_one_json_line_each(tmp_path, capsys, nlp):
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(GOOD_ARTICLE, encoding="utf-8")
    second.write_text("Council vote\n\nAna Ruiz said that the budget would be cut.\n",
                      encoding="utf-8")
    assert main(["analyze", "--json", str(first), str(second)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(first), str(second)]


def test_unusual_encoding_is_read_with_a_warning_on_stderr(tmp_path, capsys, nlp):
    path = tmp_path / "windows.txt"
    path.write_bytes(GOOD_ARTICLE.replace("\n", "\r\n").encode("cp1252"))
    assert main(["analyze", "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["title"] == "Ferry strike"
    assert data["warnings"] and "windows.txt" in data["warnings"][0]
    (warning,) = lines_of(err)
    assert warning.startswith("medialit: ") and "windows.txt" in warning


def test_bad_files_in_process(tmp_path, capsys):
    bad = make_bad_files(tmp_path)
    assert main(["analyze", "--json", *map(str, bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert [path.name in line for line, path in zip(lines_of(err), bad)] == [True] * len(bad)
    assert len(lines_of(err)) == len(bad)


@pytest.mark.parametrize("argv, status", [([], 0), (["--help"], 0)])
def test_help(capsys, argv, status):
    if argv == ["--help"]:
        with pytest.raises(SystemExit) as leaving:
            main(argv)
        assert leaving.value.code == status
    else:
        assert main(argv) == status
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m medialit")
    assert "analyze" in out


def test_python_dash_m_medialit_without_a_command(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["medialit"])
    with pytest.raises(SystemExit) as leaving:
        runpy.run_module("medialit", run_name="__main__")
    assert leaving.value.code == 0
    assert "analyze" in capsys.readouterr().out


# -- output that cannot be written, and names like options -----------------------------------------

def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, nlp):
    """``python -m medialit analyze … | head -c 100``: the pipe closes mid-output."""
    marks = tmp_path / "marks.txt"
    marks.write_text('"' * 100_000, encoding="utf-8")  # MBs of JSON: far over a pipe's buffer
    process = subprocess.Popen([sys.executable, "-m", "medialit", "analyze", "--json", str(marks)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stdout.read(100).startswith(b'{"path"')
    process.stdout.close()
    err = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=300) == 1
    assert "Traceback" not in err and "Exception ignored" not in err
    assert err == ""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_output_to_a_full_disk_is_one_friendly_line(tmp_path, nlp):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "medialit", "analyze", str(good)],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                timeout=300)
    assert result.returncode == 2
    assert lines_of(result.stderr) == [
        "medialit: could not write the output (No space left on device)."]


def test_a_file_named_like_an_option_goes_after_two_dashes(tmp_path, monkeypatch, capsys, nlp):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-x.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["analyze", "-x.txt"])  # read as an option: argparse says it is not one
    assert "-x.txt" in capsys.readouterr().err
    assert main(["analyze", "--json", "--", "-x.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Ferry strike"


@pytest.mark.parametrize("argv", [["--help"], ["analyze", "--help"], ["report", "--help"]])
def test_help_says_how_to_give_a_file_named_like_an_option(capsys, argv):
    with pytest.raises(SystemExit):
        main(argv)
    out = " ".join(capsys.readouterr().out.split())
    assert 'a file whose name starts with "-" goes after "--"' in out
    assert "-- -notes.txt" in out


# -- saved web pages and files that are not files ------------------------------------------------

@pytest.fixture(scope="module")
def page_runs(nlp):
    """``analyze --json`` on the same news page saved as .html and as .mhtml, in one run."""
    result = run_module("analyze", "--json", str(PAGES / "ferry-strike.html"),
                        str(PAGES / "ferry-strike.mhtml"))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in lines_of(result.stdout)], lines_of(result.stderr)


def test_html_and_mhtml_give_the_same_article(page_runs):
    (html, mhtml), warnings = page_runs
    assert html["title"] == "Ferry crews vote to strike over night shifts"
    assert html["meta"] == {
        "author": "Moira Kettle", "date": "2025-03-14", "site": "The Island Times",
        "url": "https://www.islandtimes.example/news/2025/03/14/ferry-crews-vote-to-strike"}
    different = {key for key in html if html[key] != mhtml[key]}
    assert different == {"path", "warnings"}  # the file names differ, nothing else
    assert {"Dana Okafor", "Paul Brennan"} <= {source["name"] for source in html["sources"]}
    assert len(warnings) == 2 and all("web page" in line for line in warnings)


def test_text_report_shows_what_the_page_says_about_itself(capsys, nlp):
    assert main(["analyze", str(PAGES / "ferry-strike.html")]) == 0
    out, _ = capsys.readouterr()
    for label, value in (("PUBLISHED BY", "The Island Times"), ("DATE", "2025-03-14"),
                         ("BYLINE", "Moira Kettle"), ("ADDRESS", "https://www.islandtimes")):
        assert re.search(rf"^{label} +{re.escape(value)}", out, re.M), label


def test_page_with_no_article_is_one_line_and_exit_2(capsys):
    assert main(["analyze", str(PAGES / "home-page.html")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = lines_of(err)
    assert line.startswith("medialit: ") and "home-page.html" in line and "no news article" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and devices as on Linux and macOS")
@pytest.mark.parametrize("name, words", [("pipe", "a pipe (FIFO)"), ("/dev/zero", "a device"),
                                         ("/dev/urandom", "a device"), ("loop", "back to itself")])
def test_files_that_are_not_files_end_at_once(tmp_path, name, words):
    path = tmp_path / name if not name.startswith("/") else Path(name)
    if name == "pipe":
        os.mkfifo(path)
    elif name == "loop":
        path.symlink_to(path)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    # a hang (a pipe) or a read without end (a device) would run into the timeout and fail here;
    # the reading itself must end within 10 s (test_article), the rest is Python starting up
    result = subprocess.run([sys.executable, "-m", "medialit", "analyze", "--json", str(path)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    (line,) = lines_of(result.stderr)
    assert line.startswith(f"medialit: {path} is") and words in line


# -- make-hunt --assignment: a graded nbgrader assignment from a made hunt ------------------------

CLEAN = Path(__file__).resolve().parent / "articles" / "city-council-budget.txt"


def test_make_hunt_writes_an_assignment_in_the_course_folder(tmp_path, monkeypatch, capsys, nlp):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nbgrader_config.py").write_text("", encoding="utf-8")
    argv = ["make-hunt", str(CLEAN), "-o", "hunts", "--errors", "4", "--versions", "2",
            "--assignment", "week-1"]
    assert main(argv) == 0
    folder = tmp_path / "solutions" / "week-1"
    assert f"Assignment written to {folder}" in capsys.readouterr().out
    texts = sorted(p.name for p in folder.glob("*.txt"))
    assert texts == ["city-council-budget-v1.txt", "city-council-budget-v2.txt"]
    for name in texts:  # the same hunts as in -o hunts/
        assert (folder / name).read_bytes() == (tmp_path / "hunts" / name).read_bytes()
    assert json.loads((folder / "versions.json").read_text(encoding="utf-8"))["versions"] == texts
    assert (folder / "week-1.ipynb").exists()
    assert main(argv) == 2  # never replaced unasked
    assert "already exists" in capsys.readouterr().err
    assert main(argv + ["--force"]) == 0


@pytest.mark.parametrize("course, name, message", [
    (False, "week-1", "run this command in the kit's folder"),
    (True, "week 1", "cannot name an assignment"),
])
def test_make_hunt_assignment_problems_are_one_line(tmp_path, monkeypatch, capsys, nlp,
                                                   course, name, message):
    monkeypatch.chdir(tmp_path)
    if course:
        (tmp_path / "nbgrader_config.py").write_text("", encoding="utf-8")
    argv = ["make-hunt", str(CLEAN), "-o", "hunts", "--errors", "3", "--assignment", name]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "solutions").exists()

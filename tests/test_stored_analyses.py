"""The stored analyses of the seed and the practice articles (medialit/stored.py).

The first test fails whenever a stored analysis is missing, left over or differs from what
the engine finds now (after any change to the engine's modules or data): the message gives
the one command that regenerates them.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medialit import stored
from medialit.analysis import analyze, fresh_unit_records
from medialit.article import load_article, make_article

ROOT = Path(__file__).resolve().parent.parent
REGENERATE = "python -m medialit store-analyses"


def test_every_stored_analysis_is_the_engines_fresh_analysis(nlp):
    fresh = fresh_unit_records()
    kept = {path: json.loads(path.read_text(encoding="utf-8"))
            for path in stored.STORE.glob("*.json")}
    problems = [f"missing: {path.name} (an analysis of {record['title']!r})"
                for path, record in fresh.items() if path not in kept]
    problems += [f"left over: {path.name} (no unit article has this text now)"
                 for path in kept if path not in fresh]
    for path, record in fresh.items():
        if path in kept and kept[path] != record:
            parts = sorted(key for key in record if kept[path].get(key) != record[key])
            problems.append(f"stale: {path.name} ({record['title']!r}) differs in {parts}")
    assert not problems, ("The stored analyses are not the engine's analyses now, so lessons "
                          f"would show old results. Run `{REGENERATE}` and commit "
                          "medialit/data/analyses/.\n" + "\n".join(problems))


def test_a_stored_analysis_gives_back_what_was_stored(seed, nlp):
    article = load_article()
    analysis = analyze(article)
    record = json.loads(stored.stored_path(article.text).read_text(encoding="utf-8"))
    assert "doc" not in vars(article)  # no parse was made
    assert stored.record_of(analysis) == record
    assert [s.text for s in article.sentences] == [s.text for s in seed.sentences]


def test_a_changed_article_is_analysed_afresh():
    article = load_article()
    changed = make_article(article.text.replace("Blinken", "Blinkin", 1))
    assert stored.load_stored(article) is not None
    assert stored.load_stored(changed) is None


def test_an_analysis_stored_by_another_engine_is_not_used(tmp_path, monkeypatch):
    article = load_article()
    record = json.loads(stored.stored_path(article.text).read_text(encoding="utf-8"))
    monkeypatch.setattr(stored, "STORE", tmp_path)
    stored.stored_path(article.text).write_text(json.dumps(dict(record, engine="older engine")))
    assert stored.load_stored(article) is None


def test_the_fingerprint_covers_the_engine_not_the_classroom():
    names = {path.relative_to(stored.PACKAGE).as_posix() for path in stored.engine_files()}
    assert {"analysis.py", "stored.py", "people.py", "nlp.py", "checks/registry.py",
            "data/reporting_verbs.txt"} <= names
    assert not any(name.startswith("data/analyses/") or name == "widgets.py" for name in names)
    assert not any(name.startswith("widgets/") for name in names)  # the widgets are a package


def run_python(code: str, folder: Path) -> str:
    """Run code in a new Python process (this checkout's medialit); its standard output."""
    run = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True,
                         timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT), MPLBACKEND="Agg"))
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_a_lesson_on_the_seed_never_imports_spacy(tmp_path):
    lesson = ("import sys, medialit as ml\n"
              "import medialit.analysis\n"
              "assert 'spacy' not in sys.modules, 'importing the engine imported spaCy'\n"
              "article = ml.load_article()\n"
              "result = ml.analyze(article)\n"
              "box = ml.error_hunt(article, ml.open_answers('03-spot-the-errors'))\n"
              "print(len(result.issues), 'spacy' in sys.modules, 'matplotlib' in sys.modules)\n")
    issues, spacy_loaded, matplotlib_loaded = run_python(lesson, tmp_path).split()
    assert int(issues) > 0
    assert spacy_loaded == "False" and matplotlib_loaded == "False"


def test_every_widget_chart_and_report_on_the_unit_articles_needs_no_spacy(tmp_path):
    """What the widgets, charts and report read of the parse (sentences, people named) comes
    from the stored analysis too."""
    paths = [str(path) for path in stored.unit_articles()]
    code = ("import sys, medialit as ml\n"
            f"for path in {paths!r}:\n"
            "    article = ml.load_article(path)\n"
            "    result, answers = ml.analyze(article), ml.open_answers('practice')\n"
            "    for build in (ml.error_hunt, ml.who_said_it, ml.machine_vs_me, ml.source_sorter):\n"
            "        build(article, answers)\n"
            "    ml.quote_inspector(article), ml.show_article(article), ml.build_report(result)\n"
            "    for plot in (ml.plot_source_kinds, ml.plot_reporting_verbs, ml.plot_voice_strip):\n"
            "        plot(result)\n"
            "print('spaCy loaded' if 'spacy' in sys.modules else 'no spaCy')\n")
    assert len(paths) >= 2
    assert run_python(code, tmp_path).splitlines()[-1] == "no spaCy"


def test_the_command_writes_one_file_per_unit_article(nlp, tmp_path, monkeypatch, capsys):
    from medialit.cli import main

    committed = sorted(path.name for path in stored.STORE.glob("*.json"))
    monkeypatch.setattr(stored, "STORE", tmp_path)
    (tmp_path / "0000-an-article-that-changed.json").write_text("{}")
    assert main(["store-analyses"]) == 0
    assert sorted(path.name for path in tmp_path.glob("*.json")) == committed
    assert capsys.readouterr().out.count("stored ") == len(stored.unit_articles())

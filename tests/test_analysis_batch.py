"""``analyze_many``: several articles parsed together with ``nlp.pipe`` give the same analysis
as ``analyze`` one by one; the command line analyses its files in such batches."""
from __future__ import annotations

import json
from pathlib import Path

import medialit
from medialit.analysis import analyze_many
from medialit.cli import run_analyze

ARTICLES = Path(__file__).resolve().parent / "articles"
PATHS = [medialit.article.SEED_PATH, *sorted(ARTICLES.glob("*.txt"))[:3]]


def test_same_results_as_one_by_one(nlp):
    one_by_one = [medialit.analyze(medialit.load_article(path)).as_dict() for path in PATHS]
    batched = analyze_many([medialit.load_article(path) for path in PATHS], batch_size=2)
    assert [result.as_dict() for result in batched] == one_by_one
    assert [result.article.path for result in batched] == [str(path) for path in PATHS]


def test_parses_each_article_once_and_keeps_what_is_done(nlp, monkeypatch):
    done = medialit.load_article()
    first = medialit.analyze(done)
    fresh = [medialit.load_article(path) for path in PATHS[1:]]
    parsed = []
    pipe = nlp.pipe

    def recording_pipe(texts, **options):
        for doc in pipe(texts, **options):
            parsed.append(doc)
            yield doc

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    results = analyze_many([done, *fresh])
    assert results[0] is first  # analysed before: not parsed again
    assert [doc.text for doc in parsed] == [article.text for article in fresh]
    # the analysis used the batch's parse, not one of its own
    assert all(result.article.doc is doc for result, doc in zip(results[1:], parsed, strict=True))


def test_empty_list(nlp):
    assert analyze_many([]) == []
    assert analyze_many(iter(())) == []


def test_command_line_batches_keep_order_and_skip_bad_files(tmp_path, capsys, nlp):
    good = [tmp_path / f"article-{number}.txt" for number in range(4)]
    for number, path in enumerate(good):
        path.write_text(f"Vote {number}\n\n“No,” said Ana Ruiz.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    paths = [str(path) for path in (good[0], good[1], missing, good[2], good[3])]
    assert run_analyze(paths, as_json=True, batch_size=2) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(p) for p in good]
    (error,) = err.splitlines()
    assert error.startswith("medialit: ") and "missing.txt" in error

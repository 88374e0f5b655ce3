"""The kit's data files: every answer key is valid and every span checks itself.

Formats: ``seeds/README.md``. No language model needed.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KEYS = [*sorted(SEEDS.glob("*.quotes.json")),
        *sorted((ROOT / "tests" / "articles").glob("*.quotes.json")),
        *sorted((ROOT / "tests" / "articles" / "heldout").glob("*.quotes.json"))]
METAS = sorted(SEEDS.glob("*.meta.json"))
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_edfc64fe7c0f59f2.txt"
SEED_ARTICLE = SEEDS / "blinken-qin-beijing-2023.txt"

QUOTE_KEYS = {"id", "kind", "form", "content", "speaker", "speaker_kind", "speaker_mention", "cue"}
QUOTE_OPTIONAL = {"unbalanced", "note", "also_right"}
SCARE_KEYS = {"id", "span"}
SCARE_OPTIONAL = {"note"}
META_KEYS = {"schema_version", "title", "file", "sha256", "original_file_name", "description",
             "based_on", "deliberate_errors", "language"}


def key_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def load_key(path: Path) -> tuple[dict, str]:
    key = json.loads(path.read_text(encoding="utf-8"))
    article = path.parent / key["article"]
    with open(article, encoding="utf-8") as handle:  # as the README says Python reads it
        return key, handle.read()


def is_span(value) -> bool:
    return isinstance(value, dict) and set(value) == {"start", "end", "text"} and \
        type(value["start"]) is int and type(value["end"]) is int and isinstance(value["text"], str)


def test_there_are_answer_keys():
    assert any(path.parent == SEEDS for path in KEYS)
    assert len(KEYS) >= 2


@pytest.mark.parametrize("path", KEYS, ids=key_id)
def test_key_has_the_documented_shape(path):
    key = json.loads(path.read_text(encoding="utf-8"))
    assert set(key) == {"schema_version", "article", "quotes", "scare_quotes"}
    assert key["schema_version"] == 1
    assert isinstance(key["article"], str) and key["article"].endswith(".txt")
    assert (path.parent / key["article"]).is_file()
    assert path.name == key["article"][:-len(".txt")] + ".quotes.json"
    assert isinstance(key["quotes"], list) and key["quotes"]
    assert isinstance(key["scare_quotes"], list)
    for quote in key["quotes"]:
        assert QUOTE_KEYS <= set(quote) <= QUOTE_KEYS | QUOTE_OPTIONAL, quote.get("id")
        assert quote["kind"] in ("direct", "indirect"), quote["id"]
        if quote["kind"] == "direct":
            assert quote["form"] in ("full", "partial"), quote["id"]
        else:
            assert quote["form"] is None, quote["id"]
        assert quote["speaker_kind"] in ("named", "anonymous", "vague", "unknown"), quote["id"]
        assert quote["speaker"] is None or (isinstance(quote["speaker"], str) and quote["speaker"])
        if quote["speaker_kind"] in ("named", "anonymous"):
            assert quote["speaker"], quote["id"]
        assert is_span(quote["content"]), quote["id"]
        for optional_span in ("speaker_mention", "cue"):
            assert quote[optional_span] is None or is_span(quote[optional_span]), quote["id"]
        if "unbalanced" in quote:
            assert quote["unbalanced"] is True and quote["kind"] == "direct", quote["id"]
        if "note" in quote:
            assert isinstance(quote["note"], str) and quote["note"].strip()
    for scare in key["scare_quotes"]:
        assert SCARE_KEYS <= set(scare) <= SCARE_KEYS | SCARE_OPTIONAL, scare.get("id")
        assert is_span(scare["span"]), scare["id"]


@pytest.mark.parametrize("path", KEYS, ids=key_id)
def test_every_span_checks_itself(path):
    key, text = load_key(path)
    spans = []
    for quote in key["quotes"]:
        spans += [(quote["id"], name, quote[name]) for name in ("content", "speaker_mention", "cue")
                  if quote[name] is not None]
    spans += [(scare["id"], "span", scare["span"]) for scare in key["scare_quotes"]]
    assert spans
    for where, name, span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text), (where, name)
        assert text[span["start"]:span["end"]] == span["text"], (where, name)
        assert span["text"] == span["text"].strip(), (where, name)


@pytest.mark.parametrize("path", KEYS, ids=key_id)
def test_ids_are_unique_and_in_reading_order(path):
    key, _ = load_key(path)
    for items, prefix, span_of in ((key["quotes"], "q", lambda q: q["content"]),
                                   (key["scare_quotes"], "s", lambda s: s["span"])):
        ids = [item["id"] for item in items]
        assert len(set(ids)) == len(ids)
        assert ids == [f"{prefix}{number:02d}" for number in range(1, len(ids) + 1)]
        starts = [span_of(item)["start"] for item in items]
        assert starts == sorted(starts), "ids are not in reading order"


@pytest.mark.parametrize("path", KEYS, ids=key_id)
def test_direct_content_sits_between_quotation_marks(path):
    key, text = load_key(path)
    for quote in key["quotes"]:
        if quote["kind"] != "direct":
            continue
        before = text[:quote["content"]["start"]].rstrip(" ")
        assert before[-1:] in "“‘\"'«„", (quote["id"], before[-15:])


@pytest.mark.parametrize("path", METAS or [pytest.param(None, marks=pytest.mark.skip(
    reason="no seeds/*.meta.json yet"))], ids=lambda path: path.name if path else "none")
def test_meta_matches_its_article(path):
    meta = json.loads(path.read_text(encoding="utf-8"))
    assert META_KEYS <= set(meta)
    assert meta["schema_version"] == 1
    article = SEEDS / meta["file"]
    assert article.is_file()
    assert hashlib.sha256(article.read_bytes()).hexdigest() == meta["sha256"]
    lines = article.read_text(encoding="utf-8").splitlines()
    first_line = next(line for line in lines if line.strip())
    assert meta["title"] == first_line
    assert meta["language"] == "en"
    assert meta["deliberate_errors"] in (True, False)


def test_seed_is_byte_identical_to_the_file_the_kit_was_given():
    if not SHARED_SEED.exists():
        pytest.skip(f"{SHARED_SEED} is not present in this checkout")
    assert SEED_ARTICLE.read_bytes() == SHARED_SEED.read_bytes()


# the seed and practice keys, and the keys of the articles written blind to the checks' rules
# (tests/articles/blind*/), which measure how many planted errors the checks find
ERROR_KEYS = [*sorted(SEEDS.glob("*.errors.json")),
              *sorted((ROOT / "tests" / "articles").glob("blind*/*.errors.json"))]
ERROR_FIELDS = {"id", "span", "kind", "severity", "detectable", "explanation", "correction",
                "related", "source", "hint"}
TEACHING_FIELDS = {"accepted_kinds", "counts"}  # what a mark needs to earn full credit


@pytest.mark.parametrize("path", ERROR_KEYS, ids=key_id)
def test_error_key_spans_check_themselves(path):
    from medialit.model import KINDS, SEVERITIES

    key, text = load_key(path)
    assert key["schema_version"] == 1
    ids = [error["id"] for error in key["errors"]]
    assert len(ids) == len(set(ids))
    assert [e["span"]["start"] for e in key["errors"]] == sorted(e["span"]["start"] for e in key["errors"])
    for error in key["errors"]:
        teaching = path.parent == SEEDS  # the kit's own keys say what counts; blind keys may
        fields = ERROR_FIELDS | TEACHING_FIELDS if teaching else ERROR_FIELDS
        assert fields <= set(error) <= ERROR_FIELDS | TEACHING_FIELDS | {"other_kinds"}, error["id"]
        assert error["kind"] in KINDS, error["id"]
        assert all(kind in KINDS and kind != error["kind"] for kind in error.get("other_kinds", ())), error["id"]
        if "accepted_kinds" in error:
            accepted = error["accepted_kinds"]
            assert accepted[0] == error["kind"] and len(set(accepted)) == len(accepted), error["id"]
            assert set(accepted) <= set(KINDS), error["id"]
            assert "other_kinds" not in error, error["id"]
        if "counts" in error:
            assert error["counts"] in ("mistake", "note"), error["id"]
            assert (error["counts"] == "note") == (error["severity"] == "note"), error["id"]
        assert error["severity"] in SEVERITIES, error["id"]
        assert error["detectable"] in ("text", "outside"), error["id"]
        assert error["explanation"].strip(), error["id"]
        for span in [error["span"], *error["related"]]:
            assert text[span["start"]:span["end"]] == span["text"], (error["id"], span)


DESKS = sorted(SEEDS.glob("*.reference-desk.json"))
DESK_ENTRY = {"id", "question", "claim", "finding", "sources"}
DESK_SOURCE = {"outlet", "date", "title", "url"}


@pytest.mark.parametrize("path", DESKS, ids=key_id)
def test_reference_desk_has_the_documented_shape(path):
    import re

    key = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / key["article"]).read_text(encoding="utf-8")
    assert set(key) == {"schema_version", "article", "entries"} and key["schema_version"] == 1
    assert [entry["id"] for entry in key["entries"]] == [f"r{n}" for n in range(1, len(key["entries"]) + 1)]
    starts = [entry["claim"]["start"] for entry in key["entries"]]
    assert starts == sorted(starts), "entries are not in reading order"
    for entry in key["entries"]:
        assert set(entry) == DESK_ENTRY, entry["id"]
        assert is_span(entry["claim"]), entry["id"]
        assert text[entry["claim"]["start"]:entry["claim"]["end"]] == entry["claim"]["text"], entry["id"]
        assert entry["question"].strip() and entry["finding"].strip(), entry["id"]
        assert entry["sources"], entry["id"]
        for source in entry["sources"]:
            assert set(source) == DESK_SOURCE, entry["id"]
            assert source["outlet"].strip()
            assert source["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["date"])


TASK_FORMS = sorted(SEEDS.glob("task-*.txt"))


def test_the_task_forms_are_alike():
    """The performance task's two forms must be of equal difficulty: the same problems by kind
    and severity, sources of the same kinds, lengths within a tenth of each other."""
    from collections import Counter

    assert len(TASK_FORMS) == 2
    shapes = []
    for article in TASK_FORMS:
        errors = json.loads(article.with_suffix("").with_suffix(".errors.json").read_text(encoding="utf-8"))
        quotes = json.loads(article.with_suffix("").with_suffix(".quotes.json").read_text(encoding="utf-8"))
        words = len(article.read_text(encoding="utf-8").split())
        assert 600 <= words <= 800, article.name
        speakers = {q["speaker"]: q["speaker_kind"] for q in quotes["quotes"] if q["speaker"]}
        shapes.append((words, Counter((e["kind"], e["severity"], e["detectable"]) for e in errors["errors"]),
                       Counter(speakers.values())))
    (words_a, errors_a, sources_a), (words_b, errors_b, sources_b) = shapes
    assert errors_a == errors_b and sources_a == sources_b
    assert abs(words_a - words_b) <= 0.1 * max(words_a, words_b)

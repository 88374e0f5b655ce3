"""make-hunt (``medialit.hunts``): plants errors in clean articles and writes keys in the
``seeds/`` formats.

On the clean test articles (``tests/articles/*.txt``) and, when the corpus is on this machine,
a few PolNeAR news texts read from ``/work/shared/corpora/polnear-dev/text/`` (never copied into
the kit): every key span matches the altered text, the text outside the plants is the
article's own, the same seed gives the same hunt, versions differ, no two plants share a
sentence, nothing is planted inside a quotation's words but a lost quotation mark, and the
single scorer gives full marks to a student who marks every plant.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.article import load_article, make_article
from medialit.cli import main
from medialit.grading import score_error_hunt
from medialit.hunts import (PLANTERS, drop_plant, make_hunt, make_versions, planter_names,
                            reroll_plant, write_hunt)
from medialit.hunts.figures import other_value
from medialit.hunts.roles import wrong_roles
from medialit.hunts.wording import (is_spelling_variant, misspellings, real_word_slips,
                                    respellings)
from medialit.keys import load_error_key, load_quote_key
from medialit.marks import pair_marks
from medialit.model import KINDS, SEVERITIES

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path("/work/shared/corpora/polnear-dev/text")
POLNEAR_TEXTS = ("nyt", "politico", "usa-today")  # the first text of three outlets


def clean_articles() -> list[Path]:
    paths = sorted((ROOT / "tests" / "articles").glob("*.txt"))
    if POLNEAR.is_dir():
        for outlet in POLNEAR_TEXTS:
            paths += sorted(POLNEAR.glob(f"{outlet}_*.txt"))[:1]
    return paths


ARTICLES = clean_articles()


@pytest.fixture(scope="module")
def made(nlp):
    """Two versions of a ten-error hunt of every clean article, made once."""
    return {path.name: (path.read_text(encoding="utf-8"),
                        make_versions(path.read_text(encoding="utf-8"), 2, errors=10, seed=0))
            for path in ARTICLES}


def every_hunt(made):
    for name, (text, versions) in made.items():
        for hunt in versions:
            yield name, text, hunt


def test_every_key_span_matches_the_altered_text(made):
    for name, _, hunt in every_hunt(made):
        key = hunt.key()
        assert key, f"{name}: nothing planted"
        for entry in key:
            for span in [entry["span"], *entry["related"]]:
                assert hunt.text[span["start"]:span["end"]] == span["text"], (name, entry)


def test_outside_the_plants_the_article_is_its_own(made):
    for name, text, hunt in every_hunt(made):
        restored = hunt.text
        for plant in sorted(hunt.plants, key=lambda p: p.changed.start, reverse=True):
            assert hunt.text[plant.changed.start:plant.changed.end] == plant.replacement
            restored = (restored[:plant.changed.start] + plant.original.text +
                        restored[plant.changed.end:])
            # the change and the span to circle stand in the plant's own sentence
            assert plant.sentence in hunt.text
            assert plant.original_sentence in text
            assert plant.replacement in plant.sentence and plant.text in plant.sentence
        assert restored == text, name


def test_the_same_seed_gives_the_same_hunt(made):
    name, (text, versions) = next(iter(made.items()))
    again = make_hunt(text, errors=10, seed=0, version=1)
    assert again.text == versions[1].text and again.key() == versions[1].key()
    other = make_hunt(text, errors=10, seed=1)
    assert other.key() != versions[0].key()


def test_versions_plant_in_different_places(made):
    for name, _, versions in ((n, t, v) for n, (t, v) in made.items()):
        first, second = ({plant.original.start for plant in hunt.plants} for hunt in versions)
        assert versions[0].text != versions[1].text, name
        assert len(first & second) < min(len(first), len(second)), name


def test_no_two_plants_share_a_sentence(made):
    for name, _, hunt in every_hunt(made):
        reaches = sorted(plant.draft.reach for plant in hunt.plants)
        for (_, end), (start, _) in zip(reaches, reaches[1:]):
            assert end <= start, (name, reaches)
        sentences = [plant.original_sentence for plant in hunt.plants]
        assert len(set(sentences)) == len(sentences), name


def test_nothing_is_planted_inside_a_quotation_but_its_mark(made):
    for name, text, hunt in every_hunt(made):
        article = make_article(text)
        quotes, _ = pair_marks(article.text, article.paragraphs)
        for plant in hunt.plants:
            edit = plant.original
            ends = [q.close_at + 1 if q.close_at is not None else
                    article.paragraphs[article.paragraph_index(q.open_at)].end for q in quotes]
            inside = [q for q, end in zip(quotes, ends) if q.open_at <= edit.start and
                      edit.end <= end and edit.start != q.close_at]
            assert not inside, (name, plant.kind, plant.text)
            if plant.kind == "unbalanced-quote":
                assert edit.text in "”’\"'»" and plant.replacement == ""


def test_marking_every_plant_gives_full_marks(made):
    for name, _, hunt in every_hunt(made):
        key = hunt.key()
        marks = [{"start": e["span"]["start"], "end": e["span"]["end"], "kind": e["kind"]}
                 for e in key]
        score = score_error_hunt(marks, key, hunt.text)
        assert score.score == sum(e["counts"] == "mistake" for e in key), name
        assert score.alarms == 0, name
        assert score.found == score.mistakes == sum(e["severity"] != "note" for e in key)


def test_key_entries_are_in_the_seed_format(made):
    for name, _, hunt in every_hunt(made):
        key = hunt.key()
        assert [e["id"] for e in key] == [f"e{n:02d}" for n in range(1, len(key) + 1)]
        assert [e["span"]["start"] for e in key] == sorted(e["span"]["start"] for e in key)
        for entry in key:
            assert entry["kind"] in KINDS and entry["severity"] in SEVERITIES
            assert set(entry["other_kinds"]) <= set(KINDS) - {entry["kind"]}
            assert entry["detectable"] == "text" and entry["explanation"] and entry["hint"]
            if entry["kind"] != "missing-attribution":  # evidence is named and pointed at
                assert entry["related"] or entry["kind"] == "unbalanced-quote", entry
            for related in entry["related"]:
                assert related["text"] in entry["explanation"] or \
                    entry["kind"] in ("unbalanced-quote", "other"), entry


def test_notes_are_few_and_cost_nothing(made):
    for name, _, hunt in every_hunt(made):
        notes = [plant for plant in hunt.plants if plant.is_note]
        assert len(notes) <= 1 and all(plant.kind == "other" for plant in notes), name


def test_a_hunt_is_written_in_the_kit_formats(made, tmp_path):
    name, (text, versions) = next(iter(made.items()))
    paths = write_hunt(versions[0], tmp_path, "fresh", source=name)
    assert sorted(p.name for p in paths.values()) == [
        "fresh.errors.json", "fresh.meta.json", "fresh.quotes.json", "fresh.txt"]
    article = load_article(paths["article"])
    assert article.text == versions[0].text
    assert load_error_key(article) == versions[0].key()
    assert load_quote_key(article) is not None
    meta = json.loads(paths["meta"].read_text(encoding="utf-8"))
    assert (meta["source"], meta["seed"], meta["version"]) == (name, 0, 0)
    assert meta["machine_made"] is True
    assert meta["errors"]["planted"] == len(versions[0].plants)
    quotes = json.loads(paths["quotes"].read_text(encoding="utf-8"))
    assert quotes["machine_made"] is True


def test_a_teacher_can_drop_and_reroll(made):
    _, (text, versions) = next(iter(made.items()))
    hunt = versions[0]
    dropped = drop_plant(hunt, 0)
    assert len(dropped.plants) == len(hunt.plants) - 1
    assert hunt.plants[0].original_sentence in dropped.text
    rerolled = reroll_plant(hunt, 0, seed=5)
    assert len(rerolled.plants) == len(hunt.plants)
    gone = hunt.plants[0].draft.reach
    assert all(p.draft.reach != gone for p in rerolled.plants)
    assert [p.draft for p in rerolled.plants if p.draft in hunt.drafts[1:]] == hunt.drafts[1:]
    assert not dropped.notes and not rerolled.notes  # a teacher's edit is no shortfall
    with pytest.raises(IndexError):
        drop_plant(hunt, len(hunt.plants))
    with pytest.raises(TypeError, match="erorrs"):
        make_versions(text, 2, erorrs=3)


def test_kinds_choose_the_planters(made):
    _, (text, _) = next(iter(made.items()))
    hunt = make_hunt(text, errors=4, kinds=["spelling", "figure"])
    assert {plant.kind for plant in hunt.plants} <= {"spelling", "self-contradiction"}
    assert planter_names(["inconsistent-term"]) == ("slip", "renamed")
    with pytest.raises(ValueError, match="Unknown kind of error: blunder"):
        planter_names(["blunder"])


def test_a_short_article_gets_what_fits_and_a_note(nlp):
    text = "Council votes\n\nThe council voted on the bridge on Tuesday, the mayor said.\n"
    hunt = make_hunt(text, errors=10)
    assert len(hunt.plants) < 10
    assert hunt.notes and "of the 10 errors" in hunt.notes[0]


def test_the_engine_finds_some_of_the_plants(made):
    """The engine's checks, re-run on the altered article, find planted errors its rules
    can see (the figure is reported by scripts/evaluate_hunts.py, not asserted here)."""
    from medialit.analysis import analyze

    found = 0
    for name, _, hunt in list(every_hunt(made))[:4]:
        issues = analyze(make_article(hunt.text)).issues
        found += sum(any(i.start < p.end and p.start < i.end for i in issues) for p in hunt.plants)
    assert found > 0


# -- the planters' word rules, on words alone ---------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("committee", "comittee"), ("believe", "beleive"), ("independent", "independant"),
    ("successful", "successfull"), ("necessary", "necesary"),
])
def test_misspellings_are_not_words(word, expected):
    assert expected in misspellings(word)


def test_a_short_word_gets_no_keyboard_slip():
    assert misspellings("crews") == []


@pytest.mark.parametrize("figure, expected", [
    ("14.2", "41.2"), ("48", "84"), ("2", "3"), ("three", "four"), ("Three", "Four"),
    ("2029", "2028"), ("100", "101"), ("twelve", None), ("a few", None),
])
def test_a_figure_gets_another_value(figure, expected):
    assert other_value(figure) == expected


@pytest.mark.parametrize("role, expected", [
    ("Transport Minister", "Foreign Minister"),
    ("the union’s regional organiser", "the union’s regional treasurer"),
    ("a spokeswoman for the company", "a lawyer for the company"),
    ("an economist at the bank", "an accountant at the bank"),
    ("the US ambassador", "the American ambassador"),
])
def test_a_role_gets_another_job_or_country(role, expected):
    assert expected in wrong_roles(role)


def test_a_role_with_no_known_job_is_left_alone():
    assert wrong_roles("a resident of the town") == []


def test_real_word_slips_are_words_but_not_endings():
    slips = real_word_slips("union", used=set())
    assert "onion" in slips and "unions" not in slips
    assert "unions" not in real_word_slips("union", used={"onion"}) and \
        "onion" not in real_word_slips("union", used={"onion"})


@pytest.mark.parametrize("one, other, variant", [
    ("judgment", "judgement", True), ("color", "colour", True), ("traveled", "travelled", True),
    ("players", "layers", False), ("union", "onion", False), ("talks", "walks", False),
])
def test_spellings_that_are_both_right_are_no_slip(one, other, variant):
    assert is_spelling_variant(one, other) is variant
    assert (other in real_word_slips(one, used=set())) is not variant


def test_a_surname_is_respelt_into_no_word():
    assert "Ketle" in respellings("Kettle")
    assert all(form != "Kettle" for form in respellings("Kettle"))


def test_every_planter_says_what_it_plants():
    for planter in PLANTERS.values():
        assert planter.kind in KINDS and planter.description


# -- the planters on hand-made sentences (the parse decides, so these need the model) ---------

PLANTED = [
    ("unattributed", "Council votes\n\nRidership on the three routes has fallen 31 percent since "
     "2019, according to the transit authority.\n", ", according to the transit authority", ""),
    ("unattributed", "Council votes\n\nThe mayor said the budget would close a shortfall of "
     "eighteen million dollars.\n", "The mayor said t", "T"),
    ("figure", "Man jailed\n\nDean Harrow, 41, pleaded guilty.\n\nThe judge said Harrow would "
     "serve half of the sentence.\n", "", ", 51,"),
    ("role", "Strike\n\nMoira Kettle, the union’s regional organiser, backed it.\n\nKettle said "
     "the crews were tired.\n", "", ", the union’s regional treasurer,"),
    ("slip", "Ferry talks\n\nThe talks stalled.\n\nThe union left the talks on Monday.\n",
     "talks", "walks"),
]


@pytest.mark.parametrize("planter, text, was, now", PLANTED)
def test_a_planter_plants_on_a_made_sentence(nlp, planter, text, was, now):
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    drafts = candidates(read_site(text), planter)
    assert any(d.edit.text == was and d.replacement == now for d in drafts), \
        [(d.edit.text, d.replacement) for d in drafts]


@pytest.mark.parametrize("text", [
    # the claim would keep a pronoun with nothing to refer to
    "Council votes\n\nThe mayor said it would close a shortfall of eighteen million dollars.\n",
    # the sentence introduces a quote, whose source comes with it
    "Naps\n\nMarchetti said the advice for now was simple and quite clear to all. “Take one,” "
    "she said.\n",
    # inside a quotation nothing is planted
    "Strike\n\n“The talks said the union had to leave the talks,” Kettle said.\n",
    # "that" as the claim's subject points back at what the source was talking about
    "Defence\n\nThe minister said that would permit the financing of more ships and "
    "troops next year.\n",
    # "he" was just named: the claim would still read as his
    "Climate\n\nObama spoke in Laos.\n\nA global climate accord could not simply be a compact "
    "among the richest economies, he said.\n",
    # the sentence before already credits the source
    "Refugees\n\nThe figures come from CNS, a news service.\n\nCNS reported that the country had "
    "accepted 11,491 refugees, 15 percent over the limit.\n",
    # a plain report of what happened needs no source: cutting it teaches nothing
    "Rail bids\n\nThe paper reported in March that the ministry had asked two foreign "
    "operators to prepare bids for the line.\n",
    "Council votes\n\nThe mayor said the council met in the town hall to discuss the new bus "
    "routes.\n",
    # the next sentence points back at the source: "She added" would point at nobody
    "Council votes\n\nThe mayor said the budget would close a shortfall of eighteen million "
    "dollars. She added that taxes would not rise.\n",
])
def test_no_source_is_cut_where_the_sentence_needs_it(nlp, text):
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    assert candidates(read_site(text), "unattributed") == []


def test_a_slip_needs_the_word_as_a_term_not_a_name(nlp):
    """"Bill Clinton" twice is no repeated "bill": no "bill" → "till" slip."""
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    text = ("Crime law\n\nBill Clinton signed the crime bill in 1994.\n\nCritics of Bill Clinton "
            "still argue about it.\n")
    assert not [d for d in candidates(read_site(text), "slip") if d.edit.text == "bill"]
    twice = text.replace("still argue about it", "still argue about the bill")
    assert [d for d in candidates(read_site(twice), "slip") if d.edit.text == "bill"]


def test_a_span_of_time_is_no_figure_given_twice(nlp):
    """"for 40 years" and "in his 40 years in politics" need not be the same span."""
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    text = ("Cookout\n\nThe family has held the cookout for 40 years.\n\nHe spent 40 years in "
            "politics before he retired.\n")
    assert candidates(read_site(text), "figure") == []
    votes = text.replace("40 years", "40 votes")
    assert candidates(read_site(votes), "figure")


def test_a_subheading_is_never_the_evidence_that_names_a_source(nlp):
    """A subheading ("House") is a heading, not a person the article names elsewhere."""
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    text = ("Budget vote\n\nHouse\n\nThe House said the bill would cost forty million dollars "
            "over the next ten years.\n")
    drafts = candidates(read_site(text), "unattributed")
    assert drafts and all(d.related == () for d in drafts), [(d.edit.text, d.related)
                                                               for d in drafts]
    named = candidates(read_site(text.replace("House\n\n", "") + "\nThe House met again on "
                                 "Friday.\n"), "unattributed")
    assert any(d.related for d in named)


def test_a_loaded_verb_is_planted_after_a_statement_never_after_a_question(nlp):
    from medialit.hunts.places import read_site
    from medialit.hunts.planting import candidates

    told = candidates(read_site("Ferry talks\n\n“The talks have stalled,” Kettle said.\n"),
                      "loaded-verb")
    assert [d.edit.text for d in told] == ["said"]
    asked = candidates(read_site("Rally\n\n“You winning?” she said.\n"), "loaded-verb")
    assert asked == []


# -- the command line ---------------------------------------------------------------------------

def test_make_hunt_writes_versions(nlp, tmp_path, capsys):
    article = ROOT / "tests" / "articles" / "harbour-ferry-strike.txt"
    status = main(["make-hunt", str(article), "-o", str(tmp_path), "--errors", "6",
                   "--versions", "2", "--seed", "3"])
    assert status == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(f"harbour-ferry-strike-v{n}{suffix}" for n in (1, 2) for suffix in
                           (".txt", ".errors.json", ".quotes.json", ".meta.json"))
    out = capsys.readouterr().out
    assert "harbour-ferry-strike-v2.txt" in out and "Read every planted error" in out
    first = load_article(tmp_path / "harbour-ferry-strike-v1.txt")
    assert len(load_error_key(first)) == 6


@pytest.mark.parametrize("arguments, message", [
    (["no-such-article.txt"], "was not found"),
    (["tests/articles/harbour-ferry-strike.txt", "--kinds", "blunder"], "Unknown kind of error"),
    (["tests/articles/harbour-ferry-strike.txt", "--errors", "0"], "1 or more"),
])
def test_make_hunt_explains_bad_input(arguments, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["make-hunt", *arguments, "-o", str(tmp_path)]) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_make_hunt_says_when_fewer_errors_fit(nlp, tmp_path, capsys):
    article = tmp_path / "short.txt"
    article.write_text("Council votes on bridge\n\nThe council voted on the bridge on Tuesday, "
                       "the mayor said. The bridge will open in May.\n", encoding="utf-8")
    assert main(["make-hunt", str(article), "-o", str(tmp_path / "out"), "--errors", "10"]) == 0
    assert "of the 10 errors asked for fit" in capsys.readouterr().out


def test_make_hunt_never_overwrites_the_article(nlp, tmp_path, capsys):
    article = tmp_path / "story.txt"
    text = (ROOT / "tests" / "articles" / "harbour-ferry-strike.txt").read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    assert main(["make-hunt", str(article), "-o", str(tmp_path)]) == 2
    assert "would replace the clean article" in capsys.readouterr().err
    assert article.read_text(encoding="utf-8") == text

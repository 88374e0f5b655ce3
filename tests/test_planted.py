"""The planters of scripts/evaluate_planted.py, on small invented texts.

Pure string tests: no language model is loaded. Each planter must put its span inside the
new text, change the old text only around the plant, and return None when the text offers
no place for its error. The script is not a package module, so it is imported from its path.
"""
import importlib.util
import random
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "evaluate_planted.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("evaluate_planted", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ep = _load_script()

MINISTER = ("Minister backs rail line\n\n"
            "Transport Minister Tomas Brandt said on Monday that the Norvale line would stay open.\n\n"
            "Irene Sato, a spokeswoman for Lumen Rail, said the company welcomed the news.\n\n"
            "Brandt said new trains would arrive in 2027.\n")
NOBODY = "Rain expected\n\nRain is expected on Friday across the region. Roads may flood.\n"


def changed(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): the one region where ``old`` and ``new`` differ."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, len(old) - end, len(new) - end


def check_plant(old: str, plant, kind: str) -> tuple[str, int, int]:
    """The plant is well formed and the text changed only around it; returns it."""
    assert plant is not None
    new, (start, end), planted_kind = plant
    assert planted_kind == kind
    assert 0 <= start < end <= len(new)
    assert new != old
    region_start, _, region_end = changed(old, new)
    if kind == "unbalanced-quote":  # the closing mark goes; the span is the opening mark
        assert start < region_start and len(old) - len(new) == 1
    else:
        assert start <= region_end and region_start <= end, "the change is away from the span"
    return new, start, end


def rng(seed: int = 0) -> random.Random:
    return random.Random(seed)


# -- helpers --------------------------------------------------------------------------------------

def test_paragraphs_put_the_headline_first():
    text = "Title\n\nOne. Two.\n\nThree."
    assert [text[s:e] for s, e in ep.paragraphs(text)] == ["Title", "One. Two.", "Three."]


def test_quote_pairs_skip_apostrophes_and_inch_marks():
    text = "The 6'2\" senior's coach said ‘we’re done’ and crews’ rotas were “fine.”"
    pairs = ep.quote_pairs(text, 0, len(text))
    assert [(text[o], text[c]) for o, c in pairs] == [("‘", "’"), ("“", "”")]
    assert ep.quote_pairs("“Never closed", 0, 13) == [(0, None)]


def test_find_people_and_roles_without_a_model():
    people = ep.find_people(MINISTER)
    assert set(people) == {"Tomas Brandt", "Irene Sato"}  # not "Lumen Rail"
    roles = {(r.name, r.text, r.form) for r in ep.find_roles(MINISTER, people)}
    assert ("Tomas Brandt", "Transport Minister", "title") in roles
    assert ("Irene Sato", "a spokeswoman for Lumen Rail", "after") in roles
    text = "T\n\n“Yes,” said the mayor, Ana Ruiz, on Monday. Ruiz said no more."
    assert ("Ana Ruiz", "the mayor", "before") in {(r.name, r.text, r.form) for r in ep.find_roles(text)}


def test_edit_map_and_overlaps():
    to_old = ep.edit_map("abcdef", "abXYZdef")
    assert to_old(1) == 1 and to_old(6) == 4 and to_old(3) is None
    assert ep.overlaps(0, 2, 1, 3) and not ep.overlaps(0, 2, 2, 4)


# -- one test per planter ---------------------------------------------------------------------------

def test_role_conflict_changes_one_mention_and_keeps_the_original():
    for seed in range(6):
        new, start, end = check_plant(MINISTER, ep.plant_role_conflict(MINISTER, rng(seed)), "role-conflict")
        assert "Transport Minister Tomas Brandt" in new and "a spokeswoman for Lumen Rail" in new
        assert new[start:end] not in ("Transport Minister", "a spokeswoman for Lumen Rail")


def test_role_conflict_swaps_a_country():
    text = ("Envoy recalled\n\nJane Doe, the US ambassador to Norvale, said the talks had failed.\n\n"
            "Doe said the embassy would stay open.\n")
    new, start, end = check_plant(text, ep.plant_role_conflict(text, rng()), "role-conflict")
    assert "ambassador" in new[start:end] and "US" not in new[start:end]
    assert "the US ambassador to Norvale" in new


def test_role_conflict_falls_back_to_a_headline_apposition():
    text = "Council votes\n\nCouncil member Dana O'Neill voted against the plan on Monday.\n"
    new, start, end = check_plant(text, ep.plant_role_conflict(text, rng()), "role-conflict")
    assert start < ep.headline_end(new)
    assert new.startswith("Dana O'Neill, the ") and new[start:end].startswith("the ")


def test_role_conflict_no_place():
    assert ep.plant_role_conflict(NOBODY, rng()) is None


def test_inconsistent_term_cuts_a_repeated_term():
    text = "Balloon shot down\n\nA spy balloon was seen on Monday. The spy balloon was shot down on Tuesday.\n"
    new, start, end = check_plant(text, ep.plant_inconsistent_term(text, rng()), "inconsistent-term")
    assert new[start:end] == "ball"
    assert new.count("spy ball ") == 1 and new.count("spy balloon") == 1


def test_inconsistent_term_hyphenates_a_title():
    text = ("Visit ends\n\nThe Secretary of State arrived on Monday.\n\n"
            "Officials said the Secretary of State would leave on Tuesday.\n")
    new, start, end = check_plant(text, ep.plant_inconsistent_term(text, rng()), "inconsistent-term")
    assert new[start:end] == "secretary-of-state" and new.count("Secretary of State") == 1


def test_inconsistent_term_no_place():
    assert ep.plant_inconsistent_term(NOBODY, rng()) is None


def test_spelling_misspells_one_occurrence_into_a_non_word():
    text = "Ferry strike\n\nThe ferry sailings were cancelled. More sailings will go tomorrow.\n"
    for seed in range(5):
        new, start, end = check_plant(text, ep.plant_spelling(text, rng(seed)), "spelling")
        typo = new[start:end]
        assert typo in ep.typos("sailings") and ep.word_frequency(typo) < ep.NOT_A_WORD
        assert new.count("sailings") == 1


def test_typos_drop_a_double_or_swap_inner_letters():
    assert "ballon" in ep.typos("balloon") and "recieve" in ep.typos("receive")
    assert all(t[0] == "b" and t[-1] == "n" for t in ep.typos("balloon"))


def test_spelling_no_place():
    assert ep.plant_spelling("Short\n\nA cat sat on a mat. A dog ran.\n", rng()) is None


def test_unbalanced_quote_deletes_a_closing_mark():
    text = "Talks\n\n“We are close to a deal,” she said. The talks resume on Friday.\n"
    new, start, end = check_plant(text, ep.plant_unbalanced_quote(text, rng()), "unbalanced-quote")
    assert new[start:end] == "“" and "”" not in new


def test_unbalanced_quote_leaves_a_run_on_quote_alone():
    text = ("Talks\n\nShe said: “We are close to a deal.”\n\n“We will sign it next week,\n\n"
            "Nobody else spoke.\n")
    # the first quote ends its paragraph and the next paragraph opens with a mark: deleting
    # its closing mark would make a correct run-on quote; the second never closes: no place
    assert ep.plant_unbalanced_quote(text, rng()) is None
    assert ep.plant_unbalanced_quote(NOBODY, rng()) is None


def test_missing_attribution_removes_the_speaker():
    text = "Budget passes\n\nThe council met on Monday. Ruiz said the plan was fair.\n"
    seen = set()
    for seed in range(8):
        new, start, end = check_plant(text, ep.plant_missing_attribution(text, rng(seed)), "missing-attribution")
        assert "Ruiz" not in new
        seen.add(new[start:end])
    assert seen == {"said", "reported earlier that"}


def test_missing_attribution_no_place():
    assert ep.plant_missing_attribution(NOBODY, rng()) is None
    quoted = "T\n\n“Then Ruiz said the plan was fair,” she recalled.\n"
    assert ep.plant_missing_attribution(quoted, rng()) is None


def test_self_contradiction_uses_the_country_the_article_names():
    text = "Talks in Paris\n\nFrench officials met their guests on Monday.\n"
    new, start, end = check_plant(text, ep.plant_self_contradiction(text, rng()), "self-contradiction")
    assert new[start:end] == "French Embassy in Paris"


def test_self_contradiction_picks_a_real_country_otherwise():
    new, start, end = check_plant(NOBODY, ep.plant_self_contradiction(NOBODY, rng()), "self-contradiction")
    demonym, capital = new[start:end].split(" Embassy in ")
    assert any(ep._demonym(c) == demonym and c["capital"] == capital for c in ep.countries())


def test_self_contradiction_no_place():
    assert ep.plant_self_contradiction("Headline only\n", rng()) is None


def test_misplaced_modifier_hangs_a_description_on_a_place():
    new, start, end = check_plant(MINISTER, ep.plant_misplaced_modifier(MINISTER, rng()), "misplaced-modifier")
    place, description = new[start:end].split(", ", 1)
    assert place in {c["capital"] for c in ep.countries()}
    assert description in ("the transport minister", "a spokeswoman for Lumen Rail")
    assert " met " in new[start - 40:start]


def test_misplaced_modifier_extends_an_existing_meeting():
    text = ("Envoy visits\n\nIrene Sato, a spokeswoman for Lumen Rail, arrived on Monday.\n\n"
            "Brandt met Irene Sato in Vienna. They spoke for an hour.\n")
    new, start, end = check_plant(text, ep.plant_misplaced_modifier(text, rng()), "misplaced-modifier")
    assert new[start:end] == "Vienna, a spokeswoman for Lumen Rail"


def test_misplaced_modifier_no_place():
    assert ep.plant_misplaced_modifier(NOBODY, rng()) is None


def test_ambiguous_pronoun_follows_a_paragraph_naming_two_people():
    text = ("Deal agreed\n\nTransport Minister Tomas Brandt met Irene Sato, a spokeswoman for "
            "Lumen Rail, on Monday.\n\nThe deal runs to 2030.\n")
    for seed in range(6):
        new, start, end = check_plant(text, ep.plant_ambiguous_pronoun(text, rng(seed)), "ambiguous-pronoun")
        assert new[start:end] in ("he", "she")
        assert new.index("It is not over") < new.index("The deal runs")
        assert new.index("It is not over") > new.index("on Monday.")


def test_ambiguous_pronoun_no_place():
    assert ep.plant_ambiguous_pronoun(MINISTER, rng()) is None  # one person per paragraph
    assert ep.plant_ambiguous_pronoun(NOBODY, rng()) is None


# -- every planter on the real test articles ---------------------------------------------------

@pytest.mark.parametrize("kind", list(ep.PLANTERS))
def test_planters_on_the_test_articles(kind):
    for path in ep.article_paths([]):
        text = path.read_text(encoding="utf-8")
        plant = ep.PLANTERS[kind](text, random.Random(f"0:0:{path.stem}:{kind}"))
        if plant is not None:
            check_plant(text, plant, kind)
        assert ep.PLANTERS[kind](text, random.Random(5)) == ep.PLANTERS[kind](text, random.Random(5))

"""Round 9 of issue 15, slips: the linking of ``medialit/checks/linked_terms.py`` widened to
the family. A word standing where a noun must stand but no noun that fits there ('a feet of
scooters', 'the current least ends') is linked to the article's noun a slip away, even one
named once or later; a definite word points back at a term named once, far back, when the
two share a scene ('the water coming through the hill' … 'water pouring through her hull');
a verb used once is linked to a rarer verb a slip away that governs the same word ('resit
the exam in November' … 'reset maths in November'); and 'on top the' misses its 'of'. Every
sentence was written for this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit as _Hit
from test_checks import Miss, needs_model
from test_checks import test_rule_finds as check_rule_finds
from test_round8_slips import BACK, LINKED, SLOT, Hit, check_rule_stays_quiet


FOUND = [
    # -- a plural after 'a', 'another', 'each': no noun that fits; the term is one thing
    Hit(SLOT, "Bike hire scheme grows\n\nThe company started with a feet of 200 bikes in May."
        "\n\nBy winter the whole fleet had been replaced.", "feet", "fleet", "fleet",
        id="plural: 'a feet of 200 bikes', the term named later"),
    Hit(SLOT, "Taxi firm expands\n\nThe firm's fleet is the largest in the county.\n\nIt "
        "bought another feet of forty cars last year.", "feet", "fleet", "fleet",
        id="plural: 'another feet', a number in words"),
    Hit(SLOT, "Harbour works\n\nEach boat is towed to the slipway. The slipway was rebuilt "
        "in 2019.\n\nEach boats will be checked before launch.", "boats", "boat", "boat",
        marks=pytest.mark.xfail(strict=True, reason="a plural of the term is its own form, "
                                "not a slip"), id="plural: the term's own plural"),
    Hit(SLOT, "Shelter opens\n\nVolunteers built the shelter in a week, and the shelter now "
        "has beds for 30.\n\nIt is a shelters for anyone sleeping rough.", "shelters",
        "shelter", "shelter", marks=pytest.mark.xfail(strict=True, reason="the term's own "
                                                     "plural"), id="plural: 'a shelters'"),
    Hit(SLOT, "Cadets march\n\nA cadet troop from Ardley led the parade, and the troop "
        "played drums.\n\nA troops of sixty cadets followed.", "troops", "troop", "troop",
        marks=pytest.mark.xfail(strict=True, reason="the term's own plural"),
        id="plural: 'a troops', the term's plural"),
    Hit(SLOT, "Bus operator fined\n\nInspectors checked every vehicle in the operator's "
        "fleet.\n\nThey found an old feet of buses with worn tyres.", "feet", "fleet", "fleet",
        id="plural: 'an old feet', a describing word between"),
    Hit(SLOT, "Ambulance trust\n\nThe trust's fleet is ten years old on average.\n\nIt "
        "will lease a feet of 40 new vans.", "feet", "fleet", "fleet",
        id="plural: 'a feet' as an object, future tense"),
    Hit(SLOT, "Parking rules\n\nEach permit costs £80 a year, and a permit lasts a year."
        "\n\nResidents said each permits should be cheaper.", "permits", "permit", "permit",
        marks=pytest.mark.xfail(strict=True, reason="the term's own plural"),
        id="plural: 'each permits'"),
    Hit(SLOT, "Fishing fleet\n\nThe port's fishing fleet has shrunk by half since 1990. "
        "Every feet of boats that remains needs repairs.", "feet", "fleet", "fleet",
        id="plural: 'every feet', one paragraph"),
    # -- an adjective where a noun stands, with a describing word of its own
    Hit(SLOT, "Café to move\n\nThe café will sign a new lease in March.\n\nThe owners said "
        "rent would rise when the current least ran out.", "least", "lease", "lease",
        id="no noun: 'the current least ran out', past tense"),
    Hit(SLOT, "Shop lease ends\n\nUntil its present least expires in June, the shop pays "
        "£9,000 a year. A new lease would cost £14,000.", "least", "lease", "lease",
        id="no noun: 'its present least expires', the term after it"),
    Hit(SLOT, "Gallery's lease\n\nThe gallery signed a lease in 2015. The gallery says "
        "the annual least costs it $40,000.", "least", "lease", "lease",
        id="no noun: 'the annual least costs', US style"),
    Hit(SLOT, "Flat lease\n\nTenants signed a two-year lease in 2024.\n\nWhen their "
        "old least ends, the rent will go up by a third.", "least", "lease", "lease",
        id="no noun: 'their old least ends', a fraction in words"),
    Hit(SLOT, "Pool reopens\n\nSwimmers waited two years for the pool.\n\nThe council "
        "said the outdoor poor will open every summer from 2027.", "poor", "pool", "pool",
        marks=pytest.mark.xfail(strict=True, reason="the tagger reads 'poor' as a noun "
                                "here, and 'pool' is named once"),
        id="no noun: 'the outdoor poor will open', another word"),
    # -- an adjective standing alone as the subject of a verb, pointing back at the term
    Hit(SLOT, "Stadium lease approved\n\nThe club signed the lease on Monday. The lease runs "
        "for 20 years and the council can end the lease early.\n\nThe least also lets the "
        "club sell naming rights.", "least", "lease", "lease",
        id="alone: 'The least also lets the club', present tense"),
    Hit(SLOT, "Market lease renewed\n\nTraders welcomed the lease. Under the lease, rents are "
        "frozen and the lease lasts ten years.\n\nThe least will give stallholders a "
        "vote on fees.", "least", "lease", "lease", id="alone: 'The least will give', future"),
    Hit(SLOT, "Pitch lease\n\nThe lease was agreed in May, and the lease sets a rent of "
        "$5,000. The club called the lease fair.\n\nThe least requires the club to mow the "
        "grass.", "least", "lease", "lease", id="alone: 'The least requires', US style"),
    # -- a rare term named once, far back, and the same scene
    Hit(BACK, "Yacht rescued\n\nThe yacht was taking on water after a crack opened in her "
        "hull.\n\nThe skipper called the coastguard at 2am.\n\nBy dawn the water coming "
        "through the hill had reached the engine.", "hill", "hull", "hull",
        id="scene: 'water … through the hill', two paragraphs later"),
    Hit(BACK, "Ferry aground\n\nWater poured in through a hole in the ferry's hull.\n\n"
        "Crew pumped all night.\n\nThe water coming in through the hill was slowed by dawn.",
        "hill", "hull", "hull", id="scene: 'water poured … hull', past tense"),
    # -- verbs: one governs what the rarer verb governs
    Hit(BACK, "Exam results\n\nMaya missed her grade by a mark and will resit the exam in "
        "June.\n\nPupils who hope to reset the exam in June must apply by Friday.", "reset",
        "resit", "resit", id="verb: 'resit … in June', 'reset … in June'"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round9_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(LINKED, "Fleet renewed\n\nThe bus fleet was renewed this year.\n\nThe stop is a few "
         "feet from the door.", id="clean: plural after 'a few'"),
    Miss(LINKED, "Fleet renewed\n\nThe fleet grew by 20 buses.\n\nA further 20 feet of track "
         "was laid.", id="clean: 'a further 20 feet'"),
    Miss(LINKED, "Lease signed\n\nThe lease runs for ten years.\n\nAt least six shops will "
         "open, and the least they expect is a busy summer.",
         id="clean: 'at least', 'the least they expect'"),
    Miss(LINKED, "Lease signed\n\nThe lease runs for ten years.\n\nThe least of their worries "
         "is the rent.", id="clean: 'the least of their worries'"),
    Miss(LINKED, "Tests for pupils\n\nThe tests start in May. Teachers say the tests are "
         "fair.\n\nThe best is yet to come, the head said.", id="clean: 'the best is'"),
    Miss(LINKED, "Hull repaired\n\nThe ferry's hull was repaired in May.\n\nPassengers "
         "walked up the hill to the castle.", id="clean: a hill with no scene of the hull"),
    Miss(LINKED, "Sanders rails at Trump\n\nSanders railed against Trump on Monday. A paper "
         "once hailed Trump as a genius.", id="clean: two verbs, both meant"),
    Miss(LINKED, "Clock change\n\nPupils will retake the test in May.\n\nStaff must remake "
         "the clocks in March.", id="clean: two verbs with nothing in common"),
    Miss(LINKED, "Tram fleet\n\nThe tram fleet is old.\n\nThe big unknown is the cost, and "
         "the great unknown remains the date.", id="clean: 'the big unknown is'"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round9_rule_stays_quiet(rules, body):
    check_rule_stays_quiet(rules, body)


MORE = [
    _Hit("slips.missing-word", "On top the fee, buyers pay a deposit.", "other", "On top",
         "warning", "On top of", id="phrase: On top the"),
    _Hit("slips.missing-word", "The club pays $2 on top its rent for every ticket.", "other",
         "on top", "warning", "on top of", id="phrase: on top its"),
    _Hit("slips.missing-word", "On top a 5% rise, staff were given a bonus.", "other",
         "On top", "warning", "On top of", id="phrase: On top a"),
    _Hit("slips.missing-word", "Fans paid £5 on top the price of a ticket.", "other",
         "on top", "warning", "on top of", id="phrase: on top the, British style"),
    _Hit("slips.missing-word", "On top their wages, drivers will get a $900 bonus.", "other",
         "On top", "warning", "On top of", id="phrase: On top their, future"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", MORE)
def test_round9_phrases(rule, body, expected):
    check_rule_finds(rule, body, expected)


@needs_model
@pytest.mark.parametrize("rules, body", [
    Miss("slips.missing-word", "The Tories came out on top the previous year.",
         id="clean: on top, a time after"),
    Miss("slips.missing-word", "It sits on top of the hill.", id="clean: on top of"),
    Miss("slips.missing-word", "Labour finished on top in Leeds.", id="clean: on top in"),
    Miss("spelling.unknown-word", "He will resit the exam, and the clock will reset at noon.",
         id="clean: 'resit', a prefixed word beside a commoner one"),
])
def test_round9_phrases_stay_quiet(rules, body):
    check_rule_stays_quiet(rules, body)

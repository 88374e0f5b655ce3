"""Round 9 of issue 15, sourcing: claims set apart in a paragraph of their own, read wider.

A noun that looks like a reporting verb ('out of state', 'the attack') is no source; a name
inside what describes a statistic's subject ('injuries treated at Dunmore General Hospital')
does not make the figure that body's own; 'an average of £38' is a rate somebody counted; a
passive 'had been warned about' with nobody who warned is a charge; a forecast of what
something will be turned into ('into the busiest street in town') ranks; a verdict that an
explanation 'does not stand up'; a vague group placed in a named town ('Some traders in
Ashby fear …') is still vague. And the near misses that must stay quiet.

Every sentence was written for this file (none is taken from an article the rules were
measured on).
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

CLAIM = "attribution.unsourced-claim"
FIGURE = "attribution.unsourced-figure"
ACCUSATION = "attribution.unsourced-accusation"
OPINION = "attribution.unsourced-opinion"
VAGUE = "sourcing.vague"
SCENE = "The council met on Monday.\n\n“We will reopen in the spring,” said Ann Cole.\n\n"

FOUND = [
    Hit(CLAIM, SCENE + "The toll will hurt drivers from the estate most, while visitors from "
        "out of state will hardly notice.", "missing-attribution", "The toll", "note",
        id="claim: 'state' as a noun is no source"),
    Hit(CLAIM, SCENE + "The fare rise will fall hardest on pupils, since the attack on the "
        "budget began.", "missing-attribution", "hardest", "note",
        id="claim: 'attack' as a noun is no source"),
    Hit(FIGURE, SCENE + "Injuries treated at Dunmore General Hospital rose by 30 percent last "
        "winter.", "missing-attribution", "30 percent", "note",
        id="figure: a hospital inside the subject's description"),
    Hit(FIGURE, SCENE + "Thefts from bike racks outside Ashby station rose by 12 per cent in a year.",
        "missing-attribution", "12 per cent", "note", id="figure: a station inside the description"),
    Hit(FIGURE, SCENE + "Rural bus routes lose an average of £2 on every journey.",
        "missing-attribution", "£2", "note", id="figure: an average lost"),
    Hit(FIGURE, SCENE + "Small farms earn an average of $18,000 a year from tourism.",
        "missing-attribution", "$18,000", "note", id="figure: an average earned, US"),
    Hit(ACCUSATION, SCENE + "The operator had been warned about the faulty brakes a year earlier.",
        "missing-attribution", "had been warned about", "note", id="charge: had been warned about"),
    Hit(ACCUSATION, SCENE + "The school has been repeatedly warned that the fence was too low.",
        "missing-attribution", "has been repeatedly warned that", "note",
        id="charge: repeatedly warned that"),
    Hit(ACCUSATION, SCENE + "The haulier ignored the rules on resting drivers.",
        "missing-attribution", "ignored the rules", "note", id="charge: ignored the rules"),
    Hit(CLAIM, SCENE + "The new square will turn a grey car park into the busiest meeting place "
        "in town.", "missing-attribution", "busiest", "note", id="claim: a forecast that ranks"),
    Hit(CLAIM, SCENE + "The market will become the best-loved part of the high street.",
        "missing-attribution", "best", "note", id="claim: will become the best",
        marks=pytest.mark.xfail(strict=True, reason="'best-loved' is one hyphenated word to the "
                                "tagger, not a superlative")),
    Hit(OPINION, SCENE + "The firm’s explanation does not stand up.", "missing-attribution",
        "does not stand up", "note", id="opinion: does not stand up"),
    Hit(OPINION, SCENE + "The council's sums simply don't add up.", "missing-attribution",
        "don't add up", "note", id="opinion: don't add up"),
    Hit(OPINION, SCENE + "The apology rings hollow for the families.", "missing-attribution",
        "rings hollow", "note", id="opinion: rings hollow"),
    Hit(VAGUE, SCENE + "Some traders in Ashby fear the bypass will empty the high street.",
        "vague-attribution", "Some traders in Ashby fear", "note", id="vague: traders in a named town"),
    Hit(VAGUE, SCENE + "Many parents across Kelby worry that the bus will be cut.",
        "vague-attribution", "Many parents across Kelby worry", "note",
        id="vague: parents across a named town"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round9_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(FIGURE, SCENE + "Dunmore General Hospital treated 30 percent more falls last winter, "
         "its figures show.", id="figure with its source"),
    Miss(FIGURE, SCENE + "Ann Cole earns an average of £400 a week from the stall, she said.",
         id="an average a named person gives"),
    Miss(ACCUSATION, SCENE + "Drivers have been warned about ice on the bridge by the police.",
         id="warned, by someone named"),
    Miss(ACCUSATION, SCENE + "Drivers had been warned about ice on the bridge, the council said.",
         id="warned, with a source"),
    Miss(CLAIM, SCENE + "The hall will be turned into the town’s second library in May.",
         id="a forecast with an ordinal, not a ranking"),
    Miss(OPINION, SCENE + "The figures do not add up to a full year, the report said.",
         id="don't add up, sourced"),
    Miss(VAGUE, SCENE + "Some friends of Ann Cole fear the shop will close.",
         id="a group named by a person"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round9_clean(rules, body):
    """Near misses: the rule may circle nothing."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

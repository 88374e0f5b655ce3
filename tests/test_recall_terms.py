"""Slips of the keyboard (issue 15): misspellings in British or American spelling, a real word
in the place of a term the article repeats, a person or body named two ways, words run
together, a short word missing from a fixed phrase. Real errors each rule must find, and near
misses of the same families that must stay silent.

Every sentence was written for this file (none is taken from an article the rules were
measured on). The helpers are those of tests/test_checks.py, so a row reads like a row there.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, needs_model
from test_checks import test_rule_finds as check_rule_finds
from test_recall_rules import test_recall_rules_leave_clean_news_alone as check_clean_text

from medialit.checks.spelling import british_spelling, is_known_word

FOUND = [
    # -- a misspelt British word is led back to its British form
    Hit("spelling.unknown-word",
        "The favourite plan was a hedge. The neighbuors of the park had complained.",
        "spelling", "neighbuors", "error", "neighbours", id="spelling: British, two letters swapped"),
    Hit("spelling.unknown-word", "Residents want to orgnaise a meeting in the autumn.",
        "spelling", "orgnaise", "error", "organise", id="spelling: only a British neighbour"),
    Hit("spelling.unknown-word", "Pupils chose the colur of the new fence.",
        "spelling", "colur", "error", "colour", id="spelling: the neighbour that keeps each letter"),
    Hit("spelling.unknown-word", "The mayor will organize a vote. Pupils chose the colur of "
        "the fence.", "spelling", "colur", "error", "color",
        id="spelling: an American article keeps American spelling"),
    Hit("spelling.unknown-word", "It is an important day for the town. Not importent enough, "
        "some say.", "spelling", "importent", "error", "important",
        id="spelling: of two neighbours, the one the article writes"),
    Hit("spelling.unknown-word", "It really was a long night. Few realy expected it.",
        "spelling", "realy", "error", "really",
        id="spelling: the article's word before two letters swapped"),
    # -- an everyday real word where the article's term stands
    Hit("slips.near-term",
        "The judge heard the case on Monday. Lawyers said the case was weak, and the case "
        "will go on. The judge heard the care again in March.",
        "inconsistent-term", "care", "warning", "case", related=["case"],
        id="near-term: an everyday word in the term's place"),
    Hit("slips.near-term",
        "The mayor wants higher property taxes. Taxes will rise in May, and the taxes will "
        "hurt families. Shops fear higher tapes next year.",
        "inconsistent-term", "tapes", "warning", "taxes", related=["taxes"],
        id="near-term: the same describing word"),
    Hit("slips.near-term",
        "The judges heard the case on Monday. The case was long, and the case will go on. Of "
        "the ten judges who will hear the came, six agreed.",
        "inconsistent-term", "came", "warning", "case", related=["case"],
        id="near-term: a verb where a noun must stand"),
    # -- a person's name respelt once
    Hit("terms.name-spelled-twice",
        "Hillary Clinton spoke on Monday. Clinton said the plan was good. Later Hillary "
        "Clynton left the hall.",
        "inconsistent-term", "Clynton", "error", "Clinton", related=["Clinton"],
        id="name: a dictionary surname respelt beside its first name"),
    Hit("terms.name-spelled-twice",
        "The host, Larry Kane, opened the show. Kane asked about taxes. Mr. Kabe said the "
        "show would go on.",
        "inconsistent-term", "Kabe", "error", "Kane", related=["Kane"],
        id="name: a short surname after a title"),
    Hit("terms.name-spelled-twice",
        "Luis Rubio spoke on Monday. Later, Mr. Rubyo said the plan was fine.",
        "inconsistent-term", "Rubyo", "error", "Rubio", related=["Rubio"],
        id="name: a surname respelt after the person is introduced"),
    Hit("terms.name-spelled-twice",
        "Blair Effron chairs the firm. Mr. Efron said the plan was fair.",
        "inconsistent-term", "Efron", "error", "Effron", related=["Effron"],
        id="name: a double letter written once"),
    Hit("terms.name-spelled-twice",
        "The mayor said Keith McKinley would lead the work. Later Mr. McKynley said he agreed.",
        "inconsistent-term", "McKynley", "error", "McKinley", related=["McKinley"],
        id="name: a name with a capital inside"),
    Hit("terms.name-spelled-twice",
        "Voters like Hillary, polls say. The plan of Clinton was costly, said Clinton's rival. "
        "Then Hillary Clintun spoke.",
        "inconsistent-term", "Clintun", "error", "Clinton", related=["Clinton"],
        id="name: a first name the article uses alone"),
    # -- a body named two ways
    Hit("terms.organisation-renamed",
        "The Holtby Borough Council met on Monday. The Holtby Borough Council voted. Later the "
        "Holtby District Council agreed to the plan.",
        "inconsistent-term", "District", "warning", "Borough",
        related=["Holtby Borough Council"], id="renamed: names written after 'The'"),
    Hit("terms.organisation-renamed",
        "The Wrenfield Union met. The Wrenfield Union voted to strike. The Wrenfield Guild "
        "agreed.", "inconsistent-term", "Guild", "warning", "Union",
        related=["Wrenfield Union"], id="renamed: union and guild"),
    # -- words run together at the start of a sentence
    Hit("slips.run-together", "The council has three plans. Ofthe three, one is cheap.",
        "spelling", "Ofthe", "error", "Of the", id="run-together: opening a sentence"),
    # -- a short word missing from a fixed phrase
    Hit("slips.missing-word", "The mayor spoke in wake of the flood.",
        "other", "in wake of", "warning", "in the wake of", id="missing word: in the wake of"),
    Hit("slips.missing-word", "Roads will open as soon the water falls.",
        "other", "as soon", "warning", "as soon as", id="missing word: as soon as"),
    Hit("slips.missing-word", "For most part, the town stayed calm.",
        "other", "For most part", "warning", "For the most part",
        id="missing word: for the most part"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_slip_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and related places
    expected."""
    check_rule_finds(rule, body, expected)


SPELLING = ("spelling.unknown-word", "spelling.mixed-system", "slips.misspelt-article-word")
SLIPS = ("slips.near-term", "slips.run-together", "slips.missing-word")
NAMES = ("terms.name-spelled-twice", "terms.organisation-renamed")

CLEAN = [
    # correct British words, which the American word list lacks
    Miss(SPELLING, "The neighbours organised a programme at the centre. The colour of the kerb "
         "was grey, and the jewellery was kept in a mould.", id="clean: British spellings"),
    Miss(SPELLING, "The sceptical councillors met. The aluminium fibre and the marvellous "
         "woollen pyjamas sold out.", id="clean: British spellings with an American neighbour"),
    Miss(SPELLING, "Police officers tased the man twice.",
         id="clean: a word the list lacks, with two neighbours the article never writes"),
    # real words near a repeated term, each meant
    Miss(SLIPS, "Climate change is real. Climate change hurts farms, and the change is fast. "
         "The critic’s charge was unfair.", id="clean: a different noun, not in the term's place"),
    Miss(SLIPS, "The court ruled on Monday. The court said the law stood, and the court "
         "adjourned. A count of the votes took a day.", id="clean: a count beside the court"),
    # names that look alike and are two people or two bodies
    Miss(NAMES, "Harry Reid and Jack Reed met. Reid said yes. Reid left early.",
         id="clean: two people introduced with first names"),
    Miss(NAMES, "Mark Kelly spoke on Monday. Kelly said the plan was fair. Later Megyn Kelley "
         "asked a question.", id="clean: another first name, another person"),
    Miss(NAMES, "Harry Reid met the press. Reid said no, and Reid left. Later Jack Reed spoke, "
         "and Jack Smith agreed.", id="clean: a near name with another first name"),
    Miss(NAMES, "Mr. Rubyo said the plan was fine. Later Luis Rubio spoke.",
         id="clean: a bare name before a near one is introduced"),
    Miss(NAMES, "Barack Obama spoke on Monday. Obama said the war was over. Osama bin Laden "
         "had declared war in 1996.", id="clean: the first word of another full name"),
    Miss(NAMES, "The Ashford District Council said no, while the Ashford Borough Council said "
         "yes. The Ashford Borough Council voted. The Ashford Borough Council won.",
         id="clean: a district and a borough council named side by side"),
    Miss(NAMES, "Kent County Council runs the roads. Kent County Council said so. Dover "
         "District Council runs the bins.", id="clean: a county and a district council"),
    # a name that opens a sentence and splits into words
    Miss(SLIPS, "The debate was calm. Ifill asked the first question.",
         id="clean: a name opening a sentence"),
    # fixed phrases written whole
    Miss(SLIPS, "On the eve of the vote, the mayor spoke. For the most part, the town was calm "
         "as soon as the rain stopped.", id="clean: fixed phrases whole"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_slip_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    check_clean_text(rules, body)


@pytest.mark.parametrize("word, british", [
    ("organise", True), ("neighbours", True), ("jewellery", True), ("kerbs", True),
    ("organize", False), ("orgnaise", False), ("neighbors", False)])
def test_british_spelling(word, british):
    """British spellings are English words, though the American word list lacks them."""
    assert british_spelling(word) is british
    if british:
        assert is_known_word(word)

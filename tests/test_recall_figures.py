"""Figures, dates, scores and roles that contradict each other (issue 15, third round): real
errors each rule must find, and near misses of the same shapes that must stay silent.

Every sentence was written for this file (none is taken from an article the rules were
measured on). The helpers are those of tests/test_checks.py, so a row here reads like a row
there.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- one group counted two ways, the later count written before its noun with a hyphen
    Hit("figures.count-two-ways",
        "The old depot will become a lorry park with 80 bays.\n\nThe council says the 95-bay "
        "lorry park will open in spring.",
        "self-contradiction", "95-bay", "warning", related=["80 bays"],
        id="count: hyphenated count of the same group"),
    # -- one sum cut given two sizes
    Hit("figures.change-two-ways",
        "The board voted to cut the museum’s grant by £60,000.\n\nCritics say the £45,000 "
        "saving is small beside the harm it will do.",
        "self-contradiction", "£45,000", "warning", "£60,000", related=["£60,000"],
        id="change: a cut by one sum, later another"),
    # -- N payments of a sum against the total stated
    Hit("figures.total", "Families will get 12 monthly payments of £50, a total of £650.",
        "self-contradiction", "£650", "error", id="total: payments without 'each'"),
    # -- a time span and its hours
    Hit("figures.hours-span",
        "The bridge will be closed from 8am to 10pm, twelve hours, on Sunday.",
        "self-contradiction", "twelve hours", "error", related=["from 8am to 10pm"],
        id="hours: fourteen hours called twelve"),
    Hit("figures.hours-span",
        "The road will be shut from 10pm to 5am (eight hours) every night in June.",
        "self-contradiction", "eight hours", "error", id="hours: a span across midnight"),
    # -- a percentage and its own numbers
    Hit("figures.percentage",
        "Only 9 of the 36 governors, or 35 per cent, came to the meeting.",
        "self-contradiction", "35 per cent", "warning", related=["9 of the 36"],
        id="percentage: a share of its parts"),
    Hit("figures.percentage",
        "Fares rose by 8 per cent, from £2.50 to £3.00, in January.",
        "self-contradiction", "8 per cent", "warning", id="percentage: a rise from one sum"),
    # -- one vote given two tallies
    Hit("figures.score-two-ways",
        "The panel approved the licence by two votes to one.\n\nResidents said the 3-0 "
        "decision ignored their letters.",
        "self-contradiction", "3-0", "warning", related=["by two votes to one"],
        id="score: a vote given two tallies"),
    Hit("figures.score-two-ways",
        "The vote was 5-2 in favour of the plan.\n\nThe 6-1 vote surprised the traders.",
        "self-contradiction", "6-1", "warning", related=["5-2"],
        id="score: 'the vote was' a tally, later another"),
    # -- one person given two ages
    Hit("figures.age-two-ways",
        "Rosa Pike, 45, runs the bakery on the corner.\n\nPike, 54, said trade was slow.",
        "self-contradiction", "54", "warning", related=["Rosa Pike, 45"],
        id="age: one person, two ages"),
    # -- one date given two weekdays
    Hit("figures.date-two-weekdays",
        "The inquiry opens on Monday 9 March.\n\nWitnesses will be heard from Wednesday 9 March.",
        "self-contradiction", "Wednesday", "error", "Monday", related=["Monday"],
        id="date: two weekdays for one date"),
    # -- one person given two posts
    Hit("roles.two-posts",
        "Marta Quinn, a nurse at Eastfield Hospital, said the ward was full.\n\nQuinn, the "
        "hospital’s finance manager, said money was short.",
        "role-conflict", "finance manager", "warning", related=["a nurse at Eastfield Hospital"],
        id="posts: apposition, then apposition by surname"),
    Hit("roles.two-posts",
        "Eastfield’s chief librarian, Marta Quinn, said the branch would stay open.\n\nQuinn, "
        "the library’s deputy manager, said volunteers would help.",
        "role-conflict", "deputy manager", "warning", related=["chief librarian"],
        id="posts: description before the name, then after the surname"),
    Hit("roles.two-posts",
        "Dr Omar Vance, a lecturer in economics at the University of Tarlow, led the study."
        "\n\nVance, who works in the council’s planning department, said the results were clear.",
        "role-conflict", "who works in the council’s planning department", "warning",
        related=["a lecturer in economics at the University of Tarlow"],
        id="posts: a relative clause naming another workplace"),
    Hit("roles.two-posts",
        "Council leader Marta Quinn said the plan was fair.\n\nQuinn, the council’s treasurer, "
        "said the books were sound.",
        "role-conflict", "treasurer", "warning", related=["Council leader"],
        id="posts: a title before the name, two posts at one body"),
    Hit("roles.two-posts",
        "Lena Ford, the mayor’s senior housing adviser, wrote the plan.\n\nFord, the mayor’s "
        "senior housing lawyer, said it was legal.",
        "role-conflict", "senior housing lawyer", "warning", related=["senior housing adviser"],
        id="posts: the same description with another job word"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_figure_and_role_rules_find(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and related places
    expected (the checks of tests/test_checks.py's table)."""
    check_rule_finds(rule, body, expected)


FIGURES = ("figures.count-two-ways", "figures.change-two-ways", "figures.hours-span",
           "figures.percentage", "figures.score-two-ways", "figures.date-two-weekdays",
           "figures.event-two-dates", "figures.age-two-ways")
ROLES = ("roles.two-posts", "roles.conflict")

CLEAN = [
    Miss(FIGURES, "The library is open from 9am to 5pm, eight hours a day, on weekdays.",
         id="hours: a span that matches"),
    Miss(FIGURES, "The road is shut from 10pm to 6am (eight hours) each night.",
         id="hours: across midnight, right"),
    Miss(FIGURES, "Staff work from 9am to 5pm, with two hours for training each week.",
         id="hours: other hours in the sentence"),
    Miss(FIGURES, "The pool opens from 7am to 2pm, six and a half hours of swimming.",
         id="hours: and a half"),
    Miss(FIGURES + ("figures.total",), "Families will get 12 monthly payments of £50, a total "
         "of £600.", id="total: payments that add up"),
    Miss(FIGURES, "Only 9 of the 36 governors, or 25 per cent, came to the meeting.",
         id="percentage: right"),
    Miss(FIGURES, "Two of the three judges (67%) agreed.", id="percentage: rounded"),
    Miss(FIGURES, "Sales fell by 20 per cent from 2019 to 2023.", id="percentage: years"),
    Miss(FIGURES, "The plan was passed by seven votes to two.\n\nCritics said the 7-2 vote was "
         "rushed.", id="vote: the same tally twice"),
    Miss(FIGURES, "The plan was passed by seven votes to two.\n\nIn May, the committee’s 5-4 "
         "vote on parking went the other way.\n\nA third vote, 6-3, followed.",
         id="vote: three tallies are three votes"),
    Miss(FIGURES, "The board cut the grant by £60,000.\n\nIt says the £60,000 saving will pay "
         "for repairs.", id="change: the same sum twice"),
    Miss(FIGURES, "The car park has 120 spaces, with ten spaces for disabled drivers.\n\nThe "
         "120-space car park opens in May.", id="count: a part of the group"),
    Miss(FIGURES, "The hearing was on Tuesday 3 March 2020.\n\nThe appeal is on Wednesday 3 "
         "March 2021.", id="date: two years"),
    Miss(FIGURES, "Rosa Pike, 45, runs the bakery.\n\nHer father, Tom Pike, 71, founded it."
         "\n\nPike, 71, said trade was slow.", id="age: two people, one surname"),
    Miss(FIGURES, "Rosa Pike, 45, runs the bakery.\n\nPike, 45, said trade was slow.",
         id="age: the same age twice"),
    Miss(FIGURES, "The vote was 5-2 in favour.\n\nIn May, the 6-1 vote on parking went the "
         "other way.", id="vote: a later vote with its own subject"),
    Miss(ROLES, "Council leader Marta Quinn said the plan was fair.\n\nQuinn, the party’s "
         "treasurer, said the books were sound.", id="posts: two posts at two bodies"),
    Miss(ROLES, "Marta Quinn, a former nurse at Eastfield Hospital, spoke first.\n\nQuinn, the "
         "hospital’s finance manager, said money was short.", id="posts: former"),
    Miss(ROLES, "Marta Quinn, a nurse at Eastfield Hospital, spoke first.\n\nQuinn, who now "
         "works as the hospital’s finance manager, said money was short.", id="posts: now"),
    Miss(ROLES, "Marta Quinn, a nurse at Eastfield Hospital until 2019, spoke first.\n\nQuinn, "
         "the hospital’s finance manager, said money was short.", id="posts: until"),
    Miss(ROLES, "Marta Quinn, a nurse at Eastfield Hospital, spoke first.\n\nTom Quinn, the "
         "hospital’s finance manager, said money was short.", id="posts: two people, one surname"),
    Miss(ROLES, "Marta Quinn, the mayor and councillor for Eastgate, spoke first.\n\nQuinn, the "
         "town’s mayor, said the plan was fair.", id="posts: two posts held at once"),
    Miss(ROLES, "The returning officer, Marta Quinn, read the result.\n\nQuinn, the council’s "
         "head of legal services, said the count was fair.", id="posts: a duty beside a job"),
    Miss(ROLES, "Marta Quinn, a lawyer at Dunmore Partners, spoke first.\n\nQuinn, an attorney "
         "at Dunmore Partners, said the case was weak.", id="posts: two words for one job"),
    Miss(ROLES, "Lena Ford, who chairs the Harbour Trust, opened the meeting.\n\nFord, the "
         "council’s treasurer, said the books were sound.", id="posts: a chair beside a job"),
    Miss(ROLES, "“We will appeal,” said Lena Ford, the club’s manager.\n\nFord, the club’s "
         "manager since 2019, said the players were upset.", id="posts: speaker after the verb"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_figure_and_role_rules_leave_near_misses_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body, head="Council news\n\n")
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    assert [(f.rule, f.text) for f in findings if f.rule in set(rules)] == []

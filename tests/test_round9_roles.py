"""Round 9 of issue 15, roles: the round-8 mechanism (each description of a person read as a
job of ``jobs.txt``, then compared two by two) widened to three shapes it let pass: two board
posts of one body (the chair, later the treasurer), one post over two subjects written with a
capital (head of maths, later head of English), and two elected offices (State Rep., later
County Commissioner; a state senator, later a U.S. senator). Every sentence was written for
this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds
from test_round8_roles import JOBS, ROLES, two

from medialit.checks import run_checks

FOUND = [
    # -- two posts on one board
    two("“We have never been busier,” said the charity’s treasurer, Owen Pryce.",
        "Owen Pryce, chairman of the trustees, said 40 volunteers had signed up.",
        "chairman of the trustees", "board: treasurer, then chairman of trustees, British"),
    two("Ada Finch is the chair of the trustees.",
        "“We sing every Tuesday,” said Ada Finch, the choir's secretary.", "secretary",
        "board: 'X is the Y', then a secretary"),
    two("Tom Reid, chairman of the board of trustees, signed the lease.",
        "Reid, the shelter's treasurer, said the rent was $2,000 a month.", "treasurer",
        "board: chairman of the board, then treasurer, US money"),
    two("Treasurer Jo Kerr read the accounts to the residents' association.",
        "Jo Kerr, the association's chairwoman, said the hall would close.", "chairwoman",
        "board: a title, then another board post"),
    two("The society's secretary, Ian Bole, wrote to the council.",
        "The chairwoman of the trustees, Ian Bole, said the reply was late.",
        "The chairwoman of the trustees", "board: secretary, then chairwoman of trustees"),
    # -- one post over two subjects, one written with a capital
    two("David Ekwu, the school’s head of maths, said 23 pupils had missed a pass.",
        "The school’s head of English, Mr Ekwu, said results were strong.", "head of English",
        "subject: head of maths, then head of English"),
    two("Priya Lal, the academy's head of history, ran the trip.",
        "Lal, the academy's head of French, said 30 pupils went.", "head of French",
        "subject: a language, written with a capital"),
    two("Dana Roe is head of Spanish at Elton High.",
        "“The scores rose,” said the school's head of German, Dana Roe.", "head of German",
        "subject: two languages, 'X is the Y' at a named school, US style"),
    two("The school's head of Science, Marc Ody, opened the lab.",
        "“Nine of ten passed,” said Marc Ody, the school's head of music.", "head of music",
        "subject: a capitalised subject first"),
    two("Lena Voss, the college's head of English, spoke to parents.",
        "Voss, the college's head of drama, said the play would run for three nights.",
        "head of drama", "subject: head of English, then a lower-case subject"),
    two("David Ekwu, who heads the maths department, spoke.",
        "The head of English, Mr Ekwu, said results were strong.", "The head of English",
        "subject: 'who heads' a department, then head of English"),
    # -- two elected offices
    two("Carla Jennings, a Democratic state representative, backed the fee.",
        "Jennings, who is a county commissioner, said signs would go up.",
        "a county commissioner", "office: described, then 'who is'"),
    two("State Rep. Carla Jennings said she would ask for more money.",
        "County Commissioner Carla Jennings said signs would go up.", "County Commissioner",
        "office: State Rep., then County Commissioner", ("State Rep.",)),
    two("Ben Ortiz, a state senator, backed the bill.",
        "Ortiz, a U.S. senator, said the vote would be close.", "a U.S. senator",
        "office: one office in two governments"),
    two("Congresswoman Lia Moor toured the plant.",
        "Lia Moor, the county commissioner, said 200 jobs were safe.", "county commissioner",
        "office: congresswoman, then a commissioner in lower case"),
    two("Assemblyman Dev Shah voted no.",
        "“This is a bad deal,” said Dev Shah, a state senator.", "a state senator",
        "office: assemblyman, then a senator"),
    two("Sen. Ruth Ames spoke first.",
        "Gov. Ruth Ames signed the order on Monday.", "Gov.",
        "office: two abbreviated titles"),
    two("Rep. Tom Ives opened the bridge.",
        "Tom Ives, who is the state's governor, said it cost $4m.", "the state's governor",
        "office: a relative clause gives the second office"),
    two("Councilwoman Rita Gomez backed the plan.",
        "State Sen. Rita Gomez said the money would come in May.", "State Sen.",
        "office: a council seat, then a state office"),
    two("Mayor Al Pike cut the ribbon.",
        "“It is a great day,” said Al Pike, a state representative.",
        "a state representative", "office: a mayor, then a state representative"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round9_rule_finds(rule, body, expected):
    """The rule fires once, with the kind, words, severity and places expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    # -- board posts that may well be one person's
    Miss(JOBS, "Nina Holt, chair of the Elton Rotary Club, spoke.\n\nHolt, treasurer of the "
         "Harbour Trust, said the appeal raised £900.", id="clean: two boards named apart"),
    Miss(JOBS, "Ray Dunn, the society's president, spoke.\n\nDunn, chairman of the trustees, "
         "said the hall would reopen.", id="clean: a president may chair"),
    Miss(JOBS, "Jo Kerr, a secretary at the school, spoke.\n\nKerr, the club's treasurer, said "
         "the fees would stay.", id="clean: one of many secretaries"),
    Miss(JOBS, "Jo Kerr, the club's former treasurer, spoke.\n\nKerr, the club's chair, said "
         "the fees would stay.", id="clean: a former board post"),
    Miss(JOBS, "Jo Kerr, the club's secretary and treasurer, spoke.\n\nKerr, the club's "
         "treasurer, said the fees would stay.", id="clean: two board posts given at once"),
    Miss(JOBS, "Jo Kerr, the club's chair, spoke.\n\nKerr, the club's chairwoman, said the "
         "fees would stay.", id="clean: one board post said two ways"),
    # -- a subject and its teachers
    Miss(JOBS, "Priya Lal, the school's head of English, spoke.\n\nLal, an English teacher "
         "for 20 years, said results rose.", id="clean: a head of English teaches"),
    Miss(JOBS, "Priya Lal, the school's head of English, spoke.\n\nLal, the school's head of "
         "English, said results rose.", id="clean: one subject twice"),
    Miss(JOBS, "Priya Lal, head of English Heritage, spoke.\n\nLal, head of the charity, said "
         "the castle would reopen.", id="clean: a body whose name starts with a subject"),
    Miss(JOBS, "Priya Lal, a French teacher, spoke.\n\nLal, the school's head of French, said "
         "the trip was booked.", id="clean: a language teacher heads the language"),
    # -- an elected office beside another job, or said two ways
    Miss(JOBS, "Rep. Ann Lo, a lawyer, spoke.\n\nLo said the bill was weak.",
         id="clean: a representative with a trade"),
    Miss(JOBS, "Rep. Ann Lo spoke.\n\nCongresswoman Ann Lo said the bill was weak.",
         id="clean: one office said two ways"),
    Miss(JOBS, "State Sen. Ana Cruz spoke.\n\nCruz, a senator since 2019, said the bill was "
         "weak.", id="clean: a senator with and without her state"),
    Miss(JOBS, "Ana Cruz, a U.S. senator, spoke.\n\nCruz, the Ohio senator, said the bill "
         "was weak.", id="clean: a U.S. senator is her state's senator"),
    Miss(JOBS, "Jo Kerr, a school governor, spoke.\n\nKerr, the ward's councillor, said the "
         "school would stay open.", id="clean: a councillor who is a school governor"),
    Miss(JOBS, "Former Gov. Ana Cruz spoke.\n\nSen. Ana Cruz said the bill was weak.",
         id="clean: a former office"),
    Miss(JOBS, "Commissioner Jo Hale spoke.\n\nCouncilwoman Jo Hale said the park would "
         "close.", id="clean: a city commission may be its council"),
    Miss(JOBS, "Councillor Jo Hale spoke.\n\nHale, the county councillor for Elm Ward, said "
         "the park would close.", id="clean: one council seat said two ways"),
    Miss(JOBS, "Police Commissioner Dan Vey spoke.\n\nVey, the head of the police department, "
         "said patrols would rise.", id="clean: a commissioner heads a department"),
    Miss(JOBS, "Sen. Jo Hale spoke.\n\nHale, chairman of the Senate Finance Committee, said "
         "the bill would pass.", id="clean: a senator chairs a committee"),
    Miss(ROLES, "State Rep. Carla Jennings spoke.\n\nCounty Commissioner Ed Jennings said "
         "signs would go up.", id="clean: two people of one surname (every role rule)"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round9_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

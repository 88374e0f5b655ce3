"""Round 8 of issue 15, names: every name of an article is a mention; two mentions that differ
in one word are linked, and the one written once is set beside the one the article keeps
using or gave first (``terms.name-word-changed``); a surname alone under the title of someone
introduced, or with the first four letters of that person's surname, is that person's surname
misspelt (``terms.surname-respelt``). Every sentence was written for this file, in several
orders, tenses and styles (British and US); near misses, where two bodies of one town or two
people of one family share a word, must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

CHANGED, SURNAME = "terms.organisation-renamed", "terms.surname-respelt"
TERM = "terms.term-word-changed"
IT, W = "inconsistent-term", "warning"

FOUND = [
    # -- a body's or a thing's last word changed, where the article keeps the usual one
    Hit(CHANGED, "Corliss Transit runs the buses.\n\nCorliss Transit said fares would rise "
        "in April.\n\nA spokesman for Corliss Metrolink said the buses were full.", IT,
        "Metrolink", W, "Transit", ["Corliss Transit"], id="head: a firm, US spokesman"),
    Hit(CHANGED, "The Dunmore Eagles won 54-40 on Friday.\n\nThe Eagles have now won nine "
        "games in a row.\n\nCoach Ana Ruiz said the Dunmore Falcons would rest on Monday.", IT,
        "Falcons", W, "Eagles", ["Dunmore Eagles"], id="head: a team, digits"),
    Hit(CHANGED, "The Crispy Garden Wrap went on sale in May.\n\nSales of the Crispy Garden "
        "Wrap doubled in June.\n\nThe Crispy Garden Roll will be withdrawn next week.", IT,
        "Roll", W, "Wrap", ["Crispy Garden Wrap"], id="head: a product of English words"),
    Hit(CHANGED, "Inspectors visited Oakhollow Lodge, a care home, in 2024.\n\nStaff at the "
        "Lodge had been trained.\n\nThe manager, who joined Oakhollow House in 2023, said "
        "things had changed.", IT, "House", W, "Lodge", ["Oakhollow Lodge"],
        id="head: a home, past tense, the usual word alone"),
    Hit(CHANGED, "The Tarnby Iron Foxes finished second.\n\nThe Foxes lost the final by "
        "two points.\n\nFans of the Foxes cheered anyway.\n\nMany say the Tarnby Iron Wolves "
        "will be back next year.", IT, "Wolves", W, "Foxes", ["Tarnby Iron Foxes"],
        id="head: the usual word alone elsewhere"),
    # -- a middle or first word changed
    Hit(CHANGED, "The Tarnby Canal Trust looks after the towpath.\n\nTarnby Canal boats moor "
        "by the lock.\n\nThe Tarnby Rivers Trust said repairs would start in June.", IT,
        "Rivers", W, "Canal", ["Tarnby Canal Trust"], id="middle: a charity"),
    Hit(CHANGED, "The Allied Rail Workers’ Union called the strike.\n\nTrains will not run on "
        "Monday.\n\nA spokeswoman for the United Rail Workers’ Union said talks had failed.",
        IT, "United", W, "Allied", ["Allied Rail Workers’ Union"],
        id="first: a long name given once"),
    Hit(CHANGED, "Save Brindlow Moor was set up in 2019 to fight the quarry.\n\nThe quarry "
        "would take 40 acres.\n\nProtect Brindlow Moor will hold a meeting on Friday.", IT,
        "Protect", W, "Save", ["Save Brindlow Moor"], id="first: a campaign's verb"),
    Hit(CHANGED, "The ten-kilometre race started in Lowmead Park.\n\nRoads near the station "
        "were shut for three hours.\n\nThe council reopened the roads around Longmead Park at "
        "noon.", IT, "Longmead", W, "Lowmead", ["Lowmead Park"],
        id="respelt: a park, number words"),
    # -- a first name changed before one surname
    Hit(CHANGED, "Councillor Brian Tolley, who leads on finance, spoke first.\n\nTolley said "
        "the vote would be close.\n\nCouncillor Barry Tolley said the budget would pass.", IT,
        "Barry", W, "Brian", ["Brian Tolley"], id="first name: a councillor, British"),
    Hit(CHANGED, "Sen. Karen Whitby voted no on Tuesday.\n\nThe bill failed by two votes."
        "\n\nSen. Kathy Whitby said she would try again next year.", IT, "Kathy", W, "Karen",
        ["Karen Whitby"], id="first name: a senator, US"),
    Hit(CHANGED, "Dr Helen Marsh runs the clinic.\n\nWaiting times have fallen by a third."
        "\n\nHannah Marsh said the new rota had helped.", IT, "Hannah", W, "Helen",
        ["Helen Marsh"], id="first name: the odd one without a title"),
    Hit(CHANGED, "Coach Paul Denton has led the team since 2015.\n\nThe team has won six "
        "titles.\n\nPeter Denton says the players will rest this week.", IT, "Peter", W,
        "Paul", ["Paul Denton"], id="first name: present tense"),
    # -- a surname alone under the same title, or with the same first four letters
    Hit(SURNAME, "Mayor Colin Radford opened the hall on Monday.\n\nThe hall cost £2m.\n\n"
        "Mayor Bradford said the town would pay for the roof.", IT, "Bradford", W, "Radford",
        ["Colin Radford"], id="surname: same title, another first letter"),
    Hit(SURNAME, "Sgt. Dana Brockway leads the drone unit.\n\nThe unit flew 212 flights.\n\n"
        "Brockton said each pilot trains for 40 hours.", IT, "Brockton", W, "Brockway",
        ["Dana Brockway"], id="surname: first four letters, said after"),
    Hit(SURNAME, "The judge, Judge Anne Pelham, heard the case.\n\nThe trial lasted nine "
        "days.\n\nJudge Kelham said the fine would be cut by a third.", IT, "Kelham", W,
        "Pelham", ["Anne Pelham"], id="surname: a judge"),
    Hit(SURNAME, "Det. Insp. Mark Kirkwood led the inquiry.\n\nOfficers searched 30 homes."
        "\n\n“We followed every lead,” said Kirkland.", IT, "Kirkland", W, "Kirkwood",
        ["Mark Kirkwood"], id="surname: said before, at the end"),
    Hit(SURNAME, "Mayor Ruth Sorensen cut the ribbon.\n\nThe new library has 40,000 books."
        "\n\nMayor Lorensen says more branches will follow.", IT, "Lorensen", W, "Sorensen",
        ["Ruth Sorensen"], id="surname: mayor, present tense, first letter changed"),
    # -- a term of art written once with a word swapped for one that starts the same way
    Hit(TERM, "In the opening autonomous period, robots run on their own.\n\nThe team "
        "scored 40 points.\n\nRaman said the automatic period was the hardest part.", IT,
        "automatic", W, "autonomous", ["autonomous period"], id="term: a match's period"),
    Hit(TERM, "The council will use tax increment financing to pay for the road.\n\nThe "
        "plant opens in 2027.\n\nIf the firm leaves, it must repay the tax incentive "
        "financing.", IT, "incentive", W, "increment", ["tax increment financing"],
        id="term: three words, the middle one"),
    Hit(TERM, "Tenants found black mould in 12 flats.\n\nThe landlord has sent a surveyor."
        "\n\nOne family said the black mound had come back twice.", IT, "mound", W, "mould",
        ["black mould"], id="term: British spelling, a noun"),
    Hit(TERM, "Students must finish eight required practicals by May.\n\nThe labs flooded "
        "in March.\n\nThey can catch up on the required practices at Easter.", IT,
        "practices", W, "practicals", ["required practicals"], id="term: plural nouns"),
    Hit(TERM, "The club’s insurance policy covers fire.\n\nThe clubhouse burned down on "
        "Sunday.\n\nThe insurance police will pay for a new roof, the treasurer said.", IT,
        "police", W, "policy", ["insurance policy"], id="term: an everyday word"),
    Hit(TERM, "Patients are seen in the acute assessment unit.\n\nWaits have grown since "
        "2023.\n\nThe acute assistance unit will open at night from June.", IT, "assistance",
        W, "assessment", ["acute assessment unit"], id="term: US and UK, the last but one"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round8_names_found(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


NAMES = (CHANGED, SURNAME, TERM, "terms.name-spelled-twice")

CLEAN = [
    Miss(NAMES, "Stanmere City Museum reopened in May.\n\nThe Stanmere City Museum has 9,000 "
         "objects.\n\nThe council pays for it, and Stanmere City Council will vote on its "
         "budget.", id="clean: two bodies of one town, the council in small letters"),
    Miss(NAMES, "The New York Times reported the deal.\n\nThe New York Times said prices "
         "would rise.\n\nNew York City officials declined to comment.",
         id="clean: a paper and a city of one place"),
    Miss(NAMES, "Tom Whitlock runs the farm.\n\nHis brother Tim Whitlock said the harvest "
         "was late.", id="clean: two brothers"),
    Miss(NAMES, "The Allied Rail Workers’ Union and the United Rail Workers’ Union both "
         "balloted members.\n\nThe Allied Rail Workers’ Union said talks had failed.",
         id="clean: two unions named together"),
    Miss(NAMES, "Flats on Pellham Street flooded.\n\nPellham Road was closed.\n\nPellham "
         "Avenue was shut too.", id="clean: three streets of one name"),
    Miss(NAMES, "The European Union agreed the deal.\n\nEuropean leaders met in Brussels."
         "\n\nThe talks recalled the last days of the Soviet Union.",
         id="clean: two unions, one a first word"),
    Miss(NAMES, "China’s Foreign Minister spoke on Monday.\n\nChina’s Foreign Minister will "
         "travel on Friday.\n\nChina’s Foreign Ministry said the talks were useful.",
         id="clean: a post and a body"),
    Miss(NAMES, "Donald Trump spoke first.\n\nDonald Trump spoke again later.\n\nIvanka "
         "Trump joined him on stage.", id="clean: two people, two first letters"),
    Miss(NAMES, "Councillor Brian Tolley spoke first.\n\nBarry Tolley, 34, a nurse, said the "
         "ward was short of staff.", id="clean: a second person introduced with an age"),
    Miss(NAMES, "The Senate Judiciary Committee met on Monday.\n\nThe Senate Judiciary "
         "Committee will vote in June.\n\nThe House Judiciary Committee has not met.",
         id="clean: two committees of two houses"),
    Miss(NAMES, "Sen. Patrick Leahy, Democrat of Vermont, spoke.\n\nSen. Bernie Sanders of "
         "Vermont agreed.\n\nSen. Dianne Feinstein, Democrat of California, did not.",
         id="clean: two states"),
    Miss(NAMES, "Mayor Colin Radford opened the hall.\n\nCouncillor Bradford said the town "
         "would pay for the roof.", id="clean: another title, another first letter"),
    Miss(NAMES, "Sgt. Dana Brockway leads the drone unit.\n\nBrockley said the unit had "
         "no budget.\n\nBrockley, a councillor, wants an inquiry.",
         id="clean: a surname alone written twice, once with a role"),
    Miss(NAMES, "Harwick Ferries runs the crossing.\n\nHarwick Ferries said fares would rise."
         "\n\nHarwick Seaways, a new rival, said its fares would not.\n\nHarwick Seaways "
         "starts in May.", id="clean: a second firm, written twice"),
    Miss(NAMES, "The European Union met on Monday.\n\nEuropean Union leaders agreed.\n\nA "
         "fellow at the European Council on Foreign Relations said so.",
         id="clean: a body whose longer name goes on"),
    Miss(NAMES, "The House Judiciary Committee met.\n\nThe House Judiciary Committee voted."
         "\n\nThe House Intelligence Committee did not.", id="clean: two committees"),
    Miss(NAMES, "Developed economies grew by 2%.\n\nDeveloping economies grew by 5%.",
         id="clean: two forms of one verb"),
    Miss(NAMES, "Nobody knew whether anyone had voted.\n\nThey asked whether anybody would.",
         id="clean: two pronouns"),
    Miss(NAMES, "The national team won.\n\nThe nationwide team of volunteers helped.",
         id="clean: a word and a longer word"),
    Miss(NAMES, "The political parties met on Monday.\n\nThe political parties and their "
         "political partners agreed a deal.", id="clean: two terms in one sentence"),
    Miss(NAMES, "Every damp report is inspected.\n\n“Every damp repair is done within a "
         "month,” she said.", id="clean: a term in a quote"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round8_names_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

"""The recall rules of issue 15, second round: real errors each must find, and clean
edited-news sentences of the same families on which no rule may raise an error.

Every sentence was written for this file (none is taken from an article the rules were
measured on), and every expectation by hand from the rules' docstrings. The helpers are
those of tests/test_checks.py, so a row here reads like a row there.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- a real word one letter from a noun the article repeats
    Hit("slips.near-term",
        "The harbour ballot closes on Friday. Members will post their ballot papers to the "
        "union office. About 200 ballet papers were sent to old addresses.",
        "inconsistent-term", "ballet", "warning", "ballot", related=["ballot"],
        id="near-term: beside the same neighbour"),
    Hit("slips.near-term",
        "Crews found 300 leaks last year. Most leaks were in old pipes, and the company says "
        "leaks cost it £2 million. The largest leeks found by crews will be mended first.",
        "inconsistent-term", "leeks", "warning", "leaks", related=["leaks"],
        id="near-term: a rare noun beside a common repeated one"),
    # -- a misspelling with two neighbours, one of them two letters swapped
    Hit("spelling.unknown-word", "Staff will recieve their full pay.",
        "spelling", "recieve", "error", "receive", id="spelling: i and e swapped"),
    # -- words run together
    Hit("slips.run-together", "The vote was one ofthe closest in years.",
        "spelling", "ofthe", "error", "of the", id="run-together: two small words"),
    Hit("slips.run-together", "The pipes laid underthe market are a century old.",
        "spelling", "underthe", "error", "under the", id="run-together: a word and 'the'"),
    Hit("slips.run-together", "Pupils will spend an hour on the bus eachmorning.",
        "spelling", "eachmorning", "error", "each morning", id="run-together: each and a noun"),
    # -- a short word missing inside a fixed phrase
    Hit("slips.missing-word", "As result of the flood, the road is closed.",
        "other", "As result", "warning", "As a result of", id="missing word: as result of"),
    Hit("slips.missing-word", "The ward has elected a Green councillor for first time.",
        "other", "for first time", "warning", "for the first time",
        id="missing word: for first time"),
    # -- the same count with its digits swapped
    Hit("contradictions.swapped-digits",
        "Crews recorded 1,240 leaks in the year to March.\n\nOf the 1,420 leaks recorded, about "
        "300 were reported by the public.",
        "self-contradiction", "1,420 leaks", "warning", related=["1,240 leaks"],
        id="swapped digits: a count of one noun"),
    # -- an organisation renamed by one word
    Hit("terms.organisation-renamed",
        "Drivers will join Redway Coaches in January. Redway Coaches won the contract. Ten "
        "drivers have asked Redway Travel about jobs.",
        "inconsistent-term", "Travel", "warning", "Coaches", related=["Redway Coaches"],
        id="renamed: the trade word changes"),
    Hit("terms.organisation-renamed",
        "Fenwold Water owns the pipes. Fenwold Water said repairs would start soon. Fenwold "
        "has 300 staff. Critics say Fenmoor Water paid its shareholders too much.",
        "inconsistent-term", "Fenmoor", "warning", "Fenwold", related=["Fenwold Water"],
        id="renamed: the name word changes"),
    Hit("terms.organisation-renamed",
        "Ana Ruiz won a seat on Castlebrook Borough Council. She is the first independent on "
        "Castlebrook District Council since 2003.",
        "inconsistent-term", "District", "warning", "Borough",
        related=["Castlebrook Borough Council"], id="renamed: the kind of council changes"),
    # -- one person, two posts of the same kind
    Hit("roles.conflict",
        "Gareth Osei, Fenwold Water’s operations director, said crews were busy.\n\nFenwold’s "
        "finance director, Gareth Osei, said the repairs would cost £4 million.",
        "role-conflict", "finance director", "error", "Fenwold Water’s operations director",
        related=["operations director"],
        id="roles: two kinds of director"),
    Hit("roles.conflict",
        "Judith Pryce, the council’s cabinet member for education, said the deal was fair.\n\n"
        "Judith Pryce, the cabinet member for highways, said nine routes would go.",
        "role-conflict", "highways", "error", "the council’s cabinet member for education",
        related=["cabinet member for education"],
        id="roles: two remits of one post"),
    # -- vague and anonymous sources
    Hit("sourcing.vague", "Many parents feel the council has put cost ahead of safety.",
        "vague-attribution", "Many parents feel", "note", id="vague: a counted group's feelings"),
    Hit("sourcing.vague", "Long-serving council watchers say the result could change the borough.",
        "vague-attribution", "council watchers", "note", id="vague: a bare plural of people"),
    Hit("sourcing.anonymous",
        "The regulator met on Monday.\n\nA spokesman for the regulator, the Water Services Board, "
        "said Fenwold would be asked to explain the rise.",
        "anonymous-source", "A spokesman for the regulator", "note",
        id="anonymous: a spokesman the quote engine gave to the body"),
    # -- a claim set apart with no source
    Hit("attribution.unsourced-claim",
        "The council met on Monday.\n\nThe new timetable will save the council £90,000 a year.",
        "missing-attribution", "will save", "note", id="unsourced: an effect with a figure"),
    Hit("attribution.unsourced-claim",
        "The firm won the contract.\n\nThe firm has a poor record on safety in other towns.",
        "missing-attribution", "poor record", "note", id="unsourced: a record"),
    Hit("sourcing.anonymous",
        "The chamber met on Monday.\n\nA senior figure at the chamber said members would sue.",
        "anonymous-source", "A senior figure at the chamber", "note",
        id="anonymous: a senior figure"),
    # -- a loaded verb of contempt
    Hit("wording.doubt-verb", "Adeyemi scoffed that the two larger parties had ignored the ward.",
        "other", "scoffed", "note", "said", id="loaded verb: contempt"),
    # -- one vote on two days
    Hit("figures.event-two-dates",
        "The by-election, held on Thursday, was won by 14 votes.\n\nTurnout in Wednesday’s poll "
        "was 31%.",
        "self-contradiction", "Wednesday", "warning", "Thursday", related=["Thursday"],
        id="dates: one poll on two days"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_recall_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and related places
    expected (the checks of tests/test_checks.py's table)."""
    check_rule_finds(rule, body, expected)


NEAR_TERMS = ("slips.near-term", "slips.run-together", "slips.missing-word")
NAMES = ("terms.organisation-renamed", "roles.conflict")
SOURCES = ("sourcing.vague", "sourcing.anonymous")

CLEAN = [
    # real words near a repeated word, each meant
    Miss(NEAR_TERMS, "The state budget passed. The state will borrow less, and the state "
         "treasurer was pleased. She owns a real estate firm.", id="clean: estate beside state"),
    Miss(NEAR_TERMS, "The crisis deepened. The crisis hit banks, and the crisis spread. Europe "
         "has been slow to act in past crises.", id="clean: an irregular plural"),
    Miss(NEAR_TERMS, "Voters went to the polls. The polls closed at ten, and the polls showed "
         "a close race. Pollsters took a poll of the crowd.", id="clean: forms of one word"),
    Miss(NEAR_TERMS, "The plan was approved. Critics of the plan said the plan was rushed. A "
         "member of the Kennedy clan spoke.", id="clean: a common noun one letter away"),
    # words that look run together but are English or names
    Miss(NEAR_TERMS, "The hourlong meeting ended with pushback from the union.",
         id="clean: closed compounds"),
    Miss(NEAR_TERMS, "In the meantime, the council will meet at the same time as the board.",
         id="clean: fixed phrases written whole"),
    Miss(NEAR_TERMS, "As a result of the vote, the mayor spoke for the first time in a week.",
         id="clean: a result, the first time"),
    Miss(NEAR_TERMS, "Trump meets Putin for first time\n\nThe two leaders met on Monday.",
         id="clean: a headline drops small words"),
    # figures with the same digits that are different things
    Miss("contradictions.swapped-digits", "The council has 1,240 staff and 1,420 volunteers.",
         id="clean: same digits, different nouns"),
    Miss("contradictions.swapped-digits", "Turnout rose from 2016 voters in 2012 to 2061 voters "
         "in 2016.", id="clean: years are not counts"),
    # names sharing words that are different bodies or people
    Miss(NAMES, "Donald Trump spoke on Monday. Donald Trump said the deal was bad. Donald Trump "
         "was joined by Ivanka Trump.", id="clean: two people of one family"),
    Miss(NAMES, "Nurses at Wrenfield General went on strike. Wrenfield General said talks "
         "would resume. Wrenfield Health Trust agreed. The Wrenfield Courier reported it.",
         id="clean: a town's name starts many bodies"),
    Miss(NAMES, "The House Judiciary Committee met. The House Judiciary Committee voted. The "
         "House Intelligence Committee did not.", id="clean: two committees of English words"),
    Miss(NAMES, "Tom Hale, a senior adviser, spoke.\n\nTom Hale, a top adviser to the mayor, "
         "said the plan would work.", id="clean: two descriptions of one post"),
    Miss(NAMES, "Ana Ruiz, the council’s finance director, spoke.\n\nThe council’s director, "
         "Ana Ruiz, said the budget was tight.", id="clean: a post given in full and in short"),
    # claims with their source, or inside a paragraph that gives one
    Miss("attribution.unsourced-claim",
         "The council met.\n\nThe timetable will save £90,000 a year, according to the council.",
         id="clean: an effect with its source"),
    Miss("attribution.unsourced-claim",
         "The council met.\n\nCrashes have halved since 2019. The figures come from the police.",
         id="clean: a claim in a paragraph that sources it"),
    # sources that are named, or are data rather than people
    Miss(SOURCES, "Phil Smith, a spokesman for the union, said production would improve.",
         id="clean: a named spokesman"),
    Miss(SOURCES, "According to federal statistics, 70 percent of the money went to cities.",
         id="clean: statistics are not people"),
    Miss(SOURCES, "The parents feel the council listened to them.", id="clean: the parents"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_recall_rules_leave_clean_news_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body, head="Council news\n\n") if "\n\n" not in body[:60] \
        else analyse(body, head="")
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

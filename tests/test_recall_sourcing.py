"""Sourcing rules of issue 15: claims with no source, anonymous and vague sources, loaded
reporting verbs. A table of real errors each rule must find, and a table of near misses from
edited news (a trailing 'officials said', a speaker after the verb, a name one paragraph on,
a colon introduction, plain facts of a public meeting) on which the rules named stay silent
and no rule raises an error.

Every sentence was written for this file, in the shape of the family; none is taken from an
article the rules were measured on.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- a share or a sum stated as fact, with no source near it
    Hit("attribution.unsourced-figure",
        "The park opened in 1990.\n\nAbout 40 percent of the town’s children live in flats.",
        "missing-attribution", "40 percent", "note", id="figure: a share of people"),
    Hit("attribution.unsourced-figure",
        "Drivers went on strike in May.\n\nBonuses for drivers were £300 to £900 a year.",
        "missing-attribution", "£300", "note", id="figure: a sum that something is"),
    Hit("attribution.unsourced-figure",
        "The mine closed in 2015.\n\nSome 35% of the valley’s jobs depend on the quarry.",
        "missing-attribution", "35%", "note", id="figure: a share as the subject"),
    # -- a judgement set apart in a paragraph of its own: a ranking with no source
    Hit("attribution.unsourced-claim",
        "The council voted to close the youth club.\n\nThe club is the only warm place in "
        "Eastfield where teenagers can meet.\n\nCouncillor Ann Bell said the vote was close.",
        "missing-attribution", "the only warm place", "note", id="claim: the only place"),
    Hit("attribution.unsourced-claim",
        "The council voted to cut the bus budget.\n\nThe cuts will hurt older villagers "
        "hardest.\n\nCouncillor Ann Bell said the vote was close.",
        "missing-attribution", "hardest", "note", id="claim: hit hardest"),
    # -- an action judged in the writer's own voice
    Hit("attribution.unsourced-opinion", "The council met in May.\n\nCutting the bus service "
        "was a cruel mistake.", "missing-attribution", "cruel mistake",
        "note", id="opinion: an action judged"),
    # -- a view given to nobody, with an empty 'it'
    Hit("sourcing.vague", "The school will close in July. It is understood that the head "
        "teacher will retire.", "vague-attribution", "It is understood", "note",
        id="vague: it is understood"),
    Hit("sourcing.vague", "The plan was approved. It is thought that work will start in May.",
        "vague-attribution", "It is thought", "note", id="vague: it is thought"),
    # -- a body of people that nothing picks out
    Hit("sourcing.vague", "The school will close in July. Groups in the town say the decision "
        "was rushed.", "vague-attribution", "Groups in the town", "note",
        id="vague: groups in the town"),
    # -- a loaded verb on a direct quote, and the verbs of giving in and grumbling
    Hit("wording.doubt-verb", "“We made mistakes,” the manager admitted.",
        "other", "admitted", "note", "said", id="loaded verb: admitted after a quote"),
    Hit("wording.doubt-verb", "“The road is safe,” Tom Reyes insisted on Monday.",
        "other", "insisted", "note", "said", id="loaded verb: insisted after a quote"),
    Hit("wording.doubt-verb", "Ann Bell conceded that the bus would be late.",
        "other", "conceded", "note", "said", id="loaded verb: conceded"),
    Hit("wording.doubt-verb", "Ann Bell complained that the bus was late again.",
        "other", "complained", "note", "said", id="loaded verb: complained"),
    # -- a person quoted by name and never introduced; a quote nobody said
    Hit("attribution.unintroduced-source", "The mill shut on Monday. “We were not told,” "
        "said Ann Cole.", "missing-attribution", "Ann Cole", "note",
        "Introduce the source: 'Ann Cole, a … at …, said'.", id="unintroduced: a bare name"),
    Hit("attribution.no-speaker", "The mill shut on Monday.\n\n“We were never told a thing "
        "about it.”", "missing-attribution", "We were never told", "note",
        id="no speaker: a quote alone"),
    # -- an unnamed source where the job is easy to name
    Hit("sourcing.anonymous", "The mill shut on Monday.\n\nA senior officer said the inquiry "
        "would take a month.", "anonymous-source", "senior officer", "note",
        id="anonymous: a senior officer"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_sourcing_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity and suggestion expected."""
    check_rule_finds(rule, body, expected)


FIGURES = ("attribution.unsourced-figure",)
CLAIMS = ("attribution.unsourced-claim",)
SOURCES = ("sourcing.vague", "sourcing.anonymous")

CLEAN = [
    # figures with a source, or that are an event, a plan or a sum somebody handles
    Miss(FIGURES, "The park opened in 1990.\n\nAbout 40 percent of the town’s children live "
         "in flats, according to the census."),
    Miss(FIGURES, "The park opened in 1990.\n\nAbout 40 percent of the town’s children live "
         "in flats, the council said."),
    Miss(FIGURES, "A survey of parents was published on Monday.\n\nAbout 40 percent of the "
         "town’s children live in flats."),
    Miss(FIGURES, "The council met on Thursday.\n\nThe plan was passed by seven votes to two, "
         "and the budget was cut by £180,000."),
    Miss(FIGURES, "The club was sold in May.\n\nThe new owner paid £2 million for the ground."),
    Miss(FIGURES, "The club was sold in May.\n\nA season ticket would cost £300 if the plan "
         "went ahead."),
    Miss(FIGURES, "Fees rise in April.\n\nWould parents pay 10 percent more?"),
    Miss(FIGURES, "The track opened in May.\n\nThe £2 million scheme, paid for by a national "
         "grant, adds a footpath on each side."),
    # a ranking in the subject, an order in time, a ranking in another clause, a limit
    Miss(CLAIMS, "The vote was held on Monday.\n\nThe only councillor to vote against was Ann "
         "Bell.\n\nShe said the plan was rushed."),
    Miss(CLAIMS, "The vote was held on Monday.\n\nThe plan is the latest step in a long "
         "dispute.\n\nAnn Bell said the plan was rushed."),
    Miss(CLAIMS, "The vote was held on Monday.\n\nThe school will close at least two days a "
         "week.\n\nAnn Bell said the plan was rushed."),
    Miss(CLAIMS, "The vote was held on Monday.\n\nThe cuts will hurt older villagers hardest, "
         "the report says.\n\nAnn Bell said the plan was rushed."),
    # sources named beside the job, or one paragraph later by the same job
    Miss(SOURCES, "The mill shut on Monday.\n\nA spokeswoman for the council, Ann Cole, said "
         "the closure was temporary."),
    Miss(SOURCES, "The mill shut on Monday.\n\nA company spokesman said the closure was "
         "temporary.\n\nThe spokesman, Tom Hale, added that staff would be paid."),
    Miss(SOURCES, "The mill shut on Monday.\n\nTwo senior councillors said the vote would be "
         "delayed.\n\nAnn Cole and Tom Hale both said the bill needed more work."),
    # a trailing attribution, a speaker after the verb, a colon introduction
    Miss(SOURCES, "The bridge will reopen in May, council officer Ann Cole said."),
    Miss(SOURCES, "“Too little?” asked campaign manager Dana Reyes."),
    Miss(SOURCES, "Reyes agreed: “Not today.”"),
    # a crowd that does something, a named group, a passive with its agent
    Miss(SOURCES, "Small groups of protesters marched to the town hall on Friday."),
    Miss(SOURCES, "Republicans in Congress say the bill will pass."),
    Miss(SOURCES, "The plan was approved. It was announced by the mayor that work will start."),
    # an action judged by someone named, or in someone's quoted words
    Miss(("attribution.unsourced-opinion",), "Raising the rents after the flood was good "
         "business, the landlord said."),
    Miss(("attribution.unsourced-opinion",), "“Raising the rents after the flood was good "
         "business,” the landlord said."),
    Miss(("attribution.unsourced-opinion",), "Raising the rents was the landlord's first act."),
    # quoted people introduced beside their name, after the verb or by a paper they write for
    Miss(("attribution.unintroduced-source",), "“The cuts are deep,” said Ann Cole, who runs "
         "the food bank on Mill Road."),
    Miss(("attribution.unintroduced-source",), "“The cuts are deep,” said Ann Cole, an "
         "economist."),
    Miss(("attribution.unintroduced-source",), "“The cuts are deep,” wrote Ann Cole for the "
         "Leeds Echo."),
    Miss(("attribution.unintroduced-source",), "“The cuts are deep,” said Ann Cole, 34, who "
         "has lived on the estate since 2001."),
    # a reporting verb whose subject comes just before it, or an order to the reader
    Miss(("attribution.no-subject",), "That is a small fraction of the minimum £2 million "
         "experts say it costs to run the pool."),
    Miss(("attribution.no-subject",), "The fine, which the owner, Ann Cole, called unfair, was "
         "paid on Monday."),
    Miss(("attribution.no-subject",), "Now tell us this is fair!"),
    Miss(("attribution.unintroduced-source",), "Ann Cole, of Leeds, said she had waited a "
         "year. “It is too slow,” Ms. Cole said."),
    Miss(("attribution.unintroduced-source",), "The Rev. Tom Hale opened the meeting. “We need "
         "the hall,” Mr. Hale said."),
    # quotation marks around a title, after a colon, in the headline
    Miss(("attribution.no-speaker",), "She was a guest on the radio show “Morning Call.”"),
    Miss(("attribution.no-speaker",), "The plan had a name: “Bridge to Work.”"),
    Miss(("attribution.no-speaker",), "Her reply to the council came a day later: “Not today, "
         "and not next year either.”"),
    # loaded words that are not reporting: a passive 'admitted', a scare quote
    Miss(("wording.doubt-verb",), "Twenty refugees were admitted to the country in May."),
    Miss(("wording.doubt-verb",), "Ann Bell said on Monday that the bus would be late."),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_sourcing_rules_leave_clean_news_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body, head="Council news\n\n")
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    assert [(f.rule, f.text) for f in findings if f.rule in set(rules)] == []

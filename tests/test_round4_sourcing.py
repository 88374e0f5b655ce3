"""Sourcing rules of issue 15, fourth round: claims with no source (statistics in words, a
loss, an accusation, a verdict), vague sources ('Some in the town fear', 'are said to',
'There have been complaints'), an unnamed 'one of the …', and loaded verbs such as 'fumed'.

Every sentence was written for this file, in the shape of the family (none is taken from an
article the rules were measured on). Each family has real errors that must be found and near
misses from edited news that must stay silent.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

FIGURE = "attribution.unsourced-figure"
ACCUSATION = "attribution.unsourced-accusation"
VERDICT = "attribution.unsourced-verdict"
OPINION = "attribution.unsourced-opinion"
VAGUE = "sourcing.vague"
ANONYMOUS = "sourcing.anonymous"
LOADED = "wording.doubt-verb"

FOUND = [
    # -- a share in words, stated as fact with no source
    Hit(FIGURE, "The bus station will close in May.\n\nNearly half of the town's pupils walk "
        "to school.", "missing-attribution", "half of", "note", id="figure: nearly half of"),
    Hit(FIGURE, "The clinic opened in 2019.\n\nTwo thirds of its patients are over 70.",
        "missing-attribution", "Two thirds of", "note", id="figure: two thirds of"),
    Hit(FIGURE, "The depot has 40 buses.\n\nOne in four of the buses breaks down each winter.",
        "missing-attribution", "One in four", "note", id="figure: one in four"),
    Hit(FIGURE, "The flats were built in 1970.\n\nThree-quarters of the tenants are over 70.",
        "missing-attribution", "Three-quarters of", "note", id="figure: three-quarters of"),
    # -- a loss (cost with someone who paid it), not a price
    Hit(FIGURE, "The river rose in March.\n\nFlooding has cost farmers in the valley more than "
        "£3 million since 2010.", "missing-attribution", "£3 million", "note",
        id="figure: what a loss has cost someone"),
    Hit(FIGURE, "The strike ended on Monday.\n\nThe stoppage cost the port $8 million.",
        "missing-attribution", "$8 million", "note", id="figure: cost a body"),
    # -- a change given as a fact
    Hit(FIGURE, "The station reopened in May.\n\nCrime near the station has risen by 20% "
        "this year.", "missing-attribution", "20%", "note", id="figure: risen by a share"),
    Hit(FIGURE, "The shop opened in 1990.\n\nSales fell 4 percent last year.",
        "missing-attribution", "4 percent", "note", id="figure: fell a share"),
    # -- wrongdoing stated as fact
    Hit(ACCUSATION, "The home was inspected in June.\n\nManagers ignored warnings from nurses "
        "about the broken lift.", "missing-attribution", "ignored warnings", "note",
        id="accusation: ignored warnings"),
    Hit(ACCUSATION, "The firm builds bridges.\n\nThe firm has a long history of finishing "
        "work late.", "missing-attribution", "has a long history of", "note",
        id="accusation: a history of"),
    Hit(ACCUSATION, "The mayor spoke on Friday.\n\nThe council misled parents about the cost "
        "of the new school.", "missing-attribution", "misled", "note",
        id="accusation: misled"),
    Hit(ACCUSATION, "Two boys were hurt in the park.\n\nThe club failed to protect the boys "
        "from the loose railings.", "missing-attribution", "failed to protect", "note",
        id="accusation: failed to protect"),
    Hit(ACCUSATION, "The fire started at night.\n\nPolice botched the search of the "
        "building.", "missing-attribution", "botched", "note", id="accusation: botched"),
    Hit(ACCUSATION, "The board met in June.\n\nThe board has wasted £2m on consultants.",
        "missing-attribution", "wasted £2m", "note", id="accusation: wasted a sum"),
    Hit(ACCUSATION, "The flats were built in 1970.\n\nThe landlord has broken its promise "
        "to fix the roof.", "missing-attribution", "broken its promise", "note",
        id="accusation: broken its promise"),
    Hit(ACCUSATION, "The plan was approved.\n\nThe council kept residents in the dark about "
        "the plan.", "missing-attribution", "kept residents in the dark", "note",
        id="accusation: kept in the dark"),
    Hit(ACCUSATION, "The mill closed in May.\n\nThe firm put profits before safety.",
        "missing-attribution", "put profits before", "note",
        id="accusation: profits before safety"),
    # -- a verdict that ranks or compares, in the writer's voice
    Hit(VERDICT, "The road was resurfaced in 2020.\n\nThe A40 is now the most dangerous road "
        "in the county.", "missing-attribution", "the most dangerous", "note",
        id="verdict: the most dangerous"),
    Hit(VERDICT, "The fair moved in October.\n\nThe park is a much better home for the fair "
        "than the car park ever was.", "missing-attribution", "better", "note",
        id="verdict: a better place than"),
    Hit(VERDICT, "The band played on Sunday.\n\nTheir new songs are the best they have "
        "recorded.", "missing-attribution", "best", "note", id="verdict: the best"),
    Hit(VERDICT, "The charity gives grants to clubs.\n\nThe charity spent more on its own "
        "offices than it gave the clubs.", "missing-attribution", "spent more", "note",
        id="verdict: spent more than it gave"),
    # -- an opinion in a fixed phrase of praise or doom
    Hit(OPINION, "The library opened in 1960.\n\nThe library is the heart of the town, and "
        "closing it would be a disaster.", "missing-attribution", "heart of the town", "note",
        id="opinion: the heart of the town"),
    Hit(OPINION, "The pool opened in 1975.\n\nLosing the pool would have been a tragedy for "
        "families.", "missing-attribution", "tragedy", "note", id="opinion: would be a tragedy"),
    Hit(OPINION, "The stadium opened in May.\n\nThe new stadium is a huge waste of money.",
        "missing-attribution", "waste of money", "note", id="opinion: a waste of money"),
    # -- a vague group with a place, feeling or believing
    Hit(VAGUE, "The route changed in May.\n\nParents are worried that the new route is too "
        "long.", "vague-attribution", "Parents are worried", "note",
        id="vague: parents are worried that"),
    Hit(VAGUE, "Fees rose in May.\n\nMany residents are angry about the rise.",
        "vague-attribution", "Many residents are angry", "note",
        id="vague: many residents are angry about"),
    Hit(VAGUE, "The wall will be built next year.\n\nSome in the town fear the wall will keep "
        "visitors away.", "vague-attribution", "Some in the town fear", "note",
        id="vague: some in the town fear"),
    Hit(VAGUE, "The party met in May.\n\nMany in the party believe the leader should go.",
        "vague-attribution", "Many in the party believe", "note",
        id="vague: many in the party believe"),
    Hit(VAGUE, "The school closed early.\n\nOthers among the parents feel the head acted too "
        "late.", "vague-attribution", "Others among the parents feel", "note",
        id="vague: others among the parents feel"),
    # -- 'are said to', 'is thought to': a passive of saying with a subject
    Hit(VAGUE, "The market opens on Friday.\n\nTraders in nearby towns are said to be worried "
        "about the prices.", "vague-attribution", "are said", "note", id="vague: are said to"),
    Hit(VAGUE, "The thief escaped.\n\nThe man is thought to have left the country.",
        "vague-attribution", "is thought", "note", id="vague: is thought to"),
    Hit(VAGUE, "The club lost again.\n\nThe manager is understood to be close to leaving.",
        "vague-attribution", "is understood", "note", id="vague: is understood to"),
    # -- views with an empty 'there' and nobody holding them
    Hit(VAGUE, "The meadow is a mile from town.\n\nThere have been complaints that the bus is "
        "too slow.", "vague-attribution", "There have been complaints", "note",
        id="vague: there have been complaints"),
    Hit(VAGUE, "The mayor was fined.\n\nThere were calls for her to resign.",
        "vague-attribution", "There were calls", "note", id="vague: there were calls"),
    Hit(VAGUE, "The dam is old.\n\nThere are concerns about its safety.",
        "vague-attribution", "There are concerns", "note", id="vague: there are concerns"),
    # -- views raised by nobody
    Hit(VAGUE, "The scheme was approved.\n\nQuestions have been raised about its cost.",
        "vague-attribution", "Questions have been raised", "note",
        id="vague: questions have been raised"),
    Hit(VAGUE, "The scheme was approved.\n\nConcerns were voiced over the new road.",
        "vague-attribution", "Concerns were voiced", "note", id="vague: concerns were voiced"),
    # -- a bare plural of people with a place is vague, not anonymous
    Hit(VAGUE, "Pay rose by 2%.\n\nCare workers across the region say pay is still too low.",
        "vague-attribution", "Care workers across the region", "note",
        id="vague: workers across the region say"),
    # -- one of a group, unnamed
    Hit(ANONYMOUS, "The market moved in May.\n\nOne of the traders said fees had gone up.",
        "anonymous-source", "One of the traders", "note", id="anonymous: one of the traders"),
    Hit(ANONYMOUS, "The ward was closed.\n\nOne of the nurses said the beds were full.",
        "anonymous-source", "One of the nurses", "note", id="anonymous: one of the nurses"),
    Hit(ANONYMOUS, "The vote was close.\n\nOne of the councillors said the plan was rushed.",
        "anonymous-source", "One of the councillors", "note",
        id="anonymous: one of the councillors"),
    Hit(ANONYMOUS, "The festival ended.\n\nOne of the festival's directors said tickets had "
        "sold out.", "anonymous-source", "One of the festival's directors", "note",
        id="anonymous: one of a body's directors"),
    Hit(ANONYMOUS, "The library will close.\n\nOne senior librarian said staff were told late.",
        "anonymous-source", "One senior librarian", "note", id="anonymous: one senior librarian"),
    Hit(VAGUE, "Rents rose in May.\n\nTenants' groups in the city say evictions are rising.",
        "vague-attribution", "Tenants' groups in the city", "note",
        id="vague: tenants' groups say"),
    # -- a loaded verb of anger or moaning
    Hit(LOADED, "The grant was cut.\n\nThe director fumed that nobody had warned the band.",
        "other", "fumed", "note", "said", id="loaded: fumed"),
    Hit(LOADED, "The grant was cut.\n\nThe coach whined that the pitch was too wet.",
        "other", "whined", "note", "said", id="loaded: whined"),
    Hit(LOADED, "The grant was cut.\n\n“We were not told,” the chairman fumed.",
        "other", "fumed", "note", "said", id="loaded: fumed after a quote"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round4_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity and suggestion expected."""
    check_rule_finds(rule, body, expected)


CLAIMS = (FIGURE, ACCUSATION, VERDICT)

CLEAN = [
    # plain facts of edited news: dates, places, prices, votes, measures
    Miss(CLAIMS, "The council met on Tuesday.\n\nParking will cost £4 a day from May.",
         id="clean: a price"),
    Miss(CLAIMS, "The council met on Tuesday.\n\nShares cost £50 each.", id="clean: a price each"),
    Miss(CLAIMS, "The hall opened in 1990.\n\nHalf an hour later the doors closed.",
         id="clean: half an hour"),
    Miss(CLAIMS, "The city grew fast.\n\nLeeds is the largest city in the county.",
         id="clean: a measured ranking"),
    Miss(CLAIMS, "The flood hit in March.\n\nMore than 400 homes flooded in the town.",
         id="clean: more than a number"),
    Miss(CLAIMS, "The vote was held on Monday.\n\nThe bill failed to pass.",
         id="clean: failed to pass blames nobody"),
    Miss(CLAIMS, "The best seats went to pupils.\n\nThe first train leaves at six.",
         id="clean: a ranking in the subject"),
    # a source in the sentence, or just before in the same paragraph
    Miss(CLAIMS, "The home was inspected.\n\nInspectors said managers ignored warnings.",
         id="clean: the accusation has a source"),
    Miss(CLAIMS, "The survey was published.\n\nThe council said nearly half of its roads were "
         "in poor condition.", id="clean: the figure has a source"),
    Miss(CLAIMS, "The road opened.\n\nPolice said crashes rose. The A40 is the most dangerous "
         "road in the county, they added.", id="clean: a verdict given to the police"),
    Miss(CLAIMS, "The inquiry reported.\n\nAccording to the report, the firm misled investors.",
         id="clean: according to"),
    Miss(CLAIMS, "The band played.\n\n“It is the best we have ever sounded,” the singer said.",
         id="clean: a verdict in a quote"),
    Miss(CLAIMS, "The mayor spoke on Monday.\n\nThe mayor gave £500 to the club.",
         id="clean: a sum someone gives"),
    # sources that name who
    Miss(VAGUE, "The scheme was approved.\n\nConcerns were raised by parents. Her concerns "
         "were raised at the meeting.", id="clean: concerns raised by someone, or hers"),
    Miss(VAGUE, "The plan was published.\n\nThere have been complaints from residents about "
         "the noise.", id="clean: complaints from someone"),
    Miss(VAGUE, "The plan was published.\n\nThe mayor says there are concerns about it.",
         id="clean: concerns inside what someone says"),
    Miss(VAGUE, "The school closed.\n\nSome parents in Hill Street fear the worst.",
         id="clean: no clause of what they fear"),
    Miss(VAGUE, "The route changed.\n\nThe parents are worried about it. Nurses at Hill "
         "Hospital are angry about pay. Ann Cole's neighbours are upset that the road closed.",
         id="clean: feelings of people the article picks out"),
    Miss(VAGUE, "The actor died in 1990.\n\nHe is known to have loved the sea.",
         id="clean: is known to"),
    Miss(VAGUE, "The house was sold.\n\nThe house is said by the agent to be sound.",
         id="clean: said by someone"),
    Miss(ANONYMOUS, "The ward was closed.\n\nOne of them said the beds were full.",
         id="clean: one of them"),
    Miss(ANONYMOUS, "The vote was held.\n\nOne day later, the mayor said it was over.",
         id="clean: one day later"),
    Miss(ANONYMOUS, "Officials met on Monday.\n\nA spokesman for the council, Tom Hale, said "
         "the road would open.", id="clean: the spokesman is named"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round4_clean(rules, body):
    """Near misses from edited news: none of the rules may circle anything."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

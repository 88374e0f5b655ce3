"""Sourcing rules of issue 15, seventh round: the rules read for the family, not the sentence.

A culprit or a cause given with a passive and a 'by …' that names nobody ('The fire was
started by …'), set apart as a paragraph of its own; a thing judged with 'a' + a judging
adjective ('is a fair way to'), or ranked with 'the best' however the parser hangs the words;
a decision 'pushed through'; a share opening a sentence beside 'the proposed …' (an
adjective, not a source); a vague group placed 'on' or 'around' somewhere; 'with regard',
'in spite' and 'in accordance' before a lower-case word. And the near misses that must stay
quiet: a group's name for a place ('a climb that local cyclists call “the Ladder”'), a view
reported inside a named person's words ('She said parents were worried'), a body described
where it speaks ('Tidewater, which holds …'), one person pointed to with 'its' ('its owner
has announced'), a named culprit, 'with regard for'.

Every sentence was written for this file, in the shape of the family (none is taken from an
article the rules were measured on).
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

CLAIM = "attribution.unsourced-claim"
VERDICT = "attribution.unsourced-verdict"
ACCUSATION = "attribution.unsourced-accusation"
FIGURE = "attribution.unsourced-figure"
VAGUE = "sourcing.vague"
ANONYMOUS = "sourcing.anonymous"
UNINTRODUCED = "attribution.unintroduced-source"
MISSING = "slips.missing-word"
SCENE = "The council met on Monday.\n\n"
QUOTED = "“We will reopen in the spring,” said Ann Cole, the club's secretary.\n\n"

FOUND = [
    # -- a culprit or a cause, by nobody in particular, as a paragraph of its own
    Hit(CLAIM, SCENE + QUOTED + "The fire was started by the same group of boys who smashed "
        "the bus shelter in May.", "missing-attribution", "The fire was started by", "note",
        id="cause: fire started by a group"),
    Hit(CLAIM, SCENE + QUOTED + "The blaze had been lit by youths from the estate.",
        "missing-attribution", "lit by youths", "note", id="cause: past perfect, lit"),
    Hit(CLAIM, SCENE + QUOTED + "The flooding was caused by a blocked drain the contractors "
        "never cleared.", "missing-attribution", "caused by a blocked drain", "note",
        id="cause: caused by a thing"),
    Hit(CLAIM, SCENE + QUOTED + "The break-ins were carried out by two men in a white van.",
        "missing-attribution", "carried out by two men", "note", id="cause: carried out, digits"),
    Hit(CLAIM, SCENE + QUOTED + "Both outages were triggered by a faulty substation.",
        "missing-attribution", "triggered by", "note", id="cause: plural, triggered"),
    # -- a thing judged: 'a' + a judging adjective, or 'the best' right after 'is'
    Hit(VERDICT, SCENE + "The speed camera is a fair way to keep the lane clear.",
        "missing-attribution", "a fair way", "note", id="verdict: a fair way"),
    Hit(VERDICT, SCENE + "The new timetable was a sensible compromise for commuters.",
        "missing-attribution", "a sensible compromise", "note", id="verdict: past, sensible"),
    Hit(VERDICT, SCENE + "Closing the library was a terrible decision for the town.",
        "missing-attribution", "a terrible decision", "note", id="verdict: -ing subject"),
    Hit(VERDICT, SCENE + "The fee rise is a smart move for the club, and it starts in May.",
        "missing-attribution", "a smart move", "note", id="verdict: smart, and a clause"),
    Hit(VERDICT, SCENE + "The deal is the best news the harbour has had in years.",
        "missing-attribution", "the best news", "note", id="verdict: the best news, misparsed"),
    Hit(VERDICT, SCENE + "The merger is the worst thing to happen to the valley schools.",
        "missing-attribution", "the worst", "note", id="verdict: the worst thing"),
    # -- a decision forced through
    Hit(ACCUSATION, SCENE + "The cut was pushed through to pay for the new car park.",
        "missing-attribution", "pushed through", "note", id="accusation: pushed through"),
    Hit(ACCUSATION, SCENE + "The fare rise was quietly rushed through before the election.",
        "missing-attribution", "rushed through", "note", id="accusation: quietly rushed"),
    Hit(ACCUSATION, SCENE + "The closures were rammed through without a vote.",
        "missing-attribution", "rammed through", "note", id="accusation: plural, rammed"),
    Hit(ACCUSATION, SCENE + "The new parking rules were railroaded through in a single "
        "evening.", "missing-attribution", "railroaded through", "note",
        id="accusation: railroaded"),
    Hit(ACCUSATION, SCENE + "The budget had been forced through by a handful of votes.",
        "missing-attribution", "forced through", "note", id="accusation: had been forced"),
    # -- a share, where 'proposed' or 'reported' only describes a noun
    Hit(FIGURE, SCENE + "Nearly two-thirds of homes under the proposed route are against "
        "the road.", "missing-attribution", "two-thirds of", "note", id="figure: proposed route"),
    Hit(FIGURE, SCENE + "Almost half of the reported thefts happened at night.",
        "missing-attribution", "half of", "note", id="figure: reported thefts"),
    Hit(FIGURE, SCENE + "About one in five families near the planned depot oppose it.",
        "missing-attribution", "one in five", "note", id="figure: one in five, planned"),
    Hit(FIGURE, SCENE + "Roughly a third of the announced jobs have gone to local people.",
        "missing-attribution", "a third of", "note", id="figure: announced jobs"),
    Hit(FIGURE, SCENE + "Some 40% of households along the proposed bypass are opposed to it.",
        "missing-attribution", "40%", "note", id="figure: digits, proposed bypass"),
    # -- a vague group placed somewhere
    Hit(VAGUE, SCENE + "Many on the estate believe the council will sell the land.",
        "vague-attribution", "Many on the estate believe", "note", id="vague: many on"),
    Hit(VAGUE, SCENE + "Some around the harbour fear the ferry will stop.",
        "vague-attribution", "Some around the harbour fear", "note", id="vague: some around"),
    Hit(VAGUE, SCENE + "Several on the committee think the plan was rushed.",
        "vague-attribution", "Several on the committee think", "note", id="vague: several on"),
    Hit(VAGUE, SCENE + "Many near the quarry suspect the blasting cracked their walls.",
        "vague-attribution", "Many near the quarry suspect", "note", id="vague: many near"),
    Hit(VAGUE, SCENE + "Others outside the town fear the bypass will never be built.",
        "vague-attribution", "Others outside the town fear", "note", id="vague: others outside"),
    # -- a short word left out before a lower-case word
    Hit(MISSING, SCENE + "Her worries were with regard parking on the green.", "other",
        "with regard", "warning", "with regard to", id="missing: with regard parking"),
    Hit(MISSING, SCENE + "Questions with regard funding went unanswered.", "other",
        "with regard", "warning", "with regard to", id="missing: with regard funding"),
    Hit(MISSING, SCENE + "The match went ahead in spite heavy rain.", "other", "in spite",
        "warning", "in spite of", id="missing: in spite rain"),
    Hit(MISSING, SCENE + "The hedge was cut in accordance council rules.", "other",
        "in accordance", "warning", "in accordance with", id="missing: in accordance rules"),
    Hit(MISSING, SCENE + "He spoke with regard local schools and buses.", "other",
        "with regard", "warning", "with regard to", id="missing: with regard local"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round7_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words and severity expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    # a named culprit, a cause that only might be, an active deed, a cause with a source
    Miss(CLAIM, SCENE + QUOTED + "The fire was started by Sam Hale, who admitted arson."),
    Miss(CLAIM, SCENE + QUOTED + "The fire may have been started by a discarded cigarette."),
    Miss(CLAIM, SCENE + QUOTED + "The fire was put out by two crews from Ashby."),
    Miss(CLAIM, SCENE + QUOTED + "The fire was started by an electrical fault, investigators "
         "said."),
    Miss(CLAIM, SCENE + QUOTED + "The fire was not started by the boys."),
    # a person described, an amount, a judgement with a source, a pronoun
    Miss(VERDICT, SCENE + "Ann Cole is a fine player."),
    Miss(VERDICT, SCENE + "The camera is a fair way to keep the lane clear, the mayor said."),
    Miss(VERDICT, SCENE + "It was a good day for the club."),
    Miss(VERDICT, SCENE + "The road is a long way from the school."),
    Miss(VERDICT, SCENE + "The bakery is the oldest shop on the street."),
    # a decision passed, not forced; a crowd forcing its way
    Miss(ACCUSATION, SCENE + "The budget was passed by seven votes to two."),
    Miss(ACCUSATION, SCENE + "Fans forced their way through the gates."),
    # a share with a source; a reporting verb that is a verb
    Miss(FIGURE, SCENE + "Nearly two-thirds of homes under the proposed route are against the "
         "road, a survey by the parish council found."),
    # a group's name for a place; a view inside a named person's words; a group picked out
    Miss(VAGUE, SCENE + "The best view is from the top of the hill, a climb that local runners "
         "call \"the Wall. Runners reach it after four miles."),
    Miss(VAGUE, SCENE + "The ridge, which walkers call “the Spine”, is closed."),
    Miss(VAGUE, SCENE + "She said parents were worried about the main road."),
    Miss(VAGUE, SCENE + "Ms Cole told the meeting that many families feel ignored."),
    Miss(VAGUE, SCENE + "Many on the Westfield estate believe the land will be sold."),
    # a body described where it speaks; one person pointed to with 'its'
    Miss(UNINTRODUCED, "Harbour sold to Larkmoor Leisure\n\nThe harbour has been sold to "
         "Larkmoor Leisure.\n\nLarkmoor, which runs two marinas, said the cafe would stay "
         "open."),
    Miss(ANONYMOUS, "Dentist leaves the NHS\n\nThe Mill Lane dental practice in Ashby will "
         "stop NHS treatment from June, its owner has announced, leaving 4,000 patients to "
         "find a new dentist.\n\nDr Ruth Kaul, who bought the practice in 2015, said she "
         "could not make NHS work pay."),
    # the short word there, or another phrase
    Miss(MISSING, SCENE + "She acted with regard for safety."),
    Miss(MISSING, SCENE + "She wrote with regard to parking."),
    Miss(MISSING, SCENE + "The match went ahead in spite of heavy rain."),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round7_clean(rules, body):
    """Near misses: the rule may circle nothing."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]


CAPTIONED = [
    Miss(("attribution.unsourced-figure", "attribution.unsourced-comparison"), SCENE +
         "Biggest spenders on the arts.\n\nOnly four towns spend more than the 2 percent the "
         "arts council recommends. Ashby spends twice as much as its neighbours.\n\n"
         "Source: Arts Council."),
    Miss(("attribution.unsourced-figure",), SCENE + "Nearly half of the county's bridges need "
         "repairs.\n\nData: County Highways Department"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CAPTIONED)
def test_round7_captioned_figures(rules, body):
    """A chart's figures, with its source line just after them, are sourced."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]


@needs_model
def test_round7_captioned_figures_still_found_without_the_line():
    """Without the source line, the same figure is found."""
    article, findings = found_by("attribution.unsourced-figure", SCENE + "Nearly half of the "
                                 "county's bridges need repairs.\n\nThe work starts in May.")
    assert findings

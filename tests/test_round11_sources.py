"""Round 11 of issue 15, sources: each mechanism made general, not fitted to a sentence.

Classes: a charge that a body knew something for any length of time ('for three years',
'since last spring') or kept it from the people it concerns; a body that treats the people it
serves as not mattering, or has ignored or neglected them for a long time; a deed done to
dodge being filmed, recorded or caught; ignoring a survey, petition, findings or objections;
a verdict that something is unfit for its use; a mood given to a crowd ('There is growing
anger among clubs', 'Frustration is mounting among parents') and concerns voiced by a bare
plural ('Locals have raised concerns'); a figure just after a sentence whose only source is
'some' or 'many' of a group, who cannot have counted it, and a share in words or a
percentage of something that opens a sentence; and a quote closed with an opening mark
turned the wrong way ('…,“ she said') or opened with a closing one. Every sentence was
written for this file; near misses must stay silent.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

ACCUSATION = "attribution.unsourced-accusation"
OPINION = "attribution.unsourced-opinion"
VAGUE = "sourcing.vague"
FIGURE = "attribution.unsourced-figure"
WRONG_WAY = "quotes.wrong-way"
MARKS = ("quotes.wrong-way", "quotes.unclosed", "quotes.unopened")
SCENE = "The council met on Monday.\n\n“We will reopen in the spring,” said Ann Cole.\n\n"
OPENING = "The council met on Monday.\n\nThe vote was close.\n\n"


def charge(body: str, words: str, id: str):
    return Hit(ACCUSATION, SCENE + body, "missing-attribution", words, "note", id=id)


def mood(body: str, words: str, id: str):
    return Hit(VAGUE, SCENE + body, "vague-attribution", words, "note", id=id)


def figure(body: str, words: str, id: str):
    return Hit(FIGURE, SCENE + body, "missing-attribution", words, "note", id=id)


def wrong_way(body: str, words: str, id: str):
    return Hit(WRONG_WAY, OPENING + body, "unbalanced-quote", words, "warning", id=id)


FOUND = [
    # -- knowing for any length of time, and keeping it from the people it concerns
    charge("The trust has known for three years that the ward could not stay open.",
           "has known for three years that", id="knew: for three years, digits in words"),
    charge("The company had known since last spring that the bridge was unsafe.",
           "had known since last spring that", id="knew: since last spring"),
    charge("The authority had known for 18 months that the roof leaked.",
           "had known for 18 months that", id="knew: for 18 months, digits"),
    charge("Managers withheld the inspection findings from tenants.", "withheld the inspection",
           id="kept from: withheld findings from tenants"),
    charge("The school kept the news from parents until the end of term.", "kept the news from",
           id="kept from: the news from parents"),
    charge("The club concealed the losses from its members for a season.", "concealed the losses",
           id="kept from: concealed losses from members"),
    # -- treating people as not mattering, or neglecting them for a long time
    charge("The operator has long treated the northern villages as an afterthought.",
           "as an afterthought", id="treated: long, as an afterthought"),
    charge("The council treats the estate like a dumping ground.", "like a dumping ground",
           id="treated: US-style 'like a dumping ground'"),
    charge("Ministers have treated rural patients as second-class citizens.",
           "second-class citizens", id="treated: as second-class citizens"),
    charge("The county has ignored the valley's roads for more than a decade.",
           "for more than a decade", id="ignored: for more than a decade"),
    charge("The health board has repeatedly overlooked the town's clinic.",
           "has repeatedly overlooked", id="overlooked: repeatedly"),
    charge("Head office sidelined the smaller branches for years.", "for years",
           id="sidelined: for years, at the end"),
    # -- dodging scrutiny given as the reason
    charge("Officers routinely turned off their body cameras whenever they didn't want to be "
           "recorded.", "didn't want to be recorded", id="dodging: did not want to be recorded"),
    charge("Guards switched off the lights because they did not want anyone to see.",
           "did not want anyone to see", id="dodging: did not want anyone to see"),
    charge("Staff moved the files off site to avoid inspection.", "to avoid inspection",
           id="dodging: to avoid inspection"),
    charge("The inspectors have for years falsified the safety logs.", "have for years falsified",
           id="dodging: have for years falsified"),
    charge("Drivers covered their number plates to avoid being identified.",
           "to avoid being identified", id="dodging: to avoid being identified"),
    charge("The owners have routinely disabled the smoke alarms.", "have routinely disabled",
           id="dodging: routinely disabled alarms"),
    # -- ignoring a survey, a petition, findings, objections
    charge("The school board ignored the findings of its own consultation.",
           "ignored the findings", id="ignored: findings of its own consultation"),
    charge("Councillors ignored a petition signed by 4,000 residents.", "ignored a petition",
           id="ignored: a petition"),
    charge("The planners ignored every one of the objections.", "objections",
           id="ignored: five words before 'objections'"),
    charge("Ministers are ignoring the results of their own survey.", "ignoring the results",
           id="ignored: -ing, the results"),
    charge("The developer ignored the evidence from two flood studies.", "ignored the evidence",
           id="ignored: the evidence"),
    charge("The trustees ignores the recommendations of the review.",
           "ignores the recommendations", id="ignored: recommendations"),
    charge("The committee brushed aside the objections of the fire service.",
           "brushed aside the objections", id="ignored: brushed aside"),
    charge("The trust disregarded the advice of its own doctors.", "disregarded the advice",
           id="ignored: disregarded advice"),
    charge("The board paid no attention to the petition from parents.",
           "paid no attention to the petition", id="ignored: paid no attention to"),
    charge("The school knew about the asbestos in 2021 but did not tell parents.",
           "but did not tell", id="kept from: knew but did not tell"),
    charge("The landlord told tenants nothing about the fire risk.", "told tenants nothing",
           id="kept from: told tenants nothing"),
    # -- unfit for its use
    Hit(OPINION, SCENE + "The old stables, built in 1890, were damp and unfit for horses.",
        "missing-attribution", "", "note", id="unfit: for horses"),
    Hit(OPINION, SCENE + "The existing classrooms are no longer fit for purpose.",
        "missing-attribution", "", "note", id="unfit: no longer fit for purpose"),
    Hit(OPINION, SCENE + "The flats have been unfit for human habitation since the flood.",
        "missing-attribution", "", "note", id="unfit: for human habitation"),
    Hit(OPINION, SCENE + "Its 1970s wards are not fit for modern patients.",
        "missing-attribution", "", "note", id="unfit: not fit for modern patients"),
    Hit(OPINION, SCENE + "The pavilion, which the club shares, is unfit for players.",
        "missing-attribution", "", "note", id="unfit: in a clause"),
    Hit(OPINION, SCENE + "Most of the cages were small, dark and unfit for the animals.",
        "missing-attribution", "", "note", id="unfit: for the animals"),
    Hit(OPINION, SCENE + "The bare concrete pen was no place for a bear.",
        "missing-attribution", "", "note", id="unfit: no place for a bear"),
    Hit(OPINION, SCENE + "Conditions in the old kennels were inhumane.",
        "missing-attribution", "", "note", id="unfit: inhumane"),
    # -- a mood given to a crowd
    mood("Frustration is mounting among parents over the new timetable.",
         "Frustration is mounting among parents", id="mood: mounting among parents"),
    mood("Anger has been building among supporters since the sale.",
         "Anger has been building among supporters", id="mood: building, perfect"),
    mood("Resentment is growing amongst local traders about the road closures.",
         "amongst local traders", id="mood: amongst, two words"),
    mood("There has been growing opposition among shopkeepers to the parking charges.",
         "growing opposition among shopkeepers", id="mood: there has been, opposition"),
    mood("There is widespread unease among some residents that the plan will go ahead.",
         "unease among some residents", id="mood: among some residents"),
    mood("Growing anger among drivers has pushed the council to rethink the scheme.",
         "Growing anger among drivers", id="mood: as the subject"),
    mood("There is widespread anger that the library will close.", "There is widespread anger",
         id="mood: widespread, nobody at all"),
    mood("Locals have raised concerns about the new road.", "Locals have raised concerns",
         id="voiced: locals raised concerns"),
    mood("Parents voiced fears that the crossing was unsafe.", "Parents voiced fears",
         id="voiced: parents voiced fears"),
    mood("Shopkeepers have expressed doubts about the scheme.",
         "Shopkeepers have expressed doubts", id="voiced: expressed doubts"),
    mood("Residents in the north of the town have aired complaints about the bins.",
         "aired complaints", id="voiced: residents in a place aired complaints"),
    # -- a figure after a sentence whose only source is 'some' or 'many' of a group
    figure("Some regulars say the centre is too far. Nine in ten of the people who use the "
           "branch walk there.", "Nine in ten", id="figure: after 'Some regulars say'"),
    figure("Many parents say the new start time is too early. Seven out of ten pupils at the "
           "school arrive by bus.", "Seven out of ten", id="figure: after 'Many parents say'"),
    figure("Some residents said the buses were never on time. Two in three services ran late "
           "last year.", "Two in three", id="figure: after 'said', past"),
    figure("Several traders say the car park is always full. Roughly 60 percent of the "
           "visitors come by car.", "60 percent", id="figure: a percentage, after 'Several'"),
    figure("Around 80% of shoppers in the town centre arrive by car.", "80%",
           id="figure: a percentage of a group opens the sentence"),
    figure("Some tenants say the flats are damp. Nearly 40 per cent of the homes on the "
           "estate are rented.", "40 per cent", id="figure: 'per cent', British style"),
    # -- a share in words that a different writer might use
    figure("Seventy percent of the town's workers commute by car.", "Seventy percent",
           id="share: a percentage in words, US style"),
    figure("Sixty-five per cent of the patients live more than a mile away.",
           "Sixty-five per cent", id="share: hyphenated, British 'per cent'"),
    figure("One in every five homes on the island is empty in winter.", "One in every five",
           id="share: one in every five"),
    figure("Eight out of every ten pupils at the school qualify for free meals.",
           "Eight out of every ten", id="share: out of every ten"),
    figure("One in twenty children in the county has no dentist.", "One in twenty",
           id="share: one in twenty"),
    figure("Roughly ninety per cent of the island's land is farmed.", "ninety per cent",
           id="share: a percentage in words after 'Roughly'"),
    Hit("attribution.unsourced-comparison", SCENE + "Some drivers say the road is dangerous. "
        "Crashes are twice as likely on it as on the motorway.", "missing-attribution",
        "twice as likely", "note", id="comparison: after 'Some drivers say'"),
    # -- a quote closed with an opening mark turned the wrong way
    wrong_way("“We lost thirty of them within a year,“ said Ruth Cole, the county officer.",
              "“", id="wrong way: after a comma, before 'said'"),
    wrong_way("‘It is a two-day course,‘ she said. ‘Anyone can come.’", "‘",
              id="wrong way: single marks"),
    wrong_way("“We trained them and they left.“\n\nThe next meeting is in June.", "“",
              id="wrong way: at the paragraph's end"),
    wrong_way("Ann Cole said the plan was “a mess“ and would be dropped.", "“",
              id="wrong way: after a word, mid-sentence"),
    Hit(WRONG_WAY, OPENING + "The coach called the result ”a disgrace” and left.",
        "unbalanced-quote", "”", "warning", suggestion="“", id="wrong way: ” opening mid-sentence"),
    Hit(WRONG_WAY, OPENING + "Ann Cole said: ”We will appeal against the fine.”",
        "unbalanced-quote", "”", "warning", suggestion="“", id="wrong way: ” after a colon"),
    wrong_way("“Is this the end?“ asked one player.", "“", id="wrong way: after a question mark"),
    wrong_way("He said: “We will appeal.“ The club has 14 days.", "“",
              id="wrong way: after a colon-introduced quote"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round11_rule_finds(rule, body, expected):
    """The rule fires once, with the kind, words and severity expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(ACCUSATION, SCENE + "The two families have known each other for forty years.",
         id="clean: known each other for years"),
    Miss(ACCUSATION, SCENE + "Forecasters had known for days that the storm was coming.",
         id="clean: forecasters knew"),
    Miss(ACCUSATION, SCENE + "The fence kept the sheep from the road.", id="clean: kept from the road"),
    Miss(ACCUSATION, SCENE + "Police are treating the death as suspicious.",
         id="clean: treating a death as suspicious"),
    Miss(ACCUSATION, SCENE + "Drivers ignored the rain and raced on.", id="clean: ignored the rain"),
    Miss(ACCUSATION, SCENE + "The club has for years run a youth team on Saturdays.",
         id="clean: has for years run"),
    Miss(ACCUSATION, SCENE + "Cyclists take the back road to avoid the traffic.",
         id="clean: to avoid the traffic"),
    Miss(ACCUSATION, SCENE + "Ann Cole said the board had ignored the survey.",
         id="clean: the charge has a source"),
    Miss(ACCUSATION, SCENE + "The school told parents on Friday that the roof would be fixed.",
         id="clean: told parents something"),
    Miss(ACCUSATION, SCENE + "The panel knew the result on Monday and told the players at once.",
         id="clean: knew and told"),
    Miss(OPINION, SCENE + "The striker was declared unfit for Saturday's match.",
         id="clean: declared unfit for a match"),
    Miss(OPINION, SCENE + "Inspectors said the flats were unfit for families.",
         id="clean: unfit, with a source"),
    Miss(VAGUE, SCENE + "Ann Cole, who chairs the residents' group, said there was growing "
         "anger among tenants.", id="clean: the mood is hers"),
    Miss(VAGUE, SCENE + "There is anger among the league's 40 clubs, according to a letter.",
         id="clean: the league's 40 clubs"),
    Miss(VAGUE, SCENE + "Their anger has been building for months.", id="clean: their anger"),
    Miss(VAGUE, SCENE + "Support for the scheme has grown since March, when the buses ran.",
         id="clean: support grown, no crowd"),
    Miss(VAGUE, SCENE + "A survey of 600 parents found growing support for the change.",
         id="clean: a survey found"),
    Miss(VAGUE, SCENE + "The residents' association raised concerns about the road.",
         id="clean: an association raised concerns"),
    Miss(VAGUE, SCENE + "Two parents, Ann Cole and Tom Abe, voiced fears about the crossing.",
         id="clean: two parents, named"),
    Miss(VAGUE, SCENE + "Ann Cole said parents had raised concerns with her.",
         id="clean: parents' concerns, reported by her"),
    Miss(VAGUE, SCENE + "Councillors raised questions about the cost at the meeting.",
         id="clean: questions raised at a meeting"),
    Miss(FIGURE, SCENE + "The council's transport officer, Ann Cole, said the buses were busy. "
         "Nine in ten seats were taken at peak times.", id="clean: a named source before"),
    Miss(FIGURE, SCENE + "Some regulars say the centre is too far. A council survey found that "
         "nine in ten of the people who use the branch walk there.", id="clean: a survey found"),
    Miss("attribution.unsourced-comparison", SCENE + "The county's road safety officer, Ann "
         "Cole, said the road was dangerous. Crashes are twice as likely on it as on the "
         "motorway.", id="clean: comparison after a named source"),
    Miss(FIGURE, SCENE + "Fifty percent of the tickets will go on sale on Friday, the club said.",
         id="clean: a share in words, with a source"),
    Miss(FIGURE, SCENE + "About 80 per cent of the money would go to schools if the plan passed.",
         id="clean: a hypothetical share"),
    Miss(MARKS, OPENING + "“We trained them,” said Ann Cole. “They stayed.”",
         id="clean: marks the right way"),
    Miss(MARKS, OPENING + "He called it ‘a mess,’ she said, and ‘nonsense.’",
         id="clean: single marks the right way"),
    Miss(MARKS, OPENING + "The band’s new album, “Tides”, came out in May.",
         id="clean: a title in marks"),
    Miss(MARKS, OPENING + "They played rock ’n’ roll from the ’60s ’til dawn.",
         id="clean: apostrophes before words"),
    Miss(MARKS, OPENING + "“It is over,” she said. “We go home.”",
         id="clean: two quotes the right way"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round11_clean(rules, body):
    """Near misses: the rules may circle nothing."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

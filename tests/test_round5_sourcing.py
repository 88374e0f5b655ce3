"""Sourcing rules of issue 15, fifth round: blame stated as fact ('has known about … for
years', 'put cost ahead of safety', 'has failed its patients'), a saving, a forecast or a
change given as a sure thing, a ratio only a count could show ('twice as likely'), a share
that opens its sentence, a verdict with 'too' ('far too low'), opinions such as
'unacceptable', small words lost from fixed phrases ('in event of', 'in line new', 'at top
of'), and verbs that put a speaker on the defensive ('protested') or moan or sneer.

Every sentence was written for this file, in the shape of the family (none is taken from an
article the rules were measured on). Each family has real errors that must be found and near
misses from edited news that must stay silent.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

FIGURE = "attribution.unsourced-figure"
COMPARISON = "attribution.unsourced-comparison"
ACCUSATION = "attribution.unsourced-accusation"
VERDICT = "attribution.unsourced-verdict"
OPINION = "attribution.unsourced-opinion"
CLAIM = "attribution.unsourced-claim"
MISSING_WORD = "slips.missing-word"
LOADED = "wording.doubt-verb"
VAGUE = "sourcing.vague"

FOUND = [
    # -- knowing of a problem for a long time, stated as fact
    Hit(ACCUSATION, "The dam was built in 1960.\n\nThe water board has known about the cracks "
        "in the dam for years.", "missing-attribution", "has known about", "note",
        id="accusation: has known about … for years"),
    Hit(ACCUSATION, "The ward closed in May.\n\nHospital bosses knew about the broken boilers "
        "for at least three years.", "missing-attribution", "knew about", "note",
        id="accusation: knew about … for at least three years"),
    Hit(ACCUSATION, "The bridge was shut in June.\n\nThe county knew of the rot in the beams "
        "and did nothing.", "missing-attribution", "knew of", "note",
        id="accusation: knew of … and did nothing"),
    Hit(ACCUSATION, "The estate was built in 1972.\n\nThe landlord has chosen to ignore the damp "
        "in the flats.", "missing-attribution", "chosen to ignore", "note",
        id="accusation: chosen to ignore"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners knew the railings were loose "
        "and did nothing.", "missing-attribution", "and did nothing", "note",
        id="accusation: knew … and did nothing"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners were told about the rust in "
        "2021 but took no action.", "missing-attribution", "took no action", "note",
        id="accusation: were told … but took no action"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners have known since 2020 that the "
        "deck was rotten.", "missing-attribution", "known since 2020 that", "note",
        id="accusation: have known since a year that"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners sat on the safety report for a "
        "year.", "missing-attribution", "sat on the safety report", "note",
        id="accusation: sat on the report"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners have let the old pavilion rot.",
        "missing-attribution", "let the old pavilion rot", "note",
        id="accusation: let the building rot"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners have dragged their feet over "
        "the repairs.", "missing-attribution", "dragged their feet", "note",
        id="accusation: dragged their feet"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners care more about the car park "
        "than the pier.", "missing-attribution", "care more about", "note",
        id="accusation: cares more about … than"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe owners kept the report hidden from the "
        "council.", "missing-attribution", "kept the report hidden from", "note",
        id="accusation: kept hidden from"),
    Hit(ACCUSATION, "The pier was shut in May.\n\nThe board rushed the sale through without "
        "asking residents.", "missing-attribution", "rushed the sale through", "note",
        id="accusation: rushed through"),
    # -- putting something ahead of people's safety
    Hit(ACCUSATION, "The lights go off at midnight.\n\nThe county has put cutting costs ahead "
        "of the safety of people walking home.", "missing-attribution", "put cutting costs",
        "note", id="accusation: put costs ahead of the safety of"),
    Hit(ACCUSATION, "The new stand opened in August.\n\nBuilding a new stand while the youth "
        "teams go without pitches shows where its real priorities lie.",
        "missing-attribution", "priorities", "note",
        id="accusation: shows where its priorities lie"),
    # -- a saving given as a sure thing, a change someone saw
    Hit(FIGURE, "Two libraries will share one building.\n\nThe move will save £300,000 a year.",
        "missing-attribution", "£300,000", "note", id="figure: will save a sum"),
    Hit(FIGURE, "The town began a bike scheme in 2021.\n\nTowns that have tried the scheme "
        "have seen car journeys fall by 12 per cent.", "missing-attribution", "12 per cent",
        "note", id="figure: have seen something fall by a share"),
    # -- a share that opens its sentence, whatever else the sentence says
    Hit(FIGURE, "The clinic opened in 2019.\n\nAlmost half of what the town's cafés throw away "
        "is bread, and much of it could have been sold.", "missing-attribution", "half of",
        "note", id="figure: a share, with 'could' in another clause"),
    Hit(FIGURE, "The market moved in March.\n\nAround one in four shops on the high street has "
        "closed.", "missing-attribution", "one in four", "note",
        id="figure: around one in four"),
    Hit(FIGURE, "The trust runs five schools. It pays for the buses from its own budget.\n\n"
        "Schools that have tried the buses have seen lateness fall by 30 per cent.",
        "missing-attribution", "30 per cent", "note",
        id="figure: a budget in the paragraph before is no source"),
    Hit(FIGURE, "The bus station reopened in May. It has a new café.\n\nThe mayor was not "
        "there. Fare dodging on the buses has risen by a third since 2022.",
        "missing-attribution", "by a third", "note", id="figure: risen by a third"),
    Hit(FIGURE, "The shelter opened in May. It has 40 beds.\n\nThe mayor was not there. The "
        "number of people sleeping rough has doubled in two years.", "missing-attribution",
        "has doubled", "note", id="figure: has doubled"),
    Hit(FIGURE, "The tip opened in May. It takes garden waste.\n\nThe mayor was not there. The "
        "average family throws away £600 of food a year.", "missing-attribution", "£600",
        "note", id="figure: what the average family does"),
    Hit(FIGURE, "The high street was repaved in May.\n\nHalf the town's cafés have shut since "
        "2019.", "missing-attribution", "Half the", "note", id="figure: half the"),
    Hit(FIGURE, "The lane was widened in May. It has a new path.\n\nThe mayor was away. "
        "Every year, more than 80 riders are hurt on the lane.", "missing-attribution",
        "80 riders are hurt", "note", id="figure: people hurt every year"),
    Hit(FIGURE, "The lane was widened in May. It has a new path.\n\nThe mayor was away. "
        "Since 2019, 12 riders have been hurt on the lane each winter.",
        "missing-attribution", "12 riders have been hurt", "note",
        id="figure: people hurt each winter"),
    # -- a ratio only a count could show, in a paragraph of its own
    Hit(COMPARISON, "The county has 40 fire engines. The county's figures show response times "
        "rose last year.\n\nDrivers on country lanes are three times as likely to crash at "
        "night as drivers in towns.", "missing-attribution", "three times as likely", "note",
        id="comparison: three times as likely, after another paragraph's figures"),
    Hit(COMPARISON, "The school opened in 2015.\n\nGirls at the school are twice as likely to "
        "take science as boys.", "missing-attribution", "twice as likely", "note",
        id="comparison: twice as likely"),
    Hit(COMPARISON, "The lanes were resurfaced in 2022.\n\nThe death rate on country lanes "
        "is three times higher than in towns.", "missing-attribution", "three times higher than",
        "note", id="comparison: three times higher than"),
    # -- a verdict with 'too'
    Hit(VERDICT, "The pier was sold in July.\n\nThe price is far too low for a pier with such "
        "a history.", "missing-attribution", "far too low", "note",
        id="verdict: far too low"),
    Hit(VERDICT, "The plan was published on Monday.\n\nThe new timetable is too slow for "
        "people who work in the city.", "missing-attribution", "too slow", "note",
        id="verdict: too slow"),
    Hit(OPINION, "The rules were set in June.\n\nThe new parking rules go too far.",
        "missing-attribution", "go too far", "note", id="opinion: go too far"),
    Hit(OPINION, "The scheme began in June.\n\nThe scheme is poor value for money.",
        "missing-attribution", "poor value for money", "note", id="opinion: poor value"),
    Hit(OPINION, "The plan was published in June.\n\nThe plan is deeply flawed.",
        "missing-attribution", "deeply flawed", "note", id="opinion: deeply flawed"),
    Hit(OPINION, "The bank shut in June.\n\nThe closure is a cruel blow to the village.",
        "missing-attribution", "a cruel blow to", "note", id="opinion: a blow to"),
    Hit(OPINION, "The bank shut in June.\n\nThe closure will devastate the high street.",
        "missing-attribution", "will devastate", "note", id="opinion: will devastate"),
    Hit(OPINION, "The fair moved in June.\n\nThe move was an utter mess for the traders.",
        "missing-attribution", "utter mess", "note", id="opinion: an utter mess"),
    Hit(OPINION, "The fair moved in June.\n\nThe new fees are pointless and greedy.",
        "missing-attribution", "pointless", "note", id="opinion: pointless"),
    # -- a cause, a forecast or a record set apart in a paragraph of its own
    Hit(CLAIM, "The road flooded in June.\n\nThe flooding is a direct result of cuts to "
        "drainage.", "missing-attribution", "direct result of", "note",
        id="claim: a direct result of"),
    Hit(CLAIM, "The car park opened in June.\n\nThe fall in visitors is mainly due to the "
        "parking charges.", "missing-attribution", "mainly due to", "note",
        id="claim: mainly due to"),
    Hit(CLAIM, "The estate was approved in June.\n\nThe new homes will lead to more traffic "
        "on the lane.", "missing-attribution", "will lead to more", "note",
        id="claim: will lead to more"),
    Hit(CLAIM, "The food bank opened in 2015.\n\nMore families than ever rely on the food "
        "bank.", "missing-attribution", "than ever", "note", id="claim: more … than ever"),
    # -- a short word lost from a fixed phrase
    Hit(MISSING_WORD, "The harbour opened in 1900.\n\nIn event of a storm, the gates will be "
        "shut.", "other", "In event of", "warning", "In the event of",
        id="missing word: in event of"),
    Hit(MISSING_WORD, "The tip will close in May.\n\nThe change comes in line new rules on "
        "recycling.", "other", "in line", "warning", "in line with",
        id="missing word: in line new"),
    Hit(MISSING_WORD, "The shop shut in May.\n\nThe fees rose, and as result the shop shut.",
        "other", "as result", "warning", "as a result", id="missing word: as result"),
    Hit(ACCUSATION, "The bridge was shut in June.\n\nThe county was aware of the rot in the "
        "beams but carried on.", "missing-attribution", "aware of", "note",
        id="accusation: was aware of … but carried on"),
    Hit(ACCUSATION, "The ward closed in May.\n\nThe hospital has failed its patients.",
        "missing-attribution", "failed its patients", "note",
        id="accusation: has failed its patients"),
    Hit(FIGURE, "The bypass opens in May.\n\nThe bypass will cut journey times by 20 per cent.",
        "missing-attribution", "20 per cent", "note", id="figure: will cut … by a share"),
    Hit(FIGURE, "The estate was built in 1980.\n\nRents on the estate are 30% higher than the "
        "national average.", "missing-attribution", "30%", "note",
        id="figure: a share higher than"),
    Hit(OPINION, "The fare rose in May.\n\nThe rise is unacceptable for families on low pay.",
        "missing-attribution", "unacceptable", "note", id="opinion: unacceptable"),
    Hit(OPINION, "The grant was set in June.\n\nThe grant is nowhere near enough to mend the "
        "roof.", "missing-attribution", "nowhere near enough", "note",
        id="opinion: nowhere near enough"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe stalls stood at top of the hill.",
        "other", "at top of", "warning", "at the top of", id="missing word: at top of"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe town is one of biggest in the county.",
        "other", "one of biggest", "warning", "one of the biggest",
        id="missing word: one of biggest"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nA lot people came to the fair.",
        "other", "A lot", "warning", "A lot of", id="missing word: a lot people"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe club is selling land in bid to pay its "
        "debts.", "other", "in bid to", "warning", "in a bid to", id="missing word: in bid to"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe bins will be emptied once week.",
        "other", "once week", "warning", "once a week", id="missing word: once week"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe new station is expected open in 2027.",
        "other", "is expected", "warning", "is expected to", id="missing word: expected open"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nResidents will be able vote in May.",
        "other", "able", "warning", "able to", id="missing word: able vote"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe bus to the fair runs twice day.",
        "other", "twice day", "warning", "twice a day", id="missing word: twice day"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe stalls are shut for foreseeable future.",
        "other", "for foreseeable future", "warning", "for the foreseeable future",
        id="missing word: for foreseeable future"),
    Hit(MISSING_WORD, "The fair opened in May.\n\nThe firm must comply the new rules.",
        "other", "comply", "warning", "comply with", id="missing word: comply the rules"),
    Hit(ACCUSATION, "The river was tested in May.\n\nThe water company has been pumping raw "
        "sewage into the river.", "missing-attribution", "sewage", "note",
        id="accusation: pumping sewage"),
    Hit(ACCUSATION, "The flats were built in 1970.\n\nThe landlord has been overcharging "
        "tenants for heating.", "missing-attribution", "overcharging", "note",
        id="accusation: overcharging tenants"),
    Hit(ACCUSATION, "The depot opened in 2020.\n\nThe firm flouted safety rules at the depot.",
        "missing-attribution", "flouted safety rules", "note",
        id="accusation: flouted safety rules"),
    Hit(OPINION, "The vote was held in June.\n\nThe new timetable is the wrong approach for "
        "a town this size.", "missing-attribution", "the wrong approach", "note",
        id="opinion: the wrong approach"),
    Hit(OPINION, "The grant was set in June.\n\nThe grant is a drop in the ocean for a roof "
        "this size.", "missing-attribution", "drop in the ocean", "note",
        id="opinion: a drop in the ocean"),
    # -- the feelings of people at large, reported as news
    Hit(VAGUE, "The ground was sold in May.\n\nFans are furious about the sale of the ground.",
        "vague-attribution", "Fans are furious", "note", id="vague: fans are furious"),
    Hit(VAGUE, "The rent rose in May.\n\nTenants are worried about the rise in rent.",
        "vague-attribution", "Tenants are worried", "note", id="vague: tenants are worried"),
    # -- a verb that puts the speaker on the defensive, or moans, or sneers
    Hit(LOADED, "The lights were switched off.\n\nThe mayor protested that the lamps could be "
        "turned on at any time.", "other", "protested", "note", "said",
        id="loaded: protested that"),
    Hit(LOADED, "The grant was cut.\n\n“That is simply wrong,” the chairman retorted.",
        "other", "retorted", "note", "said", id="loaded: retorted"),
    Hit(LOADED, "The grant was cut.\n\nThe director bristled that the report was unfair.",
        "other", "bristled", "note", "said", id="loaded: bristled"),
    Hit(LOADED, "The grant was cut.\n\nThe chairman bemoaned that there was no money left.",
        "other", "bemoaned", "note", "said", id="loaded: bemoaned"),
    Hit(LOADED, "The grant was cut.\n\n“Nobody asked us,” the director snapped.",
        "other", "snapped", "note", "said", id="loaded: snapped"),
    Hit(LOADED, "The grant was cut.\n\nThe minister sneered that the plan was a fantasy.",
        "other", "sneered", "note", "said", id="loaded: sneered"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round5_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity and suggestion expected."""
    check_rule_finds(rule, body, expected)


CLAIMS = (FIGURE, COMPARISON, ACCUSATION, VERDICT, OPINION)

CLEAN = [
    # knowing, without blame or a long time
    Miss(CLAIMS, "The match was played on Saturday.\n\nPolice knew about the march."),
    Miss(CLAIMS, "The plans were drawn up in June.\n\nThe council has known about the plans "
         "since Monday."),
    Miss(CLAIMS, "The vote was held on Tuesday.\n\nThe sanctions have done nothing to stop "
         "the missile tests."),
    Miss(CLAIMS, "The pier was shut in May.\n\nA diver said the owners knew the railings were "
         "loose and did nothing. The owners refused to comment."),
    Miss(CLAIMS, "The pier was shut in May.\n\nThe owners were told about the rust in 2021, "
         "and the repairs began in 2022."),
    # a source in the sentence or just before in its paragraph
    Miss(CLAIMS, "The school opened in 2015.\n\nA study by the university found that girls at "
         "the school are twice as likely to take science as boys."),
    Miss(CLAIMS, "The library opened in 2010. The council said the merger would save money.\n\n"
         "Staff said the move will save £300,000 a year."),
    Miss(CLAIMS, "The school opened in 2015. Its head said results had improved.\n\nGirls "
         "at the school are twice as likely to take science as boys, she said."),
    Miss(CLAIMS, "The market moved in March. Figures from the council show the change.\n\n"
         "According to the figures, around one in four shops on the high street has closed."),
    # a figure that is not a statistic, and words of plain fact
    Miss(CLAIMS, "The council met on Tuesday.\n\nThe council will pay £300,000 for the roof."),
    Miss(CLAIMS, "The grant was set in May.\n\nThe council cut the grant by 20 per cent."),
    Miss(CLAIMS, "The count ended at 2am.\n\nTurnout was 5% higher than in 2019, the council "
         "said."),
    Miss(CLAIMS, "The exam was in June.\n\nShe failed the test twice."),
    Miss(CLAIMS, "The flood hit in March.\n\nHe has seen his rent rise by 6 per cent."),
    Miss(CLAIMS, "The lane was widened in May.\n\nTwo riders were hurt on the lane on Monday, "
         "a day after it opened."),
    Miss(CLAIMS, "The council met on Tuesday.\n\nIt is too early to say whether the plan will "
         "work."),
    Miss(CLAIMS, "The ferry sailed at noon.\n\nThe harbour has twice as many berths as the old "
         "one, the harbour master said."),
    Miss(CLAIMS, "The club was sold in May.\n\nThe club has doubled its offer to the players, "
         "and the mayor has doubled down. Half the time the buses are late."),
    Miss(CLAIMS, "The cafés were counted in May.\n\nThe council has halved the grant to the "
         "market."),
    Miss(CLAIMS, "The bank shut in June.\n\nThe new shop is a welcome addition, the mayor "
         "said. “It goes too far,” a trader said."),
    Miss(CLAIM, "The road flooded in June.\n\nThe delay was due to a signal failure."),
    Miss(CLAIM, "The road flooded in June.\n\nBoth men said then that warming is caused by "
         "people."),
    # a paragraph before that cites a document
    Miss(FIGURE, "The survey of 2,000 shoppers was published on Monday.\n\nAround one in four "
         "shops on the high street has closed."),
    Miss(FIGURE, "The council met on Monday.\n\nSpending hit £2 million, an analysis of the "
         "council's accounts shows. That is more than last year.\n\nNearly half the money "
         "went on roads."),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round5_clean(rules, body):
    """Near misses from edited news: none of the rules may circle anything."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]


QUIET_PHRASES = [
    Miss(MISSING_WORD, "The crowd waited in line for hours."),
    Miss(MISSING_WORD, "She is next in line to lead the party."),
    Miss(MISSING_WORD, "Fees rose in line with inflation."),
    Miss(MISSING_WORD, "Fans stood in line the whole morning."),
    Miss(MISSING_WORD, "In the event of a storm, the gates will be shut."),
    Miss(MISSING_WORD, "As a result, the shop shut."),
    Miss(MISSING_WORD, "A lot has changed since May, and a lot depends on the vote."),
    Miss(MISSING_WORD, "She was paid for while she trained, and the boy she looked after while "
         "his mother worked is now 20."),
    Miss(MISSING_WORD, "Once Year 11 pupils leave, the hall is free. The new station is expected "
         "to open in 2027 and is likely to cost more."),
    Miss(MISSING_WORD, "The firm must comply with the new rules, and was able to show it."),
    Miss(MISSING_WORD, "He is expected home tonight, and the plan is set back a year. She was "
         "able bodied. The bill is expected soon. They are likely voters."),
    Miss(MISSING_WORD, "At the top of the hill stands one of the biggest oaks in England."),
    Miss(LOADED, "Hundreds of residents protested outside the town hall."),
    Miss(LOADED, "The rope snapped, and the dog sniffed the bag."),
    Miss(VAGUE, "The ground was sold in May.\n\nThe club's fans are furious about the sale, "
         "and 200 tenants are worried about the rent."),
    Miss(("sourcing.anonymous", VAGUE), "The flats were inspected in May.\n\nThe court heard "
         "that the flats were inspected after a tenant complained about the damp."),
    Miss(MISSING_WORD, "Once day breaks, the work starts. It matters a lot, work or no work."),
    Miss(LOADED, "Students protested against the plan."),
]


@needs_model
@pytest.mark.parametrize("rules, body", QUIET_PHRASES)
def test_round5_quiet_phrases(rules, body):
    """Phrases that are right as written, and 'protest' as an act, not a way of speaking."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

"""Round 6 of issue 15, figures: the round-5 rules widened from the sentences they were
written for to the shapes English gives them. A fraction in words against a count out of a
group, a percentage, a sum's whole and a change between two numbers; a count and the list of
its parts; a team's results against its games; a vote with abstentions against those at the
meeting; a sum to each of N against the whole paid; years since a year and a record named
two ways; an age then against an age now and an age at death against the years of a life; a
deed of the lead named again on another day; a closing time moved against the hours lost.
Every sentence was written for this file, in several orders, tenses, number styles, hedges
and units; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

SHARE, DIFF, PARTS, VOTES = ("figures.share-of-whole", "figures.difference", "figures.count-parts",
                             "figures.parts-over-whole")
EACH, SINCE, AGE, EVENT, LOST = ("figures.price-times-count", "figures.years-since",
                                 "figures.age-from-year", "figures.event-two-dates",
                                 "figures.hours-lost")
SC, W = "self-contradiction", "warning"

FOUND = [
    # -- a count out of a group counted just before, as a fraction
    Hit(SHARE, "The club polled 300 members in May. It said 120 of them, nearly two-thirds, "
        "wanted a new pitch.", SC, "nearly two-thirds", W, related=["300 members"],
        id="fraction: of them, nearly"),
    Hit(SHARE, "Inspectors visited 80 farms; 60 of those, about half, had broken fences.",
        SC, "about half", W, id="fraction: of those, about"),
    Hit(SHARE, "Of 1,000 drivers stopped, 150 of them, more than a third, had no insurance.",
        SC, "more than a third", W, id="fraction: more than"),
    Hit(SHARE, "The trust surveyed 90 nurses last winter, and 50 of them (a quarter) said they "
        "would leave.", SC, "a quarter", W, id="fraction: in brackets"),
    Hit(SHARE, "Police checked 400 bikes. Just 300 of them, less than half, were locked.",
        SC, "less than half", W, id="fraction: less than"),
    Hit(SHARE, "The charity asked 500 tenants, and 200 of them, nearly three in four, said "
        "their homes were damp.", SC, "nearly three in four", W,
        id="fraction: nearly three in four"),
    # -- a percentage restated as a fraction
    Hit(SHARE, "Turnout was 45 per cent of the electorate, less than a third of those "
        "registered.", SC, "less than a third", W, related=["45"],
        id="percent as fraction: less than"),
    Hit(SHARE, "Sales reached 20% of the target, almost half of what was planned.", SC,
        "almost half", W, id="percent as fraction: almost, sign"),
    Hit(SHARE, "The river was at 70 percent of its usual level, about a third of normal.", SC,
        "about a third", W, id="percent as fraction: about, US spelling"),
    Hit(SHARE, "Bookings fell to 10 per cent of last year's, or a quarter of the usual "
        "number.", SC, "a quarter", W, id="percent as fraction: or"),
    Hit(SHARE, "Two-thirds of the tenants, or 40 per cent, signed the letter.", SC, "40", W,
        id="fraction as percent"),
    # -- a sum said to be a fraction of the one cost the article gives
    Hit(SHARE, "The £9 million pool opens next year.\n\nAbout a third of the cost, £4 million, "
        "came from the lottery.", SC, "£4 million", W, related=["£9 million"],
        id="sum: about a third of the cost"),
    Hit(SHARE, "The $40 million stadium was paid for in part by the state. Half of the total, "
        "$25 million, came from bonds.", SC, "$25 million", W, id="sum: half of the total"),
    Hit(SHARE, "The bridge is costing €12m.\n\nA quarter of the bill, €6m, falls on the "
        "county.", SC, "€6m", W, id="sum: costing, a quarter of the bill"),
    Hit(SHARE, "A £600,000 roof repair starts in May. More than half of the cost, £200,000, is "
        "from a grant.", SC, "£200,000", W, id="sum: more than half"),
    Hit(SHARE, "The new $3 million library wing opened on Friday. Nearly two-thirds of its "
        "cost, $1.2 million, was raised by parents.", SC, "$1.2 million", W,
        id="sum: nearly two-thirds of its cost"),
    # -- a change by a fraction between two numbers
    Hit(DIFF, "The board has cut its budget by a quarter since 2019, from £8 million to £7 "
        "million.", SC, "a quarter", W, related=["£8 million", "£7 million"],
        id="change: cut by a quarter"),
    Hit(DIFF, "Membership grew by half, from 400 to 520.", SC, "half", W,
        id="change: grew by half, counts"),
    Hit(DIFF, "Fares have risen by more than a third in five years, from $2.40 to $2.90.", SC,
        "more than a third", W, id="change: more than a third, dollars"),
    Hit(DIFF, "Attendance went from 12,000 in 2020 to 10,000, a fall of a third.", SC,
        "a third", W, id="change: a fall of"),
    Hit(DIFF, "Rents were raised by nearly a fifth, from €900 to €1,200.", SC,
        "nearly a fifth", W, id="change: nearly a fifth, euros"),
    # -- a count and the list of its parts
    Hit(PARTS, "The school's six coaches, two for football, two for netball and one for "
        "hockey, met on Monday.", SC, "six", W, related=["one"],
        id="parts: fewer parts than the count"),
    Hit(PARTS, "The firm employs 50 people: 30 in the factory and 25 in the office.", SC,
        "25", W, related=["50 people"], id="parts: more than the count"),
    Hit(PARTS, "Police made 14 arrests – eight in the city centre, three at the ground, and "
        "two on trains.", SC, "14", W, id="parts: dash, serial comma"),
    Hit(PARTS, "There were nine candidates, four from Labour, three from the Greens and one "
        "from Reform.", SC, "nine", W, id="parts: from"),
    Hit(PARTS, "The charity has trained 200 volunteers so far: 120 in Leeds, 60 in York and "
        "40 in Hull.", SC, "40", W, id="parts: three places, so far"),
    Hit(PARTS, "The block's five labs – two chemistry labs, one biology lab and one physics "
        "lab – flooded.", SC, "five", W, id="parts: the counted noun again"),
    Hit(PARTS, "The trust has 300 staff, of whom 120 work in Leeds and 190 in York.", SC,
        "190", W, id="parts: of whom"),
    # -- a team's results against its games
    Hit(PARTS, "United won 20, drew six and lost eight of their 32 league matches.", SC,
        "eight", W, related=["of their 32 league matches"], id="record: verbs, more"),
    Hit(PARTS, "In 30 games the side had 18 wins, 5 draws and 4 defeats.", SC, "4", W,
        id="record: nouns, fewer"),
    Hit(PARTS, "The club played 26, won 14, drew seven and lost six.", SC, "six", W,
        id="record: played first"),
    Hit(PARTS, "She lost three and won 12 of her 14 fights.", SC, "12", W,
        id="record: two outcomes already too many"),
    Hit(PARTS, "Rovers drew nine, won eight and lost 10 of their 25 matches.", SC, "10", W,
        id="record: another order"),
    # -- a vote with abstentions against those at the meeting
    Hit(VOTES, "The board voted six to three, with two abstentions, at a meeting attended by "
        "all 10 of its members.", SC, "10", W, id="vote: abstentions, attended by all"),
    Hit(VOTES, "The trustees voted 5-4 with one abstention. All nine trustees were there.",
        SC, "voted 5-4", W, id="vote: all N trustees"),
    Hit(VOTES, "The panel voted seven to two, and one member abstained, in a session attended "
        "by nine members.", SC, "nine", W, id="vote: one abstained, attended by"),
    Hit(VOTES, "The council's 11 councillors met on Tuesday. They voted 8-3, with two "
        "abstaining.", SC, "voted 8-3", W, id="vote: the body's size, abstaining"),
    Hit(VOTES, "The five-member board voted 3-2, with one abstention.", SC, "voted 3-2", W,
        id="vote: N-member board"),
    # -- a sum to each of N against the whole paid to them
    Hit(EACH, "A hospital must pay £50,000 to six families.\n\nThe judge awarded £9,000 to "
        "each of the six families.", SC, "£9,000", W, related=["£50,000"],
        id="each: to each of the six"),
    Hit(EACH, "The 10 winners share a $100,000 prize.\n\nThe 10 winners will each "
        "receive $12,000.", SC, "$12,000", W, id="each: will each receive"),
    Hit(EACH, "The four staff were paid £60,000 in compensation.\n\nThe firm paid £12,000 to each "
        "of the four staff.", SC, "£12,000", W, id="each: paid to each of the four staff"),
    Hit(EACH, "The council gave €3,000 each to 12 clubs. In all, the 12 clubs got €30,000 "
        "from the fund.", SC, "€3,000", W, id="each: each to N clubs"),
    Hit(EACH, "Three victims were awarded £45,000. A court ordered £12,000 for each of the "
        "three victims.", SC, "£12,000", W, id="each: for each of"),
    # -- years since a year, and a record named two ways
    Hit(SINCE, "FENBY, 2 March 2026 — The fair has been held in the park since 1990.\n\n"
        "After 30 years in the park, it moves to the showground.", SC, "30 years", W,
        related=["1990"], id="since: after N years in"),
    Hit(SINCE, "ELTON, June 5, 2025 — After more than 40 years at the mill, the band plays "
        "its last gig.\n\nThe band has rehearsed at the mill since 1995.", SC, "1995", W,
        id="since: more than, later year"),
    Hit(SINCE, "ROWE, 1 May 2026 — It was the wettest April since 1981, the Met Office said."
        "\n\nForecasters called it the wettest April for 30 years.", SC, "30 years", W,
        id="record: since, then for N years"),
    Hit(SINCE, "ROWE, 1 May 2026 — Officials said it was the hottest summer in 20 years.\n\n"
        "It was the hottest summer since 1995, said a farmer.", SC, "1995", W,
        id="record: in N years, then since"),
    Hit(SINCE, "ROWE, 1 May 2026 — The worst floods since 2000 hit the town.\n\nResidents "
        "said it was the worst floods for almost 30 years.", SC, "30 years", W,
        id="record: almost"),
    Hit(SINCE, "KNOLL, 9 July 2026 — Farmers blamed the driest June in three decades.\n\n"
        "It was the driest June since 1976, the Met Office said.", SC, "1976", W,
        id="record: decades"),
    Hit(SINCE, "KNOLL, 9 July 2026 — The choir has sung in the abbey since 2001.\n\nIts 20 "
        "years in the abbey end this summer.", SC, "20 years", W, id="since: its N years"),
    # -- an age then against an age now; an age at death against the years of a life
    Hit(AGE, "Jean Hart, 70, was a nurse for 40 years.\n\nHart, who retired at 72, still "
        "volunteers.", SC, "72", W, related=["70"], id="age then: retired at"),
    Hit(AGE, "Tom Ellis, 19, plays in goal.\n\nEllis, whose father died when he was young, "
        "was signed aged 21 by the club.", SC, "21", W, id="age then: aged"),
    Hit(AGE, "The poet Ann Marr (1901–1960) lived in Leeds. Marr died in York at 65.", SC,
        "65", W, related=["1901–1960"], id="death: died at"),
    Hit(AGE, "The museum shows work by Otto Brand (1850-1920). Brand, who died aged 62, "
        "painted ships.", SC, "62", W, id="death: who died aged"),
    Hit(AGE, "Jo Kerr, 45, runs the café.\n\nKerr, who had her first job at 50, said trade was "
        "slow.", SC, "50", W, id="age then: had her first job at"),
    Hit(AGE, "Rob Lane, 52, lost his job last year.\n\nLane was 55 when the mine shut.", SC,
        "55", W, id="age then: was N when"),
    Hit(AGE, "Rob Lane, 52, lost his job last year.\n\nAt 58, Lane moved to Hull.", SC, "58",
        W, id="age then: At N, name"),
    Hit(AGE, "Rob Lane, 52, lost his job last year.\n\nLane started at the mine aged 60.",
        SC, "60", W, id="age then: no who"),
    # -- the lead's deed named again on another day
    Hit(EVENT, "Rovers won the cup on Saturday with a late goal.\n\nFans said Sunday's win "
        "was the best in years.", SC, "Sunday", W, "Saturday", related=["Saturday"],
        id="deed: won, then a win"),
    Hit(EVENT, "Staff voted on Monday to accept the offer.\n\nUnion leaders welcomed "
        "Wednesday's vote.", SC, "Wednesday", W, "Monday", id="deed: voted, then a vote"),
    Hit(EVENT, "On Friday the mayor cut the ribbon at the new bridge.\n\nAt Thursday's "
        "ribbon-cutting, a choir sang.", SC, "Thursday", W, "Friday",
        id="deed: cut the ribbon, day first"),
    Hit(EVENT, "Workers walked out on Tuesday over pay.\n\nThe walkout on Thursday closed "
        "three schools.", SC, "Thursday", W, "Tuesday", id="deed: walked out, the walkout on"),
    Hit(EVENT, "The team lost 2-0 to Ashby on Sunday.\n\nThe manager said Saturday's defeat "
        "hurt.", SC, "Saturday", W, "Sunday", id="deed: lost, then a defeat"),
    # -- a closing time moved against the hours said lost
    Hit(LOST, "The pool will close at 7pm instead of 9pm from June.\n\nSwimmers will lose "
        "three hours every evening.", SC, "three hours", W, related=["close at 7pm instead of "
        "9pm"], id="moved: instead of, lose"),
    Hit(LOST, "From May the museum opens at 11am rather than 10am.\n\nVisitors get two hours "
        "less each day.", SC, "two hours less", W, id="moved: rather than, less"),
    Hit(LOST, "The bar must shut at 11pm, down from 1am.\n\nThe owner said closing 3 hours "
        "earlier would ruin him.", SC, "3 hours earlier", W, id="moved: down from, earlier"),
    Hit(LOST, "Its closing time moves from 10pm to 6pm on Sundays.\n\nStaff said they would "
        "lose five hours of pay a day.", SC, "five hours", W, id="moved: closing time moves"),
    Hit(LOST, "The café's closing time will be brought forward from 6pm to 4pm.\n\nRegulars "
        "lose an hour every day.", SC, "an hour", W, id="moved: brought forward, an hour"),
    Hit(LOST, "The café's closing time will be brought forward from 6pm to 3pm.\n\nRegulars "
        "lose two hours every day.", SC, "two hours", W, id="moved: brought forward"),
    Hit(LOST, "The shop will close at 5 p.m. instead of 8 p.m.\n\nShoppers lose two hours "
        "each evening.", SC, "two hours", W, id="moved: US clock"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round6_figures_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(SHARE, "The club polled 300 members. It said 190 of them, nearly two-thirds, wanted "
         "a new pitch.", id="clean: nearly two-thirds, right"),
    Miss(SHARE, "Inspectors visited 80 farms; 41 of those, about half, had broken fences.",
         id="clean: about half, right"),
    Miss(SHARE, "The charity asked 500 tenants, and 360 of them, nearly three in four, said "
         "their homes were damp.", id="clean: three in four, right"),
    Miss(SHARE, "Police checked 400 bikes in 2019. Just 150 of them were locked, less than "
         "half.", id="clean: the fraction not beside the count"),
    Miss(SHARE, "Turnout was 30 per cent of the electorate, less than a third of those "
         "registered.", id="clean: percent as fraction, right"),
    Miss(SHARE, "The party won 40 per cent of the vote, nearly half of the seats.",
         id="clean: a fraction of another whole"),
    Miss(SHARE, "Sales reached 48% of the target, almost half of what was planned.",
         id="clean: almost half, right"),
    Miss(SHARE, "The £9 million pool opens next year.\n\nAbout a third of the cost, £3 "
         "million, came from the lottery.", id="clean: a third of the cost, right"),
    Miss(SHARE, "The £9 million pool and the £16 million school open next year.\n\nA quarter "
         "of the cost, £4 million, came from the lottery.",
         id="clean: the fraction fits another sum"),
    Miss(SHARE, "A quarter of the cost, £4 million, came from the lottery.",
         id="clean: no whole given"),
    Miss(DIFF, "The board has cut its budget by a quarter, from £8 million to £6 million.",
         id="clean: cut by a quarter, right"),
    Miss(DIFF, "Membership grew by half, from 2010 to 2015.", id="clean: years"),
    Miss(PARTS, "The school's six coaches, two for football, two for netball and two for "
         "hockey, met on Monday.", id="clean: parts add up"),
    Miss(PARTS, "The block's five labs – two chemistry labs, two biology labs and one physics "
         "lab – flooded.", id="clean: the counted noun again, right"),
    Miss(PARTS, "The firm employs about 50 people: 30 in the factory and 25 in the office.",
         id="clean: a hedged count"),
    Miss(PARTS, "Police made 14 arrests, including eight in the city centre and three at the "
         "ground.", id="clean: including"),
    Miss(PARTS, "There were nine candidates, four from Labour and three from the Greens, "
         "among others.", id="clean: among others"),
    Miss(PARTS, "Of the club's 50 members, 30 were women and 25 were over 60.",
         id="clean: overlapping groups"),
    Miss(PARTS, "The 50 members, 30 of them women and 25 over 60, met on Monday.",
         id="clean: overlapping groups in apposition"),
    Miss(PARTS, "United have won 5 of their 8 games this season, while Rovers, a club with a "
         "bigger budget, lost 4.", id="clean: two teams' results"),
    Miss(PARTS, "United won 20, drew six and lost six of their 32 league matches.",
         id="clean: record adds up"),
    Miss(PARTS, "She won 12 and lost one of her 14 fights.", id="clean: two outcomes, fewer"),
    Miss(PARTS, "United won 3-1 on Saturday and lost 2-0 in 2 games last month.",
         id="clean: scores are not counts"),
    Miss(VOTES, "The board voted six to three, with one abstention, at a meeting attended by "
         "all 10 of its members.", id="clean: the vote fits those there"),
    Miss(VOTES, "The panel voted seven to two in a session attended by nine members.",
         id="clean: no abstention"),
    Miss(EACH, "A hospital must pay £54,000 to six families.\n\nThe judge awarded £9,000 to "
         "each of the six families.", id="clean: each fits"),
    Miss(EACH, "A hospital must pay £50,000 in costs.\n\nThe judge awarded £9,000 to each of "
         "the six families.", id="clean: the whole is for something else"),
    Miss(EACH, "The judge awarded £9,000 to each of the six families and £2,000 to each of "
         "the four others.", id="clean: no whole"),
    Miss(SINCE, "FENBY, 2 March 2026 — The fair has been held in the park since 1990.\n\n"
         "After 36 years in the park, it moves to the showground.", id="clean: years fit"),
    Miss(SINCE, "FENBY, 2 March 2026 — The fair has been held in the park since 1990.\n\n"
         "After 10 years in the job, the organiser is retiring.", id="clean: another span"),
    Miss(SINCE, "ROWE, 1 May 2026 — It was the wettest April since 1981.\n\nIt was the "
         "wettest April for more than 40 years.", id="clean: more than, right"),
    Miss(SINCE, "It was the wettest April since 1981.\n\nIt was the wettest April for 30 "
         "years.", id="clean: no date for the article"),
    Miss(SINCE, "KNOLL, 9 July 2026 — Farmers blamed the driest June in five decades.\n\n"
         "It was the driest June since 1976, the Met Office said.", id="clean: decades, right"),
    Miss(SINCE, "ROWE, 1 May 2026 — Unemployment is at its highest level since 2010.\n\n"
         "Inflation is at its highest level in 40 years.", id="clean: two series' records"),
    Miss(AGE, "Jean Hart, 70, was a nurse for 40 years.\n\nHart, who retired at 65, still "
         "volunteers.", id="clean: younger then"),
    Miss(AGE, "Jean Hart, 70, will retire at 72.", id="clean: an age to come"),
    Miss(AGE, "Jean Hart, 70, runs the farm.\n\nHart, who is expected to retire at 72, has no "
         "heir.", id="clean: expected, an age to come"),
    Miss(AGE, "Jean Hart, 70, lives at 72 Mill Lane.\n\nHart, who was born there, lived at "
         "74 Mill Lane.", id="clean: house numbers"),
    Miss(AGE, "Rob Lane, 52, lost his job last year.\n\nLane was 25 when the mine shut, and "
         "started there aged 16.", id="clean: younger then, two ways"),
    Miss(AGE, "Rob Lane, 52, lost his job last year.\n\nLane hopes to retire at 60.",
         id="clean: an age hoped for"),
    Miss(AGE, "The poet Ann Marr (1901–1960) lived in Leeds. Marr died in York at 58.",
         id="clean: died at the right age"),
    Miss(EVENT, "Rovers won the cup on Saturday.\n\nFans recalled Sunday's win over Ashby in "
         "the league. United won on Sunday too.", id="clean: wins on two days"),
    Miss(EVENT, "Rovers won the cup on Saturday with a late goal.\n\nFans said Saturday's win "
         "was the best in years.", id="clean: the same day"),
    Miss(EVENT, "Rovers won the cup on Saturday.\n\nSunday's victory parade drew 5,000 fans.",
         id="clean: a noun of a noun"),
    Miss(EVENT, "The House voted on Tuesday to pass the bill.\n\nThursday's vote in the Senate "
         "will be closer.", id="clean: a vote to come"),
    Miss(EVENT, "Rovers played well.\n\nThe manager was sacked.\n\nThey won on Saturday, and "
         "Sunday's win followed.", id="clean: not the lead's deed"),
    Miss(LOST, "The pool will close at 7pm instead of 9pm from June.\n\nSwimmers will lose "
         "two hours every evening.", id="clean: moved hours fit"),
    Miss(LOST, "The pool will close at 7pm instead of 9pm from June.\n\nSwimmers will lose "
         "10 hours a week.", id="clean: a week's hours"),
    Miss(LOST, "The gym will close at 9pm instead of 11pm on weekdays, and will also open an "
         "hour later at weekends.", id="clean: another time moved"),
    Miss(LOST, "The café will close at 5pm instead of 6pm.\n\nRegulars lose an hour each "
         "evening.", id="clean: an hour, right"),
    Miss(LOST, "The library will close at 8pm instead of 10pm.\n\nStaff will lose three hours "
         "of overtime.", id="clean: hours of something else"),
    Miss(LOST, "The pool will close at 7pm instead of 9pm, and open at 8am instead of 6am."
         "\n\nSwimmers lose four hours a day.", id="clean: two moves"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round6_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

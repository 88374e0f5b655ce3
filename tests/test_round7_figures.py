"""Round 7 of issue 15, figures: sums a sentence does for the reader, read from the words that
name the sum rather than from one layout. Parts and the whole they are said to make
('combined', 'in total', 'altogether'), a remainder ('of that … the remaining'), a change
after 'from A to B' ('an extra', 'a rise of'), a count out of a group with its percentage, a
vote's tally against those said to have voted one way, a score against its winning margin,
and a start date, a length and an end date. Every sentence was written for this file, in
several orders, tenses, number styles, hedges and units; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

SUM, VOTE, MARGIN, LENGTH = ("figures.sum-in-words", "figures.vote-count",
                             "figures.winning-margin", "figures.date-after-length")
SINCE, STAKE, AGED = ("figures.time-since-event", "figures.stake-two-ways",
                      "figures.age-against-past")
SC, W = "self-contradiction", "warning"

FOUND = [
    # -- two parts and the whole they make
    Hit(SUM, "The north site employs 230 people and the south site 145, giving the firm a "
        "combined workforce of 365.", SC, "365", W, id="sum: combined, giving"),
    Hit(SUM, "Donors gave £12,500 in March and £8,000 in April, £21,500 in total.", SC,
        "£21,500", W, id="sum: money, in total"),
    Hit(SUM, "Between them, the two libraries lent 4,200 books and 3,900 books last year, "
        "a total of 8,000.", SC, "8,000", W, id="sum: a total of"),
    Hit(SUM, "Ward A had twelve cases and ward B had nine, making 23.", SC, "23", W,
        id="sum: words then digits, making"),
    Hit(SUM, "The county will spend $1.2 million on roads and $800,000 on bridges, $2.5 "
        "million altogether.", SC, "$2.5 million", W, id="sum: US money, scales, altogether"),
    # -- a remainder of a whole said just before
    Hit(SUM, "The festival raised £60,000. Of that, £45,000 went to the hospice and the "
         "remaining £20,000 to the lifeboat station.", SC, "£20,000", W,
        id="remainder: of that, the remaining"),
    Hit(SUM, "The district received $3 million in grants. Of this, $1.8 million is for "
        "schools and the other $1.5 million will go to parks.", SC, "$1.5 million", W,
        id="remainder: of this, the other"),
    # -- a change after from ... to
    Hit(SUM, "Visitor numbers rose from 12,000 in 2022 to 19,500 last year, an increase of "
        "5,500.", SC, "5,500", W, id="change: increase of, years between"),
    Hit(SUM, "The port expects to handle 2.4 million tonnes, up from 1.9 million; the plan "
        "would take it from 1.9 million tonnes to 2.4 million, an extra 0.7 million tonnes.",
        SC, "0.7 million", W, id="change: an extra, scales"),
    Hit(SUM, "Staff numbers will go from 410 to 350 by March, a cut of 70.", SC, "70", W,
        id="change: a cut of"),
    # -- a count out of a group and its percentage
    Hit(SUM, "Of the 200 parents who replied, 130, or 75 per cent, backed the change.", SC,
        "75 per cent", W, id="percent: per cent"),
    Hit(SUM, "Out of 40 clubs that entered, 10, or 20%, were from abroad.", SC, "20%", W,
        id="percent: out of, %"),
    Hit(SUM, "Among the 600 tenants surveyed last spring, 150, about 35 percent, said the "
        "heating had failed.", SC, "35 percent", W, id="percent: among, US percent"),
    # -- a vote's tally against those said to have voted one way
    Hit(VOTE, "Councillors voted by nine votes to four to approve the plan.\n\nThe five "
        "councillors who voted against want a new vote.", SC, "five", W,
        id="vote: by votes to, against"),
    Hit(VOTE, "The school board voted 6-3 on Monday to close the pool.\n\nMs Ray, one of "
        "seven members who voted for the closure, said it was costly.", SC, "seven", W,
        id="vote: one of N who voted for"),
    Hit(VOTE, "The committee voted eight to one to approve the budget.\n\nTwo members voted "
        "against, saying it was too high.", SC, "Two", W, id="vote: N voted against"),
    Hit(VOTE, "After the 4-1 vote, the two trustees who had voted in favour of the sale "
        "left.", SC, "two", W, id="vote: in favour, had voted"),
    Hit(VOTE, "Senators voted 60-40 to pass the bill.\n\nThe 38 senators that voted against "
        "it were all Republicans.", SC, "38", W, id="vote: that voted, US"),
    # -- a score and its margin
    Hit(MARGIN, "Rovers beat Town 24-10 at home on Saturday.\n\nThe coach said the 10-point "
        "win was deserved.", SC, "10-point win", W, id="margin: digits"),
    Hit(MARGIN, "The Hawks won 88-79 in the final.\n\nIt was their first title, and the "
        "twelve-point victory was their widest of the season.", SC, "twelve-point victory",
        W, id="margin: words, victory"),
    Hit(MARGIN, "City lost 2-0 to United in the derby.\n\nAfter the one-goal defeat the "
        "manager was sacked.", SC, "one-goal defeat", W, id="margin: a defeat"),
    Hit(MARGIN, "The Lions beat the Bears 31-17 on Sunday.\n\nCoaches praised the defence "
        "after a 12 point margin.", SC, "12 point margin", W, id="margin: spaced, margin"),
    Hit(MARGIN, "The women's team won 3-2 in the final.\n\nThe two-goal win sends them "
        "to the national finals.", SC, "two-goal win", W, id="margin: a goal"),
    # -- a start date, a length and an end date
    Hit(LENGTH, "Voting opens on 1 June and lasts for three weeks, ending on 29 June.", SC,
        "29 June", W, id="length: lasts, ending"),
    Hit(LENGTH, "The roadworks began on March 2 and ran for six weeks, finishing on April 20.",
        SC, "April 20", W, id="length: US dates, past tense"),
    Hit(LENGTH, "The trial starts on 10 October, runs for 10 days and ends on 30 October.", SC,
        "30 October", W, id="length: days"),
    Hit(LENGTH, "The consultation opened on Friday 4 December and ran for 12 weeks, until "
        "Friday 19 February.", SC, "19 February", W, id="length: across the new year"),
    Hit(LENGTH, "The pool reopens on 5 May and will run for eight weeks, closing on Sunday "
        "5 July.", SC, "5 July", W, id="length: weekday before the end"),
    # -- a length of time since an event dated elsewhere, against the dateline
    Hit(SINCE, "DALBY, 30 June 2025 —\n\nThe new bridge opened on 2 June, a year late.\n\n"
        "In the ten weeks since the bridge opened, traffic has halved.", SC, "ten weeks", W,
        id="since: weeks, British dates"),
    Hit(SINCE, "MILTON, October 20, 2026 —\n\nThe plant closed in March 2021, and 300 jobs "
        "went.\n\nNearly eight years after the plant closed, the site is still empty.", SC,
        "eight years", W, id="since: nearly, years, US dateline"),
    Hit(SINCE, "HOLT, 14 May 2026 —\n\nThe scheme, which was run by volunteers, started on "
        "1 April.\n\nSix months after the scheme started, 200 families have joined.", SC,
        "months", W, id="since: months, a long subject"),
    Hit(SINCE, "ASHBY, Monday 9 March 2026 —\n\nThe firm went bust on 5 January.\n\n"
        "Creditors said that in the 20 weeks since the firm went bust they had heard nothing.",
        SC, "20 weeks", W, id="since: a verb and its particle"),
    Hit(SINCE, "LEIGH, 1 December 2025 —\n\nThe council launched the app on Friday 3 "
        "October.\n\nMore than three months since the council launched it, few use it.", SC,
        "three months", W, id="since: more than, too few"),
    # -- one owner's stake in one thing given two ways
    Hit(STAKE, "Harbour Leisure will own 60 per cent of the marina.\n\nHarbour Leisure, which "
        "owns 65 per cent of the marina, said berths would be cheaper.", SC, "65 per cent", W,
        id="stake: will own, which owns"),
    Hit(STAKE, "Northgate Energy holds 51% of the farm.\n\nNorthgate controls 49% of the "
        "farm, a spokesman said.", SC, "49%", W, id="stake: holds, controls, %"),
    Hit(STAKE, "The Kestrel Group owns a 40 percent stake in the stadium.\n\nKestrel, which "
        "owns 45 percent of the stadium, declined to comment.", SC, "45 percent", W,
        id="stake: US percent, a stake in"),
    Hit(STAKE, "Ms Obi owns 25 per cent of the bakery.\n\nObi, who owns 20 per cent of the "
        "bakery, said she would stay.", SC, "20 per cent", W, id="stake: a person"),
    Hit(STAKE, "Alder Homes will hold 35.5 per cent of the site; the council keeps the rest."
        "\n\nAlder Homes, which holds 33.5 per cent of the site, must start work soon.", SC,
        "33.5 per cent", W, id="stake: decimals"),
    # -- an age now against an age in a year the person names
    Hit(AGED, "YORK, 3 March 2026 —\n\nTom Reed, 70, said: “I joined the force in 1975, at "
        "the age of 29.”", SC, "70", W, id="aged: at the age of"),
    Hit(AGED, "BOSTON, May 4, 2025 —\n\nAnna Cole, 45, started the firm aged 30 in 2001, "
        "she said.", SC, "45", W, id="aged: aged N in YEAR"),
    Hit(AGED, "LEEDS, 1 June 2024 —\n\nPriest, 52, was ordained in 1990, aged 22.", SC, "52",
        W, id="aged: in YEAR, aged"),
    Hit(AGED, "DERBY, Friday 2 October 2026 —\n\nMs Hall, 38, who moved here in 2016 when "
        "she was 20, runs the café.", SC, "38", W, id="aged: when she was"),
    Hit(AGED, "AKRON, January 5, 2026 —\n\nThe mayor, Ruth Lang, 81, said she first voted at "
        "18 in 1960.", SC, "81", W, id="aged: at N in YEAR"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round7_figures_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(SUM, "The north site employs 230 people and the south site 145, a combined "
         "workforce of 375.", id="clean: combined, right"),
    Miss(SUM, "The east ward has about 120 beds and the west ward 95, a combined total of "
         "205.", id="clean: hedged part"),
    Miss(SUM, "Three schools with 120, 95 and 60 pupils will join, a combined roll of 215.",
         id="clean: three parts"),
    Miss(SUM, "In 2019 and 2020 the club lost £5,000, £9,000 in total.",
         id="clean: years are not parts"),
    Miss(SUM, "The festival raised £60,000. Of that, £45,000 went to the hospice and the "
         "remaining £15,000 to the lifeboat station.", id="clean: remainder, right"),
    Miss(SUM, "Passengers rose from 3.1 million to 5.4 million, an extra 2.3 million.",
         id="clean: change, right"),
    Miss(SUM, "Staff will go from 410 to 350, a cut of about 50.", id="clean: hedged change"),
    Miss(SUM, "Of the 48 shops that answered, 36, or 75%, said they would lose money.",
         id="clean: percent, right"),
    Miss(SUM, "Of the 30 pupils, 10, or 33%, passed.", id="clean: percent, rounded"),
    Miss(VOTE, "The board voted 7-2 to sell the land.\n\nThe two members who voted against "
         "said the price was too low.", id="clean: vote, right"),
    Miss(VOTE, "The committee voted 5-2 for the plan.\n\nThe full council later voted 30-12."
         "\n\nThe 12 councillors who voted against were all in opposition.",
         id="clean: two tallies, two votes"),
    Miss(VOTE, "The council voted 5-2 on Tuesday.\n\nAt least four members who voted for it "
         "had doubts.", id="clean: at least"),
    Miss(MARGIN, "Rovers beat Town 24-10 at home on Saturday.\n\nThe 14-point win was "
         "deserved.", id="clean: margin, right"),
    Miss(MARGIN, "Rovers beat Town 24-10 on Saturday and lost 3-20 to Bay on Wednesday."
         "\n\nThe 14-point win was deserved.", id="clean: two scores"),
    Miss(LENGTH, "The consultation opens on Monday 11 January and runs for eight weeks, "
         "closing on 8 March.", id="clean: length, right"),
    Miss(LENGTH, "The trial starts on 10 October, runs for 10 days and ends on 20 October.",
         id="clean: days, counted inclusively"),
    Miss(SINCE, "DALBY, 30 June 2025 —\n\nThe new bridge opened on 2 June.\n\nIn the four "
         "weeks since the bridge opened, traffic has halved.", id="clean: since, right"),
    Miss(SINCE, "DALBY, 30 June 2025 —\n\nThe museum opened on 2 June.\n\nIn the ten weeks "
         "since the bridge opened, traffic has halved.", id="clean: another subject"),
    Miss(SINCE, "DALBY, 30 June 2025 —\n\nThe bridge opened on 2 June.\n\nIn the ten weeks "
         "since the bridge closed, traffic has halved.", id="clean: another verb"),
    Miss(SINCE, "The bridge opened on 2 June.\n\nIn the ten weeks since the bridge opened, "
         "traffic has halved.", id="clean: no dateline"),
    Miss(SINCE, "MILTON, October 20, 2026 —\n\nThe plant closed in March 2021.\n\nMore than "
         "four years after the plant closed, the site is empty.", id="clean: more than, fits"),
    Miss(STAKE, "Harbour Leisure will own 60 per cent of the marina.\n\nHarbour Leisure, "
         "which owns 60 per cent of the marina, said berths would be cheaper.",
         id="clean: stake, same"),
    Miss(STAKE, "Harbour Leisure owned 40 per cent of the marina until May.\n\nHarbour "
         "Leisure now owns 60 per cent of the marina.", id="clean: the stake moved"),
    Miss(STAKE, "Harbour Leisure owns 60 per cent of the marina.\n\nHarbour Leisure owns "
         "30 per cent of the hotel.", id="clean: another thing"),
    Miss(STAKE, "Harbour Leisure owns 60 per cent of the marina.\n\nHarbour Leisure bought "
         "another 10 per cent and owns 70 per cent of the marina.", id="clean: bought more"),
    Miss(AGED, "YORK, 3 March 2026 —\n\nTom Reed, 70, said: “I joined the force in 1975, "
         "at the age of 19.”", id="clean: aged, right"),
    Miss(AGED, "YORK, 3 March 2026 —\n\nTom Reed, 70, and Ann Bell, 50, met in 1975, at the "
         "age of 19.", id="clean: two people"),
    Miss(AGED, "Tom Reed, 70, said: “I joined the force in 1975, at the age of 29.”",
         id="clean: no dateline"),
    Miss(AGED, "YORK, 3 March 2026 —\n\nTom Reed, 70, said: “I joined the force in 1975, "
         "at the age of 18.”", id="clean: a birthday either way"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round7_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

"""Round 8 of issue 15, figures: mentions linked by what they measure, then compared.

One thing said twice with two sizes ('a 250-metre stretch', later 'the 300-metre section';
'Tom Reed, 14', later 'the 15-year-old'; a committee that meets on two dates; a group and its
parts); a difference said in words against the two figures it is the gap between ('from £2.00
to £2.50', later 'an increase of 60p'; a target and the money raised; shares of one whole);
a length of time up to now against the date of what it counts from. Every sentence was written
for this file, in several orders, tenses, number styles and British and US styles; near
misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

MEASURE, GAP, SINCE, MARGIN = ("figures.measure-two-ways", "figures.difference-two-ways",
                               "figures.time-since-dated", "figures.winning-margin")
SC, W = "self-contradiction", "warning"

FOUND = [
    # -- one thing, two sizes
    Hit(MEASURE, "A 250-metre stretch of the river wall collapsed in March.\n\nEngineers say "
        "the 300-metre section will take a year to rebuild.", SC, "300-metre", W,
        suggestion="250-metre",
        related=["250-metre"], id="length: stretch, then section"),
    Hit(MEASURE, "Crews repaved a two-mile stretch of Route 9 last summer.\n\nThe three-mile "
        "stretch reopened Monday, officials said.", SC, "three-mile", W, suggestion="two-mile",
        id="length: number words, US"),
    Hit(MEASURE, "The ferry crossing takes 40 minutes.\n\nFor many pupils, the 25-minute "
        "crossing is the only way to school.", SC, "25-minute", W, suggestion="40-minute",
        related=["40 minutes"], id="duration: predicate, then compound"),
    Hit(MEASURE, "Walkers love the 12-mile trail around the reservoir.\n\nThe trail runs for "
        "15 miles, the ranger said.", SC, "15 miles", W,
        suggestion="12 miles", id="length: compound, then predicate"),
    Hit(MEASURE, "The council has agreed to build a six-storey block on Mill Lane.\n\nNeighbours "
        "say the eight-storey building will block their light.", SC, "eight-storey", W,
        suggestion="six-storey",
        id="storeys: block, then building"),
    Hit(MEASURE, "The 30-member choir will sing at the cathedral.\n\nThe choir's 18 sopranos "
        "and 14 tenors rehearse on Tuesdays.", SC, "18 sopranos and 14 tenors", W,
        related=["30-member"], id="group: its parts against its size"),
    Hit(MEASURE, "The plan goes before the planning committee on 12 May.\n\nWhen the committee "
        "meets on 19 May, residents will hand in a petition.", SC, "19 May", W, suggestion="12 May",
        id="date: a committee meets on two dates"),
    Hit(MEASURE, "The plan will go before the board on March 4.\n\nNeighbors plan to speak "
        "when the board meets on March 11.", SC, "March 11", W, suggestion="March 4",
        id="date: a board, US dates"),
    # -- one person, two ages
    Hit(MEASURE, "Tom Reed, 14, won the junior race.\n\nThe 15-year-old said he trained every "
        "morning before school.", SC, "15-year-old", W, suggestion="14-year-old", related=["14"],
        id="age: name and age, then the N-year-old"),
    Hit(MEASURE, "A 72-year-old woman was taken to hospital after the crash.\n\nPolice said "
        "the 75-year-old had been crossing the road.", SC, "75-year-old", W,
        suggestion="72-year-old",
        id="age: an N-year-old woman, then the N-year-old"),
    Hit(MEASURE, "A six-year-old boy was rescued from the river on Sunday.\n\nHis father said "
        "the seven-year-old boy was now at home.", SC, "seven-year-old", W,
        suggestion="six-year-old",
        id="age: number words, a person noun after"),
    Hit(MEASURE, "Her son, Sam, who is seven, has asthma.\n\nMs Hale, whose eight-year-old "
        "sleeps in her room, wants a new flat.", SC, "eight-year-old", W,
        suggestion="seven-year-old",
        id="age: who is N, then whose N-year-old"),
    Hit(MEASURE, "The driver, aged 81, was not hurt.\n\nThe 84-year-old told police the "
        "brakes had failed.", SC, "84-year-old", W,
        suggestion="81-year-old", id="age: aged N, then the N-year-old"),
    Hit(MEASURE, "Winners included Ella Price (12), who swam 20 lengths.\n\nThe 13-year-old "
        "raised £300.", SC, "13-year-old", W, suggestion="12-year-old",
        id="age: a British age in brackets"),
    # -- a difference said in words against its pair
    Hit(GAP, "A single bus fare will go from £2.00 to £2.50 in May.\n\nThe increase of 60p on "
        "a single bus fare will hit students hardest.", SC, "60p", W, suggestion="£0.50",
        id="gap: pence, increase of"),
    Hit(GAP, "The monthly parking permit rises from $45 to $60 on July 1.\n\nResidents said a "
        "$20 increase in the monthly parking permit was too much.", SC, "$20", W,
        suggestion="$15", id="gap: US, a $N increase"),
    Hit(GAP, "An adult swim now costs £6.40, up from £5.20.\n\nThe trust said the adult swim "
        "rose by £1.40 because of energy bills.", SC, "£1.40", W, suggestion="£1.20",
        id="gap: up from, rose by"),
    Hit(GAP, "The choir set out to raise £12,000 for new robes.\n\nBy Friday it had raised "
        "£9,500, leaving it £3,000 short of its target.", SC, "£3,000", W,
        suggestion="£2,500", id="gap: short of the target"),
    Hit(GAP, "The club launched a $50,000 appeal in June.\n\nSo far fans have raised $41,000."
        "\n\nThat leaves the club $8,000 short of the goal.", SC, "$8,000", W,
        suggestion="$9,000", id="gap: US, short of the goal"),
    Hit(GAP, "About 60 per cent of the money came from the lottery and the remaining 30 per "
        "cent from local firms.", SC, "30 per cent", W, suggestion="40 per cent",
        id="shares: the remaining, hedged"),
    Hit(GAP, "45% came from the council, 25% from the trust and the other 20% from donors.",
        SC, "20%", W, suggestion="30 per cent", id="shares: three, the other"),
    Hit(MARGIN, "The Comets lost the final 112-98 to the Royals.\n\nThe coach said the "
        "10-point defeat still hurt.", SC, "10-point defeat", W,
        id="margin: three-figure score"),
    # -- time up to now against the date of what it counts from
    Hit(SINCE, "OAKLEY, 12 May 2026 —\n\nThe bandstand was given to the town in 1961 by the "
        "Marsh family.\n\nThe Marsh family's gift has been enjoyed for more than 70 years, "
        "the mayor said.", SC, "more than 70 years", W, related=["1961"],
        id="since: more than, a year"),
    Hit(SINCE, "DALTON, 4 March 2026 —\n\nThe city has funded the Riverside Choir every year "
        "since 2001.\n\nThe Riverside Choir came to rely on the city after 15 years of "
        "funding, its chair said.", SC, "15 years", W, id="since: after N years of"),
    Hit(SINCE, "HALTON, 3 June 2026 —\n\nThe Halton footbridge closed to walkers on 2 April "
        "after a crack was found.\n\nWalkers have been without the Halton footbridge for 14 "
        "weeks.", SC, "14 weeks", W, id="since: weeks since a date"),
    Hit(SINCE, "SPRINGFIELD, Dec. 2, 2026 —\n\nThe Lincoln Street library opened its doors in "
        "1996.\n\nAfter 40 years at the Lincoln Street library, the books will move.", SC,
        "40 years", W, id="since: US dateline"),
    Hit(SINCE, "KEELE, 9 September 2026 —\n\nThe Kerr Street bakery first opened in 2020."
        "\n\nThe Kerr Street bakery has baked for almost ten years, its owner said.", SC,
        "almost ten years", W, id="since: almost, number words"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round8_figures_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(MEASURE, "A 400-metre stretch reopened on Monday.\n\nThe new 600-metre section will "
         "open next year.", id="measure: marked as another"),
    Miss(MEASURE, "The crossing takes 35 minutes in calm seas.\n\nIn rough weather the "
         "50-minute crossing is often cancelled.", id="measure: conditions"),
    Miss(MEASURE, "A 400-metre stretch of the canal reopened.\n\nThe 12-mile canal was built in "
         "1790.", id="measure: another thing"),
    Miss(MEASURE, "The 400-metre stretch reopened.\n\nA 600-metre stretch further east is "
         "still closed.", id="measure: a new thing, not definite"),
    Miss(MEASURE, "She won a 200-metre race on Friday.\n\nThe 100-metre race is on Sunday.",
         id="measure: a thing named by its size"),
    Miss(MEASURE, "It is a 45-minute drive to Leeds.\n\nThe 30-minute drive to York is "
         "easier.", id="measure: two places"),
    Miss(MEASURE, "A 100-metre stretch, a 200-metre stretch and the 300-metre stretch are "
         "closed.", id="measure: three sizes"),
    Miss(MEASURE, "Staff will move to a four-day week in May.\n\nThe five-day week will end "
         "for 300 workers.", id="measure: a kind of week"),
    Miss(MEASURE, "Jo Smith, 45, runs the club.\n\nThe 12-year-old said he loved it.",
         id="age: another stage of life"),
    Miss(MEASURE, "Ruth Lowe, 45, runs the shop.\n\nHer neighbour, Ken Pye, said the rent had "
         "doubled.\n\nThe 62-year-old has lived above the shop since 1990.",
         id="age: another adult introduced by the N-year-old"),
    Miss(MEASURE, "A 40-year-old man was arrested.\n\nThe 40-year-old was released on bail.",
         id="age: the same age"),
    Miss(MEASURE, "Anna Berg, 34, lives on the top floor.\n\nShe moved in last year.\n\nCarl "
         "Holm, 52, lives below.\n\nHe has been there ten years.\n\nThe lift broke in May."
         "\n\nNo one came to fix it.\n\nThe 47-year-old said he was angry.",
         id="age: several adults, none close"),
    Miss(MEASURE, "The plan goes before the committee on 12 May.\n\nIf it is delayed, the "
         "committee meets on 19 May.", id="date: a second date only if the first slips"),
    Miss(MEASURE, "The plan goes before the planning committee on 3 November.\n\nWhen the "
         "licensing committee meets on 10 November, it will hear the bar's case.",
         id="date: two committees"),
    Miss(MEASURE, "The plan goes before the cabinet on 3 November.\n\nThe full council meeting "
         "on 10 November will have the final say.", id="date: the cabinet, then the council"),
    Miss(MEASURE, "The council approved a 20-year plan for the town centre.\n\nThe 10-year "
         "plan for housing was approved in 2019.", id="measure: two plans"),
    Miss(MEASURE, "A 40-minute drive to Leeds is the norm.\n\nThe 25-minute drive from Otley "
         "is quicker.", id="measure: two drives, two places"),
    Miss(MEASURE, "The team's 14 seniors and 8 juniors travelled.\n\nThe 22-member team won.",
         id="group: parts that add up"),
    Miss(MARGIN, "Between 100-150 fans watched the match, which United won.\n\nIt was a "
         "three-goal win.", id="margin: a range of fans is no score"),
    Miss(GAP, "A single fare will go from £2.00 to £2.50.\n\nThe increase of 50p on a single "
         "fare starts in May.", id="gap: it fits"),
    Miss(GAP, "The minimum wage will go from $10 to $15 by 2028.\n\nThe first increase of "
         "$1.50 in the minimum wage comes in January.", id="gap: one step of several"),
    Miss(GAP, "Tickets go from £8 to £10.\n\nParking rose by £3 last year.",
         id="gap: no shared words"),
    Miss(GAP, "A single fare will go from £2.00 to £2.50.\n\nThe rise of about 60p on a single "
         "fare starts in May.", id="gap: hedged"),
    Miss(GAP, "About 70 per cent came from the fund and the remaining 30 per cent from "
         "donors.", id="shares: they add up"),
    Miss(GAP, "Support rose by 5 percentage points to 45 per cent, and the remaining 40 per "
         "cent were undecided.", id="shares: percentage points"),
    Miss(GAP, "The choir set out to raise £12,000.\n\nIt has raised £9,500, leaving it £2,500 "
         "short of its target.", id="gap: short of, it fits"),
    Miss(SINCE, "OAKLEY, 12 May 2026 —\n\nThe bandstand was given to the town in 1952 by the "
         "Marsh family.\n\nThe Marsh family's gift has been enjoyed for more than 70 years.",
         id="since: it fits"),
    Miss(SINCE, "OAKLEY, 12 May 2026 —\n\nThe Marsh family gave the bandstand in 1961.\n\nIn "
         "2010, after 12 years of Marsh family care, it was repainted.",
         id="since: the sentence has its own year"),
    Miss(SINCE, "YORK, 2 March 2026 —\n\nSt Anne's Hospital opened in 1995.\n\nDr Ruth Kaye has "
         "worked at St Anne's Hospital for 20 years.", id="since: a person's own span"),
    Miss(SINCE, "OAKLEY, 12 May 2026 —\n\nThe bandstand was given to the town in 1961.\n\n"
         "Ruth Lowe has sung in the choir for 30 years.", id="since: nothing shared"),
    Miss(SINCE, "OAKLEY, 12 May 2026 —\n\nThe Marsh family gave the bandstand in 1961.\n\nThe "
         "Marsh family will look after the bandstand for the next 20 years.",
         id="since: a span to come"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round8_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

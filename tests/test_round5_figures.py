"""Round 5 of issue 15, figures: sums and dates an article gives two ways that cannot both be
right. A share of a whole against its count, a yearly sum against its monthly share, a yearly
sum times the years of a deal, the sides of a vote against those who voted, a change against
its two numbers, days times hours against hours a week, a fine on each charge against the
fine, the age of a thing (or a person) against the year it opened (or was born), the start of
the reported change (or a decision on a plan) given twice, a span of the clock against 'the
N-hour …', how often a service runs, and a weekday against a date read in the article's year.
Every sentence was written for this file, in shapes of my own (none is taken from a keyed
article); each rule has real errors that must be found and near misses that must stay
silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- a body that meets on one day, and its meeting on another
    Hit("figures.event-two-dates",
        "The bid goes to the Senate when it meets on Tuesday 9 June.\n\nUnions will march "
        "to the Senate meeting on Friday.", "self-contradiction", "Friday", "warning",
        "Tuesday", related=["Tuesday"], id="meeting: meets, then meeting"),
    # -- a plain count apart from a described part of the group
    Hit("figures.count-two-ways",
        "The farmhouse was split into six cottages in 1990.\n\nA family lives in one of the "
        "two riverside cottages.\n\nThe owner said all five cottages were let.",
        "self-contradiction", "five cottages", "warning", related=["six cottages"],
        id="count: a described part set apart"),
    # -- one sum by the year and by the month or week
    Hit("figures.rate-two-ways",
        "The ferry lost £240,000 in the last financial year, or about £30,000 a month.",
        "self-contradiction", "£30,000 a month", "warning", related=["£240,000"],
        id="rate: a year as months"),
    Hit("figures.rate-two-ways",
        "The charity spends $2,000 a week, or $140,000 a year, on meals.",
        "self-contradiction", "$140,000 a year", "warning", id="rate: a week as a year"),
    Hit("figures.rate-two-ways",
        "Repairs drain £1.2 million a year (£150,000 a month) from the budget.",
        "self-contradiction", "£150,000 a month", "warning", id="rate: in brackets"),
    # -- a yearly sum times the years of a deal
    Hit("figures.term-total",
        "The five-year sponsorship deal pays the club £300,000 a year, a total of £1.2 million.",
        "self-contradiction", "£1.2 million", "warning",
        related=["five-year sponsorship", "£300,000 a year"], id="term: five-year deal"),
    Hit("figures.term-total",
        "The council will pay £80,000 a year for 15 years, £1.5 million in total.",
        "self-contradiction", "£1.5 million", "warning", id="term: for N years, in total"),
    # -- the sides of a vote or survey against those who took part
    Hit("figures.parts-over-whole",
        "Of the 240 residents who responded, 150 supported the plan and 110 opposed it.",
        "self-contradiction", "110", "warning", related=["240 residents who responded"],
        id="parts: more answers than answered"),
    Hit("figures.parts-over-whole",
        "Of the 90 staff who voted, 52 voted for the strike and 31 against.",
        "self-contradiction", "90", "warning", related=["52"], id="parts: voters go missing"),
    Hit("figures.parts-over-whole",
        "The nine-member planning committee met on Monday. It voted 6-4 to refuse the scheme.",
        "self-contradiction", "voted 6-4", "warning", related=["nine-member planning committee"],
        id="parts: a tally larger than the body"),
    # -- a change that is not the difference of its numbers
    Hit("figures.difference",
        "Visitors fell from 52,000 in 2022 to 47,500 last year, a drop of 5,500.",
        "self-contradiction", "5,500", "warning", related=["52,000", "47,500"],
        id="difference: a drop"),
    Hit("figures.difference",
        "The grant rose from £2.4 million to £2.9 million, an increase of £400,000.",
        "self-contradiction", "£400,000", "warning", id="difference: sums in millions"),
    Hit("figures.difference",
        "Complaints have more than doubled, from 800 to 1,300.",
        "self-contradiction", "more than doubled", "warning", id="difference: not doubled"),
    # -- days times the hours of a day against hours a week
    Hit("figures.week-hours",
        "The clinic will open five days a week, from 9am to 3pm, 36 hours a week in all.",
        "self-contradiction", "36 hours a week", "warning", related=["from 9am to 3pm"],
        id="week hours: five days"),
    Hit("figures.week-hours",
        "The café opens Tuesday to Saturday from 10am to 4pm, about 20 hours a week.",
        "self-contradiction", "20 hours a week", "warning", id="week hours: weekday to weekday"),
    # -- a number doubled from a figure, against the lead's count of the same things
    Hit("figures.multiple-of-lead",
        "Food bank feeds 3,000 families a month\n\nThe Hollin food bank now gives parcels to "
        "3,000 families every month, its volunteers said at their annual meeting this week."
        "\n\nThe number of families has more than doubled since 2022, from 1,800.",
        "self-contradiction", "1,800", "warning", related=["3,000"], id="multiple: doubled"),
    # -- a fine on each charge against the fine
    Hit("figures.fine-per-charge",
        "A builder has been fined £9,000 for dumping waste.\n\nMagistrates fined him £2,000 "
        "for each of the four offences.", "self-contradiction", "£2,000", "warning",
        related=["£9,000"], id="fine: four offences"),
    Hit("figures.fine-per-charge",
        "The company was ordered to pay a fine of $60,000. The judge set $25,000 on each of "
        "the two counts.", "self-contradiction", "$25,000", "warning", id="fine: two counts"),
    # -- the age of a thing against the year it opened, in the article's year
    Hit("figures.age-from-year",
        "MARLOW, 3 June 2025 — The library will close for a year.\n\nThe library, which was "
        "built in 1965, needs a new roof.\n\nStaff said the 50-year-old library was cold.",
        "self-contradiction", "50-year-old", "warning", related=["1965"],
        id="age: built in"),
    Hit("figures.age-from-year",
        "ELTON, March 4, 2024 — The 12-year-old bridge is to be repaired.\n\nThe bridge, "
        "opened in 2002, carries 9,000 cars a day.", "self-contradiction", "12-year-old",
        "warning", id="age: the age first"),
    Hit("figures.age-from-year",
        "HARLOW, 5 March 2026 — Ruth Okafor, 61, has run the stall since 1990.\n\nOkafor, "
        "who was born in 1958, said trade was slow.", "self-contradiction", "61", "warning",
        related=["1958"], id="age: a person born in"),
    # -- a share of a whole given as a count too
    Hit("figures.share-of-whole",
        "Just 30 per cent of the 1,200 tenants, or 420, returned the form.",
        "self-contradiction", "420", "warning", related=["30 per cent of the 1,200 tenants"],
        id="share: a percentage and its count"),
    Hit("figures.share-of-whole",
        "A quarter of the 640 trees, about 200, will be felled.",
        "self-contradiction", "200", "warning", id="share: a fraction, about"),
    Hit("figures.share-of-whole",
        "Inspectors found 90 homes, or two thirds of the 180 homes checked, had no alarm.",
        "self-contradiction", "90", "warning", id="share: the count first"),
    # -- the lead's change given another start
    Hit("figures.start-two-dates",
        "Bridge tolls to rise from April\n\nDRAYTON, 2 December 2026 — Drivers crossing the "
        "Drayton bridge will pay £1.20 instead of £1 from 6 April, the bridge trust said on "
        "Monday.\n\nThe trust said the rise, which takes effect on 13 April, was its first "
        "in nine years.", "self-contradiction", "13 April", "warning",
        related=["from 6 April"], id="start: two days"),
    Hit("figures.start-two-dates",
        "Overnight closure for Penley car parks from March\n\nPENLEY, 2 December 2026 — The "
        "town’s two car parks will shut overnight from March under a plan approved by the "
        "council on Tuesday evening.\n\nThe closures, which start in May, will be reviewed "
        "after a year.", "self-contradiction", "May", "warning",
        id="start: two months"),
    # -- one decision on one plan in two months
    Hit("figures.decision-two-dates",
        "The board will vote on the merger on 2 March, the chair said.\n\nStaff expect the "
        "trustees to decide the merger at their April meeting.", "self-contradiction", "April",
        "warning", related=["2 March"], id="decision: vote, then decide"),
    Hit("figures.decision-two-dates",
        "Members will vote on the offer on Friday 9 October.\n\nThe union said members "
        "would make a decision on the offer in November.", "self-contradiction", "November",
        "warning", id="decision: make a decision"),
    # -- a span of the clock named by another number of hours
    Hit("figures.hours-named",
        "SELBY, 3 March 2026 — The road will be closed between 8pm and midnight for repairs "
        "from Monday.\n\nDrivers said the five-hour closure would push lorries through the "
        "village.", "self-contradiction", "five-hour", "warning",
        related=["between 8pm and midnight"], id="hours named: a closure"),
    Hit("figures.hours-named",
        "Shops may trade from 10am to 4pm on Sundays.\n\nUnions said the seven-hour trading "
        "day was too long.", "self-contradiction", "seven-hour", "warning",
        id="hours named: trading"),
    # -- hours lost a day, against 24 less the new opening hours
    Hit("figures.hours-lost",
        "The gym, open 24 hours a day since 2019, will open from 6am to 11pm from May.\n\n"
        "Members said they would lose eight hours of training time a day.",
        "self-contradiction", "eight hours", "warning", related=["from 6am to 11pm"],
        id="hours lost: eight for seven"),
    # -- how often a service runs
    Hit("figures.frequency-two-ways",
        "Village to get monthly mobile library visits\n\nThe county will send its mobile "
        "library to Bexford on the first Monday of every month from the spring.\n\n"
        "Volunteers will help run the weekly mobile library visits, organisers said.",
        "self-contradiction", "weekly", "warning",
        "monthly", related=["monthly"], id="frequency: monthly then weekly"),
    # -- a weekday that does not fit a date read in the article's year
    Hit("figures.weekday-near-dateline",
        "KEMPTON, 10 December 2026 — The inquiry will open on Tuesday 13 January.",
        "self-contradiction", "Tuesday", "warning", "Wednesday",
        related=["10 December 2026"], id="weekday: next year's January"),
    Hit("figures.weekday-near-dateline",
        "KEMPTON, March 2, 2025 — Voting closes on Friday, March 15.",
        "self-contradiction", "Friday", "warning", "Saturday", id="weekday: American order"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round5_figures_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


NEW = ("figures.decision-two-dates", "figures.share-of-whole", "figures.rate-two-ways",
       "figures.term-total", "figures.parts-over-whole", "figures.difference",
       "figures.week-hours", "figures.fine-per-charge", "figures.age-from-year",
       "figures.start-two-dates", "figures.hours-named", "figures.frequency-two-ways",
       "figures.weekday-near-dateline", "figures.hours-lost", "figures.multiple-of-lead")

CLEAN = [
    Miss("figures.count-two-ways", "The farmhouse was split into six cottages in 1990.\n\n"
         "A family lives in one of the two riverside cottages.\n\nThe owner said all six "
         "cottages were let.", id="clean: a described part and the whole"),
    Miss("figures.event-two-dates", "The bid goes to the Senate when it meets on Tuesday "
         "9 June.\n\nThe Board meeting on Friday will discuss it first.",
         id="clean: another body's meeting"),
    Miss("figures.hours-lost", "The gym, open 24 hours a day since 2019, will open from 6am "
         "to 11pm from May.\n\nMembers said they would lose seven hours a day.",
         id="clean: hours lost that fit"),
    Miss("figures.hours-lost", "The gym will open from 6am to 11pm from May.\n\nStaff will "
         "lose eight hours of pay a week.", id="clean: nothing was open all day"),
    Miss("figures.multiple-of-lead", "Food bank feeds 3,000 families a month\n\nThe Hollin "
         "food bank now gives parcels to 3,000 families every month, its volunteers said at "
         "their annual meeting this week.\n\nThe number of families has more than doubled "
         "since 2022, from 1,400.", id="clean: more than doubled, right"),
    Miss(NEW, "The ferry lost £240,000 last year, or about £20,000 a month.",
         id="clean: a year as months, right"),
    Miss(NEW, "Membership costs £30 a month, or £300 a year if paid upfront.",
         id="clean: a price offered two ways"),
    Miss(NEW, "The five-year deal pays £300,000 a year, a total of £1.5 million.",
         id="clean: a deal that adds up"),
    Miss(NEW, "The ten-year deal is worth £5 million, including bonuses, and pays £400,000 a "
         "year.", id="clean: a total holding more than the yearly sums"),
    Miss(NEW, "Of the 500 people surveyed, 320 said they used the bus and 290 said they "
         "walked.", id="clean: survey answers that may overlap"),
    Miss(NEW, "Of the 240 residents who responded, 150 supported the plan and 70 opposed "
         "it.", id="clean: the rest may not have minded"),
    Miss(NEW, "The nine-member committee voted 5-4 to refuse the scheme.",
         id="clean: a tally the body can give"),
    Miss(NEW, "Visitors fell from 52,000 in 2022 to 47,500 last year, a drop of 9 per cent.",
         id="clean: a percentage is read elsewhere"),
    Miss(NEW, "Prices rose from 2019 to 2023, a rise of 12.", id="clean: years are no amounts"),
    Miss(NEW, "Complaints have almost doubled, from 800 to 1,500.",
         id="clean: almost doubled"),
    Miss(NEW, "The clinic will open five days a week, from 9am to 3pm, 30 hours a week.",
         id="clean: week hours right"),
    Miss(NEW, "The builder was fined £2,000 for each of the four offences, £8,000 in all, "
         "and was fined £500 last year.", id="clean: two other fines, which is the whole?"),
    Miss(NEW, "MARLOW, 3 June 2025 — The library, which was built in 1965, needs a new roof."
         "\n\nStaff said the 60-year-old library was cold.", id="clean: the age fits"),
    Miss(NEW, "MARLOW, 3 June 2025 — The library, which was built in 1965, needs a new roof."
         "\n\nStaff said the 20-year-old boiler was failing.", id="clean: another thing's age"),
    Miss(NEW, "Bridge tolls to rise\n\nDRAYTON, 2 December 2026 — Drivers crossing the "
         "Drayton bridge will pay £1.20 instead of £1 from 6 April, the bridge trust said on "
         "Monday.\n\nThe full rise, to £1.50, starts in April 2028.",
         id="clean: a later step of the change"),
    Miss(NEW, "PENLEY, 2 December 2026 — The town’s two car parks will close overnight from "
         "March under a plan approved by the council on Tuesday evening.\n\nThe consultation, "
         "which starts in January, will run for six weeks.",
         id="clean: another thing starts"),
    Miss(NEW, "Shops may trade from 10am to 4pm on Sundays.\n\nUnions said the six-hour "
         "trading day was too long, and the 24-hour supermarkets should shut.",
         id="clean: the hours fit"),
    Miss(NEW, "Shops may trade from 10am to 4pm on Sundays.\n\nNurses work a 12-hour shift.",
         id="clean: hours of something else"),
    Miss(NEW, "Bins to go fortnightly\n\nHouseholds will get fortnightly bin collections "
         "instead of weekly ones from April, the council has said.\n\nThe weekly bin "
         "collections cost £2 million a year.", id="clean: an old frequency and a new one"),
    Miss(NEW, "HARLOW, 5 March 2026 — Ruth Okafor, 67, has run the stall since 1990.\n\n"
         "Okafor, who was born in 1958, said trade was slow.", id="clean: a person's age fits"),
    Miss(NEW, "Just 30 per cent of the 1,200 tenants, or 360, returned the form.",
         id="clean: a share that fits"),
    Miss(NEW, "About 30 per cent of the 1,200 tenants, some 350, returned the form.",
         id="clean: a share, about"),
    Miss(NEW, "Half of the 40 stalls, 22 of them, sell food, and 30 per cent of the 90 "
         "traders, in 2019, were new.", id="clean: no count given with the share"),
    Miss(NEW, "Of the 300 members who voted, 200 voted for and 90 against, with 10 "
         "abstaining.", id="clean: the rest abstained"),
    Miss(NEW, "The five-member board met on Monday. The city council voted 7-2 on the plan.",
         id="clean: a tally of another body"),
    Miss(NEW, "Staff work five days, from 9am to 5.30pm, 37.5 hours a week.",
         id="clean: week hours less the breaks"),
    Miss(NEW, "The ten-year deal is worth £50 million, with £4 million a year going to the "
         "academy.", id="clean: a yearly part of a deal's worth"),
    Miss(NEW, "Bus fares to rise\n\nLEEDS, 1 May 2026 — Passengers can give their views in a "
         "consultation running from 1 June on plans to raise fares across the county next "
         "year.\n\nThe rise, which takes effect in January, adds 20p to a ticket.",
         id="clean: the lead's date is a consultation's"),
    Miss(NEW, "The committee will vote on the plan on 14 January. If it is approved, the full "
         "council will vote on the plan in February.", id="clean: a second vote"),
    Miss(NEW, "The vote on the budget, originally due in March, was postponed. Councillors "
         "will now vote on the budget in April.", id="clean: a vote moved"),
    Miss(NEW, "Councillors will vote on the budget on 3 March. They will decide the budget, "
         "which was cut in February, on 3 March.", id="clean: the date of something else"),
    Miss(NEW, "KEMPTON, 10 December 2026 — The inquiry will open on Thursday 14 January.",
         id="clean: the weekday fits next year's date"),
    Miss(NEW, "In March 2019 the firm moved.\n\nThe meeting is on Monday 14 January.",
         id="clean: no dateline, no year"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round5_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

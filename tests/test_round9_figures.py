"""Round 9 of issue 15, figures: the size of a change said anywhere in the sentence of its two
figures ('from £14,500 to £26,000 …, an increase of £9,500'; 'grown 40 percent …, from
300,000 to 450,000'); a fraction tied to its count in either order ('Of those, 690, roughly a
third') or to a group counted in the sentence before ('The stolen accounts make up a fifth of
the 95,000 users'); a count whose list of parts names kinds ('1,340 entries this year: 620
cattle, 540 sheep and 230 pigs'); a person's age against a dated past said with 'when' and
against years since an age ('58, who left school at 16 and has fished for 46 years'). Every
sentence was written for this file, in several orders, tenses, number styles and British and
US styles; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

SUM, PERCENT, SHARE, PARTS, AGE, SINCE = (
    "figures.sum-in-words", "figures.percentage", "figures.share-of-whole",
    "figures.count-parts", "figures.age-against-past", "figures.time-since-dated")
TRIP, START = "figures.measure-two-ways", "figures.start-two-dates"
SC, W = "self-contradiction", "warning"

FOUND = [
    # -- an amount of change, anywhere in the sentence of its pair
    Hit(SUM, "Rent on the hall will rise from £14,000 a year to £22,000 when the lease runs "
        "out in May, an increase of £6,000.", SC, "£6,000", W, suggestion="£8,000",
        related=["£14,000", "£22,000"], id="amount: change after a long clause, British"),
    Hit(SUM, "An increase of $3,000 will take the grant from $12,000 to $16,000 next spring.",
        SC, "$3,000", W, suggestion="$4,000", id="amount: change first, US"),
    Hit(SUM, "Membership rose by 250 over the summer, from 1,100 in June to 1,400 by "
        "September.", SC, "250", W, suggestion="300", id="amount: rose by, counts"),
    Hit(SUM, "Membership has risen by 400 since the spring, from 2,600 to 3,100.", SC, "400",
        W, suggestion="500", id="amount: present perfect"),
    Hit(SUM, "The bill is now €940, up from €700, a rise of €140 in a single year.", SC,
        "€140", W, suggestion="€240", id="amount: up from, euros"),
    Hit(SUM, "Spending fell by £2 million last year, from £9.5 million to £6.5 million.", SC,
        "£2 million", W, suggestion="£3,000,000", id="amount: millions, a fall"),
    # -- a percentage of change, anywhere in the sentence of its pair
    Hit(PERCENT, "The park's visitor numbers have grown 30 percent in four years, from 200,000 "
        "in 2021 to 300,000 last year.", SC, "30 percent", W, suggestion="50 per cent",
        related=["200,000", "300,000"], id="percent: grown N percent, then the pair"),
    Hit(PERCENT, "The fare goes up 20% next month, from £2.50 to £3.50.", SC, "20%", W,
        suggestion="40 per cent", id="percent: up N%"),
    Hit(PERCENT, "Enrolment fell by 20 per cent, from 500 pupils to 440.", SC, "20 per cent",
        W, suggestion="12 per cent", id="percent: fell by, British"),
    Hit(PERCENT, "The budget rose from £2 million to £2.5 million, a 20 per cent increase.",
        SC, "20 per cent", W, suggestion="25 per cent", id="percent: a N per cent increase"),
    Hit(PERCENT, "The price is £7.50, up from £6.00, a rise of 20 per cent.", SC,
        "20 per cent", W, suggestion="25 per cent", id="percent: up from, a rise of"),
    Hit(PERCENT, "Attendance dropped from 8,000 a week to 6,800, a fall of roughly 25 "
        "percent.", SC, "roughly 25 percent", W, suggestion="15 per cent",
        id="percent: hedged, still too far"),
    # -- a fraction and its count
    Hit(SHARE, "The helpline logged 1,380 calls about the buses last year. Of those, 690, "
        "roughly a third, were about late services.", SC, "roughly a third", W,
        id="fraction: of those, N, a third"),
    Hit(SHARE, "Inspectors visited 240 shops in the spring. Of them, 60, nearly half, failed "
        "on hygiene.", SC, "nearly half", W, id="fraction: of them, nearly half"),
    Hit(SHARE, "The survey reached 400 tenants. Of these 300, about a third, said the rent was "
        "too high.", SC, "about a third", W, id="fraction: of these N"),
    Hit(SHARE, "Thieves took the bank details of 38,000 customers, the company said.\n\nThe "
        "stolen accounts make up roughly a fifth of the firm's 95,000 customers.", SC,
        "roughly a fifth", W, related=["38,000", "95,000"],
        id="fraction: a group counted in the sentence before"),
    Hit(SHARE, "Some 300 pupils signed the letter.\n\nThey are more than half of the school's "
        "900 pupils.", SC, "more than half", W, id="fraction: they are more than half"),
    Hit(SHARE, "The flood damaged 120 homes in the village.\n\nThose homes represent a quarter "
        "of its 800 houses.", SC, "a quarter", W, id="fraction: those N represent"),
    # -- a count and its parts named by kind
    Hit(PARTS, "The society had taken 1,240 entries this year: 520 cattle, 440 sheep and 230 "
        "pigs.", SC, "1,240", W, id="parts: kinds after a year phrase"),
    Hit(PARTS, "The shelter took in 96 animals last year: 50 dogs, 30 cats and 12 rabbits.",
        SC, "96", W, id="parts: fewer than the count"),
    Hit(PARTS, "The fair drew 300 stalls — 120 crafts, 100 food and 90 books.", SC, "90", W,
        id="parts: after a dash, more than the count"),
    Hit(PARTS, "The orchestra has 64 players in total: 40 strings, 14 winds and 6 brass.", SC,
        "64", W, id="parts: in total"),
    Hit(PARTS, "The zoo houses 75 animals: 30 birds, 25 reptiles and 25 monkeys.", SC, "25",
        W, id="parts: more than the count, digits"),
    # -- an age against the past
    Hit(AGE, "WEXFORD, 4 August 2026 —\n\nTom Reilly, 68, has shown cattle at the show since "
        "1962, when he led his father's bull round the ring at the age of 12.", SC, "68", W,
        related=["1962"], id="age: since a year, when at the age of"),
    Hit(AGE, "LEEDS, 3 May 2025 —\n\nAnn Cole, 50, has run the stall since 1990, when she was "
        "19.", SC, "50", W, id="age: when she was"),
    Hit(AGE, "Davey Laing, 58, who left school at 16 and has fished out of the harbour for 46 "
        "years, was the last man off.", SC, "46 years", W, id="age: left school at, has … for"),
    Hit(AGE, "Joan Reid, 61, has taught at the school for 45 years, ever since she started "
        "there at the age of 22.", SC, "45 years", W, id="age: years first, since starting"),
    Hit(AGE, "Pat Moss, 40, joined the brigade at 18 and has served with it for more than 25 "
        "years.", SC, "25 years", W, id="age: more than, joined at"),
    Hit(AGE, "Mo Khan, 35, began boxing at the age of 10 and has trained at the club for 30 "
        "years.", SC, "30 years", W, id="age: began at the age of"),
    Hit(AGE, "The skipper, Ian Moss, 58, who left school at 16 and has fished for 46 years, was "
        "the last man off. His son Ross, 24, was among his crew.", SC, "46 years", W,
        id="age: two people in the paragraph"),
    # -- a length up to now, named by what was done in it
    Hit(SINCE, "HENSBY, 12 March 2026 —\n\nSkylink has flown the island route since 2009."
        "\n\nThe 12 years Skylink has flown the island route were a source of pride, he said.",
        SC, "12 years", W, related=["2009"], id="since: the N years X has flown"),
    Hit(SINCE, "OAKLEY, 12 May 2026 —\n\nThe Marsh Trust has run the town museum since 1990."
        "\n\nThe 30 years the Marsh Trust has managed the town museum have been a golden age.",
        SC, "30 years", W, id="since: the N years the X has managed"),
    Hit(SINCE, "YORK, 2 March 2026 —\n\nHarbour Ferries has sailed to the island since 2001."
        "\n\nIn the 15 years that Harbour Ferries has sailed to the island, it has never "
        "missed a summer.", SC, "15 years", W, id="since: in the N years that"),
    Hit(SINCE, "DENVER, June 3, 2026 —\n\nRocky Bakeries has supplied the city schools since "
        "2016.\n\nThe four years that Rocky Bakeries has supplied the city schools have gone "
        "smoothly, the district said.", SC, "four years", W, id="since: number words, US"),
    Hit(SINCE, "LEEDS, 4 April 2026 —\n\nThe Grange Choir has sung at the abbey since 1996."
        "\n\nThe 20 years the Grange Choir has sung at the abbey will be marked with a "
        "concert.", SC, "20 years", W, id="since: irregular verb"),
    # -- a journey's length against its clock times
    Hit(TRIP, "The lifeboat left the harbour at 11.48pm with six crew on board. She reached "
        "the yacht at 12.29am.\n\nThe coxswain said the 20-minute run out had been rough.",
        SC, "20-minute", W, related=["11.48pm", "12.29am"], id="trip: across midnight"),
    Hit(TRIP, "The coach set off from Leeds at 9.15am and arrived in York at 10.05am.\n\n"
        "Pupils said the two-hour journey was worth it.", SC, "two-hour", W,
        id="trip: number words, hours"),
    Hit(TRIP, "The ferry departed at 6:40 a.m. and docked at 7:20 a.m. The crossing took 25 "
        "minutes.", SC, "25 minutes", W, id="trip: took N minutes, US"),
    Hit(TRIP, "The plane took off at 10pm and touched down at 1.30am.\n\nPassengers "
        "described the five-hour flight as calm.", SC, "five-hour", W, id="trip: a flight"),
    Hit(TRIP, "The crew set out at 2pm and reached the summit at 5.40pm.\n\nThe 90-minute "
        "climb was the hardest of the week.", SC, "90-minute", W, id="trip: a climb"),
    # -- a change the lead names one way and a later sentence another
    Hit(START, "BRANNOCK, April 8, 2026 —\n\nDay visitors to the park will pay $10 a vehicle "
        "starting May 1, ending 60 years of free access.\n\nThe park said the new fee would "
        "begin on June 1.", SC, "June 1", W, id="start: pay, then the fee, US"),
    Hit(START, "LEEDS, 8 April 2026 —\n\nDrivers will be charged £5 a day to enter the city "
        "centre from 1 June, the council said.\n\nThe toll will start on 1 July, officials "
        "said.", SC, "1 July", W, id="start: charged, then the toll, British"),
    Hit(START, "YORK, 8 February 2026 —\n\nShoppers in the city will have to pay 10p for "
        "each carrier bag they use from 1 March, the council said.\n\nThe charge will begin "
        "on 8 March.", SC, "8 March", W, id="start: pay, then the charge"),
]

CLEAN = [
    Miss(SUM, "Rent on the hall will rise from £14,000 a year to £22,000 when the lease runs "
         "out in May, an increase of £8,000.", id="amount: it fits"),
    Miss(SUM, "Visitors rose from 3,000 to 4,500, and spending grew by £900.",
         id="amount: another change after and"),
    Miss(SUM, "Fees rose from £200 to £260 in 2024 and from £260 to £300 this year, a rise of "
         "£100 in two years.", id="amount: two pairs"),
    Miss(SUM, "Membership rose by about 250, from 1,100 to 1,400.", id="amount: hedged, close"),
    Miss(SUM, "The team grew from 12 to 18 players, six more than last season.",
         id="amount: no size said the ways read"),
    Miss(PERCENT, "Enrolment fell by 12 per cent, from 500 pupils to 440.", id="percent: fits"),
    Miss(PERCENT, "Sales grew by about 50 per cent, from 1,000 to 1,480 last year.",
         id="percent: hedged, fits"),
    Miss(PERCENT, "Visitors rose from 300,000 to 450,000, and spending grew 40 per cent.",
         id="percent: another thing after and"),
    Miss(PERCENT, "Support rose 5 percentage points, from 40 per cent to 45 per cent.",
         id="percent: points"),
    Miss(PERCENT, "Prices went up from 2019 to 2023, by 20 per cent in all.",
         id="percent: years are no pair"),
    Miss(PERCENT, "From £2.50 to £3.50, the fare has changed twice; it rose 10% in May.",
         id="percent: a semicolon parts them"),
    Miss(SHARE, "The helpline logged 1,380 calls last year. Of those, 690, or half, were about "
         "late services.", id="fraction: fits"),
    Miss(SHARE, "Thieves took the details of about 38,000 customers.\n\nThe stolen accounts "
         "make up roughly two-fifths of the firm's 95,000 customers.",
         id="fraction: the group fits"),
    Miss(SHARE, "The school has 900 pupils.\n\nThey are more than half of the town's 1,200 "
         "children.", id="fraction: the count is the whole"),
    Miss(SHARE, "Inspectors visited 240 cafés in the spring.\n\nThe cafés make up a third of "
         "the city's 700 food businesses.", id="fraction: a third fits"),
    Miss(PARTS, "The show drew 1,200 entries: 500 cattle, 400 sheep and 300 pigs.",
         id="parts: they add up"),
    Miss(PARTS, "The shelter rehomed 50 dogs, 30 cats and 12 rabbits last year.",
         id="parts: a plain list of counts"),
    Miss(PARTS, "The farm keeps 300 animals: 120 cows, 100 sheep and 80 goats.",
         id="parts: they add up, a colon"),
    Miss(PARTS, "The shelter took in 96 animals last year: 50 dogs, 30 cats and others.",
         id="parts: the list says it is not all"),
    Miss(PARTS, "The shelter took in 96 animals last year, including 50 dogs, 30 cats and 12 "
         "rabbits.", id="parts: including"),
    Miss(AGE, "WEXFORD, 4 August 2026 —\n\nTom Reilly, 76, has shown cattle at the show since "
         "1962, when he led his father's bull round the ring at the age of 12.",
         id="age: when clause fits"),
    Miss(AGE, "Davey Laing, 58, who left school at 16 and has fished out of the harbour for 42 "
         "years, was the last man off.", id="age: the years fit"),
    Miss(AGE, "Joan Reid, 61, joined the choir at 22 and has lived in the town for 50 years.",
         id="age: lived is no career"),
    Miss(AGE, "Pat Moss, 40, joined the brigade at 18 and has served for nearly 23 years.",
         id="age: nearly, fits with a birthday"),
    Miss(AGE, "Mo Khan, 35, who started at 9am, has worked for 30 years at the club.",
         id="age: a clock time is no age"),
    Miss(SINCE, "YORK, 2 March 2026 —\n\nHarbour Ferries has sailed to the island since 2001."
         "\n\nIn the 25 years that Harbour Ferries has sailed to the island, it has never "
         "missed a summer.", id="since: it fits"),
    Miss(SINCE, "YORK, 2 March 2026 —\n\nHarbour Ferries started sailing to the island in "
         "2001.\n\nThe 10 years Harbour Ferries has owned the pier have been costly.",
         id="since: nothing shared but the name"),
    Miss(SINCE, "YORK, 2 March 2026 —\n\nHarbour Ferries has sailed to the island since 2001."
         "\n\nThe next 10 years Harbour Ferries has planned will bring new boats.",
         id="since: a span to come"),
    Miss(SINCE, "DENVER, June 3, 2026 —\n\nRocky Bakeries has supplied the city schools since "
         "2016.\n\nOver the past four years Rocky Bakeries has supplied the city schools with "
         "rye bread.", id="since: over the past N years is part of the span"),
    Miss(TRIP, "The ferry departed at 6:40 a.m. and docked at 7:20 a.m. The crossing took 40 "
         "minutes, as usual.", id="trip: it fits"),
    Miss(TRIP, "The plane took off at 10pm and touched down at 1.30am. The flight took nearly "
         "four hours.", id="trip: nearly, it fits"),
    Miss(TRIP, "The first boat left at 9am and the second left at 10am. Both reached the "
         "island at 11am.\n\nThe 40-minute crossing is popular.", id="trip: two starts"),
    Miss(TRIP, "The lifeboat left at 11.48pm.\n\nThe 20-minute run out was rough.",
         id="trip: no arrival time"),
    Miss(TRIP, "The bus left at 8am and arrived at 9am.\n\nA 30-minute walk takes you to the "
         "beach, and a 40-minute drive to the hills.", id="trip: two lengths"),
    Miss(START, "LEEDS, 8 April 2026 —\n\nDrivers will be charged £5 a day to enter the city "
         "centre from 1 June, the council said.\n\nThe fee, which is due on 1 June, can be "
         "paid online.", id="start: the same date"),
    Miss(START, "LEEDS, 8 April 2026 —\n\nDrivers will be charged £5 a day to enter the city "
         "centre from 1 June.\n\nThe consultation on the toll will start on 1 May.",
         id="start: a consultation is not the change"),
    Miss(START, "LEEDS, 8 April 2026 —\n\nThe library will open on Sundays from 1 June.\n\n"
         "The new fee for late books will begin on 1 July.", id="start: no payment in the lead"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round9_figures_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round9_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

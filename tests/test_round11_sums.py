"""Round 11 of issue 15, sums: arithmetic triggers made to accept the other common ways of
saying the same sum. A change between two numbers said as a fraction with the numbers dated
('from 48,000 in 2019 to 36,000 last year, a drop of a third'; 'roughly a third fewer'); a
percentage of a sum ('$640,000, about 6 percent of its $21.3 million budget') or of a count in
the sentence before ('… That is roughly 1 percent'); a whole said after 'so', 'meaning' or
'bringing the fleet to', with a hedge allowed its rounding; a cost said to be over its plan by
the wrong sum; a vote's sides said as 'the four members who backed it'; a count given as one
each for a group plus spares. Every sentence was written for this file, in several orders,
number styles and British and US styles; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

DIFF, SHARE, SUM = "figures.difference", "figures.share-of-whole", "figures.sum-in-words"
VOTE, PARTS = "figures.vote-count", "figures.count-parts"
SC, W = "self-contradiction", "warning"

FOUND = [
    # -- a change said as a fraction, each number with its own date or rate
    Hit(DIFF, "Footfall fell from 60,000 in 2021 to 50,000 last year, a drop of a third.",
        SC, "a third", W, related=["60,000", "50,000"], id="fraction: in 2021, last year"),
    Hit(DIFF, "Ridership went from 8,000 a day in March to 7,200 a day in June, down by a "
        "quarter.", SC, "a quarter", W, id="fraction: a day in March, down by"),
    Hit(DIFF, "Membership rose from 400 at the end of 2023 to 700 this year, up by half.", SC,
        "half", W, id="fraction: at the end of, up by half"),
    Hit(DIFF, "The deficit shrank from £9m in 2022 to £8m in 2024, roughly a third less.", SC,
        "a third", W, id="fraction: money, roughly a third less"),
    Hit(DIFF, "Calls went from 1,200 the previous year to 1,000 this year, or a half fewer.",
        SC, "half", W, id="fraction: or a half fewer"),
    Hit(DIFF, "Applications climbed from 900 during 2022 to 1,000 last month, an increase of "
        "a fifth.", SC, "a fifth", W, id="fraction: during, an increase of"),
    # -- a percentage of a sum, or of a count said in the sentence before
    Hit(SHARE, "The district expects to save $900,000 a year, about 9 percent of its $30 "
        "million budget.", SC, "9 percent", W, related=["$900,000", "$30 million"],
        id="percent of a sum: a year, about, US"),
    Hit(SHARE, "The trust spends 12% of its £2.5m budget, or £450,000, on agency nurses.", SC,
        "12%", W, id="percent of a sum: share first, or"),
    Hit(SHARE, "The grant of $50,000 covers 20 percent of the $500,000 cost.", SC,
        "20 percent", W, id="percent of a sum: covers"),
    Hit(SHARE, "Parking brings in £300,000, which is 30 per cent of the council's £3 million "
        "income from fees.", SC, "30 per cent", W, id="percent of a sum: which is, owner's"),
    Hit(SHARE, "Last winter 620 of the county's 3,100 roads were gritted late. That is about "
        "40 per cent of them.", SC, "40 per cent", W, id="count then That is: British"),
    Hit(SHARE, "In the survey, 45 out of the 900 stores ran short of flour. That's roughly 15 "
        "percent.", SC, "15", W, id="count then That's: out of"),
    Hit(SHARE, "Only 30 of the 120 stations (about 40%) have step-free access.", SC, "40%",
        W, related=["30 of the 120"], id="count then share in brackets"),
    Hit(SHARE, "Last spring 2,050 of the district's 20,500 homes, or 1 per cent, lost power.",
        SC, "1 per cent", W, id="count then share: or, same sentence"),
    # -- a whole said after 'so', 'meaning', 'together', 'bringing … to'
    Hit(SUM, "The north campus has 1,200 students and the south campus 950, so the merged "
        "college will teach about 2,500.", SC, "2,500", W, related=["1,200", "950"],
        id="so: about, merged"),
    Hit(SUM, "The bakery employs 14 people and the café 9, meaning the new firm will have 25 "
        "staff.", SC, "25", W, id="meaning"),
    Hit(SUM, "Four new lifeboats join the nine already on station, bringing the fleet to 15.",
        SC, "15", W, id="bringing the fleet to, number words"),
    Hit(SUM, "Oakley parish has 2,400 voters and Brent parish 1,700; together they make up a "
        "ward of 4,600.", SC, "4,600", W, id="together, semicolon"),
    Hit(SUM, "The first appeal raised $18,000 and the second $12,000, so the fund now stands "
        "at $33,000.", SC, "$33,000", W, id="so: money, US"),
    Hit(SUM, "Two more wind turbines were added to the 11 on the ridge last year, taking the "
        "farm to 14.", SC, "14", W, id="taking the farm to"),
    # -- a cost over (or under) its plan
    Hit(DIFF, "The council set a budget of £4 million for the pool. The final bill is £5.5 "
        "million, £1 million more than planned.", SC, "£1 million", W,
        related=["£4 million", "£5.5 million"], id="over plan: budget of, more than planned"),
    Hit(DIFF, "The bridge was expected to cost $40 million. It ended up at $52 million, "
        "$8 million more than forecast.", SC, "$8 million", W, id="over plan: expected to cost"),
    Hit(DIFF, "The library came in at £2.1m, £300,000 under its £2.5m budget.", SC,
        "£300,000", W, id="under plan: one phrase"),
    Hit(DIFF, "The school's £12m budget was agreed in 2023.\n\nThe cost has now reached £15m, "
        "about £5m over budget.", SC, "£5m", W, id="over budget: about, far apart"),
    Hit(DIFF, "The estimated cost was $900,000. The finished depot cost $1.2 million, "
        "$200,000 higher than estimated.", SC, "$200,000", W, id="over plan: higher than"),
    Hit(DIFF, "The stand cost €6.4 million, €1.1 million above the €5 million estimate.", SC,
        "€1.1 million", W, id="over plan: euros, above the estimate"),
    # -- a vote's sides said in other words
    Hit(VOTE, "The board voted 5-2 on Tuesday to close the pool.\n\nThe four trustees who "
        "backed the plan said the repairs cost too much.", SC, "four", W,
        related=["voted 5-2"], id="vote: backed"),
    Hit(VOTE, "The council voted 7-4 to approve the budget. The three dissenting councillors "
        "said it cut too deep.", SC, "three", W, id="vote: dissenting councillors"),
    Hit(VOTE, "The commission approved the lease by a 6-1 vote. Four commissioners supported "
        "it because of the rent.", SC, "Four", W, id="vote: N-N vote, supported"),
    Hit(VOTE, "Supervisors voted 3-2 for the new map.\n\nThe three supervisors who opposed it "
        "said it split the valley.", SC, "three", W, id="vote: opposed, US"),
    Hit(VOTE, "The panel voted eight to three to close the ward. Two members who voted no "
        "wanted more time.", SC, "Two", W, id="vote: words, voted no"),
    Hit(VOTE, "Governors voted 9-3 in favour. The four governors that rejected the plan "
        "wrote to parents.", SC, "four", W, id="vote: that rejected"),
    Hit(VOTE, "Councillors approved the plan 6-3 on Monday.\n\nThe two councillors who voted "
        "against it said the town could not afford it.", SC, "two", W,
        related=["approved the plan 6-3"], id="vote: approved N-N"),
    # -- one each for a group, plus spares
    Hit(PARTS, "The force bought 58 radios, enough to give one to each of its 48 officers, "
        "with six spares.", SC, "48", W, id="spares: one to each of"),
    Hit(PARTS, "The school bought 40 laptops, one for every one of its 32 teachers plus five "
        "spares.", SC, "32", W, id="spares: for every one of, plus"),
    Hit(PARTS, "The club ordered 30 shirts, one for each of the 22 players and four as spares.",
        SC, "22", W, id="spares: and as spares"),
    Hit(PARTS, "Twenty tablets will give one to each of the ward's 15 nurses, leaving three "
        "spare.", SC, "15", W, id="spares: words, leaving spare"),
    Hit(PARTS, "The council has 120 bins, a bin for each of the 100 streets, with 12 in "
        "reserve.", SC, "100", W, id="spares: a bin, in reserve"),
    Hit(PARTS, "Organisers hired 75 radios so there is one for each of the 60 stewards, "
        "plus 10 as back-ups.", SC, "60", W, id="spares: back-ups"),
]

CLEAN = [
    Miss(DIFF, "Footfall fell from 60,000 in 2021 to 40,000 last year, a drop of a third.",
         id="fraction fits"),
    Miss(DIFF, "Bus trips fell from 12,000 a week in 2020 to 9,000 this year, a quarter fewer.",
         id="fraction fits: a quarter fewer"),
    Miss(DIFF, "Membership rose from 400 at the end of 2023 to 600 this year, up by half.",
         id="fraction fits: up by half"),
    Miss(SHARE, "The college spends £240,000, roughly 8 per cent of its £3m budget, on heat.",
         id="percent of a sum fits"),
    Miss(SHARE, "Fees brought in £1.2 million, or 40 per cent of the club's £3 million income.",
         id="percent of a sum fits: or"),
    Miss(SHARE, "Some 900 of the 3,000 pupils sit the exam. That's about 30 per cent.",
         id="count then That's fits"),
    Miss(SHARE, "Of the 3,000 pupils, 900 sit the exam. That is up 5 per cent on last year.",
         id="That is up: a change, not a share"),
    Miss(SHARE, "Some 12 of the 40 stations closed, 30 percent more than last year.",
         id="count then a change, not its share"),
    Miss(SHARE, "In 2024, 45 of the 50 states, or 90 percent, sent reports.",
         id="count then share fits"),
    Miss(SHARE, "The firm made $2 million, up 20 percent on the $1.5 million of 2024.",
         id="a rise, not a share"),
    Miss(SUM, "Oakfield has 310 pupils and Elmwood has 290, so the new school will open with "
         "about 600.", id="so: fits with about"),
    Miss(SUM, "The club has 300 members and 40 volunteers, so it needs about 500 chairs.",
         id="so: two kinds of thing"),
    Miss(SUM, "Adults pay £5 and children £3, so a family of four pays £16.",
         id="so: a price, not a sum"),
    Miss(SUM, "The team scored three goals and conceded two, so it won by one.",
         id="so: a margin"),
    Miss(SUM, "She hit 45 and 30 in the two games, taking her season tally to 400.",
         id="taking: a tally with earlier games in it"),
    Miss(SUM, "Three new buses join the 12 in service, bringing the fleet to 15.",
         id="bringing: fits"),
    Miss(DIFF, "The budget was £11.5 million. The final bill is £18.6 million, £7.1 million "
         "more than planned.", id="over plan: fits"),
    Miss(DIFF, "The scheme had a budget of £3m and a grant of £1m. It cost £4.2m, about £1.2m "
         "more than planned.", id="over plan: about fits"),
    Miss(DIFF, "A budget of £3m was set for the roof and a budget of £5m for the hall. The roof "
         "cost £4m, £2m more than planned.", id="over plan: two budgets"),
    Miss(VOTE, "The board voted 5-2 to close the pool. The five trustees who backed the plan "
         "said the repairs cost too much.", id="vote: fits"),
    Miss(VOTE, "The board voted 5-2 to close the pool. The district's 160 teachers backed "
         "the plan.", id="vote: not members of the body"),
    Miss(VOTE, "The inquiry opened eight months after councillors rejected the scheme by "
         "seven votes to four.", id="vote: a time before the members"),
    Miss(VOTE, "The council voted 7-4. The other three members who opposed it walked out.",
         id="vote: other"),
    Miss(VOTE, "Councillors approved the plan 6-3 on Monday. The three councillors who voted "
         "against it said the town could not afford it.", id="vote: approved N-N fits"),
    Miss(PARTS, "The force bought 54 radios, one for each of its 48 officers, with six spares.",
         id="spares: fits"),
    Miss(PARTS, "The club ordered about 30 shirts, one for each of the 22 players, with four "
         "spares.", id="spares: hedged count"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round11_sums_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round11_sums_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

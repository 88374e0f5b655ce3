"""Round 10 of issue 15, sources: each mechanism made general, not fitted to a sentence.

Classes: a quote within a quote with one of the two never closed, where the open one is
circled, not the right closing mark of the other; one person given jobs at a firm and at
another body, where the firm is named by its name alone ('Hale Brothers’ site manager', later
'a council inspector'); a quotation mark opened in the middle of a sentence and never closed,
read as running on because the next paragraph opens with a quote, though the reporter's
words follow it ('…, and said she'); one person quoted with 'one' or 'a' and a noun that
'who' shows is a person ('One regular, who …'); a verdict after a sentence whose only source
is a participle beside another deed ('…, saying it was losing money'); a count that a scheme
'will' create, save or take off the roads, with no source; money given as the reason for a
deed that takes something away ('closed the library to help pay for …'); and things in
someone's care that were lost or mislaid. Every sentence was written for this file; near
misses must stay silent.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

JOBS = "roles.two-jobs"
SIDES = "roles.two-sides"
ROLES = ("roles.two-jobs", "roles.two-posts", "roles.two-single-posts", "roles.conflict",
         "roles.two-sides")
UNCLOSED = "quotes.unclosed"
ANONYMOUS = "sourcing.anonymous"
VERDICT = "attribution.unsourced-verdict"
FIGURE = "attribution.unsourced-figure"
ACCUSATION = "attribution.unsourced-accusation"
SCENE = "The council met on Monday.\n\n“We will reopen in the spring,” said Ann Cole.\n\n"
OPENING = "The council met on Monday.\n\nThe vote was close.\n\n"


def roles(rule: str, first: str, second: str, words: str, id: str):
    """A role conflict of ``rule`` on a three-paragraph text (a paragraph between)."""
    return Hit(rule, f"{first}\n\nThe work began in March.\n\n{second}", "role-conflict",
               words, "warning", id=id)


FOUND = [
    # -- a firm named by its name alone, then another kind of body
    roles(JOBS, "Hale Brothers Ltd won the contract in May. Sam Ode, Hale Brothers’ site "
          "manager, said the road would reopen.",
          "Ode, a council inspector, said the work had passed its checks.", "a council inspector",
          id="firm: a name ending in Ltd, then a council inspector"),
    roles(JOBS, "The contractor, Brightwater Paving, laid the new surface. Its operations "
          "director, Lia Mendez, said the job was on time. Lia Mendez, Brightwater’s "
          "operations director, said crews worked at night.",
          "Mendez, the county's operations director, said the surface met the standard.",
          "the county's operations director",
          id="firm: named beside 'the contractor', then the county's same post"),
    roles(SIDES, "Tom Abe, Kestrel Marine’s project manager, said the hull was sound. The "
          "shipbuilder, Kestrel Marine, took two years.",
          "Abe, a spokeswoman for the university, said the ship would sail in June.",
          "a spokeswoman for the university", id="firm: shipbuilder, then speaks for a university"),
    roles(JOBS, "The sale was run by Hogg & Lyle, an estate firm. Rob Tarrant, Hogg & Lyle’s "
          "sales manager, took the bids.",
          "Rob Tarrant, the trust's sales manager, said the money would go to repairs.",
          "the trust's sales manager", id="firm: a name with '&', then a trust's post"),
    roles(SIDES, "Jo Pike, Ferncastle Homes’ planning manager, presented the scheme. "
          "Ferncastle Homes, the developer, wants 300 houses.",
          "Jo Pike, who speaks for the council, said a decision was due in May.",
          "who speaks for the council", id="firm: developer, then 'who speaks for' the council"),
    roles(JOBS, "Greyline Bus Services lost the route in 2024. Ed Kwan, Greyline’s depot "
          "manager, said drivers had been told.",
          "Ed Kwan, the city's depot manager, said a new operator would start in July.",
          "the city's depot manager", id="firm: Services, US style, then the city"),
    roles(JOBS, "“Every bid was real,” said the auctioneer, Fay Dunmore.",
          "Dunmore, the council’s head of estates, said the money would pay for repairs.",
          "the council’s head of estates", id="a trade of the new lines, then a council post"),
    # -- a quote opened mid-sentence, the reporter's words after it, the next paragraph a quote
    Hit(UNCLOSED, OPENING + "Mr Hale called the fine “a disgrace to the whole town, and said he "
        "would appeal within the month.\n\n“We will fight this,” he said.", "unbalanced-quote",
        "“", "error", id="unclosed: 'and said he', double marks"),
    Hit(UNCLOSED, OPENING + "She described the new rules as ‘a tax on families, adding that "
        "nobody had asked the parents.\n\n‘It is not fair,’ she said.", "unbalanced-quote",
        "‘", "error", id="unclosed: ', adding that', single marks"),
    Hit(UNCLOSED, OPENING + "The coach said the defeat was “hard to take but deserved, he said "
        "after the match.\n\n“We were second best,” he added.", "unbalanced-quote", "“", "error",
        id="unclosed: 'he said' inside"),
    Hit(UNCLOSED, OPENING + "Residents called the plan \"madness from start to finish, and told "
        "the meeting it would ruin the park.\n\n\"Nobody wants it,\" one said.",
        "unbalanced-quote", "\"", "error", id="unclosed: straight marks, 'and told'"),
    Hit(UNCLOSED, OPENING + "The head teacher said the results were “the best in the school’s "
        "history, saying that staff had worked every weekend.\n\n“They earned it,” she said.",
        "unbalanced-quote", "“", "error", id="unclosed: ', saying that'"),
    Hit(UNCLOSED, OPENING + "Ms Okoro said the delay was ‘simply unacceptable but said she "
        "understood the reasons.\n\n‘Nobody is to blame,’ she added.", "unbalanced-quote", "‘",
        "error", id="unclosed: 'but said she'"),
    Hit(UNCLOSED, OPENING + "The mayor called the report “deeply flawed and promised a full "
        "review by the summer.\n\n“We will look again,” she said.", "unbalanced-quote", "“",
        "error", id="unclosed: 'and promised', any reporting verb"),
    # -- a quote within a quote, one of the two left open: the open one is circled
    Hit(UNCLOSED, OPENING + "Lee grew up on a farm. \"My mother always told me, 'Keep your head "
        "down, and I did for years,\" she said.\n\nThe farm was sold.", "unbalanced-quote", "'",
        "error", id="nested: inner straight single never closed"),
    Hit(UNCLOSED, OPENING + "“My coach used to shout, ‘Run until you drop, and we did,” said "
        "Ana Ruiz.\n\nThe club folded.", "unbalanced-quote", "‘", "error",
        id="nested: inner curly single never closed"),
    Hit(UNCLOSED, OPENING + "‘The sign said “No entry after dark, so we turned back,’ he said."
        "\n\nThe path reopened.", "unbalanced-quote", "“", "error",
        id="nested: British, inner double never closed"),
    Hit(UNCLOSED, OPENING + "Dina Cole said the promise was broken. \"The mayor told us, 'The "
        "library stays open.' Then it shut in May.\n\nThe mayor did not reply.",
        "unbalanced-quote", "\"", "error", id="nested: outer straight double never closed"),
    Hit(UNCLOSED, OPENING + "Parents were angry. “The head told us, ‘No child will lose a "
        "place.’ Three weeks later the letters came.\n\nThe school did not reply.",
        "unbalanced-quote", "“", "error", id="nested: outer curly double never closed"),
    Hit(UNCLOSED, OPENING + "Staff were told in May. ‘The manager promised, “Nobody will lose "
        "their job.” Then forty of us did.\n\nThe firm did not reply.", "unbalanced-quote",
        "‘", "error", id="nested: British, outer single never closed"),
    # -- one person quoted with 'one' or 'a' and 'who'
    Hit(ANONYMOUS, SCENE + "One regular, who has swum at the baths since 1980, said the "
        "closure had left her lonely.", "anonymous-source", "One regular", "note",
        id="anonymous: one regular, who"),
    Hit(ANONYMOUS, SCENE + "One local, who asked about the bins, said nobody had replied.",
        "anonymous-source", "One local", "note", id="anonymous: one local, who"),
    Hit(ANONYMOUS, SCENE + "A regular, who has drunk at the Swan for forty years, said the "
        "beer had never been better.", "anonymous-source", "A regular", "note",
        id="anonymous: a regular, who"),
    Hit(ANONYMOUS, SCENE + "A local who walks the path every day said it was flooded.",
        "anonymous-source", "A local", "note", id="anonymous: a local who, no comma"),
    Hit(ANONYMOUS, SCENE + "One widow, who has lived on Mill Street for sixty years, told the "
        "meeting the noise was unbearable.", "anonymous-source", "One widow", "note",
        id="anonymous: one widow, told"),
    Hit(ANONYMOUS, SCENE + "One fan, who has held a season ticket since 1990, said the club "
        "had lost its way.", "anonymous-source", "One fan", "note", id="anonymous: one fan, who"),
    # -- a verdict after a sentence sourced only by a participle beside a deed
    Hit(VERDICT, SCENE + "The owners shut the cinema in 2023, saying it was losing money. "
        "The rent was far too high for a building with a leaking roof.", "missing-attribution",
        "far too high", "note", id="verdict: after ', saying'"),
    Hit(VERDICT, SCENE + "The club sold the ground last year, claiming it had no choice. The "
        "price was much too low for land by the river.", "missing-attribution", "too low",
        "note", id="verdict: after ', claiming'"),
    Hit(VERDICT, SCENE + "The board closed the ward in May, arguing that nurses were needed "
        "elsewhere. The move was a terrible decision.", "missing-attribution",
        "a terrible decision", "note", id="verdict: after ', arguing', a judging noun"),
    Hit(VERDICT, SCENE + "The asking price was far too high for a house with no heating.",
        "missing-attribution", "far too high", "note", id="verdict: 'asking' is no source"),
    Hit(VERDICT, SCENE + "The firm raised fares in June, stating that fuel had gone up. The "
        "new fares are far too steep for families.", "missing-attribution", "far too steep",
        "note", id="verdict: after ', stating that'"),
    Hit(VERDICT, SCENE + "The trust sold the hall, explaining that repairs cost too much. It "
        "was the worst decision the trust has made.", "missing-attribution", "worst", "note",
        id="verdict: after ', explaining', a superlative"),
    # -- a count that a scheme will create, save or take away
    Hit(FIGURE, SCENE + "The bypass will take about 9,000 lorries a day out of the town centre.",
        "missing-attribution", "about 9,000 lorries", "note", id="forecast: take out, a rate"),
    Hit(FIGURE, SCENE + "The new factory will create 350 jobs by 2028.", "missing-attribution",
        "350 jobs", "note", id="forecast: create jobs"),
    Hit(FIGURE, SCENE + "The crossing will prevent up to 40 crashes a year.",
        "missing-attribution", "up to 40 crashes", "note", id="forecast: up to"),
    Hit(FIGURE, SCENE + "It will attract more than two thousand visitors each summer.",
        "missing-attribution", "two thousand visitors", "note", id="forecast: number words"),
    Hit(FIGURE, SCENE + "The scheme will save around 1,200 tonnes of carbon every year.",
        "missing-attribution", "1,200 tonnes", "note", id="forecast: save, tonnes"),
    Hit(FIGURE, SCENE + "The cameras will keep hundreds of speeding drivers off the estate.",
        "missing-attribution", "hundreds of speeding", "note", id="forecast: hundreds of"),
    Hit(FIGURE, SCENE + "The new lights have saved 14 lives at the junction.",
        "missing-attribution", "14 lives", "note", id="count: already done, 'have saved'"),
    Hit(FIGURE, SCENE + "The extra clinics will cut the waiting list by 3,000.",
        "missing-attribution", "3,000", "note", id="forecast: by how much, a count"),
    Hit(FIGURE, SCENE + "The new line is expected to attract 12,000 passengers a day.",
        "missing-attribution", "12,000 passengers", "note", id="forecast: is expected to"),
    Hit(FIGURE, SCENE + "The wind farm is forecast to power about 40,000 homes.",
        "missing-attribution", "about 40,000 homes", "note", id="forecast: is forecast to"),
    # -- money as the reason for a deed that takes something away
    Hit(ACCUSATION, SCENE + "The trust closed the day centre to help pay for its new head "
        "office.", "missing-attribution", "closed the day centre", "note",
        id="motive: closed, to help pay for"),
    Hit(ACCUSATION, SCENE + "The operator cut the late buses because they cost too much to run.",
        "missing-attribution", "cut the late buses", "note", id="motive: cut, because cost"),
    Hit(ACCUSATION, SCENE + "The school sold its playing field to raise cash for the new "
        "sports hall.", "missing-attribution", "sold its playing field", "note",
        id="motive: sold, to raise cash"),
    Hit(ACCUSATION, SCENE + "The company moved its drivers off the school routes to work "
        "airport runs that paid more.", "missing-attribution", "moved its drivers", "note",
        id="motive: moved off, runs that paid more"),
    Hit(ACCUSATION, SCENE + "The hospital scrapped the night clinic so it could balance its "
        "budget.", "missing-attribution", "scrapped the night clinic", "note",
        id="motive: scrapped, so it could balance its budget"),
    Hit(ACCUSATION, SCENE + "The council shut two libraries to fund a pay rise for its "
        "senior staff.", "missing-attribution", "shut two libraries", "note",
        id="motive: shut, to fund"),
    Hit(ACCUSATION, SCENE + "The firm delayed the repairs to avoid paying compensation to "
        "tenants.", "missing-attribution", "delayed the repairs", "note",
        id="motive: delayed, to avoid paying compensation"),
    Hit(ACCUSATION, SCENE + "The trust axed the evening service in order to save money.",
        "missing-attribution", "axed the evening service", "note", id="motive: in order to"),
    # -- things in someone's care lost or mislaid
    Hit(ACCUSATION, SCENE + "The surgery has lost blood samples from older patients before.",
        "missing-attribution", "lost blood samples", "note", id="care: lost samples before"),
    Hit(ACCUSATION, SCENE + "The housing office mislaid the tenants’ repair forms twice last "
        "year.", "missing-attribution", "mislaid", "note", id="care: mislaid forms"),
    Hit(ACCUSATION, SCENE + "Staff at the depot misplaced several planning documents in March.",
        "missing-attribution", "misplaced", "note", id="care: misplaced documents"),
    Hit(ACCUSATION, SCENE + "The clinic loses prescriptions sent by post.",
        "missing-attribution", "loses prescriptions", "note", id="care: present tense"),
    Hit(ACCUSATION, SCENE + "The records office shredded the adoption files in 2019.",
        "missing-attribution", "shredded the adoption files", "note", id="care: shredded files"),
    Hit(ACCUSATION, SCENE + "The agency threw away letters from applicants without reading "
        "them.", "missing-attribution", "threw away letters", "note",
        id="care: threw away letters"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round10_rule_finds(rule, body, expected):
    """The rule fires once, with the kind, words and severity expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    # roles: a firm and the same firm's other name; a place that shares a name
    Miss(ROLES, "Tom Abe, Kestrel Marine’s project manager, said the hull was sound. The "
         "shipbuilder, Kestrel Marine, took two years.\n\nAbe, a spokesman for the company, "
         "said the ship would sail in June.", id="clean: the firm and 'the company'"),
    Miss(ROLES, "Sam Ode, Hale Brothers’ site manager, said the road would reopen. Hale "
         "Brothers Ltd won the contract.\n\nOde, the firm's site manager, said the work had "
         "passed its checks.", id="clean: the firm and 'the firm'"),
    Miss(ROLES, "Ana Bell, Kelby’s town clerk, opened the meeting. Kelby is a market town in "
         "Devon.\n\nBell, the council's clerk, said the vote was close.",
         id="clean: a town's name and its council"),
    Miss(ROLES, "Ed Kwan, Greyline’s depot manager, said drivers had been told. Greyline Bus "
         "Services runs the route.\n\nKwan, a Greyline inspector, said tickets were checked.",
         id="clean: one firm, two posts of its staff"),
    Miss(ROLES, "Jo Pike, a council officer, met the residents.\n\nPike, the council's "
         "planning manager, said a decision was due.", id="clean: a bare officer of the council"),
    # quotes: a run-on quote in the speaker's own voice; a quote that opens a sentence
    Miss(UNCLOSED, OPENING + "Mr Hale said the fine was “a disgrace, and I told the council "
         "so when we met.\n\n“We will fight this,” he said.", id="clean: run-on with 'I'"),
    Miss(UNCLOSED, OPENING + "Ms Okoro said: “The delay is unacceptable, and they said it "
         "would not happen again.\n\n“Nobody believes them,” she added.",
         id="clean: a full quote after a colon runs on"),
    Miss(UNCLOSED, OPENING + "Ms Okoro said the council had “let us down again, and they "
         "promised a new roof.\n\n“We are still waiting,” she said.",
         id="clean: run-on with 'us', a reporting verb inside"),
    Miss(UNCLOSED, OPENING + "She called the plan “madness,” and said she would fight it.\n\n"
         "“Nobody wants it,” she said.", id="clean: the quote is closed"),
    Miss(UNCLOSED, OPENING + "\"My dad used to say, 'Nobody is coming,' and he was right,\" "
         "she said.\n\nThe town shrank.", id="clean: a quote within a quote, both closed"),
    Miss(UNCLOSED, OPENING + "‘The sign said “No entry”, so we turned back,’ he said.\n\n"
         "The path reopened.", id="clean: British nesting, both closed"),
    # anonymity: a named person with 'who'; a thing with 'which'
    Miss(ANONYMOUS, SCENE + "Ann Cole, who has swum at the baths since 1980, said the closure "
         "had left her lonely.", id="clean: a named person, who"),
    Miss(ANONYMOUS, SCENE + "One report, which the council published in May, said the baths "
         "were unsafe.", id="clean: a document, which"),
    # verdicts: the source speaks on in a main clause; a measure, not a verdict
    Miss(VERDICT, SCENE + "The owners said they shut the cinema because it was losing money. "
         "The rent was far too high, they said.", id="clean: verdict with its own source"),
    Miss(VERDICT, SCENE + "The asking price was £395,000.", id="clean: an asking price"),
    # forecasts: a time, a person's own plan, a supposition, a source
    Miss(FIGURE, SCENE + "The work will take about 18 months.", id="clean: a time"),
    Miss(FIGURE, SCENE + "Ann Cole has saved 40 dogs from the pound.", id="clean: a person's deed"),
    Miss(FIGURE, SCENE + "The show had taken 1,200 entries by May: 500 cattle and 700 sheep.",
         id="clean: entries a show took, past perfect"),
    Miss(FIGURE, SCENE + "The society has taken 900 bookings for the dinner.",
         id="clean: bookings a society took"),
    Miss(FIGURE, SCENE + "The council has created 50 jobs at the depot.",
         id="clean: a body's own deed, done"),
    Miss(FIGURE, SCENE + "Each of the new buses will carry 80 passengers.",
         id="clean: a size, not an effect"),
    Miss(FIGURE, SCENE + "The bypass would take 9,000 lorries a day out of the town if it "
         "were built.", id="clean: a supposition"),
    Miss(FIGURE, SCENE + "Ann Cole will help 30 families this winter.", id="clean: a person"),
    Miss(FIGURE, SCENE + "The new factory will create 350 jobs, the company said.",
         id="clean: a forecast with its source"),
    Miss(FIGURE, SCENE + "The council will cut 40 posts in April.", id="clean: a body's own plan"),
    Miss(FIGURE, SCENE + "The new line is expected by the operator to attract 12,000 passengers "
         "a day.", id="clean: expected, by someone"),
    # motives: a reason not about money; a reason with a source; a plain purpose of a deed
    # that takes nothing away
    Miss(ACCUSATION, SCENE + "The council closed the road to let the gas board repair a main.",
         id="clean: a reason with no money in it"),
    Miss(ACCUSATION, SCENE + "The trust closed the day centre to help pay for its new offices, "
         "according to the union.", id="clean: a motive with its source"),
    Miss(ACCUSATION, SCENE + "The council raised £2 million to pay for the new bridge.",
         id="clean: raising money to pay for something"),
    Miss(ACCUSATION, SCENE + "The club opened a shop to raise money for the youth team.",
         id="clean: a deed that takes nothing away"),
    # things in care: lost a match, an appeal or votes
    Miss(ACCUSATION, SCENE + "The team has lost three matches in a row.", id="clean: lost matches"),
    Miss(ACCUSATION, SCENE + "The council lost its appeal against the ruling.",
         id="clean: lost an appeal"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round10_clean(rules, body):
    """Near misses: the rules may circle nothing."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

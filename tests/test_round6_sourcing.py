"""Sourcing rules of issue 15, sixth round: the round-5 rules made general.

One person described by a job and a workplace and never named ('A senior administrator at
the hospital said'), however the sentence is built; a figure that has multiplied, with a hedge
('have more than tripled') or '-fold'; a share that a body loses or turns away, as a rate;
blame for being warned, or for acting without asking the people with a say; a view or a feeling of a group
nobody can pick out ('Observers believe', 'Some residents feel ignored'); a quote left open
before the next paragraph's quote from somebody else, or before a plural's ’ in a name ('the
Market Traders’ Association'). And the near misses that must stay quiet: a lead's summary
('hospital officials said') when the officials are named just after; a figure that describes a
thing ('The £9 million, 40-bed ward'); 'should' of a timetable and 'must' of a rule; a short
form of a company's name; a name split from its title by the parser; a question asked; a
share of the people a survey asked.

Every sentence was written for this file, in the shape of the family (none is taken from an
article the rules were measured on).
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, found_by, needs_model
from test_checks import test_rule_finds as check_rule_finds

ANONYMOUS = "sourcing.anonymous"
VAGUE = "sourcing.vague"
FIGURE = "attribution.unsourced-figure"
ACCUSATION = "attribution.unsourced-accusation"
OPINION = "attribution.unsourced-opinion"
UNINTRODUCED = "attribution.unintroduced-source"
UNCLOSED = "quotes.unclosed"
SCENE = "The council met on Monday.\n\n"

FOUND = [
    # -- one person by a job and a workplace, never named
    Hit(ANONYMOUS, SCENE + "A senior technician at the depot said the trams could be late "
        "again.", "anonymous-source", "A senior technician at the depot", "note",
        id="anonymous: a job at a workplace, said"),
    Hit(ANONYMOUS, SCENE + "The trams could be late again, a senior technician at the depot "
        "said on Friday.", "anonymous-source", "a senior technician at the depot", "note",
        id="anonymous: said after the words"),
    Hit(ANONYMOUS, SCENE + "An inspector with the rail company, speaking privately, said the "
        "line would stay shut until June.", "anonymous-source",
        "An inspector with the rail company", "note", id="anonymous: with a company, aside"),
    Hit(ANONYMOUS, SCENE + "Speaking on condition of anonymity, a supervisor at the warehouse "
        "said 60 jobs would go.", "anonymous-source", "a supervisor at the warehouse", "note",
        id="anonymous: after an opening phrase"),
    Hit(ANONYMOUS, SCENE + "One librarian at the college told the Echo that the shelves were "
        "half empty.", "anonymous-source", "One librarian at the college", "note",
        id="anonymous: one, told"),
    Hit(ANONYMOUS, SCENE + "According to a chemist at the plant, the samples were never "
        "tested.", "anonymous-source", "a chemist at the plant", "note",
        id="anonymous: according to"),
    Hit(ANONYMOUS, SCENE + "“We were told nothing,” a conductor for the ferry company said.",
        "anonymous-source", "a conductor for the ferry company", "note",
        id="anonymous: a quote, then the speaker"),
    Hit(ANONYMOUS, SCENE + "A Treasury economist has said the forecast is too gloomy.",
        "anonymous-source", "A Treasury economist", "note", id="anonymous: a body's name first"),
    # -- a figure that has multiplied, however hedged
    Hit(FIGURE, SCENE + "Attendances at village fetes have more than tripled in the past four "
        "summers.", "missing-attribution", "have more than tripled", "note",
        id="figure: have more than tripled"),
    Hit(FIGURE, SCENE + "Sales of cargo bikes doubled last year.", "missing-attribution",
        "doubled", "note", id="figure: doubled, no 'has'"),
    Hit(FIGURE, SCENE + "Visits to the museum have risen fivefold since 2019.",
        "missing-attribution", "risen fivefold", "note", id="figure: risen fivefold"),
    Hit(FIGURE, SCENE + "Complaints about noise have all but halved since the curfew began.",
        "missing-attribution", "all but halved", "note", id="figure: all but halved"),
    Hit(FIGURE, SCENE + "Waiting lists for knee operations have roughly trebled in five years.",
        "missing-attribution", "roughly trebled", "note", id="figure: roughly trebled"),
    Hit(FIGURE, SCENE + "Rents in the city have risen by more than half since 2020.",
        "missing-attribution", "by more than half", "note", id="figure: by more than half"),
    Hit(FIGURE, SCENE + "Nearly 60% of the county's bridges need repairs.",
        "missing-attribution", "60%", "note", id="figure: a share that needs"),
    # -- a share of what a body loses or turns away, as a rate
    Hit(FIGURE, SCENE + "Larkfield Water loses almost a third of the water it pumps through "
        "cracked mains.", "missing-attribution", "a third of", "note",
        id="figure: a body loses a share"),
    Hit(FIGURE, SCENE + "The hospital turns away one in six ambulances at night.",
        "missing-attribution", "one in six", "note", id="figure: a body turns away one in six"),
    Hit(FIGURE, SCENE + "Northway Rail cancels 12% of its trains in winter.",
        "missing-attribution", "12%", "note", id="figure: a body cancels a per cent"),
    Hit(FIGURE, SCENE + "The housing association turns down 30 per cent of the repair requests it receives.",
        "missing-attribution", "30 per cent", "note", id="figure: per cent in words"),
    Hit(FIGURE, SCENE + "The airport loses half of the bags that go missing in the county.",
        "missing-attribution", "half of", "note", id="figure: half of"),
    # -- warned, or acting without asking
    Hit(ACCUSATION, SCENE + "The college had been warned for years that the roof was leaking "
        "but chose not to fix it.", "missing-attribution", "warned for years", "note",
        id="accusation: had been warned for years"),
    Hit(ACCUSATION, SCENE + "The board was warned in 2019 that the pier was unsafe but decided "
        "not to close it.", "missing-attribution", "decided not to", "note",
        id="accusation: warned … but decided not to"),
    Hit(ACCUSATION, SCENE + "The landlord had been repeatedly told about the mould in the flats.",
        "missing-attribution", "repeatedly told", "note", id="accusation: repeatedly told"),
    Hit(ACCUSATION, SCENE + "Managers knew about the faulty wiring but opted not to replace it.",
        "missing-attribution", "opted not to", "note", id="accusation: knew … but opted not to"),
    Hit(ACCUSATION, SCENE + "The gallery also lent the statue to a private party without asking "
        "its owners.", "missing-attribution", "without asking its owners", "note",
        id="accusation: without asking the owners"),
    Hit(ACCUSATION, SCENE + "The club sold the pitch to a developer without consulting its "
        "members.", "missing-attribution", "without consulting its members", "note",
        id="accusation: without consulting members"),
    Hit(ACCUSATION, SCENE + "The academy changed the uniform without the consent of parents.",
        "missing-attribution", "without the consent of parents", "note",
        id="accusation: without the consent of"),
    # -- a view or a feeling of a vague group
    Hit(VAGUE, SCENE + "Observers believe the vote will be close.", "vague-attribution",
        "Observers believe", "note", id="vague: observers believe"),
    Hit(VAGUE, SCENE + "Critics fear the new road will bring more lorries.", "vague-attribution",
        "Critics fear", "note", id="vague: critics fear"),
    Hit(VAGUE, SCENE + "Sceptics doubt that the plant will ever open.", "vague-attribution",
        "Sceptics doubt", "note", id="vague: sceptics doubt that"),
    Hit(VAGUE, SCENE + "Many in the village feel let down by the council.", "vague-attribution",
        "Many in the village feel", "note", id="vague: many in the village feel let down"),
    Hit(VAGUE, SCENE + "Some residents feel ignored by the council.", "vague-attribution",
        "Some residents feel", "note", id="vague: some residents feel ignored"),
    Hit(VAGUE, SCENE + "Most traders feel ignored by the council.", "vague-attribution",
        "Most traders feel", "note", id="vague: most traders feel"),
    # -- a verdict on what a plan will do, told as a certainty
    Hit(OPINION, SCENE + "The bypass is doomed to fail.", "missing-attribution",
        "The bypass is doomed", "note", id="opinion: is doomed"),
    Hit(OPINION, SCENE + "The new supermarket will spell the end of the corner shops.",
        "missing-attribution", "spell the end of", "note", id="opinion: will spell the end of"),
    Hit(OPINION, SCENE + "The ruling is a death knell for the pub.", "missing-attribution",
        "death knell", "note", id="opinion: a death knell"),
    Hit(OPINION, SCENE + "Such schemes are bound to fail.", "missing-attribution",
        "bound to fail", "note", id="opinion: are bound to fail"),
    Hit(OPINION, SCENE + "The closure would rip the heart out of the village.",
        "missing-attribution", "rip the heart out of", "note", id="opinion: rip the heart out"),
    # -- a quote left open
    Hit(UNCLOSED, SCENE + "In a note to members, Peter Dale wrote: “Every match "
        "will go ahead. We are adding Sunday fixtures.\n\n“It is not the same as our own "
        "ground,” said Nia Ross, 16.", "unbalanced-quote", "“", "error",
        id="unclosed: runs on into another speaker's quote"),
    Hit(UNCLOSED, SCENE + "Mayor Ann Cole said: “We will rebuild the bridge by spring. Nobody "
        "will be left behind.\n\n“The money is not there,” said Tom Hale, who leads the "
        "opposition.", "unbalanced-quote", "“", "error",
        id="unclosed: before the opposition's quote"),
    Hit(UNCLOSED, SCENE + "“We have heard the neighbours,” Jo Mensah said. “We got the "
        "lighting wrong, and we will change it.\n\n“It is a start, nothing more,” said "
        "Councillor Rita Obi.", "unbalanced-quote", "“", "error",
        id="unclosed: a second quote runs on into a councillor's"),
    Hit(UNCLOSED, SCENE + "‘We’d rather stay put, said Ravi Shah, who chairs the Market "
        "Traders’ Association. ‘But we will make it work.’", "unbalanced-quote", "‘", "error",
        id="unclosed: before a name with a plural's mark"),
    Hit(UNCLOSED, SCENE + "‘Nobody asked us, said Tom Hale of the Allotment Holders’ Society. "
        "‘We found out from the paper.’", "unbalanced-quote", "‘", "error",
        id="unclosed: Holders’ Society"),
    Hit(UNCLOSED, SCENE + "‘We cannot go on, said Ann Bell, secretary of the Bus Drivers’ "
        "Union. ‘Something has to give.’", "unbalanced-quote", "‘", "error",
        id="unclosed: Drivers’ Union"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round6_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words and severity expected."""
    check_rule_finds(rule, body, expected)


LEDE = ("The new maternity wing at Fellside General Hospital will not open in March as planned, "
        "hospital officials said on Tuesday, after a failed fire inspection.\n\n")

CLEAN = [
    # a named source, a thing, an imagined person, a refusal to speak
    Miss(ANONYMOUS, SCENE + "A spokeswoman for the council, Ann Cole, said the road would "
         "reopen in May."),
    Miss(ANONYMOUS, SCENE + "A letter from the council said the road would reopen in May."),
    Miss(ANONYMOUS, SCENE + "A reader would ask why the road was closed."),
    Miss(ANONYMOUS, SCENE + "A lawyer for the family did not respond to requests for comment."),
    Miss(ANONYMOUS, SCENE + "Police said a 999 caller told them the car was speeding."),
    # a lead's summary, named just after
    Miss(ANONYMOUS, LEDE + "“We will not open a ward that is not safe,” said Joan Pryor, the "
         "hospital's chief executive."),
    Miss(ANONYMOUS, "Parties clash over the budget\n\nA former party treasurer says the leaders "
         "should set out a plan for the budget before the autumn conference begins next "
         "month.\n\n“Now is the time,” said Dan Reeve, who ran the party's accounts until 2019."),
    # a figure that describes a thing, a hypothetical, a deed
    Miss(FIGURE, SCENE + "The £9 million, 40-bed ward was meant to give the town its first "
         "maternity service."),
    Miss(FIGURE, SCENE + "The $30 million, 200-seat theatre was built to give the city a new "
         "stage."),
    Miss(FIGURE, SCENE + "The £4.5 million, three-storey library is due to open in May."),
    Miss(FIGURE, SCENE + "The council doubled its offer to the union."),
    Miss(FIGURE, SCENE + "If fares doubled, fewer people would travel."),
    Miss(FIGURE, SCENE + "She gives half of her wages to charity."),
    Miss(FIGURE, SCENE + "The town would need £2 million to fix the bridges."),
    Miss(FIGURE, SCENE + "The scheme needs £2 million to go ahead."),
    # 'should' of a timetable, 'must' of a rule
    Miss(OPINION, SCENE + "Work is due to begin in June and should be finished before the "
         "schools go back in September."),
    Miss(OPINION, SCENE + "The new parts should arrive in January."),
    Miss(OPINION, SCENE + "The bridge should reopen by the end of March."),
    Miss(OPINION, SCENE + "The ban starts on Monday. From then, households must not use a "
         "sprinkler, and anyone who breaks the rules could be fined."),
    Miss(OPINION, SCENE + "Under the new bylaw, dog owners must keep their pets on a lead."),
    Miss(OPINION, SCENE + "The doomed liner sank in 1912. The end of the pier was rebuilt."),
    # blame that is not: asking someone for something, a warning and a choice of one's own
    Miss(ACCUSATION, SCENE + "She left the party without asking anyone for a lift home."),
    Miss(ACCUSATION, SCENE + "He was warned about the weather before he set off, and turned "
         "back at the summit."),
    # a short form of a body, a title the parser split from the name
    Miss(UNINTRODUCED, SCENE + "Hosepipes are banned from Monday, Larkfield Water said "
         "today.\n\nLarkfield said its reservoirs were low."),
    Miss(UNINTRODUCED, SCENE + "At the opening, Mayor Wendell Ormsby thanked the firm.\n\n"
         "“This valley dug the coal,” Ormsby said."),
    # a question asked, a share of those surveyed
    Miss(VAGUE, SCENE + "Customers who want to report a leak, or ask whether the ban affects "
         "them, can call the company."),
    Miss(VAGUE, SCENE + "The club asked 300 fans how they travel. It found that most walk, and "
         "that most said they would not take a bus."),
    # a group picked out
    Miss(VAGUE, SCENE + "The critics believe the vote will be close."),
    Miss(VAGUE, SCENE + "Two analysts believe the vote will be close."),
    Miss(VAGUE, SCENE + "Experts at the Met Office believe the summer will be wet."),
    Miss(VAGUE, SCENE + "The parents feel let down by the school."),
    # a run-on quote that goes on with the same speaker
    Miss(UNCLOSED, SCENE + "The mayor, Ann Cole, said: “We will rebuild the bridge by spring. "
         "Nobody will be left behind.\n\n“The money is there, and we will spend it,” Cole "
         "said."),
    Miss(UNCLOSED, SCENE + "‘The players’ union has been told,’ he said. ‘We will meet them on "
         "Friday.’"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round6_clean(rules, body):
    """Near misses: the rule may circle nothing."""
    article, findings = found_by(rules, body)
    assert not findings, [(f.rule, f.text) for f in findings]

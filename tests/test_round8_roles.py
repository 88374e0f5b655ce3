"""Round 8 of issue 15, roles: one mechanism for one person given two jobs. Every description
the article attaches to a name (a title before it, a description before or after it with a
comma, 'X is the Y') is read as a job of ``jobs.txt`` and an employer, and each person's jobs
are compared: two trades, a trade and a post in another field, two posts, a board post and a
post of one body, an elected office and a paid post of the council, one job at two kinds of
body. Every sentence was written for this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

JOBS = "roles.two-jobs"
ROLES = ("roles.two-jobs", "roles.two-posts", "roles.two-single-posts", "roles.conflict",
         "roles.two-sides")


def two(first: str, second: str, words: str, id: str, related: tuple = ()):
    """A hit of roles.two-jobs on a two-paragraph text."""
    return Hit(JOBS, f"{first}\n\n{second}", "role-conflict", words, "warning",
               related=related, id=id)


FOUND = [
    # -- a trade and a post that runs something in another field
    two("Defending the firm, solicitor Amira Castell said it accepted the fine.",
        "Castell, the company’s managing director, said lessons had been learned.",
        "managing director", "trade and post: title before the name, then apposition",
        ("solicitor",)),
    two("Tomas Wren, the ferry company’s finance director, said fares would rise.",
        "“We have no choice,” said the harbourmaster, Tomas Wren.",
        "harbourmaster", "trade and post: 'said the Y, X'"),
    two("The head baker at Crumb & Co, Lydia Osei, said the ovens were new.",
        "Lydia Osei is the chain's managing director.", "managing director",
        "trade and post: 'X is the Y', US spelling"),
    two("Paramedic Jon Ibbot was first on the scene.",
        "The hospital's chief executive, Jon Ibbot, thanked the crews.", "chief executive",
        "trade and post: title, then a post before the name"),
    two("Sister Ngozi Bell, the ward manager, opened the new room.",
        "The races were started by Ngozi Bell, a play specialist on the ward.",
        "play specialist", "two trades: a nurse's post and another job"),
    two("Barrister Kemi Lowe spoke for the tenants.",
        "Kemi Lowe, a pharmacist at the Boots branch, said the queue was long.",
        "pharmacist", "two trades: a barrister and a pharmacist"),
    # -- two posts
    two("Not every district can pay for it, said Dana Roth, the district superintendent.",
        "Roth, the school's principal, said a party was planned.", "principal",
        "two posts: a district's and a school's"),
    two("Deputy Chief Lena Park said the drones were safe.",
        "Lena Park, the city's emergency management director, said more would come.",
        "emergency management director", "two posts: a capitalised title, then a post"),
    two("Omar Haddad, the hospital's chief financial officer, set the budget.",
        "“We will open in spring,” said Omar Haddad, the hospital's chief executive.",
        "chief executive", "two posts: CFO and chief executive of one hospital"),
    two("Petra Lind, the museum’s head of collections, chose the paintings.",
        "Lind, director of the Ashvale Arts Forum, said the show would tour.",
        "director of the Ashvale Arts Forum", "two posts at two bodies"),
    two("Brannock Ferries’ operations director, Ivo Stam, said the ship was late.",
        "Ivo Stam, the port's harbour master, said nine sailings were lost.",
        "harbour master", "two posts: two-word post in British style",),
    # -- a job given in a relative clause
    two("Kate Mossop, a nurse, ran the stall.",
        "Mossop, who works as a teacher at Hill School, said the fair raised £900.",
        "a teacher at Hill School", "relative: 'who works as' another trade"),
    two("Kate Mossop, the ward manager, ran the stall.",
        "Mossop, who is the hospital's chief executive, said the fair raised $900.",
        "chief executive", "relative: 'who is' another post"),
    two("Ravi Patel, a plumber from Elton, fixed the leak.",
        "Patel, who manages the leisure centre for the borough council, said it would reopen.",
        "who manages the leisure centre", "relative: 'who manages' beside a trade"),
    # -- a description shared by two names
    two("The festival’s co-directors, Sam Okon and Jess Tamm, met the council.",
        "Okon, the festival’s head of security, said 120 stewards would work each night.",
        "head of security", "shared: co-directors, then one of them another post"),
    two("The club's joint managers, Ali Reza and Tom Pike, picked the team.",
        "Reza, the club's physio, said two players were hurt.", "physio",
        "shared: joint managers, then one of them a trade"),
    two("The school's co-principals, Ann Roe and Meg Stiles, welcomed parents.",
        "Roe, the district superintendent, said the new wing would open in fall.",
        "superintendent", "shared: co-principals, US style, then a district post"),
    # -- one job at two kinds of body
    two("Dr Rhian Vale, conservation officer at the Marsh Wildlife Trust, objected.",
        "The county’s ecologist, Rhian Vale, said 40 pairs of skylarks nest there.",
        "The county’s ecologist", "two bodies: a trust, then the county"),
    two("Detective Sergeant Ana Brook, of Kellshire Police, asked for witnesses.",
        "Brook, the fire service’s lead investigator, said the report was due in May.",
        "lead investigator", "two bodies: the police, then the fire service"),
    two("Mina Roy, a nurse at Castleford Hospital, started the run.",
        "Roy, a nurse at the county council, said the money would buy toys.",
        "a nurse at the county council", "two bodies: one trade at two kinds of body"),
    two("Grace Okafor, an engineer at the Harbour Trust, checked the wall.",
        "The council's engineer, Grace Okafor, said repairs would take a year.",
        "The council's engineer", "two bodies: a trust's engineer, then the council's"),
    two("Sam Oyelaran, a solicitor at Pike & Lowe, read the lease.",
        "Sam Oyelaran, a solicitor with Dunmore Legal Services, said the tenants would sue.",
        "a solicitor with Dunmore Legal Services", "two bodies: two firms named"),
    # -- a board post and another post of the same body
    two("Jade Okon, the students' union president, led the march.",
        "Jade Okon, the union’s welfare officer, said students would return.",
        "welfare officer", "board and post: a union's president and its officer"),
    # -- an elected office and a paid post of the council
    two("Councilmember Ray Dunn voted for the budget.",
        "City Manager Ray Dunn said staff would help the orchestra.", "City Manager",
        "elected and post: councilmember, then city manager"),
    two("Councillor Sue Pym said the vote was close.",
        "Sue Pym, the council’s planning officer, said the plans were sound.",
        "planning officer", "elected and post: councillor, then the council's officer"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round8_rule_finds(rule, body, expected):
    """The rule fires once, with the kind, words, severity and places expected."""
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(JOBS, "Ngozi Bell, a nurse, started the race.\n\nBell, the ward manager, said the "
         "room would help.", id="clean: a nurse runs a ward"),
    Miss(JOBS, "Kai Dorn, an engineer, checked the bank.\n\nDorn, the trust’s head of "
         "engineering, said sensors were fitted.", id="clean: an engineer heads engineering"),
    Miss(JOBS, "Dr Li Wen, a surgeon, spoke.\n\nLi Wen, the hospital's medical director, said "
         "beds were short.", id="clean: a doctor is medical director"),
    Miss(JOBS, "Amy Cole, the director, spoke.\n\nCole, the firm’s managing director, said "
         "sales rose.", id="clean: one post said in more words"),
    Miss(JOBS, "Amy Cole, the firm's former finance director, spoke.\n\nCole, the firm’s "
         "managing director, said sales rose.", id="clean: a former post"),
    Miss(JOBS, "Amy Cole, a retired nurse, spoke.\n\nCole, the charity’s manager, said the "
         "room would open.", id="clean: a retired trade"),
    Miss(JOBS, "Ivo Stam, a lawyer at Bell & Co, spoke.\n\nIvo Stam, the lawyer for the "
         "county's water board, said the deal was fair.", id="clean: a lawyer and a client"),
    Miss(JOBS, "Martin Ode, the returning officer, read the result.\n\nOde, the council’s "
         "chief executive, said turnout was low.", id="clean: a duty beside a post"),
    Miss(JOBS, "Dr Ada Moss, a GP, spoke.\n\nMoss, chair of the Hillside Trust, said the "
         "hall would reopen.", id="clean: a doctor chairs a charity"),
    Miss(JOBS, "Councillor Raj Bhat, a teacher, spoke.\n\nBhat said he would vote against.",
         id="clean: a councillor with a day job"),
    Miss(JOBS, "Tom Harte, a director of the firm, spoke.\n\nTom Harte, its head baker, said "
         "the bread was fine.", id="clean: one of a firm's directors"),
    Miss(JOBS, "Ana Cruz, a nurse and the ward’s manager, spoke.\n\nCruz said the room "
         "would help.", id="clean: two jobs given at once"),
    Miss(JOBS, "Ana Cruz was the school's principal until 2019.\n\nCruz, the district "
         "superintendent, said exams would move.", id="clean: a past post"),
    Miss(JOBS, "Senator Jo Hale spoke.\n\nHale, chairman of the Senate Armed Services "
         "Committee, said the bill would pass.", id="clean: a senator who chairs a committee"),
    Miss(JOBS, "Kim Lowe, the club's chair, spoke.\n\nKim Lowe, a solicitor, said the lease "
         "was safe.", id="clean: a board post beside a trade"),
    Miss(JOBS, "Mark Lee, the ward manager, spoke.\n\nSarah Lee, a play specialist, said "
         "the children loved it.", id="clean: two people of one surname"),
    Miss(JOBS, "Nia Barr, who became chief executive in May, spoke.\n\nBarr, previously the "
         "firm's operations director, said costs fell.", id="clean: a change of job said"),
    Miss(JOBS, "Priya Das, the trust's chief executive, spoke.\n\nDas, the trust's chief "
         "executive, said the plan was sound.", id="clean: one post twice"),
    Miss(JOBS, "Rosa Quist, the council's cycling officer, spoke.\n\nQuist, the council's "
         "officer for cycling, said the lanes would open.", id="clean: one job, said two ways"),
    Miss(JOBS, "Chief Superintendent Ann Lee, head of operations at Kellshire Police, "
         "spoke.\n\nLee said the roads would reopen.", id="clean: a rank and a post together"),
    Miss(JOBS, "Dana Cruz, president of Dunmore Foods, spoke.\n\nCruz, the firm's chief "
         "executive, said sales rose.", id="clean: a president is often the chief executive"),
    Miss(JOBS, "Tom Beckett, a firefighter, spoke.\n\nBeckett, the station manager, said the "
         "engine was new.", id="clean: a firefighter runs a station"),
    Miss(JOBS, "Mo Diaz, a teacher, spoke.\n\nDiaz, the school's head of PE, said the "
         "field would reopen.", id="clean: a teacher heads a subject"),
    Miss(JOBS, "Rhea Stone, a maths teacher, spoke.\n\nStone, the school's headteacher, "
         "said the field would reopen.", id="clean: a headteacher teaches"),
    Miss(JOBS, "Kate Mossop, a nurse, ran the stall.\n\nMossop, who chairs the Elton Fair "
         "committee, said it raised £900.", id="clean: a nurse who chairs a committee"),
    Miss(JOBS, "Kate Mossop, a nurse, ran the stall.\n\nMossop, who was a teacher for ten "
         "years, said it raised £900.", id="clean: a past job in a relative clause"),
    Miss(JOBS, "Sara Lind, an architect, drew the plans.\n\nLind, the firm’s managing "
         "director, said work starts in May.", id="clean: trained in a trade, runs a firm"),
    Miss(JOBS, "Owen Tate, the trust's chief executive, spoke.\n\nTate, the trust’s "
         "accountable officer, signed the accounts.", id="clean: a statutory duty of a post"),
    Miss(JOBS, "Chief Constable Ruth Ames spoke.\n\nAmes, the force's chief officer, said "
         "patrols would rise.", id="clean: a chief constable is a force's chief officer"),
    Miss(JOBS, "Ella Crane, the museum's director, spoke.\n\nCrane, head of the museum "
         "since 2019, said the roof leaked.", id="clean: the top post said two ways"),
    Miss(JOBS, "Detective Superintendent Ian Rook spoke.\n\nRook, head of the major crimes "
         "unit, said the inquiry went on.", id="clean: a police rank and a police post"),
    Miss(ROLES, "Ben Oduya, the school's caretaker, spoke.\n\nOduya, the site manager, said "
         "the roof leaked.", id="clean: a caretaker manages the site (every role rule)"),
    Miss(ROLES, "Kate Ng, the trust's chief nurse, spoke.\n\nNg, the trust's director of "
         "nursing, said beds were short.", id="clean: a chief nurse directs nursing (every "
         "role rule)"),
    Miss(JOBS, "The firm's directors, Amy Cole and Ben Ode, spoke.\n\nCole, the firm's "
         "managing director, said sales rose.", id="clean: one of the directors runs the firm"),
    Miss(JOBS, "The festival's co-directors, Sam Okon and Jess Tamm, spoke.\n\nOkon, the "
         "festival's director, said the stage would turn.", id="clean: a co-director is a director"),
    Miss(JOBS, "Leo Marsh, the co-editor of Marsh Review, spoke.\n\nMarsh, the director of "
         "debate at Harnley University, said the debate was fair.",
         id="clean: a side job starting inside a word"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round8_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

"""Round 4 of issue 15, figures and roles: sums the article does for the reader that do not
work out, a vote's side counted as neither side, one officer given two ranks, and one person
given two posts at one body. Every sentence was written for this file, in shapes of my own
(none is taken from a keyed article); each family has real errors that must be found and
near misses that must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- two opening hours and their difference
    Hit("figures.hours-difference",
        "Under its old owners the café opened from 9am to 5pm. From March it will open from "
        "7am to 7pm: three hours a day longer than before.",
        "self-contradiction", "three hours", "warning", related=["9am to 5pm", "7am to 7pm"],
        id="hours difference: three for four"),
    Hit("figures.hours-difference",
        "The pool was open from 8am to 6pm. It now opens from 6am to 10pm, four hours longer.",
        "self-contradiction", "four hours longer", "warning", id="hours difference: longer"),
    Hit("figures.hours-difference",
        "The library kept its doors open from 8.30am to 8.30pm. Under the cuts it will open "
        "only from 10am to 4pm, five hours less each day.",
        "self-contradiction", "five hours less", "warning", id="hours difference: less"),
    # -- a change said with 'extra' or 'fewer' after 'up from' or 'down from'
    Hit("figures.change-from",
        "The new site has room for 64 stalls, up from 48 last year.\n\nTraders said the 20 "
        "extra stalls had gone to newcomers.",
        "self-contradiction", "20 extra stalls", "warning", related=["64 stalls, up from 48"],
        id="change from: extra"),
    Hit("figures.change-from",
        "The hall has 120 seats, up from 90. The 40 additional seats are at the back.",
        "self-contradiction", "40 additional seats", "warning", id="change from: additional"),
    Hit("figures.change-from",
        "The depot now runs 30 buses, down from 42. Drivers say the 10 fewer buses mean "
        "longer waits.", "self-contradiction", "10 fewer buses", "warning",
        id="change from: fewer"),
    # -- a price times a count against a total
    Hit("figures.price-times-count",
        "The pouches cost £15 each, and the school has ordered 1,400 of them, at a total cost "
        "of £24,000.", "self-contradiction", "£24,000", "warning", related=["£15 each"],
        id="price times count: of them"),
    Hit("figures.price-times-count",
        "Tickets cost $15 each, and organisers sold 2,000 tickets, bringing in a total of "
        "$35,000.", "self-contradiction", "$35,000", "warning", id="price times count: nouns"),
    Hit("figures.price-times-count",
        "The council bought 40 tablets at £250 each, £12,000 in total.",
        "self-contradiction", "£12,000", "warning", id="price times count: in total"),
    # -- months between two dates
    Hit("figures.months-span",
        "Work is due to start in April 2027 and to finish by the end of June 2028, an "
        "18-month build.", "self-contradiction", "18-month", "warning",
        id="months: start and finish"),
    Hit("figures.months-span",
        "The museum will shut from January 2025 to the end of December 2025, a ten-month refit.",
        "self-contradiction", "ten-month", "warning", id="months: a year as ten months"),
    Hit("figures.months-span",
        "The trial runs from May 2024 until May 2025 (24 months).",
        "self-contradiction", "24 months", "warning", id="months: in brackets"),
    # -- something finished before it starts
    Hit("figures.end-before-start",
        "If the appeal succeeds, building could start in 2028 and the turbines could be "
        "generating by the end of 2027.", "self-contradiction", "2027", "warning",
        related=["2028"], id="end before start: generating"),
    Hit("figures.end-before-start",
        "Work will begin in 2026 and the bridge should be open by 2025.",
        "self-contradiction", "2025", "warning", id="end before start: open by"),
    Hit("figures.end-before-start",
        "The clinic opened in 2019 and was closed by 2017, records show.",
        "self-contradiction", "2017", "warning", id="end before start: closed by"),
    # -- one event dated to a day of one month, later named by another month
    Hit("figures.event-two-dates",
        "Inspectors made an unannounced two-day visit to the home on 15 and 16 September.\n\n"
        "Their report on the October visit is online.", "self-contradiction", "October",
        "warning", "September", related=["September"], id="event months: a visit"),
    Hit("figures.event-two-dates",
        "The minister began a three-day trip to Japan on 4 May. Officials said the June trip "
        "had cost £40,000.", "self-contradiction", "June", "warning", "May",
        id="event months: a trip"),
    Hit("figures.event-two-dates",
        "A referendum on the plan will be held on 12 March. Campaigners for the April "
        "referendum have raised £3,000.", "self-contradiction", "April", "warning", "March",
        id="event months: a referendum"),
    # -- a two-digit count of one noun with its digits swapped, words between
    Hit("contradictions.swapped-digits",
        "Blue badge holders will still park free in the 46 disabled bays near the entrance.\n\n"
        "The firm said the 64 bays for blue badge holders would stay free.",
        "self-contradiction", "64 bays", "warning", related=["46 disabled bays"],
        id="swapped digits: two digits, words between"),
    Hit("contradictions.swapped-digits",
        "The farm lost 36 sheep in the storm. Later the farmer said 63 sheep had died.",
        "self-contradiction", "63 sheep", "warning", id="swapped digits: two digits"),
    Hit("contradictions.swapped-digits",
        "The trust runs 18 small clinics. Each of the 81 clinics has a nurse.",
        "self-contradiction", "81 clinics", "warning", id="swapped digits: each of the"),
    # -- one sum named as the one already given, with another value
    Hit("figures.sum-two-ways",
        "The report blames a road maintenance budget that has stayed at £11 million a year "
        "since 2021.\n\nOfficials said the money could never have gone into the £13 million "
        "road budget.", "self-contradiction", "£13 million", "warning",
        related=["£11 million"], id="sum: a budget that stayed at"),
    Hit("figures.sum-two-ways",
        "The club was given a grant of £45,000 last year. Members said the £54,500 grant had "
        "paid for coaches.", "self-contradiction", "£54,500", "warning", id="sum: a grant of"),
    Hit("figures.sum-two-ways",
        "The firm must pay a fine of $2 million. Its $3 million fine is the largest this year.",
        "self-contradiction", "$3 million", "warning", id="sum: its fine"),
    # -- parts said to make up a whole that they do not
    Hit("figures.parts-of-whole",
        "A £6.3 million flood defence scheme will go ahead.\n\nThe authority is paying £4.2 "
        "million and the council the remaining £2.6 million.", "self-contradiction",
        "£2.6 million", "warning", related=["£6.3 million"], id="parts: the remaining"),
    Hit("figures.parts-of-whole",
        "The club launched a £50,000 appeal in May. A trust gave £30,000 and members raised "
        "the rest, £25,000.", "self-contradiction", "£25,000", "warning", id="parts: the rest"),
    Hit("figures.parts-of-whole",
        "The city approved a $90 million stadium deal. The team will pay $60 million and the "
        "city the other $40 million.", "self-contradiction", "$40 million", "warning",
        id="parts: the other"),
    # -- years since a thing began, against the article's date
    Hit("figures.years-since",
        "LENWORTH, 2 December 2026 — The Calderby Youth Band, which has given free lessons to "
        "young musicians for 31 years, has lost its grant.\n\nThe band, founded in 1985, has "
        "never cancelled a concert.", "self-contradiction", "1985", "warning",
        related=["31 years"], id="years since: a relative clause"),
    Hit("figures.years-since",
        "HARLOW, 5 March 2025 — The charity has helped families for 12 years.\n\nThe "
        "charity, founded in 2003, now has 40 staff.", "self-contradiction", "2003", "warning",
        id="years since: a subject"),
    Hit("figures.years-since",
        "DOVER, March 5, 2024 — The bakery has fed the town for 40 years.\n\nThe bakery, "
        "which was set up in 1964, will close.", "self-contradiction", "1964", "warning",
        id="years since: American date, set up"),
    # -- a side of a vote counted as neither side
    Hit("figures.count-two-ways",
        "The committee refused the scheme by seven votes to four.\n\nAnn Lee, one of the "
        "eight councillors who voted to refuse it, said the decision was fair.",
        "self-contradiction", "eight", "warning", related=["by seven votes to four"],
        id="vote: by words, neither side"),
    Hit("figures.count-two-ways",
        "The council approved the plan by nine votes to three. All four councillors who voted "
        "against it live in the town.", "self-contradiction", "four", "warning",
        id="vote: all four against"),
    Hit("figures.count-two-ways",
        "The board voted 6 to 3 to close the depot. The 5 members who voted in favour said "
        "it was losing money.", "self-contradiction", "5", "warning", "6",
        id="vote: digits, capital The"),
    # -- one officer given two ranks
    Hit("roles.two-ranks",
        "Police said there had been no arrests. Inspector Gareth Lowe said officers would "
        "patrol the site. Sergeant Lowe added that the bridge would close at ten.",
        "role-conflict", "Sergeant", "warning", "Inspector", related=["Inspector"],
        id="ranks: inspector then sergeant"),
    Hit("roles.two-ranks",
        "Captain Mia Rowe commands the ship. Rowe said the crew were safe. Commander Rowe "
        "thanked the harbour staff.", "role-conflict", "Commander", "warning", "Captain",
        id="ranks: navy"),
    Hit("roles.two-ranks",
        "Detective Constable Priya Shah found the van.\n\nSuperintendent Shah said the "
        "driver had been arrested.", "role-conflict", "Superintendent", "warning", "Constable",
        id="ranks: detective constable then superintendent"),
    # -- a hyphenated title before the name, read by its parts
    Hit("roles.conflict",
        "Vice-Chancellor Ruth Amis opened the library on Monday.\n\nChancellor Amis said the "
        "books had cost £2 million.", "role-conflict", "Chancellor", "error", "Vice-Chancellor",
        id="title: vice-chancellor, then chancellor"),
    Hit("roles.conflict",
        "President Ana Costa spoke first.\n\n“No,” said Vice-President Costa.",
        "role-conflict", "Vice-President", "error", "President",
        id="title: president, then vice-president"),
    # -- two posts at one body: the body named after 'of the', or the post of the place
    Hit("roles.two-posts",
        "Tom Garside, chair of the Quay Street Residents’ Association, spoke first.\n\nThe "
        "association’s secretary, Tom Garside, said the wall was needed.",
        "role-conflict", "secretary", "warning", related=["chair of the Quay"],
        id="two posts: chair of the association, then its secretary"),
    Hit("roles.two-posts",
        "Paul Enright, the director of the Wessmoor Rural Trust, backed the bid.\n\nThe "
        "trust’s finance officer, Paul Enright, said the loan was safe.",
        "role-conflict", "finance officer", "warning", id="two posts: director, then officer"),
    Hit("roles.two-posts",
        "Merrick Garland, the court’s chief judge, was named on Wednesday.\n\nGarland, the "
        "court’s chief prosecutor, is the nominee.", "role-conflict", "chief prosecutor",
        "warning", related=["the court’s chief judge"],
        id="two posts: a surname alone is the person named in full"),
    Hit("roles.two-posts",
        "Nadia Osei, the library’s head librarian, opened the doors.\n\nOsei, the library’s "
        "deputy manager, said the hours would change.", "role-conflict", "deputy manager",
        "warning", id="two posts: a surname alone, two posts at one library"),
    Hit("roles.two-posts",
        "The deputy headteacher, Simon Pryde, said phones would be locked away.\n\nPryde, the "
        "school’s business manager, said the pouches were cheap.",
        "role-conflict", "business manager", "warning",
        id="two posts: the post of the place, then another"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round4_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


ARITHMETIC = ("figures.hours-difference", "figures.change-from", "figures.price-times-count",
              "figures.months-span", "figures.hours-span", "figures.total")
ROLES = ("roles.two-ranks", "roles.two-posts", "roles.conflict")

CLEAN = [
    Miss(ARITHMETIC, "The pool was open from 8am to 6pm. It now opens from 6am to 10pm, six "
         "hours longer.", id="clean: a right difference"),
    Miss(ARITHMETIC, "The pool was open from 8am to 6pm. It now opens from 6am to 10pm, two "
         "hours earlier than before.", id="clean: earlier is not a length"),
    Miss(ARITHMETIC, "The club now has 85 members, up from 60. The 25 new members pay half "
         "price.", id="clean: a right change"),
    Miss(ARITHMETIC, "Sales reached 300 cars, up from 250. Another 20 extra cars were "
         "ordered in May.", id="clean: 'another' is a new group"),
    Miss(ARITHMETIC, "The school bought 300 laptops at £400 each, a total of £120,000.",
         id="clean: a right product"),
    Miss(ARITHMETIC, "Seats cost £20 each and 150 seats were sold in 2019 and 200 seats in "
         "2020, a total of £7,000.", id="clean: two counts, which is meant?"),
    Miss(ARITHMETIC, "The road will be closed from March 2026 until September 2026, a "
         "six-month closure.", id="clean: months without the last"),
    Miss(ARITHMETIC, "Work starts in April 2027 and ends by the end of June 2028, a 15-month "
         "build.", id="clean: months with the last"),
    Miss(ARITHMETIC + ("figures.end-before-start",), "The scheme started in 2015, "
         "replacing one that had been closed by 2012.", id="clean: an older thing ended"),
    Miss("figures.end-before-start", "Sales began in 2020 and were falling by 2022.",
         id="clean: the end after the start"),
    Miss("figures.event-two-dates", "The council discussed it at a meeting on 3 March and "
         "will vote at the April meeting.", id="clean: meetings recur monthly"),
    Miss("figures.event-two-dates", "The minister made a trip to Paris on 4 May and a trip "
         "to Rome on 9 June. The June trip was shorter.", id="clean: two trips, two months"),
    Miss("figures.event-two-dates", "Inspectors visited the home on 15 September. The "
         "September visit found dirty kitchens.", id="clean: the same month"),
    Miss("contradictions.swapped-digits", "The school has 27 classrooms. Builders said 72 "
         "classrooms would be needed by 2030, and 30 classrooms are too small.",
         id="clean: a noun counted three ways"),
    Miss("contradictions.swapped-digits", "The tax rose 12 percent in 2019 and 21 percent "
         "in 2020, over 45 years and then 54 years.", id="clean: measures are not counts"),
    Miss("figures.sum-two-ways", "The council set a budget of £11 million for roads and a "
         "budget of £4 million for parks. The £4 million budget is smaller.",
         id="clean: two budgets, each named"),
    Miss("figures.sum-two-ways", "The school has a budget of £2 million. The £2 million "
         "budget is tight.", id="clean: one budget, one value"),
    Miss("figures.sum-two-ways", "A budget of £5 million was set in 2020, a budget of £6 "
         "million in 2021 and the £7 million budget this year.",
         id="clean: three values, several budgets"),
    Miss("figures.parts-of-whole", "The £12 million project was approved. The government "
         "will pay £8 million and the city the remaining £4 million.",
         id="clean: parts that make the whole"),
    Miss("figures.parts-of-whole", "The £12 million project was approved, and a £3 million "
         "bid failed. The state pays £8 million and the city the remaining £5 million.",
         id="clean: two wholes, which is meant?"),
    Miss("figures.years-since", "HARLOW, 5 March 2025 — The charity has helped families "
         "for 22 years.\n\nThe charity, founded in 2003, now has 40 staff.",
         id="clean: the years fit"),
    Miss("figures.years-since", "HARLOW, 5 March 2025 — Ann Lee has run the shop for 12 "
         "years.\n\nThe charity, founded in 2003, now has 40 staff.",
         id="clean: the years of another subject"),
    Miss("figures.years-since", "HARLOW, 5 March 2025 — The charity ran the scheme for 12 "
         "years before it closed.\n\nThe charity, founded in 2003, now has 40 staff.",
         id="clean: a span in the past"),
    Miss("figures.years-since", "HARLOW, 5 March 2025 — The charity has helped families "
         "for more than 12 years.\n\nThe charity, founded in 2003, now has 40 staff.",
         id="clean: more than N years"),
    Miss("figures.count-two-ways", "The board rejected the bid by five votes to two. The "
         "five members who voted to reject it said the price was too high.",
         id="clean: a side given right"),
    Miss(ROLES, "Chief Inspector Dan Webb spoke first. Inspector Webb said the road would "
         "reopen.", id="clean: a rank shortened"),
    Miss(ROLES, "Sergeant Tom Ince joined in 2010. He was promoted last year, and now "
         "Inspector Ince runs the team.", id="clean: a promotion"),
    Miss(ROLES, "Inspector Ann Cole and Sergeant Ben Cole attended the scene.",
         id="clean: two officers of one surname"),
    Miss(ROLES, "Inspector General Michael Horne wrote the report. Commissioner Horne was "
         "not named.", id="clean: Inspector General is a post"),
    Miss(ROLES, "Merrick Garland, the court’s chief judge, spoke. His brother Tom Garland "
         "also came.\n\nGarland, the court’s chief prosecutor, said little.",
         id="clean: a surname two people of the article share",
         marks=pytest.mark.xfail(reason="NOTE: medialit.people gives the bare 'Garland' to "
                                 "Merrick Garland here (so did the engine before round 4)")),
    Miss(ROLES, "Vice-President Ana Costa spoke first.\n\nCosta, the vice-president, said "
         "the club would grow.", id="clean: one hyphenated title twice"),
    Miss(ROLES, "Vice-President Ana Costa met President Tom Reyes.\n\nCosta said the talks "
         "went well.", id="clean: a vice-president and a president"),
    Miss(ROLES, "Ann Lee, the mayor and councillor for Eastfield, spoke.\n\nLee, the "
         "council’s leader, said the budget was tight.", id="clean: two posts held at once"),
    Miss(ROLES, "Ann Lee, the former treasurer of the Harlow Bowling Club, spoke.\n\nThe "
         "club’s secretary, Ann Lee, said fees would rise.", id="clean: a former post"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round4_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

"""Round 10 of issue 15, figures: mechanisms made general rather than fitted to one sentence.
Parts and a whole said with a cap ('a crew of six and up to 30 survivors, 34 in all') or with
the whole first ('a total of 60 children: 35 … and 30 …'); a change between two percentages
said in points; a year and the 'years ago' beside it, an unbroken run since a year, and the
years a place stood empty since it closed, against the dateline; a clock time 'N minutes into'
something whose start the article gives; a weekday and date circled together; one event held
once given two weekdays; a count split between places or with 'the remaining' that does not
make the whole; a group counted and then split into two opposite outcomes ('four will close
and two will stay open'); a fraction said later of a group counted as 'N of the M';
'Twenty-four' read as one count, and 'the four blocks' read as a part named before ('Four of
them will close'), not the whole counted another way. Every sentence was written for this
file, in several orders, number styles and British and US styles; near misses must stay
silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

SUM, POINTS, AGO, RUN = ("figures.sum-in-words", "figures.percentage", "figures.years-ago",
                         "figures.run-since-year")
INTO, NEAR, TWO_DAYS, EVENT = ("figures.minutes-into", "figures.weekday-near-dateline",
                               "figures.date-two-weekdays", "figures.event-two-dates")
PLACES, REST, SHARE, COUNT = ("figures.split-by-place", "figures.remainder-of-count",
                              "figures.share-of-whole", "figures.count-two-ways")
WEEKDAY, TWO_WAYS, EMPTY = ("figures.wrong-weekday", "figures.split-in-two",
                           "figures.empty-since-closed")
SC, W, E = "self-contradiction", "warning", "error"
UK = "OXLEY, 3 March 2026 — The town council met.\n\n"
US = "DAYTON, Ohio — Tuesday, March 3, 2026\n\n"

FOUND = [
    # -- parts and a whole with a cap on a part, or the whole said first
    Hit(SUM, "The lifeboat carries a crew of six and up to 30 survivors, 34 people in all.",
        SC, "34", W, related=["six", "30"], id="sum: up to, in all"),
    Hit(SUM, "The hall seats 300 downstairs and as many as 150 in the gallery, 500 people "
        "all told.", SC, "500", W, id="sum: as many as, all told"),
    Hit(SUM, "The centre will take a total of 60 children: 35 in the nursery and 30 in the "
        "after-school club.", SC, "60", W, id="sum: a total of, parts after a colon"),
    Hit(SUM, "In all, 90 homes will be built — 55 for sale and 25 for social rent.", SC,
        "90", W, id="sum: in all first, parts after a dash"),
    Hit(SUM, "The two libraries lent 4,200 and 3,900 books, bringing the total to 8,000.",
        SC, "8,000", W, id="sum: bringing the total to"),
    Hit(SUM, "Donors gave $12,000 in March and up to $9,000 in April, taking the total to "
        "$23,000.", SC, "$23,000", W, id="sum: taking the total to, US, capped part"),
    # -- a change between two percentages, said in points
    Hit(POINTS, "Turnout fell from 62% to 48%, a drop of 12 percentage points.", SC,
        "12 percentage points", W, suggestion="14 percentage points",
        related=["62%", "48%"], id="points: from A% to B%, a drop of"),
    Hit(POINTS, "The pass rate rose by nine points, from 71 per cent to 78 per cent.", SC,
        "nine points", W, suggestion="7 percentage points", id="points: rose by, words"),
    Hit(POINTS, "Support for the plan is now 44 percent, down from 52 percent, a fall of "
        "six percentage points.", SC, "six percentage points", W,
        suggestion="8 percentage points", id="points: down from, US"),
    Hit(POINTS, "A 15-point jump, from 30% to 40%, surprised the pollsters.", SC, "15-point",
        W, suggestion="10 percentage points", id="points: N-point jump first"),
    Hit(POINTS, "The jobless rate climbed from 4.1% to 4.6%, an increase of 0.7 percentage "
        "points.", SC, "0.7 percentage points", W, suggestion="0.5 percentage points",
        id="points: decimals"),
    Hit(POINTS, "Attendance dropped three percentage points, from 95 to 90 per cent.", SC,
        "three percentage points", W, suggestion="5 percentage points",
        id="points: sign once at the end"),
    # -- a year and the 'years ago' beside it, against the dateline
    Hit(AGO, UK + "The mill was sold in 2011, ten years ago, to a developer.", SC,
        "ten years ago", W, suggestion="15 years ago", related=["2011"],
        id="years ago: after the year"),
    Hit(AGO, UK + "The club was founded 40 years ago, in 1976, by two brothers.", SC,
        "40 years", W, suggestion="50 years ago", id="years ago: before the year"),
    Hit(AGO, US + "The bridge opened in 1956 (some 60 years ago).", SC, "some 60 years", W,
        suggestion="70 years ago", id="years ago: in brackets, hedged, US"),
    Hit(AGO, UK + "The last tram ran in 1961 – more than 70 years ago.", SC,
        "more than 70 years", W, suggestion="65 years ago",
        id="years ago: more than, a dash"),
    Hit(AGO, UK + "The school moved here in 1996, two decades ago, and has grown since.",
        SC, "two decades", W, suggestion="30 years ago", id="years ago: decades"),
    Hit(AGO, US + "Twenty-two years ago, back in 2011, the city first tried the idea.", SC,
        "Twenty-two years", W, suggestion="15 years ago",
        id="years ago: compound number word, back in"),
    # -- an unbroken run since a year, against the years it is said to have lasted
    Hit(RUN, UK + "The choir has sung at every Remembrance service since 1980.\n\nThis year "
        "will be the first time in 30 years that the service goes ahead without the choir.",
        SC, "30 years", W, suggestion="46 years", id="run: first time in N years"),
    Hit(RUN, US + "The diner has served breakfast each day since 1994 without a break.\n\n"
        "Owner Dale Price said closing the diner would end a 25-year streak.", SC, "25-year",
        W, suggestion="32 years", id="run: an N-year streak, US"),
    Hit(RUN, UK + "The fair has been held every summer since 1990.\n\nThe fair has now run "
        "for 30 consecutive years.", SC, "30 consecutive years", W, suggestion="36 years",
        id="run: consecutive"),
    Hit(RUN, UK + "Ferries have crossed the estuary every day since 1950.\n\nThe strike means "
        "the first day without a crossing in 50 years, the ferry company said.", SC,
        "50 years", W, suggestion="76 years", id="run: first day without … in N years"),
    Hit(RUN, US + "The team has made the playoffs every season since 2001.\n\nMissing the "
        "playoffs this spring would be the team's first miss in fifteen years.", SC,
        "fifteen years", W, suggestion="25 years",
        id="run: number word, first miss in"),
    Hit(RUN, UK + "The club has held its regatta each year since 1970.\n\nCancelling the "
        "regatta ends a fifty-year run.", SC, "fifty-year", W, suggestion="56 years",
        id="run: fifty-year run"),
    Hit(RUN, US + "The band has not missed a Memorial Day parade since 1975.\n\nMonday will be "
        "the first parade without the band in 30 years.", SC, "30 years", W,
        suggestion="51 years", id="run: has not missed … since"),
    # -- the years a place stood empty, against the date it closed and the dateline
    Hit(EMPTY, UK + "The Regal cinema closed in 2019 after a fire.\n\nThe Regal has stood "
        "empty for three years.", SC, "three years", W, related=["2019"],
        id="empty: has stood empty for, a year"),
    Hit(EMPTY, UK + "The council shut the library in May 2023.\n\nAfter five years empty, "
        "the library has new shelves.", SC, "five years", W, id="empty: after N years empty"),
    Hit(EMPTY, US + "The Fifth Street pool closed on June 1, 2019.\n\nThe pool has sat "
        "empty for the past four years.", SC, "four years", W, id="empty: sat empty, US date"),
    Hit(EMPTY, UK + "The owners closed the Swan in October 2024.\n\nFor the three years the "
        "Swan stood empty, villagers drank elsewhere.", SC, "three years", W,
        id="empty: for the N years it stood empty"),
    Hit(EMPTY, UK + "The mill was boarded up in 2016.\n\nThe mill has been derelict for "
        "more than 15 years.", SC, "more than 15 years", W, id="empty: derelict, more than"),
    Hit(EMPTY, UK + "The Grand Hotel closed down in March 2025.\n\nThe hotel has lain "
        "empty for 30 months.", SC, "30 months", W, id="empty: months"),
    # -- a clock time 'N minutes into' something whose start the article gives
    Hit(INTO, "The concert began at 7.30pm. The power failed at 8.15pm, 25 minutes into the "
        "concert.", SC, "25 minutes", W, suggestion="45 minutes", related=["7.30pm", "8.15pm"],
        id="into: began at, same noun"),
    Hit(INTO, "The match kicked off at 3pm. Ortiz scored at 3.25pm, half an hour into the "
        "game.", SC, "half an hour", W, suggestion="25 minutes",
        id="into: kicked off, half an hour"),
    Hit(INTO, "The hearing started at 10 a.m. At 11.15 a.m., 45 minutes into the session, "
        "the judge left.", SC, "45 minutes", W, suggestion="1 hour 15 minutes",
        id="into: a.m. style, session"),
    Hit(INTO, "The race started at 9am. At 9.50am, 40 minutes after the start, the leader "
        "fell.", SC, "40 minutes", W, suggestion="50 minutes", id="into: after the start"),
    Hit(INTO, "The flight took off on time. The meeting got under way at 6pm, and at 8pm, "
        "an hour into the meeting, the lights went out.", SC, "an hour", W,
        suggestion="2 hours", id="into: got under way, an hour"),
    Hit(INTO, "The play began at 2pm. A phone rang at 2.50pm, about 20 minutes into the "
        "first act.", SC, "about 20 minutes", W, suggestion="50 minutes",
        id="into: hedged, the first act"),
    Hit(INTO, "The race started at 9am. At 9.50am, 40 minutes after the race began, the "
        "leader fell.", SC, "40 minutes", W, suggestion="50 minutes",
        id="into: after the race began"),
    # -- a weekday and the date it does not fit, circled together
    Hit(NEAR, "LEEDS, 1 May 2026 — The fair opens on Friday 4 May.", SC, "Friday 4 May", W,
        "Monday", id="weekday near dateline: the date circled too"),
    Hit(NEAR, UK + "The scheme launched on Saturday 1 March.", SC, "Saturday 1 March", W,
        "Sunday", id="weekday near dateline: last Saturday"),
    Hit(NEAR, US + "Residents meet on Wednesday, March 12, at the library.", SC,
        "Wednesday, March 12", W, "Thursday", id="weekday near dateline: US, comma"),
    Hit(WEEKDAY, "The bridge opened on Tuesday, 4 March 2024, after two years of work.", SC,
        "Tuesday, 4 March 2024", E, "Monday", id="wrong weekday: the date circled too"),
    Hit(WEEKDAY, "Voting closed on Friday, November 5, 2020, after a long count.", SC,
        "Friday, November 5, 2020", E, "Thursday", id="wrong weekday: US, the date circled too"),
    Hit(TWO_DAYS, "The sale starts on Friday 6 June.\n\nQueues formed before Saturday 6 June.",
        SC, "Saturday 6 June", E, "Friday", id="one date two weekdays: the date circled too"),
    Hit(NEAR, "KEMPTON, 10 December 2026 — The inquiry will open on Monday the 12th of "
        "January.", SC, "Monday the 12th of January", W, "Tuesday",
        id="weekday near dateline: next year, ordinal"),
    # -- one event held once, given two weekdays
    Hit(EVENT, "The cottages were sold at auction on Saturday.\n\nBuyers at Sunday's auction "
        "paid up to £300,000.", SC, "Sunday", W, "Saturday",
        id="event: at auction on, then Sunday's"),
    Hit(EVENT, "The funeral on Friday drew 300 people.\n\nMourners left Thursday's funeral "
        "in tears.", SC, "Thursday", W, "Friday", id="event: the funeral on"),
    Hit(EVENT, "The parade on Sunday will close the high street.\n\nTraders said Saturday's "
        "parade would cost them a day's trade.", SC, "Saturday", W, "Sunday",
        id="event: a parade"),
    Hit(EVENT, "The inquest on Tuesday heard that the brakes had failed.\n\nThe coroner told "
        "Monday's inquest that the van was unsafe.", SC, "Monday", W, "Tuesday",
        id="event: an inquest"),
    Hit(EVENT, "The crash on Wednesday closed the A38 for six hours.\n\nPolice appealed for "
        "witnesses to Thursday's crash.", SC, "Thursday", W, "Wednesday", id="event: a crash"),
    Hit(EVENT, "An auction on Saturday raised £40,000 for the hospice.\n\nThe hospice thanked "
        "everyone who bid at Friday's auction.", SC, "Friday", W, "Saturday",
        id="event: an auction on"),
    # -- a count split between places that does not make the whole
    Hit(PLACES, "The county has 40 libraries in Ashby, Brent and Colne.\n\nOf the 40 "
        "libraries, 20 are in Ashby, 12 in Brent and seven in Colne.", SC,
        "20 are in Ashby, 12 in Brent and seven in Colne", W, related=["40"],
        id="places: fewer, the whole's own towns"),
    Hit(PLACES, "Of the 20 new homes, 12 will be in Oxley and ten in Brandon.", SC,
        "12 will be in Oxley and ten in Brandon", W, id="places: more than the whole"),
    Hit(PLACES, "Of its 30 branches, 18 are in Ohio, nine in Indiana and five in Kentucky.",
        SC, "18 are in Ohio", W, id="places: more, three states, US"),
    Hit(PLACES, "The trust runs 12 surgeries across Hale and Tarn.\n\nOf the 12 surgeries, "
        "eight are in Hale and three in Tarn.", SC, "eight are in Hale and three in Tarn", W,
        id="places: fewer, across two towns"),
    Hit(PLACES, "Of the 500 jobs, 300 will be at Derby, 150 at Leicester and 100 at "
        "Nottingham.", SC, "300 will be at Derby", W, id="places: at, more"),
    Hit(PLACES, "The firm has 25 stores in Leeds, York and Hull.\n\nOf these 25 stores, "
        "just 14 are in Leeds, seven in York and only three in Hull.", SC,
        "just 14 are in Leeds", W, id="places: just, only, these"),
    Hit(PLACES, "The 40 libraries are split between Ashby (20), Brent (12) and Colne (seven).",
        SC, "Ashby (20)", W, related=["40"], id="places: split between, counts in brackets"),
    Hit(PLACES, "Its 25 shops, spread across Leeds (14), York (7) and Hull (3), employ 300 "
        "people.", SC, "Leeds (14)", W, id="places: spread across"),
    # -- 'the remaining' count against the whole the article counts
    Hit(REST, "The council owns 30 allotments.\n\nEighteen allotments are let and the "
        "remaining ten are empty.", SC, "ten", W, related=["30"],
        id="remainder: words, next sentence"),
    Hit(REST, "The club had 24 boats for sale.\n\nSixteen boats were sold at the show, and "
        "the other six went to private buyers.", SC, "six", W, id="remainder: the other"),
    Hit(REST, "Of the 50 flats, 35 flats will be sold and the remaining 12 rented.", SC, "12",
        W, id="remainder: whole first in the sentence"),
    Hit(REST, "The airline cancelled 120 flights on Monday.\n\nEighty flights were "
        "domestic; the remaining 30 were to Spain and Portugal.", SC, "30", W,
        id="remainder: semicolon, 120 flights"),
    Hit(REST, "Forty-five pupils sat the exam.\n\nThirty pupils passed, and the rest of the "
        "18 failed.", SC, "18", W, id="remainder: compound number word whole"),
    Hit(REST, "The shelter took in 60 dogs this year.\n\nForty dogs have been rehomed and "
        "the remaining 15 are still in kennels.", SC, "15", W, id="remainder: still in"),
    # -- a fraction said later of a group counted as 'N of the M'
    Hit(SHARE, "Inspectors failed 12 of the 40 restaurants they visited.\n\nThe failed "
        "restaurants, more than half of the total, were mostly in the centre.", SC,
        "more than half", W, related=["12 of the 40 restaurants"],
        id="subset: more than half of the total"),
    Hit(SHARE, "The contractor missed 30 of the 200 collections it was due to make.\n\n"
        "Residents said nearly a half of the collections were missed.", SC, "nearly a half",
        W, id="subset: missed again"),
    Hit(SHARE, "The board rejected 45 of its 60 applications last year.\n\nThe rejected "
        "applications, about a third of all applications, came mostly from small firms.",
        SC, "about a third", W, id="subset: rejected, a third of all"),
    Hit(SHARE, "Voters approved 9 of the 12 measures on the ballot.\n\nThe approved "
        "measures, a quarter of the total, included a school levy.", SC, "a quarter", W,
        id="subset: approved, US"),
    Hit(SHARE, "Engineers repaired 20 of the 160 broken lights.\n\nThe repaired lights, "
        "roughly a quarter of the total, were on main roads.", SC, "roughly a quarter", W,
        id="subset: roughly a quarter"),
    Hit(SHARE, "The trust closed 14 of its 20 wards over the winter.\n\nStaff said the "
        "closed wards, barely a fifth of the total, had the longest waits.", SC,
        "barely a fifth", W, id="subset: barely"),
    # -- a group counted, then split into two opposite outcomes that do not make it up
    Hit(TWO_WAYS, "The trust runs nine pools. Five will stay open and three will close next "
        "year.", SC, "nine", W, related=["Five", "three"], id="two ways: stay open, close"),
    Hit(TWO_WAYS, "The county has 14 fire stations. Under the plan, eight would close and "
        "five would stay open.", SC, "14", W, id="two ways: a lead-in clause"),
    Hit(TWO_WAYS, "The auction house offered 80 lots. Sixty-five sold and 12 went unsold.",
        SC, "80", W, id="two ways: sold, unsold"),
    Hit(TWO_WAYS, "Rescuers reached 30 climbers on the ridge. Twenty-one survived and seven "
        "died.", SC, "30", W, id="two ways: survived, died"),
    Hit(TWO_WAYS, "The developer owns 12 listed houses. Seven will be demolished and four "
        "will be kept.", SC, "12", W, id="two ways: demolished, kept"),
    Hit(TWO_WAYS, "The school entered 60 pupils for the test. Forty-two of them passed and "
        "20 failed.", SC, "60", W, id="two ways: passed, failed, more than the whole"),
    # -- a count in two number words read as one
    Hit(COUNT, "Twenty-four huts went on sale.\n\nThe 26 huts raised £400,000.", SC,
        "26 huts", W, related=["Twenty-four huts"], id="count: Twenty-four then 26"),
    Hit(COUNT, "The council bought thirty-five buses.\n\nThe 53 buses arrive in May.", SC,
        "53 buses", W, related=["thirty-five buses"], id="count: thirty-five then 53"),
]

CLEAN = [
    Miss(SUM, "The lifeboat carries a crew of six and up to 30 survivors, 36 people in all.",
         id="sum: capped parts fit"),
    Miss(SUM, "The boat takes 18 crew and about 24 scientists, 40 people in all.",
         id="sum: a loose part"),
    Miss(SUM, "In all, 90 homes will be built — 65 for sale and 25 for social rent.",
         id="sum: whole first, fits"),
    Miss(SUM, "Altogether, 40 people will sail, with 18 crew among them.", id="sum: one part"),
    Miss(SUM, "The hall seats 300 downstairs and 150 upstairs, up to 450 in all.",
         id="sum: a cap on the whole that fits"),
    Miss(POINTS, "Turnout fell from 62% to 48%, a drop of 14 percentage points.",
         id="points: fits"),
    Miss(POINTS, "Unemployment fell from 5.2% to 4.9%, a drop of about 0.3 points.",
         id="points: decimals fit"),
    Miss(POINTS, "Support fell from 52% to 44% in the north and by ten points in the south.",
         id="points: two places"),
    Miss(POINTS, "The rate rose from 5% to 6%, a rise of 20 per cent.",
         id="points: a relative change in per cent"),
    Miss(POINTS, "The team led by 12 points, 62 to 50, at half-time.", id="points: a score"),
    Miss(AGO, UK + "The mill was sold in 2011, 15 years ago, to a developer.",
         id="years ago: fits"),
    Miss(AGO, UK + "The hall opened in 1961 (more than 60 years ago).", id="years ago: hedge fits"),
    Miss(AGO, UK + "The school opened in 2014 – a decade ago – and has grown since.",
         id="years ago: a round decade"),
    Miss(AGO, "The mill was sold in 2011, ten years ago, to a developer.",
         id="years ago: no dateline"),
    Miss(AGO, UK + "In 2016, ten years after the flood of 2006, the wall was raised.",
         id="years ago: years after, not ago"),
    Miss(AGO, UK + "The firm was set up in 2019. Five years ago it moved to Leeds.",
         id="years ago: two events"),
    Miss(RUN, UK + "The choir has sung at every Remembrance service since 1980.\n\nThis year "
         "will be the first time in 50 years that the service goes ahead without the choir.",
         id="run: the break may be older than the run"),
    Miss(RUN, UK + "The club has held its fair every summer since 1990, and has won prizes "
         "for 30 consecutive years.", id="run: another run in the same sentence"),
    Miss(RUN, UK + "The band has played every summer since 1990.\n\nThe mayor said it was the "
         "first time in 20 years that the council had cut the arts budget.",
         id="run: a break of something else"),
    Miss(RUN, UK + "The fair has been held every summer since 1990 and the show every winter "
         "since 2001.\n\nThe show has now run for 30 consecutive years.",
         id="run: two runs in the article"),
    Miss(RUN, UK + "The diner has served breakfast each day since 1994.\n\nClosing the diner "
         "would end a 32-year streak.", id="run: fits"),
    Miss(EMPTY, UK + "The Regal cinema closed in 2019 after a fire.\n\nThe Regal has stood "
         "empty for seven years.", id="empty: fits"),
    Miss(EMPTY, UK + "The factory closed in 2019.\n\nIts sister plant stood empty for ten "
         "years before that.", id="empty: another building"),
    Miss(EMPTY, UK + "The council shut the library in May 2023.\n\nAfter almost three years "
         "empty, the library has new shelves.", id="empty: almost, fits"),
    Miss(EMPTY, UK + "The pool closed in 2019 and the gym closed in 2022.\n\nThe pool has "
         "been empty for three years.", id="empty: two closings"),
    Miss(EMPTY, "The Regal cinema closed in 2019 after a fire.\n\nThe Regal has stood empty "
         "for three years.", id="empty: no dateline"),
    Miss(INTO, "The match kicked off at 3pm. At 4.10pm, 20 minutes into the second half, "
         "Ortiz scored.", id="into: a later part"),
    Miss(INTO, "The service began at 11am. At 11.40am, 20 minutes into the sermon, the bell "
         "rang.", id="into: a part with its own start"),
    Miss(INTO, "The concert began at 7.30pm. The power failed at 8.15pm, 45 minutes into "
         "the concert.", id="into: fits"),
    Miss(INTO, "The play began at 2pm and the film started at 4pm. A phone rang at 2.50pm, "
         "50 minutes into the play.", id="into: two starts"),
    Miss(INTO, "The race started at 9am. At 9.50am, about 45 minutes into it, the leader "
         "fell.", id="into: hedge fits"),
    Miss(NEAR, UK + "The scheme launched on Sunday 1 March.", id="weekday near dateline: fits"),
    Miss(NEAR, US + "The board will vote on Thursday, March 12.", id="weekday near: US fits"),
    Miss(WEEKDAY, "Voting closed on Friday, November 6, 2020.", id="wrong weekday: fits"),
    Miss(EVENT, "An auction on Saturday will sell the huts, and a second auction on Sunday "
         "will sell the boats.", id="event: two auctions"),
    Miss(EVENT, "The parade on Sunday will close the high street.\n\nTraders said the "
         "parade would cost them a day's trade.", id="event: one day"),
    Miss(EVENT, "The storm on Saturday brought down trees.\n\nSunday's storm flooded the "
         "valley.", id="event: storms last days"),
    Miss(PLACES, "Of the 48 stations, 31 are in Ashcombe, 12 in Wrenford and four in Pellbury.",
         id="places: fewer, towns of the whole not given"),
    Miss(PLACES, "The scheme has 48 stations in Ashcombe, Pellbury and Wrenford.\n\nOf the 48 "
         "stations, 31 are in Ashcombe, 13 in Wrenford and four in Pellbury.", id="places: fits"),
    Miss(PLACES, "The trust runs 12 surgeries across Hale, Tarn and Ross.\n\nOf the 12 "
         "surgeries, eight are in Hale and three in Tarn.", id="places: a town not listed"),
    Miss(PLACES, "Of the 40 staff, 25 work in Leeds and 10 work from home.",
         id="places: not a list of places"),
    Miss(PLACES, "The trust's 30 beds are divided between Hale (18) and Tarn (12).",
         id="places: split between, fits"),
    Miss(INTO, "The service began at 11am. At 11.50am, 20 minutes after the sermon began, the "
         "bell rang.", id="into: after a part began"),
    Miss(REST, "The council owns 30 allotments.\n\nEighteen allotments are let and the "
         "remaining 12 are empty.", id="remainder: fits"),
    Miss(REST, "The council owns 30 allotments.\n\nOf the 18 allotments by the river, ten "
         "are let and the remaining eight are empty.", id="remainder: the remaining of a part"),
    Miss(REST, "The airline cancelled 120 flights on Monday.\n\nAbout 80 flights were "
         "domestic; the remaining 30 were to Spain.", id="remainder: a hedged part"),
    Miss(REST, "The council owns 30 allotments and will build 40 allotments more.\n\n"
         "Eighteen allotments are let and the remaining ten are empty.",
         id="remainder: two counts of the noun"),
    Miss(REST, "Eighteen allotments are let and the remaining ten are empty.",
         id="remainder: no whole"),
    Miss(REST, "The 30 allotments opened in 2019.\n\nEighteen allotments were let in the "
         "first year and the remaining 12 years of the lease are paid.",
         id="remainder: years"),
    Miss(SHARE, "Inspectors failed 12 of the 40 restaurants they visited.\n\nAbout half of "
         "the restaurants were in the centre.", id="subset: another subset"),
    Miss(SHARE, "Inspectors failed 12 of the 40 restaurants they visited.\n\nThe failed "
         "restaurants, nearly a third of the total, were mostly in the centre.",
         id="subset: fits"),
    Miss(SHARE, "The contractor missed 30 of the 200 collections.\n\nNearly half the "
         "complaints came from one estate.", id="subset: another noun"),
    Miss(TWO_WAYS, "The council runs 12 libraries. Five will close and four will merge.",
         id="two ways: outcomes not opposite"),
    Miss(TWO_WAYS, "The club played 30 games. It won 18 and lost 10.",
         id="two ways: a match may be drawn"),
    Miss(TWO_WAYS, "The trust runs nine pools. Five will stay open and four will close next "
         "year.", id="two ways: fits"),
    Miss(TWO_WAYS, "About 300 people were on board. 250 survived and 40 died.",
         id="two ways: a hedged whole"),
    Miss(TWO_WAYS, "The school entered 60 pupils. Forty passed, 15 failed and five were "
         "absent.", id="two ways: a third outcome"),
    Miss(COUNT, "Twenty-four huts went on sale.\n\nThe 24 huts raised £400,000.",
         id="count: Twenty-four then 24"),
    Miss(COUNT, "Twenty-four huts went on sale, and four huts were withdrawn.",
         id="count: not four"),
    Miss(COUNT, "Twenty-four beach huts were sold.\n\nSixteen huts were sold at auction.\n\n"
         "Nine of the 24 huts went to local buyers.", id="count: back to the whole said before"),
    Miss(COUNT, "The council runs seven toilet blocks. Four of them will close.\n\nThe four "
         "blocks will close in May.", id="count: the part named before"),
    Miss(COUNT, "Of the 48 stations, just four are in Pellbury.\n\nTraders said the four "
         "stations were too far apart.", id="count: a part by place named before"),
    Miss(COUNT, "The firm runs 41 routes. Four in the valley will be cut.\n\nThe firm lost "
         "£400,000 on the four routes last year.", id="count: four in, a part"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round10_figures_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round10_figures_rules_stay_quiet(rules, body):
    article, quotes = analyse(body)
    ids = [rules] if isinstance(rules, str) else list(rules)
    findings = run_checks(article, quotes, only=ids)
    assert findings == [], [(f.rule, f.text) for f in findings]

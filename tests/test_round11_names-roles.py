"""Round 11 of issue 15, names and roles: each mechanism made general, so that other writers'
sentences are caught, not only the tuning ones.

- Ranks are read written out or shortened, British or US style ('Sergeant', 'Sgt.', 'Sgt',
  'DS'; 'Lieutenant', 'Lt.'; 'Insp.', 'Capt.', 'Cpl.'), and in a description beside the name
  ('Pryor, a lieutenant with the fire service').
- A job in small letters after a capitalised word before a name ('Kelhaven harbourmaster Iain
  Mackie', 'Head keeper Ann Lee') is read as a title; zoo keepers are a trade.
- A spokesperson described as speaking for two bodies ('City spokeswoman', later 'a
  spokeswoman for Pinecrest') is asked about; 'City spokeswoman' now names the city.
- A firm's name with its trade word changed ('Pinecrest Sanitation', later 'Pinecrest
  Disposal'): waste, haulage, insurance, cars, property, medicines, security, cleaning,
  telephones, ferries, buses.
- A term written once with its first half turned to its rival ('single-stream', later
  'dual-stream'; 'full-time', later 'part-time').
- A body's name with its middle words changed ('the Harlowmere and District Youth Football
  League', later 'the Harlowmere Junior League').

Every sentence was written for this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

RANKS, JOBS, SIDES = "roles.two-ranks", "roles.two-jobs", "roles.two-sides"
RENAMED, OPPOSITE, BODY = "terms.organisation-renamed", "terms.opposite-modifier", "terms.body-renamed"
RC, IT, W = "role-conflict", "inconsistent-term", "warning"

FOUND = [
    # -- ranks, full or shortened, before the name or beside it
    Hit(RANKS, "Sgt. Maria Delgado said the patrol began at dawn.\n\nThree cars were stopped."
        "\n\nLt. Maria Delgado said the checks would go on all week.", RC, "Lt.", W, "Sgt.",
        ["Sgt."], id="ranks: US shortened, full name twice"),
    Hit(RANKS, "DS Owen Pritchard led the inquiry, the force said.\n\nThe van was found in "
        "Leeds.\n\nThe case was closed in June, Detective Inspector Pritchard said.", RC,
        "Inspector", W, "DS", ["DS"], id="ranks: British initials, then written out"),
    Hit(RANKS, "Owen Pritchard, a sergeant in the traffic unit, said the road was shut.\n\n"
        "Diversions are signed.\n\nInsp. Pritchard asked drivers to be patient.", RC, "Insp.",
        W, "sergeant", ["sergeant"], id="ranks: a rank beside the name, then a title"),
    Hit(RANKS, "Capt. Dana Whitfield said the crew had pulled four people from the water.\n\n"
        "The boat had capsized.\n\nWhitfield, a lieutenant with the fire department, said the "
        "current was strong.", RC, "lieutenant", W, "Capt.", ["Capt."],
        id="ranks: a rank in small letters after the name"),
    Hit(RANKS, "Cpl Jon Amadi carried the wounded man half a mile.\n\nHe was given a medal on "
        "Friday.\n\n\"I did what anyone would,\" said Sergeant Jon Amadi.", RC, "Sergeant", W,
        "Cpl", ["Cpl"], id="ranks: British shortened without a stop"),
    Hit(RANKS, "The search was led by the station's lieutenant, Rosa Ibarra.\n\nVolunteers "
        "walked the trail.\n\nCapt. Ibarra said the hiker was found at noon.", RC, "Capt.", W,
        "lieutenant", ["lieutenant"], id="ranks: the rank before a comma and the name"),
    # -- a job in small letters before the name, after a capital
    Hit(JOBS, "Iona Reid, the ferry company's finance director, said fares would rise.\n\n"
        "Islanders are angry.\n\nPortree harbourmaster Iona Reid said the pier needed repairs.",
        RC, "harbourmaster", W, None, ["finance director"], id="jobs: a place before a trade"),
    Hit(JOBS, "Head keeper Ann Lee said the tiger cubs were feeding well.\n\nThe zoo opens at "
        "nine.\n\nThe zoo's vet, Ann Lee, said both cubs had been weighed.", RC, "vet", W, None,
        ["Head keeper"], id="jobs: head keeper, later the vet"),
    Hit(JOBS, "The zoo's vet, Ann Lee, said the cubs had been weighed.\n\nThe zoo opens at "
        "nine.\n\nSenior keeper Ann Lee said they were feeding well.", RC, "keeper", W, None,
        ["vet"], id="jobs: the vet, later a senior keeper"),
    Hit(JOBS, "Tom Hale, the bakery's head baker, said bread prices would rise.\n\nFlour has "
        "doubled.\n\nRiverside librarian Tom Hale said the book sale raised £300.", RC,
        "librarian", W, None, ["head baker"], id="jobs: a place before another trade"),
    Hit(JOBS, "Nadia Oke, an engineer at the water company, said the pipe had burst.\n\n"
        "Homes lost supply.\n\nHead gardener Nadia Oke said the park would reopen.",
        RC, "gardener", W, None, ["engineer"], id="jobs: Head before a trade"),
    Hit(JOBS, "Rhys Moran, the school's maths teacher, coached the team.\n\nThey won the "
        "county cup.\n\nBrackley groundsman Rhys Moran said the pitch was ready.", RC,
        "groundsman", W, None, ["teacher"], id="jobs: a trade after a town's name"),
    # -- a spokesperson for two bodies
    Hit(SIDES, "City spokeswoman Lena Ruiz said 400 calls had come in.\n\nThe bins were "
        "late again.\n\nLena Ruiz, a spokeswoman for Greyfield Haulage, said crews were "
        "working weekends.", RC, "spokeswoman for Greyfield", W, None, ["City spokeswoman"],
        id="sides: the city, later a named firm"),
    Hit(SIDES, "Council spokesman Paul Adey said the library would reopen.\n\nThe roof was "
        "fixed in May.\n\nPaul Adey, a spokesman for the contractor, said the work cost more "
        "than planned.", RC, "spokesman for the contractor", W, None, ["Council spokesman"],
        id="sides: the council, later the contractor"),
    Hit(SIDES, "Union spokeswoman Kerry Shaw said members would strike.\n\nTalks broke down."
        "\n\nKerry Shaw, a spokeswoman for the company, said the offer was fair.", RC,
        "spokeswoman for the company", W, None, ["Union spokeswoman"],
        id="sides: a union, later the company"),
    Hit(SIDES, "Hospital spokesman Dev Patel said the ward would close.\n\nPatients were "
        "moved.\n\nDev Patel, a spokesman for the university, said the research would go on.",
        RC, "spokesman for the university", W, None, ["Hospital spokesman"],
        id="sides: a hospital, later a university"),
    Hit(SIDES, "Jo Marsh, a spokeswoman for the county, said the bridge was safe.\n\nIt "
        "reopens on Monday.\n\nJo Marsh, a spokeswoman for Brantwell Construction, said the "
        "repairs were done early.", RC, "Brantwell", W, None, ["the county"],
        id="sides: the county, later a named builder"),
    Hit(SIDES, "Town spokesman Ali Noor said the market would move.\n\nTraders object.\n\n"
        "Ali Noor, a spokesman for the traders' association, said stallholders were angry.",
        RC, "association", W, None, ["Town spokesman"], id="sides: the town, later traders"),
    # -- a firm's trade word changed
    Hit(RENAMED, "The contract went to Holbeck Waste in 2021.\n\nBins were missed for a week."
        "\n\nA manager at Holbeck Recycling apologised.", IT, "Recycling", W, "Waste",
        ["Holbeck Waste"], id="renamed: waste, recycling"),
    Hit(RENAMED, "Lorries from Dunmere Freight use the lane.\n\nResidents want a weight limit."
        "\n\nDunmere Logistics says it will reroute.", IT, "Logistics", W, "Freight",
        ["Dunmere Freight"], id="renamed: freight, logistics"),
    Hit(RENAMED, "The claim was paid by Quenby Insurance.\n\nIt took nine months.\n\nQuenby "
        "Assurance said the delay was regrettable.", IT, "Assurance", W, "Insurance",
        ["Quenby Insurance"], id="renamed: insurance, assurance"),
    Hit(RENAMED, "The showroom belongs to Penwick Motors.\n\nIt opened in 1998.\n\nStaff at "
        "Penwick Cars were told of the closure on Friday.", IT, "Cars", W, "Motors",
        ["Penwick Motors"], id="renamed: motors, cars"),
    Hit(RENAMED, "Parcels are carried by Hurlford Couriers.\n\nMany arrive late.\n\n"
        "Hurlford Deliveries blames the roadworks.", IT, "Deliveries", W, "Couriers",
        ["Hurlford Couriers"], id="renamed: couriers, deliveries"),
    Hit(RENAMED, "Guards from Varrow Security patrol the site.\n\nThefts have fallen.\n\n"
        "Varrow Protection has held the contract since 2019.", IT, "Protection", W,
        "Security", ["Varrow Security"], id="renamed: security, protection"),
    # -- a term's first half turned to its rival
    Hit(OPPOSITE, "The council moved to single-stream recycling in March, so everything goes "
        "in one bin.\n\nCollections rose by a fifth.\n\nOfficials said the dual-stream scheme "
        "had cut landfill.", IT, "dual-stream", W, "single-stream", ["single-stream"],
        id="opposite: single, dual"),
    Hit(OPPOSITE, "The school is hiring a full-time librarian.\n\nThe post is new.\n\nThe "
        "part-time librarian will start in September, the head said.", IT, "part-time", W,
        "full-time", ["full-time"], id="opposite: full, part"),
    Hit(OPPOSITE, "The bridge will carry one-way traffic from June.\n\nIt was built in 1902."
        "\n\nEngineers say the two-way traffic will halve the strain on the deck.", IT,
        "two-way", W, "one-way", ["one-way"], id="opposite: one, two"),
    Hit(OPPOSITE, "Firms welcomed the short-term loans.\n\nBanks lent £2m.\n\nMost of the "
        "long-term loans went to farms.", IT, "long-term", W, "short-term", ["short-term"],
        id="opposite: short, long"),
    Hit(OPPOSITE, "The plan targets low-income families.\n\nSome 4,000 homes qualify.\n\n"
        "The high-income families will get £300 a year.", IT, "high-income", W,
        "low-income", ["low-income"], id="opposite: low, high"),
    Hit(OPPOSITE, "The match is an indoor-only event this year.\n\nTickets sold out.\n\n"
        "The outdoor-only event will be streamed.", IT, "outdoor-only", W, "indoor-only",
        ["indoor-only"], id="opposite: indoor, outdoor"),
    # -- a body's name with its middle words changed
    Hit(BODY, "Referees are short in the Harlby and District Youth Football League.\n\nOne "
        "match in four had none.\n\nThe Harlby Junior League says it will pay for courses.",
        IT, "Harlby Junior League", W, "Harlby and District Youth Football League",
        ["Harlby and District"], id="body: a league, the middle changed"),
    Hit(BODY, "The Corrandale Ramblers' Association opposes the fence.\n\nThe path is old."
        "\n\nThe Corrandale Walking Association will march on Sunday.", IT,
        "Corrandale Walking Association", W, "Corrandale Ramblers' Association",
        ["Ramblers'"], id="body: an association"),
    Hit(BODY, "The Fennick Valley Wildlife Trust bought the marsh.\n\nIt cost £80,000.\n\n"
        "Staff at the Fennick Nature Trust will plant reeds.", IT, "Fennick Nature Trust",
        W, "Fennick Valley Wildlife Trust", ["Valley Wildlife"], id="body: a trust"),
    Hit(BODY, "The Ostry Amateur Rowing Club won the cup.\n\nIt beat six crews.\n\nThe Ostry "
        "Sculling Club plans a new boathouse.", IT, "Ostry Sculling Club", W,
        "Ostry Amateur Rowing Club", ["Amateur Rowing"], id="body: a club"),
    Hit(BODY, "The Brenmouth Chamber of Trade Society asked for parking.\n\nShops are "
        "quiet.\n\nThe Brenmouth Business Society wants free spaces.", IT,
        "Brenmouth Business Society", W, "Brenmouth Chamber of Trade Society", ["Chamber"],
        id="body: a society, 'of' in the name"),
    Hit(BODY, "The Tarlow Residents and Tenants Federation met the mayor.\n\nRents rose 9%."
        "\n\nThe Tarlow Housing Federation called the rise unfair.", IT,
        "Tarlow Housing Federation", W, "Tarlow Residents and Tenants Federation",
        ["Residents"], id="body: a federation"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round11_names_roles_find(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    Miss(RANKS, "Lt. Col. Hana Berg said the exercise went well.\n\nCol. Berg said more "
         "troops would come.", id="clean: a rank of two words, shortened"),
    Miss(RANKS, "Lt. Gov. Ray Dunn said the state would pay.\n\nDunn said the money would "
         "come in May.", id="clean: a lieutenant governor"),
    Miss(RANKS, "Sgt. Ali Khan said the road would reopen.\n\nKhan, who was promoted last "
         "year, said more was to come.\n\nLt. Ali Khan added that patrols would rise.",
         id="clean: a promotion in the story"),
    Miss(RANKS, "Det. Sgt. Ana Brook found the car.\n\nSgt. Brook said the driver fled.",
         id="clean: the same rank, with and without Detective"),
    Miss(RANKS, "Ann Cole, a former sergeant, now runs a cafe.\n\nInsp. Cole retired in "
         "2019, she said.", id="clean: a former rank"),
    Miss(JOBS, "Kelby harbourmaster Ian Roe said the pier was closed.\n\nStorms hit the "
         "coast.\n\nIan Roe, the harbourmaster, said it would reopen on Monday.",
         id="clean: the same trade twice"),
    Miss(JOBS, "Head keeper Ann Lee said the cubs were well.\n\nThe zoo opens at nine.\n\n"
         "Ann Lee, who has worked at the zoo for 20 years, said they were playful.",
         id="clean: a keeper, later a long service"),
    Miss(SIDES, "City spokeswoman Lena Ruiz said 400 calls had come in.\n\nLena Ruiz, a "
         "spokeswoman for the city, said crews would work weekends.",
         id="clean: the city twice"),
    Miss(SIDES, "Council spokesman Paul Adey said the bins would be emptied.\n\nPaul Adey, "
         "a spokesman for the council, said the crews were short.",
         id="clean: the council twice"),
    Miss(RENAMED, "Holbeck Waste collects the bins.\n\nHolbeck Recycling, a separate firm, "
         "and Holbeck Waste both bid for the contract.", id="clean: two firms named together"),
    Miss(OPPOSITE, "The council moved from dual-stream to single-stream recycling.\n\nThe "
         "single-stream system is cheaper.", id="clean: both in one sentence"),
    Miss(OPPOSITE, "The town has two-way traffic on Main Street.\n\nShops want a one-way "
         "scheme instead.", id="clean: instead"),
    Miss(OPPOSITE, "She signed a one-year contract in 2023.\n\nThe club offered a two-year "
         "deal.", id="clean: lengths of time"),
    Miss(OPPOSITE, "The school has a full-time nurse.\n\nIt used to have a part-time nurse "
         "before the merger.", id="clean: used to, before"),
    Miss(OPPOSITE, "Low-income families get help.\n\nThe old scheme helped high-income "
         "families too.", id="clean: the old scheme"),
    Miss(BODY, "The Harlby Junior League and the Harlby Senior League both lack referees.\n\n"
         "The Harlby Junior League plays on Saturdays.", id="clean: two leagues together"),
    Miss(BODY, "The Harlby Youth League needs referees.\n\nThe Harlby Youth League pays £20 a "
         "game.\n\nThe Harlby Sunday League, for adults, has plenty.\n\nThe Sunday matches "
         "start at ten.", id="clean: another league named apart"),
    Miss(BODY, "The Bristol Rovers Supporters Club met on Monday.\n\nThe Bristol Cycling "
         "Club rode to the ground.", id="clean: a city that is an English word"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round11_names_roles_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

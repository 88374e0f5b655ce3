"""Round 10 of issue 15, names: each link between two names is made general, so that other
writers' sentences are caught, not only the tuning ones.

- A person's surname written once with other letters, the first name kept ('Megan Reid',
  later 'Megan Reade'), is linked when the two sound alike.
- A surname alone under a title ('Mr Hoyle', 'Coach Baldock') that no one in the article was
  introduced with is linked to the one person the title fits (the title the article gives
  them, or one of their sex) whose surname begins alike.
- The last word of a name is changed for another of its kind beyond streets and firms: a pub
  ('Inn', 'Arms'), a hall for shows, a church, a station, a market, a promenade, a quay, a
  ground, a centre.
- Two names before the same singular noun ('the Warm Homes grant', 'the Warm Houses grant')
  name one thing.
- More endings of English place names ('-cliff', '-bourne', '-chester', '-haven'), and any
  ending when two names that begin alike stand before the same noun ('the Pennock estate',
  'the Pennard estate').
- A term the article shortens to its middle word ('the early warning system', 'the warning
  system') is written once with that word swapped ('the early detection system').

Every sentence was written for this file, in several orders, tenses and styles (British and
US); near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

CHANGED, SURNAME = "terms.organisation-renamed", "terms.surname-respelt"
ENDING, TERM = "terms.name-ending-changed", "terms.term-word-changed"
IT, W = "inconsistent-term", "warning"

FOUND = [
    # -- a surname alone under a title that fits one introduced person
    Hit(SURNAME, "Neil Hale runs the garage on Mill Street.\n\nThieves took tools worth £4,000."
        "\n\nMr Hoyle said the alarm had not gone off.", IT, "Hoyle", W, "Hale", ["Neil Hale"],
        id="surname: Mr, a man's first name, sounds alike"),
    Hit(SURNAME, "The shop was opened by Fiona Reid in 2015.\n\nIt sells wool and yarn.\n\nMs "
        "Reade says trade has doubled since the pandemic.", IT, "Reade", W, "Reid",
        ["Fiona Reid"], id="surname: Ms, present tense"),
    Hit(SURNAME, "Coach Terry Baldwin has led the team since 2019.\n\nThe Lions won 21-14 on "
        "Friday night.\n\n\"We never quit,\" Coach Baldock said.", IT, "Baldock", W, "Baldwin",
        ["Terry Baldwin"], id="surname: the same rank title, US"),
    Hit(SURNAME, "Inspector Mark Fairley said the road would stay shut.\n\nTwo lorries collided "
        "at 6am.\n\nInspector Fairbank asked drivers to avoid the area.", IT, "Fairbank", W,
        "Fairley", ["Mark Fairley"], id="surname: Inspector, half remembered"),
    Hit(SURNAME, "The practice is run by Dr Helen Marwick.\n\nIt has 9,000 patients.\n\nDr "
        "Marlow told the board that two doctors would retire next year.", IT, "Marlow", W,
        "Marwick", ["Helen Marwick"], id="surname: Dr, told"),
    Hit(SURNAME, "Owen Lowe, 52, has farmed the land for thirty years.\n\nThe flood covered "
        "forty acres.\n\nMr Lowe lost his hay.\n\nAccording to Mr Lowry, the drains had not "
        "been cleared since 2010.", IT, "Lowry", W, "Lowe", ["Owen Lowe"],
        id="surname: Mr, the title given to the person too"),
    Hit(SURNAME, "Sergeant Amy Holden found the dog on the cliff path.\n\nIt had been "
        "missing for nine days.\n\nSgt. Holmes said it was thin but well.", IT, "Holmes", W,
        "Holden", ["Amy Holden"], id="surname: a short form of the same title"),
    Hit(SURNAME, "Officer Dana Whitlock stopped the car on Route 9.\n\nThe driver had no "
        "license.\n\nOfficer Whitman said the man was polite.", IT, "Whitman", W, "Whitlock",
        ["Dana Whitlock"], id="surname: Officer, US"),
    Hit(SURNAME, "Neil Hale runs the garage on Mill Street.\n\nThieves took tools worth £4,000."
        "\n\nHoyle said the alarm had not gone off.", IT, "Hoyle", W, "Hale", ["Neil Hale"],
        id="surname: no title, before said"),
    Hit(SURNAME, "Owen Lowe has farmed the land for thirty years.\n\nThe flood covered forty "
        "acres.\n\n\"We lost the lot,\" said Lowry.", IT, "Lowry", W, "Lowe", ["Owen Lowe"],
        id="surname: no title, after said"),
    # -- a person's surname changed, the first name kept
    Hit(CHANGED, "Megan Reid chairs the parish council.\n\nThe council meets monthly.\n\nThe "
        "plan was drawn up by Megan Reade and two others.", IT, "Reade", W, "Reid",
        ["Megan Reid"], id="full name: sounds alike, passive"),
    Hit(CHANGED, "Megan Reid, whose father built the hall, chairs the trust.\n\nThe hall "
        "is 90 years old.\n\nMegan Reade said the family was proud of it.", IT, "Reade", W,
        "Reid", ["Megan Reid"], id="full name: family words near, one person"),
    Hit(CHANGED, "Dev Sandhu has coached the club for a decade.\n\nThe club has 200 members."
        "\n\nNext season, Dev Sidhu will hand over to his assistant.", IT, "Sidhu", W,
        "Sandhu", ["Dev Sandhu"], id="full name: a letter dropped and one changed"),
    Hit(CHANGED, "Priya Marsh teaches at the primary school.\n\nShe started a choir.\n\n"
        "Forty pupils now sing with Priya Mash every week.", IT, "Mash", W, "Marsh",
        ["Priya Marsh"], id="full name: a letter dropped, short"),
    Hit(CHANGED, "Owen Doyle, the club captain, scored twice.\n\nThe crowd was 3,000.\n\n"
        "Owen Dole said the team deserved the win.", IT, "Dole", W, "Doyle", ["Owen Doyle"],
        id="full name: said, British"),
    Hit(CHANGED, "Amir Khan opened the clinic in 2019.\n\nIt treats 80 patients a day.\n\n"
        "Patients praised Amir Kahn for staying open late.", IT, "Kahn", W, "Khan",
        ["Amir Khan"], id="full name: two letters swapped"),
    Hit(CHANGED, "Sarah Hale was elected in May.\n\nShe is 24.\n\nVoters told Sarah Hoyle "
        "they wanted more buses.", IT, "Hoyle", W, "Hale", ["Sarah Hale"],
        id="full name: sounds alike, an object"),
    # -- a name's last word changed for another of its kind
    Hit(CHANGED, "The Plough Inn closed in 2019.\n\nThe Plough Inn had been a pub since 1820."
        "\n\nRegulars say the Plough Tavern was the heart of the village.", IT, "Tavern", W,
        "Inn", ["Plough Inn"], id="kind: a pub, British"),
    Hit(CHANGED, "The Plough Arms reopened on Friday.\n\nThe Plough had been shut for a "
        "year.\n\nVillagers bought the Plough for £400,000.\n\nThe first pint at the Plough "
        "Inn was poured by the oldest regular.", IT, "Inn", W, "Arms", ["Plough Arms"],
        id="kind: a pub, its short name written alone"),
    Hit(CHANGED, "Kenwick Playhouse will stage a new play in May.\n\nTickets cost $25.\n\n"
        "The Kenwick Theater seats 400 people.", IT, "Theater", W, "Playhouse",
        ["Kenwick Playhouse"], id="kind: a hall for shows, US"),
    Hit(CHANGED, "Couples can marry at Holy Trinity Church from next year.\n\nThe roof was "
        "mended in 2022.\n\nThe vicar said Holy Trinity Chapel needed a new organ.", IT,
        "Chapel", W, "Church", ["Holy Trinity Church"], id="kind: a church, two words kept"),
    Hit(CHANGED, "Trains will not stop at Marlby Station for a month.\n\nBuses will run "
        "instead.\n\nThe lifts at Marlby Junction are being replaced.", IT, "Junction", W,
        "Station", ["Marlby Station"], id="kind: a station, a name no word has"),
    Hit(CHANGED, "Stallholders at Tollgate Market pay £40 a day.\n\nTollgate Market opens on "
        "Saturdays.\n\nFood stalls in Tollgate Arcade were moved last week.", IT, "Arcade", W,
        "Market", ["Tollgate Market"], id="kind: a market, written twice"),
    Hit(CHANGED, "Benches on Seaton Esplanade were painted in June.\n\nThe work cost £9,000.\n\n"
        "Visitors to Seaton Promenade will find new bins.", IT, "Promenade", W, "Esplanade",
        ["Seaton Esplanade"], id="kind: a seafront walk"),
    # -- two names before the same singular noun
    Hit(CHANGED, "Residents can claim a Warm Homes grant of up to £5,000.\n\nThe council has "
        "300 places.\n\nThe deadline for the Warm Houses grant is in March.", IT, "Houses",
        W, "Homes", ["Warm Homes"], id="noun after: a grant"),
    Hit(CHANGED, "The school won its first Gold Star award in 2021.\n\nStaff were "
        "delighted.\n\nThe head said the Gold Medal award showed how far the pupils had come.",
        IT, "Medal", W, "Star", ["Gold Star"], id="noun after: an award"),
    Hit(CHANGED, "The Safer Streets scheme pays for lights.\n\nCrime fell by 12%.\n\nThe Home "
        "Office will fund the Safer Roads scheme for two more years.", IT, "Roads", W,
        "Streets", ["Safer Streets"], id="noun after: a scheme, future tense"),
    Hit(CHANGED, "Each bus carries a Clean Air badge.\n\nThe city has 90 buses.\n\nBuses "
        "without the Clean Engine badge may not enter the centre.", IT, "Engine", W, "Air",
        ["Clean Air"], id="noun after: a badge"),
    Hit(CHANGED, "Pupils who read ten books earn a Bright Readers certificate.\n\nMost do.\n\n"
        "Last year 300 pupils got the Bright Writers certificate.", IT, "Writers", W,
        "Readers", ["Bright Readers"], id="noun after: a certificate, number words"),
    Hit(CHANGED, "Farmers who plant hedges get the Green Fields payment.\n\nThe scheme began "
        "in 2024.\n\nAbout 1,200 farms now receive the Green Acres payment each year.", IT,
        "Acres", W, "Fields", ["Green Fields"], id="noun after: a payment"),
    # -- more endings of English place names
    Hit(ENDING, "The ferry leaves Ashcliff at noon.\n\nIt carries 200 cars.\n\nAshcliff "
        "harbour is full.\n\nThe ferry reaches Ashcombe at 3pm.", IT, "Ashcombe", W,
        "Ashcliff", ["Ashcliff"], id="ending: -cliff"),
    Hit(ENDING, "Harbourne council set its budget on Monday.\n\nRents will rise.\n\nTenants in "
        "Harwick will pay £6 more a week.", IT, "Harwick", W, "Harbourne", ["Harbourne"],
        id="ending: -bourne, British"),
    Hit(ENDING, "Dunchester High School will close in July.\n\nIts 300 pupils will move.\n\n"
        "Parents in Dunford said the buses were too slow.", IT, "Dunford", W, "Dunchester",
        ["Dunchester"], id="ending: -chester"),
    Hit(ENDING, "The storm hit Elmworth on Sunday night.\n\nTrees fell on two cars.\n\nPower "
        "was cut to 800 homes in Elmhaven.", IT, "Elmhaven", W, "Elmworth", ["Elmworth"],
        id="ending: -haven"),
    Hit(ENDING, "Rossington is a town of 9,000 people.\n\nIts mayor wants a bypass.\n\nThe "
        "road would run south of Rosshampton.", IT, "Rosshampton", W, "Rossington",
        ["Rossington"], id="ending: -hampton, US"),
    Hit(ENDING, "Marton lost its bank in 2021.\n\nA van now visits twice a week.\n\nShops in "
        "Marpool say trade has fallen.", IT, "Marpool", W, "Marton", ["Marton"],
        id="ending: -pool"),
    # -- a place's name before the same noun, another ending
    Hit(ENDING, "Damp was found in 300 flats on the Pennock estate.\n\nRepairs will take two "
        "years.\n\nTenants on the Pennard estate have formed a group.", IT, "Pennard", W,
        "Pennock", ["Pennock"], id="same noun: an estate"),
    Hit(ENDING, "Fernleigh ward has two councillors.\n\nBoth are new.\n\nVoters in Fernacre "
        "ward will choose a third in May.", IT, "Fernacre", W, "Fernleigh", ["Fernleigh"],
        id="same noun: a ward, British"),
    Hit(ENDING, "Water mains burst in the Cottonwood district on Friday.\n\nCrews worked "
        "overnight.\n\nMost homes in the Cottonvale district had water again by noon.", IT,
        "Cottonvale", W, "Cottonwood", ["Cottonwood"], id="same noun: a district, US"),
    Hit(ENDING, "Sheep were stolen from the Grimsley farm last week.\n\nPolice found the van."
        "\n\nThe Grimsett farm has lost 40 sheep this year.", IT, "Grimsett", W, "Grimsley",
        ["Grimsley"], id="same noun: a farm"),
    Hit(ENDING, "Tanhurst school will get a new hall.\n\nThe work starts in June.\n\nPupils at "
        "Tanholt school will use the church hall meanwhile.", IT, "Tanholt", W, "Tanhurst",
        ["Tanhurst"], id="same noun: a school, future tense"),
    Hit(ENDING, "Anglers like the Marrick reservoir.\n\nIt holds 2bn litres.\n\nThe level "
        "of the Marrowby reservoir fell by a third over the summer.", IT, "Marrowby", W,
        "Marrick", ["Marrick"], id="same noun: a reservoir, digits"),
    # -- a term shortened to its middle word, then that word swapped
    Hit(TERM, "The town installed an early warning system in 2020.\n\nThe warning system "
        "failed twice.\n\nOfficials say the early detection system is now fixed.", IT,
        "detection", W, "warning", ["early warning system"], id="term: a system, US"),
    Hit(TERM, "Diabetic children may get a continuous glucose monitor.\n\nThe glucose monitor "
        "sends a reading every five minutes.\n\nParents said the continuous insulin monitor "
        "had changed their lives.", IT, "insulin", W, "glucose",
        ["continuous glucose monitor"], id="term: a monitor"),
    Hit(TERM, "Drivers who park on the verge get a fixed penalty notice.\n\nEach penalty "
        "notice costs £70.\n\nMore than 900 people got a fixed charge notice last year.", IT,
        "charge", W, "penalty", ["fixed penalty notice"], id="term: a notice, British"),
    Hit(TERM, "Offenders wear an electronic monitoring tag.\n\nThe monitoring tag is checked "
        "daily.\n\nHe removed the electronic tracking tag within a week.", IT, "tracking", W,
        "monitoring", ["electronic monitoring tag"], id="term: a tag, past tense"),
    Hit(TERM, "The city will bring in a low emission zone in 2027.\n\nThe emission zone "
        "covers 4 square miles.\n\nVans older than 2016 must pay to enter the low pollution "
        "zone.", IT, "pollution", W, "emission", ["low emission zone"], id="term: a zone, digits"),
    Hit(TERM, "Phones will sound the emergency alert system on Sunday.\n\nThe alert system is "
        "tested once a year.\n\nThe emergency message system reached 80% of phones last "
        "time.", IT, "message", W, "alert", ["emergency alert system"], id="term: an alert"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round10_names_found(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


NAMES = (CHANGED, SURNAME, ENDING, TERM, "terms.name-spelled-twice")

CLEAN = [
    # -- surnames alone
    Miss(NAMES, "Neil Hale and Tom Hoyle run the garage.\n\nThieves took tools.\n\nMr Hoyle "
         "said the alarm had not gone off.", id="clean: both men introduced"),
    Miss(NAMES, "Fiona Reid rents the flat.\n\nThe boiler broke in May.\n\nMr Reade, her "
         "landlord, said a new one was on order.", id="clean: a title of the other sex"),
    Miss(NAMES, "Neil Hale and Dan Hoyt were hurt.\n\nBoth were taken to hospital.\n\nMr "
         "Hoyle, a witness, said the car was going fast.",
         id="clean: two men the name could be"),
    Miss(NAMES, "Inspector Mark Fairley and Inspector Jo Fairbank led the raid.\n\nSix men "
         "were held.\n\nInspector Fairbank said more arrests would follow.",
         id="clean: two inspectors introduced"),
    Miss(NAMES, "Dr Helen Marwick runs the practice.\n\nIt has 9,000 patients.\n\nSergeant "
         "Martin said the break-in was reported at 2am.",
         id="clean: another title, a surname far apart"),
    Miss(NAMES, "Officer Dana Whitlock and Officer Ray Whitman answered the call.\n\nNo one "
         "was hurt.\n\nOfficer Whitman said the man was polite.",
         id="clean: two officers introduced"),
    Miss(NAMES, "John Kerry flew to Paris.\n\nThe talks lasted two days.\n\nJohn Kelly, the "
         "chief of staff, stayed in Washington.", id="clean: two Johns, surnames apart"),
    Miss(NAMES, "Sarah Hale was elected in May.\n\nShe is 24.\n\nSarah Hoyle, 31, a "
         "teacher, said he had voted for him.", id="clean: a second person introduced"),
    Miss(NAMES, "Megan Reid chairs the council.\n\nIt meets monthly.\n\nMegan Reade, who "
         "clerks for the council, takes the notes.", id="clean: a second Megan introduced"),
    Miss(NAMES, "Neil Hale runs the garage.\n\nThieves took tools.\n\nMayor Hoyle said the "
         "town would pay for cameras.", id="clean: a title the person never had"),
    # -- a name's last word changed
    Miss(NAMES, "The Crown Inn and the Crown Hotel stand on one street.\n\nBoth are old.\n\n"
         "The Crown Inn is for sale.", id="clean: a pub and a hotel named together"),
    Miss(NAMES, "Trains stop at Marlby Station.\n\nBuses leave from Marlby Interchange.\n\n"
         "Coaches leave from Marlby Depot.", id="clean: three names fill the slot"),
    Miss(NAMES, "Church Road will be resurfaced in May.\n\nThe work takes a week.\n\nChurch "
         "Lane will be done in June.", id="clean: two streets with a common word"),
    Miss(NAMES, "Twelve homes will be built on Larkspur Road.\n\nThe council approved the "
         "plan.\n\nNeighbours on Larkspur Close had objected.",
         id="clean: a rare word, two streets written once each"),
    Miss(NAMES, "Station Road is shut.\n\nDrivers should use the bypass.\n\nStation Street "
         "stays open.", id="clean: a common word, two streets"),
    Miss(NAMES, "Wembley Stadium hosts the final.\n\nTickets sold out in an hour.\n\nThe band "
         "plays Wembley Arena next week.", id="clean: a stadium and an arena"),
    # -- two names before the same noun
    Miss(NAMES, "Apple Watch sales rose by 8%.\n\nThe firm reported on Thursday.\n\nApple "
         "Music sales fell.", id="clean: a plural noun after"),
    Miss(NAMES, "Residents can claim a Warm Homes grant.\n\nThe council has 300 places.\n\n"
         "Shops can apply to the Warm Hubs network.", id="clean: two different nouns after"),
    Miss(NAMES, "The Safer Streets scheme pays for lights.\n\nCrime fell.\n\nThe Safer Roads "
         "scheme pays for speed cameras.\n\nSafer Roads was set up in 2019.",
         id="clean: the odd word used again"),
    Miss(NAMES, "She was elected Labour Party leader in 2020.\n\nShe is 44.\n\nHer deputy "
         "became the Labour Group leader on the council.", id="clean: a party and a group"),
    Miss(NAMES, "The Blue Flag award and the Green Flag award are both given each May.\n\n"
         "Six beaches won.", id="clean: two awards in one sentence"),
    # -- place names
    Miss(NAMES, "Trains run from Ashcliff to Ashcombe.\n\nThe line is 12 miles long.\n\n"
         "Ashcliff station has a cafe.", id="clean: two places named together"),
    Miss(NAMES, "Ashcliff Road is closed.\n\nThe water main burst.\n\nAshcombe House was "
         "flooded.", id="clean: a road and a house"),
    Miss(NAMES, "Damp was found on the Pennock estate.\n\nRepairs will take years.\n\nPupils "
         "at the Pennard school were sent home.", id="clean: two nouns after"),
    Miss(NAMES, "Voters in Fernleigh ward and Fernacre ward go to the polls.\n\nBoth wards "
         "are new.", id="clean: two wards named together"),
    # -- terms
    Miss(NAMES, "Public health officials met on Monday.\n\nHealth officials warned of flu.\n\n"
         "Public safety officials joined them.", id="clean: a plural term, two groups"),
    Miss(NAMES, "The early warning system and the early detection system were both tested."
         "\n\nThe warning system failed.", id="clean: both terms in one sentence"),
    Miss(NAMES, "The town has an early warning system.\n\nThe warning system failed.\n\n"
         "An early detection system would spot fires.\n\nDetection rates are low.",
         id="clean: the new word written again"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round10_names_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []

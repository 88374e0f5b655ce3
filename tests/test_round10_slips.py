"""Round 10 of issue 15, slips: each mechanism made general rather than fitted to a sentence.

- a word of place or time that needs 'of' before a noun phrase that is no subject of a verb
  ('in the middle the night,', 'instead the station.'; not 'Instead the council voted');
- one word spelled two ways in one article, British and American ('snowplow', 'snowplough');
- a word between the two outer words of a three-word term, one letter from its middle word,
  whatever word it is ('the school rub traffic' beside 'school run traffic');
- a three-letter word one letter from the article's subject, pointing back at it;
- a possessive that points back at a thing of the same owner in the same frame ('at its
  berth' … 'at its birth');
- the term's first mention pointing back at a thing named only by the odd word ('a worn
  gable snapped. The same cable …');
- a person given two titles a slip apart with the same describing word ('pipe major Ewan
  Reid' … 'Reid, the pipe mayor').

Every sentence was written for this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, needs_model
from test_checks import test_rule_finds as check_rule_finds
from test_round8_slips import BACK, SLOT, check_rule_stays_quiet

PHRASE = "slips.missing-word"
TWO_WAYS = "spelling.two-spellings"
NEAR = "slips.near-term"


def Of(body, words, mended, id):
    return Hit(PHRASE, body, "other", words, "warning", mended, id=id)


def Spelt(body, words, other, id):
    return Hit(TWO_WAYS, body, "inconsistent-term", words, "warning", other, related=[other],
               id=id)


def Linked(rule, body, words, suggestion, related, id):
    return Hit(rule, body, "inconsistent-term", words, "warning" if rule != BACK else "note",
               suggestion, related=[related], id=id)


FOUND = [
    # -- 'of' left out after a word of place or time
    Of("The fire started at the back the kitchen, staff said.", "at the back",
       "at the back of", id="of: 'at the back the kitchen,'"),
    Of("Work on the bridge will be finished by the end the summer.", "by the end",
       "by the end of", id="of: 'by the end the summer.'"),
    Of("Pupils will be taught online instead a classroom.", "instead", "instead of",
       id="of: 'instead a classroom'"),
    Of("Snow lay at the top the hill for a week.", "at the top", "at the top of",
       id="of: 'at the top the hill'"),
    Of("He was hurt towards the end the match and left the pitch.", "towards the end",
       "towards the end of", id="of: 'towards the end the match', British style"),
    Of("The team stayed in the middle the standings all season.", "in the middle",
       "in the middle of", id="of: 'in the middle the standings', US style"),
    Of("Crowds gathered in the center the city on Saturday night.", "in the center",
       "in the center of", id="of: 'in the center the city'"),
    Of("The club closed because its debts, the owner said.", "because", "because of",
       id="of: 'because its debts'"),
    Of("It is one the biggest bike schemes in Europe.", "one", "one of",
       id="of: 'one the biggest'"),
    Of("The café next the station will close in May.", "next", "next to",
       id="to: 'next the station'"),
    Of("Police stood on the other side the road all night.", "on the other side",
       "on the other side of", id="of: 'on the other side the road'"),
    Of("He wrote in response the letter she sent in March.", "in response",
       "in response to", id="to: 'in response the letter'"),
    Of("All a sudden the lights went out, a witness said.", "All a sudden",
       "All of a sudden", id="of: 'All a sudden', inside the phrase"),
    # -- one word spelled two ways
    Spelt("Paint job\n\nThe colour of the doors is blue. Each colour was picked by pupils."
          "\n\nThe color will last ten years, the school said.", "color", "colour",
          id="two ways: 'color' once after 'colour' twice"),
    Spelt("Theatre reopens\n\nThe theatre reopened in May. The theatre seats 400 people.\n\n"
          "The theater lost $80,000 last year.", "theater", "theatre",
          id="two ways: '-ter' once after '-tre'"),
    Spelt("Snow crews\n\nThe city's snowplows cleared 80 miles of road. Two snowplows broke "
          "down.\n\nA new snowplough costs $200,000.", "snowplough", "snowplows",
          id="two ways: 'snowplough' and the plural 'snowplows'"),
    Spelt("Defence budget\n\nThe defence budget will fall by 2%. Ministers defended the "
          "defence cuts.\n\nThe defense review will end in May.", "defense", "defence",
          id="two ways: '-se' once after '-ce'"),
    Spelt("Town hall\n\nThe grey stone of the hall is cracked. Grey slates fell in a storm, "
          "and the grey walls need cleaning.\n\nThe gray roof will be mended first.", "gray",
          "grey", id="two ways: 'gray' after 'grey', a word of its own"),
    Spelt("Helpline\n\nA school counselor sees 40 pupils a week. Each counselor has a room."
          "\n\nThe counsellor said waits were long.", "counsellor", "counselor",
          id="two ways: a doubled l once after one l"),
    Spelt("Vote\n\nResidents will organize a petition. They organized one last year too.\n\n"
          "Those who organise it can speak at the meeting.", "organise", "organize",
          id="two ways: '-ise' once after '-ize'"),
    # -- a word between the two outer words of a term
    Hit(NEAR, "School run traffic\n\nSchool run traffic clogs Hill Road each morning. "
        "Parents blame school run traffic for two crashes.\n\nThe head said school rub "
        "traffic would ease when the new gate opens.", "inconsistent-term", "rub", "warning",
        "run", id="term: a three-letter word in the middle"),
    Hit(NEAR, "Sea wall repairs\n\nThe sea wall repairs will take a year. Engineers said "
        "sea wall repairs were urgent, as well.\n\nThe state said sea well repairs would "
        "cost $4 million.", "inconsistent-term", "well", "warning", "wall",
        id="term: a word the article also uses as itself ('well')"),
    Hit(NEAR, "Car park charges\n\nCar park charges will rise in April. Part of the money "
        "will pay for buses.\n\nTraders say car part charges keep shoppers away.",
        "inconsistent-term", "part", "warning", "park",
        id="term: the middle word used elsewhere in the article"),
    Hit(NEAR, "Night bus cut\n\nThe night bus service ends in June. Students relied on "
        "the night bus service.\n\nThe council said the night buy service cost £300,000 a "
        "year.", "inconsistent-term", "buy", "warning", "bus",
        id="term: 'night buy service', British style"),
    Hit(NEAR, "Fire pit ban\n\nThe fire pit ban starts Friday. Anyone who breaks the fire pit "
        "ban faces a $100 fine.\n\nOfficials said the fire put ban would last until it "
        "rains.", "inconsistent-term", "put", "warning", "pit",
        id="term: a verb typed in a noun's place, US style"),
    Hit(NEAR, "Food bank\n\nFood bank users now wait an hour. The food bank opened a second "
        "site in May.\n\nVolunteers said food back users came back every week.",
        "inconsistent-term", "back", "warning", "bank", id="term: 'food back users'"),
    # -- a word of grammar between 'the' and the noun of a two-word term
    Hit(NEAR, "Bus stop moved\n\nThe bus stop on Hill Road will move. The bus stop is too "
        "close to a bend.\n\nParents said the but stop was unsafe.", "inconsistent-term",
        "but", "warning", "bus", id="grammar word: 'the but stop'"),
    Hit(NEAR, "Art centre\n\nThe art centre reopens on Friday. The art centre has a new café."
        "\n\nVisitors to the are centre can see 40 paintings.", "inconsistent-term", "are",
        "warning", "art", id="grammar word: 'the are centre', British style"),
    Hit(NEAR, "Fur trade\n\nThe fur trade was banned in 2000. Campaigners said the fur "
        "trade was cruel.\n\nThe country ended its for trade after a vote.",
        "inconsistent-term", "for", "warning", "fur", id="grammar word: 'its for trade'"),
    Hit(NEAR, "Van stolen\n\nA white van was seen at 2am. The white van had no plates.\n\n"
        "Police said the while van was found in a field.", "inconsistent-term", "while",
        "warning", "white", id="grammar word: 'the while van'"),
    Hit(NEAR, "Theme park\n\nThe theme park opened in 1999. The theme park employs 400 "
        "people.\n\nThe owners say the them park will add a ride.", "inconsistent-term",
        "them", "warning", "theme", id="grammar word: 'the them park', a letter dropped"),
    Hit(NEAR, "Gas tax\n\nThe gas tax rises in July. Drivers pay the gas tax at the pump."
        "\n\nLawmakers said the was tax would fund roads.", "inconsistent-term", "was",
        "warning", "gas", id="grammar word: 'the was tax', US style"),
    # -- a three-letter word pointing back at the subject
    Linked(BACK, "Village gym opens\n\nThe gym opened in a former bank on Monday. Members "
           "pay £20 a month, and the gym has forty machines.\n\nThe owner said the gum would "
           "stay open until 10pm.", "gum", "gym", "gym", id="short: 'the gum' for 'the gym'"),
    Linked(BACK, "Old inn for sale\n\nThe inn dates from 1650. The inn has twelve rooms and "
           "a garden.\n\nThe agent said the ink would sell for £900,000.", "ink", "inn", "inn",
           id="short: 'the ink' for 'the inn'"),
    Linked(BACK, "Cab fares\n\nEvery cab in the city must show its fares. A cab ride to the "
           "airport costs $40.\n\nThe city said the cob would need a new meter by June.",
           "cob", "cab", "cab", id="short: 'the cob' for 'the cab', US style"),
    Linked(BACK, "Beach hut\n\nThe hut was built in 1930. Owners pay £500 a year for the "
           "hut.\n\nThe council said the hat would be painted in spring.", "hat", "hut", "hut",
           id="short: 'the hat' for 'the hut'"),
    Linked(BACK, "School bus\n\nThe school bus was late again. Parents say the bus is full "
           "by the second stop.\n\nThe firm said this bug would run on time from Monday.",
           "bug", "bus", "bus", id="short: 'this bug' for 'the bus'"),
    Linked(BACK, "Village pub\n\nThe pub reopened on Friday after a year. Locals bought the "
           "pub for £400,000.\n\nThe new manager said the pun would serve food every day.",
           "pun", "pub", "pub", id="short: 'the pun' for 'the pub'"),
    # -- a commoner word pointing back at a term the article talks of again and again
    Linked(BACK, "Dental contract\n\nThe practice signed the contract in 2019. The contract "
           "pays £40 a visit. Dentists say the contract is unfair, and the board will review "
           "the contract.\n\nThe board said money from the contact would go to other "
           "practices.", "contact", "contract", "contract", id="talked of: 'the contact'"),
    Linked(BACK, "Battery plant\n\nThe plant will open in 2027. The plant will employ 300 "
           "people, and the plant will use local power. Critics say the plant is too big.\n\n"
           "The firm said the plane would pay £2m in local taxes.", "plane", "plant", "plant",
           id="talked of: 'the plane', future tense"),
    Linked(BACK, "Stadium bid\n\nThe bid was lodged in May. The bid needs council support, "
           "and the bid could bring 500 jobs. Rivals say the bid is weak.\n\nThe mayor said "
           "the bed would be decided in June.", "bed", "bid", "bid",
           id="talked of: 'the bed', three letters"),
    Linked(BACK, "Housing bill\n\nThe bill was debated on Monday. The bill would cap rents; "
           "the bill has support from both parties, and the bill goes to a vote in May.\n\n"
           "Critics said the ball would cut supply.", "ball", "bill", "bill",
           id="talked of: 'the ball', US style"),
    Linked(BACK, "Village shop\n\nThe shop opened in 1920. The shop sells bread; the shop "
           "also has a post office, and the shop is run by volunteers.\n\nThe owner said the "
           "ship would close on Sundays.", "ship", "shop", "shop",
           id="talked of: 'the ship' for 'the shop'"),
    Linked(BACK, "Court case\n\nThe court heard the case on Monday. The court was told the "
           "firm lied. The court also saw emails, and the court will sit again on Friday.\n\n"
           "Lawyers said the count would rule next week.", "count", "court", "court",
           id="talked of: 'the count would rule'"),
    # -- a word for things that a 'who' makes name people
    Linked(BACK, "Library hours\n\nThe library's staff work long shifts. Staff numbers fell, "
           "and the staff union is angry.\n\nLibrary stuff who now work evenings would be "
           "offered day shifts.", "stuff", "staff", "staff", id="who: 'stuff who work'"),
    Linked(BACK, "Play\n\nThe cast of the play is 30. The cast rehearse every night.\n\n"
           "The director said some cash who stayed late were paid extra.", "cash", "cast",
           "cast", id="who: 'some cash who stayed late'"),
    Linked(BACK, "Ward\n\nThe ward has 20 nurses. The nurses work 12-hour shifts.\n\nUnion "
           "leaders said purses who work nights will be paid more.", "purses", "nurses",
           "nurses", id="who: 'purses who work nights', future"),
    Linked(BACK, "Hotel\n\nThe hotel employs 12 chefs. The chefs work in shifts.\n\nStaff "
           "said chess who work at night will get a bonus.", "chess", "chefs", "chefs",
           id="who: 'chess who work', a plural"),
    Linked(BACK, "Coaching\n\nThe club has six coaches. The coaches train 200 children."
           "\n\nParents praised couches who give up their weekends.", "couches",
           "coaches", "coaches", id="who: 'couches who give up', US style"),
    Linked(BACK, "Choir\n\nThe choir has 40 singers. The singers rehearse on Tuesdays.\n\n"
           "The conductor praised two fingers who sang solos.", "fingers", "singers",
           "singers", id="who: 'two fingers who sang'"),
    # -- a possessive pointing back in the same frame
    Linked(SLOT, "Choir\n\nThe choir has sung in its hall since 1950.\n\nIt will give a last "
           "concert in its hull on 3 May.", "hull", "hall", "hall",
           id="frame: 'in its hall' … 'in its hull'"),
    Linked(SLOT, "Yacht club\n\nThe old yacht was kept at its mooring all winter.\n\nVisitors "
           "can see it at its mooting on Sunday.", "mooting", "mooring", "mooring",
           id="frame: 'at its mooring' … 'at its mooting'"),
    Linked(SLOT, "Charity café\n\nThe charity runs a café from its base on King Street.\n\n"
           "Volunteers will also sell books from its bass from June.", "bass", "base",
           "base", id="frame: 'from its base' … 'from its bass'"),
    Linked(SLOT, "Flats\n\nThe families were moved to their flats in March.\n\nA year on, "
           "some have still not been back to their flaps.", "flaps", "flats", "flats",
           id="frame: 'to their flats' … 'to their flaps'"),
    Linked(SLOT, "Rescue dog\n\nThe dog has slept in its kennel since May.\n\nStaff say it "
           "is happiest in its kernel after a walk.", "kernel", "kennel", "kennel",
           id="frame: 'in its kennel' … 'in its kernel', US style"),
    Linked(SLOT, "Ship repairs\n\nThe ferry will stay in its dock until May.\n\nEngineers "
           "said it would remain in its duck for two more weeks.", "duck", "dock", "dock",
           id="frame: 'in its dock' … 'in its duck'"),
    # -- the term's first mention points back at the odd word
    Linked(SLOT, "Lift breaks down\n\nThe lift stopped when a worn gable snapped. The same "
           "cable had been checked in May.", "gable", "cable", "cable",
           id="pointed at: 'a worn gable' … 'The same cable'"),
    Linked(SLOT, "Bridge shut\n\nWorkers found a crack in a steel bean on Monday. That beam "
           "will be replaced.", "bean", "beam", "beam", id="pointed at: 'That beam'"),
    Linked(SLOT, "Hall fire\n\nThe blaze started at a gas heather in the hall.\n\nThis "
           "heater had been serviced in January.", "heather", "heater", "heater",
           id="pointed at: 'This heater', the next paragraph"),
    Linked(SLOT, "Surgery\n\nSurgeons removed a rumour from her lung. The same tumour had "
           "been missed in 2021.", "rumour", "tumour", "tumour",
           id="pointed at: 'The same tumour', British style"),
    Linked(SLOT, "Roof leak\n\nWater came in through a blocked grain above the hall. This "
           "drain has been cleared twice.", "grain", "drain", "drain",
           id="pointed at: 'This drain'"),
    Linked(SLOT, "Plant leak\n\nA faulty value let gas escape, the company said. The same "
           "valve failed in 2019 and cost $40,000 to fix.", "value", "valve", "valve",
           id="pointed at: an everyday word, US style"),
    # -- a person with two titles a slip apart, with one describing word
    Linked(SLOT, "Pipe band\n\nPipe major Ewan Reid has led the band for ten years.\n\nReid, "
           "the band's pipe mayor, said they would play in Oban.", "mayor", "major", "major",
           id="title: 'pipe major' … 'pipe mayor'"),
    Linked(SLOT, "New café\n\nHead chef Tom Baker opened the café in 2019.\n\nBaker, the "
           "café's head chief, said prices would rise.", "chief", "chef", "chef",
           id="title: 'head chef' … 'head chief'"),
    Linked(SLOT, "Bakery prize\n\nPastry chef Mia Long won the prize on Sunday.\n\nLong, "
           "the hotel's pastry chief, said she was amazed.", "chief", "chef", "chef",
           id="title: 'pastry chef' … 'pastry chief'"),
    Linked(SLOT, "Hotel kitchen\n\nExecutive chef Sam Ortiz runs a staff of 30.\n\nOrtiz, "
           "the hotel's executive chief, said he would hire ten more.", "chief", "chef",
           "chef", id="title: 'executive chef', US style"),
    Linked(SLOT, "Restaurant\n\nSous chef Raj Patel cooked for 200 guests.\n\nPatel, the "
           "sous chief, said it was the busiest night of the year.", "chief", "chef", "chef",
           id="title: 'sous chef' … 'sous chief'"),
    pytest.param(SLOT, "Parade\n\nRegimental sergeant major Tom Ash led the parade.\n\nAsh, "
                 "the regimental sergeant mayor, said 300 soldiers took part.",
                 dict(kind="inconsistent-term", words="mayor", severity="warning",
                      suggestion="major", related=["major"]),
                 marks=pytest.mark.xfail(strict=True, reason="'major', a noun no list names "
                                         "as a title, reads as a thing in a title's place"),
                 id="title: 'sergeant major' … 'sergeant mayor'"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round10_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    # -- phrases that need no 'of' where a subject or a name follows
    Miss(PHRASE, "At the end the crowd rose to applaud.", id="clean: 'At the end' + subject"),
    Miss(PHRASE, "Instead the council voted to keep the library open.",
         id="clean: 'Instead' + subject"),
    Miss(PHRASE, "Because the bridge was closed, buses ran late.",
         id="clean: 'Because' + a clause"),
    Miss(PHRASE, "By the end, the two sides had agreed.", id="clean: 'By the end,'"),
    Miss(PHRASE, "Fighting in the Middle East went on.", id="clean: 'in the Middle East'"),
    Miss(PHRASE, "His remark was instead an expression of anger.",
         id="clean: 'was instead' + what it was"),
    Miss(PHRASE, "Polls show her ahead by 3 points.", id="clean: 'ahead by'"),
    Miss(PHRASE, "Next the council voted.", id="clean: 'Next' + subject"),
    Miss(PHRASE, "In response the council said no.", id="clean: 'In response' + subject"),
    Miss(PHRASE, "No one the council asked would speak.", id="clean: 'one' + a clause"),
    Miss(PHRASE, "In the event the deal collapses, jobs will go.",
         id="clean: 'In the event' + a clause"),
    # -- two words, not one spelled two ways
    Miss(TWO_WAYS, "Licence\n\nThe council will license the bar. Its licence ends in May.\n\n"
         "A new licence costs £200.", id="clean: British 'licence' and 'license'"),
    Miss(TWO_WAYS, "Visitors\n\nTourists flock to Pearl Harbor each year.\n\nThe harbour at "
         "Poole is busier.", id="clean: a name keeps its spelling"),
    Miss(TWO_WAYS, "Flood wall\n\nThe wall is two metres high. A gas meter was fitted in "
         "the hall.", id="clean: 'metres' and a 'meter'"),
    Miss(TWO_WAYS, "GP surgery\n\nThe practice has 9,000 patients. Doctors who practise there "
         "also teach.", id="clean: 'practice' and 'practise'"),
    Miss(TWO_WAYS, "TV show\n\nThe programme airs on Fridays. Its makers wrote a computer "
         "program to pick the guests.", id="clean: 'programme' and 'program'"),
    Miss(TWO_WAYS, "Rain\n\nThey walked through the town for four hours. He said he would "
         "throw a party for them.", id="clean: 'through', 'throw', 'four', 'for'"),
    # -- three-word terms with two forms of one word
    Miss(NEAR, "Prices\n\nHome prices rose sharply in 2021. When home prices rise sharply, "
         "buyers wait.", id="clean: 'rose' and 'rise', one verb"),
    Miss(NEAR, "Hire\n\nThe hire fee is £5. The hire fee rises in May.\n\nFans of the here "
         "and now will love it.", id="clean: 'the here and now'"),
    Miss(NEAR, "Vote\n\nThe by election is on Thursday. The general election is next year.",
         id="clean: 'the by election', no term a letter away"),
    # -- short words: a common term, or an odd word that brings in a new thing
    Miss((SLOT, BACK), "Car stolen\n\nThe car was taken from a drive. Police found the car on "
         "Friday.\n\nThe cat was still inside, unhurt.", id="clean: 'car', a common word"),
    Miss((SLOT, BACK), "Village pub\n\nThe pub has a dog. Regulars bought the pub in 2020."
         "\n\nLast week a pup joined the dog.", id="clean: 'a pup', a new thing"),
    Miss((SLOT, BACK), "Battery plant\n\nThe plant will open in 2027. The plant will employ "
         "300 people, and the plant will use local power. Critics say the plant is too big."
         "\n\nEngineers flew in on the plane from Seoul.",
         id="clean: 'the plane from Seoul', a thing of its own"),
    Miss((SLOT, BACK), "Battery plant\n\nThe plant will open in 2027. Critics say the plant "
         "is too big.\n\nThe firm said the plane would land at noon.",
         id="clean: a commoner word beside a term used three times"),
    Miss((SLOT, BACK), "Skate park\n\nThe park opened in May. The park has ramps; the park "
         "is free, and the park shuts at dusk.\n\nParents said they were left in the dark "
         "about the plans.", id="clean: 'in the dark', a set phrase"),
    Miss((SLOT, BACK), "Reading\n\nThe library has 900 readers. Readers can borrow ten "
         "books.\n\nCouncil leaders who use the library were asked to help.",
         id="clean: 'leaders who', a word for people itself"),
    Miss((SLOT, BACK), "Library hours\n\nThe library's staff work long shifts. Staff numbers "
         "fell, and the staff union is angry.\n\nThe stuff that fills the basement will be "
         "sold.", id="clean: 'the stuff that', things"),
    # -- the term named before the odd word, or pointed at with a plain 'the'
    Miss((SLOT, BACK), "Cinema\n\nThe cinema bought a smoke sensor in 2020. A film censor "
         "cut two scenes last year. The same sensor failed again in May.",
         id="clean: the term before the odd word"),
    Miss((SLOT, BACK), "Film\n\nA film censor cut two scenes. Later the club fitted a sensor "
         "to the door.", id="clean: 'a sensor', no pointing word"),
    # -- two people, or a title of the person's own
    Miss((SLOT, BACK), "Parade\n\nThe band's drum major, Lia Moss, led the march. The "
         "town's mayor, Sam Lee, watched.", id="clean: two people, two titles"),
    Miss((SLOT, BACK), "Veteran\n\nMajor Tom Hale left the army in 2010.\n\nHale is now the "
         "town's mayor.", id="clean: a rank and an office of one person"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round10_rule_stays_quiet(rules, body):
    check_rule_stays_quiet(rules, body)

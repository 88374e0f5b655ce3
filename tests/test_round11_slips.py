"""Round 11 of issue 15, slips: each mechanism made general rather than fitted to a sentence.

- a capitalised word that is no English and no name: a day or a month with two letters
  swapped or one left out ('Thrusday', 'Janaury'), anywhere, and a long word that opens a
  sentence ('Meanwile', 'Eventualy');
- a long word with a letter left out of a word that is rare in print ('reliabilty');
- a word one slip from the article's subject after the same preposition with 'the' ('at the
  pier' … 'at the peer');
- a word out of its class (an adjective where the noun must be) in the place of the
  article's term, pointing back at it ('its lease' … 'the least will be sold', 'the
  bakery's least runs out');
- a describing word of a term written with another prefix of the same sense ('unsolvable
  problem' … 'insolvable problem').

Every sentence was written for this file; near misses must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, needs_model
from test_checks import test_rule_finds as check_rule_finds
from test_round8_slips import check_rule_stays_quiet

SPELLING = "spelling.unknown-word"
SLOT = "slips.linked-term"
NEAR = "slips.near-term"


def Typo(body, words, meant, id):
    return Hit(SPELLING, body, "spelling", words, "error", meant, id=id)


def Linked(body, words, term, related, id):
    return Hit(SLOT, body, "inconsistent-term", words, "warning", term, related=[related], id=id)


def Prefixed(body, words, term, related, id):
    return Hit(NEAR, body, "inconsistent-term", words, "warning", term, related=[related], id=id)


FOUND = [
    # -- a day or a month misspelt, with its capital
    Typo("The hearing was moved to Thrusday after a lawyer fell ill.", "Thrusday", "Thursday",
         id="calendar: 'Thrusday', two letters swapped"),
    Typo("Bins will be emptied on Tusday instead, the council said.", "Tusday", "Tuesday",
         id="calendar: 'Tusday', a letter left out"),
    Typo("The new timetable starts on 4 Janaury and runs until May.", "Janaury", "January",
         id="calendar: British date, 'Janaury'"),
    Typo("Voters go to the polls on Novmber 5, officials said.", "Novmber", "November",
         id="calendar: US date, 'Novmber'"),
    Typo("The show closes on Saturady, a week early.", "Saturady", "Saturday",
         id="calendar: 'Saturady'"),
    Typo("From Septmber, pupils will start school at 8.40am.", "Septmber", "September",
         id="calendar: a month opening a phrase"),
    Typo("The road reopens in Ocotber, once the bridge is repaired.", "Ocotber", "October",
         id="calendar: 'Ocotber'"),
    # -- a long word opening a sentence
    Typo("The match was won. Eventualy the captain was hurt.", "Eventualy",
         "Eventually", id="opener: 'Eventualy'"),
    Typo("The bill passed.\n\nPoliticans from both parties backed it.", "Politicans",
         "Politicians", id="opener: 'Politicans', opening a paragraph"),
    Typo("Prices rose again. Meanwile wages stayed flat.", "Meanwile", "Meanwhile",
         id="opener: 'Meanwile'"),
    Typo("The plan was approved. “Residnets will pay more,” a campaigner said.", "Residnets",
         "Residents", id="opener: 'Residnets', after a quotation mark"),
    # -- a long word with a letter left out, the word meant rare in print
    Typo("Officials promised more sustainabilty in the way the fleet is run.", "sustainabilty",
         "sustainability", id="long: 'sustainabilty'"),
    Typo("The report questioned the profitabilty of the new route.", "profitabilty",
         "profitability", id="long: 'profitabilty'"),
    Typo("Critics doubt the reliabilty of the new trains.", "reliabilty", "reliability",
         id="long: 'reliabilty'"),
    Typo("Residents complained about the unreliabilty of the buses.", "unreliabilty",
         "unreliability", id="long: 'unreliabilty'"),
    Typo("The council will change how it handles procurment next year.", "procurment",
         "procurement", id="long: 'procurment', a letter left out"),
    Typo("Residents fear gentrifcation will push rents up.", "gentrifcation", "gentrification",
         id="long: 'gentrifcation'"),
    Typo("She left school at 16 to start an apprenticship with a builder.", "apprenticship",
         "apprenticeship", id="long: 'apprenticship'"),
    Typo("The meadow's biodiveristy has doubled since 2015.", "biodiveristy", "biodiversity",
         id="long: 'biodiveristy', two letters swapped"),
    Typo("The hall will close for refurbishmnet in May.", "refurbishmnet", "refurbishment",
         id="long: 'refurbishmnet', two letters swapped"),
    # -- the same preposition with 'the': one place, named a slip away
    Linked("Old kiln\n\nVolunteers fired pots in the kiln for the first time since 1950. The "
           "fire burned for two days.\n\nThis summer a family of swifts nested in the kill.",
           "kill", "kiln", "kiln", id="frame: 'in the kiln' … 'in the kill'"),
    Linked("Ferry pier\n\nThe ferry docks at the pier twice a day. It carries 200 cars.\n\nA "
           "crowd gathered at the peer to meet the last sailing.", "peer", "pier", "pier",
           id="frame: 'at the pier' … 'at the peer'"),
    # -- a word out of its class in the term's place
    Linked("Market lease\n\nTraders hold a lease on the hall until 2029. They pay £40,000 a "
           "year.\n\nThey fear the least will be sold to a developer.", "least", "lease",
           "lease", id="misfit: 'the least will be sold', passive"),
    Linked("Farm lease\n\nThe family has farmed the land on a lease from the church since "
           "1952.\n\nThe church says the least was never meant to last forever.", "least",
           "lease", "lease", id="misfit: 'the least was never meant'"),
    Linked("Stadium lease\n\nThe club holds a lease on the stadium until 2031. It pays £1m a "
           "year.\n\nThe owners say the least will not be renewed.", "least", "lease",
           "lease", id="misfit: 'the least will not be renewed'"),
    Linked("Shop lease\n\nThe bakery signed a lease on the corner unit in 2015.\n\nThe "
           "bakery's least runs out in June, and the rent will double.", "least", "lease",
           "lease", id="misfit: an owner's name before it, 'the bakery's least runs out'"),
    Linked("Three-day week\n\nThe factory moved to a three-day week in March. Orders have "
           "fallen.\n\nBosses will end the three-day weak when orders recover.", "weak",
           "week", "week", id="misfit: 'the three-day weak', a common term"),
    # -- a describing word with another prefix of the same sense
    Prefixed("Housing report\n\nInspectors found unsanitary conditions in 40 flats.\n\nThe "
             "landlord said the insanitary conditions had been fixed.", "insanitary",
             "unsanitary", "unsanitary conditions", id="prefix: 'unsanitary', 'insanitary'"),
    Prefixed("Cliff path\n\nThe path runs along unstable cliffs above the bay.\n\nWalkers were "
             "warned to keep back from the instable cliffs.", "instable", "unstable",
             "unstable cliffs", id="prefix: 'unstable', 'instable'"),
    Prefixed("Lockdown rules\n\nOnly nonessential shops had to close.\n\nOwners of "
             "unessential shops said they had been given no warning.", "unessential",
             "nonessential", "nonessential shops", id="prefix: 'nonessential', 'unessential'"),
    Prefixed("Maths prize\n\nThe prize is for an unsolvable problem set in 1900.\n\nA student "
             "in Leeds says she has cracked the insolvable problem.", "insolvable",
             "unsolvable", "unsolvable problem", id="prefix: 'unsolvable', 'insolvable'"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round11_rule_finds(rule, body, expected):
    check_rule_finds(rule, body, expected)


CLEAN = [
    # -- names that look like a day or a month, or open a sentence
    Miss(SPELLING, "Augusta Reid, who chairs the board, said the vote was close.",
         id="clean: 'Augusta', a name with a letter added"),
    Miss(SPELLING, "Frida Olsen scored twice in the second half.",
         id="clean: 'Frida', a name with another last letter"),
    Miss(SPELLING, "Tulloch said the shop would stay open. Mackie disagreed.",
         id="clean: surnames opening sentences"),
    Miss(SPELLING, "Marchetti, the club's coach, said the team was tired.",
         id="clean: 'Marchetti', a name"),
    Miss(SPELLING, "The vote was held. Hollis said she had called six times.",
         id="clean: 'Hollis' opening a sentence"),
    Miss(SPELLING, "Junes Farm will host the fair on Sunday.", id="clean: 'Junes Farm'"),
    Miss(SPELLING, "Sundar Patel opened the shop on Monday.", id="clean: 'Sundar', a name"),
    Miss(SPELLING, "Marsh said the vote was fair. Aprilia, the motorbike maker, sponsors the "
         "race.", id="clean: 'Aprilia', a firm"),
    Miss(SPELLING, "Reliability and durability matter most, the firm said.",
         id="clean: long words spelled right"),
    # -- a word a slip from the subject, but a thing of its own
    Miss((SLOT, NEAR), "Ferry pier\n\nThe ferry docks at the pier twice a day.\n\nThe cost of "
         "the peer's visit was paid by the council.", id="clean: 'of the', no place"),
    Miss((SLOT, NEAR), "Club lease\n\nThe club's lease runs until 2030.\n\nThe least it can "
         "do, fans say, is keep prices down.", id="clean: 'the least it can do'"),
    Miss((SLOT, NEAR), "Club lease\n\nThe club's lease runs until 2030.\n\nAt the very least "
         "it should keep prices down.", id="clean: 'at the very least'"),
    Miss((SLOT, NEAR), "Harbour\n\nBoats moor at the pier.\n\nThe pier was rebuilt in 1990, "
         "and the weak point is its deck.", id="clean: 'the weak point'"),
    Miss((SLOT, NEAR), "Poverty\n\nThe city has 40 pools. The pool at Hill Park is the "
         "oldest.\n\nThe city's poorest live far from any pool, the report says.",
         id="clean: 'the city's poorest live', people"),
    # -- prefixes of another sense, or none
    Miss(NEAR, "Police patrol\n\nUnarmed officers patrol the town centre.\n\nOn Friday a man "
         "disarmed officers with a spray.", id="clean: 'unarmed', 'disarmed'"),
    Miss(NEAR, "Space flights\n\nThe agency runs manned flights twice a year.\n\nUnmanned "
         "flights go every month.", id="clean: 'manned', 'unmanned'"),
    Miss(NEAR, "Spending\n\nThe city increased spending on roads.\n\nIt decreased spending on "
         "parks.", id="clean: 'increased', 'decreased'"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round11_rule_stays_quiet(rules, body):
    check_rule_stays_quiet(rules, body)

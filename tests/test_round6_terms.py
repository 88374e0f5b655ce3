"""Round 6 of issue 15, terms, roles and spelling: the round-5 rules made general. A letter
left out before an ending that keeps its 'e' ('arrangment'), a word with a letter left out
beside one with a letter too many ('ordinarly'), words run together that the word list
holds ('incase'); a term one letter off in another number or after a capital ('the stalks'
beside 'stalls', 'sixth-from' beside 'Sixth-form'); a name respelt in more places
('Morrow’s'); a person speaking for one body and working at another, a lawyer of two
clients, a player in two positions, a post given by 'who was appointed'; one grade named with
two scale words. And the false alarms of blind10-12 (a British word taken for a rare one,
'the firm' beside 'sixth-form', 'the use ban' beside 'the hosepipe ban'). Every sentence
was written for this file, in shapes of my own; each rule has real errors that must be found
and near misses that must stay silent."""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks
from medialit.checks.spelling import is_known_word

FOUND = [
    # -- a consonant ending keeps the 'e' of its stem; a letter left out is the likelier slip
    Hit("spelling.unknown-word", "The new arrangment starts in May, the council said.",
        "spelling", "arrangment", "error", suggestion="arrangement",
        id="spelling: 'e' dropped before -ment"),
    Hit("spelling.unknown-word", "Fans shared their excitment online after the win.",
        "spelling", "excitment", "error", suggestion="excitement",
        id="spelling: 'e' dropped before -ment, another stem"),
    Hit("spelling.unknown-word", "Parking enforcment will start next week.", "spelling",
        "enforcment", "error", suggestion="enforcement", id="spelling: 'e' dropped, a third stem"),
    Hit("spelling.unknown-word", "The club said it was sincerly sorry for the delay.",
        "spelling", "sincerly", "error", suggestion="sincerely",
        id="spelling: 'e' dropped before -ly"),
    Hit("spelling.common-misspelling", "The bridge was closed temporarly after the crash.",
        "spelling", "temporarly", "error", suggestion="temporarily",
        id="spelling: a listed slip is named as common"),
    Hit("spelling.unknown-word", "The road will be closed momentarly for repairs.",
        "spelling", "momentarly", "error", suggestion="momentarily",
        id="spelling: a letter left out, not one typed in"),
    Hit("spelling.unknown-word", "Trains will run ordinarly again from Monday.",
        "spelling", "ordinarly", "error", suggestion="ordinarily",
        id="spelling: a letter left out before -ly, another word"),
    Hit("spelling.unknown-word", "Residents were told the water would be off necessarly "
        "for two days.", "spelling", "necessarly", "error", suggestion="necessarily",
        id="spelling: a letter left out, a third word"),
    Hit("spelling.unknown-word", "Shops were primarly open on weekdays.", "spelling",
        "primarly", "error", suggestion="primarily",
        id="spelling: a letter left out before -ly, a fourth word"),
    Hit("spelling.unknown-word", "The plan was voluntarly dropped, the board said.", "spelling",
        "voluntarly", "error", suggestion="voluntarily",
        id="spelling: a letter left out, a fifth word"),
    # -- two words run together that the word list holds as a rare word
    Hit("slips.run-together-short", "Bring a coat incase it rains.", "spelling", "incase",
        "warning", suggestion="in case", id="run together: 'incase'"),
    Hit("slips.run-together-short", "Volunteers kept the lights on incase the bus was late.",
        "spelling", "incase", "warning", suggestion="in case",
        id="run together: 'incase' before a clause"),
    Hit("spelling.common-misspelling", "Police said that sofar nobody had been charged.",
        "spelling", "sofar", "error", suggestion="so far",
        id="run together: on the list, where the slips rules find no split"),
    # -- 'the' and a noun one letter from the article's term, in another number
    Hit("terms.topic-word-respelt", "A new market opens in the square today.\n\nIt will have "
        "20 stalls.\n\nTraders will pay rent for their stalls.\n\nEach of the stalls sells "
        "food.\n\nMost stalls sell fruit.\n\nThe council has promised power for the stalks "
        "that sell hot food.", "inconsistent-term", "stalks", "warning", "stall",
        id="topic word: a plural one letter from a repeated plural"),
    Hit("terms.topic-word-respelt", "The port has 12 boats.\n\nTwo boats are broken.\n\n"
        "Repairs to the boats will take a month.\n\nMost boats carry cars.\n\nThe firm will "
        "hire the boots that carry cars from a Welsh port.", "inconsistent-term", "boots",
        "warning", "boat", id="topic word: a plural, a vowel changed"),
    Hit("terms.topic-word-respelt", "The council runs eight parks.\n\nMost parks have cafes."
        "\n\nThree parks will lose staff.\n\nSome parks open late.\n\nThe council said the "
        "perks that open late would keep their cafes.", "inconsistent-term", "perks",
        "warning", "park", id="topic word: a plural, first written after the opening"),
    # -- a hyphenated term that opens a sentence with a capital
    Hit("terms.compound-respelt", "Sixth-form pupils will sit exams in a hall.\n\nParents "
        "of sixth-form pupils were told in May. Some parents worried about the sixth-from "
        "pupils who travel by bus.", "inconsistent-term", "sixth-from", "warning",
        "sixth-form", id="compound: the term opens a sentence, letters swapped"),
    Hit("terms.compound-respelt", "Long-stay patients will move ward.\n\nFamilies of "
        "long-stay patients were told. The trust said long-stat patients would be first.",
        "inconsistent-term", "long-stat", "warning", "long-stay",
        id="compound: the term opens a sentence, one letter changed"),
    Hit("terms.compound-respelt", "Part-time staff will lose hours.\n\nThe union says "
        "part-time staff were not asked. Many part-tine staff are women.",
        "inconsistent-term", "part-tine", "warning", "part-time",
        id="compound: a capital first, a letter changed in the second part"),
    Hit("terms.compound-respelt", "Low-cost homes are planned.\n\nThe low-cost homes will "
        "be let by the council, and the low-cots homes sold.", "inconsistent-term",
        "low-cots", "warning", "low-cost", id="compound: letters swapped, capital first"),
    Hit("terms.compound-respelt", "Care-home fees will rise in May.\n\nCare-home owners "
        "blamed wages. Some care-hone owners may close.", "inconsistent-term", "care-hone",
        "warning", "care-home", id="compound: both uses with a capital"),
    # -- a name written once with another ending, given once bare and once with its kind
    Hit("terms.name-ending-changed", "The firm’s two reservoirs, Kettlemoor and Ash Water, "
        "are half full.\n\nAt Kettlemere Reservoir the water is lowest.", "inconsistent-term",
        "Kettlemere", "warning", "Kettlemoor", id="name ending: bare, then with its kind"),
    Hit("terms.name-ending-changed", "Walkers use the path between Ashworth and the coast."
        "\n\nIn Ashford Park the path is closed.", "inconsistent-term", "Ashford", "warning",
        "Ashworth", id="name ending: after a small word opening the sentence"),
    Hit("terms.name-ending-changed", "Buses stop at Brackley and Ousefield.\n\nFrom Monday, "
        "Brackham Station will close.", "inconsistent-term", "Brackham", "warning",
        "Brackley", id="name ending: a station, after a small word"),
    Hit("terms.name-ending-changed", "The walk starts in Thornworth.\n\nOn Thornford Green "
        "the fair is held each May.", "inconsistent-term", "Thornford", "warning",
        "Thornworth", id="name ending: 'On' opening, a green"),
    Hit("terms.name-ending-changed", "The race passes through Kelby, Ashdale and the coast."
        "\n\nIn Kelham Park, runners will get water.", "inconsistent-term", "Kelham",
        "warning", "Kelby", id="name ending: a park, 'In' opening"),
    # -- an organisation's name of five words with its last word changed
    Hit("terms.organisation-renamed", "Mara Quint runs the Pellow County Economic Development "
        "Authority.\n\nThe Pellow County Economic Development Council said the plant would "
        "open in May.", "inconsistent-term", "Council", "warning", "Authority",
        id="organisation: a five-word name, the last word changed"),
    Hit("terms.organisation-renamed", "The North Fenwick Community Housing Association owns "
        "the flats.\n\nThe North Fenwick Community Housing Society said repairs would start.",
        "inconsistent-term", "Society", "warning", "Association",
        id="organisation: five words after 'The', the kind changed"),
    Hit("terms.organisation-renamed", "Dunmore Valley Rural Transport Partnership runs the "
        "buses.\n\nA driver for Dunmore Valley Rural Transport Trust said pay was low.",
        "inconsistent-term", "Trust", "warning", "Partnership",
        id="organisation: a kind not on the list"),
    # -- a surname alone owning what opens a sentence
    Hit("terms.surname-respelt", "Keira Morrow scored twice for the visitors.\n\nMurrow’s "
        "goals took her total to 20.", "inconsistent-term", "Murrow", "warning", "Morrow",
        id="surname: owning the sentence's subject"),
    Hit("terms.surname-respelt", "The report was written by Dr Alan Pryor.\n\nPrior’s "
        "report says the river is at risk.", "inconsistent-term", "Prior", "warning",
        "Pryor", id="surname: owning, an English word"),
    Hit("terms.surname-respelt", "Coach Dana Whitlock praised the defence.\n\nWhitlocke’s "
        "side has lost once all season.", "inconsistent-term", "Whitlocke", "warning",
        "Whitlock", id="surname: owning after a coach's title"),
    Hit("terms.surname-respelt", "The album was made by the singer Ada Okonkwo.\n\nOkonko's "
        "new songs are darker.", "inconsistent-term", "Okonko", "warning", "Okonkwo",
        id="surname: owning, a straight apostrophe"),
    Hit("terms.surname-respelt", "Dr Gemma Hartley, the fund’s treasurer, spoke.\n\nThe police "
        "were called in May. Hartly’s lawyer said she had done nothing wrong.",
        "inconsistent-term", "Hartly", "warning", "Hartley",
        id="surname: owning, after another sentence"),
    # -- a post given by 'who was appointed'
    Hit("roles.two-posts", "The gallery’s director, Dr Ann Pell, opened the show.\n\nDr Pell, "
        "who was appointed the gallery’s head of education in 2019, said tickets were free.",
        "role-conflict", "head of education", "warning",
        id="posts: 'who was appointed' the gallery's other post"),
    Hit("roles.two-posts", "The museum’s director, Ruth Amadi, said the roof leaked.\n\n"
        "Amadi, who was named the museum’s head of collections last year, said the paintings "
        "were safe.", "role-conflict", "head of collections", "warning",
        id="posts: 'who was named' the museum's other post"),
    Hit("roles.two-posts", "The club’s treasurer, Joan Park, read the accounts.\n\nPark, who "
        "was elected the club’s secretary in May, said fees would rise.", "role-conflict",
        "secretary", "warning", id="posts: 'who was elected' another post of the club"),
    Hit("roles.two-posts", "The school’s headteacher, Owen Bright, met parents.\n\nBright, "
        "who was made the school’s business manager last term, said the budget was tight.",
        "role-conflict", "business manager", "warning",
        id="posts: 'who was made' another post of the school"),
    Hit("roles.two-posts", "The library’s manager, Asha Rao, opened the doors.\n\nRao, who "
        "was hired as the library’s archivist in 2020, said the books were safe.",
        "role-conflict", "archivist", "warning", id="posts: 'who was hired as' another post",
        marks=pytest.mark.xfail(strict=True, reason="'archivist' is no post of workplace_posts.txt")),
    # -- a spokesperson for one body working at another; a lawyer for two clients
    Hit("roles.two-sides", "Rachel Ames, a spokesperson for the university, said the library "
        "would close.\n\nAmes, the Students’ Union’s welfare officer, said students would "
        "protest.", "role-conflict", "Students’ Union’s welfare officer", "warning",
        id="two sides: the university's voice, the union's officer"),
    Hit("roles.two-sides", "Dr Lena Farrow, a hydrologist at the University of Dunmore, said "
        "rivers were low.\n\nFish have died, said Farrow, who speaks for the Dunmore Rivers "
        "Authority.", "role-conflict", "who speaks for", "warning",
        id="two sides: a university scientist speaking for an authority"),
    Hit("roles.two-sides", "Marta Quinn, who speaks for the hospital, said the ward would "
        "close.\n\nMarta Quinn, a nurse at Dunmore Council, said staff were angry.",
        "role-conflict", "nurse at Dunmore Council", "warning",
        id="two sides: 'who speaks for' first, a post after"),
    Hit("roles.two-sides", "The landlord’s barrister, Simon Teague, said the repairs were "
        "done.\n\nOutside court, Simon Teague, the tenants’ barrister, said they would appeal.",
        "role-conflict", "tenants’ barrister", "warning",
        id="two sides: one barrister, two clients"),
    Hit("roles.two-sides", "Jane Orr, the club’s solicitor, read a statement.\n\nJane Orr, "
        "the players’ solicitor, said they would sue the club.", "role-conflict",
        "players’ solicitor", "warning", id="two sides: one solicitor, two clients"),
    # -- one player in two lines of the team
    Hit("roles.two-positions", "The visitors scored past goalkeeper Ana Ruiz in the 12th "
        "minute.\n\nCenter back Ana Ruiz, who blocked a late shot, said the team had fought.",
        "role-conflict", "Center back", "warning", "goalkeeper",
        id="positions: a keeper, then a defender opening a sentence"),
    Hit("roles.two-positions", "Defender Tom Hale headed the first goal.\n\nThe second came "
        "from a cross by winger Tom Hale.", "role-conflict", "winger", "warning", "defender",
        id="positions: a defender, then a winger"),
    Hit("roles.two-positions", "Jo Park, the goalkeeper, saved a penalty.\n\nMidfielder Jo "
        "Park scored the winner.", "role-conflict", "Midfielder", "warning", "goalkeeper",
        id="positions: after the name, then before it"),
    Hit("roles.two-positions", "Striker Sam Idowu scored twice.\n\nIdowu, the team’s "
        "centre-back, said the win meant a lot.", "role-conflict", "centre-back", "warning",
        "striker", id="positions: a surname alone, the position after it"),
    Hit("roles.two-positions", "Left-back Cara Mills was booked.\n\nThe visitors’ best "
        "chance fell to striker Cara Mills.", "role-conflict", "striker", "warning",
        "left-back", id="positions: hyphenated position first"),
    # -- one grade named with two scale words
    Hit("terms.grade-renamed", "Inspectors found five Category 1 hazards in the block.\n\n"
        "She said the Class 1 hazards were a danger to life.", "inconsistent-term", "Class 1",
        "warning", "Category 1", id="grade: category, then class"),
    Hit("terms.grade-renamed", "Bars in the city face Tier 3 restrictions from Monday.\n\n"
        "Owners said Level 3 restrictions would close them.", "inconsistent-term", "Level 3",
        "warning", "Tier 3", id="grade: tier, then level"),
    Hit("terms.grade-renamed", "The drug passed its Phase 2 trials last year.\n\nThe "
        "company said the Stage 2 trial had shown no harm.", "inconsistent-term", "Stage 2",
        "warning", "Phase 2", id="grade: phase, then stage, singular"),
    Hit("terms.grade-renamed", "The storm was a Category 4 hurricane when it hit.\n\n"
        "Forecasters had warned that a Grade 4 hurricane was coming.", "inconsistent-term",
        "Grade 4", "warning", "Category 4", id="grade: a storm's category"),
    Hit("terms.grade-renamed", "The building is Grade II listed.\n\nOwners of Class II "
        "listed homes need consent.", "inconsistent-term", "Class II", "warning", "Grade II",
        id="grade: Roman numerals"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round6_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and places expected."""
    check_rule_finds(rule, body, expected)


SPELLING = ("spelling.common-misspelling", "spelling.unknown-word", "slips.run-together",
            "slips.run-together-short")
TERMS = ("terms.topic-word-respelt", "terms.compound-respelt", "terms.relabelled",
         "terms.name-ending-changed", "terms.organisation-renamed", "terms.surname-respelt",
         "terms.grade-renamed")
ROLES = ("roles.two-posts", "roles.two-single-posts", "roles.conflict", "roles.two-sides",
         "roles.two-positions")

CLEAN = [
    Miss(SPELLING, "Black mould covered the bedroom wall beside a mound of wet clothes.",
         id="clean: a British word beside a word one letter away"),
    Miss(SPELLING, "The management truly hoped the argument would end; judgment was near.",
         id="clean: words that keep or drop their 'e' as English does"),
    Miss(SPELLING, "The hopeful manager said the useful changes were likely to come safely.",
         id="clean: consonant endings after a kept 'e'"),
    Miss(SPELLING, "The draught beer was cold, and the drought went on.",
         id="clean: two British and common words"),
    Miss(SPELLING, "Pack a waterproof case in case it rains.", id="clean: 'in case' apart"),
    Miss("terms.topic-word-respelt", "Flood closes the sixth-form labs.\n\nSixth-form pupils "
         "will move.\n\nWork starts soon.\n\nEngineers from the firm the trust hired said "
         "the walls were damp.", id="clean: a word of a hyphenated term is no term"),
    Miss("terms.topic-word-respelt", "Stalls fill the square.\n\nThere are 20 stalls.\n\n"
         "The stalls sell fruit.\n\nMost stalls open early.\n\nMore stalls come in May.\n\n"
         "The walkers followed the stalks of wheat to the farm.",
         id="clean: a word one letter away with nothing beside it in common"),
    Miss("terms.relabelled", "A hosepipe ban starts on Monday.\n\nThe temporary use ban is "
         "the first since 2011. People must not use a hosepipe to water gardens. The hosepipe "
         "ban will last a month, and the use ban may be extended.",
         id="clean: a ban on using hosepipes, named two ways"),
    Miss("terms.compound-respelt", "Long-stay patients will move.\n\nLong-stay wards close, "
         "and Long-Term Care Ltd will run the new one.", id="clean: a name with a hyphen"),
    Miss("terms.name-ending-changed", "The Elmwood House hotel stands beside Elmworth Road."
         "\n\nAt Elmworth Road the traffic is heavy.", id="clean: two names, two kinds of place"),
    Miss("terms.surname-respelt", "Keira Morrow scored twice.\n\nMorrow’s goals took her "
         "total to 20.", id="clean: the surname as introduced, owning"),
    Miss("terms.surname-respelt", "Keira Morrow scored twice.\n\nMoscow’s team lost again.",
         id="clean: a capital city owning"),
    Miss("terms.organisation-renamed", "Mara Quint runs the Pellow County Economic "
         "Development Authority.\n\nThe Pellow County Economic Development Authority said the "
         "plant would open.", id="clean: a five-word name given the same way"),
    Miss(ROLES, "Dr Pell, the gallery’s director, opened the show.\n\nDr Pell, who was "
         "appointed the gallery’s director in 2019, said tickets were free.",
         id="clean: appointed to the same post"),
    Miss(ROLES, "Ruth Amadi, the museum’s head of collections, spoke.\n\nAmadi, who was later "
         "appointed director, said the roof leaked.", id="clean: appointed later"),
    Miss(ROLES, "Rachel Ames, a spokesperson for the university, spoke.\n\nAmes, the "
         "university’s head of communications, said the library would close.",
         id="clean: a spokesperson and a post at one body"),
    Miss(ROLES, "Rachel Ames, a spokesperson for the charity, spoke.\n\nAmes, a member of "
         "the city council, said the library would close.",
         id="clean: a member of another body"),
    Miss(ROLES, "The landlord’s barrister, Simon Teague, spoke.\n\nSimon Teague, his "
         "barrister, said the repairs were done.", id="clean: one client, named two ways"),
    Miss(ROLES, "Jane Orr, the club’s solicitor, spoke.\n\nJane Orr, a lawyer at Orr & Co, "
         "said the club would appeal.", id="clean: a client and a firm"),
    Miss(ROLES, "Striker Sam Idowu scored twice.\n\nForward Sam Idowu said the win meant a "
         "lot.", id="clean: two names of one line"),
    Miss(ROLES, "Striker Sam Idowu scored twice.\n\nIdowu, who usually plays as a winger, "
         "said the win meant a lot.", id="clean: one line, another time"),
    Miss("terms.grade-renamed", "Tier 3 restrictions begin Monday; Level 3 restrictions in "
         "Wales are stricter.", id="clean: two scales compared in one sentence"),
    Miss("terms.grade-renamed", "Category 1 hazards were found.\n\nThe class 1 pupils "
         "visited.", id="clean: another noun after the number"),
    Miss("terms.grade-renamed", "Phase 2 of the plan starts in May.\n\nStage 2 of the "
         "repairs follows.", id="clean: parts of two things"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round6_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body)
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    named = {rules} if isinstance(rules, str) else set(rules)
    assert [(f.rule, f.text) for f in findings if f.rule in named] == []


@pytest.mark.parametrize("word, known", [
    ("managment", False), ("arrangment", False), ("excitment", False), ("sincerly", False),
    ("management", True), ("hoping", True), ("truly", True), ("argument", True),
    ("judgment", True), ("useful", True), ("mould", True), ("incase", False),
])
def test_an_ending_that_keeps_its_e(word, known):
    """'manage' + 'ment' is 'management': the 'e' is dropped only before a vowel ('hoping')."""
    assert is_known_word(word) is known

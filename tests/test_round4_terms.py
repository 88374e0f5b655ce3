"""The recall rules of issue 15, fourth round, for slips a spellchecker passes: words run
together, short words left out or written twice, a real word one letter from a term the
article already used, and a place or person named once with another ending.

Every sentence was written for this file (none is taken from an article the rules were
measured on). The helpers are those of tests/test_checks.py, so a row reads like a row there.
"""
from __future__ import annotations

import pytest

from test_checks import Hit, Miss, analyse, needs_model
from test_checks import test_rule_finds as check_rule_finds

from medialit.checks import run_checks

FOUND = [
    # -- two words run together, the article writing them apart elsewhere
    Hit("slips.run-together",
        "The post office will close. Staff at the post office were told on Friday, and its "
        "postoffice counter will move to the library.",
        "spelling", "postoffice", "error", "post office", id="run-together: written apart elsewhere"),
    Hit("slips.run-together",
        "Stays of up to two hours cost £3, and stays of upto four hours cost £5.",
        "spelling", "upto", "error", "up to", id="run-together: short, written apart elsewhere"),
    Hit("slips.run-together", "Lorries will pass almost everyhouse on the lane.",
        "spelling", "everyhouse", "error", "every house", id="run-together: 'every' and a noun"),
    # -- a short word of grammar and an everyday word: the machine asks
    Hit("slips.run-together-short", "The council said it would write to every family aswell.",
        "spelling", "aswell", "warning", "as well", id="run-together-short: as well"),
    Hit("slips.run-together-short", "The new site is about halfa mile from the square.",
        "spelling", "halfa", "warning", "half a", id="run-together-short: a lost 'a' after"),
    Hit("slips.run-together-short", "Fans have waited alot longer than the club promised.",
        "spelling", "alot", "warning", "a lot", id="run-together-short: a lost 'a' before"),
    Hit("slips.run-together-short", "Fares for trips of upto ten miles will rise in May.",
        "spelling", "upto", "warning", "up to", id="run-together-short: two small words"),
    # -- a misspelling that doubles the wrong letter: two edits from the word
    Hit("spelling.unknown-word", "Officers had reccomended approval of the scheme.",
        "spelling", "reccomended", "error", "recommended", id="spelling: the wrong letter doubled"),
    Hit("spelling.unknown-word", "The vote will be held tommorow evening.",
        "spelling", "tommorow", "error", "tomorrow", id="spelling: one double moved"),
    Hit("spelling.unknown-word", "Councillors said it was neccesary to act.",
        "spelling", "neccesary", "error", "necessary", id="spelling: double c for double s"),
    # -- a short word missing from a fixed phrase
    Hit("slips.missing-word", "The home hired six carers in a bid improve night cover.",
        "other", "in a bid", "warning", "in a bid to", id="missing-word: in a bid to"),
    Hit("slips.missing-word", "Managers met on Monday in order agree a new rota.",
        "other", "in order", "warning", "in order to", id="missing-word: in order to"),
    Hit("slips.missing-word", "“We will open the café as soon possible,” she said.",
        "other", "as soon possible", "warning", "as soon as possible",
        id="missing-word: as soon as possible"),
    Hit("slips.missing-word", "Traders want the market back as quickly possible.",
        "other", "as quickly possible", "warning", "as quickly as possible",
        id="missing-word: as quickly as possible"),
    Hit("slips.missing-word", "A barrister will speak on behalf residents at the inquiry.",
        "other", "on behalf", "warning", "on behalf of", id="missing-word: on behalf of a plural"),
    # -- 'of' for 'have'
    Hit("slips.of-for-have", "Parents said the trust should of spoken to families first.",
        "other", "should of", "error", "should have", id="of for have: should"),
    Hit("slips.of-for-have", "The council could of stopped the sale last year.",
        "other", "could of", "error", "could have", id="of for have: could"),
    Hit("slips.of-for-have", "Without the grant, the orchestra would of been closed.",
        "other", "would of", "error", "would have", id="of for have: would been"),
    # -- a small word written twice
    Hit("slips.doubled-word", "Signs will go up in the the town centre.",
        "other", "the the", "warning", "the", id="doubled: the the"),
    Hit("slips.doubled-word", "The market moved to the far end of of the park.",
        "other", "of of", "warning", "of", id="doubled: of of"),
    Hit("slips.doubled-word", "It was a a close vote, and the mayor spoke after it.",
        "other", "a a", "warning", "a", id="doubled: a a"),
    # -- a real word one letter from a two-word term given once before
    Hit("slips.near-term",
        "The scheme includes a new sluice gate where the brook joins the river. Critics say "
        "the plan would leave the slice gate exposed to debris.",
        "inconsistent-term", "slice", "warning", "sluice", related=["sluice gate"],
        id="near-term: first word of a compound"),
    Hit("slips.near-term",
        "The grant pays for tutors and a summer course at the hall. The spring concert and "
        "the summer curse are most at risk, he said.",
        "inconsistent-term", "curse", "warning", "course", related=["summer course"],
        id="near-term: second word after the same describing word"),
    Hit("slips.near-term",
        "Voters backed the tax code in March. Critics said the tax core favoured the rich.",
        "inconsistent-term", "core", "warning", "code", related=["tax code"],
        id="near-term: a two-word term once"),
    Hit("slips.near-term",
        "The firm was founded ten years ago in a garage. Twenty tears ago, a newspaper "
        "hailed its owner.", "inconsistent-term", "tears", "warning", "years",
        related=["years ago"], id="near-term: the same word hangs on both"),
    # -- a rare word one letter from the article's subject, however rare the subject
    Hit("slips.near-term",
        "The council has 14,000 potholes to fill. Potholes on main roads come first, and "
        "potholes on minor roads wait. Drivers report potholes, and each pothole costs £60 to "
        "fill. Under the policy, a "
        "porthole on a main road must be made safe within five days.",
        "inconsistent-term", "porthole", "warning", "pothole", related=["pothole"],
        id="near-term: a long rare word beside the subject"),
    # -- a body's full name given once, then once with a middle word changed
    Hit("terms.organisation-renamed",
        "The Ashwell Valley Hospitals Trust runs the hospital. Parking will cost more, the "
        "trust said. Councillors will ask the chief executive of the Ashwell Valley Health "
        "Trust to explain.", "inconsistent-term", "Health", "warning", "Hospitals",
        related=["Ashwell Valley Hospitals Trust"], id="renamed: a middle word of a full name"),
    Hit("terms.organisation-renamed",
        "The Dunmere Tenants Association met on Monday. Later the Dunmere Residents "
        "Association said it agreed.", "inconsistent-term", "Residents", "warning", "Tenants",
        related=["Dunmere Tenants Association"], id="renamed: the word before the kind of body"),
    # -- a place or person named once with another ending
    Hit("terms.name-ending-changed",
        "The B4120 runs between Ashby Cross and Kettlesham. Kettlesham parish council wants "
        "it resurfaced. The council will bid for money to mend the road to Kettlesby.",
        "inconsistent-term", "Kettlesby", "warning", "Kettlesham", related=["Kettlesham"],
        id="name ending: a village"),
    Hit("terms.name-ending-changed",
        "The forum is chaired by Gemma Ashworth, who has two children at the school. The "
        "petition was not discussed. Ashford said she was disappointed.",
        "inconsistent-term", "Ashford", "warning", "Ashworth", related=["Ashworth"],
        id="name ending: a bare surname"),
    Hit("terms.name-ending-changed",
        "Relatives visit Elmfield House every day. The home is run by a charity. His father "
        "has lived at Elmwood House for three years.",
        "inconsistent-term", "Elmwood", "warning", "Elmfield", related=["Elmfield"],
        id="name ending: a building"),
]


@needs_model
@pytest.mark.parametrize("rule, body, expected", FOUND)
def test_round4_rule_finds(rule, body, expected):
    """Each rule fires once, with the kind, words, severity, suggestion and related places
    expected."""
    check_rule_finds(rule, body, expected)


SLIPS = ("slips.near-term", "slips.run-together", "slips.run-together-short",
         "slips.missing-word", "slips.doubled-word")
NAMES = ("terms.name-ending-changed", "terms.name-spelled-twice", "terms.organisation-renamed")

CLEAN = [
    # relatives of one word, and two real nouns in one place
    Miss(SLIPS, "He is a successful businessman, one of the most successful businessmen we "
         "have seen.", id="clean: man and men"),
    Miss(SLIPS, "Independent analyses agree the plan is top-heavy. Analysts agreed it was, "
         "and the analysis was published.", id="clean: analyses and analysts"),
    Miss(SLIPS, "The school bus was late. The school bud was early.",
         id="clean: a compound seen once, its partner no noun"),
    # fixed phrases written whole, or words that may follow them
    Miss(SLIPS, "The firm put in a bid last week, and in a bid worth £2m the rival won.",
         id="clean: a bid as a noun"),
    Miss(SLIPS, "Rubbish was left in front gardens and in front of the shops.",
         id="clean: front gardens"),
    Miss(SLIPS, "Everything was in order when inspectors came, she said.",
         id="clean: in order at a clause's end"),
    Miss(SLIPS, "She had had enough. Voters in in-person polls were split, and that that "
         "mattered is clear.", id="clean: words that may come twice"),
    Miss(SLIPS, "The inbox filled up, and the show ran on top of the hour.",
         id="clean: short English words"),
    Miss(SLIPS + ("slips.of-for-have",), "The plan would of course be reviewed, she said. "
         "It could, of course, fail.", id="clean: of course"),
    Miss(NAMES, "The Ashwell Valley Hospitals Trust and the Ashwell Valley Health Trust will "
         "merge next year.", id="clean: two trusts named together"),
    Miss(NAMES, "The Republican National Committee spent more. The Democratic National "
         "Committee spent less.", id="clean: two committees of English words"),
    Miss(SLIPS, "Amore said more work was needed. Later Ms Amore met Ahlot officials.",
         id="clean: a name that looks like 'a' and a word"),
    # names: two places side by side, or names of the word list
    Miss(NAMES, "The bypass links Kettlesham and Kettlesby, two villages a mile apart.",
         id="clean: both named in one sentence"),
    Miss(NAMES, "Tom Ashworth spoke first. Later Jane Ashford, a teacher, disagreed.",
         id="clean: each with a first name"),
    Miss(NAMES, "She studied at Stanford University. Stanley said he agreed.",
         id="clean: different words after"),
    Miss(NAMES, "Bradford voters backed the plan. Bradley said it was fair.",
         id="clean: two names of the word list"),
]


@needs_model
@pytest.mark.parametrize("rules, body", CLEAN)
def test_round4_rules_leave_clean_text_alone(rules, body):
    """The rules named find nothing, and no rule at all raises an error."""
    article, quotes = analyse(body, head="Council news\n\n")
    findings = run_checks(article, quotes)
    assert [(f.rule, f.text) for f in findings if f.severity == "error"] == []
    assert [(f.rule, f.text) for f in findings if f.rule in rules] == []

"""One person given two jobs the article cannot both mean: 'barrister Amira Castell', later
'Crumb & Co’s managing director, Amira Castell'; 'Tomas Wren, Marsh Ferries’ operations
director', later 'said the harbourmaster, Tomas Wren'; 'conservation officer at the
Fenby Wildlife Trust', later 'The county’s ecologist, Rhian Vale'.

The rule reads the whole article as people and the jobs it gives them. Every place a name
stands with a description is a mention: a title before the name ('barrister Amira Castell',
'Deputy Chief Lena Park'), a description before it ('the chain’s head baker, Lydia
Osei', wherever it stands in the sentence), after it ('Roth, the school's principal'),
'X is the Y', and 'X, who manages Y'. A surname alone is the one full name that ends with it.
Each description is read as a job (``jobs.txt``: its line, its kind and its field) and an
employer ('Marsh Ferries’', 'at the Fenby Wildlife Trust', 'the county’s'). Two jobs of one
person conflict when they are two trades (a barrister, a play specialist), a trade and a post
that runs something in another field (a barrister, a managing director), two posts (the
district superintendent, the school’s principal; the head of maths, the head of English), a
post of a board and another post of the same body, two board posts of one body ('the chair of
trustees', later 'the food bank’s treasurer'), an elected office and a paid post of the
council, two elected offices ('State Rep.', later 'County Commissioner'; a state senator,
later a U.S. senator), or one job at two bodies of different kinds (a trust, the county).

Limits: people change jobs, and the machine cannot tell, so this is a warning; a description
in another time ('former', 'retired', 'who was'), or giving two jobs at once ('nurse and ward
manager'), is left alone. Words that do not name one job are never compared: political titles
('the majority leader', 'the minister'), experts ('a professor'), spokespeople and owners;
an elected office ('senator', 'commissioner') is compared only with another office, and a
president is never set against another board post (it may be the chair's title, or a
country's).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from medialit.article import Article
from medialit.checks.careers import (BODY_KINDS, FIRM_KINDS, TOP_POSTS, Job, firm_words,
                                     load_jobs, read_jobs, same_field, with_firm)
from medialit.checks.contradictions import relative_mentions, role_conflicts, two_posts
from medialit.checks.employers import two_sides
from medialit.checks.posts import two_single_posts
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import not_now_pattern
from medialit.model import Quote
from medialit.people import find_role_mentions, name_chains


@dataclass(frozen=True)
class JobMention:
    """A person's name and one description of them, where it stands, and the jobs it gives."""

    person: str
    start: int
    end: int
    text: str
    jobs: tuple[Job, ...]


# words that put a description in another time or say that the person moved
OTHER_TIME = re.compile(r"\b(?:retired|previously|formerly|later|until|till|once|was|were|had|"
                        r"became|becomes|used to|before|after|since|now|new|newly|joined|"
                        r"promoted|moved|left|went on|then|temporary|stand-in|stood in|"
                        r"covering|also|honorary|emeritus|served|serving|has)\b", re.I)
HONORIFICS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Professor", "Sister",
                        "Cllr", "Councillor", "Sir", "Dame", "Rev"})
NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
TITLES = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sister|Cllr|Councillor|Sir|Dame|Rev)\.?\s+)"
@rule("roles.two-jobs", "role-conflict", "warning",
      "one person given two jobs the article cannot both mean ('barrister Amira Castell', later "
      "'the firm’s managing director, Amira Castell')")
def two_jobs(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Every description the article gives each person (``job_mentions``), compared two by
    two (``_clash``): two trades of different lines, a trade and a post that runs something in
    another field, two posts, a board post and another post of one body, an elected office and
    a paid post of the council, or one person at two kinds of body. The later description is
    circled (the headline's when one is in the headline); one finding a person, and none
    where roles.conflict, roles.two-posts, roles.two-single-posts or roles.two-sides circles
    already."""
    by_person: dict[str, list[JobMention]] = {}
    for mention in job_mentions(article):
        by_person.setdefault(mention.person, []).append(mention)
    taken = None
    for person, mentions in by_person.items():
        mentions.sort(key=lambda m: m.start)
        clash = _first_clash(article.text, mentions)
        if clash is None:
            continue
        first, second, why = clash
        if article.paragraph_index(first.start) == 0:
            first, second = second, first
        if taken is None:
            taken = [(spot.start, spot.end) for found in (role_conflicts, two_posts,
                                                          two_single_posts, two_sides)
                     for spot in found(article, quotes)]
        if any(start < second.end and second.start < end for start, end in taken):
            continue
        yield Spot(second.start, second.end,
                   f"{where(article, first.start).capitalize()} calls {person} “{first.text}”, "
                   f"but here “{second.text}”. {why} Did the person change jobs? The machine "
                   "could not tell. If not, which is right?", None,
                   ((first.start, first.end),))


def _first_clash(text: str, mentions: list[JobMention]) -> tuple | None:
    """The first two descriptions of one person, in two sentences, whose jobs cannot both be
    right, with why. Two in one sentence describe the person together ('Chief
    Superintendent Ann Lee, head of operations at Kellshire Police')."""
    for i, first in enumerate(mentions):
        for second in mentions[i + 1:]:
            if not re.search(r"[.!?][”’\"']?\s|\n", text[first.end:second.start]):
                continue
            why = _clash(first.jobs, second.jobs)
            if why is not None:
                return first, second, why
    return None


def _clash(first: tuple[Job, ...], second: tuple[Job, ...]) -> str | None:
    """Why two descriptions' jobs cannot both be right, or None when one job of each agrees
    (a description that gives two jobs, 'president and CEO', conflicts only when neither
    agrees) or nothing can be said."""
    verdicts = [_two_jobs(one, other) for one in first for other in second]
    if AGREE in verdicts:
        return None
    return next((why for why in verdicts if why is not UNSURE), None)


# what two jobs say of one person besides a reason they clash: they may well be one
# person's, or the article says too little to tell (a charity's chair and a firm's manager)
AGREE, UNSURE = "agree", "unsure"


def _two_jobs(one: Job, other: Job) -> str:
    """Why two jobs are not one person's, or ``AGREE`` or ``UNSURE``."""
    why = _two_kinds_of_job(one, other)
    if why is AGREE and _two_bodies(one, other) and \
            not {one.kind, other.kind} & {"board", "elected"}:
        return "One person works for two different bodies."
    return why


def _two_kinds_of_job(one: Job, other: Job) -> str:
    """Why two jobs, wherever they are held, are not one person's, or ``AGREE`` or
    ``UNSURE``."""
    if "office" in (one.kind, other.kind):
        return _two_offices(one, other)
    if any(job.kind == "generic" and len(job.words) == 1 for job in (one, other)):
        return AGREE  # 'a city inspector' says where, not which job: only the body may clash
    if one.line == other.line and (one.kind != "generic" or one.words == other.words):
        if one.kind in ("post", "board") and _two_kinds_of(one, other):
            return "These are two different posts."
        return AGREE
    if one.words <= other.words or other.words <= one.words or same_field(one, other) or \
            all(job.kind == "post" and job.words <= TOP_POSTS for job in (one, other)):
        return AGREE  # 'the museum’s director' and 'head of the museum': the one at the top
    kinds = {one.kind, other.kind}
    if kinds == {"board"} and not _apart(one, other):
        return "One person does not usually hold two different posts on one board."
    if "board" in kinds:
        same_body = one.employer & other.employer
        # a board post is held beside a job, and a president may be the chief executive:
        # only an officer of the same body clashes ('the union’s president', 'its welfare
        # officer')
        return "One person does not hold two posts in one body." if same_body and \
            kinds == {"board", "generic"} else UNSURE
    if "elected" in kinds:
        council = (one.employer | other.employer | one.words | other.words) & \
            {"council", "city", "town", "borough", "county", "district"}
        return "A councillor is not also paid to run the council’s work." if council and \
            kinds & {"post", "generic"} else UNSURE
    if any(job.indefinite and job.kind == "post" for job in (one, other)):
        return UNSURE  # 'a director of the firm': one of a board
    if "post" in kinds and any(job.indefinite and not job.employer and job.kind != "post"
                               for job in (one, other)):
        return UNSURE  # 'an architect', later 'the firm’s managing director': trained as one
    if kinds == {"post"}:
        return "One person does not usually hold two different posts."
    return "These are two different jobs."


def _apart(one: Job, other: Job) -> bool:
    """True when two board posts may well be one person's: a president (a title that may
    be a chair's, or a country's), one of several ('a trustee', 'a secretary'), or two bodies
    named apart ('treasurer of the Rotary Club', 'chair of the residents' association')."""
    bodies, other_bodies = one.employer - BOARDS, other.employer - BOARDS
    return "president" in one.words | other.words or one.indefinite or other.indefinite or \
        bool(bodies and other_bodies and not bodies & other_bodies)


# the words of a body's own board: 'chair of the board', 'chair of trustees' name no body
BOARDS = frozenset({"board", "trustees", "governors", "directors", "committee"})


def _two_offices(one: Job, other: Job) -> str:
    """Why an elected office and another job are not one person's: two offices ('State
    Rep.', 'County Commissioner'), or one office in two governments ('state senator', 'U.S.
    senator'), or a seat in a legislature and a council's ('Councilwoman', later 'State
    Sen.'; 'Mayor', later 'State Rep.'). A commissioner may sit on a city's commission, its
    council, and a governor may govern a school; an office beside any other job (a senator
    who chairs a committee, a lawyer, a party's leader) is ``UNSURE``."""
    if {one.kind, other.kind} == {"office", "elected"} and \
            not {"commissioner", "governor", "gov."} & (one.words | other.words):
        return "These are two different elected offices, and one person holds one at a time."
    if one.kind != other.kind:
        return UNSURE
    if one.line != other.line:
        return "These are two different elected offices, and one person holds one at a time."
    levels, other_levels = one.words & GOVERNMENTS, other.words & GOVERNMENTS
    if levels and other_levels and not levels & other_levels:
        return "This is one office in two different governments."
    return AGREE


# words that say which level of government an office is in ('state senator', 'U.S.
# senator'); a place ('the Ohio senator') may name the state a U.S. senator stands for
GOVERNMENTS = frozenset({"state", "us", "federal", "national", "county", "city", "town",
                         "municipal", "congressional"})


def _two_kinds_of(one: Job, other: Job) -> bool:
    """True when two posts of one line differ in the words that say which ('operations
    director' and 'managing director'); 'director' and 'managing director' may be one, and
    so may 'chair' and 'chairwoman' (a board post's names are one post)."""
    names = {word for word, (line, _, _) in load_jobs().items()
             if line == one.line} if one.kind == "board" else set()
    which, other_which = one.words - {"deputy"} - names, other.words - {"deputy"} - names
    return bool(one.words & {"deputy"}) != bool(other.words & {"deputy"}) or \
        (bool(which - other_which) and bool(other_which - which))


def _two_bodies(one: Job, other: Job) -> bool:
    """True when both jobs name an employer and the two are different bodies: two names
    that share no word ('Tidewater', 'the Seaside Heritage Forum'), or two kinds of body
    ('the Fenby Wildlife Trust', 'the county’s'). A name and a kind ('Marsh Ferries’', 'the
    company’s') may be one body, unless the article shows the name is a firm's
    (``firm_words``: 'Northway Snow Services', later 'a city inspector')."""
    names = one.employer - BODY_KINDS, other.employer - BODY_KINDS
    shared = names[0] & names[1] if all(names) else one.employer & other.employer
    if not one.employer or not other.employer or shared:
        return False
    if all(names) and all(job.employer & BODY_KINDS <= {"company"} for job in (one, other)):
        return len(names[0] | names[1]) > 2  # two names, each a firm's or a body's own
    kinds = ({_kind(kind) for kind in one.employer & BODY_KINDS},
             {_kind(kind) for kind in other.employer & BODY_KINDS})
    if all(kinds):
        return not kinds[0] & kinds[1]
    return False


# a place's own government: 'the town clerk' and 'the council’s clerk' work for one body
LOCAL_GOVERNMENT = frozenset({"council", "city", "town", "county", "borough", "district"})


def _kind(kind: str) -> str:
    """One word for a kind of body said many ways: a firm ('the company’s', 'the firm’s')
    and a place's own government ('the city’s', 'the council’s')."""
    return "company" if kind in FIRM_KINDS else "council" if kind in LOCAL_GOVERNMENT else kind


def job_mentions(article: Article) -> list[JobMention]:
    """Every description of a person the article gives with a job of ``jobs.txt``, in
    reading order, by full name."""
    if "job_mentions" in article.memo:
        return article.memo["job_mentions"]
    chains = name_chains(article)
    named = [*chains.values(), *(m.name.split() for m in find_role_mentions(article))]
    people = {tuple(_without_titles(words)) for words in named
              if all(word[:1].isupper() for word in words)}
    people = {words for words in people if len(words) > 1}
    full = {words[-1]: " ".join(words) for words in people}
    sure = {surname for surname in full if sum(words[-1] == surname for words in people) == 1}
    found: dict[tuple[int, int], JobMention] = {}
    titles, around = _described_around_names(article, full)
    described = titles  # a title before a name, with its employer, first
    described += [(m.name, m.start, m.end, "") for m in find_role_mentions(article)]
    described += [(m.name, m.start, m.end, "") for m in relative_mentions(article)]
    described += around
    for name, start, end, employer in described:
        person = _person(name, full, sure)
        if person is None:
            continue
        mention = _read(article, person, start, end, employer)
        if mention is None:
            continue
        overlapping = [(s, e) for s, e in found if s < mention.end and mention.start < e]
        if all(mention.start <= s and e <= mention.end and (s, e) != (mention.start, mention.end)
               for s, e in overlapping):  # none, or only shorter readings of it ('The head')
            for place in overlapping:
                del found[place]
            found[(mention.start, mention.end)] = mention
    mentions = sorted(found.values(), key=lambda m: m.start)
    article.memo["job_mentions"] = mentions
    return mentions


def _without_titles(words: list[str]) -> list[str]:
    """A name's words without the titles the parser may run into it ('Councilmember Ray
    Dunn' → 'Ray Dunn')."""
    while words and (words[0].rstrip(".") in HONORIFICS or words[0].lower() in load_jobs()):
        words = words[1:]
    return words


def _person(name: str, full: dict[str, str], sure: set[str]) -> str | None:
    """The full name a mention's name stands for, or None when it is not one person of the
    article's (a surname two people share, a word that is not a name)."""
    words = [w for w in re.sub(r"[’']s$", "", name).split()
             if w.rstrip(".") not in HONORIFICS]
    if not words or not words[-1][:1].isupper() or words[-1] not in sure:
        return None
    return full[words[-1]]


def _described_around_names(article: Article, full: dict[str, str]) -> tuple[list, list]:
    """Descriptions the parse may miss, read from the text around each name, as (name, start,
    end, employer): one before the name and a comma ('said the chain’s head baker, Lydia
    Osei'), one after the name and a comma ('Roth, the school's principal,'), and a job
    just before the name ('barrister Amira Castell', 'City Manager Ray Dunn'), with the
    employer after the name when one follows ('Detective Sergeant Ana Brook, of Kellshire
    Police' → 'of Kellshire Police'). The titles come first, the others second."""
    text, found, titles = article.text, [], []
    jobs = load_jobs()
    names = "|".join(sorted({re.escape(n) for n in full.values()} |
                            {re.escape(s) for s in full}, key=len, reverse=True))
    if not names:
        return titles, found
    for match in re.finditer(rf"(?<![\w’'-])(?:{TITLES})?({names})(?![\w-])", text):
        name, start, end = match.group(1), match.start(), match.end(1)
        window = max(0, start - 100)
        before = re.search(r"(?:^|[.!?;:”\"(—–]\s*|\n|\b(?:said|says|according to|by|from|"
                           r"with|and)\s+)([^.!?;:\n,”\"]{3,90}),\s+$", text[window:start])
        if before:
            found.append((name, window + _last_determiner(before.group(1)) + before.start(1),
                          window + before.end(1), ""))
        after = re.match(r",\s+([^,.;:!?\n”\"()—–]{3,90})", text[end:])
        if after:
            found.append((name, end + after.start(1), end + after.end(1), ""))
        window = max(0, start - 40)
        title = re.search(r"(?<![\w’'-])([A-Za-z][\w-]*(?:[ \u00a0]+[A-Za-z][\w-]*)?\.?)"
                          r"[ \u00a0]+$", text[window:start])
        if title and title.group(1).split()[-1].lower() in jobs and \
                (title.group(1).islower() or title.group(1).istitle() or
                 title.group(1).split()[-1].islower()):  # 'Kelhaven harbourmaster', 'Head keeper'
            employer = re.match(r"(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*",
                                after.group(1)) if after else None
            titles.append((name, window + title.start(1), window + title.end(1),
                           employer.group(0) if employer else ""))
    return titles, found


def _last_determiner(words: str) -> int:
    """Where a description before a name starts: at its last 'the', 'a' or 'its' before any
    'of' ('After the vote the chair' → 'the chair'; 'The head of the museum' stays whole)."""
    remit = re.search(r"\s(?:of|at|for|on|in|with)\s", words)
    head = words[:remit.start()] if remit else words
    starts = [m.start() for m in re.finditer(r"(?i)\b(?:the|a|an|its|their|his|her|our)\s", head)]
    return starts[-1] if starts else 0


def _read(article: Article, person: str, start: int, end: int,
          employer: str = "") -> JobMention | None:
    """A description read as a mention with its jobs (``employer``: where a title before the
    name says the person works, 'of Kellshire Police'); None when it gives no job of
    ``jobs.txt``, is in another time, or starts inside a word ('co-editor')."""
    if start and re.match(r"[\w-]", article.text[start - 1]):
        return None
    text = article.text[start:end]
    cut = re.search(r",|\s+(?:who|which|whose|said|says|told|and has|and is)\b", text)
    if cut:
        end = start + cut.start()
    while start < end and article.text[start] in " \n":
        start += 1
    while end > start and article.text[end - 1] in " \n":
        end -= 1
    said = re.match(r"(?:said|says|according to|by|from|with|and)\s+", article.text[start:end])
    start += said.end() if said else 0
    text = article.text[start:end]
    if not text or not_now_pattern().search(text) or OTHER_TIME.search(text) or \
            _past_before(article.text, start):
        return None
    described = _relative_job(text) if text.startswith("who ") else text
    shared = re.match(rf",\s+{NAME}\s+and\s+{NAME}", article.text[end:]) is not None
    jobs = read_jobs(f"{described} {employer}".strip(), shared) if described else []
    if not jobs:
        return None
    firms = firm_words(article)
    jobs = [replace(job, employer=with_firm(job.employer, firms)) for job in jobs]
    if text.endswith(described):  # 'who is the club’s treasurer': circle the description
        start = end - len(described)
    return JobMention(person, start, end, article.text[start:end], tuple(jobs))


# verbs of a relative clause that give a post ('who manages the market' → 'manager of the
# market'); 'runs' and 'leads' are left out (an owner runs a shop, a captain leads a side)
RELATIVE_JOBS = {"manages": "manager", "directs": "director", "chairs": "chair",
                 "heads": "head", "teaches": "teacher"}


def _relative_job(clause: str) -> str | None:
    """A relative clause read as a description: 'who is the club’s treasurer' → 'the club’s
    treasurer', 'who works as a nurse at …' → 'a nurse at …', 'who manages the market for the
    council' → 'manager of the market for the council'; None for any other clause."""
    being = re.match(r"who\s+(?:is|works as|serves as)\s+(.+)", clause)
    if being:
        return being.group(1)
    doing = re.match(r"who\s+(\w+)\s+(.+)", clause)
    if doing and doing.group(1) in RELATIVE_JOBS:
        return f"{RELATIVE_JOBS[doing.group(1)]} of {doing.group(2)}"
    return None


def _past_before(text: str, start: int) -> bool:
    """True when the words just before a description put it in the past ('Lee was the
    club’s treasurer', 'who had been head of nursing')."""
    return re.search(r"\b(?:was|were|had been|has been|served as|worked as|retired as|"
                     r"trained as|as a|as an|as the)\s+$", text[max(0, start - 20):start],
                     re.I) is not None

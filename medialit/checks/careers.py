"""Jobs read from a description of a person: 'Marsh Ferries’ operations director' is a post
(a director, of operations) at Marsh Ferries; 'a play specialist on the ward' a job (a
specialist, in play) on a ward. The reading is shared by the rules that compare the jobs an
article gives one person (roles.two-jobs, roles.two-posts).

A job is a word of ``jobs.txt`` ending the description's head, with its line (words of one
line are one job), its kind, its field, the words before it that say which job it is, and
the employer the description names. Limits: only the jobs of ``jobs.txt`` are read; a job
said in other words ('she runs the kitchen') is not.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from medialit.article import Article
from medialit.lexicons import DATA_DIR

# nouns that say what kind of body a workplace is ('the University of Harnley' is a university)
WORKPLACES = frozenset("""council university college school academy hospital clinic surgery
    company firm department ministry police union bank charity agency newspaper club party
    committee court library museum church army navy government authority board commission
    trust institute foundation campaign station prison practice store shop factory
    association society forum federation cooperative co-operative orchestra choir""".split())


@dataclass(frozen=True)
class Job:
    """One job a description gives: the line of ``jobs.txt`` it is on, its kind, the words
    that say which job it is ('operations director' → {'operations', 'director'}), the stems
    of its field, and its employer's words ({'brannock'}; empty when none is named)."""

    line: int
    kind: str
    words: frozenset[str]
    field: frozenset[str]
    employer: frozenset[str]
    indefinite: bool


@functools.lru_cache(maxsize=1)
def load_jobs() -> dict[str, tuple[int, str, frozenset[str]]]:
    """``jobs.txt``: each job word with its line number, kind and the stems of its field."""
    jobs = {}
    lines = (DATA_DIR / "jobs.txt").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        names, _, field = line.partition("|")
        kind, *words = names.split()
        stems = frozenset(_stem(word) for word in [*words, *field.split()])
        jobs.update({word: (n, kind, stems) for word in words})
    return jobs


def _stem(word: str) -> str:
    """The first five letters of a word, in lower case ('engineering' → 'engin'); fields are
    compared on their first four (``same_field``: 'nurse' and 'nursing' share 'nurs')."""
    return word.lower()[:5]


# words that join two jobs in one description ('founder and chief executive')
TWO_AT_ONCE = re.compile(r"\s+(?:and|&|or)\s+|\s*/\s*|\s+as well as\s+", re.I)
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "your", "my",
                         "this", "that", "one"})
# words before a job that say nothing of which job it is
EMPTY = frozenset({"senior", "longtime", "long-time", "long-serving", "local", "current",
                   "present", "veteran", "experienced", "qualified", "trained", "full-time",
                   "part-time", "young", "award-winning", "top", "well-known", "respected",
                   "overall", "permanent", "own", "joint", "sole", "only", "principal"})
# what an officer does for a day or a case beside a job ('the returning officer', who runs
# an election, is a council's chief executive)
DUTIES = frozenset({"returning", "presiding", "arresting", "investigating", "attending",
                    "duty", "reporting", "electoral", "accountable", "designated",
                    "responsible", "safeguarding", "liaison"})
PREPOSITIONS = r"(?:of|at|for|on|in|with|from|to|employed|based|who|which|whose|since)"
# kinds of body, to tell two employers apart when one is named and the other is not
BODY_KINDS = WORKPLACES | {"county", "city", "town", "borough", "district", "state", "service",
                           "force", "police", "nhs", "trust", "ward", "unit", "department"}


# words that end a firm's name ('Northway Snow Services', 'Hale & Sons Ltd')
FIRM_ENDINGS = frozenset("""ltd limited inc incorporated plc llc llp corp corporation co
    group holdings services solutions partners associates industries enterprises systems
    contractors construction developments homes motors logistics brothers bros sons
    consulting consultants engineering haulage builders sanitation disposal freight
    insurance""".split())
# nouns that say a body is a firm, said beside its name ('The shipbuilder, Carrick Marine',
# 'Penrose & Dunn, an auction house', 'Hale Brothers, the council’s contractor')
FIRM_NOUNS = frozenset("""company firm contractor subcontractor builder shipbuilder housebuilder
    developer operator supplier manufacturer maker retailer chain brewery business house
    consultancy insurer lender carrier haulier hauler airline agency dealership outfitter
    provider vendor distributor wholesaler publisher broker""".split())
# kinds of body that are one kind: a firm ('the company’s', 'the firm’s', 'the contractor’s')
FIRM_KINDS = frozenset({"company", "firm", "business", "contractor", "subcontractor", "store",
                        "shop", "factory", "bank"})
_RUN = r"(?<![\w’'&-])[A-Z][\w’'-]*(?:[ \u00a0]+(?:&[ \u00a0]+)?[A-Z][\w’'-]*)*"


def firm_words(article: Article) -> frozenset[str]:
    """The words (lower case) of the names the article shows to be firms: a name that ends
    like a firm's ('Northway Snow Services') or joins two names with '&' ('Penrose & Dunn'),
    or one set beside a noun for a firm ('The shipbuilder, Carrick Marine', 'Penrose & Dunn,
    an auction house'). A name with a word for another kind of body in it ('Kellshire County
    Council') is not a firm's, and no word of a place (a town may share a firm's name) is
    given. Read once an article."""
    if "firm_words" in article.memo:
        return article.memo["firm_words"]
    text, names = article.text, set()
    for match in re.finditer(_RUN, text):
        words = [re.sub(r"[’']s?$", "", w).lower() for w in match.group(0).split()]
        if words[-1] in FIRM_ENDINGS or "&" in words:
            names.add(tuple(w for w in words if w != "&"))
    nouns = "|".join(sorted(FIRM_NOUNS))
    beside = (rf"(?i:the|an?)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){{0,2}}(?:{nouns}),[ \u00a0]+({_RUN})",
              rf"({_RUN}),[ \u00a0]+(?i:the|an?)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,3}}?"
              rf"(?:{nouns})\b")
    for pattern in beside:
        for match in re.finditer(pattern, text):
            names.add(tuple(re.sub(r"[’']s?$", "", w).lower()
                            for w in match.group(1).split() if w != "&"))
    places = {word.lower() for ent in article.doc.ents if ent.label_ in ("GPE", "LOC")
              for word in ent.text.split()}
    found = frozenset(word for name in names if not set(name) & (BODY_KINDS - FIRM_KINDS)
                      for word in name if word not in places and word not in ("the", "a", "an"))
    article.memo["firm_words"] = found
    return found


def with_firm(employer: frozenset[str], firms: frozenset[str]) -> frozenset[str]:
    """An employer named by a firm's name alone ('Northway’s', 'Carrick Marine’s') with the
    kind of body it is ('company'), so that it can be told apart from 'the city’s'."""
    proper = employer - BODY_KINDS
    if proper and not employer & BODY_KINDS and proper <= firms:
        return employer | {"company"}
    return employer


def _subject(remit: str) -> set[str]:
    """The words of a field written with capitals just after 'of' ('head of English', 'Head
    of Science'): the unit a post runs, not the body that employs it ('head of Kellshire
    Police', 'head of English Heritage' name a body): one word of a field of ``jobs.txt``."""
    leading = re.match(r"([A-Z][\w-]*)(?![\w-]|\s+[A-Z&])", remit)
    fields = {stem for _, _, field in load_jobs().values() for stem in field}
    return {leading.group(1).lower()} if leading and _stem(leading.group(1)) in fields else set()


def same_field(one: Job, other: Job) -> bool:
    """True when one job's words fall in the other's field ('engineer' and 'head of
    engineering'), or a post alone is at the other's place of work ('nurse' and 'the ward
    manager'; not 'headteacher' and 'the school's business manager'), or the two share a word that says which work
    ('police officer' and 'police chief'), not a rank ('chief financial officer' and 'chief
    executive' are two posts), and neither is the other's deputy ('chief librarian' and
    'the library’s deputy manager' are two posts)."""
    if bool(one.words & SECONDS) != bool(other.words & SECONDS):
        return False

    def which(job: Job) -> set[str]:
        return {word[:4] for word in job.words - RANKS}

    def field(job: Job) -> set[str]:  # an office's words name no work ('council')
        return {stem[:4] for stem in job.field} if job.kind not in ("board", "elected") else set()

    def place(job: Job) -> set[str]:  # a bare post at a place of the other's field
        bare = job.kind == "post" and job.words - RANKS <= TOP_POSTS | {"officer"}
        return {word[:4] for word in job.employer} if bare else set()

    def field_words(job: Job) -> set[str]:  # the field without the job's own names
        names = {word[:4] for word, (line, _, _) in load_jobs().items() if line == job.line}
        return field(job) - names
    return bool(which(one) & field(other) or which(other) & field(one) or
                place(one) & field_words(other) or place(other) & field_words(one) or
                which(one) & which(other))


# words of a post second to another
SECONDS = frozenset({"deputy", "assistant", "vice", "associate", "sub"})
# the words of a post at the top of a body, said many ways: 'director', 'head', 'chief
# executive', 'manager' alone may all name one post
TOP_POSTS = frozenset({"director", "head", "chief", "executive", "ceo", "manager", "leader"})
# words of a post that give its rank, not its work
RANKS = frozenset({"chief", "deputy", "assistant", "head", "senior", "lead", "executive",
                   "general", "vice", "principal"})


def same_line_of_work(description: str, other: str) -> bool:
    """True when two descriptions give two different jobs of one field: 'the school's
    caretaker' and 'the site manager', 'the trust's chief nurse' and 'its director of
    nursing'. Two posts of one line ('operations director', 'finance director') are not."""
    return any(one.line != two.line and same_field(one, two)
               for one in read_jobs(description) for two in read_jobs(other))


def read_jobs(description: str, shared: bool = False) -> list[Job]:
    """The jobs one description gives: 'Marsh Ferries’ operations director' → one post; 'president
    and CEO' → two; 'the festival’s co-director' → a director; none when it names no job of
    ``jobs.txt``. ``shared``: the description is given to two or more people ('The festival’s
    co-directors, Sam Okoro and Jess Tamsin'), so a plural names each one's job."""
    jobs, table = [], load_jobs()
    split = re.search(rf"\s+{PREPOSITIONS}\s+", description)
    head = description[:split.start()] if split else description
    remit = description[split.end():] if split else ""
    preposition = split.group(0).strip().lower() if split else ""
    words = re.findall(r"[\w’'&.-]+", head)
    owner = max((i for i, w in enumerate(words) if re.search(r"[’']s?$", w) and
                 len(w) > 2 and w.lower() not in ("it's",)), default=-1)
    employer = {re.sub(r"[’']s?$", "", w).lower() for w in words[:owner + 1]
                if w.lower() not in DETERMINERS and w not in ("&",)}
    indefinite = bool(words) and words[0].lower() in ("a", "an", "one")
    parts = TWO_AT_ONCE.split(" ".join(words[owner + 1:]))
    remit_words = re.findall(r"[\w’'-]+", remit)
    # a body after 'for' may be a client ('the lawyer for West Virginia'), not an employer
    capitals = {w.lower() for w in remit_words if w[:1].isupper()} \
        if preposition in ("of", "at", "on", "in", "with", "from") else set()
    subject = _subject(remit) if preposition == "of" else set()
    capitals -= subject
    if capitals:
        employer |= capitals
    elif preposition in ("at", "on", "in", "with"):
        employer |= {w.lower() for w in remit_words if w.lower() in BODY_KINDS}
    for part in parts:
        part_words = [w.lower() for w in part.split() if w.lower() not in DETERMINERS]
        if part_words and shared and re.sub(r"^co-", "", part_words[-1][:-1]) in table:
            part_words[-1] = part_words[-1][:-1]  # 'co-directors', each a co-director
        if part_words and part_words[-1].startswith("co-") and part_words[-1][3:] in table:
            part_words[-1] = part_words[-1][3:]  # a co-director is a director
        heads = [i for i, w in enumerate(part_words) if w in table]
        if not heads or heads[-1] != len(part_words) - 1:
            continue  # the job word must end the description's head ('head of', 'coach trip')
        word = part_words[heads[-1]]
        line, kind, field = table[word]
        which = {w.replace(".", "") for w in part_words[:heads[-1]] if w not in EMPTY and
                 w.replace(".", "").isalpha()} | subject
        if which & BODY_KINDS and not capitals and kind != "office":
            employer |= which & BODY_KINDS
            which -= BODY_KINDS
        unit = re.match(rf"[a-z-]+(?:\s+[a-z-]+)*?(?=\s+{PREPOSITIONS}\s|$)", remit)
        if preposition == "of" and unit:  # 'head of conservation': the unit, not the body
            unit_words = {w for w in unit.group(0).split() if w.isalpha() and w not in
                          DETERMINERS}
            which |= unit_words - BODY_KINDS
            employer |= unit_words & BODY_KINDS  # 'head of the museum': the body
        if kind == "generic" and (not which and not employer or which & DUTIES):
            continue  # 'an officer'; 'the returning officer', a duty held beside a job
        if kind == "generic" and "chief" in which:
            kind = "post"  # 'chief financial officer': one of a body's chiefs
        jobs.append(Job(line, kind, frozenset(which | {word}), field,
                        frozenset(employer), indefinite))
    if any(job.kind not in ("post", "board") for job in jobs) and len(parts) > 1:
        return []  # 'nurse and ward manager': both given at once
    return jobs

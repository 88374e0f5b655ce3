"""Things that cannot all be true: one person in two incompatible jobs or posts, a country's
embassy in its own capital, an actor working against its own interests, the same figure given
two ways, a trip both to and from one place.

Limits: the checks read the article alone. They cannot know that a meeting lasted five and a
half hours rather than five and a quarter; that needs other coverage (lateral reading).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from medialit.article import Article
from medialit.lexicons import DATA_DIR
from medialit.people import (RoleMention, canonical_name, country_in, find_role_mentions,
                             load_affiliation_tables, name_chains, name_run, name_words)
from medialit.checks.careers import WORKPLACES, load_jobs, same_line_of_work
from medialit.checks.ranks import RANK_FORMS, RankMention, rank_mentions
from medialit.checks.registry import Spot, rule
from medialit.checks.figures import MEASURES
from medialit.checks.spans import where
from medialit.checks.words import not_now_pattern, word_set
from medialit.lexicons import load_job_titles
from medialit.model import Quote

OFFICES = load_job_titles()["office"]
MAIN_OFFICES = load_job_titles()["main-office"]


def _words(role: str) -> set[str]:
    return set(re.findall(r"[a-z]+", role.lower()))


@rule("roles.conflict", "role-conflict", "error",
      "one person given incompatible roles or countries")
def role_conflicts(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """One person given two incompatible jobs or countries ("British Foreign Minister" in the
    title, "US Secretary of State" in the body). The title's role is the one circled."""
    countries = load_affiliation_tables()["countries"]
    by_person: dict[str, list] = {}
    mentions = find_role_mentions(article)
    for mention in map(lambda m: _title_without_name(m, mentions), mentions):
        if not not_now_pattern().search(mention.text):
            by_person.setdefault(mention.name, []).append(mention)
    yield from _one_post_two_people(article, by_person)
    for name, mentions in by_person.items():
        if not re.search(r"[^\W\d_]{2}", name):
            continue  # not a name the parser could read ("-" from "Ban Ki-moon")
        described = [(mention, offices, country_in(mention.text, countries))
                     for mention in mentions
                     for offices in [_words(mention.text) & OFFICES] if offices]
        conflict = _first_conflict(described) or _two_posts(article, mentions)
        if conflict is None:
            continue
        first, second, why = conflict
        in_title = article.paragraph_index(first.start) == 0
        wrong, right = (first, second) if in_title else (second, first)
        yield Spot(wrong.start, wrong.end,
                   f"The article calls {name} “{wrong.text}” in {where(article, wrong.start)} but "
                   f"“{right.text}” in {where(article, right.start)}: {why}. One person cannot be "
                   "both, so one of them is wrong. Which one can you trust, and why?",
                   right.text, ((right.start, right.end),))


def _title_without_name(mention, mentions):
    """A title read with the name run into it ('Headteacher Ana Ruiz', as a title-case
    headline is parsed, with no name of its own) split into the name another mention gives
    and the title before it; any other mention unchanged."""
    if mention.name:
        return mention
    for other in mentions:
        if other.name and mention.text.endswith(" " + other.name):
            title = mention.text[:-len(other.name)].rstrip()
            return replace(mention, name=other.name, end=mention.start + len(title), text=title)
    return mention


def _organisation(role: str) -> set[str]:
    """The capitalised words of the organisation a role names ('a spokeswoman for Dover
    Council' → {'Dover', 'Council'}); empty when it names none."""
    named = re.search(r"\b(?:for|of|at|with)\s+(?:the\s+)?((?:[A-Z][\w’'&.-]*\s?)+)", role)
    return set(named.group(1).split()) if named else set()


def _first_conflict(described: list[tuple]) -> tuple | None:
    """The first two descriptions ``(mention, offices, country)`` of one person that cannot
    both be true, with why; None when they all agree."""
    ranks, domains = word_set("job_ranks"), word_set("job_domains")
    for i, (first, first_offices, first_country) in enumerate(described):
        for second, second_offices, second_country in described[i + 1:]:
            shared = first_offices & second_offices or \
                _synonyms(first_offices) & _synonyms(second_offices)
            first_domains = _words(first.text) & domains
            second_domains = _words(second.text) & domains
            if first_country and second_country and first_country != second_country:
                return first, second, f"two different countries ({first_country} and {second_country})"
            first_body, second_body = _organisation(first.text), _organisation(second.text)
            if shared and first_body and second_body and not first_body & second_body:
                return first, second, "two different organisations"
            if shared and _words(first.text) & ranks != _words(second.text) & ranks:
                return first, second, "two different ranks"
            if shared and first_domains and second_domains and not first_domains & second_domains:
                return first, second, "two different ministries or departments"
            if any(re.match(r"(?i)an?\s", m.text) for m in (first, second)) and not shared:
                continue  # 'a secretary at the school': one of many, not the post
            if not shared and len(first_offices | second_offices) >= 2 and \
                    MAIN_OFFICES & first_offices and MAIN_OFFICES & second_offices:
                return first, second, "two different jobs"
            owner = _possessor(first.text)
            if not shared and owner and owner == _possessor(second.text):
                return first, second, "two different jobs for one employer"
    return None


def _synonyms(offices: set[str]) -> set[int]:
    """The lines of ``jobs.txt`` that a role's office words are on: 'chair' and
    'chairwoman' are one post."""
    table = load_jobs()
    return {table[word][0] for word in offices if word in table}


def _post_parts(article: Article, mention) -> tuple[str, set[str], set[str]] | None:
    """A role's post read from the parse: its head noun, the nouns before the head that say
    which post ('finance' in 'Fenwold’s finance director'), and the nouns of its remit after
    'for' ('education' in 'cabinet member for education'). Names and owners ('Fenwold’s')
    are not part of the post. None when the role has no head noun."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    cut = next((t.i for t in span if t.lower_ in ("for", "of", "at", "with")), span.end)
    before = [t for t in span if t.i < cut]
    nouns = [t for t in before if t.pos_ == "NOUN"]
    if not nouns:
        return None
    head = nouns[-1]
    owned = {t.i - 1 for t in before if t.tag_ == "POS" or t.text in ("’s", "'s", "’")}
    which = {t.lemma_.lower() for t in nouns[:-1] if t.i not in owned}
    remit = {t.lemma_.lower() for t in span if t.i > cut and t.pos_ == "NOUN"}
    if cut < span.end and span.doc[cut].lower_ != "for":
        remit = set()  # 'head of legal services' names a unit, not a remit beside another
    return head.lemma_.lower(), which, remit


def _two_posts(article: Article, mentions: list) -> tuple | None:
    """The first two roles of one person with the same post noun but a different post
    ('operations director', later 'finance director'; 'cabinet member for education',
    later 'cabinet member for highways'), with why; None when there are none."""
    posts = [(mention, _post_parts(article, mention)) for mention in mentions]
    posts = [(mention, parts) for mention, parts in posts if parts]
    for i, (first, (head, which, remit)) in enumerate(posts):
        for second, (other_head, other_which, other_remit) in posts[i + 1:]:
            if head != other_head:
                continue
            if which and other_which and not which & other_which or \
                    remit and other_remit and not remit & other_remit:
                return first, second, f"two different kinds of {head}"
    return None


def _possessor(role: str) -> str | None:
    """Whose post a role names by a possessive ('the university’s finance director' →
    'university'); None when it names none."""
    owner = re.match(r"(?:the\s+)?([a-z]+)[’']s\s", role, re.I)
    return owner.group(1).lower() if owner else None


# posts that one person holds at a time in any organisation
SINGLE_POSTS = frozenset({"leader", "president", "chair", "chairman", "chairwoman", "mayor",
                          "governor", "headteacher", "principal", "chancellor", "treasurer",
                          "secretary", "director"})


def _post(role: str) -> frozenset[str]:
    """A role's words without articles and possessive endings ('The council’s leader' and
    'Council leader' are both {'council', 'leader'})."""
    return frozenset(_words(role) - {"the", "a", "an", "s"})


def _one_post_two_people(article: Article, by_person: dict[str, list]) -> Iterator[Spot]:
    """'The council’s leader, Martin Adeyemi' and later 'Council leader Priya Nandakumar':
    a post that one person holds at a time ('leader', 'president'), in one named body, given
    to two people. The later mention is circled."""
    holders: dict[frozenset[str], object] = {}
    for mention in sorted((m for ms in by_person.values() for m in ms if m.name),
                          key=lambda m: m.start):
        post = _post(mention.text)
        if len(post) != 2 or not post & SINGLE_POSTS or not post - OFFICES:
            continue
        earlier = holders.setdefault(post, mention)
        if earlier.name != mention.name:
            yield Spot(mention.start, mention.end,
                       f"The article calls {mention.name} “{mention.text}” in "
                       f"{where(article, mention.start)}, but in {where(article, earlier.start)} "
                       f"{earlier.name} is “{earlier.text}”. One post, two people: which is right?",
                       None, ((earlier.start, earlier.end),))


@functools.lru_cache(maxsize=1)
def load_workplace_posts() -> tuple[dict[str, int], frozenset[str]]:
    """``workplace_posts.txt``: each post word with the number of its line (words of one line
    name one post), and the words of the posts held one at a time (lines without "~")."""
    groups, single = {}, set()
    lines = (DATA_DIR / "workplace_posts.txt").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        words = line.lstrip("~").split()
        groups.update({word: n for word in words})
        if not line.startswith("~"):
            single.update(words)
    return groups, frozenset(single)


# verbs of a relative clause that give a person's post ('Ann Lee, who chairs the board'), and
# the post each gives; 'works' gives a workplace only, 'speaks' (for) a side
RELATIVE_POSTS = {"chair": "chair", "lead": "leader", "head": "head", "run": "head",
                  "manage": "manager", "direct": "director", "teach": "teacher", "edit": "editor",
                  "work": None, "speak": None}


def relative_mentions(article: Article) -> list[RoleMention]:
    """Posts given in a relative clause after a name: 'Ann Lee, who chairs the board', 'Lee,
    who works in the council’s finance department', 'Lee, who is the club’s treasurer'. The
    mention's text starts at 'who'. A surname of a person the article names counts, however
    the parser labelled it ('Whitlow, who has chaired the club', read as an organisation)."""
    names, mentions = name_chains(article), []
    for token in article.doc:
        person = token.ent_type_ == "PERSON" or \
            token.pos_ == "PROPN" and len(names.get(token.lower_, ())) >= 2
        if not person or token.dep_ in ("compound", "flat"):
            continue
        for clause in token.children:
            name = canonical_name(name_words(article.doc[name_run(token).start:token.i + 1].text),
                                  names)
            appointed = _appointed_post(clause)
            if appointed is not None:
                start, end = appointed.left_edge.idx, appointed.right_edge.idx + \
                    len(appointed.right_edge.text)
                mentions.append(RoleMention(name, start, end, article.text[start:end],
                                            "apposition"))
                continue
            subject = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"]
            if clause.dep_ != "relcl" or not subject or \
                    (clause.lemma_ not in RELATIVE_POSTS and clause.lemma_ != "be"):
                continue
            start, last = subject[0].idx, clause.right_edge
            if "\n" in article.text[start:last.idx]:
                continue
            mentions.append(RoleMention(name, start, last.idx + len(last.text),
                                        article.text[start:last.idx + len(last.text)], "relative"))
    return mentions


def _appointed_post(clause):
    """The post a relative clause says the person was given ('who was appointed the
    museum’s head of collections in 2016', 'who was named chief executive'): the post is
    held from then on, so it is read as the person's post, without the verb and the date.
    None for any other clause."""
    passive = [c for c in clause.children if c.dep_ == "nsubjpass" and c.lower_ == "who"]
    if clause.dep_ != "relcl" or not passive or clause.lemma_ not in APPOINTED or \
            any(c.lower_ in ("later", "then", "previously", "once") for c in clause.children):
        return None
    post = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "NOUN"]
    if not post and any(c.lower_ == "as" for c in clause.children):
        post = [t for c in clause.children if c.lower_ == "as" for t in c.children
                if t.dep_ == "pobj" and t.pos_ == "NOUN"]
    return post[0] if post and "\n" not in post[0].doc.text[clause.idx:post[0].idx] else None


APPOINTED = frozenset({"appoint", "name", "elect", "make", "promote", "hire", "choose"})


def post_appositions(article: Article) -> list[RoleMention]:
    """Posts of ``workplace_posts.txt`` in apposition to a name the article gives in full,
    either way round: 'Marrowby’s head librarian, Joan Park,' and 'Park, the council’s
    planning officer,' (a surname the parser took for a common noun: 'Price')."""
    groups, _ = load_workplace_posts()
    names, mentions = name_chains(article), []
    for token in article.doc:
        if token.dep_ != "appos":
            continue
        pairs = [(token.head, token), (token, token.head)]  # (name, description)
        for name, post in pairs:
            if post.lemma_.lower() not in groups or not name.text[:1].isupper() or \
                    name.lower_ not in names or len(names[name.lower_]) < 2:
                continue
            start = post.left_edge.idx
            end = post.idx + len(post.text) if post.i < name.i else \
                post.right_edge.idx + len(post.right_edge.text)
            if "\n" not in article.text[start:end]:
                mentions.append(RoleMention(" ".join(names[name.lower_]), start, end,
                                            article.text[start:end], "apposition"))
    return mentions


def _post_word(article: Article, mention) -> str | None:
    """The post a mention gives, as a word of ``workplace_posts.txt`` ('librarian' in
    'Marrowby’s head librarian', 'head' in 'head of parks', 'chair' in 'who chairs the
    board'); None when it gives none."""
    groups, _ = load_workplace_posts()
    if mention.pattern == "relative":
        verb = re.match(r"who\s+(\w+)", mention.text)
        lemma = verb and article.doc.char_span(mention.start + verb.start(1),
                                               mention.start + verb.end(1))
        if lemma is not None and lemma[0].lemma_ in RELATIVE_POSTS:
            return RELATIVE_POSTS[lemma[0].lemma_]
    parts = _post_parts(article, mention)
    return parts[0] if parts and parts[0] in groups else None


def _workplace_kinds(article: Article, mention) -> set[str]:
    """The kinds of body a description names as the person's workplace ('university' in 'a
    lecturer at the University of Harnley', 'council' and 'department' in 'who works in the
    council’s human resources department')."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    kinds = set()
    for token in span or ():
        if token.lower_ in ("at", "for", "in", "with", "of", "chairs", "heads", "runs", "leads"):
            kinds |= {t.lemma_.lower() for t in token.subtree if t.lemma_.lower() in WORKPLACES}
    return kinds


# words that put a post in another time ('who now works', 'until May', 'who was') or give
# two posts at once ('mayor and councillor'): such a description never conflicts
CHANGED_OR_SHARED = re.compile(r"\b(?:now|until|till|since|later|became|becomes|previously|"
                               r"formerly|was|were|had|used|and|also|as well as)\b|[/&]", re.I)


@rule("roles.two-posts", "role-conflict", "warning",
      "one person given two different posts ('head librarian', later 'deputy manager')")
def two_posts(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """One person given two posts that one person does not hold together: two posts of
    ``workplace_posts.txt`` ('Joan Park, the head librarian', later 'Park, the library’s
    deputy manager'); the same description with its post word changed ('his senior climate
    adviser', later 'his senior climate lawyer'); or a relative clause placing the person at
    another kind of workplace ('a lecturer at the University of Harnley', later 'who works in
    the council’s finance department'). Roles in another time ('former', 'then') and two posts
    given together ('mayor and councillor') are left alone. The machine cannot know whether
    the person changed jobs, so this is a warning."""
    found = find_role_mentions(article)
    by_person: dict[str, list] = {}
    seen = {(m.start, m.end) for m in found}
    extra = [m for m in post_appositions(article) if (m.start, m.end) not in seen]
    for mention in [*map(lambda m: _title_without_name(m, found), found), *extra,
                    *relative_mentions(article)]:
        if mention.name and not not_now_pattern().search(mention.text) and \
                not CHANGED_OR_SHARED.search(mention.text):
            by_person.setdefault(mention.name, []).append(mention)
    for name, mentions in _surnames_joined(article, by_person).items():
        if len(name.split()) < 2:
            continue  # one word: the parser may have joined two people by a surname
        mentions.sort(key=lambda m: m.start)
        conflict = _posts_conflict(article, mentions)
        if conflict is None:
            continue
        first, second, why = conflict
        yield Spot(second.start, second.end,
                   f"In {where(article, second.start)} the article describes {name} with "
                   f"“{second.text}”, but in {where(article, first.start)} with “{first.text}”: "
                   f"{why}. Did the "
                   "person change jobs? The machine could not tell. If not, one is wrong: "
                   "which?", None, ((first.start, first.end),))


def _surnames_joined(article: Article, by_person: dict[str, list]) -> dict[str, list]:
    """Mentions under a surname alone ('Garland, the court’s chief prosecutor') joined to the
    one full name that ends with it ('Merrick Garland'); a surname two full names of the
    article share stays apart (two people of one family)."""
    joined = {name: list(mentions) for name, mentions in by_person.items()}
    chains = {" ".join(words) for words in name_chains(article).values() if len(words) > 1}
    for name in [name for name in joined if len(name.split()) == 1]:
        full = {other for other in [*joined, *chains] if len(other.split()) > 1 and
                other.split()[-1] == name}
        if len(full) == 1 and next(iter(full)) in joined:
            joined[next(iter(full))] += joined.pop(name)
    return joined


def _posts_conflict(article: Article, mentions: list) -> tuple | None:
    """The first two mentions of one person whose posts cannot both be right, with why."""
    groups, single = load_workplace_posts()
    posts = [(m, _post_word(article, m)) for m in mentions]
    for i, (first, first_post) in enumerate(posts):
        for second, second_post in posts[i + 1:]:
            if first.text.lower() == second.text.lower() or \
                    same_line_of_work(first.text, second.text):
                continue  # 'the school’s caretaker' and 'the site manager': one line of work
            if first_post in single and second_post in single and \
                    groups[first_post] != groups[second_post] and \
                    _names_workplace(article, first) and _names_workplace(article, second):
                return first, second, f"{_a(first_post)} and {_a(second_post)} are two jobs"
            if first_post in single and second_post in single and \
                    groups[first_post] != groups[second_post] and \
                    _here_and_named(article, first, second):
                return first, second, f"{_a(first_post)} and {_a(second_post)} are two jobs"
            heads = _post_word(article, first), _post_word(article, second)
            body = _body(first)
            if body and body == _body(second) and None not in heads and \
                    groups[heads[0]] != groups[heads[1]] and \
                    all(head in single or head in SINGLE_POSTS for head in heads):
                return first, second, f"one person does not hold two posts at the {body}"
            swapped = _one_word_swapped(first.text, second.text)
            if swapped and all(word in groups for word in swapped) and \
                    groups[swapped[0]] != groups[swapped[1]]:
                return first, second, "the same description with another job"
            if any(m.pattern == "relative" and re.match(r"who\s+(?:works|worked|is employed)\b",
                                                        m.text) for m in (first, second)):
                kinds = _workplace_kinds(article, first), _workplace_kinds(article, second)
                if all(kinds) and not kinds[0] & kinds[1]:
                    return first, second, "two different workplaces"
    return None


def _here_and_named(article: Article, first, second) -> bool:
    """True when one description names the workplace ('the school’s business manager') and
    the other is the post of the place the article is about ('The deputy headteacher,
    Simon Pryce'): 'the' and a post, nothing else, so both are posts at one workplace."""
    # a post named by what its holder does ('the returning officer', 'the acting head',
    # 'the presiding judge') is a duty held beside a job, not a second job
    bare = [m for m in (first, second) if re.fullmatch(r"(?i:the)(?:\s+[a-z-]+){1,2}", m.text)
            and not any(word.endswith("ing") for word in m.text.split()[1:-1])]
    return len(bare) == 1 and _names_workplace(article, second if bare[0] is first else first)


def _body(mention) -> str | None:
    """The body whose post a description names: its owner ('the council’s treasurer' →
    'council') or, in a title, the body written first ('Council leader' → 'council')."""
    owner = _possessor(mention.text)
    first = mention.text.split()[0].lower() if mention.text.split() else ""
    # 'the director of the Wessmoor Rural Trust' → 'trust': the body named after 'of the'
    named = re.match(r"(?:the\s+)?[a-z]+\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){0,4}"
                     r"([A-Z][a-z-]+)\b(?!\s+[A-Z])", mention.text)
    if named and named.group(1).lower() in WORKPLACES:
        return named.group(1).lower()
    return owner or (first if mention.pattern == "title" and first in WORKPLACES else None)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _names_workplace(article: Article, mention) -> bool:
    """True when a description says where the person works ('the council’s planning
    officer', 'a nurse at Wrenfield General'); a post alone ('the returning officer') may be
    a duty held beside a job."""
    return bool(re.search(r"\w[’']s?\s", mention.text) or _organisation(mention.text) or
                _workplace_kinds(article, mention))


def _one_word_swapped(first: str, second: str) -> tuple[str, str] | None:
    """The two words in which two descriptions differ, when they differ in one word only
    ('his senior climate adviser', 'his senior climate lawyer' → ('adviser', 'lawyer'))."""
    a, b = re.findall(r"[\w’'-]+", first.lower()), re.findall(r"[\w’'-]+", second.lower())
    if len(a) != len(b) or len(a) < 2:
        return None
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return differ[0] if len(differ) == 1 else None


@rule("roles.two-ranks", "role-conflict", "warning",
      "one person given two ranks ('Inspector Gareth Lowry', later 'Sergeant Lowry')")
def two_ranks(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Inspector Gareth Lowry said …' and later 'Sgt. Lowry added …' or 'Lowry, a
    lieutenant in the unit': one officer holds one rank (``ranks.rank_mentions`` reads them,
    full or shortened). Only a person the article names in full, whose surname no other first
    name of the article shares; 'Chief Inspector' and 'Inspector' are one rank shortened; a
    rank in another time ('former', 'then', 'promoted') is left alone."""
    titles = {*RANK_FORMS, *(f"{form}." for form in RANK_FORMS), "Detective", "Chief",
              "Deputy", "Assistant", "Police", "Det.", "Det", "Staff", "Master", "Lance"}
    mentions = rank_mentions(article.text)
    if re.search(r"(?i)\bpromot(?:ed|ion)\b", article.text):
        return  # a rank that changed in the story
    given: dict[str, set[str]] = {}  # surname -> the first names the article gives it
    chains = [[w for w in words if w not in titles] for words in name_chains(article).values()]
    chains += [list(m.name) for m in mentions]
    for words in chains:
        if len(words) >= 2:
            given.setdefault(words[-1], set()).add(words[0])
    first_rank: dict[str, RankMention] = {}
    for mention in mentions:
        words = mention.name
        if len(given.get(words[-1], ())) != 1 or len(words) == 2 and words[0] not in \
                given[words[-1]] or \
                re.search(r"(?i)\b(?:former|then|ex|retired|promoted|acting|now|later|"
                          r"newly|was|became)[\s-]+(?:\w+\s+)?$",
                          article.text[max(0, mention.start - 30):mention.start]):
            continue
        person = [*given[words[-1]], words[-1]]
        earlier = first_rank.setdefault(person[-1], mention)
        if earlier.rank != mention.rank and \
                re.search(r"[.!?][”’\"']?\s|\n", article.text[earlier.end:mention.start]):
            written = article.text[earlier.start:earlier.end]
            yield Spot(mention.start, mention.end,
                       f"{where(article, earlier.start).capitalize()} calls {' '.join(person)} "
                       f"{_a(earlier.rank.lower())} (“{written}”); here "
                       f"{_a(mention.rank.lower())} (“{article.text[mention.start:mention.end]}”). "
                       "Was the officer promoted? The machine could not tell. "
                       "If not, which rank is right?", written, ((earlier.start, earlier.end),))
            return


@rule("contradictions.embassy-at-home", "self-contradiction", "error",
      "a country's embassy placed in its own capital (countries table)")
def embassy_at_home(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    countries = load_affiliation_tables()["countries"]
    capitals = {}
    for country in countries:
        for capital in [country.get("capital"), *country.get("capital_aliases", [])]:
            if capital:
                capitals.setdefault(capital, country["name"])
    pattern = (r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) [Ee]mbassy in "
               r"([A-Z][\w’'.-]+(?:\s(?:[A-Z][\w’'.-]+|la|of|de|del|do|es|el))*)")
    for match in re.finditer(pattern, article.text):
        owner = country_in(match.group(1), countries)
        words = []
        for word in match.group(2).split():
            words.append(word.rstrip("."))
            if word.endswith("."):
                break  # the sentence ends here
        city = next((capitals[" ".join(words[:n])] for n in range(len(words), 0, -1)
                     if " ".join(words[:n]) in capitals), None)
        if owner and owner == city:
            place = " ".join(words)  # the city, without the start of the next sentence
            yield Spot(match.start(), match.start(2) + len(place),
                       f"A country keeps its embassies in other countries' capitals, so there is "
                       f"no {match.group(1)} embassy in {place}, its own capital. Where "
                       "did the meeting really take place? Check another report.")


@rule("contradictions.against-itself", "self-contradiction", "warning",
      "an actor acting against its own interests")
def acting_against_itself(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Beijing is trying to contain Beijing's ambitions': who does what to whom is mixed up."""
    harms = word_set("self_harm_verbs")
    for token in article.doc:
        if token.lemma_.lower() not in harms or token.pos_ != "VERB":
            continue
        owners = [c for obj in token.children if obj.dep_ == "dobj"
                  for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if not owners:
            continue
        actor = _actor_of(token)
        owner = owners[0]
        if actor is not None and actor.lower_ == owner.lower_:
            start = owner.idx
            end = owner.head.idx + len(owner.head.text)
            yield Spot(start, end,
                       f"As written, {owner.text} is the one trying to {token.lemma_} "
                       f"{article.text[start:end]}: it would be working against itself. The "
                       "sentence has probably mixed up who is doing what to whom.",
                       None, ((actor.idx, actor.idx + len(actor.text)),))


def _actor_of(verb):
    """Who does ``verb``: its subject, climbing 'trying to' and replacing 'it' by the
    thing accused ("accuses Washington that it is trying to …" → Washington)."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "PRON":
                clause_head = token
                while clause_head.dep_ not in ("ccomp", "ROOT") and clause_head.head is not clause_head:
                    clause_head = clause_head.head
                accuser = clause_head.head
                objects = [c for c in accuser.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                return objects[0] if objects else None
            return subject
        if token.dep_ in ("xcomp", "conj") and token.head is not token:
            token = token.head
            continue
        return None
    return None


# a count of three or more digits and the word it counts ('1,240 leaks'); not a year
COUNTED = re.compile(r"(?<![\d.,£$€/-])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,%/-])\s+([a-z]{3,})\b")


@rule("contradictions.swapped-digits", "self-contradiction", "warning",
      "the same figure given two ways (swapped digits)")
def figures_with_swapped_digits(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'£14.2 million' here and '£12.4 million' there, '1,240 leaks' here and '1,420 leaks'
    there: the same digits in another order, for the same thing."""
    yield from _counts_with_swapped_digits(article)
    yield from _two_digit_counts_swapped(article)
    amounts: dict[tuple, re.Match] = {}
    for match in re.finditer(r"([£$€])\s?(\d+(?:\.\d+)?)\s?(million|billion|bn|m)?\b", article.text):
        digits = "".join(sorted(match.group(2).replace(".", "")))
        key = (match.group(1), match.group(3) or "", digits, len(match.group(2)))
        earlier = amounts.get(key)
        if earlier is not None and earlier.group(2) != match.group(2):
            yield Spot(match.start(), match.end(),
                       f"Here it is {match.group(0)}, but earlier {earlier.group(0)}: the same "
                       "digits in another order. Which figure is right?",
                       None, ((earlier.start(), earlier.end()),))
        amounts.setdefault(key, match)


def _two_digit_counts_swapped(article: Article) -> Iterator[Spot]:
    """'the 46 disabled bays near the entrance' and later 'the 64 bays for blue badge
    holders': two counts of one noun (read from the parse, so words may stand between) with
    the same two digits swapped, when the article counts that noun in no other way. Nouns
    that measure (years, per cent, votes) are left alone."""
    counted: dict[str, list] = {}
    for token in article.doc:
        head = token.head
        if token.dep_ == "nummod" and head.tag_ == "NNS" and re.fullmatch(r"\d\d", token.text) \
                and head.lemma_.lower() not in MEASURES and head.i > token.i:
            counted.setdefault(head.lemma_.lower(), []).append(token)
    for tokens in counted.values():
        values = {token.text for token in tokens}
        if len(values) != 2:
            continue
        first, second = sorted(values, key=lambda v: min(t.i for t in tokens if t.text == v))
        if first[0] == first[1] or first != second[::-1]:
            continue
        here = next(t for t in tokens if t.text == second)
        before = next(t for t in tokens if t.text == first)
        yield Spot(here.idx, here.head.idx + len(here.head.text),
                   f"Here it is {here.text} {here.head.text}, but in "
                   f"{where(article, before.idx)} {before.text} {before.head.text}: the same "
                   "digits in another order. Which figure is right?", None,
                   ((before.idx, before.head.idx + len(before.head.text)),))


def _counts_with_swapped_digits(article: Article) -> Iterator[Spot]:
    """Counts of one noun whose digits are the same in another order ('1,187 votes', later
    '1,178 votes'). Years ('2016 elections') and numbers of one repeated digit are left
    alone."""
    counts: dict[tuple, re.Match] = {}
    for match in COUNTED.finditer(article.text):
        digits = match.group(1).replace(",", "")
        if len(set(digits)) < 2 or ("," not in match.group(1) and len(digits) == 4 and
                                    digits[:2] in ("19", "20")):
            continue
        key = (match.group(2), "".join(sorted(digits)), len(digits))
        earlier = counts.setdefault(key, match)
        if earlier.group(1) != match.group(1):
            yield Spot(match.start(1), match.end(2),
                       f"Here it is {match.group(1)} {match.group(2)}, but in "
                       f"{where(article, earlier.start())} {earlier.group(1)} {earlier.group(2)}: "
                       "the same digits in another order. Which figure is right?",
                       None, ((earlier.start(1), earlier.end(2)),))


@rule("contradictions.two-lengths", "self-contradiction", "warning",
      "the same thing given two different lengths")
def two_lengths(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A 'six-week study' that is elsewhere a 'three-month study'."""
    text = article.text
    durations: dict[str, re.Match] = {}
    pattern = r"\b([\w]+)-(day|week|month|year|hour|minute)(?:-long)? ([a-z]+)\b"
    for match in re.finditer(pattern, text):
        noun = match.group(3)
        earlier = durations.get(noun)
        if earlier is not None and (earlier.group(1), earlier.group(2)) != (match.group(1), match.group(2)) \
                and _the_only(text, noun):
            yield Spot(match.start(), match.end(),
                       f"Here it is a “{match.group(0)}”, but earlier a “{earlier.group(0)}”. If "
                       "it is the same thing, both cannot be right.",
                       None, ((earlier.start(), earlier.end()),))
        durations.setdefault(noun, match)


def _the_only(text: str, noun: str) -> bool:
    """True when the article speaks of one such thing: 'the study', never 'two studies'."""
    return bool(re.search(rf"\b(?:the|this|their|its|our) {noun}\b", text)) and \
        not re.search(rf"\b{noun}s\b", text)


@rule("contradictions.trip-from-to", "self-contradiction", "warning",
      "a trip 'from' a place the article elsewhere travels 'to'")
def trip_from_and_to(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """A 'visit to China' that elsewhere is a 'trip from China'."""
    text = article.text
    for match in re.finditer(r"\b(?:trip|visit|journey|flight)s?\s+from\s+([A-Z][\w-]+)", text):
        place = match.group(1)
        to = re.search(rf"\b(?:trip|visit|journey|flight)s?\s+to\s+{re.escape(place)}\b", text)
        if to:
            start = match.group(0).rfind("from") + match.start()
            yield Spot(start, start + 4,
                       f"Elsewhere the article speaks of a trip to {place}; here it is a trip "
                       f"from {place}. Which way was the traveller going?",
                       "to", ((to.start(), to.end()),))

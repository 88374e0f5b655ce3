"""One person given two posts that one person cannot hold together in one body: 'Janet
Whitlow, head coach of the swimming club', later 'Whitlow, who has chaired the club'; 'Colin
Webb, managing director of Halvergate', later 'Halvergate’s marketing director'.

A body (a club, a trust, a forum, a firm) has one chair, one secretary, one chief executive,
one managing director: each such post is held by one person at a time, and one person holds
one of them. Limits: the machine cannot know that a person changed jobs, so the rule is a
warning, and a description in another time ('former', 'until May') is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from medialit.article import Article
from medialit.checks.contradictions import (RELATIVE_POSTS, post_appositions,
                                            relative_mentions, role_conflicts, two_posts)
from medialit.checks.registry import Spot, rule
from medialit.checks.spans import where
from medialit.checks.words import not_now_pattern
from medialit.model import Quote
from medialit.people import RoleMention, find_role_mentions, name_chains

# the head nouns of posts one person holds at a time in a body, each with the post it names
# (words of one post share a name: 'chairman' is 'chair')
ONE_HOLDER = {"chair": "chair", "chairman": "chair", "chairwoman": "chair",
              "chairperson": "chair", "president": "president", "secretary": "secretary",
              "treasurer": "treasurer", "captain": "captain", "coach": "coach",
              "executive": "executive", "director": "director", "head": "head",
              "headteacher": "head", "headmaster": "head", "headmistress": "head",
              "principal": "head", "leader": "leader"}
# posts one person often holds together in a firm ('its president and chief executive'): said
# apart, they may be one person's (a board's chair who is also the chief executive is rarer,
# and in a charity not allowed, so that pair is still asked about)
HELD_TOGETHER = (frozenset({"president", "executive"}),)
# words that put a description in another time or give two posts at once
OTHER_TIME = re.compile(r"\b(?:now|until|till|later|became|becomes|previously|formerly|was|"
                        r"were|had been|used to|also|as well as|acting|interim|then|and|or)\b"
                        r"|[/&]", re.I)
# a council's portfolio holder ('the cabinet member for housing'), with the remit: a member of
# the council's executive, so no leader of the opposition, chair of a scrutiny committee (which
# checks the cabinet's work) or leader of the council besides
CABINET = re.compile(r"\b(?:cabinet member|portfolio holder|cabinet lead)\b"
                     r"(?:\s+for\s+([a-z ,]+))?", re.I)
# where a post's own words end and its body or remit begins
CUT = ("of", "for", "at", "with", "on", "in")


@rule("roles.two-single-posts", "role-conflict", "warning",
      "one person given two posts of one body that one person does not hold together "
      "('head coach', later 'who chairs the club')")
def two_single_posts(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """Two descriptions of one person, each a post one person holds at a time (chair,
    secretary, chief executive, head coach, managing director: ``ONE_HOLDER``; a council's
    cabinet member for one remit: ``CABINET``), of the same
    body or of a body one of them leaves unnamed, that are two posts: 'head coach of the
    Penguins Swimming Club' and 'who has chaired the club', 'the forum’s secretary' and 'who
    chairs the Parents’ Forum', 'managing director of Halvergate Insurance' and 'Halvergate’s
    marketing director' (one post noun with two different words before it), 'the cabinet
    member for the environment' and 'who leads the opposition group'. A description
    with 'a' ('a director of the firm'), in another time ('former', 'until') or giving two
    posts ('chair and treasurer') is left alone. The later description is circled, or the
    headline's."""
    by_person: dict[str, list[tuple[RoleMention, tuple[str, frozenset[str]], set[str]]]] = {}
    seen = set()
    mentions = [*find_role_mentions(article), *post_appositions(article),
                *relative_mentions(article), *_posts_opening_sentences(article)]
    full_names = {" ".join(words) for words in name_chains(article).values() if len(words) > 1}
    for mention in mentions:
        mention = _with_remit(article, _without_second_clause(article, mention))
        mention = RoleMention(_full_name(mention.name, full_names), mention.start, mention.end,
                              mention.text, mention.pattern)
        if (mention.name, mention.start) in seen or len(mention.name.split()) < 2 or \
                not_now_pattern().search(mention.text) or OTHER_TIME.search(mention.text) or \
                re.match(r"(?:a|an|one|another)\s", mention.text, re.I):
            continue
        post = _post(article, mention)
        if post is not None:
            seen.add((mention.name, mention.start))
            # a cabinet is a council's, and the opposition and the scrutiny committees too
            body = set() if post[0] == "cabinet member" else _bodies(mention.text)
            by_person.setdefault(mention.name, []).append((mention, post, body))
    # what roles.conflict and roles.two-posts circle already is not said twice
    taken = [(spot.start, spot.end) for spot in [*role_conflicts(article, quotes),
                                                 *two_posts(article, quotes)]]
    for name, posts in by_person.items():
        posts.sort(key=lambda found: found[0].start)
        for i, (first, first_post, first_body) in enumerate(posts):
            clash = next(((second, post) for second, post, body in posts[i + 1:]
                          if _two_posts(first_post, post) and
                          (not first_body or not body or first_body & body)), None)
            if clash is None:
                continue
            second, _ = clash
            if article.paragraph_index(first.start) == 0:
                first, second = second, first  # the headline's word is the one to check
            if any(start < second.end and second.start < end for start, end in taken):
                break
            yield Spot(second.start, second.end,
                       f"In {where(article, second.start)} the article describes {name} with "
                       f"“{second.text}”, but in {where(article, first.start)} with "
                       f"“{first.text}”: two posts that one person does not hold together. Did "
                       "the person change jobs? The machine could not tell. If not, which is "
                       "right?", None, ((first.start, first.end),))
            break


# a post opening a sentence, then the full name ('Its director of estates, Gareth Pryce,'),
# which the parser may hang on the post's last word
OPENING_POST = re.compile(r"(?:^|(?<=[.!?”] )|(?<=\n))"
                          r"((?:The|Its|Their|His|Her|[A-Z][\w-]*[’']s)"
                          r"[ \u00a0]+[a-z][a-z -]{2,50}?),"
                          r"[ \u00a0]+([A-Z][\w’'-]+(?:[ \u00a0]+[A-Z][\w’'-]+){1,2}),", re.M)


def _posts_opening_sentences(article: Article) -> list[RoleMention]:
    """Posts that open a sentence before a full name the article gives ('Its director of
    estates, Gareth Pryce, said …'), read from the text."""
    chains = name_chains(article)
    mentions = []
    for match in OPENING_POST.finditer(article.text):
        words = match.group(2).split()
        if chains.get(words[-1].lower()) == words:
            mentions.append(RoleMention(match.group(2), match.start(1), match.end(1),
                                        match.group(1), "apposition"))
    return mentions


def _full_name(name: str, full_names: set[str]) -> str:
    """A name without titles, given in full when one full name of the article ends with its
    surname ('Cllr Barraclough' → 'Helen Barraclough')."""
    words = [word for word in name.split() if word.rstrip(".").lower() not in TITLES]
    if not words:
        return name
    bare = [" ".join(w for w in full.split() if w.rstrip(".").lower() not in TITLES)
            for full in full_names]
    ending = {full for full in bare if full.split() and full.split()[-1] == words[-1] and
              len(full.split()) > 1}
    return next(iter(ending)) if len(ending) == 1 else " ".join(words)


# posts whose holder leads what they hold: 'who leads the team' says nothing against them
LEADING_POSTS = frozenset({"captain", "chair", "president", "head", "coach"})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr",
                    "councillor", "sir", "dame", "lord", "lady", "rev"})


def _two_posts(one: tuple[str, frozenset[str]], other: tuple[str, frozenset[str]]) -> bool:
    """True when two posts differ: other post nouns ('chair', 'coach'), or one post noun with
    two different words before it ('managing director', 'marketing director')."""
    (head, words), (other_head, other_words) = one, other
    if {head, other_head} & {"leader"} and {head, other_head} & LEADING_POSTS:
        return False  # 'club captain' and 'who leads the first team': a captain leads
    if frozenset({head, other_head}) in HELD_TOGETHER:
        return False  # 'its president' and 'the company's chief executive'
    if head != other_head:
        return True
    return bool(words) and bool(other_words) and not words & other_words


def _post(article: Article, mention: RoleMention) -> tuple[str, frozenset[str]] | None:
    """The post a description gives, as its post noun (``ONE_HOLDER``) and the words that say
    which post it is ('managing' in 'managing director', 'midwifery' in 'head of midwifery');
    None when it gives no post of one holder."""
    if mention.pattern == "relative":
        verb = re.match(r"who\s+(?:has\s+|have\s+)?(\w+)", mention.text)
        span = verb and article.doc.char_span(mention.start + verb.start(1),
                                              mention.start + verb.end(1))
        post = span is not None and span and RELATIVE_POSTS.get(span[0].lemma_)
        return (ONE_HOLDER[post], frozenset()) if post in ONE_HOLDER else None
    portfolio = CABINET.search(mention.text)
    if portfolio:  # 'cabinet member for adult social care': one holder of each portfolio
        return "cabinet member", frozenset(re.findall(r"[a-z]+", portfolio.group(1) or "")) - \
            {"the", "and"}
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    cut = next((t.i for t in span if t.lower_ in CUT), span.end)
    nouns = [t for t in span if t.i < cut and t.pos_ in ("NOUN", "PROPN") and
             t.lower_ in ONE_HOLDER]
    if not nouns:
        return None
    head = nouns[-1]
    owners = {t.i - 1 for t in span if t.tag_ == "POS" or t.text in ("’s", "'s", "’")}
    words = {t.lower_ for t in span if t.i < head.i and t.i not in owners and t.is_alpha and
             not t.is_stop and t.pos_ != "PROPN" and t.tag_ != "POS"}
    remit = [t for t in span if t.i > cut and t.pos_ == "NOUN" and t.text.islower()]
    if cut < span.end and span.doc[cut].lower_ == "of" and remit and \
            not any(t.text[:1].isupper() for t in span if t.i > cut):
        words |= {t.lower_ for t in remit}  # 'head of midwifery': a unit, no body
    return ONE_HOLDER[head.lower_], frozenset(words)


def _bodies(description: str) -> set[str]:
    """The words that name the body a description's post is in, in lower case: its owner
    ('the forum’s secretary' → {'forum'}), its capitalised words ('head coach of Pelworth
    Penguins Swimming Club') and a noun after 'the' that follows a preposition or a verb ('who
    has chaired the club' → {'club'}). A lower-case word after 'of' alone names a unit ('head
    of midwifery'), not a body."""
    owner = re.match(r"(?:the\s+)?([\w-]+)(?:[’']s|s[’'])\s", description, re.I)
    words = {owner.group(1).lower()} if owner else set()
    words |= {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][A-Za-z]+", description)} - {"the"}
    words |= {w.lower() for w in re.findall(r"\b(?:of|at|for|on|in|with|\w+s|\w+ed)\s+the\s+"
                                            r"([a-z]+)\b", description)}
    return words


def _without_second_clause(article: Article, mention: RoleMention) -> RoleMention:
    """A relative clause cut before a second clause joined by 'and' ('who chairs the forum
    and has two children' → 'who chairs the forum'): the second says nothing of a post."""
    if mention.pattern != "relative":
        return mention
    joined = re.search(r",?\s+and\s+(\w+)", mention.text)
    if joined is None:
        return mention
    verb = article.doc.char_span(mention.start + joined.start(1), mention.start + joined.end(1))
    if verb is None or verb[0].pos_ not in ("VERB", "AUX"):
        return mention
    end = mention.start + joined.start()
    return RoleMention(mention.name, mention.start, end, article.text[mention.start:end],
                       mention.pattern)


def _with_remit(article: Article, mention: RoleMention) -> RoleMention:
    """A post before a name, read on through its 'of' ('The head of midwifery, Sarah Boyd',
    which the parse may cut at 'The head')."""
    after = re.match(r"[ \u00a0]+of[ \u00a0]+[a-z][a-z -]{2,40}?(?=,)", article.text[mention.end:])
    if after is None or mention.pattern == "relative":
        return mention
    end = mention.end + after.end()
    return RoleMention(mention.name, mention.start, end, article.text[mention.start:end],
                       mention.pattern)


# a lawyer's side in a court report: 'Prosecuting, Tom Whitcombe said …', 'Breck, defending,
# said …', 'Tom Whitcombe, for the prosecution,'
SIDE_BEFORE = re.compile(r"\b(Prosecuting|Defending)(?:[ \u00a0]+for[ \u00a0]+[^,.\n]{1,40})?,"
                         r"[ \u00a0]+((?:[A-Z][\w’'-]+[ \u00a0]+){0,2}[A-Z][\w’'-]+)")
SIDE_AFTER = re.compile(r"\b([A-Z][\w’'-]+),[ \u00a0]+(prosecuting|defending|for the prosecution|"
                        r"for the defence|for the defense)\b")


@rule("roles.both-sides", "role-conflict", "warning",
      "one lawyer on both sides of a case ('Prosecuting, Tom Whitcombe', later 'Whitcombe, "
      "defending')")
def both_sides(article: Article, quotes: list[Quote]) -> Iterator[Spot]:
    """'Prosecuting for the council, Tom Whitcombe said …' and later 'Whitcombe, defending,
    asked for costs': a court report gives each lawyer one side, so a surname on both is a
    slip (often the other lawyer's name or side was meant). The later side is circled."""
    sides: dict[str, tuple[str, int, int]] = {}  # surname -> side, and where it is said
    found = [(m.group(2).split()[-1], m.group(1).lower(), m.start(1), m.end(1))
             for m in SIDE_BEFORE.finditer(article.text)]
    found += [(m.group(1), m.group(2).lower(), m.start(2), m.end(2))
              for m in SIDE_AFTER.finditer(article.text)]
    for surname, side, start, end in sorted(found, key=lambda f: f[2]):
        side = "prosecuting" if "prosecut" in side else "defending"
        earlier = sides.setdefault(surname, (side, start, end))
        if earlier[0] != side:
            yield Spot(start, end,
                       f"Here {surname} is {side}, but in {where(article, earlier[1])} "
                       f"{surname} was {earlier[0]}. One lawyer does not act for both sides: "
                       "which is right?", earlier[0], ((earlier[1], earlier[2]),))

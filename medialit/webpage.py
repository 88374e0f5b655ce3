"""Read a news article out of a saved web page: its headline, its paragraphs and what the page
says about itself (who wrote it, when, which outlet, at which address).

A page saved from a browser ("File → Save Page As…") holds far more than the article: menus,
cookie notices, adverts, captions, related stories and comments. The article is found with
trafilatura (Barbaresi 2021, "Trafilatura: A Web Scraping Library and Command-Line Tool for
Text Discovery and Extraction"), which also reads the page's metadata (JSON-LD, ``og:`` tags,
``<meta name="author">``, ``<link rel="canonical">``). Chrome's "Webpage, Single File" is an
MHTML file, a MIME message with the page's HTML as one part; ``html_in_mhtml`` takes it out.

Limits: a paywall's "subscribe to keep reading" line can stay in the text; a page that holds
several short stories (a live blog, a home page) has no single article, and is refused.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

# a page with less readable prose than this has no article in it (a home page's teasers, a
# login or cookie wall): the shortest of the 181 real news articles that
# scripts/evaluate_reader.py reads has 369 characters
MIN_ARTICLE_CHARACTERS = 200
# what a page calls itself when it is a list of stories, not one story: then it needs five
# times as much prose to count as an article
NOT_ARTICLE_TYPES = {"website", "homepage", "collectionpage", "itemlist", "searchresultspage"}
# what to say when an article came as text, so has no metadata at all
NO_META_NOTE = ("This article was given as text, so the kit cannot tell who published it, when, "
                "or who wrote it. Look on the page it came from: the outlet's name, the date, the "
                "byline, and the address in the browser's address bar.")
NOT_STATED = "not stated on the page"
# Chrome and Firefox mark a saved page with the address it came from
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_SPACES = re.compile(r"\s+")
# words some sites put before the writer's name in the byline markup
_BYLINE_LEAD = re.compile(r"^(view all posts by|posts by|posted by|written by|words by|by)\s+",
                          re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


@dataclass(frozen=True)
class ArticleMeta:
    """What a page says about its article; each field is ``None`` when the page does not say.

    ``author`` is the byline, ``date`` the publication date (YYYY-MM-DD), ``site`` the outlet's
    name and ``url`` the article's own address. A pasted or plain-text article has none.
    """

    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) for each field, in the order a reader checks them; a missing one
        says so."""
        return [("Published by", self.site or NOT_STATED), ("Date", self.date or NOT_STATED),
                ("Byline", self.author or NOT_STATED), ("Address", self.url or NOT_STATED)]

    @property
    def stated(self) -> bool:
        """True when the page says at least one of the four."""
        return any(self.as_dict().values())


@dataclass(frozen=True)
class WebPage:
    """The article found in a page: its headline, its paragraphs (headline excluded), its meta."""

    title: str
    paragraphs: list[str]
    meta: ArticleMeta

    @property
    def text(self) -> str:
        """Headline and paragraphs, a blank line between each, as a plain-text article."""
        return "\n\n".join([self.title, *self.paragraphs]) + "\n"


def is_whole_page(html: str) -> bool:
    """True for a whole page (``<html>``, ``<head>`` or ``<body>``), not a fragment of one."""
    return bool(re.search(r"<\s*(!doctype\s+html|html|head|body)\b", html[:20_000], re.I))


def read_web_page(html: str, address: str | None = None) -> WebPage | None:
    """The article in a saved page, or ``None`` when the page holds no article (a home page, a
    login or cookie wall).

    ``address`` is where the page was saved from, when the file says it (an MHTML header); the
    page's own canonical address comes first.

    >>> page = read_web_page("<html><body><article><h1>Ferry strike</h1><p>" + "Crews will "
    ...                      "walk out. " * 30 + "</p></article></body></html>")
    >>> page.title, page.meta.url
    ('Ferry strike', None)
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        # a date only when the page states one: the extensive search guesses from links in it
        date_extraction_params={"original_date": True, "extensive_search": False})
    if document is None or document.body is None:
        return None
    blocks = _blocks(document.body)
    title = _clean(document.title or "")
    if blocks and (not title or blocks[0] == title):
        title = blocks.pop(0)  # the headline, when the page repeats it as the first heading
    prose = sum(len(block) for block in blocks)
    page_type = (document.pagetype or "").lower()
    if not title or prose < MIN_ARTICLE_CHARACTERS or (
            page_type in NOT_ARTICLE_TYPES and prose < 5 * MIN_ARTICLE_CHARACTERS):
        return None
    saved_from = _SAVED_FROM.search(html[:5000])
    meta = ArticleMeta(
        author=_BYLINE_LEAD.sub("", _clean(document.author or "")) or None,
        date=document.date or None,
        site=_clean(document.sitename or "") or None,
        url=document.url or address or (saved_from.group(1) if saved_from else None))
    return WebPage(title, blocks, meta)


def _blocks(body) -> list[str]:
    """The text of each top-level element of trafilatura's output (paragraph, heading, quote,
    list item, table row), and any loose text between them, in order."""
    blocks = [body.text]
    for element in body:
        if element.tag == "list":
            blocks += ["".join(item.itertext()) for item in element.iter("item")]
        elif element.tag == "table":
            blocks += [" · ".join(_clean("".join(cell.itertext())) for cell in row)
                       for row in element.iter("row")]
        else:
            blocks.append("".join(element.itertext()))
        blocks.append(element.tail)
    return [text for text in (_clean(block or "") for block in blocks) if text]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def looks_like_mhtml(data: bytes) -> bool:
    """True for a page saved as one file by Chrome or Edge ("Webpage, Single File", .mhtml) or
    by Internet Explorer (.mht): a MIME message whose first part is the page."""
    head = data[:4096].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def html_in_mhtml(data: bytes) -> tuple[str, str | None] | None:
    """The page inside an MHTML file and the address it was saved from, or ``None`` when the
    file holds no HTML part.

    The page is the part named by the message's ``start`` parameter (RFC 2557), else its first
    ``text/html`` part; pictures and style sheets in the other parts are not needed.
    """
    import email
    import email.policy  # only a saved .mhtml needs the MIME parser

    message = email.message_from_bytes(data, policy=email.policy.default)
    address = message.get("Snapshot-Content-Location") or message.get("Content-Location")
    start = message.get_param("start") if message.is_multipart() else None
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if start:
        named = [part for part in pages if part.get("Content-ID") == start]
        pages = named + pages
    if not pages:
        return None
    raw = pages[0].get_payload(decode=True) or b""
    # Chrome often gives no charset on the part: the page's own <meta charset> says it
    declared = _META_CHARSET.search(raw[:4096])
    charsets = [pages[0].get_content_charset(), declared and declared.group(1).decode("ascii"),
                "utf-8"]
    for charset in filter(None, charsets):
        try:
            return raw.decode(charset), (str(address) if address else None)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", errors="replace"), (str(address) if address else None)

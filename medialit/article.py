"""Read an article from a file or from pasted text, and cut it into title, paragraphs and sentences.

Every offset in the kit indexes ``Article.text``: the decoded text, with line endings made
``\\n`` as Python's ``open()`` does. For a web page (HTML), ``text`` is the page's readable
text, and offsets index that: for a saved page, the article the page holds (headline and
paragraphs, see ``medialit.webpage``), with what the page says about it in ``Article.meta``.

Files are read with a byte cap, and only regular files: a pipe, a device or a folder is refused
before anything is read, so that no file can hang the kit or fill its memory.
"""
from __future__ import annotations

import bisect
import errno
import functools
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from medialit.webpage import (ArticleMeta, html_in_mhtml, is_whole_page, looks_like_mhtml,
                              read_web_page)

# a copy of seeds/blinken-qin-beijing-2023.txt and its keys, inside the package so that an installed
# kit finds it (tests/test_packaging.py checks the two copies are byte-identical)
SEED_PATH = Path(__file__).resolve().parent / "data" / "seed" / "blinken-qin-beijing-2023.txt"
MAX_BYTES = 5_000_000  # about 2,500 pages of text: far more than any news article
# a saved page is mostly markup and scripts (0.5 to 2 MB for a news page), and a single-file
# page (.mhtml) carries its pictures too
MAX_PAGE_BYTES = 30_000_000
MAX_CHARACTERS = 200_000  # about 30,000 words: longer than any news article, and analysed in under a minute
# control characters and invisible marks; the zero-width non-joiner and joiner (U+200C,
# U+200D) are kept: they hold emoji sequences (👩‍💻) and Persian or Hindi words together
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u2060\ufeff]")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_HTML_HINT = re.compile(r"<\s*(!doctype\s+html|html|body|p|div|article|br)\b[^>]*>", re.I)


class ArticleError(ValueError):
    """An article that cannot be read; the message says what is wrong, in plain words."""


@dataclass(frozen=True)
class Span:
    """A stretch of the article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    """An article ready for analysis.

    ``title`` is the first non-empty line; ``paragraphs`` are the blocks between blank lines,
    the title included as paragraph 0. ``warnings`` says what was done to read the file (an
    unusual encoding, a web page turned into text). ``meta`` is what a saved web page says
    about the article (author, date, site, address); all ``None`` for text, and
    ``from_web_page`` tells the two apart.
    """

    text: str
    title: Span
    paragraphs: list[Span]
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    from_web_page: bool = False
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # analyses made once

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else "pasted text"

    @property
    def body(self) -> Span:
        """Everything after the title."""
        rest = self.paragraphs[1:] if len(self.paragraphs) > 1 else []
        if not rest:
            return Span(self.title.end, self.title.end, "")
        start, end = rest[0].start, rest[-1].end
        return Span(start, end, self.text[start:end])

    @functools.cached_property
    def doc(self):
        """The spaCy parse of the whole text, made once and reused by every analysis."""
        from medialit.nlp import load_nlp

        return load_nlp()(self.text)

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """Sentences, trimmed of surrounding spaces, never crossing a paragraph break."""
        sentences = []
        for sent in self.doc.sents:
            span = _trimmed(self.text, sent.start_char, sent.end_char)
            if span is not None:
                sentences.append(span)
        return sentences

    @functools.cached_property
    def sentence_places(self) -> list[str]:
        """Where each of ``sentences`` stands, as the lessons number it: its paragraph's number
        (the title is paragraph 0), then its place inside the paragraph when the paragraph has
        more than one sentence ("21.2" is the second sentence of paragraph 21)."""
        numbers = [self.paragraph_index(sentence.start) for sentence in self.sentences]
        in_paragraph = Counter(numbers)
        places, seen = [], Counter()
        for number in numbers:
            seen[number] += 1
            places.append(f"{number}.{seen[number]}" if in_paragraph[number] > 1 else str(number))
        return places

    def place_of(self, offset: int) -> str:
        """The place ("21.2", or "21" for a paragraph of one sentence) of the sentence holding
        ``offset``; the paragraph's number when no sentence holds it."""
        for sentence, place in zip(self.sentences, self.sentence_places):
            if sentence.start <= offset < sentence.end:
                return place
        return str(self.paragraph_index(offset))

    def paragraph_index(self, offset: int) -> int:
        """The number of the paragraph holding ``offset`` (0 is the title): the first paragraph
        ending after it, else the last one."""
        ends = self._paragraph_ends()
        return min(bisect.bisect_right(ends, offset), max(len(ends) - 1, 0))

    def _paragraph_ends(self) -> list[int]:
        # made once per list of paragraphs, so that a long article is not scanned per offset
        cached = self.memo.get("paragraph_ends")
        if cached is None or cached[0] is not self.paragraphs or \
                len(cached[1]) != len(self.paragraphs):
            cached = (self.paragraphs, [paragraph.end for paragraph in self.paragraphs])
            self.memo["paragraph_ends"] = cached
        return cached[1]

    @functools.cached_property
    def entities(self) -> tuple:
        """The named entities of the parse (``doc.ents``), made once: spaCy rebuilds them on
        every use."""
        return tuple(self.doc.ents)

    @functools.cached_property
    def _entity_starts(self) -> list[int]:
        return [ent.start for ent in self.entities]

    def entities_within(self, span) -> list:
        """``span.ents`` for a span of ``doc`` (a sentence), found by bisection rather than by
        reading every entity of the document."""
        entities, found = self.entities, []
        for i in range(bisect.bisect_left(self._entity_starts, span.start), len(entities)):
            if entities[i].end > span.end:
                break
            found.append(entities[i])
        return found

    @functools.cached_property
    def token_starts(self) -> list[int]:
        """The offset of every token of ``doc``, in order, for finding tokens by bisection."""
        return [token.idx for token in self.doc]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``, as a text editor shows them."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if start < end else None


def split_paragraphs(text: str) -> list[Span]:
    """The blocks of text between blank lines, trimmed."""
    paragraphs, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        span = _trimmed(text, start, match.start())
        if span:
            paragraphs.append(span)
        start = match.end()
    span = _trimmed(text, start, len(text))
    if span:
        paragraphs.append(span)
    return paragraphs


def make_article(text: str, path: str | None = None, warnings: list[str] | None = None,
                 address: str | None = None) -> Article:
    """Build an article from text already in memory (a paste into a widget, a test).

    A whole web page is reduced to the article in it, with its metadata; an HTML fragment to
    its readable text. ``address`` is where a page was saved from, when its file says so.

    Raises:
        ArticleError: the text is empty or only spaces, far too long, or a web page with no
            article in it.

    >>> make_article("Headline\\n\\nFirst paragraph.").title.text
    'Headline'
    """
    warnings = list(warnings or [])
    label = Path(path).name if path else "The text"
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if len(text) > MAX_PAGE_BYTES:
        raise _too_long(label, len(text))
    # control characters (a stray NUL, a zero-width space) become spaces: offsets stay the same
    text = _INVISIBLE.sub(" ", text)
    meta, from_web_page = ArticleMeta(), False
    if looks_like_html(text):
        if is_whole_page(text):
            page = read_web_page(text, address)
            if page is None and not html_to_text(text).strip():
                raise ArticleError(f"{label} is empty: there is no text to analyse.")
            if page is None:
                raise ArticleError(
                    f"{label} is a web page with no news article in it (a home page, a list of "
                    "stories, a login or cookie page): open the article itself, then save that page.")
            text, meta, from_web_page = page.text, page.meta, True
            warnings.append(f"{label} is a web page; the kit kept only its article (headline and "
                            "paragraphs), without menus, adverts and comments.")
        else:
            text = html_to_text(text)
            warnings.append(
                f"{label} looks like a web page (HTML); the kit kept only its readable text."
            )
    if len(text) > MAX_CHARACTERS:
        raise _too_long(label, len(text))
    if not text.strip():
        raise ArticleError(f"{label} is empty: there is no text to analyse.")
    lines = split_paragraphs(text)
    first = lines[0]
    newline = first.text.find("\n")
    title = first if newline < 0 else _trimmed(text, first.start, first.start + newline)
    paragraphs = [title]
    rest = _trimmed(text, title.end, first.end)
    if rest:
        paragraphs.append(rest)
    paragraphs.extend(lines[1:])
    return Article(text=text, title=title, paragraphs=paragraphs, path=path, warnings=warnings,
                   meta=meta, from_web_page=from_web_page)


def _too_long(label: str, characters: int) -> ArticleError:
    return ArticleError(f"{label} is {characters:,} characters long, far too long for one news "
                        f"article (the limit is {MAX_CHARACTERS:,}): use one article at a time.")


def load_article(path: str | Path | None = None) -> Article:
    """Read an article file; with no path, the seed article the lessons use.

    Accepts UTF-8 (with or without a byte-order mark), Windows line endings, other encodings
    (decoded with a warning), web pages saved as HTML and pages saved as one file (``.mhtml``,
    ``.mht``): a page is reduced to its article, with its metadata in ``Article.meta``.

    Raises:
        ArticleError: the file is missing, a folder, a pipe or a device, empty, binary, far too
            large, or a page with no article in it. The message names the file and says what
            to do.

    >>> load_article().title.text[:14]
    'Antony Blinken'
    """
    path = Path(path) if path is not None else SEED_PATH
    data = _read_bytes(path, MAX_PAGE_BYTES)
    # a saved page may be larger than a text file: most of it is markup, not article
    page = looks_like_mhtml(data) or looks_like_html(data[:5000].decode("latin-1"))
    limit = MAX_PAGE_BYTES if page else MAX_BYTES
    if len(data) > limit:
        size = (f"over {MAX_PAGE_BYTES / 1e6:.0f} MB" if len(data) > MAX_PAGE_BYTES
                else f"{len(data) / 1e6:.1f} MB")
        kind = "a news article, even saved as a web page" if page else "one news article"
        raise ArticleError(f"{path} is {size}, far too long for {kind} (the limit is "
                           f"{limit / 1e6:.0f} MB): save each article in its own file.")
    address = None
    if looks_like_mhtml(data):
        found = html_in_mhtml(data)
        if found is None:
            raise ArticleError(f"{path} is not a saved web page: it holds no page. Save the "
                               "page again from the browser, or save the article as text.")
        text, address = found
        warnings = []
    else:
        text, warnings = decode_text(data, path.name)
    return make_article(text, str(path), warnings, address)


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, at most ``limit + 1`` of them (one more than allowed tells a file over
    the limit); only a regular file is read.

    The file is opened without waiting (a pipe with no writer would block for good) and checked
    through the open handle, so a file swapped for a pipe after a check cannot hang the read;
    the cap holds even where the size on disk is unknown.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ArticleError(_unopenable(path, error)) from None
    mode = os.fstat(handle).st_mode
    if not stat.S_ISREG(mode):
        os.close(handle)
        if stat.S_ISDIR(mode):
            raise ArticleError(
                f"{path} is a folder, not a file: give the name of an article file inside it.")
        raise ArticleError(f"{path} is {_special_kind(mode)}, not a file: save the article "
                           "as a file (.txt, .html or .mhtml) and give its name.")
    with os.fdopen(handle, "rb") as file:
        try:
            return file.read(limit + 1)
        except OSError as error:
            raise ArticleError(f"{path} could not be read ({error.strerror or error}).") from None


def _unopenable(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return (f"{path} is a link (shortcut) that leads back to itself, so there is no file to "
                "read: give the name of the article file itself.")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"{path} was not found: check the spelling and the folder."
    if error.errno == errno.EISDIR:
        return f"{path} is a folder, not a file: give the name of an article file inside it."
    return f"{path} could not be read ({error.strerror or error})."


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO) that another program writes to"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def decode_text(data: bytes, name: str = "The file") -> tuple[str, list[str]]:
    """Turn a file's bytes into text, never crashing on an unusual encoding.

    Returns the text and a list of warnings for the reader.

    Raises:
        ArticleError: the bytes are not text at all (a picture, a PDF, a Word file).
    """
    for magic, kind in ((b"%PDF", "a PDF"), (b"PK\x03\x04", "a Word or zip file"),
                        (b"\x89PNG", "a picture"), (b"\xff\xd8\xff", "a picture"),
                        (b"GIF8", "a picture")):
        if data.startswith(magic):
            raise ArticleError(
                f"{name} is {kind}, not plain text: open it, copy the article's text and "
                "save it as a .txt file."
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), [f"{name} was saved as UTF-16; the kit read it anyway."]
    sample = data[:8192]
    if len(sample) >= 4 and sample.count(0) > len(sample) / 3:
        # UTF-16 without a byte-order mark: every other byte of plain English is zero
        order = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            return data.decode(order), [f"{name} was saved as UTF-16; the kit read it anyway."]
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.05:
        raise ArticleError(
            f"{name} is not a text file (it looks like a program or a picture): "
            "save the article as plain text (.txt)."
        )
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        encoding = "Windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "Latin-1"
    return text, [
        f"{name} is not saved as UTF-8; the kit read it as {encoding}. "
        "If some letters look wrong, save the file again as UTF-8."
    ]


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    control = sum(1 for byte in data if byte < 32 and byte not in (9, 10, 12, 13))
    return control / len(data)


def looks_like_html(text: str) -> bool:
    """True for a web page or an HTML fragment, not for prose that mentions a ``<`` sign."""
    head = text[:5000]
    return bool(re.match(r"\s*<(!doctype|html|\?xml)", head, re.I)) or len(_HTML_HINT.findall(head)) >= 3


def html_to_text(html: str) -> str:
    """The readable text of a web page: headings and paragraphs separated by blank lines.

    Scripts, styles, menus, headers and footers are dropped, since they are not the article.
    """
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except (AssertionError, ValueError):
        # html.parser gives up on some broken markup: fall back to removing the tags
        text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", html, flags=re.I | re.S)
        text = re.sub(r"<\s*(p|div|h[1-6]|li|br|tr|article|section)\b[^>]*>", "\n\n", text, flags=re.I)
        text = unescape(re.sub(r"<[^>]*>", " ", text))
        blocks = [re.sub(r"[ \t\r\n]+", " ", block).strip() for block in re.split(r"\n\s*\n", text)]
        return "\n\n".join(block for block in blocks if block) + "\n"
    blocks = extractor.blocks if extractor.seen_h1 else [extractor.page_title, *extractor.blocks]
    blocks = [re.sub(r"[ \t\r\n]+", " ", block).strip() for block in blocks]
    text = "\n\n".join(block for block in blocks if block)
    return text + "\n" if text else ""


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "nav", "footer", "aside", "noscript", "template",
            "svg", "form", "button", "select", "title"}
    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
              "section", "article", "tr", "br", "figcaption", "dd", "dt", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.skipping = 0
        self.in_title = False
        self.page_title = ""
        self.seen_h1 = False

    def handle_starttag(self, tag, attrs):
        self.in_title = tag == "title"
        self.seen_h1 = self.seen_h1 or tag == "h1"
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.blocks.append("")

    def handle_data(self, data):
        if self.in_title:
            self.page_title += data
        elif not self.skipping:
            self.blocks[-1] += data

"""Bringing one's own article into lesson 6 without editing code: a paste box and an upload
button.

The article a student loads is kept as a file beside the notebook (a paste as
``my-article.txt``, an upload under its own name, as JupyterLab's own Upload button would
save it), and the answers file records which file it is (answer ``my_article``), so after a
restart, or next week, the loader comes back with the same article. Files are read by the
kit's article reader (``medialit.article.load_article``), which takes plain text in any
encoding, web pages saved as HTML and pages saved as one file (``.mhtml``); whatever it
refuses, its message says why, in words a student can act on.
"""
from __future__ import annotations

import html
import os
from pathlib import Path

import ipywidgets as w

from medialit.answers import AnswerError, AnswerStore
from medialit.article import MAX_PAGE_BYTES, Article, ArticleError, load_article, make_article
from medialit.widgets.parts import WIDE, button_layout, note_html

PASTED_FILE = "my-article.txt"
READABLE = (".txt", ".html", ".htm", ".mhtml", ".mht")
ANSWER = "my_article"  # the answer that names the file holding the student's article
# An invented story with planted mistakes (Millbrook is not a real town), so that every tool
# can be tried before a student brings an article of their own.
EXAMPLE = """Millbrook school board votes to ban phones in class

The Millbrook school board voted 5–2 on Tuesday to ban mobile phones in classrooms from September, after a heated meeting that lasted more than three hours.

“Phones are the biggest distraction our teachers face,” said board chair Maria Lopez. “This is about giving students their attention back.”

Students at Millbrook High School were divided. Sam Okafor, 16, said the ban was “unfair” because many students use their phones for homework and to reach their parents.

A teacher who asked not to be named said that most staff supported the ban but worried about how it would be enforced.

Experts say that banning phones improves test scores.

Board member David Chen, who voted against the ban, claimed that the board had not listened to students. “Nobody asked the people this affects most,” he said.

The board’s decision was unanimous, and it will review the “phone-free policy” after one year. Parents can send comments to the board untill Friday."""  # noqa: E501


class ArticleLoader(w.VBox):
    """The loader's widget; ``article`` is the article loaded last (the example until the
    student loads one), ``status`` what the student was told."""

    def __init__(self, store: AnswerStore, folder: Path | None):
        self.store, self.folder = store, folder
        self.article: Article = make_article(EXAMPLE)
        self.source = "the example"
        intro = w.HTML(
            "<p style='margin:.2rem 0;max-width:48rem;line-height:1.45'><b>Paste</b> your article's text in the "
            "box (headline on the first line, an empty line between paragraphs) and press "
            "<b>Use this text</b>, <b>or upload</b> a page you saved from the browser "
            "(<code>.mhtml</code>, <code>.html</code>) or a text file (<code>.txt</code>).</p>")
        self.paste = w.Textarea(
            placeholder="Paste the article here: headline first, then the paragraphs.",
            description="Article text", layout=w.Layout(width="100%", height="12rem"),
            style={"description_width": "initial"})
        self.use_text = w.Button(description="Use this text", button_style="primary",
                                 icon="check", tooltip="Load the text in the box as your article",
                                 layout=button_layout())
        self.upload = w.FileUpload(accept=",".join(READABLE), multiple=False,
                                   description="Upload a saved page or text file",
                                   tooltip="A page saved from the browser, or a text file",
                                   layout=w.Layout(width="auto"))
        self.status = w.HTML(layout=WIDE)
        self.use_text.on_click(lambda _: self.load_text(self.paste.value))
        self.upload.observe(self._uploaded, names="value")
        super().__init__([intro, self.paste, w.HBox([self.use_text, self.upload]), self.status],
                         layout=WIDE)
        self._restore()

    # -- what the student does ---------------------------------------------------------------

    def load_text(self, text: str) -> bool:
        """Load pasted text as the article and keep it in ``my-article.txt``."""
        if not text.strip():
            return self._say("✘ The box is empty. Copy the article's text in your browser "
                             "(Ctrl + C), click in the box, paste it (Ctrl + V), then press "
                             "Use this text.")
        try:
            article = make_article(text)
        except ArticleError as error:
            return self._say(f"✘ {error}")
        try:
            self._place(PASTED_FILE).write_text(text, encoding="utf-8")
        except OSError as error:
            return self._keep(article, None, problem=error)
        return self._keep(article, PASTED_FILE)

    def load_upload(self, name: str, content: bytes) -> bool:
        """Load an uploaded file as the article, saved beside the notebook under its name."""
        name = Path(name.replace("\\", "/")).name.strip() or "my-article.txt"
        suffix = Path(name).suffix.lower()
        if suffix not in READABLE:
            kind = f"a {suffix[1:].upper()} file" if suffix else "a file with no type"
            return self._say(
                f"✘ {html.escape(name)} is {kind}: the kit reads pages saved from the browser "
                "(.mhtml, .html) and text files (.txt). Save the article's page again (File → "
                "Save Page As…), or copy its text and paste it in the box.")
        if len(content) > MAX_PAGE_BYTES:
            return self._say(f"✘ {html.escape(name)} is {len(content) / 1e6:.0f} MB, far too "
                             "big for one news article: save just the article's page.")
        path = self._place(name)
        try:
            path.write_bytes(content)
        except OSError as error:
            return self._say(f"✘ {html.escape(name)} could not be saved beside the notebook "
                             f"({html.escape(error.strerror or str(error))}). Ask your teacher.")
        try:
            article = load_article(path)
        except ArticleError as error:
            return self._say(f"✘ {html.escape(str(error))}")
        return self._keep(article, name)

    # -- keeping it ----------------------------------------------------------------------------

    def _uploaded(self, change) -> None:
        for upload in change["new"] or ():
            self.load_upload(upload["name"], bytes(upload["content"]))

    def _place(self, name: str) -> Path:
        return (self.folder or Path()) / name

    def _keep(self, article: Article, name: str | None, problem: OSError | None = None) -> bool:
        """Use ``article`` from now on and remember its file ``name`` (None: not saved)."""
        self.article, self.source = article, name or "the pasted text"
        count = len(article.paragraphs) - 1
        if name is None:
            where = (" ⚠ It could not be saved beside the notebook "
                     f"({html.escape(problem.strerror or str(problem))}): load it again after "
                     "a restart.")
        else:
            try:
                self.store.set(ANSWER, name)
                where = (f" It is saved as <code>{html.escape(name)}</code> beside this notebook, "
                         "so it comes back after a restart.")
            except AnswerError as error:
                where = f" ⚠ {html.escape(str(error))}"
        self._say(f"✔ Loaded: <b>{html.escape(article.title.text)}</b>, {count} paragraph"
                  f"{'s' if count != 1 else ''} after the title.{where} <b>Now run the next "
                  "cell</b>: it and every cell after it use this article.")
        return True

    def _restore(self) -> None:
        """The article loaded last time, if its file is still there."""
        name = self.store.get(ANSWER)
        if not isinstance(name, str) or not name:
            return
        path = self._place(Path(name).name)
        try:
            article = load_article(path)
        except ArticleError:
            self._say(f"⚠ Your article, <code>{html.escape(name)}</code>, is no longer beside "
                      "this notebook (moved or deleted?), so the cells below use the example. "
                      "Load it again above.")
            return
        self.article, self.source = article, name
        if name == PASTED_FILE:
            self.paste.value = article.text
        self._say(f"✔ Your article from last time: <b>{html.escape(article.title.text)}</b> "
                  f"(<code>{html.escape(name)}</code>). Load another one above, or run the "
                  "next cell.")

    def _say(self, message: str) -> bool:
        self.status.value = (f"<div role='status' aria-live='polite' style='line-height:1.45'>"
                             f"{note_html(message)}</div>")
        return message.startswith("✔")


def article_loader(answers=None, folder: str | os.PathLike | None = None) -> ArticleLoader:
    """A paste box and an upload button for one's own article; ``loader.article`` is the
    article to use (the invented Millbrook example until the student loads one).

    Args:
        answers: the notebook's answers store (lesson 6's by default), which remembers the
            file of the student's article.
        folder: where the article's file is kept; the notebook's folder (the current folder)
            by default.

    >>> import tempfile
    >>> loader = article_loader(folder=tempfile.mkdtemp())
    >>> loader.load_text("Headline\\n\\nFirst paragraph.")
    True
    >>> loader.article.title.text
    'Headline'
    """
    store = answers if isinstance(answers, AnswerStore) else AnswerStore("06-check-it-yourself",
                                                                         folder)
    return ArticleLoader(store, Path(folder) if folder is not None else None)

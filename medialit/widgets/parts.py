"""The building blocks every practice widget shares: the box a widget is drawn in (with what
makes it usable from the keyboard and with a screen reader), layouts, the article argument,
the answers file (reading a saved answer in its shape, saving with a message when it fails),
the note and the "Start again" row, and the article's text cut to what a widget shows.

They are public so that each widget module can use them; a notebook has no need to.
"""
from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from medialit.article import Article, load_article, make_article
from medialit.answers import AnswerError, AnswerStore, check_choices, check_marks, open_answers

WIDE = w.Layout(width="100%")
KIT_CLASS = "medialit-widget"  # the root of every widget the kit draws (tests find them by it)
PAGE_HELPER = Path(__file__).with_name("page_helper.js")


def kit_box(children: list) -> w.VBox:
    """The box a practice widget is drawn in: its parts, then a hidden part that runs
    ``page_helper.js`` in the page. That script does what ipywidgets cannot do from Python:
    it keeps the keys typed in the widget from JupyterLab's notebook shortcuts (so ↑/↓ on a
    menu change the menu, not the cell), names question groups and slider handles, makes
    feedback lines polite live regions, keeps focus in place when a control disappears and
    draws a focus ring anyone can see.

    The script is an ``application/javascript`` output inside an ``Output`` widget, whose
    outputs JupyterLab trusts; it runs each time the widget is drawn, with no extension to
    install. Where scripts do not run the widget still works, without those aids.
    """
    helper = w.Output(layout=w.Layout(display="none")).add_class("ml-page-helper")
    script = PAGE_HELPER.read_text(encoding="utf-8")
    helper.outputs = ({"output_type": "display_data", "metadata": {},
                       "data": {"application/javascript": script}},)
    return w.VBox([*children, helper]).add_class(KIT_CLASS)


def live_line(value: str = "") -> w.HTML:
    """A line of feedback a screen reader reads out when it changes (an ``aria-live="polite"``
    region), so "✔ Right" is heard, not only seen."""
    return w.HTML(value).add_class("ml-live")


def question_group(prompt: str, control: w.Widget) -> w.VBox:
    """A question's words (HTML) above its control, grouped so the control is named by the
    question: a radio group labelled by it, a text box named by it rather than its
    placeholder."""
    return w.VBox([w.HTML(prompt).add_class("ml-prompt"), control]).add_class("ml-group")


def button_layout(**more) -> w.Layout:
    """A button layout as wide as its words ("Check my answers" is not cut to "Check my ans…")."""
    return w.Layout(width="auto", min_width="9rem", align_self="flex-start", **more)


def as_article(article) -> Article:
    """The article a widget works on: the seed when none is given, an ``Article`` as it is, a
    short one-line text naming a file read from that file, any other text as the article."""
    if article is None:
        return load_article()
    if isinstance(article, Article):
        return article
    text = str(article)
    if "\n" not in text and len(text) < 300 and Path(text).is_file():
        return load_article(text)
    return make_article(text)


def answers_store(answers, notebook: str) -> AnswerStore:
    """The answers store given, or the notebook's own answers file."""
    return answers if isinstance(answers, AnswerStore) else open_answers(notebook)


def saved_answer(store: AnswerStore, qid: str, shape: str, article: Article | None = None):
    """A saved answer in the shape the widget reads: "text", "marks" (error-hunt marks on
    ``article``) or "choices" ({item: option}). What is not in that shape (a hand-edited file)
    is left out or repaired with a message, rather than crash the widget."""
    value = store.get(qid)
    if value is None:
        return {"text": "", "marks": [], "choices": {}}[shape]
    if shape == "marks":
        kept, problems = check_marks(value, article.text)
    elif shape == "choices":
        kept, problems = check_choices(value)
    else:
        kept, problems = (value, 0) if isinstance(value, str) else ("", 1)
    if problems:
        what = ("so this exercise starts empty" if not kept else
                f"so {problems} part{'s' if problems != 1 else ''} of it "
                f"{'were' if problems != 1 else 'was'} left out or repaired")
        store.message = (f"The saved answer “{qid}” was not in the shape the kit expects (was "
                         f"the file edited by hand?), {what}. The file itself is unchanged "
                         "until you answer again.")
    return kept


def save_or_warn(status: w.HTML, save, *args) -> bool:
    """Run ``save(*args)``; when it fails, say in ``status`` what happened and what to do.
    An answer the file could not take stays on screen, and one that could not be written
    stays in memory until the next save (``AnswerNotSaved``)."""
    try:
        save(*args)
    except AnswerError as error:
        status.value = note_html(f"⚠ {html.escape(str(error))}")
        return False
    if "NOT saved" in status.value:
        status.value = note_html("✔ Your answers are saved now, with the ones that were waiting.")
    return True


def note_html(message: str) -> str:
    """One line of feedback as a paragraph (nothing at all for an empty message)."""
    return f"<p style='margin:.2rem 0'>{message}</p>" if message else ""


def confirm_reset(on_reset) -> w.HBox:
    """A 'Start again' button that asks before it erases anything. "No, keep them" comes
    first, so the control that takes focus when the question appears is the safe one."""
    start = w.Button(description="Start again", icon="undo", tooltip="Erase your answers here",
                     layout=button_layout())
    yes = w.Button(description="Yes, erase my answers", button_style="danger",
                   tooltip="Erase the answers in this exercise for good",
                   layout=button_layout(display="none"))
    no = w.Button(description="No, keep them", tooltip="Keep your answers",
                  layout=button_layout(display="none"))

    def ask(_):
        yes.layout.display = no.layout.display = None
        start.layout.display = "none"

    def hide(_=None):
        yes.layout.display = no.layout.display = "none"
        start.layout.display = None

    def erase(_):
        on_reset()
        hide()

    start.on_click(ask)
    no.on_click(hide)
    yes.on_click(erase)
    return w.HBox([start, no, yes])


def scroll_region(inner_html: str, label: str, height: str = "300px") -> str:
    """HTML for a box that scrolls, which a keyboard user can reach with Tab and scroll with
    the arrow keys, and which a screen reader names (a focusable, labelled region)."""
    return (f"<div role='region' tabindex='0' aria-label='{html.escape(label, quote=True)}' "
            f"style='height:{height};overflow:auto;border:1px solid #767676;padding:4px'>"
            f"{inner_html}</div>")


def shorten(text: str, limit: int = 70) -> str:
    """The text on one line, cut to ``limit`` characters with "…" when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def quote_in_context(article: Article, start: int, end: int, label: str = "") -> str:
    """The paragraph holding ``start``, with the words from ``start`` to ``end`` marked."""
    paragraph = article.paragraphs[article.paragraph_index(start)]
    before = html.escape(article.text[paragraph.start:start])
    inside = html.escape(article.text[start:end])
    after = html.escape(article.text[end:paragraph.end])
    return (f"<div style='border-left:4px solid #0072B2;padding:.3rem .6rem'>{before}"
            f"<mark style='background:#56B4E955;font-weight:bold'>⟦{inside}⟧</mark>{after}</div>"
            f"{note_html(label)}")


def numbered_sentences(article: Article) -> list:
    """The sentences a widget numbers for the student: the title's and those of the paragraphs
    after it."""
    return [sentence for sentence in article.sentences if article.paragraph_index(sentence.start) > 0
            or sentence.start < article.title.end]

"""The article as a student reads it in a notebook: numbered paragraphs under what its page
says about it, wrapped at word boundaries.

A ``print()`` of a paragraph shows in JupyterLab as preformatted text that breaks words in
half at the edge of the cell ("r/estart"); these displays are HTML paragraphs, which wrap
between words and break a word only when it is longer than a line (an address)."""
from __future__ import annotations

import html

from medialit.widgets.parts import as_article

SCROLL_AFTER = 6  # more paragraphs than this go in a scroll box, not a wall of text
WRAP = "overflow-wrap:anywhere;word-break:normal"  # between words; inside one only if it must


def show_article(article=None, paragraphs=None):
    """The article as numbered paragraphs (0 is the title), wrapped at word boundaries. With
    the title comes what the article's page says about it: who published it, when, the byline
    and the address (for a pasted text, what to look up instead). More than ``SCROLL_AFTER``
    paragraphs are shown in a box that scrolls, which a keyboard user can reach with Tab and
    scroll with the arrow keys, and which a screen reader announces by the article's title.

    Args:
        paragraphs: the numbers of the paragraphs to show; all of them by default.

    >>> shown = show_article(paragraphs=[11, 12])       # two paragraphs of the seed article
    >>> "[11]" in shown.data and "scroll" not in shown.data
    True
    """
    from IPython.display import HTML

    article = as_article(article)
    numbers = list(range(len(article.paragraphs)) if paragraphs is None else paragraphs)
    about = _about(article) if 0 in numbers else ""
    rows = []
    for number in numbers:
        paragraph = article.paragraphs[number]
        style = "font-weight:bold;font-size:1.1em" if number == 0 else ""
        rows.append(f"<p style='margin:.35rem 0;max-width:48rem;{WRAP};{style}'>"
                    f"<b>[{number}]</b> {html.escape(paragraph.text)}</p>")
    text = "".join(rows)
    if len(numbers) > SCROLL_AFTER:
        label = html.escape(f"The article: {article.title.text}", quote=True)
        text = (f"<div class='medialit-article' tabindex='0' role='region' aria-label='{label}' "
                "style='max-height:26rem;overflow-y:auto;max-width:50rem;padding:0 .75rem;"
                "border:1px solid #767676;border-radius:4px'>" + text + "</div>"
                "<p style='margin:.25rem 0;font-size:.9em'><i>The whole article is in the box: "
                "scroll inside it (or click it, or press Tab to reach it, and use the arrow "
                "keys).</i></p>")
    return HTML(about + text)


def _about(article) -> str:
    """What the article's page says about it, or for a pasted text what to look up."""
    from medialit.webpage import NO_META_NOTE

    if article.from_web_page:
        rows = "".join(f"<tr><th style='text-align:left;padding-right:1rem'>{label}</th>"
                       f"<td style='text-align:left;{WRAP}'>{html.escape(value)}</td></tr>"
                       for label, value in article.meta.rows())
        return f"<table style='margin:.35rem 0'>{rows}</table>"
    return f"<p style='margin:.35rem 0;max-width:48rem'><i>{html.escape(NO_META_NOTE)}</i></p>"

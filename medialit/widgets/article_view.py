"""The article as a student reads it in a notebook: numbered paragraphs under what its page
says about it."""
from __future__ import annotations

import html

from medialit.widgets.parts import as_article


def show_article(article=None, paragraphs=None):
    """The article as numbered paragraphs, readable in a notebook (0 is the title), under what
    its page says about it: who published it, when, the byline and the address (for a pasted
    text, what to look up instead).

    Args:
        paragraphs: the numbers of the paragraphs to show; all of them by default.
    """
    from IPython.display import HTML

    from medialit.webpage import NO_META_NOTE

    article = as_article(article)
    if article.from_web_page:
        rows = "".join(f"<tr><th style='text-align:left;padding-right:1rem'>{label}</th>"
                       f"<td style='text-align:left'>{html.escape(value)}</td></tr>"
                       for label, value in article.meta.rows())
        about = f"<table style='margin:.35rem 0'>{rows}</table>"
    else:
        about = f"<p style='margin:.35rem 0;max-width:48rem'><i>{html.escape(NO_META_NOTE)}</i></p>"
    numbers = range(len(article.paragraphs)) if paragraphs is None else paragraphs
    rows = []
    for number in numbers:
        paragraph = article.paragraphs[number]
        style = "font-weight:bold;font-size:1.1em" if number == 0 else ""
        rows.append(f"<p style='margin:.35rem 0;max-width:48rem;{style}'><b>[{number}]</b> "
                    f"{html.escape(paragraph.text)}</p>")
    return HTML(about + "".join(rows))

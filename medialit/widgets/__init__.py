"""The practice widgets students use in the lessons.

Each function builds a widget and returns it; the notebook displays it. The article is
analysed once, when the widget is built, so every click answers at once. Every answer is
saved to the notebook's answers file as it is given (``medialit.answers``) and restored
when the widget is built again. Feedback is written out in words and symbols, never in
colour alone, and every control has a description a screen reader can announce.

The widgets work on any article: with an answer key beside the article (the seed and the
practice articles have one) they check against it; without one they check against the
engine's own findings and say so, since the engine can be wrong.

The widgets live in the modules of this package, and this package names them all:

* ``hunt``: the error hunt and "Machine vs me";
* ``voices``: who said it?, the source sorter and the quote inspector;
* ``questions``: a choice question, a written answer, the pre-check and post-check;
* ``lesson_questions``: a lesson's questions and reveals, built from its data file;
* ``article_view``: the article as numbered paragraphs;
* ``loader``: a student's own article, pasted or uploaded (lesson 6);
* ``parts``: what they share (layouts, the answers file, notes, "Start again").
"""
from __future__ import annotations

from medialit.widgets.article_view import show_article
from medialit.widgets.hunt import compare_html, error_hunt, machine_vs_me
from medialit.widgets.lesson_questions import behind_button, question, reveal
from medialit.widgets.loader import article_loader
from medialit.widgets.questions import (checkpoint, choice_question, load_checkpoint_items,
                                        written_answer)
from medialit.widgets.voices import (ANONYMOUS, GROUP_CHOICES, NOBODY, VAGUE, quote_inspector,
                                     source_sorter, who_said_it)

__all__ = ["ANONYMOUS", "GROUP_CHOICES", "NOBODY", "VAGUE", "article_loader", "behind_button",
           "checkpoint", "choice_question", "compare_html", "error_hunt",
           "load_checkpoint_items", "machine_vs_me", "question", "quote_inspector", "reveal",
           "show_article", "source_sorter", "who_said_it", "written_answer"]

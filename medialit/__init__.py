"""medialit: the analysis engine of a media-literacy teaching kit.

>>> import medialit as ml
>>> article = ml.load_article()          # the seed article
>>> result = ml.analyze(article)         # quotes, sources and issues

``import medialit`` is light: each name below is imported from its module the first time it is
used (PEP 562), so the command line never loads the classroom's libraries (matplotlib,
ipywidgets, IPython) and a notebook loads them only when it draws a chart or a widget.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys

# every public name, with the module that defines it (the layers: docs/architecture.md)
_HOMES = {
    # reading articles
    "Article": "article", "ArticleError": "article", "Span": "article",
    "load_article": "article", "make_article": "article",
    # the language pipeline
    "load_nlp": "nlp",
    # quotes, sources and problems
    "Quote": "model", "Source": "model", "Finding": "model",
    "extract_quotes": "quotes", "speech_quotes": "quotes",
    "build_sources": "sources", "run_checks": "checks",
    "Analysis": "analysis", "analyze": "analysis", "analyze_many": "analysis",
    # charts and the printable report
    "plot_group_comparison": "charts", "plot_reporting_verbs": "charts",
    "plot_source_balance": "charts", "plot_source_kinds": "charts",
    "plot_voice_strip": "charts", "save_png": "charts",
    "build_report": "report", "write_report": "report",
    # answers and answer keys
    "AnswerStore": "answers", "answer_id": "answers", "load_answers": "answers",
    "open_answers": "answers",
    "error_hunt_score": "grading", "find_words": "grading", "grade_error_marks": "grading",
    "load_graded_key": "grading", "place_mark": "grading", "score_error_hunt": "grading",
    "load_error_key": "keys", "load_quote_key": "keys", "load_reference_desk": "keys",
    # the lessons' questions, answers and reveals, kept as data
    "load_question": "lesson_data", "load_reveal": "lesson_data",
    "load_practice_article": "lesson_data",
    "load_student_version": "hunts.assignment",  # a made hunt's version for this student
    # the practice widgets (ipywidgets)
    "article_loader": "widgets", "checkpoint": "widgets", "choice_question": "widgets",
    "error_hunt": "widgets", "machine_vs_me": "widgets", "question": "widgets",
    "quote_inspector": "widgets", "reveal": "widgets", "show_article": "widgets",
    "source_sorter": "widgets", "who_said_it": "widgets", "written_answer": "widgets",
    "hunt_maker": "widgets.hunt_maker",  # the teacher's: a fresh error hunt from any article
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    """Import a public name from its module on first use, then keep it here; a module of the
    package (``ml.grading``) is imported the same way."""
    if name in _HOMES:
        value = getattr(importlib.import_module(f"medialit.{_HOMES[name]}"), name)
    elif not name.startswith("_") and importlib.util.find_spec(f"medialit.{name}") is not None:
        value = importlib.import_module(f"medialit.{name}")
    else:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


# inside a notebook's kernel: a cell run before the cells above it is explained in plain words
if "ipykernel" in sys.modules:
    from medialit.friendly import load_into_running_notebook

    load_into_running_notebook()

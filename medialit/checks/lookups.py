"""What the checks take from the analysis of people and their roles.

The one place the checks import from ``medialit.sources``: when those names move (to
``medialit.people``), this import is the only line to change.
"""
from __future__ import annotations

from medialit.sources import (_country_in, _known_person, find_role_mentions, find_roles,
                              load_affiliation_tables, people_named)

__all__ = ["country_in", "find_role_mentions", "find_roles", "is_known_person",
           "load_affiliation_tables", "people_named"]

country_in = _country_in
is_known_person = _known_person

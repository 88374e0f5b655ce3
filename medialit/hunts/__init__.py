"""Make a fresh error hunt from any clean article: plant errors the article itself proves
wrong, and write the altered article with its answer key in the kit's formats.

>>> from medialit.hunts import make_hunt          # doctest: +SKIP
>>> hunt = make_hunt(text, errors=10, seed=1)     # doctest: +SKIP
>>> hunt.text, hunt.plants, hunt.key()            # doctest: +SKIP

The kinds of error (``PLANTERS``), how each is planted and checked: docs/engine.md, "Making an
error hunt". Only the command line and the teacher's tools import this package.
"""
from __future__ import annotations

# what a made hunt is
from medialit.hunts.records import Draft, Hunt, Plant
# making, versions, and a teacher's keep / drop / re-roll
from medialit.hunts.planting import (PLANTERS, Planter, drop_plant, make_hunt, make_versions,
                                     planter_names, reroll_plant)
# reading an article and writing the hunt's files
from medialit.hunts.files import read_article, write_hunt

__all__ = ["Draft", "Hunt", "PLANTERS", "Plant", "Planter", "drop_plant", "make_hunt",
           "make_versions", "planter_names", "read_article", "reroll_plant", "write_hunt"]

"""The kit as an installed package: the seed travels inside it, and the engine imports lightly.

``load_article()`` with no file reads the seed from ``medialit/data/seed/``, a copy of the files
teachers see in ``seeds/``; a wheel must carry it, and the command line must not pay for the
classroom's libraries (matplotlib, ipywidgets, IPython).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGED_SEED = ROOT / "medialit" / "data" / "seed"
CLASSROOM = ("matplotlib", "ipywidgets", "IPython")


def test_packaged_seed_is_byte_identical_to_the_seeds_folder():
    packaged = sorted(PACKAGED_SEED.iterdir())
    assert [path.name for path in packaged] == sorted(
        path.name for path in (ROOT / "seeds").glob("blinken-qin-beijing-2023.*"))
    for path in packaged:
        assert path.read_bytes() == (ROOT / "seeds" / path.name).read_bytes(), path.name


def _python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, cwd=env.pop("cwd", ROOT), env={**os.environ, **env})


def test_import_medialit_loads_no_classroom_library():
    code = ("import sys, medialit as ml; ml.analyze; ml.load_article; "
            f"print([m for m in {CLASSROOM!r} if m in sys.modules])")
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_command_line_analysis_loads_no_classroom_library(tmp_path):
    code = ("import sys, io, contextlib\n"
            "from medialit.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            "    status = main(['analyze', '--json'])\n"
            f"print(status, [m for m in {CLASSROOM!r} if m in sys.modules])")
    result = _python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 []"


def test_widgets_are_still_reached_through_the_package():
    result = _python("import medialit as ml; print(ml.error_hunt.__module__, ml.plot_source_balance.__module__)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["medialit.widgets.hunt", "medialit.charts"]


def test_a_module_of_the_package_is_reached_as_an_attribute():
    """Hidden tests write ``ml.grading.KIND_WORDS`` in a fresh kernel, before any widget ran."""
    result = _python("import medialit as ml; print(ml.grading.__name__, sorted(ml.grading.KIND_WORDS)[0])")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "medialit.grading"


def test_an_unknown_name_is_an_attribute_error():
    import medialit

    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        medialit.nonsense  # noqa: B018


def test_a_wheel_carries_the_seed_and_load_article_works_from_it(tmp_path):
    """Build a wheel from a copy of the checkout, unpack it, and load the seed from there only."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "medialit", source / "medialit",
                    ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
         "--no-deps", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert built.returncode == 0, built.stderr[-2000:]
    wheel, = (tmp_path / "dist").glob("medialit-*.whl")
    installed = tmp_path / "installed"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "medialit/data/seed/blinken-qin-beijing-2023.txt" in names
        assert "medialit/data/seed/blinken-qin-beijing-2023.errors.json" in names
        assert any(name.startswith("medialit/data/analyses/") for name in names)
        assert "medialit/data/questions/03-spot-the-errors.json" in names
        assert "medialit/hunts/made-hunt.ipynb" in names  # make-hunt --assignment's template
        archive.extractall(installed)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import json, sys, medialit as ml\n"
            "article = ml.load_article()\n"
            "issues = len(ml.analyze(article).issues)\n"
            "print(json.dumps([ml.__file__, article.title.text, len(ml.load_error_key(article) or []),\n"
            "                  issues, 'spacy' in sys.modules, ml.load_question('03-q1').saved_as]))")
    result = _python(code, cwd=elsewhere, PYTHONPATH=str(installed))
    assert result.returncode == 0, result.stderr
    module_file, title, key_entries, issues, spacy_loaded, question = json.loads(result.stdout)
    assert question == "q1"  # the lessons' questions travel with the package
    assert Path(module_file).is_relative_to(installed)
    assert title == (ROOT / "seeds" / "blinken-qin-beijing-2023.txt").read_text(
        encoding="utf-8").split("\n", 1)[0].strip()
    assert key_entries > 0
    # the installed kit finds the seed's stored analysis: no spaCy for a lesson
    assert issues > 0 and not spacy_loaded

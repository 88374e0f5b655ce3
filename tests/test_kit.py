"""kit.py, the teacher's one command: what `start` runs, and installing only when needed."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kit(tmp_path, monkeypatch):
    """kit.py loaded as a module, its private environment moved to a scratch folder."""
    spec = importlib.util.spec_from_file_location("kit_under_test", ROOT / "kit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "VENV", tmp_path / "venv")
    (tmp_path / "venv").mkdir()
    monkeypatch.setattr(module, "ensure_venv", lambda: tmp_path / "venv" / "python")
    return module


def test_start_opens_the_first_lesson_at_the_kit_s_folder(kit, monkeypatch):
    monkeypatch.setattr(kit.os, "geteuid", lambda: 1000, raising=False)
    command = [str(part) for part in kit.lab_command(["--port", "8899"])]
    assert command[1:4] == ["-m", "jupyter", "lab"]
    assert command[4] == "notebooks/00-start-here.ipynb"
    assert f"--ServerApp.root_dir={ROOT}" in command
    assert "--allow-root" not in command
    assert command[-2:] == ["--port", "8899"]  # the teacher's own arguments go on to Jupyter


def test_start_as_root_passes_allow_root_and_says_so(kit, monkeypatch, capsys):
    monkeypatch.setattr(kit.os, "geteuid", lambda: 0, raising=False)
    command = [str(part) for part in kit.lab_command([])]
    assert command.count("--allow-root") == 1
    assert "administrator (root)" in capsys.readouterr().out
    assert [str(p) for p in kit.lab_command(["--allow-root"])].count("--allow-root") == 1


def test_installing_for_the_tests_also_counts_for_start(kit, monkeypatch, capsys):
    commands = []
    monkeypatch.setattr(kit, "run", lambda command, **options: commands.append(command) or 0)
    kit.install("requirements-dev.txt")
    installs = len(commands)
    assert installs == 2  # pip itself, then the requirements
    kit.install("requirements.txt")  # what `start` does next: nothing to install
    kit.install("requirements-dev.txt")
    assert len(commands) == installs
    assert capsys.readouterr().out.count("Installing") == 1


def test_a_changed_requirements_file_installs_again(kit, monkeypatch):
    commands = []
    monkeypatch.setattr(kit, "run", lambda command, **options: commands.append(command) or 0)
    kit.install("requirements.txt")
    kit.stamp_of("requirements.txt").write_text("an older fingerprint")
    kit.install("requirements.txt")
    assert len(commands) == 4

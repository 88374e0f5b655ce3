"""kit.py, the teacher's one command: what `start` and `teach` run, the settings each side
gives JupyterLab, and installing only when needed."""
from __future__ import annotations

import importlib.util
import json
import os
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
    # the address Jupyter prints (and opens) is the lesson's: copied by hand, it opens lesson 0
    assert "--LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb" in command
    assert (ROOT / "notebooks/00-start-here.ipynb").exists()
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


def test_teach_opens_the_dashboard_and_the_guide_in_a_workspace(kit, monkeypatch):
    monkeypatch.setattr(kit.os, "geteuid", lambda: 1000, raising=False)
    command = [str(part) for part in kit.lab_command(["--port", "8899"], side="teacher")]
    assert not any("00-start-here" in part for part in command)
    assert f"--ServerApp.root_dir={ROOT}" in command
    assert "--LabApp.default_url=/lab/workspaces/medialit-teacher" in command
    folder = Path(next(p for p in command if p.startswith("--LabApp.workspaces_dir="))
                  .split("=", 1)[1])
    from jupyterlab_server.workspaces_handler import slugify  # JupyterLab's own file name

    workspace = json.loads((folder / f"{slugify('medialit-teacher')}.jupyterlab-workspace")
                           .read_text(encoding="utf-8"))
    opened = workspace["data"]["layout-restorer:data"]["main"]["dock"]["widgets"]
    for name in kit.TEACHER_FILES:
        assert (ROOT / name).is_file()
        assert any(widget.endswith(":" + name) for widget in opened)
        assert any(entry.get("data", {}).get("path") == name
                   for entry in workspace["data"].values())
    assert command[-2:] == ["--port", "8899"]


@pytest.mark.parametrize("side", ["student", "teacher"])
def test_each_side_reads_its_settings_first_and_keeps_the_computer_s_own(kit, monkeypatch, side):
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "/somewhere/else")
    paths = kit.lab_environment(side)["JUPYTER_CONFIG_PATH"].split(os.pathsep)
    assert paths == [str(ROOT / "jupyter-settings" / side), "/somewhere/else"]
    monkeypatch.delenv("JUPYTER_CONFIG_PATH")
    assert kit.lab_environment(side)["JUPYTER_CONFIG_PATH"] == str(ROOT / "jupyter-settings" / side)


def _page_config(*folders: str) -> list[str]:
    """The disabled extensions JupyterLab computes from these settings folders, first first."""
    from jupyter_server.services.config.manager import ConfigManager

    manager = ConfigManager(read_config_path=[str(ROOT / "jupyter-settings" / folder / "labconfig")
                                              for folder in folders])
    disabled = manager.get("page_config").get("disabledExtensions", {})
    return sorted(name for name, off in disabled.items() if off)


NBGRADER_PLUGINS = {"menu", "formgrader", "create-assignment", "course-list",
                    "validate-assignment", "assignment-list"}


def test_the_student_side_hides_nbgrader_and_the_news():
    assert _page_config("student") == sorted(f"@jupyter/nbgrader:{p}" for p in NBGRADER_PLUGINS)
    assert _page_config("teacher") == []
    for side in ("student", "teacher"):
        overrides = json.loads((ROOT / "jupyter-settings" / side / "labconfig" /
                                "default_setting_overrides.json").read_text(encoding="utf-8"))
        assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    server = json.loads((ROOT / "jupyter-settings/student/jupyter_server_config.d/"
                         "medialit-student.json").read_text(encoding="utf-8"))
    assert server["ServerApp"]["jpserver_extensions"] == {
        "nbgrader.server_extensions.formgrader": False}


def test_a_hub_s_students_keep_the_assignment_list_only():
    kept = NBGRADER_PLUGINS - {"menu", "assignment-list"}
    assert _page_config("hub-student", "student") == sorted(f"@jupyter/nbgrader:{p}" for p in kept)


def test_the_plugins_named_are_nbgrader_s_own():
    """A renamed plugin would silently stay visible: every name must be in nbgrader's bundle."""
    import nbgrader

    bundle = "".join(path.read_text(encoding="utf-8", errors="replace") for path in
                     (Path(nbgrader.__file__).parent / "labextension" / "static").glob("*.js"))
    for plugin in NBGRADER_PLUGINS:
        assert f'"@jupyter/nbgrader:{plugin}"' in bundle


def test_ctrl_c_is_left_to_jupyter_s_question(kit, monkeypatch):
    """Ctrl+C reaches the kit too: it must wait for Jupyter's "Shut down this Jupyter server
    (y/[n])?" instead of stopping with a traceback and killing the server."""
    answers = [KeyboardInterrupt(), KeyboardInterrupt(), 0]  # Ctrl+C, a second one, then y

    class Server:
        def __init__(self, command, **options):
            self.waits = 0

        def wait(self):
            self.waits += 1
            answer = answers[self.waits - 1]
            if isinstance(answer, BaseException):
                raise answer
            return answer

    monkeypatch.setattr(kit.subprocess, "Popen", Server)
    assert kit.serve(["jupyter", "lab"], env={}) == 0


def test_students_do_not_see_the_install_s_leftovers(kit, monkeypatch):
    """`pip install -e .` leaves medialit.egg-info/ in the kit's folder, the students' top folder;
    the student side hides it and keeps hiding what Jupyter hides anyway. Read as Jupyter reads
    it (a setting in jupyter_server_config.d/ would be ignored: that folder is for extensions)."""
    from fnmatch import fnmatch

    from jupyter_server.serverapp import ServerApp

    monkeypatch.setenv("JUPYTER_CONFIG_PATH", kit.lab_environment("student")["JUPYTER_CONFIG_PATH"])
    app = ServerApp()
    app.load_config_file()
    hidden = app.config.ContentsManager.hide_globs

    def shown(name):
        return not any(fnmatch(name, glob) for glob in hidden)

    assert not shown("medialit.egg-info") and not shown("__pycache__")
    assert all(shown(name) for name in ("notebooks", "my-answers", "00-start-here.ipynb",
                                        "lessons", "README.md"))


def test_teach_on_the_students_copy_says_what_is_missing(kit, monkeypatch, tmp_path, capsys):
    """The Download ZIP copy has no lessons/ (.gitattributes leaves it out): `teach` says so
    before installing anything, instead of opening a missing guide."""
    (tmp_path / "teacher").mkdir()
    (tmp_path / "teacher" / "class-dashboard.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(kit, "ROOT", tmp_path)
    monkeypatch.setattr(kit, "install", lambda requirements: pytest.fail("installed"))
    assert kit.teach([]) == 2
    said = capsys.readouterr().out
    assert "lessons/README.md" in said and "class-dashboard" not in said and "git clone" in said


def test_jupyter_s_progress_notes_are_quiet_unless_asked_for(kit, monkeypatch):
    monkeypatch.setattr(kit.os, "geteuid", lambda: 1000, raising=False)
    for side in ("student", "teacher"):
        command = [str(part) for part in kit.lab_command([], side=side)]
        assert "--ServerApp.log_level=WARN" in command and "--LabApp.log_level=WARN" in command
    asked = [str(part) for part in kit.lab_command(["--ServerApp.log_level=INFO"])]
    assert not any(part.endswith("log_level=WARN") for part in asked)
    assert asked[-1] == "--ServerApp.log_level=INFO"


def test_ctrl_c_while_installing_says_how_to_carry_on(kit, monkeypatch, capsys):
    def interrupted(requirements):
        raise KeyboardInterrupt

    monkeypatch.setattr(kit, "install", interrupted)
    assert kit.main(["start"]) == 130
    said = capsys.readouterr().out
    assert "Traceback" not in said and "same command again" in said

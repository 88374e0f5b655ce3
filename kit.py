#!/usr/bin/env python3
"""Set up and run the medialit kit with one command, on Linux, macOS or Windows.

    python3 kit.py start     install everything (first time only) and open the first lesson:
                             the students' side, without nbgrader's teacher tools;
                             more arguments go to `jupyter lab` (e.g. --port 8899)
    python3 kit.py teach     the teacher's side: the class dashboard and the lesson plans
                             open, with nbgrader's tools (Formgrader, Create Assignment)
    python3 kit.py test      install what the tests need and run the whole test suite
    python3 kit.py handouts  print-ready HTML copies of every lesson, in handouts/
    python3 kit.py bench     how fast the kit is and how much memory it takes (a table)

On Windows type ``py`` instead of ``python3``. Everything is installed into a private folder,
``.venv``, next to this file, so nothing else on the computer changes. Delete ``.venv`` to
start afresh.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
FIRST_LESSON = "notebooks/00-start-here.ipynb"
TEACHER_FILES = ("teacher/class-dashboard.ipynb", "lessons/README.md")
# JupyterLab settings of each side, given to Jupyter through JUPYTER_CONFIG_PATH so that the
# computer's own Jupyter settings stay as they are (jupyter-settings/README.md)
SETTINGS = ROOT / "jupyter-settings"
TEACHER_WORKSPACE = "medialit-teacher"


def venv_python() -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    return VENV / folder / ("python.exe" if os.name == "nt" else "python")


def say(message: str) -> None:
    print(f"[kit] {message}", flush=True)


def ensure_venv() -> Path:
    """Create the private Python environment the first time."""
    python = venv_python()
    if not python.exists():
        say(f"Creating a private Python environment in {VENV.name}/ (first time only) …")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    return python


def install(requirements: str) -> None:
    """Install a requirements file, skipping the work when nothing has changed since last time.

    requirements-dev.txt includes requirements.txt, so installing it also counts as installing
    requirements.txt: `kit.py start` right after `kit.py test` installs nothing again."""
    python = ensure_venv()
    if stamp_of(requirements).exists() and stamp_of(requirements).read_text() == digest(requirements):
        return
    say(f"Installing what the kit needs from {requirements} (a few minutes the first time) …")
    run([python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
         "--upgrade", "pip"])
    # the build tools' notes to developers ("Editable installation …") are not for teachers
    quiet = dict(os.environ, PYTHONWARNINGS="ignore")
    run([python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
         "-r", str(ROOT / requirements)], env=quiet)
    stamp_of(requirements).write_text(digest(requirements))
    if requirements == "requirements-dev.txt":
        stamp_of("requirements.txt").write_text(digest("requirements.txt"))


def digest(requirements: str) -> str:
    """A fingerprint of a requirements file, requirements.txt and pyproject.toml together."""
    files = [ROOT / requirements, ROOT / "requirements.txt", ROOT / "pyproject.toml"]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files if f.exists())).hexdigest()


def stamp_of(requirements: str) -> Path:
    return VENV / f".installed-{requirements}"


def friendly_errors() -> None:
    """New kernels explain a cell run before the cells above it (medialit/friendly.py)."""
    config = VENV / "etc" / "ipython" / "ipython_kernel_config.py"
    if "medialit.friendly" not in (config.read_text(encoding="utf-8") if config.exists() else ""):
        run([venv_python(), "-m", "medialit.friendly"])


def run(command: list, **options) -> int:
    result = subprocess.run([str(part) for part in command], cwd=ROOT, **options)
    if result.returncode != 0 and options.get("check", True):
        say(f"This step failed (exit status {result.returncode}): {' '.join(map(str, command))}")
        sys.exit(result.returncode)
    return result.returncode


def start(extra: list[str]) -> int:
    """Install (first time only) and open JupyterLab at the kit's folder, with lesson 0 open."""
    install("requirements.txt")
    friendly_errors()
    return serve(lab_command(extra), env=lab_environment("student"))


def teach(extra: list[str]) -> int:
    """The teacher's side: JupyterLab at the kit's folder with the class dashboard and the
    teacher's guide open, and nbgrader's tools in the menu."""
    missing = [name for name in TEACHER_FILES if not (ROOT / name).exists()]
    if missing:
        say(f"This copy of the kit has no {' and no '.join(missing)}: it is the students' copy "
            "(the Download ZIP button leaves the teacher's material out). Get the whole kit with "
            "git clone, as README.md says.")
        return 2
    install("requirements.txt")
    friendly_errors()
    return serve(lab_command(extra, side="teacher"), env=lab_environment("teacher"))


def serve(command: list, env: dict) -> int:
    """Run JupyterLab until it stops. Ctrl+C reaches both this script and Jupyter: Jupyter asks
    "Shut down this Jupyter server (y/[n])?", so the script waits for its answer instead of
    stopping (and taking Jupyter with it) on the first Ctrl+C."""
    server = subprocess.Popen([str(part) for part in command], cwd=ROOT, env=env)
    while True:
        try:
            return server.wait()
        except KeyboardInterrupt:
            continue


def lab_environment(side: str) -> dict:
    """The environment of `jupyter lab` for one side: the kit's settings folder of that side in
    front of any other (JupyterLab reads page_config.json and default_setting_overrides.json in
    its labconfig/ folder), nothing written to the computer's own Jupyter settings."""
    others = os.environ.get("JUPYTER_CONFIG_PATH")
    folder = str(SETTINGS / side)
    return dict(os.environ, JUPYTER_CONFIG_PATH=folder + (os.pathsep + others if others else ""))


def lab_command(extra: list[str], side: str = "student") -> list:
    """`jupyter lab` with the kit's own folder as its top folder (so the teacher's dashboard,
    plans and articles are one click away) and, for students, the first lesson open; for the
    teacher, the dashboard and the guide (a JupyterLab workspace). Extra arguments go on."""
    command = [venv_python(), "-m", "jupyter", "lab"]
    if side == "teacher":
        command += [f"--LabApp.workspaces_dir={write_teacher_workspace()}",
                    f"--LabApp.default_url=/lab/workspaces/{TEACHER_WORKSPACE}"]
        opening = " and ".join(TEACHER_FILES)
    else:
        # the lesson's own address, not `jupyter lab FILE`: a file given that way opens only in
        # a browser Jupyter starts itself, while the address it prints (the one to copy when no
        # browser opens) would show the Launcher
        command.append(f"--LabApp.default_url=/lab/tree/{FIRST_LESSON}")
        opening = FIRST_LESSON
    command.append(f"--ServerApp.root_dir={ROOT}")
    if not any("log_level" in part or "log-level" in part for part in extra):
        # Jupyter's progress notes are for developers: what stays is the address to open, the
        # "Shut down?" question, warnings and errors (--ServerApp.log_level=INFO brings them back)
        command += ["--ServerApp.log_level=WARN", "--LabApp.log_level=WARN"]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in extra:
        say("You are the administrator (root), as in a container or on some servers: Jupyter "
            "refuses that unless told, so the kit adds --allow-root.")
        command.append("--allow-root")
    say(f"Opening JupyterLab at {opening}. If no browser opens, copy into one the address "
        "that Jupyter prints below (it starts with http://127.0.0.1: and ends in a long token).")
    say("To stop it, close the browser tab, press Ctrl+C here, type y and press Enter.")
    return command + list(extra)


def write_teacher_workspace() -> Path:
    """A JupyterLab workspace with the dashboard and the teacher's guide open side by side
    (written afresh each time, in .venv/, so `teach` always opens on them). The file name is
    JupyterLab's own: the workspace's name and the first 4 hex digits of its SHA-256."""
    folder = VENV / "workspaces"
    folder.mkdir(parents=True, exist_ok=True)
    notebook, guide = TEACHER_FILES
    widgets = {f"notebook:{notebook}": {"path": notebook, "factory": "Notebook"},
               f"markdownviewer-widget:{guide}": {"path": guide, "factory": "Markdown Preview"}}
    workspace = {
        "data": {"layout-restorer:data": {"main": {"dock": {
                     "type": "tab-area", "currentIndex": 0, "widgets": list(widgets)}},
                     "left": {"collapsed": False, "visible": True,
                              "current": "filebrowser", "widgets": ["filebrowser"]}},
                 **{key: {"data": value} for key, value in widgets.items()}},
        "metadata": {"id": TEACHER_WORKSPACE}}
    suffix = hashlib.sha256(TEACHER_WORKSPACE.encode()).hexdigest()[:4]
    path = folder / f"{TEACHER_WORKSPACE}-{suffix}.jupyterlab-workspace"
    path.write_text(json.dumps(workspace, indent=1), encoding="utf-8")
    return folder


def test(extra: list[str]) -> int:
    install("requirements-dev.txt")
    friendly_errors()
    say("Running the test suite …")
    return run([venv_python(), "-m", "pytest", *extra], check=False)


def handouts(extra: list[str]) -> int:
    """Run every lesson in a scratch folder and save it as a web page to print or share."""
    install("requirements.txt")
    import shutil
    import tempfile

    target = ROOT / "handouts"
    target.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
            copy = Path(scratch) / notebook.name
            shutil.copy(notebook, copy)
            say(f"Making the handout for {notebook.stem} …")
            status = run([venv_python(), "-m", "jupyter", "nbconvert", "--to", "html",
                          "--execute", "--ExecutePreprocessor.timeout=300",
                          "--output-dir", str(target), str(copy)], check=False)
            if status != 0:
                say(f"Could not make the handout for {notebook.stem}; the others go on.")
    say(f"Handouts are in {target}. Open one in a browser and print it (or save it as PDF).")
    return 0


def bench(extra: list[str]) -> int:
    """The benchmark (bench/benchmark.py); extra arguments go to it, e.g. --quick."""
    install("requirements-dev.txt")
    friendly_errors()
    return run([venv_python(), ROOT / "bench" / "benchmark.py", *extra], check=False)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 10):
        print("The kit needs Python 3.10 or newer; this is Python "
              f"{sys.version_info.major}.{sys.version_info.minor}. Install a newer Python "
              "from python.org and try again.")
        return 2
    commands = {"start": start, "teach": teach, "test": test, "handouts": handouts, "bench": bench}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 0 if not argv else 2
    try:
        return commands[argv[0]](argv[1:])
    except KeyboardInterrupt:  # Ctrl+C while installing: a sentence, not a traceback
        say("Stopped (Ctrl+C). Type the same command again to finish; if it then fails, "
            "delete the .venv folder and try once more.")
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

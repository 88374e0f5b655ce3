"""The two sides of ``kit.py`` in a real JupyterLab and a real browser, on a school
Chromebook's screen (1366×900): what a student sees after ``kit.py start`` and what the
teacher sees after ``kit.py teach``.

Each server is started with the command line and environment ``kit.py`` builds
(``lab_command``, ``lab_environment``), on a copy of the lessons, with the user's own Jupyter
folders moved to a scratch folder so that nothing on the computer changes what is tested.
The student side must show no *Nbgrader* menu, no *Validate* button, no *Create Assignment*
sidebar, no news pop-up and no answers files in the file browser (an answers file left by an
earlier version of the kit is moved into ``my-answers/`` when the setup cell runs); lesson
6's loader takes a saved page through its Upload button, and the report cell shows a link.
Screenshots go to ``test-artifacts/student-screen/`` for a person to look at. Needs Debian's
chromium and the playwright package, like ``tests/test_browser.py``; skips without them.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from test_browser import stop_server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREEN = {"width": 1366, "height": 900}
NEWS_WAIT = 6  # seconds: JupyterLab asks about its news shortly after the page opens
NBGRADER_PLUGINS = ["menu", "formgrader", "create-assignment", "course-list",
                    "validate-assignment", "assignment-list"]


def _kit():
    spec = importlib.util.spec_from_file_location("kit_for_the_screen", ROOT / "kit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(side: str, base: Path):
    """Start JupyterLab as ``kit.py <start|teach>`` does, on a copy of the kit's lessons and
    teacher's files; returns (server process, address, kit folder copy)."""
    kit_copy = base / "kit"
    for folder in ("notebooks", "teacher", "lessons"):
        shutil.copytree(ROOT / folder, kit_copy / folder,
                        ignore=shutil.ignore_patterns("*.answers.json", "my-answers",
                                                      "my-article*", "my-report.html"))
    kit = _kit()
    kit.ROOT, kit.VENV = kit_copy, base / "venv"  # the settings stay the kit's own
    kit.venv_python = lambda: Path(sys.executable)
    scratch = {name: base / name for name in ("config", "runtime", "user-settings")}
    for folder in scratch.values():
        folder.mkdir()
    port = _free_port()
    extra = ["--no-browser", "--ip", "127.0.0.1", "--port", str(port),
             "--IdentityProvider.token=", "--ServerApp.password=",
             f"--LabApp.user_settings_dir={scratch['user-settings']}"]
    if side == "student":
        extra.append(f"--LabApp.workspaces_dir={base / 'workspaces'}")
    command = [str(part) for part in kit.lab_command(extra, side=side)]
    if "--allow-root" not in command:
        command.append("--allow-root")  # harmless for others; needed where tests run as root
    env = kit.lab_environment(side)
    env.update(JUPYTER_CONFIG_DIR=str(scratch["config"]), JUPYTER_RUNTIME_DIR=str(scratch["runtime"]),
               PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    log = open(base / "jupyter.log", "wb")  # noqa: SIM115 (closed with the server)
    server = subprocess.Popen(command, cwd=kit_copy, env=env, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            pass
        assert server.poll() is None, (base / "jupyter.log").read_text(errors="replace")
        assert time.monotonic() < deadline, "JupyterLab did not answer in 60 s"
        time.sleep(0.25)
    return server, url, kit_copy, log


def _stop(server, log) -> None:
    stop_server(server)
    log.close()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"no browser at {CHROMIUM} (on Debian or Ubuntu: apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                               "--disable-background-networking"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def shots():
    folder = Path(os.environ.get("MEDIALIT_SCREENSHOTS") or ROOT / "test-artifacts" /
                  "student-screen")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _page_config(url: str, address: str) -> dict:
    with urllib.request.urlopen(f"{url}{address}", timeout=30) as answer:
        page = answer.read().decode("utf-8")
    found = re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                      page, re.S)
    return json.loads(found.group(1))


def _run_cell(page, has_text: str):
    """Run the first code cell holding ``has_text`` and wait until it has run. A run asked
    for while the new kernel is still connecting can be dropped (the prompt stays ``[ ]``,
    not ``[*]``): then it is asked for again."""
    cell = page.locator(".jp-CodeCell").filter(has_text=has_text).first
    prompt = cell.locator(".jp-InputPrompt")
    for _ in range(3):
        cell.scroll_into_view_if_needed()
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            shown = prompt.inner_text()
            if re.search(r"\[\d+\]", shown):
                return cell
            if "*" in shown:
                deadline = time.monotonic() + 30  # running: wait on
            page.wait_for_timeout(250)
    raise AssertionError(f"the cell holding {has_text!r} did not run")


def test_the_student_side(chromium, shots, tmp_path):
    from playwright.sync_api import expect

    # a student mid-unit: an answers file where earlier versions of the kit saved it
    server, log, page = None, None, None
    try:
        server, url, kit_copy, log = _serve("student", tmp_path)
        (kit_copy / "notebooks" / "00-start-here.answers.json").write_text(json.dumps(
            {"schema_version": 1, "notebook": "00-start-here", "answers": {"q1": "kept"}}),
            encoding="utf-8")
        disabled = _page_config(url, "/lab")["disabledExtensions"]
        assert sorted(disabled) == sorted(f"@jupyter/nbgrader:{p}" for p in NBGRADER_PLUGINS)
        with urllib.request.urlopen(f"{url}/lab/api/settings/@jupyterlab/apputils-extension:"
                                    "notification", timeout=30) as answer:
            schema = json.loads(answer.read())["schema"]["properties"]
        assert schema["fetchNews"]["default"] == "false"

        page = chromium.new_page(viewport=SCREEN)
        page.set_default_timeout(60_000)
        page.goto(f"{url}/")  # the address Jupyter prints, typed by hand: lesson 0 opens itself
        page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()
        expect(page.locator(".lm-DockPanel-tabBar .lm-mod-current .lm-TabBar-tabLabel")) \
            .to_have_text("00-start-here.ipynb")
        _run_cell(page, 'ml.open_answers("00-start-here")')
        shown = _run_cell(page, "ml.show_article(article)")
        box = shown.locator("[role='region'][aria-label^='The article: ']")
        box.focus()  # reachable by Tab: tabindex=0
        assert box.evaluate("node => document.activeElement === node")
        assert box.evaluate("node => node.scrollHeight > node.clientHeight + 100")  # it scrolls
        assert box.locator("p").first.evaluate("node => getComputedStyle(node).overflowWrap") \
            == "anywhere"
        box.screenshot(path=str(shots / "student-lesson-0-article-box.png"))
        page.wait_for_timeout(NEWS_WAIT * 1000)
        page.locator(".jp-FileBrowser-toolbar button[data-command='filebrowser:refresh'], "
                     ".jp-FileBrowser-toolbar [title*='Refresh']").first.click()
        expect(page.locator(".jp-DirListing-itemText", has_text="my-answers")).to_be_visible()
        page.screenshot(path=str(shots / "student-lesson-0.png"))

        menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        assert "Kernel" in menus and "Nbgrader" not in menus
        assert page.get_by_text("Validate", exact=True).count() == 0
        assert page.locator(".lm-TabBar-tab", has_text="Create Assignment").count() == 0
        assert page.get_by_text(re.compile("Jupyter news", re.I)).count() == 0
        assert page.locator(".Toastify__toast").count() == 0
        files = page.locator(".jp-DirListing-itemText").all_inner_texts()
        assert not [name for name in files if name.endswith(".answers.json")], files
        moved = kit_copy / "notebooks" / "my-answers" / "00-start-here.answers.json"
        assert json.loads(moved.read_text(encoding="utf-8"))["answers"]["q1"] == "kept"

        # lesson 6: a saved page through the loader's Upload button, then the report's link
        page.close()
        page = chromium.new_page(viewport=SCREEN)
        page.set_default_timeout(60_000)
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(f"{url}/lab/tree/notebooks/06-check-it-yourself.ipynb")
        page.locator(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator"
                     "[data-status='idle']").wait_for()
        _run_cell(page, 'ml.open_answers("06-check-it-yourself")')
        loader = _run_cell(page, "ml.article_loader(answers)")
        with page.expect_file_chooser() as chooser:  # ipywidgets' input is not in the page
            loader.locator("button", has_text="Upload a saved page").click()
        chooser.value.set_files(str(ROOT / "tests" / "pages" / "ferry-strike.mhtml"))
        status = loader.locator(".jp-OutputArea-output [role='status']")
        expect(status).to_contain_text("✔ Loaded: Ferry crews vote to strike over night shifts")
        loader.screenshot(path=str(shots / "student-lesson-6-loader.png"))
        checked = _run_cell(page, "my_article = loader.article")
        expect(checked.locator(".jp-OutputArea-output")).to_contain_text("Ferry crews vote")
        report = _run_cell(page, 'ml.write_report(ml.analyze(my_article), "my-report.html")')
        link = report.locator(".jp-OutputArea-output a", has_text="Open your report")
        expect(link).to_be_visible()
        assert "PosixPath" not in report.inner_text()
        report.screenshot(path=str(shots / "student-lesson-6-report-link.png"))
        assert (kit_copy / "notebooks" / "ferry-strike.mhtml").is_file()
        assert (kit_copy / "notebooks" / "my-report.html").is_file()
    except Exception:
        if page is not None:
            page.screenshot(path=str(shots / "student-failure.png"))
        raise
    finally:
        if server is not None:
            _stop(server, log)


def test_the_teacher_side(chromium, shots, tmp_path):
    server, log = None, None
    try:
        server, url, _, log = _serve("teacher", tmp_path)
        assert _page_config(url, "/lab")["disabledExtensions"] == []
        page = chromium.new_page(viewport=SCREEN)
        page.set_default_timeout(60_000)
        page.goto(f"{url}/lab/workspaces/medialit-teacher")
        page.locator(".jp-Notebook").first.wait_for()
        tabs = page.locator(".lm-DockPanel .lm-TabBar-tabLabel").all_inner_texts()
        assert "class-dashboard.ipynb" in tabs and "README.md" in tabs
        page.wait_for_timeout(NEWS_WAIT * 1000)
        assert "Nbgrader" in page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        assert page.locator(".Toastify__toast").count() == 0
        page.screenshot(path=str(shots / "teacher-side.png"))
    finally:
        if server is not None:
            _stop(server, log)

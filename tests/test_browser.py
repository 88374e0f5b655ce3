"""The lessons in a real browser: JupyterLab, the kernel and the widgets, as a student meets them.

One test drives Debian's chromium with Playwright (``executable_path="/usr/bin/chromium"``;
``playwright install`` is never needed). It skips, with a reason, when the browser or the
``playwright`` package is missing.

The notebooks are copied to ``tmp_path``, so every answers file they write lands there. The
server gets its own settings folder: notebook windowing off (every cell stays in the page, so
the selectors see them all) and the "Jupyter news" toast switched off. Screenshots (PNG) go to
the folder named by ``MEDIALIT_SCREENSHOTS`` (default: ``tmp_path``). The server is stopped by
its process group in the teardown, which then checks that it and its kernels are gone.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
SETTINGS = {
    # every cell stays in the page: windowing would drop cells scrolled out of view
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # no "Would you like to receive official Jupyter news?" toast over the widgets
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
}
HUNT_MARK = {"words": "British Foreign Minister", "kind": "role-conflict",
             "label": "Wrong job, title or country for a person"}
SERVER_START = 60  # seconds for JupyterLab to answer
STEP = 60_000  # milliseconds for one step in the page (a kernel start, a run of all cells)

pytestmark = pytest.mark.usefixtures("nlp")


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"no browser at {CHROMIUM} (on Debian or Ubuntu: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _descendants(pid: int) -> list[int]:
    """The process ids under ``pid`` (the kernels), read while the server still runs."""
    try:
        import psutil
    except ImportError:
        return []
    try:
        return [child.pid for child in psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return []


def _alive(pid: int) -> bool:
    try:
        import psutil
    except ImportError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server on a free port, serving a copy of notebooks/; yields its details."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    folder = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder, ignore=shutil.ignore_patterns("*.answers.json"))
    settings = tmp_path / "lab-settings"
    for name, value in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value), encoding="utf-8")
    for sub in ("config", "runtime", "workspaces"):
        (tmp_path / sub).mkdir()
    port = _free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), PYTHONIOENCODING="utf-8")
    log_path = tmp_path / "jupyter.log"
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip", "127.0.0.1",
               "--port", str(port), "--ServerApp.token=", "--ServerApp.password=", "--allow-root",
               f"--ServerApp.root_dir={folder}", f"--LabApp.user_settings_dir={settings}",
               f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}"]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=folder, env=env, stdout=log,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    kernels: list[int] = []
    try:
        deadline = time.monotonic() + SERVER_START
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None, f"JupyterLab stopped at start:\n{log_path.read_text()}"
            assert time.monotonic() < deadline, f"JupyterLab did not answer in {SERVER_START} s"
            time.sleep(0.25)
        details = {"url": url, "folder": folder, "log": log_path, "server": server,
                   "kernels": kernels}
        yield details
    finally:
        kernels += _descendants(server.pid)
        try:
            os.killpg(server.pid, signal.SIGTERM)  # the server shuts its kernels down
        except ProcessLookupError:
            pass
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in kernels) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [pid for pid in kernels if _alive(pid)]
        for pid in left:  # processes this test started: never leave them behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        assert server.poll() is not None, "the JupyterLab server is still running"
        assert not left, f"kernel processes outlived the server: {left}"


# -- helpers that act like a student in the page -------------------------------------------------

def _dismiss_news(page) -> None:
    """Close the "Jupyter news" toast if it shows anyway (settings normally prevent it)."""
    toast = page.locator(".jp-Notification-Toast, .Toastify__toast").filter(has_text="news")
    if toast.count():
        no = toast.first.get_by_role("button", name="No")
        if no.count():
            no.first.click()


def _menu(page, top: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=top).first.click()
    page.locator(".lm-Menu-itemLabel").filter(has_text=item).first.click()


CURRENT = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the notebook in the tab on show


def _panel(page):
    return page.locator(CURRENT)


def _open(page, url: str, notebook: str) -> None:
    page.goto(f"{url}/lab/tree/{notebook}")
    _panel(page).locator(".jp-Cell").first.wait_for(timeout=STEP)
    expect_tab = page.locator(".lm-TabBar-tab.jp-mod-current", has_text=notebook)
    expect_tab.first.wait_for(timeout=STEP)
    page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for(timeout=STEP)
    _dismiss_news(page)


def _wait_all_ran(page, notebook: Path) -> None:
    """Wait until every code cell shows an execution number and the kernel is idle again;
    on a timeout, say which cells did not run and what the page shows."""
    from playwright.sync_api import TimeoutError as PageTimeout

    code_cells = sum(1 for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
                     if cell["cell_type"] == "code")
    try:
        page.wait_for_function(
            """([selector, count]) => {
                const panel = document.querySelector(selector);
                if (!panel) return false;
                const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                    .map(p => p.textContent.trim());
                return prompts.length === count && prompts.every(p => /^\\[\\d+\\]:$/.test(p));
            }""", arg=[CURRENT, code_cells], timeout=STEP)
        page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for(timeout=STEP)
    except PageTimeout:
        prompts = _panel(page).locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        errors = _panel(page).locator(
            "[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
        status = page.locator(".jp-StatusBar-Widget").all_inner_texts()
        raise AssertionError(f"{notebook.name}: not every cell ran: prompts {prompts}, status "
                             f"{status}, errors {[e[:300] for e in errors]}") from None


def _assert_no_red_messages(page, notebook: str) -> None:
    """No cell wrote to stderr: a lesson tells students a red message means "ask your teacher"."""
    red = _panel(page).locator("[data-mime-type='application/vnd.jupyter.stderr']")
    assert red.count() == 0, f"{notebook}: {[text[:300] for text in red.all_inner_texts()]}"


def _control(box, kind: str, label: str):
    """The <select> or <input> of the ipywidgets control whose label is ``label``."""
    part = "select" if kind == "dropdown" else "input"
    return box.locator(f".widget-{kind}").filter(
        has=box.page.locator("label.widget-label", has_text=label)).locator(part).first


def _error_hunt(page):
    return _panel(page).locator(".widget-vbox").filter(
        has=page.locator("button", has_text="Add mark")).last


# -- the test ------------------------------------------------------------------------------------

def test_lessons_in_a_real_browser(lab, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    shots = Path(os.environ.get("MEDIALIT_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    url, folder = lab["url"], lab["folder"]
    answers_file = folder / "03-spot-the-errors.answers.json"
    started = time.monotonic()
    steps: list[tuple[str, float]] = []

    def step(name: str) -> None:
        steps.append((name, time.monotonic() - started - sum(seconds for _, seconds in steps)))

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("dialog", lambda dialog: dialog.accept())  # "leave the page?" on reload
            page.set_default_timeout(STEP)

            # 1. open lesson 3, run every cell
            _open(page, url, "03-spot-the-errors.ipynb")
            expect(_panel(page).locator("h1").first).to_contain_text("Spot the errors")
            page.screenshot(path=str(shots / "03-notebook-top.png"))
            _menu(page, "Run", "Run All Cells")
            _wait_all_ran(page, folder / "03-spot-the-errors.ipynb")
            _assert_no_red_messages(page, "03-spot-the-errors.ipynb")
            step('lesson 3 opened and run')

            # 2. the error hunt: one mark, then check it
            hunt = _error_hunt(page)
            hunt.scroll_into_view_if_needed()
            sentence = _control(hunt, "dropdown", "Sentence")
            sentence.select_option(index=1)  # move away and back: the change must reach the kernel
            sentence.select_option(index=0)  # sentence 1, the title
            words = _control(hunt, "text", "Words")
            words.fill(HUNT_MARK["words"])
            words.press("Tab")
            _control(hunt, "dropdown", "What's wrong").select_option(label=HUNT_MARK["label"])
            hunt.locator("button", has_text="Add mark").click()
            expect(hunt).to_contain_text("✔ Mark added")
            expect(hunt).to_contain_text(f"1. “{HUNT_MARK['words']}”")
            hunt.locator("button", has_text="Check my marks").click()
            expect(hunt).to_contain_text("Score:")
            expect(hunt).to_contain_text("✔ Right")
            expect(hunt).to_contain_text("you found 1 of")
            hunt.screenshot(path=str(shots / "03-error-hunt-checked.png"))
            step('error hunt marked and checked')

            # 3. the mark is in the answers file beside the notebook copy
            saved = json.loads(answers_file.read_text(encoding="utf-8"))["answers"]["error_hunt"]
            assert [(m["text"], m["kind"]) for m in saved] == \
                [(HUNT_MARK["words"], HUNT_MARK["kind"])]

            # 4. reload the page, restart the kernel, run everything again: the mark is back
            page.reload()
            _panel(page).locator(".jp-CodeCell").first.wait_for()
            page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for()
            _dismiss_news(page)
            # the page shows the notebook as saved, unrun: no widget view left over from before
            expect(_panel(page).locator(".jp-CodeCell .jp-InputPrompt").first).to_have_text("[ ]:")
            expect(_panel(page).locator("button", has_text="Add mark")).to_have_count(0)
            _menu(page, "Kernel", "Restart Kernel and Run All Cells")
            page.locator(".jp-Dialog .jp-mod-accept").click()
            _wait_all_ran(page, folder / "03-spot-the-errors.ipynb")
            _assert_no_red_messages(page, "03-spot-the-errors.ipynb")
            assert "Kernel restarted" in lab["log"].read_text(encoding="utf-8", errors="replace")
            assert _descendants(lab["server"].pid), "no kernel process under the server"
            hunt = _error_hunt(page)
            hunt.scroll_into_view_if_needed()
            expect(hunt).to_contain_text(f"1. “{HUNT_MARK['words']}”")
            expect(hunt).to_contain_text("1 mark so far.")
            expect(hunt.locator("button", has_text="Remove 1")).to_have_count(1)
            step('reload, restart, run again')

            # 5. lesson 4: the source sorter and its chart
            _open(page, url, "04-whose-voices.ipynb")
            _menu(page, "Run", "Run All Cells")
            _wait_all_ran(page, folder / "04-whose-voices.ipynb")
            _assert_no_red_messages(page, "04-whose-voices.ipynb")
            sorter = _panel(page).locator(".widget-vbox").filter(has_text="Source sorter.").last
            sorter.scroll_into_view_if_needed()
            first_group = sorter.locator(".widget-dropdown select").first
            first_group.select_option(label="Media")  # the machine says "US government"
            expect(sorter).to_contain_text("the machine chose")
            chart = sorter.locator(".jp-OutputArea-output img")
            expect(chart).to_have_count(1)
            assert chart.evaluate("img => img.naturalWidth") > 200
            # the sorter and its chart are taller than the window: make the window fit them
            height = int(sorter.evaluate("box => box.getBoundingClientRect().height"))
            page.set_viewport_size({"width": 1400, "height": min(height + 300, 4000)})
            sorter.evaluate("box => box.scrollIntoView({block: 'start'})")
            sorter.screenshot(path=str(shots / "04-source-sorter.png"))
            saved = json.loads((folder / "04-whose-voices.answers.json").read_text(
                encoding="utf-8"))["answers"]["source_sorter"]
            assert list(saved.values()) == ["Media"]
            step('lesson 4 and the source sorter')
        finally:
            browser.close()

    for name in ("03-notebook-top.png", "03-error-hunt-checked.png", "04-source-sorter.png"):
        assert (shots / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
    print(f"browser steps: {', '.join(f'{name} {seconds:.1f} s' for name, seconds in steps)}; "
          f"screenshots in {shots}")

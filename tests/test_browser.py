"""The lessons in a real browser: JupyterLab, the kernel and the widgets, as a student meets them.

For every lesson notebook in ``notebooks/``, one test opens it in Debian's chromium (driven by
Playwright with ``executable_path="/usr/bin/chromium"``; ``playwright install`` is never
needed), runs all cells, waits for the kernel to go idle and checks, as a student would see it:

* no cell shows an error or a red message;
* every widget rendered as a live control (not "Loading widget…", "Error displaying widget"
  or the plain-text fallback ``VBox(children=…)``) and every chart is a picture with alt text;
* the controls answer: a choice question asks for a choice, then says right or not; a written
  answer says "Saved"; the lesson's own practice widget (pre-check, who said it?, error hunt,
  source sorter, quote inspector, post-check) gives feedback after a click; the answers reach
  the answers file beside the notebook;
* the browser console shows no errors (a widget that fails in the page reports there).

In lesson 6 the student also loads a news page saved from Chrome as one ``.mhtml`` file and
reads what the page says about itself (publisher, date, byline, address). A test follows a
student through lesson 3's error hunt, a page reload and a kernel restart.

Accessibility: after Run All, axe-core (the copy bundled in the ``axe-playwright-python``
package) checks every lesson's outputs, and any serious or critical violation in them fails the
test (JupyterLab's own page is not the kit's: its violations are printed, not failed). In lessons
2 and 3 the practice widget is used with the keyboard alone on a 1366×900 window, a school
Chromebook's screen: *who said it?* (slider, menu, Space) and the error hunt (Tab to the article
and scroll it, choose with the arrow keys, Add mark, Remove, Start again); focus must stay in
the widget, the notebook must keep its cells and its selected cell, and the answers must reach
the file.

The tests skip, with a reason, when the browser or the ``playwright`` or
``axe-playwright-python`` package is missing, unless ``MEDIALIT_REQUIRE_BROWSER=1`` (set by
``.ci/run``): then they fail, so CI cannot pass quietly
without them. The notebooks are copied to a temporary folder, so every answers file lands
there. The server gets its own settings folder: notebook windowing off (every cell stays in the
page, so the selectors see them all) and the "Jupyter news" toast off. Screenshots (PNG) go to
the folder named by ``MEDIALIT_SCREENSHOTS``, by default ``test-artifacts/browser/`` (not
committed). Each notebook's kernel is shut down before the next opens; the teardown stops the
server by its process group and checks that it and its kernels are gone.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from medialit.friendly import install_kernel_config
from medialit.lesson_data import all_questions

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run"]
LESSONS = sorted(path.name for path in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
WIDGET_CALL = re.compile(r"\bml\.(question|reveal|choice_question|written_answer|checkpoint|"
                         r"who_said_it|error_hunt|article_loader|"
                         r"machine_vs_me|source_sorter|quote_inspector)\(")
CHART_CALL = re.compile(r"\bml\.plot_\w+\(")
# JupyterLab's own messages on a kernel restart, not the kit's: the debugger asks the kernel for
# its state and the restart cancels the request
LAB_NOISE = ("Could not restore the debugger state",)
# an output showing a live widget view (ipywidgets draws each lesson widget as a VBox)
WIDGET_OUTPUT = ".jp-OutputArea-output:has(> .jupyter-widgets.widget-vbox)"
NOT_RENDERED = ("Loading widget", "Error displaying widget", "VBox(children=", "HBox(children=")
SETTINGS = {
    # every cell stays in the page: windowing would drop cells scrolled out of view
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    # no "Would you like to receive official Jupyter news?" toast over the widgets
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        {"fetchNews": "false", "checkForUpdates": False},
}
HUNT_MARK = {"words": "British Foreign Minister", "kind": "role-conflict",
             "label": "Wrong job, title or country for a person"}
SAVED_PAGE = "my-article.mhtml"
SMALL_SCREEN = {"width": 1366, "height": 900}  # a school Chromebook's
KIT_WIDGET = ".medialit-widget"  # the root of every widget the kit draws (widgets/parts.py)
BAD_IMPACTS = ("serious", "critical")
SERVER_START = 60  # seconds for JupyterLab to answer
STEP = 60_000  # milliseconds for one step in the page (a kernel start, a run of all cells)

pytestmark = pytest.mark.usefixtures("nlp")


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("MEDIALIT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"the browser test is required here (MEDIALIT_REQUIRE_BROWSER=1), but {reason}")
    pytest.skip(reason)


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"no browser at {CHROMIUM} (on Debian or Ubuntu: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright)"
    try:
        import axe_playwright_python  # noqa: F401
    except ImportError:
        return ("the axe-playwright-python package is not installed "
                "(pip install -r requirements-dev.txt)")
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


def stop_server(server: subprocess.Popen) -> None:
    """Stop a Jupyter server started in its own process group: politely (it shuts its kernels
    down), then by force."""
    try:
        os.killpg(server.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free port, serving a copy of notebooks/; yields its details."""
    reason = _missing()
    if reason:
        _skip_or_fail(reason)
    tmp_path = tmp_path_factory.mktemp("lab")
    folder = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", folder, ignore=shutil.ignore_patterns("*.answers.json",
                                                                           "my-answers"))
    # a news page a student saved from Chrome ("Webpage, Single File") and uploaded, for lesson 6
    shutil.copy(ROOT / "tests" / "pages" / "ferry-strike.mhtml", folder / SAVED_PAGE)
    settings = tmp_path / "lab-settings"
    for name, value in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(value), encoding="utf-8")
    for sub in ("config", "runtime", "workspaces"):
        (tmp_path / sub).mkdir()
    # kernels read IPython settings from here, not from the home folder: only the kit's line,
    # which makes a cell run too early explain itself, as `kit.py start` sets up
    profile = tmp_path / "ipython" / "profile_default"
    profile.mkdir(parents=True)
    shutil.copy(install_kernel_config(tmp_path / "prefix"), profile / "ipython_kernel_config.py")
    port = _free_port()
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), IPYTHONDIR=str(tmp_path / "ipython"),
               PYTHONIOENCODING="utf-8")
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
        stop_server(server)
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
    """Open one notebook alone: ``?reset`` empties the workspace, so earlier tabs stay closed."""
    page.goto(f"{url}/lab/tree/{notebook}?reset")
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




def _widget(page, text: str, control: str):
    """The widget output holding ``text`` and a ``control`` (a CSS selector) in the notebook on show."""
    return _panel(page).locator(WIDGET_OUTPUT).filter(has_text=text).filter(
        has=page.locator(control)).first


def _outputs_by_cell(page) -> list[dict]:
    """For each code cell in order: its top-level outputs (mime type, text, live widget or not,
    pictures with their width and alt text)."""
    return page.evaluate(
        """(selector) => [...document.querySelector(selector).querySelectorAll('.jp-CodeCell')]
            .map(cell => [...cell.querySelectorAll(
                    '.jp-Cell-outputArea > .jp-OutputArea-child > .jp-OutputArea-output')]
                .map(out => ({
                    mime: out.dataset.mimeType || '',
                    text: out.innerText.slice(0, 300),
                    live: !!out.querySelector(':scope > .jupyter-widgets.widget-vbox'),
                    pictures: [...out.querySelectorAll('img')].map(img =>
                        ({width: img.naturalWidth, alt: img.alt || ''})),
                })))""", CURRENT)


def _check_outputs(page, notebook: Path) -> dict[str, int]:
    """Every widget cell shows a live widget; every chart cell a picture with alt text."""
    from playwright.sync_api import expect

    sources = ["".join(cell["source"]) for cell in
               json.loads(notebook.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == "code"]
    widget_cells = [n for n, source in enumerate(sources) if WIDGET_CALL.search(source)]
    chart_cells = [n for n, source in enumerate(sources) if CHART_CALL.search(source)]
    views = _panel(page).locator(f".jp-Cell-outputArea > .jp-OutputArea-child > {WIDGET_OUTPUT}")
    expect(views).to_have_count(len(widget_cells))  # waits while the views are drawn
    page.wait_for_timeout(300)
    outputs = _outputs_by_cell(page)
    assert len(outputs) == len(sources), f"{notebook.name}: {len(outputs)} cells on the page"
    for n in widget_cells:
        assert any(out["live"] for out in outputs[n]), \
            f"{notebook.name}, code cell {n + 1}: no live widget: {outputs[n]}"
    for n in chart_cells:
        pictures = [picture for out in outputs[n] for picture in out["pictures"]]
        assert pictures and all(p["width"] > 200 and len(p["alt"]) > 20 for p in pictures), \
            f"{notebook.name}, code cell {n + 1}: the chart is not a picture with alt text: {outputs[n]}"
    shown = " ".join(out["text"] for cell in outputs for out in cell)
    for words in NOT_RENDERED:
        assert words not in shown, f"{notebook.name}: the page shows “{words}”"
    errors = [out for cell in outputs for out in cell if out["mime"] in
              ("application/vnd.jupyter.stderr", "application/vnd.jupyter.error")]
    assert not errors, f"{notebook.name}: {errors}"
    return {"widgets": len(widget_cells), "charts": len(chart_cells)}


def _assert_printed_text_wraps_between_words(page, name: str) -> None:
    """JupyterLab cuts printed lines anywhere ("Beij-ing"); the kit's page helper makes them
    break between words in its lessons."""
    breaks = _panel(page).locator(".jp-OutputArea-output pre").evaluate_all(
        "pres => pres.map(pre => getComputedStyle(pre).wordBreak)")
    assert set(breaks) <= {"normal"}, f"{name}: printed text breaks as {sorted(set(breaks))}"


def _axe_violations(page, within: str | None) -> list[dict]:
    """axe-core's violations in the page, or only inside the elements matching ``within``:
    [{id, impact, nodes: [CSS targets]}]."""
    from axe_playwright_python.sync_playwright import Axe

    context = {"include": [[within]]} if within else None
    found = Axe().run(page, context=context, options={"resultTypes": ["violations"]})
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in found.response["violations"]]


def _assert_accessible_outputs(page, notebook: str) -> None:
    """No serious or critical axe-core violation in the lesson's outputs (the kit's widgets,
    charts and printed text). JupyterLab's own page is not the kit's: with the first lesson its
    violations are printed, not failed (the whole page takes axe-core about 5 s)."""
    ours = _axe_violations(page, f"{CURRENT} .jp-OutputArea")
    bad = [v for v in ours if v["impact"] in BAD_IMPACTS]
    assert not bad, f"{notebook}: axe-core finds in the kit's outputs: {bad}"
    print(f"{notebook}: axe-core finds {len(ours)} violations in the kit's outputs")
    if notebook == LESSONS[0]:
        lab = _axe_violations(page, None)
        print("axe-core on JupyterLab's whole page: " + ", ".join(
            f"{v['id']} ({v['impact']}, {len(v['nodes'])})" for v in lab))


def _notebook_state(page) -> dict:
    """What the keyboard must not change: the notebook's cells and its selected cell; and where
    focus is: inside a kit widget or not, and the focused control's text."""
    return page.evaluate(
        """([selector, kit]) => {
            const panel = document.querySelector(selector);
            const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')];
            const focused = document.activeElement;
            return {cells: cells.length,
                    active: cells.findIndex(cell => cell.classList.contains('jp-mod-active')),
                    in_widget: !!(focused && focused.closest(kit)),
                    focus: focused ? (focused.getAttribute('aria-label') || focused.innerText ||
                                      focused.value || focused.tagName).trim() : '',
                    role: focused ? (focused.getAttribute('role') ||
                                     focused.tagName.toLowerCase()) : ''};
        }""", [CURRENT, KIT_WIDGET])


def _tab_to(page, role: str, text: str = "", presses: int = 12) -> dict:
    """Press Tab until the focused element has ``role`` (and its text starts with ``text``)."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        state = _notebook_state(page)
        if state["role"] == role and state["focus"].startswith(text):
            return state
    raise AssertionError(f"Tab did not reach a {role} “{text}”: focus is on {state}")


def _wait_for_focus(page, text: str) -> None:
    """Wait until the focused element is a control in a kit widget whose text starts with
    ``text`` (a button that disappeared leaves focus on the page's body: that fails)."""
    page.wait_for_function(
        """([kit, text]) => { const focused = document.activeElement;
            return !!focused && !!focused.closest(kit) &&
                focused.innerText.trim().startsWith(text); }""",
        arg=[KIT_WIDGET, text], timeout=5_000)


def _shut_kernels_down(page, url: str) -> None:
    """Leave the page, then end every kernel session, as closing the tabs and shutting down would."""
    page.goto("about:blank")
    xsrf = next((c["value"] for c in page.context.cookies(url) if c["name"] == "_xsrf"), "")
    for session in page.request.get(f"{url}/api/sessions").json():
        answer = page.request.delete(f"{url}/api/sessions/{session['id']}",
                                     headers={"X-XSRFToken": xsrf})
        assert answer.ok, f"could not end a kernel session: {answer.status} {answer.text()}"


# -- what a student does with each kind of widget -------------------------------------------------

def _answer_choice(page, qid: str) -> str:
    """Check with no choice (asks for one), choose the first option, check again."""
    from playwright.sync_api import expect

    box = _widget(page, f"{qid}.", ".widget-radio-box")
    box.scroll_into_view_if_needed()
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text("Choose an answer first.")
    box.locator(".widget-radio-box label").first.click()
    expect(box).not_to_contain_text("Choose an answer first.")
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text(re.compile("✔ Right|✘ Not quite"))
    return qid


def _answer_written(page, qid: str) -> str:
    from playwright.sync_api import expect

    box = _widget(page, f"{qid}.", "textarea")
    box.scroll_into_view_if_needed()
    box.locator("textarea").fill("Typed in the browser test.")
    box.locator("textarea").press("Tab")  # the answer is sent when the box loses focus
    expect(box).to_contain_text("✔ Saved.")
    return qid


def _pre_check(page, shots: Path) -> list[str]:
    from playwright.sync_api import expect

    box = _widget(page, "pre_1.", "button:has-text('I have answered')")
    box.scroll_into_view_if_needed()
    box.locator(".widget-radio-box").first.locator("label").first.click()
    box.locator("button", has_text="I have answered").click()
    expect(box).to_contain_text("Still unanswered: pre_2")
    box.screenshot(path=str(shots / "00-pre-check.png"))
    return ["pre_1"]


def _who_said_it(page, shots: Path, name: str) -> list[str]:
    from playwright.sync_api import expect

    box = _widget(page, "Who said it?", ".widget-slider")
    box.scroll_into_view_if_needed()
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text("Choose a speaker first.")
    box.locator(".widget-dropdown select").first.select_option(index=1)
    expect(box).to_contain_text(re.compile(r"1 of \d+ answered"))
    box.locator("button", has_text="Check").click()
    expect(box).to_contain_text(re.compile("✔ Right|✘ Not quite"))
    box.screenshot(path=str(shots / f"{name}-who-said-it.png"))
    return []


def _hint(page, shots: Path, name: str) -> list[str]:
    from playwright.sync_api import expect

    hunt = _error_hunt(page)
    hunt.scroll_into_view_if_needed()
    hunt.locator("button", has_text="Check my marks").click()
    expect(hunt).to_contain_text("Add some marks first.")
    hunt.locator("button", has_text="Give me a hint").click()
    expect(hunt).to_contain_text(re.compile(r"Hint: look at paragraph \d+"))
    hunt.screenshot(path=str(shots / f"{name}-error-hunt-hint.png"))
    _widget(page, "Machine vs me.", "button:has-text('Show the comparison')").locator(
        "button", has_text="Show the comparison").click()
    table = _widget(page, "Machine vs me.", "button:has-text('Compare again')")
    expect(table).to_contain_text(re.compile(r"mark|machine"))
    return []


def _compare(page, shots: Path, name: str) -> list[str]:
    """Lesson 6: an article with no key is compared with the machine, never scored."""
    from playwright.sync_api import expect

    hunt = _error_hunt(page)
    hunt.scroll_into_view_if_needed()
    expect(hunt.locator("button", has_text="Check my marks")).to_have_count(0)
    hunt.locator("button", has_text="Compare with the machine").click()
    expect(hunt).to_contain_text("Only the machine")
    expect(hunt).not_to_contain_text("Score")
    hunt.screenshot(path=str(shots / f"{name}-error-hunt-compared.png"))
    return []


def _source_sorter(page, shots: Path, name: str) -> list[str]:
    from playwright.sync_api import expect

    sorter = _widget(page, "Source sorter.", ".widget-dropdown")
    sorter.scroll_into_view_if_needed()
    expect(sorter).to_contain_text("Choose a group for each source.")
    sorter.locator(".widget-dropdown select").first.select_option(label="Media")
    expect(sorter).to_contain_text("the machine chose")
    chart = sorter.locator(".jp-OutputArea-output img")
    expect(chart).to_have_count(1)
    assert chart.evaluate("img => img.naturalWidth") > 200
    # the sorter and its chart are taller than the window: make the window fit them
    height = int(sorter.evaluate("box => box.getBoundingClientRect().height"))
    page.set_viewport_size({"width": 1400, "height": min(height + 300, 4000)})
    sorter.evaluate("box => box.scrollIntoView({block: 'start'})")
    sorter.screenshot(path=str(shots / f"{name}-source-sorter.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})
    return ["source_sorter"]


def _quote_inspector(page, shots: Path, name: str) -> list[str]:
    from playwright.sync_api import expect

    box = _widget(page, "Quote inspector.", ".widget-dropdown")
    box.scroll_into_view_if_needed()
    before = box.locator(".widget-html").last.inner_text()
    assert "How the machine found it" in before
    box.locator(".widget-dropdown select").first.select_option(index=1)
    expect(box.locator(".widget-html").last).not_to_have_text(before)
    box.screenshot(path=str(shots / f"{name}-quote-inspector.png"))
    return []


def _post_check(page, shots: Path, name: str) -> list[str]:
    from playwright.sync_api import expect

    box = _widget(page, "post_1.", "button:has-text('Check my answers')")
    box.scroll_into_view_if_needed()
    box.locator("button", has_text="Check my answers").click()
    expect(box).to_contain_text("Answer every question first. Still unanswered: post_1")
    questions = box.locator(".widget-radio-box")
    for number in range(questions.count()):
        questions.nth(number).locator("label").first.click()
    box.locator("button", has_text="Check my answers").click()
    expect(box).to_contain_text(re.compile(r"\d of 5 right"))
    box.screenshot(path=str(shots / f"{name}-post-check.png"))
    return [f"post_{number + 1}" for number in range(questions.count())]


def _saved_page(page, shots: Path, name: str) -> list[str]:
    """A student uploads the page they saved with the loader and asks who published it."""
    from playwright.sync_api import expect

    loader = _panel(page).locator(".jp-CodeCell").filter(has_text="ml.article_loader(").first
    loader.scroll_into_view_if_needed()
    with page.expect_file_chooser() as chooser:  # ipywidgets' input is not in the page
        loader.locator("button", has_text="Upload a saved page").click()
    chooser.value.set_files(str(ROOT / "tests" / "pages" / "ferry-strike.mhtml"))
    expect(loader.locator("[role='status']")).to_contain_text("✔ Loaded")
    cell = _panel(page).locator(".jp-CodeCell").filter(has_text="ml.show_article(my_article").first
    cell.scroll_into_view_if_needed()
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text("ml.show_article(loader.article, paragraphs=[0])")
    page.keyboard.press("Shift+Enter")
    # the locator finds the cell by its words, and they changed
    cell = _panel(page).locator(".jp-CodeCell").filter(
        has_text="ml.show_article(loader.article").first
    shown = cell.locator(".jp-OutputArea-output")
    for words in ("Published by", "The Island Times", "Date", "2025-03-14", "Byline",
                  "Moira Kettle", "Address", "islandtimes.example/news/2025/03/14",
                  "Ferry crews vote to strike over night shifts"):
        expect(shown.first).to_contain_text(words)
    expect(cell.locator("[data-mime-type='application/vnd.jupyter.stderr']")).to_have_count(0)
    cell.screenshot(path=str(shots / f"{name}-saved-page.png"))
    return []


@contextlib.contextmanager
def _walk_with_keys(page, call: str):
    """On a small screen, click the opening words of the widget drawn by the cell holding
    ``call`` (the walk's one mouse click: it tells the browser where Tab starts) and yield the
    widget. After the walk the notebook must have the same cells and selected cell, and focus
    must still be in the widget."""
    page.set_viewport_size(SMALL_SCREEN)
    try:
        widget = _panel(page).locator(".jp-CodeCell").filter(has_text=call).first.locator(
            KIT_WIDGET).first
        widget.scroll_into_view_if_needed()
        widget.locator(".widget-html").first.click()
        before = _notebook_state(page)
        yield widget
        after = _notebook_state(page)
        assert (after["cells"], after["active"]) == (before["cells"], before["active"]), \
            f"the keys changed the notebook: {before} -> {after}"
        assert after["in_widget"], f"focus left the widget: {after}"
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})


def _error_hunt_by_keyboard(page, shots: Path, name: str) -> list[str]:
    """Tab to the article and scroll it, choose with the arrows, Add mark, Remove, Start
    again, with the keyboard alone: focus stays in place, the mark is saved."""
    from playwright.sync_api import expect

    with _walk_with_keys(page, "ml.error_hunt(") as hunt:
        active = _notebook_state(page)["active"]
        _tab_to(page, "region", "The article")
        article = hunt.locator("[role=region]")
        for _ in range(3):
            page.keyboard.press("ArrowDown")
        expect(article).not_to_have_js_property("scrollTop", 0)
        assert _notebook_state(page)["active"] == active, "↓ moved the notebook"

        _tab_to(page, "select")  # the sentence: ↓ then ↑ back to the title, paragraph 0
        sentence = _control(hunt, "dropdown", "Sentence")
        page.keyboard.press("ArrowDown")
        expect(sentence).to_have_value(re.compile(r"^1\.1 · "))
        page.keyboard.press("ArrowUp")
        expect(sentence).to_have_value(re.compile(r"^0 · "))
        page.keyboard.press("Tab")
        page.keyboard.type(HUNT_MARK["words"])  # letters that are notebook shortcuts too
        _tab_to(page, "select")
        kind = _control(hunt, "dropdown", "What's wrong")
        for _ in range(20):
            # ipywidgets writes options with no-break spaces
            if kind.evaluate("menu => menu.selectedOptions[0].text.replace(/\\u00a0/g, ' ')") \
                    == HUNT_MARK["label"]:
                break
            page.keyboard.press("ArrowDown")
        _tab_to(page, "button", "Add mark")
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / f"{name}-keyboard-add-mark-focused.png"))
        ring = hunt.locator("button", has_text="Add mark").evaluate(
            "b => { const s = getComputedStyle(b); return [s.outlineStyle, s.outlineWidth]; }")
        assert ring[0] != "none" and float(ring[1].rstrip("px")) >= 2, f"focus ring {ring}"
        page.keyboard.press("Enter")
        expect(hunt).to_contain_text("✔ Mark added")
        # a second mark: the whole title, another kind of mistake
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("ArrowDown")
        _tab_to(page, "button", "Add mark")
        page.keyboard.press("Enter")
        expect(hunt).to_contain_text("2 marks so far.")
        assert _notebook_state(page)["focus"].startswith("Add mark")

        _tab_to(page, "button", "Remove 2")
        page.keyboard.press("Enter")
        expect(hunt).to_contain_text("1 mark so far.")
        _wait_for_focus(page, "Start again")  # the control now in the removed button's place
        page.keyboard.press("Enter")  # Start again: it asks, and focus goes to the safe answer
        _wait_for_focus(page, "No, keep them")
        page.keyboard.press("Space")
        _wait_for_focus(page, "Start again")
        # the list is read from the answers file at each change
        expect(hunt).to_contain_text(f"1. “{HUNT_MARK['words']}” — {HUNT_MARK['label']}")
        assert hunt.locator(".ml-live[aria-live=polite]").count() >= 3
    return ["error_hunt"]


def _who_said_it_by_keyboard(page, shots: Path, name: str) -> list[str]:
    """Check with no speaker (asks for one), choose a quote with the slider's arrow keys, a
    speaker with the menu's, check with Space: the feedback is in a live region."""
    from playwright.sync_api import expect

    with _walk_with_keys(page, "ml.who_said_it(") as box:
        slider = box.locator("[role=slider]")
        assert "Quote" in slider.evaluate(
            "h => document.getElementById(h.getAttribute('aria-labelledby')).innerText")
        _tab_to(page, "button", "Check")
        page.keyboard.press("Enter")
        expect(box).to_contain_text("Choose a speaker first.")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        assert _notebook_state(page)["role"] == "slider"
        quote = box.locator(".widget-html").nth(1)  # the quote in its paragraph
        for key, number in (("ArrowRight", 2), ("ArrowUp", 3)):
            before = quote.inner_text()
            page.keyboard.press(key)
            expect(slider).to_have_attribute("aria-valuenow", re.compile(rf"^{number}(\.0+)?$"))
            expect(quote).not_to_have_text(before)  # the kernel has the new quote number
        _tab_to(page, "select")
        page.keyboard.press("ArrowDown")
        expect(box).to_contain_text(re.compile(r"1 of \d+ answered"))
        _tab_to(page, "button", "Check")
        page.keyboard.press("Space")
        feedback = box.locator(".ml-live[aria-live=polite]").filter(
            has_text=re.compile("✔ Right|✘ Not quite"))
        expect(feedback).to_have_count(1)
        box.screenshot(path=str(shots / f"{name}-keyboard-who-said-it.png"))
        assert _notebook_state(page)["focus"].startswith("Check")
    return ["who_said_it"]


# the lesson's own practice widgets, tried after its first choice question and written answer
PRACTICE = {
    "00-start-here.ipynb": [lambda page, shots, name: _pre_check(page, shots)],
    "02-who-said-it.ipynb": [_who_said_it_by_keyboard],
    "03-spot-the-errors.ipynb": [_hint, _error_hunt_by_keyboard],
    "04-whose-voices.ipynb": [_source_sorter],
    "05-quotes-in-context.ipynb": [_quote_inspector],
    "06-check-it-yourself.ipynb": [_who_said_it, _compare, _post_check, _saved_page],
}


@pytest.fixture(scope="module")
def browser(lab):
    """One headless chromium for the module; yields (page, console errors, screenshot folder)."""
    from playwright.sync_api import sync_playwright

    shots = Path(os.environ.get("MEDIALIT_SCREENSHOTS") or ROOT / "test-artifacts" / "browser")
    shots.mkdir(parents=True, exist_ok=True)
    console: list[str] = []
    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                          args=LAUNCH_ARGS)
        try:
            page = chromium.new_page(viewport={"width": 1400, "height": 1000})
            page.on("dialog", lambda dialog: dialog.accept())  # "leave the page?" on reload
            page.on("console", lambda message: message.type == "error" and not any(
                noise in message.text for noise in LAB_NOISE) and console.append(
                f"{message.text} ({message.location.get('url', '')})"))
            page.on("pageerror", lambda error: console.append(f"uncaught: {error}"))
            page.set_default_timeout(STEP)
            yield page, console, shots
        finally:
            chromium.close()


# -- the tests -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_and_answers_in_a_real_browser(name, lab, browser):
    from playwright.sync_api import expect

    page, console, shots = browser
    console.clear()
    url, folder = lab["url"], lab["folder"]
    notebook = folder / name
    questions = [q for q in all_questions() if q.notebook == name.removesuffix(".ipynb")]
    started = time.monotonic()
    try:
        _open(page, url, name)
        expect(_panel(page).locator("h1").first).to_be_visible()
        _menu(page, "Run", "Run All Cells")
        _wait_all_ran(page, notebook)
        ran = time.monotonic() - started
        _assert_no_red_messages(page, name)
        counts = _check_outputs(page, notebook)
        _assert_accessible_outputs(page, name)
        _assert_printed_text_wraps_between_words(page, name)
        _panel(page).locator(".jp-Cell").first.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"{name[:2]}-top.png"))
        charts = _panel(page).locator(".jp-Cell-outputArea img")
        if charts.count():
            charts.first.scroll_into_view_if_needed()
            charts.first.screenshot(path=str(shots / f"{name[:2]}-first-chart.png"))

        saved = []
        choices = [q.saved_as for q in questions if q.kind == "choice"]
        written = [q.saved_as for q in questions if q.kind == "written"]
        if choices:
            saved.append(_answer_choice(page, choices[0]))
        if written:
            saved.append(_answer_written(page, written[0]))
        for practise in PRACTICE.get(name, []):
            saved += practise(page, shots, name[:2])
        answers = json.loads((folder / "my-answers" / name.replace(".ipynb", ".answers.json"))
                             .read_text(encoding="utf-8"))["answers"]
        assert set(saved) <= set(answers), f"{name}: saved {sorted(answers)}, expected {saved}"
        assert not console, f"{name}: the browser console shows errors: {console}"
    finally:
        _shut_kernels_down(page, url)
    print(f"{name}: ran in {ran:.1f} s, {counts['widgets']} widgets, {counts['charts']} charts, "
          f"{len(saved)} answers saved from the page, {time.monotonic() - started:.1f} s in all")


def test_error_hunt_survives_reload_and_kernel_restart(lab, browser):
    from playwright.sync_api import expect

    page, console, shots = browser
    console.clear()
    url, folder = lab["url"], lab["folder"]
    name = "03-spot-the-errors.ipynb"
    answers_file = folder / "my-answers" / "03-spot-the-errors.answers.json"
    answers_file.unlink(missing_ok=True)  # lesson 3's own test saved this mark already
    try:
        _open(page, url, name)
        expect(_panel(page).locator("h1").first).to_contain_text("Spot the errors")
        _menu(page, "Run", "Run All Cells")
        _wait_all_ran(page, folder / name)

        # one mark, then check it
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

        # the mark is in the answers file beside the notebook copy
        saved = json.loads(answers_file.read_text(encoding="utf-8"))["answers"]["error_hunt"]
        assert [(m["text"], m["kind"]) for m in saved] == [(HUNT_MARK["words"], HUNT_MARK["kind"])]

        # reload the page, restart the kernel, run everything again: the mark is back
        page.reload()
        _panel(page).locator(".jp-CodeCell").first.wait_for()
        page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for()
        _dismiss_news(page)
        # the page shows the notebook as saved, unrun: no widget view left over from before
        expect(_panel(page).locator(".jp-CodeCell .jp-InputPrompt").first).to_have_text("[ ]:")
        expect(_panel(page).locator("button", has_text="Add mark")).to_have_count(0)
        _menu(page, "Kernel", "Restart Kernel and Run All Cells")
        page.locator(".jp-Dialog .jp-mod-accept").click()
        _wait_all_ran(page, folder / name)
        _assert_no_red_messages(page, name)
        assert "Kernel restarted" in lab["log"].read_text(encoding="utf-8", errors="replace")
        assert _descendants(lab["server"].pid), "no kernel process under the server"
        hunt = _error_hunt(page)
        hunt.scroll_into_view_if_needed()
        expect(hunt).to_contain_text(f"1. “{HUNT_MARK['words']}”")
        expect(hunt).to_contain_text("1 mark so far.")
        expect(hunt.locator("button", has_text="Remove 1")).to_have_count(1)
        assert not console, f"the browser console shows errors: {console}"
    finally:
        _shut_kernels_down(page, url)


def test_a_cell_run_too_early_explains_what_to_do(lab, browser):
    """A student opens lesson 2 and runs the who-said-it cell first, then follows the advice."""
    from playwright.sync_api import expect

    page, console, shots = browser
    console.clear()
    url = lab["url"]
    name = "02-who-said-it.ipynb"
    try:
        _open(page, url, name)
        cell = _panel(page).locator(".jp-CodeCell").filter(has_text="ml.who_said_it(").first
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        error = cell.locator("[data-mime-type='application/vnd.jupyter.stderr']")
        expect(error).to_contain_text("Python does not know “ml” yet.")
        expect(error).to_contain_text("Run → Run All Above Selected Cell")
        expect(error).not_to_contain_text("Traceback")
        cell.screenshot(path=str(shots / "02-cell-run-too-early.png"))

        cell.locator(".jp-InputArea-editor").click()
        _menu(page, "Run", "Run All Above Selected Cell")
        page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for()
        cell.locator(".jp-InputArea-editor").click()
        page.keyboard.press("Shift+Enter")
        expect(cell.locator(WIDGET_OUTPUT)).to_contain_text("Who said it?")
        expect(error).to_have_count(0)
        assert not console, f"the browser console shows errors: {console}"
    finally:
        _shut_kernels_down(page, url)

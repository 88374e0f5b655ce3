"""The kit on a real JupyterHub, on this computer only (127.0.0.1): the loopback proof.

The module installs what it needs into its temporary folder (never into the kit's ``.venv``):

- JupyterHub from PyPI, with ``pip install --target``: first a dry run against the kit's Python
  lists exactly the packages JupyterHub adds, then only those are installed (``--no-deps``), so
  nothing the kit already has is shadowed by a second copy. (A virtual environment made with
  ``--system-site-packages`` from the kit's Python would not do: it sees the packages of the
  Python the kit's ``.venv`` was made from, not the kit's.) If the kit's Python already has
  JupyterHub, that one is used;
- ``configurable-http-proxy`` from npm.

If either cannot be installed (no network, no registry) every test here is skipped, with the
installer's last lines as the reason; without nbgrader, Node.js or npm they are skipped too.

While the installs run, the teacher (in the teacher's home) imports the students, generates
and releases ``02-who-said-it``. Then JupyterHub starts on free ports with the dummy
authenticator, the simple local spawner (each user's home is a folder under the temporary
folder; ``--allow-root`` because the tests may run as root) and a service token. Through the
REST API the test creates a teacher and three students, puts them in the groups nbgrader's
JupyterHub guide uses, and spawns their JupyterLab servers. While those start, each student,
in their own home with their own ``nbgrader_config.py``, fetches, answers (ada: every answer
right; ben: some right; cy: only the who-said-it widget's answers, saved in
``02-who-said-it.answers.json`` with ``medialit.answers.AnswerStore``) and submits, all three
at once; the teacher collects and autogrades. Students are named on the command line
(``--student=``) because everything runs as one user here. At the end every server must
answer ``/user/<name>/api/status`` through the proxy and list the student's fetched files.

Everything it starts, it stops: the hub's process group gets SIGTERM (the hub then stops the
proxy and the servers), and anything still alive from the hub's process tree, or running
from the temporary folder, is killed and reported as an error. Everything it writes is under
the temporary folder (``HOME`` and ``TMPDIR`` point there). About 1½ minutes on a quiet
2-core computer, most of it nbgrader starting up and autograde; the timings and the memory
of each process are printed at the end, even under ``pytest -q``.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest

import medialit as ml
from medialit.answers import AnswerStore
from medialit.widgets import ANONYMOUS
from kernel_noise import without_kernel_shutdown_race

psutil = pytest.importorskip("psutil", reason="psutil is needed to check that no process is left")

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NBGRADER = shutil.which("nbgrader", path=str(BIN))
NPM = shutil.which("npm")
STEM = "02-who-said-it"
STUDENTS = ["ada", "ben", "cy"]
TEACHER = "teacher"
TOKEN = "medialit-loopback-test-token-" + os.urandom(8).hex()
EXPECTED = {"ada": 5.0, "ben": 2.0, "cy": 1.5}  # of 8: q4 (3 points) is marked by hand
WRITTEN = ["ada", "ben"]  # wrote an answer to q4, which waits for the teacher (cy's scores 0)
HUB_REQUIREMENT = "jupyterhub>=5,<7"
CHP_REQUIREMENT = "configurable-http-proxy@^5"

pytestmark = [
    pytest.mark.skipif(NBGRADER is None, reason=f"nbgrader is not installed in {BIN}"),
    pytest.mark.skipif(NPM is None or shutil.which("node") is None,
                       reason="Node.js and npm are needed for configurable-http-proxy"),
]


# -- the students' answers ------------------------------------------------------------------------

def quote_id(text: str) -> str:
    """The who-said-it widget's key for a quote of the seed: "start-end" of its words."""
    quote = next(q for q in ml.load_quote_key(ml.load_article()) if q["content"]["text"] == text)
    return f"{quote['content']['start']}-{quote['content']['end']}"


def solution_of(cell) -> str:
    """The model answer inside a ### BEGIN SOLUTION region of the teacher's notebook."""
    lines = cell.source.splitlines()
    return "\n".join(lines[lines.index("### BEGIN SOLUTION") + 1:lines.index("### END SOLUTION")])


def answer_cells(student: str) -> dict[str, str]:
    """What each student types into the ✎ cells (by grade_id)."""
    if student == "ada":  # every answer right: the teacher's model answers, q4's included
        source = nbformat.read(ROOT / "solutions" / STEM / f"{STEM}.ipynb", as_version=4)
        cells = {cell.metadata["nbgrader"]["grade_id"]: solution_of(cell) for cell in source.cells
                 if cell.metadata.get("nbgrader", {}).get("grade_id", "").endswith("_answer")}
        return {**cells, "q4": next(cell.source for cell in source.cells
                                    if cell.metadata.get("nbgrader", {}).get("grade_id") == "q4")}
    if student == "ben":  # q1 wrong; q2 one of four (0.5); q3 three of four (1.5); q4 written
        return {"q4": "Because we cannot check who they are.",
                "q1_answer": 'q1_speaker = "Qin Gang"',
                "q2_answer": 'q2_speakers = {"thaw": "Biden", "very clear eyes": "", '
                             '"It’s not a good look,": "", '
                             '"invitation for aggression": "Qin Gang"}',
                "q3_answer": 'q3_kinds = {"Matthew Miller": "named", '
                             '"A senior US official": "vague", "Analysts": "Vague", '
                             '"China’s Foreign Ministry": "named"}'}
    return {}  # cy types nothing: only the widget's answers, in the answers file


def widget_answers() -> dict:
    """cy's choices in the who-said-it widget: three of q2's four quotes right (1.5)."""
    return {quote_id("thaw"): "Joe Biden", quote_id("very clear eyes"): ANONYMOUS,
            quote_id("It’s not a good look,"): "Mike Gallagher",  # wrong: Raja Krishnamoorthi
            quote_id("invitation for aggression"): "Mike Gallagher"}


# -- running things ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def clean_env(base: Path, home: Path, **extra: str) -> dict:
    """The environment of a user's process: home and temporary files under the test's folder,
    none of the caller's Jupyter settings."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("JUPYTER", "IPYTHON", "MPL", "XDG_", "NBGRADER", "MEDIALIT",
                                   "CONFIGPROXY", "JPY_", "PYTHONPATH"))}
    env.update(HOME=str(home), TMPDIR=str(base / "tmp"), PYTHONDONTWRITEBYTECODE="1",
               PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
               npm_config_cache=str(base / "npm-cache"),
               **extra)
    return env


def run(command: list, cwd: Path, env: dict, timeout: float = 300) -> str:
    """Run a command in its own process group; on a timeout the whole group is killed."""
    process = subprocess.Popen([str(part) for part in command], cwd=cwd, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        raise AssertionError(f"timed out after {timeout} s: {' '.join(map(str, command))}\n"
                             f"{output[-3000:]}")
    assert process.returncode == 0, f"{' '.join(map(str, command))} failed:\n{output[-3000:]}"
    return output


def api(url: str, method: str = "GET", body: dict | None = None, timeout: float = 30):
    """(status, parsed JSON or text) of a request made with the service token."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Authorization": f"token {TOKEN}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode(errors="replace")
    try:
        return status, json.loads(text) if text else None
    except ValueError:
        return status, text


# -- installing ----------------------------------------------------------------------------------

def start_installs(base: Path) -> dict:
    """Start the npm install and (unless JupyterHub is already importable) the pip dry run."""
    env = clean_env(base, base / "installer")
    jobs = {"npm": subprocess.Popen(
        [NPM, "install", "--prefix", str(base / "chp"), "--no-audit", "--no-fund",
         "--loglevel=error", CHP_REQUIREMENT], cwd=base, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)}
    if importlib.util.find_spec("jupyterhub") is None:
        jobs["pip"] = subprocess.Popen(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report",
             str(base / "pip-report.json"), HUB_REQUIREMENT], cwd=base, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    return jobs


def finish_installs(base: Path, jobs: dict) -> Path | None:
    """Wait for the installs; the folder to put on PYTHONPATH for JupyterHub (None: the kit's
    Python has it already). Skips the module when an install fails."""
    env = clean_env(base, base / "installer")
    outputs = {}
    for name, job in jobs.items():  # wait for every job before judging any
        try:
            outputs[name], _ = job.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            stop_job(job)
            outputs[name] = "(took more than 5 minutes)"
    failed = [name for name, job in jobs.items() if job.returncode != 0]
    if failed:
        reasons = []
        for name in failed:
            lines = [line.strip() for line in outputs[name].splitlines()
                     if line.strip() and "is ignored" not in line]
            telling = [line for line in lines if re.search(r"error code|ERROR:|\bE[A-Z]{4,}\b", line)]
            wanted = HUB_REQUIREMENT if name == "pip" else CHP_REQUIREMENT
            said = " | ".join((telling or lines)[-2:])[:240]
            reasons.append(f"{name} could not install {wanted}: {said}")
        pytest.skip("network or package registry unavailable? " + "; ".join(reasons))
    if "pip" not in jobs:
        return None
    report = json.loads((base / "pip-report.json").read_text(encoding="utf-8"))
    pins = [f"{item['metadata']['name']}=={item['metadata']['version']}"
            for item in report["install"]]
    site = base / "hub-site-packages"
    process = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                              "--target", str(site), *pins], cwd=base, env=env, text=True,
                             capture_output=True, timeout=300, check=False)
    if process.returncode != 0:
        pytest.skip(f"could not install {' '.join(pins)} (network or registry unavailable?):\n"
                    f"{(process.stdout + process.stderr)[-800:]}")
    return site


def stop_job(job: subprocess.Popen) -> None:
    """Kill an install still running (it leads its own process group) and reap it."""
    if job.poll() is None:
        try:
            os.killpg(job.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        job.communicate()


# -- the hub -------------------------------------------------------------------------------------

def hub_config(base: Path, ports: dict, exchange: Path) -> Path:
    chp = base / "chp" / "node_modules" / ".bin" / "configurable-http-proxy"
    config = base / "hub" / "jupyterhub_config.py"
    config.parent.mkdir()
    config.write_text(f"""c = get_config()  # noqa
c.JupyterHub.bind_url = "http://127.0.0.1:{ports['public']}"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {ports['hub']}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{ports['proxy_api']}"
c.ConfigurableHTTPProxy.command = [{str(chp)!r}]
c.ConfigurableHTTPProxy.pid_file = {str(base / 'hub' / 'proxy.pid')!r}
c.JupyterHub.db_url = "sqlite:///{base / 'hub' / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(base / 'hub' / 'cookie_secret')!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(base / 'homes' / '{username}')!r}
c.Spawner.cmd = [{sys.executable!r}, "-m", "jupyterhub.singleuser"]
c.Spawner.args = ["--allow-root"]
c.Spawner.environment = {{"MEDIALIT_EXCHANGE": {str(exchange)!r}, "TMPDIR": {str(base / 'tmp')!r}}}
c.Spawner.start_timeout = 90
c.Spawner.http_timeout = 90
c.JupyterHub.tornado_settings = {{"slow_spawn_timeout": 0}}  # spawn requests answer at once
c.JupyterHub.services = [{{"name": "medialit-test", "api_token": {TOKEN!r}}}]
c.JupyterHub.load_roles = [{{"name": "medialit-test", "services": ["medialit-test"],
                            "scopes": ["admin:users", "admin:groups", "admin:servers",
                                       "access:servers"]}}]
""", encoding="utf-8")
    return config


def stop(hub: subprocess.Popen, base: Path) -> list[str]:
    """Stop the hub and everything it started; the processes that had to be killed."""
    try:
        tree = psutil.Process(hub.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        tree = []
    try:
        os.killpg(hub.pid, signal.SIGTERM)  # the hub leads its own group; it stops its servers
    except ProcessLookupError:
        pass
    try:
        hub.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(hub.pid, signal.SIGKILL)
        hub.wait()
    _, alive = psutil.wait_procs(tree, timeout=15)
    stray = alive + [process for process in psutil.process_iter(["pid", "cmdline", "cwd"])
                     if process.pid != os.getpid() and process not in alive
                     and (str(base) in " ".join(process.info["cmdline"] or [])
                          or str(process.info["cwd"] or "").startswith(str(base)))]
    left = []
    for process in stray:
        try:
            left.append(f"{process.pid} {' '.join(process.cmdline())[:120]}")
            process.kill()
        except psutil.NoSuchProcess:
            pass
    return left


# -- the whole run, once for the module ----------------------------------------------------------

@pytest.fixture(scope="module")
def loopback(tmp_path_factory, request):
    started = time.monotonic()
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        timings[name] = time.monotonic() - since
        return time.monotonic()

    base = tmp_path_factory.mktemp("hub")
    (base / "tmp").mkdir()
    exchange = base / "exchange"
    homes = {user: base / "homes" / user for user in [TEACHER, *STUDENTS]}
    for home in homes.values():
        home.mkdir(parents=True)
    repository_before = footprint()

    jobs = start_installs(base)  # the teacher works while they run
    try:
        course, teacher_env = teacher_prepares(base, homes, exchange, timings)
        site = finish_installs(base, jobs)
    finally:
        for job in jobs.values():
            stop_job(job)
    now = lap("installs: pip + npm (alongside the teacher)", started)

    ports = {"public": free_port(), "hub": free_port(), "proxy_api": free_port()}
    assert len(set(ports.values())) == 3
    config = hub_config(base, ports, exchange)
    hub_env = clean_env(base, base / "hub")
    if site is not None:
        hub_env["PYTHONPATH"] = str(site)
    log = open(base / "hub" / "hub.log", "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    hub = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)],
                           cwd=base / "hub", env=hub_env, stdout=log, stderr=subprocess.STDOUT,
                           start_new_session=True)
    url = f"http://127.0.0.1:{ports['public']}"
    result = {"base": base, "course": course, "homes": homes, "url": url, "timings": timings,
              "log": base / "hub" / "hub.log"}
    try:
        deadline = time.monotonic() + 60
        while True:
            assert hub.poll() is None, "the hub stopped:\n" + result["log"].read_text()[-3000:]
            try:
                if api(f"{url}/hub/api/", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, \
                "the hub did not answer:\n" + result["log"].read_text()[-3000:]
            time.sleep(0.2)
        now = lap("hub up", now)

        result["created"] = api(f"{url}/hub/api/users", "POST", {"usernames": [TEACHER, *STUDENTS]})
        # the groups nbgrader's JupyterHub guide uses for a course: graders and students
        result["groups"] = {
            group: api(f"{url}/hub/api/groups/{group}", "POST", {"users": members})[0]
            for group, members in (("formgrade-medialit", [TEACHER]),
                                   ("nbgrader-medialit", STUDENTS))}
        result["teacher"] = api(f"{url}/hub/api/users/{TEACHER}")
        result["spawn"] = {user: api(f"{url}/hub/api/users/{user}/server", "POST")[0]
                           for user in [TEACHER, *STUDENTS]}
        now = lap("users created, servers requested", now)

        # the students, each in their own home, at the same time (as in a classroom)
        errors = []

        def student_side(student: str) -> None:
            try:
                home = homes[student]
                (home / "nbgrader_config.py").write_text(
                    'c = get_config()  # noqa\nc.CourseDirectory.course_id = "medialit"\n'
                    f"c.Exchange.root = {str(exchange)!r}\n", encoding="utf-8")
                env = clean_env(base, home)
                run([NBGRADER, "fetch_assignment", STEM, f"--student={student}"], home, env)
                path = home / STEM / f"{STEM}.ipynb"
                notebook = nbformat.read(path, as_version=4)
                typed = answer_cells(student)
                for cell in notebook.cells:
                    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                    if grade_id in typed:
                        cell.source = typed[grade_id]
                nbformat.write(notebook, path)
                if student == "cy":
                    AnswerStore(STEM, folder=home / STEM).set("who_said_it", widget_answers())
                run([NBGRADER, "submit", STEM, f"--student={student}"], home, env)
            except Exception as error:  # noqa: BLE001 (any failure is reported by the main thread)
                errors.append((student, error))

        threads = [threading.Thread(target=student_side, args=(s,)) for s in STUDENTS]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not errors, errors
        now = lap("students: fetch, answer, submit (in parallel)", now)

        run([NBGRADER, "collect", STEM], course, teacher_env)
        now = lap("teacher: collect", now)
        result["autograde"] = run([NBGRADER, "autograde", STEM], course, teacher_env, timeout=600)
        now = lap("teacher: autograde (3 notebooks)", now)

        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="medialit") as gradebook:
            result["scores"] = {}
            for student in STUDENTS:
                submission = gradebook.find_submission(STEM, student)
                result["scores"][student] = (submission.score, submission.max_score,
                                             submission.needs_manual_grade)
        run([NBGRADER, "export", f"--to={base / 'grades.csv'}"], course, teacher_env)

        # the servers started while nbgrader ran: wait until each is ready, then ask it
        deadline = time.monotonic() + 120
        result["ready"] = {}
        for user in [TEACHER, *STUDENTS]:
            while True:
                status, model = api(f"{url}/hub/api/users/{user}")
                if status == 200 and model.get("servers", {}).get("", {}).get("ready"):
                    break
                assert time.monotonic() < deadline, f"{user}'s server never got ready: {model}\n" \
                    + result["log"].read_text()[-3000:]
                time.sleep(0.3)
            result["ready"][user] = time.monotonic() - started
        result["status"] = {user: api(f"{url}/user/{user}/api/status")
                            for user in [TEACHER, *STUDENTS]}
        result["contents"] = {s: api(f"{url}/user/{s}/api/contents/{STEM}") for s in STUDENTS}
        lap("servers ready, asked through the proxy", now)
        result["memory"] = measure(hub)
        timings["total before shutdown"] = time.monotonic() - started
        yield result
    finally:
        begun = time.monotonic()
        left = stop(hub, base)
        log.close()
        timings["shutdown"] = time.monotonic() - begun
        print_timings(request, timings, result.get("memory", {}))
        assert not left, f"processes were still running after the hub stopped (now killed): {left}"
        added = footprint() - repository_before
        assert not added, f"the test wrote outside its folder: {sorted(added)[:10]}"


def teacher_prepares(base: Path, homes: dict, exchange: Path, timings: dict):
    """The teacher's course in the teacher's home: students, generate, release."""
    begun = time.monotonic()
    course = homes[TEACHER] / "medialit"
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    shutil.copytree(ROOT / "solutions" / STEM, course / "solutions" / STEM,
                    ignore=shutil.ignore_patterns("*.answers.json", "my-answers",
                                                  ".ipynb_checkpoints"))
    (course / "students.csv").write_text("id\n" + "\n".join(STUDENTS) + "\n", encoding="utf-8")
    env = clean_env(base, homes[TEACHER], MEDIALIT_EXCHANGE=str(exchange))
    run([NBGRADER, "db", "student", "import", "students.csv"], course, env)
    run([NBGRADER, "generate_assignment", STEM], course, env)
    run([NBGRADER, "release_assignment", STEM], course, env)
    timings["teacher: import students, generate, release"] = time.monotonic() - begun
    return course, env


def footprint() -> set:
    """What a leaked path would add to the kit's folder or the current folder: files in
    nbgrader's working folders, answers files beside the solutions, the dashboard's CSV, the
    hub's files, and this test's students in the kit's gradebook. Only additions are compared:
    other people may be editing and regenerating the course while this runs."""
    import sqlite3

    found = set()
    for place in (".exchange", "submitted", "autograded", "feedback"):
        found.update(str(path) for path in (ROOT / place).rglob("*") if path.is_file())
    found.update(str(path) for path in (ROOT / "solutions").rglob("*.answers.json"))  # my-answers/ too
    found.update(str(path) for path in (ROOT / "teacher").glob("*.csv"))
    hub_files = ("jupyterhub.sqlite", "jupyterhub_cookie_secret", "jupyterhub-proxy.pid",
                 "gradebook.db")
    found.update(str(Path.cwd() / name) for name in hub_files
                 if (Path.cwd() / name).exists() and Path.cwd() != ROOT)
    if (ROOT / "gradebook.db").is_file():
        try:
            with sqlite3.connect(f"file:{ROOT / 'gradebook.db'}?mode=ro", uri=True) as gradebook:
                found.update(f"gradebook.db student {row[0]}" for row in
                             gradebook.execute("SELECT id FROM student") if row[0] in STUDENTS)
        except sqlite3.Error:
            pass
    return found


def measure(hub: subprocess.Popen) -> dict[str, float]:
    """Resident memory (MB) of the hub, the proxy and each user's server (no kernels)."""
    memory = {}
    for process in [psutil.Process(hub.pid), *psutil.Process(hub.pid).children()]:
        try:
            command = " ".join(process.cmdline())
            if process.pid == hub.pid:
                name = "hub"
            elif "configurable-http-proxy" in command:
                name = "proxy"
            else:
                name = f"server of {process.environ().get('JUPYTERHUB_USER', '?')}"
            memory[name] = process.memory_info().rss / 2**20
        except psutil.Error:
            pass
    return memory


def print_timings(request, timings: dict, memory: dict) -> None:
    """On the terminal, even under pytest -q (output capture does not hide it)."""
    lines = ["JupyterHub loopback timings:"] + [f"  {name:<52} {seconds:6.1f} s"
                                               for name, seconds in timings.items()]
    if memory:
        lines += ["Resident memory (RSS) before shutdown:"] + [
            f"  {name:<52} {mb:6.0f} MB" for name, mb in sorted(memory.items())]
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print("\n".join(lines))
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")  # off the line of progress dots
        for line in lines:
            reporter.write_line(line)


# -- the checks ----------------------------------------------------------------------------------

def test_users_created_through_the_rest_api(loopback):
    status, users = loopback["created"]
    assert status == 201 and sorted(user["name"] for user in users) == sorted([TEACHER, *STUDENTS])
    assert loopback["groups"] == {"formgrade-medialit": 201, "nbgrader-medialit": 201}
    status, teacher = loopback["teacher"]
    assert status == 200 and teacher["groups"] == ["formgrade-medialit"]
    assert all(code in (201, 202) for code in loopback["spawn"].values()), loopback["spawn"]


def test_every_server_answers_through_the_proxy(loopback):
    for user, (status, body) in loopback["status"].items():
        assert status == 200, f"/user/{user}/api/status: {status} {body}"
        assert "started" in body and "last_activity" in body


def test_each_server_sees_its_own_fetched_assignment(loopback):
    """The files the student side fetched are in the home the hub gave each student."""
    for student, (status, listing) in loopback["contents"].items():
        assert status == 200, listing
        names = {item["name"] for item in listing["content"]}
        assert f"{STEM}.ipynb" in names
        assert ("my-answers" in names) == (student == "cy")


def test_each_student_gets_their_score(loopback):
    assert {s: score[:2] for s, score in loopback["scores"].items()} == \
        {student: (score, 8.0) for student, score in EXPECTED.items()}
    assert [s for s, score in loopback["scores"].items() if score[2]] == WRITTEN
    with open(loopback["base"] / "grades.csv", encoding="utf-8", newline="") as handle:
        exported = {row["student_id"]: float(row["raw_score"]) for row in csv.DictReader(handle)}
    assert exported == EXPECTED
    assert "Traceback" not in without_kernel_shutdown_race(loopback["autograde"])


def test_the_answers_file_was_handed_in_and_kept(loopback):
    kept = loopback["course"] / "autograded" / "cy" / STEM / "my-answers" / \
        f"{STEM}.answers.json"
    saved = json.loads(kept.read_text(encoding="utf-8"))["answers"]
    assert saved["who_said_it"] == widget_answers()


def test_the_dashboard_reads_the_hub_course(loopback):
    sys.path.insert(0, str(ROOT / "teacher"))
    try:
        import dashboard
    finally:
        sys.path.remove(str(ROOT / "teacher"))
    data = dashboard.load_class(loopback["course"])
    assert data.students == STUDENTS and data.assignments == {STEM: 8.0}
    assert dashboard.score_summary(data)[STEM]["scores"] == EXPECTED
    assert dashboard.score_summary(data)[STEM]["waiting"] == WRITTEN
    assert dashboard.plot_scores(data).axes[0].get_title(loc="left") == f"{STEM}: 3 of 3 handed in"

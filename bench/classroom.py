"""A class at 9:00: N students run a lesson's setup at the same moment (``benchmark.py --class N``).

Each student does what lesson 3 (``notebooks/03-spot-the-errors.ipynb``) does first: its setup
cell (``import medialit``, ``load_article()``, ``open_answers``), the error-hunt cell, and one
mark added in the error hunt and saved to the student's own answers file. Two ways:

* plain processes: N new Python processes started together, each in its own folder, each
  reporting when its lesson was ready, its CPU time and its own peak memory (``VmHWM``); the
  memory of all of them together is sampled from ``/proc`` while they run;
* through a JupyterHub on the loopback (127.0.0.1 only), started as tests/test_jupyterhub.py
  starts it (its helpers are imported, not copied): N users, N JupyterLab servers, one kernel
  each, the same cells run in the kernels at once over the servers' REST and WebSocket API.
  Needs JupyterHub in the kit's Python, and Node.js and npm for configurable-http-proxy
  (installed into the run's temporary folder, as the test does).

Everything runs in a temporary folder and is bounded in time: what has not finished by the
deadline is stopped and counted as a failure.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
LESSON = ROOT / "notebooks" / "03-spot-the-errors.ipynb"
NOTEBOOK = "03-spot-the-errors"
TARGET_SECONDS = 10.0  # every student's lesson ready within this, thirty at once
TARGET_PEAK_MIB = 150.0  # one student's process at most this
SETUP_SECONDS = 480  # at most this for the hub to start and every student's server and kernel
# thirty servers starting together on two cores take minutes: the loopback test's 90 s
# (enough for its four users) would fail the later ones
CLASS_SPAWN_SETTINGS = """
c.Spawner.start_timeout = 400
c.Spawner.http_timeout = 400
"""
# one mark in the error hunt, as a student makes it: words of the first sentence (the title),
# what is wrong, "Add mark"; the mark is saved to the answers file at once
ADD_ONE_MARK = """
def _control(widget, kind, description):
    found = [widget]
    while found:
        part = found.pop()
        if type(part).__name__ == kind and getattr(part, "description", None) == description:
            return part
        found.extend(getattr(part, "children", ()))
_control(hunt, "Text", "Words").value = "British Foreign Minister"
_control(hunt, "Dropdown", "What's wrong").value = "role-conflict"
_control(hunt, "Button", "Add mark").click()
"""
REPORT = """
import json as _json, resource as _resource, sys as _sys, time as _time
_marks = ml.load_answers({notebook!r}).get("error_hunt", [])
_usage = _resource.getrusage(_resource.RUSAGE_SELF)
# VmHWM: this program's own peak; ru_maxrss would also count the parent it was forked from
try:
    _peak = next(int(line.split()[1]) for line in open("/proc/self/status")
                 if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    _peak = _usage.ru_maxrss / 1024
print(_json.dumps({{"ready": _ready, "saved": len(_marks), "spacy": "spacy" in _sys.modules,
                   "peak": _peak, "cpu": _usage.ru_utime + _usage.ru_stime}}))
"""


def lesson_cells() -> tuple[str, str]:
    """Lesson 3's setup cell and its error-hunt cell, as the notebook has them."""
    cells = [cell.source for cell in nbformat.read(LESSON, as_version=4).cells
             if cell.cell_type == "code"]
    setup = next(source for source in cells if "import medialit" in source)
    hunt = next(source for source in cells if "ml.error_hunt(" in source)
    return setup, hunt


def student_program() -> str:
    """What each student runs: the two cells, the time they were done, one mark, a report."""
    setup, hunt = lesson_cells()
    return "\n".join([setup, f"hunt = {hunt.strip()}", "import time",
                      "_ready = time.time()", ADD_ONE_MARK, REPORT.format(notebook=NOTEBOOK)])


# -- memory of many processes at once ------------------------------------------------------------

def resident_mib(pid: int) -> float:
    """The resident memory of a live process (and 0 when it is gone or /proc is missing)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants, read from /proc (no psutil needed)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


class MemorySampler(threading.Thread):
    """Samples the summed resident memory of some processes every 0.1 s; keeps the largest."""

    def __init__(self, pids):
        super().__init__(daemon=True)
        self.pids, self.peak, self.done = pids, 0.0, threading.Event()

    def run(self):
        while not self.done.is_set():
            self.peak = max(self.peak, sum(resident_mib(pid) for pid in self.pids()))
            self.done.wait(0.1)

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak


# -- N students as plain processes -------------------------------------------------------------

def class_of_processes(students: int, timeout: float) -> dict:
    """Start ``students`` setups together; each student's figures and the failures."""
    program = student_program()
    env = dict(os.environ, PYTHONPATH=str(ROOT), MPLBACKEND="Agg", PYTHONIOENCODING="utf-8")
    results, failures = [], []
    with tempfile.TemporaryDirectory(prefix="medialit-class-") as base:
        folders = [Path(base) / f"student-{n:02d}" for n in range(1, students + 1)]
        for folder in folders:
            folder.mkdir()
        started = time.time()
        processes = [subprocess.Popen([sys.executable, "-c", program], cwd=folder, env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for folder in folders]
        sampler = MemorySampler(lambda: [p.pid for p in processes if p.poll() is None])
        sampler.start()
        deadline = started + timeout
        for number, process in enumerate(processes, 1):
            try:
                out, err = process.communicate(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                failures.append(f"student {number}: not ready after {timeout:.0f} s (stopped)")
                continue
            report = _last_json(out)
            if process.returncode != 0 or report is None:
                failures.append(f"student {number}: exit {process.returncode}: "
                                f"{(err.strip().splitlines() or ['no output'])[-1][:200]}")
            elif report["saved"] != 1:
                failures.append(f"student {number}: {report['saved']} marks saved, not 1")
            else:
                results.append(dict(report, ready=report["ready"] - started))
        together = sampler.stop()
    return {"students": students, "results": results, "failures": failures,
            "together": together, "wall": time.time() - started}


def _last_json(out: str) -> dict | None:
    for line in reversed(out.strip().splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return None


# -- N students through a JupyterHub on the loopback --------------------------------------------

def _loopback_helpers():
    """tests/test_jupyterhub.py's helpers (free ports, the hub's configuration, installs, a
    clean stop), imported rather than copied."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import test_jupyterhub

    return test_jupyterhub


def class_on_a_hub(students: int, timeout: float) -> dict:
    """N users of a loopback JupyterHub run the lesson's cells in their own kernels at once."""
    try:
        hub_helpers = _loopback_helpers()
    except BaseException as error:  # noqa: BLE001 (pytest.skip raises a BaseException)
        return {"skipped": f"the loopback helpers could not be loaded: {error}"}
    names = [f"student{n:02d}" for n in range(1, students + 1)]
    began = time.time()
    with tempfile.TemporaryDirectory(prefix="medialit-class-hub-") as folder:
        base = Path(folder)
        (base / "tmp").mkdir()
        for name in names:
            (base / "homes" / name).mkdir(parents=True)
        jobs = hub_helpers.start_installs(base)
        try:
            site = hub_helpers.finish_installs(base, jobs)
        except BaseException as error:  # noqa: BLE001 (the helper skips with pytest.skip)
            return {"skipped": f"JupyterHub or its proxy could not be installed: {error}"}
        finally:
            for job in jobs.values():
                hub_helpers.stop_job(job)
        ports = {"public": hub_helpers.free_port(), "hub": hub_helpers.free_port(),
                 "proxy_api": hub_helpers.free_port()}
        config = hub_helpers.hub_config(base, ports, base / "exchange")
        with open(config, "a", encoding="utf-8") as settings:
            settings.write(CLASS_SPAWN_SETTINGS)
        env = hub_helpers.clean_env(base, base / "hub")
        # the servers and their kernels import this checkout's medialit (PYTHONPATH is one of
        # the variables JupyterHub's spawner passes on)
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in (site, ROOT) if p is not None)
        env["MPLBACKEND"] = "Agg"
        with open(base / "hub" / "hub.log", "w", encoding="utf-8") as log:
            hub = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(config)],
                                   cwd=base / "hub", env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
            try:
                return _run_hub_class(hub_helpers, hub, base, ports, names, timeout, began)
            finally:
                left = hub_helpers.stop(hub, base)
                if left:
                    print(f"  (processes still running after the hub stopped, now killed: "
                          f"{left})", file=sys.stderr)


def _run_hub_class(hub_helpers, hub, base: Path, ports: dict, names: list[str], timeout: float,
                   began: float) -> dict:
    url = f"http://127.0.0.1:{ports['public']}"
    api = hub_helpers.api
    deadline = time.time() + SETUP_SECONDS
    while True:
        if hub.poll() is not None:
            return {"failed": "the hub stopped: " + (base / "hub" / "hub.log").read_text()[-800:]}
        try:
            if api(f"{url}/hub/api/", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        if time.time() > deadline:
            return {"failed": "the hub never answered"}
        time.sleep(0.2)
    hub_up = time.time() - began
    api(f"{url}/hub/api/users", "POST", {"usernames": names})
    for name in names:
        api(f"{url}/hub/api/users/{name}/server", "POST")
    waiting = set(names)
    while waiting and time.time() < deadline:
        for name in sorted(waiting):
            status, model = api(f"{url}/hub/api/users/{name}")
            if status == 200 and model.get("servers", {}).get("", {}).get("ready"):
                waiting.discard(name)
        time.sleep(0.5)
    servers_ready = time.time() - began
    failures = [f"{name}: the server did not start within {SETUP_SECONDS} s"
                for name in sorted(waiting)]
    ready = [name for name in names if name not in waiting]
    # every kernel started first (as when the students open the notebook), then the cells run
    # in all of them at once (as when they all press Shift+Enter)
    kernels = {}
    for name in ready:
        status, kernel = api(f"{url}/user/{name}/api/kernels", "POST", {"name": "python3"})
        if status in (200, 201):
            kernels[name] = kernel["id"]
        else:
            failures.append(f"{name}: no kernel ({status} {str(kernel)[:120]})")
    program = student_program()
    deadline = time.time() + timeout
    results: dict[str, dict] = {}
    sampler = MemorySampler(lambda: [pid for pid in process_tree(hub.pid)
                                     if _is_kernel(pid)])
    sampler.start()
    pressed = time.time()
    threads = [threading.Thread(target=_run_in_kernel, daemon=True,
                                args=(url, name, kernels[name], program, deadline, results))
               for name in kernels]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.1, deadline - time.time()))
    together = sampler.stop()
    done = []
    for name in kernels:
        result = results.get(name)
        if result is None:
            failures.append(f"{name}: no answer from the kernel within {timeout:.0f} s")
        elif "error" in result:
            failures.append(f"{name}: {result['error'][:200]}")
        elif result["saved"] != 1 or not _saved_on_disk(base / "homes" / name):
            failures.append(f"{name}: the mark was not saved in the answers file")
        else:
            done.append(dict(result, ready=result["ready"] - pressed))
    memory = {"hub and proxy": sum(resident_mib(pid) for pid in process_tree(hub.pid)
                                   if not _is_server_or_kernel(pid)),
              "servers": [resident_mib(pid) for pid in process_tree(hub.pid)
                          if _is_server(pid)]}
    return {"students": len(names), "results": done, "failures": failures,
            "together": together, "hub_up": hub_up, "servers_ready": servers_ready,
            "servers_started": len(ready), "memory": memory}


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _is_kernel(pid: int) -> bool:
    return "ipykernel" in _command(pid)


def _is_server(pid: int) -> bool:
    return "jupyterhub.singleuser" in _command(pid) or "jupyterhub-singleuser" in _command(pid)


def _is_server_or_kernel(pid: int) -> bool:
    return _is_kernel(pid) or _is_server(pid)


def _saved_on_disk(home: Path) -> bool:
    path = home / "my-answers" / f"{NOTEBOOK}.answers.json"
    try:
        return len(json.loads(path.read_text(encoding="utf-8"))["answers"]["error_hunt"]) == 1
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _run_in_kernel(url: str, name: str, kernel: str, program: str, deadline: float,
                   results: dict) -> None:
    """Run the program in one kernel over its WebSocket; keep its report (or the error).

    A connection lost before the cells finish is opened again and the cells run again, as
    JupyterLab reconnects and a student presses Shift+Enter once more (the error hunt keeps
    the saved mark and refuses the same mark twice); the student's time includes the retry."""
    import websocket

    for attempt in (1, 2):
        try:
            results[name] = dict(_execute(url, name, kernel, program, deadline),
                                 retried=attempt > 1)
            return
        except websocket.WebSocketConnectionClosedException as error:
            results[name] = {"error": f"the connection was lost twice ({error})"}
        except Exception as error:  # noqa: BLE001 (reported as this student's failure)
            results[name] = {"error": f"{type(error).__name__}: {error}"}
            return


def _execute(url: str, name: str, kernel: str, program: str, deadline: float) -> dict:
    import websocket

    hub_helpers = _loopback_helpers()
    socket_url = re.sub("^http", "ws", url) + f"/user/{name}/api/kernels/{kernel}/channels"
    message_id = uuid.uuid4().hex
    request = {"header": {"msg_id": message_id, "username": name, "session": uuid.uuid4().hex,
                          "msg_type": "execute_request", "version": "5.3"},
               "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
               "content": {"code": program, "silent": False, "store_history": False,
                           "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}
    connection = websocket.create_connection(
        socket_url, timeout=max(1.0, deadline - time.time()),
        header=[f"Authorization: token {hub_helpers.TOKEN}"])
    output = ""
    try:
        connection.send(json.dumps(request))
        while time.time() < deadline:
            message = json.loads(connection.recv())
            if message.get("parent_header", {}).get("msg_id") != message_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream" and content.get("name") == "stdout":
                output += content["text"]
            elif kind == "error":
                return {"error": f"{content['ename']}: {content['evalue']}"}
            elif kind == "status" and content.get("execution_state") == "idle":
                break
    finally:
        connection.close()
    report = _last_json(output)
    return report if report is not None else {"error": f"no report: {output[-200:]}"}


# -- the table ----------------------------------------------------------------------------------

def summary(label: str, run: dict) -> list[str]:
    """Lines saying when the first and the last student were ready, failures and memory."""
    if "skipped" in run or "failed" in run:
        return [f"{label}: {run.get('skipped') or run.get('failed')}"]
    results = run["results"]
    lines = [f"{label}: {run['students']} students at once"]
    if results:
        ready = sorted(result["ready"] for result in results)
        peaks = [result["peak"] for result in results]
        met = len(results) == run["students"] and ready[-1] <= TARGET_SECONDS
        lines += [
            f"  first student ready after {ready[0]:.2f} s, last after {ready[-1]:.2f} s "
            f"(target: every one within {TARGET_SECONDS:.0f} s: {'✔' if met else '✘ MISSED'})",
            f"  peak memory of one student's process: {max(peaks):.0f} MiB largest, "
            f"{sorted(peaks)[len(peaks) // 2]:.0f} MiB median (target ≤ {TARGET_PEAK_MIB:.0f} "
            f"MiB: {'✔' if max(peaks) <= TARGET_PEAK_MIB else '✘ MISSED'})",
            f"  CPU time of one student's process"
            f"{' (a kernel: since it started)' if 'servers_ready' in run else ''}: "
            f"{sorted(r['cpu'] for r in results)[len(results) // 2]:.2f} s median "
            f"({sum(r['cpu'] for r in results):.1f} s for the class)",
            f"  all the students' processes together: {run['together']:,.0f} MiB at most "
            f"(sampled every 0.1 s; the sum of every peak: {sum(peaks):,.0f} MiB)",
            f"  spaCy loaded by {sum(1 for r in results if r['spacy'])} of {len(results)}; "
            f"one error-hunt mark saved by {len(results)} of {run['students']}"
            + (f"; {sum(1 for r in results if r.get('retried'))} ran the cells again after a lost "
               "connection" if any(r.get("retried") for r in results) else "")]
    if "servers_ready" in run:
        memory = run["memory"]
        servers = memory["servers"]
        lines.append(f"  the hub answered after {run['hub_up']:.1f} s; {run['servers_started']} of "
                     f"{run['students']} servers ready after {run['servers_ready']:.1f} s (all "
                     f"requested at once); kernels started, then the cells run together; hub and proxy "
                     f"{memory['hub and proxy']:.0f} MiB; servers {sum(servers):,.0f} MiB in all "
                     f"({max(servers, default=0):.0f} MiB the largest), kernels as above")
    lines.append(f"  failures: {len(run['failures'])}")
    lines += [f"    {failure}" for failure in run["failures"][:10]]
    return lines


def run_class(students: int, timeout: float, hub: bool) -> bool:
    """Print the class benchmark; True when every student was ready with their mark saved."""
    plain = class_of_processes(students, timeout)
    for line in summary("plain processes (import, load_article, analyze, error hunt, one mark)",
                        plain):
        print(line)
    ok = not plain["failures"]
    if hub:
        print()
        on_hub = class_on_a_hub(students, timeout)
        for line in summary("JupyterHub on 127.0.0.1 (real kernels, lesson 3's cells)", on_hub):
            print(line)
        ok = ok and not on_hub.get("failures", ["the hub part did not run"])
    return ok


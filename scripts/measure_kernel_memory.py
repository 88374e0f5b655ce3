"""How much memory one student needs on a shared server (JupyterHub): the numbers in
``docs/jupyterhub.md``.

Starts a JupyterLab server and ``--kernels`` Python kernels (default 3), as students' sessions
would, runs a lesson's first analysis in each kernel (``import medialit as ml;
ml.analyze(ml.load_article())``: spaCy and its English model loaded, the seed analysed), and
prints each process's memory:

- RSS: resident memory as ``top`` shows it, counting shared libraries in full;
- PSS: shared pages split between the processes that share them (sums correctly);
- USS: memory only this process uses (what one more student adds, at least).

Everything runs with HOME and the runtime files in a temporary folder, and is stopped at the
end. Needs psutil (installed with JupyterLab). Usage::

    .venv/bin/python scripts/measure_kernel_memory.py [--kernels 3]
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import psutil
from jupyter_client.manager import KernelManager

# a lesson's first cells: the engine, the seed's analysis, a chart and the widgets library
CODE = ("import medialit as ml\nresult = ml.analyze(ml.load_article())\n"
        "figure = ml.plot_source_balance(result)\nfigure._repr_png_()\nimport ipywidgets")
MB = 1024 * 1024


def memory(pid: int) -> dict:
    info = psutil.Process(pid).memory_full_info()
    return {"rss": info.rss / MB, "pss": getattr(info, "pss", float("nan")) / MB,
            "uss": info.uss / MB}


def line(name: str, numbers: dict) -> str:
    return (f"{name:<34} RSS {numbers['rss']:6.0f} MB   PSS {numbers['pss']:6.0f} MB   "
            f"USS {numbers['uss']:6.0f} MB")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ.update(HOME=home, JUPYTER_RUNTIME_DIR=os.path.join(home, "runtime"),
                          PYTHONDONTWRITEBYTECODE="1")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--no-browser",
                                   f"--port={port}", "--ip=127.0.0.1", "--allow-root",
                                   "--ServerApp.token=", f"--ServerApp.root_dir={home}"],
                                  cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True)
        kernels = []
        try:
            for _ in range(60):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=1)
                    break
                except OSError:
                    time.sleep(0.5)
            idle = memory(server.pid)
            for _ in range(args.kernels):
                manager = KernelManager(kernel_name="python3")
                manager.start_kernel(cwd=home)
                kernels.append(manager)
            bare = None
            for manager in kernels:
                client = manager.client()
                client.start_channels()
                client.wait_for_ready(timeout=60)
                if bare is None:
                    time.sleep(1)
                    bare = memory(manager.provisioner.process.pid)
                began = time.monotonic()
                reply = client.execute_interactive(CODE, timeout=300, output_hook=lambda msg: None)
                assert reply["content"]["status"] == "ok", reply["content"]
                took = time.monotonic() - began
                client.stop_channels()
            print(f"Python {sys.version.split()[0]}, {psutil.cpu_count()} CPUs, "
                  f"{psutil.virtual_memory().total / 2**30:.1f} GB RAM; "
                  f"first analysis took {took:.1f} s")
            print(line("JupyterLab server, idle", idle))
            print(line("kernel, ready, before medialit", bare))
            numbers = [memory(m.provisioner.process.pid) for m in kernels]
            for number, each in enumerate(numbers, 1):
                print(line(f"kernel {number} after the analysis", each))
            mean = {key: sum(n[key] for n in numbers) / len(numbers) for key in numbers[0]}
            print(line("mean per kernel", mean))
            print(line("JupyterLab server, with kernels", memory(server.pid)))
        finally:
            for manager in kernels:
                manager.shutdown_kernel(now=True)
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

"""Run a notebook in a kernel driven from a new Python process, for the tests.

Driven from the long-lived test process, one notebook in a sequence sometimes waited exactly
its timeout (300 s) for a reply that had already come, then went on as if nothing happened:
seen in full test runs only (pyzmq 27, nbclient 0.11), never when a notebook ran alone. A new
process for each notebook keeps every run independent and costs about a second.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat

_SCRIPT = """
import json, sys
import nbformat
from nbclient import NotebookClient
settings = json.loads(sys.argv[1])
notebook = nbformat.reads(sys.stdin.read(), as_version=4)
NotebookClient(notebook, timeout=settings["timeout"], kernel_name="python3",
               allow_errors=settings["allow_errors"],
               resources={"metadata": {"path": settings["folder"]}},
               extra_arguments=settings["extra_arguments"]).execute()
sys.stdout.write(nbformat.writes(notebook))
"""


def execute(notebook, folder: Path, *, timeout: int = 300, allow_errors: bool = False,
            extra_arguments: tuple[str, ...] = (), env: dict | None = None):
    """``notebook`` run top to bottom with ``folder`` as its working folder; the notebook with
    its outputs. A cell that fails (unless ``allow_errors``) fails the calling test with the
    kernel's own error message."""
    settings = {"timeout": timeout, "allow_errors": allow_errors, "folder": str(folder),
                "extra_arguments": list(extra_arguments)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(settings)],
                          input=nbformat.writes(notebook), capture_output=True, text=True,
                          timeout=timeout * 3, env=env, check=False)
    assert done.returncode == 0, f"the notebook did not run:\n{done.stderr[-3000:]}"
    return nbformat.reads(done.stdout, as_version=4)

"""The benchmark still runs and prints its summary (it times nothing here: the figures belong
in its own output, not in a test)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.usefixtures("nlp")
def test_quick_benchmark_prints_every_measure():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "benchmark.py"), "--quick",
                           "--no-polnear", "--warm-runs", "2"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for measure in ("cold start:", "warm:", "batch:", "full/parse", "click Add mark",
                    "command line cold / spaCy"):
        assert measure in done.stdout, measure
    assert "the clicks caused 0 parse(s) and 0 analysis(es)" in done.stdout

"""scripts/check_layers.py: the engine has no import circle, no private import, no module over
700 lines and no function over 100 lines; and the checker finds each of these when present."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_layers.py"


def run_checker(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=120)


def reported(output: str) -> set[tuple[str, str, str]]:
    """Each reported problem as (file, kind, the function or module it names)."""
    found = set()
    for line in output.splitlines():
        place, kind, message = line.split(": ", 2)
        found.add((place.rsplit(":", 1)[0], kind, message.split()[0]))
    return found


def test_the_engine_keeps_its_layers():
    result = run_checker()
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("medialit/: no import circle"), result.stdout


def write_package(root: Path, files: dict[str, str]) -> Path:
    package = root / "pkg"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return package


def test_a_clean_package_passes(tmp_path):
    package = write_package(tmp_path, {
        "__init__.py": "from pkg.top import run\n",
        "base.py": "def _helper():\n    return 1\n\ndef helper():\n    return _helper()\n",
        "top.py": "from pkg.base import helper\n\ndef run():\n    return helper()\n",
        "sub/__init__.py": "from .inner import value\n",
        "sub/inner.py": "from pkg.base import helper\nvalue = helper()\n",
    })
    result = run_checker("--package", str(package))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("pkg/: no import circle")


def test_each_problem_is_found(tmp_path):
    long_body = "".join(f"    x{i} = {i}\n" for i in range(101))
    package = write_package(tmp_path, {
        "__init__.py": "",
        "a.py": "from pkg.b import shown\n\ndef use():\n    return shown()\n",
        # the circle is hidden in a function, and b takes a private name of c
        "b.py": "from pkg.c import _secret\n\ndef shown():\n    from pkg.a import use\n    return use\n",
        "c.py": "_secret = 1\n" + "\n" * 700,
        "d.py": "def too_long():\n" + long_body,
        "e.py": "from pkg import c\nvalue = c._secret\n",
    })
    result = run_checker("--package", str(package))
    assert result.returncode == 1
    assert reported(result.stdout) == {
        ("pkg/b.py", "private-import", "imports"),
        ("pkg/e.py", "private-import", "uses"),
        ("pkg/c.py", "long-module", "pkg.c"),
        ("pkg/d.py", "long-function", "too_long"),
        ("pkg/a.py", "circle", "pkg.a,"),
    }
    circle = next(line for line in result.stdout.splitlines() if ": circle: " in line)
    assert "pkg.a, pkg.b import each other" in circle and "pkg.b (line 4) imports pkg.a" in circle

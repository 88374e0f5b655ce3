"""Plain words for the mistake students make most in a notebook: running a cell before the cells
above it (after opening the notebook again, or after a kernel restart).

Python then says ``NameError: name 'article' is not defined`` under a screen of traceback. In a
kernel where this extension is loaded, the red box says instead what happened and what to do:
run the cells above first, or check the spelling (with the nearest name the notebook knows).

The extension is loaded in two ways:

* ``import medialit`` loads it into the running notebook (so a cell skipped later in a lesson
  gets the friendly message);
* ``python -m medialit.friendly`` writes one line into the Python environment's own IPython
  settings (``<sys.prefix>/etc/ipython/ipython_kernel_config.py``) so that every new kernel
  loads it before the first cell runs: then even ``ml`` being unknown, the commonest case, is
  explained. ``python3 kit.py start`` and ``test`` do this for the kit's own environment; a
  JupyterHub administrator runs it once in the students' environment (docs/jupyterhub.md).
"""
from __future__ import annotations

import difflib
import sys
from pathlib import Path

EXTENSION = "medialit.friendly"
CONFIG_LINE = f"c.InteractiveShellApp.extensions.append({EXTENSION!r})  # medialit: friendly errors"
KIT_NAMES = {"ml": "the kit", "article": "the article", "answers": "your answers file",
             "result": "the machine's analysis"}


def explain_name_error(name: str, known: list[str]) -> list[str]:
    """The lines shown instead of the traceback when ``name`` is not defined."""
    what = KIT_NAMES.get(name)
    lines = [f"Python does not know “{name}” yet."]
    if name == "ml":
        lines.append("The kit is loaded by the first code cell of the notebook "
                     "(import medialit as ml).")
    elif what:
        lines.append(f"“{name}” ({what}) is made by a cell higher up that has not run since the "
                     "notebook was opened or restarted.")
    lines.append("• Run the cells above this one first: menu Run → Run All Above Selected Cell. "
                 "Then run this cell again.")
    close = difflib.get_close_matches(name, [k for k in known if not k.startswith("_")], n=1,
                                      cutoff=0.75)
    if close and close[0] != name:
        lines.append(f"• Or did you mean “{close[0]}”? Check the spelling.")
    elif not what:
        lines.append("• If you typed this name yourself, check its spelling.")
    return lines


def _handler(shell, etype, value, tb, tb_offset=None):
    last = tb
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    name = getattr(value, "name", None)
    in_the_notebook = last is not None and last.tb_frame.f_globals is shell.user_ns
    if not name or not in_the_notebook:  # a fault inside a library: the full story helps more
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    else:
        lines = explain_name_error(name, list(shell.user_ns))
    shell._showtraceback(etype, value, lines)  # IPython leaves the showing to the handler
    return lines


def load_ipython_extension(shell) -> None:
    """IPython's hook: show ``explain_name_error`` for every NameError in this kernel."""
    shell.set_custom_exc((NameError,), _handler)


def install_kernel_config(prefix: str | Path = sys.prefix) -> Path:
    """Make every new kernel of this Python environment load the extension; safe to repeat."""
    config = Path(prefix) / "etc" / "ipython" / "ipython_kernel_config.py"
    config.parent.mkdir(parents=True, exist_ok=True)
    text = config.read_text(encoding="utf-8") if config.exists() else ""
    if CONFIG_LINE not in text:
        opening = "" if text else "c = get_config()  # noqa: F821 (IPython provides it)\n"
        config.write_text(text + ("\n" if text and not text.endswith("\n") else "") + opening +
                          CONFIG_LINE + "\n", encoding="utf-8")
    return config


def load_into_running_notebook() -> None:
    """Load the extension into the IPython kernel running this code, if there is one."""
    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    if shell is not None and EXTENSION not in shell.extension_manager.loaded:
        shell.extension_manager.load_extension(EXTENSION)


if __name__ == "__main__":
    print(f"[kit] A lesson cell run before the cells above it will say so in plain words "
          f"(set in {install_kernel_config()}).")

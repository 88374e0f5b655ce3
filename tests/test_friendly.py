"""A cell run before the cells above it gets plain words, not a screen of traceback.

The kernel tests start a real IPython kernel (nbclient) that reads the settings file written by
``install_kernel_config``, as a new kernel of the kit's environment does.
"""
from __future__ import annotations

import nbformat
import pytest
from notebook_runner import execute
from traitlets.config.loader import PyFileConfigLoader

from medialit.friendly import (
    CONFIG_LINE,
    EXTENSION,
    explain_name_error,
    install_kernel_config,
    load_into_running_notebook,
)

ABOVE = "Run → Run All Above Selected Cell"


def test_unknown_ml_says_the_first_cell_loads_the_kit():
    lines = explain_name_error("ml", known=["In", "Out"])
    assert lines[0] == "Python does not know “ml” yet."
    assert "import medialit as ml" in lines[1]
    assert ABOVE in lines[2]
    assert len(lines) == 3  # no spelling advice: nobody mistypes "ml" into being


def test_a_kit_name_says_which_cell_makes_it():
    lines = explain_name_error("result", known=["ml", "article"])
    assert "“result” (the machine's analysis) is made by a cell higher up" in lines[1]


def test_a_typo_gets_the_nearest_known_name():
    lines = explain_name_error("artcle", known=["ml", "article", "answers", "_private"])
    assert lines[-1] == "• Or did you mean “article”? Check the spelling."


def test_a_name_nobody_made_gets_spelling_advice_without_a_guess():
    lines = explain_name_error("zebra", known=["ml", "article"])
    assert lines[-1] == "• If you typed this name yourself, check its spelling."
    assert not any("did you mean" in line for line in lines)


def test_kernel_config_is_written_once_and_keeps_what_was_there(tmp_path):
    config = install_kernel_config(tmp_path)
    assert config == tmp_path / "etc" / "ipython" / "ipython_kernel_config.py"
    loaded = PyFileConfigLoader(config.name, path=str(config.parent)).load_config()
    assert EXTENSION in loaded.InteractiveShellApp.extensions.get_value([])
    config.write_text(config.read_text() + "c.InteractiveShell.autocall = 0", encoding="utf-8")
    install_kernel_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    assert text.count(CONFIG_LINE) == 1 and "autocall = 0" in text


def _run(cells: list[str], tmp_path, config) -> list[dict]:
    """Run ``cells`` in a new kernel that reads ``config``; the outputs of each cell."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    done = execute(notebook, tmp_path, timeout=120, allow_errors=True,
                   extra_arguments=(f"--config={config}",))
    return [cell["outputs"] for cell in done.cells]


@pytest.mark.usefixtures("nlp")
def test_a_real_kernel_explains_cells_run_out_of_order(tmp_path):
    config = install_kernel_config(tmp_path / "prefix")
    (tmp_path / "broken_library.py").write_text("def go():\n    return missing_name\n")
    outputs = _run(['ml.error_hunt(article, answers)',  # a later cell, run first
                    'import medialit as ml\narticle = ml.load_article()',
                    'print(artcle.title.text)',
                    'import broken_library\nbroken_library.go()'], tmp_path, config)
    first, _, typo, library = (next(o for o in cell if o["output_type"] == "error")
                               if any(o["output_type"] == "error" for o in cell) else None
                               for cell in outputs)
    assert first["ename"] == "NameError"
    shown = "\n".join(first["traceback"])
    assert "Python does not know “ml” yet" in shown and ABOVE in shown
    assert "Traceback" not in shown and "Cell In[" not in shown
    assert "did you mean “article”" in "\n".join(typo["traceback"])
    assert "NameError" not in shown  # jargon a student need not learn
    # a fault inside a library keeps Python's full story: the friendly words would mislead
    assert "missing_name" in "\n".join(library["traceback"])
    assert "Run All Above" not in "\n".join(library["traceback"])


def test_the_kit_loads_itself_into_a_running_shell(capsys):
    """``import medialit`` in a notebook calls ``load_into_running_notebook``: no settings file
    needed for the cells after the first."""
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        load_into_running_notebook()
        load_into_running_notebook()  # a second import changes nothing
        assert EXTENSION in shell.extension_manager.loaded
        shell.run_cell("article = 1")
        result = shell.run_cell("print(articel)")
        assert isinstance(result.error_in_exec, NameError)  # the cell still fails: Run All stops
        shown = "".join(capsys.readouterr())
        assert "Python does not know “articel” yet." in shown
        assert "did you mean “article”" in shown and "Traceback" not in shown
    finally:
        InteractiveShell.clear_instance()

"""A lesson's questions and reveals, built from its data file (``medialit.lesson_data``), so the
cell a student sees holds only ``ml.question("03-q1")`` and never the answer.

A choice question tells a wrong choice why it is wrong; a written answer offers its model
answer behind a button; a reveal (the reference desk's findings, the text that explains a
guess) stays hidden until the student presses its button. Nothing is shown by running the
cell alone, so "Run All" gives nothing away.
"""
from __future__ import annotations

import ipywidgets as w

from medialit.answers import AnswerStore
from medialit.keys import load_reference_desk
from medialit.lesson_data import Reveal, load_question, load_reveal
from medialit.widgets.parts import button_layout
from medialit.widgets.questions import choice_question, written_answer


def question(qid: str, answers: AnswerStore | None = None) -> w.VBox:
    """The lesson question ``qid`` ("03-q1"), its answer saved in the lesson's answers file
    under the lesson's own id ("q1")."""
    item = load_question(qid)
    store = answers if isinstance(answers, AnswerStore) else None
    if item.kind == "choice":
        return choice_question(item.saved_as, item.text, [o.text for o in item.options],
                               item.answer, item.explanation, store, item.notebook,
                               reasons={o.text: o.reason for o in item.options})
    box = written_answer(item.saved_as, item.text, store, item.notebook)
    if not item.model_answers:
        return box
    shown = "\n\n".join(f"> {answer}" for answer in item.model_answers)
    label = "Show a model answer" if len(item.model_answers) == 1 else "Show model answers"
    return w.VBox([box, behind_button(label, "**A model answer.** Compare it with yours: "
                                      "what did you include that it leaves out, and what did "
                                      f"it notice that you did not?\n\n{shown}")])


def reveal(rid: str) -> w.VBox:
    """The reveal ``rid`` ("05-r12"): hidden behind its button until the student presses it."""
    item = load_reveal(rid)
    return behind_button(item.button, reveal_markdown(item))


def reveal_markdown(item: Reveal) -> str:
    """The reveal as Markdown: its reference-desk entries ("*" for all of them), then its text."""
    parts = []
    if item.desk:
        desk = load_reference_desk()
        for entry in desk:
            if "*" in item.desk or entry["id"] in item.desk:
                sources = "; ".join(f"{s['outlet']} ({s['date'] or 'date not given'})"
                                    for s in entry["sources"])
                parts.append(f"**{entry['id']}** · {entry['question']}  \n"
                             f"The article says: “{entry['claim']['text']}”  \n"
                             f"Other coverage: {entry['finding']}  \nSource: {sources}")
    if item.text:
        parts.append(item.text)
    return "\n\n".join(parts)


def behind_button(label: str, markdown: str) -> w.VBox:
    """A button that shows ``markdown`` when pressed (and only then), then steps aside."""
    from IPython.display import Markdown

    button = w.Button(description=label, icon="eye", tooltip=f"{label} (after your own answer)",
                      layout=button_layout())
    shown = w.Output()

    def show(_):
        shown.append_display_data(Markdown(markdown))
        button.layout.display = "none"

    button.on_click(show)
    return w.VBox([button, shown])

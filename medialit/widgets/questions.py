"""Questions in a lesson: a multiple-choice question, a written answer, and the pre-check and
post-check that open and close the unit."""
from __future__ import annotations

import html

import ipywidgets as w

from medialit.answers import AnswerError, AnswerNotSaved, AnswerStore
from medialit.widgets.parts import (WIDE, answers_store, button_layout, kit_box, live_line,
                                    note_html, question_group, save_or_warn, saved_answer)


def choice_question(qid: str, prompt: str, options: list[str], answer: str, explanation: str,
                    answers: AnswerStore | None = None, notebook: str = "practice",
                    reasons: dict[str, str] | None = None) -> w.VBox:
    """A multiple-choice "check your understanding" question with instant feedback.

    The choice is saved as soon as it is made; "Check" says right or not, and why: with
    ``reasons`` ({option: why}), a wrong choice is told why it is wrong.
    """
    store = answers_store(answers, notebook)
    if answer not in options:
        raise ValueError(f"the answer {answer!r} is not one of the options")
    saved = store.get(qid)
    choice = w.RadioButtons(options=options, value=saved if saved in options else None,
                            description="", layout=WIDE)
    check = w.Button(description="Check", icon="check", tooltip=f"Check your answer to {qid}",
                     layout=button_layout())
    feedback = live_line()

    def save(change):
        if change["new"] is not None:
            feedback.value = ""
            save_or_warn(feedback, store.set, qid, change["new"])

    def mark(_):
        if choice.value is None:
            feedback.value = note_html("Choose an answer first.")
        elif choice.value == answer:
            feedback.value = note_html(f"✔ Right. {html.escape(explanation)}")
        else:
            saved = "" if qid in store.unsaved else " (Your answer is saved; you can change it.)"
            why = html.escape((reasons or {}).get(choice.value, ""))
            feedback.value = note_html(f"✘ Not quite. {why} Think again, then check.{saved}"
                                       if why else f"✘ Not quite: think again, then check.{saved}")

    choice.observe(save, names="value")
    check.on_click(mark)
    return kit_box([question_group(_prompt_html(qid, prompt), choice), check, feedback])


def _prompt_html(qid: str, prompt: str) -> str:
    return note_html(f"<b>{html.escape(qid)}.</b> {html.escape(prompt)}")


def written_answer(qid: str, prompt: str, answers: AnswerStore | None = None,
                   notebook: str = "practice", rows: int = 4) -> w.VBox:
    """A box for a written answer, saved as the student types (when they pause)."""
    store = answers_store(answers, notebook)
    box = w.Textarea(value=saved_answer(store, qid, "text"), placeholder="Type your answer here",
                     description="", rows=rows, layout=WIDE, continuous_update=False)
    status = live_line(note_html(f"⚠ {store.message}" if store.message else
                                 "✔ Saved." if store.get(qid) else ""))

    def save(change):
        try:
            store.set(qid, change["new"])
            status.value = note_html("✔ Saved.")
        except AnswerNotSaved as error:  # kept in memory: written with the next save
            status.value = note_html(f"⚠ {html.escape(str(error))}")
        except AnswerError as error:  # refused: the file keeps the earlier answer
            status.value = note_html(f"⚠ {html.escape(str(error))} Your earlier answer is still "
                                     "saved.")

    box.observe(save, names="value")
    return kit_box([question_group(_prompt_html(qid, prompt), box), status])


# -- the pre-check and post-check ----------------------------------------------------------------

def load_checkpoint_items() -> list[dict]:
    """The five questions asked in lesson 0 and again in lesson 6 (``data/checkpoint.json``)."""
    import json

    from medialit.lexicons import DATA_DIR

    return json.loads((DATA_DIR / "checkpoint.json").read_text(encoding="utf-8"))["items"]


def checkpoint(stage: str, answers: AnswerStore | None = None, notebook: str = "practice") -> w.VBox:
    """The pre-check (``stage="pre"``: answers saved, no feedback, so the starting point is
    honest) or the post-check (``stage="post"``: answers saved, then checked with reasons).
    Answers are saved as ``pre_1`` … ``pre_5`` or ``post_1`` … ``post_5``."""
    if stage not in ("pre", "post"):
        raise ValueError("stage must be 'pre' or 'post'")
    store = answers_store(answers, notebook)
    items = load_checkpoint_items()
    blocks = []
    pickers = {}
    saving = live_line()
    for item in items:
        qid = f"{stage}_{item['id']}"
        saved = store.get(qid)
        picker = w.RadioButtons(options=item["options"],
                                value=saved if saved in item["options"] else None, layout=WIDE)
        picker.observe(lambda change, qid=qid: change["new"] is not None and
                       save_or_warn(saving, store.set, qid, change["new"]), names="value")
        pickers[qid] = (picker, item)
        blocks.append(question_group(_prompt_html(qid, item["prompt"]), picker))
    result = live_line()
    if stage == "pre":
        done = w.Button(layout=button_layout(), description="I have answered", icon="check",
                        tooltip="Save your answers to the pre-check")

        def finish(_):
            if not save_or_warn(result, store.save):  # tries again to write what is waiting
                return
            missing = [q for q, (p, _) in pickers.items() if p.value is None]
            result.value = note_html("✔ Saved. You will meet these questions again at the end "
                                     "of the unit." if not missing else
                                     "Your answers are saved. Still unanswered: "
                                     f"{', '.join(missing)}.")
    else:
        done = w.Button(layout=button_layout(), description="Check my answers", icon="check",
                        tooltip="Check your answers to the post-check")

        def finish(_):
            missing = [q for q, (p, _) in pickers.items() if p.value is None]
            if missing:  # no answers shown before every question has a try
                result.value = note_html(f"Answer every question first. Still unanswered: "
                                         f"{', '.join(missing)}.")
                return
            lines, right = [], 0
            for qid, (picker, item) in pickers.items():
                if picker.value == item["answer"]:
                    right += 1
                    lines.append(note_html(f"✔ {qid}: right. {html.escape(item['explanation'])}"))
                else:
                    lines.append(note_html(f"✘ {qid}: the answer is "
                                           f"“{html.escape(item['answer'])}”. "
                                           f"{html.escape(item['explanation'])}"))
            result.value = note_html(f"<b>{right} of {len(items)} right.</b>") + "".join(lines)
    done.on_click(finish)
    return kit_box([*blocks, saving, done, result])

"""The error hunt (find the mistakes in an article, mark them, check them) and "Machine vs me",
which sets the student's marks beside the machine's findings and the answer key.

Marks are judged by ``medialit.grading``, the one scorer the graded exercises and the teacher's
dashboard use too.
"""
from __future__ import annotations

import html
import random

import ipywidgets as w

from medialit.analysis import Analysis, analyze
from medialit.article import Article
from medialit.answers import AnswerStore, answer_id
from medialit.grading import (KIND_WORDS, VERDICT_WORDS, compare_with_machine, counts_as_mistake,
                              explain_verdict, grade_error_marks, place_mark, score_error_hunt)
from medialit.keys import load_error_key
from medialit.widgets.parts import (WIDE, answers_store, as_article, button_layout, confirm_reset,
                                    kit_box, live_line, note_html, numbered_sentences, save_or_warn,
                                    saved_answer, scroll_region, shorten)


def error_hunt(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
               qid: str = "error_hunt", graded: bool = False,
               key: list[dict] | None = None, compare: bool | None = None) -> w.VBox:
    """Find the mistakes: mark words, say what is wrong, suggest a correction, check.

    Marks are judged by ``medialit.grading.score_error_hunt``, the scorer the graded
    exercises and the teacher's dashboard use, so "Check my marks" never disagrees with them.
    ``graded=True`` (a graded exercise) only collects the marks: no answer key is loaded and
    there is no "Check my marks" or "Give me a hint", so the key cannot be found by trial.
    ``key`` is the answer key to check against (a made hunt's, before it is saved); by default,
    the key beside the article.

    ``compare=True`` (the default for an article with no answer key, such as a student's own
    in lesson 6) scores nothing: "Compare with the machine" sets the marks beside the
    machine's findings (agree, only you, only the machine) and asks the student to judge, so
    a real mistake the machine missed never costs a point.

    >>> box = error_hunt()          # the seed article, answers in practice.answers.json
    """
    return ErrorHunt(article, answers, notebook, qid, graded, key, compare).box


class ErrorHunt:
    """One error hunt on the screen: the article and its key, the controls, and the student's
    marks, which live in the answers file only (read again at each click, so a mark is never
    kept on screen that the file does not hold, unless it could not be written)."""

    def __init__(self, article, answers: AnswerStore | None, notebook: str, qid: str,
                 graded: bool, key: list[dict] | None = None, compare: bool | None = None):
        self.article = article = as_article(article)
        self.store = answers_store(answers, notebook)
        self.analysis = analysis = analyze(article)
        self.graded = graded
        key = None if graded else key if key is not None else load_error_key(article)
        self.compare = (key is None and not graded) if compare is None else compare and not graded
        self.key_note = ""
        if self.compare:
            key = None
            self.key_note = ("This article has no answer key, so nothing here is scored: "
                             "<b>Compare with the machine</b> sets your marks beside the "
                             "machine's findings, and you judge who is right. The machine can "
                             "be wrong, and a mistake it missed costs you nothing.")
        self.key = key or []
        self.findable = [error for error in self.key if error.get("detectable", "text") == "text"]
        self.sentences = numbered_sentences(article)
        self.places = [article.place_of(sentence.start) for sentence in self.sentences]
        self.qid = answer_id(qid, article)
        self._make_controls()
        self.box = self._layout()

    def _make_controls(self):
        article, sentences = self.article, self.sentences
        self.pane = w.HTML(scroll_region(_sentences_html(sentences, self.places),
                                         "The article, sentence by sentence"), layout=WIDE)
        self.sentence = w.Dropdown(options=[(f"{place} · {shorten(s.text)}", n) for n, (place, s)
                                            in enumerate(zip(self.places, sentences), 1)],
                                   description="Sentence", layout=WIDE,
                                   tooltip="the sentence that holds the mistake: paragraph "
                                           "21, or its second sentence 21.2")
        self.words = w.Text(placeholder="copy the exact words that are wrong "
                                        "(\" for a quotation mark)", description="Words", layout=WIDE, tooltip="the words to mark")
        self.kind = w.Dropdown(options=[("— choose —", "")] + [(label, name) for name, label
                                                               in KIND_WORDS.items()],
                               description="What's wrong", layout=WIDE,
                               style={"description_width": "initial"})
        self.correction = w.Text(placeholder="(optional) how should it read?",
                                 description="Correction", layout=WIDE, tooltip="your correction")
        self.add = w.Button(layout=button_layout(), description="Add mark", icon="plus",
                            button_style="primary", tooltip="Add this mark to your list")
        self.check = w.Button(description="Compare with the machine" if self.compare else
                              "Check my marks", icon="check", layout=button_layout(),
                              tooltip="See where you and the machine agree" if self.compare
                              else "See how you did")
        self.hint = w.Button(description="Give me a hint", icon="lightbulb-o",
                             tooltip="A nudge towards a mistake", layout=button_layout())
        self.message = live_line()
        self.marks_box = w.VBox()
        self.feedback = live_line()
        self.score = live_line()

    def _layout(self) -> w.VBox:
        self.add.on_click(self.add_mark)
        self.check.on_click(self.check_marks)
        self.hint.on_click(self.give_hint)
        self.show_marks()
        if self.store.message:
            self.message.value = note_html(f"⚠ {self.store.message}")
        how = ("Your teacher marks them when you hand in: false alarms cost points, so think "
               "before you mark." if self.graded else
               "Press <b>Compare with the machine</b> whenever you like." if self.compare else
               "Press <b>Check my marks</b> whenever you like: false alarms cost points, so think "
               "before you mark.")
        intro = w.HTML(note_html("<b>Error hunt.</b> Read the article. When you spot a mistake, "
                                 "choose its sentence (21.2 is the second sentence of "
                                 "paragraph 21; the title is 0), copy the wrong words, say what is wrong "
                                 "and, if you can, how it should read. Then press <b>Add "
                                 "mark</b>. " + how) + note_html(self.key_note))
        buttons = [self.add] if self.graded else [self.add, self.check] if self.compare else \
            [self.add, self.check, self.hint]
        return kit_box([intro, self.pane, self.sentence, self.words, self.kind, self.correction,
                        w.HBox(buttons), self.message, w.HTML("<b>Your marks</b>"),
                        self.marks_box, self.score, self.feedback, confirm_reset(self.reset)])

    def marks(self) -> list[dict]:
        return list(saved_answer(self.store, self.qid, "marks", self.article))

    def show_marks(self):
        rows = []
        for number, mark in enumerate(self.marks(), 1):
            remove = w.Button(description=f"Remove {number}", icon="trash",
                              tooltip=f"Remove mark {number}", layout=w.Layout(width="auto"))
            remove.on_click(lambda _, n=number - 1: self.drop(n))
            fix = f" → “{html.escape(mark['correction'])}”" if mark.get("correction") else ""
            kind_words = html.escape(KIND_WORDS.get(mark["kind"], mark["kind"]))
            rows.append(w.HBox([w.HTML(f"<b>{number}.</b> “{html.escape(mark['text'][:90])}” — "
                                       f"{kind_words}{fix}"), remove]))
        self.marks_box.children = rows or [w.HTML("<i>No marks yet.</i>")]
        self.score.value = note_html(f"{len(rows)} mark{'s' if len(rows) != 1 else ''} so far.")

    def drop(self, index):
        current = self.marks()
        current.pop(index)
        save_or_warn(self.message, self.store.set, self.qid, current)
        self.show_marks()

    def add_mark(self, _):
        article, message = self.article, self.message
        chosen = self.sentences[self.sentence.value - 1]
        typed = self.words.value.strip()
        if not self.kind.value:
            message.value = note_html("⚠ Choose what is wrong first (the “What's wrong” "
                                      "menu).")
            return
        if typed:
            placed = place_mark(article.text, typed, self.kind.value, self.findable,
                                within=(chosen.start, chosen.end))
            if placed is None:
                message.value = note_html(f"⚠ Those words are not in sentence "
                                          f"{self.places[self.sentence.value - 1]}. Copy them exactly (type \" "
                                          "for a quotation mark), or leave the box empty if the "
                                          "whole sentence is the mistake.")
                return
            start, end = placed["start"], placed["end"]
        else:
            start, end = chosen.start, chosen.end
        mark = {"start": start, "end": end, "text": article.text[start:end][:200],
                "kind": self.kind.value, "correction": self.correction.value.strip() or None}
        if any(m["start"] == start and m["end"] == end and m["kind"] == self.kind.value
               for m in self.marks()):
            message.value = note_html("You have already made that mark.")
            return
        if not save_or_warn(message, self.store.set, self.qid, self.marks() + [mark]):
            self.show_marks()  # a mark that could not be written is listed: it is kept in memory
            return
        self.words.value = self.correction.value = ""
        message.value = note_html("✔ Mark added." + ("" if self.graded else
                                                      f" Press “{self.check.description}” when "
                                                      "you are ready."))
        self.show_marks()

    def check_marks(self, _):
        if self.compare:
            self.feedback.value = comparison_html(self.article, self.analysis, self.marks())
            return
        hunt = score_error_hunt(self.marks(), self.key)
        if not hunt.results:
            self.feedback.value = note_html("Add some marks first.")
            return
        lines = []
        for number, result in enumerate(hunt.results, 1):
            error = result["error"]
            text = (f"<b>{number}. {VERDICT_WORDS[result['verdict']]}</b> — "
                    f"“{html.escape(result['mark']['text'][:60])}”: ")
            if result["verdict"] == "not-an-error":
                text += _why_not(result["mark"], self.analysis)
            else:
                text += html.escape(explain_verdict(result))
            if result["verdict"] == "right" and error.get("correction"):
                text += f" <i>Correction:</i> {html.escape(error['correction'])}"
            if result["verdict"] == "beyond-the-text":
                text += f" (Source: {html.escape(error.get('source') or 'other coverage')}.)"
            lines.append(note_html(text))
        self.feedback.value = "".join(lines)
        self.score.value = note_html(f"<b>Score: {hunt.score:g}</b> — you found {hunt.found} of "
                                     f"{hunt.mistakes} mistakes, with {hunt.alarms} false "
                                     f"alarm{'s' if hunt.alarms != 1 else ''}. A right mark earns "
                                     "1, a partly right ½, a false alarm costs ½; a mark much "
                                     "wider than its mistake earns nothing.")

    def give_hint(self, _):
        marks = self.marks()
        found = {id(r["error"]) for r in grade_error_marks(marks, self.key)
                 if r["verdict"] == "right"}
        left = [error for error in self.findable if id(error) not in found and counts_as_mistake(error)]
        if not left:
            self.message.value = note_html("You have found every mistake in the answer key. "
                                           "Well done!")
            return
        error = random.Random(len(marks)).choice(left)
        where = self.article.place_of(error["span"]["start"])
        nudge = error.get("hint") or f"Look for: {KIND_WORDS.get(error['kind'], error['kind'])}."
        self.message.value = note_html(f"<b>Hint:</b> look at {_place_words(where)}. "
                                       f"{html.escape(nudge)}")

    def reset(self):
        self.feedback.value = ""
        if save_or_warn(self.message, self.store.remove, self.qid):
            self.message.value = note_html("Your marks were erased.")
        self.show_marks()


def _why_not(mark: dict, analysis: Analysis) -> str:
    flagged = [f for f in analysis.issues if f.start < mark["end"] and mark["start"] < f.end]
    if flagged:
        return ("the answer key does not count this, though the machine flags it: "
                f"“{html.escape(flagged[0].message)}” Discuss it with your class: who is right?")
    return "neither the answer key nor the machine finds a problem here. Read it once more."


def _place_words(place: str) -> str:
    """"21.2" as a student reads it: "paragraph 21, sentence 21.2"; "21" as "paragraph 21"."""
    paragraph = place.split(".")[0]
    return f"paragraph {paragraph}, sentence {place}" if "." in place else f"paragraph {paragraph}"


def _sentences_html(sentences, places: list[str]) -> str:
    return "".join(f"<p style='margin:.25rem 0'><b>[{place}]</b> {html.escape(s.text)}</p>"
                   for place, s in zip(places, sentences))


def comparison_html(article: Article, analysis: Analysis, marks: list[dict]) -> str:
    """The student's marks beside the machine's findings, for an article with no answer key:
    agree, only you, only the machine, each place with its paragraph, and the question of
    who is right. No score."""
    findings = [{"start": f.start, "end": f.end, "text": f.text, "kind": f.kind,
                 "message": f.message} for f in analysis.issues]
    piles = compare_with_machine(marks, findings)

    def place(item: dict) -> str:
        return f"[{article.place_of(item['start'])}] “{html.escape(item['text'][:60])}”"

    def pile(title: str, lines: list[str], empty: str) -> str:
        body = "".join(f"<li>{line}</li>" for line in lines) or f"<li><i>{empty}</i></li>"
        return f"<p style='margin:.5rem 0 0'><b>{title}</b></p><ul style='margin:0'>{body}</ul>"

    return (note_html(f"You made {len(marks)} mark{'s' if len(marks) != 1 else ''}; the machine "
                      f"flagged {len(findings)} place{'s' if len(findings) != 1 else ''}. "
                      "Nothing is scored: this article has no answer key.") +
            pile(f"✔ You agree ({len(piles.agree)})",
                 [f"{place(mark)}: you said {html.escape(KIND_WORDS.get(mark['kind'], mark['kind']))}; "
                  f"the machine says “{html.escape(finding['message'])}”"
                  for mark, finding in piles.agree], "none yet") +
            pile(f"● Only you ({len(piles.only_you)})",
                 [f"{place(mark)} — {html.escape(KIND_WORDS.get(mark['kind'], mark['kind']))}. "
                  "The machine did not flag it: a mistake it missed, or one you should take "
                  "back? Read the sentence again and decide." for mark in piles.only_you],
                 "none") +
            pile(f"○ Only the machine ({len(piles.only_machine)})",
                 [f"{place(finding)}: “{html.escape(finding['message'])}” Is the machine right? "
                  "If it is, add the mark; if not, you have caught a false alarm."
                  for finding in piles.only_machine], "none") +
            note_html("<b>You judge.</b> For each place where you and the machine disagree, "
                      "decide who is right and write down your reason from the text."))


# -- machine vs me -----------------------------------------------------------------------------------

def machine_vs_me(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                  qid: str = "error_hunt") -> w.VBox:
    """Your error marks, the machine's findings and the answer key, side by side. The table
    lists the whole key, so it stays hidden until the student presses the button (after their
    own hunt): running the cell shows nothing of it."""
    article = as_article(article)
    store = answers_store(answers, notebook)
    analysis = analyze(article)
    key = load_error_key(article)
    qid = answer_id(qid, article)
    refresh = w.Button(layout=button_layout(), description="Show the comparison", icon="eye",
                       tooltip="Compare your marks with the machine's and the key's")
    table = w.HTML(layout=WIDE)

    def compare(_=None):
        table.value = compare_html(article, analysis, key,
                                   saved_answer(store, qid, "marks", article))
        refresh.description, refresh.icon = "Compare again", "refresh"

    refresh.on_click(compare)
    saved_answer(store, qid, "marks", article)  # a hand-edited answers file is reported at once
    intro = w.HTML(note_html("<b>Machine vs me.</b> The machine is a second opinion, not an "
                             "oracle. Where do you agree? Where is the machine wrong?") +
                   (note_html(f"⚠ {store.message}") if store.message else ""))
    return kit_box([intro, refresh, table])


def compare_html(article: Article, analysis: Analysis, key: list[dict] | None,
                 marks: list[dict]) -> str:
    """The comparison table behind ``machine_vs_me`` (a function, so it can be tested)."""
    if key is None:
        return comparison_html(article, analysis, marks)
    findings = [{"start": f.start, "end": f.end, "text": f.text, "kind": f.kind} for f in analysis.issues]
    key = [e for e in key if e.get("detectable", "text") == "text"]
    mine = grade_error_marks(marks, key)
    machine = grade_error_marks(findings, key)
    you_found = {id(r["error"]) for r in mine if r["verdict"] in ("right", "note")}
    it_found = {id(r["error"]) for r in machine if r["verdict"] in ("right", "note")}
    rows = []
    for error in key:
        you = "✔ found" if id(error) in you_found else "— missed"
        it = "✔ found" if id(error) in it_found else "— missed"
        rows.append(f"<tr><td>“{html.escape(error['span']['text'][:50])}”</td>"
                    f"<td>{KIND_WORDS.get(error['kind'], error['kind'])}</td><td>{you}</td><td>{it}</td></tr>")
    machine_alarms = [r["mark"] for r in machine if r["verdict"] == "not-an-error"]
    your_alarms = [r["mark"] for r in mine if r["verdict"] == "not-an-error"]
    both = len(you_found & it_found)
    summary = (f"You found {len(you_found)} of the key's {len(key)} mistakes and notes; the "
               f"machine found "
               f"{len(it_found)}. You both found {both}. You found {len(you_found - it_found)} "
               f"that the machine missed, and it found {len(it_found - you_found)} that you missed. "
               f"The machine raised {len(machine_alarms)} alarm"
               f"{'s' if len(machine_alarms) != 1 else ''} the answer key does not count; you "
               f"raised {len(your_alarms)}.")
    alarm_list = "".join(note_html(f"• Machine alarm not in the key: "
                                   f"“{html.escape(m['text'][:60])}” "
                                   f"({KIND_WORDS.get(m['kind'], m['kind'])}). Is the machine "
                                   "wrong, or the key?") for m in machine_alarms)
    return (note_html(summary) +
            "<table style='border-collapse:collapse' border='1' cellpadding='4'><tr><th>mistake in the key</th><th>kind</th><th>you</th><th>machine</th></tr>" +
            "".join(rows) + "</table>" + alarm_list)

"""The practice widgets students use in the lessons.

Each function builds a widget and returns it; the notebook displays it. The article is
analysed once, when the widget is built, so every click answers at once. Every answer is
saved to the notebook's answers file as it is given (``medialit.answers``) and restored
when the widget is built again. Feedback is written out in words and symbols, never in
colour alone, and every control has a description a screen reader can announce.

The widgets work on any article: with an answer key beside the article (the seed and the
practice articles have one) they check against it; without one they check against the
engine's own findings and say so, since the engine can be wrong.
"""
from __future__ import annotations

import html
import random
from pathlib import Path

import ipywidgets as w

from medialit.analysis import Analysis, analyze
from medialit.article import Article, load_article, make_article
from medialit.answers import (AnswerError, AnswerNotSaved, AnswerStore, answer_id,
                              check_choices, check_marks, open_answers)
from medialit.grading import (KIND_WORDS, VERDICT_WORDS, explain_verdict, grade_error_marks,
                              place_mark, score_error_hunt)
from medialit.keys import load_error_key, load_quote_key

ANONYMOUS = "An unnamed (anonymous) source"
NOBODY = "No one: the article does not say"
WIDE = w.Layout(width="100%")


def _fits(**more) -> w.Layout:
    """A button layout as wide as its words ("Check my answers" is not cut to "Check my ans…")."""
    return w.Layout(width="auto", min_width="9rem", align_self="flex-start", **more)
VAGUE = "A vague group (“experts”, “analysts” …)"


def _article(article) -> Article:
    if article is None:
        return load_article()
    if isinstance(article, Article):
        return article
    text = str(article)
    if "\n" not in text and len(text) < 300 and Path(text).is_file():
        return load_article(text)
    return make_article(text)


def _store(answers, notebook: str) -> AnswerStore:
    return answers if isinstance(answers, AnswerStore) else open_answers(notebook)


def _saved(store: AnswerStore, qid: str, shape: str, article: Article | None = None):
    """A saved answer in the shape the widget reads: "text", "marks" (error-hunt marks on
    ``article``) or "choices" ({item: option}). What is not in that shape (a hand-edited file)
    is left out or repaired with a message, rather than crash the widget."""
    value = store.get(qid)
    if value is None:
        return {"text": "", "marks": [], "choices": {}}[shape]
    if shape == "marks":
        kept, problems = check_marks(value, article.text)
    elif shape == "choices":
        kept, problems = check_choices(value)
    else:
        kept, problems = (value, 0) if isinstance(value, str) else ("", 1)
    if problems:
        what = ("so this exercise starts empty" if not kept else
                f"so {problems} part{'s' if problems != 1 else ''} of it "
                f"{'were' if problems != 1 else 'was'} left out or repaired")
        store.message = (f"The saved answer “{qid}” was not in the shape the kit expects (was "
                         f"the file edited by hand?), {what}. The file itself is unchanged "
                         "until you answer again.")
    return kept


def _save(status: w.HTML, save, *args) -> bool:
    """Run ``save(*args)``; when it fails, say in ``status`` what happened and what to do.
    An answer the file could not take stays on screen, and one that could not be written
    stays in memory until the next save (``AnswerNotSaved``)."""
    try:
        save(*args)
    except AnswerError as error:
        status.value = _note(f"⚠ {html.escape(str(error))}")
        return False
    if "NOT saved" in status.value:
        status.value = _note("✔ Your answers are saved now, with the ones that were waiting.")
    return True


def _note(message: str) -> str:
    return f"<p style='margin:.2rem 0'>{message}</p>" if message else ""


def _confirm_reset(on_reset) -> w.HBox:
    """A 'Start again' button that asks before it erases anything."""
    start = w.Button(description="Start again", icon="undo", tooltip="Erase your answers here",
                     layout=_fits())
    yes = w.Button(description="Yes, erase my answers", button_style="danger",
                   tooltip="Erase the answers in this exercise for good", layout=_fits(display="none"))
    no = w.Button(description="No, keep them", tooltip="Keep your answers",
                  layout=_fits(display="none"))

    def ask(_):
        yes.layout.display = no.layout.display = None
        start.layout.display = "none"

    def hide(_=None):
        yes.layout.display = no.layout.display = "none"
        start.layout.display = None

    def erase(_):
        on_reset()
        hide()

    start.on_click(ask)
    no.on_click(hide)
    yes.on_click(erase)
    return w.HBox([start, yes, no])


def _numbered_sentences(article: Article) -> list:
    return [sentence for sentence in article.sentences if article.paragraph_index(sentence.start) > 0
            or sentence.start < article.title.end]


# -- error hunt --------------------------------------------------------------------------------------

def error_hunt(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
               qid: str = "error_hunt", graded: bool = False) -> w.VBox:
    """Find the mistakes: mark words, say what is wrong, suggest a correction, check.

    Marks are judged by ``medialit.grading.score_error_hunt``, the scorer the graded
    exercises and the teacher's dashboard use, so "Check my marks" never disagrees with them.
    ``graded=True`` (a graded exercise) only collects the marks: no answer key is loaded and
    there is no "Check my marks" or "Give me a hint", so the key cannot be found by trial.

    >>> box = error_hunt()          # the seed article, answers in practice.answers.json
    """
    article = _article(article)
    store = _store(answers, notebook)
    analysis = analyze(article)
    key = None if graded else load_error_key(article)
    key_note = ""
    if key is None and not graded:
        key = [{"span": {"start": f.start, "end": f.end, "text": f.text}, "kind": f.kind,
                "explanation": f.message, "hint": None, "correction": f.suggestion,
                "detectable": "text"} for f in analysis.issues]
        key_note = ("This article has no answer key, so your marks are checked against the "
                    "machine's findings, and the machine can be wrong.")
    key = key or []
    findable = [error for error in key if error.get("detectable", "text") == "text"]
    sentences = _numbered_sentences(article)
    qid = answer_id(qid, article)

    pane = w.HTML(_sentences_html(article, sentences), layout=w.Layout(
        height="300px", overflow="auto", border="1px solid #999", padding="4px", width="100%"))
    sentence = w.Dropdown(options=[(f"{n} · {_short(s.text)}", n) for n, s in enumerate(sentences, 1)],
                          description="Sentence", layout=WIDE,
                          tooltip="the sentence that holds the mistake")
    words = w.Text(placeholder="copy the exact words that are wrong (\" for a quotation mark)",
                   description="Words", layout=WIDE, tooltip="the words to mark")
    kind = w.Dropdown(options=[("— choose —", "")] + [(label, name) for name, label in KIND_WORDS.items()],
                      description="What's wrong", layout=WIDE, style={"description_width": "initial"})
    correction = w.Text(placeholder="(optional) how should it read?", description="Correction",
                        layout=WIDE, tooltip="your correction")
    add = w.Button(layout=_fits(), description="Add mark", icon="plus", button_style="primary",
                   tooltip="Add this mark to your list")
    check = w.Button(description="Check my marks", icon="check", tooltip="See how you did",
                     layout=_fits())
    hint = w.Button(description="Give me a hint", icon="lightbulb-o",
                    tooltip="A nudge towards a mistake", layout=_fits())
    message = w.HTML()
    marks_box = w.VBox()
    feedback = w.HTML()
    score = w.HTML()

    def marks() -> list[dict]:
        return list(_saved(store, qid, "marks", article))

    def show_marks():
        rows = []
        for number, mark in enumerate(marks(), 1):
            remove = w.Button(description=f"Remove {number}", icon="trash",
                              tooltip=f"Remove mark {number}", layout=w.Layout(width="auto"))
            remove.on_click(lambda _, n=number - 1: drop(n))
            fix = f" → “{html.escape(mark['correction'])}”" if mark.get("correction") else ""
            kind_words = html.escape(KIND_WORDS.get(mark["kind"], mark["kind"]))
            rows.append(w.HBox([w.HTML(f"<b>{number}.</b> “{html.escape(mark['text'][:90])}” — "
                                       f"{kind_words}{fix}"), remove]))
        marks_box.children = rows or [w.HTML("<i>No marks yet.</i>")]
        score.value = _note(f"{len(rows)} mark{'s' if len(rows) != 1 else ''} so far.")

    def drop(index):
        current = marks()
        current.pop(index)
        _save(message, store.set, qid, current)
        show_marks()

    def add_mark(_):
        chosen = sentences[sentence.value - 1]
        typed = words.value.strip()
        if not kind.value:
            message.value = _note("⚠ Choose what is wrong first (the “What's wrong” menu).")
            return
        if typed:
            placed = place_mark(article.text, typed, kind.value, findable,
                                within=(chosen.start, chosen.end))
            if placed is None:
                message.value = _note(f"⚠ Those words are not in sentence {sentence.value}. "
                                      "Copy them exactly (type \" for a quotation mark), or "
                                      "leave the box empty if the whole sentence is the mistake.")
                return
            start, end = placed["start"], placed["end"]
        else:
            start, end = chosen.start, chosen.end
        mark = {"start": start, "end": end, "text": article.text[start:end][:200], "kind": kind.value,
                "correction": correction.value.strip() or None}
        if any(m["start"] == start and m["end"] == end and m["kind"] == kind.value for m in marks()):
            message.value = _note("You have already made that mark.")
            return
        if not _save(message, store.set, qid, marks() + [mark]):
            show_marks()  # a mark that could not be written is listed: it is kept in memory
            return
        words.value = correction.value = ""
        message.value = _note("✔ Mark added." + ("" if graded else
                                                  " Press “Check my marks” when you are ready."))
        show_marks()

    def check_marks(_):
        hunt = score_error_hunt(marks(), key)
        if not hunt.results:
            feedback.value = _note("Add some marks first.")
            return
        lines = []
        for number, result in enumerate(hunt.results, 1):
            error = result["error"]
            text = (f"<b>{number}. {VERDICT_WORDS[result['verdict']]}</b> — "
                    f"“{html.escape(result['mark']['text'][:60])}”: ")
            if result["verdict"] == "not-an-error":
                text += _why_not(result["mark"], analysis)
            else:
                text += html.escape(explain_verdict(result))
            if result["verdict"] == "right" and error.get("correction"):
                text += f" <i>Correction:</i> {html.escape(error['correction'])}"
            if result["verdict"] == "beyond-the-text":
                text += f" (Source: {html.escape(error.get('source') or 'other coverage')}.)"
            lines.append(_note(text))
        feedback.value = "".join(lines)
        score.value = _note(f"<b>Score: {hunt.score:g}</b> — you found {hunt.found} of "
                            f"{hunt.mistakes} mistakes, with {hunt.alarms} false "
                            f"alarm{'s' if hunt.alarms != 1 else ''}. A right mark earns 1, a "
                            "partly right ½, a false alarm costs ½; a mark much wider than "
                            "its mistake earns nothing.")

    def give_hint(_):
        found = {id(r["error"]) for r in grade_error_marks(marks(), key) if r["verdict"] == "right"}
        left = [error for error in findable if id(error) not in found]
        if not left:
            message.value = _note("You have found every mistake in the answer key. Well done!")
            return
        error = random.Random(len(marks())).choice(left)
        where = next((n for n, s in enumerate(sentences, 1)
                      if s.start <= error["span"]["start"] < s.end), None)
        nudge = error.get("hint") or f"Look for: {KIND_WORDS.get(error['kind'], error['kind'])}."
        message.value = _note(f"<b>Hint:</b> look at sentence {where}. {html.escape(nudge)}")

    def reset():
        feedback.value = ""
        if _save(message, store.remove, qid):
            message.value = _note("Your marks were erased.")
        show_marks()

    add.on_click(add_mark)
    check.on_click(check_marks)
    hint.on_click(give_hint)
    show_marks()
    if store.message:
        message.value = _note(f"⚠ {store.message}")
    how = ("Your teacher marks them when you hand in: false alarms cost points, so think "
           "before you mark." if graded else
           "Press <b>Check my marks</b> whenever you like: false alarms cost points, so think "
           "before you mark.")
    intro = w.HTML(_note("<b>Error hunt.</b> Read the article. When you spot a mistake, choose "
                         "its sentence, copy the wrong words, say what is wrong and, if you can, "
                         "how it should read. Then press <b>Add mark</b>. " + how) + _note(key_note))
    buttons = [add] if graded else [add, check, hint]
    return w.VBox([intro, pane, sentence, words, kind, correction,
                   w.HBox(buttons), message, w.HTML("<b>Your marks</b>"), marks_box,
                   score, feedback, _confirm_reset(reset)])


def _why_not(mark: dict, analysis: Analysis) -> str:
    flagged = [f for f in analysis.issues if f.start < mark["end"] and mark["start"] < f.end]
    if flagged:
        return ("the answer key does not count this, though the machine flags it: "
                f"“{html.escape(flagged[0].message)}” Discuss it with your class: who is right?")
    return "neither the answer key nor the machine finds a problem here. Read it once more."


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _sentences_html(article: Article, sentences) -> str:
    return "".join(f"<p style='margin:.25rem 0'><b>[{n}]</b> {html.escape(s.text)}</p>"
                   for n, s in enumerate(sentences, 1))


# -- who said it? ---------------------------------------------------------------------------------

def who_said_it(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                qid: str = "who_said_it") -> w.VBox:
    """For each quote, choose who said it; the feedback shows the clue in the text."""
    article = _article(article)
    store = _store(answers, notebook)
    analysis = analyze(article)
    key = load_quote_key(article)
    if key:
        items = [{"start": q["content"]["start"], "end": q["content"]["end"],
                  "text": q["content"]["text"], "speaker": q["speaker"],
                  "speaker_kind": q["speaker_kind"]} for q in key if q["kind"] == "direct"]
        key_note = ""
    else:
        items = [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
                  "speaker_kind": q.speaker_kind} for q in analysis.speech if q.kind == "direct"]
        key_note = ("This article has no answer key, so the machine's answer is used, and the "
                    "machine can be wrong.")
    if not items:
        return w.VBox([w.HTML(_note("There are no direct quotes in this article, so there is "
                                    "nothing to attribute."))])
    from medialit.people import people_named

    names = sorted({item["speaker"] for item in items if item["speaker"] and
                    item["speaker_kind"] == "named"} | {s.name for s in analysis.sources
                                                        if s.kind == "named"}
                   | people_named(article))
    choices = [("— choose —", "")] + [(name, name) for name in names] + \
        [(ANONYMOUS, ANONYMOUS), (VAGUE, VAGUE), (NOBODY, NOBODY)]
    qid = answer_id(qid, article)
    position = w.IntSlider(value=1, min=1, max=len(items), description="Quote",
                           continuous_update=False, tooltip="which quote")
    context = w.HTML(layout=WIDE)
    speaker = w.Dropdown(options=choices, description="Who said it?", layout=WIDE,
                         style={"description_width": "initial"})
    check = w.Button(description="Check", icon="check", tooltip="Check your answer", layout=_fits())
    feedback = w.HTML()
    tally = w.HTML()
    saving = w.HTML()

    def item_id(item):
        return f"{item['start']}-{item['end']}"

    def right_answer(item):
        if item["speaker_kind"] == "anonymous":
            return ANONYMOUS
        if item["speaker_kind"] == "vague":
            return VAGUE
        return item["speaker"] or NOBODY

    def show(_=None):
        item = items[position.value - 1]
        context.value = _quote_in_context(article, item["start"], item["end"])
        saved = _saved(store, qid, "choices").get(item_id(item), "")
        speaker.value = saved if saved in {value for _, value in choices} else ""
        feedback.value = ""
        update_tally()

    def update_tally():
        saved = _saved(store, qid, "choices")
        right = sum(1 for item in items if saved.get(item_id(item)) == right_answer(item))
        tally.value = _note(f"{len(saved)} of {len(items)} answered, {right} right.")

    def save(change):
        if change["name"] != "value" or not change["new"]:
            return
        item = items[position.value - 1]
        saved = dict(_saved(store, qid, "choices"))
        saved[item_id(item)] = change["new"]
        _save(saving, store.set, qid, saved)
        update_tally()

    def check_answer(_):
        item = items[position.value - 1]
        if not speaker.value:
            feedback.value = _note("Choose a speaker first.")
            return
        engine = next((q for q in analysis.speech if q.start < item["end"] and item["start"] < q.end), None)
        clue = ""
        if engine is not None and engine.cue:
            clue = f" The clue: the reporting verb “{html.escape(engine.cue)}”"
            if engine.speaker_start is not None:
                mention = article.text[engine.speaker_start:engine.speaker_end]
                clue += f" and its subject “{html.escape(mention)}”"
            clue += f" — {html.escape(engine.speaker_reason)}."
        elif engine is not None:
            clue = f" The clue: {html.escape(engine.speaker_reason)}."
        if speaker.value == right_answer(item):
            feedback.value = _note(f"✔ Right: {html.escape(right_answer(item))}.{clue}")
        else:
            feedback.value = _note(f"✘ Not quite. The answer is {html.escape(right_answer(item))}."
                                   f"{clue}")

    def reset():
        _save(saving, store.remove, qid)
        show()

    position.observe(show, names="value")
    speaker.observe(save, names="value")
    check.on_click(check_answer)
    show()
    intro = w.HTML(_note("<b>Who said it?</b> Move the slider to a quote, read it in its "
                         "paragraph, and choose who said it. Pronouns like “he” point back to "
                         "someone: look for the clue.") + _note(key_note) +
                   (_note(f"⚠ {store.message}") if store.message else ""))
    return w.VBox([intro, position, context, speaker, check, feedback, tally, saving,
                   _confirm_reset(reset)])


def _quote_in_context(article: Article, start: int, end: int, label: str = "") -> str:
    paragraph = article.paragraphs[article.paragraph_index(start)]
    before = html.escape(article.text[paragraph.start:start])
    inside = html.escape(article.text[start:end])
    after = html.escape(article.text[end:paragraph.end])
    return (f"<div style='border-left:4px solid #0072B2;padding:.3rem .6rem'>{before}"
            f"<mark style='background:#56B4E955;font-weight:bold'>⟦{inside}⟧</mark>{after}</div>"
            f"{_note(label)}")


# -- source sorter ------------------------------------------------------------------------------------

GROUP_CHOICES = ["US government", "US lawmakers", "Chinese government", "Other government",
                 "Academics and think tanks", "Media", "Business", "Campaigners and charities",
                 "Members of the public", "Anonymous", "Vague", "Not stated"]


def source_sorter(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                  qid: str = "source_sorter") -> w.VBox:
    """Put each source in a group; a chart of your groups beside the machine's updates live."""
    from medialit.charts import plot_group_comparison

    article = _article(article)
    store = _store(answers, notebook)
    analysis = analyze(article)
    if not analysis.sources:
        return w.VBox([w.HTML(_note("Nobody is quoted or cited in this article, so there are "
                                    "no sources to sort."))])
    groups = list(dict.fromkeys(GROUP_CHOICES + [s.affiliation or "Not stated" for s in analysis.sources]))
    saved = dict(_saved(store, answer_id(qid, article), "choices"))
    rows, pickers = [], {}
    for source in analysis.sources:
        described = f" — {html.escape(source.role)}" if source.role else ""
        picker = w.Dropdown(options=[("— choose —", "")] + [(g, g) for g in groups],
                            value=saved.get(source.name, "") if saved.get(source.name, "") in groups else "",
                            description=f"Group for {_short(source.name, 24)}",
                            style={"description_width": "0px"},  # read aloud, not shown
                            layout=w.Layout(width="260px"),
                            tooltip=f"the group {source.name} speaks for")
        pickers[source.name] = picker
        rows.append(w.HBox([w.HTML(f"<b>{html.escape(source.name)}</b>{described} "
                                   f"({source.words} words)", layout=w.Layout(width="55%")), picker]))
    chart = w.Output()
    differences = w.HTML()
    saving = w.HTML()

    qid = answer_id(qid, article)

    def redraw(change=None):
        chosen = {name: picker.value for name, picker in pickers.items() if picker.value}
        if change is not None:
            _save(saving, store.set, qid, chosen)
        chart.clear_output(wait=True)
        with chart:
            from IPython.display import display

            display(plot_group_comparison(analysis, chosen))
        lines = []
        for source in analysis.sources:
            mine = chosen.get(source.name)
            engine = source.affiliation or "Not stated"
            if mine and mine != engine:
                lines.append(f"• <b>{html.escape(source.name)}</b>: you chose “{html.escape(mine)}”, "
                             f"the machine chose “{html.escape(engine)}”. Who is right, and what "
                             "in the article tells you?")
        differences.value = "".join(_note(line) for line in lines) or _note(
            "No differences yet." if chosen else "Choose a group for each source.")

    for picker in pickers.values():
        picker.observe(redraw, names="value")

    def reset():
        _save(saving, store.remove, qid)
        for picker in pickers.values():
            picker.value = ""

    redraw()
    intro = w.HTML(_note("<b>Source sorter.</b> Who does each source speak for? Choose a "
                         "group for each. The chart compares your groups with the machine's.") +
                   (_note(f"⚠ {store.message}") if store.message else ""))
    return w.VBox([intro, *rows, saving, chart, differences, _confirm_reset(reset)])


# -- quote inspector ---------------------------------------------------------------------------------

def quote_inspector(article=None) -> w.VBox:
    """Pick a quote and see it in context, with its reporting verb, stance and form."""
    import re

    from medialit.lexicons import load_reporting_verbs

    article = _article(article)
    analysis = analyze(article)
    quotes = [q for q in analysis.quotes]
    if not quotes:
        return w.VBox([w.HTML(_note("This article has no quotes to inspect."))])
    verbs = load_reporting_verbs()
    picker = w.Dropdown(options=[(f"{n + 1} · {_short(q.text, 60)}", n) for n, q in enumerate(quotes)],
                        description="Quote", layout=WIDE, tooltip="the quote to inspect")
    view = w.HTML(layout=WIDE)
    forms = {"full": "a full quote: whole sentences in the speaker's words",
             "partial": "a partial quote: a few of the speaker's words inside the writer's sentence",
             "scare": "a scare quote or term: words in quotation marks that nobody is said to say",
             None: "reported speech: the writer's words for what someone said"}

    def show(_=None):
        quote = quotes[picker.value]
        facts = [f"<b>Kind:</b> {forms.get(quote.form if quote.kind == 'direct' else None)}"]
        if quote.form != "scare":
            facts.append(f"<b>Speaker:</b> {html.escape(quote.speaker or 'no one named')} "
                         f"({quote.speaker_kind}) — {html.escape(quote.speaker_reason)}")
        if quote.cue:
            verb = verbs.get(quote.cue_lemma or "")
            stance = quote.stance or "neutral"
            note = f": it {verb.suggests}" if verb and verb.suggests else ""
            facts.append(f"<b>Reporting verb:</b> “{html.escape(quote.cue)}” — {stance}{note}")
        for match in re.finditer(r"\[[^\]]+\]", quote.text):
            facts.append(f"<b>Brackets:</b> “{html.escape(match.group(0))}” — words the writer "
                         "added to the quote")
        if re.search(r"(?:\.[\s\u00a0]*){3}|…", quote.text):
            facts.append("<b>Ellipsis:</b> “…” — words were cut out of the quote here")
        if not quote.balanced:
            facts.append("<b>Warning:</b> the quotation mark is never closed")
        facts.append(f"<b>How the machine found it:</b> {html.escape(quote.rule)}")
        view.value = (_quote_in_context(article, quote.start, quote.end) +
                      "".join(_note(fact) for fact in facts))

    picker.observe(show, names="value")
    show()
    intro = w.HTML(_note("<b>Quote inspector.</b> Choose a quote to see it in its paragraph "
                         "and what the machine says about it."))
    return w.VBox([intro, picker, view])


# -- machine vs me -----------------------------------------------------------------------------------

def machine_vs_me(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                  qid: str = "error_hunt") -> w.VBox:
    """Your error marks, the machine's findings and the answer key, side by side."""
    article = _article(article)
    store = _store(answers, notebook)
    analysis = analyze(article)
    key = load_error_key(article)
    qid = answer_id(qid, article)
    refresh = w.Button(layout=_fits(), description="Compare again", icon="refresh",
                       tooltip="Compare with your latest marks")
    table = w.HTML(layout=WIDE)

    def compare(_=None):
        table.value = compare_html(article, analysis, key, _saved(store, qid, "marks", article))

    refresh.on_click(compare)
    compare()
    intro = w.HTML(_note("<b>Machine vs me.</b> The machine is a second opinion, not an "
                         "oracle. Where do you agree? Where is the machine wrong?") +
                   (_note(f"⚠ {store.message}") if store.message else ""))
    return w.VBox([intro, refresh, table])


def compare_html(article: Article, analysis: Analysis, key: list[dict] | None,
                 marks: list[dict]) -> str:
    """The comparison table behind ``machine_vs_me`` (a function, so it can be tested)."""
    findings = [{"start": f.start, "end": f.end, "text": f.text, "kind": f.kind} for f in analysis.issues]
    if key is None:
        agree = [m for m in marks if any(f["start"] < m["end"] and m["start"] < f["end"] for f in findings)]
        return (_note(f"This article has no answer key. You made {len(marks)} "
                      f"mark{'s' if len(marks) != 1 else ''}; the "
                      f"machine flagged {len(findings)} places; you agree on {len(agree)}.") +
                _note("Without a key, neither of you is the judge: discuss the differences."))
    key = [e for e in key if e.get("detectable", "text") == "text"]
    mine = grade_error_marks(marks, key)
    machine = grade_error_marks(findings, key)
    you_found = {id(r["error"]) for r in mine if r["verdict"] == "right"}
    it_found = {id(r["error"]) for r in machine if r["verdict"] == "right"}
    rows = []
    for error in key:
        you = "✔ found" if id(error) in you_found else "— missed"
        it = "✔ found" if id(error) in it_found else "— missed"
        rows.append(f"<tr><td>“{html.escape(error['span']['text'][:50])}”</td>"
                    f"<td>{KIND_WORDS.get(error['kind'], error['kind'])}</td><td>{you}</td><td>{it}</td></tr>")
    machine_alarms = [r["mark"] for r in machine if r["verdict"] == "not-an-error"]
    your_alarms = [r["mark"] for r in mine if r["verdict"] == "not-an-error"]
    both = len(you_found & it_found)
    summary = (f"You found {len(you_found)} of {len(key)} mistakes; the machine found "
               f"{len(it_found)}. You both found {both}. You found {len(you_found - it_found)} "
               f"that the machine missed, and it found {len(it_found - you_found)} that you missed. "
               f"The machine raised {len(machine_alarms)} alarm"
               f"{'s' if len(machine_alarms) != 1 else ''} the answer key does not count; you "
               f"raised {len(your_alarms)}.")
    alarm_list = "".join(_note(f"• Machine alarm not in the key: “{html.escape(m['text'][:60])}” "
                               f"({KIND_WORDS.get(m['kind'], m['kind'])}). Is the machine wrong, "
                               "or the key?") for m in machine_alarms)
    return (_note(summary) + "<table style='border-collapse:collapse' border='1' cellpadding='4'>"
            "<tr><th>mistake in the key</th><th>kind</th><th>you</th><th>machine</th></tr>" +
            "".join(rows) + "</table>" + alarm_list)


# -- questions -------------------------------------------------------------------------------------

def choice_question(qid: str, prompt: str, options: list[str], answer: str, explanation: str,
                    answers: AnswerStore | None = None, notebook: str = "practice") -> w.VBox:
    """A multiple-choice "check your understanding" question with instant feedback.

    The choice is saved as soon as it is made; "Check" says right or not, and why.
    """
    store = _store(answers, notebook)
    if answer not in options:
        raise ValueError(f"the answer {answer!r} is not one of the options")
    saved = store.get(qid)
    choice = w.RadioButtons(options=options, value=saved if saved in options else None,
                            description="", layout=WIDE)
    check = w.Button(description="Check", icon="check", tooltip=f"Check your answer to {qid}",
                     layout=_fits())
    feedback = w.HTML()

    def save(change):
        if change["new"] is not None:
            feedback.value = ""
            _save(feedback, store.set, qid, change["new"])

    def mark(_):
        if choice.value is None:
            feedback.value = _note("Choose an answer first.")
        elif choice.value == answer:
            feedback.value = _note(f"✔ Right. {html.escape(explanation)}")
        else:
            saved = "" if qid in store.unsaved else " (Your answer is saved; you can change it.)"
            feedback.value = _note(f"✘ Not quite: think again, then check.{saved}")

    choice.observe(save, names="value")
    check.on_click(mark)
    return w.VBox([w.HTML(_note(f"<b>{html.escape(qid)}.</b> {html.escape(prompt)}")), choice,
                   check, feedback])


def written_answer(qid: str, prompt: str, answers: AnswerStore | None = None,
                   notebook: str = "practice", rows: int = 4) -> w.VBox:
    """A box for a written answer, saved as the student types (when they pause)."""
    store = _store(answers, notebook)
    box = w.Textarea(value=_saved(store, qid, "text"), placeholder="Type your answer here",
                     description="", rows=rows, layout=WIDE, continuous_update=False)
    status = w.HTML(_note(f"⚠ {store.message}" if store.message else
                          "✔ Saved." if store.get(qid) else ""))

    def save(change):
        try:
            store.set(qid, change["new"])
            status.value = _note("✔ Saved.")
        except AnswerNotSaved as error:  # kept in memory: written with the next save
            status.value = _note(f"⚠ {html.escape(str(error))}")
        except AnswerError as error:  # refused: the file keeps the earlier answer
            status.value = _note(f"⚠ {html.escape(str(error))} Your earlier answer is still "
                                 "saved.")

    box.observe(save, names="value")
    return w.VBox([w.HTML(_note(f"<b>{html.escape(qid)}.</b> {html.escape(prompt)}")), box, status])


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
    store = _store(answers, notebook)
    items = load_checkpoint_items()
    blocks = []
    pickers = {}
    saving = w.HTML()
    for item in items:
        qid = f"{stage}_{item['id']}"
        saved = store.get(qid)
        picker = w.RadioButtons(options=item["options"],
                                value=saved if saved in item["options"] else None, layout=WIDE)
        picker.observe(lambda change, qid=qid: change["new"] is not None and
                       _save(saving, store.set, qid, change["new"]), names="value")
        pickers[qid] = (picker, item)
        blocks += [w.HTML(_note(f"<b>{qid}.</b> {html.escape(item['prompt'])}")), picker]
    result = w.HTML()
    if stage == "pre":
        done = w.Button(layout=_fits(), description="I have answered", icon="check",
                        tooltip="Save your answers to the pre-check")

        def finish(_):
            if not _save(result, store.save):  # tries again to write what is waiting
                return
            missing = [q for q, (p, _) in pickers.items() if p.value is None]
            result.value = _note("✔ Saved. You will meet these questions again at the end of "
                                 "the unit." if not missing else
                                 f"Your answers are saved. Still unanswered: {', '.join(missing)}.")
    else:
        done = w.Button(layout=_fits(), description="Check my answers", icon="check",
                        tooltip="Check your answers to the post-check")

        def finish(_):
            missing = [q for q, (p, _) in pickers.items() if p.value is None]
            if missing:  # no answers shown before every question has a try
                result.value = _note(f"Answer every question first. Still unanswered: "
                                     f"{', '.join(missing)}.")
                return
            lines, right = [], 0
            for qid, (picker, item) in pickers.items():
                if picker.value == item["answer"]:
                    right += 1
                    lines.append(_note(f"✔ {qid}: right. {html.escape(item['explanation'])}"))
                else:
                    lines.append(_note(f"✘ {qid}: the answer is “{html.escape(item['answer'])}”. "
                                       f"{html.escape(item['explanation'])}"))
            result.value = _note(f"<b>{right} of {len(items)} right.</b>") + "".join(lines)
    done.on_click(finish)
    return w.VBox([*blocks, saving, done, result])


def show_article(article=None, paragraphs=None):
    """The article as numbered paragraphs, readable in a notebook (0 is the title), under what
    its page says about it: who published it, when, the byline and the address (for a pasted
    text, what to look up instead).

    Args:
        paragraphs: the numbers of the paragraphs to show; all of them by default.
    """
    from IPython.display import HTML

    from medialit.webpage import NO_META_NOTE

    article = _article(article)
    if article.from_web_page:
        rows = "".join(f"<tr><th style='text-align:left;padding-right:1rem'>{label}</th>"
                       f"<td style='text-align:left'>{html.escape(value)}</td></tr>"
                       for label, value in article.meta.rows())
        about = f"<table style='margin:.35rem 0'>{rows}</table>"
    else:
        about = f"<p style='margin:.35rem 0;max-width:48rem'><i>{html.escape(NO_META_NOTE)}</i></p>"
    numbers = range(len(article.paragraphs)) if paragraphs is None else paragraphs
    rows = []
    for number in numbers:
        paragraph = article.paragraphs[number]
        style = "font-weight:bold;font-size:1.1em" if number == 0 else ""
        rows.append(f"<p style='margin:.35rem 0;max-width:48rem;{style}'><b>[{number}]</b> "
                    f"{html.escape(paragraph.text)}</p>")
    return HTML(about + "".join(rows))

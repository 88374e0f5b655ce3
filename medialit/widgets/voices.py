"""The widgets about voices in an article: who said each quote, which group each source speaks
for, and what the machine sees in one quote (its kind, speaker, reporting verb and marks)."""
from __future__ import annotations

import html

import ipywidgets as w

from medialit.analysis import Analysis, analyze
from medialit.article import Article
from medialit.answers import AnswerStore, answer_id
from medialit.keys import load_quote_key
from medialit.widgets.parts import (WIDE, answers_store, as_article, button_layout, confirm_reset,
                                    kit_box, live_line, note_html, quote_in_context, save_or_warn,
                                    saved_answer, shorten)

ANONYMOUS = "An unnamed (anonymous) source"
NOBODY = "No one: the article does not say"
VAGUE = "A vague group (“experts”, “analysts” …)"


# -- who said it? ---------------------------------------------------------------------------------

def who_said_it(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                qid: str = "who_said_it") -> w.VBox:
    """For each quote, choose who said it; the feedback shows the clue in the text.

    The first choice checked is the one that counts: "Check" shows the answer, so that quote's
    choice is kept from then on (saved under ``<qid>_checked`` too, so a restart keeps it)."""
    article = as_article(article)
    store = answers_store(answers, notebook)
    analysis = analyze(article)
    items, key_note = _quotes_to_attribute(article, analysis)
    if not items:
        return w.VBox([w.HTML(note_html("There are no direct quotes in this article, so there is "
                                        "nothing to attribute."))])
    from medialit.people import people_named

    shown = {s.name: s.shown_as or s.name for s in analysis.sources}
    names = sorted({item["speaker"] for item in items if item["speaker"] and
                    item["speaker_kind"] == "named"} | {s.name for s in analysis.sources
                                                        if s.kind == "named"}
                   | people_named(article)
                   | {name for item in items for name in item["also_right"]})
    choices = [("— choose —", "")] + [(shown.get(name, name), name) for name in names] + \
        [(ANONYMOUS, ANONYMOUS), (VAGUE, VAGUE), (NOBODY, NOBODY)]
    checked_id = answer_id(f"{qid}_checked", article)
    qid = answer_id(qid, article)
    # as wide as the cell: one step per quote stays wide enough to hit on a small screen
    position = w.IntSlider(value=1, min=1, max=len(items), description="Quote",
                           continuous_update=False, tooltip="which quote", layout=WIDE)
    context = w.HTML(layout=WIDE)
    speaker = w.Dropdown(options=choices, description="Who said it?", layout=WIDE,
                         style={"description_width": "initial"})
    check = w.Button(description="Check", icon="check", tooltip="Check your answer",
                     layout=button_layout())
    feedback = live_line()
    tally = w.HTML()
    saving = live_line()

    def show(_=None):
        item = items[position.value - 1]
        context.value = quote_in_context(article, item["start"], item["end"])
        saved = saved_answer(store, qid, "choices").get(_item_id(item), "")
        speaker.value = saved if saved in {value for _, value in choices} else ""
        locked = _item_id(item) in saved_answer(store, checked_id, "choices")
        speaker.disabled = locked
        feedback.value = note_html("You have checked this quote: your first answer counts.") \
            if locked else ""
        update_tally()

    def update_tally():
        saved = saved_answer(store, qid, "choices")
        right = sum(1 for item in items if saved.get(_item_id(item)) in _right_answers(item))
        tally.value = note_html(f"{len(saved)} of {len(items)} answered, {right} right.")

    def save(change):
        if change["name"] != "value" or not change["new"]:
            return
        item = items[position.value - 1]
        saved = dict(saved_answer(store, qid, "choices"))
        if saved.get(_item_id(item)) == change["new"] or speaker.disabled:
            return  # the slider showed a saved answer, or one already checked: nothing to save
        saved[_item_id(item)] = change["new"]
        save_or_warn(saving, store.set, qid, saved)
        update_tally()

    def check_answer(_):
        item = items[position.value - 1]
        if not speaker.value:
            feedback.value = note_html("Choose a speaker first.")
            return
        clue = _clue(article, analysis, item)
        if item["also_right"] and speaker.value in _right_answers(item):
            feedback.value = note_html(f"✔ Right: {html.escape(speaker.value)} is one answer the "
                                       "article allows; the others are "
                                       f"{html.escape(_listed(_right_answers(item), speaker.value, 'and'))}. "
                                       f"{html.escape(item['note'] or '')}{clue}")
        elif speaker.value == _right_answer(item):
            feedback.value = note_html(f"✔ Right: {html.escape(_right_answer(item))}.{clue}")
        else:
            answers = _right_answers(item)
            feedback.value = note_html(f"✘ Not quite. The answer is "
                                       f"{html.escape(_listed(answers, None) if len(answers) > 1 else answers[0])}"
                                       f".{clue}")
        checked = dict(saved_answer(store, checked_id, "choices"))
        checked[_item_id(item)] = speaker.value
        speaker.disabled = save_or_warn(saving, store.set, checked_id, checked)
        if speaker.disabled:
            feedback.value += note_html("Your choice for this quote is kept now: the first answer "
                                        "you check is the one that counts.")

    def reset():
        save_or_warn(saving, store.remove, qid, checked_id)
        show()

    position.observe(show, names="value")
    speaker.observe(save, names="value")
    check.on_click(check_answer)
    show()
    intro = w.HTML(note_html("<b>Who said it?</b> Move the slider to a quote, read it in its "
                             "paragraph, and choose who said it. Pronouns like “he” point back "
                             "to someone: look for the clue.") + note_html(key_note) +
                   (note_html(f"⚠ {store.message}") if store.message else ""))
    return kit_box([intro, position, context, speaker, check, feedback, tally, saving,
                    confirm_reset(reset)])


def _quotes_to_attribute(article: Article, analysis: Analysis) -> tuple[list[dict], str]:
    """The direct quotes to attribute, from the answer key when there is one, else from the
    machine; and the note that says so when the machine's answers are used."""
    key = load_quote_key(article)
    if key:
        items = [{"start": q["content"]["start"], "end": q["content"]["end"],
                  "text": q["content"]["text"], "speaker": q["speaker"],
                  "speaker_kind": q["speaker_kind"], "also_right": q.get("also_right", []),
                  "note": q.get("note")} for q in key if q["kind"] == "direct"]
        return items, ""
    items = [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
              "speaker_kind": q.speaker_kind, "also_right": [], "note": None}
             for q in analysis.speech if q.kind == "direct"]
    return items, ("This article has no answer key, so the machine's answer is used, and the "
                   "machine can be wrong.")


def _item_id(item: dict) -> str:
    return f"{item['start']}-{item['end']}"


def _right_answers(item: dict) -> list[str]:
    """Every answer marked right: the key's speaker, then the others the article allows when
    it does not settle who spoke (``also_right`` in the quote key)."""
    return [_right_answer(item), *item["also_right"]]


def _listed(names: list[str], but: str | None, joined_by: str = "or") -> str:
    """The names but one, as a list in words: "A, B or C"."""
    others = [name for name in names if name != but]
    return ", ".join(others[:-1]) + (f" {joined_by} " if len(others) > 1 else "") + others[-1]


def _right_answer(item: dict) -> str:
    if item["speaker_kind"] == "anonymous":
        return ANONYMOUS
    if item["speaker_kind"] == "vague":
        return VAGUE
    return item["speaker"] or NOBODY


def _clue(article: Article, analysis: Analysis, item: dict) -> str:
    """What in the text tells who said the quote, as the machine read it ("" when it found no
    quote there)."""
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
    return clue


# -- source sorter ------------------------------------------------------------------------------------

GROUP_CHOICES = ["US government", "US lawmakers", "Chinese government", "Other government",
                 "Academics and think tanks", "Media", "Business", "Campaigners and charities",
                 "Members of the public", "Anonymous", "Vague", "Not stated"]


def source_sorter(article=None, answers: AnswerStore | None = None, notebook: str = "practice",
                  qid: str = "source_sorter") -> w.VBox:
    """Put each source in a group; a chart of your groups beside the machine's updates live."""
    from medialit.charts import plot_group_comparison

    article = as_article(article)
    store = answers_store(answers, notebook)
    analysis = analyze(article)
    if not analysis.sources:
        return w.VBox([w.HTML(note_html("Nobody is quoted or cited in this article, so there are "
                                        "no sources to sort."))])
    groups = list(dict.fromkeys(GROUP_CHOICES + [s.affiliation or "Not stated" for s in analysis.sources]))
    saved = dict(saved_answer(store, answer_id(qid, article), "choices"))
    rows, pickers = [], {}
    for source in analysis.sources:
        described = f" — {html.escape(source.role)}" if source.role else ""
        picker = w.Dropdown(options=[("— choose —", "")] + [(g, g) for g in groups],
                            value=saved.get(source.name, "") if saved.get(source.name, "") in groups else "",
                            description=f"Group for {shorten(source.name, 24)}",
                            style={"description_width": "0px"},  # read aloud, not shown
                            layout=w.Layout(width="260px"),
                            tooltip=f"the group {source.name} speaks for")
        pickers[source.name] = picker
        rows.append(w.HBox([w.HTML(f"<b>{html.escape(source.shown_as or source.name)}</b>{described} "
                                   f"({source.words} words)", layout=w.Layout(width="55%")), picker]))
    chart = w.Output()
    differences = live_line()
    saving = live_line()

    qid = answer_id(qid, article)

    def redraw(change=None):
        chosen = {name: picker.value for name, picker in pickers.items() if picker.value}
        if change is not None:
            save_or_warn(saving, store.set, qid, chosen)
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
        differences.value = "".join(note_html(line) for line in lines) or note_html(
            "No differences yet." if chosen else "Choose a group for each source.")

    for picker in pickers.values():
        picker.observe(redraw, names="value")

    def reset():
        save_or_warn(saving, store.remove, qid)
        for picker in pickers.values():
            picker.value = ""

    redraw()
    intro = w.HTML(note_html("<b>Source sorter.</b> Who does each source speak for? Choose a "
                             "group for each. The chart compares your groups with the machine's.") +
                   (note_html(f"⚠ {store.message}") if store.message else ""))
    return kit_box([intro, *rows, saving, chart, differences, confirm_reset(reset)])


# -- quote inspector ---------------------------------------------------------------------------------

def quote_inspector(article=None) -> w.VBox:
    """Pick a quote and see it in context, with its reporting verb, stance and form."""
    import re

    from medialit.lexicons import load_reporting_verbs

    article = as_article(article)
    analysis = analyze(article)
    quotes = [q for q in analysis.quotes]
    if not quotes:
        return w.VBox([w.HTML(note_html("This article has no quotes to inspect."))])
    verbs = load_reporting_verbs()
    picker = w.Dropdown(options=[(f"{n + 1} · {shorten(q.text, 60)}", n)
                                 for n, q in enumerate(quotes)],
                        description="Quote", layout=WIDE, tooltip="the quote to inspect")
    # a long menu is slow to step through: type the quote's number instead
    number = w.BoundedIntText(value=1, min=1, max=len(quotes), description="Quote number",
                              style={"description_width": "initial"},
                              layout=w.Layout(width="13rem"), tooltip=f"1 to {len(quotes)}")
    w.dlink((number, "value"), (picker, "value"), transform=lambda value: value - 1)
    w.dlink((picker, "value"), (number, "value"), transform=lambda index: index + 1)
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
        view.value = (quote_in_context(article, quote.start, quote.end) +
                      "".join(note_html(fact) for fact in facts))

    picker.observe(show, names="value")
    show()
    intro = w.HTML(note_html("<b>Quote inspector.</b> Choose a quote, or type its number, to "
                             "see it in its paragraph and what the machine says about it."))
    return kit_box([intro, w.VBox([number, picker]), view])

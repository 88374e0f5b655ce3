"""The kit checks its own words: what a plan or a notebook says about the article, its keys and
its widgets is what they hold and do (issue 17).

Each test reads the teaching text as a teacher would (a paragraph number and the words it
cites, a row of a plan's table, a sentence about what a widget offers) and checks it against
the engine, the keys, the one scorer (``medialit.grading.score_error_hunt``) or the widget
itself, so that a lesson can never again tell a student one thing while the kit does another.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import ipywidgets as w
import nbformat
import pytest

import medialit as ml
from medialit.analysis import analyze
from medialit.grading import (KIND_WORDS, PLAIN_QUOTES, VERDICT_WORDS, find_words, place_mark,
                              score_error_hunt)
from medialit.keys import load_error_key, load_quote_key
from medialit.people import is_not_a_person

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PLANS = sorted((ROOT / "lessons").glob("[0-9][0-9]-*.md"))
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


# -- reading the kit's words -------------------------------------------------------------------

def markdown_of(notebook: Path) -> list[str]:
    return [cell.source for cell in nbformat.read(notebook, as_version=4).cells
            if cell.cell_type == "markdown"]


def teaching_texts(stems=None):
    """(where, text) for every plan and every markdown cell of every lesson notebook."""
    for plan in PLANS:
        if stems is None or plan.stem[:2] in stems:
            yield plan.name, plan.read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        if stems is None or notebook.stem[:2] in stems:
            for number, source in enumerate(markdown_of(notebook)):
                yield f"{notebook.name} (markdown {number})", source


def plain(words: str) -> str:
    """Words as a reader compares them: straight quotes, no bold, one space, lower case."""
    return re.sub(r"\s+", " ", words.translate(PLAIN_QUOTES).replace("**", "")).strip().lower()


def pieces(cited: str) -> list[str]:
    """The parts of a citation around its cuts ("…", "..."), each long enough to check."""
    return [piece.strip(" .,;:") for piece in re.split(r"…|\.\.\.", cited)
            if len(piece.strip(" .,;:")) >= 3]


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def controls(widget, cls, description=None):
    return [x for x in walk(widget) if isinstance(x, cls) and
            (description is None or x.description == description)]


def said(widget) -> str:
    return "\n".join(part.value for part in controls(widget, w.HTML))


@pytest.fixture(scope="module")
def seed(nlp):
    return ml.load_article()


@pytest.fixture(scope="module")
def seed_key(seed):
    return load_error_key(seed)


# -- 7: paragraph numbers ----------------------------------------------------------------------

NUMBER = r"(?:¶\s?|\b[Pp]aragraph )(\d+)"
CITED = r"[“\"]([^”\"\n]{3,120}?)[”\"]"
NUMBER_THEN_WORDS = re.compile(NUMBER + r"[\s:(]{0,3}" + CITED)  # paragraph 19: “reported …”
WORDS_THEN_NUMBER = re.compile(CITED + r"(?:\s*\(|\s+in\s+)(?:¶\s?|paragraph )(\d+)")  # “It” (¶2)


def paragraph_citations(text: str):
    for match in NUMBER_THEN_WORDS.finditer(text):
        yield int(match.group(1)), match.group(2)
    for match in WORDS_THEN_NUMBER.finditer(text):
        yield int(match.group(2)), match.group(1)


# lessons 3 and 6 also cite paragraphs of the practice and example articles: their plans name
# those paragraphs in tables of their own, checked below; these files cite only the seed
SEED_ONLY = ("00", "01", "02", "04", "05")


def test_every_paragraph_a_lesson_cites_holds_the_words_it_quotes(seed):
    paragraphs = [plain(p.text) for p in seed.paragraphs]
    checked, wrong = 0, []
    for where, text in teaching_texts(SEED_ONLY):
        for number, cited in paragraph_citations(text):
            checked += 1
            if number >= len(paragraphs) or not all(plain(piece) in paragraphs[number]
                                                    for piece in pieces(cited)):
                wrong.append(f"{where}: paragraph {number} does not hold “{cited}”")
    assert checked >= 10, "the citation reader found almost nothing: has the format changed?"
    assert not wrong, "\n".join(wrong)


def test_the_error_hunt_numbers_sentences_by_paragraph_as_the_lessons_do(seed, tmp_path):
    from medialit.widgets.hunt import ErrorHunt

    hunt = ErrorHunt(seed, ml.AnswerStore("t", folder=tmp_path), "t", "error_hunt", False)
    labels = [label.split(" · ")[0] for label, _ in hunt.sentence.options]
    assert labels[0] == "0"  # the title, as every lesson numbers it
    for label, sentence in zip(labels, hunt.sentences):
        assert label.split(".")[0] == str(seed.paragraph_index(sentence.start)), label
        assert f"<b>[{label}]</b> {html.escape(sentence.text)}" in hunt.pane.value
    assert len(set(labels)) == len(labels)
    # the key's hint names the paragraph the mistake is in, as the plans do
    for _ in range(4):
        hunt.give_hint(None)
        found = re.search(r"look at paragraph (\d+)(?:, sentence (\d+)\.(\d+))?\.", hunt.message.value)
        assert found, hunt.message.value
        assert not found.group(2) or found.group(2) == found.group(1)


@pytest.mark.parametrize("model", [True, False], ids=["model", "rules"])
@pytest.mark.parametrize("text", [
    "Title\n\n“They call it a ballon. . . It is not a good look,” he said.",
    "Title\n\n“Mike might like zombie movies .\u00a0.\u00a0. he added. Then he left.",
    "Title\n\nIt ended . . .\n\nThe next paragraph.",
])
def test_a_spaced_ellipsis_is_never_a_sentence_of_its_own(text, model):
    from medialit.nlp import load_nlp

    sentences = [sentence.text for sentence in load_nlp(model)(text).sents]
    assert not [s for s in sentences if re.fullmatch(r"[.\s\u00a0]*\.[.\s\u00a0]*", s)], sentences


def test_no_sentence_of_the_seed_is_only_dots(seed):
    assert not [s.text for s in seed.sentences if re.fullmatch(r"[.\s\u00a0]+", s.text)]


# -- 6: numbers of quotes in the widgets -------------------------------------------------------

QUOTE_NUMBER = re.compile(r"\b[Qq]uotes? (\d+) \([“\"]([^”\"]+)[”\"]")


def who_said_it_items(article):
    return [q for q in load_quote_key(article) if q["kind"] == "direct"]


def test_quote_numbers_in_the_texts_are_the_widgets_numbers(seed):
    slider = [q["content"]["text"] for q in who_said_it_items(seed)]  # lesson 2: who said it?
    menu = [q.text for q in analyze(seed).quotes]  # lesson 5: the quote inspector
    checked, wrong = 0, []
    for stems, numbered, widget in ((("02",), slider, "who said it?"),
                                    (("05",), menu, "the quote inspector")):
        for where, text in teaching_texts(stems):
            for number, words in QUOTE_NUMBER.findall(text):
                checked += 1
                shown = numbered[int(number) - 1] if int(number) <= len(numbered) else ""
                if not plain(shown).startswith(plain(pieces(words)[0])):
                    wrong.append(f"{where}: {widget} shows “{shown[:40]}” as quote {number}, "
                                 f"not “{words}”")
    assert checked >= 6
    assert not wrong, "\n".join(wrong)


def test_every_quote_number_a_text_gives_is_one_it_also_cites_with_its_words():
    for stem in ("02", "05"):
        texts = [text for _, text in teaching_texts((stem,))]
        anchored = {int(number) for text in texts for number, _ in QUOTE_NUMBER.findall(text)}
        for text in texts:
            for first, second in re.findall(r"\b[Qq]uotes? (\d+)(?: and (\d+))?", text):
                for number in filter(None, (first, second)):
                    assert int(number) in anchored, \
                        f"lesson {stem} speaks of quote {number} but never says which words it is"


# -- 1, 2, 3: who said it? ---------------------------------------------------------------------

def plan_table(plan: Path, header: str) -> list[list[str]]:
    """The rows of the table in ``plan`` whose header line starts with ``header``."""
    lines = plan.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def accepted_by_the_widget(article, number: int, choice: str, tmp_path) -> str:
    """What *who said it?* answers when quote ``number`` is given ``choice``."""
    box = ml.who_said_it(article, ml.AnswerStore("t", folder=tmp_path))
    controls(box, w.IntSlider, "Quote")[0].value = number
    speaker = controls(box, w.Dropdown, "Who said it?")[0]
    values = {label: value for label, value in speaker.options}
    speaker.value = values[choice]
    controls(box, w.Button, "Check")[0].click()
    return said(box)


def named_answers(cell: str, labels: list[str]) -> list[str]:
    """The widget's choices a plan's answer cell names ("A, B or C (a note)")."""
    names, rest = [], cell
    while rest:
        label = next((label for label in sorted(labels, key=len, reverse=True)
                      if rest.startswith(label)), None)
        if label is None:
            break
        names.append(label)
        rest = re.sub(r"^(?:,\s*|\s+or\s+)", "", rest[len(label):])
    return names


def test_plan_2_table_gives_what_who_said_it_accepts(seed, tmp_path):
    items = who_said_it_items(seed)
    box = ml.who_said_it(seed, ml.AnswerStore("t", folder=tmp_path))
    labels = [label for label, value in controls(box, w.Dropdown, "Who said it?")[0].options if value]
    rows = plan_table(ROOT / "lessons" / "02-who-said-it.md", "| quote | ¶ |")
    assert len(rows) == len(items)
    for number, paragraph, words, answer, key_id in rows:
        item = items[int(number) - 1]
        assert item["id"] == key_id
        assert seed.paragraph_index(item["content"]["start"]) == int(paragraph), number
        assert plain(item["content"]["text"]).startswith(plain(pieces(words.strip("“”"))[0]))
        names = named_answers(answer, labels)
        assert names, f"quote {number}: the answer “{answer}” is not a choice the widget offers"
        for name in names:
            assert "✔ Right" in accepted_by_the_widget(seed, int(number), name, tmp_path), \
                f"quote {number}: the plan says {name} is right; the widget does not accept it"


def test_the_snub_quote_is_open_to_the_three_readings_q4_teaches(seed, tmp_path):
    snub = next(n for n, q in enumerate(who_said_it_items(seed), 1) if q["content"]["text"] == "snub")
    for name in ("Dennis Wilder", "Antony Blinken", "Xi Jinping"):
        assert "✔ Right" in accepted_by_the_widget(seed, snub, name, tmp_path)
    assert "✘" in accepted_by_the_widget(seed, snub, "Joe Biden", tmp_path)


def test_who_said_it_offers_only_people_and_organisations(seed, tmp_path):
    box = ml.who_said_it(seed, ml.AnswerStore("t", folder=tmp_path))
    labels = [label for label, value in controls(box, w.Dropdown, "Who said it?")[0].options if value]
    assert not [label for label in labels if any(is_not_a_person(word) for word in label.split())]
    assert "Beijing (Chinese government)" in labels and "Beijing" not in labels


def test_the_19_senators_are_anonymous_by_the_kits_own_definition(seed, seed_key):
    definition = next(line for source in markdown_of(ROOT / "notebooks" / "02-who-said-it.ipynb")
                      for line in source.splitlines() if line.startswith("| **anonymous**"))
    assert "group" in definition  # the definition covers an unnamed group such as the senators
    senators = [q for q in load_quote_key(seed) if q["speaker"] == "19 Republican Senators"]
    assert senators and {q["speaker_kind"] for q in senators} == {"anonymous"}
    # and in lesson 3 marking them as an unnamed source never costs a point
    hunt = score_error_hunt([("19 Republican Senators", "anonymous-source")], seed_key, seed.text)
    assert hunt.alarms == 0 and hunt.results[0]["verdict"] != "not-an-error"


# -- 4, 5: the error keys, the plans' tables and the one scorer --------------------------------

KEY_TABLE = "| id | ¶ | words in the article | kind to choose | severity | correction |"


def key_tables():
    """(key file, rows) of every error-key table in a plan, the key named just above it."""
    for plan in PLANS:
        text = plan.read_text(encoding="utf-8")
        for match in re.finditer(re.escape(KEY_TABLE), text):
            named = re.findall(r"([\w-]+)\.errors\.json", text[:match.start()])
            lines = text[match.end():].splitlines()[2:]
            rows = [[cell.strip() for cell in line.strip("|").split("|")]
                    for line in lines[:lines.index("")] if line.startswith("|")] if "" in lines else []
            yield plan.name, named[-1], rows


def test_plans_error_tables_match_the_keys_and_score_as_they_say():
    tables = list(key_tables())
    assert {stem for _, stem, _ in tables} >= {"blinken-qin-beijing-2023", "practice-bridge-toll"}
    for plan, stem, rows in tables:
        article = ml.load_article(SEEDS / f"{stem}.txt")
        key = {entry["id"]: entry for entry in load_error_key(article)}
        on_the_text = {i for i, entry in key.items() if entry["detectable"] == "text"}
        ids = [row[0].split()[0] for row in rows]
        assert set(ids) == on_the_text, f"{plan}: the table of {stem} lists other entries than the key"
        for row in rows:
            entry = key[row[0].split()[0]]
            paragraph, words, kind, severity = row[1], row[2], row[3], row[4]
            where = f"{plan}, {entry['id']}"
            assert int(paragraph) == article.paragraph_index(entry["span"]["start"]), where
            assert kind == KIND_WORDS[entry["kind"]], where
            assert severity == entry["severity"], where
            if words.startswith("“") and words.endswith("”"):
                assert plain(entry["span"]["text"]).startswith(plain(words[1:-1].rstrip("…"))), where
            # the kind the plan says to choose, on the entry's words, through the real scorer
            verdict = "right" if entry["counts"] == "mistake" else "note"
            for chosen in entry["accepted_kinds"]:
                marked = score_error_hunt([{**entry["span"], "kind": chosen}], list(key.values()))
                assert marked.results[0]["verdict"] == verdict, (where, chosen)


def test_marks_the_plan_says_need_other_reports_are_beyond_the_text(seed, seed_key):
    plan = (ROOT / "lessons" / "03-spot-the-errors.md").read_text(encoding="utf-8")
    section = plan[plan.index("**Mistakes that need other reports**"):]
    section = section.split("\n\n")[0]
    assert VERDICT_WORDS["beyond-the-text"] in section and VERDICT_WORDS["not-an-error"] not in section
    cited = re.findall(r"¶(\d+) ((?:\"[^\"]+\"(?:,? (?:and )?)?)+)", section)
    marks = [(int(number), words) for number, group in cited for words in re.findall(r"\"([^\"]+)\"", group)]
    assert len(marks) >= 8
    for number, words in marks:
        paragraph = seed.paragraphs[number]
        mark = place_mark(seed.text, words.replace("'", "’"), "other", seed_key,
                          within=(paragraph.start, paragraph.end))
        assert mark is not None, f"“{words}” is not in paragraph {number}"
        verdict = score_error_hunt([mark], seed_key).results[0]["verdict"]
        assert verdict == "beyond-the-text", (words, verdict)


def test_a_defensible_other_kind_earns_full_credit(seed, seed_key):
    hunt = score_error_hunt([("spy ball", "spelling")], seed_key, seed.text)
    assert hunt.results[0]["verdict"] == "right" and hunt.score == 1


@pytest.mark.parametrize("entry_id", ["e05", "e06", "e50"])
def test_style_points_are_notes_that_never_cost_or_earn(seed_key, entry_id):
    entry = next(e for e in seed_key if e["id"] == entry_id)
    assert entry["counts"] == "note"
    hunt = score_error_hunt([{**entry["span"], "kind": "other"}], seed_key)
    assert hunt.score == 0 and hunt.alarms == 0 and entry not in hunt.missed


# -- 5: lesson 6, an article with no key is compared, not graded -------------------------------

def example_story() -> str:
    """The example article lesson 6 uses until a student loads their own (the loader's)."""
    from medialit.widgets.loader import EXAMPLE

    return EXAMPLE


def test_lesson_6_unanimous_is_compared_with_the_machine_never_scored(nlp, tmp_path):
    story = ml.make_article(example_story())
    assert load_error_key(story) is None
    box = ml.error_hunt(story, ml.AnswerStore("t", folder=tmp_path))
    assert not controls(box, w.Button, "Check my marks")
    menu = controls(box, w.Dropdown, "Sentence")[0]
    holding = story.text.index("unanimous")
    menu.value = next(value for label, value in menu.options
                      if story.sentences[value - 1].start <= holding < story.sentences[value - 1].end)
    controls(box, w.Text, "Words")[0].value = "unanimous"
    controls(box, w.Dropdown, "What's wrong")[0].value = "self-contradiction"
    controls(box, w.Button, "Add mark")[0].click()
    controls(box, w.Button, "Compare with the machine")[0].click()
    result = said(box)
    only_you = result[result.index("Only you"):result.index("Only the machine")]
    assert "unanimous" in only_you
    assert "Score" not in result and VERDICT_WORDS["not-an-error"] not in result
    # and the lesson says what the widget does
    words = " ".join(text for _, text in teaching_texts(("06",)))
    assert "Only you" in words and "Compare with the machine" in words
    assert VERDICT_WORDS["not-an-error"] not in words and "Not an error" not in words


def test_lesson_6_example_table_says_what_the_machine_finds(nlp):
    story = ml.make_article(example_story())
    findings = analyze(story).issues
    rows = plan_table(ROOT / "lessons" / "06-check-it-yourself.md", "| in the example |")
    checked = 0
    for cells in rows:
        example, machine = cells[0], cells[-1]
        quoted = re.findall(r"\"([^\"]+)\"", example)
        if not quoted or machine not in ("found", "missed", "false alarm"):
            continue
        words = pieces(quoted[0].replace("'", "’"))[0]
        place = find_words(story.text, words)
        assert place is not None, words
        if words.startswith("The board"):
            place = find_words(story.text, "unanimous")  # the row is about the one wrong word
        flagged = any(f.start < place[1] and place[0] < f.end for f in findings)
        assert flagged == (machine in ("found", "false alarm")), (words, machine)
        checked += 1
    assert checked >= 5


def test_lesson_6_counts_and_q4_are_what_the_machine_says_of_the_example(nlp):
    """The notebook's and the plan's counts for the example, and the finding q4 asks about,
    are the engine's own: a better engine must bring the lesson along."""
    result = analyze(ml.make_article(example_story()))
    counts = (len(result.speech), len(result.sources), len(result.issues))
    notebook = " ".join(markdown_of(ROOT / "notebooks" / "06-check-it-yourself.ipynb"))
    plan = (ROOT / "lessons" / "06-check-it-yourself.md").read_text(encoding="utf-8")
    said = re.search(r"(\d+) quotes and reported statements, (\d+) sources and (\d+) possible "
                     r"problems", notebook)
    assert said and tuple(map(int, said.groups())) == counts
    planned = re.search(r"Counts: (\d+) quotes and reported statements,\s+(\d+) sources, (\d+) "
                        r"possible problems", plan)
    assert planned and tuple(map(int, planned.groups())) == counts
    from medialit.checks.registry import rules
    from medialit.lesson_data import load_question

    words, description = re.findall(r"“([^”]+)”", load_question("06-q4").text)[:2]
    rule = next(r for r in rules() if r.description.startswith(description.split(" anywhere")[0]))
    assert (rule.id, words) in {(f.rule, f.text) for f in result.issues}


# -- 6: the code a text describes -------------------------------------------------------------

def test_texts_describe_only_code_lines_the_notebooks_have():
    for plan in PLANS:
        notebook = ROOT / "notebooks" / (plan.stem + ".ipynb")
        code = "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells
                         if c.cell_type == "code")
        for where, text in [(plan.name, plan.read_text(encoding="utf-8"))] + \
                [(notebook.name, source) for source in markdown_of(notebook)]:
            for line in re.findall(r"`(%\w+[^`]*)`", text):
                if "add a new cell" in text[max(0, text.index(line) - 80):text.index(line)]:
                    continue  # an instruction to type it, not a line the notebook holds
                assert line in code, f"{where} describes `{line}`, which no cell of {notebook.name} holds"
        assert not any("first line of the cell" in source and "%" not in source
                       for source in markdown_of(notebook)), notebook.name


# -- 8: facts ---------------------------------------------------------------------------------

def kit_texts():
    yield from teaching_texts()
    desk = json.loads((SEEDS / "blinken-qin-beijing-2023.reference-desk.json").read_text(encoding="utf-8"))
    for entry in desk["entries"]:
        yield f"reference desk {entry['id']}", entry["finding"]
    for entry in json.loads((SEEDS / "blinken-qin-beijing-2023.errors.json").read_text(encoding="utf-8"))["errors"]:
        yield f"error key {entry['id']}", f"{entry['explanation']} {entry['source'] or ''}"


def test_kritenbrinks_three_goals_are_never_given_to_blinken():
    mentions = [(where, text) for where, text in kit_texts() if "three goals" in text]
    assert mentions
    for where, text in mentions:
        assert not re.search(r"three goals[”\"*]*\s+(?:may|might|could)?\s*(?:really\s+)?"
                             r"(?:have been|were|are)\s+Blinken", text), where


def test_every_date_a_desk_finding_gives_is_one_of_its_sources():
    months = "January February March April May June July August September October November December".split()
    desk = json.loads((SEEDS / "blinken-qin-beijing-2023.reference-desk.json").read_text(encoding="utf-8"))
    for entry in desk["entries"]:
        dates = {source["date"] for source in entry["sources"]}
        for day, month, year in re.findall(r"\b(\d{1,2}) (" + "|".join(months) + r") (\d{4})", entry["finding"]):
            assert f"{year}-{months.index(month) + 1:02d}-{int(day):02d}" in dates, entry["id"]


def test_no_notebook_quotes_a_vague_source():
    from medialit.lexicons import load_source_words

    vague = load_source_words()["vague"] | {"editors", "journalists", "teachers"}
    pattern = re.compile(r"\b(" + "|".join(sorted(vague, key=len, reverse=True)) +
                         r")\s+(?:say|says|said|call|calls|called)\b(?:(?!\n\n)[^.;]){0,80}[“\"]", re.I)
    for notebook in NOTEBOOKS:
        for source in markdown_of(notebook):
            for found in pattern.finditer(source):
                before = source[:found.start()]
                if re.search(r"(?:\bof|[A-Z]\w*)\s+$", before):
                    continue  # part of a name: "the Society of Professional Journalists says"
                raise AssertionError(f"{notebook.name}: “{found.group(0)}” quotes nobody in particular")


def test_the_readmes_chart_gives_each_side_its_own_share(seed):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    alt = re.search(r"!\[([^\]]*)\]\(docs/images/seed-source-balance\.png\)", readme).group(1)
    sources = analyze(seed).sources
    total = sum(source.words for source in sources)
    shares = {}
    for source in sources:
        shares[source.affiliation] = shares.get(source.affiliation, 0) + source.words
    percentages = {round(100 * words / total) for words in shares.values()}
    claimed = [int(n) for n in re.findall(r"(\d+)%", alt)]
    assert claimed and set(claimed) <= percentages, (alt, sorted(percentages))
    assert "voices have" not in alt  # no country's groups added up into one side

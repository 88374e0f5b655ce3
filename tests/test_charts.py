"""The charts of ``medialit.charts``: their structure, never their pixels.

Each ``plot_*`` function is checked on the seed analysis (built once for this module): it
returns a Figure whose title states a finding, whose ``alt_text`` is a sentence, whose bars
are labelled with the groups (or verbs, or sources) and carry their values as text. Then the
cases around the edges: an article with nobody quoted, drawing on the caller's Axes, no
change to matplotlib's global state, very long names, the colour palette, the student's
grouping against the engine's, and writing PNG files.
"""
from __future__ import annotations

import io
import re
from collections import Counter

import matplotlib
import matplotlib.colors
import matplotlib.pyplot as plt  # only here, to check that the charts leave no figure open
import pytest
from matplotlib.figure import Figure

import medialit
from medialit import charts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NO_QUOTES = "Nothing\n\nThe bridge opened in 1998."
LONG_NAME = "Hubert Wolfeschlegelsteinhausenbergerdorffvoralternwaren"
LONG_ROLE = ("the deputy assistant undersecretary for intergovernmental maritime labour relations "
             "and harbour affairs of the Northern Coastal Ferry Workers Union")
LONG_ARTICLE = (f"Ferry strike\n\n“We will not back down, not now and not ever,” said {LONG_NAME}, "
                f"{LONG_ROLE}.\n\n“The ferries will keep running,” said Bob Smith, the mayor.\n")
LONG_GROUP = "People who work on the ferries and in the harbour offices every single day"
MAX_LINE = 30  # characters in one line of a tick label


def engine_groups(analysis) -> dict[str, str]:
    """The engine's own grouping, in the shape a student's grouping has."""
    return {source.name: source.affiliation or "Not stated" for source in analysis.sources}


def plot_group_comparison_as_engine(analysis, ax=None) -> Figure:
    return charts.plot_group_comparison(analysis, engine_groups(analysis), ax=ax)


PLOTS = {
    "plot_source_balance": charts.plot_source_balance,
    "plot_source_kinds": charts.plot_source_kinds,
    "plot_voice_strip": charts.plot_voice_strip,
    "plot_reporting_verbs": charts.plot_reporting_verbs,
    "plot_group_comparison": plot_group_comparison_as_engine,
}
BAR_PLOTS = [name for name in PLOTS if name != "plot_voice_strip"]  # the voice strip has dots


def test_every_plot_function_is_covered():
    public = {name for name in dir(charts) if name.startswith("plot_")}
    assert public == set(PLOTS)


# -- helpers ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def analysis(nlp, seed):
    """The seed analysis, made once for this module (needs the English model)."""
    return medialit.analyze(seed)


@pytest.fixture(scope="module")
def figures(analysis):
    """Each seed chart, drawn once for this module."""
    return {name: plot(analysis) for name, plot in PLOTS.items()}


@pytest.fixture(scope="module")
def empty_analysis():
    """An article nobody is quoted in (no model needed: there are no quotes to find)."""
    return medialit.analyze(medialit.make_article(NO_QUOTES))


def one_line(text: str) -> str:
    return " ".join(text.split())


def title_of(figure: Figure) -> str:
    return one_line(figure.axes[0].get_title(loc="left"))


def tick_labels(ax) -> dict[float, str]:
    """Position → label of the y tick labels (labels are wrapped: joined back into one line)."""
    return {round(float(y), 6): one_line(label.get_text())
            for y, label in zip(ax.get_yticks(), ax.get_yticklabels())}


def bar_centres(ax) -> list[tuple[float, float]]:
    """(centre on the y axis, value) of every horizontal bar."""
    return [(round(bar.get_y() + bar.get_height() / 2, 6), bar.get_width()) for bar in ax.patches]


def values_by_label(ax) -> dict[str, float]:
    """Label → value, for charts with one bar per label (the bar sits at the tick)."""
    labels = tick_labels(ax)
    centres = bar_centres(ax)
    assert len(centres) == len(labels), (len(centres), labels)
    found = {}
    for centre, value in centres:
        assert centre in labels, f"a bar at y={centre} has no label ({labels})"
        found[labels[centre]] = value
    return found


def assert_sentence(text: str) -> None:
    assert isinstance(text, str) and text.strip(), "alt_text is empty"
    assert len(text.split()) >= 5, f"alt_text is too short to describe a chart: {text!r}"
    assert text[0].isupper(), f"alt_text does not start like a sentence: {text!r}"
    assert text.rstrip()[-1] in ".!?", f"alt_text does not end like a sentence: {text!r}"


def assert_bars_carry_values(ax) -> None:
    """Every bar has a text at its height that holds its value."""
    texts = [(round(float(t.get_position()[1]), 6), t.get_text()) for t in ax.texts]
    for centre, value in bar_centres(ax):
        shown = [text for y, text in texts if abs(y - centre) < 1e-6]
        assert shown, f"no text beside the bar at y={centre}"
        assert any(re.search(rf"(?<!\d){int(round(value))}(?!\d)", text) for text in shown), \
            f"the bar at y={centre} (value {value}) is labelled {shown}"


def drawn_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    charts.save_png(figure, buffer)
    return buffer.getvalue()


# -- every chart on the seed -----------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PLOTS))
def test_seed_chart_is_a_figure_with_one_axes(figures, name):
    figure = figures[name]
    assert isinstance(figure, Figure)
    assert len(figure.axes) == 1
    assert figure.axes[0].axison, "the seed has quotes: the chart should not be empty"


@pytest.mark.parametrize("name, finding", [
    ("plot_source_balance", r"\d+% of the quoted words"),
    ("plot_source_kinds", r"\d+% of the quotes come from named sources"),
    ("plot_voice_strip", r"^First word: .+\. Last word: .+\.$"),
    ("plot_reporting_verbs", r"\b(loaded|neutral)\b"),
    ("plot_group_comparison", r"\bsame way\b|\bagree\b"),
])
def test_seed_chart_title_states_a_finding(figures, name, finding):
    title = title_of(figures[name])
    assert re.search(finding, title), title


@pytest.mark.parametrize("name", list(PLOTS))
def test_seed_chart_has_alt_text_sentence(figures, name):
    assert_sentence(figures[name].alt_text)


@pytest.mark.parametrize("name", BAR_PLOTS)
def test_seed_bars_carry_their_values_as_text(figures, name):
    assert_bars_carry_values(figures[name].axes[0])


def test_source_balance_bars_are_the_groups_and_their_words(analysis, figures):
    expected = Counter()
    for source in analysis.sources:
        expected[source.affiliation or "Not stated"] += source.words
    ax = figures["plot_source_balance"].axes[0]
    assert len(ax.patches) == len(expected)
    assert values_by_label(ax) == dict(expected)
    # largest on top
    ordered = [value for _, value in sorted(bar_centres(ax), reverse=True)]
    assert ordered == sorted(ordered, reverse=True)
    # the finding's share is a real percentage
    share = int(re.search(r"(\d+)%", title_of(figures["plot_source_balance"])).group(1))
    assert 0 < share <= 100


def test_source_balance_by_source_has_one_bar_per_source(analysis):
    figure = charts.plot_source_balance(analysis, by="source")
    ax = figure.axes[0]
    assert values_by_label(ax) == {source.name: source.words for source in analysis.sources}
    assert_bars_carry_values(ax)
    assert re.search(r"\d+% of the quoted words", title_of(figure))
    assert_sentence(figure.alt_text)


def test_source_balance_counts_quotes_when_asked(analysis):
    ax = charts.plot_source_balance(analysis, measure="quotes").axes[0]
    expected = Counter()
    for source in analysis.sources:
        expected[source.affiliation or "Not stated"] += source.quotes
    assert values_by_label(ax) == dict(expected)
    assert_bars_carry_values(ax)


def test_source_kinds_bars_are_named_anonymous_vague(analysis, figures):
    figure = figures["plot_source_kinds"]
    values = values_by_label(figure.axes[0])
    assert set(values) == {"named sources", "anonymous sources", "vague sources"}
    assert sum(values.values()) == len(analysis.speech)
    named = sum(1 for quote in analysis.speech if quote.speaker_kind == "named")
    assert values["named sources"] == named
    assert f"{round(100 * named / len(analysis.speech))}%" in title_of(figure)


def test_voice_strip_rows_are_the_groups_that_speak(analysis, figures):
    figure = figures["plot_voice_strip"]
    ax = figure.axes[0]
    group_of = engine_groups(analysis)
    speech = [quote for quote in analysis.speech if quote.speaker]
    speaking = {group_of.get(quote.speaker, "Not stated") for quote in speech}
    labels = list(tick_labels(ax).values())
    assert len(labels) == len(speaking)  # one row per group
    assert set(labels) == speaking
    # one dot per group and paragraph where that group speaks
    dots = sum(len(collection.get_offsets()) for collection in ax.collections)
    assert dots == len({(group_of.get(q.speaker, "Not stated"), q.paragraph) for q in speech})
    texts = [text.get_text() for text in ax.texts]
    assert "first word" in texts and "last word" in texts
    assert title_of(figure) == f"First word: {speech[0].speaker}. Last word: {speech[-1].speaker}."


def test_reporting_verbs_bars_are_the_most_used_verbs(analysis, figures):
    figure = figures["plot_reporting_verbs"]
    ax = figure.axes[0]
    values = values_by_label(ax)
    lemmas = {quote.cue_lemma for quote in analysis.speech if quote.cue_lemma}
    assert len(values) == min(len(lemmas), charts.TOP_VERBS)
    assert {re.sub(r" \((neutral|loaded)\)$", "", label) for label in values} <= lemmas
    assert all(re.search(r" \((neutral|loaded)\)$", label) for label in values)
    if len(lemmas) > charts.TOP_VERBS:  # the chart says it shows only the most used
        assert (f"the {charts.TOP_VERBS} most used of {len(lemmas)} different verbs"
                in ax.get_xlabel())
        assert min(values.values()) >= 1
    # the title counts every verb, shown or not: "8 of 34 reporting verbs are loaded"
    title = title_of(figure)
    loaded = sum(value for label, value in values.items() if label.endswith("(loaded)"))
    counted = re.search(r"(\d+) of (\d+) reporting verbs (is|are) loaded", title)
    if loaded:
        assert counted and int(counted[1]) >= loaded
        assert int(counted[2]) >= sum(values.values())
        for label in values:
            if label.endswith("(loaded)"):
                assert f"“{label.split(' (')[0]}”" in title
    else:
        assert "neutral" in title


@pytest.mark.parametrize("name", list(PLOTS))
def test_every_chart_fits_a_small_screen(figures, name):
    """A school Chromebook shows about 700 px under JupyterLab's bars; charts draw at 100 dpi."""
    assert figures[name].get_size_inches()[1] <= charts.MAX_HEIGHT


def test_group_comparison_bars_are_pairs_per_group(analysis, figures):
    ax = figures["plot_group_comparison"].axes[0]
    groups = set(engine_groups(analysis).values())
    labels = list(tick_labels(ax).values())
    assert set(labels) == groups
    assert len(ax.patches) == 2 * len(groups)  # your bar and the machine's, per group
    texts = " ".join(text.get_text() for text in ax.texts)
    assert texts.count("you:") == len(groups) and texts.count("machine:") == len(groups)


# -- nobody quoted ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PLOTS))
def test_empty_article_gives_a_message_not_an_error(empty_analysis, name):
    assert not empty_analysis.speech and not empty_analysis.sources
    figure = PLOTS[name](empty_analysis)
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    messages = [one_line(text.get_text()) for text in ax.texts if text.get_text().strip()]
    assert not ax.axison or messages, "an empty chart should be turned off or say why"
    assert not ax.patches, "an empty chart should draw no bars"
    assert_sentence(figure.alt_text)
    assert re.search(r"\b(no|nobody|nothing)\b", figure.alt_text, re.I), figure.alt_text
    assert drawn_png(figure).startswith(PNG_SIGNATURE)  # and it can be drawn


# -- drawing on the caller's Axes ------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PLOTS))
def test_draws_on_the_given_axes(analysis, name):
    mine = Figure(figsize=(8, 6))
    left, right = mine.subplots(1, 2)
    returned = PLOTS[name](analysis, ax=right)
    assert returned is mine
    assert len(mine.axes) == 2, "no extra axes should be added to the caller's figure"
    assert right.get_title(loc="left"), "the chart should be drawn on the given axes"
    assert right.patches or right.collections
    assert not left.patches and not left.collections and not left.get_title(loc="left")
    assert_sentence(mine.alt_text)


@pytest.mark.parametrize("name", list(PLOTS))
def test_empty_chart_draws_on_the_given_axes(empty_analysis, name):
    mine = Figure()
    ax = mine.add_subplot()
    assert PLOTS[name](empty_analysis, ax=ax) is mine
    assert ax.texts and len(mine.axes) == 1


# -- no global state -------------------------------------------------------------------------------

def test_no_global_state_is_changed(analysis, empty_analysis):
    plt.close("all")
    before = dict(matplotlib.rcParams)
    for current in (analysis, empty_analysis):
        for plot in PLOTS.values():
            drawn_png(plot(current))
        drawn_png(charts.plot_source_balance(current, by="source", measure="quotes"))
        drawn_png(charts.plot_group_comparison(current, {}))
    assert dict(matplotlib.rcParams) == before
    assert plt.get_fignums() == [], "a chart left a pyplot figure open"


# -- long names ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def long_analysis(nlp):
    return medialit.analyze(medialit.make_article(LONG_ARTICLE))


def assert_short_tick_lines(ax) -> None:
    for label in ax.get_yticklabels() + ax.get_xticklabels():
        for line in label.get_text().splitlines():
            assert len(line) <= MAX_LINE, f"tick label line too long: {line!r}"


def test_the_long_article_has_the_long_source(long_analysis):
    names = [source.name for source in long_analysis.sources]
    assert LONG_NAME in names, names
    assert any(source.role and len(source.role) > 60 for source in long_analysis.sources)


@pytest.mark.parametrize("name", list(PLOTS))
def test_long_names_are_wrapped(long_analysis, name):
    figure = PLOTS[name](long_analysis)
    assert_short_tick_lines(figure.axes[0])
    for line in figure.axes[0].get_title(loc="left").splitlines():
        assert len(line) <= 60, f"title line too long: {line!r}"
    assert drawn_png(figure).startswith(PNG_SIGNATURE)


def test_long_source_names_are_wrapped_by_source(long_analysis):
    figure = charts.plot_source_balance(long_analysis, by="source")
    labels = [one_line(label.get_text()) for label in figure.axes[0].get_yticklabels()]
    assert any(label.replace(" ", "") == LONG_NAME.replace(" ", "") for label in labels), labels
    assert_short_tick_lines(figure.axes[0])
    assert drawn_png(figure).startswith(PNG_SIGNATURE)


def test_long_student_group_is_wrapped(long_analysis):
    student = {source.name: LONG_GROUP for source in long_analysis.sources}
    figure = charts.plot_group_comparison(long_analysis, student)
    labels = [one_line(label.get_text()) for label in figure.axes[0].get_yticklabels()]
    assert LONG_GROUP in labels
    assert_short_tick_lines(figure.axes[0])
    assert drawn_png(figure).startswith(PNG_SIGNATURE)


# -- colours ---------------------------------------------------------------------------------------

PALETTE = {colour.lower() for colour in charts.OKABE_ITO + [charts.GREY]}


def bar_colours(ax) -> list[str]:
    return [matplotlib.colors.to_hex(bar.get_facecolor()).lower() for bar in ax.patches]


@pytest.mark.parametrize("by", ["affiliation", "source"])
def test_source_balance_colours_are_okabe_ito_or_grey(analysis, by):
    ax = charts.plot_source_balance(analysis, by=by).axes[0]
    colours = bar_colours(ax)
    assert colours and set(colours) <= PALETTE, set(colours) - PALETTE


def test_unclear_groups_are_grey_and_clear_groups_are_not(analysis, figures):
    ax = figures["plot_source_balance"].axes[0]
    labels = tick_labels(ax)
    by_label = {labels[centre]: colour for (centre, _), colour in zip(bar_centres(ax),
                                                                       bar_colours(ax))}
    hatch_of = {labels[centre]: bar.get_hatch() for (centre, _), bar in zip(bar_centres(ax),
                                                                            ax.patches)}
    assert any(label in charts.UNCLEAR_GROUPS for label in by_label), "the seed has unclear groups"
    for label, colour in by_label.items():
        if label in charts.UNCLEAR_GROUPS:
            assert colour == charts.GREY.lower(), label
            assert hatch_of[label], f"{label!r} is told apart by colour alone"
    clear = [colour for label, colour in by_label.items() if label not in charts.UNCLEAR_GROUPS]
    assert len(set(clear)) == len(clear), "two clear groups share a colour"


# -- the student's groups against the engine's -----------------------------------------------------

def test_group_comparison_agrees(analysis):
    title = title_of(charts.plot_group_comparison(analysis, engine_groups(analysis)))
    assert "disagree" not in title
    assert re.search(r"\bsame way\b|\bagree\b", title), title


def test_group_comparison_disagrees_about_one_source(analysis):
    student = engine_groups(analysis)
    first = analysis.sources[0].name
    student[first] = "Somebody else entirely"
    figure = charts.plot_group_comparison(analysis, student)
    title = title_of(figure)
    assert re.search(r"disagree about 1 source\b", title), title
    assert "1 sources" not in title
    assert "Somebody else entirely" in tick_labels(figure.axes[0]).values()


def test_group_comparison_does_not_claim_agreement_before_every_source_is_sorted(analysis):
    student = engine_groups(analysis)
    del student[analysis.sources[0].name]
    figure = charts.plot_group_comparison(analysis, student)
    assert "Not sorted yet" in tick_labels(figure.axes[0]).values()
    assert "every source the same way" not in title_of(figure)


def test_group_comparison_disagrees_about_two_sources(analysis):
    student = engine_groups(analysis)
    for source in analysis.sources[:2]:
        student[source.name] = "Somebody else entirely"
    assert "disagree about 2 sources" in title_of(charts.plot_group_comparison(analysis, student))


def test_one_neutral_verb_title_is_grammatical(nlp):
    article = medialit.make_article("Ferry strike\n\n“We will not back down,” said Moira "
                                    "Kettle, the union organiser.\n")
    figure = charts.plot_reporting_verbs(medialit.analyze(article))
    assert len(figure.axes[0].patches) == 1
    title = title_of(figure)
    assert "neutral" in title
    assert "All 1 reporting verbs" not in title


# -- PNG files -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PLOTS))
def test_save_png_writes_a_png(figures, name, tmp_path):
    path = tmp_path / f"{name}.png"
    charts.save_png(figures[name], path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 5_000, f"{path.name} is only {len(data)} bytes"

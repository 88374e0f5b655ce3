"""Charts of whose voices fill an article, drawn with matplotlib.

Every ``plot_*`` function takes an ``Analysis`` (see ``medialit.analysis``), draws on the
``ax`` it is given or on a new figure, and returns the ``Figure``. The figure's title states
the finding where it can, and ``figure.alt_text`` holds a sentence describing the chart for
readers who cannot see it (use it as the image's alt text). Charts never rely on colour
alone: every bar carries its label and its value. Colours come from the Okabe–Ito palette,
which people with the common colour-vision deficiencies can tell apart (Okabe & Ito, 2008,
"Color Universal Design"). Nothing here changes matplotlib's global settings.
"""
from __future__ import annotations

import textwrap
from collections import Counter

import io

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from medialit.analysis import Analysis

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000"]
GREY = "#999999"
UNCLEAR_GROUPS = {"Not stated", "Vague", "Anonymous"}
UNCLEAR_HATCHES = {"Not stated": "..", "Vague": "xx", "Anonymous": "//"}
TITLE_SIZE, LABEL_SIZE, TICK_SIZE, VALUE_SIZE = 15, 13, 12, 12
STANCE_COLOURS = {"neutral": "#0072B2", "loaded": "#D55E00"}
# a chart whole on a school Chromebook's screen (1366×900, about 700 px under JupyterLab's bars):
# no taller than 6.2 inches, drawn at 100 dots an inch
MAX_HEIGHT = 6.2
TOP_VERBS = 10  # the reporting-verb chart shows the most used; the title and alt text count all


class ChartFigure(Figure):
    """A Figure that shows itself in a notebook without pyplot or ``%matplotlib inline``."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=100)
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        """The chart as an image with its alt text, for screen readers."""
        import base64
        import html

        data = base64.b64encode(self._repr_png_()).decode("ascii")
        alt = html.escape(getattr(self, "alt_text", "A chart"), quote=True)
        return f"<img src='data:image/png;base64,{data}' alt='{alt}' style='max-width:100%'>"


def group_colours(analysis: Analysis) -> dict[str, str]:
    """One colour per affiliation group, most quoted first; unclear groups are grey."""
    words = Counter()
    for source in analysis.sources:
        words[source.affiliation or "Not stated"] += source.words
    colours, palette = {}, iter(OKABE_ITO)
    for group, _ in words.most_common():
        colours[group] = GREY if group in UNCLEAR_GROUPS else next(palette, GREY)
    return colours


def _figure(ax, rows: int = 4, width: float = 10.0):
    """The figure and axes to draw on: the caller's, or a new figure sized for ``rows`` bars."""
    if ax is not None:
        return ax.figure, ax
    height = min(MAX_HEIGHT, max(3.2, 1.2 + 0.55 * rows))
    figure = ChartFigure(figsize=(width, height), layout="constrained")
    return figure, figure.add_subplot()


def _wrap(label: str, width: int = 24) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _finish(figure: Figure, ax, title: str, alt_text: str) -> Figure:
    ax.set_title(_wrap(title, 60), fontsize=TITLE_SIZE, loc="left", pad=12)
    ax.tick_params(labelsize=TICK_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    figure.alt_text = alt_text
    return figure


def _empty(figure: Figure, ax, message: str, title: str) -> Figure:
    ax.set_axis_off()
    ax.text(0.5, 0.5, _wrap(message, 50), ha="center", va="center", fontsize=LABEL_SIZE,
            transform=ax.transAxes)
    ax.set_title(title, fontsize=TITLE_SIZE, loc="left")
    figure.alt_text = message
    return figure


def _bars(ax, labels, values, colours, unit: str, hatches=None) -> None:
    """Horizontal bars, largest on top, each with its value written at its end."""
    positions = range(len(labels))[::-1]
    bars = ax.barh(list(positions), values, color=colours, edgecolor="black", linewidth=0.6,
                   hatch=None)
    for bar, hatch in zip(bars, hatches or [None] * len(bars)):
        if hatch:
            bar.set_hatch(hatch)
    ax.set_yticks(list(positions), [_wrap(label) for label in labels])
    top = max(values) if values else 1
    for position, value in zip(positions, values):
        ax.text(value + top * 0.01, position, f" {value} {unit[:-1] if value == 1 else unit}",
                va="center", fontsize=VALUE_SIZE)
    ax.set_xlim(0, top * 1.3 + 1)
    ax.set_xlabel(unit, fontsize=LABEL_SIZE)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def plot_source_balance(analysis: Analysis, ax=None, by: str = "affiliation",
                        measure: str = "words") -> Figure:
    """Quoted words (or number of quotes) per affiliation group, or per source.

    >>> import medialit as ml
    >>> figure = plot_source_balance(ml.analyze(ml.load_article()))
    >>> figure.alt_text.startswith("Bar chart")
    True
    """
    sources = analysis.sources
    figure, ax = _figure(ax, rows=len(sources) if by == "source" else 6)
    unit = "quoted words" if measure == "words" else "quotes"
    if not sources:
        return _empty(figure, ax, "Nobody is quoted or cited in this article, so there are no "
                      "voices to count.", "Source balance")
    totals = Counter()
    for source in sources:
        key = source.affiliation or "Not stated" if by == "affiliation" else source.name
        totals[key] += source.words if measure == "words" else source.quotes
    ordered = totals.most_common()
    colours = group_colours(analysis)
    if by == "affiliation":
        bar_colours = [colours.get(label, GREY) for label, _ in ordered]
    else:
        group_of = {s.name: s.affiliation or "Not stated" for s in sources}
        bar_colours = [colours.get(group_of[label], GREY) for label, _ in ordered]
    hatches = [UNCLEAR_HATCHES.get(label) for label, _ in ordered] if by == "affiliation" else None
    _bars(ax, [label for label, _ in ordered], [value for _, value in ordered], bar_colours, unit,
          hatches)
    total = sum(totals.values()) or 1
    leader, amount = ordered[0]
    share = round(100 * amount / total)
    if by == "affiliation":
        title = (f"The largest group, “{leader}”, has {share}% of the {unit}"
                 if leader not in UNCLEAR_GROUPS else
                 f"{share}% of the {unit} come from sources whose side is “{leader.lower()}”")
        if len(ordered) > 1 and leader not in UNCLEAR_GROUPS:
            # the next group by itself: a government and its critics in parliament are two
            # sides, never added up as one country's "voices"
            title += f"; “{ordered[1][0]}” {round(100 * ordered[1][1] / total)}%"
    else:
        title = f"{leader} has {share}% of the {unit}"
    listing = "; ".join(f"{label}: {value}" for label, value in ordered)
    alt = (f"Bar chart of {unit} per {'group' if by == 'affiliation' else 'source'}, "
           f"largest first. {listing}.")
    return _finish(figure, ax, title, alt)


def plot_source_kinds(analysis: Analysis, ax=None) -> Figure:
    """How many quotes come from named, anonymous and vague sources."""
    figure, ax = _figure(ax, rows=3)
    counts = Counter()
    for quote in analysis.speech:
        kind = quote.speaker_kind if quote.speaker_kind in ("named", "anonymous", "vague") else "vague"
        counts[kind] += 1
    if not counts:
        return _empty(figure, ax, "There are no quotes in this article, so there are no "
                      "sources to sort into named, anonymous and vague.", "Named or not?")
    labels = ["named", "anonymous", "vague"]
    values = [counts[label] for label in labels]
    _bars(ax, [f"{label} sources" for label in labels], values,
          ["#009E73", "#E69F00", GREY], "quotes", hatches=[None, "//", ".."])
    total = sum(values)
    named = round(100 * counts["named"] / total)
    title = f"{named}% of the quotes come from named sources"
    alt = (f"Bar chart of quotes by kind of source: named {counts['named']}, anonymous "
           f"{counts['anonymous']}, vague or unstated {counts['vague']}, out of {total}.")
    return _finish(figure, ax, title, alt)


def plot_voice_strip(analysis: Analysis, ax=None) -> Figure:
    """Where each group speaks, paragraph by paragraph, and who has the first and last word."""
    speech = [q for q in analysis.speech if q.speaker]
    groups = {s.name: s.affiliation or "Not stated" for s in analysis.sources}
    order = [group for group in group_colours(analysis) if any(groups.get(q.speaker) == group
                                                                for q in speech)]
    figure, ax = _figure(ax, rows=len(order) + 1, width=11)
    if not speech:
        message = ("Nobody is quoted in this article, so there is no order of voices to show."
                   if not analysis.speech else
                   "No quote in this article names its speaker, so there is no order of voices "
                   "to show.")
        return _empty(figure, ax, message, "Where voices appear")
    colours = group_colours(analysis)
    paragraphs = len(analysis.article.paragraphs)
    words = Counter()
    for quote in speech:
        words[(groups.get(quote.speaker, "Not stated"), quote.paragraph)] += quote.words
    row_of = {group: len(order) - 1 - number for number, group in enumerate(order)}
    for (group, paragraph), count in words.items():
        ax.scatter(paragraph, row_of[group], s=40 + 6 * count, color=colours.get(group, GREY),
                   edgecolor="black", linewidth=0.6, zorder=3)
    ax.set_yticks(list(row_of.values()), [_wrap(group) for group in row_of])
    ax.set_xticks(range(0, paragraphs, max(1, paragraphs // 12)))
    ax.set_xlim(-0.5, paragraphs - 0.5)
    ax.set_ylim(-0.7, len(order) - 0.3)
    ax.set_xlabel("paragraph (0 is the title); bigger dots mean more words", fontsize=LABEL_SIZE)
    ax.grid(axis="x", color="#dddddd", zorder=0)
    first, last = speech[0], speech[-1]
    ax.annotate("first word", (first.paragraph, row_of[groups.get(first.speaker, "Not stated")]),
                xytext=(0, 14), textcoords="offset points", ha="center", fontsize=VALUE_SIZE)
    ax.annotate("last word", (last.paragraph, row_of[groups.get(last.speaker, "Not stated")]),
                xytext=(0, 14), textcoords="offset points", ha="center", fontsize=VALUE_SIZE)
    title = f"First word: {first.speaker}. Last word: {last.speaker}."
    alt = (f"Dot chart of which group speaks in which paragraph. The first quote is from "
           f"{first.speaker} ({groups.get(first.speaker)}), in paragraph {first.paragraph}; "
           f"the last is from {last.speaker} ({groups.get(last.speaker)}), in paragraph "
           f"{last.paragraph}. Groups: " +
           "; ".join(f"{group} in paragraphs " + ", ".join(
               str(p) for p in sorted({p for (g, p) in words if g == group})) for group in order) + ".")
    return _finish(figure, ax, title, alt)


def plot_reporting_verbs(analysis: Analysis, ax=None) -> Figure:
    """How often each reporting verb is used, neutral ("said") or loaded ("claimed"): the
    ``TOP_VERBS`` most used as bars (loaded verbs first among equals), all of them in the title's
    count and the alt text."""
    cues = Counter()
    stance = {}
    for quote in analysis.speech:
        if quote.cue_lemma:
            key = quote.cue_lemma
            if (quote.cue_start, key) in stance:
                continue
            stance[(quote.cue_start, key)] = quote.stance or "neutral"
            cues[key] += 1
    figure, ax = _figure(ax, rows=min(len(cues), TOP_VERBS))
    if not cues:
        return _empty(figure, ax, "This article uses no reporting verbs such as “said”, so "
                      "there is nothing to count.", "Reporting verbs")
    stance_of = {lemma: s for (_, lemma), s in stance.items()}
    ordered = cues.most_common()
    shown = sorted(ordered, key=lambda pair: (-pair[1], stance_of[pair[0]] != "loaded"))[:TOP_VERBS]
    labels = [f"{lemma} ({stance_of[lemma]})" for lemma, _ in shown]
    colours = [STANCE_COLOURS[stance_of[lemma]] for lemma, _ in shown]
    hatches = ["//" if stance_of[lemma] == "loaded" else None for lemma, _ in shown]
    _bars(ax, labels, [count for _, count in shown], colours, "times", hatches)
    if len(shown) < len(ordered):
        ax.set_xlabel(f"times (the {len(shown)} most used of {len(ordered)} different verbs)",
                      fontsize=LABEL_SIZE)
    loaded = sum(count for lemma, count in ordered if stance_of[lemma] == "loaded")
    total = sum(cues.values())
    if loaded:
        examples = ", ".join(f"“{lemma}”" for lemma, _ in ordered if stance_of[lemma] == "loaded")
        title = (f"{loaded} of {total} reporting verbs {'is' if loaded == 1 else 'are'} "
                 f"loaded: {examples}")
    else:
        title = ("The only reporting verb is neutral" if total == 1 else
                 f"All {total} reporting verbs are neutral")
    alt = ("Bar chart of reporting verbs, most used first: " +
           "; ".join(f"{lemma} ({stance_of[lemma]}) {count}" for lemma, count in ordered) + ".")
    return _finish(figure, ax, title, alt)


def plot_group_comparison(analysis: Analysis, student_groups: dict[str, str], ax=None) -> Figure:
    """The student's grouping of the sources beside the engine's, as quoted words per group.

    Args:
        student_groups: source name → the group the student chose.
    """
    engine, student = Counter(), Counter()
    for source in analysis.sources:
        engine[source.affiliation or "Not stated"] += source.words
        student[student_groups.get(source.name, "Not sorted yet")] += source.words
    labels = sorted(set(engine) | set(student), key=lambda g: -(engine[g] + student[g]))
    figure, ax = _figure(ax, rows=2 * len(labels))
    if not labels:
        return _empty(figure, ax, "Nobody is quoted in this article, so there is nothing to "
                      "sort.", "Your groups and the machine's")
    positions = range(len(labels))[::-1]
    height = 0.38
    ax.barh([p + height / 2 for p in positions], [student[g] for g in labels], height,
            color="#56B4E9", edgecolor="black", linewidth=0.6, label="your groups")
    ax.barh([p - height / 2 for p in positions], [engine[g] for g in labels], height,
            color="#E69F00", edgecolor="black", linewidth=0.6, hatch="//", label="the machine's")
    top = max([*engine.values(), *student.values(), 1])
    for position, group in zip(positions, labels):
        ax.text(student[group] + top * 0.01, position + height / 2, f" you: {student[group]}",
                va="center", fontsize=VALUE_SIZE)
        ax.text(engine[group] + top * 0.01, position - height / 2, f" machine: {engine[group]}",
                va="center", fontsize=VALUE_SIZE)
    ax.set_yticks(list(positions), [_wrap(g) for g in labels])
    ax.set_xlim(0, top * 1.4)
    ax.set_xlabel("quoted words", fontsize=LABEL_SIZE)
    ax.legend(fontsize=TICK_SIZE, loc="lower right")
    different = [name for name in student_groups
                 if any(s.name == name and (s.affiliation or "Not stated") != student_groups[name]
                        for s in analysis.sources)]
    unsorted = [s.name for s in analysis.sources if not student_groups.get(s.name)]
    if different:
        title = (f"You and the machine disagree about {len(different)} source"
                 f"{'s' if len(different) != 1 else ''}")
    elif unsorted:
        title = (f"So far you agree with the machine; {len(unsorted)} source"
                 f"{'s are' if len(unsorted) != 1 else ' is'} still to sort")
    else:
        title = "You and the machine sorted every source the same way"
    alt = ("Paired bar chart of quoted words per group, your grouping against the machine's: " +
           "; ".join(f"{g}: you {student[g]}, machine {engine[g]}" for g in labels) + ".")
    return _finish(figure, ax, title, alt)


def save_png(figure: Figure, path, dpi: int = 110) -> None:
    """Write a chart to a PNG file (for handouts and the report)."""
    figure.savefig(path, dpi=dpi, format="png")

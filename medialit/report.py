"""A one-file HTML report of an article's analysis, for a teacher to read or hand out.

The report holds the article with every quote highlighted by its source's group (and
numbered, so it reads in black and white too), the table of sources, the charts with their
alt text, and the problems found with their explanations. Images are embedded, so the file
works offline and can be e-mailed; a print style sheet lays it out on A4 or Letter paper.
"""
from __future__ import annotations

import base64
import datetime
import html
import io
import urllib.parse
from pathlib import Path

from medialit.analysis import Analysis
from medialit.webpage import NO_META_NOTE
from medialit.charts import (GREY, group_colours, plot_reporting_verbs, plot_source_balance,
                             plot_source_kinds, plot_voice_strip)

STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.55; color: #111; }
h1 { font-size: 1.6rem; line-height: 1.25; } h2 { font-size: 1.25rem; margin-top: 2rem;
     border-bottom: 1px solid #999; } .meta { color: #444; font-size: .95rem; }
.article p { margin: .6rem 0; } .article p.title { font-weight: bold; font-size: 1.15rem; }
.q { border-radius: 3px; padding: 0 .1rem; } .q.indirect { background: none !important;
     border-bottom: 3px solid; } sup.src { font-size: .7rem; font-weight: bold; }
.term { border-bottom: 1px dashed #555; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; } .page-meta th { width: 9rem; } td.num { text-align: right; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #333;
          vertical-align: middle; margin-right: .3rem; }
figure { margin: 1.2rem 0; page-break-inside: avoid; } figure img { max-width: 100%; }
figcaption { font-size: .85rem; color: #333; }
.issue { margin: .5rem 0; page-break-inside: avoid; } .issue .where { font-family: monospace; }
.sev-error { color: #a00; } .sev-warning { color: #8a5a00; } .sev-note { color: #2a5a8a; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; }
  @page { size: A4; margin: 18mm 16mm; } a { color: inherit; } h2 { page-break-after: avoid; } }
"""


def build_report(analysis: Analysis) -> str:
    """The report as one HTML document (a string)."""
    article = analysis.article
    title = html.escape(article.title.text)
    sections = [
        f"<h1>Who said what? {title}</h1>",
        f"<p class='meta'>Analysis of <b>{html.escape(article.name)}</b> by the medialit kit, "
        f"{datetime.date.today():%d %B %Y}. {len(analysis.speech)} quotes and reported "
        f"statements, {len(analysis.sources)} sources, {len(analysis.issues)} possible problems. "
        "The machine can be wrong: check what it says against your own reading.</p>",
        _meta_html(analysis), _legend(analysis), _article_html(analysis), _sources_html(analysis),
        _charts_html(analysis), _issues_html(analysis),
    ]
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>Report: {title}</title><style>{STYLE}</style></head><body>\n"
            + "\n".join(sections) + "\n</body></html>\n")


class ReportFile(type(Path())):
    """The path of a written report. A script uses it as any path; a notebook shows it as a
    link that opens the report in a new browser tab (instead of ``PosixPath('…')``).

    >>> ReportFile("my report.html")._repr_html_()[:40]
    '<p><a href="my%20report.html" target="_b'
    """

    def _repr_html_(self) -> str:
        try:
            link = self.resolve().relative_to(Path.cwd().resolve())  # the notebook's folder
        except ValueError:
            link = self
        address = urllib.parse.quote(link.as_posix())
        return (f'<p><a href="{html.escape(address, quote=True)}" target="_blank" '
                f'rel="noopener">Open your report: {html.escape(self.name)}</a> (in a new '
                "browser tab, where you can print it or save it as a PDF)</p>")


def write_report(analysis: Analysis, path: str | Path) -> ReportFile:
    """Write the HTML report to ``path``; returns the path written, which a notebook shows as
    a link to the report."""
    path = ReportFile(path)
    path.write_text(build_report(analysis), encoding="utf-8")
    return path


def _source_numbers(analysis: Analysis) -> dict[str, int]:
    return {source.name: number for number, source in enumerate(analysis.sources, start=1)}


def _group_of(analysis: Analysis) -> dict[str, str]:
    return {source.name: source.affiliation or "Not stated" for source in analysis.sources}


def _meta_html(analysis: Analysis) -> str:
    """Who published the article, when, who wrote it and where: the page's own words, or a
    note that a text says none of it."""
    article = analysis.article
    if not article.from_web_page:
        return f"<p class='meta'>{html.escape(NO_META_NOTE)}</p>"
    rows = "".join(f"<tr><th scope='row'>{label}</th><td>{html.escape(value)}</td></tr>"
                   for label, value in article.meta.rows())
    return ("<h2>Who published it?</h2><p class='meta'>What the saved page says about itself. "
            "Check it: is the address the outlet's own?</p><table class='page-meta'>"
            f"{rows}</table>")


def _legend(analysis: Analysis) -> str:
    colours = group_colours(analysis)
    if not colours:
        return "<p>Nobody is quoted or cited in this article.</p>"
    items = " &nbsp; ".join(f"<span class='swatch' style='background:{colour}'></span>"
                            f"{html.escape(group)}" for group, colour in colours.items())
    return ("<p class='meta'>Quotes are highlighted by the group of their source: " + items +
            ". Direct quotes are shaded; reported speech is underlined; the small number after "
            "each quote is the source's number in the table below.</p>")


def _article_html(analysis: Analysis) -> str:
    """The article's paragraphs with quotes marked, built character by character so that
    quotes inside reported speech nest correctly."""
    text = analysis.article.text
    colours = group_colours(analysis)
    groups, numbers = _group_of(analysis), _source_numbers(analysis)
    label = [None] * len(text)
    for quote in sorted(analysis.quotes, key=lambda q: q.kind != "indirect"):
        if quote.form == "scare":
            mark = ("term", None)
        else:
            mark = (quote.kind, quote.speaker)
        for i in range(quote.start, quote.end):
            label[i] = mark
    ends = {}
    for quote in analysis.speech:
        if quote.kind == "direct" or not any(d.kind == "direct" and quote.start <= d.start < quote.end
                                             for d in analysis.speech):
            ends[quote.end] = numbers.get(quote.speaker or "(no source given)")
    parts = []
    for number, paragraph in enumerate(analysis.article.paragraphs):
        out, current, buffer = [], None, []

        def flush():
            if not buffer:
                return
            chunk = html.escape("".join(buffer))
            if current is None:
                out.append(chunk)
            elif current[0] == "term":
                out.append(f"<span class='term' title='a term or scare quote'>{chunk}</span>")
            else:
                kind, speaker = current
                group = groups.get(speaker or "(no source given)", "Not stated")
                colour = colours.get(group, GREY)
                style = (f"background:{colour}33" if kind == "direct" else f"border-color:{colour}")
                who = html.escape(f"{speaker or 'no one named'} ({group})", quote=True)
                out.append(f"<span class='q {kind}' style='{style}' title='{who}'>{chunk}</span>")
            buffer.clear()

        for i in range(paragraph.start, paragraph.end):
            if label[i] != current:
                flush()
                current = label[i]
            buffer.append(text[i])
            if i + 1 in ends and ends[i + 1]:
                flush()
                out.append(f"<sup class='src'>[{ends[i + 1]}]</sup>")
        flush()
        css = " class='title'" if number == 0 else ""
        parts.append(f"<p{css}>{''.join(out)}</p>")
    return "<h2>The article</h2>\n<div class='article'>" + "\n".join(parts) + "</div>"


def _sources_html(analysis: Analysis) -> str:
    if not analysis.sources:
        return "<h2>Sources</h2><p>Nobody is quoted or cited in this article.</p>"
    colours = group_colours(analysis)
    rows = []
    for number, source in enumerate(analysis.sources, start=1):
        group = source.affiliation or "Not stated"
        rows.append(
            f"<tr><td class='num'>{number}</td><td>{html.escape(source.shown_as or source.name)}</td>"
            f"<td>{source.kind}</td><td>{html.escape(source.role or '—')}</td>"
            f"<td><span class='swatch' style='background:{colours.get(group, GREY)}'></span>"
            f"{html.escape(group)}</td><td class='num'>{source.quotes}</td>"
            f"<td class='num'>{source.words}</td></tr>")
    return ("<h2>Sources</h2><table><tr><th>#</th><th>source</th><th>kind</th><th>role in the "
            "article</th><th>group</th><th>quotes</th><th>words</th></tr>" + "".join(rows) +
            "</table>")


def _charts_html(analysis: Analysis) -> str:
    figures = []
    for plot in (plot_source_balance, plot_source_kinds, plot_voice_strip, plot_reporting_verbs):
        figure = plot(analysis)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        alt = html.escape(figure.alt_text, quote=True)
        figures.append(f"<figure><img src='data:image/png;base64,{data}' alt='{alt}'>"
                       f"<figcaption>{html.escape(figure.alt_text)}</figcaption></figure>")
    return "<h2>Whose voices?</h2>" + "\n".join(figures)


def _issues_html(analysis: Analysis) -> str:
    if not analysis.issues:
        return "<h2>Possible problems</h2><p>The checks found nothing to question.</p>"
    items = []
    for issue in analysis.issues:
        line, column = analysis.article.line_col(issue.start)
        suggestion = (f"<br><i>Suggestion:</i> {html.escape(issue.suggestion)}"
                      if issue.suggestion else "")
        items.append(
            f"<div class='issue'><span class='where'>line {line}, col {column}</span> · "
            f"<b class='sev-{issue.severity}'>{issue.kind} ({issue.severity})</b> · "
            f"“{html.escape(issue.text[:80])}”<br>{html.escape(issue.message)}{suggestion}</div>")
    return ("<h2>Possible problems</h2><p class='meta'>Errors are mistakes; warnings are worth "
            "checking; notes are for discussion.</p>" + "\n".join(items))

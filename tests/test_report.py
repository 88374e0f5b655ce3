"""The one-file HTML report (``medialit.report``) and ``python -m medialit report``.

The seed report is built once for this module; the other articles are small and made in memory.
The command is run in-process through ``medialit.cli.main``.
"""
from __future__ import annotations

import base64
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import matplotlib.pyplot as plt  # only to check that the report leaves no figure open
import pytest

import medialit
from medialit.cli import main
from medialit.report import build_report, write_report

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHARTS = 4  # source balance, source kinds, voice strip, reporting verbs
IMG = re.compile(r"<img\b[^>]*>")
NO_QUOTES = "Nothing\n\nThe bridge opened in 1998."
HOSTILE = ("Tolls <script>alert(1)</script> & fees\n\n"
           "“Tolls & fees <b>must</b> fall,” said Ana Ruiz, the mayor.\n\n"
           "The bridge opened in 1998 & cost <i>less</i> than 5 < 6 million.\n")
SMALL = "Ferry strike\n\n“We will not back down,” said Moira Kettle, the union organiser.\n"


class Spans(HTMLParser):
    """The text inside each <span> with a given class list, nested spans included."""

    def __init__(self, wanted: str):
        super().__init__(convert_charrefs=True)
        self.wanted, self.stack, self.found = wanted, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "span":
            classes = dict(attrs).get("class") or ""
            self.stack.append(classes == self.wanted)
            if classes == self.wanted:
                self.found.append("")

    def handle_endtag(self, tag):
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if any(self.stack) and self.found:
            self.found[-1] += data


def span_texts(document: str, classes: str) -> list[str]:
    parser = Spans(classes)
    parser.feed(document)
    return parser.found


def images(document: str) -> list[dict[str, str]]:
    found = []
    for tag in IMG.findall(document):
        attrs = dict(re.findall(r"(\w+)='([^']*)'", tag))
        found.append(attrs)
    return found


def stray_ampersands(document: str) -> list[str]:
    """'&' that do not start an entity (a raw '&' from the article would be one)."""
    return re.findall(r"&(?!(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);).{0,12}", document)


@pytest.fixture(scope="module")
def analysis(nlp, seed):
    return medialit.analyze(seed)


@pytest.fixture(scope="module")
def report(analysis):
    return build_report(analysis)


# -- the seed report -------------------------------------------------------------------------------

def test_report_is_an_html_document(report):
    assert report.startswith("<!DOCTYPE html>")
    assert "<html" in report and report.rstrip().endswith("</html>")
    assert "<meta charset='utf-8'>" in report
    assert report.count("<body>") == 1 and report.count("</body>") == 1


def test_report_has_the_title(report, analysis):
    title = html.escape(analysis.article.title.text)
    assert f"<title>Report: {title}</title>" in report
    assert re.search(rf"<h1>[^<]*{re.escape(title)}</h1>", report)


def test_report_names_every_source(report, analysis):
    assert analysis.sources
    for source in analysis.sources:
        assert f"<td>{html.escape(source.shown_as or source.name)}</td>" in report, source.name


def test_report_has_one_embedded_image_per_chart(report):
    found = images(report)
    assert len(found) == CHARTS
    for image in found:
        assert image.get("alt", "").strip(), f"an image without alt text: {image}"
        assert image["src"].startswith("data:image/png;base64,")
        data = base64.b64decode(image["src"].split(",", 1)[1], validate=True)
        assert data.startswith(PNG_SIGNATURE) and len(data) > 5_000


def test_report_alt_texts_are_the_charts_alt_texts(report):
    for image in images(report):
        alt = html.unescape(image["alt"])
        assert alt[0].isupper() and alt.rstrip()[-1] in ".!?", alt
        assert f"<figcaption>{html.escape(alt)}</figcaption>" in report


def test_report_works_offline(report):
    assert "http://" not in report and "https://" not in report
    assert not re.search(r"""(src|href)\s*=\s*['"](?!data:)""", report), "an external resource"


def test_report_has_every_issue_message(report, analysis):
    assert analysis.issues
    for issue in analysis.issues:
        assert html.escape(issue.message) in report, issue.message


def test_report_has_a_print_style(report):
    style = re.search(r"<style>(.*?)</style>", report, re.S).group(1)
    assert "@media print" in style and "@page" in style


def test_every_direct_quote_is_highlighted(report, analysis):
    highlighted = [" ".join(text.split()) for text in span_texts(report, "q direct")]
    direct = [quote for quote in analysis.speech if quote.kind == "direct"]
    assert direct and highlighted
    assert "<span class='q direct'" in report
    for quote in direct:
        words = " ".join(quote.text.split())
        assert any(words in text for text in highlighted), f"not highlighted: {quote.text!r}"


def test_source_numbers_follow_the_quotes(report, analysis):
    numbers = {int(n) for n in re.findall(r"<sup class='src'>\[(\d+)\]</sup>", report)}
    expected = {number for number, source in enumerate(analysis.sources, start=1)
                if source.quotes}
    assert numbers == expected
    assert numbers <= set(range(1, len(analysis.sources) + 1))


def test_report_leaves_no_pyplot_figure_open(report):
    assert plt.get_fignums() == []


# -- other articles --------------------------------------------------------------------------------

def test_article_with_no_quotes_says_nobody_is_quoted():
    analysis = medialit.analyze(medialit.make_article(NO_QUOTES))
    document = build_report(analysis)
    assert document.startswith("<!DOCTYPE html>")
    assert "Nobody is quoted" in document
    assert "<span class='q" not in document and "<sup class='src'>" not in document
    assert len(images(document)) == CHARTS
    assert all(image.get("alt", "").strip() for image in images(document))
    assert "The bridge opened in 1998." in document


def test_html_in_the_article_is_escaped():
    analysis = medialit.analyze(medialit.make_article(HOSTILE))
    assert "<script>" in analysis.article.text  # read as text, not as a web page
    document = build_report(analysis)
    assert "<script" not in document.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert "<b>must</b>" not in document and "<i>less</i>" not in document
    assert "&lt;b&gt;must&lt;/b&gt;" in document
    assert "5 &lt; 6" in document
    assert "&amp; fees" in document
    assert stray_ampersands(document) == []


def test_write_report_writes_utf8(tmp_path):
    analysis = medialit.analyze(medialit.make_article(NO_QUOTES))
    path = write_report(analysis, tmp_path / "out.html")
    assert path == tmp_path / "out.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# -- the command -----------------------------------------------------------------------------------

def test_cli_report_of_the_seed(tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["report", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.is_file()
    document = out.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>")
    assert len(images(document)) == CHARTS
    assert str(out) in captured.out
    assert "Traceback" not in captured.err


def test_cli_report_of_a_file(tmp_path, capsys):
    article = tmp_path / "ferry.txt"
    article.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "ferry.html"
    assert main(["report", str(article), "-o", str(out)]) == 0
    capsys.readouterr()
    assert "Ferry strike" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["x.pdf", "REPORT.PDF"])
def test_cli_report_refuses_pdf_and_explains(tmp_path, capsys, name):
    out = tmp_path / name
    assert main(["report", "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert not out.exists()
    assert "Traceback" not in captured.err
    assert "PDF" in captured.err and "Print" in captured.err and "browser" in captured.err
    assert captured.out == ""


def test_cli_report_missing_input_is_one_line(tmp_path, capsys):
    missing = tmp_path / "no-such-article.txt"
    out = tmp_path / "r.html"
    assert main(["report", str(missing), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "no-such-article.txt" in lines[0] and "not found" in lines[0]
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_cli_report_unwritable_output(tmp_path, capsys):
    article = tmp_path / "ferry.txt"
    article.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "no-such-folder" / "r.html"
    assert main(["report", str(article), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert str(out) in lines[0] and "could not write" in lines[0]
    assert not out.exists()


def test_report_of_a_saved_page_says_who_published_it(nlp):
    page = medialit.load_article(Path(__file__).resolve().parent / "pages" / "ferry-strike.html")
    document = build_report(medialit.analyze(page))
    assert "<h2>Who published it?</h2>" in document
    for label, value in (("Published by", "The Island Times"), ("Date", "2025-03-14"),
                         ("Byline", "Moira Kettle"),
                         ("Address", "https://www.islandtimes.example/news/2025/03/14/")):
        assert re.search(rf"<th scope='row'>{label}</th><td>{re.escape(value)}", document), label


def test_report_of_a_text_says_what_to_look_up(nlp):
    document = build_report(medialit.analyze(medialit.make_article(SMALL)))
    assert "Who published it?" not in document
    assert "cannot tell who published it, when, or who wrote it" in document
    assert "the byline, and the address" in document


def test_a_written_report_is_a_path_for_scripts_and_a_link_in_a_notebook(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_report(medialit.analyze(medialit.make_article(NO_QUOTES)), "my report.html")
    assert isinstance(path, Path) and str(path) == "my report.html"
    link = path._repr_html_()
    assert '<a href="my%20report.html" target="_blank"' in link
    assert "Open your report: my report.html" in link and "PosixPath" not in link

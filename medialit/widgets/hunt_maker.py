"""The hunt maker: the teacher turns a clean news article into an error hunt, reviews every
planted mistake (keep, drop or re-roll it) and saves the hunt, and if asked a graded nbgrader
assignment with a version per student.

The planting is ``medialit.hunts``'s; the assignment is ``medialit.hunts.assignment``'s. This
module only shows them: each planted mistake beside the sentence as it was, so the teacher
judges it in the article's own words before any student sees it.
"""
from __future__ import annotations

import html
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as w

from medialit.article import ArticleError, load_article, make_article
from medialit.grading import KIND_WORDS
from medialit.widgets.parts import button_layout, note_html

ACCEPTED_FILES = ".txt,.html,.htm,.mhtml,.mht"
FIELD = w.Layout(width="calc(100% - 1rem)")  # full width, without running past the cell's edge


@dataclass(frozen=True)
class PlantView:
    """One planted mistake as the teacher reviews it: the sentence before and after, in HTML."""

    kind: str
    before: str
    after: str
    explanation: str
    evidence: str


def hunt_maker(folder: str | Path = "hunts", course: str | Path | None = None) -> HuntMaker:
    """The teacher's hunt maker. Hunts are saved in ``folder`` (beside the notebook by
    default); a graded assignment goes to ``<course>/solutions/<name>/`` (``course``: the
    kit's folder, where ``nbgrader_config.py`` is).

    >>> maker = hunt_maker()         # display it: the last line of a cell, or display(maker)
    """
    return HuntMaker(Path(folder), Path(course) if course else _course_folder())


def _course_folder() -> Path:
    """The folder holding ``nbgrader_config.py``: here or above (the notebook is in teacher/)."""
    here = Path.cwd().resolve()
    return next((folder for folder in (here, *here.parents)
                 if (folder / "nbgrader_config.py").exists()), here)


def _marked(sentence: str, start: int, end: int) -> str:
    """The sentence in HTML with the stretch [start, end) highlighted (all of it escaped)."""
    if not 0 <= start <= end <= len(sentence):
        return html.escape(sentence)
    return (html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end])
            + "</mark>" + html.escape(sentence[end:]))


def plant_views(hunt) -> list[PlantView]:
    """Each planted mistake as the teacher reviews it, in the key's order: the sentence as the
    article had it (what was changed highlighted) and as students read it (the words to find
    highlighted)."""
    views = []
    for plant, entry in zip(hunt.plants, hunt.key()):
        was_at = plant.draft.reach[0]
        now_at = hunt.text.rfind(plant.sentence, max(0, plant.end - len(plant.sentence)),
                                 plant.start + len(plant.sentence))
        evidence = "; ".join(f"“{related['text'][:80]}”" for related in entry.get("related") or [])
        views.append(PlantView(
            kind=KIND_WORDS.get(plant.kind, plant.kind)
            + (" — a discussion note: it never costs points" if plant.is_note else ""),
            before=_marked(plant.original_sentence, plant.original.start - was_at,
                           plant.original.end - was_at),
            after=_marked(plant.sentence, plant.start - now_at, plant.end - now_at)
            if now_at >= 0 else html.escape(plant.sentence),
            explanation=html.escape(plant.explanation), evidence=html.escape(evidence)))
    return views


def read_upload(name: str, content: bytes) -> str:
    """The article's text from an uploaded file (text, a saved web page, or ``.mhtml``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(content)
        return load_article(path).text


class HuntMaker:
    """The widget and what it holds: the article's text, the hunts (one per version) and the
    teacher's choice of keep or drop for every planted mistake."""

    def __init__(self, folder: Path, course: Path):
        self.folder, self.course = folder, course
        self.text, self.stem = "", "my-hunt"
        self.hunts: list = []
        self.dropped: list[set[int]] = []
        self.rolls = 0
        self.written: dict[str, Path] = {}
        self._make_controls()
        self.box = self._layout()

    def _repr_mimebundle_(self, **options):
        return self.box._repr_mimebundle_(**options)

    def _make_controls(self):
        self.paste = w.Textarea(placeholder="Paste the article here: the headline on the first "
                                "line, then the paragraphs.",
                                layout=w.Layout(width="calc(100% - 1rem)", height="9rem"),
                                description="Article", tooltip="the article's text")
        self.upload = w.FileUpload(accept=ACCEPTED_FILES, multiple=False,
                                   description="Or choose a file", layout=button_layout(),
                                   tooltip="a .txt file, or a web page saved as .html or .mhtml")
        self.errors = w.IntSlider(value=10, min=3, max=15, description="Mistakes",
                                  tooltip="how many mistakes to plant")
        self.versions = w.IntSlider(value=1, min=1, max=5, description="Versions",
                                    tooltip="different hunts of the same article")
        self.make = w.Button(description="Make the hunt", icon="magic", button_style="primary",
                             layout=button_layout(), tooltip="Plant the mistakes")
        self.status = w.HTML()
        self.version = w.ToggleButtons(options=[], description="Version",
                                       tooltip="the version to review")
        self.review = w.VBox()
        self.name = w.Text(description="File name", layout=FIELD, tooltip="the files' name")
        self.where = w.Text(value=str(self.folder), description="Folder", layout=FIELD,
                            tooltip="where the files are saved")
        self.graded = w.Checkbox(value=False, indent=False, layout=w.Layout(width="auto"),
                                 description="Also make a graded assignment for nbgrader")
        self.assignment = w.Text(placeholder="e.g. week-12-news", layout=FIELD,
                                 description="Its name", tooltip="the assignment's name")
        self.save = w.Button(description="Save the hunt", icon="save", button_style="success",
                             layout=button_layout(), tooltip="Write the hunt's files")
        self.saved = w.HTML()

    def _layout(self) -> w.VBox:
        self.make.on_click(self.make_hunt)
        self.version.observe(lambda _: self.show_review(), "value")
        self.save.on_click(self.save_hunt)

        def step(title: str, words: str) -> w.HTML:
            return w.HTML(f"<h3 style='margin:.8rem 0 .2rem'>{title}</h3>" + note_html(words))

        return w.VBox([
            step("1 · The article", "A news article <b>without</b> mistakes: paste it, or choose "
                 "its file (text, or the page saved from your browser)."),
            self.paste, self.upload,
            step("2 · Plant the mistakes", "How many, and how many versions (students near each "
                 "other get different ones)."),
            self.errors, self.versions, self.make, self.status,
            step("3 · Check each mistake", "The sentence as it was, and as students will read "
                 "it, with the planted words highlighted. Keep it, drop it, or ask for "
                 "another one in its place."),
            self.version, self.review,
            step("4 · Save", "The article with its mistakes and its answer key, and if you like "
                 "a graded assignment for nbgrader."),
            self.name, self.where, self.graded, self.assignment, self.save, self.saved])

    # -- making and reviewing -------------------------------------------------------------------

    def read_article(self) -> str | None:
        """The article's text from the upload, else the paste; None (with a message) if none."""
        try:
            if self.upload.value:
                upload = self.upload.value[0]
                self.stem = _file_stem(Path(upload["name"]).stem)
                return read_upload(upload["name"], bytes(upload["content"]))
            if self.paste.value.strip():
                text = make_article(self.paste.value).text
                self.stem = _file_stem(text.strip().splitlines()[0])
                return text
        except ArticleError as error:
            self.status.value = note_html(f"⚠ {html.escape(str(error))}")
            return None
        self.status.value = note_html("⚠ Paste an article, or choose its file, first.")
        return None

    def make_hunt(self, _=None):
        from medialit.hunts import make_versions

        text = self.read_article()
        if text is None:
            return
        self.status.value = note_html("Planting mistakes … (a few seconds)")
        self.text = text
        self.hunts = make_versions(text, self.versions.value, errors=self.errors.value)
        self.dropped = [set() for _ in self.hunts]
        self.name.value = self.name.value or self.stem
        counts = [len(hunt.plants) for hunt in self.hunts]
        notes = sum(plant.is_note for hunt in self.hunts for plant in hunt.plants)
        short = "" if min(counts) >= self.errors.value else (
            f" The article had room for only {min(counts)}: a longer article gives more.")
        self.status.value = note_html(
            f"✔ {len(self.hunts)} version{'s' if len(self.hunts) != 1 else ''} made, with "
            f"{' / '.join(map(str, counts))} planted mistakes"
            + (" (a loaded reporting verb is a discussion note: it never costs points)"
               if notes else "") + f".{short}")
        self.version.options = [(str(n), n - 1) for n in range(1, len(self.hunts) + 1)]
        self.version.value = 0
        self.show_review()

    def show_review(self):
        if not self.hunts or self.version.value is None:
            self.review.children = []
            return
        number = self.version.value
        rows = [self._plant_row(number, index, view)
                for index, view in enumerate(plant_views(self.hunts[number]))]
        self.review.children = rows or [w.HTML(note_html("No mistakes could be planted."))]

    def _plant_row(self, number: int, index: int, view: PlantView) -> w.Box:
        card = w.HTML(
            f"<div style='border-left:4px solid #888;padding:.2rem .6rem;margin:.3rem 0'>"
            f"<b>{index + 1} · {html.escape(view.kind)}</b>"
            f"<div><i>Was:</i> {view.before}</div><div><i>Now:</i> {view.after}</div>"
            f"<div><i>How students can tell:</i> {view.explanation}"
            + (f" <i>Evidence in the article:</i> {view.evidence}" if view.evidence else "")
            + "</div></div>", layout=w.Layout(flex="1 1 0%", min_width="0"))
        choice = w.ToggleButtons(options=["Keep", "Drop"], tooltips=[
            "Students will hunt for this mistake", "Leave this sentence as it was"],
            value="Drop" if index in self.dropped[number] else "Keep",
            style={"button_width": "4.5rem"}, layout=w.Layout(width="auto"))
        reroll = w.Button(description="Re-roll", icon="refresh", layout=button_layout(),
                          tooltip=f"Plant another mistake instead of number {index + 1}")

        def chosen(change):
            (self.dropped[number].add if change["new"] == "Drop"
             else self.dropped[number].discard)(index)

        choice.observe(chosen, "value")
        reroll.on_click(lambda _: self.reroll(number, index))
        return w.HBox([card, w.VBox([choice, reroll], layout=w.Layout(flex="0 0 auto"))],
                      layout=w.Layout(width="100%", align_items="flex-start"))

    def reroll(self, number: int, index: int):
        from medialit.hunts import reroll_plant

        self.rolls += 1
        self.hunts[number] = reroll_plant(self.hunts[number], index, seed=self.rolls)
        self.dropped[number].discard(index)
        self.show_review()

    # -- the final hunts --------------------------------------------------------------------------

    def final_hunts(self) -> list:
        """The hunts as the teacher chose them: every dropped mistake taken out."""
        from medialit.hunts import drop_plant

        finals = []
        for hunt, dropped in zip(self.hunts, self.dropped):
            for index in sorted(dropped, reverse=True):
                hunt = drop_plant(hunt, index)
            finals.append(hunt)
        return finals

    def article(self, version: int = 1):
        """A version's article as students will read it (``version`` counts from 1)."""
        hunt = self._version(version)
        if f"text{version}" in self.written:
            return load_article(self.written[f"text{version}"])
        return make_article(hunt.text)

    def key(self, version: int = 1) -> list[dict]:
        """A version's answer key, as the error hunt and the scorer read it."""
        return self._version(version).key()

    def _version(self, version: int):
        if not self.hunts:
            raise ValueError("There is no hunt yet: make it in the cell above (step 2), then "
                             "run this cell again.")
        if not 1 <= version <= len(self.hunts):
            raise ValueError(f"There are {len(self.hunts)} versions: choose a number from 1 to "
                             f"{len(self.hunts)}.")
        return self.final_hunts()[version - 1]

    def save_hunt(self, _=None):
        from medialit.hunts import write_hunt
        from medialit.hunts.assignment import version_stem, write_assignment

        if not self.hunts:
            self.saved.value = note_html("⚠ Make the hunt first (step 2).")
            return
        stem = _file_stem(self.name.value or self.stem)
        finals, folder = self.final_hunts(), Path(self.where.value.strip() or self.folder)
        try:
            self.written = {}
            for number, hunt in enumerate(finals, 1):
                paths = write_hunt(hunt, folder, version_stem(stem, number, len(finals)))
                self.written[f"text{number}"] = Path(paths["article"])
            lines = [f"✔ Saved in <code>{html.escape(str(folder))}</code>: "
                     + ", ".join(f"<code>{html.escape(p.name)}</code>"
                                 for p in self.written.values()) + ", each with its answer key."]
            if self.graded.value and not self.assignment.value.strip():
                raise ValueError("Give the graded assignment a name (e.g. week-12-news), "
                                 "then press Save again.")
            if self.graded.value:
                made = write_assignment(finals, self.course, self.assignment.value.strip(), stem)
                lines.append(f"✔ Graded assignment written: <code>{html.escape(str(made))}</code>. "
                             "Release it with nbgrader (see the next cells).")
        except (ValueError, OSError) as error:
            self.saved.value = note_html(f"⚠ {html.escape(str(error))}")
            return
        self.saved.value = "".join(note_html(line) for line in lines)


def _file_stem(name: str) -> str:
    """A file name from a title or a file's name: lower case, words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words[:5]) or "my-hunt"

"""Marking the error hunt: each student mark against the answer key, and a score.

The answers file the widgets save to is ``medialit.answers``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict


# -- marking the error hunt ------------------------------------------------------------------------
#
# The one scorer of the error hunt: the widget's "Check my marks", the hidden tests of the graded
# exercises and the teacher's dashboard all call score_error_hunt, so a student is never told
# "right" by one and marked wrong by another. The rule, in a teacher's words: lessons/grading.md,
# "How the error hunt is marked".

PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ",
                              "–": "-", "—": "-"})
"""Curly quotes, long dashes and non-breaking spaces as any keyboard types them. One character
for one, so an offset in the translated text is the same offset in the article."""

TOO_WIDE = 40  # characters a mark may run beyond its mistake (about six words) and still find it

KIND_WORDS = {
    "spelling": "Spelling mistake",
    "inconsistent-term": "The same thing named two ways",
    "role-conflict": "Wrong job, title or country for a person",
    "unbalanced-quote": "Quotation mark never closed",
    "missing-attribution": "Missing source: who says so?",
    "anonymous-source": "Unnamed source",
    "vague-attribution": "Vague source (“experts say”)",
    "ambiguous-pronoun": "Unclear who “he”, “she” or “it” is",
    "self-contradiction": "Cannot be true as written",
    "misplaced-modifier": "Description in the wrong place",
    "other": "Other (grammar, word choice, altered quote …)",
}

# What each verdict is called on screen and what it is worth (one unit = one mistake found).
VERDICT_WORDS = {"right": "✔ Right", "partly": "◐ Partly right", "too-wide": "◌ Too wide",
                 "repeat": "↺ Already found", "beyond-the-text": "★ Beyond the text",
                 "note": "◇ Worth discussing", "not-an-error": "✘ Not an error"}
VERDICT_POINTS = {"right": 1.0, "partly": 0.5, "too-wide": 0.0, "repeat": 0.0,
                  "beyond-the-text": 0.0, "note": 0.0, "not-an-error": -0.5}


def counts_as_mistake(error: dict) -> bool:
    """True when a key entry is a mistake (it earns a point and is "missed" when unmarked),
    False when it is a discussion note, which never earns or costs anything. Read from the
    entry's ``counts`` (``"mistake"`` or ``"note"``); a key written before that field
    existed says it with ``"severity": "note"``."""
    return error.get("counts", "note" if error.get("severity") == "note" else "mistake") == "mistake"


def accepted_kinds(error: dict) -> list[str]:
    """The kinds a mark may give a key entry and earn full credit: the entry's
    ``accepted_kinds`` (its primary kind first, then the defensible others), or, in a key
    written before that field existed, ``kind`` and ``other_kinds``."""
    if "accepted_kinds" in error:
        return list(error["accepted_kinds"])
    return [error["kind"], *error.get("other_kinds", ())]


class MarkResult(TypedDict):
    """One mark with its verdict: ``error`` is the key entry it was judged on (None for a
    false alarm), ``points`` what it earns (``VERDICT_POINTS``)."""

    mark: dict
    verdict: str
    error: dict | None
    points: float


@dataclass(frozen=True)
class HuntScore:
    """A student's error hunt, marked: every mark's verdict and the totals.

    ``score`` is right marks + ½ per partly right − ½ per false alarm, never below 0.
    ``mistakes`` and ``missed`` leave out the key's discussion notes (``counts_as_mistake``):
    a note earns and costs nothing, marked or not. ``unplaced`` are typed words not found in the article.
    """

    results: list[MarkResult]
    score: float
    found: int
    partly: int
    alarms: int
    mistakes: int
    missed: list[dict] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)

    def points(self, out_of: float, needed: int) -> float:
        """The exercise's points: ``needed`` right marks earn all ``out_of`` points."""
        return round(float(min(out_of, out_of * self.score / needed)), 2)

    def feedback(self, needed: int | None = None) -> str:
        """What the hidden test prints for the student: one line per mark, then the total."""
        lines = [f"✘ “{words}” is not in the article, so it could not be marked."
                 for words in self.unplaced]
        for result in self.results:
            lines.append(f"{VERDICT_WORDS[result['verdict']]} — “{result['mark'].get('text', '')[:60]}”: "
                         + explain_verdict(result))
        lines.append(f"Right marks: {self.found}, partly right: {self.partly}, false alarms: "
                     f"{self.alarms}. Score: {self.score:g}"
                     + (f" of the {needed} needed for all the points." if needed else "."))
        if self.missed and (needed is None or self.score < needed):
            first = sorted(self.missed, key=lambda e: e.get("severity") != "error")[:4]
            lines.append("Mistakes you could still have found: " + "; ".join(
                f"“{e['span']['text'][:40]}” ({KIND_WORDS.get(e['kind'], e['kind'])})" for e in first))
        return "\n".join(lines)


def explain_verdict(result: MarkResult) -> str:
    """Why a mark got its verdict, in a sentence for the student (plain text)."""
    error = result["error"] or {}
    kind = KIND_WORDS.get(error.get("kind"), error.get("kind"))
    explanation = error.get("explanation") or ""
    return {
        "right": f"{kind} — {explanation}",
        "partly": f"there is a problem here, but of another kind: {kind} — {explanation}",
        "too-wide": f"there is a mistake in these words ({kind}), but your mark is much wider "
                    "than it: mark only the wrong words, not the whole sentence.",
        "repeat": "another of your marks already found this mistake, so this one earns nothing.",
        "beyond-the-text": f"this is wrong, but nobody could tell from the article alone: "
                           f"{explanation} It does not count for or against you.",
        "note": f"the answer key lists this as a point to discuss, not a mistake: {explanation} "
                "It does not count for or against you.",
        "not-an-error": "the answer key has no mistake here.",
    }[result["verdict"]]


def _word_places(text: str, typed: str):
    """Every place (start, end) where the typed words stand in ``text`` as whole words."""
    haystack = text.translate(PLAIN_QUOTES)
    words = typed.translate(PLAIN_QUOTES).split()
    if not words:
        return
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    position = 0
    while (match := pattern.search(haystack, position)) is not None:
        before = haystack[match.start() - 1] if match.start() else " "
        after = haystack[match.end()] if match.end() < len(haystack) else " "
        if not (before.isalnum() and words[0][:1].isalnum()) and \
                not (after.isalnum() and words[-1][-1:].isalnum()):
            yield match.start(), match.end()
        position = match.start() + 1


def find_words(text: str, typed: str) -> tuple[int, int] | None:
    """Where the typed words first stand in ``text`` (start, end), forgiving curly quotes,
    non-breaking spaces, extra spaces and capitals, and matching whole words only; None when
    they are not there.

    >>> find_words("The spy\u00a0ball flew", "Spy ball")
    (4, 12)
    """
    return next(_word_places(text, typed), None)


def place_mark(text: str, words: str, kind: str, key: list[dict] = (),
               within: tuple[int, int] | None = None) -> dict | None:
    """A typed mark (the words and the kind) placed in the article: ``{"start", "end", "text",
    "kind"}``, or None when the words are not there. Words that occur more than once are
    placed where the mark scores best against ``key``, else at their first place, so the
    same words earn the same verdict whether they were typed or marked in the widget.
    ``within`` (start, end) keeps the search inside one sentence.

    >>> place_mark("It was a ball. A ball!", "ball", "spelling",
    ...            [{"span": {"start": 17, "end": 21, "text": "ball"}, "kind": "spelling"}])["start"]
    17
    """
    start, end = within or (0, len(text))
    places = [(start + a, start + b) for a, b in _word_places(text[start:end], words)]
    if not places:
        return None
    at, to = max(places, key=lambda place: (_best_value(place, kind, key), -place[0]))
    return {"start": at, "end": to, "text": text[at:to], "kind": kind}


def _judge(start: int, end: int, kind: str, error: dict) -> str:
    """The verdict a mark would get on one key entry it overlaps, before repeats are counted."""
    span = error["span"]
    if not counts_as_mistake(error):
        return "note"
    if (end - start) - (span["end"] - span["start"]) > TOO_WIDE:
        return "too-wide"
    if kind in accepted_kinds(error):
        return "right"
    return "partly"


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _on_the_text(error: dict) -> bool:
    return error.get("detectable", "text") == "text"


def _best_value(place: tuple[int, int], kind: str, key) -> float:
    values = [VERDICT_POINTS[_judge(*place, kind, error)] for error in key if _on_the_text(error)
              and _overlap(*place, error["span"]["start"], error["span"]["end"])]
    return max(values, default=-1.0)


def grade_error_marks(marks: list[dict], key: list[dict]) -> list[MarkResult]:
    """Each of a student's marks with its verdict against the answer key, in the marks' order.

    A mark is ``{"start", "end", "kind", ...}``. A mark on a key mistake (``"detectable":
    "text"``) is "right" when its kind is one of the entry's ``accepted_kinds`` (full credit
    for the primary kind and the defensible others), "partly" when it is another kind, "too-wide" when it runs more than ``TOO_WIDE``
    characters beyond the mistake. A mark on a discussion note is "note", worth nothing either
    way. Each mistake counts once, with the best verdict any mark
    earned on it; other marks on it are "repeat". A mark only on a mistake that nobody could
    see in the text alone is "beyond-the-text"; a mark on nothing is "not-an-error". The
    verdicts do not depend on the order of the marks.

    >>> key = [{"span": {"start": 0, "end": 4, "text": "ball"}, "kind": "spelling"}]
    >>> [r["verdict"] for r in grade_error_marks([{"start": 1, "end": 3, "kind": "spelling"}], key)]
    ['right']
    """
    order = sorted(range(len(marks)), key=lambda n: (marks[n]["start"], marks[n]["end"],
                                                     str(marks[n].get("kind"))))
    credit: dict[int, float] = {}  # key entry -> best value earned on it so far
    chosen: dict[int, tuple[str, int | None]] = {}  # mark -> (verdict, key entry)
    for n in order:
        mark = marks[n]
        here = [i for i, error in enumerate(key)
                if _overlap(mark["start"], mark["end"], error["span"]["start"], error["span"]["end"])]
        on_text = [i for i in here if _on_the_text(key[i])]
        if not on_text:
            chosen[n] = ("beyond-the-text", here[0]) if here else ("not-an-error", None)
            continue
        options = [(_judge(mark["start"], mark["end"], mark.get("kind"), key[i]), i) for i in on_text]
        verdict, i = max(options, key=lambda option: (
            VERDICT_POINTS[option[0]] - credit.get(option[1], 0.0), VERDICT_POINTS[option[0]],
            key[option[1]]["kind"] == mark.get("kind"), -option[1]))
        chosen[n] = (verdict, i)
        credit[i] = max(credit.get(i, 0.0), VERDICT_POINTS[verdict])
    credited: set[int] = set()  # key entries whose best mark has been labelled
    for n in order:
        verdict, i = chosen[n]
        if verdict in ("right", "partly"):
            if i in credited or VERDICT_POINTS[verdict] < credit[i]:
                chosen[n] = ("repeat", i)
            else:
                credited.add(i)
    return [MarkResult(mark=marks[n], verdict=chosen[n][0],
                       error=None if chosen[n][1] is None else key[chosen[n][1]],
                       points=VERDICT_POINTS[chosen[n][0]]) for n in range(len(marks))]


def error_hunt_score(results: list[MarkResult]) -> float:
    """Right marks count 1, partly right ½, false alarms −½, everything else 0 (never below
    0): this rewards judgement, not suspicion."""
    return max(0.0, sum(VERDICT_POINTS[result["verdict"]] for result in results))


def score_error_hunt(marks: list, key: list[dict] | None, text: str | None = None) -> HuntScore:
    """Mark a student's error hunt: the one call the widget, the hidden tests and the
    dashboard make.

    Args:
        marks: marks as the error hunt saves them (``{"start", "end", "text", "kind"}``), or
            typed ones as ``("words", "kind")`` pairs, which are placed in ``text``
            (``place_mark``). Anything else is left out.
        key: the article's whole error key (every entry; ``"detectable"`` is read here).
        text: the article's text, needed only for typed marks.

    >>> key = [{"span": {"start": 4, "end": 8, "text": "ball"}, "kind": "spelling"}]
    >>> score_error_hunt([("ball", "spelling"), ("The", "other")], key, "The ball").score
    0.5
    """
    if key is None:
        raise ValueError("There is no answer key to mark this error hunt against. For a graded "
                         "exercise, run nbgrader in the course folder (its nbgrader_config.py "
                         f"sets {COURSE_VARIABLE}) with the key in solutions/<assignment>/.")
    placed, unplaced = [], []
    for mark in marks:
        if isinstance(mark, (tuple, list)) and len(mark) == 2 and all(isinstance(p, str) for p in mark):
            where = place_mark(text or "", mark[0].strip(), mark[1], key)
            if where is None:
                unplaced.append(mark[0])
            else:
                placed.append(where)
        elif isinstance(mark, dict) and isinstance(mark.get("start"), int) and \
                isinstance(mark.get("end"), int) and isinstance(mark.get("kind"), str):
            placed.append(mark)
    results = grade_error_marks(placed, key)
    mistakes = [error for error in key if _on_the_text(error) and counts_as_mistake(error)]
    found = {id(r["error"]) for r in results if r["verdict"] in ("right", "partly")}
    return HuntScore(results=results, score=error_hunt_score(results),
                     found=sum(r["verdict"] == "right" for r in results),
                     partly=sum(r["verdict"] == "partly" for r in results),
                     alarms=sum(r["verdict"] == "not-an-error" for r in results),
                     mistakes=len(mistakes),
                     missed=[error for error in mistakes if id(error) not in found],
                     unplaced=unplaced)


@dataclass(frozen=True)
class MachineComparison:
    """A student's marks set beside the machine's findings, for an article with no answer key
    (lesson 6's own articles): nobody is the judge, so nothing is scored.

    ``agree`` pairs each mark with a finding it overlaps; ``only_you`` are marks no finding
    overlaps (a real mistake the machine missed, or a false alarm: the student decides);
    ``only_machine`` are findings no mark overlaps."""

    agree: list[tuple[dict, dict]]
    only_you: list[dict]
    only_machine: list[dict]


def compare_with_machine(marks: list[dict], findings: list[dict]) -> MachineComparison:
    """Each mark and each finding (``{"start", "end", ...}``) in one of three piles: both,
    only the student's, only the machine's. The kinds are not compared: the same words
    flagged for another reason are still the same place to discuss.

    >>> found = compare_with_machine([{"start": 0, "end": 3}], [{"start": 5, "end": 9}])
    >>> len(found.agree), len(found.only_you), len(found.only_machine)
    (0, 1, 1)
    """
    agree, only_you = [], []
    for mark in marks:
        match = next((finding for finding in findings
                      if _overlap(mark["start"], mark["end"], finding["start"], finding["end"])), None)
        if match is None:
            only_you.append(mark)
        else:
            agree.append((mark, match))
    only_machine = [finding for finding in findings
                    if not any(_overlap(mark["start"], mark["end"], finding["start"], finding["end"])
                               for mark in marks)]
    return MachineComparison(agree=agree, only_you=only_you, only_machine=only_machine)


COURSE_VARIABLE = "MEDIALIT_COURSE"  # the teacher's course folder; nbgrader_config.py sets it


def load_graded_key(assignment: str, article, course: str | Path | None = None) -> list[dict] | None:
    """The error key a graded exercise is marked against, for its hidden test and the dashboard.

    First the teacher's copy, ``<course>/solutions/<assignment>/<article>.errors.json``, where
    ``<course>`` is ``course`` or ``$MEDIALIT_COURSE`` (``nbgrader_config.py`` sets it for
    ``autograde``);
    else the key beside the article (a teacher running the solution notebook itself). The
    student copy holds no key and a student's kernel has no ``$MEDIALIT_COURSE``, so there
    it is None. A key whose spans no longer fit the article is never used.
    """
    from medialit.keys import load_error_key

    return _teachers_key(assignment, article, course, load_error_key)


def _teachers_key(assignment: str, article, course, loader):
    """``loader``'s key from the teacher's copy in ``<course>/solutions/<assignment>/``, else
    from beside the article (see ``load_graded_key``)."""
    from dataclasses import replace

    course = course or os.environ.get(COURSE_VARIABLE)
    if course and article.path:
        teachers = Path(course) / "solutions" / assignment / Path(article.path).name
        key = loader(replace(article, path=str(teachers)))
        if key is not None:
            return key
    return loader(article)


# -- naming the sources (the performance task's q1) ---------------------------------------------
#
# The student lists who speaks in an article and what kind of source each is; the key is the
# article's quote key (<article>.quotes.json): every speaker with its speaker_kind. Names are
# matched as a teacher would read them: "Nandra", "Councillor Priya Nandra" and "priya nandra"
# all name Priya Nandra; "library staff" names "A member of the library staff".

SOURCE_KINDS = ("named", "anonymous", "vague")
_LEADING_WORDS = ("a", "an", "the", "some")


def load_graded_sources(assignment: str, article,
                        course: str | Path | None = None) -> dict[str, str] | None:
    """The sources of a graded article, ``{speaker: kind}`` (named, anonymous or vague), read
    from its quote key as ``load_graded_key`` reads the error key: the teacher's copy first.
    None when there is no key (a student's copy)."""
    from medialit.keys import load_quote_key

    quotes = _teachers_key(assignment, article, course, load_quote_key)
    if quotes is None:
        return None
    return {quote["speaker"]: quote["speaker_kind"] for quote in quotes
            if quote["speaker"] and quote["speaker_kind"] in SOURCE_KINDS}


def _name_words(name: str) -> list[str]:
    words = [word.strip(".,;:'\"()").removesuffix("'s")
             for word in name.translate(PLAIN_QUOTES).casefold().split()]
    words = [word for word in words if word]
    while words and words[0] in _LEADING_WORDS:
        words = words[1:]
    return words


def _names_match(typed: list[str], source: list[str]) -> bool:
    """One name's words stand, whole and in order, inside the other's."""
    short, long = sorted((typed, source), key=len)
    return bool(short) and any(long[at:at + len(short)] == short
                               for at in range(len(long) - len(short) + 1))


@dataclass(frozen=True)
class SourcesScore:
    """A student's list of sources, marked against the key: ``kinds`` maps each key source the
    student named to the kind they gave it; ``unmatched`` are names that are no source in the
    key. ``right`` counts sources named with the right kind, ``wrong_kind`` the others."""

    kinds: dict[str, str]
    key: dict[str, str]
    unmatched: list[str]

    @property
    def right(self) -> int:
        return sum(self.key[source] == kind for source, kind in self.kinds.items())

    @property
    def wrong_kind(self) -> int:
        return len(self.kinds) - self.right

    def points(self, out_of: float, needed: int) -> float:
        """``needed`` sources with the right kind earn all ``out_of`` points; a source named
        with the wrong kind (or none) earns half as much."""
        earned = self.right + 0.5 * self.wrong_kind
        return round(float(min(out_of, out_of * earned / needed)), 2)

    def feedback(self, needed: int) -> str:
        """What the hidden test prints for the student: one line per source they named."""
        lines = []
        for source, kind in self.kinds.items():
            if self.key[source] == kind:
                lines.append(f"✔ {source}: {kind}, right.")
            else:
                lines.append(f"◐ {source} is a source, but a {self.key[source]} one"
                             + (f", not {kind}." if kind else "."))
        lines += [f"✘ “{name}” is not one of the people or groups the article quotes."
                  for name in self.unmatched]
        missed = [source for source in self.key if source not in self.kinds]
        lines.append(f"Sources with the right kind: {self.right} of the {needed} needed for all "
                     f"the points ({len(self.key)} in the article).")
        if missed and self.right < needed:
            lines.append("Sources you could still have named: " + "; ".join(
                f"{source} ({self.key[source]})" for source in missed))
        return "\n".join(lines)


def score_sources_named(named: dict, key: dict[str, str] | None) -> SourcesScore:
    """Mark a student's ``{"who": "named" | "anonymous" | "vague"}`` against an article's
    sources (``load_graded_sources``). Each key source counts once, with the best kind any
    of the student's names for it was given; names that match no source cost nothing.

    >>> score = score_sources_named({"Nandra": "named", "critics": "named"},
    ...                             {"Priya Nandra": "named", "Critics": "vague"})
    >>> score.right, score.wrong_kind
    (1, 1)
    """
    if key is None:
        raise ValueError("There is no answer key to mark this list of sources against. For a "
                         "graded exercise, run nbgrader in the course folder (its "
                         f"nbgrader_config.py sets {COURSE_VARIABLE}).")
    kinds: dict[str, str] = {}
    unmatched = []
    for name, kind in (named or {}).items():
        if not isinstance(name, str) or not name.strip():
            continue
        kind = kind.strip().casefold() if isinstance(kind, str) else ""
        typed = _name_words(name)
        found = [source for source in key if _names_match(typed, _name_words(source))]
        if not found:
            unmatched.append(name.strip())
            continue
        source = min(found, key=lambda s: (key[s] != kind, abs(len(_name_words(s)) - len(typed))))
        if kinds.get(source) != key[source]:
            kinds[source] = kind
    return SourcesScore(kinds=kinds, key=dict(key), unmatched=unmatched)

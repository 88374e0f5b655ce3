"""What a careful editor would circle: one ``check_*`` function per kind of problem.

Each check is a general rule that works on any article and returns ``Finding`` objects with
a message a 14-year-old can follow. ``CHECKS`` lists them; ``run_checks`` runs them all.
Notes (severity "note") are for discussion, not errors: anonymous and vague sourcing is
sometimes justified, and the lesson is to ask why.
"""
from __future__ import annotations

from dataclasses import dataclass

from medialit.article import Article
from medialit.quotes import Quote, quote_problems, speech_quotes

KINDS = ("spelling", "inconsistent-term", "role-conflict", "unbalanced-quote",
         "missing-attribution", "anonymous-source", "vague-attribution", "ambiguous-pronoun",
         "self-contradiction", "misplaced-modifier", "other")


@dataclass
class Finding:
    """One problem found in the article; ``start``/``end`` index ``article.text``."""

    start: int
    end: int
    text: str
    kind: str
    message: str
    suggestion: str | None = None
    rule: str = ""
    severity: str = "warning"  # "error", "warning" or "note"

    def as_dict(self) -> dict:
        keys = ("start", "end", "text", "kind", "message", "suggestion", "rule", "severity")
        return {key: getattr(self, key) for key in keys}


def check_unbalanced_quotes(article: Article, quotes: list[Quote]) -> list[Finding]:
    """A quotation mark that opens and never closes (or closes and never opened)."""
    findings = []
    for problem in quote_problems(article):
        if problem.problem == "never-closed":
            message = (f"This {problem.mark} opens a quote that is never closed, so a reader "
                       "cannot tell where the speaker's words end.")
            rule = "an opening quotation mark with no closing mark in its paragraph"
        else:
            message = (f"This {problem.mark} closes a quote that was never opened.")
            rule = "a closing quotation mark with no opening mark before it"
        findings.append(Finding(problem.at, problem.at + 1, problem.mark, "unbalanced-quote",
                                message, None, rule, "error"))
    return findings


def check_missing_attribution(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Reporting with nobody doing it: "reported earlier that …" with no subject."""
    findings = []
    for quote in speech_quotes(quotes):
        if quote.speaker is None and quote.speaker_kind == "unknown" and quote.cue:
            findings.append(Finding(
                quote.cue_start, quote.cue_end, quote.cue, "missing-attribution",
                f"Who {quote.cue} this? The sentence does not say who is speaking or reporting.",
                "Name the source, for example 'The New York Times reported …'.",
                "a reporting verb with no subject", "error"))
        elif quote.speaker is None and quote.kind == "direct" and not quote.cue:
            findings.append(Finding(
                quote.start, quote.end, quote.text, "missing-attribution",
                "These words are in quotation marks, but the article never says who said them.",
                None, "a quote with no reporting verb and no earlier speaker", "error"))
    return findings


def check_sourcing(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Anonymous and vague sources: notes for discussion, with the journalism rule behind them."""
    findings, seen = [], set()
    for quote in speech_quotes(quotes):
        key = (quote.speaker, quote.speaker_kind)
        if key in seen or quote.speaker_start is None and quote.speaker_kind != "vague":
            continue
        start = quote.speaker_start if quote.speaker_start is not None else quote.cue_start
        end = quote.speaker_end if quote.speaker_end is not None else quote.cue_end
        if start is None:
            continue
        if quote.speaker_kind == "anonymous":
            seen.add(key)
            findings.append(Finding(
                start, end, article.text[start:end], "anonymous-source",
                f"{quote.speaker or 'This source'} is not named. Journalists should use "
                "anonymous sources only for information they cannot get on the record, and "
                "tell readers why the source was not named. Does the article say why?",
                None, "a source described but not named (AP, Reuters and SPJ guidance)", "note"))
        elif quote.speaker_kind == "vague":
            seen.add(key)
            who = quote.speaker or f"'{quote.cue}' with no one doing it"
            findings.append(Finding(
                start, end, article.text[start:end], "vague-attribution",
                f"{who}: a vague source. Which people exactly? A reader cannot check "
                "a claim when nobody in particular stands behind it.",
                None, "a vague group or a passive such as 'it was reported'", "note"))
    return findings


CHECKS = [check_unbalanced_quotes, check_missing_attribution, check_sourcing]


def run_checks(article: Article, quotes: list[Quote]) -> list[Finding]:
    """Every check on one article, sorted by position."""
    findings = [finding for check in CHECKS for finding in check(article, quotes)]
    return sorted(findings, key=lambda finding: (finding.start, finding.kind))

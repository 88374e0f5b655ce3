"""The metric functions of scripts/evaluate_quotes.py and scripts/evaluate_checks.py, on
hand-built spans and findings.

The script is not a package module, so it is imported from its path.
"""
import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "evaluate_quotes.py"


def _load_script(path=SCRIPT):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ev = _load_script()
Item = ev.Item


def test_perfect_match():
    assert ev.overlap_ratio((0, 10), (0, 10)) == 1.0
    assert ev.greedy_match([(0, 10)], [(0, 10)], 0.8) == [(0, 0)]
    counts = ev.compare([Item((0, 10), "Ana Ruiz")], [Item((0, 10), "ana ruiz")], ev.SPEAKER)
    numbers = ev.figures(counts, ["speaker"])
    for threshold in ev.THRESHOLDS:
        assert numbers[f"at_{threshold}"] == {"matched": 1, "precision": 1.0, "recall": 1.0,
                                              "f1": 1.0}
    assert numbers["speaker"] == {"accuracy": 1.0, "correct": 1, "of": 1}


@pytest.mark.parametrize("denominator", ["ggt", "longer"])
def test_quarter_overlap_is_no_match(denominator):
    assert ev.overlap_ratio((0, 100), (75, 100), denominator) == 0.25
    assert ev.greedy_match([(0, 100)], [(75, 100)], 0.3, denominator) == []
    counts = ev.compare([Item((0, 100))], [Item((75, 100))], denominator=denominator)
    assert counts["tp@0.3"] == 0 and ev.prf(0, 1, 1)["f1"] == 0.0


def test_threshold_is_inclusive():
    assert ev.greedy_match([(0, 10)], [(7, 10)], 0.3) == [(0, 0)]
    assert ev.greedy_match([(0, 10)], [(8, 10)], 0.3) == []


def test_ggt_overlap_divides_by_the_gold_span():
    assert ev.overlap_ratio((10, 20), (0, 100), "ggt") == 1.0
    assert ev.overlap_ratio((10, 20), (0, 100), "longer") == 0.1


def test_duplicate_prediction_matches_once():
    pairs = ev.greedy_match([(0, 10)], [(0, 10), (0, 10)], 0.3)
    assert pairs == [(0, 0)]
    assert ev.prf(len(pairs), 2, 1) == {"precision": 0.5, "recall": 1.0, "f1": 2 / 3}


def test_matching_takes_the_best_overlap_first():
    # Walking gold in order would give the prediction to the first gold span (50%);
    # best-first gives it to the second, which it covers exactly.
    assert ev.greedy_match([(0, 10), (5, 15)], [(5, 15)], 0.3) == [(1, 0)]


def test_ties_prefer_the_tighter_prediction():
    assert ev.greedy_match([(10, 20)], [(0, 100), (10, 20)], 0.3) == [(0, 1)]


def test_fragmented_spans():
    gold = ((0, 10), (20, 30))
    assert ev.span_length(gold) == 20
    assert ev.overlap_chars(gold, (5, 25)) == 10
    assert ev.overlap_ratio(gold, (0, 10)) == 0.5


def test_empty_gold_and_prediction_are_defined():
    assert ev.prf(0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert ev.prf(0, 0, 3) == {"precision": 1.0, "recall": 0.0, "f1": 0.0}
    assert ev.prf(0, 3, 0) == {"precision": 0.0, "recall": 1.0, "f1": 0.0}
    assert ev.accuracy(0, 0) is None
    assert ev.greedy_match([], [], 0.3) == []
    assert ev.overlap_ratio((5, 5), (5, 5)) == 0.0
    assert ev.greedy_match([(5, 5)], [(5, 5)], 0.3) == []
    numbers = ev.figures(ev.compare([], [], ev.SPEAKER), ["speaker"])
    assert numbers["at_0.3"]["f1"] == 1.0 and numbers["speaker"]["accuracy"] is None


def test_speaker_normalisation_is_strict():
    assert ev.normalise_speaker("  The Union’s ") == "union"
    assert ev.normalise_speaker("the crews'") == "crews"
    assert ev.normalise_speaker("Dana O'Neill") == "dana o'neill"
    assert ev.same_speaker("A senior US official", "senior  US official")
    assert ev.same_speaker(None, None) and ev.same_speaker(None, "")
    assert not ev.same_speaker("Ana Ruiz", "Ruiz")
    assert not ev.same_speaker(None, "Ana Ruiz")


def test_polnear_source_checks():
    gold = Item((0, 10), "he", (20, 22))
    assert ev.mention_check(gold, Item((0, 10), "Donald Trump", (20, 22)))
    assert not ev.last_word_check(gold, Item((0, 10), "Donald Trump", (20, 22)))
    assert ev.last_word_check(Item((0, 10), "Mr. Trump", (20, 29)), Item((0, 10), "Donald Trump"))
    assert ev.mention_check(Item((0, 10)), Item((0, 10), "X", (0, 1))) is None


def test_read_ann(tmp_path):
    text = 'He said "we win" today. Polls suggest a tie, and so on.'
    ann = tmp_path / "a_x.ann"
    lines = ["T1\tSource 0 2\tHe", "T2\tCue 3 7\tsaid", 'T3\tContent 8 16\t"we win"',
             "T4\tAttribution 3 7\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
             "T5\tCue 30 37\tsuggest", "T6\tContent 38 43;49 55\ta tie so on",
             "T7\tAttribution 30 37\tsuggest", "E2\tAttribution-no-source:T7 Cue:T5 Content:T6"]
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (direct, quote), (indirect, belief) = ev.read_ann(ann, text)
    assert (direct, quote.span, quote.speaker) == ("direct", ((8, 16),), "He")
    assert quote.mention == ((0, 2),)
    assert (indirect, belief.span, belief.mention) == ("indirect", ((38, 43), (49, 55)), None)


# -- scripts/evaluate_checks.py: findings per 1,000 words and judged precision (issue 15) --------

CHECKS_SCRIPT = SCRIPT.parent / "evaluate_checks.py"


ec = _load_script(CHECKS_SCRIPT)


def finding(start, rule, severity, file="a.txt"):
    return {"file": file, "start": start, "end": start + 3, "rule": rule, "severity": severity}


def test_rates_by_rule_per_thousand_words():
    findings = [finding(0, "x.one", "error"), finding(5, "x.two", "warning"),
                finding(9, "x.two", "warning")]
    rates = ec.rates_by_rule(findings, 2000)
    assert rates["error"]["count"] == 1 and rates["error"]["per_thousand"] == 0.5
    assert rates["warning"]["rules"] == {"x.two": {"count": 2, "per_thousand": 1.0}}
    assert rates["note"] == {"count": 0, "per_thousand": 0.0, "rules": {}}


def test_verdicts_match_findings_by_file_offsets_and_rule(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text("# a comment\nfile\tstart\tend\trule\tverdict\treason\n"
                      "a.txt\t0\t3\tx.one\treal\ta typo\n"
                      "a.txt\t5\t8\tx.two\tfalse\tnot a problem\n"
                      "a.txt\t9\t12\tx.two\tdebatable\tstyle\n"
                      "b.txt\t0\t3\tx.one\tfalse\tthe rule no longer fires here\n"
                      "a.txt\t5\t8\tx.one\treal\tanother rule at the same place\n")
    verdicts = ec.read_verdicts(judged)
    assert len(verdicts) == 5 and verdicts[0]["reason"] == "a typo"
    findings = [finding(0, "x.one", "error"), finding(5, "x.two", "warning"),
                finding(9, "x.two", "warning")]
    table = ec.judged_precision(verdicts, findings)
    assert table["rules"]["x.one"]["precision"] == 1.0
    assert table["rules"]["x.one"]["gone false"] == 1 and table["rules"]["x.one"]["gone real"] == 1
    assert table["rules"]["x.two"]["precision"] == 0.0  # debatable counts as neither
    assert table["severities"]["error"] == {"real": 1, "debatable": 0, "false": 0, "precision": 1.0}
    assert table["severities"]["warning"]["debatable"] == 1


def test_an_unknown_verdict_is_refused(tmp_path):
    judged = tmp_path / "judged.tsv"
    judged.write_text("a.txt\t0\t3\tx.one\tmaybe\t?\n")
    with pytest.raises(ValueError):
        ec.read_verdicts(judged)

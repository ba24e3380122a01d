"""The analyzer against the labelled stories, next to the keyword-only checker.

Thresholds are the figures the analyzer honestly reaches (bench/bench_stories_analyzer.py
prints the full table); the labels were written before the analyzer was tuned, and the
held-out file was never used to change it.
"""

from __future__ import annotations

from pivotprep.resume.report.translation import find_jargon
from pivotprep.stories.evaluation import (
    BASELINE_CODES,
    analyzer_predict,
    baseline_predict,
    evaluate,
    load_labelled,
)


def test_the_labelled_set_has_at_least_60_stories_of_every_kind():
    stories = load_labelled()
    assert len(stories) >= 60
    kinds = {s.kind for s in stories}
    assert {"good", "no result", "all we", "no situation", "rambling", "jargon"} <= kinds
    assert sum(1 for s in stories if not s.expect) >= 15  # good stories: nothing to flag
    assert sum(1 for s in stories if s.split == "heldout") >= 15


def test_every_finding_reaches_its_precision_and_recall():
    evaluation = evaluate(load_labelled(), analyzer_predict(find_jargon))
    for code, score in evaluation.scores.items():
        if score.tp + score.fn >= 5:  # enough positives to measure
            assert score.precision is not None and score.precision >= 0.75, (code, score)
            assert score.recall is not None and score.recall >= 0.75, (code, score)
    micro = evaluation.micro()
    assert micro.precision >= 0.9 and micro.recall >= 0.9, micro


def test_held_out_stories_are_read_better_than_by_the_keyword_checker():
    held_out = [s for s in load_labelled() if s.split == "heldout"]
    ours = evaluate(held_out, analyzer_predict(find_jargon))
    assert ours.micro().precision >= 0.65 and ours.micro().recall >= 0.65, ours.micro()
    structure = evaluate(held_out, analyzer_predict(find_jargon), BASELINE_CODES).micro()
    keywords = evaluate(held_out, baseline_predict, BASELINE_CODES).micro()
    assert structure.precision > 2 * keywords.precision, (structure, keywords)


def test_the_analyzer_beats_the_keyword_checker_on_every_structure_finding():
    stories = load_labelled()
    ours = evaluate(stories, analyzer_predict(find_jargon), BASELINE_CODES)
    keywords = evaluate(stories, baseline_predict, BASELINE_CODES)
    for code in BASELINE_CODES:
        assert ours.scores[code].precision > (keywords.scores[code].precision or 0.0), code


def test_good_stories_mostly_get_no_findings():
    good = [s for s in load_labelled() if s.kind == "good"]
    predict = analyzer_predict(find_jargon)
    flagged = {s.id: codes for s in good if (codes := predict(s) - {"too_short"})}
    assert len(flagged) <= len(good) // 10, flagged
    keyword_flagged = [s.id for s in good if baseline_predict(s)]
    assert len(keyword_flagged) >= len(good) // 2  # the keyword checker fails most of them


def test_bench_only_batches_load_but_stay_out_of_the_asserted_set():
    from pivotprep.stories.evaluation import BENCH_ONLY_BATCHES

    everything = load_labelled(include_bench_only=True)
    bench_only = [s for s in everything if s.batch in BENCH_ONLY_BATCHES]
    assert len(bench_only) >= 30
    assert all(s.split == "tuning" for s in bench_only)  # tuning data, not held-out
    assert not {s.batch for s in load_labelled()} & set(BENCH_ONLY_BATCHES)
    assert len(everything) == len(load_labelled()) + len(bench_only)

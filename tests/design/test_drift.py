"""The drift lab's seeded data, statistics, grading and charts."""

from __future__ import annotations

import numpy as np
import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.design.content import drift_lab
from pivotprep.design.drift.charts import chart
from pivotprep.design.drift.grading import Choice, grade_detection, parse_choice
from pivotprep.design.drift.scenarios import Params, make_window, top_share_precision, windows
from pivotprep.design.drift.stats import alerts, compute, quality_checks
from pivotprep.design.lab import evaluate


def test_the_same_seed_gives_the_same_data_and_another_seed_does_not():
    a, b = make_window(7, Params(), 2000), make_window(7, Params(), 2000)
    c = make_window(8, Params(), 2000)
    assert np.array_equal(a["amount"], b["amount"])
    assert not np.array_equal(a["amount"], c["amount"])
    assert set(a) == {
        "amount",
        "hour",
        "merchant_category",
        "account_age_days",
        "is_fraud",
        "model_score",
    }


def test_statistics_see_a_shift_and_stay_quiet_without_one():
    base = make_window(1, Params(), 4000)
    same = make_window(2, Params(), 4000)
    moved = make_window(3, Params(amount_log_mean=4.0), 4000)
    for statistic, threshold in (("psi", 0.2), ("ks", 0.1), ("wasserstein", 0.1)):
        quiet = compute(statistic, base["amount"], same["amount"], "numeric")
        loud = compute(statistic, base["amount"], moved["amount"], "numeric")
        assert not alerts(statistic, quiet, threshold) and alerts(statistic, loud, threshold)
    p_same = compute("chi2", base["merchant_category"], same["merchant_category"], "categorical")
    assert not alerts("chi2", p_same, 0.01)  # a p-value alerts below its threshold


def test_ks_on_a_categorical_feature_is_refused_with_a_reason():
    with pytest.raises(ValidationError, match="PSI or chi-square"):
        parse_choice("merchant_category", "categorical", "ks", "0.1")
    with pytest.raises(ValidationError, match="must be a number"):
        parse_choice("amount", "numeric", "psi", "high")
    with pytest.raises(ValidationError, match="at most 1"):
        parse_choice("amount", "numeric", "ks", "3")


def test_grading_counts_hits_false_alarms_misses_and_skips_optional_cells():
    ref = {"x": np.zeros(10), "y": np.zeros(10)}
    cur = {"x": np.ones(10), "y": np.zeros(10)}
    detection = grade_detection(
        [("s1", ("x",), ()), ("s2", (), ("x",)), ("s3", ("y",), ())],
        {"s1": (ref, cur), "s2": (ref, cur), "s3": (ref, cur)},
        {"x": "numeric", "y": "numeric"},
        [Choice("x", "ks", 0.5), Choice("y", "ks", 0.5)],
    )
    outcomes = {(c.scenario, c.feature): c.outcome for c in detection.cells}
    assert outcomes == {
        ("s1", "x"): "TP",
        ("s1", "y"): "TN",
        ("s2", "x"): "optional",
        ("s2", "y"): "TN",
        ("s3", "x"): "FP",
        ("s3", "y"): "FN",
    }
    assert detection.precision == 0.5 and detection.recall == 0.5


def test_the_broken_feed_fails_data_quality_checks_before_any_drift_check():
    lab = drift_lab()
    index = next(i for i, s in enumerate(lab.scenarios) if s.id == "broken-feed")
    data = windows(lab.seed * 100 + index, lab.scenarios[index].windows)
    issues = quality_checks(
        data["training"]["amount"], data["current"]["amount"], "numeric", "amount"
    )
    assert any(i.check == "range" and "unit change" in i.detail for i in issues)
    nulls = quality_checks(
        data["training"]["merchant_category"],
        data["current"]["merchant_category"],
        "categorical",
        "cat",
    )
    assert nulls and nulls[0].check == "null rate"


def test_concept_shift_is_invisible_to_inputs_but_shows_in_precision_once_labelled():
    lab = drift_lab()
    index = next(i for i, s in enumerate(lab.scenarios) if s.id == "concept-shift")
    data = windows(lab.seed * 100 + index, lab.scenarios[index].windows)
    psi = compute("psi", data["training"]["amount"], data["current"]["amount"], "numeric")
    assert psi < 0.1
    assert top_share_precision(data["current"]) < top_share_precision(data["training"]) / 2


def test_a_seasonal_reference_silences_the_black_friday_false_alarm():
    choices = {f.name: ("psi", 0.1) for f in drift_lab().features}
    against_training = evaluate("training", choices, "")
    against_last_year = evaluate("last_year", choices, "")

    def false_alarms(result, scenario):  # type: ignore[no-untyped-def]
        return sum(c.outcome == "FP" for c in result.cells if c.scenario == scenario)

    assert false_alarms(against_training, "seasonal-false-alarm") >= 2
    assert false_alarms(against_last_year, "seasonal-false-alarm") == 0


def test_the_plan_checklist_quotes_the_plan():
    plan = (
        "First we run data quality checks on nulls and ranges, before the drift checks. "
        "Chargebacks arrive 45 days later, so the score distribution is our proxy."
    )
    result = evaluate("last_year", {f.name: ("psi", 0.2) for f in drift_lab().features}, plan)
    status = {i.id: i for i in result.checklist}
    assert status["quality-first"].status == "covered"
    assert "before the drift checks" in status["quality-first"].evidence[0].quote
    assert (
        status["retrain"].status == "missing" and "retraining trigger" in status["retrain"].message
    )


def test_charts_are_svg_with_escaped_labels():
    svg = chart(
        "<b>",
        "categorical",
        np.array(["a", "<x>", None], dtype=object),
        np.array(["a", "a"], dtype=object),
    )
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;x&gt;" in svg
    numeric = chart("amount", "numeric", np.arange(100.0), np.arange(100.0) + 5)
    assert numeric.count("<rect") > 20

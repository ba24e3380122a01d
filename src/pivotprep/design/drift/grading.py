"""Grading a drift-lab attempt: detection over scenarios x features, and the plan.

The learner chooses, per feature, a statistic and a threshold, and one reference window
for all scenarios. Every (scenario, feature) cell is then an alert or not; against the
scenario's truth it is a true or false positive or negative (cells marked optional, where a
small real change makes either answer defensible, are shown but not counted). Precision
is the share of alerts that were right; recall the share of real drifts alerted.

The written monitoring plan is reviewed against the lab's checklist with the same evidence
matching as design answers. Pure (the data comes in as arrays).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from pivotprep.core.errors import ValidationError
from pivotprep.design.drift.stats import (
    NUMERIC_ONLY,
    STATISTICS,
    QualityIssue,
    alerts,
    compute,
    quality_checks,
)

THRESHOLD_RANGES = {
    "psi": (0.0, 5.0),
    "ks": (0.0, 1.0),
    "chi2": (0.0, 1.0),
    "wasserstein": (0.0, 10.0),
}


@dataclass(frozen=True)
class Choice:
    feature: str
    statistic: str
    threshold: float


@dataclass(frozen=True)
class Cell:
    scenario: str
    feature: str
    statistic: str
    value: float
    threshold: float
    alert: bool
    truth: str  # drift, none, optional
    outcome: str  # TP, FP, FN, TN, optional


@dataclass(frozen=True)
class Detection:
    cells: tuple[Cell, ...]
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float | None:
        alerts_made = self.tp + self.fp
        return self.tp / alerts_made if alerts_made else None

    @property
    def recall(self) -> float | None:
        real = self.tp + self.fn
        return self.tp / real if real else None


def parse_choice(feature: str, kind: str, statistic: str, threshold: object) -> Choice:
    """A validated choice for one feature; ValidationError names the feature's field."""
    statistic = (statistic or "").strip().lower()
    if statistic not in STATISTICS:
        raise ValidationError(
            f"Choose a statistic for {feature}: one of {', '.join(STATISTICS)}.",
            field=f"stat_{feature}",
        )
    if statistic in NUMERIC_ONLY and kind != "numeric":
        raise ValidationError(
            f"{STATISTICS[statistic]} compares numbers; {feature} is categorical. "
            "Use PSI or chi-square for it.",
            field=f"stat_{feature}",
        )
    try:
        value = float(str(threshold).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(
            f"The threshold for {feature} must be a number such as 0.2, got {threshold!r}.",
            field=f"threshold_{feature}",
        ) from None
    low, high = THRESHOLD_RANGES[statistic]
    if not low < value <= high or value != value:
        raise ValidationError(
            f"A {STATISTICS[statistic]} threshold lies above {low:g} and at most {high:g}; "
            f"got {threshold!r} for {feature}.",
            field=f"threshold_{feature}",
        )
    return Choice(feature, statistic, value)


def _truth(feature: str, drifted: Sequence[str], optional: Sequence[str]) -> str:
    if feature in drifted:
        return "drift"
    return "optional" if feature in optional else "none"


def _outcome(alert: bool, truth: str) -> str:
    if truth == "optional":
        return "optional"
    if truth == "drift":
        return "TP" if alert else "FN"
    return "FP" if alert else "TN"


def grade_detection(
    scenarios: Sequence[tuple[str, Sequence[str], Sequence[str]]],
    data: Mapping[str, tuple[Mapping[str, np.ndarray], Mapping[str, np.ndarray]]],
    kinds: Mapping[str, str],
    choices: Sequence[Choice],
) -> Detection:
    """`scenarios`: (id, drifted, optional); `data[id]`: (reference window, current window)."""
    cells = []
    for scenario_id, drifted, optional in scenarios:
        reference, current = data[scenario_id]
        for choice in choices:
            value = compute(
                choice.statistic,
                reference[choice.feature],
                current[choice.feature],
                kinds[choice.feature],
            )
            alert = alerts(choice.statistic, value, choice.threshold)
            truth = _truth(choice.feature, drifted, optional)
            cells.append(
                Cell(
                    scenario_id,
                    choice.feature,
                    choice.statistic,
                    value,
                    choice.threshold,
                    alert,
                    truth,
                    _outcome(alert, truth),
                )
            )
    count = {o: sum(1 for c in cells if c.outcome == o) for o in ("TP", "FP", "FN", "TN")}
    return Detection(tuple(cells), count["TP"], count["FP"], count["FN"], count["TN"])


def quality_report(
    reference: Mapping[str, np.ndarray],
    current: Mapping[str, np.ndarray],
    kinds: Mapping[str, str],
) -> list[QualityIssue]:
    issues: list[QualityIssue] = []
    for feature, kind in kinds.items():
        issues.extend(quality_checks(reference[feature], current[feature], kind, feature))
    return issues

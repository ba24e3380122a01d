"""Drift statistics between a reference sample and a current one, computed with numpy and
scipy, and the data-quality checks that run before them.

- PSI (population stability index): bins from the reference's deciles (numeric) or the
  categories; sum of (cur - ref) * ln(cur / ref), with a small floor for empty bins.
- KS: the two-sample Kolmogorov-Smirnov statistic D (scipy.stats.ks_2samp), numeric only.
- chi-square: p-value of a contingency test on categories or reference deciles
  (scipy.stats.chi2_contingency); a small p-value means the distributions differ.
- Wasserstein: earth mover's distance (scipy.stats.wasserstein_distance) divided by the
  reference's standard deviation, so one threshold fits features of any unit.

`alerts` says whether a value crosses a threshold in the statistic's own direction (PSI, D
and Wasserstein alert above it; the chi-square p-value alerts below it). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

STATISTICS = {
    "psi": "PSI",
    "ks": "Kolmogorov-Smirnov D",
    "chi2": "chi-square p-value",
    "wasserstein": "Wasserstein / reference std",
}
NUMERIC_ONLY = ("ks", "wasserstein")
DEFAULT_THRESHOLDS = {"psi": 0.2, "ks": 0.1, "chi2": 0.01, "wasserstein": 0.1}
FLOOR = 1e-4
BINS = 10


def _clean_numeric(values: np.ndarray) -> np.ndarray:
    data = np.asarray(values, dtype=float)
    kept: np.ndarray = data[np.isfinite(data)]
    return kept


def _clean_categories(values: np.ndarray) -> np.ndarray:
    return np.array(["(missing)" if v is None else str(v) for v in values], dtype=object)


def _numeric_counts(ref: np.ndarray, cur: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, BINS + 1)[1:-1]))
    ref_bins = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=len(edges) + 1)
    cur_bins = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=len(edges) + 1)
    return ref_bins.astype(float), cur_bins.astype(float)


def _category_counts(ref: np.ndarray, cur: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    labels = sorted(set(ref.tolist()) | set(cur.tolist()))
    ref_counts = np.array([np.sum(ref == label) for label in labels], dtype=float)
    cur_counts = np.array([np.sum(cur == label) for label in labels], dtype=float)
    return ref_counts, cur_counts


def counts(ref: np.ndarray, cur: np.ndarray, kind: str) -> tuple[np.ndarray, np.ndarray]:
    if kind == "numeric":
        return _numeric_counts(_clean_numeric(ref), _clean_numeric(cur))
    return _category_counts(_clean_categories(ref), _clean_categories(cur))


def psi(ref_counts: np.ndarray, cur_counts: np.ndarray) -> float:
    r = np.maximum(ref_counts / ref_counts.sum(), FLOOR)
    c = np.maximum(cur_counts / cur_counts.sum(), FLOOR)
    return float(np.sum((c - r) * np.log(c / r)))


def chi2_pvalue(ref_counts: np.ndarray, cur_counts: np.ndarray) -> float:
    keep = (ref_counts + cur_counts) > 0
    table = np.vstack([ref_counts[keep], cur_counts[keep]])
    if table.shape[1] < 2:
        return 1.0
    return float(sps.chi2_contingency(table)[1])


def compute(statistic: str, ref: np.ndarray, cur: np.ndarray, kind: str) -> float:
    """The value of `statistic` between the two samples of one feature."""
    if statistic in NUMERIC_ONLY and kind != "numeric":
        raise ValueError(f"{STATISTICS[statistic]} needs a numeric feature")
    if statistic == "ks":
        return float(sps.ks_2samp(_clean_numeric(ref), _clean_numeric(cur)).statistic)
    if statistic == "wasserstein":
        r, c = _clean_numeric(ref), _clean_numeric(cur)
        spread = float(np.std(r)) or 1.0
        return float(sps.wasserstein_distance(r, c)) / spread
    ref_counts, cur_counts = counts(ref, cur, kind)
    if statistic == "psi":
        return psi(ref_counts, cur_counts)
    if statistic == "chi2":
        return chi2_pvalue(ref_counts, cur_counts)
    raise ValueError(f"unknown statistic {statistic!r}")


def alerts(statistic: str, value: float, threshold: float) -> bool:
    return value < threshold if statistic == "chi2" else value > threshold


@dataclass(frozen=True)
class QualityIssue:
    feature: str
    check: str
    detail: str


def quality_checks(ref: np.ndarray, cur: np.ndarray, kind: str, feature: str) -> list[QualityIssue]:
    """Null rate and (numeric) range against the reference: run before any drift check,
    because a broken feed looks like drift and needs a different owner."""
    issues = []
    ref_null = (
        float(np.mean([v is None for v in ref]))
        if kind != "numeric"
        else float(np.mean(~np.isfinite(np.asarray(ref, dtype=float))))
    )
    cur_null = (
        float(np.mean([v is None for v in cur]))
        if kind != "numeric"
        else float(np.mean(~np.isfinite(np.asarray(cur, dtype=float))))
    )
    if cur_null > ref_null + 0.02:
        issues.append(
            QualityIssue(
                feature, "null rate", f"{cur_null:.1%} missing now against {ref_null:.1%} before"
            )
        )
    if kind == "numeric":
        r, c = _clean_numeric(ref), _clean_numeric(cur)
        high = float(np.quantile(r, 0.999))
        beyond = float(np.mean(c > 3 * high)) if len(c) else 0.0
        if beyond > 0.005:
            issues.append(
                QualityIssue(
                    feature,
                    "range",
                    f"{beyond:.1%} of values above 3x the reference's 99.9th percentile "
                    f"({high:,.1f}): a unit change upstream?",
                )
            )
    return issues

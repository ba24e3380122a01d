"""Seeded datasets for the drift lab: card payments scored by a fraud model.

Every scenario is a set of windows drawn from one generator with different parameters:
`training` (the data the model was trained on), `previous` (the four weeks before the
current week), `last_year` (the same weeks a year ago) and `current` (this week). The
parameters of each window come from the scenario's entry in `drift_lab.yaml`; the
generator below knows only how a transaction is made. Same seed, same data: nothing is
downloaded. Pure (numpy only).

Columns: amount (EUR), hour (0-23), merchant_category, account_age_days, model_score
(the deployed model's output, a fixed formula of the inputs) and is_fraud (the label,
known weeks later).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

CATEGORIES = ("grocery", "fuel", "dining", "online", "electronics", "travel")
BASE_WEIGHTS = {
    "grocery": 0.32,
    "fuel": 0.14,
    "dining": 0.2,
    "online": 0.2,
    "electronics": 0.07,
    "travel": 0.07,
}
FRAUD_WEIGHTS = {
    "grocery": 0.05,
    "fuel": 0.05,
    "dining": 0.05,
    "online": 0.45,
    "electronics": 0.3,
    "travel": 0.1,
}
RISK = {
    "grocery": -1.2,
    "fuel": -0.8,
    "dining": -0.9,
    "online": 0.6,
    "electronics": 1.1,
    "travel": 0.5,
}
WINDOWS = ("training", "previous", "last_year", "current")
REFERENCES = ("training", "previous", "last_year")
ROWS = 5000


@dataclass(frozen=True)
class Params:
    """What one window's transactions look like."""

    amount_log_mean: float = 3.4
    amount_log_sd: float = 0.9
    cents_share: float = 0.0  # share of amounts sent in cents by a broken upstream
    evening_share: float = 0.3
    category_boost: tuple[tuple[str, float], ...] = ()  # multiply base weights
    category_null_share: float = 0.0
    account_age_mean: float = 420.0
    fraud_rate: float = 0.02
    fraud_pattern: str = (
        "classic"  # classic: big online buys on young accounts; new: small groceries
    )

    @classmethod
    def of(cls, values: Mapping[str, Any] | None) -> Params:
        values = dict(values or {})
        boost = values.pop("category_boost", {}) or {}
        return cls(category_boost=tuple(sorted(boost.items())), **values)


Window = dict[str, np.ndarray]


def _categories(
    rng: np.random.Generator, n: int, weights: Mapping[str, float], boost: Mapping[str, float]
) -> np.ndarray:
    w = np.array([weights[c] * boost.get(c, 1.0) for c in CATEGORIES])
    return rng.choice(np.array(CATEGORIES, dtype=object), size=n, p=w / w.sum())


def _legit(rng: np.random.Generator, n: int, p: Params) -> Window:
    evening = rng.random(n) < p.evening_share
    hours = np.where(evening, rng.integers(18, 24, n), rng.integers(7, 18, n))
    return {
        "amount": rng.lognormal(p.amount_log_mean, p.amount_log_sd, n),
        "hour": hours.astype(float),
        "merchant_category": _categories(rng, n, BASE_WEIGHTS, dict(p.category_boost)),
        "account_age_days": rng.exponential(p.account_age_mean, n),
    }


def _fraud(rng: np.random.Generator, n: int, p: Params) -> Window:
    if p.fraud_pattern == "new":  # card testing: many small purchases on old, trusted accounts
        rows = _legit(rng, n, p)
        rows["amount"] = rng.lognormal(2.2, 0.5, n)
        return rows
    return {
        "amount": rng.lognormal(p.amount_log_mean + 1.3, 0.8, n),
        "hour": rng.integers(0, 24, n).astype(float),
        "merchant_category": _categories(rng, n, FRAUD_WEIGHTS, {}),
        "account_age_days": rng.exponential(60.0, n),
    }


def _score(rows: Window) -> np.ndarray:
    """The deployed model: trained on classic fraud, a fixed function of the inputs."""
    risk = np.array([RISK.get(str(c), 0.0) for c in rows["merchant_category"]])
    amount = np.log1p(np.nan_to_num(rows["amount"], nan=30.0))
    age = np.log1p(rows["account_age_days"])
    z = -4.0 + 0.9 * (amount - 3.4) + 1.1 * risk - 0.8 * (age - 5.5)
    score: np.ndarray = 1.0 / (1.0 + np.exp(-z))
    return score


def make_window(seed: int, p: Params, n: int = ROWS) -> Window:
    """`n` transactions drawn with parameters `p`."""
    rng = np.random.default_rng(seed)
    n_fraud = int(rng.binomial(n, p.fraud_rate))
    legit, fraud = _legit(rng, n - n_fraud, p), _fraud(rng, n_fraud, p)
    rows = {k: np.concatenate([legit[k], fraud[k]]) for k in legit}
    rows["is_fraud"] = np.array(["0"] * (n - n_fraud) + ["1"] * n_fraud, dtype=object)
    order = rng.permutation(n)
    rows = {k: v[order] for k, v in rows.items()}
    if p.cents_share:  # the broken feed reaches the model too: it scores what it is sent
        cents = rng.random(n) < p.cents_share
        rows["amount"] = np.where(cents, rows["amount"] * 100, rows["amount"])
    if p.category_null_share:
        nulls = rng.random(n) < p.category_null_share
        categories = rows["merchant_category"].copy()
        categories[nulls] = None
        rows["merchant_category"] = categories
    rows["model_score"] = _score(rows)
    return rows


@lru_cache(maxsize=64)
def _cached(seed: int, params: Params, n: int) -> Window:
    return make_window(seed, params, n)


def windows(
    seed: int, spec: Mapping[str, Mapping[str, Any] | None], n: int = ROWS
) -> dict[str, Window]:
    """Every window of a scenario; `spec` maps window name -> parameter overrides."""
    return {
        name: _cached(seed * 10 + index, Params.of(spec.get(name)), n)
        for index, name in enumerate(WINDOWS)
    }


def top_share_precision(window: Window, share: float = 0.02) -> float:
    """Precision of flagging the top `share` of scores: the model's quality, known only once
    labels arrive."""
    scores = window["model_score"]
    cut = np.quantile(scores, 1 - share)
    flagged = scores >= cut
    if not flagged.any():
        return 0.0
    return float(np.mean(window["is_fraud"][flagged] == "1"))

"""Divides by a zero month, which gives infinity instead of a missing value."""

import pandas as pd


def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    out = monthly.sort_values("month").reset_index(drop=True)
    previous = out["revenue"].shift(1).astype("float64")
    out["growth"] = (out["revenue"] - previous) / previous
    return out

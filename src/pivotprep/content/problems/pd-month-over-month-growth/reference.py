"""Reference for pd-month-over-month-growth."""

import pandas as pd


def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    out = monthly.sort_values("month").reset_index(drop=True)
    previous = out["revenue"].shift(1).astype("float64")
    change = (out["revenue"] - previous) / previous.where(previous != 0)
    out["growth"] = change.astype("float64")
    return out

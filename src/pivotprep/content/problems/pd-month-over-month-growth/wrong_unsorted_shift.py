"""Shifts in file order, before sorting by month."""

import pandas as pd


def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    previous = monthly["revenue"].shift(1).astype("float64")
    out = monthly.assign(growth=(monthly["revenue"] - previous) / previous.where(previous != 0))
    return out.sort_values("month").reset_index(drop=True)

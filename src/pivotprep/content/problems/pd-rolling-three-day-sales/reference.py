"""Reference for pd-rolling-three-day-sales."""

import pandas as pd


def rolling_sales(daily: pd.DataFrame) -> pd.DataFrame:
    out = daily.sort_values(["store", "day"]).reset_index(drop=True)
    rolled = out.groupby("store")["sales"].rolling(3, min_periods=1).mean()
    out["rolling_3d"] = rolled.reset_index(level=0, drop=True)
    return out

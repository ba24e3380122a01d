"""Reference for pd-weekly-revenue-resample."""

import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    if orders.empty:
        return pd.DataFrame(
            {
                "week_start": pd.Series([], dtype="datetime64[ns]"),
                "revenue": pd.Series([], dtype="float64"),
            }
        )
    series = orders.set_index("placed")["amount"].astype("float64")
    weekly = series.resample("W-MON", label="left", closed="left").sum()
    out = weekly.rename("revenue").rename_axis("week_start").reset_index()
    out["week_start"] = out["week_start"].dt.normalize().astype("datetime64[ns]")
    return out

"""Uses pandas' default weeks, which end on Sunday and are labelled by that Sunday."""

import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    weekly = orders.set_index("placed")["amount"].astype("float64").resample("W").sum()
    out = weekly.rename("revenue").rename_axis("week_start").reset_index()
    out["week_start"] = out["week_start"].astype("datetime64[ns]")
    return out

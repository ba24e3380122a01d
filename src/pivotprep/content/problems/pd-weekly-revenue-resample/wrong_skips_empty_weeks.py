"""Groups by the week of each order, so weeks without orders are missing."""

import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    week = orders["placed"].dt.to_period("W-SUN").dt.start_time.astype("datetime64[ns]")
    out = orders.assign(week_start=week).groupby("week_start", as_index=False)["amount"].sum()
    return out.rename(columns={"amount": "revenue"}).astype({"revenue": "float64"})

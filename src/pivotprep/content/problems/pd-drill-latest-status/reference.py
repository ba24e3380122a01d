"""Reference for pd-drill-latest-status."""

import pandas as pd


def latest_status(events: pd.DataFrame) -> pd.DataFrame:
    last = events.sort_values(["order_id", "seq"]).drop_duplicates("order_id", keep="last")
    return last[["order_id", "status"]].reset_index(drop=True)

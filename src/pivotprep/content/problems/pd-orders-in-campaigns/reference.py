"""Reference for pd-orders-in-campaigns."""

import pandas as pd


def campaign_orders(orders: pd.DataFrame, campaigns: pd.DataFrame) -> pd.DataFrame:
    pairs = orders.merge(campaigns, how="cross")
    inside = (pairs["placed"] >= pairs["starts"]) & (
        pairs["placed"] < pairs["ends"] + pd.Timedelta(days=1)
    )
    out = pairs.loc[inside, ["order_id", "campaign"]]
    return out.sort_values(["order_id", "campaign"]).reset_index(drop=True)

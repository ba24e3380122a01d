"""Compares with the end date at midnight, losing the last day's orders."""

import pandas as pd


def campaign_orders(orders: pd.DataFrame, campaigns: pd.DataFrame) -> pd.DataFrame:
    pairs = orders.merge(campaigns, how="cross")
    inside = (pairs["placed"] >= pairs["starts"]) & (pairs["placed"] <= pairs["ends"])
    return pairs.loc[inside, ["order_id", "campaign"]].sort_values(["order_id", "campaign"]).reset_index(drop=True)

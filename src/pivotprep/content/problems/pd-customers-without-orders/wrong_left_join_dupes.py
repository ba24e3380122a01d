"""Left-joins without de-duplicating customers who are missing: fine, but keeps order_id as a column."""

import pandas as pd


def never_ordered(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    out = customers.merge(orders, on="customer_id", how="left")
    out = out[out["order_id"].isna()]
    return out.sort_values("customer_id").reset_index(drop=True)

"""Forgets to keep only paid orders: refunds count as revenue."""

import pandas as pd


def revenue_by_customer(orders: pd.DataFrame) -> pd.DataFrame:
    out = orders.groupby("customer_id", as_index=False).agg(
        orders=("order_id", "count"), revenue=("amount", "sum")
    )
    out = out.sort_values(["revenue", "customer_id"], ascending=[False, True])
    return out.reset_index(drop=True)

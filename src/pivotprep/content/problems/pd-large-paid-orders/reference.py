"""Reference for pd-large-paid-orders."""

import pandas as pd


def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    keep = (orders["status"] == "paid") & (orders["amount"] >= threshold)
    return orders[keep]

"""Combines the conditions with | : refunded big orders slip in."""

import pandas as pd


def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    return orders[(orders["status"] == "paid") | (orders["amount"] >= threshold)]

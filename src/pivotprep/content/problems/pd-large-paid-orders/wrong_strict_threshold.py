"""Uses > instead of >=: an order worth exactly the threshold is dropped."""

import pandas as pd


def large_paid_orders(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    return orders[(orders["status"] == "paid") & (orders["amount"] > threshold)]

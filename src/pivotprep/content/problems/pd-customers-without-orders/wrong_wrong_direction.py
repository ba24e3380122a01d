"""Returns the customers who did order."""

import pandas as pd


def never_ordered(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    out = customers[customers["customer_id"].isin(orders["customer_id"])]
    return out.sort_values("customer_id").reset_index(drop=True)

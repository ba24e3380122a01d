"""An inner join drops orders whose customer is unknown."""

import pandas as pd


def with_names(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    unique = customers.drop_duplicates(subset="customer_id")
    return orders.merge(unique, on="customer_id").reset_index(drop=True)

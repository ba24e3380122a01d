"""Keeps the empty cells as rows with NaN sales."""

import pandas as pd


def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales")
    order = {"jan": 0, "feb": 1, "mar": 2}
    long = long.assign(_m=long["month"].map(order)).sort_values(["store", "_m"])
    return long.drop(columns="_m").reset_index(drop=True)

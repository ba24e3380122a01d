"""Sorts months alphabetically (feb, jan, mar) instead of by the calendar."""

import pandas as pd


def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales").dropna()
    return long.sort_values(["store", "month"]).reset_index(drop=True)

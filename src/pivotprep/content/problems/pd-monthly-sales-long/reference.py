"""Reference for pd-monthly-sales-long."""

import pandas as pd


def to_long(sales: pd.DataFrame) -> pd.DataFrame:
    long = sales.melt(id_vars="store", var_name="month", value_name="sales").dropna()
    order = {"jan": 0, "feb": 1, "mar": 2}
    long = long.assign(_m=long["month"].map(order))
    long = long.sort_values(["store", "_m"]).drop(columns="_m")
    return long.reset_index(drop=True)

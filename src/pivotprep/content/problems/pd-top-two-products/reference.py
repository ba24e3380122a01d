"""Reference for pd-top-two-products."""

import pandas as pd


def top_two(sales: pd.DataFrame) -> pd.DataFrame:
    totals = sales.groupby(["category", "product"], as_index=False)["units"].sum()
    totals = totals.sort_values(["category", "units", "product"], ascending=[True, False, True])
    return totals.groupby("category").head(2).reset_index(drop=True)

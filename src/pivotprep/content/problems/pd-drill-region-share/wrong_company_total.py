"""Vectorised, but divides by the company's total instead of the region's."""

import pandas as pd


def region_share(lines: pd.DataFrame) -> pd.DataFrame:
    revenue = lines["quantity"] * lines["unit_price"]
    return lines.assign(share=(revenue / revenue.sum()).astype("float64"))

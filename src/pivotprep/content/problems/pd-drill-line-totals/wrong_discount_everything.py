"""Vectorised, but discounts every line."""

import pandas as pd


def line_totals(lines: pd.DataFrame) -> pd.DataFrame:
    return lines.assign(total=(lines["quantity"] * lines["unit_price"] * 0.9).astype("float64"))

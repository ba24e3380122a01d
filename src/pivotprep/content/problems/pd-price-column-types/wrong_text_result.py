"""Cleans the text but leaves the column as text."""

import pandas as pd


def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    return prices.assign(price=prices["price"].str.replace(r"[£,]", "", regex=True))

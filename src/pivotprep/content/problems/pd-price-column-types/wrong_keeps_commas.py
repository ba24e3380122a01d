"""Forgets the thousands separator: '1,299.00' becomes NaN."""

import pandas as pd


def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    text = prices["price"].astype("string").str.replace("£", "", regex=False).str.strip()
    return prices.assign(price=pd.to_numeric(text, errors="coerce").astype("float64"))

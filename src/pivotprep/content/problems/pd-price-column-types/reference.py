"""Reference for pd-price-column-types."""

import pandas as pd


def fix_prices(prices: pd.DataFrame) -> pd.DataFrame:
    text = prices["price"].astype("string").str.replace(r"[£,]", "", regex=True).str.strip()
    number = pd.to_numeric(text, errors="coerce").astype("float64")
    return prices.assign(price=number)

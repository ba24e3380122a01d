"""Speed Drill: Price Lookup: the starting file. Right, but slow; make it fast."""

import pandas as pd


def priced(lines: pd.DataFrame, prices: pd.DataFrame) -> pd.DataFrame:
    found = []
    for _, row in lines.iterrows():
        match = prices[prices["region"] == row["region"]]
        found.append(float(match["list_price"].iloc[0]) if len(match) else float("nan"))
    return lines.assign(list_price=pd.Series(found, index=lines.index, dtype="float64"))

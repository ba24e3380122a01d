"""Leaves the gaps as NaN, so the counts become floats."""

import pandas as pd


def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot_table(index="sku", columns="warehouse", values="units", aggfunc="sum")
    wide.columns.name = None
    return wide.sort_index(axis=1).reset_index()

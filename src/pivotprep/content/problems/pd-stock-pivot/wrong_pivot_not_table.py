"""Uses pivot, which fails on a sku counted twice in one warehouse."""

import pandas as pd


def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot(index="sku", columns="warehouse", values="units").fillna(0)
    wide.columns.name = None
    return wide.astype("int64").reset_index()

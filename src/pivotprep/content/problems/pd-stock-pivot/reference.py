"""Reference for pd-stock-pivot."""

import pandas as pd


def stock_table(stock: pd.DataFrame) -> pd.DataFrame:
    wide = stock.pivot_table(
        index="sku", columns="warehouse", values="units", aggfunc="sum", fill_value=0
    )
    wide = wide.sort_index().sort_index(axis=1).astype("int64")
    wide.columns.name = None
    return wide.reset_index()

"""Forgets the lower-case sizes."""

import pandas as pd


SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(orders: pd.DataFrame) -> pd.Series:
    size = pd.Categorical(orders["size"], categories=SIZES, ordered=True)
    counts = pd.Series(size).value_counts(sort=False).reindex(SIZES, fill_value=0)
    return counts.astype("int64").rename("orders").rename_axis("size")

"""Counts with value_counts on text, so sizes come in alphabetical order and unordered sizes are missing."""

import pandas as pd


def size_counts(orders: pd.DataFrame) -> pd.Series:
    counts = orders["size"].str.upper().value_counts().sort_index()
    return counts.astype("int64").rename("orders").rename_axis("size")

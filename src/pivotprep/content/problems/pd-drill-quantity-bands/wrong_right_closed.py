"""Closes the bins on the right, so 10 is 'small' and 30 is 'medium'."""

import pandas as pd


def banded(lines: pd.DataFrame) -> pd.DataFrame:
    band = pd.cut(lines["quantity"], bins=[-float("inf"), 10, 30, float("inf")], labels=["small", "medium", "bulk"])
    return lines.assign(band=band.astype("str"))

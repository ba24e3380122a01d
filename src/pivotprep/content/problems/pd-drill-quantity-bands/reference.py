"""Reference for pd-drill-quantity-bands."""

import pandas as pd


def banded(lines: pd.DataFrame) -> pd.DataFrame:
    band = pd.cut(
        lines["quantity"],
        bins=[-float("inf"), 10, 30, float("inf")],
        labels=["small", "medium", "bulk"],
        right=False,
    )
    return lines.assign(band=band.astype("str"))

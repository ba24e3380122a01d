"""Reference for pd-drill-region-share."""

import pandas as pd


def region_share(lines: pd.DataFrame) -> pd.DataFrame:
    revenue = lines["quantity"] * lines["unit_price"]
    total = revenue.groupby(lines["region"]).transform("sum")
    return lines.assign(share=(revenue / total).astype("float64"))

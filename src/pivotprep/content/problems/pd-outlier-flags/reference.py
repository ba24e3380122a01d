"""Reference for pd-outlier-flags."""

import pandas as pd


def flag_outliers(readings: pd.DataFrame) -> pd.DataFrame:
    grouped = readings.groupby("sensor")["value"]
    q1 = grouped.transform(lambda s: s.quantile(0.25))
    q3 = grouped.transform(lambda s: s.quantile(0.75))
    spread = 1.5 * (q3 - q1)
    outlier = (readings["value"] < q1 - spread) | (readings["value"] > q3 + spread)
    return readings.assign(outlier=outlier.astype(bool))

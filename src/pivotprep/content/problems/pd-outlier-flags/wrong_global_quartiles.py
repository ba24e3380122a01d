"""Uses the quartiles of all sensors together."""

import pandas as pd


def flag_outliers(readings: pd.DataFrame) -> pd.DataFrame:
    q1, q3 = readings["value"].quantile(0.25), readings["value"].quantile(0.75)
    spread = 1.5 * (q3 - q1)
    outlier = (readings["value"] < q1 - spread) | (readings["value"] > q3 + spread)
    return readings.assign(outlier=outlier)

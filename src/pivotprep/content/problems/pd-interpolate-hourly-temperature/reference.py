"""Reference for pd-interpolate-hourly-temperature."""

import pandas as pd


def hourly(readings: pd.DataFrame) -> pd.DataFrame:
    series = readings.set_index("at")["celsius"].sort_index().astype("float64")
    full = series.resample("h").mean().interpolate(method="time").round(1)
    return full.rename_axis("at").reset_index()

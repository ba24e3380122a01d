"""Fills a missing hour with the previous reading instead of interpolating."""

import pandas as pd


def hourly(readings: pd.DataFrame) -> pd.DataFrame:
    series = readings.set_index("at")["celsius"].sort_index().astype("float64")
    return series.resample("h").mean().ffill().round(1).rename_axis("at").reset_index()

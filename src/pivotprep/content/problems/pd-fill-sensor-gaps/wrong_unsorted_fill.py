"""Fills in file order, before sorting by time."""

import pandas as pd


def fill_gaps(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.copy()
    out["value"] = out.groupby("sensor")["value"].ffill()
    return out.sort_values(["sensor", "ts"]).reset_index(drop=True)

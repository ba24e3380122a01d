"""Reference for pd-fill-sensor-gaps."""

import pandas as pd


def fill_gaps(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.sort_values(["sensor", "ts"]).reset_index(drop=True)
    out["value"] = out.groupby("sensor")["value"].ffill()
    return out

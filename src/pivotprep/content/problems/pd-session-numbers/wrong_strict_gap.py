"""Starts a new session only after a gap strictly longer than gap_minutes."""

import pandas as pd


def number_sessions(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    out = events.sort_values(["user_id", "ts"]).reset_index(drop=True)
    gap = out.groupby("user_id")["ts"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    out["session"] = new.astype("int64").groupby(out["user_id"]).cumsum().astype("int64")
    return out

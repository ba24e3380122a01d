"""Reference for pd-parse-signup-dates."""

import pandas as pd


def signups_per_month(signups: pd.DataFrame) -> pd.DataFrame:
    when = pd.to_datetime(signups["signup"], format="%Y-%m-%d", errors="coerce")
    month = when.dropna().dt.strftime("%Y-%m")
    out = month.value_counts().rename_axis("month").reset_index(name="signups")
    out["signups"] = out["signups"].astype("int64")
    return out.sort_values("month").reset_index(drop=True)

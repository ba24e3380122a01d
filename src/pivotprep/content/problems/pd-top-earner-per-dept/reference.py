"""Reference for pd-top-earner-per-dept."""

import pandas as pd


def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    best = staff.groupby("dept")["salary"].transform("max")
    out = staff[staff["salary"] == best]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)

"""idxmax keeps one employee per department and loses ties."""

import pandas as pd


def top_earners(staff: pd.DataFrame) -> pd.DataFrame:
    out = staff.loc[staff.groupby("dept")["salary"].idxmax()]
    return out.sort_values(["dept", "emp_id"]).reset_index(drop=True)

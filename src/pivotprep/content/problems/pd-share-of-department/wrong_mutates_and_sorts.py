"""Sorts by department, so rows come back in another order."""

import pandas as pd


def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    staff = staff.sort_values("dept")
    total = staff.groupby("dept")["salary"].transform("sum")
    return staff.assign(share=staff["salary"] / total)

"""Reference for pd-share-of-department."""

import pandas as pd


def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    total = staff.groupby("dept")["salary"].transform("sum")
    return staff.assign(share=staff["salary"] / total)

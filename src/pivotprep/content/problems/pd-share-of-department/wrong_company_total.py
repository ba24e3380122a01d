"""Divides by the whole company's payroll."""

import pandas as pd


def payroll_share(staff: pd.DataFrame) -> pd.DataFrame:
    return staff.assign(share=staff["salary"] / staff["salary"].sum())

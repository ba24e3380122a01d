"""Subtracts month numbers and ignores the year: December to January looks like -11."""

import pandas as pd


def cohorts(orders: pd.DataFrame) -> pd.DataFrame:
    month = orders["placed"].dt.to_period("M")
    first = month.groupby(orders["customer_id"]).transform("min")
    age = month.dt.month - first.dt.month
    frame = pd.DataFrame({"customer_id": orders["customer_id"], "cohort": first.astype(str), "age": age})
    frame = frame[(frame["age"] >= 0) & (frame["age"] <= 2)].drop_duplicates()
    table = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="nunique", fill_value=0)
    table = table.reindex(columns=[0, 1, 2], fill_value=0).astype("int64")
    table.columns = ["m0", "m1", "m2"]
    return table.sort_index().reset_index()

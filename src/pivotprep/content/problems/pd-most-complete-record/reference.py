"""Reference for pd-most-complete-record."""

import pandas as pd


def most_complete(records: pd.DataFrame) -> pd.DataFrame:
    missing = records[["phone", "email", "address"]].isna().sum(axis=1)
    ranked = records.assign(_missing=missing, _pos=range(len(records)))
    ranked = ranked.sort_values(["supplier_id", "_missing", "_pos"])
    best = ranked.drop_duplicates(subset="supplier_id", keep="first")
    return best.drop(columns=["_missing", "_pos"]).reset_index(drop=True)

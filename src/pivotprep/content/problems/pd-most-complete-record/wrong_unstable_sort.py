"""Sorts with the default quicksort on the count only, so ties may pick a later row."""

import pandas as pd


def most_complete(records: pd.DataFrame) -> pd.DataFrame:
    missing = records[["phone", "email", "address"]].isna().sum(axis=1)
    ranked = records.assign(_missing=missing).sort_values(["_missing"], ascending=False)
    best = ranked.drop_duplicates(subset="supplier_id", keep="last")
    return best.drop(columns="_missing").sort_values("supplier_id").reset_index(drop=True)

"""Splits on single spaces, so extra spaces make empty words."""

import pandas as pd


def split_names(people: pd.DataFrame) -> pd.DataFrame:
    words = people["full_name"].str.split(" ")
    first = words.str[0].str.title()
    last = words.where(words.str.len() > 1).str[-1].str.title()
    return pd.DataFrame({"person_id": people["person_id"], "first": first, "last": last}).reset_index(drop=True)
